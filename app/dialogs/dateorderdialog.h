// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/model/conversation.h>
#include <core/model/dateorder.h>

#include <QDialog>

class QRadioButton;

namespace Finetuner::App {

/// Asks how to read the dates of a chat in which no date tells day/month from month/day (every field is 12 or
/// less). Each choice previews the first messages' dates as they would be read, so the user can recognise
/// the right one; the importer's assumption is preselected.
class DateOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateOrderDialog)
public:
    DateOrderDialog(const Core::Conversation &conversation, QWidget *parent = nullptr);

    /// DayMonthYear or MonthDayYear.
    Core::DateOrder chosenOrder() const;

    static constexpr int PreviewMessages = 5;

private:
    QRadioButton *m_dayMonth;
    QRadioButton *m_monthDay;
};

} // namespace Finetuner::App
