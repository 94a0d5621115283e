// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/settings/appsettings.h>
#include <core/model/conversation.h>
#include <core/util/diagnostic.h>

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;

namespace Finetuner::App {

class DetailPane;
class Document;
class ImportController;
class MessageFilterProxyModel;
class MessageTableModel;
class ParticipantsDock;

/// The annotator's window (DESIGN.md §2): the message table, the detail pane with the completion editor,
/// the participants dock. Keyboard first: every action has a key and a menu entry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// @p settings defaults to the user's QSettings; tests pass one on a temporary file.
    explicit MainWindow(std::unique_ptr<AppSettings> settings = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    ImportController *importController() const { return m_import; }

    /// Starts importing a chat export in the background; chatOpened() or importFailed() follows.
    void openFile(const QString &path);
    /// Writes the exported rows as prompt/completion JSONL; false (after telling the user) on failure.
    bool saveJsonl(const QString &path);

    /// The current row, in the project's numbering (not the filtered view's); -1 when none.
    int currentRow() const;
    void setCurrentRow(int row);

signals:
    void chatOpened(const QString &path);
    void importFailed(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createFilterBar(QWidget *container);
    void readSettings();
    void writeSettings();
    void updateRecentFilesMenu();
    void updateProgress();
    void updateActions();
    void onImported(const Core::Conversation &conversation, const Core::Diagnostics &diagnostics);

    void importWithDialog();
    bool saveWithDialog();
    bool maybeSave();
    QList<int> selectedRows() const;

    void markCurrent(int status, bool moveOn);
    void goToUnfinished(int direction);
    void goToRow(int delta);

    std::unique_ptr<AppSettings> m_settings;
    Document *m_document;
    ImportController *m_import;
    MessageTableModel *m_model;
    MessageFilterProxyModel *m_proxy;
    QTableView *m_table;
    DetailPane *m_detail;
    ParticipantsDock *m_participants;
    QLineEdit *m_filterText;
    QComboBox *m_filterAuthor;
    QComboBox *m_filterStatus;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QMenu *m_recentMenu = nullptr;
    QString m_sourcePath;
    QString m_savePath;
    QList<QAction *> m_documentActions; // enabled only with a chat open
};

} // namespace Finetuner::App
