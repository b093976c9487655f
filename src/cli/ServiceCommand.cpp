#include "cli/ServiceCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/api/VodClient.h"
#include "core/support/AppPaths.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskService.h"
#include "core/uploads/UploadQueue.h"

using namespace Qt::StringLiterals;

ServiceCommand::ServiceCommand(CliEnvironment* env, QObject* parent)
    : CliCommand(env, parent)
{
}

ServiceCommand::~ServiceCommand()
{
    // The task service and the uploads hold the client and the stores: they go first.
    m_tasks.reset();
    m_uploads.reset();
    m_library.reset();
    m_history.reset();
}

void ServiceCommand::addStateOption(QCommandLineParser& parser)
{
    parser.addOption({ u"state-db"_s,
        tr("Keep the history and the upload state in this SQLite file (default: the history database "
           "shared with the app)."),
        u"PATH"_s });
}

void ServiceCommand::connectThen(const QCommandLineParser& parser, std::function<void()> ready)
{
    if (parser.optionNames().contains(u"state-db"_s))
        m_statePath = parser.value(u"state-db"_s);
    ClientOptions::resolve(parser, env(), this, [this, ready](const ClientOptions::Result& r) {
        if (!r.error.isEmpty()) {
            fail(r.exitCode, r.error);
            return;
        }
        m_connection = r;
        m_client = std::make_unique<VodClient>(env()->network(), env()->clock(), r.config);
        ready();
    });
}

QString ServiceCommand::profileLabel() const
{
    const ResolvedCredentials& r = m_connection.resolved;
    if (r.sourceKind == ResolvedCredentials::Source::Profile)
        return r.profile.name;
    return r.source.isEmpty() ? u"environment"_s : r.source;
}

bool ServiceCommand::openServices()
{
    if (m_tasks)
        return true;
    const QString path = m_statePath.isEmpty() ? AppPaths::historyDatabase(env()->env()) : m_statePath;
    auto history = std::make_unique<HistoryStore>(env()->clock());
    QString error;
    if (!history->open(path, &error)) {
        fail(ExitFailure, tr("the history database cannot be opened: %1").arg(error));
        return false;
    }
    m_history = std::move(history);
    m_library = std::make_unique<OutputLibrary>(
        m_history.get(), env()->network(), env()->clock(), AppPaths::libraryDir(env()->env()));
    m_uploads = std::make_unique<UploadQueue>(env()->clock());
    m_uploads->setResumeOnActivate(false); // the CLI resumes only the files it is given
    if (!m_uploads->open(path, &error))
        env()->err() << tr("warning: %1; an interrupted upload cannot be resumed").arg(error) << u'\n';
    m_uploads->setClient(m_client.get(), profileLabel());
    m_tasks = std::make_unique<TaskService>(m_history.get(), m_library.get(), env()->clock());
    m_tasks->setOnlyOwnSubmissions(true); // never the app's waiting rows
    m_tasks->setUploadQueue(m_uploads.get());
    m_tasks->setClient(m_client.get(), profileLabel(), m_connection.config.baseUrl.toString());
    return true;
}
