#pragma once

#include <QCborMap>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cj::client {

// A kind of work from the school's catalogue (вид работы) with its weight in the weighted average.
struct WorkKind {
    qint64 id = 0;
    QString name;
    QString shortName;
    double weight = 1.0;
    bool written = false; // marked within the longer window
    bool control = false; // контрольная: a «2» for it may block a «5»
    int sortOrder = 0;
    bool archived = false;

    QString displayShortName() const { return shortName.isEmpty() ? name : shortName; }
    static WorkKind fromCbor(const QCborMap &map);
    QCborMap toSave() const; // args of workKinds.save
    static QList<WorkKind> listFromCbor(const QCborValue &array);
};

} // namespace cj::client
Q_DECLARE_METATYPE(cj::client::WorkKind)
