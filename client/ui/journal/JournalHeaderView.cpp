#include "ui/journal/JournalHeaderView.h"

#include <QLocale>
#include <QPainter>

#include "core/models/JournalModelEnums.h"
#include "core/models/JournalPageModel.h"
#include "ui/Fonts.h"

namespace cj::client {


JournalHeaderView::JournalHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
    setMinimumHeight(52);
}

QSize JournalHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize s = QHeaderView::sectionSizeFromContents(logicalIndex);
    s.setHeight(qMax(s.height(), 52));
    return s;
}

void JournalHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    // The style draws the section's frame and background; the text is ours.
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.text.clear();
    if (selectionModel() && highlightSections()) {
        if (selectionModel()->isColumnSelected(logicalIndex, rootIndex()))
            opt.state |= QStyle::State_On;
        if (selectionModel()->currentIndex().column() == logicalIndex)
            opt.state |= QStyle::State_Sunken;
    }
    painter->save();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    painter->restore();
    painter->save();
    painter->setClipRect(rect);

    const auto *page = qobject_cast<const JournalPageModel *>(model());
    const auto kind = JournalColumn(model()->headerData(logicalIndex, Qt::Horizontal, roleOf(JournalRole::Column)).toInt());
    const JournalLesson *lesson = page ? page->lessonAt(logicalIndex) : nullptr;
    const bool current = selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    QFont base = font();
    if (kind == JournalColumn::Lesson && lesson) {
        const bool missing = model()->headerData(logicalIndex, Qt::Horizontal, roleOf(JournalRole::MissingTopic)).toBool();
        const bool today = model()->headerData(logicalIndex, Qt::Horizontal, roleOf(JournalRole::IsToday)).toBool();
        const QRect inner = rect.adjusted(1, 3, -1, -3);
        const QFont small = scaledFont(base, 0.78);
        QFont bold = base;
        bold.setBold(true);
        const int third = inner.height() / 3;
        painter->setFont(small);
        painter->setPen(QColor(0x70, 0x76, 0x7e));
        painter->drawText(QRect(inner.left(), inner.top(), inner.width(), third), Qt::AlignCenter,
                          QLocale().standaloneDayName(lesson->date.dayOfWeek(), QLocale::ShortFormat));
        painter->setFont(bold);
        painter->setPen(missing ? QColor(0xb0, 0x00, 0x20) : (current ? QColor(0x10, 0x3f, 0x8f) : QColor(0x22, 0x22, 0x22)));
        painter->drawText(QRect(inner.left(), inner.top() + third, inner.width(), third), Qt::AlignCenter,
                          lesson->date.toString(QStringLiteral("dd.MM")));
        painter->setFont(small);
        painter->setPen(QColor(0x70, 0x76, 0x7e));
        QString bottom = tr("%1 l.").arg(lesson->lessonNumber);
        if (missing)
            bottom = tr("no topic");
        else if (!lesson->substituteName.isEmpty())
            bottom = tr("subst.");
        if (missing)
            painter->setPen(QColor(0xb0, 0x00, 0x20));
        painter->drawText(QRect(inner.left(), inner.top() + 2 * third, inner.width(), third), Qt::AlignCenter, bottom);
        if (today) {
            painter->fillRect(QRect(rect.left() + 2, rect.bottom() - 2, rect.width() - 4, 3), QColor(0x1f, 0x5f, 0xbf));
        }
    } else {
        QFont f = scaledFont(base, 0.9);
        f.setBold(kind == JournalColumn::PeriodMark || kind == JournalColumn::YearMark || kind == JournalColumn::ExamMark
                  || kind == JournalColumn::FinalMark);
        painter->setFont(f);
        painter->setPen(QColor(0x33, 0x3a, 0x44));
        painter->drawText(rect.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap,
                          model()->headerData(logicalIndex, Qt::Horizontal).toString());
    }
    painter->restore();
}

} // namespace cj::client
