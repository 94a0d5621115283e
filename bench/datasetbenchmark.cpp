// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The dataset reader at full scale. Two modes:
//   dataset-benchmark generate pc|chat LINES OUT   writes a JSONL dataset of realistic texts
//   dataset-benchmark read FILE                    opens it as the review window does, prints the time to stderr

#include <core/dataset/dataset.h>
#include <core/util/jsonwriter.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <chatgenerator.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Finetuner;

namespace {

// A short answer, cut at a character boundary: the files stay near 130 bytes a line, as real datasets are.
QString shortened(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    return text.left(text.at(length - 1).isHighSurrogate() ? length - 1 : length);
}

int generate(const QString &shape, int lines, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    Bench::ChatGenerator generator(42);
    const Bench::ExportStyle style = Bench::styleNamed(u"android-dmy-24h"_s);
    bool written = false;
    {
        Core::Json::LineWriter writer(file);
        for (int i = 0; i < lines; ++i) {
            const Core::Message question = generator.next(style);
            const Core::Message answer = generator.next(style);
            Core::OutputBuffer &out = writer.line();
            if (shape == u"chat") {
                out.append("{\"messages\": [{\"role\": \"user\", \"content\": ");
                Core::Json::appendString(out, shortened(question.text, 40));
                out.append("}, {\"role\": \"assistant\", \"content\": ");
                Core::Json::appendString(out, shortened(answer.text, 24));
                out.append("}], \"weight\": ");
                out.append(i % 7 ? "1" : "0");
                out.append('}');
            } else {
                out.append("{\"prompt\": ");
                Core::Json::appendString(out, shortened(question.text, 48) + u"\n\n###\n\n"_s);
                out.append(", \"completion\": ");
                Core::Json::appendString(out, u" "_s + shortened(answer.text, 24) + u" END"_s);
                out.append(", \"id\": ");
                out.append(QByteArray::number(i));
                out.append(", \"score\": 0.5}");
            }
            writer.endLine();
        }
        written = writer.flush();
    }
    if (!written || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    return 0;
}

int read(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const Core::Result<Core::Dataset> result = Core::Dataset::read(path);
    const qint64 readMs = timer.elapsed();
    if (!result.ok()) {
        for (const Core::Diagnostic &d : result.diagnostics)
            std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        return 2;
    }
    const Core::Dataset &dataset = *result.value;
    // What a table shows first: the texts of one screen of rows, parsed lazily.
    timer.restart();
    qsizetype chars = 0;
    for (int row = 0; row < std::min(dataset.size(), 50); ++row)
        chars += dataset.prompt(row).size() + dataset.completion(row).size();
    const qint64 screenMs = timer.elapsed();
    std::fprintf(stderr,
                 "rows %d broken %d read %lld ms, first screen %lld ms (%lld chars)\n",
                 dataset.size(),
                 dataset.brokenCount(),
                 static_cast<long long>(readMs),
                 static_cast<long long>(screenMs),
                 static_cast<long long>(chars));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"generate")
        return generate(args.at(2), args.at(3).toInt(), args.at(4));
    if (args.size() == 3 && args.at(1) == u"read")
        return read(args.at(2));
    std::fprintf(stderr, "usage: dataset-benchmark generate pc|chat LINES OUT | read FILE\n");
    return 2;
}
