#include "cli/AbortCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ClientOptions.h"
#include "cli/ExitCode.h"
#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/ManageTaskRequest.h"

using namespace Qt::StringLiterals;

QString AbortCommand::summary() const
{
    return tr("Abort a task that is still WAITING (ManageTask Abort).");
}

void AbortCommand::addOptions(QCommandLineParser& parser)
{
    ClientOptions::add(parser);
    parser.addPositionalArgument(u"TASKID"_s, tr("The task to abort."));
}

void AbortCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        fail(ExitBadInput, tr("expects exactly one TASKID (got %1 arguments)").arg(args.size()));
        return;
    }
    const QString taskId = args.first();
    connectThen(parser, [this, taskId] {
        ManageTaskRequest req;
        req.taskId = taskId;
        VodJob* job = client()->manageTask(req);
        connect(job, &VodJob::finished, this, [this, taskId](VodJob* j) {
            if (j->error().isError()) {
                fail(exitCodeFor(j->error()),
                    j->error().toString() + u"\n"_s
                        + tr("Only a task that is still WAITING can be aborted."));
                return;
            }
            env()->out() << tr("Aborted %1").arg(taskId) << u'\n';
            done(ExitOk);
        });
        job->start();
    });
}
