#pragma once

#include "core/tasks/TaskRecord.h"

#include <QObject>
#include <functional>
#include <optional>

class PlayerPanel;
class QAbstractItemView;
class QAction;

// What the player plays as the user moves through the task list, as in a sound library browser:
// with "Auto-play on Select" (on by default, remembered in QSettings "player/autoPlay") the row the
// user selects plays at once, so Down auditions the next take; Space in the list plays and pauses the
// selected sound; and nothing the service does (a new task selected by Generate, a task finishing,
// a download ending) stops or replaces a sound that is playing.
class Audition : public QObject
{
    Q_OBJECT

public:
    enum class Reason
    {
        Selected, // the user (or Generate, Undo) made this row current
        Refreshed, // the row changed underneath: a poll answer, a download, a finished task
    };
    using CurrentRecord = std::function<std::optional<TaskRecord>()>;

    Audition(PlayerPanel* player, QAbstractItemView* list, CurrentRecord current, QObject* parent = nullptr);

    QAction* autoPlayAction() const { return m_autoPlay; }
    // The current row is `record` (nullopt: none) for `reason`: load, play or leave the player.
    void show(const std::optional<TaskRecord>& record, Reason reason);
    // Space in the list: the selected sound plays (loaded first when the player holds another) or pauses.
    void playPause();
    // The streamed output of a task is saved now: the next show() loads the file.
    void outputSaved();
    // The row whose sound is in the player; -1 none, -2 a stream.
    qint64 loadedId() const { return m_loadedId; }

private:
    bool isPlaying() const;
    bool load(const TaskRecord& record);

    PlayerPanel* m_player;
    CurrentRecord m_current;
    QAction* m_autoPlay;
    qint64 m_loadedId = -1;
};
