#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cj::client {

class JournalPageEditor;

// The lesson above the grid (the column where the cursor is): date and number, who gives it, the
// topic (required — flagged while empty), the homework and the kind of work new marks take. Edits
// are saved through journal.setLesson when a field is left.
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(JournalPageEditor *editor, QWidget *parent = nullptr);

    void showLesson(qint64 lessonId);
    qint64 lessonId() const { return m_lessonId; }

Q_SIGNALS:
    // Asks the grid to go to the first lesson without a topic.
    void goToLessonRequested(qint64 lessonId);

private:
    void refresh();
    void save();
    void updateMissingTopics();

    JournalPageEditor *m_editor;
    qint64 m_lessonId = 0;
    QLabel *m_title;
    QLineEdit *m_topic;
    QLineEdit *m_homework;
    QComboBox *m_kind;
    QLabel *m_missing;
};

} // namespace cj::client
