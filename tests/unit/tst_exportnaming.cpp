// The names of exports: the naming template and its tokens, file names every file system accepts,
// the UCS pick list and FXName, and the format a name or a keyword stands for.
#include "core/audio/ExportFormat.h"
#include "core/audio/NamingTemplate.h"
#include "core/audio/UcsCategories.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestExportNaming : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryToken();
    void defaultTemplateAndUcsPreset();
    void valuesCannotReachAnotherFolder();
    void badTemplates_data();
    void badTemplates();
    void safeFileName_data();
    void safeFileName();
    void longNamesAreCutBetweenCharacters();
    void ucsListAndLookup();
    void ucsSuggestion_data();
    void ucsSuggestion();
    void fxName_data();
    void fxName();
    void formatsFromNamesAndExtensions();

private:
    static ExportSource source();
};

ExportSource TestExportNaming::source()
{
    ExportSource s;
    s.path = u"/library/x.wav"_s;
    s.prompt = u"Fireworks during Spring Festival"_s;
    s.model = u"MiniMaxMusic 2.6"_s;
    s.taskId = u"1500012345-AigcAudioTask-da05d9fft"_s;
    s.variation = 3;
    s.rating = 5;
    s.createdAt = QDateTime(QDate(2026, 2, 17), QTime(23, 59));
    return s;
}

void TestExportNaming::rendersEveryToken()
{
    const NamingTemplate t(u"{date} {prompt} [{model}] #{variation} {taskid} r{rating} {catid} {fxname}"_s);
    QVERIFY(t.isValid());
    QCOMPARE(t.render(source(), u"frwkmisc"_s, QDateTime()),
        u"2026-02-17 Fireworks during Spring Festival [MiniMaxMusic 2.6] #03 "
        u"1500012345-AigcAudioTask-da05d9fft "
        "r5 FRWKMisc Fireworks During Spring"_s);
    // An unknown creation time: the export's date stands for it.
    ExportSource s = source();
    s.createdAt = {};
    QCOMPARE(NamingTemplate(u"{date}"_s).render(s, {}, QDateTime(QDate(2027, 1, 5), QTime(1, 0))),
        u"2027-01-05"_s);
    QVERIFY(t.uses(u"catid"_s));
    QVERIFY(!NamingTemplate(u"{prompt}"_s).uses(u"catid"_s));
}

void TestExportNaming::defaultTemplateAndUcsPreset()
{
    QCOMPARE(NamingTemplate().render(source(), {}, {}),
        u"Fireworks during Spring Festival_03_1500012345-AigcAudioTask-da05d9fft"_s);
    QCOMPARE(NamingTemplate(NamingTemplate::ucsPreset()).render(source(), u"FRWKMisc"_s, {}),
        u"FRWKMisc_Fireworks During Spring 03_AIGC_MiniMaxMusic 2.6"_s);
}

void TestExportNaming::valuesCannotReachAnotherFolder()
{
    ExportSource s = source();
    s.prompt = u"../../etc/passwd\\evil\nname: \"x\" <y> | z? *"_s;
    const QString name = NamingTemplate(u"{prompt}"_s).render(s, {}, {});
    QCOMPARE(name, u"etc-passwd-evil name- -x- -y- - z- -"_s);
    QVERIFY(!name.contains(u'/') && !name.contains(u'\\') && !name.contains(u'\n'));
    s.prompt = u"..."_s;
    QCOMPARE(NamingTemplate(u"{prompt}"_s).render(s, {}, {}), u"audio"_s);
}

void TestExportNaming::badTemplates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown token") << u"{prompt}_{Prompt}"_s
                                   << u"unknown token {Prompt}; the tokens are {prompt}, {date}, {model}, "
                                      "{variation}, {taskid}, {rating}, {catid}, {fxname}"_s;
    QTest::newRow("empty token") << u"{}"_s << u"unknown token {}; the tokens are {prompt}"_s;
    QTest::newRow("unclosed") << u"{prompt"_s
                              << u"\"{\" at position 1 is not closed; tokens are written like {prompt}"_s;
    QTest::newRow("stray close") << u"a}b"_s << u"\"}\" at position 2 closes no token"_s;
    QTest::newRow("folder") << u"sfx\\{prompt}"_s
                            << u"must not contain \"\\\": it names a file, not a folder"_s;
    QTest::newRow("empty") << u"  "_s
                           << u"is empty; write a template such as {prompt}_{variation}_{taskid}"_s;
}

void TestExportNaming::badTemplates()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const NamingTemplate t(text);
    QVERIFY(!t.isValid());
    const ValidationIssues issues = t.issues(u"name"_s);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, u"name"_s);
    QVERIFY2(issues.first().message.startsWith(message), qPrintable(issues.first().message));
    QCOMPARE(t.render(source(), {}, {}), u"audio"_s);
}

void TestExportNaming::safeFileName_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"rain on a tin roof_01"_s << u"rain on a tin roof_01"_s;
    QTest::newRow("windows chars") << u"a<b>c:d\"e/f\\g|h?i*j"_s << u"a-b-c-d-e-f-g-h-i-j"_s;
    QTest::newRow("controls and tabs") << u"a\tb\nc\u0007d\u007Fe"_s << u"a b c d e"_s;
    QTest::newRow("bidi override, zero width") << u"evil\u202Eexe.wav\u200Bx"_s << u"evil exe.wav x"_s;
    QTest::newRow("leading dots and dashes") << u"..-.-hidden"_s << u"hidden"_s;
    QTest::newRow("trailing dots and spaces") << u"name. . "_s << u"name"_s;
    QTest::newRow("reserved device") << u"CON"_s << u"CON_"_s;
    QTest::newRow("reserved with extension") << u"nul.tar"_s << u"nul.tar_"_s;
    QTest::newRow("com port") << u"com1"_s << u"com1_"_s;
    QTest::newRow("not reserved") << u"console"_s << u"console"_s;
    QTest::newRow("chinese") << u"春节的烟花 / 夜晚"_s << u"春节的烟花 - 夜晚"_s;
    QTest::newRow("emoji kept whole") << u"rain 🌧 night"_s << u"rain 🌧 night"_s;
    QTest::newRow("lone surrogate") << (u"a"_s + QChar(0xD83C) + u"b"_s) << u"a b"_s;
    QTest::newRow("nothing left") << u" ./\\ "_s << u"audio"_s;
}

void TestExportNaming::safeFileName()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(NamingTemplate::safeFileName(in), out);
}

void TestExportNaming::longNamesAreCutBetweenCharacters()
{
    // Characters: at most kMaxNameLength.
    QCOMPARE(NamingTemplate::safeFileName(QString(500, u'a')).size(), NamingTemplate::kMaxNameLength);
    // Bytes: 3-byte characters stop at 200 bytes (66 characters), never in the middle of one.
    const QString cjk = NamingTemplate::safeFileName(QString(150, QChar(0x96E8)));
    QCOMPARE(cjk, QString(66, QChar(0x96E8)));
    // 4-byte characters (surrogate pairs) are never split.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += u"🎆"_s;
    const QString cut = NamingTemplate::safeFileName(emoji);
    QCOMPARE(cut.toUtf8().size(), 200);
    QVERIFY(!cut.back().isHighSurrogate());
    // The prompt token alone is cut at a word, so the tokens after it survive.
    ExportSource s = source();
    s.prompt = QString(40, u'x') + u" "_s + QString(40, u'y');
    QCOMPARE(NamingTemplate(u"{prompt}_{variation}"_s).render(s, {}, {}), QString(40, u'x') + u"_03"_s);
}

void TestExportNaming::ucsListAndLookup()
{
    const auto& all = UcsCategories::all();
    QVERIFY(all.size() > 250);
    QSet<QString> ids;
    QSet<QString> categories;
    for (const UcsCategories::Entry& e : all) {
        QVERIFY2(!ids.contains(e.catId.toLower()), qPrintable(e.catId));
        ids.insert(e.catId.toLower());
        categories.insert(e.category);
        QVERIFY(!e.catId.contains(u'_') && !e.catId.contains(u' '));
    }
    // Every category can be filed under its MISC or GENERAL entry (UCS gives SWOOSHES none).
    categories.remove(u"SWOOSHES"_s);
    for (const QString& c : categories) {
        bool generic = false;
        for (const UcsCategories::Entry& e : all)
            generic = generic
                || (e.category == c && (e.subCategory == "MISC"_L1 || e.subCategory == "GENERAL"_L1));
        QVERIFY2(generic, qPrintable(c));
    }
    const auto rain = UcsCategories::find(u"rainmetl"_s);
    QVERIFY(rain);
    QCOMPARE(rain->catId, u"RAINMetl"_s);
    QCOMPARE(rain->category, u"RAIN"_s);
    QCOMPARE(rain->subCategory, u"METAL"_s);
    QVERIFY(!UcsCategories::find(u"RAINXyz"_s));
    QVERIFY(!UcsCategories::find({}));
}

void TestExportNaming::ucsSuggestion_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("catId");
    QTest::newRow("rain") << u"rain on a tin roof at night"_s << u"RAIN"_s;
    QTest::newRow("fireworks") << u"fireworks during Spring Festival"_s << u"FRWKMisc"_s;
    QTest::newRow("thunder") << u"distant thunder rolling"_s << u"THUN"_s;
    QTest::newRow("footsteps") << u"footsteps on gravel"_s << u"FEETMisc"_s;
    QTest::newRow("waterfall") << u"a roaring waterfall"_s << u"WATRFall"_s;
    QTest::newRow("wind gust") << u"wind gusts through a canyon"_s << u"WINDGust"_s;
    QTest::newRow("nothing") << u"a calm piece for a tea house"_s << QString();
    QTest::newRow("chinese") << u"春节的烟花"_s << QString();
}

void TestExportNaming::ucsSuggestion()
{
    QFETCH(QString, prompt);
    QFETCH(QString, catId);
    QCOMPARE(UcsCategories::suggest(prompt), catId);
}

void TestExportNaming::fxName_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("name");
    QTest::newRow("title case") << u"rain on a tin roof"_s << u"Rain On A Tin Roof"_s;
    QTest::newRow("at most 25, at a word")
        << u"rain on a tin roof, at night, heavy"_s << u"Rain On A Tin Roof At"_s;
    QTest::newRow("no underscores or punctuation") << u"door_slam (heavy)!"_s << u"Door Slam Heavy"_s;
    QTest::newRow("apostrophe dropped") << u"dragon's roar"_s << u"Dragons Roar"_s;
    QTest::newRow("one long word") << u"Supercalifragilisticexpialidocious"_s
                                   << u"Supercalifragilisticexpia"_s;
    QTest::newRow("chinese") << u"春节的烟花"_s << u"春节的烟花"_s;
    QTest::newRow("empty") << u"!!!"_s << QString();
}

void TestExportNaming::fxName()
{
    QFETCH(QString, prompt);
    QFETCH(QString, name);
    QCOMPARE(UcsCategories::fxName(prompt), name);
    QVERIFY(UcsCategories::fxName(prompt).size() <= UcsCategories::kMaxFxNameLength);
}

void TestExportNaming::formatsFromNamesAndExtensions()
{
    using C = ExportFormat::Container;
    QCOMPARE(ExportFormat::fromName(u"WAV"_s), C::Wav);
    QCOMPARE(ExportFormat::fromName(u"flac"_s), C::Flac);
    QCOMPARE(ExportFormat::fromName(u"mp3"_s), C::Mp3);
    QCOMPARE(ExportFormat::fromName(u"vorbis"_s), C::OggVorbis);
    QCOMPARE(ExportFormat::fromName(u"ogg"_s), C::OggVorbis);
    QCOMPARE(ExportFormat::fromName(u"opus"_s), C::OggOpus);
    QCOMPARE(ExportFormat::fromName(u"aiff"_s), std::nullopt);
    QCOMPARE(ExportFormat::fromPath(u"/a/b/Rain.WAV"_s), C::Wav);
    QCOMPARE(ExportFormat::fromPath(u"x.oga"_s), C::OggVorbis);
    QCOMPARE(ExportFormat::fromPath(u"x.opus"_s), C::OggOpus);
    QCOMPARE(ExportFormat::fromPath(u"x.vorbis"_s), std::nullopt);
    QCOMPARE(ExportFormat::fromPath(u"noext"_s), std::nullopt);
    QCOMPARE(ExportFormat::fromPath(u"x.xyz"_s), std::nullopt);
    for (C c : ExportFormat::all())
        QCOMPARE(ExportFormat::fromPath(u"x."_s + ExportFormat::extension(c)), c);
    QCOMPARE(ExportFormat::extensionList(), u"wav, flac, mp3, ogg, opus"_s);
    QVERIFY(ExportFormat::supportsRate(C::Mp3, 48000));
    QVERIFY(!ExportFormat::supportsRate(C::Mp3, 96000));
    QVERIFY(!ExportFormat::supportsRate(C::OggOpus, 44100));
    QVERIFY(ExportFormat::supportsRate(C::Flac, 96000));
    QVERIFY(!ExportFormat::supportsEncoding(C::Flac, ExportFormat::Encoding::Float32));
    QVERIFY(ExportFormat::supportsEncoding(C::Wav, ExportFormat::Encoding::Float32));
    QCOMPARE(ExportFormat::encodingFromBits(24), ExportFormat::Encoding::Pcm24);
    QCOMPARE(ExportFormat::encodingFromBits(8), std::nullopt);
}

QTEST_GUILESS_MAIN(TestExportNaming)
#include "tst_exportnaming.moc"
