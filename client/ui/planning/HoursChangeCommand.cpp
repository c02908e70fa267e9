#include "ui/planning/HoursChangeCommand.h"

#include <QLocale>

#include "core/models/CurriculumModel.h"

namespace cj::client {

HoursChangeCommand::HoursChangeCommand(CurriculumModel *model, Send send, qint64 classId, qint64 subjectId,
                                       double before, double after)
    : m_model(model)
    , m_send(std::move(send))
    , m_classId(classId)
    , m_subjectId(subjectId)
    , m_before(before)
    , m_after(after)
{
    setText(tr("hours %1 → %2")
                .arg(QLocale().toString(before), QLocale().toString(after)));
}

void HoursChangeCommand::redo()
{
    apply(m_after);
}

void HoursChangeCommand::undo()
{
    apply(m_before);
}

void HoursChangeCommand::apply(double hours)
{
    m_model->setHours(m_classId, m_subjectId, hours);
    m_send(m_classId, m_subjectId, hours);
}

} // namespace cj::client
