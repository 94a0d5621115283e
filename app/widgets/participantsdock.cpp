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
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

namespace {
// Checking every exported text for separators costs a pass over the project: not on every key press.
constexpr int WarningDelayMs = 300;

void addSeparator(QComboBox *combo, const QString &label, const QString &value)
{
    combo->addItem(label, value);
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
    , m_suffix(new QComboBox(this))
    , m_leadingSpace(new QCheckBox(tr("Start completions with a &space"), this))
    , m_stop(new QComboBox(this))
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
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ParticipantsModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(u'0') * 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ParticipantsModel::MessagesColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ParticipantsModel::RoleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ParticipantsModel::PseudonymColumn,
                                                      QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_includeAuthor->setObjectName(u"includeAuthorCheck"_s);
    m_includeAuthor->setToolTip(tr("Write “TIME - AUTHOR: TEXT”, as the seed's include_user did."));
    layout->addWidget(m_includeAuthor);

    auto *separators = new QGroupBox(tr("Separators"), content);
    auto *form = new QFormLayout(separators);
    m_suffix->setObjectName(u"promptSuffixCombo"_s);
    m_suffix->setEditable(true);
    m_suffix->setInsertPolicy(QComboBox::NoInsert);
    addSeparator(m_suffix, visibleWhitespace(u"\n\n###\n\n"_s, false), u"\n\n###\n\n"_s);
    addSeparator(m_suffix, visibleWhitespace(u"\n"_s, false), u"\n"_s);
    addSeparator(m_suffix, tr("(none)"), QString());
    m_suffix->setToolTip(tr("Ends every prompt, so a model knows where the prompt stops. Type \\n for a line break."));
    form->addRow(tr("Prompt &suffix:"), m_suffix);
    m_leadingSpace->setObjectName(u"leadingSpaceCheck"_s);
    form->addRow(m_leadingSpace);
    m_stop->setObjectName(u"stopSequenceCombo"_s);
    m_stop->setEditable(true);
    m_stop->setInsertPolicy(QComboBox::NoInsert);
    addSeparator(m_stop, u"END"_s, u"END"_s);
    addSeparator(m_stop, u"###"_s, u"###"_s);
    addSeparator(m_stop, visibleWhitespace(u"\n"_s, false), u"\n"_s);
    addSeparator(m_stop, tr("(none)"), QString());
    m_stop->setToolTip(tr("Ends every completion; must differ from the prompt suffix. Type \\n for a line break."));
    form->addRow(tr("S&top sequence:"), m_stop);

    auto *presets = new QHBoxLayout;
    auto *recommended = new QPushButton(tr("&Recommended"), separators);
    recommended->setObjectName(u"recommendedPresetButton"_s);
    recommended->setToolTip(tr("Prompt suffix ⏎⏎###⏎⏎, a leading space and END, as the seed's tables advise."));
    auto *seed = new QPushButton(tr("Seed's &output"), separators);
    seed->setObjectName(u"seedPresetButton"_s);
    seed->setToolTip(tr("No suffix, no space, no stop: exactly what the seed's parse_convo wrote."));
    presets->addWidget(recommended);
    presets->addWidget(seed);
    presets->addStretch();
    form->addRow(presets);
    layout->addWidget(separators);

    m_warnings->setObjectName(u"separatorWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->hide();
    layout->addWidget(m_warnings);
    setWidget(content);

    m_warningTimer->setSingleShot(true);
    m_warningTimer->setInterval(WarningDelayMs);
    connect(m_warningTimer, &QTimer::timeout, this, &ParticipantsDock::updateWarnings);

    auto pushFromWidgets = [this](const QString &undoText) {
        if (m_updating)
            return;
        pushSettings(undoText, m_includeAuthor->isChecked(), separatorOf(m_suffix), m_leadingSpace->isChecked(),
                     separatorOf(m_stop));
    };
    connect(m_includeAuthor, &QCheckBox::toggled, this,
            [pushFromWidgets] { pushFromWidgets(tr("Include author in prompts")); });
    connect(m_leadingSpace, &QCheckBox::toggled, this,
            [pushFromWidgets] { pushFromWidgets(tr("Change leading space")); });
    connect(m_suffix, &QComboBox::currentTextChanged, this,
            [pushFromWidgets] { pushFromWidgets(tr("Change prompt suffix")); });
    connect(m_stop, &QComboBox::currentTextChanged, this,
            [pushFromWidgets] { pushFromWidgets(tr("Change stop sequence")); });
    connect(recommended, &QPushButton::clicked, this, [this] { applyPreset(false); });
    connect(seed, &QPushButton::clicked, this, [this] { applyPreset(true); });

    connect(m_document, &Document::projectReset, this, &ParticipantsDock::refresh);
    connect(m_document, &Document::exportSettingsChanged, this, &ParticipantsDock::refresh);
    connect(m_document, &Document::participantsChanged, m_warningTimer, qOverload<>(&QTimer::start));
    connect(m_document, &Document::rowsChanged, m_warningTimer, qOverload<>(&QTimer::start));
    refresh();
}

void ParticipantsDock::refresh()
{
    m_updating = true;
    const Core::ExportSettings &settings = m_document->project().exportSettings();
    m_includeAuthor->setChecked(settings.includeAuthor);
    m_leadingSpace->setChecked(settings.completionLeadingSpace);
    // Keep what the user is typing: only touch a combo whose value differs.
    if (separatorOf(m_suffix) != settings.promptSuffix)
        showSeparator(m_suffix, settings.promptSuffix);
    if (separatorOf(m_stop) != settings.stopSequence)
        showSeparator(m_stop, settings.stopSequence);
    m_updating = false;
    m_warningTimer->start();
}

void ParticipantsDock::pushSettings(const QString &undoText, bool includeAuthor, const QString &suffix, bool space,
                                   const QString &stop)
{
    Core::ExportSettings settings;
    settings.includeAuthor = includeAuthor;
    settings.promptSuffix = suffix;
    settings.completionLeadingSpace = space;
    settings.stopSequence = stop;
    if (settings != m_document->project().exportSettings())
        m_document->push(new SetExportSettingsCommand(m_document, settings, undoText));
}

void ParticipantsDock::applyPreset(bool seed)
{
    Core::ExportSettings settings = seed ? Core::ExportSettings::seed() : Core::ExportSettings();
    settings.includeAuthor = m_document->project().exportSettings().includeAuthor;
    if (settings != m_document->project().exportSettings()) {
        m_document->push(new SetExportSettingsCommand(
            m_document, settings, seed ? tr("Use the seed's separators") : tr("Use the recommended separators")));
    }
}

void ParticipantsDock::updateWarnings()
{
    const Core::Diagnostics problems = Core::checkSeparators(m_document->project());
    QStringList lines;
    for (const Core::Diagnostic &problem : problems) {
        lines.append(problem.line > 0 ? tr("⚠ %1 (line %2)").arg(problem.message).arg(problem.line)
                                      : tr("⚠ %1").arg(problem.message));
    }
    m_warnings->setText(lines.join(u'\n'));
    // The palette's link colour reads in light and dark palettes alike; red on dark grey often does not.
    QPalette palette = m_warnings->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Link));
    m_warnings->setPalette(palette);
    m_warnings->setVisible(!lines.isEmpty());
}

} // namespace Finetuner::App
