#pragma once

#include <QtGlobal>

// How far one upload is: bytes the server has (or is receiving), the recent rate and the time left.
struct UploadProgress
{
    qint64 bytesSent = 0;
    qint64 totalBytes = 0;
    double bytesPerSecond = 0; // over the last few seconds; 0 until measured
    qint64 etaMs = -1; // -1: unknown
    int partsDone = 0;
    int partsTotal = 0; // 1 for a single PUT

    double fraction() const { return totalBytes > 0 ? double(bytesSent) / double(totalBytes) : 0.0; }
};
