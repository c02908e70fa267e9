#include "ReportSamples.h"

#include <QCborArray>
#include <QDate>

namespace cj::test::samples {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Deterministic pseudo-random numbers, so every run prints the same documents.
quint32 noise(quint32 a, quint32 b = 0, quint32 c = 0)
{
    quint32 x = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2)) ^ (c * 40503u);
    x ^= x >> 15;
    x *= 2246822519u;
    x ^= x >> 13;
    x *= 3266489917u;
    x ^= x >> 16;
    return x;
}

struct Pupil {
    const char *surname;
    const char *name;
    const char *patronymic;
    char gender;
};

const Pupil kPupils[] = {
    {"Абрамов", "Кирилл", "Андреевич", 'm'},      {"Белова", "Дарья", "Сергеевна", 'f'},
    {"Васильев", "Артём", "Игоревич", 'm'},       {"Григорьева", "Полина", "Алексеевна", 'f'},
    {"Давыдов", "Матвей", "Олегович", 'm'},       {"Егорова", "Анастасия", "Дмитриевна", 'f'},
    {"Жуков", "Никита", "Павлович", 'm'},         {"Захарова", "Виктория", "Романовна", 'f'},
    {"Иванов", "Иван", "Петрович", 'm'},          {"Ковалёва", "Софья", "Максимовна", 'f'},
    {"Лаптев", "Тимофей", "Викторович", 'm'},     {"Мельникова", "Алиса", "Кирилловна", 'f'},
    {"Никитин", "Егор", "Сергеевич", 'm'},        {"Орлова", "Ксения", "Андреевна", 'f'},
    {"Павлов", "Михаил", "Денисович", 'm'},       {"Романова", "Ева", "Александровна", 'f'},
    {"Сидоров", "Глеб", "Николаевич", 'm'},       {"Тарасова", "Вероника", "Ильинична", 'f'},
    {"Фёдоров", "Даниил", "Артёмович", 'm'},      {"Харитонова", "Мария", "Евгеньевна", 'f'},
    {"Цветков", "Лев", "Михайлович", 'm'},        {"Чернова", "Варвара", "Олеговна", 'f'},
    {"Шестаков", "Роман", "Вадимович", 'm'},      {"Щербакова", "Алёна", "Юрьевна", 'f'},
    {"Яковлев", "Максим", "Романович", 'm'},
};
constexpr int kPupilCount = int(sizeof(kPupils) / sizeof(kPupils[0]));
constexpr int kLeaver = 18;  // Фёдоров left on 20.01.2026
constexpr int kArrival = 20; // Цветков arrived on 10.11.2025
const QDate kLeftOn(2026, 1, 20);
const QDate kJoinedOn(2025, 11, 10);

struct Subject {
    const char *name;
    double hours;
    const char *teacher;
    const char *teacherShort;
    bool passFail;
    const char *subgroup;
};

const Subject kSubjects[] = {
    {"Русский язык", 5, "Смирнова Ольга Викторовна", "Смирнова О. В.", false, ""},
    {"Литература", 3, "Смирнова Ольга Викторовна", "Смирнова О. В.", false, ""},
    {"Английский язык", 3, "Кузнецова Елена Андреевна", "Кузнецова Е. А.", false, "1 группа"},
    {"Математика", 5, "Петрова Анна Сергеевна", "Петрова А. С.", false, ""},
    {"История", 2, "Волков Дмитрий Игоревич", "Волков Д. И.", false, ""},
    {"География", 1, "Соколова Татьяна Николаевна", "Соколова Т. Н.", false, ""},
    {"Биология", 1, "Соколова Татьяна Николаевна", "Соколова Т. Н.", false, ""},
    {"Музыка", 1, "Морозова Ирина Павловна", "Морозова И. П.", false, ""},
    {"Изобразительное искусство", 1, "Морозова Ирина Павловна", "Морозова И. П.", false, ""},
    {"Труд (технология)", 2, "Лебедев Андрей Викторович", "Лебедев А. В.", false, ""},
    {"Физическая культура", 2, "Новиков Сергей Александрович", "Новиков С. А.", false, ""},
    {"Основы духовно-нравственной культуры народов России", 1, "Волков Дмитрий Игоревич", "Волков Д. И.", true, ""},
};
constexpr int kSubjectCount = int(sizeof(kSubjects) / sizeof(kSubjects[0]));

struct PeriodDef {
    int number;
    QDate start;
    QDate end;
};
const PeriodDef kPeriods[] = {
    {1, QDate(2025, 9, 1), QDate(2025, 10, 24)},
    {2, QDate(2025, 11, 5), QDate(2025, 12, 26)},
    {3, QDate(2026, 1, 12), QDate(2026, 3, 20)},
    {4, QDate(2026, 3, 30), QDate(2026, 5, 26)},
};

qint64 pupilId(int i)
{
    return 1001 + i;
}
qint64 subjectId(int k)
{
    return 201 + k;
}
qint64 periodId(int p)
{
    return 11 + p;
}
qint64 assignmentId(int k)
{
    return 301 + k;
}

QString fullName(int i)
{
    return QStringLiteral("%1 %2 %3").arg(s(kPupils[i].surname), s(kPupils[i].name), s(kPupils[i].patronymic));
}

QString shortName(int i)
{
    return QStringLiteral("%1 %2. %3.").arg(s(kPupils[i].surname), s(kPupils[i].name).left(1), s(kPupils[i].patronymic).left(1));
}

// How well a pupil does, 2.6 … 4.9.
double ability(int i)
{
    return 2.6 + (noise(i, 7) % 230) / 100.0;
}

int markFor(int pupil, int subject, quint32 salt)
{
    const double r = ability(pupil) + ((noise(pupil, subject, salt) % 200) / 100.0 - 1.0);
    return qBound(2, int(r + 0.5), 5);
}

QCborMap periodMap(int p)
{
    return QCborMap{{QStringLiteral("id"), periodId(p)},
                    {QStringLiteral("scheme"), QStringLiteral("quarters")},
                    {QStringLiteral("number"), kPeriods[p].number},
                    {QStringLiteral("name"), QStringLiteral("%1 четверть").arg(kPeriods[p].number)},
                    {QStringLiteral("startsOn"), iso(kPeriods[p].start)},
                    {QStringLiteral("endsOn"), iso(kPeriods[p].end)}};
}

QCborArray periodsArray()
{
    QCborArray a;
    for (int p = 0; p < 4; ++p)
        a.append(periodMap(p));
    return a;
}

bool inClass(int pupil, const QDate &date)
{
    if (pupil == kLeaver && date >= kLeftOn)
        return false;
    if (pupil == kArrival && date < kJoinedOn)
        return false;
    return true;
}

QCborValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QCborValue(iso(d)) : QCborValue(nullptr);
}

QCborMap membership(int i, QCborMap m)
{
    m.insert(QStringLiteral("joinedOn"), dateOrNull(i == kArrival ? kJoinedOn : QDate()));
    m.insert(QStringLiteral("leftOn"), dateOrNull(i == kLeaver ? kLeftOn : QDate()));
    return m;
}

QCborMap withHeader(QCborMap result, bool withPeriod = false, bool withClass = true)
{
    QCborMap h = header(withPeriod);
    if (!withClass)
        h.insert(QStringLiteral("class"), nullptr);
    result.insert(QStringLiteral("header"), h);
    return result;
}

// Changes one field of a result's header.
void setHeader(QCborMap &result, const char *key, const QCborValue &value)
{
    QCborMap h = result.value(QStringLiteral("header")).toMap();
    h.insert(QLatin1StringView(key), value);
    result.insert(QStringLiteral("header"), h);
}

QCborMap tally(int a, int b, int c, int salt)
{
    const int ill = int(noise(a, b, salt) % 7) == 0 ? int(noise(a, b, salt + 1) % 9) : 0;
    const int excused = int(noise(a, b, salt + 2) % 9) == 0 ? 2 : 0;
    const int unexcused = int(noise(a, b, salt + 3) % 11) == 0 ? 1 + int(noise(a, c) % 2) : 0;
    const int missed = ill + excused + unexcused;
    return QCborMap{{QStringLiteral("missed"), missed},       {QStringLiteral("ill"), ill},
                    {QStringLiteral("excused"), excused},     {QStringLiteral("unexcused"), unexcused},
                    {QStringLiteral("daysMissed"), ill / 5},  {QStringLiteral("late"), int(noise(a, b, salt + 4) % 13 == 0)}};
}

QCborMap addTallies(const QCborMap &x, const QCborMap &y)
{
    QCborMap sum;
    for (const char *k : {"missed", "ill", "excused", "unexcused", "daysMissed", "late"}) {
        const QString key = QString::fromLatin1(k);
        sum.insert(key, x.value(key).toInteger() + y.value(key).toInteger());
    }
    return sum;
}

QCborMap zeroTally()
{
    return addTallies(QCborMap(), QCborMap());
}

// The school days (Monday to Friday) a subject of h hours a week has lessons on.
QList<QDate> lessonDates(int subject, const QDate &from, const QDate &to)
{
    const int hours = qMax(1, int(kSubjects[subject].hours));
    QList<QDate> dates;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const int weekday = d.dayOfWeek();
        if (weekday > 5)
            continue;
        if ((weekday - 1 + subject) % 5 < hours)
            dates.append(d);
    }
    return dates;
}

QString topicFor(int subject, int n)
{
    static const char *math[] = {"Натуральные числа и шкалы", "Сравнение натуральных чисел", "Сложение и вычитание натуральных чисел",
                                 "Числовые и буквенные выражения", "Уравнение", "Умножение натуральных чисел и его свойства",
                                 "Деление с остатком", "Упрощение выражений", "Порядок выполнения действий",
                                 "Квадрат и куб числа", "Площадь прямоугольника", "Обыкновенные дроби",
                                 "Десятичные дроби", "Контрольная работа по теме «Дроби»", "Проценты"};
    static const char *russian[] = {"Звуки и буквы. Произношение и правописание", "Орфограмма", "Правописание проверяемых безударных гласных в корне слова",
                                    "Части речи", "Глагол", "Правописание -тся и -ться в глаголах", "Имя существительное",
                                    "Синтаксис и пунктуация", "Словосочетание", "Диктант с грамматическим заданием",
                                    "Простое предложение", "Однородные члены предложения", "Сочинение по картине"};
    if (subject == 3)
        return s(math[n % 15]);
    if (subject == 0)
        return s(russian[n % 13]);
    return QStringLiteral("%1: тема %2").arg(s(kSubjects[subject].name)).arg(n + 1);
}

} // namespace

QStringList pupilNames()
{
    QStringList list;
    for (int i = 0; i < kPupilCount; ++i)
        list.append(fullName(i));
    return list;
}

int subjectCount()
{
    return kSubjectCount;
}

QCborMap header(bool withPeriod)
{
    QCborMap h{{QStringLiteral("school"),
                QCborMap{{QStringLiteral("name"), s("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 17»")},
                         {QStringLiteral("shortName"), s("МБОУ СОШ № 17")},
                         {QStringLiteral("address"), s("г. Уфа, ул. Ленина, 12")},
                         {QStringLiteral("directorName"), s("Кравченко Людмила Ивановна")}}},
               {QStringLiteral("year"), QCborMap{{QStringLiteral("id"), 3},
                                                  {QStringLiteral("name"), s("2025/2026")},
                                                  {QStringLiteral("startsOn"), s("2025-09-01")},
                                                  {QStringLiteral("endsOn"), s("2026-05-26")}}},
               {QStringLiteral("class"), QCborMap{{QStringLiteral("id"), 51},
                                                   {QStringLiteral("name"), s("5А")},
                                                   {QStringLiteral("grade"), 5},
                                                   {QStringLiteral("classTeacherName"), s("Иванова Нина Петровна")}}},
               {QStringLiteral("period"), withPeriod ? QCborValue(periodMap(1)) : QCborValue(nullptr)},
               {QStringLiteral("from"), withPeriod ? QCborValue(iso(kPeriods[1].start)) : QCborValue(s("2025-09-01"))},
               {QStringLiteral("to"), withPeriod ? QCborValue(iso(kPeriods[1].end)) : QCborValue(s("2026-05-26"))},
               {QStringLiteral("generatedAt"), s("2026-05-29T07:30:00.000Z")}};
    return h;
}

QCborMap progressStatement()
{
    QCborArray subjects;
    for (int k = 0; k < kSubjectCount; ++k)
        subjects.append(QCborMap{{QStringLiteral("id"), subjectId(k)},
                                 {QStringLiteral("name"), s(kSubjects[k].name)},
                                 {QStringLiteral("grading"), kSubjects[k].passFail ? s("pass_fail") : s("marks")}});
    QCborArray students;
    QCborArray marks;
    for (int i = 0; i < kPupilCount; ++i) {
        students.append(membership(i, QCborMap{{QStringLiteral("id"), pupilId(i)},
                                               {QStringLiteral("number"), i + 1},
                                               {QStringLiteral("fullName"), fullName(i)}}));
        for (int k = 0; k < kSubjectCount; ++k) {
            int sum = 0;
            int count = 0;
            for (int p = 0; p < 4; ++p) {
                if (!inClass(i, kPeriods[p].end))
                    continue;
                QCborMap m{{QStringLiteral("studentId"), pupilId(i)}, {QStringLiteral("subjectId"), subjectId(k)},
                           {QStringLiteral("kind"), s("period")}, {QStringLiteral("periodId"), periodId(p)}};
                const int v = markFor(i, k, p);
                if (kSubjects[k].passFail) {
                    m.insert(QStringLiteral("value"), nullptr);
                    m.insert(QStringLiteral("passed"), v > 2);
                } else {
                    m.insert(QStringLiteral("value"), v);
                    m.insert(QStringLiteral("passed"), nullptr);
                }
                marks.append(m);
                sum += v;
                ++count;
            }
            if (count == 4) {
                QCborMap y{{QStringLiteral("studentId"), pupilId(i)}, {QStringLiteral("subjectId"), subjectId(k)},
                           {QStringLiteral("kind"), s("year")}, {QStringLiteral("periodId"), nullptr}};
                if (kSubjects[k].passFail)
                    y.insert(QStringLiteral("passed"), true);
                else
                    y.insert(QStringLiteral("value"), qBound(2, int(double(sum) / count + 0.5), 5));
                marks.append(y);
            }
        }
    }
    return withHeader(QCborMap{{QStringLiteral("subjects"), subjects},
                               {QStringLiteral("periods"), periodsArray()},
                               {QStringLiteral("students"), students},
                               {QStringLiteral("marks"), marks}});
}

QCborMap attendanceStatement()
{
    const QStringList months{s("2025-09"), s("2025-10"), s("2025-11"), s("2025-12"), s("2026-01"),
                             s("2026-02"), s("2026-03"), s("2026-04"), s("2026-05")};
    QCborArray students;
    QList<QCborMap> monthTotals(months.size(), zeroTally());
    QCborMap grand = zeroTally();
    for (int i = 0; i < kPupilCount; ++i) {
        QCborArray tallies;
        QCborMap total = zeroTally();
        for (int m = 0; m < months.size(); ++m) {
            const QDate month = QDate::fromString(months[m] + s("-15"), Qt::ISODate);
            QCborMap t = inClass(i, month) ? tally(i, m, 3, 11) : zeroTally();
            monthTotals[m] = addTallies(monthTotals[m], t);
            total = addTallies(total, t);
            t.insert(QStringLiteral("month"), months[m]);
            tallies.append(t);
        }
        grand = addTallies(grand, total);
        students.append(QCborMap{{QStringLiteral("id"), pupilId(i)},
                                 {QStringLiteral("number"), i + 1},
                                 {QStringLiteral("fullName"), fullName(i)},
                                 {QStringLiteral("months"), tallies},
                                 {QStringLiteral("total"), total}});
    }
    QCborArray totals;
    for (int m = 0; m < months.size(); ++m) {
        QCborMap t = monthTotals[m];
        t.insert(QStringLiteral("month"), months[m]);
        totals.append(t);
    }
    QCborArray monthList;
    for (const QString &m : months)
        monthList.append(m);
    return withHeader(QCborMap{{QStringLiteral("months"), monthList},
                               {QStringLiteral("students"), students},
                               {QStringLiteral("totals"), QCborMap{{QStringLiteral("months"), totals}, {QStringLiteral("total"), grand}}}});
}

QCborMap attendanceMonth()
{
    QList<QDate> days;
    for (QDate d(2025, 11, 5); d <= QDate(2025, 11, 28); d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            days.append(d);
    }
    QCborArray dayList;
    for (const QDate &d : days)
        dayList.append(iso(d));
    QCborArray students;
    QList<int> dayMissed(days.size(), 0);
    QList<int> dayLate(days.size(), 0);
    QCborMap grand = zeroTally();
    for (int i = 0; i < kPupilCount; ++i) {
        QCborArray list;
        QCborMap total = zeroTally();
        for (int d = 0; d < days.size(); ++d) {
            if (!inClass(i, days[d]))
                continue;
            const quint32 r = noise(i, d, 77);
            int missed = 0, ill = 0, excused = 0, unexcused = 0, late = 0;
            bool whole = false;
            if (r % 23 == 0) {
                missed = ill = 6;
                whole = true;
            } else if (r % 17 == 0) {
                missed = unexcused = 1 + int(r % 2);
            } else if (r % 19 == 0) {
                missed = excused = 2;
            } else if (r % 29 == 0) {
                late = 1;
            }
            if (missed == 0 && late == 0)
                continue;
            dayMissed[d] += missed;
            dayLate[d] += late;
            list.append(QCborMap{{QStringLiteral("date"), iso(days[d])}, {QStringLiteral("missed"), missed},
                                 {QStringLiteral("ill"), ill},         {QStringLiteral("excused"), excused},
                                 {QStringLiteral("unexcused"), unexcused}, {QStringLiteral("late"), late},
                                 {QStringLiteral("wholeDay"), whole}});
            total = addTallies(total, QCborMap{{QStringLiteral("missed"), missed}, {QStringLiteral("ill"), ill},
                                               {QStringLiteral("excused"), excused}, {QStringLiteral("unexcused"), unexcused},
                                               {QStringLiteral("daysMissed"), whole ? 1 : 0}, {QStringLiteral("late"), late}});
        }
        grand = addTallies(grand, total);
        students.append(QCborMap{{QStringLiteral("id"), pupilId(i)},
                                 {QStringLiteral("number"), i + 1},
                                 {QStringLiteral("fullName"), fullName(i)},
                                 {QStringLiteral("days"), list},
                                 {QStringLiteral("total"), total}});
    }
    QCborArray totalDays;
    for (int d = 0; d < days.size(); ++d)
        totalDays.append(QCborMap{{QStringLiteral("date"), iso(days[d])}, {QStringLiteral("missed"), dayMissed[d]},
                                  {QStringLiteral("late"), dayLate[d]}});
    QCborMap result = withHeader(QCborMap{{QStringLiteral("days"), dayList},
                                          {QStringLiteral("students"), students},
                                          {QStringLiteral("totals"), QCborMap{{QStringLiteral("days"), totalDays},
                                                                              {QStringLiteral("total"), grand}}}});
    setHeader(result, "from", s("2025-11-01"));
    setHeader(result, "to", s("2025-11-30"));
    return result;
}

namespace {
QCborMap movement(int pupil, const char *kind, const QDate &on, const char *order, const QDate &orderDate,
                  const char *counterpart, const char *reason)
{
    return QCborMap{{QStringLiteral("id"), 900 + pupil},
                    {QStringLiteral("studentId"), pupilId(pupil)},
                    {QStringLiteral("studentName"), fullName(pupil)},
                    {QStringLiteral("kind"), s(kind)},
                    {QStringLiteral("onDate"), iso(on)},
                    {QStringLiteral("orderNumber"), s(order)},
                    {QStringLiteral("orderDate"), iso(orderDate)},
                    {QStringLiteral("fromClassId"), nullptr},
                    {QStringLiteral("toClassId"), 51},
                    {QStringLiteral("fromClassName"), s("")},
                    {QStringLiteral("toClassName"), s("5А")},
                    {QStringLiteral("counterpart"), s(counterpart)},
                    {QStringLiteral("reason"), s(reason)}};
}

QCborMap movementRow(int p)
{
    QCborArray arrived;
    QCborArray left;
    int atStart = p == 0 ? 24 : (p == 1 ? 24 : (p == 2 ? 25 : 24));
    if (p == 1)
        arrived.append(movement(kArrival, "enrolment", kJoinedOn, "112-у", QDate(2025, 11, 7), "МБОУ СОШ № 5 г. Стерлитамака", ""));
    if (p == 2) {
        QCborMap m = movement(kLeaver, "leaving", kLeftOn, "7-у", QDate(2026, 1, 19), "МАОУ «Лицей № 68» г. Уфы",
                              "перемена места жительства");
        m.insert(QStringLiteral("fromClassId"), 51);
        m.insert(QStringLiteral("fromClassName"), s("5А"));
        m.insert(QStringLiteral("toClassId"), nullptr);
        m.insert(QStringLiteral("toClassName"), s(""));
        left.append(m);
    }
    return QCborMap{{QStringLiteral("period"), periodMap(p)},
                    {QStringLiteral("atStart"), atStart},
                    {QStringLiteral("arrived"), arrived},
                    {QStringLiteral("left"), left},
                    {QStringLiteral("atEnd"), atStart + arrived.size() - left.size()}};
}
} // namespace

QCborMap movementStatement()
{
    QCborArray rows;
    for (int p = 0; p < 4; ++p)
        rows.append(movementRow(p));
    return withHeader(QCborMap{{QStringLiteral("rows"), rows},
                               {QStringLiteral("year"), QCborMap{{QStringLiteral("atStart"), 24},
                                                                  {QStringLiteral("arrivedCount"), 1},
                                                                  {QStringLiteral("leftCount"), 1},
                                                                  {QStringLiteral("atEnd"), 24}}}});
}

QCborMap periodResults(bool oneSubject)
{
    QCborArray subjects;
    QList<int> worst(kPupilCount, 5);
    QList<int> threes(kPupilCount, 0);
    QList<QStringList> failed(kPupilCount);
    QList<QString> threeSubject(kPupilCount);
    for (int k = 0; k < (oneSubject ? 1 : kSubjectCount); ++k) {
        const int subject = oneSubject ? 3 : k;
        int n[6] = {0, 0, 0, 0, 0, 0};
        int onList = 0;
        for (int i = 0; i < kPupilCount; ++i) {
            if (!inClass(i, kPeriods[1].end))
                continue;
            ++onList;
            const int v = markFor(i, subject, 1);
            ++n[v];
            worst[i] = qMin(worst[i], v);
            if (v == 3) {
                ++threes[i];
                threeSubject[i] = s(kSubjects[subject].name);
            }
            if (v == 2)
                failed[i].append(s(kSubjects[subject].name));
        }
        const int N = onList;
        QCborMap m{{QStringLiteral("subjectId"), subjectId(subject)},
                   {QStringLiteral("subjectName"), s(kSubjects[subject].name)},
                   {QStringLiteral("grading"), kSubjects[subject].passFail ? s("pass_fail") : s("marks")},
                   {QStringLiteral("onList"), onList},
                   {QStringLiteral("exempt"), 0},
                   {QStringLiteral("withoutMark"), 0},
                   {QStringLiteral("n"), N}};
        if (kSubjects[subject].passFail) {
            m.insert(QStringLiteral("passed"), N - n[2]);
            m.insert(QStringLiteral("failed"), n[2]);
            for (const char *k2 : {"n5", "n4", "n3", "n2"})
                m.insert(QString::fromLatin1(k2), 0);
            m.insert(QStringLiteral("successRate"), 100.0 * (N - n[2]) / N);
            m.insert(QStringLiteral("qualityRate"), nullptr);
            m.insert(QStringLiteral("sou"), nullptr);
            m.insert(QStringLiteral("average"), nullptr);
        } else {
            m.insert(QStringLiteral("n5"), n[5]);
            m.insert(QStringLiteral("n4"), n[4]);
            m.insert(QStringLiteral("n3"), n[3]);
            m.insert(QStringLiteral("n2"), n[2]);
            m.insert(QStringLiteral("passed"), 0);
            m.insert(QStringLiteral("failed"), 0);
            m.insert(QStringLiteral("successRate"), 100.0 * (n[5] + n[4] + n[3]) / N);
            m.insert(QStringLiteral("qualityRate"), 100.0 * (n[5] + n[4]) / N);
            m.insert(QStringLiteral("sou"), (100.0 * n[5] + 64.0 * n[4] + 36.0 * n[3] + 16.0 * n[2]) / N);
            m.insert(QStringLiteral("average"), (5.0 * n[5] + 4.0 * n[4] + 3.0 * n[3] + 2.0 * n[2]) / N);
        }
        subjects.append(m);
    }
    QCborMap result{{QStringLiteral("subjects"), subjects},
                    {QStringLiteral("formula"),
                     s("% успеваемости = (n5 + n4 + n3) / N × 100; % качества = (n5 + n4) / N × 100; "
                       "СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N; средний балл = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N. "
                       "N — обучающиеся по списку на конец периода без освобождённых и не имеющих отметки за период; "
                       "выбывшие до конца периода не учитываются, прибывшие учитываются.")}};
    QCborMap summary;
    if (!oneSubject) {
        QCborArray excellent, good, oneThree, failing;
        int onList = 0;
        int withoutTwo = 0;
        for (int i = 0; i < kPupilCount; ++i) {
            if (!inClass(i, kPeriods[1].end))
                continue;
            ++onList;
            const QCborMap who{{QStringLiteral("id"), pupilId(i)}, {QStringLiteral("fullName"), fullName(i)}};
            if (!failed[i].isEmpty()) {
                QCborMap f = who;
                f.insert(QStringLiteral("subjects"), QCborArray::fromStringList(failed[i]));
                failing.append(f);
                continue;
            }
            ++withoutTwo;
            if (worst[i] == 5)
                excellent.append(who);
            else if (worst[i] == 4)
                good.append(who);
            else if (threes[i] == 1) {
                QCborMap t = who;
                t.insert(QStringLiteral("subjectName"), threeSubject[i]);
                oneThree.append(t);
            }
        }
        summary = QCborMap{{QStringLiteral("onList"), onList},
                           {QStringLiteral("n"), onList},
                           {QStringLiteral("excellent"), excellent},
                           {QStringLiteral("good"), good},
                           {QStringLiteral("oneThree"), oneThree},
                           {QStringLiteral("failing"), failing},
                           {QStringLiteral("withoutMarks"), QCborArray()},
                           {QStringLiteral("successRate"), 100.0 * withoutTwo / onList},
                           {QStringLiteral("qualityRate"), 100.0 * (excellent.size() + good.size()) / onList}};
    }
    if (!oneSubject)
        result.insert(QStringLiteral("class"), summary);
    result = withHeader(result, true);
    return result;
}

QCborMap forecast(bool oneSubject)
{
    QCborArray rows;
    for (int i = 0; i < kPupilCount; ++i) {
        if (!inClass(i, kPeriods[1].end))
            continue;
        for (int k = 0; k < (oneSubject ? 1 : kSubjectCount - 1); ++k) {
            const int subject = oneSubject ? 3 : k;
            const int minimum = kSubjects[subject].hours <= 1 ? 3 : (kSubjects[subject].hours <= 2 ? 5 : 8);
            const int count = minimum + int(noise(i, subject, 5) % 6) - 2;
            const double average = qBound(2.0, ability(i) + ((noise(i, subject, 6) % 140) / 100.0 - 0.8), 5.0);
            const int mark = average >= 4.5 ? 5 : (average >= 3.5 ? 4 : (average >= 2.5 ? 3 : 2));
            QCborArray risks;
            if (mark == 2)
                risks.append(s("likely_2"));
            if (count < minimum)
                risks.append(s("too_few_marks"));
            rows.append(QCborMap{{QStringLiteral("studentId"), pupilId(i)},
                                 {QStringLiteral("fullName"), fullName(i)},
                                 {QStringLiteral("subjectId"), subjectId(subject)},
                                 {QStringLiteral("subjectName"), s(kSubjects[subject].name)},
                                 {QStringLiteral("count"), count},
                                 {QStringLiteral("average"), average},
                                 {QStringLiteral("weighted"), qBound(2.0, average - 0.1, 5.0)},
                                 {QStringLiteral("forecast"), mark},
                                 {QStringLiteral("minimumMarks"), minimum},
                                 {QStringLiteral("validAbsences"), int(noise(i, subject, 8) % 4)},
                                 {QStringLiteral("lessons"), int(kSubjects[subject].hours * 8)},
                                 {QStringLiteral("risks"), risks}});
        }
    }
    return withHeader(QCborMap{{QStringLiteral("rows"), rows},
                               {QStringLiteral("policy"), QCborMap{{QStringLiteral("thresholds"), QCborArray{2.5, 3.5, 4.5}},
                                                                   {QStringLiteral("minMarks"), 3},
                                                                   {QStringLiteral("weighted"), true},
                                                                   {QStringLiteral("controlTwoBlocksFive"), true}}}},
                      true);
}

QCborMap classTeacherReport()
{
    QCborMap attendance = attendanceStatement();
    // The period's months only.
    QCborArray months{s("2025-11"), s("2025-12")};
    QCborArray students;
    for (const QCborValue &sv : attendance.value(QStringLiteral("students")).toArray()) {
        QCborMap st = sv.toMap();
        QCborArray kept;
        QCborMap total = zeroTally();
        for (const QCborValue &t : st.value(QStringLiteral("months")).toArray()) {
            if (months.contains(t.toMap().value(QStringLiteral("month")))) {
                kept.append(t);
                total = addTallies(total, t.toMap());
            }
        }
        st.insert(QStringLiteral("months"), kept);
        st.insert(QStringLiteral("total"), total);
        students.append(st);
    }
    attendance.insert(QStringLiteral("months"), months);
    attendance.insert(QStringLiteral("students"), students);
    QCborArray totals;
    QCborMap grand = zeroTally();
    for (const QCborValue &t : attendance.value(QStringLiteral("totals")).toMap().value(QStringLiteral("months")).toArray()) {
        if (months.contains(t.toMap().value(QStringLiteral("month")))) {
            totals.append(t);
            grand = addTallies(grand, t.toMap());
        }
    }
    attendance.insert(QStringLiteral("totals"), QCborMap{{QStringLiteral("months"), totals}, {QStringLiteral("total"), grand}});
    return withHeader(QCborMap{{QStringLiteral("results"), periodResults()},
                               {QStringLiteral("attendance"), attendance},
                               {QStringLiteral("movement"), movementRow(1)}},
                      true);
}

QCborMap parentLetters()
{
    const QDate from(2025, 11, 10);
    const QDate to(2025, 11, 23);
    QCborArray letters;
    for (int i = 0; i < kPupilCount; ++i) {
        if (!inClass(i, to))
            continue;
        QCborArray subjects;
        QCborArray homework;
        QCborMap absences = zeroTally();
        for (int k = 0; k < kSubjectCount; ++k) {
            QCborArray marks;
            int sum = 0;
            int missed = 0;
            for (const QDate &d : lessonDates(k, from, to)) {
                const quint32 r = noise(i, k, d.toJulianDay());
                if (r % 29 == 0) {
                    ++missed;
                    continue;
                }
                if (r % 3 == 0 && !kSubjects[k].passFail) {
                    const int v = markFor(i, k, d.toJulianDay());
                    sum += v;
                    marks.append(QCborMap{{QStringLiteral("date"), iso(d)},
                                          {QStringLiteral("value"), v},
                                          {QStringLiteral("workKindName"), r % 7 == 0 ? s("контрольная работа") : s("")}});
                }
                if (i == 0)
                    homework.append(QCborMap{{QStringLiteral("date"), iso(d)},
                                             {QStringLiteral("subjectName"), s(kSubjects[k].name)},
                                             {QStringLiteral("homework"), QStringLiteral("§ %1, упр. %2–%3").arg(d.day()).arg(d.day() * 3).arg(d.day() * 3 + 2)}});
            }
            absences = addTallies(absences, QCborMap{{QStringLiteral("missed"), missed}, {QStringLiteral("ill"), missed}});
            subjects.append(QCborMap{{QStringLiteral("subjectName"), s(kSubjects[k].name)},
                                     {QStringLiteral("marks"), marks},
                                     {QStringLiteral("average"), marks.isEmpty() ? QCborValue(nullptr) : QCborValue(double(sum) / marks.size())},
                                     {QStringLiteral("missed"), missed}});
        }
        letters.append(QCborMap{{QStringLiteral("student"), QCborMap{{QStringLiteral("id"), pupilId(i)},
                                                                      {QStringLiteral("fullName"), fullName(i)},
                                                                      {QStringLiteral("className"), s("5А")}}},
                                {QStringLiteral("subjects"), subjects},
                                {QStringLiteral("absences"), absences},
                                {QStringLiteral("homework"), homework}});
    }
    QCborMap result = withHeader(QCborMap{{QStringLiteral("letters"), letters}});
    setHeader(result, "from", iso(from));
    setHeader(result, "to", iso(to));
    return result;
}

namespace {
struct SchoolClass {
    int grade;
    const char *letter;
    const char *teacher;
    int students;
};
const SchoolClass kClasses[] = {
    {1, "А", "Гусева Марина Алексеевна", 27},   {1, "Б", "Филиппова Ольга Ивановна", 26},
    {2, "А", "Комарова Светлана Юрьевна", 28},  {3, "А", "Белякова Надежда Павловна", 25},
    {4, "А", "Осипова Галина Викторовна", 24},  {5, "А", "Иванова Нина Петровна", 24},
    {5, "Б", "Зайцева Анна Олеговна", 26},      {6, "А", "Соколова Татьяна Николаевна", 25},
    {7, "А", "Волков Дмитрий Игоревич", 23},    {8, "А", "Лебедев Андрей Викторович", 22},
    {9, "А", "Кузнецова Елена Андреевна", 21},  {10, "А", "Петрова Анна Сергеевна", 18},
    {11, "А", "Смирнова Ольга Викторовна", 17},
};
constexpr int kClassCount = int(sizeof(kClasses) / sizeof(kClasses[0]));

QString levelOf(int grade)
{
    return grade <= 4 ? s("1-4") : (grade <= 9 ? s("5-9") : s("10-11"));
}

QCborMap classResults(int c)
{
    const int onList = kClasses[c].students;
    const int excellent = int(noise(c, 1) % 4);
    const int good = 6 + int(noise(c, 2) % 8);
    const int oneThree = int(noise(c, 3) % 3);
    const int failing = int(noise(c, 4) % 3);
    return QCborMap{{QStringLiteral("onList"), onList},           {QStringLiteral("n"), onList},
                    {QStringLiteral("excellent"), excellent},     {QStringLiteral("good"), good},
                    {QStringLiteral("oneThree"), oneThree},       {QStringLiteral("failing"), failing},
                    {QStringLiteral("withoutMarks"), 0},
                    {QStringLiteral("successRate"), 100.0 * (onList - failing) / onList},
                    {QStringLiteral("qualityRate"), 100.0 * (excellent + good) / onList}};
}

QCborMap sumResults(const QList<QCborMap> &parts)
{
    QCborMap sum;
    for (const char *k : {"onList", "n", "excellent", "good", "oneThree", "failing", "withoutMarks"}) {
        qint64 v = 0;
        for (const QCborMap &p : parts)
            v += p.value(QLatin1StringView(k)).toInteger();
        sum.insert(QString::fromLatin1(k), v);
    }
    const double n = sum.value(QStringLiteral("n")).toInteger();
    sum.insert(QStringLiteral("successRate"), 100.0 * (n - sum.value(QStringLiteral("failing")).toInteger()) / n);
    sum.insert(QStringLiteral("qualityRate"),
               100.0 * (sum.value(QStringLiteral("excellent")).toInteger() + sum.value(QStringLiteral("good")).toInteger()) / n);
    return sum;
}
} // namespace

QCborMap schoolEnrolment()
{
    QCborArray classes;
    QMap<int, QPair<int, int>> grades;
    int boys = 0, girls = 0, students = 0;
    for (int c = 0; c < kClassCount; ++c) {
        const int b = kClasses[c].students / 2 + int(noise(c) % 3) - 1;
        const int g = kClasses[c].students - b;
        boys += b;
        girls += g;
        students += kClasses[c].students;
        grades[kClasses[c].grade].first += 1;
        grades[kClasses[c].grade].second += kClasses[c].students;
        classes.append(QCborMap{{QStringLiteral("classId"), 40 + c},
                                {QStringLiteral("name"), QStringLiteral("%1%2").arg(kClasses[c].grade).arg(s(kClasses[c].letter))},
                                {QStringLiteral("grade"), kClasses[c].grade},
                                {QStringLiteral("classTeacherName"), s(kClasses[c].teacher)},
                                {QStringLiteral("students"), kClasses[c].students},
                                {QStringLiteral("boys"), b},
                                {QStringLiteral("girls"), g}});
    }
    QCborArray gradeList;
    for (auto it = grades.constBegin(); it != grades.constEnd(); ++it)
        gradeList.append(QCborMap{{QStringLiteral("grade"), it.key()},
                                  {QStringLiteral("classes"), it.value().first},
                                  {QStringLiteral("students"), it.value().second}});
    QCborMap result = withHeader(QCborMap{{QStringLiteral("classes"), classes},
                                          {QStringLiteral("grades"), gradeList},
                                          {QStringLiteral("total"), QCborMap{{QStringLiteral("classes"), kClassCount},
                                                                             {QStringLiteral("students"), students},
                                                                             {QStringLiteral("boys"), boys},
                                                                             {QStringLiteral("girls"), girls}}}},
                                 false, false);
    setHeader(result, "from", s("2025-11-20"));
    setHeader(result, "to", s("2025-11-20"));
    return result;
}

QCborMap schoolMovement()
{
    QCborArray periods;
    for (int p = 0; p < 4; ++p) {
        QCborArray levels;
        int arrivedAll = 0, leftAll = 0, startAll = 0;
        for (const char *level : {"1-4", "5-9", "10-11"}) {
            int start = 0;
            for (int c = 0; c < kClassCount; ++c) {
                if (levelOf(kClasses[c].grade) == s(level))
                    start += kClasses[c].students;
            }
            const int arrived = int(noise(p, start) % 3);
            const int left = int(noise(p, start, 1) % 3);
            startAll += start;
            arrivedAll += arrived;
            leftAll += left;
            levels.append(QCborMap{{QStringLiteral("level"), s(level)}, {QStringLiteral("atStart"), start},
                                   {QStringLiteral("arrived"), arrived}, {QStringLiteral("left"), left},
                                   {QStringLiteral("atEnd"), start + arrived - left}});
        }
        periods.append(QCborMap{{QStringLiteral("period"), periodMap(p)}, {QStringLiteral("atStart"), startAll},
                                {QStringLiteral("arrived"), arrivedAll}, {QStringLiteral("left"), leftAll},
                                {QStringLiteral("atEnd"), startAll + arrivedAll - leftAll}, {QStringLiteral("byLevel"), levels}});
    }
    QCborMap result = withHeader(QCborMap{{QStringLiteral("periods"), periods}}, false, false);
    return result;
}

QCborMap schoolResults()
{
    QCborArray classes;
    QMap<int, QList<QCborMap>> byGrade;
    QMap<QString, QList<QCborMap>> byLevel;
    QList<QCborMap> all;
    for (int c = 0; c < kClassCount; ++c) {
        if (kClasses[c].grade == 1)
            continue; // no marks in grade 1
        QCborMap r = classResults(c);
        byGrade[kClasses[c].grade].append(r);
        byLevel[levelOf(kClasses[c].grade)].append(r);
        all.append(r);
        r.insert(QStringLiteral("classId"), 40 + c);
        r.insert(QStringLiteral("name"), QStringLiteral("%1%2").arg(kClasses[c].grade).arg(s(kClasses[c].letter)));
        r.insert(QStringLiteral("grade"), kClasses[c].grade);
        classes.append(r);
    }
    QCborArray grades;
    for (auto it = byGrade.constBegin(); it != byGrade.constEnd(); ++it) {
        QCborMap g = sumResults(it.value());
        g.insert(QStringLiteral("grade"), it.key());
        grades.append(g);
    }
    QCborArray levels;
    for (const char *level : {"1-4", "5-9", "10-11"}) {
        QCborMap l = sumResults(byLevel.value(s(level)));
        l.insert(QStringLiteral("level"), s(level));
        levels.append(l);
    }
    QCborMap result = withHeader(QCborMap{{QStringLiteral("classes"), classes}, {QStringLiteral("grades"), grades},
                                          {QStringLiteral("levels"), levels}, {QStringLiteral("total"), sumResults(all)}},
                                 true, false);
    return result;
}

QCborMap journalControl()
{
    QCborArray rows;
    QCborArray teachers;
    QStringList seen;
    for (int k = 0; k < kSubjectCount; ++k) {
        for (const char *cls : {"5А", "5Б", "6А"}) {
            const quint32 r = noise(k, cls[1]);
            const int minimum = kSubjects[k].hours <= 1 ? 3 : (kSubjects[k].hours <= 2 ? 5 : 8);
            rows.append(QCborMap{{QStringLiteral("assignmentId"), assignmentId(k)},
                                 {QStringLiteral("className"), s(cls)},
                                 {QStringLiteral("subjectName"), s(kSubjects[k].name)},
                                 {QStringLiteral("subgroupName"), s(kSubjects[k].subgroup)},
                                 {QStringLiteral("teacherId"), 500 + k},
                                 {QStringLiteral("teacherName"), s(kSubjects[k].teacherShort)},
                                 {QStringLiteral("lessons"), int(kSubjects[k].hours * 11)},
                                 {QStringLiteral("withoutTopic"), int(r % 5 == 0) * 2},
                                 {QStringLiteral("withoutHomework"), int(r % 4 == 0)},
                                 {QStringLiteral("lateMarks"), int(r % 7 == 0) * 3},
                                 {QStringLiteral("marks"), int(kSubjects[k].hours * 11 * 6)},
                                 {QStringLiteral("studentsWithoutMarks"), int(r % 9 == 0)},
                                 {QStringLiteral("studentsWithOneMark"), int(r % 3)},
                                 {QStringLiteral("studentsWithTooFewMarks"), int(r % 6 == 0) * 4},
                                 {QStringLiteral("minimumMarks"), minimum},
                                 {QStringLiteral("plannedHours"), kSubjects[k].hours * 34},
                                 {QStringLiteral("substitutions"), int(r % 8 == 0)},
                                 {QStringLiteral("lastEntryAt"), s("2025-11-21T10:15:00.000Z")}});
        }
        if (!seen.contains(s(kSubjects[k].teacherShort))) {
            seen.append(s(kSubjects[k].teacherShort));
            teachers.append(QCborMap{{QStringLiteral("teacherId"), 500 + k},
                                     {QStringLiteral("teacherName"), s(kSubjects[k].teacher)},
                                     {QStringLiteral("lastEntryAt"), s("2025-11-21T10:15:00.000Z")},
                                     {QStringLiteral("entries"), 40 + int(noise(k) % 200)}});
        }
    }
    QCborMap result = withHeader(QCborMap{{QStringLiteral("rows"), rows}, {QStringLiteral("teachers"), teachers}}, false, false);
    setHeader(result, "from", s("2025-11-05"));
    setHeader(result, "to", s("2025-11-21"));
    return result;
}

QCborMap corrections()
{
    static const char *statuses[] = {"approved", "rejected", "pending", "approved", "withdrawn", "approved"};
    QCborArray requests;
    for (int r = 0; r < 6; ++r) {
        const int pupil = int(noise(r, 3) % kPupilCount);
        const int k = int(noise(r, 4) % kSubjectCount);
        const QString status = s(statuses[r]);
        requests.append(QCborMap{{QStringLiteral("id"), 70 + r},
                                 {QStringLiteral("requestedAt"), QStringLiteral("2025-11-%1T09:1%2:00.000Z").arg(10 + r).arg(r)},
                                 {QStringLiteral("requestedBy"), 500 + k},
                                 {QStringLiteral("requestedByName"), s(kSubjects[k].teacherShort)},
                                 {QStringLiteral("classId"), 51},
                                 {QStringLiteral("className"), s("5А")},
                                 {QStringLiteral("subjectId"), subjectId(k)},
                                 {QStringLiteral("subjectName"), s(kSubjects[k].name)},
                                 {QStringLiteral("lessonId"), 4000 + r},
                                 {QStringLiteral("lessonDate"), QStringLiteral("2025-11-0%1").arg(r + 3)},
                                 {QStringLiteral("studentId"), pupilId(pupil)},
                                 {QStringLiteral("studentName"), shortName(pupil)},
                                 {QStringLiteral("change"), QCborMap{{QStringLiteral("type"), s("journal.setMarks")}, {QStringLiteral("args"), QCborMap()}}},
                                 {QStringLiteral("description"), r % 2 ? s("Оценка: 3 → 4") : s("Посещаемость: н → (присутствовал)")},
                                 {QStringLiteral("reason"), r % 2 ? s("ошибка при выставлении отметки") : s("ученик присутствовал, отметка поставлена ошибочно")},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("decidedBy"), status == QLatin1String("pending") || status == QLatin1String("withdrawn") ? QCborValue(nullptr) : QCborValue(2)},
                                 {QStringLiteral("decidedByName"), s("Кравченко Л. И.")},
                                 {QStringLiteral("decidedAt"), status == QLatin1String("pending") || status == QLatin1String("withdrawn") ? QCborValue(nullptr) : QCborValue(QStringLiteral("2025-11-%1T12:00:00.000Z").arg(11 + r))},
                                 {QStringLiteral("decisionComment"), status == QLatin1String("rejected") ? s("причина не подтверждена") : s("")}});
    }
    return QCborMap{{QStringLiteral("requests"), requests}};
}

QCborMap substitutions()
{
    QCborArray list;
    for (int r = 0; r < 8; ++r) {
        const int k = int(noise(r, 9) % kSubjectCount);
        const int sub = (k + 3) % kSubjectCount;
        list.append(QCborMap{{QStringLiteral("lessonId"), 5000 + r},
                             {QStringLiteral("date"), QStringLiteral("2025-11-%1").arg(10 + r)},
                             {QStringLiteral("lessonNumber"), 1 + r % 6},
                             {QStringLiteral("classId"), 51},
                             {QStringLiteral("className"), r % 2 ? s("5А") : s("6А")},
                             {QStringLiteral("subjectName"), s(kSubjects[k].name)},
                             {QStringLiteral("teacherId"), 500 + k},
                             {QStringLiteral("teacherName"), s(kSubjects[k].teacherShort)},
                             {QStringLiteral("substituteId"), 500 + sub},
                             {QStringLiteral("substituteName"), s(kSubjects[sub].teacherShort)},
                             {QStringLiteral("reason"), r % 3 ? s("больничный лист") : s("курсы повышения квалификации")},
                             {QStringLiteral("createdAt"), QStringLiteral("2025-11-%1T06:40:00.000Z").arg(10 + r)},
                             {QStringLiteral("createdByName"), s("Зайцева А. О.")}});
    }
    return QCborMap{{QStringLiteral("substitutions"), list}};
}

QCborMap studentDynamics()
{
    QCborArray points;
    QCborArray months;
    for (int k : {0, 3, 4}) {
        QMap<QString, QPair<double, int>> byMonth;
        for (const QDate &d : lessonDates(k, QDate(2025, 9, 1), QDate(2025, 12, 26))) {
            const quint32 r = noise(8, k, d.toJulianDay());
            if (r % 3 != 0)
                continue;
            const int v = markFor(8, k, d.toJulianDay());
            points.append(QCborMap{{QStringLiteral("date"), iso(d)}, {QStringLiteral("subjectId"), subjectId(k)},
                                   {QStringLiteral("subjectName"), s(kSubjects[k].name)}, {QStringLiteral("value"), v},
                                   {QStringLiteral("weight"), r % 7 == 0 ? 3.0 : 1.0}});
            auto &m = byMonth[d.toString(QStringLiteral("yyyy-MM"))];
            m.first += v;
            m.second += 1;
        }
        for (auto it = byMonth.constBegin(); it != byMonth.constEnd(); ++it)
            months.append(QCborMap{{QStringLiteral("month"), it.key()}, {QStringLiteral("subjectId"), subjectId(k)},
                                   {QStringLiteral("average"), it.value().first / it.value().second}});
    }
    QCborMap result = withHeader(QCborMap{{QStringLiteral("points"), points}, {QStringLiteral("months"), months}});
    setHeader(result, "to", s("2025-12-26"));
    return result;
}

namespace {
QCborMap assignmentMap(int k)
{
    return QCborMap{{QStringLiteral("id"), assignmentId(k)},
                    {QStringLiteral("classId"), 51},
                    {QStringLiteral("className"), s("5А")},
                    {QStringLiteral("subjectId"), subjectId(k)},
                    {QStringLiteral("subjectName"), s(kSubjects[k].name)},
                    {QStringLiteral("subgroupId"), *kSubjects[k].subgroup ? QCborValue(61) : QCborValue(nullptr)},
                    {QStringLiteral("subgroupName"), s(kSubjects[k].subgroup)},
                    {QStringLiteral("teacherId"), 500 + k},
                    {QStringLiteral("teacherName"), s(kSubjects[k].teacher)},
                    {QStringLiteral("hoursPerWeek"), kSubjects[k].hours}};
}
} // namespace

QCborMap subjectPages(int k)
{
    QCborArray students;
    for (int i = 0; i < kPupilCount; ++i)
        students.append(membership(i, QCborMap{{QStringLiteral("id"), pupilId(i)},
                                               {QStringLiteral("fullName"), fullName(i)},
                                               {QStringLiteral("shortName"), shortName(i)}}));
    QCborArray lessons;
    QCborArray cells;
    QCborArray finals;
    int n = 0;
    for (int p = 0; p < 4; ++p) {
        for (const QDate &d : lessonDates(k, kPeriods[p].start, kPeriods[p].end)) {
            const qint64 lessonId = 100000 + k * 1000 + n;
            const bool control = n % 15 == 13;
            const bool substituted = n % 37 == 20;
            lessons.append(QCborMap{{QStringLiteral("id"), lessonId},
                                    {QStringLiteral("date"), iso(d)},
                                    {QStringLiteral("lessonNumber"), 1 + (k + n) % 6},
                                    {QStringLiteral("topic"), topicFor(k, n / 2)},
                                    {QStringLiteral("homework"), QStringLiteral("§ %1, № %2, %3").arg(n / 2 + 1).arg(n * 3 + 1).arg(n * 3 + 4)},
                                    {QStringLiteral("teacherName"), s(kSubjects[k].teacherShort)},
                                    {QStringLiteral("substituteName"), substituted ? s("Зайцева А. О.") : s("")},
                                    {QStringLiteral("workKindName"), control ? s("контрольная работа") : s("")}});
            for (int i = 0; i < kPupilCount; ++i) {
                if (!inClass(i, d))
                    continue;
                const quint32 r = noise(i, lessonId);
                QCborValue attendance(nullptr);
                QCborArray marks;
                if (r % 31 == 0) {
                    static const char *reasons[] = {"ill", "ill", "excused", "unexcused"};
                    const quint32 which = noise(r) % 5;
                    attendance = QCborMap{{QStringLiteral("kind"), s("absent")},
                                          {QStringLiteral("reason"), which < 4 ? QCborValue(s(reasons[which])) : QCborValue(nullptr)}};
                } else if (r % 97 == 1) {
                    attendance = QCborMap{{QStringLiteral("kind"), s("late")}, {QStringLiteral("reason"), nullptr}};
                }
                if (!attendance.isMap() || attendance.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("late")) {
                    if (control || r % 4 == 0) {
                        if (kSubjects[k].passFail)
                            marks.append(QCborMap{{QStringLiteral("position"), 1}, {QStringLiteral("passed"), r % 9 != 0}});
                        else
                            marks.append(QCborMap{{QStringLiteral("position"), 1}, {QStringLiteral("value"), markFor(i, k, lessonId)}});
                        if (k == 0 && control)
                            marks.append(QCborMap{{QStringLiteral("position"), 2}, {QStringLiteral("value"), markFor(i, k, lessonId + 1)}});
                    }
                }
                if (marks.isEmpty() && !attendance.isMap())
                    continue;
                cells.append(QCborMap{{QStringLiteral("lessonId"), lessonId}, {QStringLiteral("studentId"), pupilId(i)},
                                      {QStringLiteral("marks"), marks}, {QStringLiteral("attendance"), attendance}});
            }
            ++n;
        }
        for (int i = 0; i < kPupilCount; ++i) {
            if (!inClass(i, kPeriods[p].end))
                continue;
            QCborMap f{{QStringLiteral("studentId"), pupilId(i)}, {QStringLiteral("kind"), s("period")},
                       {QStringLiteral("periodId"), periodId(p)}};
            if (kSubjects[k].passFail)
                f.insert(QStringLiteral("passed"), true);
            else
                f.insert(QStringLiteral("value"), markFor(i, k, p));
            finals.append(f);
        }
    }
    for (int i = 0; i < kPupilCount; ++i) {
        if (!inClass(i, kPeriods[3].end) || !inClass(i, kPeriods[0].end))
            continue;
        QCborMap f{{QStringLiteral("studentId"), pupilId(i)}, {QStringLiteral("kind"), s("year")}, {QStringLiteral("periodId"), nullptr}};
        if (kSubjects[k].passFail)
            f.insert(QStringLiteral("passed"), true);
        else
            f.insert(QStringLiteral("value"), markFor(i, k, 9));
        finals.append(f);
    }
    return withHeader(QCborMap{{QStringLiteral("assignment"), assignmentMap(k)},
                               {QStringLiteral("students"), students},
                               {QStringLiteral("lessons"), lessons},
                               {QStringLiteral("cells"), cells},
                               {QStringLiteral("finalMarks"), finals},
                               {QStringLiteral("periods"), periodsArray()}});
}

QCborMap classJournal()
{
    QCborArray assignments;
    for (int k = 0; k < kSubjectCount; ++k)
        assignments.append(assignmentMap(k));
    QCborArray students;
    static const char *streets[] = {"ул. Ленина", "ул. Мира", "пр. Октября", "ул. Гагарина", "ул. Пушкина"};
    static const char *fathers[] = {"Андрей Николаевич", "Сергей Петрович", "Игорь Васильевич", "Алексей Иванович",
                                    "Олег Владимирович", "Дмитрий Сергеевич", "Павел Андреевич", "Роман Олегович"};
    for (int i = 0; i < kPupilCount; ++i) {
        QCborMap st{{QStringLiteral("id"), pupilId(i)},
                    {QStringLiteral("surname"), s(kPupils[i].surname)},
                    {QStringLiteral("firstName"), s(kPupils[i].name)},
                    {QStringLiteral("patronymic"), s(kPupils[i].patronymic)},
                    {QStringLiteral("fullName"), fullName(i)},
                    {QStringLiteral("shortName"), shortName(i)},
                    {QStringLiteral("classId"), 51},
                    {QStringLiteral("className"), s("5А")},
                    {QStringLiteral("gender"), kPupils[i].gender == 'm' ? s("m") : s("f")},
                    {QStringLiteral("birthDate"), iso(QDate(2014, 1 + int(noise(i, 1) % 12), 1 + int(noise(i, 2) % 28)))},
                    {QStringLiteral("address"), QStringLiteral("г. Уфа, %1, д. %2, кв. %3").arg(s(streets[i % 5])).arg(3 + i).arg(10 + i * 3)},
                    {QStringLiteral("phone"), QStringLiteral("+7 917 %1-%2-%3").arg(300 + i).arg(10 + i).arg(50 + i)}};
        const QString surname = s(kPupils[i].surname);
        const QString motherSurname = kPupils[i].gender == 'm' ? surname + QStringLiteral("а") : surname;
        st.insert(QStringLiteral("guardians"),
                  QCborArray{QCborMap{{QStringLiteral("fullName"), motherSurname + s(" Елена Викторовна")},
                                      {QStringLiteral("relation"), s("мать")},
                                      {QStringLiteral("phone"), QStringLiteral("+7 917 %1-00-%2").arg(400 + i).arg(10 + i)}},
                             QCborMap{{QStringLiteral("fullName"), (kPupils[i].gender == 'm' ? surname : surname.chopped(1)) + QStringLiteral(" ") + s(fathers[i % 8])},
                                      {QStringLiteral("relation"), s("отец")},
                                      {QStringLiteral("phone"), QStringLiteral("+7 917 %1-11-%2").arg(500 + i).arg(10 + i)}}});
        students.append(membership(i, st));
    }
    return withHeader(QCborMap{{QStringLiteral("classTeacherName"), s("Иванова Нина Петровна")},
                               {QStringLiteral("assignments"), assignments},
                               {QStringLiteral("students"), students}});
}

client::reports::ClassJournalData classJournalData()
{
    client::reports::ClassJournalData data;
    data.journal = classJournal();
    for (int k = 0; k < kSubjectCount; ++k)
        data.subjectPages.append(subjectPages(k));
    data.progress = progressStatement();
    data.attendance = attendanceStatement();
    data.movement = movementStatement();
    return data;
}

} // namespace cj::test::samples
