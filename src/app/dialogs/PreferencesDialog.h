#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Language of the interface and the library folder. The language is stored in QSettings
// ("ui/language": "", "en", "zh_CN", "id_ID") and applies at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const QString& libraryDir, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    QString libraryDir() const;
    QString language() const;
    bool languageChanged() const;
    void accept() override;

    static QString languageSetting();

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_initialLanguage;
};
