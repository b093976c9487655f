#pragma once

#include "emulator/api/ActionContext.h"
#include "emulator/http/EmulatorConfig.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class MediaStore;
class TaskStore;

// ApplyUpload (temporary object-storage credentials scoped to one key) and CommitUpload (the object
// becomes a media file with a FileId) of the emulated service; the object storage in between is
// ObjectStorage.
class UploadActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiReply&)>;

    UploadActions(
        const EmulatorConfig& config, TaskStore* store, MediaStore* media, QObject* parent = nullptr);

    void applyUpload(const QJsonObject& params, ActionContext c, const Done& done);
    void commitUpload(const QJsonObject& params, ActionContext c, const Done& done);

private:
    const EmulatorConfig& m_config;
    TaskStore* m_store;
    MediaStore* m_media;
};
