#pragma once

#include <QDate>
#include <QRandomGenerator>

namespace cj::server {

class Db;

// Движение учащихся for a generated school: some students leave, some arrive and a few move to a
// parallel class between the start of the year and today, each with its order (приказ) — the same
// rows the secretary's students.leave, students.create and students.transfer leave behind.
class MovementGenerator
{
public:
    struct Result {
        int left = 0;
        int arrived = 0;
        int transferred = 0;
    };

    MovementGenerator(Db &db, QRandomGenerator &random);
    Result generate(qint64 schoolId, const QDate &today);

private:
    Db &m_db;
    QRandomGenerator &m_random;
};

} // namespace cj::server
