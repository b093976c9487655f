#include "core/model/AudioModelCatalog.h"

using namespace Qt::StringLiterals;

const QList<AudioModelCatalog::Model>& AudioModelCatalog::models()
{
    static const QList<Model> all {
        { u"Kling"_s, tr("Sound effects from text, or from a reference video"), { u"sfx"_s }, { QString() },
            { { tr("Video to sound effect: background music prompt"),
                  u"{\"bgm_prompt\": \"healing piano\"}"_s },
                { tr("ASMR mode"), u"{\"asmr_mode\": true}"_s } } },
        { u"MiniMaxMusic"_s, tr("Music, with optional lyrics"), { u"music"_s },
            { u"2.6"_s, u"2.5"_s, u"2.0"_s },
            { { tr("Lyrics"),
                u"{\"lyrics\": \"[verse]\\nLanterns glow along the river\\n[chorus]\\nHappy new year\"}"_s } } },
        { u"GL"_s, tr("Music (documented for the sibling MPS product)"), { u"music"_s },
            { u"3.0-pro"_s, u"3.0-clip"_s }, {} },
    };
    return all;
}

const AudioModelCatalog::Model* AudioModelCatalog::find(const QString& name)
{
    for (const Model& m : models()) {
        if (m.name.compare(name, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QList<QPair<QString, QString>> AudioModelCatalog::examplePrompts()
{
    return {
        { u"sfx"_s, tr("Fireworks during Spring Festival celebrations") },
        { u"sfx"_s, tr("Rain on a tin roof at night, distant thunder") },
        { u"sfx"_s, tr("Footsteps on gravel, slow and heavy") },
        { u"sfx"_s, tr("A temple bell ringing once in the mountains") },
        { u"sfx"_s, tr("A sports car engine revving and speeding away") },
        { u"sfx"_s, tr("Crackling campfire with wind in the pines") },
        { u"music"_s, tr("A calm piano piece for a tea house, healing mood") },
        { u"music"_s, tr("Epic orchestral battle theme, fast and tense") },
        { u"music"_s, tr("Happy festive melody with guzheng and drums") },
    };
}
