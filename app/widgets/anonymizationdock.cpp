// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anonymizationdock.h"

#include <app/commands/anonymizationcommands.h>
#include <app/document.h>
#include <app/models/identitymodel.h>
#include <core/anonymize/anonymizer.h>
#include <core/dataset/examplebuilder.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPromise>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::PiiOperator;
using Core::PiiType;

namespace {
// Custom terms and patterns rebuild the scanner: once typing pauses, not on every key.
constexpr int TypingPauseMs = 600;
// Counting scans every exported message (about a second at a million): a moment after the last edit.
constexpr int CountDelayMs = 400;

/// The lines of a box that hold something, trimmed: a space typed at a line's end is not part of a term.
QStringList linesOf(const QPlainTextEdit *box)
{
    QStringList lines;
    for (const QString &line : box->toPlainText().split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

/// "es, MX; de" → ES, MX, DE.
QStringList regionsOf(const QString &text)
{
    QString spaced = text;
    spaced.replace(u',', u' ').replace(u';', u' ');
    QStringList regions;
    for (const QString &region : spaced.simplified().split(u' ', Qt::SkipEmptyParts))
        regions.append(region.toUpper());
    return regions;
}

QString operatorName(PiiOperator op)
{
    switch (op) {
    case PiiOperator::Pseudonym:
        return AnonymizationDock::tr("Pseudonym");
    case PiiOperator::Placeholder:
        return AnonymizationDock::tr("Placeholder");
    case PiiOperator::Redact:
        return AnonymizationDock::tr("Redact");
    case PiiOperator::Mask:
        return AnonymizationDock::tr("Mask");
    }
    return {};
}

QToolButton *makeButton(const QString &text, const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QLabel *makeNote(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}
} // namespace

QString AnonymizationDock::typeName(PiiType type)
{
    switch (type) {
    case PiiType::Person:
        return tr("Names (people)");
    case PiiType::Url:
        return tr("Links");
    case PiiType::Location:
        return tr("Locations");
    case PiiType::Email:
        return tr("E-mail");
    case PiiType::Iban:
        return tr("IBAN");
    case PiiType::PaymentCard:
        return tr("Payment cards");
    case PiiType::Phone:
        return tr("Phone numbers");
    case PiiType::IpAddress:
        return tr("IP addresses");
    case PiiType::CustomRegex:
        return tr("Custom patterns");
    case PiiType::CustomTerm:
        return tr("Custom terms");
    }
    return {};
}

AnonymizationDock::AnonymizationDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Anonymization"), parent)
    , m_document(document)
    , m_model(new IdentityModel(document, this))
    , m_datasetNote(makeNote(u"anonymizationDatasetNote"_s, this))
    , m_tabs(new QTabWidget(this))
    , m_termsTimer(new QTimer(this))
    , m_patternsTimer(new QTimer(this))
    , m_regionsTimer(new QTimer(this))
    , m_countJob(this, CountDelayMs, [this] { return startCounts(); },
                 [this](const CountResult &result) { displayCounts(result); }, DebouncedJob<CountResult>::Cancel)
{
    setObjectName(u"anonymizationDock"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_datasetNote->setText(tr("A dataset under review is written as its records are: there are no participants "
                              "or detectors to set. Open a chat to anonymize it."));
    layout->addWidget(m_datasetNote);
    m_tabs->setObjectName(u"anonymizationTabs"_s);
    m_tabs->addTab(createPeopleTab(), tr("&People"));
    m_tabs->addTab(createDetectorsTab(), tr("&Detectors"));
    m_tabs->addTab(createCustomTab(), tr("&Custom"));
    layout->addWidget(m_tabs, 1);
    setWidget(body);
    updateWarningColour();

    for (auto [timer, apply] : {std::pair{m_termsTimer, &AnonymizationDock::applyTerms},
                                std::pair{m_patternsTimer, &AnonymizationDock::applyPatterns},
                                std::pair{m_regionsTimer, &AnonymizationDock::applyRegions}}) {
        timer->setSingleShot(true);
        timer->setInterval(TypingPauseMs);
        connect(timer, &QTimer::timeout, this, apply);
    }
    connect(m_document, &Document::projectReset, this, &AnonymizationDock::refresh);
    connect(m_document, &Document::anonymizationChanged, this, &AnonymizationDock::refresh);
    // Which rows are exported and anonymized changes the counts, not the widgets.
    connect(m_document, &Document::rowsChanged, this, &AnonymizationDock::scheduleCounts);
    connect(m_document, &Document::participantsChanged, this, &AnonymizationDock::scheduleCounts);
    refresh();
}

AnonymizationDock::~AnonymizationDock() = default;

QWidget *AnonymizationDock::createPeopleTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);

    m_table = new QTableView(tab);
    m_table->setObjectName(u"identitiesTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(u'0') * 6);
    header->setSectionResizeMode(IdentityModel::PersonColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IdentityModel::AliasesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IdentityModel::MessagesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IdentityModel::PseudonymColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_aliases = new QLabel(tab);
    m_aliases->setObjectName(u"selectedAliases"_s);
    m_aliases->setWordWrap(true);
    m_aliases->setTextFormat(Qt::PlainText);
    m_aliases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_aliases);

    auto *buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    m_merge = makeButton(tr("&Merge"), u"mergePeopleButton"_s,
                         tr("The selected people are one person: they join the first selected and share its "
                            "pseudonym."),
                         tab);
    m_split = makeButton(tr("S&plit"), u"splitPersonButton"_s,
                         tr("A participant of this person is somebody else: they get a person and a pseudonym "
                            "of their own."),
                         tab);
    m_splitMenu = new QMenu(m_split);
    m_splitMenu->setObjectName(u"splitMenu"_s);
    m_split->setMenu(m_splitMenu);
    m_split->setPopupMode(QToolButton::InstantPopup);
    m_addAlias = makeButton(tr("Add &Alias…"), u"addAliasButton"_s,
                            tr("Another name this person goes by in messages (a nickname, a surname): it is "
                               "replaced by their pseudonym too."),
                            tab);
    m_removeAlias = makeButton(tr("&Remove Alias"), u"removeAliasButton"_s,
                               tr("A word that is not this person's name here: it is left as written."), tab);
    m_removeAliasMenu = new QMenu(m_removeAlias);
    m_removeAliasMenu->setObjectName(u"removeAliasMenu"_s);
    m_removeAlias->setMenu(m_removeAliasMenu);
    m_removeAlias->setPopupMode(QToolButton::InstantPopup);
    m_addPerson = makeButton(tr("Add Perso&n…"), u"addPersonButton"_s,
                             tr("Somebody who is only named in messages: their name gets a pseudonym."), tab);
    buttons->addWidget(m_merge, 0, 0);
    buttons->addWidget(m_split, 0, 1);
    buttons->addWidget(m_addPerson, 0, 2);
    buttons->addWidget(m_addAlias, 1, 0);
    buttons->addWidget(m_removeAlias, 1, 1);
    buttons->setColumnStretch(3, 1);
    for (QToolButton *button : {m_merge, m_split, m_addPerson, m_addAlias, m_removeAlias})
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_style = new QComboBox(tab);
    m_style->setObjectName(u"pseudonymStyleCombo"_s);
    m_style->addItem(tr("Person 1, Person 2…"), int(Core::PseudonymStyle::Numbered));
    m_style->addItem(tr("Realistic names"), int(Core::PseudonymStyle::Surrogate));
    m_style->setToolTip(tr("How pseudonyms you did not type are made. Pseudonyms you typed stay."));
    form->addRow(tr("Ps&eudonyms:"), m_style);
    layout->addLayout(form);

    m_peopleMessage = makeNote(u"peopleMessage"_s, tab);
    layout->addWidget(m_peopleMessage);

    connect(m_merge, &QToolButton::clicked, this, &AnonymizationDock::mergeSelected);
    connect(m_addAlias, &QToolButton::clicked, this, &AnonymizationDock::addAlias);
    connect(m_addPerson, &QToolButton::clicked, this, &AnonymizationDock::addPerson);
    connect(m_splitMenu, &QMenu::triggered, this, [this](QAction *action) {
        const int identity = currentIdentity();
        const int participant = action->data().toInt();
        const QString name = m_document->project().conversation().participants().value(participant);
        int created = -1;
        if (changeIdentities(tr("Split %1 Off").arg(name), [&](Core::IdentityMap &map) {
                created = map.split(identity, participant);
                return created >= 0;
            })) {
            selectIdentity(created);
        }
    });
    connect(m_removeAliasMenu, &QMenu::triggered, this, [this](QAction *action) {
        const int identity = currentIdentity();
        const QString alias = action->data().toString();
        changeIdentities(tr("Remove Alias “%1”").arg(alias), [&](Core::IdentityMap &map) {
            return map.removeAlias(identity, alias);
        });
    });
    connect(m_style, &QComboBox::activated, this, [this] {
        const auto style = Core::PseudonymStyle(m_style->currentData().toInt());
        changeIdentities(style == Core::PseudonymStyle::Surrogate ? tr("Use Realistic Pseudonyms")
                                                                  : tr("Use Numbered Pseudonyms"),
                         [style](Core::IdentityMap &map) {
                             map.setStyle(style);
                             return true;
                         });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnonymizationDock::updateIdentityActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnonymizationDock::updateIdentityActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnonymizationDock::updateIdentityActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnonymizationDock::updateIdentityActions);
    return tab;
}

QWidget *AnonymizationDock::createDetectorsTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    auto *detectHeader = new QLabel(tr("Find"), tab);
    auto *replaceHeader = new QLabel(tr("Replace with"), tab);
    auto *countHeader = new QLabel(tr("Found"), tab);
    countHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel *label : {detectHeader, replaceHeader, countHeader}) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    grid->addWidget(detectHeader, 0, 0);
    grid->addWidget(replaceHeader, 0, 1);
    grid->addWidget(countHeader, 0, 2);

    // People first: their names are what a chat is full of.
    QList<PiiType> types = Core::allPiiTypes();
    types.removeAll(PiiType::Person);
    types.prepend(PiiType::Person);
    for (const PiiType type : std::as_const(types)) {
        const QString name = QString(Core::piiTypeName(type));
        Detector detector{type, new QCheckBox(typeName(type), tab), new QComboBox(tab), new QLabel(tab)};
        detector.enabled->setObjectName(u"detectorCheck_"_s + name);
        detector.op->setObjectName(u"operatorCombo_"_s + name);
        detector.count->setObjectName(u"countLabel_"_s + name);
        detector.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        detector.count->setToolTip(tr("How many the export replaces: in the messages that are exported and "
                                      "anonymized, spans you switched off not counted."));
        QList<PiiOperator> operators{PiiOperator::Placeholder, PiiOperator::Redact, PiiOperator::Mask};
        if (type == PiiType::Person)
            operators.prepend(PiiOperator::Pseudonym);
        for (const PiiOperator op : std::as_const(operators)) {
            detector.op->addItem(operatorName(op), int(op));
            QString toolTip;
            switch (op) {
            case PiiOperator::Pseudonym:
                toolTip = tr("The person's pseudonym, as the People tab shows it.");
                break;
            case PiiOperator::Placeholder:
                toolTip = tr("The type in angle brackets: %1").arg(Core::piiPlaceholder(type));
                break;
            case PiiOperator::Redact:
                toolTip = tr("Nothing: the text is removed.");
                break;
            case PiiOperator::Mask:
                toolTip = tr("Every letter and digit as •, separators kept: %1").arg(Core::piiMask(u"+44 7700"));
                break;
            }
            detector.op->setItemData(detector.op->count() - 1, toolTip, Qt::ToolTipRole);
        }
        const int row = int(m_detectors.size()) + 1;
        grid->addWidget(detector.enabled, row, 0);
        grid->addWidget(detector.op, row, 1);
        grid->addWidget(detector.count, row, 2);

        connect(detector.enabled, &QCheckBox::clicked, this, [this, type](bool on) {
            changeSettings(on ? tr("Anonymize %1").arg(typeName(type)) : tr("Keep %1 as Written").arg(typeName(type)),
                           Step::Choice, [type, on](Core::AnonymizationSettings &s) { s.setEnabled(type, on); });
        });
        QComboBox *combo = detector.op;
        connect(combo, &QComboBox::activated, this, [this, type, combo] {
            const auto op = PiiOperator(combo->currentData().toInt());
            changeSettings(tr("Replace %1 by %2").arg(typeName(type), operatorName(op)), Step::Choice,
                           [type, op](Core::AnonymizationSettings &s) { s.operators.set(type, op); });
        });
        m_detectors.append(detector);
    }
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    m_countSummary = new QLabel(tab);
    m_countSummary->setObjectName(u"countSummary"_s);
    m_countSummary->setWordWrap(true);
    layout->addWidget(m_countSummary);
    layout->addStretch(1);
    return tab;
}

QWidget *AnonymizationDock::createCustomTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    auto caption = [tab](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, tab);
        label->setBuddy(buddy);
        label->setWordWrap(true);
        return label;
    };

    m_terms = new QPlainTextEdit(tab);
    m_terms->setObjectName(u"customTermsEdit"_s);
    m_terms->setPlaceholderText(tr("Acme Clinic\nElm Street"));
    m_terms->setToolTip(tr("Words and phrases to anonymize wherever they stand, in any case, one per line."));
    m_terms->setTabChangesFocus(true);
    layout->addWidget(caption(tr("Custom &terms, one per line:"), m_terms));
    layout->addWidget(m_terms, 1);

    m_patterns = new QPlainTextEdit(tab);
    m_patterns->setObjectName(u"customPatternsEdit"_s);
    m_patterns->setPlaceholderText(tr("PAT-\\d{6}"));
    m_patterns->setToolTip(tr("Regular expressions in RE2 syntax, one per line; case-sensitive unless a pattern "
                              "starts with (?i). Spaces at a line's ends are ignored: write \\s."));
    m_patterns->setTabChangesFocus(true);
    layout->addWidget(caption(tr("Custom &patterns (RE2), one per line:"), m_patterns));
    layout->addWidget(m_patterns, 1);
    m_patternProblems = makeNote(u"patternProblems"_s, tab);
    layout->addWidget(m_patternProblems);

    m_regions = new QLineEdit(tab);
    m_regions->setObjectName(u"phoneRegionsEdit"_s);
    m_regions->setPlaceholderText(tr("ES, MX"));
    m_regions->setToolTip(tr("Countries (two-letter codes) whose numbers are written without +: the participants' "
                             "and this computer's are always searched."));
    layout->addWidget(caption(tr("More phone &regions:"), m_regions));
    layout->addWidget(m_regions);
    m_regionProblems = makeNote(u"regionProblems"_s, tab);
    layout->addWidget(m_regionProblems);

    // Only signals of the user's typing start the timers: refresh() sets the boxes with m_refreshing on.
    connect(m_terms, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_termsTimer->start();
    });
    connect(m_patterns, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_patternsTimer->start();
    });
    connect(m_regions, &QLineEdit::textEdited, m_regionsTimer, qOverload<>(&QTimer::start));
    connect(m_regions, &QLineEdit::editingFinished, this, &AnonymizationDock::flushTyping);
    return tab;
}

void AnonymizationDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    scheduleCounts();
}

void AnonymizationDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateWarningColour();
}

void AnonymizationDock::updateWarningColour()
{
    // As the participants dock does: the link colour reads in light and dark palettes, a fixed red often not.
    for (QLabel *label : {m_peopleMessage, m_patternProblems, m_regionProblems}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::Link));
        label->setPalette(palette);
    }
}

void AnonymizationDock::refresh()
{
    const QScopedValueRollback guard(m_refreshing, true);
    const Core::Project &project = m_document->project();
    const bool dataset = project.isDataset();
    m_datasetNote->setVisible(dataset);
    m_tabs->setEnabled(!dataset);

    m_style->setCurrentIndex(m_style->findData(int(project.identities().style())));
    const Core::AnonymizationSettings &settings = project.anonymization();
    for (const Detector &detector : std::as_const(m_detectors)) {
        detector.enabled->setChecked(settings.isEnabled(detector.type));
        // A pseudonym chosen for a number (only a file can say so) is exported as the placeholder.
        const int index = detector.op->findData(int(settings.operators.operatorFor(detector.type)));
        detector.op->setCurrentIndex(index >= 0 ? index : detector.op->findData(int(PiiOperator::Placeholder)));
        detector.op->setEnabled(settings.isEnabled(detector.type));
        detector.count->setEnabled(settings.isEnabled(detector.type));
    }
    // Keep what the user is typing, and where the caret is: only a box whose value differs is set.
    if (linesOf(m_terms) != settings.customTerms) {
        m_termsTimer->stop();
        m_terms->setPlainText(settings.customTerms.join(u'\n'));
    }
    if (linesOf(m_patterns) != settings.customPatterns) {
        m_patternsTimer->stop();
        m_patterns->setPlainText(settings.customPatterns.join(u'\n'));
    }
    if (regionsOf(m_regions->text()) != settings.phoneRegions) {
        m_regionsTimer->stop();
        m_regions->setText(settings.phoneRegions.join(u", "_s));
    }

    QStringList problems;
    for (const Core::Diagnostic &problem : m_document->builder().anonymizer().problems())
        problems.append(tr("⚠ %1").arg(problem.message));
    m_patternProblems->setText(problems.join(u'\n'));
    m_patternProblems->setVisible(!problems.isEmpty());
    QStringList badRegions;
    for (const QString &region : settings.phoneRegions) {
        if (region.size() != 2 || !std::all_of(region.cbegin(), region.cend(), [](QChar c) { return c.isLetter(); }))
            badRegions.append(region);
    }
    m_regionProblems->setText(badRegions.isEmpty() ? QString()
                                                   : tr("⚠ Not a two-letter country code, ignored: %1")
                                                         .arg(badRegions.join(u", "_s)));
    m_regionProblems->setVisible(!badRegions.isEmpty());

    updateIdentityActions();
    scheduleCounts();
}

int AnonymizationDock::currentIdentity() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return current.row();
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().row();
}

QList<int> AnonymizationDock::selectedIdentities() const
{
    // In the order they were selected: the first one clicked is the one the others join.
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    return rows;
}

void AnonymizationDock::selectIdentity(int identity)
{
    if (identity < 0 || identity >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(identity, IdentityModel::PersonColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void AnonymizationDock::updateIdentityActions()
{
    const Core::IdentityMap &map = m_document->project().identities();
    const int identity = currentIdentity();
    const bool valid = identity >= 0 && identity < map.size();
    m_merge->setEnabled(selectedIdentities().size() >= 2);
    m_addAlias->setEnabled(valid);

    m_splitMenu->clear();
    m_removeAliasMenu->clear();
    if (valid) {
        const Core::Identity &person = map.at(identity);
        if (person.participants.size() >= 2) {
            for (const int participant : person.participants) {
                QString name = m_document->project().conversation().participants().value(participant);
                QAction *action = m_splitMenu->addAction(name.replace(u'&', u"&&"_s)); // not a mnemonic
                action->setData(participant);
            }
        }
        for (const Core::IdentityAlias &alias : person.aliases) {
            QAction *action = m_removeAliasMenu->addAction(QString(alias.text).replace(u'&', u"&&"_s));
            action->setData(alias.text);
        }
    }
    if (valid) {
        const QModelIndex index = m_model->index(identity, IdentityModel::AliasesColumn);
        m_aliases->setText(tr("%1 is also written: %2")
                               .arg(map.at(identity).name(), index.data().toString()));
    } else {
        m_aliases->setText(tr("Select a person to see all they go by; select several to merge them."));
    }
    m_split->setEnabled(!m_splitMenu->isEmpty());
    m_removeAlias->setEnabled(!m_removeAliasMenu->isEmpty());
}

void AnonymizationDock::showPeopleMessage(const QString &text)
{
    m_peopleMessage->setText(text);
    m_peopleMessage->setVisible(!text.isEmpty());
}

void AnonymizationDock::flushTyping()
{
    for (auto [timer, apply] : {std::pair{m_termsTimer, &AnonymizationDock::applyTerms},
                                std::pair{m_patternsTimer, &AnonymizationDock::applyPatterns},
                                std::pair{m_regionsTimer, &AnonymizationDock::applyRegions}}) {
        if (timer->isActive()) {
            timer->stop();
            (this->*apply)();
        }
    }
}

void AnonymizationDock::changeSettings(const QString &undoText, Step step,
                                       const std::function<void(Core::AnonymizationSettings &)> &edit)
{
    if (step == Step::Choice)
        flushTyping(); // or the refresh after this step would put the box back to what it was
    Core::AnonymizationSettings settings = m_document->project().anonymization();
    edit(settings);
    if (settings == m_document->project().anonymization())
        return;
    m_document->push(new SetAnonymizationCommand(m_document, settings, undoText, step == Step::Typing));
}

bool AnonymizationDock::changeIdentities(const QString &undoText,
                                         const std::function<bool(Core::IdentityMap &)> &edit)
{
    flushTyping();
    showPeopleMessage({});
    Core::IdentityMap map = m_document->project().identities();
    if (!edit(map) || map == m_document->project().identities())
        return false;
    m_document->push(new SetIdentitiesCommand(m_document, map, undoText));
    return true;
}

void AnonymizationDock::applyTerms()
{
    const QStringList terms = linesOf(m_terms);
    changeSettings(tr("Edit Custom Terms"), Step::Typing, [&terms](Core::AnonymizationSettings &s) {
        s.customTerms = terms;
    });
}

void AnonymizationDock::applyPatterns()
{
    const QStringList patterns = linesOf(m_patterns);
    changeSettings(tr("Edit Custom Patterns"), Step::Typing, [&patterns](Core::AnonymizationSettings &s) {
        s.customPatterns = patterns;
    });
}

void AnonymizationDock::applyRegions()
{
    const QStringList regions = regionsOf(m_regions->text());
    changeSettings(tr("Edit Phone Regions"), Step::Typing, [&regions](Core::AnonymizationSettings &s) {
        s.phoneRegions = regions;
    });
}

void AnonymizationDock::mergeSelected()
{
    const QList<int> selected = selectedIdentities();
    if (selected.size() < 2)
        return;
    int into = selected.constFirst();
    QList<int> others = selected.mid(1);
    // From the last row up, so that each removal leaves the rows still to merge where they were.
    std::sort(others.begin(), others.end(), std::greater<>());
    if (changeIdentities(tr("Merge People"), [&](Core::IdentityMap &map) {
            for (const int other : std::as_const(others)) {
                if (!map.merge(into, other))
                    return false;
                if (other < into)
                    --into;
            }
            return true;
        })) {
        selectIdentity(into);
    }
}

void AnonymizationDock::addAlias()
{
    const int identity = currentIdentity();
    const Core::IdentityMap &map = m_document->project().identities();
    if (identity < 0 || identity >= map.size())
        return;
    const QString name = map.at(identity).name();
    bool ok = false;
    const QString alias = QInputDialog::getText(this, tr("Add Alias"),
                                                tr("Another name %1 goes by in messages:").arg(name),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || alias.isEmpty())
        return;
    if (changeIdentities(tr("Add Alias “%1” to %2").arg(alias, name), [&](Core::IdentityMap &edited) {
            return edited.addAlias(identity, alias);
        })) {
        return;
    }
    // The map refuses an alias somebody already has: one word cannot stand for two people.
    const Core::IdentityMap &current = m_document->project().identities();
    for (int other = 0; other < current.size(); ++other) {
        if (current.at(other).hasAlias(alias)) {
            showPeopleMessage(other == identity
                                  ? tr("“%1” is already an alias of %2.").arg(alias, name)
                                  : tr("“%1” is already an alias of %2: remove it there first, or merge the two.")
                                        .arg(alias, current.at(other).name()));
            return;
        }
    }
}

void AnonymizationDock::addPerson()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Person"),
                                               tr("The name of somebody only named in messages:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    // The map would make "Bruce" a person of "@Bruce" alone when Bruce Wayne has "Bruce": say who has it.
    const Core::IdentityMap &current = m_document->project().identities();
    for (int other = 0; other < current.size(); ++other) {
        if (current.at(other).hasAlias(name)) {
            showPeopleMessage(tr("“%1” is already an alias of %2.").arg(name, current.at(other).name()));
            selectIdentity(other);
            return;
        }
    }
    int created = -1;
    if (changeIdentities(tr("Add Person %1").arg(name), [&](Core::IdentityMap &map) {
            created = map.addIdentity(name);
            return created >= 0;
        })) {
        selectIdentity(created);
        return;
    }
    showPeopleMessage(tr("“%1” is already somebody's alias: every word of it belongs to a person in the list.")
                          .arg(name));
}

void AnonymizationDock::scheduleCounts()
{
    if (isVisible())
        m_countJob.schedule();
}

QFuture<AnonymizationDock::CountResult> AnonymizationDock::startCounts()
{
    // A count still running is of a project that is no more: the job cancels it and counts again.
    m_countSummary->setText(tr("Counting…"));
    // The worker reads its own copy: the GUI thread edits the project meanwhile. A copy is cheap (the
    // conversation is shared, the row states a byte each), and the Anonymizer is built there, not here.
    const Core::Project copy = m_document->project();
    return QtConcurrent::run([copy](QPromise<CountResult> &promise) {
        CountResult result;
        if (copy.isDataset()) {
            promise.addResult(result);
            return;
        }
        const Core::Anonymizer anonymizer(copy);
        for (int row = 0; row < copy.rowCount(); ++row) {
            if ((row & 1023) == 0 && promise.isCanceled())
                return;
            if (!copy.isExported(row) || !copy.isAnonymized(row))
                continue;
            ++result.messages;
            const Counts counts = Core::countByType(anonymizer.spans(row));
            for (size_t type = 0; type < counts.size(); ++type)
                result.counts[type] += counts[type];
        }
        promise.addResult(result);
    });
}

void AnonymizationDock::displayCounts(const CountResult &result)
{
    m_counts = result.counts;
    const QLocale locale;
    for (const Detector &detector : std::as_const(m_detectors))
        detector.count->setText(locale.toString(m_counts[size_t(detector.type)]));
    m_countSummary->setText(result.messages == 1
                                ? tr("Counted in the one exported, anonymized message.")
                                : tr("Counted in the %1 exported, anonymized messages.")
                                      .arg(locale.toString(result.messages)));
    emit countsUpdated();
}

} // namespace Finetuner::App
