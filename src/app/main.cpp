// aigc-audio-studio: describe a sound, get it generated, hear it, keep it.
#include "AppController.h"
#include "AppInfo.h"
#include "AppPaths.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "StartupProbe.h"
#include "SystemClock.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    initAppResources();
    QApplication::setOrganizationName(QString::fromLatin1(kAppOrganization));
    QApplication::setApplicationName(QString::fromLatin1(kAppName));
    QApplication::setApplicationDisplayName(QObject::tr("AIGC Audio Studio"));
    QApplication::setApplicationVersion(QStringLiteral(AIGC_VERSION));
    QApplication::setDesktopFileName(u"aigc-audio-studio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/aigc-audio-studio.svg"_s));

    // Language: the preference, else the system's.
    const QString chosen = PreferencesDialog::languageSetting();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QTranslator appTranslator, qtTranslator;
    if (chosen != "en"_L1 && appTranslator.load(locale, u"aigc-audio-studio"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    AppController::Paths paths;
    paths.configDir = AppPaths::configDir();
    paths.dataDir = AppPaths::dataDir();
    paths.libraryDir = QSettings().value(u"library/dir"_s, AppPaths::defaultLibraryDir()).toString();
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
