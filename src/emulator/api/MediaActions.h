#pragma once

#include "emulator/api/ActionContext.h"
#include "emulator/http/EmulatorConfig.h"
#include "emulator/synth/OutputRenderer.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class MediaStore;
class TaskStore;
struct UploadedMedia;

// DescribeMediaInfos over the media library of the emulated account: uploaded files (MediaStore) and
// the Permanent outputs of its tasks (TaskStore); and whether a FileId a request names exists.
class MediaActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiReply&)>;

    MediaActions(const EmulatorConfig& config, TaskStore* store, OutputRenderer* renderer, MediaStore* media,
        QObject* parent = nullptr);

    void describeMediaInfos(const QJsonObject& params, ActionContext c, const Done& done);
    // A FileId a task may reference: uploaded media or a Permanent output of the same SubAppId.
    bool fileIdExists(const QString& fileId, const ActionContext& c) const;

private:
    QJsonObject uploadedMediaInfo(const UploadedMedia& media, const ActionContext& c) const;

    const EmulatorConfig& m_config;
    TaskStore* m_store;
    OutputRenderer* m_renderer;
    MediaStore* m_media;
};
