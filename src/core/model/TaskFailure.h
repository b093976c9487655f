#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// What a failed task's ErrCodeExt means to the user: a plain-language explanation, a suggested next
// step and whether retrying the same request can help. The 13 codes are the ones AigcAudioTask.ErrCodeExt
// documents in tencentcloud-sdk-nodejs 4.1.313; any other code is described as unknown.
class TaskFailure
{
    Q_DECLARE_TR_FUNCTIONS(TaskFailure)

public:
    enum class Remedy
    {
        Retry, // the task did not run to the end for reasons of the service: the same request may work
        ChangeInput, // the request itself was refused: the same request fails again
        Unknown, // a code this version does not know
    };

    QString code; // normalised: "InvalidParameter.ViolationContent", not the service's "Voilation"
    Remedy remedy = Remedy::Unknown;
    QString explanation; // translated, one sentence: what happened
    QString action; // translated, one sentence: what to do

    // The entry for an ErrCodeExt as the service sends it (either spelling of ViolationContent).
    static TaskFailure describe(const QString& errCodeExt);
    // The code of a task that failed: its ErrCodeExt, else OperationCanceled for an aborted one, else
    // its ErrCode, else "NoOutput".
    static QString codeOf(const QString& errCodeExt, qint64 errCode, bool aborted);
    // The documented codes, spelled as the service sends them.
    static const QStringList& documentedCodes();
    // "InvalidParameter.VoilationContent" becomes "InvalidParameter.ViolationContent".
    static QString normalise(const QString& errCodeExt);
    // Translated: "free to retry", "change the input first", "unknown".
    static QString remedyLabel(Remedy r);
};
