#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where API calls go: the China site, the international site, a pinned region, or a custom base URL
// (the local emulator). Stored in profiles as text: "china", "intl", "region:ap-singapore" or a URL.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    enum class Kind
    {
        China,
        International,
        Region,
        Custom
    };

    Endpoint() = default;
    static Endpoint china() { return Endpoint(Kind::China, {}); }
    static Endpoint international() { return Endpoint(Kind::International, {}); }
    static Endpoint region(const QString& region) { return Endpoint(Kind::Region, region); }
    static Endpoint custom(const QUrl& baseUrl) { return Endpoint(Kind::Custom, baseUrl.toString()); }
    // Accepts the stored forms, a bare host ("vod.ap-singapore.tencentcloudapi.com") and a URL.
    // An unparsable text gives an invalid endpoint and, when error is given, the reason.
    static Endpoint parse(const QString& text, QString* error = nullptr);

    Kind kind() const { return m_kind; }
    QString value() const { return m_value; }
    bool isValid() const;
    QUrl baseUrl() const;
    QString host() const; // with port when the URL has one
    QString toString() const; // the stored form
    QString displayName() const;
    bool isTencentCloud() const { return m_kind != Kind::Custom; }

    bool operator==(const Endpoint&) const = default;

private:
    Endpoint(Kind kind, const QString& value)
        : m_kind(kind)
        , m_value(value)
    {
    }
    Kind m_kind = Kind::China;
    QString m_value;
};
