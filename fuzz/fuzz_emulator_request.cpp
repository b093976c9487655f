// The emulator's request handling: raw HTTP/1.1 request bytes -> IncomingRequest -> the routing of
// EmulatorServer -> RequestAuthenticator + EmulatorApi::handle, or ObjectStorage::route + handle.
//
// The bytes go through the emulator's own HttpRequestParser (see parse() below for the framing the
// harness adds, since inputs are written without Content-Length).
//
// An input is up to 8 requests separated by a line "=====", sent in order to one fresh emulator
// (in memory, ManualClock). Harness-only headers, removed before the request is handled:
//   X-Fuzz-Sign: tc3   re-sign with the demo key pair (Tc3Signer), so the body reaches the actions
//   X-Fuzz-Sign: cos   re-sign with the TempCertificate of the last ApplyUpload (CosSigner)
//   X-Fuzz-Inject: C   the API error code to inject after authentication (as FaultInjector does)
// and placeholders replaced in the target, headers and body: $KEY (MediaStoragePath of the last
// ApplyUpload, no leading '/'), $UPLOADID (of the last InitiateMultipartUpload), $SESSION
// (VodSessionKey), $TASKID (of the last CreateAigcAudioTask).
#include "FuzzSupport.h"
#include "core/signing/CosSigner.h"
#include "core/signing/Tc3Signer.h"
#include "core/support/JsonFields.h"
#include "core/support/ManualClock.h"
#include "core/uploads/CosJob.h"
#include "emulator/api/EmulatorApi.h"
#include "emulator/api/ObjectStorage.h"
#include "emulator/http/EmulatorInfo.h"
#include "emulator/http/HttpRange.h"
#include "emulator/http/HttpRequestParser.h"
#include "emulator/http/IncomingRequest.h"
#include "emulator/http/RequestAuthenticator.h"
#include "emulator/storage/MediaStore.h"
#include "emulator/storage/TaskStore.h"
#include "emulator/synth/OutputRenderer.h"

#include <QJsonDocument>
#include <QUrl>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct State
{
    QString key;
    QString uploadId;
    QString session;
    QString taskId;
    QString bucket;
    QString region;
    QString cosSecretId;
    QString cosSecretKey;
    QString cosToken;
};

QByteArray substitute(QByteArray text, const State& s)
{
    text.replace("$KEY", s.key.toUtf8());
    text.replace("$UPLOADID", s.uploadId.toUtf8());
    text.replace("$SESSION", s.session.toUtf8());
    text.replace("$TASKID", s.taskId.toUtf8());
    return text;
}

void removeHeader(IncomingRequest& r, const QByteArray& name)
{
    r.headers.removeIf([&](const QPair<QByteArray, QByteArray>& h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

// The request through the emulator's own parser (HttpRequestParser), the harness's own headers taken
// out; nullopt when the parser refuses it. The parser first sees the bytes as they are, fed in two
// pieces (any outcome but a crash is fine); then, since inputs are written without Content-Length, the
// same request framed: the request line completed with " HTTP/1.1" when it lacks a version, the
// framing headers replaced by a Content-Length of what follows the head.
std::optional<IncomingRequest> parse(const QByteArray& raw, const State& s, QByteArray* sign, QString* inject)
{
    const QByteArray text = substitute(raw, s);
    {
        HttpRequestParser parser;
        QByteArray first = text.left(text.size() / 2);
        QByteArray rest = text.mid(text.size() / 2);
        parser.feed(first);
        rest.prepend(first);
        const HttpRequestParser::State state = parser.feed(rest);
        if (state == HttpRequestParser::State::Failed) {
            const int status = parser.errorStatus();
            FuzzSupport::check(status == 400 || status == 413 || status == 431,
                "parser: an unexpected status", QString::number(status));
        }
        if (state == HttpRequestParser::State::Complete) {
            const IncomingRequest r = parser.take();
            FuzzSupport::check(
                r.bodySize == r.body.size() && r.bodyMd5.size() == 16, "parser: body accounting");
            FuzzSupport::check(!r.path.isEmpty() && !r.method.isEmpty(), "parser: no method or path");
        }
    }

    qsizetype headEnd = text.indexOf("\r\n\r\n");
    qsizetype bodyStart = headEnd + 4;
    const qsizetype lfEnd = text.indexOf("\n\n");
    if (headEnd < 0 || (lfEnd >= 0 && lfEnd < headEnd)) {
        headEnd = lfEnd;
        bodyStart = lfEnd + 2;
    }
    if (headEnd < 0) {
        headEnd = text.size();
        bodyStart = text.size();
    }
    QList<QByteArray> lines = text.left(headEnd).split('\n');
    QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() == 2)
        requestLine.append("HTTP/1.1");
    QByteArray framed = requestLine.join(' ') + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // An empty line (the parser skips those inside a head) is left out: once the framing lines are
        // gone, "X\r\n" + "\r\n" would end the head early and move the Content-Length into the body.
        if (lines.at(i).isEmpty() || lines.at(i) == "\r")
            continue;
        const QByteArray name = lines.at(i).left(lines.at(i).indexOf(':')).trimmed().toLower();
        if (name != "content-length" && name != "transfer-encoding")
            framed += lines.at(i) + '\n';
    }
    const QByteArray body = text.mid(bodyStart);
    framed += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    HttpRequestParser parser;
    if (parser.feed(framed) != HttpRequestParser::State::Complete)
        return std::nullopt;
    IncomingRequest r = parser.take();
    FuzzSupport::check(r.body == body, "parser: the body framed by Content-Length");
    r.remoteAddress = QHostAddress(QHostAddress::LocalHost);
    *sign = r.header("X-Fuzz-Sign").toLower();
    *inject = QString::fromLatin1(r.header("X-Fuzz-Inject"));
    removeHeader(r, "X-Fuzz-Sign");
    removeHeader(r, "X-Fuzz-Inject");
    return r;
}

void signTc3(IncomingRequest& r, qint64 nowSecs)
{
    Tc3Signer::Input in;
    in.secretId = QString::fromLatin1(kEmulatorDemoSecretId);
    in.secretKey = QString::fromLatin1(kEmulatorDemoSecretKey);
    in.host = QString::fromLatin1(r.header("Host"));
    if (in.host.isEmpty())
        in.host = u"vod.tencentcloudapi.com"_s;
    in.action = r.action();
    if (r.hasHeader("X-TC-Version"))
        in.version = QString::fromLatin1(r.header("X-TC-Version"));
    in.region = QString::fromLatin1(r.header("X-TC-Region"));
    in.language = QString::fromLatin1(r.header("X-TC-Language"));
    in.timestamp = nowSecs;
    in.payload = r.body;
    if (r.hasHeader("Content-Type"))
        in.contentType = r.header("Content-Type");
    const Tc3Signer::Output out = Tc3Signer::sign(in);
    for (const auto& h : out.headers)
        removeHeader(r, h.first);
    r.headers.append(out.headers);
}

void signCos(IncomingRequest& r, const State& s, qint64 nowSecs)
{
    if (s.cosSecretId.isEmpty())
        return;
    CosSigner::Input in;
    in.secretId = s.cosSecretId;
    in.secretKey = s.cosSecretKey;
    in.method = QString::fromLatin1(r.method);
    in.key = r.path;
    in.keyTime = QString::number(nowSecs - 60) + u';' + QString::number(nowSecs + 900);
    in.bucket = s.bucket;
    in.region = s.region;
    for (const auto& [name, value] : r.query.queryItems(QUrl::FullyDecoded))
        in.query.append({ name, value });
    removeHeader(r, "Authorization");
    removeHeader(r, "x-cos-security-token");
    for (const auto& [name, value] : r.headers)
        in.headers.append({ QString::fromLatin1(name), QString::fromUtf8(value) });
    const CosSigner::Output out = CosSigner::sign(in);
    r.headers.append({ "Authorization", out.authorization });
    r.headers.append({ "x-cos-security-token", s.cosToken.toUtf8() });
}

// AIGC_FUZZ_VERBOSE=1: one line per request and its answer, to check what a seed reaches.
bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("AIGC_FUZZ_VERBOSE");
    return on;
}

void learn(const EmulatorApi::Reply& reply, State& s)
{
    const QJsonObject& r = reply.response;
    if (!reply.code.isEmpty())
        return;
    if (reply.action == "ApplyUpload"_L1) {
        const QJsonObject cert = JsonFields::object(r, "TempCertificate"_L1);
        s.cosSecretId = JsonFields::string(cert, "SecretId"_L1);
        s.cosSecretKey = JsonFields::string(cert, "SecretKey"_L1);
        s.cosToken = JsonFields::string(cert, "Token"_L1);
        s.key = JsonFields::string(r, "MediaStoragePath"_L1);
        if (s.key.startsWith(u'/'))
            s.key.remove(0, 1);
        s.session = JsonFields::string(r, "VodSessionKey"_L1);
        s.bucket = JsonFields::string(r, "StorageBucket"_L1);
        s.region = JsonFields::string(r, "StorageRegion"_L1);
    } else if (!reply.taskId.isEmpty()) {
        s.taskId = reply.taskId;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::quietQt();
    FuzzSupport::application();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray input = FuzzSupport::bytes(data, size);

    EmulatorConfig config;
    ManualClock clock;
    TaskStore store;
    MediaStore media;
    auto renderer = std::make_unique<OutputRenderer>();
    auto api = std::make_unique<EmulatorApi>(config, &clock, &store, renderer.get(), &media);
    ObjectStorage cos(&clock, &media);
    State state;

    QList<QByteArray> raws;
    qsizetype from = 0;
    while (raws.size() < 8) {
        const qsizetype sep = input.indexOf("\n=====\n", from);
        raws.append(input.mid(from, sep < 0 ? -1 : sep - from));
        if (sep < 0)
            break;
        from = sep + 7;
    }

    for (const QByteArray& raw : raws) {
        QByteArray sign;
        QString inject;
        std::optional<IncomingRequest> parsed = parse(raw, state, &sign, &inject);
        if (!parsed)
            continue;
        IncomingRequest& request = *parsed;
        const qint64 nowSecs = clock.nowMs() / 1000;
        if (sign == "tc3")
            signTc3(request, nowSecs);

        // What EmulatorServer::handleRequest and process() look at.
        (void)request.wantsClose();
        (void)EmulatorApi::baseUrlFor(request);
        (void)RequestAuthenticator::parseAuthorization(request.header("Authorization"));
        const HttpRange range = HttpRange::parse(request.header("Range"), 12345);
        (void)range.contentRange(12345);

        const std::optional<ObjectStorage::Route> route = ObjectStorage::route(request);
        if (route) {
            if (sign == "cos")
                signCos(request, state, nowSecs);
            const ObjectStorage::Reply reply = cos.handle(request, *route);
            if (verbose())
                std::fprintf(stderr, "%s %s -> %d %s\n", qPrintable(route->operation),
                    qPrintable(request.path), reply.status, qPrintable(reply.result));
            FuzzSupport::check(
                reply.status >= 200 && reply.status < 600, "an object-storage status out of range");
            if (reply.status >= 300)
                FuzzSupport::check(!CosJob::xmlElement(reply.body, u"Code"_s).isEmpty(),
                    "an object-storage error without a Code", QString::fromUtf8(reply.body));
            if (route->operation == "InitiateMultipartUpload"_L1 && reply.status == 200)
                state.uploadId = CosJob::xmlElement(reply.body, u"UploadId"_s);
            continue;
        }
        if (request.path != "/"_L1 || request.method != "POST")
            continue;
        auto answered = std::make_shared<std::optional<EmulatorApi::Reply>>();
        api->handle(request, inject, [answered](const EmulatorApi::Reply& r) { *answered = r; });
        if (!*answered)
            continue; // waits for a render: never with the clock standing still
        const EmulatorApi::Reply& reply = **answered;
        if (verbose())
            std::fprintf(stderr, "%s -> %s\n", qPrintable(reply.action),
                reply.code.isEmpty()
                    ? "OK"
                    : qPrintable(reply.code + u' '
                        + JsonFields::string(JsonFields::object(reply.response, "Error"_L1), "Message"_L1)));
        const QJsonObject& response = reply.response;
        FuzzSupport::check(
            !JsonFields::string(response, "RequestId"_L1).isEmpty(), "an answer without RequestId");
        const QJsonValue error = response.value("Error"_L1);
        FuzzSupport::check(error.isObject() == !reply.code.isEmpty(), "Error object and code disagree");
        if (error.isObject())
            FuzzSupport::check(!JsonFields::string(error.toObject(), "Message"_L1).isEmpty(),
                "an error without a Message", reply.code);
        // The answer must be what a client can parse: it is serialised as JSON.
        const QByteArray wire = QJsonDocument(QJsonObject { { u"Response"_s, response } }).toJson();
        FuzzSupport::check(QJsonDocument::fromJson(wire).isObject(), "an answer that is not JSON");
        learn(reply, state);
    }
    api.reset();
    renderer.reset();
    return 0;
}
