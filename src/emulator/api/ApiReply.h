#pragma once

#include <QJsonObject>
#include <QString>

// The emulator's answer to one API request: the "Response" object (RequestId included) and, for the
// log and the fault injector, what it was.
struct ApiReply
{
    QJsonObject response; // the "Response" object
    QString code; // the error code, empty on success
    QString secretId;
    QString action;
    QString taskId; // the task created, for CreateAigcAudioTask
};
