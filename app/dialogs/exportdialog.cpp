// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportdialog.h"

#include <core/dataset/exportformat.h>
#include <core/project/project.h>
#include <core/tokenize/datasettokens.h>
#include <core/tokenize/tokenizer.h>

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
#include <QtConcurrent>

namespace Finetuner::App {

using namespace Qt::StringLiterals;
using Core::ExampleMode;
using Core::ExportFormat;

namespace {
constexpr int PreviewLines = 3;
// What OpenAI's fine-tuning models use; the count is an estimate for other trainers' templates.
constexpr Core::Encoding TrainingEncoding = Core::Encoding::O200kBase;

ExportDialog::Preview computePreview(const Core::Project &project, const Core::ExportSettings &settings,
                                     quint64 generation)
{
    ExportDialog::Preview preview;
    preview.generation = generation;
    const QList<Core::TrainingExample> examples = Core::buildExamples(project, settings.examples);
    const Core::ExampleSplit split =
        Core::splitExamples(examples, settings.validationRatio, settings.splitSeed, settings.stratify);
    preview.examples = examples.size();
    preview.train = split.train.size();
    preview.validation = split.validation.size();
    for (int i = 0; i < std::min<qsizetype>(PreviewLines, split.train.size()); ++i)
        preview.lines.append(QString::fromUtf8(Core::exampleLine(examples.at(split.train.at(i)), settings.format)));
    const Core::Tokenizer *tokenizer = Core::Tokenizer::get(TrainingEncoding, &preview.tokenizerError);
    if (!tokenizer)
        return preview;
    // Trained tokens: the completion of a prompt/completion line; the assistant turns of the others, counted in
    // their chat form (Alpaca and ShareGPT are laid out by the trainer's own template).
    const bool legacy = settings.format == Core::ExportFormat::PromptCompletion;
    preview.trainTokens = 0;
    for (const int index : split.train) {
        const QByteArray line = Core::exampleLine(examples.at(index), legacy ? Core::ExportFormat::PromptCompletion
                                                                             : Core::ExportFormat::Chat);
        QString ignored;
        if (const auto counted = Core::countExampleTokens(*tokenizer, line, &ignored))
            preview.trainTokens += counted->total; // what a fine-tuning service bills per epoch
    }
    return preview;
}
} // namespace

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
    , m_epochs(new QSpinBox(this))
    , m_tokens(new QLabel(this))
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
    m_epochs->setObjectName(u"exportEpochs"_s);
    m_epochs->setRange(1, 100);
    m_epochs->setValue(3);
    m_tokens->setObjectName(u"exportTokens"_s);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, [this] {
        if (m_pending) {
            m_pending = false;
            updatePreview();
            return;
        }
        showPreview(m_watcher.result());
    });

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
    form->addRow(tr("E&pochs:"), m_epochs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The first lines, as they will be written:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_tokens);
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
    connect(m_epochs, &QSpinBox::valueChanged, this, [this] { showPreview(m_last); });
    updatePreview();
    resize(900, 620);
}

ExportDialog::~ExportDialog()
{
    // The computation reads the project; it must be done before the caller changes it.
    m_watcher.waitForFinished();
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

    const quint64 generation = ++m_generation;
    m_counts->setText(tr("Counting…"));
    const Core::Project *project = &m_project; // modal: the project does not change while the dialog is open
    if (m_watcher.isRunning()) {
        m_pending = true; // started again when the running one ends, with the options of then
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([project, current, generation] {
        return computePreview(*project, current, generation);
    }));
}

void ExportDialog::showPreview(const Preview &preview)
{
    m_last = preview;
    m_preview->setPlainText(preview.lines.isEmpty() ? tr("No examples: include some messages of the assistant, or "
                                                         "choose another mode.")
                                                    : preview.lines.join(u'\n'));
    m_counts->setText(tr("%1 examples: %2 to train, %3 to validate")
                          .arg(preview.examples)
                          .arg(preview.train)
                          .arg(preview.validation));
    const QLocale locale;
    if (preview.trainTokens < 0) {
        m_tokens->setText(tr("Token counts need the tokenizer's rank files: %1").arg(preview.tokenizerError));
    } else {
        m_tokens->setText(tr("Training tokens (%1): %2 per epoch × %3 epochs = %4")
                              .arg(Core::encodingName(TrainingEncoding), locale.toString(preview.trainTokens))
                              .arg(m_epochs->value())
                              .arg(locale.toString(preview.trainTokens * m_epochs->value())));
    }
    emit previewUpdated();
}

} // namespace Finetuner::App
