#pragma once

#include "emulator/http/EmulatorConfig.h"
#include "emulator/http/IncomingRequest.h"
#include "emulator/storage/MediaStore.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

class Clock;
class MediaStore;
struct UploadSession;

// The emulated object storage (COS) behind ApplyUpload, on the emulator's own port. A request is for
// it when its Host is <bucket>.cos.<region>.myqcloud.com[:port] or, path-style, when it is a PUT, or a
// POST/GET/DELETE outside "/" and "/files/". Authenticates like COS (q-sign-algorithm=sha1, the
// signature recomputed with CosSigner, x-cos-security-token = the temporary credential's Token, the
// key-time window, the credential's expiry, the session's object key) and answers COS's XML:
// PutObject, InitiateMultipartUpload, UploadPart, CompleteMultipartUpload, ListParts,
// AbortMultipartUpload and ListMultipartUploads. Errors are COS's <Error> documents.
class ObjectStorage
{
    Q_DECLARE_TR_FUNCTIONS(ObjectStorage)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Route
    {
        QString bucket; // empty: path-style (not checked)
        QString region;
        QString key; // object key, no leading '/'; empty for bucket operations
        // PutObject, InitiateMultipartUpload, UploadPart, CompleteMultipartUpload, ListParts,
        // AbortMultipartUpload, ListMultipartUploads, or what is not emulated (GetObject, HeadObject...)
        QString operation;
        QString host() const;
    };

    struct Reply
    {
        int status = 200;
        Headers headers;
        QByteArray body;
        QString result; // "OK" or the error code, for the log
        QString secretId;
    };

    ObjectStorage(Clock* clock, MediaStore* store);

    // nullopt: not an object-storage request.
    static std::optional<Route> route(const IncomingRequest& request);
    // The operations faults can name (FaultConfig::actions), "Cos" meaning all of them.
    static const QStringList& operations();
    static bool isOperation(const QString& name) { return operations().contains(name); }

    Reply handle(const IncomingRequest& request, const Route& route);

    // A COS error document with its status, x-cos-request-id and Content-Type.
    static Reply error(int status, const QString& code, const QString& message, const QString& resource,
        const QByteArray& requestId);
    static QByteArray newRequestId();

private:
    Reply fail(int status, const QString& code, const QString& message) const;
    // The session whose temporary credentials signed the request, or an error.
    UploadSession* authenticate(const IncomingRequest& request, Reply* error);
    Reply putObject(const IncomingRequest& request, UploadSession& session);
    Reply initiate(UploadSession& session);
    Reply uploadPart(const IncomingRequest& request, UploadSession& session);
    Reply complete(const IncomingRequest& request, UploadSession& session);
    Reply listParts(const IncomingRequest& request, UploadSession& session);
    Reply abort(const IncomingRequest& request, UploadSession& session);
    Reply listUploads(const IncomingRequest& request, UploadSession& session);
    bool checkContentMd5(const IncomingRequest& request, Reply* error) const;
    static MediaStore::Body bodyOf(const IncomingRequest& request);
    Reply xml(const QByteArray& body, int status = 200) const;
    void persist();

    Clock* m_clock;
    MediaStore* m_store;
    // Per request:
    Route m_route;
    QByteArray m_requestId;
    QString m_resource;
};
