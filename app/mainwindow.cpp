// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include <app/commands/annotationcommands.h>
#include <app/commands/rowfieldcommand.h>
#include <app/commands/participantcommands.h>
#include <app/dialogs/exportdialog.h>
#include <app/dialogs/labelschemadialog.h>
#include <app/widgets/labelpanel.h>
#include <app/document.h>
#include <app/importcontroller.h>
#include <app/models/messagefilterproxymodel.h>
#include <app/models/messagetablemodel.h>
#include <app/settings/appsettings.h>
#include <app/widgets/anonymizationdock.h>
#include <app/widgets/detailpane.h>
#include <app/widgets/participantsdock.h>
#include <app/widgets/piispaneditor.h>
#include <app/widgets/statisticsdock.h>
#include <app/widgets/validationdock.h>
#include <core/dataset/examplebuilder.h>
#include <core/dataset/preparedexport.h>
#include <core/dataset/exportformat.h>
#include <core/label/gazetteer.h>
#include <core/project/projectstore.h>
#include <core/util/bytesearch.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::ReviewStatus;

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<AppSettings>())
    , m_document(new Document(this))
    , m_import(new ImportController(this, this))
    , m_model(new MessageTableModel(m_document, this))
    , m_proxy(new MessageFilterProxyModel(m_document, this))
    , m_table(new QTableView(this))
    , m_detail(new DetailPane(m_document, this))
    , m_participants(new ParticipantsDock(m_document, this))
    , m_filterText(new QLineEdit(this))
    , m_filterAuthor(new QComboBox(this))
    , m_filterStatus(new QComboBox(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_viewStateTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Finetuner"));
    setAcceptDrops(true);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"messageTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // the export's order is time order; a header click sorts by time
    m_table->verticalHeader()->hide();
    // Fixed row heights: a view that measured a million rows would stall on open.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    header->setStretchLastSection(false);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    header->resizeSection(MessageTableModel::RowColumn, digit * 8);
    header->resizeSection(MessageTableModel::TimeColumn, fontMetrics().horizontalAdvance(u"2021-12-31 23:59:59"_s) + 16);
    header->resizeSection(MessageTableModel::AuthorColumn, digit * 13);
    header->setSectionResizeMode(MessageTableModel::TextColumn, QHeaderView::Stretch);
    for (const int column : {int(MessageTableModel::IncludeColumn), int(MessageTableModel::AnonymizeColumn)})
        header->resizeSection(column, fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24);
    header->resizeSection(MessageTableModel::StatusColumn, digit * 12);
    header->resizeSection(MessageTableModel::CompletionColumn, digit * 20);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (section != MessageTableModel::TimeColumn)
            return;
        const Qt::SortOrder order = m_proxy->sortColumn() == MessageTableModel::TimeColumn
                && m_proxy->sortOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        m_proxy->sort(MessageTableModel::TimeColumn, order);
        m_table->horizontalHeader()->setSortIndicatorShown(true);
        m_table->horizontalHeader()->setSortIndicator(MessageTableModel::TimeColumn, order);
    });

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    createFilterBar(tableArea);
    tableLayout->addWidget(m_table);

    // The table gets the full width (eight columns need it); the current message sits under it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(tableArea);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 300}); // most of the height for the table
    setCentralWidget(splitter);

    m_participants->setObjectName(u"participantsDock"_s);
    addDockWidget(Qt::LeftDockWidgetArea, m_participants);
    m_statistics = new StatisticsDock(m_document, this);
    // Beside the participants, as a tab: the table keeps its width. Opened from View; while shown it counts a
    // million examples' tokens after each pause in editing.
    addDockWidget(Qt::LeftDockWidgetArea, m_statistics);
    tabifyDockWidget(m_participants, m_statistics);
    m_statistics->hide();
    m_validation = new ValidationDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_validation);
    tabifyDockWidget(m_participants, m_validation);
    m_validation->hide();
    connect(m_validation, &ValidationDock::rowRequested, this, &MainWindow::setCurrentRow);
    // Opened from View; while shown it counts what the export replaces after each pause in editing.
    m_anonymization = new AnonymizationDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_anonymization);
    tabifyDockWidget(m_participants, m_anonymization);
    m_anonymization->hide();
    resizeDocks({m_participants}, {fontMetrics().horizontalAdvance(u'0') * 48}, Qt::Horizontal);

    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setMaximumWidth(200);
    m_progressBar->setTextVisible(true);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);

    createActions();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->setRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(m_document, &Document::statusCountsChanged, this, &MainWindow::updateProgress);
    connect(m_document, &Document::projectReset, this, &MainWindow::updateActions);
    connect(m_document, &Document::projectReset, this, &MainWindow::adaptToProjectKind);
    connect(m_document, &Document::labelSchemaChanged, this, &MainWindow::updateLabelKeyActions);
    connect(m_document, &Document::projectReset, this, &MainWindow::updateLabelKeyActions);
    connect(m_detail->labelPanel(), &LabelPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_detail->piiSpans(), &PiiSpanEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_document, &Document::storageChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::storageFailed, this, &MainWindow::onStorageFailed);
    m_viewStateTimer->setSingleShot(true);
    m_viewStateTimer->setInterval(1500);
    connect(m_viewStateTimer, &QTimer::timeout, this, [this] { m_document->saveViewState(viewState()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_viewStateTimer,
            qOverload<>(&QTimer::start));
    connect(m_import, &ImportController::imported, this, &MainWindow::onImported);
    connect(m_import, &ImportController::failed, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Could not open %1.").arg(QFileInfo(path).fileName()), 5000);
        emit importFailed(path);
    });

    statusBar()->showMessage(tr("Import a WhatsApp chat export or open a project: File › Open, or drop it on the window."));
    updateProgress();
    updateActions();
    resize(1280, 800);
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createFilterBar(QWidget *container)
{
    auto *bar = new QWidget(container);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 4, 4, 0);
    m_filterText->setObjectName(u"filterText"_s);
    m_filterText->setPlaceholderText(tr("Filter messages and completions…"));
    m_filterText->setClearButtonEnabled(true);
    m_filterAuthor->setObjectName(u"filterAuthor"_s);
    m_filterStatus->setObjectName(u"filterStatus"_s);
    m_filterStatus->addItem(tr("Any status"), -1);
    for (int status = 0; status < Core::ReviewStatusCount; ++status)
        m_filterStatus->addItem(MessageTableModel::statusName(status), status);
    layout->addWidget(m_filterText, 1);
    layout->addWidget(m_filterAuthor);
    layout->addWidget(m_filterStatus);
    static_cast<QVBoxLayout *>(container->layout())->addWidget(bar);

    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &MessageFilterProxyModel::setTextFilter);
    connect(m_filterAuthor, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAuthorFilter(m_filterAuthor->currentData().toInt()); });
    connect(m_filterStatus, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_filterStatus->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<int>(status));
    });
    auto fillAuthors = [this] {
        const QSignalBlocker blocker(m_filterAuthor);
        m_filterAuthor->clear();
        m_filterAuthor->addItem(tr("Any author"), -1);
        const QStringList &participants = m_document->project().conversation().participants();
        for (int id = 0; id < participants.size(); ++id)
            m_filterAuthor->addItem(participants.at(id), id);
        m_proxy->setAuthorFilter(-1);
    };
    connect(m_document, &Document::projectReset, this, fillAuthors);
    fillAuthors();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open"), {},
            tr("Projects, chat exports and datasets (*.finetuner *.txt *.jsonl);;Finetuner projects (*.finetuner);;"
               "WhatsApp chat exports (*.txt);;JSONL datasets (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setObjectName(u"openAction"_s);
    open->setShortcut(QKeySequence::Open);
    QAction *import = file->addAction(tr("&Import Chat Export…"), this, &MainWindow::importWithDialog);
    import->setObjectName(u"importAction"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addSeparator();
    // Every edit is already in the project file; Save only matters when it could not be written.
    QAction *saveProject = file->addAction(tr("&Save Project"), this, [this] {
        if (m_document->hasUnsavedWork())
            saveProjectWithDialog();
        else
            statusBar()->showMessage(tr("Every change is saved in %1 as you make it.")
                                         .arg(QDir::toNativeSeparators(m_document->projectPath())),
                                     5000);
    });
    saveProject->setObjectName(u"saveProjectAction"_s);
    saveProject->setShortcut(QKeySequence::Save);
    QAction *saveProjectAs = file->addAction(tr("Save Project &As…"), this, &MainWindow::saveProjectWithDialog);
    saveProjectAs->setObjectName(u"saveProjectAsAction"_s);
    saveProjectAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *save = file->addAction(tr("&Export JSONL"), this, [this] {
        if (m_savePath.isEmpty())
            exportWithDialog();
        else
            saveJsonl(m_savePath);
    });
    save->setObjectName(u"saveAction"_s);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *saveAs = file->addAction(tr("E&xport JSONL As…"), this, &MainWindow::exportWithDialog);
    saveAs->setObjectName(u"exportAsAction"_s);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_documentActions << saveProject << saveProjectAs << save << saveAs;

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto bulk = [this, edit](const QString &text, const QKeySequence &key, auto makeCommand) {
        QAction *action = edit->addAction(text, this, [this, makeCommand] {
            const QList<int> rows = selectedRows();
            if (!rows.isEmpty())
                m_document->push(makeCommand(rows));
        });
        action->setShortcut(key);
        m_documentActions << action;
        return action;
    };
    bulk(tr("&Include Selected"), QKeySequence(Qt::CTRL | Qt::Key_I),
         [this](const QList<int> &rows) { return RowFieldCommand::include(m_document, rows, true); })
        ->setObjectName(u"includeAction"_s);
    bulk(tr("&Exclude Selected"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         [this](const QList<int> &rows) { return RowFieldCommand::include(m_document, rows, false); })
        ->setObjectName(u"excludeAction"_s);
    bulk(tr("&Anonymize Selected"), QKeySequence(Qt::CTRL | Qt::Key_M),
         [this](const QList<int> &rows) { return RowFieldCommand::anonymize(m_document, rows, true); })
        ->setObjectName(u"anonymizeAction"_s);
    bulk(tr("&Don't Anonymize Selected"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         [this](const QList<int> &rows) { return RowFieldCommand::anonymize(m_document, rows, false); })
        ->setObjectName(u"deanonymizeAction"_s);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter…"), this, [this] {
        m_filterText->setFocus();
        m_filterText->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    auto mark = [this, annotate](const QString &text, const QKeySequence &key, ReviewStatus status, bool moveOn,
                                 const QString &name) {
        QAction *action = annotate->addAction(text, this, [this, status, moveOn] { markCurrent(int(status), moveOn); });
        action->setShortcut(key);
        action->setObjectName(name);
        // Window-wide, so the keys work while typing in the completion editor.
        action->setShortcutContext(Qt::WindowShortcut);
        m_documentActions << action;
    };
    mark(tr("&Done and Next"), QKeySequence(Qt::CTRL | Qt::Key_Return), ReviewStatus::Done, true, u"doneAction"_s);
    mark(tr("&Skip and Next"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), ReviewStatus::Skipped, true,
         u"skipAction"_s);
    mark(tr("Needs &Review"), QKeySequence(Qt::CTRL | Qt::Key_R), ReviewStatus::NeedsReview, false,
         u"reviewAction"_s);
    mark(tr("Mark &To Do"), QKeySequence(Qt::CTRL | Qt::Key_T), ReviewStatus::Todo, false, u"todoAction"_s);
    annotate->addSeparator();
    auto labelling = [this, annotate](const QString &text, const QKeySequence &key, auto slot, const QString &name) {
        QAction *action = annotate->addAction(text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(name);
        m_documentActions << action;
        return action;
    };
    labelling(tr("Go to the Message &Text"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_detail->messageView()->setFocus();
    }, u"focusMessageAction"_s)->setToolTip(tr("Select words there with Shift+arrows, then press a label's number"));
    // Alt+1…9 label the selection from anywhere; in the message text, the number alone does.
    for (int key = 1; key <= 9; ++key) {
        QAction *action = labelling(tr("Label Selection with Key %1").arg(key), QKeySequence(Qt::ALT | (Qt::Key_0 + key)),
                                    [this, key] { m_detail->labelPanel()->applyKey(key); },
                                    u"labelKey%1Action"_s.arg(key));
        m_labelKeyActions << action;
    }
    labelling(tr("Remove &Label at Caret"), QKeySequence(Qt::ALT | Qt::Key_Backspace),
              [this] { m_detail->labelPanel()->removeSpanAtCursor(); }, u"removeLabelAction"_s);
    labelling(tr("Label All &Occurrences"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
              [this] { labelAllOccurrences(); }, u"labelAllAction"_s);
    annotate->addSeparator();
    labelling(tr("Toggle &Anonymization at Caret"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
              [this] { m_detail->piiSpans()->toggleAtCursor(); }, u"toggleAnonymizationAction"_s)
        ->setToolTip(tr("Keep the personal data at the caret as written, or anonymize it again"));
    labelling(tr("Anonymi&ze Selection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
              [this] { m_detail->piiSpans()->chooseTypeForSelection(); }, u"anonymizeSelectionAction"_s)
        ->setToolTip(tr("Replace the selected words in the export, as a person, a number, an address…"));
    annotate->addSeparator();
    labelling(tr("La&bels…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), [this] { editLabelSchema(); },
              u"labelSchemaAction"_s);
    connect(annotate, &QMenu::aboutToShow, this, &MainWindow::updateLabelKeyActions);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    auto move = [this, go](const QString &text, const QKeySequence &key, auto slot, const QString &name) {
        QAction *action = go->addAction(text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(name);
        m_documentActions << action;
    };
    move(tr("&Next Unfinished"), QKeySequence(Qt::CTRL | Qt::Key_J), [this] { goToUnfinished(1); },
         u"nextUnfinishedAction"_s);
    move(tr("&Previous Unfinished"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] { goToUnfinished(-1); },
         u"previousUnfinishedAction"_s);
    move(tr("Next &Message"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { goToRow(1); }, u"nextRowAction"_s);
    move(tr("Previous M&essage"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { goToRow(-1); },
         u"previousRowAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_participants->toggleViewAction());
    QAction *statistics = m_statistics->toggleViewAction();
    statistics->setObjectName(u"statisticsAction"_s);
    statistics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(statistics);
    QAction *validation = m_validation->toggleViewAction();
    validation->setObjectName(u"validationAction"_s);
    validation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    view->addAction(validation);
    QAction *anonymization = m_anonymization->toggleViewAction();
    anonymization->setObjectName(u"anonymizationAction"_s);
    anonymization->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    // Shown as a tab behind the participants it would seem not to open: bring it to the front, once the dock
    // area has taken it back in.
    connect(anonymization, &QAction::triggered, m_anonymization, [this](bool on) {
        if (on)
            QTimer::singleShot(0, m_anonymization, &QDockWidget::raise);
    });
    view->addAction(anonymization);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(u"shortcutsAction"_s);
    keys->setShortcut(QKeySequence::HelpContents);
    updateRecentFilesMenu();
    updateLabelKeyActions();
}

void MainWindow::updateLabelKeyActions()
{
    // The menu names each key's label, so the keys are found where the other actions are.
    const Core::LabelSchema &schema = m_document->project().labelSchema();
    for (int key = 1; key <= 9; ++key) {
        QAction *action = m_labelKeyActions.at(key - 1);
        const Core::EntityLabel *label = schema.entityForKey(key);
        action->setText(label ? tr("Label Selection as %1").arg(label->name) : tr("Label Selection with Key %1").arg(key));
        action->setVisible(label != nullptr);
    }
}

void MainWindow::showShortcuts()
{
    // Written from the menus themselves, so it cannot fall behind them.
    QString text = u"<table cellspacing=\"4\">"_s;
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QString rows;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->shortcut().isEmpty() || !action->isVisible())
                continue;
            rows += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
                action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                action->text().remove(u'&').toHtmlEscaped());
        }
        if (!rows.isEmpty())
            text += u"<tr><td colspan=\"2\"><br><i>%1</i></td></tr>"_s.arg(menuAction->text().remove(u'&')) + rows;
    }
    text += u"</table><p>"_s
        + tr("In the message text: select words (Shift+arrows, Ctrl+Shift+arrows for words) and press a label's "
             "number; with the caret in a label, a number relabels it and Delete removes it. A click on underlined "
             "personal data keeps it as written; another click anonymizes it again.")
              .toHtmlEscaped()
        + u"</p>"_s;
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), text, QMessageBox::Close, this);
    box->setObjectName(u"shortcutsBox"_s);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::editLabelSchema()
{
    LabelSchemaDialog dialog(m_document->project().labelSchema(), this);
    emit labelSchemaDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::LabelSchema schema = dialog.schema();
    if (schema != m_document->project().labelSchema())
        m_document->push(new SetLabelSchemaCommand(m_document, schema));
}

void MainWindow::labelAllOccurrences()
{
    const Core::Project &project = m_document->project();
    const int current = currentRow();
    const std::optional<Core::LabelSpan> span = m_detail->labelPanel()->currentSpan();
    const Core::EntityLabel *label = span ? project.labelSchema().entity(span->label) : nullptr;
    if (!label) {
        statusBar()->showMessage(tr("Label some words first; then this labels the same words everywhere."), 5000);
        return;
    }
    const QString value = project.conversation().text(current).mid(span->begin, span->end - span->begin);
    const QByteArray utf8 = value.toUtf8();
    QList<int> rows;
    QList<Core::RowAnnotation> annotations;
    QStringList examples;
    int count = 0;
    const Core::Conversation &conversation = project.conversation();
    for (int row = 0; row < project.rowCount(); ++row) {
        if (conversation.kind(row) != Core::MessageKind::Text || !Core::Bytes::contains(conversation.textUtf8(row), utf8))
            continue;
        const QString text = conversation.text(row);
        Core::RowAnnotation annotation = project.annotation(row);
        int added = 0;
        for (const auto &[begin, end] : Core::wholeWordOccurrences(text, value))
            added += annotation.addSpan({begin, end, label->id});
        if (added == 0)
            continue;
        count += added;
        rows.append(row);
        annotations.append(annotation);
        if (examples.size() < 12)
            examples.append(u"%1: %2"_s.arg(row + 1).arg(text.left(100)));
    }
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("No other unlabelled “%1” in this project.").arg(value), 5000);
        return;
    }
    if (m_import->isInteractive()) {
        QMessageBox box(QMessageBox::Question, tr("Label All Occurrences"),
                        tr("Label %1 more occurrence(s) of “%2” in %3 message(s) as %4?")
                            .arg(count)
                            .arg(value)
                            .arg(rows.size())
                            .arg(label->name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setDetailedText(examples.join(u'\n'));
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    m_document->push(new SetAnnotationsCommand(m_document, rows, annotations,
                                               tr("Label all “%1” as %2").arg(value, label->name)));
    statusBar()->showMessage(tr("Labelled %1 more “%2” as %3.").arg(count).arg(value, label->name), 5000);
}

void MainWindow::rememberLabels()
{
    // What was labelled here and how, for the next import to start from.
    const Core::Project &project = m_document->project();
    if (project.rowCount() == 0 || project.isDataset())
        return;
    Core::Gazetteer gazetteer = Core::Gazetteer::fromJson(m_settings->labelGazetteer());
    gazetteer.collect(project);
    m_settings->setLabelGazetteer(gazetteer.toJson());
    if (!project.labelSchema().isEmpty())
        m_settings->setLastLabelSchema(project.labelSchema().toJson());
}

void MainWindow::readSettings()
{
    const QByteArray geometry = m_settings->mainWindowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->mainWindowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::writeSettings()
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateProgress()
{
    const Core::Project &project = m_document->project();
    const int done = project.statusCount(ReviewStatus::Done);
    const int skipped = project.statusCount(ReviewStatus::Skipped);
    const int review = project.statusCount(ReviewStatus::NeedsReview);
    // "To do" is what is left to annotate: included rows only, not system lines and excluded people.
    int todo = 0;
    for (int row = 0; row < project.rowCount(); ++row)
        todo += project.status(row) == ReviewStatus::Todo && project.isIncluded(row);
    const QLocale locale;
    m_progressLabel->setText(tr("Done %1 · skipped %2 · review %3 · to do %4")
                                 .arg(locale.toString(done), locale.toString(skipped), locale.toString(review),
                                      locale.toString(todo)));
    m_progressBar->setRange(0, std::max(1, done + skipped + review + todo));
    m_progressBar->setValue(done + skipped);
    m_progressLabel->setVisible(project.rowCount() > 0);
    m_progressBar->setVisible(project.rowCount() > 0);
}

void MainWindow::adaptToProjectKind()
{
    // A dataset under review has no participants, separators or names to anonymize yet: what does not apply
    // is put away, and comes back with the next chat as the annotator left it.
    const bool dataset = m_document->project().isDataset();
    if (dataset == m_showingDataset)
        return;
    m_showingDataset = dataset;
    if (dataset) {
        m_participantsWereVisible = m_participants->isVisible();
        m_participants->hide();
    } else if (m_participantsWereVisible) {
        m_participants->show();
    }
    m_participants->toggleViewAction()->setEnabled(!dataset);
    m_table->setColumnHidden(MessageTableModel::AnonymizeColumn, dataset);
    m_filterAuthor->setVisible(!dataset);
}

void MainWindow::updateActions()
{
    const bool open = m_document->project().rowCount() > 0;
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(open);
}

void MainWindow::openFile(const QString &path)
{
    if (path.endsWith(u".finetuner"_s, Qt::CaseInsensitive)) {
        openProject(path);
        return;
    }
    const bool dataset = path.endsWith(u".jsonl"_s, Qt::CaseInsensitive);
    // Importing an export again would start over: offer the project already made from it.
    const QString existing = existingProjectFor(path);
    if (!existing.isEmpty() && m_import->isInteractive()) {
        QMessageBox box(QMessageBox::Question, tr("Open the Existing Project?"),
                        tr("%1 was imported before, into %2. Open that project, with the work done in it, or "
                           "import the export again into a new project?")
                            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(existing)),
                        QMessageBox::Cancel, this);
        QPushButton *openExisting = box.addButton(tr("Open Project"), QMessageBox::AcceptRole);
        QPushButton *importAgain = box.addButton(tr("Import Again"), QMessageBox::DestructiveRole);
        box.setDefaultButton(openExisting);
        box.exec();
        if (box.clickedButton() == openExisting)
            openProject(existing);
        else if (box.clickedButton() == importAgain)
            dataset ? openDataset(path) : m_import->start(path);
        return;
    }
    if (dataset)
        openDataset(path);
    else
        m_import->start(path);
}

void MainWindow::openDataset(const QString &path)
{
    m_document->saveViewState(viewState());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::Dataset> read = Core::Dataset::read(path);
    QApplication::restoreOverrideCursor();
    if (!read.ok()) {
        const QString why = read.diagnostics.isEmpty() ? tr("Could not open %1.").arg(path)
                                                       : read.diagnostics.constFirst().toString();
        statusBar()->showMessage(why, 8000);
        if (m_import->isInteractive())
            QMessageBox::warning(this, tr("Cannot Open the Dataset"), why);
        emit importFailed(path);
        return;
    }
    const Core::Dataset &dataset = *read.value;
    Core::Project project(*read.value);
    const QString projectPath = defaultProjectPath(path);
    QDir().mkpath(QFileInfo(projectPath).absolutePath());
    auto created = Core::ProjectStore::create(projectPath, project);
    if (!created.ok() && m_import->isInteractive()) {
        QMessageBox::warning(this, tr("Cannot Save the Project"),
                             tr("%1\nYour work stays in memory; use File › Save Project As to keep it.")
                                 .arg(created.diagnostics.constFirst().message));
    }
    m_document->setProject(std::move(project), created.ok() ? std::move(*created.value) : nullptr);
    m_sourcePath = path;
    m_savePath.clear();
    showProject({});

    QString status = tr("Examples: %1 · %2").arg(QLocale().toString(dataset.size()),
                                               dataset.shape() == Core::DatasetShape::Chat ? tr("chat messages")
                                                                                           : tr("prompt/completion"));
    if (dataset.brokenCount() > 0) {
        status += tr(" · broken lines, kept and marked: %1").arg(dataset.brokenCount());
        if (m_import->isInteractive()) {
            QStringList lines;
            for (const Core::Diagnostic &diagnostic : std::as_const(read.diagnostics)) {
                if (diagnostic.severity == Core::Diagnostic::Severity::Error && lines.size() < 20)
                    lines.append(diagnostic.toString());
            }
            QMessageBox box(QMessageBox::Warning, tr("Broken Lines"),
                            tr("%1 line(s) of %2 are not records of this dataset. They are kept, marked in the "
                               "table, and the export is refused until each is fixed or excluded.")
                                .arg(dataset.brokenCount())
                                .arg(QFileInfo(path).fileName()),
                            QMessageBox::Ok, this);
            box.setDetailedText(lines.join(u'\n'));
            box.exec();
        }
    }
    statusBar()->showMessage(status);
    emit chatOpened(path);
}

QString MainWindow::existingProjectFor(const QString &exportPath) const
{
    const QString absolute = QFileInfo(exportPath).absoluteFilePath();
    const QString base = QFileInfo(exportPath).completeBaseName();
    const QDir folder(m_settings->projectsFolder());
    const QStringList candidates = folder.entryList({base + u"*.finetuner"_s}, QDir::Files, QDir::Time);
    for (const QString &name : candidates) {
        if (QFileInfo(Core::ProjectStore::sourcePathOf(folder.filePath(name))).absoluteFilePath() == absolute)
            return folder.filePath(name);
    }
    return {};
}

QString MainWindow::defaultProjectPath(const QString &exportPath) const
{
    const QDir folder(m_settings->projectsFolder());
    const QString base = QFileInfo(exportPath).completeBaseName();
    QString path = folder.filePath(base + u".finetuner"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(u"%1 %2.finetuner"_s.arg(base).arg(n));
    return path;
}

void MainWindow::onImported(const Core::Conversation &conversation, const Core::Diagnostics &diagnostics)
{
    m_document->saveViewState(viewState());
    rememberLabels();
    Core::Project project(conversation);
    // A new chat starts with the labels of the last project, and what was labelled there pre-annotates it.
    int preannotated = 0;
    if (const auto schema = Core::LabelSchema::fromJson(m_settings->lastLabelSchema())) {
        project.setLabelSchema(*schema);
        preannotated = Core::preannotate(project, Core::Gazetteer::fromJson(m_settings->labelGazetteer()));
    }
    // The import becomes a project file at once, so the first edit is already safe.
    const QString projectPath = defaultProjectPath(conversation.sourcePath());
    QDir().mkpath(QFileInfo(projectPath).absolutePath());
    auto created = Core::ProjectStore::create(projectPath, project);
    if (!created.ok()) {
        const QString why = created.diagnostics.isEmpty() ? QString() : created.diagnostics.constFirst().message;
        QMessageBox::warning(this, tr("Cannot Save the Project"),
                             tr("%1\nYour work stays in memory; use File › Save Project As to keep it.").arg(why));
    }
    m_document->setProject(std::move(project), created.ok() ? std::move(*created.value) : nullptr);
    m_sourcePath = conversation.sourcePath();
    m_savePath.clear();
    showProject({});

    const qsizetype warnings = Core::countOf(diagnostics, Core::Diagnostic::Severity::Warning);
    QString status = tr("Messages: %1 · participants: %2")
                         .arg(QLocale().toString(conversation.size()))
                         .arg(conversation.participants().size());
    if (warnings > 0)
        status += tr(" · lines that need a look: %1").arg(warnings);
    if (preannotated > 0)
        status += tr(" · labelled from earlier projects: %1").arg(preannotated);
    statusBar()->showMessage(status);
    emit chatOpened(m_sourcePath);
}

void MainWindow::openProject(const QString &path)
{
    m_document->saveViewState(viewState());
    rememberLabels();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Core::ProjectStore::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened.ok()) {
        const QString why = opened.diagnostics.isEmpty() ? QString() : opened.diagnostics.constFirst().message;
        statusBar()->showMessage(why, 8000);
        if (m_import->isInteractive())
            QMessageBox::warning(this, tr("Cannot Open the Project"), why);
        emit importFailed(path);
        return;
    }
    for (const Core::Diagnostic &diagnostic : std::as_const(opened.diagnostics)) {
        if (m_import->isInteractive())
            QMessageBox::information(this, tr("Read-Only Project"), diagnostic.message);
    }
    const Core::Project &loaded = opened.value->project;
    m_sourcePath = loaded.isDataset() ? loaded.dataset()->sourcePath() : loaded.conversation().sourcePath();
    m_savePath.clear();
    const QVariantMap view = opened.value->viewState;
    m_document->setProject(std::move(opened.value->project), std::move(opened.value->store));
    showProject(view);
    statusBar()->showMessage(tr("Opened %1 · messages: %2")
                                 .arg(QDir::toNativeSeparators(path),
                                      QLocale().toString(m_document->project().rowCount())),
                             8000);
    emit chatOpened(path);
}

void MainWindow::showProject(const QVariantMap &view)
{
    updateTitle();
    const QString path = m_document->projectPath();
    if (!path.isEmpty()) {
        m_settings->addRecentFile(path);
        m_settings->setLastProject(path);
        updateRecentFilesMenu();
    }
    restoreViewState(view);
    m_table->setFocus();
}

bool MainWindow::reopenLastProject()
{
    const QString path = m_settings->lastProject();
    if (path.isEmpty())
        return false;
    openProject(path);
    return m_document->projectPath() == path;
}

void MainWindow::updateTitle()
{
    const QString path = m_document->projectPath();
    const QString shown = !path.isEmpty() ? path : m_sourcePath;
    setWindowFilePath(shown);
    setWindowTitle(shown.isEmpty() ? tr("Finetuner") : tr("%1[*] – Finetuner").arg(QFileInfo(shown).fileName()));
    setWindowModified(m_document->hasUnsavedWork());
}

QVariantMap MainWindow::viewState() const
{
    return {
        {u"currentRow"_s, currentRow()},
        {u"filterText"_s, m_filterText->text()},
        {u"filterAuthor"_s, m_filterAuthor->currentData().toInt()},
        {u"filterStatus"_s, m_filterStatus->currentData().toInt()},
    };
}

void MainWindow::restoreViewState(const QVariantMap &state)
{
    m_filterText->setText(state.value(u"filterText"_s).toString());
    const int author = m_filterAuthor->findData(state.value(u"filterAuthor"_s, -1).toInt());
    m_filterAuthor->setCurrentIndex(std::max(0, author));
    const int status = m_filterStatus->findData(state.value(u"filterStatus"_s, -1).toInt());
    m_filterStatus->setCurrentIndex(std::max(0, status));
    const QVariant row = state.value(u"currentRow"_s);
    if (row.isValid() && row.toInt() >= 0 && row.toInt() < m_document->project().rowCount()) {
        setCurrentRow(row.toInt());
        return;
    }
    const int first = m_document->project().nextUnfinished(-1, 1);
    setCurrentRow(first >= 0 ? first : 0);
}

void MainWindow::onStorageFailed(const QString &message)
{
    const QString text = tr("%1\n\nYour work is kept in memory. Use File › Save Project As to save it somewhere "
                            "with room; until then it is not on disk.")
                             .arg(message);
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Changes Not Saved"), text, QMessageBox::Ok, this);
    box->setObjectName(u"storageFailedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal without blocking: the edit that failed has already happened in memory
}

bool MainWindow::saveProjectAs(const QString &path)
{
    QString why;
    if (!m_document->saveAs(path, &why)) {
        statusBar()->showMessage(why, 8000);
        if (m_import->isInteractive())
            QMessageBox::warning(this, tr("Cannot Save the Project"), why);
        return false;
    }
    m_document->saveViewState(viewState());
    m_settings->addRecentFile(path);
    m_settings->setLastProject(path);
    updateRecentFilesMenu();
    statusBar()->showMessage(tr("Saved the project as %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::saveProjectWithDialog()
{
    QString suggestion = m_document->projectPath();
    if (suggestion.isEmpty() && !m_sourcePath.isEmpty()) {
        const QFileInfo source(m_sourcePath);
        suggestion = QDir::home().filePath(source.completeBaseName() + u".finetuner"_s);
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggestion,
                                                      tr("Finetuner projects (*.finetuner)"));
    return !path.isEmpty() && saveProjectAs(path);
}

bool MainWindow::saveJsonl(const QString &path)
{
    // A broken record would stop a trainer at that line: refuse, and say which lines.
    const Core::Diagnostics broken = Core::brokenExportedRecords(m_document->project());
    if (!broken.isEmpty()) {
        return refuseExport(tr("Not exported: %1 broken line(s) would be written. Fix them in the record editor or "
                               "exclude them (Ctrl+Shift+I).\n%2")
                                .arg(broken.size())
                                .arg(firstPlaces(broken)));
    }
    const Core::Project &project = m_document->project();
    if (project.isDataset()) {
        QSaveFile file(path);
        int written = 0;
        // QSaveFile renames into place only on commit(): a failed write never leaves half a file behind.
        if (!file.open(QIODevice::WriteOnly) || !Core::writeProjectJsonl(project, file, &written) || !file.commit())
            return exportFailed(path, file.errorString());
        m_savePath = path;
        statusBar()->showMessage(tr("Saved %1 examples to %2.").arg(written).arg(QDir::toNativeSeparators(path)),
                                 8000);
        return true;
    }

    const Core::ExportSettings &settings = project.exportSettings();
    // The leak check reads the very bytes that are then written: nothing anonymization should have removed may
    // be in them.
    const Core::PreparedExport prepared = Core::prepareExport(project);
    const Core::ExampleSplit &split = prepared.split;
    const Core::Diagnostics &leaks = prepared.leaks;
    if (!leaks.isEmpty()) {
        return refuseExport(tr("Not exported: %1 place(s) would still show what anonymization must remove. Fix the "
                               "completion, or turn anonymization off for the message if that is on purpose.\n%2")
                                .arg(leaks.size())
                                .arg(firstPlaces(leaks)));
    }
    const QString validationPath = validationPathFor(path);
    auto write = [&](const QString &target, const Core::ExportFile &lines) {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || !lines.write(file) || !file.commit())
            return exportFailed(target, file.errorString());
        return true;
    };
    if (!write(path, prepared.train))
        return false;
    if (settings.validationRatio > 0 && !write(validationPath, prepared.validation))
        return false;
    m_savePath = path;
    QString message = tr("Saved %1 examples to %2.").arg(split.train.size()).arg(QDir::toNativeSeparators(path));
    if (settings.validationRatio > 0) {
        message += tr(" Validation: %1 examples in %2.")
                       .arg(split.validation.size())
                       .arg(QDir::toNativeSeparators(validationPath));
    }
    statusBar()->showMessage(message, 8000);
    return true;
}

QString MainWindow::validationPathFor(const QString &trainPath)
{
    const QFileInfo info(trainPath);
    return info.dir().filePath(info.completeBaseName() + u".validation."_s
                               + (info.suffix().isEmpty() ? u"jsonl"_s : info.suffix()));
}

bool MainWindow::exportFailed(const QString &path, const QString &why)
{
    return refuseExport(tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), why));
}

bool MainWindow::refuseExport(const QString &why)
{
    // The first line for the status bar; all of it for the box, and for tests and logs without one.
    m_lastExportError = why;
    statusBar()->showMessage(why.section(u'\n', 0, 0), 8000);
    if (m_import->isInteractive())
        QMessageBox::warning(this, tr("Cannot Export"), why);
    else
        qWarning("%s", qPrintable(why));
    return false;
}

QString MainWindow::firstPlaces(const Core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Core::Diagnostic &diagnostic : diagnostics.mid(0, 10))
        lines.append(diagnostic.toString());
    return lines.join(u'\n');
}

bool MainWindow::exportWithDialog()
{
    if (m_document->project().isDataset())
        return saveWithDialog(); // a dataset goes back in its own shape: only where is the question
    ExportDialog dialog(m_document->project(), this);
    emit exportDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Core::ExportSettings settings = dialog.settings();
    if (settings != m_document->project().exportSettings())
        m_document->push(new SetExportSettingsCommand(m_document, settings, tr("Change export options")));
    return saveWithDialog();
}

int MainWindow::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void MainWindow::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->setRow(-1);
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, MessageTableModel::TextColumn));
    if (!index.isValid()) {
        // Filtered out: clear the filter rather than leave the annotator on an invisible row.
        m_filterText->clear();
        m_filterAuthor->setCurrentIndex(0);
        m_filterStatus->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, MessageTableModel::TextColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::markCurrent(int status, bool moveOn)
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (m_document->project().status(row) != ReviewStatus(status))
        m_document->push(RowFieldCommand::status(m_document, {row}, ReviewStatus(status)));
    if (moveOn)
        goToUnfinished(1);
}

void MainWindow::goToUnfinished(int direction)
{
    const int next = m_document->project().nextUnfinished(currentRow(), direction);
    if (next < 0) {
        statusBar()->showMessage(tr("Every included message is done, skipped or marked for review."), 5000);
        return;
    }
    setCurrentRow(next);
    // The annotator's next step is the completion, as Qt Linguist moves to the translation.
    m_detail->completionEditor()->setFocus();
}

void MainWindow::goToRow(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    const int row = (current.isValid() ? current.row() : -1) + delta;
    if (row < 0 || row >= m_proxy->rowCount())
        return;
    const QModelIndex index = m_proxy->index(row, MessageTableModel::TextColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::importWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Chat Export"), {},
                                                      tr("WhatsApp chat exports (*.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveWithDialog()
{
    QString suggestion = m_savePath;
    if (suggestion.isEmpty() && m_document->project().isDataset())
        suggestion = m_sourcePath; // a reviewed dataset is written back where it came from, in its shape
    if (suggestion.isEmpty() && !m_sourcePath.isEmpty()) {
        const QFileInfo source(m_sourcePath);
        suggestion = source.dir().filePath(source.completeBaseName() + u".jsonl"_s);
    }
    const QString path = m_savePathChooser ? m_savePathChooser(suggestion)
                                           : QFileDialog::getSaveFileName(this, tr("Export JSONL"), suggestion,
                                                                          tr("JSON Lines (*.jsonl);;All files (*)"));
    return !path.isEmpty() && saveJsonl(path);
}

bool MainWindow::maybeSave()
{
    m_document->saveViewState(viewState());
    if (!m_document->hasUnsavedWork())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("This project could not be written to disk; closing it loses the work since then."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveProjectWithDialog();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    rememberLabels();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(urls.constFirst().toLocalFile());
}

} // namespace Finetuner::App
