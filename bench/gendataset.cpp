// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes a deterministic JSONL fine-tuning dataset of N examples, chat or prompt/completion, from the generator's
// realistic messages (diacritics, non-Latin scripts, emoji, multi-line texts), for bench/validate-benchmark.sh.

#include "chatgenerator.h"

#include <core/util/jsonwriter.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Finetuner;

namespace {

// A text message: the generator also makes system lines, media and deletions, which are no example.
QString nextText(Bench::ChatGenerator &generator, const Bench::ExportStyle &style)
{
    for (;;) {
        const Core::Message message = generator.next(style);
        if (message.kind == Core::MessageKind::Text && !message.text.trimmed().isEmpty())
            return message.text;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Generate a JSONL fine-tuning dataset for benchmarks."_s);
    parser.addHelpOption();
    parser.addOption({u"shape"_s, u"chat or prompt-completion."_s, u"SHAPE"_s, u"chat"_s});
    parser.addOption({u"examples"_s, u"Number of examples."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"seed"_s, u"Random seed."_s, u"SEED"_s, u"1"_s});
    parser.addOption({{u"o"_s, u"output"_s}, u"Output file."_s, u"FILE"_s});
    parser.addOption({u"flaws"_s, u"Put in what the validator fixes: every 100th example a copy of the one before, "
                                  u"every 1000th empty, every 3rd completion without its leading space, every 500th "
                                  u"chat message with an unknown key."_s});
    parser.process(app);

    bool ok = false;
    const qint64 count = parser.value(u"examples"_s).toLongLong(&ok);
    const QString shape = parser.value(u"shape"_s);
    if (!ok || count < 0 || !parser.isSet(u"output"_s) || (shape != u"chat"_s && shape != u"prompt-completion"_s)) {
        std::fprintf(stderr, "gen-dataset: need --shape chat|prompt-completion, --examples N and -o FILE\n");
        return 2;
    }
    QSaveFile out(parser.value(u"output"_s));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "gen-dataset: %s\n", qPrintable(out.errorString()));
        return 2;
    }

    const Bench::ExportStyle style = Bench::styleNamed(u"android-dmy-24h"_s);
    Bench::ChatGenerator generator(parser.value(u"seed"_s).toULongLong());
    const QString system = u"You are a friendly nutrition coach who answers in the user's language."_s;
    const bool flaws = parser.isSet(u"flaws"_s);
    {
        Core::Json::LineWriter writer(out);
        QString first;
        QString second;
        for (qint64 i = 0; i < count; ++i) {
            // A copy of the previous example keeps first and second as they are.
            if (!(flaws && i % 100 == 99)) {
                first = nextText(generator, style);
                second = flaws && i % 1000 == 500 ? QString() : nextText(generator, style);
            }
            Core::OutputBuffer &line = writer.line();
            if (shape == u"chat"_s) {
                line.append("{\"messages\": [{\"role\": \"system\", \"content\": ");
                Core::Json::appendString(line, system);
                line.append("}, {\"role\": \"user\", \"content\": ");
                Core::Json::appendString(line, first);
                if (flaws && i % 500 == 7)
                    line.append(", \"thoughts\": \"hungry\"");
                line.append("}, {\"role\": \"assistant\", \"content\": ");
                Core::Json::appendString(line, second);
                line.append("}]}");
            } else {
                line.append("{\"prompt\": ");
                Core::Json::appendString(line, first + u"\n\n###\n\n"_s);
                line.append(", \"completion\": ");
                const QString space = flaws && i % 3 == 1 ? QString() : u" "_s;
                Core::Json::appendString(line, second.isEmpty() ? second : space + second + u" END"_s);
                line.append('}');
            }
            writer.endLine();
        }
        if (!writer.flush()) {
            std::fprintf(stderr, "gen-dataset: %s\n", qPrintable(writer.errorString()));
            return 2;
        }
    }
    if (!out.commit()) {
        std::fprintf(stderr, "gen-dataset: %s\n", qPrintable(out.errorString()));
        return 2;
    }
    return 0;
}
