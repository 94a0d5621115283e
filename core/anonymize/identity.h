// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Finetuner::Core {

class Conversation;

/// How pseudonyms the user did not choose are made.
enum class PseudonymStyle : quint8 {
    Numbered,  // "Person 1", "Person 2", … in the order people first appear
    Surrogate, // a realistic first name from a built-in list (SurrogateNames), none that is anyone's alias
};

/// One form under which a person appears: "Bruce Wayne", "Bruce", "@⁨Bruce Wayne⁩", "+447700900123".
struct IdentityAlias
{
    QString text;
    int participant = -1; // the participant whose name it comes from; -1 when found in text or added by hand

    friend bool operator==(const IdentityAlias &a, const IdentityAlias &b)
    {
        return a.text == b.text && a.participant == b.participant;
    }
};

/// One person: the participants who are them (a phone number and a later push name, two phones), every alias
/// they go by, and the one pseudonym that stands for all of it in an export (DESIGN.md §5).
struct Identity
{
    QString pseudonym;
    bool pseudonymChosen = false; // typed by the user: a change of style keeps it
    QList<int> participants;
    QList<IdentityAlias> aliases; // the first is the name shown for the identity

    QString name() const { return aliases.isEmpty() ? QString() : aliases.constFirst().text; }
    QStringList aliasTexts() const;
    bool hasAlias(const QString &text) const; // in any case

    friend bool operator==(const Identity &a, const Identity &b)
    {
        return a.pseudonym == b.pseudonym && a.pseudonymChosen == b.pseudonymChosen
            && a.participants == b.participants && a.aliases == b.aliases;
    }
};

/// Everyone a conversation names, and what they become. Kept in the project file, never exported. Edits are plain
/// value changes; the app wraps each in an undo command that swaps whole maps (they are small).
class IdentityMap
{
public:
    IdentityMap() = default;

    /// Every participant and every person a system line or a shared contact names, each with the aliases
    /// IdentitySources derives; participants whose names are the same person (a number that "changed to" another)
    /// are merged. Pseudonyms in @p style.
    static IdentityMap fromConversation(const Conversation &conversation,
                                        PseudonymStyle style = PseudonymStyle::Numbered);

    const QList<Identity> &identities() const { return m_identities; }
    int size() const { return int(m_identities.size()); }
    const Identity &at(int index) const { return m_identities.at(index); }
    PseudonymStyle style() const { return m_style; }

    /// The identity a participant belongs to; -1 when none does.
    int identityOfParticipant(int participant) const;
    QString pseudonymOfParticipant(int participant) const;

    /// @p other's participants and aliases join @p into, and @p other goes; false for a bad pair.
    bool merge(int into, int other);
    /// @p participant and the aliases that come from its name leave @p identity for a new identity of their own
    /// (with a pseudonym nobody has); returns its index, -1 when the participant is not in it or is its only one.
    int split(int identity, int participant);
    /// False when the alias is empty or already belongs to an identity.
    bool addAlias(int identity, const QString &alias);
    bool removeAlias(int identity, const QString &alias);
    /// A chosen pseudonym; empty gives back the style's.
    void setPseudonym(int identity, const QString &pseudonym);
    /// Makes every pseudonym that was not chosen anew in @p style.
    void setStyle(PseudonymStyle style);
    /// A new identity for a person only named in text (added by hand); returns its index.
    int addIdentity(const QString &name);

    QByteArray toJson() const;
    /// Nullopt for anything that is not an identity map, or whose participants are outside [0, participants).
    static std::optional<IdentityMap> fromJson(const QByteArray &json, int participants);

    friend bool operator==(const IdentityMap &a, const IdentityMap &b)
    {
        return a.m_style == b.m_style && a.m_identities == b.m_identities;
    }
    friend bool operator!=(const IdentityMap &a, const IdentityMap &b) { return !(a == b); }

private:
    QString freshPseudonym(int forIndex) const;
    void assignPseudonyms();

    QList<Identity> m_identities;
    PseudonymStyle m_style = PseudonymStyle::Numbered;
};

QLatin1StringView pseudonymStyleName(PseudonymStyle style); // "numbered", "surrogate"

} // namespace Finetuner::Core
