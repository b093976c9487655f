#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Fault injection for tests of the client (docs/emulator.md, "Faults"). Every rate is a probability
// from 0 to 1 per matching request; the dice come from one generator seeded with `seed`, so a given
// sequence of requests meets the same faults every run.
struct FaultConfig
{
    // Where a fault strikes. Before: the request is read and then failed; nothing is executed, nothing
    // is created. After: the action runs (a CreateAigcAudioTask creates its task) and then its answer is
    // lost or replaced: the ambiguous case a client must reconcile.
    enum class Stage
    {
        Before,
        After
    };

    double faultRate = 0.0; // answer an API error (one of faultCodes) instead
    QStringList faultCodes { QStringLiteral("InternalError") };
    double dropRate = 0.0; // close the connection without answering
    double truncateRate = 0.0; // status line + full Content-Length, then half the body, then close
    double httpErrorRate = 0.0; // an HTTP error status (one of httpErrorStatuses) with an HTML body
    QList<int> httpErrorStatuses { 500, 502 };
    int latencyMs = 0; // added to every matching request
    double latencySpikeRate = 0.0;
    int latencySpikeMs = 0; // added on top of latencyMs with latencySpikeRate
    // API actions the faults apply to; empty = every action. The pseudo-action "File" adds the
    // downloads of generated files (latency, drop, truncate, HTTP error); object-storage requests are
    // only faulted when named: PutObject, InitiateMultipartUpload, UploadPart, CompleteMultipartUpload,
    // ListParts, AbortMultipartUpload, ListMultipartUploads, or "Cos" for all of them.
    QStringList actions;
    Stage stage = Stage::Before;
    quint64 seed = 0; // 0: a random seed
    int limit = 0; // at most this many faults in all (latency excluded); 0 = no limit

    // The object-storage operations ("Cos" names them all).
    static const QStringList& cosOperations()
    {
        static const QStringList list { QStringLiteral("PutObject"),
            QStringLiteral("InitiateMultipartUpload"), QStringLiteral("UploadPart"),
            QStringLiteral("CompleteMultipartUpload"), QStringLiteral("ListParts"),
            QStringLiteral("AbortMultipartUpload"), QStringLiteral("ListMultipartUploads") };
        return list;
    }
    bool appliesTo(const QString& action) const
    {
        if (action == QStringLiteral("File"))
            return actions.contains(action);
        if (cosOperations().contains(action))
            return actions.contains(action) || actions.contains(QStringLiteral("Cos"));
        return actions.isEmpty() || actions.contains(action);
    }
    bool isActive() const
    {
        return faultRate > 0 || dropRate > 0 || truncateRate > 0 || httpErrorRate > 0 || latencyMs > 0
            || (latencySpikeRate > 0 && latencySpikeMs > 0);
    }
};
