// aigc-audio: the command-line face of AIGC Audio Studio, on the same core as the app.
#include "cli/CliApp.h"
#include "cli/CliCommand.h"
#include "cli/CliEnvironment.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AigcAudioStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("aigc-audio-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIGC_VERSION));

    QNetworkAccessManager network;
    const auto env = CliEnvironment::forProcess(&network);
    CliApp cli(env.get());
    CliCommand* command = cli.start(QCoreApplication::arguments());
    if (!command)
        return cli.exitCode();
    if (command->isDone())
        return command->exitCode();
    QObject::connect(&cli, &CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); });
    return app.exec();
}
