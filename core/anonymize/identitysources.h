// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// Where identities and their aliases come from: a participant's name as the export writes it, the names in
// system lines, shared contacts. Pure functions of text, so each rule has a test of its own (tst_identity).
namespace Finetuner::Core::IdentitySources {

/// Every form a display name is written in inside messages, the name itself first:
/// - a name: the name, its "@" mentions (plain and with WhatsApp's U+2068/U+2069 isolates around it), and each
///   word of two or more letters (first, middle and last names), without titles such as "Dr.", emoji or what is
///   in brackets ("Mum ❤️" gives "Mum", "Ana (work)" gives "Ana"); of a double name "Jean-Luc" also "Jean" and
///   "JeanLuc";
/// - a push name "~ Ana": the same for "Ana", and the form with "~" as written;
/// - a phone number: as written, in E.164 (+447700900123), its digits with "@" (a mention) and without, and the
///   national form (07700 900123).
QStringList aliasesOfName(const QString &name);

/// The E.164 form of a name that is a phone number in international form ("+44 7700 900123", with any spaces
/// and direction marks); empty for anything else.
QString phoneOfName(const QString &name);

/// The ISO 3166 region of an E.164 number ("+447700900123" is "GB"); empty when it has none.
QString regionOfPhone(const QString &e164);

/// The people a system line names, in English, Spanish, German, French and Portuguese: "Ana added Ben, Carla
/// and Dev", "Ben left", "Ana removed Ben", "Dev joined using this group's invite link", "Ana changed the
/// subject…". "You" is nobody.
QStringList namesInSystemLine(const QString &text);

/// The name a message's author gives for themselves, in English, Spanish, German, French and Portuguese: "Hi,
/// Priya here", "I'm Priya Sharma", "this is Priya", "soy Priya", "ich bin Priya", "je m'appelle Priya",
/// "aqui é a Priya"; one or two words that start with a capital (or are in a script without case). Empty when
/// the message introduces nobody. What an author who writes from an unsaved number is called.
QString introducedName(const QString &text);

/// Two names a system line says are one person: "+44 7700 900123 changed to +44 7700 900456".
std::optional<std::pair<QString, QString>> samePersonInSystemLine(const QString &text);

/// The contact's name of a shared vCard: "Bruce Wayne.vcf (file attached)", "<attached: 00000012-Bruce
/// Wayne.vcf>", an attachment "Bruce Wayne.vcf"; empty when there is none.
QString vcardName(const QString &textOrAttachment);

} // namespace Finetuner::Core::IdentitySources
