#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QHash>

#include "core/journal/CellText.h"
#include "core/journal/EntryLock.h"
#include "core/journal/JournalPage.h"
#include "core/models/JournalModelEnums.h"
#include "domain/Grading.h"

namespace cj::client {

// A journal page as a table: students × (lessons, figures, period marks). Holds the page as the
// server last confirmed it plus the caller's changes still on their way (shown as pending), and
// recomputes a student's figures with the same Grading math as the server whenever a cell changes.
class JournalPageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit JournalPageModel(QObject *parent = nullptr);

    void setPage(JournalPage page);
    const JournalPage &page() const { return m_page; }
    void setSymbols(const AttendanceSymbols &symbols);
    const AttendanceSymbols &symbols() const { return m_symbols; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Typed text for a lesson cell or a final-mark cell; the change is not applied here but handed
    // to whoever writes it (editRequested), so the model stays free of the server.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    JournalColumn columnKind(int column) const;
    int columnOf(JournalColumn kind) const; // first such column, -1 when absent
    const JournalLesson *lessonAt(int column) const;
    const JournalStudent *studentAt(int row) const;
    int columnOfLesson(qint64 lessonId) const;
    int rowOfStudent(qint64 studentId) const;
    std::optional<FinalMarkKind> finalKindAt(int column) const;

    // The cell as shown: the pending change if there is one, else what the server confirmed.
    JournalCell cellAt(int row, int column) const;
    JournalCell cell(const CellKey &key) const;
    FinalMark finalMark(qint64 studentId, FinalMarkKind kind) const;
    MarkStats statsFor(qint64 studentId) const;
    EntryState entryState(int row, int column, EntryLock::Entry entry, const QList<qint64> &kinds = {}) const;

    // Changes on their way: shown at once; confirm/drop with the same sequence number. A later
    // change of the same cell supersedes an earlier one.
    void setPendingCell(const JournalCell &cell, quint64 sequence);
    void confirmCell(const JournalCell &serverCell, quint64 sequence);
    void dropPendingCell(const CellKey &key, quint64 sequence);
    void setPendingFinalMark(const FinalMark &mark, quint64 sequence);
    void confirmFinalMark(const FinalMark &serverMark, quint64 sequence);
    void dropPendingFinalMark(const FinalMark &slot, quint64 sequence);
    bool isPending(const CellKey &key) const { return m_pendingCells.contains(key); }
    int pendingCount() const { return int(m_pendingCells.size() + m_pendingFinals.size()); }

    // Confirmed changes from elsewhere (event.journalChanged) or from our own lesson writes.
    void applyCell(const JournalCell &cell);
    // fromOthers: pushed by the server after someone else's write; its canEdit is theirs, not ours.
    void applyLesson(const QCborMap &lesson, bool fromOthers = false);
    void applyFinalMark(const FinalMark &mark);
    void applyChanges(const QCborArray &changes);

Q_SIGNALS:
    void editRequested(const QModelIndex &index, const QString &text);
    void lessonChanged(qint64 lessonId);

private:
    struct Column {
        JournalColumn kind;
        int lesson = -1; // index into the page's lessons
        FinalMarkKind finalKind = FinalMarkKind::Period;
    };
    struct PendingCell {
        JournalCell cell;
        quint64 sequence = 0;
    };
    struct PendingFinal {
        FinalMark mark;
        quint64 sequence = 0;
    };
    static QString finalKey(const FinalMark &mark);

    void rebuildColumns();
    void recomputeStats(qint64 studentId);
    void cellChanged(const CellKey &key);
    void studentRowChanged(qint64 studentId, int firstColumn, int lastColumn);
    QVariant lessonCellData(const JournalStudent &student, const JournalLesson &lesson, int row, int column,
                            int role) const;
    QVariant figureData(const JournalStudent &student, JournalColumn kind, int role) const;
    QVariant finalData(const JournalStudent &student, FinalMarkKind kind, int role) const;
    QVariant lessonHeader(const JournalLesson &lesson, int role) const;
    QVariant studentHeader(int row, int role) const;
    QString cellToolTip(const JournalCell &cell, const EntryState &state) const;
    QString columnTitle(const Column &column) const;

    JournalPage m_page;
    AttendanceSymbols m_symbols;
    QList<Column> m_columns;
    QHash<CellKey, PendingCell> m_pendingCells;
    QHash<QString, PendingFinal> m_pendingFinals;
    QHash<qint64, MarkStats> m_stats;
};

} // namespace cj::client
