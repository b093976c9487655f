#pragma once

#include "core/signing/CosCredentials.h"

#include <QList>
#include <QString>
#include <optional>

// One upload of a local file to VOD as the history database keeps it (UploadStore), so that an
// upload interrupted by a crash or a quit resumes where it stopped.
struct UploadRecord
{
    enum class State
    {
        Applying, // ApplyUpload not answered yet
        Uploading, // object storage upload under way (simple PUT or multipart)
        Committing, // uploaded, CommitUpload not answered yet
        Done, // fileId is set
        Failed,
        Cancelled
    };

    struct Part
    {
        int number = 0; // 1-based
        QByteArray etag; // as the server answered it, quotes included
        qint64 size = 0;
    };

    qint64 id = 0;
    QString filePath; // absolute
    qint64 fileSize = 0;
    qint64 fileModifiedMs = 0; // to notice a file changed between two runs
    QString mediaType; // the extension, ApplyUpload's MediaType
    QString mediaName;
    qint64 classId = 0;
    std::optional<quint64> subAppId;
    QString endpoint; // the VOD endpoint it was applied at
    QString profileName;
    State state = State::Applying;
    // From ApplyUpload:
    QString vodSessionKey;
    QString bucket;
    QString region;
    QString storagePath; // the object key, leading '/'
    CosCredentials credentials; // wiped once the upload is over
    // Multipart only:
    QString multipartUploadId;
    qint64 partSize = 0;
    QList<Part> parts; // the parts the server has confirmed, by number
    // The result:
    QString fileId;
    QString mediaUrl;
    QString error;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool isFinished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled;
    }
    bool isMultipart() const { return !multipartUploadId.isEmpty(); }
    qint64 confirmedBytes() const;
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
};
