#include "core/net/FileRangeDevice.h"

FileRangeDevice::FileRangeDevice(const QString& path, qint64 offset, qint64 length, QObject* parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{
}

FileRangeDevice::~FileRangeDevice() = default;

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) != 0) {
        setErrorString(tr("a file range is read-only"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_offset < 0 || m_length < 0 || m_file.size() < m_offset + m_length) {
        setErrorString(tr("the file is shorter than expected (%1 bytes, needed %2): was it changed?")
                           .arg(m_file.size())
                           .arg(m_offset + m_length));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void FileRangeDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

bool FileRangeDevice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileRangeDevice::readData(char* data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return 0; // not -1: an empty range is a valid, empty body
    const qint64 n = m_file.read(data, qMin(maxSize, left));
    return n;
}

qint64 FileRangeDevice::writeData(const char*, qint64)
{
    return -1;
}
