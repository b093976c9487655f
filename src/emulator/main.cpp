// aigc-vod-emulator: the local emulator of Tencent Cloud VOD's AI audio API. See docs/emulator.md.
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorCommandLine.h"
#include "emulator/server/EmulatorServer.h"
#include "emulator/synth/OutputRenderer.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"aigc-vod-emulator"_s);
    QCoreApplication::setApplicationVersion(EmulatorInfo::version());

    EmulatorCommandLine cli;
    QString error;
    if (!cli.parse(QCoreApplication::arguments(), &error)) {
        std::fprintf(stderr, "aigc-vod-emulator: %s\n%s\n", qPrintable(error),
            qPrintable(QCoreApplication::translate("main", "Try --help.")));
        return 2;
    }
    if (cli.helpRequested) {
        std::fputs(qPrintable(EmulatorCommandLine::helpText()), stdout);
        return 0;
    }
    if (cli.versionRequested) {
        std::printf("aigc-vod-emulator %s\n", qPrintable(EmulatorInfo::version()));
        return 0;
    }

    EmulatorServer server(cli.config);
    if (!server.listen(cli.address, cli.port)) {
        std::fprintf(stderr, "aigc-vod-emulator: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QString host = cli.address.toString();
    if (cli.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);
    if (!OutputRenderer::hasSynth())
        std::fprintf(stderr, "aigc-vod-emulator: the synthesiser is not built in: only wav outputs work\n");
    return app.exec();
}
