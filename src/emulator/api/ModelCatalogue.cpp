#include "emulator/api/ModelCatalogue.h"

using namespace Qt::StringLiterals;

const QList<ModelCatalogue::Model>& ModelCatalogue::models()
{
    static const QList<Model> list {
        { u"Kling"_s, {}, u"sfx"_s, 6 },
        { u"MiniMaxMusic"_s, { u"2.0"_s, u"2.5"_s, u"2.6"_s }, u"music"_s, 30 },
        { u"GL"_s, { u"3.0-clip"_s, u"3.0-pro"_s }, u"music"_s, 30 },
    };
    return list;
}

const ModelCatalogue::Model* ModelCatalogue::find(const QString& name)
{
    for (const Model& m : models()) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

QStringList ModelCatalogue::names()
{
    QStringList n;
    for (const Model& m : models())
        n.append(m.name);
    return n;
}

const ModelCatalogue::Model& ModelCatalogue::defaultFor(const QString& scene)
{
    return scene == "music"_L1 ? models().at(1) : models().at(0);
}
