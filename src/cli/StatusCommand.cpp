#include "cli/StatusCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ClientOptions.h"
#include "cli/ExitCode.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/support/JsonFields.h"
#include "core/support/PrintableText.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString StatusCommand::summary() const
{
    return tr("Show a task's status, progress, times, outputs or error (DescribeTaskDetail).");
}

void StatusCommand::addOptions(QCommandLineParser& parser)
{
    ClientOptions::add(parser);
    parser.addOption({ u"json"_s, tr("Print the service's Response object as JSON.") });
    parser.addPositionalArgument(u"TASKID"_s, tr("The task to show."));
}

void StatusCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        fail(ExitBadInput, tr("expects exactly one TASKID (got %1 arguments)").arg(args.size()));
        return;
    }
    const QString taskId = args.first();
    const bool json = parser.isSet(u"json"_s);
    connectThen(parser, [this, taskId, json] {
        VodJob* job = client()->describeTaskDetail(taskId);
        connect(job, &VodJob::finished, this, [this, json](VodJob* j) {
            if (j->error().isError()) {
                fail(exitCodeFor(j->error()), j->error().toString() + u"\n"_s + j->error().advice());
                return;
            }
            const AudioTask t = j->audioTask();
            if (json) {
                env()->out() << QString::fromUtf8(QJsonDocument(t.raw).toJson(QJsonDocument::Indented));
                done(ExitOk);
                return;
            }
            QTextStream& out = env()->out();
            // Every field the service sent, on its own line, escaped whole: no field forges a line.
            const auto x = [](const QString& s) { return PrintableText::escape(s); };
            auto time
                = [](const QDateTime& dt) { return dt.isValid() ? JsonFields::formatDateTime(dt) : u"-"_s; };
            out << tr("TaskId:    %1").arg(x(t.taskId)) << u'\n';
            out << tr("Status:    %1 (%2%)").arg(AudioTask::statusName(t.status)).arg(t.progress) << u'\n';
            out << tr("Model:     %1 %2 (%3)")
                       .arg(x(t.input.modelName), x(t.input.modelVersion), x(t.input.sceneType))
                << u'\n';
            out << tr("Prompt:    %1").arg(x(t.input.prompt)) << u'\n';
            out << tr("Created:   %1").arg(time(t.createTime)) << u'\n';
            out << tr("Started:   %1").arg(time(t.beginProcessTime)) << u'\n';
            out << tr("Finished:  %1").arg(time(t.finishTime)) << u'\n';
            for (const AudioOutput& o : t.audioOutputs)
                out << tr("Output:    %1 %2 s %3")
                           .arg(x(o.fileType))
                           .arg(o.duration)
                           .arg(x(o.fileUrl.isEmpty() ? o.fileId : o.fileUrl))
                    << u'\n';
            if (!t.negativePrompt.isEmpty())
                out << tr("Negative:  %1").arg(x(t.negativePrompt)) << u'\n';
            if (t.enhancePrompt)
                out << tr("Enhance:   %1").arg(*t.enhancePrompt ? tr("on") : tr("off")) << u'\n';
            for (const MediaReference& r : t.input.audioInfos)
                out << tr("Ref audio: %1").arg(x(r.fileId.isEmpty() ? r.url : r.fileId)) << u'\n';
            for (const MediaReference& r : t.input.videoInfos)
                out << tr("Ref video: %1").arg(x(r.fileId.isEmpty() ? r.url : r.fileId)) << u'\n';
            if (t.isFailed()) {
                const TaskFailure f = t.failure();
                out << tr("Error:     %1").arg(t.failureText()) << u'\n';
                out << tr("Meaning:   %1").arg(f.explanation) << u'\n';
                out << tr("Next:      %1 (%2)").arg(f.action, TaskFailure::remedyLabel(f.remedy)) << u'\n';
            }
            out << tr("RequestId: %1").arg(x(t.requestId)) << u'\n';
            done(t.isFailed() ? ExitTaskFailed : ExitOk);
        });
        job->start();
    });
}
