// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>
#include <app/models/messagetablemodel.h>
#include <core/import/importerregistry.h>
#include <testutils.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using Finetuner::App::MainWindow;
using Finetuner::App::MessageTableModel;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensTheSampleChat();
    void droppingAFileOpensIt();
    void modelPassesTheModelTester();

private:
    static QString sample() { return QStringLiteral(FINETUNER_SOURCE_DIR "/resources/samples/nutrition-beta.txt"); }
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MainWindow::opensTheSampleChat()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(sample()));

    auto *table = window.findChild<QTableView *>(u"messageTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 354);
    QCOMPARE(window.windowTitle(), u"nutrition-beta.txt – Finetuner"_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"Messages: 354 · participants: 6"_s);
    // The first row is WhatsApp's encryption notice: a system line without an author.
    QCOMPARE(table->model()->index(0, MessageTableModel::AuthorColumn).data().toString(), QString());
    QCOMPARE(table->model()->index(0, MessageTableModel::KindColumn).data().toString(), u"system"_s);
}

void tst_MainWindow::droppingAFileOpensIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(TestUtils::dataPath(u"import/whatsapp/seed-selina.txt"_s))});
    const QPoint where = window.rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    auto *table = window.findChild<QTableView *>(u"messageTable"_s);
    QVERIFY(table->model()->rowCount() > 4);
    QCOMPARE(window.windowTitle(), u"seed-selina.txt – Finetuner"_s);
}

void tst_MainWindow::modelPassesTheModelTester()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto result = Finetuner::Core::importFile(sample());
    QVERIFY(result.ok());
    model.setConversation(*result.value);
    QCOMPARE(model.rowCount(), 354);
    QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount));
    // Multi-line texts show on one line in the table, the whole text in the tooltip.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row, MessageTableModel::TextColumn).data().toString();
        QVERIFY(!shown.contains(u'\n'));
        const QString full = model.index(row, MessageTableModel::TextColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(full, result.value->text(row));
    }
    model.setConversation({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
