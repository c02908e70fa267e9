#pragma once

#include <QHeaderView>

namespace cj::client {

// The date header of a journal page: weekday, date and lesson number in each lesson's column, the
// day today underlined, a lesson without a topic in red; the figure and final-mark columns by name.
class JournalHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit JournalHeaderView(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace cj::client
