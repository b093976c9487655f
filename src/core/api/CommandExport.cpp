#include "core/api/CommandExport.h"

#include "core/signing/Tc3Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

QString CommandExport::shellQuote(const QString& word)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_./:=@%+,-]+$"_s);
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', "'\\''"_L1);
    return u'\'' + quoted + u'\'';
}

QByteArray CommandExport::header(const HttpExchange& exchange, const QByteArray& name)
{
    for (const auto& [key, value] : exchange.requestHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString CommandExport::curl(const HttpExchange& exchange, const Options& options)
{
    const QString region
        = options.region.isEmpty() ? QString::fromUtf8(header(exchange, "X-TC-Region")) : options.region;
    const QString language = options.language.isEmpty() ? QString::fromUtf8(header(exchange, "X-TC-Language"))
                                                        : options.language;
    const bool token = options.usedToken || !header(exchange, "X-TC-Token").isEmpty();
    QString version = QString::fromUtf8(header(exchange, "X-TC-Version"));
    if (version.isEmpty())
        version = u"2018-07-17"_s;
    QString contentType = QString::fromUtf8(header(exchange, "Content-Type"));
    if (contentType.isEmpty())
        contentType = u"application/json"_s;
    const QString requestClient = QString::fromUtf8(header(exchange, "X-TC-RequestClient"));
    const QString host = Tc3Signer::hostWithoutPort(exchange.url.host());
    const QString service = Tc3Signer::serviceForHost(host);
    QString action = exchange.action;
    if (action.isEmpty())
        action = QString::fromUtf8(header(exchange, "X-TC-Action"));

    QStringList s;
    s << u"# %1 to %2, signed at run time (TC3-HMAC-SHA256) with openssl, sent with curl."_s.arg(
        action, exchange.url.toString());
    s << (token ? u"# Needs TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_TOKEN."_s
                : u"# Needs TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY."_s);
    s << u"("_s;
    s << u"set -eu"_s;
    s << u": \"${TENCENTCLOUD_SECRET_ID:?set TENCENTCLOUD_SECRET_ID}\""_s;
    s << u": \"${TENCENTCLOUD_SECRET_KEY:?set TENCENTCLOUD_SECRET_KEY}\""_s;
    if (token)
        s << u": \"${TENCENTCLOUD_TOKEN:?set TENCENTCLOUD_TOKEN (temporary credentials)}\""_s;
    s << u"url="_s + shellQuote(exchange.url.toString());
    s << u"host="_s + shellQuote(host);
    s << u"service="_s + shellQuote(service);
    s << u"content_type="_s + shellQuote(contentType);
    s << u"body="_s + shellQuote(QString::fromUtf8(exchange.requestBody));
    s << u"set -- $(date -u '+%s %Y-%m-%d')"_s;
    s << u"timestamp=$1"_s;
    s << u"day=$2"_s;
    s << u"sha256_hex() { openssl dgst -sha256 | sed 's/^.* //'; }"_s;
    s << u"hmac_hex() { openssl dgst -sha256 -mac HMAC -macopt \"hexkey:$1\" | sed 's/^.* //'; }"_s;
    s << u"hashed_payload=$(printf '%s' \"$body\" | sha256_hex)"_s;
    s << u"canonical_request=$(printf 'POST\\n/\\n\\ncontent-type:%s\\nhost:%s\\n\\ncontent-type;host\\n%s' "
         "\"$content_type\" \"$host\" \"$hashed_payload\")"_s;
    s << u"hashed_request=$(printf '%s' \"$canonical_request\" | sha256_hex)"_s;
    s << u"string_to_sign=$(printf 'TC3-HMAC-SHA256\\n%s\\n%s/%s/tc3_request\\n%s' "
         "\"$timestamp\" \"$day\" \"$service\" \"$hashed_request\")"_s;
    s << u"k_date=$(printf '%s' \"$day\" | openssl dgst -sha256 -hmac \"TC3$TENCENTCLOUD_SECRET_KEY\" "
         "| sed 's/^.* //')"_s;
    s << u"k_service=$(printf '%s' \"$service\" | hmac_hex \"$k_date\")"_s;
    s << u"k_signing=$(printf '%s' tc3_request | hmac_hex \"$k_service\")"_s;
    s << u"signature=$(printf '%s' \"$string_to_sign\" | hmac_hex \"$k_signing\")"_s;

    QStringList curlArgs;
    curlArgs << u"printf '%s' \"$body\" | curl -sS -X POST \"$url\""_s;
    curlArgs << u"-H \"Content-Type: $content_type\""_s;
    curlArgs << u"-H \"Authorization: TC3-HMAC-SHA256 Credential=$TENCENTCLOUD_SECRET_ID/$day/$service/"
                "tc3_request, SignedHeaders=content-type;host, Signature=$signature\""_s;
    curlArgs << u"-H "_s + shellQuote(u"X-TC-Action: "_s + action);
    curlArgs << u"-H "_s + shellQuote(u"X-TC-Version: "_s + version);
    curlArgs << u"-H \"X-TC-Timestamp: $timestamp\""_s;
    if (!region.isEmpty())
        curlArgs << u"-H "_s + shellQuote(u"X-TC-Region: "_s + region);
    if (token)
        curlArgs << u"-H \"X-TC-Token: $TENCENTCLOUD_TOKEN\""_s;
    if (!language.isEmpty())
        curlArgs << u"-H "_s + shellQuote(u"X-TC-Language: "_s + language);
    if (!requestClient.isEmpty())
        curlArgs << u"-H "_s + shellQuote(u"X-TC-RequestClient: "_s + requestClient);
    curlArgs << u"-H 'Expect:'"_s;
    curlArgs << u"--data-binary @-"_s;
    s << curlArgs.join(u" \\\n    "_s);
    s << u"echo"_s;
    s << u")"_s;
    return s.join(u'\n') + u'\n';
}

QString CommandExport::scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"True"_s : u"False"_s; // as tccli's documented examples write them
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return {};
    }
}

void CommandExport::flatten(const QString& path, const QJsonValue& value, QList<TccliParameter>* params)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return;
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), params);
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            return;
        bool scalars = true;
        bool objects = true;
        for (const QJsonValue& v : a) {
            scalars = scalars && (v.isString() || v.isDouble() || v.isBool());
            objects = objects && v.isObject();
        }
        if (scalars) { // --FileIds a b c
            TccliParameter p { path, {} };
            for (const QJsonValue& v : a)
                p.values.append(scalarText(v));
            params->append(p);
        } else if (objects) { // --VideoInfos.0.Type File --VideoInfos.0.FileId ...
            for (qsizetype i = 0; i < a.size(); ++i)
                flatten(path + u'.' + QString::number(i), a.at(i), params);
        } else { // mixed or nested arrays: the JSON text, which tccli also accepts for complex types
            params->append({ path, { QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) } });
        }
        return;
    }
    default:
        params->append({ path, { scalarText(value) } });
        return;
    }
}

QList<CommandExport::TccliParameter> CommandExport::tccliParameters(const QJsonObject& body)
{
    QList<TccliParameter> params;
    flatten(QString(), body, &params);
    return params;
}

QString CommandExport::tccli(const HttpExchange& exchange, const Options& options)
{
    const QString region
        = options.region.isEmpty() ? QString::fromUtf8(header(exchange, "X-TC-Region")) : options.region;
    const QString language = options.language.isEmpty() ? QString::fromUtf8(header(exchange, "X-TC-Language"))
                                                        : options.language;
    const QString version = QString::fromUtf8(header(exchange, "X-TC-Version"));
    QString action = exchange.action;
    if (action.isEmpty())
        action = QString::fromUtf8(header(exchange, "X-TC-Action"));

    QStringList lines;
    lines << u"tccli vod "_s + shellQuote(action) + u" --cli-unfold-argument"_s;
    if (!region.isEmpty())
        lines << u"--region "_s + shellQuote(region);
    // tccli calls vod.tencentcloudapi.com unless told otherwise.
    QString host = exchange.url.host().toLower();
    if (exchange.url.port() > 0)
        host += u':' + QString::number(exchange.url.port());
    if (!host.isEmpty() && host != "vod.tencentcloudapi.com"_L1)
        lines << u"--endpoint "_s + shellQuote(host);
    if (!language.isEmpty())
        lines << u"--language "_s + shellQuote(language);
    if (!version.isEmpty() && version != "2018-07-17"_L1)
        lines << u"--version "_s + shellQuote(version);

    const QJsonObject body = QJsonDocument::fromJson(exchange.requestBody).object();
    for (const TccliParameter& p : tccliParameters(body)) {
        // Parameter names are API identifiers (letters, digits, dots): no quoting needed. A single value
        // that starts with '-' is attached with '=' so that tccli's parser cannot take it for an option.
        if (p.values.size() == 1 && p.values.first().startsWith(u'-')) {
            lines << shellQuote(u"--"_s + p.name + u'=' + p.values.first());
            continue;
        }
        QString line = u"--"_s + p.name;
        for (const QString& v : p.values)
            line += u' ' + shellQuote(v);
        lines << line;
    }
    return lines.join(u" \\\n    "_s) + u'\n';
}
