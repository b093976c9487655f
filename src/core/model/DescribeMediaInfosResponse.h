#pragma once

#include "core/model/MediaInfo.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The answer of DescribeMediaInfos (spec §6): the media VOD knows, and the FileIds it does not.
struct DescribeMediaInfosResponse
{
    // At most this many FileIds per call.
    static constexpr int kMaxFileIds = 20;

    QList<MediaInfo> mediaInfoSet;
    QStringList notExistFileIdSet;
    QString requestId;

    // The entry of this FileId, or nullptr.
    const MediaInfo* find(const QString& fileId) const;

    static DescribeMediaInfosResponse fromJson(const QJsonObject& response);
};
