#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <sndfile.h>

class QFile;
class QIODevice;

// One libsndfile handle, reading or writing through a QIODevice (libsndfile's virtual I/O), so that
// paths go through Qt on every platform and a write can go into a QSaveFile. Closed on destruction.
class SndFile
{
    Q_DECLARE_TR_FUNCTIONS(SndFile)

public:
    // What libsndfile's virtual I/O callbacks get: the device, and the first error it gave on a write
    // (later seeks clear the device's own error state before anyone could read it).
    struct Io
    {
        QIODevice* device = nullptr;
        QString writeError;
    };

    SndFile();
    ~SndFile();
    SndFile(const SndFile&) = delete;
    SndFile& operator=(const SndFile&) = delete;

    // Opens an audio file for reading (WAV, FLAC, MP3, Ogg Vorbis/Opus, AIFF... what libsndfile reads).
    bool openRead(const QString& path, QString* error);
    // Opens a readable device holding a whole file (e.g. a QBuffer).
    bool openRead(QIODevice* device, QString* error);
    // Starts writing a file of `format` (SF_FORMAT_*) into `device`, which must be open for writing
    // and seekable; the device must outlive this object.
    bool openWrite(QIODevice* device, int format, int sampleRate, int channels, QString* error);

    bool isOpen() const { return m_sf != nullptr; }
    SNDFILE* handle() const { return m_sf; }
    const SF_INFO& info() const { return m_info; }
    int sampleRate() const { return m_info.samplerate; }
    int channels() const { return m_info.channels; }
    sf_count_t frames() const { return m_info.frames; }
    int format() const { return m_info.format; }

    sf_count_t readFrames(float* data, sf_count_t frames);
    // Writes all frames or reports why not.
    bool writeFrames(const float* data, sf_count_t frames, QString* error);
    bool seek(sf_count_t frame);
    // sf_command with a value; false when libsndfile refuses.
    bool command(int cmd, void* data, int size);
    bool setString(int type, const QString& value);
    // A chunk to write into the header (before any audio); the bytes are kept until close().
    bool setChunk(const QByteArray& id, const QByteArray& data);

    // Finishes the file (writes the header's sizes, the MP3 tag frame...): false when that fails.
    bool close(QString* error = nullptr);
    // The device's own error when a write failed ("No space left on device"), else libsndfile's.
    QString errorString() const;

    // The libsndfile version, e.g. "libsndfile-1.2.0".
    static QString libraryVersion();

private:
    bool open(int mode, QString* error);

    std::unique_ptr<QFile> m_ownFile;
    Io m_io;
    SNDFILE* m_sf = nullptr;
    SF_INFO m_info {};
    QList<QByteArray> m_chunks; // libsndfile keeps pointers to these until sf_close
};
