// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include <app/models/messagetablemodel.h>
#include <core/import/importerregistry.h>

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new MessageTableModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Finetuner"));
    setAcceptDrops(true);

    m_table->setObjectName(u"messageTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a view that measured a million rows would stall on open.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(MessageTableModel::LineColumn, 60);
    m_table->horizontalHeader()->resizeSection(MessageTableModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(MessageTableModel::AuthorColumn, 160);
    m_table->horizontalHeader()->resizeSection(MessageTableModel::KindColumn, 70);
    setCentralWidget(m_table);

    createActions();
    statusBar()->showMessage(tr("Open a WhatsApp chat export (File › Open, or drop it on the window)."));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Chat Export…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Chat Export"), {},
                                                      tr("WhatsApp chat exports (*.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::Result<Core::Conversation> result = Core::importFile(path);
    QApplication::restoreOverrideCursor();

    QStringList problems;
    for (const Core::Diagnostic &d : std::as_const(result.diagnostics))
        problems.append(d.toString());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot Open Chat"), problems.join(u'\n'));
        return false;
    }
    m_model->setConversation(*result.value);
    setWindowTitle(tr("%1 – Finetuner").arg(QFileInfo(path).fileName()));
    const qsizetype warnings = Core::countOf(result.diagnostics, Core::Diagnostic::Severity::Warning);
    QString status = tr("Messages: %1 · participants: %2")
                         .arg(QLocale().toString(result.value->size()))
                         .arg(result.value->participants().size());
    if (warnings > 0)
        status += tr(" · warnings while reading: %1").arg(warnings);
    statusBar()->showMessage(status);
    if (warnings > 0) {
        QMessageBox box(QMessageBox::Information, tr("Chat Opened with Warnings"),
                        tr("Some lines of %1 need a look.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                        this);
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
    }
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.constFirst().toLocalFile());
    }
}

} // namespace Finetuner::App
