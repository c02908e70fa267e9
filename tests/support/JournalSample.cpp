#include "JournalSample.h"

#include <QCborArray>
#include <QStringList>

namespace cj::test {

namespace {
const QStringList kNames = {
    QStringLiteral("Абрамова Анна Сергеевна"),   QStringLiteral("Белов Кирилл Андреевич"),
    QStringLiteral("Васильева Дарья Олеговна"),  QStringLiteral("Гришин Максим Игоревич"),
    QStringLiteral("Давыдова Полина Павловна"),  QStringLiteral("Егоров Артём Денисович"),
    QStringLiteral("Жукова Виктория Романовна"), QStringLiteral("Зайцев Никита Владимирович"),
    QStringLiteral("Ильина Софья Алексеевна"),   QStringLiteral("Карпов Иван Михайлович"),
    QStringLiteral("Ларионова Мария Ильинична"), QStringLiteral("Морозов Егор Сергеевич"),
    QStringLiteral("Никитина Алиса Дмитриевна"), QStringLiteral("Орлов Тимофей Андреевич"),
    QStringLiteral("Павлова Ксения Евгеньевна"), QStringLiteral("Романов Лев Артёмович"),
    QStringLiteral("Семёнова Ева Максимовна"),   QStringLiteral("Тихонов Матвей Кириллович"),
    QStringLiteral("Ульянова Вера Петровна"),    QStringLiteral("Фёдоров Глеб Викторович"),
    QStringLiteral("Хабибуллина Амина Ринатовна"), QStringLiteral("Цветков Марк Олегович"),
    QStringLiteral("Чернова Злата Антоновна"),   QStringLiteral("Шестаков Фёдор Ильич"),
    QStringLiteral("Щукина Милана Юрьевна"),     QStringLiteral("Юдин Степан Алексеевич"),
    QStringLiteral("Яковлева Арина Николаевна"), QStringLiteral("Анисимов Роман Павлович"),
    QStringLiteral("Богданова Ульяна Игоревна"), QStringLiteral("Воронин Даниил Сергеевич"),
    QStringLiteral("Герасимова Таисия Львовна"), QStringLiteral("Денисов Ярослав Олегович"),
    QStringLiteral("Ефимова Кира Андреевна"),    QStringLiteral("Зуев Савелий Максимович"),
    QStringLiteral("Исаева Мирослава Денисовна"),
};
const QStringList kTopics = {
    QStringLiteral("Натуральные числа и шкалы"), QStringLiteral("Сложение натуральных чисел"),
    QStringLiteral("Вычитание натуральных чисел"), QStringLiteral("Числовые и буквенные выражения"),
    QStringLiteral("Уравнение"), QStringLiteral("Контрольная работа № 3"),
    QStringLiteral("Умножение натуральных чисел"), QStringLiteral("Деление натуральных чисел"),
    QStringLiteral("Деление с остатком"), QStringLiteral("Упрощение выражений"),
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString shortName(const QString &full)
{
    const QStringList p = full.split(QLatin1Char(' '));
    return QStringLiteral("%1 %2. %3.").arg(p[0], p[1].left(1), p[2].left(1));
}
} // namespace

QCborMap journalSample(const JournalSampleOptions &o)
{
    const QDate periodStart(2025, 11, 5);
    const QDate periodEnd(2025, 12, 28);
    QCborArray periods;
    for (int n = 1; n <= 4; ++n) {
        static const QDate starts[] = {QDate(2025, 9, 1), QDate(2025, 11, 5), QDate(2026, 1, 9), QDate(2026, 3, 30)};
        static const QDate ends[] = {QDate(2025, 10, 24), QDate(2025, 12, 28), QDate(2026, 3, 20), QDate(2026, 5, 26)};
        periods.append(QCborMap{{QStringLiteral("id"), 70 + n},
                                {QStringLiteral("scheme"), QStringLiteral("quarters")},
                                {QStringLiteral("number"), n},
                                {QStringLiteral("name"), QStringLiteral("%1 четверть").arg(n)},
                                {QStringLiteral("startsOn"), iso(starts[n - 1])},
                                {QStringLiteral("endsOn"), iso(ends[n - 1])}});
    }
    const QCborMap period = periods.at(o.lastPeriod ? 3 : 1).toMap();

    QStringList names = kNames.mid(0, qMin<qsizetype>(o.students, kNames.size()));
    std::sort(names.begin(), names.end()); // alphabetical, as the server sends them
    QCborArray students;
    for (int i = 0; i < o.students; ++i) {
        const QString name = names[i % names.size()];
        QCborMap s{{QStringLiteral("id"), kSampleFirstStudentId + i},
                   {QStringLiteral("fullName"), name},
                   {QStringLiteral("shortName"), shortName(name)},
                   {QStringLiteral("joinedOn"), QCborValue(nullptr)},
                   {QStringLiteral("leftOn"), QCborValue(nullptr)}};
        if (i == 3) // left on 19.11
            s.insert(QStringLiteral("leftOn"), QStringLiteral("2025-11-19"));
        if (i == o.students - 1 && o.students > 5) // arrived on 17.11
            s.insert(QStringLiteral("joinedOn"), QStringLiteral("2025-11-17"));
        students.append(s);
    }
    // Lessons Mon/Wed/Fri from the period's start.
    QCborArray lessons;
    QDate day = QDate::fromString(period.value(QStringLiteral("startsOn")).toString(), Qt::ISODate);
    for (int n = 0; n < o.lessons;) {
        if (day.dayOfWeek() == 1 || day.dayOfWeek() == 3 || day.dayOfWeek() == 5) {
            const bool control = n % 6 == 5;
            const bool written = control || n % 4 == 1;
            const qint64 kind = control ? kSampleControlKindId : (n % 4 == 1 ? kSampleIndependentKindId : 0);
            const bool past = day <= o.today;
            QCborMap l{{QStringLiteral("id"), kSampleFirstLessonId + n},
                       {QStringLiteral("assignmentId"), kSampleAssignmentId},
                       {QStringLiteral("date"), iso(day)},
                       {QStringLiteral("lessonNumber"), 2 + n % 3},
                       {QStringLiteral("topic"), past && n != 7 ? (control ? QStringLiteral("Контрольная работа № %1").arg(n / 6 + 3)
                                                                        : kTopics[n % kTopics.size()])
                                                              : QString()},
                       {QStringLiteral("homework"), past && !o.noMarks ? QStringLiteral("§ %1, № %2–%3").arg(10 + n).arg(100 + 5 * n).arg(104 + 5 * n)
                                                                      : QString()},
                       {QStringLiteral("workKindId"), kind ? QCborValue(kind) : QCborValue(nullptr)},
                       {QStringLiteral("planItemId"), QCborValue(nullptr)},
                       {QStringLiteral("teacherName"), QStringLiteral("Смирнова О. П.")},
                       {QStringLiteral("substituteId"), n == 4 ? QCborValue(77) : QCborValue(nullptr)},
                       {QStringLiteral("substituteName"), n == 4 ? QStringLiteral("Кузнецов А. В.") : QString()},
                       {QStringLiteral("origin"), QStringLiteral("schedule")},
                       {QStringLiteral("canEdit"), !o.classTeacher},
                       {QStringLiteral("deadlines"),
                        QCborMap{{QStringLiteral("attendance"), iso(day)},
                                 {QStringLiteral("topic"), iso(day)},
                                 {QStringLiteral("homework"), iso(day)},
                                 {QStringLiteral("oralMark"), iso(day)},
                                 {QStringLiteral("writtenMark"), iso(day.addDays(7))}}}};
            Q_UNUSED(written);
            lessons.append(l);
            ++n;
        }
        day = day.addDays(1);
    }

    // Marks and attendance, deterministic from the indices.
    QCborArray cells;
    for (int li = 0; li < lessons.size(); ++li) {
        const QCborMap lesson = lessons.at(li).toMap();
        const QDate date = QDate::fromString(lesson.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (date > o.today)
            continue;
        const QCborValue kind = lesson.value(QStringLiteral("workKindId"));
        for (int si = 0; si < students.size(); ++si) {
            const QCborMap student = students.at(si).toMap();
            const QDate left = QDate::fromString(student.value(QStringLiteral("leftOn")).toString(), Qt::ISODate);
            const QDate joined = QDate::fromString(student.value(QStringLiteral("joinedOn")).toString(), Qt::ISODate);
            if ((left.isValid() && date >= left) || (joined.isValid() && date < joined))
                continue;
            const int h = (li * 7 + si * 13) % 23;
            QCborArray marks;
            QCborValue attendance(nullptr);
            if (h == 3 || h == 17) {
                const char *reason = h == 3 ? "ill" : (si % 2 ? "excused" : nullptr);
                attendance = QCborMap{{QStringLiteral("kind"), QStringLiteral("absent")},
                                      {QStringLiteral("reason"), reason ? QCborValue(QString::fromLatin1(reason)) : QCborValue(nullptr)}};
            } else if (h == 11) {
                attendance = QCborMap{{QStringLiteral("kind"), QStringLiteral("late")}, {QStringLiteral("reason"), QCborValue(nullptr)}};
            }
            const bool graded = !o.noMarks && (kind.isInteger() ? !attendance.isMap() || h == 11 : h % 4 == 0);
            if (graded) {
                auto mark = [&](int position, int value) {
                    QCborMap m{{QStringLiteral("position"), position},
                               {QStringLiteral("workKindId"), kind},
                               {QStringLiteral("comment"), (h == 8 && position == 1) ? QStringLiteral("не сдал тетрадь") : QString()},
                               {QStringLiteral("enteredAt"), iso(date) + QStringLiteral("T07:40:00.000Z")},
                               {QStringLiteral("enteredBy"), QStringLiteral("Смирнова О. П.")}};
                    if (o.passFail)
                        m.insert(QStringLiteral("passed"), value >= 3);
                    else
                        m.insert(QStringLiteral("value"), value);
                    marks.append(m);
                };
                const int value = 2 + (h * 5 + si) % 4;
                mark(1, si % 5 == 0 && value == 2 ? 3 : value);
                if (h % 9 == 4 && !o.passFail)
                    mark(2, qMin(5, value + 1));
            }
            if (marks.isEmpty() && !attendance.isMap())
                continue;
            cells.append(QCborMap{{QStringLiteral("lessonId"), lesson.value(QStringLiteral("id"))},
                                  {QStringLiteral("studentId"), student.value(QStringLiteral("id"))},
                                  {QStringLiteral("marks"), marks},
                                  {QStringLiteral("attendance"), attendance}});
        }
    }

    QCborArray finalMarks;
    if (students.size() > 2 && !o.noMarks) {
        QCborMap f{{QStringLiteral("studentId"), students.at(0).toMap().value(QStringLiteral("id"))},
                   {QStringLiteral("kind"), QStringLiteral("period")},
                   {QStringLiteral("periodId"), period.value(QStringLiteral("id"))},
                   {QStringLiteral("enteredAt"), QStringLiteral("2025-11-27T09:00:00.000Z")},
                   {QStringLiteral("enteredBy"), QStringLiteral("Смирнова О. П.")}};
        if (o.passFail)
            f.insert(QStringLiteral("passed"), true);
        else
            f.insert(QStringLiteral("value"), 4);
        finalMarks.append(f);
    }

    QCborArray workKinds;
    auto kind = [&](qint64 id, const char *name, const char *shortName, double weight, bool written, bool control) {
        workKinds.append(QCborMap{{QStringLiteral("id"), id},
                                  {QStringLiteral("name"), QString::fromUtf8(name)},
                                  {QStringLiteral("shortName"), QString::fromUtf8(shortName)},
                                  {QStringLiteral("weight"), weight},
                                  {QStringLiteral("written"), written},
                                  {QStringLiteral("control"), control},
                                  {QStringLiteral("sortOrder"), int(id)},
                                  {QStringLiteral("archived"), false}});
    };
    kind(kSampleOralKindId, "Ответ на уроке", "Отв", 1, false, false);
    kind(kSampleIndependentKindId, "Самостоятельная работа", "С/р", 2, true, false);
    kind(kSampleControlKindId, "Контрольная работа", "К/р", 3, true, true);
    kind(4, "Домашняя работа", "Д/з", 1, true, false);

    const QCborArray exempt = students.size() > 8 ? QCborArray{students.at(8).toMap().value(QStringLiteral("id"))} : QCborArray{};

    return QCborMap{
        {QStringLiteral("assignment"),
         QCborMap{{QStringLiteral("id"), kSampleAssignmentId},
                  {QStringLiteral("classId"), 7},
                  {QStringLiteral("className"), QStringLiteral("%1А").arg(o.grade)},
                  {QStringLiteral("subjectId"), 3},
                  {QStringLiteral("subjectName"), o.passFail ? QStringLiteral("Основы безопасности") : QStringLiteral("Математика")},
                  {QStringLiteral("subgroupId"), QCborValue(nullptr)},
                  {QStringLiteral("subgroupName"), QString()},
                  {QStringLiteral("teacherId"), 12},
                  {QStringLiteral("teacherName"), QStringLiteral("Смирнова О. П.")},
                  {QStringLiteral("hoursPerWeek"), 5},
                  {QStringLiteral("grade"), o.grade},
                  {QStringLiteral("grading"), o.passFail ? QStringLiteral("pass_fail") : QStringLiteral("marks")},
                  {QStringLiteral("extendedWindow"), false},
                  {QStringLiteral("noMarks"), o.noMarks}}},
        {QStringLiteral("period"), period},
        {QStringLiteral("periods"), periods},
        {QStringLiteral("students"), students},
        {QStringLiteral("lessons"), lessons},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("finalMarks"), finalMarks},
        {QStringLiteral("stats"), QCborArray{}},
        {QStringLiteral("exempt"), exempt},
        {QStringLiteral("workKinds"), workKinds},
        {QStringLiteral("policy"),
         QCborMap{{QStringLiteral("thresholds"), QCborArray{2.5, 3.5, 4.5}},
                  {QStringLiteral("minMarks"), 3},
                  {QStringLiteral("weighted"), true},
                  {QStringLiteral("controlTwoBlocksFive"), true}}},
        {QStringLiteral("allowOne"), false},
        {QStringLiteral("rights"),
         QCborMap{{QStringLiteral("marks"), !o.classTeacher},
                  {QStringLiteral("attendance"), !o.classTeacher},
                  {QStringLiteral("topics"), !o.classTeacher},
                  {QStringLiteral("reasons"), o.classTeacher},
                  {QStringLiteral("finalMarks"), true},
                  {QStringLiteral("plan"), !o.classTeacher}}},
        {QStringLiteral("today"), iso(o.today)},
    };
}

} // namespace cj::test
