#pragma once

#include "core/uploads/UploadProgress.h"

#include <QWidget>

class QListWidgetItem;
#include <memory>

namespace Ui {
class UploadItemWidget;
}

// One local reference file in the form's reference lists: its name, a progress bar with bytes, rate
// and time left while it uploads, Cancel while it runs, its FileId when it is done, and when it
// failed a mark with the reason and Retry. It shows what it is told; the form asks the UploadQueue.
class UploadItemWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UploadItemWidget(const QString& fileName, QWidget* parent = nullptr);
    ~UploadItemWidget() override;

    void setUploading(const UploadProgress& progress);
    void setPaused();
    void setDone(const QString& fileId);
    void setFailed(const QString& reason, const QString& advice);

    QString fileName() const { return m_fileName; }
    QString detailText() const;
    bool isFailed() const { return m_failed; }
    // The height the row needs at this width (the reason of a failure wraps).
    int heightFor(int width) const;

    // "1.5 MiB of 4.0 MiB · 820 KiB/s · 0:04 left"
    static QString progressText(const UploadProgress& progress);
    // The row widget shown for a list item (null for a plain item), and the item sized to it.
    static UploadItemWidget* of(QListWidgetItem* item);
    static void fit(QListWidgetItem* item);

signals:
    void cancelRequested();
    void retryRequested();
    void heightChanged();

private:
    void setButtons(bool cancel, bool retry);

    std::unique_ptr<Ui::UploadItemWidget> m_ui;
    QString m_fileName;
    bool m_failed = false;
};
