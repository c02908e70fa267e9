#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace cj::client {

class CurriculumModel;

// One change of curriculum hours, undoable: redo and undo each put the hours in the grid and send
// them to the server (curriculum.set) through `send`.
class HoursChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(HoursChangeCommand)
public:
    using Send = std::function<void(qint64 classId, qint64 subjectId, double hours)>;

    HoursChangeCommand(CurriculumModel *model, Send send, qint64 classId, qint64 subjectId, double before, double after);

    void redo() override;
    void undo() override;

private:
    void apply(double hours);

    CurriculumModel *m_model;
    Send m_send;
    qint64 m_classId;
    qint64 m_subjectId;
    double m_before;
    double m_after;
};

} // namespace cj::client
