#include "emulator/http/RequestAuthenticator.h"

#include "core/signing/Tc3Signer.h"

#include <QRegularExpression>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

RequestAuthenticator::Result fail(RequestAuthenticator::Result r, const QString& code, const QString& message)
{
    r.code = code;
    r.message = message;
    return r;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

std::optional<RequestAuthenticator::Authorization> RequestAuthenticator::parseAuthorization(
    const QByteArray& header, QString* why)
{
    auto reject = [why](const QString& reason) -> std::optional<Authorization> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QString text = QString::fromLatin1(header).trimmed();
    if (text.isEmpty())
        return reject(tr("the Authorization header is missing"));
    const qsizetype space = text.indexOf(u' ');
    if (space <= 0)
        return reject(tr("the Authorization header has no credential"));
    Authorization a;
    a.algorithm = text.left(space);
    if (a.algorithm != "TC3-HMAC-SHA256"_L1)
        return reject(tr("the algorithm must be TC3-HMAC-SHA256 (got \"%1\")").arg(a.algorithm));
    QString credential;
    QString signedHeaders;
    QString signature;
    bool haveCredential = false, haveSignedHeaders = false, haveSignature = false;
    const QStringList parts = text.mid(space + 1).split(u',');
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return reject(tr("\"%1\" is not a key=value pair").arg(part));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (key == "Credential"_L1) {
            credential = value;
            haveCredential = true;
        } else if (key == "SignedHeaders"_L1) {
            signedHeaders = value;
            haveSignedHeaders = true;
        } else if (key == "Signature"_L1) {
            signature = value;
            haveSignature = true;
        } else {
            return reject(tr("unknown field \"%1\"").arg(key));
        }
    }
    if (!haveCredential || !haveSignedHeaders || !haveSignature)
        return reject(tr("Credential, SignedHeaders and Signature are all required"));
    const QStringList scope = credential.split(u'/');
    if (scope.size() != 4 || scope.at(0).isEmpty())
        return reject(
            tr("Credential must be SecretId/Date/Service/tc3_request (got \"%1\")").arg(credential));
    a.secretId = scope.at(0);
    a.date = scope.at(1);
    a.service = scope.at(2);
    a.terminator = scope.at(3);
    if (a.terminator != "tc3_request"_L1)
        return reject(tr("the credential scope must end with tc3_request (got \"%1\")").arg(a.terminator));
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
    if (!hex64.match(signature).hasMatch())
        return reject(tr("Signature must be 64 lowercase hexadecimal digits"));
    if (signedHeaders.isEmpty())
        return reject(tr("SignedHeaders is empty"));
    a.signedHeaders = signedHeaders;
    a.signature = signature.toLatin1();
    return a;
}

RequestAuthenticator::Result RequestAuthenticator::authenticate(
    const IncomingRequest& request, const EmulatorConfig& config, qint64 nowSecs, const QStringList& actions)
{
    Result r;
    r.action = request.action();
    const QByteArray version = request.header("X-TC-Version").trimmed();
    const QByteArray timestampText = request.header("X-TC-Timestamp").trimmed();

    if (r.action.isEmpty())
        return fail(r, u"MissingParameter"_s, tr("The request is missing a required parameter `Action`."));
    if (version.isEmpty())
        return fail(r, u"MissingParameter"_s, tr("The request is missing a required parameter `Version`."));

    QString why;
    const std::optional<Authorization> auth = parseAuthorization(request.header("Authorization"), &why);
    if (!auth)
        return fail(r, u"AuthFailure.InvalidAuthorization"_s,
            tr("The Authorization header does not follow the Tencent Cloud standard: %1.").arg(why));
    r.secretId = auth->secretId;

    if (timestampText.isEmpty())
        return fail(r, u"MissingParameter"_s, tr("The request is missing a required parameter `Timestamp`."));
    bool numeric = false;
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    if (!numeric || timestamp < 0)
        return fail(r, u"InvalidParameterValue"_s,
            tr("The value of parameter `Timestamp` must be integer Unix seconds (got \"%1\").")
                .arg(QString::fromLatin1(timestampText)));

    if (version != kEmulatorApiVersion)
        return fail(r, u"NoSuchVersion"_s,
            tr("The requested version `%1` of service `vod` is not found; this service speaks %2.")
                .arg(QString::fromLatin1(version), QString::fromLatin1(kEmulatorApiVersion)));
    if (!actions.contains(r.action))
        return fail(r, u"InvalidAction"_s, tr("The requested action `%1` is not found.").arg(r.action));

    if (!config.hasSecretId(auth->secretId))
        return fail(r, u"AuthFailure.SecretIdNotFound"_s,
            tr("The SecretId is not found, please ensure that your SecretId is correct."));

    if (std::llabs(timestamp - nowSecs) > config.maxSignatureSkewSeconds)
        return fail(r, u"AuthFailure.SignatureExpire"_s,
            tr("Signature expired. Timestamp comes from the future or past 5 minutes (request timestamp %1, "
               "server time %2).")
                .arg(timestamp)
                .arg(nowSecs));

    const QString expectedDate = Tc3Signer::utcDate(timestamp);
    if (auth->service != "vod"_L1)
        return fail(r, u"AuthFailure.SignatureFailure"_s,
            tr("The provided credentials could not be validated. The credential scope names service `%1`, "
               "expected `vod`.")
                .arg(auth->service));
    if (auth->date != expectedDate)
        return fail(r, u"AuthFailure.SignatureFailure"_s,
            tr("The provided credentials could not be validated. The credential scope date %1 is not the UTC "
               "date of the timestamp (%2).")
                .arg(auth->date, expectedDate));
    if (auth->signedHeaders.toLower() != "content-type;host"_L1)
        return fail(r, u"AuthFailure.SignatureFailure"_s,
            tr("The provided credentials could not be validated. SignedHeaders must be content-type;host "
               "(got "
               "\"%1\").")
                .arg(auth->signedHeaders));

    Tc3Signer::Input in;
    in.secretId = auth->secretId;
    in.secretKey = config.secretKeyFor(auth->secretId);
    in.host = QString::fromLatin1(request.header("Host"));
    in.service = u"vod"_s;
    in.action = r.action;
    in.version = QString::fromLatin1(version);
    in.timestamp = timestamp;
    in.payload = request.body;
    in.contentType = request.hasHeader("Content-Type") ? request.header("Content-Type") : QByteArray("");
    const Tc3Signer::Output expected = Tc3Signer::sign(in);
    if (!constantTimeEquals(expected.signature, auth->signature))
        return fail(r, u"AuthFailure.SignatureFailure"_s,
            tr("The provided credentials could not be validated. Please check your signature is correct."));

    if (!config.token.isEmpty()) {
        const QByteArray token = request.header("X-TC-Token");
        if (token.isNull() || !constantTimeEquals(token, config.token.toUtf8()))
            return fail(r, u"AuthFailure.TokenFailure"_s,
                token.isNull()
                    ? tr("The request is missing the token (X-TC-Token) that these credentials need.")
                    : tr("The token (X-TC-Token) is invalid or has expired."));
    }
    return r;
}
