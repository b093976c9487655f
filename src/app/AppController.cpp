#include "app/AppController.h"

#include "core/api/VodClient.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/PlaintextSecretStore.h"
#include "core/profiles/ProfileManager.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/Clock.h"
#include "core/support/PrivateFiles.h"
#include "core/tasks/DiagnosticsReport.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskService.h"
#include "core/uploads/UploadQueue.h"
#include "emulator/http/EmulatorConfig.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/server/EmulatorServer.h"

#include <QDir>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

AppController::AppController(const Paths& paths, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_paths(paths)
    , m_clock(clock)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    ProxySettings {}.applyTo(m_network.get()); // the system proxy settings; loopback always direct
    // Readable by the owner only (0700), folders made by an older version included.
    for (const QString& dir : { paths.configDir, paths.dataDir }) {
        QString error;
        if (!PrivateFiles::ensureFolder(dir, &error))
            qWarning("%s", qUtf8Printable(error));
    }
    m_profiles = std::make_unique<ProfileStore>(paths.configDir + u"/profiles.ini"_s);
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_plaintext = std::make_unique<PlaintextSecretStore>(paths.configDir + u"/plaintext-secrets"_s);
    m_emulatorSecrets = std::make_unique<MemorySecretStore>();
    m_emulatorSecrets->set(Profile::emulatorProfileName(),
        { QString::fromLatin1(kEmulatorDemoSecretId), QString::fromLatin1(kEmulatorDemoSecretKey), {} });
    m_resolver = std::make_unique<CredentialResolver>(m_profiles.get(), m_keychain.get());
    m_resolver->setPlaintextSecretStore(m_plaintext.get());
    m_resolver->setEmulatorSecretStore(m_emulatorSecrets.get());
    m_profileManager = std::make_unique<ProfileManager>(m_profiles.get(), m_resolver.get());
    m_history = std::make_unique<HistoryStore>(clock);
    m_library = std::make_unique<OutputLibrary>(m_history.get(), m_network.get(), clock, paths.libraryDir);
    m_uploads = std::make_unique<UploadQueue>(clock);
    m_tasks = std::make_unique<TaskService>(m_history.get(), m_library.get(), clock);
    m_tasks->setUploadQueue(m_uploads.get());
}

AppController::~AppController()
{
    m_tasks->setClient(nullptr, {}, {});
    m_uploads->setClient(nullptr, {});
    m_client.reset();
    m_library->setNetwork(m_network.get());
    m_profileNetwork.reset();
}

QNetworkAccessManager* AppController::activeNetwork() const
{
    return m_profileNetwork ? m_profileNetwork.get() : m_network.get();
}

bool AppController::start(QString* error)
{
    const QString database = m_paths.dataDir + u"/history.sqlite"_s;
    if (!m_history->open(database, error))
        return false;
    // The uploads' tables live in the same file, beside the history's.
    QString uploadError;
    if (!m_uploads->open(database, &uploadError))
        qWarning("uploads cannot resume after a restart: %s", qUtf8Printable(uploadError));
    ensureDemoProfile();
    QString name = m_profiles->defaultProfileName();
    if (name.isEmpty() || !m_profiles->contains(name))
        name = m_profiles->names().value(0);
    activateProfile(name);
    // Secrets that a crash left without their profile (an interrupted delete or rename).
    m_profileManager->cleanUp(this);
    return true;
}

void AppController::ensureDemoProfile()
{
    if (const QString damage = m_profiles->damage(); !damage.isEmpty()) {
        // Not written over by a demo profile: the user may repair it (a change moves it aside).
        qWarning("%s", qUtf8Printable(damage));
        return;
    }
    if (!m_profiles->names().isEmpty())
        return;
    // First run, no profile: the offline demo, so a person can generate and listen at once.
    QString why;
    const QUrl url = ensureEmulator(&why);
    if (url.isEmpty())
        return;
    Profile p = Profile::localEmulator(url);
    m_profiles->save(p);
    m_profiles->setDefaultProfileName(p.name);
}

QUrl AppController::ensureEmulator(QString* error)
{
    if (m_emulator && m_emulator->isListening())
        return m_emulator->baseUrl();
    EmulatorConfig config;
    config.dataDir = m_paths.dataDir + u"/emulator"_s; // its tasks survive a restart, like the cloud's
    config.taskSeconds = 4.0;
    m_emulator = std::make_unique<EmulatorServer>(config);
    // The same port as last time when it is free, so stored file URLs keep working.
    if (!m_emulator->listen(QHostAddress::LocalHost, kEmulatorDefaultPort)
        && !m_emulator->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = m_emulator->errorString();
        m_emulator.reset();
        return {};
    }
    return m_emulator->baseUrl();
}

void AppController::activateProfile(const QString& name)
{
    auto stored = m_profiles->profile(name);
    if (!stored) {
        const QString damage = m_profiles->damage();
        emit activationFailed(name,
            damage.isEmpty() ? tr("There is no profile named \"%1\".").arg(name)
                             : tr("There is no profile named \"%1\": %2").arg(name, damage));
        return;
    }
    if (stored->emulator) {
        QString why;
        const QUrl url = ensureEmulator(&why);
        if (url.isEmpty()) {
            emit activationFailed(name, tr("The local emulator could not start: %1").arg(why));
            return;
        }
        if (stored->endpoint.baseUrl() != url) {
            stored->endpoint = Endpoint::custom(url);
            m_profiles->save(*stored);
        }
    }
    m_resolver->resolve(name, this, [this, name](const ResolvedCredentials& resolved) {
        if (!resolved.isOk()) {
            emit activationFailed(name, resolved.error);
            return;
        }
        VodClient::Config c;
        c.baseUrl = resolved.profile.endpoint.baseUrl();
        c.credentials = resolved.credentials;
        c.region = resolved.profile.region;
        c.language = resolved.profile.language;
        c.subAppId = resolved.profile.subAppId;
        m_tasks->setClient(nullptr, {}, {});
        m_uploads->setClient(nullptr, {});
        m_client.reset();
        // The profile's own proxy (or "no proxy") gets a manager of its own; the password is handed
        // to Qt only, never kept here.
        std::unique_ptr<QNetworkAccessManager> previous = std::move(m_profileNetwork);
        if (resolved.profile.proxy.mode != ProxySettings::Mode::System) {
            m_profileNetwork = std::make_unique<QNetworkAccessManager>();
            resolved.profile.proxy.applyTo(m_profileNetwork.get(), resolved.proxyPassword);
        }
        m_library->setNetwork(activeNetwork());
        if (previous)
            previous.release()->deleteLater(); // replies of the old profile may still be finishing
        m_client = std::make_unique<VodClient>(activeNetwork(), m_clock, c);
        m_active = resolved.profile;
        m_active.credentials = {}; // the client has them; nothing else needs to
        m_profiles->setDefaultProfileName(name);
        m_tasks->setClient(m_client.get(), name, resolved.profile.endpoint.toString());
        m_uploads->setClient(m_client.get(), name);
        m_tasks->resume();
        emit profileActivated(name);
    });
}

void AppController::suspendUploads()
{
    m_uploads->suspendAll();
}

void AppController::setLibraryDir(const QString& dir)
{
    m_paths.libraryDir = dir;
    m_library->setFolder(dir);
}

QString AppController::diagnosticsReport() const
{
    DiagnosticsReport::Sources sources;
    sources.appVersion = QStringLiteral(AIGC_VERSION);
    sources.configDir = m_paths.configDir;
    sources.dataDir = m_paths.dataDir;
    sources.libraryDir = m_paths.libraryDir;
    sources.activeProfile = m_active.name;
    sources.profiles = m_profiles.get();
    sources.client = m_client.get();
    sources.history = m_history.get();
    sources.uploads = m_uploads ? m_uploads->store() : nullptr;
    return DiagnosticsReport::render(DiagnosticsReport::collect(sources));
}
