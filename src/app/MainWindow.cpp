#include "app/MainWindow.h"

#include "app/AppController.h"
#include "app/AppInfo.h"
#include "app/GlyphIcon.h"
#include "app/dialogs/ExportDialog.h"
#include "app/dialogs/PreferencesDialog.h"
#include "app/dialogs/ProfilesDialog.h"
#include "app/dialogs/RequestInspector.h"
#include "app/form/GenerationForm.h"
#include "app/player/Audition.h"
#include "app/player/PlayerPanel.h"
#include "app/tasks/ProgressDelegate.h"
#include "app/tasks/TaskDetailsHtml.h"
#include "app/tasks/TaskListView.h"
#include "app/tasks/TaskMarksMenu.h"
#include "app/tasks/TaskTableModel.h"
#include "core/api/VodClient.h"
#include "core/audio/AudioExporter.h"
#include "core/audio/ExportFormat.h"
#include "core/net/HttpExchangeJson.h"
#include "core/profiles/CredentialResolver.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/Clock.h"
#include "core/support/JsonFields.h"
#include "core/tasks/ExportSources.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskService.h"
#include "core/uploads/UploadQueue.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppController* app, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_app(app)
{
    initAppResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/aigc-audio-studio.svg"_s));

    m_form = new GenerationForm(app->clock(), m_ui->formDockContents);
    m_form->setUploadQueue(app->uploads());
    m_ui->formDockLayout->addWidget(m_form);
    m_player = new PlayerPanel(m_ui->playerHost);
    m_player->setWaveformCacheDirectory(app->paths().dataDir + u"/waveforms"_s);
    m_ui->playerHostLayout->addWidget(m_player);
    m_ui->menuTask->addAction(m_player->playPauseAction());
    m_audition = new Audition(
        m_player, m_ui->taskView, [this] { return currentRecord(); }, this);
    m_ui->menuTask->addAction(m_audition->autoPlayAction());
    m_ui->mainToolBar->addAction(m_audition->autoPlayAction());

    m_model = new TaskTableModel(app->history(), this);
    m_ui->taskView->setModel(m_model);
    m_ui->taskView->setItemDelegateForColumn(TaskTableModel::StatusColumn, new ProgressDelegate(this));
    new TaskListView(m_ui->taskView);

    setupActions();
    setupFilters();

    m_ui->menuView->addAction(m_ui->formDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->playerDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());

    connect(m_ui->taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showRecord(currentRecord(), Audition::Reason::Selected);
        updateActions();
    });
    connect(m_ui->taskView, &QTableView::doubleClicked, this, [this] { m_audition->playPause(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->emptyHint->setVisible(m_model->rowCount() == 0 && m_ui->searchEdit->text().isEmpty());
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& from, const QModelIndex& to) {
            const QModelIndex current = m_ui->taskView->currentIndex();
            if (current.isValid() && current.row() >= from.row() && current.row() <= to.row()) {
                showRecord(currentRecord(), Audition::Reason::Refreshed);
                updateActions();
            }
        });
    m_ui->emptyHint->setVisible(m_model->rowCount() == 0);

    // What the CLI (or another copy of the app) writes to the shared history shows up here too.
    auto* external = new QTimer(this);
    external->setInterval(2000);
    connect(external, &QTimer::timeout, this, [this] {
        if (!m_app->history()->changedElsewhere())
            return;
        const auto current = currentRecord();
        m_model->reload();
        refreshFilters();
        if (current)
            selectRecord(current->id);
    });
    m_app->history()->changedElsewhere(); // takes note of the version as it is now
    external->start();

    connect(m_form, &GenerationForm::generateRequested, this, &MainWindow::onGenerate);
    connect(m_form, &GenerationForm::validityChanged, this, [this](bool) { updateActions(); });
    connect(app, &AppController::profileActivated, this, &MainWindow::onProfileActivated);
    connect(app, &AppController::activationFailed, this, [this](const QString& name, const QString& reason) {
        statusBar()->showMessage(tr("Profile \"%1\" could not be used: %2").arg(name, reason));
        updateTitle();
    });
    connect(app->tasks(), &TaskService::notice, this,
        [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(app->tasks(), &TaskService::submitFailed, this, [this](qint64, const ApiError& e) {
        statusBar()->showMessage(tr("Not created: %1").arg(e.toString()), 15000);
    });
    connect(app->tasks(), &TaskService::taskFinished, this, &MainWindow::notifyFinished);
    connect(app->tasks(), &TaskService::actionFailed, this,
        [this](qint64, const QString& action, const ApiError& e) {
            const QString what = action == "Abort"_L1 ? tr("Aborting the task")
                : action == "Reconcile"_L1 ? tr("Looking for the task that was sent without an answer")
                                           : action;
            statusBar()->showMessage(tr("%1 failed: %2").arg(what, e.toString()), 15000);
        });
    connect(app->library(), &OutputLibrary::downloadFinished, this, [this](qint64 id, const ApiError& e) {
        if (e.isError())
            statusBar()->showMessage(tr("Could not save the result: %1").arg(e.toString()), 15000);
        if (const auto rec = currentRecord(); rec && rec->id == id)
            showRecord(rec, Audition::Reason::Refreshed);
    });
    connect(m_player, &PlayerPanel::errorOccurred, this,
        [this](const QString& e) { statusBar()->showMessage(e, 10000); });

    auto* profileLabel = new QLabel(this);
    profileLabel->setObjectName(u"profileStatusLabel"_s);
    statusBar()->addPermanentWidget(profileLabel);

    askSavePath = [this](const QString& suggested) {
        // One filter a format: the extension chosen is the format written (Save As converts).
        QStringList filters;
        for (const ExportFormat::Container c : ExportFormat::all())
            filters.append(u"%1 (*.%2)"_s.arg(ExportFormat::label(c), ExportFormat::extension(c)));
        const auto own = ExportFormat::fromPath(suggested);
        QString selected = own ? filters.value(ExportFormat::all().indexOf(*own)) : QString();
        // In the folder of the last Save As (else the music folder), not the working directory.
        QSettings settings;
        QString folder = settings
                             .value(u"paths/saveAsFolder"_s,
                                 QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
                             .toString();
        if (folder.isEmpty() || !QDir(folder).exists())
            folder = QDir::homePath();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the result as"),
            QDir(folder).filePath(suggested), filters.join(u";;"_s), &selected);
        if (!path.isEmpty())
            settings.setValue(u"paths/saveAsFolder"_s, QFileInfo(path).absolutePath());
        return path;
    };

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("AIGC Audio Studio"));
        m_tray->show();
    }

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1400, 880);
    if (!restoreState(settings.value(u"window/state"_s).toByteArray())) {
        // First run: room for the form, a generous list, a compact player.
        resizeDocks({ m_ui->formDock }, { 460 }, Qt::Horizontal);
        resizeDocks({ m_ui->playerDock }, { 250 }, Qt::Vertical);
    }
    showRecord(std::nullopt, Audition::Reason::Selected);
    m_form->restoreDraft();
    rebuildProfileMenu();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    auto* ui = m_ui.get();
    ui->actionGenerate->setShortcuts({ QKeySequence(u"Ctrl+Return"_s), QKeySequence(u"Ctrl+Enter"_s) });
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionGenerate->setIcon(GlyphIcon::make(GlyphIcon::Shape::Play, this));
    m_audition->autoPlayAction()->setIcon(GlyphIcon::make(GlyphIcon::Shape::AutoPlay, this));
    ui->actionAbort->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    ui->actionRetry->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    ui->actionSaveAs->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    ui->actionShowInFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    ui->actionInspector->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    ui->actionProfiles->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    ui->actionUseSettings->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));

    connect(ui->actionGenerate, &QAction::triggered, m_form, &GenerationForm::generate);
    connect(ui->actionAbort, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_app->tasks()->abort(id);
    });
    connect(ui->actionRetry, &QAction::triggered, this, &MainWindow::retrySelected);
    connect(ui->actionRefresh, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_app->tasks()->refresh(id);
    });
    connect(ui->actionUseSettings, &QAction::triggered, this, [this] {
        if (const auto rec = currentRecord()) {
            m_form->setRequest(
                AudioTaskRequest::fromJson(QJsonDocument::fromJson(rec->requestJson).object()));
            m_ui->formDock->show();
            m_ui->formDock->raise();
        }
    });
    connect(ui->actionCopyTaskId, &QAction::triggered, this, [this] {
        if (const auto rec = currentRecord())
            QGuiApplication::clipboard()->setText(rec->taskId);
    });
    connect(ui->actionCopyRequestId, &QAction::triggered, this, [this] {
        if (const auto rec = currentRecord())
            QGuiApplication::clipboard()->setText(rec->requestId);
    });
    connect(ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(ui->actionExport, &QAction::triggered, this, [this] { exportSelected(); });
    connect(ui->actionShowInFolder, &QAction::triggered, this, &MainWindow::showInFolder);
    connect(ui->actionRemove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(ui->actionUndoRemove, &QAction::triggered, this, &MainWindow::undoRemove);
    connect(ui->actionInspector, &QAction::triggered, this, &MainWindow::openInspector);
    connect(ui->actionProfiles, &QAction::triggered, this, &MainWindow::openProfiles);
    connect(ui->actionPreferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionExportDiagnostics, &QAction::triggered, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(u"aigc-audio-studio-diagnostics.txt"_s);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Diagnostics"), suggested, tr("Text files (*.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (exportDiagnostics(path, &error))
            statusBar()->showMessage(tr("Diagnostics saved to %1 (no secrets in it)").arg(path), 8000);
        else
            QMessageBox::warning(this, tr("Export Diagnostics"), error);
    });
    connect(ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About AIGC Audio Studio"),
            tr("<h3>AIGC Audio Studio %1</h3><p>Sound effects and music from a description, with Tencent "
               "Cloud VOD's "
               "AI audio generation (CreateAigcAudioTask).</p><p>Qt %2. The offline demo runs a local "
               "emulator "
               "that synthesises its results on this computer.</p>")
                .arg(QStringLiteral(AIGC_VERSION), QString::fromLatin1(qVersion())));
    });
    connect(ui->actionClearFilters, &QAction::triggered, this, [this] {
        m_ui->searchEdit->clear();
        m_ui->statusFilterCombo->setCurrentIndex(0);
        m_ui->modelFilterCombo->setCurrentIndex(0);
        m_ui->profileFilterCombo->setCurrentIndex(0);
    });

    connect(ui->taskView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        for (QAction* a : { m_ui->actionCopyTaskId, m_ui->actionCopyRequestId, m_ui->actionUseSettings })
            menu.addAction(a);
        menu.addSeparator();
        for (QAction* a : { m_ui->actionAbort, m_ui->actionRetry, m_ui->actionRefresh })
            menu.addAction(a);
        menu.addSeparator();
        for (QAction* a :
            { m_ui->actionSaveAs, m_ui->actionExport, m_ui->actionShowInFolder, m_ui->actionInspector })
            menu.addAction(a);
        menu.addSeparator();
        TaskMarksMenu::addTo(&menu, m_app->history(), selectedIds(), this);
        menu.addSeparator();
        menu.addAction(m_ui->actionRemove);
        menu.exec(m_ui->taskView->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::setupFilters()
{
    m_ui->statusFilterCombo->addItem(tr("Any status"), -1);
    for (TaskRecord::State s : TaskRecord::allStates())
        m_ui->statusFilterCombo->addItem(TaskRecord::stateLabel(s), static_cast<int>(s));
    refreshFilters();
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    for (QComboBox* c : { m_ui->statusFilterCombo, m_ui->modelFilterCombo, m_ui->profileFilterCombo })
        connect(c, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_app->history(), &HistoryStore::recordAdded, this, &MainWindow::refreshFilters);
}

void MainWindow::refreshFilters()
{
    auto refill = [](QComboBox* combo, const QString& any, const QStringList& values) {
        const QString current = combo->currentData().toString();
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QString());
        for (const QString& v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_ui->modelFilterCombo, tr("Any model"), m_app->history()->models());
    refill(m_ui->profileFilterCombo, tr("Any profile"), m_app->history()->profiles());
}

void MainWindow::applyFilters()
{
    HistoryFilter f;
    f.applySearch(m_ui->searchEdit->text().trimmed()); // words, tag:x, rating>=N, fav
    const int state = m_ui->statusFilterCombo->currentData().toInt();
    if (state >= 0)
        f.states = { static_cast<TaskRecord::State>(state) };
    f.model = m_ui->modelFilterCombo->currentData().toString();
    f.profile = m_ui->profileFilterCombo->currentData().toString();
    m_model->setFilter(f);
}

void MainWindow::retrySelected()
{
    const QList<qint64> ids = selectedIds();
    QStringList refused;
    for (qint64 id : ids) {
        const auto rec = m_app->history()->record(id);
        const auto failure = rec ? rec->failure() : std::nullopt;
        if (failure && failure->remedy == TaskFailure::Remedy::ChangeInput)
            refused.append(failure->explanation);
    }
    if (!refused.isEmpty()) {
        refused.removeDuplicates();
        QMessageBox box(QMessageBox::Question, tr("Retry"),
            tr("The service refused what was asked, so the same request will most likely fail again."),
            QMessageBox::NoButton, this);
        box.setInformativeText(refused.join(u'\n') + u"\n\n"_s
            + tr("Change the prompt or the settings with \"Use These Settings Again\" first."));
        QPushButton* edit = box.addButton(tr("Use These Settings Again"), QMessageBox::AcceptRole);
        QPushButton* anyway = box.addButton(tr("Retry Anyway"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(edit);
        box.exec();
        if (box.clickedButton() == edit) {
            m_ui->actionUseSettings->trigger();
            return;
        }
        if (box.clickedButton() != anyway)
            return;
    }
    for (qint64 id : ids)
        m_app->tasks()->retry(id);
}

std::optional<TaskRecord> MainWindow::currentRecord() const
{
    const QModelIndex index = m_ui->taskView->currentIndex();
    return index.isValid() ? m_model->recordAt(index.row()) : std::nullopt;
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_ui->taskView->selectionModel()->selectedRows())
        ids.append(m_model->data(i, TaskTableModel::RecordIdRole).toLongLong());
    if (ids.isEmpty()) {
        if (const auto rec = currentRecord())
            ids.append(rec->id);
    }
    return ids;
}

void MainWindow::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->taskView->setCurrentIndex(m_model->index(row, 0));
}

void MainWindow::updateActions()
{
    const auto rec = currentRecord();
    const bool has = rec.has_value();
    const bool local = has && rec->hasSavedFile();
    m_ui->actionGenerate->setEnabled(m_form->isValid() && m_app->isConnected());
    m_ui->actionAbort->setEnabled(has
        && (rec->state == TaskRecord::State::Waiting || rec->state == TaskRecord::State::AwaitingUploads));
    m_ui->actionRetry->setEnabled(has && !rec->requestJson.isEmpty() && m_app->isConnected());
    // Retry says whether it can help: free to retry, or the same request fails again.
    const auto failure = has ? rec->failure() : std::nullopt;
    m_ui->actionRetry->setToolTip(failure
            ? tr("Send the request again as a new task: %1. %2")
                  .arg(TaskFailure::remedyLabel(failure->remedy), failure->action)
            : tr("Send the selected task's request again as a new task"));
    m_ui->actionUseSettings->setEnabled(has && !rec->requestJson.isEmpty());
    m_ui->actionRefresh->setEnabled(has && !rec->taskId.isEmpty() && rec->isUnfinished());
    m_ui->actionCopyTaskId->setEnabled(has && !rec->taskId.isEmpty());
    m_ui->actionCopyRequestId->setEnabled(has && !rec->requestId.isEmpty());
    m_ui->actionSaveAs->setEnabled(local);
    m_ui->actionExport->setEnabled(local);
    m_ui->actionShowInFolder->setEnabled(local);
    m_ui->actionInspector->setEnabled(has && !rec->exchangeJson.isEmpty());
    m_ui->actionRemove->setEnabled(has);
    m_ui->actionUndoRemove->setEnabled(!m_removed.isEmpty());
}

void MainWindow::showRecord(const std::optional<TaskRecord>& rec, Audition::Reason reason)
{
    m_ui->detailsView->setHtml(rec ? TaskDetailsHtml::build(*rec) : TaskDetailsHtml::empty());
    m_audition->show(rec, reason);
}

void MainWindow::onGenerate()
{
    if (!m_app->isConnected()) {
        statusBar()->showMessage(tr("No profile is active: choose one in Profiles."), 10000);
        return;
    }
    const PendingUploads pending = m_form->pendingUploads();
    const QList<qint64> ids = m_app->tasks()->submit(m_form->request(), m_form->variations(), pending);
    if (!ids.isEmpty()) {
        selectRecord(ids.first());
        if (pending.isEmpty())
            statusBar()->showMessage(tr("Sending %n task(s)…", nullptr, static_cast<int>(ids.size())), 5000);
        else
            statusBar()->showMessage(tr("%n task(s) will be sent once the reference files are uploaded.",
                                         nullptr, static_cast<int>(ids.size())),
                10000);
    }
}

void MainWindow::onProfileActivated(const QString& name)
{
    m_form->setProfileSubAppId(m_app->activeProfile().subAppId);
    statusBar()->showMessage(tr("Using profile \"%1\"").arg(name), 5000);
    rebuildProfileMenu();
    updateTitle();
    updateActions();
}

void MainWindow::rebuildProfileMenu()
{
    QMenu* menu = m_ui->menuProfiles;
    const QList<QAction*> actions = menu->actions();
    for (QAction* a : actions) {
        if (a != m_ui->actionProfiles && !a->isSeparator())
            menu->removeAction(a);
    }
    delete m_profileGroup;
    m_profileGroup = new QActionGroup(this);
    for (const QString& name : m_app->profiles()->names()) {
        QAction* a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(name == m_app->activeProfileName());
        m_profileGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { m_app->activateProfile(name); });
    }
}

void MainWindow::updateTitle()
{
    const QString name = m_app->activeProfileName();
    const bool emulator = m_app->activeProfile().emulator;
    setWindowTitle(name.isEmpty() ? tr("AIGC Audio Studio") : tr("%1 — AIGC Audio Studio").arg(name));
    if (auto* label = findChild<QLabel*>(u"profileStatusLabel"_s)) {
        label->setText(name.isEmpty() ? tr("No profile")
                : emulator ? tr("Profile: %1 — offline demo, nothing is sent to Tencent Cloud").arg(name)
                           : tr("Profile: %1 (%2)").arg(name, m_app->activeProfile().endpoint.displayName()));
    }
}

void MainWindow::openProfiles()
{
    ProfilesDialog dialog(m_app->profiles(), m_app->resolver(), m_app->network(), m_app->clock(), this);
    dialog.selectProfile(m_app->activeProfileName());
    connect(&dialog, &ProfilesDialog::activeProfileChanged, this,
        [this](const QString& name) { m_app->activateProfile(name); });
    dialog.exec();
    rebuildProfileMenu();
    // An edited active profile takes effect at once.
    if (m_app->profiles()->contains(m_app->activeProfileName()))
        m_app->activateProfile(m_app->activeProfileName());
}

void MainWindow::openInspector()
{
    const auto rec = currentRecord();
    if (!rec)
        return;
    auto* inspector = new RequestInspector(this);
    inspector->setAttribute(Qt::WA_DeleteOnClose);
    const HttpExchange x = HttpExchangeJson::fromBytes(rec->exchangeJson);
    QString secretId;
    for (const auto& [name, value] : x.requestHeaders) {
        if (name == "Authorization") {
            const QByteArray cred = value.mid(value.indexOf("Credential=") + 11);
            secretId = QString::fromUtf8(cred.left(cred.indexOf('/')));
        }
    }
    bool usedToken = false;
    QString region, language;
    for (const auto& [name, value] : x.requestHeaders) {
        usedToken = usedToken || name == "X-TC-Token";
        if (name == "X-TC-Region")
            region = QString::fromUtf8(value);
        if (name == "X-TC-Language")
            language = QString::fromUtf8(value);
    }
    inspector->setExchange(x, secretId, region, language, usedToken);
    inspector->show();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(m_app->paths().libraryDir, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_app->setLibraryDir(dialog.libraryDir());
        if (dialog.languageChanged())
            statusBar()->showMessage(
                tr("The new language applies when AIGC Audio Studio starts again."), 10000);
    }
}

void MainWindow::saveAs()
{
    const auto rec = currentRecord();
    if (!rec || !QFile::exists(rec->localPath))
        return;
    QString target = askSavePath(QFileInfo(rec->localPath).fileName());
    if (target.isEmpty())
        return;
    // A name without an extension keeps the sound's own format.
    if (QFileInfo(target).suffix().isEmpty())
        target += u'.' + QFileInfo(rec->localPath).suffix();
    // The extension says the format: the bytes are copied when they already are in it, else converted
    // (the export pipeline). Either way through a temporary file renamed over the target once complete:
    // a failure leaves a file already there as it was.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ExportResult r
        = AudioExporter::saveAs(ExportSources::fromRecord(*rec, m_app->history()), target, true);
    QGuiApplication::restoreOverrideCursor();
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Save as"),
            tr("Could not save %1: %2. A file already there is unchanged.").arg(target, r.error));
        return;
    }
    statusBar()->showMessage(r.converted
            ? tr("Saved %1, converted to %2").arg(target, ExportFormat::label(r.format))
            : tr("Saved %1").arg(target),
        5000);
}

ExportDialog* MainWindow::exportSelected()
{
    QList<ExportSource> sources;
    for (qint64 id : selectedIds()) {
        const auto rec = m_app->history()->record(id);
        if (rec && rec->hasSavedFile())
            sources.append(ExportSources::fromRecord(*rec, m_app->history()));
    }
    if (sources.isEmpty()) {
        statusBar()->showMessage(tr("None of the selected tasks has a saved sound to export yet."), 8000);
        return nullptr;
    }
    auto* dialog = new ExportDialog(sources, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &ExportDialog::exportFinished, this, [this, dialog](int written, int failed, bool cancelled) {
            const QString folder = QDir::toNativeSeparators(dialog->settings().outputDir);
            statusBar()->showMessage(cancelled
                    ? tr("Export cancelled; %n file(s) written to %1.", nullptr, written).arg(folder)
                    : failed ? tr("Exported %n file(s) to %1; some could not be written.", nullptr, written)
                                   .arg(folder)
                             : tr("Exported %n file(s) to %1.", nullptr, written).arg(folder),
                15000);
        });
    dialog->open();
    return dialog;
}

void MainWindow::showInFolder()
{
    const auto rec = currentRecord();
    if (rec && QFile::exists(rec->localPath))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(rec->localPath).absolutePath()));
}

void MainWindow::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    for (qint64 id : ids)
        m_app->history()->softRemove(id);
    m_removed.append(ids);
    statusBar()->showMessage(tr("Removed %n task(s) from the history — Ctrl+Z brings them back.", nullptr,
                                 static_cast<int>(ids.size())),
        10000);
    updateActions();
}

void MainWindow::undoRemove()
{
    if (m_removed.isEmpty())
        return;
    const QList<qint64> ids = m_removed.takeLast();
    for (qint64 id : ids)
        m_app->history()->restore(id);
    selectRecord(ids.first());
    updateActions();
}

void MainWindow::notifyFinished(qint64 id, bool success)
{
    m_audition->outputSaved();
    if (const auto rec = currentRecord(); rec && rec->id == id)
        showRecord(m_app->history()->record(id), Audition::Reason::Refreshed);
    if (isActiveWindow() || !m_tray)
        return;
    const auto rec = m_app->history()->record(id);
    if (!rec)
        return;
    m_tray->showMessage(success ? tr("Your sound is ready") : tr("A task failed"),
        success ? rec->prompt.left(80) : rec->errorText().left(120),
        success ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 8000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    m_form->saveDraft();
    m_app->suspendUploads(); // they resume at the next start
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QMainWindow::changeEvent(event);
}

bool MainWindow::exportDiagnostics(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_app->diagnosticsReport().toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
