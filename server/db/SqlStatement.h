#pragma once

#include <QString>
#include <QVariantList>

namespace cj::server {

// A statement and its parameters, for running several as one (Db::execAsOne).
struct SqlStatement {
    QString sql;
    QVariantList params;
};

} // namespace cj::server
