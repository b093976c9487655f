#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

// A QNetworkAccessManager that watches every CreateAigcAudioTask it puts on the wire, by Prompt: whether
// the request left (requestSent / upload progress) and what came back. The test's witness that no Create
// followed one whose outcome was ambiguous. The body keeps its one-shot device, so Qt can still never
// re-send it on its own.
class CreateCounter : public QNetworkAccessManager
{
public:
    struct Attempt
    {
        bool sent = false;
        bool finished = false;
        int httpStatus = 0;
        QString errorCode; // Response.Error.Code
        QString taskId; // Response.TaskId
        QString transportError; // no usable JSON answer
        // An answer that proves nothing was created (rate limit, signature, a refused request).
        bool provesNothingCreated() const;
        bool created() const { return !taskId.isEmpty(); }
    };

    using QNetworkAccessManager::QNetworkAccessManager;

    const QHash<QString, QList<Attempt>>& attempts() const { return m_attempts; }
    int total() const { return m_total; }
    // Attempts sent after an earlier attempt of the same Prompt whose outcome was unknown: must be 0.
    int resentAfterAmbiguous() const;
    // Attempts that left and got no answer that settles them (the client's "outcome unknown").
    int ambiguous() const;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override;

private:
    QHash<QString, QList<Attempt>> m_attempts;
    int m_total = 0;
};
