#include "storage/WorkKindStore.h"

#include "db/Db.h"

namespace cj::server {

namespace {
const QString kColumns = QStringLiteral("id, school_id, name, short_name, weight::float8, written, control, sort_order, archived");

WorkKind read(const SqlRows &rows)
{
    return WorkKind{rows.integer(0), rows.integer(1), rows.text(2), rows.text(3), rows.number(4),
                    rows.boolean(5), rows.boolean(6), int(rows.integer(7)), rows.boolean(8)};
}

struct DefaultKind {
    const char16_t *name;
    const char16_t *shortName;
    double weight;
    bool written;
    bool control;
};
const DefaultKind kDefaults[] = {
    {u"Ответ на уроке", u"Отв", 1, false, false},
    {u"Домашняя работа", u"Д/з", 1, false, false},
    {u"Самостоятельная работа", u"С/р", 2, true, false},
    {u"Проверочная работа", u"П/р", 2, true, false},
    {u"Тест", u"Тест", 2, true, false},
    {u"Лабораторная работа", u"Л/р", 2, true, false},
    {u"Практическая работа", u"Пр/р", 2, true, false},
    {u"Изложение", u"Изл", 2, true, false},
    {u"Диктант", u"Дикт", 3, true, true},
    {u"Сочинение", u"Соч", 3, true, true},
    {u"Контрольная работа", u"К/р", 3, true, true},
};
} // namespace

QList<WorkKind> WorkKindStore::list(Db &db, qint64 schoolId, bool includeArchived)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kColumns
                               + QStringLiteral(" FROM work_kinds WHERE school_id = ? AND (? OR NOT archived) "
                                                "ORDER BY sort_order, name"),
                           {schoolId, includeArchived});
    return rows.all(read);
}

std::optional<WorkKind> WorkKindStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM work_kinds WHERE id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return read(rows);
}

qint64 WorkKindStore::insert(Db &db, const WorkKind &k)
{
    return db
        .scalar(QStringLiteral("INSERT INTO work_kinds(school_id, name, short_name, weight, written, control, sort_order, "
                               "archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {k.schoolId, k.name, k.shortName, k.weight, k.written, k.control, k.sortOrder, k.archived})
        ->toLongLong();
}

void WorkKindStore::update(Db &db, const WorkKind &k)
{
    db.exec(QStringLiteral("UPDATE work_kinds SET name = ?, short_name = ?, weight = ?, written = ?, control = ?, "
                           "sort_order = ?, archived = ? WHERE id = ?"),
            {k.name, k.shortName, k.weight, k.written, k.control, k.sortOrder, k.archived, k.id});
}

void WorkKindStore::insertDefaults(Db &db, qint64 schoolId)
{
    int order = 0;
    for (const DefaultKind &d : kDefaults) {
        insert(db, WorkKind{0, schoolId, QString::fromUtf16(d.name), QString::fromUtf16(d.shortName), d.weight, d.written,
                            d.control, order += 10, false});
    }
}

} // namespace cj::server
