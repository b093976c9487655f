#include "CreateCounter.h"

#include "core/net/OneShotUploadDevice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

bool CreateCounter::Attempt::provesNothingCreated() const
{
    if (!sent)
        return true;
    if (errorCode.isEmpty())
        return false;
    return errorCode.startsWith("RequestLimitExceeded"_L1) || errorCode.startsWith("AuthFailure"_L1)
        || errorCode.startsWith("InvalidParameter"_L1) || errorCode == "MissingParameter"_L1
        || errorCode == "UnknownParameter"_L1;
}

int CreateCounter::resentAfterAmbiguous() const
{
    int n = 0;
    for (const QList<Attempt>& list : m_attempts) {
        bool unsettled = false;
        for (const Attempt& a : list) {
            if (unsettled)
                ++n;
            if (a.finished && !a.created() && !a.provesNothingCreated())
                unsettled = true;
        }
    }
    return n;
}

int CreateCounter::ambiguous() const
{
    int n = 0;
    for (const QList<Attempt>& list : m_attempts) {
        for (const Attempt& a : list)
            n += a.finished && !a.created() && !a.provesNothingCreated() ? 1 : 0;
    }
    return n;
}

QNetworkReply* CreateCounter::createRequest(Operation op, const QNetworkRequest& request, QIODevice* data)
{
    if (op != PostOperation || request.rawHeader("X-TC-Action") != "CreateAigcAudioTask" || !data)
        return QNetworkAccessManager::createRequest(op, request, data);
    const QByteArray body = data->readAll();
    const QString prompt = QJsonDocument::fromJson(body).object().value("Prompt"_L1).toString();
    auto* copy = new OneShotUploadDevice(body);
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, copy);
    copy->setParent(reply);
    ++m_total;
    QList<Attempt>& list = m_attempts[prompt];
    list.append(Attempt {});
    const qsizetype index = list.size() - 1;
    // Connected before the caller's own connections: these run first, and peek() leaves the body.
    connect(reply, &QNetworkReply::requestSent, this,
        [this, prompt, index] { m_attempts[prompt][index].sent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, prompt, index](qint64 sent, qint64) {
        if (sent > 0)
            m_attempts[prompt][index].sent = true;
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, prompt, index] {
        Attempt& a = m_attempts[prompt][index];
        a.finished = true;
        a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (a.httpStatus != 0)
            a.sent = true;
        const QByteArray answer = reply->peek(reply->bytesAvailable());
        const QJsonObject response = QJsonDocument::fromJson(answer).object().value("Response"_L1).toObject();
        if (a.httpStatus == 200 && reply->error() == QNetworkReply::NoError && !response.isEmpty()) {
            a.errorCode = response.value("Error"_L1).toObject().value("Code"_L1).toString();
            a.taskId = response.value("TaskId"_L1).toString();
        } else {
            a.transportError = reply->errorString();
        }
    });
    return reply;
}
