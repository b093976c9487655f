#pragma once

#include "app/player/WaveformAccumulator.h"
#include "app/player/WaveformPeaks.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QAudioDecoder;
class QFileInfo;

// Turns a local audio file (WAV, MP3, anything the multimedia backend decodes) into WaveformPeaks
// without blocking the GUI thread: QAudioDecoder decodes asynchronously and each buffer is folded
// into min/max bins as it arrives. Results are cached on disk in the injected directory, keyed by a
// hash of absolute path + size + modification time + bin count, so a file is decoded only once.
// One load at a time: load() cancels the previous one, whose signals are then never emitted.
class WaveformLoader : public QObject
{
    Q_OBJECT

public:
    // An empty cacheDirectory disables the disk cache.
    explicit WaveformLoader(const QString& cacheDirectory, QObject* parent = nullptr);
    ~WaveformLoader() override;

    QString cacheDirectory() const { return m_cacheDirectory; }
    void setCacheDirectory(const QString& directory) { m_cacheDirectory = directory; }
    void setBinCount(int bins);
    int binCount() const { return m_binCount; }
    // Without a buffer for this long, the decode is abandoned with failed().
    void setStallTimeout(int ms) { m_stallTimer.setInterval(ms); }

    // Starts loading; ready() or failed() follows, always asynchronously (also on a cache hit).
    void load(const QString& localAudioPath);
    void cancel();
    bool isLoading() const { return !m_path.isEmpty(); }
    bool isDecoding() const { return !m_decoder.isNull(); }
    QString currentPath() const { return m_path; }

    // Where the peaks of this file are (or would be) cached; empty without a cache directory.
    QString cacheFilePath(const QString& localAudioPath) const;

    static constexpr int kDefaultBinCount = 2048;

signals:
    // A decode begins (not emitted on a cache hit).
    void decodeStarted(const QString& path);
    void ready(const QString& path, const WaveformPeaks& peaks);
    void failed(const QString& path, const QString& reason);

private:
    void onBufferReady();
    void onFinished();
    void onDecoderError();
    void fail(const QString& reason);
    void stopDecoder();
    void emitLater(const WaveformPeaks& peaks, const QString& error);
    WaveformPeaks readCache(const QString& cacheFile) const;
    void writeCache(const QString& cacheFile, const WaveformPeaks& peaks) const;

    QString m_cacheDirectory;
    int m_binCount = kDefaultBinCount;
    QString m_path; // as given to load(); empty when idle
    QString m_cacheFile;
    quint64 m_generation = 0;
    QPointer<QAudioDecoder> m_decoder;
    WaveformAccumulator m_accumulator;
    QTimer m_stallTimer;
};
