// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportdialog.h"

#include <core/dataset/exportformat.h>
#include <core/project/project.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::ExampleMode;
using Core::ExportFormat;

namespace {
constexpr int PreviewLines = 3;
}

ExportDialog::ExportDialog(const Core::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_format(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_assistant(new QComboBox(this))
    , m_turns(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_system(new QLineEdit(this))
    , m_trainOnContext(new QCheckBox(tr("Train on earlier assistant turns too"), this))
    , m_validation(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_stratify(new QCheckBox(tr("Stratified by the classification's choice"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_counts(new QLabel(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("Chat messages (OpenAI, TRL conversational, Axolotl, Unsloth)"), int(ExportFormat::Chat));
    m_format->addItem(tr("Prompt/completion (the seed, TRL prompt-completion)"), int(ExportFormat::PromptCompletion));
    m_format->addItem(tr("Alpaca (instruction, input, output)"), int(ExportFormat::Alpaca));
    m_format->addItem(tr("ShareGPT (conversations, LLaMA-Factory)"), int(ExportFormat::ShareGpt));
    m_mode->setObjectName(u"exportMode"_s);
    m_mode->addItem(tr("Per message: each included message is a prompt, its completion annotated"),
                    int(ExampleMode::PerMessage));
    m_mode->addItem(tr("Reply pairs: the others' turn, then the assistant's reply"), int(ExampleMode::ReplyPairs));
    m_mode->addItem(tr("Chat window: the last turns as context, the assistant's turn last"),
                    int(ExampleMode::ChatWindow));
    m_assistant->setObjectName(u"exportAssistant"_s);
    const QStringList &participants = project.conversation().participants();
    m_assistant->addItem(tr("The first prompt author"), -1);
    for (int id = 0; id < participants.size(); ++id)
        m_assistant->addItem(participants.at(id), id);
    m_turns->setObjectName(u"exportTurns"_s);
    m_turns->setRange(1, 100);
    m_minutes->setObjectName(u"exportMinutes"_s);
    m_minutes->setRange(0, 7 * 24 * 60);
    m_minutes->setSpecialValueText(tr("no limit"));
    m_minutes->setSuffix(tr(" min"));
    m_system->setObjectName(u"exportSystemPrompt"_s);
    m_system->setPlaceholderText(tr("none"));
    m_validation->setObjectName(u"exportValidation"_s);
    m_validation->setRange(0, 50);
    m_validation->setSuffix(u" %"_s);
    m_validation->setDecimals(1);
    m_seed->setObjectName(u"exportSeed"_s);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_counts->setObjectName(u"exportCounts"_s);

    const Core::ExportSettings &current = project.exportSettings();
    m_format->setCurrentIndex(m_format->findData(int(current.format)));
    m_mode->setCurrentIndex(m_mode->findData(int(current.examples.mode)));
    m_assistant->setCurrentIndex(std::max(0, m_assistant->findData(current.examples.assistant)));
    m_turns->setValue(current.examples.contextTurns);
    m_minutes->setValue(current.examples.contextMinutes);
    m_system->setText(current.examples.systemPrompt);
    m_trainOnContext->setChecked(current.examples.trainOnContext);
    m_validation->setValue(current.validationRatio * 100);
    m_seed->setValue(int(current.splitSeed));
    m_stratify->setChecked(current.stratify);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Examples:"), m_mode);
    form->addRow(tr("&Assistant:"), m_assistant);
    form->addRow(tr("Context &turns:"), m_turns);
    form->addRow(tr("Context &within:"), m_minutes);
    form->addRow(QString(), m_trainOnContext);
    form->addRow(tr("S&ystem prompt:"), m_system);
    form->addRow(tr("&Validation split:"), m_validation);
    form->addRow(tr("Split &seed:"), m_seed);
    form->addRow(QString(), m_stratify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The first lines, as they will be written:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_counts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // A million rows take a moment to turn into examples: the preview follows the options after a pause.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(150);
    connect(timer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto later = [timer] { timer->start(); };
    connect(m_format, &QComboBox::currentIndexChanged, this, later);
    connect(m_mode, &QComboBox::currentIndexChanged, this, later);
    connect(m_assistant, &QComboBox::currentIndexChanged, this, later);
    connect(m_turns, &QSpinBox::valueChanged, this, later);
    connect(m_minutes, &QSpinBox::valueChanged, this, later);
    connect(m_system, &QLineEdit::textChanged, this, later);
    connect(m_trainOnContext, &QCheckBox::toggled, this, later);
    connect(m_validation, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_seed, &QSpinBox::valueChanged, this, later);
    connect(m_stratify, &QCheckBox::toggled, this, later);
    updatePreview();
    resize(900, 620);
}

Core::ExportSettings ExportDialog::settings() const
{
    Core::ExportSettings settings = m_project.exportSettings();
    settings.format = ExportFormat(m_format->currentData().toInt());
    settings.examples.mode = ExampleMode(m_mode->currentData().toInt());
    settings.examples.assistant = m_assistant->currentData().toInt();
    settings.examples.contextTurns = m_turns->value();
    settings.examples.contextMinutes = m_minutes->value();
    settings.examples.systemPrompt = m_system->text();
    settings.examples.trainOnContext = m_trainOnContext->isChecked();
    settings.validationRatio = m_validation->value() / 100;
    settings.splitSeed = quint64(m_seed->value());
    settings.stratify = m_stratify->isChecked();
    return settings;
}

void ExportDialog::updatePreview()
{
    const Core::ExportSettings current = settings();
    const bool window = current.examples.mode == ExampleMode::ChatWindow;
    const bool conversational = current.examples.mode != ExampleMode::PerMessage;
    m_assistant->setEnabled(conversational);
    m_turns->setEnabled(window);
    m_minutes->setEnabled(window);
    m_trainOnContext->setEnabled(window && current.format == ExportFormat::Chat);
    m_stratify->setEnabled(!m_project.labelSchema().choices.isEmpty() && current.validationRatio > 0);

    const QList<Core::TrainingExample> examples = Core::buildExamples(m_project, current.examples);
    const Core::ExampleSplit split =
        Core::splitExamples(examples, current.validationRatio, current.splitSeed, current.stratify);
    QStringList lines;
    for (int i = 0; i < std::min<qsizetype>(PreviewLines, split.train.size()); ++i)
        lines.append(QString::fromUtf8(Core::exampleLine(examples.at(split.train.at(i)), current.format)));
    m_preview->setPlainText(lines.isEmpty() ? tr("No examples: include some messages of the assistant, or choose "
                                                 "another mode.")
                                            : lines.join(u'\n'));
    m_counts->setText(tr("%1 examples: %2 to train, %3 to validate")
                          .arg(examples.size())
                          .arg(split.train.size())
                          .arg(split.validation.size()));
}

} // namespace Finetuner::App
