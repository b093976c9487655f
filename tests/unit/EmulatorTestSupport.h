#pragma once

// Shared by the tst_emulator_* suites (header-only): an in-process EmulatorServer on port 0 with a
// ManualClock, raw Tc3Signer-signed requests through QNetworkAccessManager, and VodClient jobs run to
// completion while the manual clock is stepped.
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/AudioTaskRequest.h"
#include "core/model/DescribeTasksRequest.h"
#include "core/model/ManageTaskRequest.h"
#include "core/signing/Tc3Signer.h"
#include "core/support/ManualClock.h"
#include "emulator/server/EmulatorServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtEndian>
#include <memory>

namespace EmulatorTest {

using namespace Qt::StringLiterals;

inline const QString kId = QString::fromLatin1(kEmulatorDemoSecretId);
inline const QString kKey = QString::fromLatin1(kEmulatorDemoSecretKey);

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject response() const
    {
        return QJsonDocument::fromJson(body).object().value("Response"_L1).toObject();
    }
    QString errorCode() const { return response().value("Error"_L1).toObject().value("Code"_L1).toString(); }
    QString errorMessage() const
    {
        return response().value("Error"_L1).toObject().value("Message"_L1).toString();
    }
};

// Waits for a reply with a real-time deadline.
inline HttpResult finish(QNetworkReply* reply, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    r.elapsedMs = t.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
    r.contentLength = len.isValid() ? len.toLongLong() : -1;
    reply->abort();
    reply->deleteLater();
    return r;
}

// The input of a correctly signed request for `action` with `body`, at the server's time.
inline Tc3Signer::Input signInput(
    const EmulatorServer& server, qint64 nowSecs, const QString& action, const QByteArray& body)
{
    Tc3Signer::Input in;
    in.secretId = kId;
    in.secretKey = kKey;
    in.host = u"127.0.0.1:"_s + QString::number(server.port());
    in.action = action;
    in.timestamp = nowSecs;
    in.payload = body;
    return in;
}

// POSTs exactly the headers of sig (Host included, as the client would send it) plus extra ones.
inline HttpResult postSigned(QNetworkAccessManager& nam, const QUrl& url, const Tc3Signer::Input& in,
    const QList<QPair<QByteArray, QByteArray>>& overrides = {}, const QByteArray& bodyOverride = QByteArray())
{
    const Tc3Signer::Output sig = Tc3Signer::sign(in);
    QNetworkRequest req(url);
    for (const auto& [name, value] : sig.headers)
        req.setRawHeader(name, value);
    for (const auto& [name, value] : overrides) {
        if (value.isNull())
            req.setRawHeader(name, QByteArray()); // removes it
        else
            req.setRawHeader(name, value);
    }
    return finish(nam.post(req, bodyOverride.isNull() ? in.payload : bodyOverride));
}

inline HttpResult get(QNetworkAccessManager& nam, const QUrl& url,
    const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool head = false)
{
    QNetworkRequest req(url);
    for (const auto& [name, value] : headers)
        req.setRawHeader(name, value);
    return finish(head ? nam.head(req) : nam.get(req));
}

// Runs a VodJob to the end; when it schedules a retry, the manual clock jumps to it.
inline bool run(VodJob* job, ManualClock& clock, int timeoutMs = 15000)
{
    job->setAutoDelete(false);
    bool done = false;
    qint64 retryIn = -1;
    QObject::connect(job, &VodJob::finished, job, [&done] { done = true; });
    QObject::connect(job, &VodJob::retrying, job,
        [&retryIn](VodJob*, const ApiError&, qint64 delayMs) { retryIn = delayMs; });
    job->start();
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < timeoutMs) {
        if (retryIn >= 0) {
            const qint64 by = retryIn;
            retryIn = -1;
            clock.advance(by);
        } else if (const qint64 due = clock.nextDueIn(); due >= 0 && due <= 200) {
            // The client paces its sends (a few tens of ms apart): let that short wait pass.
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!done)
                clock.advance(due);
        }
        clock.advance(0);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done;
}

inline std::unique_ptr<VodClient> makeClient(QNetworkAccessManager* nam, Clock* clock, const QUrl& baseUrl,
    std::optional<quint64> subAppId = std::nullopt)
{
    VodClient::Config cc;
    cc.baseUrl = baseUrl;
    cc.credentials.secretId = kId;
    cc.credentials.secretKey = kKey;
    cc.subAppId = subAppId;
    cc.timeoutMs = 20000;
    return std::make_unique<VodClient>(nam, clock, cc);
}

struct WavInfo
{
    bool valid = false;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    qint64 dataBytes = 0;
    double seconds() const
    {
        return valid && channels > 0 && sampleRate > 0 && bitsPerSample > 0
            ? double(dataBytes) / (double(channels) * sampleRate * (bitsPerSample / 8))
            : 0.0;
    }
};

inline WavInfo parseWav(const QByteArray& d)
{
    WavInfo w;
    if (d.size() < 44 || !d.startsWith("RIFF") || d.mid(8, 4) != "WAVE")
        return w;
    qsizetype at = 12;
    while (at + 8 <= d.size()) {
        const QByteArray id = d.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(d.constData() + at + 4);
        if (id == "fmt ") {
            w.channels = qFromLittleEndian<quint16>(d.constData() + at + 10);
            w.sampleRate = static_cast<int>(qFromLittleEndian<quint32>(d.constData() + at + 12));
            w.bitsPerSample = qFromLittleEndian<quint16>(d.constData() + at + 22);
        } else if (id == "data") {
            w.dataBytes = size;
            w.valid = true;
            break;
        }
        at += 8 + size + (size & 1);
    }
    return w;
}

} // namespace EmulatorTest
