#pragma once

#include "core/profiles/Profile.h"
#include "core/signing/Credentials.h"

#include <QString>

// What a CLI or app call should use, and where it came from. Either error is empty and credentials
// are complete, or error says what is wrong (never quoting a secret).
struct ResolvedCredentials
{
    enum class Source
    {
        None,
        Profile,
        Environment,
        TccliProfile,
        SdkCredentialsFile
    };

    Credentials credentials;
    // Endpoint, region, SubAppId and language when the source knows them (defaults otherwise).
    Profile profile;
    // For people: "profile \"work\"", "environment", "tccli profile \"default\"
    // (~/.tccli/default.credential)",
    // "~/.tencentcloud/credentials [default]".
    QString source;
    Source sourceKind = Source::None;
    // Where a profile's secrets live ("secrets stored in plain text at PATH"); "" for other sources.
    QString storage;
    bool plaintextSecrets = false;
    // The password of profile.proxy when it has a user (kept in the same secret store); never shown.
    QString proxyPassword;
    QString error;

    bool isOk() const { return error.isEmpty() && credentials.isComplete(); }
};
