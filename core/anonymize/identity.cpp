// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "identity.h"

#include <core/anonymize/identitysources.h>
#include <core/anonymize/surrogatenames.h>
#include <core/model/conversation.h>

#include <nlohmann/json.hpp>

#include <QSet>

#include <vector>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

QStringList Identity::aliasTexts() const
{
    QStringList texts;
    texts.reserve(aliases.size());
    for (const IdentityAlias &alias : aliases)
        texts.append(alias.text);
    return texts;
}

bool Identity::hasAlias(const QString &text) const
{
    return std::any_of(aliases.cbegin(), aliases.cend(), [&text](const IdentityAlias &alias) {
        return alias.text.compare(text, Qt::CaseInsensitive) == 0;
    });
}

QLatin1StringView pseudonymStyleName(PseudonymStyle style)
{
    return style == PseudonymStyle::Surrogate ? "surrogate"_L1 : "numbered"_L1;
}

namespace {

int findAlias(const QList<Identity> &identities, const QString &text)
{
    for (int i = 0; i < identities.size(); ++i) {
        if (identities.at(i).hasAlias(text))
            return i;
    }
    return -1;
}

/// A new identity for @p name with the aliases it gives that no other identity has yet: an alias means one
/// person, or a pseudonym could not be chosen for it.
Identity identityOf(const QList<Identity> &identities, const QString &name, int participant)
{
    Identity identity;
    if (participant >= 0)
        identity.participants.append(participant);
    for (const QString &alias : IdentitySources::aliasesOfName(name)) {
        if (findAlias(identities, alias) < 0 && !identity.hasAlias(alias))
            identity.aliases.append({alias, participant});
    }
    return identity;
}

} // namespace

IdentityMap IdentityMap::fromConversation(const Conversation &conversation, PseudonymStyle style)
{
    IdentityMap map;
    map.m_style = style;
    QList<Identity> &identities = map.m_identities;
    const QStringList &participants = conversation.participants();
    // One identity per participant: an export names each author once. Two participants who are one person (a
    // number that changed, a phone and a later contact name) are merged below or by the user.
    for (int id = 0; id < participants.size(); ++id)
        identities.append(identityOf(identities, participants.at(id), id));

    // A number nobody saved is called what its author says they are ("Hi, Priya here"), in one of their first
    // messages: one pass over the rows, reading at most IntroductionMessages texts of each such author.
    constexpr int IntroductionMessages = 20;
    std::vector<int> unread(size_t(participants.size()), 0); // texts still to read; 0: none, or already named
    int waiting = 0;
    for (int id = 0; id < participants.size(); ++id) {
        if (!IdentitySources::phoneOfName(participants.at(id)).isEmpty() && map.identityOfParticipant(id) >= 0) {
            unread[size_t(id)] = IntroductionMessages;
            ++waiting;
        }
    }
    for (int row = 0; row < conversation.size() && waiting > 0; ++row) {
        const int id = conversation.authorId(row);
        if (id < 0 || unread[size_t(id)] == 0 || conversation.kind(row) != MessageKind::Text)
            continue;
        const QString name = IdentitySources::introducedName(conversation.text(row));
        if (--unread[size_t(id)] == 0 || !name.isEmpty()) {
            unread[size_t(id)] = 0;
            --waiting;
        }
        if (name.isEmpty())
            continue;
        const int identity = map.identityOfParticipant(id);
        for (const QString &alias : IdentitySources::aliasesOfName(name)) {
            if (findAlias(identities, alias) < 0)
                identities[identity].aliases.append({alias, -1});
        }
    }

    // People who never wrote but are named: added, removed, shared as a contact. And numbers that changed.
    QList<std::pair<QString, QString>> samePeople;
    for (int row = 0; row < conversation.size(); ++row) {
        const MessageKind kind = conversation.kind(row);
        QStringList named;
        if (kind == MessageKind::System) {
            const QString text = conversation.text(row);
            named = IdentitySources::namesInSystemLine(text);
            if (const auto same = IdentitySources::samePersonInSystemLine(text)) {
                samePeople.append(*same);
                named << same->first << same->second;
            }
        } else if (kind == MessageKind::Media) {
            QString vcard = IdentitySources::vcardName(conversation.attachment(row));
            if (vcard.isEmpty())
                vcard = IdentitySources::vcardName(conversation.text(row));
            if (!vcard.isEmpty())
                named.append(vcard);
        }
        for (const QString &name : std::as_const(named)) {
            if (findAlias(identities, name) >= 0)
                continue;
            Identity identity = identityOf(identities, name, -1);
            if (!identity.aliases.isEmpty())
                identities.append(identity);
        }
    }
    for (const auto &[from, to] : std::as_const(samePeople)) {
        const int a = findAlias(identities, from);
        const int b = findAlias(identities, to);
        if (a >= 0 && b >= 0 && a != b)
            map.merge(std::min(a, b), std::max(a, b));
    }
    map.assignPseudonyms();
    return map;
}

int IdentityMap::identityOfParticipant(int participant) const
{
    for (int i = 0; i < m_identities.size(); ++i) {
        if (m_identities.at(i).participants.contains(participant))
            return i;
    }
    return -1;
}

QString IdentityMap::pseudonymOfParticipant(int participant) const
{
    const int identity = identityOfParticipant(participant);
    return identity < 0 ? QString() : m_identities.at(identity).pseudonym;
}

bool IdentityMap::merge(int into, int other)
{
    if (into == other || into < 0 || other < 0 || into >= size() || other >= size())
        return false;
    Identity merged = m_identities.at(into);
    const Identity &gone = m_identities.at(other);
    merged.participants += gone.participants;
    std::sort(merged.participants.begin(), merged.participants.end());
    for (const IdentityAlias &alias : gone.aliases) {
        if (!merged.hasAlias(alias.text))
            merged.aliases.append(alias);
    }
    m_identities[into] = merged;
    m_identities.removeAt(other);
    return true;
}

int IdentityMap::split(int identity, int participant)
{
    if (identity < 0 || identity >= size())
        return -1;
    Identity &from = m_identities[identity];
    if (!from.participants.contains(participant) || from.participants.size() < 2)
        return -1;
    Identity split;
    split.participants.append(participant);
    from.participants.removeAll(participant);
    for (qsizetype i = 0; i < from.aliases.size();) {
        if (from.aliases.at(i).participant == participant) {
            split.aliases.append(from.aliases.takeAt(i));
        } else {
            ++i;
        }
    }
    split.pseudonym = freshPseudonym(size());
    m_identities.append(split);
    return size() - 1;
}

bool IdentityMap::addAlias(int identity, const QString &alias)
{
    const QString text = alias.trimmed();
    if (identity < 0 || identity >= size() || text.isEmpty() || findAlias(m_identities, text) >= 0)
        return false;
    m_identities[identity].aliases.append({text, -1});
    return true;
}

bool IdentityMap::removeAlias(int identity, const QString &alias)
{
    if (identity < 0 || identity >= size())
        return false;
    QList<IdentityAlias> &aliases = m_identities[identity].aliases;
    const qsizetype removed = aliases.removeIf([&alias](const IdentityAlias &a) { return a.text == alias; });
    return removed > 0;
}

void IdentityMap::setPseudonym(int identity, const QString &pseudonym)
{
    if (identity < 0 || identity >= size())
        return;
    Identity &target = m_identities[identity];
    const QString chosen = pseudonym.trimmed();
    target.pseudonymChosen = !chosen.isEmpty();
    target.pseudonym = chosen.isEmpty() ? freshPseudonym(identity) : chosen;
}

void IdentityMap::setStyle(PseudonymStyle style)
{
    m_style = style;
    assignPseudonyms();
}

int IdentityMap::addIdentity(const QString &name)
{
    Identity identity = identityOf(m_identities, name, -1);
    if (identity.aliases.isEmpty())
        return -1;
    identity.pseudonym = freshPseudonym(size());
    m_identities.append(identity);
    return size() - 1;
}

QString IdentityMap::freshPseudonym(int forIndex) const
{
    QSet<QString> taken;
    for (int i = 0; i < m_identities.size(); ++i) {
        if (i != forIndex)
            taken.insert(m_identities.at(i).pseudonym.toCaseFolded());
    }
    if (m_style == PseudonymStyle::Surrogate) {
        // A surrogate that is somebody's alias would be read as that person, and the leak check would stop it.
        for (const QString &name : surrogateNames()) {
            if (!taken.contains(name.toCaseFolded()) && findAlias(m_identities, name) < 0)
                return name;
        }
    }
    for (int n = forIndex + 1;; ++n) {
        const QString numbered = u"Person %1"_s.arg(n);
        if (!taken.contains(numbered.toCaseFolded()))
            return numbered;
    }
}

void IdentityMap::assignPseudonyms()
{
    // In order, each taking the first free one: "Person 1" is whoever appears first.
    for (Identity &identity : m_identities) {
        if (!identity.pseudonymChosen)
            identity.pseudonym.clear();
    }
    for (int i = 0; i < size(); ++i) {
        if (!m_identities.at(i).pseudonymChosen)
            m_identities[i].pseudonym = freshPseudonym(i);
    }
}

QByteArray IdentityMap::toJson() const
{
    Json json = Json::object();
    json["style"] = std::string(pseudonymStyleName(m_style).data(), size_t(pseudonymStyleName(m_style).size()));
    Json list = Json::array();
    for (const Identity &identity : m_identities) {
        Json aliases = Json::array();
        for (const IdentityAlias &alias : identity.aliases)
            aliases.push_back({alias.text.toStdString(), alias.participant});
        Json participants = Json::array();
        for (const int participant : identity.participants)
            participants.push_back(participant);
        list.push_back({{"pseudonym", identity.pseudonym.toStdString()},
                        {"chosen", identity.pseudonymChosen},
                        {"participants", participants},
                        {"aliases", aliases}});
    }
    json["identities"] = list;
    return QByteArray::fromStdString(json.dump());
}

std::optional<IdentityMap> IdentityMap::fromJson(const QByteArray &bytes, int participants)
{
    const Json json = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!json.is_object() || !json.contains("identities") || !json["identities"].is_array())
        return std::nullopt;
    IdentityMap map;
    const Json style = json.value("style", Json("numbered"));
    if (!style.is_string())
        return std::nullopt;
    map.m_style = style.get<std::string>() == "surrogate" ? PseudonymStyle::Surrogate : PseudonymStyle::Numbered;
    QSet<int> seen;
    for (const Json &entry : json["identities"]) {
        if (!entry.is_object() || !entry.value("pseudonym", Json()).is_string()
            || !entry.value("participants", Json()).is_array() || !entry.value("aliases", Json()).is_array())
            return std::nullopt;
        Identity identity;
        identity.pseudonym = QString::fromStdString(entry["pseudonym"].get<std::string>());
        identity.pseudonymChosen = entry.value("chosen", false);
        for (const Json &participant : entry["participants"]) {
            if (!participant.is_number_integer())
                return std::nullopt;
            const int id = participant.get<int>();
            if (id < 0 || id >= participants || seen.contains(id))
                return std::nullopt;
            seen.insert(id);
            identity.participants.append(id);
        }
        for (const Json &alias : entry["aliases"]) {
            if (!alias.is_array() || alias.size() != 2 || !alias[0].is_string() || !alias[1].is_number_integer())
                return std::nullopt;
            const int participant = alias[1].get<int>();
            if (participant < -1 || participant >= participants)
                return std::nullopt;
            identity.aliases.append({QString::fromStdString(alias[0].get<std::string>()), participant});
        }
        map.m_identities.append(identity);
    }
    return map;
}

} // namespace Finetuner::Core
