#pragma once

#include <QIODevice>
#include <QStringDecoder>

class QTextStream;

// What the CLI's out() and err() write through: UTF-8 decoded (a character split between two writes is
// kept for the next), then PrintableText::escapeKeepingLines, then into the real stream. No control
// character a server sent reaches the terminal; the CLI's own cursor controls go around it
// (CliEnvironment::rewriteErrLine).
class PrintableDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit PrintableDevice(QTextStream* target, QObject* parent = nullptr);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QTextStream* m_target;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
};
