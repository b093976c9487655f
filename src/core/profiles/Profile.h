#pragma once

#include "core/api/Endpoint.h"
#include "core/net/ProxySettings.h"
#include "core/signing/Credentials.h"
#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// One named set of connection settings: where calls go, the optional X-TC-Region, SubAppId and
// X-TC-Language, and how its secrets are kept. The credentials travel with the profile in memory
// but ProfileStore never persists them: they live in a SecretStore (the keychain, by default).
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString name;
    Endpoint endpoint;
    QString region; // "" = do not send X-TC-Region
    std::optional<quint64> subAppId;
    QString language; // "", "zh-CN" or "en-US"
    bool plaintextSecrets = false; // the user explicitly chose a plain-text file over the keychain
    bool emulator = false; // the "Local emulator (offline demo)" profile
    ProxySettings proxy; // system settings by default; its password is a secret (see ProxySettings)
    Credentials credentials; // never written by ProfileStore

    static constexpr int kMaxNameLength = 64;
    static const QStringList& languages(); // "", "zh-CN", "en-US"
    static QString emulatorProfileName(); // "Local emulator (offline demo)"
    // The offline demo profile pointing at a running emulator.
    static Profile localEmulator(const QUrl& baseUrl);

    // Region names as the API spells them: ap-singapore, na-siliconvalley, ap-shanghai-fsi...
    static bool isValidRegion(const QString& region);

    // Every broken rule, each naming its field ("name", "endpoint", "region", "language", "proxy").
    ValidationIssues validate() const;
    bool isValid() const { return validate().isEmpty(); }

    bool operator==(const Profile&) const = default;
};
