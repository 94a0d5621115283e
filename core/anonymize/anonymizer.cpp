// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anonymizer.h"

#include <core/anonymize/identitysources.h>
#include <core/project/project.h>

#include <QLocale>

#include <algorithm>

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

namespace {
bool isE164(const QString &alias)
{
    return alias.size() >= 8 && alias.startsWith(u'+')
        && std::all_of(alias.cbegin() + 1, alias.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

PiiScannerSettings Anonymizer::scannerSettings(const Project &project)
{
    const AnonymizationSettings &anonymization = project.anonymization();
    PiiScannerSettings settings;
    settings.enabled = anonymization.enabled;
    settings.customTerms = anonymization.customTerms;
    settings.customPatterns = anonymization.customPatterns;

    // National forms need their region: the participants' numbers say where the chat is, the locale where the
    // user is, and the user may add more.
    QStringList regions;
    const auto addRegion = [&regions](const QString &region) {
        const QString upper = region.trimmed().toUpper();
        if (upper.size() == 2 && !regions.contains(upper))
            regions.append(upper);
    };
    const IdentityMap &identities = project.identities();
    for (int i = 0; i < identities.size(); ++i) {
        for (const IdentityAlias &alias : identities.at(i).aliases) {
            settings.aliases.append(alias.text);
            settings.aliasIdentities.append(i);
            if (isE164(alias.text)) {
                settings.identityPhones.insert(alias.text, i);
                addRegion(IdentitySources::regionOfPhone(alias.text));
            }
        }
    }
    addRegion(QLocale::territoryToCode(QLocale::system().territory()));
    for (const QString &region : anonymization.phoneRegions)
        addRegion(region);
    settings.phoneRegions = regions;
    return settings;
}

Anonymizer::Anonymizer(const Project &project)
    : m_project(&project)
    , m_problems()
    , m_scanner(scannerSettings(project), &m_problems)
    , m_operators(project.anonymization().operators)
{
    const IdentityMap &identities = project.identities();
    for (int i = 0; i < identities.size(); ++i)
        m_pseudonyms.append(identities.at(i).pseudonym);
}

RowSpans Anonymizer::spans(int row) const
{
    RowSpans result;
    if (!m_project || row < 0 || row >= m_project->conversation().size())
        return result;
    const QString text = m_project->conversation().text(row);
    const SpanOverrides overrides = m_project->spanOverrides(row);
    for (const SpanOverride &o : overrides) {
        if (!o.anonymize || o.end > text.size())
            continue;
        PiiSpan span{o.begin, o.end, o.type, text.mid(o.begin, o.end - o.begin)};
        span.identity = o.identity;
        result.append({span, true, true});
    }
    for (const PiiSpan &span : m_scanner.scan(text)) {
        const bool coveredByHand = std::any_of(result.cbegin(), result.cend(), [&span](const RowSpan &added) {
            return added.byHand && span.begin < added.span.end && added.span.begin < span.end;
        });
        if (coveredByHand)
            continue;
        const bool off = std::any_of(overrides.cbegin(), overrides.cend(), [&span](const SpanOverride &o) {
            return !o.anonymize && o.begin == span.begin && o.end == span.end;
        });
        result.append({span, !off, false});
    }
    std::sort(result.begin(), result.end(), [](const RowSpan &a, const RowSpan &b) { return a.span.begin < b.span.begin; });
    return result;
}

QString Anonymizer::apply(QStringView text, const RowSpans &spans) const
{
    PiiSpans enabled;
    for (const RowSpan &span : spans) {
        if (span.enabled)
            enabled.append(span.span);
    }
    if (enabled.isEmpty())
        return text.toString();
    return applyPiiOperators(text, enabled, m_operators, [this](const PiiSpan &span, QStringView original) {
        // Only people have pseudonyms; a number or an address chosen so gets its placeholder.
        if (span.type != PiiType::Person)
            return piiPlaceholder(span.type);
        // A mention stays a mention: "@⁨Bruce Wayne⁩" becomes "@Person 1".
        return original.startsWith(u'@') ? u'@' + pseudonym(span.identity) : pseudonym(span.identity);
    });
}

QString Anonymizer::anonymize(QStringView text) const
{
    RowSpans spans;
    for (const PiiSpan &span : m_scanner.scan(text))
        spans.append({span, true, false});
    return apply(text, spans);
}

QString Anonymizer::pseudonym(int identity) const
{
    const QString name = m_pseudonyms.value(identity);
    return name.isEmpty() ? piiPlaceholder(PiiType::Person) : name;
}

std::array<int, PiiTypeCount> countByType(const RowSpans &spans)
{
    std::array<int, PiiTypeCount> counts{};
    for (const RowSpan &span : spans) {
        if (span.enabled)
            ++counts[size_t(span.span.type)];
    }
    return counts;
}

} // namespace Finetuner::Core
