#include "cli/DownloadCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ClientOptions.h"
#include "cli/ExitCode.h"
#include "cli/OutputSaver.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/support/PrintableText.h"
#include "core/tasks/OutputLocator.h"

using namespace Qt::StringLiterals;

QString DownloadCommand::summary() const
{
    return tr(
        "Save the first output of a finished task to PATH (a folder gets TASKID.FORMAT). An interrupted "
        "download resumes.");
}

void DownloadCommand::addOptions(QCommandLineParser& parser)
{
    ClientOptions::add(parser);
    parser.addPositionalArgument(u"TASKID"_s, tr("The finished task."));
    parser.addPositionalArgument(u"PATH"_s, tr("Where to save the file."));
}

void DownloadCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        fail(ExitBadInput, tr("expects TASKID and PATH (got %1 arguments)").arg(args.size()));
        return;
    }
    const QString taskId = args.at(0);
    const QString path = args.at(1);
    connectThen(parser, [this, taskId, path] {
        VodJob* job = client()->describeTaskDetail(taskId);
        connect(job, &VodJob::finished, this, [this, path](VodJob* j) {
            if (j->error().isError()) {
                fail(exitCodeFor(j->error()), j->error().toString());
                return;
            }
            const AudioTask task = j->audioTask();
            if (!task.isDone()) {
                fail(ExitFailure,
                    tr("task %1 is %2 (%3%): nothing to download yet")
                        .arg(PrintableText::escape(task.taskId), AudioTask::statusName(task.status))
                        .arg(task.progress));
                return;
            }
            if (task.isFailed()) {
                fail(ExitTaskFailed,
                    tr("task %1 failed: %2").arg(PrintableText::escape(task.taskId), task.failureText()));
                return;
            }
            auto* saver = new OutputSaver(env(), new OutputLocator(client(), this), this);
            saver->download(task, path, [this](const ApiError& e, const QString& saved, qint64 bytes) {
                if (e.isError()) {
                    fail(e.kind() == ApiError::Kind::InvalidRequest ? ExitTaskFailed : exitCodeFor(e),
                        e.toString());
                    return;
                }
                env()->out() << saved << u'\n';
                env()->err() << tr("Saved %1 bytes").arg(bytes) << u'\n';
                done(ExitOk);
            });
        });
        job->start();
    });
}
