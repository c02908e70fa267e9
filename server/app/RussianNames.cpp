#include "app/RussianNames.h"

#include <QStringList>

namespace cj::server {

namespace {
const QStringList &surnames()
{
    static const QStringList list = QStringLiteral(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев "
        "Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев "
        "Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв "
        "Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков "
        "Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов "
        "Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев "
        "Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов "
        "Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв "
        "Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин "
        "Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов "
        "Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов "
        "Князев Цветков Левин Митрофанов Воронов Аксёнов Софронов Мальцев Логинов Горшков Савин Краснов Майоров "
        "Демидов Елисеев Рыбаков Сафонов Плотников Демин Хохлов Жданов Носов Евдокимов Шубин Лапин Блинов "
        "Островский Вишневский Ковальчук Ткаченко Шевченко Бондаренко Кравченко Литвиненко Левченко Руденко")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &femaleNames()
{
    static const QStringList list = QStringLiteral(
        "Анна Мария Елена Ольга Наталья Татьяна Ирина Светлана Екатерина Юлия Анастасия Дарья Полина Алиса "
        "Виктория Ксения Софья Варвара Вероника Александра Валерия Арина Ульяна Милана Ева Кира Маргарита "
        "Евгения Алёна Василиса Елизавета Злата Таисия Яна Надежда Любовь Галина Людмила Марина Оксана")
        .split(QLatin1Char(' '));
    return list;
}

struct MaleName {
    const char16_t *name;
    const char16_t *sonOf;
    const char16_t *daughterOf;
};

const MaleName kMaleNames[] = {
    {u"Александр", u"Александрович", u"Александровна"}, {u"Алексей", u"Алексеевич", u"Алексеевна"},
    {u"Андрей", u"Андреевич", u"Андреевна"},           {u"Артём", u"Артёмович", u"Артёмовна"},
    {u"Владимир", u"Владимирович", u"Владимировна"},   {u"Дмитрий", u"Дмитриевич", u"Дмитриевна"},
    {u"Евгений", u"Евгеньевич", u"Евгеньевна"},        {u"Иван", u"Иванович", u"Ивановна"},
    {u"Игорь", u"Игоревич", u"Игоревна"},              {u"Кирилл", u"Кириллович", u"Кирилловна"},
    {u"Максим", u"Максимович", u"Максимовна"},         {u"Михаил", u"Михайлович", u"Михайловна"},
    {u"Никита", u"Никитич", u"Никитична"},             {u"Николай", u"Николаевич", u"Николаевна"},
    {u"Павел", u"Павлович", u"Павловна"},              {u"Роман", u"Романович", u"Романовна"},
    {u"Сергей", u"Сергеевич", u"Сергеевна"},           {u"Степан", u"Степанович", u"Степановна"},
    {u"Тимофей", u"Тимофеевич", u"Тимофеевна"},        {u"Фёдор", u"Фёдорович", u"Фёдоровна"},
    {u"Юрий", u"Юрьевич", u"Юрьевна"},                 {u"Илья", u"Ильич", u"Ильинична"},
    {u"Матвей", u"Матвеевич", u"Матвеевна"},           {u"Егор", u"Егорович", u"Егоровна"},
    {u"Олег", u"Олегович", u"Олеговна"},               {u"Виктор", u"Викторович", u"Викторовна"},
    {u"Константин", u"Константинович", u"Константиновна"}, {u"Григорий", u"Григорьевич", u"Григорьевна"},
};

// Russian surnames change with gender: Петров/Петрова, Островский/Островская; Ткаченко stays.
QString surnameFor(const QString &male, bool female)
{
    if (!female)
        return male;
    if (male.endsWith(QStringLiteral("ий")))
        return male.chopped(2) + QStringLiteral("ая");
    for (const QString &ending : {QStringLiteral("ов"), QStringLiteral("ев"), QStringLiteral("ёв"), QStringLiteral("ин"),
                                 QStringLiteral("ын")}) {
        if (male.endsWith(ending))
            return male + QStringLiteral("а");
    }
    return male;
}

const MaleName &anyMale(QRandomGenerator &random)
{
    return kMaleNames[random.bounded(int(std::size(kMaleNames)))];
}

QString patronymic(QRandomGenerator &random, bool female)
{
    const MaleName &father = anyMale(random);
    return QString::fromUtf16(female ? father.daughterOf : father.sonOf);
}

QString firstName(QRandomGenerator &random, bool female)
{
    return female ? femaleNames().at(random.bounded(int(femaleNames().size()))) : QString::fromUtf16(anyMale(random).name);
}
} // namespace

PersonName RussianNames::person(QRandomGenerator &random, bool female)
{
    const QString male = surnames().at(random.bounded(int(surnames().size())));
    return PersonName{surnameFor(male, female), firstName(random, female), patronymic(random, female)};
}

PersonName RussianNames::parentOf(QRandomGenerator &random, const QString &childSurname, bool female, bool childFemale)
{
    // The child's surname in the parent's gender (a mother of Петрова is Петрова, a father is Петров).
    QString surname = childSurname;
    if (childFemale && !female) {
        for (const QString &male : surnames()) {
            if (surnameFor(male, true) == childSurname)
                surname = male;
        }
    } else if (!childFemale && female) {
        surname = surnameFor(childSurname, true);
    }
    return PersonName{surname, firstName(random, female), patronymic(random, female)};
}

} // namespace cj::server
