#include "ui/structure/PeriodsEditor.h"

#include <QHeaderView>
#include <QTableView>

#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/PeriodsModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateDelegate.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

PeriodsEditor::PeriodsEditor(Session *session, const QString &scheme, QWidget *parent)
    : GridEditor(session, scheme == QLatin1String("quarters") ? tr("Quarters (grades 1–9 by default)") : tr("Halves (grades 10–11 by default)"), parent)
    , m_scheme(scheme)
    , m_model(new PeriodsModel(this))
{
    setObjectName(scheme + QStringLiteral("Editor"));
    view()->setModel(m_model);
    auto *dates = new DateDelegate(this);
    view()->setItemDelegateForColumn(int(PeriodsModel::Column::StartsOn), dates);
    view()->setItemDelegateForColumn(int(PeriodsModel::Column::EndsOn), dates);
    view()->horizontalHeader()->setSectionResizeMode(int(PeriodsModel::Column::Name), QHeaderView::Stretch);
    view()->horizontalHeader()->setStretchLastSection(false);
    view()->setColumnWidth(int(PeriodsModel::Column::Number), 40);
    view()->setColumnWidth(int(PeriodsModel::Column::StartsOn), 110);
    view()->setColumnWidth(int(PeriodsModel::Column::EndsOn), 110);
    view()->setColumnWidth(int(PeriodsModel::Column::Days), 60);
    setAddText(scheme == QLatin1String("quarters") ? tr("Add a quarter") : tr("Add a half"));
    errors()->bindRows(QStringLiteral("periods"), view(),
                       {QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("startsOn"), QStringLiteral("endsOn")});
    connect(m_model, &PeriodsModel::dataChanged, this, [this] { setDirty(true); });
}

void PeriodsEditor::setYear(const QCborMap &year)
{
    m_yearId = protocol::intOr(year.value(QStringLiteral("id")));
    m_model->setFromYear(year, m_scheme);
    errors()->clear();
    setDirty(false);
}

void PeriodsEditor::addRow()
{
    const int n = m_model->rowCount() + 1;
    m_model->addPeriod(m_scheme == QLatin1String("quarters") ? tr("%1 quarter").arg(n) : tr("%1 half").arg(n));
}

void PeriodsEditor::removeRow(int row)
{
    m_model->removePeriod(row);
}

void PeriodsEditor::save()
{
    const QCborMap args{{QStringLiteral("yearId"), m_yearId},
                        {QStringLiteral("scheme"), m_scheme},
                        {QStringLiteral("periods"), m_model->toWire()}};
    session()->connection()->call(protocol::MessageType::PeriodsSet, args, this, [this](const protocol::Response &r) {
        if (!r.ok)
            return errors()->show(r.error);
        setYear(r.result);
        Q_EMIT yearChanged(r.result);
    });
}

} // namespace cj::client
