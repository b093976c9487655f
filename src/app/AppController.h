#pragma once

#include "core/profiles/Profile.h"

#include <QObject>
#include <memory>

class Clock;
class CredentialResolver;
class EmulatorServer;
class HistoryStore;
class MemorySecretStore;
class OutputLibrary;
class ProfileManager;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;
class TaskService;
class UploadQueue;
class VodClient;

// Everything the app has that is not a widget: profiles and secrets, the history database, the output
// library, the embedded emulator, the active profile's client and the task service. The main window
// and the dialogs talk to it; it talks to no widget.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Paths
    {
        QString configDir;
        QString dataDir;
        QString libraryDir;
    };

    AppController(const Paths& paths, Clock* clock, QObject* parent = nullptr);
    ~AppController() override;

    // Opens the database, makes the offline demo profile on a first run, activates the default profile.
    bool start(QString* error);

    Clock* clock() const { return m_clock; }
    // Follows the system proxy settings (ProfilesDialog's connection test of a system-proxy profile).
    QNetworkAccessManager* network() const { return m_network.get(); }
    // What the active profile's calls, uploads and downloads go through: network(), or a manager of
    // its own when the profile has its own proxy setting.
    QNetworkAccessManager* activeNetwork() const;
    ProfileStore* profiles() const { return m_profiles.get(); }
    CredentialResolver* resolver() const { return m_resolver.get(); }
    ProfileManager* profileManager() const { return m_profileManager.get(); }
    HistoryStore* history() const { return m_history.get(); }
    OutputLibrary* library() const { return m_library.get(); }
    TaskService* tasks() const { return m_tasks.get(); }
    UploadQueue* uploads() const { return m_uploads.get(); }
    VodClient* client() const { return m_client.get(); }
    EmulatorServer* emulator() const { return m_emulator.get(); }
    const Paths& paths() const { return m_paths; }

    QString activeProfileName() const { return m_active.name; }
    const Profile& activeProfile() const { return m_active; }
    bool isConnected() const { return m_client != nullptr; }
    // Resolves the profile's secrets and switches the client; profileActivated() or activationFailed().
    void activateProfile(const QString& name);
    // Starts the in-process emulator (a free loopback port, 8708 when free) and returns its URL.
    QUrl ensureEmulator(QString* error = nullptr);
    void setLibraryDir(const QString& dir);
    // The text of Help > Export Diagnostics, built in core from the services (no secret in it).
    QString diagnosticsReport() const;
    // The app quits: running uploads stop where they are and resume at the next start.
    void suspendUploads();

signals:
    void profileActivated(const QString& name);
    void activationFailed(const QString& name, const QString& reason);

private:
    void ensureDemoProfile();

    Paths m_paths;
    Clock* m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_profileNetwork; // the active profile's own proxy
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_plaintext;
    std::unique_ptr<MemorySecretStore> m_emulatorSecrets;
    std::unique_ptr<CredentialResolver> m_resolver;
    std::unique_ptr<ProfileManager> m_profileManager;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<OutputLibrary> m_library;
    std::unique_ptr<EmulatorServer> m_emulator;
    std::unique_ptr<VodClient> m_client;
    std::unique_ptr<UploadQueue> m_uploads;
    std::unique_ptr<TaskService> m_tasks;
    Profile m_active;
};
