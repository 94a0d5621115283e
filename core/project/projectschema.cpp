// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectschema.h"

namespace Finetuner::Core::ProjectSchema {

using namespace Qt::StringLiterals;

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 → 1: a chat project. The conversation is stored as the importer keeps it in memory (the export's
        // bytes, an arena, 40-byte records), so opening is a read of a few blobs, not of a million rows.
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value)"_s,
            u"CREATE TABLE blobs (name TEXT NOT NULL, part INTEGER NOT NULL, bytes BLOB NOT NULL,"
            " checksum INTEGER NOT NULL, UNIQUE (name, part))"_s,
            u"CREATE TABLE participants (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role INTEGER NOT NULL,"
            " pseudonym TEXT NOT NULL)"_s,
            u"CREATE TABLE row_states (chunk INTEGER PRIMARY KEY, bits BLOB NOT NULL)"_s,
            u"CREATE TABLE completions (row INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s,
            u"CREATE TABLE settings (key TEXT PRIMARY KEY, value)"_s,
        },
        // 1 → 2: a dataset under review. Its file's bytes are the blob "dataset"; edited records are rows here,
        // so an edit writes one record and the unedited ones stay the file's own bytes.
        {
            u"CREATE TABLE dataset_edits (row INTEGER PRIMARY KEY, record BLOB NOT NULL)"_s,
        },
        // 2 → 3: labelling. A row's spans, choices and fields as one small JSON value (rows with none have no
        // row); the label schema is the setting "labels/schema".
        {
            u"CREATE TABLE annotations (row INTEGER PRIMARY KEY, data BLOB NOT NULL)"_s,
        },
        // 3 → 4: anonymization. A row's switched-off and hand-added spans as one small JSON value (rows with none
        // have no row); the identity map and the settings are "anonymize/identities" and "anonymize/settings".
        {
            u"CREATE TABLE span_overrides (row INTEGER PRIMARY KEY, data BLOB NOT NULL)"_s,
        },
    };
    return steps;
}

} // namespace Finetuner::Core::ProjectSchema
