#pragma once

#include "core/model/AudioTaskRequest.h"

#include <QList>
#include <QString>
#include <optional>

// What the form held when it was last changed, kept in the settings so that a restart loses nothing the
// user typed: the request, the number of variations and the reference lists as they were (local files
// with the id of their upload).
struct FormDraft
{
    struct Reference
    {
        bool video = false; // in the video list, else the audio list
        QString type; // "Url", "FileId" or "Local"
        QString value; // the URL, the FileId or the local path
        qint64 uploadId = 0; // "Local": the UploadQueue id
    };

    AudioTaskRequest request;
    int variations = 1;
    QList<Reference> references;

    void save() const;
    // The saved draft; nullopt when there is none.
    static std::optional<FormDraft> load();
    static void clear();
};
