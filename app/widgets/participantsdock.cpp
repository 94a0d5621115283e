// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "participantsdock.h"

#include <app/commands/participantcommands.h>
#include <app/delegates/roledelegate.h>
#include <app/document.h>
#include <app/models/participantsmodel.h>
#include <app/widgets/visiblewhitespace.h>
#include <core/dataset/examplebuilder.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

namespace {
// checkSeparators() reads every row (about 25 ms at a million): once typing pauses, not on every key press.
constexpr int WarningDelayMs = 300;

QComboBox *makeSeparatorCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // Separators are exact strings: typing "#" must not become "###" by inline completion.
    combo->setCompleter(nullptr);
    return combo;
}

// Items show the separator with visible whitespace; their data is the real string.
void addSeparator(QComboBox *combo, const QString &value, const QString &label = {})
{
    combo->addItem(label.isEmpty() ? visibleWhitespace(value, false) : label, value);
}

// Selects the item holding @p value, or shows it as typed text.
void showSeparator(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(visibleWhitespace(value, false));
}

// What the combo stands for: an item's real string, or typed text where "\n" and "⏎" are line breaks.
QString separatorOf(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText());
    if (index >= 0)
        return combo->itemData(index).toString();
    return fromVisibleWhitespace(combo->currentText());
}
} // namespace

ParticipantsDock::ParticipantsDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Participants"), parent)
    , m_document(document)
    , m_model(new ParticipantsModel(document, this))
    , m_table(new QTableView(this))
    , m_includeAuthor(new QCheckBox(tr("Include the &author in prompts"), this))
    , m_suffix(makeSeparatorCombo(this, u"promptSuffixCombo"_s))
    , m_leadingSpace(new QCheckBox(tr("Start completions with a &space"), this))
    , m_stop(makeSeparatorCombo(this, u"stopSequenceCombo"_s))
    , m_warnings(new QLabel(this))
    , m_warningTimer(new QTimer(this))
{
    setObjectName(u"participantsDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    m_table->setObjectName(u"participantsTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ParticipantsModel::RoleColumn, new RoleDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not CurrentChanged: walking down the role column with the arrow keys would open a combo box on each
    // row and the next arrow would change that participant's role.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(u'0') * 6);
    header->setSectionResizeMode(ParticipantsModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ParticipantsModel::MessagesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ParticipantsModel::RoleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ParticipantsModel::PseudonymColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_includeAuthor->setObjectName(u"includeAuthorCheck"_s);
    m_includeAuthor->setToolTip(tr("Write “TIME - AUTHOR: TEXT”, as the seed's include_user did."));
    layout->addWidget(m_includeAuthor);

    auto *separators = new QGroupBox(tr("Separators"), content);
    auto *form = new QFormLayout(separators);
    addSeparator(m_suffix, u"\n\n###\n\n"_s);
    addSeparator(m_suffix, u"\n"_s);
    addSeparator(m_suffix, QString(), tr("(none)"));
    m_suffix->setToolTip(tr("Ends every prompt, so a model knows where the prompt stops. Type \\n for a line break."));
    form->addRow(tr("Prompt &suffix:"), m_suffix);
    m_leadingSpace->setObjectName(u"leadingSpaceCheck"_s);
    m_leadingSpace->setToolTip(tr("Begin every completion with a space, so a model knows where it starts."));
    form->addRow(m_leadingSpace);
    addSeparator(m_stop, u"END"_s);
    addSeparator(m_stop, u"###"_s);
    addSeparator(m_stop, u"\n"_s);
    addSeparator(m_stop, QString(), tr("(none)"));
    m_stop->setToolTip(tr("Ends every completion; must differ from the prompt suffix. Type \\n for a line break."));
    form->addRow(tr("S&top sequence:"), m_stop);

    auto *presets = new QHBoxLayout;
    auto *recommended = new QPushButton(tr("&Recommended"), separators);
    recommended->setObjectName(u"recommendedPresetButton"_s);
    recommended->setToolTip(tr("Prompt suffix ⏎⏎###⏎⏎, a leading space and END, as the seed's tables advise."));
    auto *seed = new QPushButton(tr("See&d's settings"), separators);
    seed->setObjectName(u"seedPresetButton"_s);
    seed->setToolTip(tr("No prompt suffix, no leading space, no stop sequence: exactly what the seed's "
                        "parse_convo wrote."));
    presets->addWidget(recommended);
    presets->addWidget(seed);
    presets->addStretch();
    form->addRow(presets);
    layout->addWidget(separators);

    m_warnings->setObjectName(u"separatorWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->hide();
    updateWarningColour();
    layout->addWidget(m_warnings);
    setWidget(content);

    m_warningTimer->setSingleShot(true);
    m_warningTimer->setInterval(WarningDelayMs);
    connect(m_warningTimer, &QTimer::timeout, this, &ParticipantsDock::updateWarnings);

    // Only signals of user interaction (clicked, activated, textEdited): refresh() setting the widgets from the
    // document emits none of them, so following an undo never pushes a command back.
    connect(m_includeAuthor, &QCheckBox::clicked, this, [this](bool on) {
        changeSettings(tr("Include author in prompts"), Step::Choice, [on](Core::ExportSettings &s) {
            s.includeAuthor = on;
        });
    });
    connect(m_leadingSpace, &QCheckBox::clicked, this, [this](bool on) {
        changeSettings(tr("Change leading space"), Step::Choice, [on](Core::ExportSettings &s) {
            s.completionLeadingSpace = on;
        });
    });
    auto connectSeparator = [this](QComboBox *combo, const QString &undoText, QString Core::ExportSettings::*field) {
        auto change = [this, combo, undoText, field](Step step) {
            const QString value = separatorOf(combo);
            changeSettings(undoText, step, [&value, field](Core::ExportSettings &s) {
                s.*field = value;
            });
        };
        connect(combo, &QComboBox::activated, this, [change] {
            change(Step::Choice);
        });
        connect(combo->lineEdit(), &QLineEdit::textEdited, this, [change] {
            change(Step::Typing);
        });
    };
    connectSeparator(m_suffix, tr("Change prompt suffix"), &Core::ExportSettings::promptSuffix);
    connectSeparator(m_stop, tr("Change stop sequence"), &Core::ExportSettings::stopSequence);
    connect(recommended, &QPushButton::clicked, this, [this] {
        applyPreset(m_document->project().exportSettings().withRecommendedSeparators(),
                    tr("Use the recommended separators"));
    });
    connect(seed, &QPushButton::clicked, this, [this] {
        applyPreset(m_document->project().exportSettings().withSeedSeparators(), tr("Use the seed's separators"));
    });

    connect(m_document, &Document::projectReset, this, &ParticipantsDock::refresh);
    connect(m_document, &Document::exportSettingsChanged, this, &ParticipantsDock::refresh);
    connect(m_document, &Document::participantsChanged, this, &ParticipantsDock::scheduleWarnings);
    connect(m_document, &Document::rowsChanged, this, &ParticipantsDock::scheduleWarnings);
    refresh();
}

void ParticipantsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    // The warning colour is taken from the palette: follow a switch between light and dark.
    if (event->type() == QEvent::PaletteChange)
        updateWarningColour();
}

void ParticipantsDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_warningsStale)
        updateWarnings();
}

void ParticipantsDock::refresh()
{
    const Core::ExportSettings &settings = m_document->project().exportSettings();
    m_includeAuthor->setChecked(settings.includeAuthor);
    m_leadingSpace->setChecked(settings.completionLeadingSpace);
    // Keep what the user is typing (and where the cursor is): only touch a combo whose value differs.
    if (separatorOf(m_suffix) != settings.promptSuffix)
        showSeparator(m_suffix, settings.promptSuffix);
    if (separatorOf(m_stop) != settings.stopSequence)
        showSeparator(m_stop, settings.stopSequence);
    scheduleWarnings();
}

void ParticipantsDock::changeSettings(const QString &undoText,
                                      Step step,
                                      const std::function<void(Core::ExportSettings &)> &edit)
{
    // Start from the document's settings so that fields this dock does not show are kept.
    Core::ExportSettings settings = m_document->project().exportSettings();
    edit(settings);
    if (settings == m_document->project().exportSettings())
        return;
    // Only typing merges: "⏎" picked after typing a custom suffix must undo to that suffix.
    m_document->push(new SetExportSettingsCommand(m_document, settings, undoText, step == Step::Typing));
}

void ParticipantsDock::applyPreset(const Core::ExportSettings &preset, const QString &undoText)
{
    // Presets are about separators: whether the author is in the prompt stays the user's choice.
    changeSettings(undoText, Step::Choice, [&preset](Core::ExportSettings &s) {
        s.promptSuffix = preset.promptSuffix;
        s.completionLeadingSpace = preset.completionLeadingSpace;
        s.stopSequence = preset.stopSequence;
    });
}

void ParticipantsDock::scheduleWarnings()
{
    m_warningTimer->start(); // restarts: a burst of edits costs one check
}

void ParticipantsDock::updateWarnings()
{
    // A closed or tabbed-away dock shows nothing: check when it is shown again.
    if (!isVisible()) {
        m_warningsStale = true;
        return;
    }
    m_warningsStale = false;
    m_warningTimer->stop();
    const Core::Diagnostics problems = Core::checkSeparators(m_document->project());
    QStringList lines;
    for (const Core::Diagnostic &problem : problems) {
        lines.append(problem.line > 0 ? tr("⚠ %1 (line %2)").arg(problem.message).arg(problem.line)
                                      : tr("⚠ %1").arg(problem.message));
    }
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
}

void ParticipantsDock::updateWarningColour()
{
    // Qt has no "negative" role; the link colour stands out in light and dark palettes alike, where a fixed red
    // on dark grey often does not read.
    QPalette palette = m_warnings->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::Link));
    m_warnings->setPalette(palette);
}

} // namespace Finetuner::App
