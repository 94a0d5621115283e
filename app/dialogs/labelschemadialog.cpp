// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "labelschemadialog.h"

#include <core/label/completiontemplate.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Finetuner::App {

using namespace Qt::StringLiterals;

namespace {
enum EntityColumn { NameColumn, ColourColumn, KeyColumn };
enum ChoiceColumn { ChoiceNameColumn, ChoicesColumn, MultipleColumn };
const QStringList Palette = {u"#2e86de"_s, u"#e67e22"_s, u"#27ae60"_s, u"#8e44ad"_s, u"#c0392b"_s,
                             u"#16a085"_s, u"#d4ac0d"_s, u"#7f8c8d"_s, u"#d35400"_s};

QTableWidget *table(const QStringList &headers, QWidget *parent, const QString &name)
{
    auto *widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->verticalHeader()->hide();
    return widget;
}

QPushButton *addRowButton(QTableWidget *table, QWidget *parent, const std::function<void()> &fill)
{
    auto *button = new QPushButton(QDialog::tr("Add"), parent);
    QObject::connect(button, &QPushButton::clicked, table, [table, fill] {
        table->insertRow(table->rowCount());
        fill();
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    return button;
}

QPushButton *removeRowButton(QTableWidget *table, QWidget *parent)
{
    auto *button = new QPushButton(QDialog::tr("Remove"), parent);
    QObject::connect(button, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return button;
}
} // namespace

LabelSchemaDialog::LabelSchemaDialog(const Core::LabelSchema &schema, QWidget *parent)
    : QDialog(parent)
    , m_entities(table({tr("Label"), tr("Colour"), tr("Key (1–9)")}, this, u"entityTable"_s))
    , m_choices(table({tr("Question"), tr("Choices (comma-separated)"), tr("Several")}, this, u"choiceTable"_s))
    , m_textFields(new QPlainTextEdit(this))
    , m_template(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
    , m_original(schema)
{
    setObjectName(u"labelSchemaDialog"_s);
    setWindowTitle(tr("Labels"));
    m_textFields->setObjectName(u"textFields"_s);
    m_textFields->setPlaceholderText(tr("One free-text field per line"));
    m_template->setObjectName(u"completionTemplate"_s);
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setPlaceholderText(u" named_entities={entities|, }\ntime={time}\nEND"_s);
    m_warning->setObjectName(u"templateWarning"_s);
    m_warning->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Start from:"), this));
    auto *seed = new QPushButton(tr("&Entities (the seed's example)"), this);
    seed->setObjectName(u"seedPreset"_s);
    auto *classification = new QPushButton(tr("&Classification"), this);
    classification->setObjectName(u"classificationPreset"_s);
    presets->addWidget(seed);
    presets->addWidget(classification);
    presets->addStretch(1);
    layout->addLayout(presets);
    connect(seed, &QPushButton::clicked, this, [this] { setSchema(Core::LabelSchema::seedEntities()); });
    connect(classification, &QPushButton::clicked, this, [this] { setSchema(Core::LabelSchema::classification()); });

    auto section = [this, layout](const QString &title, QWidget *body, QList<QPushButton *> buttons) {
        auto *caption = new QLabel(title, this);
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
        caption->setBuddy(body);
        layout->addWidget(caption);
        auto *row = new QHBoxLayout;
        row->addWidget(body, 1);
        auto *side = new QVBoxLayout;
        for (QPushButton *button : buttons)
            side->addWidget(button);
        side->addStretch(1);
        row->addLayout(side);
        layout->addLayout(row);
    };
    auto fillEntity = [this] {
        const int row = m_entities->rowCount() - 1;
        m_entities->setItem(row, NameColumn, new QTableWidgetItem(tr("label")));
        m_entities->setItem(row, ColourColumn, new QTableWidgetItem(Palette.at(row % Palette.size())));
        m_entities->setItem(row, KeyColumn, new QTableWidgetItem(row < 9 ? QString::number(row + 1) : QString()));
    };
    auto fillChoice = [this] {
        const int row = m_choices->rowCount() - 1;
        m_choices->setItem(row, ChoiceNameColumn, new QTableWidgetItem(tr("question")));
        m_choices->setItem(row, ChoicesColumn, new QTableWidgetItem(tr("yes, no")));
        auto *multiple = new QTableWidgetItem;
        multiple->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        multiple->setCheckState(Qt::Unchecked);
        m_choices->setItem(row, MultipleColumn, multiple);
    };
    section(tr("&Entity labels"), m_entities,
            {addRowButton(m_entities, this, fillEntity), removeRowButton(m_entities, this)});
    section(tr("C&hoices"), m_choices, {addRowButton(m_choices, this, fillChoice), removeRowButton(m_choices, this)});
    section(tr("&Text fields"), m_textFields, {});
    section(tr("Completion &template: {entities|, } {LABEL} {CHOICE} {FIELD} {time} {author} {text}"), m_template, {});
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_template, &QPlainTextEdit::textChanged, this, &LabelSchemaDialog::updateWarnings);
    connect(m_entities, &QTableWidget::itemChanged, this, &LabelSchemaDialog::updateWarnings);
    connect(m_choices, &QTableWidget::itemChanged, this, &LabelSchemaDialog::updateWarnings);
    connect(m_textFields, &QPlainTextEdit::textChanged, this, &LabelSchemaDialog::updateWarnings);
    setSchema(schema);
    resize(720, 640);
}

void LabelSchemaDialog::setSchema(const Core::LabelSchema &schema)
{
    m_entities->setRowCount(0);
    for (const Core::EntityLabel &label : schema.entities) {
        const int row = m_entities->rowCount();
        m_entities->insertRow(row);
        auto *name = new QTableWidgetItem(label.name);
        name->setData(Qt::UserRole, label.id);
        m_entities->setItem(row, NameColumn, name);
        m_entities->setItem(row, ColourColumn, new QTableWidgetItem(label.colour));
        m_entities->setItem(row, KeyColumn, new QTableWidgetItem(label.key > 0 ? QString::number(label.key) : QString()));
    }
    m_choices->setRowCount(0);
    for (const Core::ChoiceField &field : schema.choices) {
        const int row = m_choices->rowCount();
        m_choices->insertRow(row);
        m_choices->setItem(row, ChoiceNameColumn, new QTableWidgetItem(field.name));
        m_choices->setItem(row, ChoicesColumn, new QTableWidgetItem(field.choices.join(u", "_s)));
        auto *multiple = new QTableWidgetItem;
        multiple->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        multiple->setCheckState(field.multiple ? Qt::Checked : Qt::Unchecked);
        m_choices->setItem(row, MultipleColumn, multiple);
    }
    m_textFields->setPlainText(schema.textFields.join(u'\n'));
    m_template->setPlainText(schema.completionTemplate);
    updateWarnings();
}

Core::LabelSchema LabelSchemaDialog::schema() const
{
    Core::LabelSchema schema;
    int nextId = m_original.nextEntityId();
    for (int row = 0; row < m_entities->rowCount(); ++row) {
        const QTableWidgetItem *name = m_entities->item(row, NameColumn);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        Core::EntityLabel label;
        // A kept label keeps its id, so its spans stay; a preset's label takes the id of an old one by name.
        bool ok = false;
        label.id = name->data(Qt::UserRole).toInt(&ok);
        if (!ok || label.id <= 0) {
            label.id = nextId++;
            for (const Core::EntityLabel &old : m_original.entities) {
                if (old.name == name->text().trimmed())
                    label.id = old.id;
            }
        }
        label.name = name->text().trimmed();
        label.colour = m_entities->item(row, ColourColumn) ? m_entities->item(row, ColourColumn)->text().trimmed()
                                                            : Palette.at(row % Palette.size());
        const int key = m_entities->item(row, KeyColumn) ? m_entities->item(row, KeyColumn)->text().toInt() : 0;
        label.key = key >= 1 && key <= 9 && !schema.entityForKey(key) ? key : 0;
        schema.entities.append(label);
    }
    for (int row = 0; row < m_choices->rowCount(); ++row) {
        const QTableWidgetItem *name = m_choices->item(row, ChoiceNameColumn);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        Core::ChoiceField field;
        field.name = name->text().trimmed();
        const QString choices = m_choices->item(row, ChoicesColumn) ? m_choices->item(row, ChoicesColumn)->text() : QString();
        for (const QString &choice : choices.split(u',', Qt::SkipEmptyParts))
            field.choices.append(choice.trimmed());
        field.multiple = m_choices->item(row, MultipleColumn)
            && m_choices->item(row, MultipleColumn)->checkState() == Qt::Checked;
        schema.choices.append(field);
    }
    for (const QString &field : m_textFields->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!field.trimmed().isEmpty())
            schema.textFields.append(field.trimmed());
    }
    schema.completionTemplate = m_template->toPlainText();
    return schema;
}

void LabelSchemaDialog::updateWarnings()
{
    const QStringList unknown = Core::unknownPlaceholders(schema());
    m_warning->setText(unknown.isEmpty() ? QString()
                                         : tr("The template names what no label, choice or field is called: %1. "
                                              "It is written as it stands.")
                                               .arg(unknown.join(u", "_s)));
}

} // namespace Finetuner::App
