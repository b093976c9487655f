// RequestInspector: masked SecretId, redacted token, never a secret on screen, the empty state, and the
// copy buttons putting CommandExport's texts on the clipboard.
#include "app/dialogs/RequestInspector.h"
#include "core/signing/Credentials.h"
#include "core/signing/Tc3Signer.h"

#include <QClipboard>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s;
const QString kKey = u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLEKEY"_s;
const QString kToken = u"temporary-session-token-value"_s;
} // namespace

class TestRequestInspector : public QObject
{
    Q_OBJECT

private slots:
    void emptyState();
    void showsTheExchangeWithoutSecrets();
    void copyButtonsPutTheExportsOnTheClipboard();
    void nonJsonBodiesAreShownAsText();

private:
    static HttpExchange exchange(bool withToken);
    template<class T>
    static T* child(RequestInspector& w, const char* name)
    {
        T* c = w.findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
};

HttpExchange TestRequestInspector::exchange(bool withToken)
{
    Tc3Signer::Input in;
    in.secretId = kId;
    in.secretKey = kKey;
    in.token = withToken ? kToken : QString();
    in.host = u"vod.tencentcloudapi.com"_s;
    in.action = u"CreateAigcAudioTask"_s;
    in.region = u"ap-guangzhou"_s;
    in.language = u"en-US"_s;
    in.timestamp = 1'767'225'600;
    in.payload = "{\"ModelName\":\"Kling\",\"Prompt\":\"it's raining\",\"OutputConfig\":{\"Duration\":6}}";
    const Tc3Signer::Output sig = Tc3Signer::sign(in);
    HttpExchange x;
    x.url = QUrl(u"https://vod.tencentcloudapi.com/"_s);
    x.action = in.action;
    x.timestamp = in.timestamp;
    x.requestHeaders = sig.headers; // the token as sent, to prove the inspector redacts it itself
    x.requestBody = in.payload;
    x.canonicalRequest = sig.canonicalRequest;
    x.stringToSign = sig.stringToSign;
    x.httpStatus = 200;
    x.responseHeaders
        = { { "Content-Type", "application/json" }, { "Date", "Thu, 01 Jan 2026 00:00:00 GMT" } };
    x.responseBody = "{\"Response\":{\"TaskId\":\"251441341-AigcAudioTask-abct\",\"RequestId\":\"req-42\"}}";
    x.elapsedMs = 37;
    return x;
}

void TestRequestInspector::emptyState()
{
    RequestInspector w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.hasExchange());
    QVERIFY(child<QLabel>(w, "emptyLabel")->isVisible());
    QVERIFY(!child<QPlainTextEdit>(w, "requestText")->isVisible());
    QVERIFY(!child<QPushButton>(w, "copyCurlButton")->isEnabled());
    QVERIFY(!child<QPushButton>(w, "copyTccliButton")->isEnabled());
    QCOMPARE(w.curlCommand(), QString());
}

void TestRequestInspector::showsTheExchangeWithoutSecrets()
{
    RequestInspector w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setExchange(exchange(true), kId, u"ap-guangzhou"_s, u"en-US"_s, true);
    QVERIFY(w.hasExchange());
    auto* request = child<QPlainTextEdit>(w, "requestText");
    auto* signing = child<QPlainTextEdit>(w, "signingText");
    auto* response = child<QPlainTextEdit>(w, "responseText");
    QVERIFY(request->isVisible());
    const QString req = request->toPlainText();
    QVERIFY2(req.startsWith(u"POST https://vod.tencentcloudapi.com/\n"_s), qPrintable(req));
    QVERIFY2(req.contains(u"Credential="_s + Credentials::maskId(kId) + u'/'), qPrintable(req));
    QVERIFY(req.contains(u"X-TC-Token: ***redacted***"_s));
    QVERIFY(req.contains(u"X-TC-Action: CreateAigcAudioTask"_s));
    QVERIFY(req.contains(u"    \"Prompt\": \"it's raining\""_s)); // pretty-printed
    QVERIFY(signing->toPlainText().contains(
        u"POST\n/\n\ncontent-type:application/json\nhost:vod.tencentcloudapi.com"_s));
    QVERIFY(signing->toPlainText().contains(u"TC3-HMAC-SHA256\n1767225600\n2026-01-01/vod/tc3_request\n"_s));
    QVERIFY(response->toPlainText().startsWith(u"HTTP 200\n"_s));
    QVERIFY(response->toPlainText().contains(u"\"RequestId\": \"req-42\""_s));
    const QString summary = child<QLabel>(w, "summaryLabel")->text();
    QVERIFY2(summary.contains(u"HTTP 200 in 37 ms"_s) && summary.contains(u"req-42"_s), qPrintable(summary));

    for (QPlainTextEdit* edit : { request, signing, response }) {
        const QString text = edit->toPlainText();
        QVERIFY(!text.contains(kId));
        QVERIFY(!text.contains(kKey));
        QVERIFY(!text.contains(kToken));
        QVERIFY(QFontInfo(edit->font()).fixedPitch());
    }
    for (QWidget* c : w.findChildren<QWidget*>()) {
        QVERIFY(!c->toolTip().contains(kId));
        QVERIFY(!c->accessibleName().contains(kId));
        QVERIFY(!c->accessibleDescription().contains(kToken));
    }
    QVERIFY(!child<QLabel>(w, "summaryLabel")->text().contains(kId));

    w.clear();
    QVERIFY(child<QLabel>(w, "emptyLabel")->isVisible());
    QVERIFY(request->toPlainText().isEmpty());
}

void TestRequestInspector::copyButtonsPutTheExportsOnTheClipboard()
{
    RequestInspector w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setExchange(exchange(true), kId, u"ap-guangzhou"_s, u"en-US"_s, true);
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->clear();

    QTest::mouseClick(child<QPushButton>(w, "copyCurlButton"), Qt::LeftButton);
    const QString curl = clipboard->text();
    QCOMPARE(curl, w.curlCommand());
    QVERIFY(curl.contains(u"curl -sS -X POST \"$url\""_s));
    QVERIFY(curl.contains(u"Credential=$TENCENTCLOUD_SECRET_ID/"_s));
    QVERIFY(curl.contains(u"X-TC-Token: $TENCENTCLOUD_TOKEN"_s));
    QVERIFY(curl.contains(u"-H 'X-TC-Region: ap-guangzhou'"_s));
    QVERIFY(!curl.contains(kId));
    QVERIFY(!curl.contains(kKey));
    QVERIFY(!curl.contains(kToken));
    QVERIFY(child<QLabel>(w, "copyStatusLabel")->text().startsWith(u"Copied."_s));

    QTest::mouseClick(child<QPushButton>(w, "copyTccliButton"), Qt::LeftButton);
    const QString tccli = clipboard->text();
    QCOMPARE(tccli, w.tccliCommand());
    QVERIFY(tccli.startsWith(u"tccli vod CreateAigcAudioTask --cli-unfold-argument"_s));
    QVERIFY(tccli.contains(u"--region ap-guangzhou"_s));
    QVERIFY(tccli.contains(u"--Prompt 'it'\\''s raining'"_s));
    QVERIFY(tccli.contains(u"--OutputConfig.Duration 6"_s));
    QVERIFY(!tccli.contains(kId));
    QVERIFY(!tccli.contains(kToken));
}

void TestRequestInspector::nonJsonBodiesAreShownAsText()
{
    RequestInspector w;
    HttpExchange x = exchange(false);
    x.httpStatus = 502;
    x.responseBody = "<html><body>Bad Gateway</body></html>";
    w.setExchange(x, kId, {}, {}, false);
    QVERIFY(child<QPlainTextEdit>(w, "responseText")->toPlainText().contains(u"HTTP 502\n"_s));
    QVERIFY(child<QPlainTextEdit>(w, "responseText")->toPlainText().contains(u"<html><body>Bad Gateway"_s));
    QVERIFY(!child<QPlainTextEdit>(w, "requestText")->toPlainText().contains(u"X-TC-Token"_s));
}

QTEST_MAIN(TestRequestInspector)
#include "tst_requestinspector.moc"
