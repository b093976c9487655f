// The layout of src/ as docs/architecture.md describes it, checked on every run so that it stays true:
// no include goes up a layer, no file is over 700 lines, every source file is named in its CMakeLists
// (a moved file must not silently drop out of the build) and no CMakeLists under src/ globs.
#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The layer order, written once: a file may include from its own layer or a lower one (earlier in
// the list). Between the parts: core is below everything; the CLI and the emulator stand on core only;
// the app on core (and the emulator it starts).
const QList<QPair<QString, QStringList>> kLayers = {
    { u"core"_s, { u"support"_s, u"signing"_s, u"net"_s, u"model"_s, u"audio"_s, u"api"_s, u"profiles"_s,
                     u"uploads"_s, u"tasks"_s } },
    { u"emulator"_s, { u"synth"_s, u"storage"_s, u"http"_s, u"api"_s, u"server"_s } },
};
const QHash<QString, QStringList> kParts = {
    { u"core"_s, {} },
    { u"cli"_s, { u"core"_s } },
    { u"emulator"_s, { u"core"_s } },
    { u"app"_s, { u"core"_s, u"emulator"_s } },
};
constexpr int kMaxLines = 700;

QStringList sourceFiles()
{
    QStringList files;
    const QString root = TestPaths::sourceDir() + u"/src"_s;
    QDirIterator it(root, { u"*.cpp"_s, u"*.h"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(TestPaths::sourceDir() + u"/src"_s).relativeFilePath(it.next());
    files.sort();
    return files;
}

// -1 when the folder is not a layer of the part (files at the part's top are above every layer).
int layerOf(const QString& part, const QString& folder)
{
    for (const auto& [name, layers] : kLayers) {
        if (name == part)
            return layers.indexOf(folder);
    }
    return -1;
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void includesNeverGoUpALayer();
    void includesArePathsFromSrc();
    void noFileIsTooLong();
    void everySourceIsListed();
};

void TestArchitecture::includesNeverGoUpALayer()
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*\"([^\"]+)\""_s,
        QRegularExpression::MultilineOption);
    QStringList offences;
    for (const QString& file : sourceFiles()) {
        const QStringList from = file.split(u'/');
        const QString text
            = QString::fromUtf8(TestPaths::readFile(TestPaths::sourceDir() + u"/src/"_s + file));
        auto it = include.globalMatch(text);
        while (it.hasNext()) {
            const QString target = it.next().captured(1);
            const QStringList to = target.split(u'/');
            if (to.size() < 2 || !kParts.contains(to.first()))
                continue; // ui_X.h, X.moc: generated
            if (from.first() != to.first()) {
                if (!kParts.value(from.first()).contains(to.first()))
                    offences << file + u" includes "_s + target;
                continue;
            }
            // Within a part: a file in a layer folder may not include a higher layer, nor the part's top.
            const int fromLayer = from.size() > 2 ? layerOf(from[0], from[1]) : -1;
            if (fromLayer < 0)
                continue; // the part's top may include any of its layers
            const int toLayer = to.size() > 2 ? layerOf(to[0], to[1]) : -1;
            if (toLayer < 0 || toLayer > fromLayer)
                offences << file + u" ("_s + from[1] + u") includes "_s + target;
        }
    }
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
}

void TestArchitecture::includesArePathsFromSrc()
{
    // "core/api/VodClient.h", never "VodClient.h": a reader sees where it comes from.
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*\"([^\"]+)\""_s,
        QRegularExpression::MultilineOption);
    QStringList offences;
    for (const QString& file : sourceFiles()) {
        const QString text
            = QString::fromUtf8(TestPaths::readFile(TestPaths::sourceDir() + u"/src/"_s + file));
        auto it = include.globalMatch(text);
        while (it.hasNext()) {
            const QString target = it.next().captured(1);
            if (target.startsWith(u"ui_"_s) || target.endsWith(u".moc"_s))
                continue;
            if (!QFileInfo::exists(TestPaths::sourceDir() + u"/src/"_s + target))
                offences << file + u" includes "_s + target;
        }
    }
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
}

void TestArchitecture::noFileIsTooLong()
{
    QStringList offences;
    for (const QString& file : sourceFiles()) {
        const qsizetype lines
            = TestPaths::readFile(TestPaths::sourceDir() + u"/src/"_s + file).count('\n');
        if (lines > kMaxLines)
            offences << u"%1: %2 lines"_s.arg(file).arg(lines);
    }
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
}

void TestArchitecture::everySourceIsListed()
{
    // Each file is named (by its path from the CMakeLists' folder) in the nearest CMakeLists.txt above
    // it, and no CMakeLists under src/ globs.
    const QString root = TestPaths::sourceDir() + u"/src"_s;
    QStringList offences;
    QDirIterator lists(root, { u"CMakeLists.txt"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (lists.hasNext()) {
        const QString path = lists.next();
        if (TestPaths::readFile(path).contains("file(GLOB"))
            offences << QDir(root).relativeFilePath(path) + u" uses file(GLOB"_s;
    }
    for (const QString& file : sourceFiles()) {
        QDir dir = QFileInfo(root + u'/' + file).dir();
        while (!dir.exists(u"CMakeLists.txt"_s) && dir.cdUp()) { }
        const QString relative = dir.relativeFilePath(root + u'/' + file);
        const QString cmake = QString::fromUtf8(TestPaths::readFile(dir.filePath(u"CMakeLists.txt"_s)));
        const QRegularExpression named(u"(^|[\\s(])"_s + QRegularExpression::escape(relative)
            + u"($|[\\s)])"_s, QRegularExpression::MultilineOption);
        if (!named.match(cmake).hasMatch())
            offences << file + u" is not listed in "_s + QDir(root).relativeFilePath(dir.path())
                    + u"/CMakeLists.txt"_s;
    }
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
