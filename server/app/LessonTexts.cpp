#include "app/LessonTexts.h"

#include <QStringList>

namespace cj::server {

namespace {
struct Programme {
    const char16_t *subject;
    const char16_t *units; // '|'-separated, in the order of the year
};

const Programme kProgrammes[] = {
    {u"Русский язык", u"Повторение изученного|Фонетика и орфография|Морфемика и словообразование|Имя существительное|"
                      u"Имя прилагательное|Глагол|Синтаксис и пунктуация|Развитие речи"},
    {u"Литературное чтение", u"Устное народное творчество|Сказки|Стихи о природе|Рассказы о детях|Басни|"
                             u"Произведения о Родине"},
    {u"Литература", u"Введение|Фольклор|Древнерусская литература|Литература XIX века|Литература XX века|"
                    u"Современная литература"},
    {u"Английский язык", u"Family and friends|School life|Free time|Food and health|Travelling|The world around us"},
    {u"Математика", u"Натуральные числа|Сложение и вычитание|Умножение и деление|Дроби|Геометрические фигуры|"
                    u"Величины и единицы измерения|Текстовые задачи"},
    {u"Алгебра", u"Выражения и тождества|Уравнения|Функции и графики|Степень с натуральным показателем|"
                 u"Многочлены|Формулы сокращённого умножения|Системы уравнений"},
    {u"Геометрия", u"Начальные геометрические сведения|Треугольники|Параллельные прямые|Четырёхугольники|"
                   u"Площадь|Подобные треугольники|Окружность"},
    {u"Информатика", u"Информация и информационные процессы|Компьютер|Системы счисления|Алгоритмы|"
                     u"Программирование|Электронные таблицы"},
    {u"История", u"Древний мир|Средние века|Русь в IX–XII веках|Московское государство|Новое время|"
                 u"Россия в XVIII веке|Россия в XIX веке"},
    {u"Обществознание", u"Человек в обществе|Семья|Экономика|Право|Политика|Социальная сфера"},
    {u"География", u"Земля во Вселенной|Литосфера|Гидросфера|Атмосфера|Биосфера|Население мира"},
    {u"Биология", u"Живые организмы|Клетка|Растения|Животные|Человек и его здоровье|Экосистемы"},
    {u"Физика", u"Физические величины|Строение вещества|Механическое движение|Силы|Давление|Работа и энергия|"
                u"Тепловые явления"},
    {u"Химия", u"Первоначальные химические понятия|Кислород|Водород|Растворы|Основные классы соединений|"
               u"Периодический закон"},
    {u"Окружающий мир", u"Мы и наш мир|Природа|Человек и общество|Наш край|Путешествия"},
    {u"Музыка", u"Музыка моего края|Русская классическая музыка|Музыка народов мира|Музыкальный театр"},
    {u"ИЗО", u"Ты изображаешь|Ты украшаешь|Ты строишь|Искусство вокруг нас"},
    {u"Технология", u"Материалы и их обработка|Конструирование|Технологии ручной обработки|Проектная деятельность"},
    {u"Физическая культура", u"Лёгкая атлетика|Гимнастика|Спортивные игры|Лыжная подготовка|Плавание"},
    {u"ОБЖ", u"Безопасность в быту|Дорожное движение|Чрезвычайные ситуации|Первая помощь"},
    {u"ОРКСЭ", u"Духовные ценности|Традиции и праздники|Нравственность|Семья и общество"},
    {u"ОДНКНР", u"Культура народов России|Традиции семьи|Духовный мир человека|Наследие предков"},
    {u"Индивидуальный проект", u"Выбор темы проекта|Работа с источниками|Исследование|Оформление|Защита проекта"},
};

const char16_t *const kSteps[] = {u"введение", u"основные понятия", u"закрепление", u"решение задач", u"практикум",
                                  u"обобщение и систематизация"};

QStringList unitsOf(const QString &subject)
{
    for (const Programme &p : kProgrammes) {
        if (subject == QString::fromUtf16(p.subject))
            return QString::fromUtf16(p.units).split(QLatin1Char('|'));
    }
    return {QStringLiteral("Повторение"), QStringLiteral("Основной курс"), QStringLiteral("Итоговое повторение")};
}

int bounded(QRandomGenerator &random, int from, int to) // inclusive
{
    return from + int(random.bounded(to - from + 1));
}
} // namespace

QString LessonTexts::unit(const QString &subject, int ordinal, int count)
{
    const QStringList units = unitsOf(subject);
    return units.at(qBound(0, int(qint64(ordinal) * units.size() / qMax(1, count)), int(units.size() - 1)));
}

QString LessonTexts::topic(const QString &subject, int ordinal, int count)
{
    const QStringList units = unitsOf(subject);
    const double perUnit = double(qMax(1, count)) / units.size();
    const int index = qBound(0, int(ordinal / perUnit), int(units.size() - 1));
    // Position inside the unit picks the step: introduction first, a summary last.
    const double inUnit = (ordinal - index * perUnit) / perUnit;
    const int step = qBound(0, int(inUnit * int(std::size(kSteps))), int(std::size(kSteps)) - 1);
    return QStringLiteral("%1: %2").arg(units.at(index), QString::fromUtf16(kSteps[step]));
}

QString LessonTexts::homework(QRandomGenerator &random, const QString &subject)
{
    if (subject == QStringLiteral("Физическая культура") || subject == QStringLiteral("Музыка")
        || subject == QStringLiteral("ИЗО") || subject == QStringLiteral("Технология"))
        return random.bounded(10) == 0 ? QStringLiteral("подготовить сообщение") : QString();
    if (random.bounded(100) < 12)
        return QString(); // nothing set today
    if (subject == QStringLiteral("Русский язык"))
        return QStringLiteral("упр. %1").arg(bounded(random, 5, 620));
    if (subject == QStringLiteral("Литература") || subject == QStringLiteral("Литературное чтение"))
        return random.bounded(4) == 0 ? QStringLiteral("выучить наизусть стихотворение, с. %1").arg(bounded(random, 10, 250))
                                      : QStringLiteral("прочитать с. %1–%2").arg(bounded(random, 10, 200)).arg(bounded(random, 205, 260));
    if (subject == QStringLiteral("Математика") || subject == QStringLiteral("Алгебра")
        || subject == QStringLiteral("Геометрия")) {
        const int n = bounded(random, 10, 900);
        return QStringLiteral("№ %1, %2, %3").arg(n).arg(n + 2).arg(n + 5);
    }
    if (subject == QStringLiteral("Английский язык"))
        return QStringLiteral("упр. %1, с. %2").arg(bounded(random, 1, 12)).arg(bounded(random, 4, 140));
    return QStringLiteral("§ %1, вопросы %2–%3").arg(bounded(random, 1, 40)).arg(bounded(random, 1, 3)).arg(bounded(random, 4, 8));
}

} // namespace cj::server
