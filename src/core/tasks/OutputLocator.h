#pragma once

#include "core/api/ApiError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class VodClient;

// Where the output of a finished task can be fetched from: its FileUrl, or, for a Permanent output
// known by its FileId, the MediaUrl that DescribeMediaInfos gives. Lookups asked in the same turn of
// the event loop share calls: one per SubAppId and 20 FileIds. The one place a FileId is looked up,
// for the app's library and the CLI alike.
class OutputLocator : public QObject
{
    Q_OBJECT

public:
    struct Wanted
    {
        QString taskId; // for messages
        QString fileId;
        QString fileUrl;
        QString storageMode;
        std::optional<quint64> subAppId;
    };
    // url is empty when error is set.
    using Found = std::function<void(const QUrl& url, const ApiError& error)>;

    explicit OutputLocator(VodClient* client, QObject* parent = nullptr);

    // True when the output must be looked up: a Permanent output with a FileId, or one without a URL.
    static bool needsLookup(const Wanted& wanted);
    // Calls found later from the event loop (or at once when no lookup is needed), unless context is
    // destroyed first. A failed lookup of an output that has a FileUrl of its own gives that URL.
    void locate(const Wanted& wanted, QObject* context, Found found);

private:
    struct Pending
    {
        Wanted wanted;
        QPointer<QObject> context;
        Found found;
    };
    void flush();

    QPointer<VodClient> m_client;
    QList<Pending> m_pending;
    bool m_scheduled = false;
};
