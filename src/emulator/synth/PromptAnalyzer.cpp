#include "emulator/synth/PromptAnalyzer.h"

#include "emulator/synth/SynthRequest.h"

#include <QList>
#include <algorithm>

using namespace Qt::StringLiterals;

QString PromptAnalysis::label() const
{
    QString text;
    if (music)
        text = u"music:"_s + mode;
    for (const QString& family : families)
        text += (text.isEmpty() ? QString() : u"+"_s) + family;
    return text.isEmpty() ? u"ambience"_s : text;
}

namespace {

enum class Kind
{
    Music,
    Family,
    Mood,
    Tag
};

struct Keyword
{
    const char16_t* word; // trailing '*' = prefix match (English)
    Kind kind;
    const char16_t* value; // family / mood / tag; "a+b" for two families
};

// Order matters for families: earlier entries claim their text first, so "fireworks" is not also
// "fire", "wind chimes" not "wind", and "中国风" (Chinese style) not 风 (wind).
const Keyword kKeywords[] = {
    // Music words (claimed first).
    { u"music", Kind::Music, u"" },
    { u"musical", Kind::Music, u"" },
    { u"song", Kind::Music, u"" },
    { u"melod*", Kind::Music, u"" },
    { u"piano", Kind::Music, u"piano" },
    { u"guitar", Kind::Music, u"guitar" },
    { u"tune", Kind::Music, u"" },
    { u"bgm", Kind::Music, u"" },
    { u"soundtrack", Kind::Music, u"" },
    { u"orchestra*", Kind::Music, u"" },
    { u"jazz*", Kind::Music, u"" },
    { u"lofi", Kind::Music, u"" },
    { u"lo-fi", Kind::Music, u"" },
    { u"ballad", Kind::Music, u"" },
    { u"chord*", Kind::Music, u"" },
    { u"flute", Kind::Music, u"flute" },
    { u"guzheng", Kind::Music, u"guzheng" },
    { u"lullaby", Kind::Music, u"" },
    { u"背景音乐", Kind::Music, u"" },
    { u"音乐", Kind::Music, u"" },
    { u"钢琴", Kind::Music, u"piano" },
    { u"吉他", Kind::Music, u"guitar" },
    { u"古筝", Kind::Music, u"guzheng" },
    { u"中国风", Kind::Music, u"chinese" },
    { u"古风", Kind::Music, u"chinese" },
    { u"旋律", Kind::Music, u"" },
    { u"配乐", Kind::Music, u"" },
    { u"乐曲", Kind::Music, u"" },
    { u"歌曲", Kind::Music, u"" },
    { u"曲子", Kind::Music, u"" },
    { u"笛", Kind::Music, u"flute" },
    { u"二胡", Kind::Music, u"chinese" },
    { u"摇篮曲", Kind::Music, u"" },

    // Fireworks and explosions.
    { u"firework*", Kind::Family, u"fireworks" },
    { u"firecracker*", Kind::Family, u"fireworks" },
    { u"explosion", Kind::Family, u"fireworks" },
    { u"explod*", Kind::Family, u"fireworks" },
    { u"blast", Kind::Family, u"fireworks" },
    { u"烟花", Kind::Family, u"fireworks" },
    { u"烟火", Kind::Family, u"fireworks" },
    { u"焰火", Kind::Family, u"fireworks" },
    { u"礼花", Kind::Family, u"fireworks" },
    { u"鞭炮", Kind::Family, u"fireworks" },
    { u"爆竹", Kind::Family, u"fireworks" },
    { u"爆炸", Kind::Family, u"fireworks" },
    // Bells and chimes.
    { u"wind chime*", Kind::Family, u"bells" },
    { u"windchime*", Kind::Family, u"bells" },
    { u"chime*", Kind::Family, u"bells" },
    { u"bell", Kind::Family, u"bells" },
    { u"gong", Kind::Family, u"bells" },
    { u"风铃", Kind::Family, u"bells" },
    { u"钟", Kind::Family, u"bells" },
    { u"铃", Kind::Family, u"bells" },
    // Engines and vehicles.
    { u"engine", Kind::Family, u"engine" },
    { u"car", Kind::Family, u"engine" },
    { u"motor*", Kind::Family, u"engine" },
    { u"truck", Kind::Family, u"engine" },
    { u"traffic", Kind::Family, u"engine" },
    { u"vehicle", Kind::Family, u"engine" },
    { u"racing", Kind::Family, u"engine" },
    { u"race car", Kind::Family, u"engine" },
    { u"火车", Kind::Family, u"engine" },
    { u"汽车", Kind::Family, u"engine" },
    { u"引擎", Kind::Family, u"engine" },
    { u"发动机", Kind::Family, u"engine" },
    { u"摩托", Kind::Family, u"engine" },
    { u"马达", Kind::Family, u"engine" },
    { u"赛车", Kind::Family, u"engine" },
    { u"卡车", Kind::Family, u"engine" },
    { u"车", Kind::Family, u"engine" },
    // Thunder and storms (a storm brings rain).
    { u"thunderstorm", Kind::Family, u"thunder+rain" },
    { u"thunder*", Kind::Family, u"thunder" },
    { u"lightning", Kind::Family, u"thunder" },
    { u"storm", Kind::Family, u"thunder+rain" },
    { u"雷雨", Kind::Family, u"thunder+rain" },
    { u"暴风雨", Kind::Family, u"thunder+rain" },
    { u"雷", Kind::Family, u"thunder" },
    { u"闪电", Kind::Family, u"thunder" },
    // Rain.
    { u"rain*", Kind::Family, u"rain" },
    { u"drizzl*", Kind::Family, u"rain" },
    { u"downpour", Kind::Family, u"rain" },
    { u"雨", Kind::Family, u"rain" },
    // Fire.
    { u"campfire", Kind::Family, u"fire" },
    { u"bonfire", Kind::Family, u"fire" },
    { u"fireplace", Kind::Family, u"fire" },
    { u"fire", Kind::Family, u"fire" },
    { u"flame*", Kind::Family, u"fire" },
    { u"crackl*", Kind::Family, u"fire" },
    { u"burning", Kind::Family, u"fire" },
    { u"篝火", Kind::Family, u"fire" },
    { u"壁炉", Kind::Family, u"fire" },
    { u"燃烧", Kind::Family, u"fire" },
    { u"火", Kind::Family, u"fire" },
    // Water.
    { u"waterfall*", Kind::Family, u"water" },
    { u"water", Kind::Family, u"water" },
    { u"ocean", Kind::Family, u"water" },
    { u"sea", Kind::Family, u"water" },
    { u"seaside", Kind::Family, u"water" },
    { u"wave", Kind::Family, u"water" },
    { u"surf", Kind::Family, u"water" },
    { u"beach", Kind::Family, u"water" },
    { u"shore", Kind::Family, u"water" },
    { u"stream", Kind::Family, u"water" },
    { u"river", Kind::Family, u"water" },
    { u"brook", Kind::Family, u"water" },
    { u"creek", Kind::Family, u"water" },
    { u"fountain", Kind::Family, u"water" },
    { u"瀑布", Kind::Family, u"water" },
    { u"海浪", Kind::Family, u"water" },
    { u"海", Kind::Family, u"water" },
    { u"浪", Kind::Family, u"water" },
    { u"溪", Kind::Family, u"water" },
    { u"河", Kind::Family, u"water" },
    { u"泉", Kind::Family, u"water" },
    { u"水", Kind::Family, u"water" },
    // Wind.
    { u"wind", Kind::Family, u"wind" },
    { u"windy", Kind::Family, u"wind" },
    { u"breeze", Kind::Family, u"wind" },
    { u"gust*", Kind::Family, u"wind" },
    { u"howl*", Kind::Family, u"wind" },
    { u"blizzard", Kind::Family, u"wind" },
    { u"风", Kind::Family, u"wind" },
    // Footsteps.
    { u"footstep*", Kind::Family, u"footsteps" },
    { u"step", Kind::Family, u"footsteps" },
    { u"walk*", Kind::Family, u"footsteps" },
    { u"running", Kind::Family, u"footsteps" },
    { u"jogging", Kind::Family, u"footsteps" },
    { u"脚步", Kind::Family, u"footsteps" },
    { u"走路", Kind::Family, u"footsteps" },
    { u"跑步", Kind::Family, u"footsteps" },
    { u"行走", Kind::Family, u"footsteps" },
    // Birds.
    { u"bird*", Kind::Family, u"birds" },
    { u"chirp*", Kind::Family, u"birds" },
    { u"tweet*", Kind::Family, u"birds" },
    { u"sparrow", Kind::Family, u"birds" },
    { u"forest", Kind::Family, u"birds" },
    { u"鸟", Kind::Family, u"birds" },
    { u"森林", Kind::Family, u"birds" },
    { u"树林", Kind::Family, u"birds" },

    // Moods.
    { u"happy", Kind::Mood, u"happy" },
    { u"joy*", Kind::Mood, u"happy" },
    { u"cheer*", Kind::Mood, u"happy" },
    { u"upbeat", Kind::Mood, u"happy" },
    { u"bright", Kind::Mood, u"happy" },
    { u"fun", Kind::Mood, u"happy" },
    { u"playful", Kind::Mood, u"happy" },
    { u"festive", Kind::Mood, u"happy" },
    { u"festival", Kind::Mood, u"happy" },
    { u"celebrat*", Kind::Mood, u"happy" },
    { u"party", Kind::Mood, u"happy" },
    { u"欢快", Kind::Mood, u"happy" },
    { u"快乐", Kind::Mood, u"happy" },
    { u"开心", Kind::Mood, u"happy" },
    { u"喜庆", Kind::Mood, u"happy" },
    { u"活泼", Kind::Mood, u"happy" },
    { u"欢乐", Kind::Mood, u"happy" },
    { u"轻快", Kind::Mood, u"happy" },
    { u"sad", Kind::Mood, u"sad" },
    { u"melanchol*", Kind::Mood, u"sad" },
    { u"sorrow*", Kind::Mood, u"sad" },
    { u"lonely", Kind::Mood, u"sad" },
    { u"grief", Kind::Mood, u"sad" },
    { u"悲伤", Kind::Mood, u"sad" },
    { u"伤感", Kind::Mood, u"sad" },
    { u"忧伤", Kind::Mood, u"sad" },
    { u"难过", Kind::Mood, u"sad" },
    { u"孤独", Kind::Mood, u"sad" },
    { u"思念", Kind::Mood, u"sad" },
    { u"calm", Kind::Mood, u"calm" },
    { u"relax*", Kind::Mood, u"calm" },
    { u"peaceful", Kind::Mood, u"calm" },
    { u"gentle", Kind::Mood, u"calm" },
    { u"soothing", Kind::Mood, u"calm" },
    { u"sleep*", Kind::Mood, u"calm" },
    { u"meditat*", Kind::Mood, u"calm" },
    { u"healing", Kind::Mood, u"calm" },
    { u"lullaby", Kind::Mood, u"calm" },
    { u"chill", Kind::Mood, u"calm" },
    { u"lofi", Kind::Mood, u"calm" },
    { u"治愈", Kind::Mood, u"calm" },
    { u"放松", Kind::Mood, u"calm" },
    { u"安静", Kind::Mood, u"calm" },
    { u"平静", Kind::Mood, u"calm" },
    { u"舒缓", Kind::Mood, u"calm" },
    { u"冥想", Kind::Mood, u"calm" },
    { u"温柔", Kind::Mood, u"calm" },
    { u"睡眠", Kind::Mood, u"calm" },
    { u"摇篮曲", Kind::Mood, u"calm" },
    { u"epic", Kind::Mood, u"epic" },
    { u"heroic", Kind::Mood, u"epic" },
    { u"cinematic", Kind::Mood, u"epic" },
    { u"battle", Kind::Mood, u"epic" },
    { u"grand", Kind::Mood, u"epic" },
    { u"trailer", Kind::Mood, u"epic" },
    { u"powerful", Kind::Mood, u"epic" },
    { u"史诗", Kind::Mood, u"epic" },
    { u"激昂", Kind::Mood, u"epic" },
    { u"战斗", Kind::Mood, u"epic" },
    { u"宏大", Kind::Mood, u"epic" },
    { u"震撼", Kind::Mood, u"epic" },
    { u"热血", Kind::Mood, u"epic" },
    { u"tense", Kind::Mood, u"tense" },
    { u"dark", Kind::Mood, u"tense" },
    { u"horror", Kind::Mood, u"tense" },
    { u"scary", Kind::Mood, u"tense" },
    { u"myster*", Kind::Mood, u"tense" },
    { u"suspense*", Kind::Mood, u"tense" },
    { u"悬疑", Kind::Mood, u"tense" },
    { u"紧张", Kind::Mood, u"tense" },
    { u"恐怖", Kind::Mood, u"tense" },
    { u"神秘", Kind::Mood, u"tense" },
    { u"黑暗", Kind::Mood, u"tense" },
    { u"romantic", Kind::Mood, u"romantic" },
    { u"love", Kind::Mood, u"romantic" },
    { u"wedding", Kind::Mood, u"romantic" },
    { u"sweet", Kind::Mood, u"romantic" },
    { u"浪漫", Kind::Mood, u"romantic" },
    { u"爱情", Kind::Mood, u"romantic" },
    { u"甜蜜", Kind::Mood, u"romantic" },
    { u"婚礼", Kind::Mood, u"romantic" },

    // Modifier tags.
    { u"heavy", Kind::Tag, u"heavy" },
    { u"downpour", Kind::Tag, u"heavy" },
    { u"暴雨", Kind::Tag, u"heavy" },
    { u"大雨", Kind::Tag, u"heavy" },
    { u"大风", Kind::Tag, u"heavy" },
    { u"狂风", Kind::Tag, u"heavy" },
    { u"strong", Kind::Tag, u"heavy" },
    { u"light", Kind::Tag, u"light" },
    { u"drizzl*", Kind::Tag, u"light" },
    { u"gentle", Kind::Tag, u"light" },
    { u"soft", Kind::Tag, u"light" },
    { u"小雨", Kind::Tag, u"light" },
    { u"细雨", Kind::Tag, u"light" },
    { u"微风", Kind::Tag, u"light" },
    { u"毛毛雨", Kind::Tag, u"light" },
    { u"running", Kind::Tag, u"running" },
    { u"run", Kind::Tag, u"running" },
    { u"jogging", Kind::Tag, u"running" },
    { u"跑", Kind::Tag, u"running" },
    { u"gravel", Kind::Tag, u"gravel" },
    { u"snow*", Kind::Tag, u"gravel" },
    { u"sand", Kind::Tag, u"gravel" },
    { u"leaves", Kind::Tag, u"gravel" },
    { u"碎石", Kind::Tag, u"gravel" },
    { u"雪", Kind::Tag, u"gravel" },
    { u"沙", Kind::Tag, u"gravel" },
    { u"wood*", Kind::Tag, u"wood" },
    { u"stair*", Kind::Tag, u"wood" },
    { u"木", Kind::Tag, u"wood" },
    { u"楼梯", Kind::Tag, u"wood" },
    { u"ocean", Kind::Tag, u"ocean" },
    { u"sea", Kind::Tag, u"ocean" },
    { u"seaside", Kind::Tag, u"ocean" },
    { u"wave", Kind::Tag, u"ocean" },
    { u"surf", Kind::Tag, u"ocean" },
    { u"beach", Kind::Tag, u"ocean" },
    { u"shore", Kind::Tag, u"ocean" },
    { u"海", Kind::Tag, u"ocean" },
    { u"浪", Kind::Tag, u"ocean" },
    { u"沙滩", Kind::Tag, u"ocean" },
    { u"waterfall*", Kind::Tag, u"waterfall" },
    { u"瀑布", Kind::Tag, u"waterfall" },
    { u"wind chime*", Kind::Tag, u"chimes" },
    { u"windchime*", Kind::Tag, u"chimes" },
    { u"chime*", Kind::Tag, u"chimes" },
    { u"jingle*", Kind::Tag, u"chimes" },
    { u"风铃", Kind::Tag, u"chimes" },
    { u"铃", Kind::Tag, u"chimes" },
    { u"temple", Kind::Tag, u"temple" },
    { u"church", Kind::Tag, u"temple" },
    { u"gong", Kind::Tag, u"temple" },
    { u"寺", Kind::Tag, u"temple" },
    { u"庙", Kind::Tag, u"temple" },
    { u"钟声", Kind::Tag, u"temple" },
    { u"firecracker*", Kind::Tag, u"firecracker" },
    { u"鞭炮", Kind::Tag, u"firecracker" },
    { u"爆竹", Kind::Tag, u"firecracker" },
    { u"motorcycle*", Kind::Tag, u"motorcycle" },
    { u"motorbike*", Kind::Tag, u"motorcycle" },
    { u"摩托", Kind::Tag, u"motorcycle" },
    { u"truck", Kind::Tag, u"truck" },
    { u"train", Kind::Tag, u"truck" },
    { u"卡车", Kind::Tag, u"truck" },
    { u"火车", Kind::Tag, u"truck" },
    { u"racing", Kind::Tag, u"race" },
    { u"race", Kind::Tag, u"race" },
    { u"赛车", Kind::Tag, u"race" },
    { u"chinese", Kind::Tag, u"chinese" },
    { u"oriental", Kind::Tag, u"chinese" },
    { u"spring festival", Kind::Tag, u"chinese" },
    { u"春节", Kind::Tag, u"chinese" },
    { u"新年", Kind::Tag, u"chinese" },
    { u"江南", Kind::Tag, u"chinese" },
    { u"民乐", Kind::Tag, u"chinese" },
    { u"中国", Kind::Tag, u"chinese" },
    { u"night", Kind::Tag, u"night" },
    { u"夜", Kind::Tag, u"night" },
    { u"drum*", Kind::Tag, u"drums" },
    { u"鼓", Kind::Tag, u"drums" },
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x2E80; // CJK text has no word boundaries
}

bool isAsciiWord(const QString& word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Position of the first match of `keyword` in `text` (-1 if none) and its length in `*length`.
qsizetype findKeyword(const QString& text, const QString& keywordPattern, qsizetype* length)
{
    const bool prefix = keywordPattern.endsWith(u'*');
    const QString keyword = prefix ? keywordPattern.chopped(1) : keywordPattern;
    if (!isAsciiWord(keyword)) {
        const qsizetype pos = text.indexOf(keyword);
        *length = keyword.size();
        return pos;
    }
    static const QStringList kSuffixes = { u""_s, u"s"_s, u"es"_s, u"y"_s, u"ing"_s, u"ed"_s, u"ly"_s };
    qsizetype from = 0;
    while (true) {
        const qsizetype pos = text.indexOf(keyword, from);
        if (pos < 0)
            return -1;
        from = pos + 1;
        if (pos > 0 && isWordChar(text.at(pos - 1)))
            continue;
        qsizetype end = pos + keyword.size();
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const QString suffix = text.mid(pos + keyword.size(), end - pos - keyword.size());
        if (prefix || kSuffixes.contains(suffix)) {
            *length = end - pos;
            return pos;
        }
    }
}

} // namespace

quint64 PromptAnalyzer::hashPrompt(const QString& prompt)
{
    const QByteArray utf8 = prompt.simplified().toLower().toUtf8();
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : utf8) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

PromptAnalysis PromptAnalyzer::analyze(const SynthRequest& request)
{
    PromptAnalysis result;
    result.promptHash = hashPrompt(request.prompt);
    const QString text = request.prompt.simplified().toLower();
    QString work = text; // family/music matches are blanked out here as they are claimed

    struct Hit
    {
        qsizetype position;
        QString family;
    };
    QList<Hit> hits;
    bool musicWords = false;
    qsizetype moodPosition = -1;
    for (const Keyword& k : kKeywords) {
        const QString word = QString::fromUtf16(k.word);
        const QString value = QString::fromUtf16(k.value);
        qsizetype length = 0;
        if (k.kind == Kind::Music || k.kind == Kind::Family) {
            qsizetype pos;
            while ((pos = findKeyword(work, word, &length)) >= 0) {
                work.replace(pos, length, QString(length, u' '));
                if (k.kind == Kind::Music) {
                    musicWords = true;
                    if (!value.isEmpty())
                        result.tags.insert(value);
                } else {
                    for (const QString& family : value.split(u'+'))
                        hits.append({ pos, family });
                }
            }
        } else {
            const qsizetype pos = findKeyword(text, word, &length);
            if (pos < 0)
                continue;
            if (k.kind == Kind::Tag) {
                result.tags.insert(value);
            } else if (moodPosition < 0 || pos < moodPosition) {
                moodPosition = pos;
                result.mood = value;
            }
        }
    }
    if (result.mood.isEmpty())
        result.mood = u"neutral"_s;

    std::stable_sort(
        hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.position < b.position; });
    QStringList families;
    for (const Hit& hit : hits) {
        if (!families.contains(hit.family))
            families.append(hit.family);
    }

    result.music = request.scene.compare(u"music"_s, Qt::CaseInsensitive) == 0 || musicWords;
    if (result.music) {
        static const QStringList kAmbient = { u"rain"_s, u"water"_s, u"birds"_s, u"wind"_s, u"fire"_s };
        for (const QString& family : families) {
            if (kAmbient.contains(family)) {
                result.families = { family };
                break;
            }
        }
        if (result.hasTag(u"chinese"_s) || result.hasTag(u"guzheng"_s))
            result.mode = u"pentatonic"_s;
        else if (result.mood == u"happy"_s || result.mood == u"romantic"_s || result.mood == u"calm"_s)
            result.mode = u"major"_s;
        else if (result.mood == u"sad"_s || result.mood == u"epic"_s || result.mood == u"tense"_s)
            result.mode = u"minor"_s;
        else {
            static const QStringList kModes
                = { u"major"_s, u"minor"_s, u"dorian"_s, u"major"_s, u"pentatonic"_s };
            result.mode = kModes.at(qsizetype((result.promptHash >> 17) % quint64(kModes.size())));
        }
    } else {
        result.families = families.mid(0, 2);
    }
    return result;
}
