#include "emulator/server/EmulatorCommandLine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

struct Flag
{
    const char* name;
    const char* valueName; // nullptr: a switch
    const char* help;
};

// Every flag, in --help order.
const Flag kFlags[] = {
    { "listen", "HOST:PORT",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Address to listen on (default 127.0.0.1:8708; port 0 = any free port). The first line on stdout "
            "is "
            "\"listening on http://HOST:PORT\".") },
    { "secret-id", "ID",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "A SecretId that may call the API; give --secret-key after each. Repeatable. Replaces the "
            "built-in demo "
            "credentials.") },
    { "secret-key", "KEY",
        QT_TRANSLATE_NOOP("EmulatorCommandLine", "The SecretKey of the preceding --secret-id.") },
    { "token", "TOKEN",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Require X-TC-Token to equal TOKEN (else AuthFailure.TokenFailure), as with temporary "
            "credentials.") },
    { "account-id", "N",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Account id that prefixes TaskIds of requests without SubAppId (default 251441341).") },
    { "sub-app-id", "N",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "An accepted SubAppId (repeatable); others get InvalidParameterValue.SubAppId. Default: any.") },
    { "task-seconds", "S",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Processing time of a task in seconds (default 4; WAITING for the first 10%; #slow multiplies by "
            "10).") },
    { "data-dir", "DIR",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Keep tasks (tasks.json) and rendered files in DIR so that they survive a restart. Default: "
            "memory only.") },
    { "header-timeout", "S",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "A request head not complete within S seconds, however slowly it trickles, is answered 408 and "
            "its connection closed (default 30).") },
    { "idle-timeout", "S",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "A connection without a byte for S seconds, between requests or within a body, is closed "
            "(default 120).") },
    { "render-cache-mb", "N",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Rendered outputs kept in memory, in MiB; the least recently used leave first (default 64).") },
    { "upload-credential-seconds", "S",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Lifetime of the temporary object-storage credentials ApplyUpload hands out (default 3600).") },
    { "blocked-word", "WORD",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "A word that makes CreateAigcAudioTask answer InvalidParameter.ViolationContent "
            "(case-insensitive, "
            "repeatable; replaces the default list: #blocked, nsfw, porn, terrorism). Give \"\" to block "
            "nothing.") },
    { "create-limit", "N",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "CreateAigcAudioTask requests per second per SecretId before RequestLimitExceeded (default 20; 0 "
            "= no "
            "limit).") },
    { "read-limit", "N",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Requests per second per SecretId for each other action (default 100; 0 = no limit).") },
    { "clock-offset", "SECONDS",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Run the emulator's clock this many seconds ahead (negative: behind) of the system clock: "
            "signature "
            "expiry, Date headers and task times use it.") },
    { "fault-rate", "R",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Probability (0-1) of answering an API error from --fault-codes instead of running the "
            "action.") },
    { "fault-codes", "CODES",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Comma-separated API error codes for --fault-rate (default InternalError), e.g. "
            "InternalError,RequestLimitExceeded,ServiceUnavailable.") },
    { "drop-rate", "R",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Probability of reading a request and closing the connection without answering.") },
    { "truncate-rate", "R",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Probability of sending the status and the full Content-Length, then half the body, then "
            "closing.") },
    { "http-error-rate", "R",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Probability of answering an HTTP error status (see --http-error-codes) with an HTML body.") },
    { "http-error-codes", "CODES",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Comma-separated HTTP statuses for --http-error-rate (default 500,502).") },
    { "latency-ms", "MS",
        QT_TRANSLATE_NOOP("EmulatorCommandLine", "Delay every matching request by MS milliseconds.") },
    { "latency-spike-ms", "MS",
        QT_TRANSLATE_NOOP(
            "EmulatorCommandLine", "Extra delay added with probability --latency-spike-rate.") },
    { "latency-spike-rate", "R",
        QT_TRANSLATE_NOOP("EmulatorCommandLine", "Probability of a latency spike.") },
    { "fault-actions", "ACTIONS",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Comma-separated actions the faults and latency apply to (default: every API action); add File "
            "for downloads of generated files, and PutObject, InitiateMultipartUpload, UploadPart, "
            "CompleteMultipartUpload, ListParts (or Cos for every object-storage operation) for uploads.") },
    { "fault-stage", "STAGE",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "before (default): fail the request without running it. after: run it (a Create creates its "
            "task), "
            "then lose or replace the answer - the ambiguous case.") },
    { "fault-seed", "N",
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "Seed of the fault dice (default: random): the same requests meet the same faults.") },
    { "fault-limit", "N",
        QT_TRANSLATE_NOOP(
            "EmulatorCommandLine", "Inject at most N faults in all, then behave (default 0 = no limit).") },
    { "log", nullptr,
        QT_TRANSLATE_NOOP("EmulatorCommandLine",
            "One line per request on stderr: time, client, action, masked SecretId, result, milliseconds.") },
};

bool parseRate(const QString& text, double* out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0.0 || v > 1.0)
        return false;
    *out = v;
    return true;
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

QString EmulatorCommandLine::helpText()
{
    QString text
        = tr("Usage: aigc-vod-emulator [options]\n"
             "A local emulator of Tencent Cloud VOD's AI audio generation API (2018-07-17).\n"
             "Built-in demo credentials: SecretId %1, SecretKey %2.\n"
             "Prompt triggers: #fail-generate #fail-moderation #fail-timeout #fail-internal "
             "#fail-resource #fail-concurrency #fail-violation #fail-value #fail-backlog #fail-parameter "
             "#fail-format #fail-notfound #fail-canceled #slow #stuck (see docs/emulator.md).\n\nOptions:\n")
              .arg(QString::fromLatin1(kEmulatorDemoSecretId), QString::fromLatin1(kEmulatorDemoSecretKey));
    for (const Flag& f : kFlags) {
        QString left = u"  --"_s + QLatin1StringView(f.name);
        if (f.valueName)
            left += u' ' + QLatin1StringView(f.valueName);
        text += left.leftJustified(30) + u' ' + QCoreApplication::translate("EmulatorCommandLine", f.help)
            + u'\n';
    }
    text += u"  -h, --help"_s.leftJustified(30) + u' ' + tr("Show this help and exit.") + u'\n';
    text += u"  -v, --version"_s.leftJustified(30) + u' ' + tr("Show the version and exit.") + u'\n';
    return text;
}

bool EmulatorCommandLine::parseListen(
    const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    const QString t = text.trimmed();
    QString host;
    QString portText;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0 || t.mid(close + 1, 1) != ":"_L1) {
            *error = tr("--listen: expected [IPv6]:PORT (got \"%1\")").arg(text);
            return false;
        }
        host = t.mid(1, close - 1);
        portText = t.mid(close + 2);
    } else {
        const qsizetype colon = t.lastIndexOf(u':');
        if (colon < 0) {
            *error = tr("--listen: expected HOST:PORT (got \"%1\")").arg(text);
            return false;
        }
        host = t.left(colon);
        portText = t.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = tr("--listen: the port must be a number from 0 to 65535 (got \"%1\")").arg(portText);
        return false;
    }
    QHostAddress a;
    if (host.isEmpty() || host == "localhost"_L1)
        a = QHostAddress::LocalHost;
    else if (host == "*"_L1)
        a = QHostAddress::Any;
    else if (!a.setAddress(host)) {
        *error = tr("--listen: \"%1\" is not an IP address").arg(host);
        return false;
    }
    *address = a;
    *port = static_cast<quint16>(p);
    return true;
}

bool EmulatorCommandLine::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Flag& f : kFlags) {
        QCommandLineOption o(QString::fromLatin1(f.name), QString::fromLatin1(f.help));
        if (f.valueName)
            o.setValueName(QString::fromLatin1(f.valueName));
        parser.addOption(o);
    }
    parser.addOption(QCommandLineOption({ u"h"_s, u"help"_s }, tr("Show this help and exit.")));
    parser.addOption(QCommandLineOption({ u"v"_s, u"version"_s }, tr("Show the version and exit.")));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return false;
    }
    helpRequested = parser.isSet(u"help"_s);
    versionRequested = parser.isSet(u"version"_s);
    if (helpRequested || versionRequested)
        return true;

    auto number = [&](const char* name, qint64 min, qint64 max, qint64* out) {
        const QString n = QString::fromLatin1(name);
        if (!parser.isSet(n))
            return true;
        bool ok = false;
        const qint64 v = parser.value(n).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = tr("--%1: expected an integer from %2 to %3 (got \"%4\")")
                         .arg(n)
                         .arg(min)
                         .arg(max)
                         .arg(parser.value(n));
            return false;
        }
        *out = v;
        return true;
    };
    auto rate = [&](const char* name, double* out) {
        const QString n = QString::fromLatin1(name);
        if (parser.isSet(n) && !parseRate(parser.value(n), out)) {
            *error = tr("--%1: expected a probability from 0 to 1 (got \"%2\")").arg(n, parser.value(n));
            return false;
        }
        return true;
    };

    if (parser.isSet(u"listen"_s)) {
        if (!parseListen(parser.value(u"listen"_s), &address, &port, error))
            return false;
    }
    const QStringList ids = parser.values(u"secret-id"_s);
    const QStringList keys = parser.values(u"secret-key"_s);
    if (ids.size() != keys.size()) {
        *error = tr("--secret-id and --secret-key must come in pairs (%1 ids, %2 keys)")
                     .arg(ids.size())
                     .arg(keys.size());
        return false;
    }
    if (!ids.isEmpty()) {
        config.credentials.clear();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids.at(i).trimmed().isEmpty() || keys.at(i).isEmpty()) {
                *error = tr("--secret-id and --secret-key must not be empty");
                return false;
            }
            config.credentials.append({ ids.at(i).trimmed(), keys.at(i) });
        }
    }
    config.token = parser.value(u"token"_s);
    qint64 v = 0;
    if (!number("account-id", 1, 9'000'000'000'000LL, &v))
        return false;
    if (parser.isSet(u"account-id"_s))
        config.accountId = static_cast<quint64>(v);
    for (const QString& s : parser.values(u"sub-app-id"_s)) {
        bool ok = false;
        const quint64 id = s.toULongLong(&ok);
        if (!ok) {
            *error = tr("--sub-app-id: expected an unsigned integer (got \"%1\")").arg(s);
            return false;
        }
        config.subAppIds.append(id);
    }
    if (parser.isSet(u"task-seconds"_s)) {
        bool ok = false;
        const double s = parser.value(u"task-seconds"_s).toDouble(&ok);
        if (!ok || s < 0.01 || s > 86400) {
            *error = tr("--task-seconds: expected seconds from 0.01 to 86400 (got \"%1\")")
                         .arg(parser.value(u"task-seconds"_s));
            return false;
        }
        config.taskSeconds = s;
    }
    config.dataDir = parser.value(u"data-dir"_s);
    for (const auto& [flag, target] : { std::pair { "header-timeout", &config.headerTimeoutMs },
             std::pair { "idle-timeout", &config.idleTimeoutMs } }) {
        if (!parser.isSet(QLatin1StringView(flag)))
            continue;
        bool ok = false;
        const double seconds = parser.value(QLatin1StringView(flag)).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 86400) {
            *error = tr("--%1: expected seconds from 0.1 to 86400 (got \"%2\")")
                         .arg(QLatin1StringView(flag), parser.value(QLatin1StringView(flag)));
            return false;
        }
        *target = static_cast<int>(seconds * 1000);
    }
    qint64 cacheMb = config.renderCacheBytes / (1024 * 1024);
    if (!number("render-cache-mb", 0, 1024 * 1024, &cacheMb))
        return false;
    config.renderCacheBytes = cacheMb * 1024 * 1024;
    if (!number("upload-credential-seconds", 1, 30LL * 86400, &config.uploadCredentialSeconds))
        return false;
    if (parser.isSet(u"blocked-word"_s)) {
        config.blockedWords.clear();
        for (const QString& w : parser.values(u"blocked-word"_s)) {
            if (!w.trimmed().isEmpty())
                config.blockedWords.append(w.trimmed());
        }
    }
    v = config.createPerSecond;
    if (!number("create-limit", 0, 1'000'000, &v))
        return false;
    config.createPerSecond = static_cast<int>(v);
    v = config.readPerSecond;
    if (!number("read-limit", 0, 1'000'000, &v))
        return false;
    config.readPerSecond = static_cast<int>(v);
    if (!number("clock-offset", -10LL * 365 * 86400, 10LL * 365 * 86400, &config.clockOffsetSeconds))
        return false;

    FaultConfig& f = config.faults;
    if (!rate("fault-rate", &f.faultRate) || !rate("drop-rate", &f.dropRate)
        || !rate("truncate-rate", &f.truncateRate) || !rate("http-error-rate", &f.httpErrorRate)
        || !rate("latency-spike-rate", &f.latencySpikeRate))
        return false;
    if (parser.isSet(u"fault-codes"_s))
        f.faultCodes = splitList(parser.value(u"fault-codes"_s));
    if (parser.isSet(u"http-error-codes"_s)) {
        f.httpErrorStatuses.clear();
        for (const QString& s : splitList(parser.value(u"http-error-codes"_s))) {
            bool ok = false;
            const int status = s.toInt(&ok);
            if (!ok || status < 400 || status > 599) {
                *error = tr("--http-error-codes: expected HTTP statuses from 400 to 599 (got \"%1\")").arg(s);
                return false;
            }
            f.httpErrorStatuses.append(status);
        }
    }
    v = 0;
    if (!number("latency-ms", 0, 600'000, &v))
        return false;
    f.latencyMs = static_cast<int>(v);
    v = 0;
    if (!number("latency-spike-ms", 0, 600'000, &v))
        return false;
    f.latencySpikeMs = static_cast<int>(v);
    if (parser.isSet(u"fault-actions"_s))
        f.actions = splitList(parser.value(u"fault-actions"_s));
    if (parser.isSet(u"fault-stage"_s)) {
        const QString stage = parser.value(u"fault-stage"_s).trimmed().toLower();
        if (stage == "before"_L1)
            f.stage = FaultConfig::Stage::Before;
        else if (stage == "after"_L1)
            f.stage = FaultConfig::Stage::After;
        else {
            *error = tr("--fault-stage: expected before or after (got \"%1\")")
                         .arg(parser.value(u"fault-stage"_s));
            return false;
        }
    }
    if (parser.isSet(u"fault-seed"_s)) {
        bool ok = false;
        f.seed = parser.value(u"fault-seed"_s).toULongLong(&ok);
        if (!ok) {
            *error = tr("--fault-seed: expected an unsigned integer (got \"%1\")")
                         .arg(parser.value(u"fault-seed"_s));
            return false;
        }
    }
    v = 0;
    if (!number("fault-limit", 0, 1'000'000'000, &v))
        return false;
    f.limit = static_cast<int>(v);
    config.log = parser.isSet(u"log"_s);
    return true;
}
