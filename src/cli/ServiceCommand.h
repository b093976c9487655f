#pragma once

#include "cli/CliCommand.h"
#include "cli/ClientOptions.h"

#include <functional>
#include <memory>

class HistoryStore;
class OutputLibrary;
class TaskService;
class UploadQueue;
class VodClient;

// A command that talks to the service. It resolves the client options (profile, endpoint, proxy...)
// into a VodClient; a command that submits, uploads or saves also opens what the app opens (the
// history database, the output library, the upload store) with a TaskService over them, so that what
// the CLI makes is in the app's history, with its outputs.
class ServiceCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ServiceCommand(CliEnvironment* env, QObject* parent = nullptr);
    ~ServiceCommand() override;

    // --state-db PATH: the history database (default: the one the app uses).
    static void addStateOption(QCommandLineParser& parser);

protected:
    // Resolves the options, makes the client, then calls ready(); on failure reports and finishes.
    void connectThen(const QCommandLineParser& parser, std::function<void()> ready);
    VodClient* client() const { return m_client.get(); }
    const ClientOptions::Result& connection() const { return m_connection; }
    // The name the history records for the credentials in use: the profile's, else their source.
    QString profileLabel() const;

    // Opens the history, the library, the uploads and the task service (once); false after reporting
    // why and finishing with ExitFailure.
    bool openServices();
    HistoryStore* history() const { return m_history.get(); }
    OutputLibrary* library() const { return m_library.get(); }
    UploadQueue* uploads() const { return m_uploads.get(); }
    TaskService* tasks() const { return m_tasks.get(); }

private:
    QString m_statePath;
    ClientOptions::Result m_connection;
    std::unique_ptr<VodClient> m_client;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<OutputLibrary> m_library;
    std::unique_ptr<UploadQueue> m_uploads;
    std::unique_ptr<TaskService> m_tasks;
};
