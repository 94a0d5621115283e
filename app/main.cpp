// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Finetuner"_s);
    QApplication::setOrganizationDomain(u"finetuner.org"_s);
    QApplication::setApplicationName(u"Finetuner"_s);
    QApplication::setApplicationDisplayName(u"Finetuner"_s);
    QApplication::setApplicationVersion(QStringLiteral(FINETUNER_VERSION));
    QApplication::setDesktopFileName(u"org.finetuner.Finetuner"_s);

    // Follow the system language: Qt's own strings, then ours (embedded under :/i18n).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"finetuner"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Annotate exported chats as fine-tuning data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"FILE"_s,
                                 QApplication::translate("main", "A project (.finetuner) or a chat export to open; "
                                                                 "without one, the last project reopens."),
                                 u"[FILE]"_s);
    parser.process(app);

    Finetuner::App::MainWindow window;
    window.show();
    // The import runs in the background; the window is already up and responsive.
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.reopenLastProject();
    return app.exec();
}
