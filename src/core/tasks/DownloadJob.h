#pragma once

#include "core/api/ApiError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class Clock;

// Downloads one URL to a file: streamed to "<path>.part", resumed with an HTTP Range request when a
// .part is already there (after a crash or quit), checked against Content-Length, then renamed into
// place. Never leaves a partial file under the final name.
class DownloadJob : public QObject
{
    Q_OBJECT

public:
    DownloadJob(QNetworkAccessManager* network, Clock* clock, const QUrl& url, const QString& path,
        QObject* parent = nullptr);
    ~DownloadJob() override;

    void setMaxAttempts(int n) { m_maxAttempts = n; }
    void setStallTimeoutMs(qint64 ms) { m_stallTimeoutMs = ms; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void start();
    void cancel();

    QUrl url() const { return m_url; }
    QString path() const { return m_path; }
    QString partPath() const { return m_path + QStringLiteral(".part"); }
    bool isFinished() const { return m_finished; }
    ApiError error() const { return m_error; }
    qint64 bytesWritten() const { return m_received; }
    qint64 totalBytes() const { return m_total; }
    qint64 resumedFrom() const { return m_resumedFrom; }
    QString contentType() const { return m_contentType; }

signals:
    void progress(qint64 received, qint64 total);
    void finished(DownloadJob* job);

private:
    void attempt();
    void onReadyRead();
    void onFinished();
    void fail(const ApiError& error);
    void succeed();
    void armStallTimer();

    QNetworkAccessManager* m_network;
    Clock* m_clock;
    QUrl m_url;
    QString m_path;
    QFile m_file;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors; // of the current attempt, for the message (never ignored)
    ApiError m_error;
    QString m_contentType;
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    qint64 m_stallTimeoutMs = 60000;
    qint64 m_lastActivity = 0;
    int m_attempt = 0;
    int m_maxAttempts = 4;
    int m_generation = 0;
    bool m_headerChecked = false;
    bool m_stalled = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};
