// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes a deterministic WhatsApp export of N messages in one of the styles phones write,
// for the benchmarks (bench/parse-benchmark.sh) and for trying the app on a big chat.

#include "chatgenerator.h"
#include "piicorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Finetuner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Generate a WhatsApp chat export for benchmarks."_s);
    parser.addHelpOption();
    parser.addOption({u"style"_s, u"Export style (--list-styles shows them)."_s, u"NAME"_s, u"android-dmy-24h"_s});
    parser.addOption({u"messages"_s, u"Number of messages."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"seed"_s, u"Random seed."_s, u"SEED"_s, u"1"_s});
    parser.addOption({{u"o"_s, u"output"_s}, u"Output file."_s, u"FILE"_s});
    parser.addOption({u"list-styles"_s, u"List the styles and exit."_s});
    parser.addOption({u"pii-rate"_s,
                      u"Percentage of text messages whose text is replaced by one with PII or a hard negative "
                      u"(bench/piicorpus); 0, the default, leaves the export as without the option."_s,
                      u"PERCENT"_s, u"0"_s});
    parser.process(app);

    if (parser.isSet(u"list-styles"_s)) {
        for (const Bench::ExportStyle &style : Bench::allStyles())
            std::printf("%s\n", qPrintable(style.name));
        return 0;
    }
    const Bench::ExportStyle style = Bench::styleNamed(parser.value(u"style"_s));
    bool ok = false;
    const qint64 count = parser.value(u"messages"_s).toLongLong(&ok);
    const quint64 seed = parser.value(u"seed"_s).toULongLong();
    bool rateOk = false;
    const double piiRate = parser.value(u"pii-rate"_s).toDouble(&rateOk);
    if (style.name.isEmpty() || !ok || count < 0 || !parser.isSet(u"output"_s) || !rateOk || piiRate < 0
        || piiRate > 100) {
        std::fprintf(stderr, "gen-whatsapp: need a known --style, --messages N, -o FILE and --pii-rate 0..100\n");
        return 2;
    }

    QSaveFile out(parser.value(u"output"_s));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "gen-whatsapp: %s\n", qPrintable(out.errorString()));
        return 2;
    }
    Bench::ChatGenerator generator(seed);
    // Its own stream, so the chat generator's numbers, and the default export, stay as they are.
    Bench::PiiCorpusGenerator pii(seed);
    QByteArray buffer = Bench::ChatGenerator::preamble(style);
    for (qint64 i = 0; i < count; ++i) {
        Core::Message message = generator.next(style);
        if (piiRate > 0 && message.kind == Core::MessageKind::Text && pii.chance(piiRate / 100))
            message.text = pii.chatLine();
        buffer += Bench::ChatGenerator::render(message, style);
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    if (!out.commit()) {
        std::fprintf(stderr, "gen-whatsapp: %s\n", qPrintable(out.errorString()));
        return 2;
    }
    return 0;
}
