#include "app/dialogs/ProfileFormFields.h"

#include "core/profiles/ProfileStore.h"
#include "core/support/FieldParse.h"
#include "emulator/http/EmulatorInfo.h"
#include "ui_ProfilesDialog.h"

#include <QStyle>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const char* const kInvalidProperty = "invalid";
} // namespace

ProfileFormFields::ProfileFormFields(Ui::ProfilesDialog* ui)
    : m_ui(ui)
{
}

const QStringList& ProfileFormFields::commonRegions()
{
    static const QStringList regions { u"ap-guangzhou"_s, u"ap-shanghai"_s, u"ap-beijing"_s,
        u"ap-singapore"_s, u"ap-hongkong"_s, u"ap-tokyo"_s, u"ap-seoul"_s, u"ap-bangkok"_s, u"ap-jakarta"_s,
        u"ap-mumbai"_s, u"na-siliconvalley"_s, u"na-ashburn"_s, u"eu-frankfurt"_s, u"sa-saopaulo"_s };
    return regions;
}

QString ProfileFormFields::defaultEmulatorUrl()
{
    return u"http://127.0.0.1:%1/"_s.arg(kEmulatorDefaultPort);
}

void ProfileFormFields::setUp()
{
    auto* ui = m_ui;
    ui->endpointCombo->addItem(tr("China (vod.tencentcloudapi.com)"), int(Preset::China));
    ui->endpointCombo->addItem(
        tr("International (vod.intl.tencentcloudapi.com)"), int(Preset::International));
    ui->endpointCombo->addItem(tr("Regional (vod.<region>.tencentcloudapi.com)"), int(Preset::Regional));
    ui->endpointCombo->addItem(tr("Local emulator (offline demo)"), int(Preset::LocalEmulator));
    ui->endpointCombo->addItem(tr("Custom URL"), int(Preset::CustomUrl));
    ui->regionCombo->addItems(commonRegions());
    ui->headerRegionCombo->addItem(QString());
    ui->headerRegionCombo->addItems(commonRegions());
    ui->headerRegionCombo->lineEdit()->setPlaceholderText(tr("Not sent"));
    ui->languageCombo->addItem(tr("Service default"), QString());
    ui->languageCombo->addItem(tr("Chinese (zh-CN)"), u"zh-CN"_s);
    ui->languageCombo->addItem(tr("English (en-US)"), u"en-US"_s);
    ui->proxyModeCombo->addItem(tr("System settings"), int(ProxySettings::Mode::System));
    ui->proxyModeCombo->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    ui->proxyModeCombo->addItem(tr("HTTP proxy"), int(ProxySettings::Mode::Http));
    ui->proxyModeCombo->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Mode::Socks5));

    // Accessible names: what a screen reader says for each control (never a value).
    ui->profileList->setAccessibleName(tr("Profiles"));
    ui->nameEdit->setAccessibleName(tr("Profile name"));
    ui->endpointCombo->setAccessibleName(tr("Endpoint"));
    ui->regionCombo->setAccessibleName(tr("Endpoint region"));
    ui->urlEdit->setAccessibleName(tr("Endpoint URL"));
    ui->headerRegionCombo->setAccessibleName(tr("X-TC-Region header"));
    ui->subAppIdEdit->setAccessibleName(tr("SubAppId"));
    ui->languageCombo->setAccessibleName(tr("Language of error messages"));
    ui->secretIdEdit->setAccessibleName(tr("SecretId"));
    ui->secretKeyEdit->setAccessibleName(tr("SecretKey"));
    ui->tokenEdit->setAccessibleName(tr("Token"));
    ui->revealKeyButton->setAccessibleName(tr("Show the SecretKey"));
    ui->revealTokenButton->setAccessibleName(tr("Show the token"));
    ui->plaintextCheck->setAccessibleName(tr("Keep secrets in a plain-text file"));
    ui->newButton->setAccessibleName(tr("New profile"));
    ui->duplicateButton->setAccessibleName(tr("Duplicate profile"));
    ui->deleteButton->setAccessibleName(tr("Delete profile"));
    ui->importButton->setAccessibleName(tr("Import credentials"));
    ui->testButton->setAccessibleName(tr("Test connection"));
    ui->saveButton->setAccessibleName(tr("Save profile"));
    ui->activeButton->setAccessibleName(tr("Make active"));
    ui->closeButton->setAccessibleName(tr("Close"));
    ui->testResultLabel->setAccessibleName(tr("Connection test result"));
    ui->usePlaintextButton->setAccessibleName(tr("Use a plain-text file"));
    ui->proxyModeCombo->setAccessibleName(tr("Proxy"));
    ui->proxyHostEdit->setAccessibleName(tr("Proxy host"));
    ui->proxyPortSpin->setAccessibleName(tr("Proxy port"));
    ui->proxyUserEdit->setAccessibleName(tr("Proxy user"));
    ui->proxyPasswordEdit->setAccessibleName(tr("Proxy password"));
}

void ProfileFormFields::fill(const Profile& p)
{
    auto* ui = m_ui;
    ui->nameEdit->setText(p.name);
    Preset preset = Preset::China;
    if (p.emulator)
        preset = Preset::LocalEmulator;
    else if (p.endpoint.kind() == Endpoint::Kind::International)
        preset = Preset::International;
    else if (p.endpoint.kind() == Endpoint::Kind::Region)
        preset = Preset::Regional;
    else if (p.endpoint.kind() == Endpoint::Kind::Custom)
        preset = Preset::CustomUrl;
    ui->endpointCombo->setCurrentIndex(ui->endpointCombo->findData(int(preset)));
    ui->regionCombo->setCurrentText(
        p.endpoint.kind() == Endpoint::Kind::Region ? p.endpoint.value() : commonRegions().first());
    ui->urlEdit->setText(p.endpoint.kind() == Endpoint::Kind::Custom ? p.endpoint.value() : QString());
    ui->headerRegionCombo->setCurrentText(p.region);
    ui->subAppIdEdit->setText(p.subAppId ? QString::number(*p.subAppId) : QString());
    ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(p.language)));
    ui->plaintextCheck->setChecked(p.plaintextSecrets);
    ui->proxyModeCombo->setCurrentIndex(std::max(0, ui->proxyModeCombo->findData(int(p.proxy.mode))));
    ui->proxyHostEdit->setText(p.proxy.host);
    ui->proxyPortSpin->setValue(p.proxy.port);
    ui->proxyUserEdit->setText(p.proxy.user);
    ui->proxyPasswordEdit->clear(); // read with the secrets
    ui->secretIdEdit->setText(p.credentials.secretId);
    ui->secretKeyEdit->setText(p.credentials.secretKey);
    ui->tokenEdit->setText(p.credentials.token);
}

ProfileFormFields::Preset ProfileFormFields::preset() const
{
    return Preset(m_ui->endpointCombo->currentData().toInt());
}

Profile ProfileFormFields::profile() const
{
    Profile p;
    p.name = m_ui->nameEdit->text();
    switch (preset()) {
    case Preset::China:
        p.endpoint = Endpoint::china();
        break;
    case Preset::International:
        p.endpoint = Endpoint::international();
        break;
    case Preset::Regional:
        p.endpoint = Endpoint::region(m_ui->regionCombo->currentText().trimmed());
        break;
    case Preset::LocalEmulator:
    case Preset::CustomUrl: {
        const QString text = m_ui->urlEdit->text().trimmed();
        QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && !url.host().isEmpty() && (scheme == "http"_L1 || scheme == "https"_L1)) {
            if (url.path().isEmpty())
                url.setPath(u"/"_s);
            p.endpoint = Endpoint::custom(url);
        } else {
            p.endpoint = Endpoint::custom(QUrl()); // invalid
        }
        p.emulator = preset() == Preset::LocalEmulator;
        break;
    }
    }
    p.region = m_ui->headerRegionCombo->currentText().trimmed();
    const QString subAppId = m_ui->subAppIdEdit->text().trimmed();
    if (!subAppId.isEmpty()) {
        ValidationIssues ignored;
        p.subAppId = FieldParse::textUnsigned(subAppId, u"SubAppId"_s, ignored);
    }
    p.language = m_ui->languageCombo->currentData().toString();
    p.plaintextSecrets = m_ui->plaintextCheck->isChecked();
    p.proxy.mode = ProxySettings::Mode(m_ui->proxyModeCombo->currentData().toInt());
    if (p.proxy.isExplicit()) {
        p.proxy.host = m_ui->proxyHostEdit->text().trimmed();
        p.proxy.port = static_cast<quint16>(m_ui->proxyPortSpin->value());
        p.proxy.user = m_ui->proxyUserEdit->text().trimmed();
    }
    p.credentials.secretId = m_ui->secretIdEdit->text();
    p.credentials.secretKey = m_ui->secretKeyEdit->text();
    p.credentials.token = m_ui->tokenEdit->text();
    return p;
}

ValidationIssues ProfileFormFields::issues(const QString& loadedName, const ProfileStore* profiles) const
{
    const Profile p = profile();
    ValidationIssues issues;
    for (const ValidationIssue& issue : p.validate()) {
        if (issue.field == "endpoint"_L1) {
            if (preset() == Preset::Regional)
                issues.append({ issue.field,
                    tr("\"%1\" is not a region name such as ap-singapore")
                        .arg(m_ui->regionCombo->currentText().trimmed()) });
            else
                issues.append({ issue.field,
                    m_ui->urlEdit->text().trimmed().isEmpty()
                        ? tr("enter an http:// or https:// URL, such as %1").arg(defaultEmulatorUrl())
                        : tr("\"%1\" is not an http:// or https:// URL")
                              .arg(m_ui->urlEdit->text().trimmed()) });
            continue;
        }
        issues.append(issue);
    }
    if (!p.name.isEmpty() && p.name != loadedName && profiles && profiles->contains(p.name))
        issues.append({ u"name"_s, tr("another profile is already called \"%1\"").arg(p.name) });

    const QString subAppId = m_ui->subAppIdEdit->text().trimmed();
    if (!subAppId.isEmpty()) {
        ValidationIssues parsed;
        const bool digits
            = std::all_of(subAppId.cbegin(), subAppId.cend(), [](QChar c) { return c.isDigit(); });
        FieldParse::textUnsigned(subAppId, u"SubAppId"_s, parsed);
        if (!digits)
            issues.append({ u"SubAppId"_s, tr("must be digits only (got \"%1\")").arg(subAppId) });
        else if (!parsed.isEmpty())
            issues.append({ u"SubAppId"_s, parsed.first().message });
    }

    const QString id = p.credentials.secretId;
    if (id.isEmpty())
        issues.append({ u"SecretId"_s, tr("is required") });
    else if (std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); }))
        issues.append({ u"SecretId"_s, tr("must not contain spaces") });
    if (p.credentials.secretKey.isEmpty())
        issues.append({ u"SecretKey"_s, tr("is required") });
    else if (std::any_of(p.credentials.secretKey.cbegin(), p.credentials.secretKey.cend(),
                 [](QChar c) { return c.isSpace(); }))
        issues.append({ u"SecretKey"_s, tr("must not contain spaces") });
    return issues;
}

QWidget* ProfileFormFields::fieldWidget(const QString& field) const
{
    if (field == "name"_L1)
        return m_ui->nameEdit;
    if (field == "endpoint"_L1)
        return preset() == Preset::Regional ? static_cast<QWidget*>(m_ui->regionCombo) : m_ui->urlEdit;
    if (field == "region"_L1)
        return m_ui->headerRegionCombo;
    if (field == "language"_L1)
        return m_ui->languageCombo;
    if (field == "SubAppId"_L1)
        return m_ui->subAppIdEdit;
    if (field == "SecretId"_L1)
        return m_ui->secretIdEdit;
    if (field == "SecretKey"_L1)
        return m_ui->secretKeyEdit;
    if (field == "proxy"_L1)
        return m_ui->proxyHostEdit;
    return nullptr;
}

QString ProfileFormFields::fieldLabel(const QString& field)
{
    if (field == "name"_L1)
        return tr("Name");
    if (field == "endpoint"_L1)
        return tr("Endpoint");
    if (field == "region"_L1)
        return tr("X-TC-Region");
    if (field == "language"_L1)
        return tr("Language");
    if (field == "proxy"_L1)
        return tr("Proxy");
    return field; // SubAppId, SecretId, SecretKey: API names
}

void ProfileFormFields::markField(QWidget* field, const QString& reason)
{
    const bool invalid = !reason.isEmpty();
    if (field->property(kInvalidProperty).toBool() != invalid) {
        field->setProperty(kInvalidProperty, invalid);
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
    // The reason only, never the value: this may be a secret field.
    field->setToolTip(reason);
}

QStringList ProfileFormFields::mark(const ValidationIssues& issues)
{
    QHash<QWidget*, QStringList> reasons;
    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        const QString line = fieldLabel(issue.field) + u": "_s + issue.message;
        lines << line;
        if (QWidget* w = fieldWidget(issue.field))
            reasons[w] << line;
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->nameEdit, m_ui->regionCombo, m_ui->urlEdit,
             m_ui->headerRegionCombo, m_ui->languageCombo, m_ui->subAppIdEdit, m_ui->secretIdEdit,
             m_ui->secretKeyEdit, m_ui->proxyHostEdit })
        markField(w, reasons.value(w).join(u'\n'));
    return lines;
}

void ProfileFormFields::showProxyRows()
{
    const auto mode = ProxySettings::Mode(m_ui->proxyModeCombo->currentData().toInt());
    const bool own = mode == ProxySettings::Mode::Http || mode == ProxySettings::Mode::Socks5;
    m_ui->connectionForm->setRowVisible(m_ui->proxyAddressLayout, own);
    m_ui->connectionForm->setRowVisible(m_ui->proxyUserEdit, own);
    m_ui->connectionForm->setRowVisible(m_ui->proxyPasswordEdit, own);
    switch (mode) {
    case ProxySettings::Mode::System:
        m_ui->proxyNoteLabel->setText(
            tr("Follows the system proxy settings (on Linux the http_proxy, https_proxy, all_proxy and "
               "no_proxy variables). The local emulator and other loopback addresses are never proxied."));
        break;
    case ProxySettings::Mode::None:
        m_ui->proxyNoteLabel->setText(tr("Connects directly, whatever the system settings say."));
        break;
    case ProxySettings::Mode::Http:
    case ProxySettings::Mode::Socks5:
        m_ui->proxyNoteLabel->setText(
            tr("Every call, upload and download of this profile goes through this proxy. The password is "
               "kept with the profile's secrets, never in the settings file."));
        break;
    }
}

void ProfileFormFields::showEndpointRows()
{
    const Preset chosen = preset();
    m_ui->connectionForm->setRowVisible(m_ui->regionCombo, chosen == Preset::Regional);
    m_ui->connectionForm->setRowVisible(
        m_ui->urlEdit, chosen == Preset::CustomUrl || chosen == Preset::LocalEmulator);
}
