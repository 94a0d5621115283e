// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/commands/rowfieldcommand.h>
#include <app/document.h>
#include <app/models/messagefilterproxymodel.h>
#include <app/models/messagetablemodel.h>
#include <core/import/importerregistry.h>
#include <testutils.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Finetuner;
using App::MessageTableModel;

class tst_MessageTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void showsEveryMessageWithItsColumns();
    void toggleIncluded_isUndoable();
    void toggleAnonymized_changesTheShownTextAndIsUndoable();
    void editingTheCompletionPushesOneCommand();
    void proxyFiltersByTextAuthorAndStatus();
    void proxySortsByTime();
    void resetOnNewProject();

private:
    std::unique_ptr<App::Document> m_document;
    std::unique_ptr<MessageTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_MessageTableModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_document = std::make_unique<App::Document>();
    m_model = std::make_unique<MessageTableModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto result = Core::importFile(TestUtils::dataPath(u"import/whatsapp/android-media-system.txt"_s));
    QVERIFY(result.ok());
    m_document->setProject(Core::Project(*result.value));
}

void tst_MessageTableModel::showsEveryMessageWithItsColumns()
{
    const Core::Conversation &conversation = m_document->project().conversation();
    QCOMPARE(m_model->rowCount(), conversation.size());
    QCOMPARE(m_model->columnCount(), int(MessageTableModel::ColumnCount));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, MessageTableModel::RowColumn).data().toInt(), row + 1);
        QCOMPARE(m_model->index(row, MessageTableModel::TimeColumn).data().toString(),
                 conversation.timestamp(row).toString().replace(u'T', u' '));
        const QString shown = m_model->index(row, MessageTableModel::TextColumn).data().toString();
        QVERIFY(!shown.contains(u'\n'));
        QCOMPARE(m_model->index(row, MessageTableModel::StatusColumn).data().toString(), u"to do"_s);
        const bool included = m_document->project().isIncluded(row);
        QCOMPARE(m_model->index(row, MessageTableModel::IncludeColumn).data(Qt::CheckStateRole).toInt(),
                 int(included ? Qt::Checked : Qt::Unchecked));
        QVERIFY(m_model->flags(m_model->index(row, MessageTableModel::IncludeColumn)) & Qt::ItemIsUserCheckable);
        // A system line has no author, in the table too.
        if (conversation.kind(row) == Core::MessageKind::System)
            QVERIFY(m_model->index(row, MessageTableModel::AuthorColumn).data().toString().isEmpty());
    }
}

void tst_MessageTableModel::toggleIncluded_isUndoable()
{
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    int row = 0;
    while (!m_document->project().isIncluded(row))
        ++row;
    const QModelIndex cell = m_model->index(row, MessageTableModel::IncludeColumn);
    QVERIFY(m_model->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(dataChanged.size(), 1);
    QVERIFY(!m_document->undoStack()->isClean());

    m_document->undoStack()->undo();
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(m_document->undoStack()->isClean());
    QCOMPARE(dataChanged.size(), 2);
}

void tst_MessageTableModel::toggleAnonymized_changesTheShownTextAndIsUndoable()
{
    const Core::Conversation &conversation = m_document->project().conversation();
    int row = -1;
    for (int r = 0; r < conversation.size() && row < 0; ++r) {
        if (conversation.authorId(r) >= 0)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex author = m_model->index(row, MessageTableModel::AuthorColumn);
    QVERIFY(author.data().toString().startsWith(u"Person "_s));
    QVERIFY(m_model->setData(m_model->index(row, MessageTableModel::AnonymizeColumn), Qt::Unchecked,
                             Qt::CheckStateRole));
    QCOMPARE(author.data().toString(), conversation.author(row));
    m_document->undoStack()->undo();
    QVERIFY(author.data().toString().startsWith(u"Person "_s));
}

void tst_MessageTableModel::editingTheCompletionPushesOneCommand()
{
    const QModelIndex cell = m_model->index(1, MessageTableModel::CompletionColumn);
    QVERIFY(m_model->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(cell, u"line one\nline two"_s, Qt::EditRole));
    QCOMPARE(cell.data(Qt::EditRole).toString(), u"line one\nline two"_s);
    QCOMPARE(cell.data().toString(), u"line one ⏎ line two"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    // Setting the same text again is no edit.
    QVERIFY(m_model->setData(cell, u"line one\nline two"_s, Qt::EditRole));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QVERIFY(cell.data(Qt::EditRole).toString().isEmpty());
}

void tst_MessageTableModel::proxyFiltersByTextAuthorAndStatus()
{
    App::MessageFilterProxyModel proxy(m_document.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    const int all = m_model->rowCount();
    QCOMPARE(proxy.rowCount(), all);
    QVERIFY(!proxy.isFiltering());

    proxy.setTextFilter(u"MEDIA OMITTED"_s); // case-insensitive
    QVERIFY(proxy.rowCount() >= 1);
    QVERIFY(proxy.rowCount() < all);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int source = proxy.mapToSource(proxy.index(row, 0)).row();
        QVERIFY(m_document->project().conversation().text(source).contains(u"Media omitted"_s));
    }
    proxy.setTextFilter({});
    QCOMPARE(proxy.rowCount(), all);

    proxy.setAuthorFilter(0);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(MessageTableModel::AuthorIdRole).toInt(), 0);
    proxy.setAuthorFilter(-1);

    proxy.setStatusFilter(int(Core::ReviewStatus::Done));
    QCOMPARE(proxy.rowCount(), 0);
    // The filter follows edits: a row marked done appears, and leaves again on undo.
    m_document->push(App::RowFieldCommand::status(m_document.get(), {2}, Core::ReviewStatus::Done));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setStatusFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), all);
}

void tst_MessageTableModel::proxySortsByTime()
{
    App::MessageFilterProxyModel proxy(m_document.get());
    proxy.setSourceModel(m_model.get());
    proxy.sort(MessageTableModel::TimeColumn, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const qint64 time = proxy.index(row, 0).data(MessageTableModel::SortRole).toLongLong();
        QVERIFY(time <= previous);
        previous = time;
    }
}

void tst_MessageTableModel::resetOnNewProject()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_document->setProject(Core::Project());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(tst_MessageTableModel)
#include "tst_messagetablemodel.moc"
