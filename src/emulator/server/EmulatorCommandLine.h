#pragma once

#include "emulator/http/EmulatorConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

// The command line of aigc-vod-emulator, parsed into an EmulatorConfig (so that tests can check it
// without starting a process). parse() never exits the process; main() prints helpText().
class EmulatorCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorCommandLine)

public:
    EmulatorConfig config;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = kEmulatorDefaultPort;
    QString listenHost = QStringLiteral("127.0.0.1");
    bool helpRequested = false;
    bool versionRequested = false;

    // arguments include the program name (QCoreApplication::arguments()). False with *error set.
    bool parse(const QStringList& arguments, QString* error);
    static QString helpText();
    // "127.0.0.1:8708", "[::1]:0", ":8708", "localhost:0" -> address and port.
    static bool parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error);
};
