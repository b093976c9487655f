#pragma once

#include <QFile>
#include <QIODevice>

// A read-only, random-access view of bytes [offset, offset + length) of a file, for streaming one
// upload part (or a whole small file) from disk: Qt reads it in small chunks and can seek back to
// re-send, so memory stays flat whatever the file size.
class FileRangeDevice : public QIODevice
{
    Q_OBJECT

public:
    FileRangeDevice(const QString& path, qint64 offset, qint64 length, QObject* parent = nullptr);
    ~FileRangeDevice() override;

    // Opens the file read-only; false with errorString() when it cannot be read or is too short.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};
