#include "app/dialogs/RequestInspector.h"

#include "core/api/CommandExport.h"
#include "core/signing/Credentials.h"
#include "ui_RequestInspector.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxBodyShown = 256 * 1024;
}

RequestInspector::RequestInspector(QWidget* parent)
    : QWidget(parent, Qt::Window) // a window of its own; a dock's setWidget() makes it a child
    , m_ui(std::make_unique<Ui::RequestInspector>())
{
    m_ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* edit : { m_ui->requestText, m_ui->signingText, m_ui->responseText })
        edit->setFont(mono);
    m_ui->requestText->setAccessibleName(tr("Request"));
    m_ui->signingText->setAccessibleName(tr("Signing"));
    m_ui->responseText->setAccessibleName(tr("Response"));
    m_ui->copyCurlButton->setAccessibleName(tr("Copy as cURL"));
    m_ui->copyTccliButton->setAccessibleName(tr("Copy as tccli command"));
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestInspector::copyCurl);
    connect(m_ui->copyTccliButton, &QPushButton::clicked, this, &RequestInspector::copyTccli);
    clear();
}

RequestInspector::~RequestInspector() = default;

void RequestInspector::clear()
{
    m_exchange = {};
    m_hasExchange = false;
    m_ui->requestText->clear();
    m_ui->signingText->clear();
    m_ui->responseText->clear();
    m_ui->summaryLabel->clear();
    m_ui->copyStatusLabel->clear();
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    m_ui->copyCurlButton->setEnabled(false);
    m_ui->copyTccliButton->setEnabled(false);
}

void RequestInspector::setExchange(const HttpExchange& exchange, const QString& secretIdForMasking,
    const QString& region, const QString& language, bool usedToken)
{
    m_exchange = exchange;
    m_region = region;
    m_language = language;
    m_usedToken = usedToken;
    m_hasExchange = true;

    // Belt and braces: whatever the exchange holds, the full SecretId is never displayed.
    auto scrub = [&secretIdForMasking](QString text) {
        const QString id = secretIdForMasking.trimmed();
        if (id.size() >= 4)
            text.replace(id, Credentials::maskId(id));
        return text;
    };
    m_ui->requestText->setPlainText(scrub(requestText(exchange, secretIdForMasking)));
    m_ui->signingText->setPlainText(scrub(signingText(exchange)));
    m_ui->responseText->setPlainText(scrub(responseText(exchange)));

    QString summary = exchange.httpStatus > 0
        ? tr("%1: HTTP %2 in %3 ms").arg(exchange.action).arg(exchange.httpStatus).arg(exchange.elapsedMs)
        : tr("%1: no HTTP answer").arg(exchange.action);
    const QJsonObject response
        = QJsonDocument::fromJson(exchange.responseBody).object().value("Response"_L1).toObject();
    const QString requestId = response.value("RequestId"_L1).toString();
    if (!requestId.isEmpty())
        summary += u" \u00b7 "_s + tr("RequestId %1").arg(requestId);
    const QString code = response.value("Error"_L1).toObject().value("Code"_L1).toString();
    if (!code.isEmpty())
        summary += u" \u00b7 "_s + code;
    m_ui->summaryLabel->setText(summary);
    m_ui->copyStatusLabel->clear();
    m_ui->copyCurlButton->setEnabled(true);
    m_ui->copyTccliButton->setEnabled(!exchange.action.isEmpty());
    m_ui->stack->setCurrentWidget(m_ui->exchangePage);
}

QString RequestInspector::curlCommand() const
{
    return m_hasExchange ? CommandExport::curl(m_exchange, { m_region, m_language, m_usedToken }) : QString();
}

QString RequestInspector::tccliCommand() const
{
    return m_hasExchange ? CommandExport::tccli(m_exchange, { m_region, m_language, m_usedToken })
                         : QString();
}

void RequestInspector::copyCurl()
{
    if (!m_hasExchange)
        return;
    QGuiApplication::clipboard()->setText(curlCommand());
    m_ui->copyStatusLabel->setText(
        tr("Copied. It reads TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY%1 from the environment.")
            .arg(m_usedToken ? tr(" and TENCENTCLOUD_TOKEN") : QString()));
}

void RequestInspector::copyTccli()
{
    if (!m_hasExchange)
        return;
    QGuiApplication::clipboard()->setText(tccliCommand());
    m_ui->copyStatusLabel->setText(tr("Copied. tccli uses its own configured credentials."));
}

QString RequestInspector::maskCredential(const QString& headerValue)
{
    static const QRegularExpression re(u"Credential=([^/,\\s]+)"_s);
    QString out = headerValue;
    QRegularExpressionMatch m = re.match(out);
    while (m.hasMatch()) {
        const QString masked = Credentials::maskId(m.captured(1));
        out.replace(m.capturedStart(1), m.capturedLength(1), masked);
        m = re.match(out, m.capturedStart(1) + masked.size());
    }
    return out;
}

QString RequestInspector::prettyBody(const QByteArray& body)
{
    if (body.isEmpty())
        return tr("(empty body)");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    QString text = QString::fromUtf8(body.left(kMaxBodyShown));
    if (body.size() > kMaxBodyShown)
        text += u'\n' + tr("(%1 more bytes not shown)").arg(body.size() - kMaxBodyShown);
    return text;
}

QString RequestInspector::requestText(const HttpExchange& exchange, const QString& secretIdForMasking)
{
    QStringList lines;
    lines << u"POST "_s + exchange.url.toString();
    for (const auto& [name, value] : exchange.requestHeaders) {
        QString shown;
        if (name.compare("X-TC-Token", Qt::CaseInsensitive) == 0)
            shown = QString::fromLatin1(HttpExchange::kRedacted);
        else if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            shown = maskCredential(QString::fromUtf8(value));
        else
            shown = QString::fromUtf8(value);
        lines << QString::fromUtf8(name) + u": "_s + shown;
    }
    lines << QString() << prettyBody(exchange.requestBody);
    QString text = lines.join(u'\n');
    const QString id = secretIdForMasking.trimmed();
    if (id.size() >= 4)
        text.replace(id, Credentials::maskId(id));
    return text;
}

QString RequestInspector::signingText(const HttpExchange& exchange)
{
    QStringList lines;
    lines << tr("Canonical request:") << QString::fromUtf8(exchange.canonicalRequest) << QString();
    lines << tr("String to sign:") << QString::fromUtf8(exchange.stringToSign) << QString();
    lines << tr("The signature is an HMAC-SHA256 chain keyed by the SecretKey, which is never shown.");
    return lines.join(u'\n');
}

QString RequestInspector::responseText(const HttpExchange& exchange)
{
    QStringList lines;
    lines << (exchange.httpStatus > 0 ? tr("HTTP %1").arg(exchange.httpStatus) : tr("No HTTP status"));
    for (const auto& [name, value] : exchange.responseHeaders)
        lines << QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value);
    lines << QString() << prettyBody(exchange.responseBody);
    return lines.join(u'\n');
}
