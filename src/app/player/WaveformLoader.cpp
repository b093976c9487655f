#include "app/player/WaveformLoader.h"

#include "core/support/PrivateFiles.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr int kCacheFormatVersion = 1;
constexpr qint64 kMaxCacheFileBytes = 16 * 1024 * 1024;
} // namespace

WaveformLoader::WaveformLoader(const QString& cacheDirectory, QObject* parent)
    : QObject(parent)
    , m_cacheDirectory(cacheDirectory)
{
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(20000);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { fail(tr("Decoding stopped making progress.")); });
}

WaveformLoader::~WaveformLoader()
{
    stopDecoder();
}

void WaveformLoader::setBinCount(int bins)
{
    m_binCount = std::max(1, bins);
}

QString WaveformLoader::cacheFilePath(const QString& localAudioPath) const
{
    if (m_cacheDirectory.isEmpty())
        return {};
    const QFileInfo info(localAudioPath);
    const QString key = info.absoluteFilePath() % u'\n' % QString::number(info.size()) % u'\n'
        % QString::number(info.lastModified().toMSecsSinceEpoch()) % u'\n' % QString::number(m_binCount)
        % u'\n' % QString::number(kCacheFormatVersion);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_cacheDirectory).filePath(QString::fromLatin1(hash) % ".peaks"_L1);
}

void WaveformLoader::load(const QString& localAudioPath)
{
    cancel();
    m_path = localAudioPath;
    const QFileInfo info(localAudioPath);
    if (localAudioPath.isEmpty() || !info.isFile() || !info.isReadable()) {
        emitLater({},
            tr("The file %1 does not exist or cannot be read.")
                .arg(QDir::toNativeSeparators(localAudioPath)));
        return;
    }

    m_cacheFile = cacheFilePath(localAudioPath);
    if (!m_cacheFile.isEmpty()) {
        const WaveformPeaks cached = readCache(m_cacheFile);
        if (!cached.isEmpty()) {
            emitLater(cached, {});
            return;
        }
    }

    m_accumulator.reset();
    m_decoder = new QAudioDecoder(this);
    connect(m_decoder, &QAudioDecoder::bufferReady, this, &WaveformLoader::onBufferReady);
    connect(m_decoder, &QAudioDecoder::finished, this, &WaveformLoader::onFinished);
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
        &WaveformLoader::onDecoderError);
    m_decoder->setSource(QUrl::fromLocalFile(info.absoluteFilePath()));
    emit decodeStarted(m_path);
    m_stallTimer.start();
    m_decoder->start();
}

void WaveformLoader::cancel()
{
    ++m_generation;
    stopDecoder();
    m_path.clear();
    m_cacheFile.clear();
    m_accumulator.reset();
}

void WaveformLoader::stopDecoder()
{
    m_stallTimer.stop();
    if (!m_decoder)
        return;
    QAudioDecoder* decoder = m_decoder;
    m_decoder = nullptr;
    decoder->disconnect(this);
    decoder->stop();
    decoder->deleteLater();
}

void WaveformLoader::onBufferReady()
{
    if (!m_decoder)
        return;
    while (m_decoder->bufferAvailable())
        m_accumulator.addBuffer(m_decoder->read());
    m_stallTimer.start();
}

void WaveformLoader::onFinished()
{
    if (!m_decoder)
        return;
    onBufferReady();
    const qint64 decoderDuration = m_decoder->duration();
    stopDecoder();

    WaveformPeaks peaks = m_accumulator.finish(m_binCount);
    m_accumulator.reset();
    if (peaks.isEmpty()) {
        fail(tr("The file contains no audio."));
        return;
    }
    if (peaks.durationMs <= 0)
        peaks.durationMs = decoderDuration;
    if (!m_cacheFile.isEmpty())
        writeCache(m_cacheFile, peaks);
    const QString path = m_path;
    m_path.clear();
    emit ready(path, peaks);
}

void WaveformLoader::onDecoderError()
{
    if (!m_decoder)
        return;
    const QString message = m_decoder->errorString();
    fail(message.isEmpty() ? tr("The audio could not be decoded.") : message);
}

void WaveformLoader::fail(const QString& reason)
{
    const QString path = m_path;
    cancel();
    emit failed(path, reason);
}

void WaveformLoader::emitLater(const WaveformPeaks& peaks, const QString& error)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, peaks, error] {
            if (generation != m_generation)
                return;
            const QString path = m_path;
            m_path.clear();
            if (error.isEmpty())
                emit ready(path, peaks);
            else
                emit failed(path, error);
        },
        Qt::QueuedConnection);
}

WaveformPeaks WaveformLoader::readCache(const QString& cacheFile) const
{
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCacheFileBytes)
        return {};
    return WaveformPeaks::deserialize(file.readAll());
}

void WaveformLoader::writeCache(const QString& cacheFile, const WaveformPeaks& peaks) const
{
    if (!PrivateFiles::ensureFolder(m_cacheDirectory))
        return;
    QSaveFile file(cacheFile);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return;
    file.write(peaks.serialize());
    file.commit(); // a cache: failure to write only costs a decode next time
}
