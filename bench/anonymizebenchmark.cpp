// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Imports a chat export, then anonymizes the text of every text message with all PII detectors on: the
// PiiScanner finds the spans and the operators replace them with placeholders. Prints one line of key=value
// pairs (bench/anonymize-benchmark.sh runs it several times and takes medians).
//
//   anonymize-benchmark FILE [REGIONS [TYPES]]
//     REGIONS: comma-separated, default GB,US,ES; TYPES: the detectors to run (phone,email,…), default all

#include <core/anonymize/piioperator.h>
#include <core/anonymize/piiscanner.h>
#include <core/import/importerregistry.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <array>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Finetuner;

namespace {
// CPU time of this thread: on a machine shared with other work, wall time also counts the waits for a core.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: anonymize-benchmark FILE [REGIONS [TYPES]]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    // The generated chat's authors write from +44 and +1 numbers; the third region stands for the locale's.
    const QStringList regions = QString::fromLocal8Bit(argc > 2 ? argv[2] : "GB,US,ES").split(u',');

    QElapsedTimer timer;
    timer.start();
    double cpuStart = cpuMs();
    const Core::Result<Core::Conversation> imported = Core::importFile(path);
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;
    const double parseCpuMs = cpuMs() - cpuStart;
    if (!imported.ok()) {
        std::fprintf(stderr, "anonymize-benchmark: cannot read %s\n", argv[1]);
        return 2;
    }
    const Core::Conversation &chat = *imported.value;

    Core::PiiScannerSettings settings; // every detector on
    settings.phoneRegions = regions;
    if (argc > 3) {
        settings.enabled.fill(false);
        for (const QString &name : QString::fromLocal8Bit(argv[3]).split(u',')) {
            const auto type = Core::piiTypeFromName(QLatin1StringView(name.toLatin1()));
            if (!type) {
                std::fprintf(stderr, "anonymize-benchmark: unknown type %s\n", qPrintable(name));
                return 2;
            }
            settings.setEnabled(*type, true);
        }
    }
    settings.customTerms = {u"Ibiza"_s, u"office canteen"_s, u"Clínica San José"_s};
    settings.customPatterns = {u"\\bPAT-\\d{4,8}\\b"_s};
    Core::Diagnostics diagnostics;
    const Core::PiiScanner scanner(settings, &diagnostics);
    const Core::PiiOperators operators; // placeholders

    std::array<qint64, Core::PiiTypeCount> counts{};
    qint64 textMessages = 0;
    qint64 outputChars = 0;
    timer.restart();
    cpuStart = cpuMs();
    for (int i = 0; i < chat.size(); ++i) {
        if (chat.kind(i) != Core::MessageKind::Text)
            continue;
        ++textMessages;
        const QString text = chat.text(i);
        const Core::PiiSpans spans = scanner.scan(text);
        for (const Core::PiiSpan &span : spans)
            ++counts[size_t(span.type)];
        outputChars += spans.isEmpty() ? text.size() : Core::applyPiiOperators(text, spans, operators).size();
    }
    const double anonymizeMs = double(timer.nsecsElapsed()) / 1e6;
    const double anonymizeCpuMs = cpuMs() - cpuStart;

    qint64 spans = 0;
    QString perType;
    for (Core::PiiType type : Core::allPiiTypes()) {
        spans += counts[size_t(type)];
        perType += u' ' + piiTypeName(type) + u'=' + QString::number(counts[size_t(type)]);
    }
    std::printf("messages=%d text_messages=%lld parse_ms=%.1f anonymize_ms=%.1f total_ms=%.1f parse_cpu_ms=%.1f "
                "anonymize_cpu_ms=%.1f total_cpu_ms=%.1f spans=%lld output_chars=%lld%s\n",
                chat.size(), textMessages, parseMs, anonymizeMs, parseMs + anonymizeMs, parseCpuMs, anonymizeCpuMs,
                parseCpuMs + anonymizeCpuMs, spans, outputChars, qPrintable(perType));
    return 0;
}
