#pragma once

#include "core/api/ApiError.h"
#include "core/net/NetworkJob.h"

#include <QFile>
#include <QUrl>

// Downloads one URL to a file: streamed to "<path>.part", resumed with an HTTP Range request when a
// .part is already there (after a crash or quit), checked against Content-Length, then renamed into
// place. Never leaves a partial file under the final name. The transport is NetworkJob's.
class DownloadJob : public NetworkJob
{
    Q_OBJECT

public:
    DownloadJob(QNetworkAccessManager* network, Clock* clock, const QUrl& url, const QString& path,
        QObject* parent = nullptr);
    ~DownloadJob() override;

    void setMaxAttempts(int n) { m_maxAttempts = n; }
    void setStallTimeoutMs(qint64 ms);
    // The most bytes the file may have (AudioOutput::maxPlausibleBytes): past it the download stops,
    // the partial file is deleted and the job fails with TooLarge, without retrying. -1: kDefaultCap.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Each attempt ends after this long, however slowly bytes still trickle in.
    void setAttemptDeadlineMs(qint64 ms);
    void start();

    // No file of this app is larger; a setting may lower it.
    static constexpr qint64 kDefaultCap = 2LL * 1024 * 1024 * 1024;
    // Fewer bytes than this in a stall window (60 s) is a stall: a trickle does not keep a download alive.
    static constexpr qint64 kMinBytesPerWindow = 1024;

    QUrl url() const { return m_url; }
    QString path() const { return m_path; }
    QString partPath() const { return m_path + QStringLiteral(".part"); }
    ApiError error() const { return m_error; }
    qint64 bytesWritten() const { return m_received; }
    qint64 totalBytes() const { return m_total; }
    qint64 resumedFrom() const { return m_resumedFrom; }
    QString contentType() const { return m_contentType; }

signals:
    void progress(qint64 received, qint64 total);
    void finished(DownloadJob* job);

protected:
    void attemptFinished(QNetworkReply* reply, const Outcome& outcome) override;
    void cancelled(bool sent) override;
    void emitFinished() override { emit finished(this); }
    void answerBytesArrived(QNetworkReply* reply) override;

private:
    void attempt();
    void fail(const ApiError& error);
    void succeed();

    QUrl m_url;
    QString m_path;
    QFile m_file;
    ApiError m_error;
    QString m_contentType;
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    qint64 m_maxBytes = -1;
    int m_attempt = 0;
    int m_maxAttempts = 4;
    bool m_headerChecked = false;
    bool m_restarting = false; // this attempt was aborted to start again from zero
};
