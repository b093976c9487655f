#include "app/form/GenerationForm.h"

#include "app/form/FormDraft.h"
#include "app/form/UploadItemWidget.h"
#include "core/model/AudioModelCatalog.h"
#include "core/model/MediaFileTypes.h"
#include "core/support/Clock.h"
#include "core/support/FieldParse.h"
#include "core/uploads/UploadQueue.h"
#include "ui_GenerationForm.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTypeRole = Qt::UserRole + 1;
constexpr int kValueRole = Qt::UserRole + 2;
constexpr int kUploadIdRole = Qt::UserRole + 3; // Type "Local": the UploadQueue id
const auto kLocalType = "Local"_L1; // a local file, uploaded by the UploadQueue
} // namespace

GenerationForm::GenerationForm(Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GenerationForm>())
    , m_clock(clock)
    , m_draftTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->versionCombo->lineEdit()->setPlaceholderText(tr("stable version"));
    m_ui->modelCombo->lineEdit()->setPlaceholderText(tr("model name"));
    // Combos as narrow as a dozen characters (their longest item would set the form's width), and the
    // scroll area as wide as its widest row once polished: with horizontal scrolling off, nothing is cut.
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    QTimer::singleShot(0, this, [this] {
        m_ui->scrollArea->setMinimumWidth(m_ui->scrollContents->minimumSizeHint().width()
            + m_ui->scrollArea->verticalScrollBar()->sizeHint().width() + 4);
    });
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &GenerationForm::saveDraft);

    askText = [this](const QString& title, const QString& label) {
        return QInputDialog::getText(this, title, label);
    };
    inform = [this](const QString& text) { QMessageBox::information(this, tr("AIGC Audio Studio"), text); };
    askOpenFiles = [this](const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileNames(this, title, QString(), filter);
    };

    populate();

    auto changed = [this] {
        if (m_loading)
            return;
        revalidate();
        scheduleDraftSave();
    };
    connect(m_ui->promptEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->sceneCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->modelCombo, &QComboBox::currentTextChanged, this, [this, changed] {
        if (!m_loading)
            onModelChanged();
        changed();
    });
    connect(m_ui->versionCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->durationDefaultCheck, &QCheckBox::toggled, this, [this, changed](bool useDefault) {
        m_ui->durationSlider->setEnabled(!useDefault);
        m_ui->durationSpin->setEnabled(!useDefault);
        changed();
    });
    connect(m_ui->durationSlider, &QSlider::valueChanged, m_ui->durationSpin, &QSpinBox::setValue);
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, m_ui->durationSlider, &QSlider::setValue);
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->storageCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->mediaNameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->classIdSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->expireCheck, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_ui->expireEdit->setEnabled(on);
        changed();
    });
    connect(m_ui->expireEdit, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_ui->additionalEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->subAppIdEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->variationsSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &GenerationForm::generate);

    for (auto [list, type, addUrl, addId, addLocal, remove] :
        { std::tuple { m_ui->videoRefsList, tr("Add a reference video"), m_ui->videoRefsAddUrlButton,
              m_ui->videoRefsAddFileIdButton, m_ui->videoRefsAddLocalButton, m_ui->videoRefsRemoveButton },
            std::tuple { m_ui->audioRefsList, tr("Add a reference audio"), m_ui->audioRefsAddUrlButton,
                m_ui->audioRefsAddFileIdButton, m_ui->audioRefsAddLocalButton,
                m_ui->audioRefsRemoveButton } }) {
        connect(addUrl, &QToolButton::clicked, this, [this, list, type, changed] {
            const QString url = askText(type, tr("Public http(s) URL:")).trimmed();
            if (!url.isEmpty())
                addReference(list, u"Url"_s, url);
            changed();
        });
        connect(addId, &QToolButton::clicked, this, [this, list, type, changed] {
            const QString id = askText(type, tr("VOD FileId:")).trimmed();
            if (!id.isEmpty())
                addReference(list, u"File"_s, id);
            changed();
        });
        connect(addLocal, &QToolButton::clicked, this, [this, list, changed] {
            const bool video = list == m_ui->videoRefsList;
            const QString patterns = MediaFileTypes::globPatterns(
                video ? MediaFileTypes::Kind::Video : MediaFileTypes::Kind::Audio);
            const QString filter = (video ? tr("Video files (%1)") : tr("Audio files (%1)")).arg(patterns)
                + u";;"_s + tr("All files (*)");
            addLocalFiles(list,
                askOpenFiles(video ? tr("Choose reference videos") : tr("Choose reference audios"), filter));
            changed();
        });
        connect(remove, &QToolButton::clicked, this, [list, changed] {
            qDeleteAll(list->selectedItems());
            changed();
        });
    }
    // Rows of local files wrap their failure reason: fit them again when the lists change width.
    m_ui->videoRefsList->viewport()->installEventFilter(this);
    m_ui->audioRefsList->viewport()->installEventFilter(this);
    revalidate();
}

GenerationForm::~GenerationForm() = default;

bool GenerationForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (QListWidget* list : { m_ui->videoRefsList, m_ui->audioRefsList }) {
            if (watched != list->viewport())
                continue;
            for (int i = 0; i < list->count(); ++i)
                UploadItemWidget::fit(list->item(i));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GenerationForm::populate()
{
    m_ui->sceneCombo->addItem(tr("Sound effect (sfx)"), u"sfx"_s);
    m_ui->sceneCombo->addItem(tr("Music"), u"music"_s);
    for (const auto& m : AudioModelCatalog::models())
        m_ui->modelCombo->addItem(m.name);
    m_ui->formatCombo->addItem(tr("Model default"), QString());
    m_ui->formatCombo->addItem(u"WAV"_s, u"wav"_s);
    m_ui->formatCombo->addItem(u"MP3"_s, u"mp3"_s);
    m_ui->storageCombo->addItem(tr("Temporary (download link for 7 days)"), u"Temporary"_s);
    m_ui->storageCombo->addItem(tr("Permanent (kept in VOD)"), u"Permanent"_s);
    m_ui->expireEdit->setDateTime(QDateTime::currentDateTime().addDays(30));
    m_ui->expireEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_ui->subAppIdEdit->setValidator(nullptr);

    auto* examples = new QMenu(this);
    for (const auto& [scene, prompt] : AudioModelCatalog::examplePrompts()) {
        QAction* a = examples->addAction(prompt);
        connect(a, &QAction::triggered, this, [this, scene, prompt] {
            m_ui->promptEdit->setPlainText(prompt);
            m_ui->sceneCombo->setCurrentIndex(m_ui->sceneCombo->findData(scene));
            const QString model = scene == "music"_L1 ? u"MiniMaxMusic"_s : u"Kling"_s;
            m_ui->modelCombo->setCurrentText(model);
        });
    }
    m_ui->examplesButton->setMenu(examples);
    m_ui->templatesButton->setMenu(new QMenu(this));
    onModelChanged();
}

void GenerationForm::onModelChanged()
{
    const auto* model = AudioModelCatalog::find(m_ui->modelCombo->currentText().trimmed());
    const QString previousVersion = m_ui->versionCombo->currentText();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_ui->versionCombo->clear();
    QMenu* templates = m_ui->templatesButton->menu();
    templates->clear();
    if (model) {
        for (const QString& v : model->versions)
            m_ui->versionCombo->addItem(v.isEmpty() ? QString() : v);
        if (!model->scenes.isEmpty())
            m_ui->sceneCombo->setCurrentIndex(m_ui->sceneCombo->findData(model->scenes.first()));
        m_ui->modelHint->setText(model->description);
        for (const auto& t : model->templates) {
            QAction* a = templates->addAction(t.title);
            connect(a, &QAction::triggered, this,
                [this, json = t.json] { m_ui->additionalEdit->setPlainText(json); });
        }
    } else {
        m_ui->modelHint->setText(tr("A model this version does not know: it is sent as typed."));
    }
    if (!model || model->versions.contains(previousVersion))
        m_ui->versionCombo->setCurrentText(previousVersion);
    m_ui->templatesButton->setEnabled(!templates->isEmpty());
    m_loading = wasLoading;
}

AudioTaskRequest GenerationForm::request() const
{
    AudioTaskRequest r;
    r.prompt = m_ui->promptEdit->toPlainText();
    r.sceneType = m_ui->sceneCombo->currentData().toString();
    r.modelName = m_ui->modelCombo->currentText().trimmed();
    r.modelVersion = m_ui->versionCombo->currentText().trimmed();
    auto refs = [this](QListWidget* list) {
        QList<MediaReference> out;
        for (int i = 0; i < list->count(); ++i) {
            const QString type = list->item(i)->data(kTypeRole).toString();
            const QString value = list->item(i)->data(kValueRole).toString();
            if (type == kLocalType) {
                const qint64 id = list->item(i)->data(kUploadIdRole).toLongLong();
                const auto entry = m_uploads ? m_uploads->entry(id) : std::nullopt;
                out.append(MediaReference::byFileId(entry && entry->isDone() ? entry->fileId : QString()));
                continue;
            }
            out.append(
                type == "File"_L1 ? MediaReference::byFileId(value) : MediaReference { type, {}, value });
        }
        return out;
    };
    r.videoInfos = refs(m_ui->videoRefsList);
    r.audioInfos = refs(m_ui->audioRefsList);
    OutputConfig& o = r.outputConfig;
    if (!m_ui->durationDefaultCheck->isChecked())
        o.duration = m_ui->durationSpin->value();
    o.outputAudioFormat = m_ui->formatCombo->currentData().toString();
    o.storageMode = m_ui->storageCombo->currentData().toString();
    o.mediaName = m_ui->mediaNameEdit->text();
    if (m_ui->classIdSpin->value() != 0)
        o.classId = m_ui->classIdSpin->value();
    if (m_ui->expireCheck->isChecked())
        o.expireTime = m_ui->expireEdit->dateTime()
                           .toOffsetFromUtc(m_ui->expireEdit->dateTime().offsetFromUtc())
                           .toString(Qt::ISODate);
    r.additionalParameters = m_ui->additionalEdit->toPlainText().trimmed();
    const QString sub = m_ui->subAppIdEdit->text().trimmed();
    if (!sub.isEmpty()) {
        bool ok = false;
        const quint64 v = sub.toULongLong(&ok);
        if (ok)
            r.subAppId = v;
    } else {
        r.subAppId = m_profileSubAppId;
    }
    return r;
}

void GenerationForm::setRequest(const AudioTaskRequest& r)
{
    m_loading = true;
    m_ui->promptEdit->setPlainText(r.prompt);
    if (!r.modelName.isEmpty())
        m_ui->modelCombo->setCurrentText(r.modelName);
    onModelChanged();
    const int scene = m_ui->sceneCombo->findData(r.sceneType);
    if (scene >= 0)
        m_ui->sceneCombo->setCurrentIndex(scene);
    m_ui->versionCombo->setCurrentText(r.modelVersion);
    m_ui->videoRefsList->clear();
    m_ui->audioRefsList->clear();
    for (const auto& v : r.videoInfos)
        addReference(m_ui->videoRefsList, v.type, v.type == "File"_L1 ? v.fileId : v.url);
    for (const auto& a : r.audioInfos)
        addReference(m_ui->audioRefsList, a.type, a.type == "File"_L1 ? a.fileId : a.url);
    const OutputConfig& o = r.outputConfig;
    m_ui->durationDefaultCheck->setChecked(!o.duration);
    m_ui->durationSpin->setValue(static_cast<int>(o.duration.value_or(6)));
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(o.outputAudioFormat)));
    m_ui->storageCombo->setCurrentIndex(std::max(0, m_ui->storageCombo->findData(o.storageMode)));
    m_ui->mediaNameEdit->setText(o.mediaName);
    m_ui->classIdSpin->setValue(static_cast<int>(o.classId.value_or(0)));
    const QDateTime expire = FieldParse::parseIso8601(o.expireTime);
    m_ui->expireCheck->setChecked(expire.isValid());
    if (expire.isValid())
        m_ui->expireEdit->setDateTime(expire.toLocalTime());
    m_ui->additionalEdit->setPlainText(r.additionalParameters);
    m_ui->subAppIdEdit->setText(
        r.subAppId && r.subAppId != m_profileSubAppId ? QString::number(*r.subAppId) : QString());
    m_loading = false;
    revalidate();
    scheduleDraftSave();
}

int GenerationForm::variations() const
{
    return m_ui->variationsSpin->value();
}

void GenerationForm::setProfileSubAppId(std::optional<quint64> subAppId)
{
    m_profileSubAppId = subAppId;
    m_ui->subAppIdEdit->setPlaceholderText(
        subAppId ? tr("%1 (from the profile)").arg(*subAppId) : tr("none (the profile sets none)"));
    revalidate();
}

QWidget* GenerationForm::widgetForField(const QString& field) const
{
    static const QList<QPair<QString, QString>> map {
        { u"Prompt"_s, u"promptEdit"_s },
        { u"SceneType"_s, u"sceneCombo"_s },
        { u"ModelName"_s, u"modelCombo"_s },
        { u"ModelVersion"_s, u"versionCombo"_s },
        { u"VideoInfos"_s, u"videoRefsList"_s },
        { u"AudioInfos"_s, u"audioRefsList"_s },
        { u"OutputConfig.Duration"_s, u"durationSpin"_s },
        { u"OutputConfig.OutputAudioFormat"_s, u"formatCombo"_s },
        { u"OutputConfig.StorageMode"_s, u"storageCombo"_s },
        { u"OutputConfig.MediaName"_s, u"mediaNameEdit"_s },
        { u"OutputConfig.ClassId"_s, u"classIdSpin"_s },
        { u"OutputConfig.ExpireTime"_s, u"expireEdit"_s },
        { u"AdditionalParameters"_s, u"additionalEdit"_s },
        { u"SubAppId"_s, u"subAppIdEdit"_s },
    };
    for (const auto& [prefix, name] : map) {
        if (field.startsWith(prefix))
            return findChild<QWidget*>(name);
    }
    return nullptr;
}

void GenerationForm::markInvalid(QWidget* widget, const QString& reason)
{
    if (!widget)
        return;
    widget->setProperty("invalid", true);
    // Scoped to the widget itself: the rows of local files inside a list keep their own look.
    widget->setStyleSheet(u"#%1 { border: 1px solid #d0342c; }"_s.arg(widget->objectName()));
    widget->setToolTip(reason);
    m_marked.append(widget);
}

void GenerationForm::revalidate()
{
    for (QWidget* w : std::as_const(m_marked)) {
        w->setProperty("invalid", false);
        w->setStyleSheet({});
        w->setToolTip({});
    }
    m_marked.clear();

    ValidationIssues issues;
    const QString sub = m_ui->subAppIdEdit->text().trimmed();
    if (!sub.isEmpty())
        FieldParse::textUnsigned(sub, u"SubAppId"_s, issues);
    // A local file still uploading is no error (Generate waits for it); one that failed is.
    ValidationIssues local;
    QStringList waiting; // FileId issues of local files, not shown as such
    QStringList uploading;
    for (auto [list, field] : { std::pair { m_ui->videoRefsList, u"VideoInfos"_s },
             std::pair { m_ui->audioRefsList, u"AudioInfos"_s } }) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            if (item->data(kTypeRole).toString() != kLocalType)
                continue;
            const QString name = QFileInfo(item->data(kValueRole).toString()).fileName();
            const QString prefix = u"%1[%2]"_s.arg(field).arg(i);
            const auto entry
                = m_uploads ? m_uploads->entry(item->data(kUploadIdRole).toLongLong()) : std::nullopt;
            if (entry && entry->isDone())
                continue;
            waiting.append(prefix + u".FileId"_s); // said below, or not an error
            if (!entry || entry->isFailed())
                local.append({ prefix,
                    tr("%1 was not uploaded: retry or remove it (%2)")
                        .arg(name, entry ? entry->error : tr("the upload is not known"))
                        .trimmed() });
            else
                uploading.append(prefix);
        }
    }
    for (const ValidationIssue& issue : request().validate(m_clock->nowUtc())) {
        if (!waiting.contains(issue.field))
            issues.append(issue);
    }
    issues += local;

    const int count = FieldParse::characterCount(m_ui->promptEdit->toPlainText());
    m_ui->promptCountLabel->setText(tr("%1 / %2").arg(count).arg(AudioTaskRequest::kMaxPromptLength));
    m_ui->promptCountLabel->setStyleSheet(
        count > AudioTaskRequest::kMaxPromptLength ? u"color: #d0342c;"_s : QString());

    const QString params = m_ui->additionalEdit->toPlainText().trimmed();
    if (params.isEmpty()) {
        m_ui->additionalStatus->setText(tr("Empty: no model-specific parameters"));
    } else {
        bool paramsOk = true;
        for (const auto& i : issues)
            paramsOk = paramsOk && i.field != "AdditionalParameters"_L1;
        m_ui->additionalStatus->setText(paramsOk ? tr("✓ Valid JSON object") : tr("✗ Not a JSON object"));
    }

    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        markInvalid(widgetForField(issue.field), issue.message);
        lines.append(u"<b>%1</b>: %2"_s.arg(issue.field.toHtmlEscaped(), issue.message.toHtmlEscaped()));
    }
    // An empty prompt on a fresh form is not an error to shout about: say what is needed instead.
    m_ui->issuesLabel->setText(lines.isEmpty() ? QString() : lines.join(u"<br>"_s));
    m_ui->issuesLabel->setVisible(!lines.isEmpty());
    const bool wasValid = m_issues.isEmpty();
    m_issues = issues;
    m_ui->generateButton->setEnabled(issues.isEmpty());
    m_ui->generateButton->setToolTip(!issues.isEmpty() ? tr("Correct the marked fields first")
            : uploading.isEmpty()
            ? tr("Send %n task(s) (Ctrl+Enter)", nullptr, variations())
            : tr("Send %n task(s) as soon as the reference files are uploaded (Ctrl+Enter)", nullptr,
                variations()));
    m_ui->uploadsWaitLabel->setVisible(issues.isEmpty() && !uploading.isEmpty());
    m_ui->uploadsWaitLabel->setText(
        tr("%n reference file(s) still uploading: Generate now and the task is sent once they are done.",
            nullptr, static_cast<int>(uploading.size())));
    if (wasValid != issues.isEmpty())
        emit validityChanged(issues.isEmpty());
}

void GenerationForm::generate()
{
    revalidate();
    if (!m_issues.isEmpty())
        return; // nothing is sent while a field is invalid
    emit generateRequested(request(), variations());
}

void GenerationForm::addReference(QListWidget* list, const QString& type, const QString& value)
{
    auto* item = new QListWidgetItem(type == "File"_L1 ? tr("FileId %1").arg(value) : value, list);
    item->setData(kTypeRole, type);
    item->setData(kValueRole, value);
}

void GenerationForm::addLocalFiles(QListWidget* list, const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const bool video = list == m_ui->videoRefsList;
    const QString field = video ? u"VideoInfos"_s : u"AudioInfos"_s;
    QStringList refused;
    for (const QString& path : paths) {
        const ValidationIssues issues
            = MediaFileTypes::check(path, video ? MediaFileTypes::Kind::Video : MediaFileTypes::Kind::Audio,
                u"%1[%2]"_s.arg(field).arg(list->count()));
        if (!issues.isEmpty()) {
            const QString name = QFileInfo(path).fileName();
            for (const ValidationIssue& issue : issues) {
                const QString text = issue.toString();
                refused.append(text.contains(name) ? text : tr("%1 — %2").arg(name, text));
            }
            continue;
        }
        if (!m_uploads) {
            refused.append(tr("%1: there is nothing to upload it with").arg(QFileInfo(path).fileName()));
            continue;
        }
        const qint64 id = m_uploads->add(path);
        bool listed = false;
        for (int i = 0; i < list->count(); ++i)
            listed = listed
                || (list->item(i)->data(kTypeRole).toString() == kLocalType
                    && list->item(i)->data(kUploadIdRole).toLongLong() == id);
        if (!listed)
            addLocalItem(list, QFileInfo(path).absoluteFilePath(), id);
    }
    revalidate();
    scheduleDraftSave();
    if (!refused.isEmpty())
        inform(tr("Not added:\n%1").arg(refused.join(u'\n')));
}

void GenerationForm::addLocalItem(QListWidget* list, const QString& path, qint64 uploadId)
{
    auto* item = new QListWidgetItem(list);
    item->setData(kTypeRole, QString(kLocalType));
    item->setData(kValueRole, path);
    item->setData(kUploadIdRole, uploadId);
    item->setToolTip(path);
    auto* row = new UploadItemWidget(QFileInfo(path).fileName());
    row->setObjectName(u"upload_%1"_s.arg(uploadId));
    list->setItemWidget(item, row);
    connect(row, &UploadItemWidget::cancelRequested, this, [this, row] {
        if (m_uploads)
            m_uploads->cancel(row->property("uploadId").toLongLong());
    });
    connect(row, &UploadItemWidget::retryRequested, this, [this, row] {
        if (!m_uploads)
            return;
        const qint64 old = row->property("uploadId").toLongLong();
        const qint64 fresh = m_uploads->retry(old);
        for (QListWidgetItem* i : itemsOfUpload(old)) {
            i->setData(kUploadIdRole, fresh);
            if (UploadItemWidget* w = UploadItemWidget::of(i)) {
                w->setProperty("uploadId", fresh);
                w->setObjectName(u"upload_%1"_s.arg(fresh));
            }
            refreshUploadItem(i);
        }
        revalidate();
        scheduleDraftSave();
    });
    connect(row, &UploadItemWidget::heightChanged, this, [item] { UploadItemWidget::fit(item); });
    row->setProperty("uploadId", uploadId);
    refreshUploadItem(item);
}

QList<QListWidgetItem*> GenerationForm::itemsOfUpload(qint64 uploadId) const
{
    QList<QListWidgetItem*> out;
    for (QListWidget* list : { m_ui->videoRefsList, m_ui->audioRefsList }) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            if (item->data(kTypeRole).toString() == kLocalType
                && item->data(kUploadIdRole).toLongLong() == uploadId)
                out.append(item);
        }
    }
    return out;
}

void GenerationForm::refreshUploadItem(QListWidgetItem* item)
{
    UploadItemWidget* w = UploadItemWidget::of(item);
    if (!w)
        return;
    const qint64 id = item->data(kUploadIdRole).toLongLong();
    const auto entry = m_uploads ? m_uploads->entry(id) : std::nullopt;
    if (!entry) {
        w->setFailed(tr("the upload is not known any more"), QString());
    } else if (entry->isDone()) {
        w->setDone(entry->fileId);
    } else if (entry->running) {
        w->setUploading(entry->progress);
    } else if (entry->suspended) {
        w->setPaused();
    } else {
        w->setFailed(entry->error.isEmpty() ? tr("the upload stopped") : entry->error, entry->advice);
    }
}

void GenerationForm::onUploadProgress(qint64 uploadId, const UploadProgress& progress)
{
    for (QListWidgetItem* item : itemsOfUpload(uploadId)) {
        if (UploadItemWidget* w = UploadItemWidget::of(item))
            w->setUploading(progress);
    }
}

void GenerationForm::onUploadChanged(qint64 uploadId)
{
    const QList<QListWidgetItem*> items = itemsOfUpload(uploadId);
    if (items.isEmpty())
        return;
    for (QListWidgetItem* item : items)
        refreshUploadItem(item);
    revalidate();
    scheduleDraftSave();
}

void GenerationForm::setUploadQueue(UploadQueue* uploads)
{
    if (m_uploads)
        m_uploads->disconnect(this);
    m_uploads = uploads;
    if (uploads) {
        connect(uploads, &UploadQueue::progressChanged, this, &GenerationForm::onUploadProgress);
        connect(uploads, &UploadQueue::entryChanged, this, &GenerationForm::onUploadChanged);
        connect(uploads, &UploadQueue::finished, this, [this](qint64 id, bool) { onUploadChanged(id); });
    }
    for (QListWidget* list : { m_ui->videoRefsList, m_ui->audioRefsList }) {
        for (int i = 0; i < list->count(); ++i)
            refreshUploadItem(list->item(i));
    }
    revalidate();
}

PendingUploads GenerationForm::pendingUploads() const
{
    PendingUploads out;
    for (auto [list, field] : { std::pair { m_ui->videoRefsList, u"VideoInfos"_s },
             std::pair { m_ui->audioRefsList, u"AudioInfos"_s } }) {
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem* item = list->item(i);
            if (item->data(kTypeRole).toString() != kLocalType)
                continue;
            const qint64 id = item->data(kUploadIdRole).toLongLong();
            const auto entry = m_uploads ? m_uploads->entry(id) : std::nullopt;
            if (entry && entry->isDone())
                continue;
            out.append({ field, i, id, QFileInfo(item->data(kValueRole).toString()).fileName() });
        }
    }
    return out;
}

void GenerationForm::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void GenerationForm::dropEvent(QDropEvent* event)
{
    QListWidget* target = m_ui->audioRefsList;
    const QPoint pos = event->position().toPoint();
    if (m_ui->videoRefsList->rect().contains(m_ui->videoRefsList->mapFrom(this, pos)))
        target = m_ui->videoRefsList;
    QStringList local;
    QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() && event->mimeData()->hasText())
        urls.append(QUrl(event->mimeData()->text().trimmed()));
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            local.append(url.toLocalFile());
        else if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
            addReference(target, u"Url"_s, url.toString());
    }
    addLocalFiles(target, local);
    revalidate();
    scheduleDraftSave();
    event->acceptProposedAction();
}

void GenerationForm::scheduleDraftSave()
{
    m_draftTimer->start();
}

void GenerationForm::saveDraft() const
{
    FormDraft draft;
    draft.request = request();
    draft.variations = variations();
    // The lists as they are, local files (and their uploads) included.
    for (auto [list, video] :
        { std::pair { m_ui->videoRefsList, true }, std::pair { m_ui->audioRefsList, false } }) {
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem* item = list->item(i);
            const QString type = item->data(kTypeRole).toString();
            draft.references.append({ video, type, item->data(kValueRole).toString(),
                type == kLocalType ? item->data(kUploadIdRole).toLongLong() : 0 });
        }
    }
    draft.save();
}

void GenerationForm::restoreDraft()
{
    const std::optional<FormDraft> draft = FormDraft::load();
    if (!draft)
        return;
    AudioTaskRequest r = draft->request;
    if (r.subAppId == m_profileSubAppId)
        r.subAppId.reset();
    m_ui->variationsSpin->setValue(draft->variations);
    setRequest(r);
    if (draft->references.isEmpty())
        return;
    m_loading = true;
    m_ui->videoRefsList->clear();
    m_ui->audioRefsList->clear();
    for (const FormDraft::Reference& ref : draft->references) {
        QListWidget* list = ref.video ? m_ui->videoRefsList : m_ui->audioRefsList;
        if (ref.type == kLocalType)
            addLocalItem(list, ref.value, ref.uploadId);
        else
            addReference(list, ref.type, ref.value);
    }
    m_loading = false;
    revalidate();
}

void GenerationForm::clearDraft()
{
    FormDraft::clear();
}
