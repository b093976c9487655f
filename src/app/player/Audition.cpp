#include "app/player/Audition.h"

#include "app/player/PlayerPanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMediaPlayer>
#include <QSettings>
#include <QShortcut>

using namespace Qt::StringLiterals;

Audition::Audition(PlayerPanel* player, QAbstractItemView* list, CurrentRecord current, QObject* parent)
    : QObject(parent)
    , m_player(player)
    , m_current(std::move(current))
    , m_autoPlay(new QAction(tr("Auto-play on Select"), this))
{
    m_autoPlay->setObjectName(u"actionAutoPlay"_s);
    m_autoPlay->setCheckable(true);
    m_autoPlay->setChecked(QSettings().value(u"player/autoPlay"_s, true).toBool());
    m_autoPlay->setToolTip(
        tr("Play a sound as soon as its row is selected, so the arrow keys audition the takes"));
    connect(
        m_autoPlay, &QAction::toggled, this, [](bool on) { QSettings().setValue(u"player/autoPlay"_s, on); });

    // Space in the list plays and pauses, as it does in the player (the list's own use of Space, to
    // select the current row, is not needed: a click or an arrow key selects it already).
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), list, nullptr, nullptr, Qt::WidgetShortcut);
    space->setObjectName(u"listPlayPauseShortcut"_s);
    connect(space, &QShortcut::activated, this, &Audition::playPause);
}

bool Audition::isPlaying() const
{
    return m_player->player()->playbackState() == QMediaPlayer::PlayingState;
}

bool Audition::load(const TaskRecord& rec)
{
    // The local file when it exists, else the temporary URL while it is being saved.
    if (rec.hasSavedFile()) {
        m_player->setSource(QUrl::fromLocalFile(rec.localPath), rec.prompt, rec.localPath);
        m_loadedId = rec.id;
        return true;
    }
    if (rec.state == TaskRecord::State::Finished && !rec.fileUrl.isEmpty()) {
        m_player->setSource(QUrl(rec.fileUrl), rec.prompt, QString());
        m_loadedId = -2; // streaming: the file replaces it once it is saved
        return true;
    }
    return false;
}

void Audition::show(const std::optional<TaskRecord>& rec, Reason reason)
{
    if (rec && rec->id == m_loadedId)
        return;
    // Nothing the service does interrupts a sound that is playing; only the user's choice does.
    if (isPlaying() && (reason == Reason::Refreshed || !rec))
        return;
    if (rec && load(*rec)) {
        if (reason == Reason::Selected && m_autoPlay->isChecked())
            m_player->player()->play();
        return;
    }
    // A row without a sound (waiting, failed): a sound that plays goes on; an idle player empties.
    if (isPlaying())
        return;
    m_player->clear();
    m_loadedId = -1;
}

void Audition::playPause()
{
    const std::optional<TaskRecord> rec = m_current();
    if (rec && rec->id != m_loadedId && load(*rec)) {
        m_player->player()->play();
        return;
    }
    m_player->togglePlayPause();
}

void Audition::outputSaved()
{
    if (m_loadedId == -2)
        m_loadedId = -1;
}
