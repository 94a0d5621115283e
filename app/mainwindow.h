// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/settings/appsettings.h>
#include <core/model/conversation.h>
#include <core/util/diagnostic.h>

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QTimer;

namespace Finetuner::App {

class AnonymizationDock;
class DetailPane;
class Document;
class ImportController;
class MessageFilterProxyModel;
class MessageTableModel;
class ParticipantsDock;
class StatisticsDock;
class ValidationDock;

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

    /// Opens a project file (`.finetuner`) at once, or starts importing a chat export in the background;
    /// chatOpened() or importFailed() follows either way.
    void openFile(const QString &path);
    /// Opens the project that was open when the window last closed, where the annotator left off.
    /// False when there is none.
    bool reopenLastProject();
    /// Writes the whole project to @p path and goes on there; false (after telling the user) on failure.
    bool saveProjectAs(const QString &path);
    /// Where an imported chat's project file goes until the user saves it elsewhere.
    QString defaultProjectPath(const QString &exportPath) const;
    /// The newest project in the projects folder made from @p exportPath; empty when none.
    QString existingProjectFor(const QString &exportPath) const;
    /// Writes the examples in the project's export settings (mode, format, and a validation file beside @p path
    /// when they ask for a split; a dataset in its own shape); false (after telling the user) on failure.
    bool saveJsonl(const QString &path);
    /// Where the validation split goes: "train.jsonl" → "train.validation.jsonl".
    static QString validationPathFor(const QString &trainPath);

    /// The current row, in the project's numbering (not the filtered view's); -1 when none.
    int currentRow() const;
    /// For tests: answers the export's "where?" instead of a file dialog (given the suggested path).
    void setSavePathChooser(std::function<QString(const QString &suggestion)> chooser)
    {
        m_savePathChooser = std::move(chooser);
    }
    QString lastExportError() const { return m_lastExportError; }
    void setCurrentRow(int row);

signals:
    void chatOpened(const QString &path);
    /// The label schema dialog is about to run modally: tests fill it in and accept it.
    void labelSchemaDialogOpened(QDialog *dialog);
    /// Likewise for the export dialog.
    void exportDialogOpened(QDialog *dialog);
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
    void updateLabelKeyActions();
    void showShortcuts();
    void editLabelSchema();
    void labelAllOccurrences();
    void rememberLabels();
    void adaptToProjectKind();
    void onImported(const Core::Conversation &conversation, const Core::Diagnostics &diagnostics);
    void openProject(const QString &path);
    void openDataset(const QString &path);
    /// After a project is in the document: title, recent files, where the annotator was.
    void showProject(const QVariantMap &viewState);
    void updateTitle();
    QVariantMap viewState() const;
    void restoreViewState(const QVariantMap &state);
    void onStorageFailed(const QString &message);
    bool saveProjectWithDialog();

    void importWithDialog();
    bool saveWithDialog();
    bool exportWithDialog();
    bool exportFailed(const QString &path, const QString &why);
    /// Tells why an export did not happen (status bar, box, lastExportError()); returns false.
    bool refuseExport(const QString &why);
    /// The first ten of @p diagnostics as FILE:LINE lines, for a refusal's details.
    static QString firstPlaces(const Core::Diagnostics &diagnostics);
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
    StatisticsDock *m_statistics;
    ValidationDock *m_validation;
    AnonymizationDock *m_anonymization;
    QLineEdit *m_filterText;
    QComboBox *m_filterAuthor;
    QComboBox *m_filterStatus;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QMenu *m_recentMenu = nullptr;
    QString m_sourcePath;
    QString m_savePath;
    QString m_lastExportError;
    std::function<QString(const QString &)> m_savePathChooser; // why the last export was refused, for tests and the status bar
    QList<QAction *> m_documentActions; // enabled only with a chat open
    QTimer *m_viewStateTimer;
    QList<QAction *> m_labelKeyActions; // Alt+1…9, named after the labels
    bool m_showingDataset = false;
    bool m_participantsWereVisible = true;           // stores where the annotator is, a moment after they stop moving
};

} // namespace Finetuner::App
