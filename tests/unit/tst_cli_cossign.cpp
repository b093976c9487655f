// `aigc-audio cos-sign` as a process: every case of the official SDK's vectors, its help and bad input.
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCliCosSign : public QObject
{
    Q_OBJECT

private slots:
    void matchesEveryVector_data();
    void matchesEveryVector();
    void verbosePrintsTheIntermediateStrings();
    void helpListsEveryFlag();
    void badInput_data();
    void badInput();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList& args);
};

TestCliCosSign::Run TestCliCosSign::cli(const QStringList& args)
{
    // The SecretKey from the environment (never on the command line): "--secret-key VALUE" in args is
    // taken out and passed as TENCENTCLOUD_SECRET_KEY.
    QStringList rest = args;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TENCENTCLOUD_SECRET_KEY"_s);
    if (const qsizetype i = rest.indexOf(u"--secret-key"_s); i >= 0 && i + 1 < rest.size()) {
        env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, rest.at(i + 1));
        rest.remove(i, 2);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(TestPaths::binary(u"aigc-audio"_s), QStringList { u"cos-sign"_s } + rest);
    Run r;
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

static const QStringList validArgs { u"--secret-id"_s, u"AKIDx"_s, u"--secret-key"_s, u"k"_s, u"--method"_s,
    u"put"_s, u"--key"_s, u"a/b.mp3"_s, u"--key-time"_s, u"1700000000;1700000900"_s };

void TestCliCosSign::matchesEveryVector_data()
{
    QTest::addColumn<QJsonObject>("inputs");
    QTest::addColumn<QString>("authorization");
    const QJsonArray cases
        = QJsonDocument::fromJson(TestPaths::readFile(TestPaths::vectorsFile(u"cos_sign_vectors.json"_s)))
              .object()
              .value("cases"_L1)
              .toArray();
    QVERIFY2(!cases.isEmpty(), "cos_sign_vectors.json not found or empty: is ../shared beside the checkout?");
    for (const QJsonValue v : cases) {
        const QJsonObject c = v.toObject();
        QTest::newRow(c.value("name"_L1).toString().toUtf8().constData())
            << c.value("inputs"_L1).toObject()
            << c.value("outputs"_L1).toObject().value("authorization"_L1).toString();
    }
}

void TestCliCosSign::matchesEveryVector()
{
    QFETCH(QJsonObject, inputs);
    QFETCH(QString, authorization);
    QStringList args { u"--secret-id"_s, inputs.value("secretId"_L1).toString(), u"--secret-key"_s,
        inputs.value("secretKey"_L1).toString(), u"--method"_s, inputs.value("method"_L1).toString(),
        u"--key"_s, inputs.value("key"_L1).toString(), u"--key-time"_s,
        inputs.value("keyTime"_L1).toString() };
    const QJsonObject headers = inputs.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        args << u"--header"_s << it.key() + u": "_s + it.value().toString();
    const QJsonObject query = inputs.value("query"_L1).toObject();
    for (auto it = query.begin(); it != query.end(); ++it)
        args << u"--query"_s << it.key() + u'=' + it.value().toString();
    const Run r = cli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, authorization + u'\n');
    QCOMPARE(r.err, QString());
}

void TestCliCosSign::verbosePrintsTheIntermediateStrings()
{
    const Run r = cli(
        validArgs + QStringList { u"--header"_s, u"Host: h"_s, u"--query"_s, u"uploads"_s, u"--verbose"_s });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(u'\n'), 1);
    QVERIFY(r.out.startsWith(u"q-sign-algorithm=sha1&q-ak=AKIDx&"_s));
    QVERIFY(r.out.contains(u"&q-header-list=host&q-url-param-list=uploads&"_s));
    QVERIFY2(r.err.contains(u"formatString: put\\n/a/b.mp3\\nuploads=\\nhost=h\\n\n"_s), qPrintable(r.err));
    for (const auto& label : { u"signKey: "_s, u"stringToSign: sha1\\n1700000000;1700000900\\n"_s,
             u"signature: "_s, u"httpHeaders: host=h"_s })
        QVERIFY2(r.err.contains(label), qPrintable(label));
    QVERIFY(!r.err.contains(u": k\n"_s)); // the secret key is never printed
}

void TestCliCosSign::helpListsEveryFlag()
{
    const Run r = cli({ u"--help"_s });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"Usage: aigc-audio cos-sign"_s));
    for (const auto& flag : { u"--secret-id"_s, u"--secret-key"_s, u"--method"_s, u"--key"_s, u"--key-time"_s,
             u"--header"_s, u"--query"_s, u"--bucket"_s, u"--region"_s, u"--verbose"_s })
        QVERIFY2(r.out.contains(flag), qPrintable(flag));
}

void TestCliCosSign::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing --secret-key") << QStringList { u"--secret-id"_s, u"x"_s, u"--method"_s, u"put"_s,
        u"--key"_s, u"k"_s, u"--key-time"_s, u"1;2"_s }
                                          << u"--secret-key: is required"_s;
    QTest::newRow("header without colon")
        << validArgs + QStringList { u"--header"_s, u"Host h"_s } << u"--header: must be"_s;
    QTest::newRow("query without name")
        << validArgs + QStringList { u"--query"_s, u"=3"_s } << u"--query: must be"_s;
    QTest::newRow("key-time one number") << QStringList { u"--secret-id"_s, u"x"_s, u"--secret-key"_s, u"y"_s,
        u"--method"_s, u"put"_s, u"--key"_s, u"k"_s, u"--key-time"_s, u"1700000000"_s }
                                         << u"--key-time: must be"_s;
    QTest::newRow("unknown flag") << validArgs + QStringList { u"--nope"_s } << u"nope"_s;
}

void TestCliCosSign::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliCosSign)
#include "tst_cli_cossign.moc"
