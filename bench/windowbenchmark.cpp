// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opens a chat export in the real MainWindow and measures what an annotator waits for: the first rows painted
// after opening, and a repaint after jumping anywhere in the table. Prints one line of key=value pairs.
// Run offscreen (bench/window-benchmark.sh sets QT_QPA_PLATFORM=offscreen) or on a real display.

#include <app/document.h>
#include <app/importcontroller.h>
#include <app/mainwindow.h>
#include <app/settings/appsettings.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Finetuner;

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: window-benchmark FILE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    auto settings = std::make_unique<App::AppSettings>(
        std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    settings->setProjectsFolder(dir.filePath(u"projects"_s)); // the import's project file, gone with the run
    App::MainWindow window(std::move(settings));
    window.importController()->setInteractive(false);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    auto *table = window.findChild<QTableView *>(u"messageTable"_s);

    QElapsedTimer timer;
    QEventLoop loop;
    bool opened = false;
    QObject::connect(&window, &App::MainWindow::chatOpened, &loop, [&] {
        opened = true;
        loop.quit();
    });
    bool failed = false;
    QObject::connect(&window, &App::MainWindow::importFailed, &loop, [&] {
        failed = true;
        loop.quit();
    });
    timer.start();
    window.openFile(path);
    if (!opened && !failed) // a project opens before openFile() returns; a chat export on a worker thread
        loop.exec();
    if (!opened) {
        std::fprintf(stderr, "window-benchmark: could not open %s\n", argv[1]);
        return 2;
    }
    const double importedMs = double(timer.nsecsElapsed()) / 1e6;
    window.repaint(); // the whole window, as the first frame after opening
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;

    // Jumps to rows spread over the whole chat, the last one included, each followed by a repaint.
    const int rows = table->model()->rowCount();
    std::vector<double> jumps;
    for (int i = 0; i <= 40; ++i) {
        const int row = i == 40 ? rows - 1 : int((qint64(rows) * i * 7919 / 40) % rows);
        timer.restart();
        table->scrollTo(table->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
        table->viewport()->repaint();
        jumps.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    timer.restart();
    table->scrollToBottom();
    table->viewport()->repaint();
    const double endMs = double(timer.nsecsElapsed()) / 1e6;

    // Page-down scrolling, the way a reader moves through the table.
    std::vector<double> pages;
    table->scrollToTop();
    for (int i = 0; i < 40; ++i) {
        timer.restart();
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        table->viewport()->repaint();
        pages.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("rows=%d import_ms=%.1f first_paint_ms=%.1f scroll_to_end_ms=%.2f jump_median_ms=%.2f "
                "jump_max_ms=%.2f page_median_ms=%.2f peak_rss_kib=%ld\n",
                rows, importedMs, firstPaintMs, endMs, median(jumps), *std::max_element(jumps.begin(), jumps.end()),
                median(pages), peakRssKiB());
    window.document()->setProject({});
    return 0;
}
