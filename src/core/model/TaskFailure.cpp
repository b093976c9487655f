#include "core/model/TaskFailure.h"

#include "core/support/EnumNames.h"
#include "core/support/PrintableText.h"

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    const char* code; // as the service spells it
    TaskFailure::Remedy remedy;
    const char* explanation;
    const char* action;
};

// Retry: the service did not run the task to the end for its own reasons (concurrency, backlog,
// resources, an internal error, a timeout, a failed generation, a cancellation). ChangeInput: the
// request was refused for what it asked (content, parameters, media, a missing reference).
const Entry kEntries[] = {
    { "RequestLimitExceeded", TaskFailure::Remedy::Retry,
        QT_TRANSLATE_NOOP(
            "TaskFailure", "Too many of the account's tasks were running at once, so this one did not run."),
        QT_TRANSLATE_NOOP("TaskFailure", "Retry when some of your running tasks have finished.") },
    { "InvalidParameter.VoilationContent", TaskFailure::Remedy::ChangeInput,
        QT_TRANSLATE_NOOP("TaskFailure", "The prompt goes against the service's content-safety policy."),
        QT_TRANSLATE_NOOP("TaskFailure", "Reword the prompt, then generate again.") },
    { "InvalidParameterValue", TaskFailure::Remedy::ChangeInput,
        QT_TRANSLATE_NOOP("TaskFailure", "A setting has a value the model does not accept."),
        QT_TRANSLATE_NOOP("TaskFailure",
            "Check the model version, duration, format and additional parameters, then generate again.") },
    { "FailedOperation", TaskFailure::Remedy::Retry,
        QT_TRANSLATE_NOOP(
            "TaskFailure", "The model's queue was full (model tasks piled up), so this task did not run."),
        QT_TRANSLATE_NOOP("TaskFailure", "Retry in a few minutes.") },
    { "InternalError", TaskFailure::Remedy::Retry,
        QT_TRANSLATE_NOOP("TaskFailure", "The service had an internal error."),
        QT_TRANSLATE_NOOP("TaskFailure",
            "Retry; if it happens again, export diagnostics (Help menu) and contact Tencent Cloud "
            "support.") },
    { "InvalidParameter", TaskFailure::Remedy::ChangeInput,
        QT_TRANSLATE_NOOP("TaskFailure", "The request has a setting the service does not accept."),
        QT_TRANSLATE_NOOP("TaskFailure", "Check the settings and reference files, then generate again.") },
    { "InvalidParameter.MediaFormat", TaskFailure::Remedy::ChangeInput,
        QT_TRANSLATE_NOOP("TaskFailure", "A reference file is in a media format the model cannot read."),
        QT_TRANSLATE_NOOP("TaskFailure",
            "Use a reference in a common format (WAV or MP3 audio, MP4 video), then generate again.") },
    { "ContentModerationFailed", TaskFailure::Remedy::ChangeInput,
        QT_TRANSLATE_NOOP(
            "TaskFailure", "The prompt, a reference or the generated sound did not pass content moderation."),
        QT_TRANSLATE_NOOP("TaskFailure", "Change the prompt or the reference files, then generate again.") },
    { "ResourceInsufficient", TaskFailure::Remedy::Retry,
        QT_TRANSLATE_NOOP("TaskFailure", "The service did not have the resources to run the task."),
        QT_TRANSLATE_NOOP("TaskFailure", "Retry in a few minutes.") },
    { "ModelGenerateFailed", TaskFailure::Remedy::Retry,
        QT_TRANSLATE_NOOP("TaskFailure", "The model could not generate a sound for this request."),
        QT_TRANSLATE_NOOP(
            "TaskFailure", "Retry; if it fails again, reword the prompt or shorten the duration.") },
    { "ResourceNotFound", TaskFailure::Remedy::ChangeInput,
        QT_TRANSLATE_NOOP("TaskFailure", "A reference file (its FileId or URL) could not be found."),
        QT_TRANSLATE_NOOP("TaskFailure",
            "Check that the reference files still exist and are reachable, or add them again.") },
    { "OperationCanceled", TaskFailure::Remedy::Retry,
        QT_TRANSLATE_NOOP("TaskFailure", "The task was cancelled before it finished."),
        QT_TRANSLATE_NOOP("TaskFailure", "Retry if you still want this sound.") },
    { "TaskTimeout", TaskFailure::Remedy::Retry,
        QT_TRANSLATE_NOOP("TaskFailure", "The task took longer than the service allows."),
        QT_TRANSLATE_NOOP("TaskFailure", "Retry; a shorter duration finishes sooner.") },
};

const EnumName<TaskFailure::Remedy> kRemedyLabels[]
    = { { TaskFailure::Remedy::Retry, QT_TRANSLATE_NOOP("TaskFailure", "free to retry") },
          { TaskFailure::Remedy::ChangeInput, QT_TRANSLATE_NOOP("TaskFailure", "change the input first") },
          { TaskFailure::Remedy::Unknown, QT_TRANSLATE_NOOP("TaskFailure", "unknown") } };

} // namespace

QString TaskFailure::normalise(const QString& errCodeExt)
{
    QString code = errCodeExt.trimmed();
    code.replace("VoilationContent"_L1, "ViolationContent"_L1);
    return code;
}

QString TaskFailure::codeOf(const QString& errCodeExt, qint64 errCode, bool aborted)
{
    QString code = normalise(errCodeExt);
    if (code.isEmpty() && aborted)
        code = u"OperationCanceled"_s;
    if (code.isEmpty() && errCode != 0)
        code = QString::number(errCode);
    if (code.isEmpty())
        code = u"NoOutput"_s;
    return code;
}

const QStringList& TaskFailure::documentedCodes()
{
    static const QStringList codes = [] {
        QStringList l;
        for (const Entry& e : kEntries)
            l.append(QString::fromLatin1(e.code));
        return l;
    }();
    return codes;
}

TaskFailure TaskFailure::describe(const QString& errCodeExt)
{
    TaskFailure f;
    f.code = normalise(errCodeExt);
    for (const Entry& e : kEntries) {
        if (normalise(QString::fromLatin1(e.code)) == f.code) {
            f.remedy = e.remedy;
            f.explanation = tr(e.explanation);
            f.action = tr(e.action);
            return f;
        }
    }
    if (f.code == "NoOutput"_L1) {
        f.remedy = Remedy::Retry;
        f.explanation = tr("The task finished without a sound and without an error code.");
        f.action = tr("Retry.");
        return f;
    }
    f.explanation = f.code.isEmpty()
        ? tr("The task ended without a sound and without an error code.")
        : tr("The service reported the error code %1, which this version does not know.")
              .arg(PrintableText::escape(f.code));
    f.action = tr("Retry once; if it fails again, check the message and the settings.");
    return f;
}

QString TaskFailure::remedyLabel(Remedy r)
{
    return EnumNames::label("TaskFailure", kRemedyLabels, r);
}
