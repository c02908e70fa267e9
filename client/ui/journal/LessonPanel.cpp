#include "ui/journal/LessonPanel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include "core/journal/JournalPageEditor.h"

namespace cj::client {

LessonPanel::LessonPanel(JournalPageEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("lessonPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setPlaceholderText(tr("Topic of the lesson (required)"));
    m_homework = new QLineEdit(this);
    m_homework->setObjectName(QStringLiteral("homeworkEdit"));
    m_homework->setPlaceholderText(tr("Homework: text, pages, exercises"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("workKindCombo"));
    m_kind->setMinimumWidth(220);
    m_kind->setToolTip(tr("The kind of work new marks of this lesson get (and its weight)"));
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingTopicsLabel"));
    m_missing->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_missing, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT goToLessonRequested(link.toLongLong());
    });

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_title, 0, 0, 1, 4);
    grid->addWidget(new QLabel(tr("Topic:"), this), 1, 0);
    grid->addWidget(m_topic, 1, 1);
    grid->addWidget(new QLabel(tr("Kind of work:"), this), 1, 2);
    grid->addWidget(m_kind, 1, 3);
    grid->addWidget(new QLabel(tr("Homework:"), this), 2, 0);
    grid->addWidget(m_homework, 2, 1);
    grid->addWidget(m_missing, 2, 2, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_topic, &QLineEdit::editingFinished, this, &LessonPanel::save);
    connect(m_homework, &QLineEdit::editingFinished, this, &LessonPanel::save);
    connect(m_kind, &QComboBox::activated, this, &LessonPanel::save);
    connect(editor->model(), &JournalPageModel::lessonChanged, this, [this](qint64 id) {
        if (id == m_lessonId)
            refresh();
        updateMissingTopics();
    });
    connect(editor->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_kind->clear();
        m_kind->addItem(tr("Answer in class (1)"), 0);
        for (const WorkKind &k : m_editor->model()->page().workKinds) {
            if (!k.archived)
                m_kind->addItem(QStringLiteral("%1 (%2)").arg(k.name, QLocale().toString(k.weight)), k.id);
        }
        if (m_editor->model()->page().lessonIndex(m_lessonId) < 0)
            m_lessonId = 0;
        refresh();
        updateMissingTopics();
    });
    refresh();
}

void LessonPanel::showLesson(qint64 lessonId)
{
    if (lessonId == m_lessonId)
        return;
    m_lessonId = lessonId;
    refresh();
}

void LessonPanel::refresh()
{
    const JournalPage &page = m_editor->model()->page();
    const int i = page.lessonIndex(m_lessonId);
    const bool has = i >= 0;
    for (QWidget *w : {static_cast<QWidget *>(m_topic), static_cast<QWidget *>(m_homework), static_cast<QWidget *>(m_kind)})
        w->setEnabled(false);
    if (!has) {
        m_title->setText(tr("<i>Choose a lesson in the grid</i>"));
        m_topic->clear();
        m_homework->clear();
        return;
    }
    const JournalLesson &l = page.lessons[i];
    QString title = tr("<b>%1</b>, lesson %2").arg(QLocale().toString(l.date, QStringLiteral("dddd, d MMMM yyyy"))).arg(l.lessonNumber);
    if (!l.substituteName.isEmpty())
        title += tr(" — substitution: %1").arg(l.substituteName.toHtmlEscaped());
    else if (!l.teacherName.isEmpty())
        title += QStringLiteral(" — ") + l.teacherName.toHtmlEscaped();
    m_title->setText(title);
    if (!m_topic->hasFocus())
        m_topic->setText(l.topic);
    if (!m_homework->hasFocus())
        m_homework->setText(l.homework);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(l.workKindId)));
    const bool editable = page.rights.topics && l.canEdit;
    m_topic->setEnabled(editable);
    m_homework->setEnabled(editable && !page.assignment.noMarks);
    m_kind->setEnabled(editable && !page.assignment.noMarks);
    m_topic->setStyleSheet(l.topic.trimmed().isEmpty() && l.date <= page.today
                               ? QStringLiteral("QLineEdit { border: 1px solid #b00020; background: #fff5f6; }")
                               : QString());
}

void LessonPanel::save()
{
    const JournalPage &page = m_editor->model()->page();
    const int i = page.lessonIndex(m_lessonId);
    if (i < 0 || !m_topic->isEnabled())
        return;
    LessonContent content = LessonContent::of(page.lessons[i]);
    content.topic = m_topic->text().trimmed();
    if (m_homework->isEnabled())
        content.homework = m_homework->text().trimmed();
    if (m_kind->isEnabled())
        content.workKindId = m_kind->currentData().toLongLong();
    if (!m_editor->setLessonContent(m_lessonId, content))
        refresh(); // refused or unchanged: show what is saved
}

void LessonPanel::updateMissingTopics()
{
    const JournalPage &page = m_editor->model()->page();
    int missing = 0;
    qint64 first = 0;
    for (const JournalLesson &l : page.lessons) {
        if (l.topic.trimmed().isEmpty() && l.date <= page.today) {
            ++missing;
            if (!first)
                first = l.id;
        }
    }
    m_missing->setText(missing ? tr("<a href='%1' style='color:#b00020'>Lessons without a topic: %2</a>").arg(first).arg(missing)
                               : QString());
}

} // namespace cj::client
