#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read exactly once. Qt's HTTP stack silently re-sends a request whose
// connection closed before an answer arrived — POST included. For CreateAigcAudioTask that would bill
// a second task, so its body is given to Qt through this device: sequential, not rewindable, so Qt
// must give up with ContentReSendError instead of sending it again.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(const QByteArray& data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
