#include "cli/PrintableDevice.h"

#include "core/support/PrintableText.h"

#include <QTextStream>

PrintableDevice::PrintableDevice(QTextStream* target, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 PrintableDevice::readData(char*, qint64)
{
    return -1;
}

qint64 PrintableDevice::writeData(const char* data, qint64 size)
{
    const QString text = m_decoder(QByteArrayView(data, size));
    *m_target << PrintableText::escapeKeepingLines(text);
    m_target->flush();
    return size;
}
