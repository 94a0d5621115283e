// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <app/widgets/debouncedjob.h>
#include <core/anonymize/piispan.h>

#include <QDockWidget>
#include <QFutureWatcher>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Finetuner::Core {
struct AnonymizationSettings;
class IdentityMap;
} // namespace Finetuner::Core

namespace Finetuner::App {

class Document;
class IdentityModel;

/// View › Anonymization: who is who (the identity map: merge, split, aliases, pseudonyms), which detectors run
/// and what replaces what they find, with the count of each type in the export, and the user's own terms,
/// patterns and phone regions. Every change is one undo step; the counts are made off the GUI thread.
class AnonymizationDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnonymizationDock)
public:
    using Counts = std::array<int, Core::PiiTypeCount>;

    explicit AnonymizationDock(Document *document, QWidget *parent = nullptr);
    ~AnonymizationDock() override;

    /// Enabled spans of each type in the rows that are exported and anonymized, as the dock shows them now.
    const Counts &counts() const { return m_counts; }
    /// "Names (people)", "E-mail", "Phone numbers"…
    static QString typeName(Core::PiiType type);

signals:
    /// The counts show the project as it is now.
    void countsUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct CountResult
    {
        Counts counts{};
        int messages = 0; // rows scanned: exported and anonymized
    };
    struct Detector
    {
        Core::PiiType type;
        QCheckBox *enabled;
        QComboBox *op;
        QLabel *count;
    };
    enum class Step { Choice, Typing };

    QWidget *createPeopleTab();
    QWidget *createDetectorsTab();
    QWidget *createCustomTab();

    /// Shows the document's state in the widgets without pushing anything back.
    void refresh();
    void updateIdentityActions();
    void updateWarningColour();

    /// Pushes @p edit of the current settings as a command, if it changes anything.
    void changeSettings(const QString &undoText, Step step,
                        const std::function<void(Core::AnonymizationSettings &)> &edit);
    /// Pushes @p edit of the current identity map as a command; false (nothing pushed) when it refuses or
    /// changes nothing.
    bool changeIdentities(const QString &undoText, const std::function<bool(Core::IdentityMap &)> &edit);
    /// Typing waits for a pause; anything else the user does first commits what was typed.
    void flushTyping();
    void applyTerms();
    void applyPatterns();
    void applyRegions();

    int currentIdentity() const;
    QList<int> selectedIdentities() const;
    void selectIdentity(int identity);
    void mergeSelected();
    void addAlias();
    void addPerson();
    void showPeopleMessage(const QString &text);

    void scheduleCounts();
    QFuture<CountResult> startCounts();
    void displayCounts(const CountResult &result);

    Document *m_document; // not owned
    IdentityModel *m_model;
    QLabel *m_datasetNote;
    QTabWidget *m_tabs;

    QTableView *m_table = nullptr;
    QLabel *m_aliases = nullptr; // the current person's aliases in full: the column is narrow
    QComboBox *m_style = nullptr;
    QToolButton *m_merge = nullptr;
    QToolButton *m_split = nullptr;
    QMenu *m_splitMenu = nullptr;
    QToolButton *m_addAlias = nullptr;
    QToolButton *m_removeAlias = nullptr;
    QMenu *m_removeAliasMenu = nullptr;
    QToolButton *m_addPerson = nullptr;
    QLabel *m_peopleMessage = nullptr;

    QList<Detector> m_detectors;
    QLabel *m_countSummary = nullptr;

    QPlainTextEdit *m_terms = nullptr;
    QPlainTextEdit *m_patterns = nullptr;
    QLabel *m_patternProblems = nullptr;
    QLineEdit *m_regions = nullptr;
    QLabel *m_regionProblems = nullptr;
    QTimer *m_termsTimer;
    QTimer *m_patternsTimer;
    QTimer *m_regionsTimer;

    bool m_refreshing = false;
    Counts m_counts{};
    DebouncedJob<CountResult> m_countJob; // last: it stops a running count before the rest goes
};

} // namespace Finetuner::App
