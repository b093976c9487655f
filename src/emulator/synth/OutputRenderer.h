#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <functional>

// Renders generated audio off the server thread (its own QThreadPool) and caches it by key, in memory
// (at most cacheLimit() bytes: the least recently used outputs leave first) and, with a cache
// directory, on disk. render() is the one place that calls the synthesiser.
class OutputRenderer : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString key; // unique per output, e.g. "<TaskId>.wav"
        QString prompt;
        QString scene; // sfx | music
        quint64 seed = 0;
        int durationSeconds = 6;
        QString format; // mp3 | wav
    };

    struct Result
    {
        QByteArray data;
        QByteArray contentType;
        QString error;
        bool ok() const { return error.isEmpty() && !data.isEmpty(); }
    };

    explicit OutputRenderer(const QString& cacheDir = {}, QObject* parent = nullptr);
    ~OutputRenderer() override; // waits for renders in flight

    // Starts rendering unless cached or already rendering.
    void prefetch(const Job& job);
    // Calls done in this object's thread once the output is ready: at once when cached, otherwise after
    // the render, unless context was destroyed meanwhile.
    void get(const Job& job, QObject* context, std::function<void(const Result&)> done);
    // The cached result, or nullptr while it is not rendered (or was evicted).
    const Result* cached(const QString& key) const;
    int rendersInFlight() const;
    void setCacheLimit(qint64 bytes);
    qint64 cacheLimit() const { return m_cacheLimit; }
    qint64 cachedBytes() const { return m_cachedBytes; }

    // Synchronous rendering (called on a pool thread).
    static Result render(const Job& job);
    static QByteArray contentTypeFor(const QString& format);
    // Whether the real synthesiser is linked (otherwise a plain WAV tone stands in and mp3 fails).
    static bool hasSynth();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void(const Result&)> fn;
    };
    struct Entry
    {
        bool rendering = false;
        bool done = false;
        Result result;
        QList<Waiter> waiters;
        quint64 lastUse = 0;
    };

    void start(const Job& job, Entry& entry);
    void onRendered(const QString& key, const Result& result);
    QString diskPath(const QString& key) const;
    void evict(const QString& keep);

    QString m_cacheDir;
    QHash<QString, Entry> m_entries;
    qint64 m_cacheLimit = 64 * 1024 * 1024;
    qint64 m_cachedBytes = 0;
    quint64 m_useCounter = 0;
    QThreadPool m_pool;
};
