#include "core/tasks/DiagnosticsReport.h"

#include "core/api/VodClient.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/LogBuffer.h"
#include "core/tasks/HistoryStore.h"
#include "core/uploads/UploadStore.h"

#include <QSysInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

DiagnosticsReport::Input DiagnosticsReport::collect(const Sources& sources)
{
    Input in;
    in.appVersion = sources.appVersion;
    in.configDir = sources.configDir;
    in.dataDir = sources.dataDir;
    in.libraryDir = sources.libraryDir;
    in.activeProfile = sources.activeProfile;
    if (sources.profiles)
        in.profiles = sources.profiles->list();
    if (sources.client) {
        in.activeEndpoint = sources.client->config().baseUrl.toString();
        // Nothing should carry them, but if anything did, the report will not.
        in.secrets << sources.client->config().credentials.secretKey
                   << sources.client->config().credentials.token;
    }
    if (sources.history) {
        for (TaskRecord::State state : TaskRecord::allStates()) {
            HistoryFilter f;
            f.states = { state };
            if (const int n = sources.history->count(f); n > 0)
                in.tasksByState.insert(TaskRecord::stateName(state), n);
        }
        HistoryFilter latest;
        latest.limit = 20;
        in.recentTasks = sources.history->list(latest);
    }
    if (sources.uploads)
        in.unfinishedUploads = static_cast<int>(sources.uploads->unfinished().size());
    in.logLines = LogBuffer::recent();
    return in;
}

QString DiagnosticsReport::maskSecretId(const QString& secretId)
{
    if (secretId.isEmpty())
        return {};
    return secretId.left(4) + u"****"_s + (secretId.size() > 8 ? secretId.right(4) : QString());
}

QString DiagnosticsReport::redact(QString text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.size() < 4)
            continue; // too short to tell from ordinary text; never a real key
        const QByteArray utf8 = secret.toUtf8();
        const QStringList forms { secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
            QString::fromLatin1(utf8.toBase64()),
            QString::fromLatin1(utf8.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals)),
            QString::fromLatin1(
                utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
            QString::fromLatin1(utf8.toHex()), QString::fromLatin1(utf8.toHex()).toUpper() };
        for (const QString& form : forms)
            text.replace(form, u"[redacted]"_s);
    }
    return text;
}

QString DiagnosticsReport::render(const Input& in)
{
    QString t;
    const auto line = [&t](const QString& s) { t += s + u'\n'; };
    line(tr("AIGC Audio Studio diagnostics"));
    line(tr("Secrets (SecretKey, token, proxy passwords) are not included; SecretIds are masked."));
    line({});
    line(u"== "_s + tr("Versions"));
    line(u"AIGC Audio Studio "_s + in.appVersion);
    line(u"Qt "_s + QString::fromLatin1(qVersion()));
    line(QSysInfo::prettyProductName() + u" ("_s + QSysInfo::currentCpuArchitecture() + u')');
    line({});
    line(u"== "_s + tr("Folders"));
    line(tr("config: %1").arg(in.configDir));
    line(tr("data: %1").arg(in.dataDir));
    line(tr("library: %1").arg(in.libraryDir));
    line({});
    line(u"== "_s + tr("Profiles"));
    for (const Profile& p : in.profiles) {
        QString s = u"- "_s + p.name + (p.name == in.activeProfile ? tr(" (active)") : QString());
        s += u": endpoint "_s + p.endpoint.toString();
        if (!p.region.isEmpty())
            s += u", region "_s + p.region;
        if (p.subAppId)
            s += u", SubAppId "_s + QString::number(*p.subAppId);
        s += p.plaintextSecrets ? tr(", secrets in a plain-text file") : tr(", secrets in the keychain");
        if (p.emulator)
            s += tr(", offline demo");
        line(s);
    }
    if (!in.activeEndpoint.isEmpty())
        line(tr("active endpoint: %1").arg(in.activeEndpoint));
    line({});
    line(u"== "_s + tr("History"));
    for (auto it = in.tasksByState.cbegin(); it != in.tasksByState.cend(); ++it)
        line(u"%1: %2"_s.arg(it.key()).arg(it.value()));
    line(tr("unfinished uploads: %1").arg(in.unfinishedUploads));
    line({});
    line(u"== "_s + tr("Latest tasks"));
    for (const TaskRecord& r : in.recentTasks) {
        QString s = u"- "_s + r.submittedAt.toUTC().toString(Qt::ISODate) + u' '
            + (r.taskId.isEmpty() ? tr("(no TaskId)") : r.taskId) + u' ' + TaskRecord::stateName(r.state);
        if (!r.errCodeExt.isEmpty())
            s += u' ' + r.errCodeExt;
        if (!r.errorMessage.isEmpty())
            s += u": "_s + r.errorMessage;
        if (!r.requestId.isEmpty())
            s += u" (RequestId "_s + r.requestId + u')';
        if (!r.downloadError.isEmpty())
            s += u"; "_s + tr("download: %1").arg(r.downloadError);
        line(s);
    }
    line({});
    line(u"== "_s + tr("Recent log"));
    for (const QString& l : in.logLines)
        line(l);
    return redact(t, in.secrets);
}
