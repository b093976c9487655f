#include "app/dialogs/PreferencesDialog.h"

#include "core/support/AppPaths.h"
#include "ui_PreferencesDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(const QString& libraryDir, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_ui->languageCombo->addItem(u"Bahasa Indonesia"_s, u"id_ID"_s);
    m_initialLanguage = languageSetting();
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(m_initialLanguage)));
    m_ui->libraryEdit->setText(QDir::toNativeSeparators(libraryDir));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Library folder"), m_ui->libraryEdit->text());
        if (!dir.isEmpty())
            m_ui->libraryEdit->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::libraryDir() const
{
    return QDir::fromNativeSeparators(m_ui->libraryEdit->text().trimmed());
}

QString PreferencesDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

bool PreferencesDialog::languageChanged() const
{
    return language() != m_initialLanguage;
}

QString PreferencesDialog::languageSetting()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void PreferencesDialog::accept()
{
    const QString dir = libraryDir();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        QMessageBox::warning(
            this, windowTitle(), tr("The library folder \"%1\" cannot be created.").arg(dir));
        return;
    }
    QSettings s;
    s.setValue(u"ui/language"_s, language());
    // The library folder is shared with the CLI, which saves into it too.
    if (!AppPaths::setLibraryDir(dir)) {
        QMessageBox::warning(this, windowTitle(),
            tr("The library folder could not be recorded in %1.").arg(AppPaths::settingsFile()));
        return;
    }
    QDialog::accept();
}
