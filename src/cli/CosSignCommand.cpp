#include "cli/CosSignCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "cli/SecretKeyOption.h"
#include "core/signing/CosSigner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// "get\n/k\n" -> "get\\n/k\\n": one line per intermediate string.
QString escaped(const QByteArray& text)
{
    QString s = QString::fromUtf8(text);
    s.replace(u'\\', u"\\\\"_s);
    s.replace(u'\n', u"\\n"_s);
    return s;
}

} // namespace

QString CosSignCommand::summary() const
{
    return tr("Sign an object-storage request (q-sign, SHA-1) and print its Authorization, without sending "
              "it.");
}

void CosSignCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ u"secret-id"_s, tr("The SecretId (of the temporary credentials)."), u"ID"_s });
    SecretKeyOption::add(parser);
    parser.addOption({ u"method"_s, tr("The HTTP method, e.g. PUT or POST (any case)."), u"M"_s });
    parser.addOption({ u"key"_s, tr("The object key, with or without the leading /."), u"OBJECTKEY"_s });
    parser.addOption(
        { u"key-time"_s, tr("The validity as \"START;END\", Unix seconds (e.g. now-60;now+900)."), u"T"_s });
    parser.addOption({ u"header"_s,
        tr("A request header \"Name: value\"; repeatable. Only the ones the official SDK signs are used "
           "(host, content-length, content-type, content-md5, x-cos-*, ...)."),
        u"H"_s });
    parser.addOption({ u"query"_s,
        tr("A query parameter name=value (a bare name has an empty value, e.g. uploads); repeatable."),
        u"Q"_s });
    parser.addOption({ u"bucket"_s,
        tr("With --region and no Host header: sign Host as BUCKET.cos.REGION.myqcloud.com."), u"BUCKET"_s });
    parser.addOption(
        { u"region"_s, tr("The bucket's region, e.g. ap-guangzhou (see --bucket)."), u"REGION"_s });
    parser.addOption({ u"verbose"_s, tr("Also print every intermediate string on standard error.") });
}

void CosSignCommand::run(const QCommandLineParser& parser)
{
    ValidationIssues issues;
    if (!parser.isSet(u"secret-id"_s) || parser.value(u"secret-id"_s).isEmpty())
        issues.append({ u"--secret-id"_s, tr("is required") });
    const QString secretKey = SecretKeyOption::read(parser, *env(), issues);
    for (const auto& required : { u"method"_s, u"key"_s, u"key-time"_s }) {
        if (!parser.isSet(required) || parser.value(required).isEmpty())
            issues.append({ u"--"_s + required, tr("is required") });
    }
    static const QRegularExpression methodRe(u"^[A-Za-z]+$"_s);
    if (parser.isSet(u"method"_s) && !parser.value(u"method"_s).isEmpty()
        && !methodRe.match(parser.value(u"method"_s)).hasMatch())
        issues.append({ u"--method"_s,
            tr("must be an HTTP method such as PUT (got \"%1\")").arg(parser.value(u"method"_s)) });
    if (parser.isSet(u"key-time"_s) && !parser.value(u"key-time"_s).isEmpty()
        && !CosSigner::isValidKeyTime(parser.value(u"key-time"_s)))
        issues.append({ u"--key-time"_s,
            tr("must be \"START;END\" in Unix seconds with START <= END (got \"%1\")")
                .arg(parser.value(u"key-time"_s)) });

    CosSigner::Pairs headers;
    static const QRegularExpression headerNameRe(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    for (const QString& h : parser.values(u"header"_s)) {
        const qsizetype colon = h.indexOf(u':');
        const QString name = colon < 0 ? QString() : h.left(colon).trimmed();
        if (colon < 0 || !headerNameRe.match(name).hasMatch()) {
            issues.append({ u"--header"_s, tr("must be \"Name: value\" (got \"%1\")").arg(h) });
            continue;
        }
        headers.append({ name, h.mid(colon + 1).trimmed() });
    }
    CosSigner::Pairs query;
    for (const QString& q : parser.values(u"query"_s)) {
        const qsizetype eq = q.indexOf(u'=');
        const QString name = eq < 0 ? q : q.left(eq);
        if (name.isEmpty()) {
            issues.append({ u"--query"_s, tr("must be name=value with a name (got \"%1\")").arg(q) });
            continue;
        }
        query.append({ name, eq < 0 ? QString() : q.mid(eq + 1) });
    }
    if (parser.isSet(u"bucket"_s) != parser.isSet(u"region"_s))
        issues.append({ parser.isSet(u"bucket"_s) ? u"--region"_s : u"--bucket"_s,
            tr("--bucket and --region go together") });
    if (!issues.isEmpty()) {
        for (const ValidationIssue& i : issues.mid(0, issues.size() - 1))
            env()->err() << u"aigc-audio "_s << name() << u": "_s << i.toString() << u'\n';
        fail(ExitBadInput, issues.last().toString());
        return;
    }

    CosSigner::Input in;
    in.secretId = parser.value(u"secret-id"_s);
    in.secretKey = secretKey;
    in.method = parser.value(u"method"_s);
    in.key = parser.value(u"key"_s);
    in.keyTime = parser.value(u"key-time"_s);
    in.headers = headers;
    in.query = query;
    in.bucket = parser.value(u"bucket"_s);
    in.region = parser.value(u"region"_s);
    const CosSigner::Output s = CosSigner::sign(in);

    if (parser.isSet(u"verbose"_s)) {
        QTextStream& e = env()->err();
        e << u"pathname: "_s << escaped(s.pathname) << u'\n';
        e << u"httpParameters: "_s << escaped(s.httpParameters) << u'\n';
        e << u"httpHeaders: "_s << escaped(s.httpHeaders) << u'\n';
        e << u"formatString: "_s << escaped(s.formatString) << u'\n';
        e << u"formatStringSha1: "_s << QString::fromUtf8(s.formatStringSha1) << u'\n';
        e << u"signKey: "_s << QString::fromUtf8(s.signKey) << u'\n';
        e << u"stringToSign: "_s << escaped(s.stringToSign) << u'\n';
        e << u"signature: "_s << QString::fromUtf8(s.signature) << u'\n';
        e << u"q-header-list: "_s << escaped(s.headerList) << u'\n';
        e << u"q-url-param-list: "_s << escaped(s.urlParamList) << u'\n';
    }
    env()->out() << QString::fromUtf8(s.authorization) << u'\n';
    done(ExitOk);
}
