// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dateorderdialog.h"

#include <core/model/localdatetime.h>

#include <QButtonGroup>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTime>
#include <QVBoxLayout>

namespace Finetuner::App {

namespace {

using namespace Qt::StringLiterals;

constexpr int MaxPreviewTextChars = 48;

// A timestamp as the other date order would have read it: day and month swapped. The date may not exist
// then (a 13th month cannot happen in an ambiguous file, but the dialog does not rely on that).
struct Reading
{
    int year = 0;
    int month = 0;
    int day = 0;
    QTime time;
    bool valid = false;
};

Reading readingOf(Core::LocalDateTime timestamp, bool swapDayAndMonth)
{
    Reading reading;
    if (!timestamp.isValid())
        return reading;
    const QDateTime dateTime = timestamp.toQDateTime();
    const QDate date = dateTime.date();
    reading.year = date.year();
    reading.month = swapDayAndMonth ? date.day() : date.month();
    reading.day = swapDayAndMonth ? date.month() : date.day();
    reading.time = dateTime.time();
    reading.valid = Core::LocalDateTime::isValidDate(reading.year, reading.month, reading.day);
    return reading;
}

QString isoDate(const Reading &reading)
{
    return u"%1-%2-%3"_s.arg(reading.year, 4, 10, QChar(u'0'))
        .arg(reading.month, 2, 10, QChar(u'0'))
        .arg(reading.day, 2, 10, QChar(u'0'));
}

QString previewLine(const Core::Conversation &conversation, int index, bool swapDayAndMonth)
{
    const Reading reading = readingOf(conversation.timestamp(index), swapDayAndMonth);
    QString when;
    if (!reading.time.isValid())
        when = DateOrderDialog::tr("(no date)");
    else if (!reading.valid)
        when = DateOrderDialog::tr("%1 (no such date)").arg(isoDate(reading));
    else
        when = isoDate(reading) + u' ' + reading.time.toString(u"HH:mm"_s);

    QString text = conversation.text(index).section(u'\n', 0, 0);
    if (text.size() > MaxPreviewTextChars)
        text = text.left(MaxPreviewTextChars - 1).trimmed() + u'…';
    const QString author = conversation.author(index);
    const QString what = author.isNull() ? text : DateOrderDialog::tr("%1: %2").arg(author, text);
    return u"    "_s + when + u"   "_s + what;
}

QString choiceText(const Core::Conversation &conversation, const QString &title, bool swapDayAndMonth)
{
    QStringList lines{title};
    const int count = std::min(conversation.size(), int(DateOrderDialog::PreviewMessages));
    if (count > 0) {
        const Reading first = readingOf(conversation.timestamp(0), swapDayAndMonth);
        if (first.valid) {
            const QDate date(first.year, first.month, first.day);
            lines.first() += DateOrderDialog::tr(": the chat starts on %1")
                                 .arg(QLocale().toString(date, QLocale::LongFormat));
        }
    }
    for (int i = 0; i < count; ++i)
        lines.append(previewLine(conversation, i, swapDayAndMonth));
    return lines.join(u'\n');
}

} // namespace

DateOrderDialog::DateOrderDialog(const Core::Conversation &conversation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"dateOrderDialog"_s);
    setWindowTitle(tr("How Are the Dates Written?"));

    // The conversation was read in its assumed order; the other reading swaps day and month back.
    const bool readMonthFirst = conversation.dateOrder() == Core::DateOrder::MonthDayYear;

    auto *explanation = new QLabel(
        tr("No date in “%1” tells whether it is written day first or month first: every day and month in it is "
           "12 or less. Choose the reading in which the first messages have the right dates.")
            .arg(QFileInfo(conversation.sourcePath()).fileName()),
        this);
    explanation->setWordWrap(true);

    m_dayMonth = new QRadioButton(choiceText(conversation, tr("Day first (day/month/year)"), readMonthFirst), this);
    m_dayMonth->setObjectName(u"dayMonthChoice"_s);
    m_monthDay = new QRadioButton(choiceText(conversation, tr("Month first (month/day/year)"), !readMonthFirst), this);
    m_monthDay->setObjectName(u"monthDayChoice"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_dayMonth);
    group->addButton(m_monthDay);
    (readMonthFirst ? m_monthDay : m_dayMonth)->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addWidget(m_dayMonth);
    layout->addWidget(m_monthDay);
    layout->addStretch();
    layout->addWidget(buttons);
}

Core::DateOrder DateOrderDialog::chosenOrder() const
{
    return m_monthDay->isChecked() ? Core::DateOrder::MonthDayYear : Core::DateOrder::DayMonthYear;
}

} // namespace Finetuner::App
