// aigc-audio-studio: describe a sound, get it generated, hear it, keep it.
#include "app/AppController.h"
#include "app/AppInfo.h"
#include "app/MainWindow.h"
#include "app/StartupProbe.h"
#include "app/dialogs/PreferencesDialog.h"
#include "core/support/AppPaths.h"
#include "core/support/LogBuffer.h"
#include "core/support/PrivateFiles.h"
#include "core/support/SystemClock.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    LogBuffer::install(); // for Help > Export Diagnostics (memory only)
    QApplication app(argc, argv);
    initAppResources();
    QApplication::setOrganizationName(QString::fromLatin1(kAppOrganization));
    QApplication::setApplicationName(QString::fromLatin1(kAppName));
    QApplication::setApplicationDisplayName(QObject::tr("AIGC Audio Studio"));
    QApplication::setApplicationVersion(QStringLiteral(AIGC_VERSION));
    QApplication::setDesktopFileName(u"org.aigcaudiostudio.AigcAudioStudio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/aigc-audio-studio.svg"_s));

    // The system's palette by default; AIGC_THEME=dark|light forces Fusion with that palette (for
    // checking both, and for desktops whose theme Qt does not follow).
    const QByteArray theme = qgetenv("AIGC_THEME");
    if (theme == "dark" || theme == "light") {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette p = QApplication::style()->standardPalette();
        if (theme == "dark") {
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
            p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
            p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2b));
            p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xea));
            p.setColor(QPalette::Button, QColor(0x36, 0x36, 0x3a));
            p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xea));
            p.setColor(QPalette::ToolTipBase, QColor(0x36, 0x36, 0x3a));
            p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xea));
            p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
            p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
            p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x86));
            p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x86));
            p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x86));
        }
        QApplication::setPalette(p);
    }

    // Language: the preference, else the system's.
    const QString chosen = PreferencesDialog::languageSetting();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale); // dates and numbers in the chosen language too
    QTranslator appTranslator, qtTranslator;
    if (chosen != "en"_L1 && appTranslator.load(locale, u"aigc-audio-studio"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    // The settings (drafts, folders, window state): readable by their owner only, an older file too.
    const QString settingsFile = QSettings().fileName();
    PrivateFiles::ensureFolder(QFileInfo(settingsFile).absolutePath());
    PrivateFiles::restrictFile(settingsFile);

    AppController::Paths paths;
    paths.configDir = AppPaths::configDir();
    paths.dataDir = AppPaths::dataDir();
    // The library folder moved from the app's own settings into settings.ini, which the CLI reads too.
    if (const QString legacy = QSettings().value(u"library/dir"_s).toString(); !legacy.isEmpty()) {
        if (QSettings(AppPaths::settingsFile(), QSettings::IniFormat).value(u"library/dir"_s).isNull()
            && AppPaths::setLibraryDir(legacy))
            QSettings().remove(u"library/dir"_s);
    }
    paths.libraryDir = AppPaths::libraryDir();
    AppController controller(paths, SystemClock::instance());
    QString error;
    if (!controller.start(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("AIGC Audio Studio"),
            QObject::tr("The history database could not be opened:\n%1").arg(error));
        return 1;
    }
    MainWindow window(&controller);
    if (StartupProbe::isEnabled())
        new StartupProbe(&window);
    window.show();
    return app.exec();
}
