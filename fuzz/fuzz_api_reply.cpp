// The API response parser: HTTP status + transport error + headers + body -> ApiError or the Response
// object (ApiReplyClassifier, what VodJob uses), then the typed views VodJob gives of a Response, and
// the request inspector's HttpExchange JSON with that body.
//
// Input: 4 header bytes, then the body.
//   [0] HTTP status (table below; values past the table: 100 + byte * 2)
//   [1] QNetworkReply::NetworkError (table below)
//   [2] flags: 1 timed out, 2 request sent, 4 Content-Length present
//   [3] Content-Length - body size, signed
#include "FuzzSupport.h"
#include "core/api/ApiReplyClassifier.h"
#include "core/model/AudioTask.h"
#include "core/model/DescribeMediaInfosResponse.h"
#include "core/model/DescribeTasksResponse.h"
#include "core/net/HttpExchangeJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4)
        return 0;
    static const int statuses[]
        = { 200, 200, 200, 200, 0, 400, 401, 403, 404, 408, 413, 429, 500, 502, 503, 504 };
    static const QNetworkReply::NetworkError errors[] = { QNetworkReply::NoError, QNetworkReply::NoError,
        QNetworkReply::NoError, QNetworkReply::RemoteHostClosedError, QNetworkReply::OperationCanceledError,
        QNetworkReply::SslHandshakeFailedError, QNetworkReply::ConnectionRefusedError,
        QNetworkReply::HostNotFoundError, QNetworkReply::TimeoutError, QNetworkReply::ProxyNotFoundError,
        QNetworkReply::ContentNotFoundError, QNetworkReply::InternalServerError,
        QNetworkReply::UnknownContentError, QNetworkReply::ProtocolFailure,
        QNetworkReply::UnknownNetworkError, QNetworkReply::TemporaryNetworkFailureError };
    constexpr size_t statusCount = sizeof(statuses) / sizeof(statuses[0]);
    constexpr size_t errorCount = sizeof(errors) / sizeof(errors[0]);

    ApiReplyClassifier::Reply in;
    in.httpStatus = data[0] < statusCount ? statuses[data[0]] : 100 + data[0] * 2;
    in.networkError = errors[data[1] % errorCount];
    in.errorString = u"Connection closed"_s;
    in.reasonPhrase = u"Reason"_s;
    in.timedOut = data[2] & 1;
    in.sent = data[2] & 2;
    in.timeoutSeconds = 30;
    in.body = FuzzSupport::bytes(data + 4, size - 4);
    if (data[2] & 4)
        in.contentLength = in.body.size() + static_cast<int8_t>(data[3]);
    in.contentType = u"application/json"_s;

    const ApiReplyClassifier::Result result = ApiReplyClassifier::classify(in);
    const ApiError& e = result.error;
    if (e.isOk()) {
        FuzzSupport::check(
            result.response.isEmpty() || in.body.contains("Response"), "Response without a body");
        // What VodJob's typed views do with a successful answer.
        const AudioTask task = AudioTask::fromDescribeTaskDetail(result.response);
        (void)task.isSuccess();
        (void)task.failureText();
        (void)task.failureCode();
        (void)AudioTask::statusName(task.status);
        (void)task.input.validate(QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
        const DescribeTasksResponse list = DescribeTasksResponse::fromJson(result.response);
        for (const TaskSummary& s : list.taskSet)
            (void)TaskSummary::fromJson(s.toJson());
        const DescribeMediaInfosResponse media = DescribeMediaInfosResponse::fromJson(result.response);
        for (const QString& id : media.notExistFileIdSet)
            (void)media.find(id);
    } else {
        FuzzSupport::check(e.kind() != ApiError::Kind::None, "an error of kind None");
        FuzzSupport::check(
            !e.message().isEmpty() || e.kind() == ApiError::Kind::Api, "an error without a message");
        (void)e.toString();
        (void)e.advice();
        (void)ApiError::kindName(e.kind());
        (void)ApiError::categoryName(e.category());
    }

    // The exchange as the history database keeps it, and the body read back as an exchange.
    HttpExchange x;
    x.url = QUrl(u"https://vod.tencentcloudapi.com/"_s);
    x.action = u"DescribeTaskDetail"_s;
    x.httpStatus = in.httpStatus;
    x.responseHeaders = { { "X-TC-Token", in.body.left(16) }, { "Content-Type", "application/json" } };
    x.responseBody = in.body;
    const HttpExchange back = HttpExchangeJson::fromBytes(HttpExchangeJson::toBytes(x));
    FuzzSupport::check(back.httpStatus == x.httpStatus, "HttpExchange status round trip");
    if (QString::fromUtf8(in.body).toUtf8() == in.body)
        FuzzSupport::check(back.responseBody == in.body, "HttpExchange body round trip");
    for (const auto& h : back.responseHeaders) {
        if (h.first == "X-TC-Token")
            FuzzSupport::check(h.second == HttpExchange::kRedacted, "X-TC-Token not redacted");
    }
    (void)HttpExchangeJson::fromBytes(in.body);
    return 0;
}
