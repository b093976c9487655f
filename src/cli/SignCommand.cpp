#include "cli/SignCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "cli/SecretKeyOption.h"
#include "core/signing/Tc3Signer.h"
#include "core/support/FieldParse.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

QString SignCommand::summary() const
{
    return tr("Sign a request with TC3-HMAC-SHA256 and print every step as JSON, without sending it.");
}

void SignCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ u"secret-id"_s, tr("The SecretId."), u"ID"_s });
    SecretKeyOption::add(parser);
    parser.addOption({ u"token"_s, tr("The token of temporary credentials (sent as X-TC-Token)."), u"T"_s });
    parser.addOption({ u"action"_s, tr("The API action, e.g. CreateAigcAudioTask."), u"A"_s });
    parser.addOption({ u"version"_s, tr("The API version (default 2018-07-17)."), u"V"_s, u"2018-07-17"_s });
    parser.addOption({ u"region"_s, tr("Sent as X-TC-Region when given."), u"R"_s });
    parser.addOption({ u"host"_s, tr("The host, port allowed (default vod.tencentcloudapi.com)."), u"H"_s,
        u"vod.tencentcloudapi.com"_s });
    parser.addOption({ u"language"_s, tr("Sent as X-TC-Language when given (zh-CN or en-US)."), u"L"_s });
    parser.addOption({ u"timestamp"_s, tr("Unix seconds to sign with."), u"N"_s });
    parser.addOption({ u"payload-file"_s,
        tr("The exact body bytes to sign; - reads standard input (after the key's line with --secret-key "
           "-)."),
        u"F"_s });
    parser.addOption({ u"content-type"_s, tr("The Content-Type to sign (default application/json)."),
        u"TYPE"_s, u"application/json"_s });
    parser.addOption(
        { u"request-client"_s, tr("Sent as X-TC-RequestClient (default this tool's name and version)."),
            u"NAME"_s, QStringLiteral("AigcAudioCli_" AIGC_VERSION) });
}

void SignCommand::run(const QCommandLineParser& parser)
{
    ValidationIssues issues;
    if (!parser.isSet(u"secret-id"_s))
        issues.append({ u"--secret-id"_s, tr("is required") });
    // Read before the payload: with "--payload-file -" too, the key is the first line of the input.
    const QString secretKey = SecretKeyOption::read(parser, *env(), issues);
    for (const auto& required : { u"action"_s, u"timestamp"_s, u"payload-file"_s }) {
        if (!parser.isSet(required))
            issues.append({ u"--"_s + required, tr("is required") });
    }
    std::optional<qint64> timestamp;
    if (parser.isSet(u"timestamp"_s)) {
        timestamp = FieldParse::textInteger(parser.value(u"timestamp"_s), u"--timestamp"_s, issues);
        if (timestamp && *timestamp < 0)
            issues.append(
                { u"--timestamp"_s, tr("must be Unix seconds, 0 or more (got %1)").arg(*timestamp) });
    }
    static const QRegularExpression clientRe(u"^[0-9a-zA-Z\\-_ ,;.]{0,128}$"_s);
    if (!clientRe.match(parser.value(u"request-client"_s)).hasMatch())
        issues.append({ u"--request-client"_s,
            tr("may only hold 0-9 a-z A-Z - _ space , ; . and at most 128 of them") });
    if (!issues.isEmpty()) {
        fail(ExitBadInput, issues.first().toString());
        return;
    }

    QByteArray payload;
    const QString path = parser.value(u"payload-file"_s);
    QFile f;
    const bool opened = path == "-"_L1 ? f.open(stdin, QIODevice::ReadOnly)
                                       : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened) {
        fail(ExitBadInput, tr("--payload-file: cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    payload = f.readAll();

    Tc3Signer::Input in;
    in.secretId = parser.value(u"secret-id"_s);
    in.secretKey = secretKey;
    in.token = parser.value(u"token"_s);
    in.host = parser.value(u"host"_s);
    in.action = parser.value(u"action"_s);
    in.version = parser.value(u"version"_s);
    in.region = parser.value(u"region"_s);
    in.language = parser.value(u"language"_s);
    in.requestClient = parser.value(u"request-client"_s);
    in.timestamp = *timestamp;
    in.payload = payload;
    in.contentType = parser.value(u"content-type"_s).toUtf8();
    const Tc3Signer::Output s = Tc3Signer::sign(in);

    QJsonObject headers;
    for (const auto& [n, v] : s.headers)
        headers.insert(QString::fromUtf8(n), QString::fromUtf8(v));
    QJsonObject o;
    o.insert("canonicalRequest"_L1, QString::fromUtf8(s.canonicalRequest));
    o.insert("stringToSign"_L1, QString::fromUtf8(s.stringToSign));
    o.insert("signature"_L1, QString::fromUtf8(s.signature));
    o.insert("authorization"_L1, QString::fromUtf8(s.authorization));
    o.insert("headers"_L1, headers);
    o.insert("hashedPayload"_L1, QString::fromUtf8(s.hashedPayload));
    o.insert("hashedCanonicalRequest"_L1, QString::fromUtf8(s.hashedCanonicalRequest));
    o.insert("credentialScope"_L1, QString::fromUtf8(s.credentialScope));
    o.insert("date"_L1, s.date);
    env()->out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    done(ExitOk);
}
