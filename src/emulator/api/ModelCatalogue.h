#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The models the emulator knows (spec §4): name, the ModelVersions it accepts ("" = the stable version,
// always accepted), the one scene it serves and the duration it renders when OutputConfig.Duration is
// unset or 0.
class ModelCatalogue
{
public:
    struct Model
    {
        QString name;
        QStringList versions;
        QString scene; // sfx | music
        int defaultDurationSeconds = 6;
    };

    static const QList<Model>& models();
    static const Model* find(const QString& name);
    static QStringList names();
    // The model used when ModelName is empty: Kling for sfx (and no scene), MiniMaxMusic for music.
    static const Model& defaultFor(const QString& scene);
    static int defaultDuration(const QString& scene) { return scene == QStringLiteral("music") ? 30 : 6; }
};
