#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One sound to export: the file it is read from (never modified) and what is known about it, for the
// naming template's tokens and the metadata written into the export. A history row gives all of it
// (ExportSources in core/tasks); any other audio file gives at least its path.
struct ExportSource
{
    QString path; // the audio file (WAV, MP3, FLAC, Ogg... anything libsndfile reads)
    QString prompt; // {prompt}; the bext Description, the title tag
    QString model; // {model}: "Kling", "MiniMaxMusic 2.6"...
    QString taskId; // {taskid}
    int variation = 1; // {variation}: #1..#N among the takes of one request
    int rating = 0; // {rating}: 0..5 stars
    QDateTime createdAt; // {date}; the origination date and time; invalid = the export's time
    QByteArray requestJson; // the request body as sent: iXML, or the comment of compressed formats

    bool operator==(const ExportSource&) const = default;
};
