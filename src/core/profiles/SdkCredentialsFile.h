#pragma once

#include "core/signing/Credentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The SDKs' shared credentials file (spec §8): ~/.tencentcloud/credentials, INI, a [default] section
// (and others by name) with secret_id, secret_key and token. Parsed here rather than with QSettings,
// which rewrites some values: spaces around '=' (or ':'), '#' and ';' comments, CRLF, a UTF-8 BOM and
// quotes around values are tolerated; keys are case-insensitive. Pure: the home directory is injected.
class SdkCredentialsFile
{
    Q_DECLARE_TR_FUNCTIONS(SdkCredentialsFile)

public:
    using Section = QMap<QString, QString>; // lower-case key -> value

    struct Parsed
    {
        QStringList sectionNames; // in file order
        QMap<QString, Section> sections;
        QString error; // "line 4: ..." (never quotes a value)
    };

    struct Entry
    {
        QString section;
        bool found = false; // the file exists and has that section
        Credentials credentials;
        QString path;
        // Set when the file exists but is unusable; names the file ("~/.tencentcloud/credentials").
        QString error;

        bool isUsable() const { return found && error.isEmpty(); }
    };

    explicit SdkCredentialsFile(const QString& homeDir);

    QString filePath() const; // <home>/.tencentcloud/credentials
    QString displayPath() const; // ~/.tencentcloud/credentials
    bool exists() const;

    // The section names, or an error naming the file.
    QStringList sections(QString* error = nullptr) const;
    Entry read(const QString& section = QStringLiteral("default")) const;

    static Parsed parse(const QByteArray& data);

private:
    QString m_homeDir;
};
