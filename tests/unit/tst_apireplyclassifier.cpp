// ApiReplyClassifier: what VodJob makes of an answer (spec §3), without a network. The fuzz target
// fuzz/fuzz_api_reply.cpp feeds it arbitrary bodies; these are the cases with a known right answer.
#include "core/api/ApiReplyClassifier.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestApiReplyClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void successKeepsTheResponseObject();
    void apiErrorKeepsCodeMessageAndRequestId();
    void contentLengthBeyondAnyBody();
};

namespace {
ApiReplyClassifier::Reply answer(int status, const QByteArray& body)
{
    ApiReplyClassifier::Reply r;
    r.httpStatus = status;
    r.body = body;
    r.sent = true;
    return r;
}
} // namespace

void TestApiReplyClassifier::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<qint64>("contentLength"); // -1: no header
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("requestSent");

    using K = ApiError::Kind;
    const QByteArray ok = R"({"Response":{"TaskId":"t","RequestId":"r"}})";
    QTest::newRow("success") << 200 << int(QNetworkReply::NoError) << qint64(-1) << false << ok
                             << int(K::None) << true;
    QTest::newRow("api error") << 200 << int(QNetworkReply::NoError) << qint64(-1) << false
                               << QByteArray(
                                      R"({"Response":{"Error":{"Code":"InternalError","Message":"m"}}})")
                               << int(K::Api) << true;
    QTest::newRow("html 502") << 502 << int(QNetworkReply::UnknownServerError) << qint64(-1) << false
                              << QByteArray("<html>bad gateway</html>") << int(K::HttpStatus) << true;
    QTest::newRow("short body") << 200 << int(QNetworkReply::RemoteHostClosedError) << qint64(100) << false
                                << ok.left(20) << int(K::TruncatedBody) << true;
    QTest::newRow("json cut off") << 200 << int(QNetworkReply::NoError) << qint64(-1) << false << ok.left(30)
                                  << int(K::TruncatedBody) << true;
    QTest::newRow("not json") << 200 << int(QNetworkReply::NoError) << qint64(-1) << false
                              << QByteArray("<html>portal</html>") << int(K::NotJson) << true;
    QTest::newRow("empty body") << 200 << int(QNetworkReply::NoError) << qint64(-1) << false << QByteArray()
                                << int(K::NotJson) << true;
    QTest::newRow("no Response") << 200 << int(QNetworkReply::NoError) << qint64(-1) << false
                                 << QByteArray(R"({"Error":{}})") << int(K::MissingResponse) << true;
    QTest::newRow("array") << 200 << int(QNetworkReply::NoError) << qint64(-1) << false << QByteArray("[1]")
                           << int(K::MissingResponse) << true;
    QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << qint64(-1) << true
                             << QByteArray() << int(K::Timeout) << true;
    QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << qint64(-1) << false
                             << QByteArray() << int(K::Network) << false;
    QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << qint64(-1) << false
                         << QByteArray() << int(K::Tls) << false;
    QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << qint64(-1) << false
                           << QByteArray() << int(K::Network) << true;
}

void TestApiReplyClassifier::classify()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(qint64, contentLength);
    QFETCH(bool, timedOut);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(bool, requestSent);
    ApiReplyClassifier::Reply r = answer(status, body);
    r.networkError = QNetworkReply::NetworkError(networkError);
    if (contentLength >= 0)
        r.contentLength = contentLength;
    r.timedOut = timedOut;
    r.timeoutSeconds = 30;
    r.sent = status != 0 || timedOut || networkError == QNetworkReply::RemoteHostClosedError;
    const ApiReplyClassifier::Result result = ApiReplyClassifier::classify(r);
    QCOMPARE(int(result.error.kind()), kind);
    QCOMPARE(result.error.requestSent(), requestSent);
    if (result.error.isError())
        QVERIFY(!result.error.message().isEmpty() || result.error.kind() == ApiError::Kind::Api);
}

void TestApiReplyClassifier::successKeepsTheResponseObject()
{
    const auto result
        = ApiReplyClassifier::classify(answer(200, R"({"Response":{"TaskId":"t","RequestId":"r"}})"));
    QVERIFY(result.error.isOk());
    QCOMPARE(result.response.value("TaskId"_L1).toString(), u"t"_s);
}

void TestApiReplyClassifier::apiErrorKeepsCodeMessageAndRequestId()
{
    auto result = ApiReplyClassifier::classify(answer(200,
        R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"m"},"RequestId":"r"}})"));
    QCOMPARE(result.error.code(), u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(result.error.message(), u"m"_s);
    QCOMPARE(result.error.requestId(), u"r"_s);
    QVERIFY(result.response.isEmpty());
    result = ApiReplyClassifier::classify(answer(200, R"({"Response":{"Error":{},"RequestId":"r"}})"));
    QCOMPARE(result.error.code(), u"UnknownError"_s);
}

void TestApiReplyClassifier::contentLengthBeyondAnyBody()
{
    ApiReplyClassifier::Reply r = answer(200, R"({"Response":{}})");
    r.contentLength = std::numeric_limits<qint64>::max();
    QCOMPARE(ApiReplyClassifier::classify(r).error.kind(), ApiError::Kind::TruncatedBody);
}

QTEST_GUILESS_MAIN(TestApiReplyClassifier)
#include "tst_apireplyclassifier.moc"
