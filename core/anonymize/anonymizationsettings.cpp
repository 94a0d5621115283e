// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anonymizationsettings.h"

#include <nlohmann/json.hpp>

namespace Finetuner::Core {

using Json = nlohmann::ordered_json;

namespace {

std::string utf8(QLatin1StringView name)
{
    return std::string(name.data(), size_t(name.size()));
}

Json stringList(const QStringList &list)
{
    Json json = Json::array();
    for (const QString &item : list)
        json.push_back(item.toStdString());
    return json;
}

bool readStringList(const Json &json, const char *key, QStringList *out)
{
    if (!json.contains(key))
        return true;
    if (!json[key].is_array())
        return false;
    for (const Json &item : json[key]) {
        if (!item.is_string())
            return false;
        out->append(QString::fromStdString(item.get<std::string>()));
    }
    return true;
}

} // namespace

QByteArray AnonymizationSettings::toJson() const
{
    Json json = Json::object();
    Json types = Json::object();
    for (const PiiType type : allPiiTypes()) {
        types[utf8(piiTypeName(type))] = {{"enabled", isEnabled(type)},
                                          {"operator", utf8(piiOperatorName(operators.operatorFor(type)))}};
    }
    json["types"] = types;
    json["terms"] = stringList(customTerms);
    json["patterns"] = stringList(customPatterns);
    json["regions"] = stringList(phoneRegions);
    return QByteArray::fromStdString(json.dump());
}

std::optional<AnonymizationSettings> AnonymizationSettings::fromJson(const QByteArray &bytes)
{
    const Json json = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    AnonymizationSettings settings;
    if (json.contains("types")) {
        if (!json["types"].is_object())
            return std::nullopt;
        for (const auto &[name, entry] : json["types"].items()) {
            const std::optional<PiiType> type = piiTypeFromName(QLatin1StringView(name.data(), qsizetype(name.size())));
            if (!type || !entry.is_object())
                return std::nullopt;
            if (entry.contains("enabled")) {
                if (!entry["enabled"].is_boolean())
                    return std::nullopt;
                settings.setEnabled(*type, entry["enabled"].get<bool>());
            }
            if (entry.contains("operator")) {
                if (!entry["operator"].is_string())
                    return std::nullopt;
                const std::string op = entry["operator"].get<std::string>();
                const std::optional<PiiOperator> parsed =
                    piiOperatorFromName(QLatin1StringView(op.data(), qsizetype(op.size())));
                if (!parsed)
                    return std::nullopt;
                settings.operators.set(*type, *parsed);
            }
        }
    }
    if (!readStringList(json, "terms", &settings.customTerms) || !readStringList(json, "patterns", &settings.customPatterns)
        || !readStringList(json, "regions", &settings.phoneRegions))
        return std::nullopt;
    return settings;
}

QByteArray spanOverridesToJson(const SpanOverrides &overrides)
{
    Json json = Json::array();
    for (const SpanOverride &o : overrides)
        json.push_back({o.begin, o.end, utf8(piiTypeName(o.type)), o.anonymize, o.identity});
    return QByteArray::fromStdString(json.dump());
}

std::optional<SpanOverrides> spanOverridesFromJson(const QByteArray &bytes)
{
    const Json json = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!json.is_array())
        return std::nullopt;
    SpanOverrides overrides;
    for (const Json &entry : json) {
        if (!entry.is_array() || entry.size() != 5 || !entry[0].is_number_integer() || !entry[1].is_number_integer()
            || !entry[2].is_string() || !entry[3].is_boolean() || !entry[4].is_number_integer())
            return std::nullopt;
        const std::string name = entry[2].get<std::string>();
        const std::optional<PiiType> type = piiTypeFromName(QLatin1StringView(name.data(), qsizetype(name.size())));
        SpanOverride o{entry[0].get<int>(), entry[1].get<int>(), type.value_or(PiiType::Person), entry[3].get<bool>(),
                       entry[4].get<int>()};
        if (!type || o.begin < 0 || o.end <= o.begin || o.identity < -1)
            return std::nullopt;
        overrides.append(o);
    }
    return overrides;
}

} // namespace Finetuner::Core
