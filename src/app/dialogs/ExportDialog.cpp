#include "app/dialogs/ExportDialog.h"

#include "core/audio/ExportFormat.h"
#include "core/audio/ExportJob.h"
#include "core/audio/NamingTemplate.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const QList<ExportSource>& sources, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_sources(sources)
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(tr("%n sound(s), exported from the library's files (which stay as they are).",
        nullptr, static_cast<int>(sources.size())));
    for (const ExportFormat::Container c : ExportFormat::all())
        m_ui->formatCombo->addItem(ExportFormat::label(c), static_cast<int>(c));
    m_ui->rateCombo->addItem(tr("As the source"), 0);
    for (const int rate : ExportFormat::exportRates())
        m_ui->rateCombo->addItem(tr("%1 Hz").arg(rate), rate);
    m_ui->depthCombo->addItem(ExportFormat::encodingLabel(ExportFormat::Encoding::Default),
        static_cast<int>(ExportFormat::Encoding::Default));
    for (const auto e :
        { ExportFormat::Encoding::Pcm16, ExportFormat::Encoding::Pcm24, ExportFormat::Encoding::Float32 })
        m_ui->depthCombo->addItem(ExportFormat::encodingLabel(e), static_cast<int>(e));

    // What was used last time, else 48 kHz / 24-bit WAV at -16 LUFS: what video work wants.
    QSettings s;
    auto select = [](QComboBox* combo, const QVariant& value) {
        const int i = combo->findData(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    select(m_ui->formatCombo, s.value(u"export/format"_s, int(ExportFormat::Container::Wav)));
    select(m_ui->rateCombo, s.value(u"export/rate"_s, 48000));
    select(m_ui->depthCombo, s.value(u"export/depth"_s, int(ExportFormat::Encoding::Pcm24)));
    m_ui->loudnessCheck->setChecked(s.value(u"export/normalise"_s, true).toBool());
    m_ui->loudnessSpin->setValue(s.value(u"export/loudness"_s, -16.0).toDouble());
    m_ui->ceilingSpin->setValue(s.value(u"export/ceiling"_s, -1.0).toDouble());
    m_ui->nameEdit->setText(s.value(u"export/name"_s, NamingTemplate::defaultTemplate()).toString());
    m_ui->folderEdit->setText(s.value(u"export/folder"_s,
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
                                       .filePath(u"AIGC Audio Studio Exports"_s))
                                  .toString());
    m_ui->progressBar->hide();
    m_ui->issuesLabel->hide();

    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Export into"), m_ui->folderEdit->text());
        if (!dir.isEmpty())
            m_ui->folderEdit->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_ui->loudnessCheck, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

ExportDialog::~ExportDialog()
{
    if (m_job)
        m_job->cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    delete m_job;
}

void ExportDialog::setEditable(bool editable)
{
    // The settings are fixed while a job runs; updateEnabled() then says what the format allows.
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->formatCombo, m_ui->rateCombo, m_ui->depthCombo,
             m_ui->loudnessCheck, m_ui->loudnessSpin, m_ui->ceilingSpin, m_ui->nameEdit, m_ui->folderEdit,
             m_ui->browseButton, m_ui->overwriteCheck, m_exportButton })
        w->setEnabled(editable);
    if (editable)
        updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const auto format = static_cast<ExportFormat::Container>(m_ui->formatCombo->currentData().toInt());
    // A bit depth only where the format has one (lossless).
    const bool lossless = ExportFormat::isLossless(format);
    m_ui->depthCombo->setEnabled(lossless);
    m_ui->depthLabel->setEnabled(lossless);
    m_ui->loudnessSpin->setEnabled(m_ui->loudnessCheck->isChecked());
    m_ui->ceilingSpin->setEnabled(m_ui->loudnessCheck->isChecked());
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = static_cast<ExportFormat::Container>(m_ui->formatCombo->currentData().toInt());
    s.encoding = ExportFormat::isLossless(s.format)
        ? static_cast<ExportFormat::Encoding>(m_ui->depthCombo->currentData().toInt())
        : ExportFormat::Encoding::Default;
    s.sampleRate = m_ui->rateCombo->currentData().toInt();
    if (m_ui->loudnessCheck->isChecked()) {
        s.loudnessLufs = m_ui->loudnessSpin->value();
        s.truePeakCeilingDbtp = m_ui->ceilingSpin->value();
    }
    s.nameTemplate = m_ui->nameEdit->text();
    s.outputDir = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    s.overwrite = m_ui->overwriteCheck->isChecked();
    return s;
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.setValue(u"export/format"_s, m_ui->formatCombo->currentData());
    s.setValue(u"export/rate"_s, m_ui->rateCombo->currentData());
    s.setValue(u"export/depth"_s, m_ui->depthCombo->currentData());
    s.setValue(u"export/normalise"_s, m_ui->loudnessCheck->isChecked());
    s.setValue(u"export/loudness"_s, m_ui->loudnessSpin->value());
    s.setValue(u"export/ceiling"_s, m_ui->ceilingSpin->value());
    s.setValue(u"export/name"_s, m_ui->nameEdit->text());
    s.setValue(u"export/folder"_s, m_ui->folderEdit->text());
}

QString ExportDialog::issuesText() const
{
    return m_ui->issuesLabel->isVisible() ? m_ui->issuesLabel->text() : QString();
}

bool ExportDialog::startExport()
{
    if (isRunning())
        return false;
    auto job = std::make_unique<ExportJob>(m_sources, settings());
    job->setThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    const ValidationIssues issues = job->prepare();
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue& i : issues)
            lines.append(i.toString());
        m_ui->issuesLabel->setText(tr("Nothing was written:") + u'\n' + lines.join(u'\n'));
        m_ui->issuesLabel->show();
        return false;
    }
    saveSettings();
    m_ui->issuesLabel->hide();
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    setEditable(false);

    // The job's signals come from its worker threads: queued to this dialog.
    m_job = job.release();
    connect(
        m_job, &ExportJob::progress, this,
        [this](double f) { m_ui->progressBar->setValue(static_cast<int>(f * 100.0)); }, Qt::QueuedConnection);
    m_thread = QThread::create([job = m_job] { job->run(); });
    connect(m_thread, &QThread::finished, this, &ExportDialog::onJobDone, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ExportDialog::onJobDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_results = m_job->results();
    const bool cancelled = m_job->isCancelled();
    delete m_job;
    m_job = nullptr;
    int written = 0, failed = 0;
    QStringList errors;
    for (const ExportResult& r : std::as_const(m_results)) {
        if (r.ok()) {
            ++written;
        } else if (r.status == ExportResult::Status::Failed) {
            ++failed;
            errors.append(r.error);
        }
    }
    emit exportFinished(written, failed, cancelled);
    if (failed == 0 && !cancelled) {
        accept();
        return;
    }
    // Some did not make it: say which, keep the dialog for another try.
    m_ui->issuesLabel->setText(
        (cancelled ? tr("Cancelled: %n file(s) written.", nullptr, written)
                   : tr("%n file(s) could not be written:", nullptr, failed) + u'\n' + errors.join(u'\n')));
    m_ui->issuesLabel->show();
    m_ui->progressBar->hide();
    setEditable(true);
}

void ExportDialog::reject()
{
    // Cancel stops a running export at its next block (nothing half-written stays); the dialog closes
    // once the job has stopped.
    if (m_job) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}
