#include "app/form/UploadItemWidget.h"

#include "ui_UploadItemWidget.h"

#include <QListWidget>
#include <QLocale>

using namespace Qt::StringLiterals;

UploadItemWidget::UploadItemWidget(const QString& fileName, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UploadItemWidget>())
    , m_fileName(fileName)
{
    m_ui->setupUi(this);
    m_ui->uploadNameLabel->setText(fileName);
    m_ui->uploadNameLabel->setToolTip(fileName);
    m_ui->uploadProgressBar->setRange(0, 1000);
    m_ui->uploadProgressBar->setValue(0);
    connect(m_ui->uploadCancelButton, &QToolButton::clicked, this, &UploadItemWidget::cancelRequested);
    connect(m_ui->uploadRetryButton, &QToolButton::clicked, this, &UploadItemWidget::retryRequested);
    setUploading({});
}

UploadItemWidget::~UploadItemWidget() = default;

QString UploadItemWidget::progressText(const UploadProgress& p)
{
    const QLocale locale;
    auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    if (p.totalBytes <= 0)
        return tr("Starting the upload…");
    QString text = tr("%1 of %2").arg(size(p.bytesSent), size(p.totalBytes));
    if (p.bytesPerSecond > 0)
        text += u" · "_s + tr("%1/s").arg(size(qint64(p.bytesPerSecond)));
    if (p.etaMs >= 0 && p.bytesSent < p.totalBytes) {
        const qint64 s = (p.etaMs + 999) / 1000;
        const auto two = [](qint64 n) { return QString::number(n).rightJustified(2, u'0'); };
        QString left = QString::number(s / 60 % 60) + u':' + two(s % 60);
        if (s >= 3600)
            left = QString::number(s / 3600) + u':' + two(s / 60 % 60) + u':' + two(s % 60);
        text += u" · "_s + tr("%1 left").arg(left);
    }
    return text;
}

void UploadItemWidget::setButtons(bool cancel, bool retry)
{
    m_ui->uploadCancelButton->setVisible(cancel);
    m_ui->uploadRetryButton->setVisible(retry);
}

void UploadItemWidget::setUploading(const UploadProgress& p)
{
    m_failed = false;
    m_ui->uploadMarkLabel->setText(u"↑"_s);
    m_ui->uploadMarkLabel->setStyleSheet({});
    m_ui->uploadMarkLabel->setToolTip(tr("Uploading"));
    m_ui->uploadProgressBar->show();
    m_ui->uploadProgressBar->setValue(static_cast<int>(p.fraction() * 1000.0));
    m_ui->uploadDetailLabel->setStyleSheet({});
    m_ui->uploadDetailLabel->setText(progressText(p));
    m_ui->uploadDetailLabel->setToolTip({});
    setButtons(true, false);
    emit heightChanged();
}

void UploadItemWidget::setPaused()
{
    m_failed = false;
    m_ui->uploadMarkLabel->setText(u"⏸"_s);
    m_ui->uploadMarkLabel->setToolTip(tr("Paused"));
    m_ui->uploadProgressBar->show();
    m_ui->uploadDetailLabel->setText(
        tr("Paused: continues when the profile it was started with is active again"));
    setButtons(true, false);
    emit heightChanged();
}

void UploadItemWidget::setDone(const QString& fileId)
{
    m_failed = false;
    m_ui->uploadMarkLabel->setText(u"✓"_s);
    m_ui->uploadMarkLabel->setStyleSheet(u"color: #2e8b3a; font-weight: bold;"_s);
    m_ui->uploadMarkLabel->setToolTip(tr("Uploaded"));
    m_ui->uploadProgressBar->hide();
    m_ui->uploadDetailLabel->setStyleSheet({});
    m_ui->uploadDetailLabel->setText(tr("Uploaded — FileId %1").arg(fileId));
    m_ui->uploadDetailLabel->setToolTip({});
    setButtons(false, false);
    emit heightChanged();
}

void UploadItemWidget::setFailed(const QString& reason, const QString& advice)
{
    m_failed = true;
    m_ui->uploadMarkLabel->setText(u"✗"_s);
    m_ui->uploadMarkLabel->setStyleSheet(u"color: #d0342c; font-weight: bold;"_s);
    m_ui->uploadMarkLabel->setToolTip(tr("Not uploaded"));
    m_ui->uploadProgressBar->hide();
    m_ui->uploadDetailLabel->setStyleSheet(u"color: #d0342c;"_s);
    m_ui->uploadDetailLabel->setText(tr("Not uploaded: %1").arg(reason));
    m_ui->uploadDetailLabel->setToolTip(advice);
    setButtons(false, true);
    emit heightChanged();
}

QString UploadItemWidget::detailText() const
{
    return m_ui->uploadDetailLabel->text();
}

int UploadItemWidget::heightFor(int width) const
{
    return layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
}

UploadItemWidget* UploadItemWidget::of(QListWidgetItem* item)
{
    return item ? qobject_cast<UploadItemWidget*>(item->listWidget()->itemWidget(item)) : nullptr;
}

void UploadItemWidget::fit(QListWidgetItem* item)
{
    UploadItemWidget* w = of(item);
    if (!w)
        return;
    const int width = std::max(120, item->listWidget()->viewport()->width() - 2);
    item->setSizeHint(QSize(width, w->heightFor(width)));
}
