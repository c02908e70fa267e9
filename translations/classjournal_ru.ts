<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountText</name>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>заблокирована: %1</translation>
    </message>
    <message>
        <source>held after failed sign-ins until %1</source>
        <translation>временно заблокирована после неудачных входов до %1</translation>
    </message>
    <message>
        <source>waiting for activation</source>
        <translation>ожидает активации</translation>
    </message>
    <message>
        <source>not activated, no code</source>
        <translation>не активирована, кода нет</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>activation code</source>
        <translation>код активации</translation>
    </message>
    <message>
        <source>session resumed</source>
        <translation>возобновление сеанса</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>wrong activation code</source>
        <translation>неверный код активации</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>учётная запись заблокирована</translation>
    </message>
    <message>
        <source>too many attempts (account)</source>
        <translation>слишком много попыток (учётная запись)</translation>
    </message>
    <message>
        <source>too many attempts (computer)</source>
        <translation>слишком много попыток (компьютер)</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>сеанс истёк</translation>
    </message>
</context>
<context>
    <name>ActivationSlips</name>
    <message>
        <source>Access to the electronic class journal</source>
        <translation>Доступ к электронному классному журналу</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Activation code:</source>
        <translation>Код активации:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
    <message>
        <source>First sign-in</source>
        <translation>Первый вход</translation>
    </message>
    <message>
        <source>Start the ClassJournal program and enter the server and the login shown above.</source>
        <translation>Запустите программу «Классный журнал» и укажите сервер и логин, напечатанные выше.</translation>
    </message>
    <message>
        <source>Tick “First sign-in: I have an activation code” and type the code (dashes and letter case do not matter).</source>
        <translation>Отметьте «Первый вход: у меня есть код активации» и введите код (дефисы и регистр букв не важны).</translation>
    </message>
    <message>
        <source>Choose your own password: at least 8 characters, letters and digits, not the same as the login.</source>
        <translation>Придумайте свой пароль: не короче 8 символов, из букв и цифр, не совпадающий с логином.</translation>
    </message>
    <message>
        <source>The code works once. Do not pass the code or your password to anyone: by the school&apos;s rules only its owner may use an account. If the code has expired, ask the journal administrator for a new one.</source>
        <translation>Код действует один раз. Не передавайте код и пароль другим людям: по правилам школы учётной записью пользуется только её владелец. Если срок кода истёк, попросите новый у администратора журнала.</translation>
    </message>
</context>
<context>
    <name>AttendanceMonthRenderer</name>
    <message>
        <source>Report on the class&apos;s attendance for the month</source>
        <translation>Отчёт о посещаемости класса за месяц</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Месяц: %1</translation>
    </message>
    <message>
        <source>School days of the month</source>
        <translation>Учебные дни месяца</translation>
    </message>
    <message>
        <source>For the month</source>
        <translation>За месяц</translation>
    </message>
    <message>
        <source>In a day&apos;s cell: lessons missed that day, with the reason when all had the same one; in bold — the whole day was missed.</source>
        <translation>В клетке дня: число уроков, пропущенных в этот день, с причиной, если она у всех одна; полужирным — пропущен весь день.</translation>
    </message>
</context>
<context>
    <name>AttendanceStatementRenderer</name>
    <message>
        <source>Summary statement of attendance</source>
        <translation>Сводная ведомость учёта посещаемости обучающихся</translation>
    </message>
    <message>
        <source>For the whole time</source>
        <translation>Всего за период</translation>
    </message>
</context>
<context>
    <name>AttendanceTally</name>
    <message>
        <source>all</source>
        <translation>всего</translation>
    </message>
    <message>
        <source>ill</source>
        <translation>б</translation>
    </message>
    <message>
        <source>exc.</source>
        <translation>у</translation>
    </message>
    <message>
        <source>unexc.</source>
        <translation>п</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>оп</translation>
    </message>
    <message>
        <source>Lessons missed: «all» — in total, «ill» — for illness, «exc.» — for an excused reason, «unexc.» — without an excused reason or with no reason given; «days» — whole days missed (every lesson of the day); «late» — times late, not counted as missed.</source>
        <translation>Пропущено уроков: «всего» — всего, «б» — по болезни, «у» — по уважительной причине, «п» — без уважительной причины или причина не указана; «дн.» — пропущено полных дней (все уроки дня); «оп» — опоздания, в пропуски не входят.</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>«%1» is not a mark. Type 1–5 (a double mark as «3/5»), «н» for absent, «оп» for late.</source>
        <translation>«%1» — не отметка. Введите 1–5 (двойную отметку — «3/5»), «н» — отсутствовал, «оп» — опоздание.</translation>
    </message>
    <message>
        <source>A cell holds either marks or зачёт/незачёт, not both.</source>
        <translation>В клетке могут быть либо отметки, либо зачёт/незачёт, но не то и другое.</translation>
    </message>
    <message>
        <source>A cell holds at most four marks.</source>
        <translation>В клетке не более четырёх отметок.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Typing in the journal&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a mark&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3/5&lt;/b&gt; or &lt;b&gt;3 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a double mark (two marks in one cell)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;н&lt;/b&gt; (key Y, or N)&lt;/td&gt;&lt;td&gt;absent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;оп&lt;/b&gt; or &lt;b&gt;о&lt;/b&gt; (key J, or L)&lt;/td&gt;&lt;td&gt;late&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;зч&lt;/b&gt;, &lt;b&gt;+&lt;/b&gt; (key P)&lt;/td&gt;&lt;td&gt;зачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;нз&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;незачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;save and go down&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, arrows&lt;/td&gt;&lt;td&gt;save and move&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete, Backspace&lt;/td&gt;&lt;td&gt;clear the cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2, double click&lt;/td&gt;&lt;td&gt;open the cell: kind of work, comment, attendance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;copy / paste cells (works with spreadsheets)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Y&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;Ввод в журнал с клавиатуры&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;отметка&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3/5&lt;/b&gt; или &lt;b&gt;3 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;двойная отметка (две отметки в одной клетке)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;н&lt;/b&gt; (в латинской раскладке Y или N)&lt;/td&gt;&lt;td&gt;отсутствовал&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;оп&lt;/b&gt; или &lt;b&gt;о&lt;/b&gt; (в латинской раскладке J или L)&lt;/td&gt;&lt;td&gt;опоздание&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;зч&lt;/b&gt;, &lt;b&gt;+&lt;/b&gt; (в латинской раскладке P)&lt;/td&gt;&lt;td&gt;зачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;нз&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;незачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;сохранить и перейти вниз&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, стрелки&lt;/td&gt;&lt;td&gt;сохранить и перейти&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete, Backspace&lt;/td&gt;&lt;td&gt;очистить клетку&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2, двойной щелчок&lt;/td&gt;&lt;td&gt;открыть клетку: вид работы, комментарий, посещаемость&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;копировать / вставить клетки (в том числе из электронных таблиц)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Y&lt;/td&gt;&lt;td&gt;отменить / повторить&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message>
        <source>lesson of %1</source>
        <translation>урок %1</translation>
    </message>
    <message>
        <source>Marks: %1 → %2</source>
        <translation>Отметки: %1 → %2</translation>
    </message>
    <message>
        <source>Attendance: %1 → %2</source>
        <translation>Посещаемость: %1 → %2</translation>
    </message>
    <message>
        <source>Absence reason: %1 → %2</source>
        <translation>Причина отсутствия: %1 → %2</translation>
    </message>
    <message>
        <source>Topic: «%1» → «%2»</source>
        <translation>Тема урока: «%1» → «%2»</translation>
    </message>
    <message>
        <source>Homework: «%1» → «%2»</source>
        <translation>Домашнее задание: «%1» → «%2»</translation>
    </message>
    <message>
        <source>Kind of work → %1</source>
        <translation>Вид работы → %1</translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation>ответ на уроке</translation>
    </message>
    <message>
        <source>Final mark: %1 → %2</source>
        <translation>Итоговая отметка: %1 → %2</translation>
    </message>
</context>
<context>
    <name>ClassJournalRenderer</name>
    <message>
        <source>m</source>
        <comment>gender, short</comment>
        <translation>м</translation>
    </message>
    <message>
        <source>f</source>
        <comment>gender, short</comment>
        <translation>ж</translation>
    </message>
    <message>
        <source>General information about the pupils</source>
        <translation>Общие сведения об обучающихся</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Parents (legal representatives)</source>
        <translation>Родители (законные представители)</translation>
    </message>
    <message>
        <source>Arrived, left</source>
        <translation>Прибыл, выбыл</translation>
    </message>
    <message>
        <source>of class %1</source>
        <translation>%1 класса</translation>
    </message>
    <message>
        <source>for the %1 school year</source>
        <translation>на %1 учебный год</translation>
    </message>
    <message>
        <source>for %1 of the %2 school year</source>
        <translation>за %1 %2 учебного года</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message numerus="yes">
        <source>The journal has %n sheet(s).</source>
        <translation>
            <numerusform>В журнале %n лист.</numerusform>
            <numerusform>В журнале %n листа.</numerusform>
            <numerusform>В журнале %n листов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has … sheets.</source>
        <translation>В журнале … листов.</translation>
    </message>
    <message>
        <source>Certification sheet</source>
        <translation>Заверительный лист</translation>
    </message>
    <message>
        <source>Class journal</source>
        <translation>Классный журнал</translation>
    </message>
    <message numerus="yes">
        <source>The journal has %n sheet(s) numbered and laced</source>
        <translation>
            <numerusform>В журнале пронумерован и прошнурован %n лист</numerusform>
            <numerusform>В журнале пронумеровано и прошнуровано %n листа</numerusform>
            <numerusform>В журнале пронумеровано и прошнуровано %n листов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassTeacherReportRenderer</name>
    <message>
        <source>Class teacher&apos;s report for the school period</source>
        <translation>Отчёт классного руководителя за учебный период</translation>
    </message>
    <message>
        <source>1. Progress</source>
        <translation>1. Успеваемость</translation>
    </message>
    <message>
        <source>2. Attendance</source>
        <translation>2. Посещаемость</translation>
    </message>
    <message>
        <source>3. Movement of pupils</source>
        <translation>3. Движение обучающихся</translation>
    </message>
</context>
<context>
    <name>CorrectionsRegisterRenderer</name>
    <message>
        <source>Approved, changed</source>
        <translation>Одобрено, изменения внесены</translation>
    </message>
    <message>
        <source>Rejected, not changed</source>
        <translation>Отклонено, изменения не внесены</translation>
    </message>
    <message>
        <source>Withdrawn by the teacher</source>
        <translation>Отозвано учителем</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>Register «Replacement of information in the electronic journal»</source>
        <translation>Журнал «Замена сведений в электронном журнале»</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Date of the lesson</source>
        <translation>Дата урока</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Administrator&apos;s decision</source>
        <translation>Отметка администратора</translation>
    </message>
</context>
<context>
    <name>EntryLock</name>
    <message>
        <source>You may not change this entry.</source>
        <translation>Вы не можете изменить эту запись.</translation>
    </message>
    <message>
        <source>The student was not on the list on this date.</source>
        <translation>В этот день ученик не числился в списке.</translation>
    </message>
    <message>
        <source>The student is exempt from this subject in this period.</source>
        <translation>Ученик освобождён от этого предмета в этом периоде.</translation>
    </message>
    <message>
        <source>Grade 1 is taught without marks and homework: attendance only.</source>
        <translation>В 1 классе обучение безотметочное и без домашних заданий: только посещаемость.</translation>
    </message>
    <message>
        <source>This lesson is in the future: marks and attendance can be entered from %1.</source>
        <translation>Урок ещё не проведён: отметки и посещаемость можно вносить с %1.</translation>
    </message>
    <message>
        <source>Locked: the entry window closed on %1. Changes go through a correction request («Замена сведений»).</source>
        <translation>Закрыто: срок внесения истёк %1. Изменение — только через заявку на замену сведений.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The program and the server do not understand each other. Update the program.</source>
        <translation>Программа и сервер не понимают друг друга. Обновите программу.</translation>
    </message>
    <message>
        <source>The data sent is too large.</source>
        <translation>Отправляемые данные слишком велики.</translation>
    </message>
    <message>
        <source>The server does not support this action. Update the program or the server.</source>
        <translation>Сервер не поддерживает это действие. Обновите программу или сервер.</translation>
    </message>
    <message>
        <source>The server rejected the request (field &quot;%1&quot;).</source>
        <translation>Сервер отклонил запрос (поле «%1»).</translation>
    </message>
    <message>
        <source>This version of the program does not fit the server. Update the program.</source>
        <translation>Эта версия программы не подходит к серверу. Обновите программу.</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>Войдите в систему.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Your account is locked. Contact the journal administrator.</source>
        <translation>Ваша учётная запись заблокирована. Обратитесь к администратору электронного журнала.</translation>
    </message>
    <message>
        <source>The account is not activated yet. Use your activation code for the first sign-in.</source>
        <translation>Учётная запись ещё не активирована. Для первого входа используйте код активации.</translation>
    </message>
    <message>
        <source>The activation code is wrong or expired. Ask the administrator for a new one.</source>
        <translation>Код активации неверен или просрочен. Попросите у администратора новый.</translation>
    </message>
    <message>
        <source>The password is too simple: use at least 8 characters with letters and digits, different from the login.</source>
        <translation>Слишком простой пароль: нужно не меньше 8 символов, буквы и цифры, и пароль не должен совпадать с логином.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неудачных попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неудачных попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>Слишком много запросов. Подождите немного и повторите.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>У вас нет права на это действие.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted by someone else.</source>
        <translation>Запись не найдена — возможно, её удалил другой пользователь.</translation>
    </message>
    <message>
        <source>Check the data entered.</source>
        <translation>Проверьте введённые данные.</translation>
    </message>
    <message>
        <source>The time for entering this has passed. File a correction request.</source>
        <translation>Срок внесения этих сведений истёк. Подайте заявку на замену сведений.</translation>
    </message>
    <message>
        <source>This entry is locked. File a correction request.</source>
        <translation>Запись закрыта для изменений. Подайте заявку на замену сведений.</translation>
    </message>
    <message>
        <source>This breaks the school&apos;s rules for the journal.</source>
        <translation>Это нарушает правила ведения журнала, принятые в школе.</translation>
    </message>
    <message>
        <source>The academic year is closed; its journals are read-only.</source>
        <translation>Учебный год закрыт, его журналы доступны только для просмотра.</translation>
    </message>
    <message>
        <source>The server is busy or its database is unavailable. Try again shortly.</source>
        <translation>Сервер занят или его база данных недоступна. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>The server is restarting. The program will reconnect by itself.</source>
        <translation>Сервер перезапускается. Программа подключится заново сама.</translation>
    </message>
    <message>
        <source>Internal server error. Tell the administrator.</source>
        <translation>Внутренняя ошибка сервера. Сообщите администратору.</translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation>Нет связи с сервером.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Неизвестная ошибка.</translation>
    </message>
    <message>
        <source>Grade 1 is taught without marks: only attendance is recorded (000 §3.7).</source>
        <translation>В 1 классе обучение безотметочное: ведётся только учёт посещаемости (000 §3.7).</translation>
    </message>
    <message>
        <source>No homework is set in grade 1 (000 §3.7).</source>
        <translation>В 1 классе домашние задания не задаются (000 §3.7).</translation>
    </message>
    <message>
        <source>The mark «1» is not used in this school.</source>
        <translation>Отметка «1» в школе не используется.</translation>
    </message>
    <message>
        <source>Period, year, exam and final marks are «2» to «5» only.</source>
        <translation>Четвертные, полугодовые, годовые, экзаменационные и итоговые отметки — только от «2» до «5».</translation>
    </message>
    <message>
        <source>«н/а» and «осв.» are not allowed for period, year and final marks (000 §5.3): extend the period of study and give a mark.</source>
        <translation>Записи «н/а» и «осв.» при выставлении четвертных, полугодовых, годовых и итоговых отметок не допускаются (000 §5.3): продлите срок обучения и выставьте отметку.</translation>
    </message>
    <message>
        <source>This subject is graded pass/fail (зачёт/незачёт), not with marks — or the other way round.</source>
        <translation>Предмет оценивается зачётом/незачётом, а не отметками (или наоборот).</translation>
    </message>
    <message>
        <source>The student is not on the class (or group) list on that date.</source>
        <translation>В этот день ученик не числится в классе (группе).</translation>
    </message>
    <message>
        <source>The student is exempt from this subject in this period.</source>
        <translation>Ученик освобождён от этого предмета в этом периоде.</translation>
    </message>
    <message>
        <source>There is no absence there to give a reason for.</source>
        <translation>Здесь нет пропуска, для которого можно указать причину.</translation>
    </message>
    <message>
        <source>This cannot be entered yet: it opens on %1.</source>
        <translation>Вносить это пока нельзя: можно будет с %1.</translation>
    </message>
    <message>
        <source>The time for entering this ended on %1. File a correction request.</source>
        <translation>Срок внесения истёк %1. Подайте заявку на замену сведений.</translation>
    </message>
    <message>
        <source>This entry is locked: its entry window closed on %1. To change it, file a correction request.</source>
        <translation>Запись закрыта: срок внесения истёк %1. Чтобы её изменить, подайте заявку на замену сведений.</translation>
    </message>
    <message>
        <source>This login is already taken. Choose another one.</source>
        <translation>Этот логин уже занят. Выберите другой.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Такая запись уже есть.</translation>
    </message>
    <message>
        <source>A period must lie inside the academic year.</source>
        <translation>Учебный период должен лежать внутри учебного года.</translation>
    </message>
    <message>
        <source>The periods overlap: each period must end before the next one starts.</source>
        <translation>Учебные периоды пересекаются: каждый должен закончиться до начала следующего.</translation>
    </message>
    <message>
        <source>Periods must be numbered 1, 2, … in the order of their dates.</source>
        <translation>Периоды нумеруются 1, 2, … в порядке их дат.</translation>
    </message>
    <message>
        <source>The holidays must lie inside the academic year.</source>
        <translation>Каникулы должны лежать внутри учебного года.</translation>
    </message>
    <message>
        <source>These dates overlap another academic year of the school.</source>
        <translation>Эти даты пересекаются с другим учебным годом школы.</translation>
    </message>
    <message>
        <source>Lessons may not start before 8:00.</source>
        <translation>Уроки не могут начинаться раньше 8:00.</translation>
    </message>
    <message>
        <source>Lessons overlap: each lesson must end before the next one starts.</source>
        <translation>Уроки пересекаются: каждый урок должен закончиться до начала следующего.</translation>
    </message>
    <message>
        <source>A break between lessons is shorter than 10 minutes.</source>
        <translation>Перемена между уроками короче 10 минут.</translation>
    </message>
    <message>
        <source>The weekly hours of the class would exceed the maximum allowed for its grade (%1 h).</source>
        <translation>Недельная нагрузка класса превысит максимально допустимую для параллели (%1 ч).</translation>
    </message>
    <message>
        <source>The weekly hours of the class would exceed the maximum allowed for its grade.</source>
        <translation>Недельная нагрузка класса превысит максимально допустимую для параллели.</translation>
    </message>
    <message>
        <source>The date lies outside the academic year.</source>
        <translation>Дата вне учебного года.</translation>
    </message>
    <message>
        <source>The student is already on a class list on that date.</source>
        <translation>На эту дату ученик уже числится в списке класса.</translation>
    </message>
    <message>
        <source>A move between subgroups takes effect from the next quarter (half), and this is the last one.</source>
        <translation>Перевод между подгруппами вступает в силу со следующей четверти (полугодия), а эта — последняя.</translation>
    </message>
    <message>
        <source>The subgroup was made for another subject.</source>
        <translation>Подгруппа создана для другого предмета.</translation>
    </message>
    <message>
        <source>It cannot be deleted: the journal already holds marks, attendance or topics for it.</source>
        <translation>Удалить нельзя: в журнале уже есть отметки, посещаемость или темы уроков.</translation>
    </message>
    <message>
        <source>The class cannot be deleted: it has had students or lessons.</source>
        <translation>Класс нельзя удалить: в нём были ученики или уроки.</translation>
    </message>
    <message>
        <source>The file has no column «%1», which is required.</source>
        <translation>В файле нет обязательной колонки «%1».</translation>
    </message>
    <message>
        <source>Some rows of the file have errors: correct them or import only the correct rows.</source>
        <translation>В некоторых строках файла есть ошибки: исправьте их или загрузите только верные строки.</translation>
    </message>
    <message>
        <source>The school would be left without an administrator.</source>
        <translation>Школа останется без администратора.</translation>
    </message>
    <message>
        <source>%1, lesson %2</source>
        <translation>%1, %2-й урок</translation>
    </message>
    <message>
        <source>The teacher %1 already has a lesson then (%2): %3.</source>
        <translation>У учителя %1 в это время уже есть урок (%2): %3.</translation>
    </message>
    <message>
        <source>Room %1 is already taken then (%2): %3.</source>
        <translation>Кабинет %1 в это время занят (%2): %3.</translation>
    </message>
    <message>
        <source>The class already has a lesson then (%1): %2.</source>
        <translation>У класса в это время уже есть урок (%1): %2.</translation>
    </message>
    <message>
        <source>This clashes with another lesson (%1): %2.</source>
        <translation>Накладка с другим уроком (%1): %2.</translation>
    </message>
</context>
<context>
    <name>ForecastRenderer</name>
    <message>
        <source>The forecast follows the school&apos;s rounding rule: «3» from %1, «4» from %2, «5» from %3</source>
        <translation>Прогноз по правилу округления школы: «3» от %1, «4» от %2, «5» от %3</translation>
    </message>
    <message>
        <source>by the weighted average</source>
        <translation>по средневзвешенному баллу</translation>
    </message>
    <message>
        <source>by the plain average</source>
        <translation>по среднему баллу</translation>
    </message>
    <message>
        <source>at least %1 marks</source>
        <translation>не менее %1 отметок</translation>
    </message>
    <message>
        <source>a «2» for a test blocks a «5»</source>
        <translation>«2» за контрольную работу не позволяет выставить «5»</translation>
    </message>
    <message>
        <source>Preliminary report (forecast) for the school period</source>
        <translation>Предварительный отчёт (прогноз) за учебный период</translation>
    </message>
    <message>
        <source>a «2» is likely</source>
        <translation>вероятна «2»</translation>
    </message>
    <message>
        <source>too few marks: %1 of at least %2</source>
        <translation>мало отметок: %1 при минимуме %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Предмет: %1</translation>
    </message>
    <message>
        <source>Marks (minimum)</source>
        <translation>Отметок (минимум)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Средневзвешенный балл</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Missed for a valid reason / lessons</source>
        <translation>Пропущено по уважительной причине / уроков</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Highlighted: a risk; * — fewer marks than the minimum for the subject&apos;s hours.</source>
        <translation>Выделено: есть риск; * — отметок меньше минимума для часов предмета.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>No risks.</source>
        <translation>Рисков нет.</translation>
    </message>
</context>
<context>
    <name>HoursChangeCommand</name>
    <message>
        <source>hours %1 → %2</source>
        <translation>часы %1 → %2</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <source>Health group</source>
        <translation>Группа здоровья</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>«%1» is not filled in</source>
        <translation>не заполнено поле «%1»</translation>
    </message>
    <message>
        <source>«%1» is not a date (DD.MM.YYYY)</source>
        <translation>«%1» — не дата (нужно ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>«%1» has a value that is not allowed</source>
        <translation>«%1» — недопустимое значение</translation>
    </message>
    <message>
        <source>there is no such class in this academic year</source>
        <translation>такого класса нет в этом учебном году</translation>
    </message>
    <message>
        <source>unknown role (учитель, завуч, секретарь, директор, администратор)</source>
        <translation>неизвестная роль (учитель, завуч, секретарь, директор, администратор)</translation>
    </message>
    <message>
        <source>«%1» is outside the academic year</source>
        <translation>«%1» — вне учебного года</translation>
    </message>
    <message>
        <source>repeats a row above («%1»)</source>
        <translation>повторяет строку выше («%1»)</translation>
    </message>
    <message>
        <source>only the administrator may import accounts with roles other than teacher and secretary</source>
        <translation>учётные записи с ролями, кроме учителя и секретаря, загружает только администратор</translation>
    </message>
    <message>
        <source>already in the school («%1»)</source>
        <translation>уже есть в школе («%1»)</translation>
    </message>
</context>
<context>
    <name>JournalControlRenderer</name>
    <message>
        <source>Control of keeping the electronic journal</source>
        <translation>Контроль ведения электронного журнала</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject (group)</source>
        <translation>Предмет (группа)</translation>
    </message>
    <message>
        <source>Lessons given</source>
        <translation>Проведено уроков</translation>
    </message>
    <message>
        <source>Without a topic</source>
        <translation>Без темы</translation>
    </message>
    <message>
        <source>Without homework</source>
        <translation>Без д/з</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметок</translation>
    </message>
    <message>
        <source>Marks entered late</source>
        <translation>Выставлено с опозданием</translation>
    </message>
    <message>
        <source>Pupils without marks</source>
        <translation>Учеников без отметок</translation>
    </message>
    <message>
        <source>Pupils with one mark</source>
        <translation>С одной отметкой</translation>
    </message>
    <message>
        <source>Pupils with too few marks (minimum)</source>
        <translation>Мало отметок (минимум)</translation>
    </message>
    <message>
        <source>Hours in the КТП</source>
        <translation>Часов по КТП</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>Замен</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Последняя запись</translation>
    </message>
    <message>
        <source>Highlighted: what needs the teacher&apos;s attention. Minimum of current marks for a period (003 §2.3.1): 3 at up to 1 hour a week, 5 at up to 2 hours, 8 above 2 hours; pupils who missed at least half of the lessons for a valid reason are not checked (003 §2.3.2).</source>
        <translation>Выделено то, что требует внимания учителя. Минимум текущих отметок за период: 3 при нагрузке до 1 часа в неделю, 5 — до 2 часов, 8 — более 2 часов; обучающиеся, пропустившие по уважительной причине не менее половины уроков, не учитываются.</translation>
    </message>
    <message>
        <source>Teachers&apos; activity</source>
        <translation>Активность учителей</translation>
    </message>
    <message>
        <source>Changes in the period</source>
        <translation>Изменений за период</translation>
    </message>
</context>
<context>
    <name>MovementStatementRenderer</name>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>%1 класс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Откуда прибыл</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Куда выбыл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Summary statement of pupils&apos; movement</source>
        <translation>Сводная ведомость учёта движения учащихся</translation>
    </message>
    <message>
        <source>School period</source>
        <translation>Учебный период</translation>
    </message>
    <message>
        <source>On the list at the start</source>
        <translation>Состояло на начало периода</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибыло</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыло</translation>
    </message>
    <message>
        <source>On the list at the end</source>
        <translation>Состоит на конец периода</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>За учебный год</translation>
    </message>
    <message>
        <source>Pupils who arrived</source>
        <translation>Прибывшие обучающиеся</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Pupils who left</source>
        <translation>Выбывшие обучающиеся</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>По школе в целом</translation>
    </message>
</context>
<context>
    <name>ParentLettersRenderer</name>
    <message>
        <source>Information letter for parents</source>
        <translation>Информационное письмо для родителей</translation>
    </message>
    <message>
        <source>Information letters</source>
        <translation>Информационные письма для родителей</translation>
    </message>
    <message>
        <source>Pupil: %1, class %2</source>
        <translation>Обучающийся: %1, %2 класс</translation>
    </message>
    <message>
        <source>for the time from %1 to %2</source>
        <translation>за период с %1 по %2</translation>
    </message>
    <message>
        <source>Dear parents (legal representatives)! We inform you of your child&apos;s marks, absences and homework for these two weeks.</source>
        <translation>Уважаемые родители (законные представители)! Сообщаем вам об отметках, пропусках уроков и домашних заданиях вашего ребёнка за последние две недели.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Marks (date, kind of work)</source>
        <translation>Отметки (дата, вид работы)</translation>
    </message>
    <message>
        <source>Average mark</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Lessons missed</source>
        <translation>Пропущено уроков</translation>
    </message>
    <message>
        <source>Lessons missed: %1, of them for illness %2, for an excused reason %3, without an excused reason %4. Times late: %5.</source>
        <translation>Пропущено уроков: %1, из них по болезни — %2, по уважительной причине — %3, без уважительной причины — %4. Опозданий: %5.</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>None given.</source>
        <translation>Не задавалось.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Read by the parent (legal representative)</source>
        <translation>С информацией ознакомлен(а) родитель (законный представитель)</translation>
    </message>
</context>
<context>
    <name>PeriodResultsRenderer</name>
    <message>
        <source>Results of the class&apos;s progress for the school period</source>
        <translation>Итоги успеваемости класса за учебный период</translation>
    </message>
    <message>
        <source>Results of progress in the subject for the school period</source>
        <translation>Итоги успеваемости по предмету за учебный период</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>At the end of the period</source>
        <translation>На конец периода</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Освоб.</translation>
    </message>
    <message>
        <source>Without a mark</source>
        <translation>Без отметки</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>% succ.</source>
        <translation>% успев.</translation>
    </message>
    <message>
        <source>% qual.</source>
        <translation>% кач.</translation>
    </message>
    <message>
        <source>СОУ, %</source>
        <translation>СОУ, %</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>passed: %1, failed: %2</source>
        <translation>зачтено: %1, не зачтено: %2</translation>
    </message>
    <message>
        <source>The class as a whole</source>
        <translation>Итоги по классу</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>On the list at the end of the period</source>
        <translation>По списку на конец периода</translation>
    </message>
    <message>
        <source>Counted (N): with at least one period mark</source>
        <translation>Аттестовано (N): имеют хотя бы одну отметку за период</translation>
    </message>
    <message>
        <source>Excellent pupils (only «5»)</source>
        <translation>Отличники (только «5»)</translation>
    </message>
    <message>
        <source>Good pupils (only «4» and «5»)</source>
        <translation>Хорошисты (только «4» и «5»)</translation>
    </message>
    <message>
        <source>With one «3»</source>
        <translation>С одной «3»</translation>
    </message>
    <message>
        <source>Failing (a «2» or «fail»)</source>
        <translation>Неуспевающие («2» или «незачёт»)</translation>
    </message>
    <message>
        <source>Without period marks</source>
        <translation>Без отметок за период</translation>
    </message>
    <message>
        <source>% of success</source>
        <translation>% успеваемости</translation>
    </message>
    <message>
        <source>% of quality</source>
        <translation>% качества</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Предмет: %1</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Prints a ClassJournal report to PDF (and CSV for tables) without a display.</source>
        <translation>Печатает отчёт ClassJournal в PDF (таблицы — также в CSV) без дисплея.</translation>
    </message>
    <message>
        <source>The report to print; --list shows them.</source>
        <translation>Отчёт для печати; список — --list.</translation>
    </message>
    <message>
        <source>List the reports.</source>
        <translation>Показать список отчётов.</translation>
    </message>
    <message>
        <source>The server, host:port (port 7446 when omitted).</source>
        <translation>Сервер, адрес:порт (по умолчанию порт 7446).</translation>
    </message>
    <message>
        <source>The account to sign in with.</source>
        <translation>Учётная запись для входа.</translation>
    </message>
    <message>
        <source>The password (visible to other users of this computer; prefer --password-file).</source>
        <translation>Пароль (виден другим пользователям этого компьютера; лучше --password-file).</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>Файл, первая строка которого — пароль.</translation>
    </message>
    <message>
        <source>The class, by name (5А) or id.</source>
        <translation>Класс: название (5А) или идентификатор.</translation>
    </message>
    <message>
        <source>The report for every class of the school, one file each.</source>
        <translation>Отчёт по каждому классу школы, по файлу на класс.</translation>
    </message>
    <message>
        <source>The teaching assignment (class and subject) id.</source>
        <translation>Идентификатор нагрузки (класс и предмет).</translation>
    </message>
    <message>
        <source>One pupil&apos;s id (parent letters).</source>
        <translation>Идентификатор ученика (письма родителям).</translation>
    </message>
    <message>
        <source>One teacher&apos;s id (journal control).</source>
        <translation>Идентификатор учителя (контроль ведения журнала).</translation>
    </message>
    <message>
        <source>The school period: its number in the class&apos;s scheme, its name or id.</source>
        <translation>Учебный период: номер в схеме класса, название или идентификатор.</translation>
    </message>
    <message>
        <source>The whole school year instead of a period.</source>
        <translation>Весь учебный год вместо периода.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>Первый день, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>Последний день, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>Месяц, ГГГГ-ММ.</translation>
    </message>
    <message>
        <source>The day (class enrolment), YYYY-MM-DD.</source>
        <translation>День (наполняемость классов), ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Only correction requests with this status: pending, approved, rejected, withdrawn.</source>
        <translation>Только запросы с этим состоянием: pending, approved, rejected, withdrawn.</translation>
    </message>
    <message>
        <source>The PDF file, or a directory (for --all-classes); the current directory by default.</source>
        <translation>Файл PDF или каталог (для --all-classes); по умолчанию текущий каталог.</translation>
    </message>
    <message>
        <source>Also write the tables as CSV next to the PDF.</source>
        <translation>Записать таблицы также в CSV рядом с PDF.</translation>
    </message>
    <message>
        <source>The documents&apos; language: ru (default) or en.</source>
        <translation>Язык документов: ru (по умолчанию) или en.</translation>
    </message>
    <message>
        <source>Name one report (see --list).</source>
        <translation>Укажите один отчёт (см. --list).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>--server, --login and --password (or --password-file) are required.</source>
        <translation>Нужны --server, --login и --password (или --password-file).</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Это не дата: %1</translation>
    </message>
    <message>
        <source>Not a month: %1</source>
        <translation>Это не месяц: %1</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Это не адрес сервера: %1</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Нет ответа от %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed (it was %2, now it is %3). If the server was reinstalled, accept the new certificate in the ClassJournal client first.</source>
        <translation>Сертификат сервера %1 изменился (был %2, стал %3). Если сервер переустановлен, сначала примите новый сертификат в программе ClassJournal.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Вход не выполнен: %1</translation>
    </message>
    <message>
        <source>The server refused the list of classes: %1</source>
        <translation>Сервер не выдал список классов: %1</translation>
    </message>
    <message>
        <source>No class %1 this year.</source>
        <translation>Класса %1 в этом учебном году нет.</translation>
    </message>
    <message>
        <source>This report is about a class: give --class or --all-classes.</source>
        <translation>Это отчёт по классу: укажите --class или --all-classes.</translation>
    </message>
    <message>
        <source>This report cannot be printed for every class at once.</source>
        <translation>Этот отчёт нельзя напечатать сразу для всех классов.</translation>
    </message>
    <message>
        <source>This report is about one subject of a class: give --assignment.</source>
        <translation>Это отчёт по одному предмету класса: укажите --assignment.</translation>
    </message>
    <message>
        <source>For the whole school give the period&apos;s number: --period 2.</source>
        <translation>Для всей школы укажите номер периода: --period 2.</translation>
    </message>
    <message>
        <source>No period %1.</source>
        <translation>Нет периода %1.</translation>
    </message>
    <message>
        <source>No school period today: give --period%1.</source>
        <translation>Сегодня не идёт учебный период: укажите --period%1.</translation>
    </message>
    <message>
        <source> or --year</source>
        <translation> или --year</translation>
    </message>
    <message>
        <source>This report is for one period, not the year.</source>
        <translation>Этот отчёт строится за учебный период, а не за год.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from позже --to.</translation>
    </message>
    <message>
        <source>No classes to print.</source>
        <translation>Нет классов для печати.</translation>
    </message>
    <message>
        <source>The server refused the report: %1</source>
        <translation>Сервер не выдал отчёт: %1</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Не удаётся создать каталог %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Unknown language «%1»: ru or en.</source>
        <translation>Неизвестный язык «%1»: ru или en.</translation>
    </message>
</context>
<context>
    <name>ProgressStatementRenderer</name>
    <message>
        <source>Summary statement of pupils&apos; progress</source>
        <translation>Сводная ведомость учёта успеваемости обучающихся</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Экз.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итог.</translation>
    </message>
    <message>
        <source>Roman numerals: marks for the school periods (quarters or halves). Marks 2–5; «pass»/«fail» for subjects graded so. The statement is kept for 75 years.</source>
        <translation>Римскими цифрами — отметки за учебные периоды (четверти или полугодия). Отметки 2–5; «зач»/«незач» — по предметам с безотметочным оцениванием. Ведомость хранится 75 лет.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClassJournal</source>
        <translation>Электронный журнал</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Preliminary report (forecast) for a subject</source>
        <translation>Предварительный отчёт (прогноз) по предмету</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>pass</source>
        <comment>pass/fail mark, short</comment>
        <translation>зач</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>pass/fail mark, short</comment>
        <translation>незач</translation>
    </message>
    <message>
        <source>late</source>
        <comment>attendance symbol «оп»</comment>
        <translation>оп</translation>
    </message>
    <message>
        <source>ill</source>
        <comment>attendance symbol «б»</comment>
        <translation>б</translation>
    </message>
    <message>
        <source>exc</source>
        <comment>attendance symbol «у»</comment>
        <translation>у</translation>
    </message>
    <message>
        <source>unx</source>
        <comment>attendance symbol «п»</comment>
        <translation>п</translation>
    </message>
    <message>
        <source>abs</source>
        <comment>attendance symbol «н»</comment>
        <translation>н</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>прибыл(а) %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>выбыл(а) %1</translation>
    </message>
    <message>
        <source>grades %1</source>
        <translation>%1 классы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Pupil&apos;s surname and name</source>
        <translation>Фамилия, имя обучающегося</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Deputy director for academic affairs</source>
        <translation>Заместитель директора по УВР</translation>
    </message>
    <message>
        <source>«___» ______________ 20___</source>
        <translation>«___» ______________ 20___ г.</translation>
    </message>
    <message>
        <source>% of success = (n5 + n4 + n3) / N × 100; % of quality = (n5 + n4) / N × 100; degree of learning (СОУ) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n1) / N; average mark = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N. N — pupils on the list at the end of the period, minus those exempt and those without a period mark; pupils who left before the end are not counted, pupils who arrived are.</source>
        <translation>% успеваемости = (n5 + n4 + n3) / N × 100; % качества = (n5 + n4) / N × 100; степень обученности (СОУ) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n1) / N; средний балл = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N. N — обучающиеся по списку на конец периода без освобождённых и не имеющих отметки за период; выбывшие до конца периода не учитываются, прибывшие учитываются.</translation>
    </message>
    <message>
        <source>For the class: N — pupils on the list at the end of the period with at least one period mark; % of success = pupils without «2» / N × 100; % of quality = (excellent + good pupils) / N × 100; excellent — all marks «5»; good — only «4» and «5», at least one «4»; with one «3» — exactly one «3», the rest «4» and «5»; failing — at least one «2» or «fail».</source>
        <translation>По классу: N — обучающиеся по списку на конец периода, имеющие хотя бы одну отметку за период; % успеваемости = обучающиеся без «2» / N × 100; % качества = (отличники + хорошисты) / N × 100; отличник — все отметки «5»; хорошист — только «4» и «5», хотя бы одна «4»; с одной «3» — ровно одна «3», остальные «4» и «5»; неуспевающий — хотя бы одна «2» или «незачёт».</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>class %1</source>
        <translation>%1 класс</translation>
    </message>
    <message>
        <source>%1 school year</source>
        <translation>%1 учебный год</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Generated %1</source>
        <translation>Сформировано %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Asking the server for the report…</source>
        <translation>Запрашиваем отчёт у сервера…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportScaffold</name>
    <message>
        <source>Class teacher: %1</source>
        <translation>Классный руководитель: %1</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation>Заместитель директора по УВР</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
</context>
<context>
    <name>SchoolEnrolmentRenderer</name>
    <message>
        <source>Class enrolment</source>
        <translation>Наполняемость классов</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Мальчиков</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Девочек</translation>
    </message>
    <message numerus="yes">
        <source>Grade %1: %n class(es)</source>
        <translation>
            <numerusform>Итого %1-е классы: %n класс</numerusform>
            <numerusform>Итого %1-е классы: %n класса</numerusform>
            <numerusform>Итого %1-е классы: %n классов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>School total: %n class(es)</source>
        <translation>
            <numerusform>Итого по школе: %n класс</numerusform>
            <numerusform>Итого по школе: %n класса</numerusform>
            <numerusform>Итого по школе: %n классов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolMovementRenderer</name>
    <message>
        <source>Dynamics of pupils&apos; movement in the school</source>
        <translation>Динамика движения обучающихся по школе</translation>
    </message>
    <message>
        <source>School period</source>
        <translation>Учебный период</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>На начало периода</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибыло</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыло</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>На конец периода</translation>
    </message>
    <message>
        <source>school total</source>
        <translation>всего по школе</translation>
    </message>
</context>
<context>
    <name>SchoolResultsRenderer</name>
    <message>
        <source>Results of progress in the school</source>
        <translation>Итоги успеваемости по школе</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>По списку</translation>
    </message>
    <message>
        <source>Counted (N)</source>
        <translation>Аттестовано (N)</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Отличники</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошисты</translation>
    </message>
    <message>
        <source>With one «3»</source>
        <translation>С одной «3»</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Неуспевающие</translation>
    </message>
    <message>
        <source>Without marks</source>
        <translation>Без отметок</translation>
    </message>
    <message>
        <source>% of success</source>
        <translation>% успеваемости</translation>
    </message>
    <message>
        <source>% of quality</source>
        <translation>% качества</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1-е классы</translation>
    </message>
    <message>
        <source>School total</source>
        <translation>По школе</translation>
    </message>
</context>
<context>
    <name>SchoolText</name>
    <message>
        <source>quarters</source>
        <translation>четверти</translation>
    </message>
    <message>
        <source>halves</source>
        <translation>полугодия</translation>
    </message>
    <message>
        <source>marks 2–5</source>
        <translation>отметки 2–5</translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation>зачёт / незачёт</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>зачисление</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>выбытие</translation>
    </message>
    <message>
        <source>by the schedule</source>
        <translation>по расписанию</translation>
    </message>
    <message>
        <source>extra lesson</source>
        <translation>дополнительный урок</translation>
    </message>
    <message>
        <source>moved lesson</source>
        <translation>перенесённый урок</translation>
    </message>
    <message>
        <source>no teacher assigned</source>
        <translation>учитель не назначен</translation>
    </message>
    <message>
        <source>fewer hours assigned than in the curriculum</source>
        <translation>в нагрузке меньше часов, чем в учебном плане</translation>
    </message>
    <message>
        <source>more hours assigned than in the curriculum</source>
        <translation>в нагрузке больше часов, чем в учебном плане</translation>
    </message>
    <message>
        <source>assigned but not in the curriculum</source>
        <translation>в нагрузке, но нет в учебном плане</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>all grades</source>
        <translation>все классы</translation>
    </message>
    <message>
        <source>grades %1</source>
        <translation>параллели %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy &apos;г.&apos;</translation>
    </message>
</context>
<context>
    <name>ScreenCatalog</name>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Школа</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>&amp;Ученики</translation>
    </message>
    <message>
        <source>Sche&amp;dule</source>
        <translation>&amp;Расписание</translation>
    </message>
    <message>
        <source>My &amp;class</source>
        <translation>Мой &amp;класс</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>My classes</source>
        <translation>Мои классы</translation>
    </message>
    <message>
        <source>My class</source>
        <translation>Мой класс</translation>
    </message>
    <message>
        <source>Class journals</source>
        <translation>Журналы классов</translation>
    </message>
    <message>
        <source>Absences and reasons</source>
        <translation>Пропуски и причины</translation>
    </message>
    <message>
        <source>Register of corrections</source>
        <translation>Журнал замены сведений</translation>
    </message>
    <message>
        <source>My correction requests</source>
        <translation>Мои заявки на замену сведений</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Подгруппы</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Учебный план</translation>
    </message>
    <message>
        <source>Teaching load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Расписание уроков</translation>
    </message>
    <message>
        <source>Lessons and substitutions</source>
        <translation>Уроки и замещения</translation>
    </message>
    <message>
        <source>Register of substitutions</source>
        <translation>Журнал замещения уроков</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Student movement</source>
        <translation>Движение учащихся</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>Открытые сеансы</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>Журнал входов</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <source>Journal settings</source>
        <translation>Настройки журнала</translation>
    </message>
    <message>
        <source>Students of my class</source>
        <translation>Ученики моего класса</translation>
    </message>
    <message>
        <source>Subgroups of my class</source>
        <translation>Подгруппы моего класса</translation>
    </message>
</context>
<context>
    <name>SubjectPagesRenderer</name>
    <message>
        <source>Journal pages of the subject</source>
        <translation>Страницы журнала по предмету</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Экз.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итог.</translation>
    </message>
    <message>
        <source>Outside the school periods</source>
        <translation>Вне учебных периодов</translation>
    </message>
    <message>
        <source> h.</source>
        <translation> п.</translation>
    </message>
    <message>
        <source> q.</source>
        <translation> ч.</translation>
    </message>
    <message>
        <source>%1, sheet %2 of %3</source>
        <translation>%1, лист %2 из %3</translation>
    </message>
    <message>
        <source>%1 — marks and attendance</source>
        <translation>%1 — отметки и посещаемость</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Topic of the lesson</source>
        <translation>Тема урока</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>%1 (substitution for %2)</source>
        <translation>%1 (замещение: %2)</translation>
    </message>
    <message>
        <source>%1 — topics and homework</source>
        <translation>%1 — темы уроков и домашние задания</translation>
    </message>
    <message>
        <source>No lessons in this time.</source>
        <translation>Уроков за это время нет.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. Teacher: %2</source>
        <translation>%1. Учитель: %2</translation>
    </message>
</context>
<context>
    <name>SubstitutionsRegisterRenderer</name>
    <message>
        <source>Register of lesson substitutions</source>
        <translation>Журнал замещения уроков</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Teacher absent</source>
        <translation>Отсутствующий учитель</translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation>Заменяющий учитель</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <source>Substitute&apos;s signature</source>
        <translation>Подпись заменяющего</translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>Seal</source>
        <translation>М. П.</translation>
    </message>
</context>
<context>
    <name>cj::client::AbsenceListModel</name>
    <message>
        <source>ill</source>
        <translation>по болезни</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>по уважительной причине</translation>
    </message>
    <message>
        <source>unexcused</source>
        <translation>без уважительной причины</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>cj::client::AbsencesScreen</name>
    <message>
        <source>Only without a reason</source>
        <translation>Только без причины</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Reason for the selected:</source>
        <translation>Причина для выбранных:</translation>
    </message>
    <message>
        <source>«б» ill</source>
        <translation>«б» по болезни</translation>
    </message>
    <message>
        <source>«у» excused</source>
        <translation>«у» уважительная</translation>
    </message>
    <message>
        <source>«п» unexcused</source>
        <translation>«п» неуважительная</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>снять</translation>
    </message>
    <message>
        <source>Medical certificate…</source>
        <translation>Справка…</translation>
    </message>
    <message>
        <source>A document covering several days: every absence of the student in those days, all subjects</source>
        <translation>Документ на несколько дней: все пропуски ученика в эти дни по всем предметам</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Absences of the class&lt;/h3&gt;Give a reason for each absence: type б, у or п on a row, or use the buttons.</source>
        <translation>&lt;h3&gt;Пропуски уроков класса&lt;/h3&gt;Укажите причину каждого пропуска: нажмите б, у или п на строке либо кнопку.</translation>
    </message>
    <message>
        <source>You are not the class teacher of any class.</source>
        <translation>Вы не классный руководитель ни одного класса.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The class has no subjects yet.</source>
        <translation>У класса пока нет предметов.</translation>
    </message>
    <message>
        <source>Absences: %1.</source>
        <translation>Пропусков: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reason given to %n absence(s).</source>
        <translation>
            <numerusform>Причина указана для %n пропуска.</numerusform>
            <numerusform>Причина указана для %n пропусков.</numerusform>
            <numerusform>Причина указана для %n пропусков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationBatch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>student, %1</source>
        <translation>ученик, %1</translation>
    </message>
    <message>
        <source>parent of %1, %2</source>
        <translation>родитель ученика %1, %2</translation>
    </message>
    <message>
        <source>Activation codes</source>
        <translation>Коды активации</translation>
    </message>
    <message>
        <source>Some codes could not be issued:
%1</source>
        <translation>Некоторые коды выдать не удалось:
%1</translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationCodesDialog</name>
    <message>
        <source>Activation codes</source>
        <translation>Коды активации</translation>
    </message>
    <message numerus="yes">
        <source>%n activation code(s) issued. The codes are shown only now: print the slips and hand each one to its owner personally. A code works once, for 30 days.</source>
        <translation>
            <numerusform>Выдан %n код активации. Коды показываются только сейчас: распечатайте бланки и передайте каждый владельцу лично. Код действует один раз, 30 дней.</numerusform>
            <numerusform>Выдано %n кода активации. Коды показываются только сейчас: распечатайте бланки и передайте каждый владельцу лично. Код действует один раз, 30 дней.</numerusform>
            <numerusform>Выдано %n кодов активации. Коды показываются только сейчас: распечатайте бланки и передайте каждый владельцу лично. Код действует один раз, 30 дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Print slips…</source>
        <translation>Печать бланков…</translation>
    </message>
    <message>
        <source>Activation slips</source>
        <translation>Бланки с кодами активации</translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationCodesModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Код активации</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentDialog</name>
    <message>
        <source>New teaching assignment</source>
        <translation>Новое назначение нагрузки</translation>
    </message>
    <message>
        <source>Teaching assignment</source>
        <translation>Назначение нагрузки</translation>
    </message>
    <message>
        <source>— the whole class —</source>
        <translation>— весь класс —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
    <message>
        <source>Sub&amp;group:</source>
        <translation>&amp;Подгруппа:</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Учитель:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Часов в неделю:</translation>
    </message>
    <message>
        <source>A subject taught in subgroups needs an assignment for every subgroup. A new teacher of an assignment takes over its lessons and journal.</source>
        <translation>Предмету, который ведут по подгруппам, нужно назначение для каждой подгруппы. Новый учитель назначения принимает его уроки и журнал.</translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation>Выберите предмет.</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Выберите учителя.</translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentProblemsModel</name>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>Curriculum, h</source>
        <translation>По плану, ч</translation>
    </message>
    <message>
        <source>Assigned, h</source>
        <translation>В нагрузке, ч</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentsModel</name>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cj::client::AttendanceChart</name>
    <message>
        <source>for illness</source>
        <translation>по болезни</translation>
    </message>
    <message>
        <source>for an excused reason</source>
        <translation>по уважительной причине</translation>
    </message>
    <message>
        <source>without an excused reason</source>
        <translation>без уважительной причины</translation>
    </message>
    <message>
        <source>Lessons missed</source>
        <translation>Пропущено уроков</translation>
    </message>
    <message>
        <source>Lessons missed by month: %1</source>
        <translation>Пропуски уроков по месяцам: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::BellsEditor</name>
    <message>
        <source>Bell schedule</source>
        <translation>Расписание звонков</translation>
    </message>
    <message>
        <source>— new schedule —</source>
        <translation>— новое расписание —</translation>
    </message>
    <message>
        <source>e.g. Main, or Grade 1 (September–December)</source>
        <translation>например, Основное или 1 класс (сентябрь–декабрь)</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Новое расписание</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Удалить расписание</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Расписание:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>Добавить урок</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Give the schedule a name.</source>
        <translation>Укажите название расписания.</translation>
    </message>
    <message>
        <source>Delete the bell schedule</source>
        <translation>Удаление расписания звонков</translation>
    </message>
    <message>
        <source>Delete the bell schedule «%1»?</source>
        <translation>Удалить расписание звонков «%1»?</translation>
    </message>
</context>
<context>
    <name>cj::client::BellsModel</name>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Break after, min</source>
        <translation>Перемена после, мин</translation>
    </message>
</context>
<context>
    <name>cj::client::CellEditorDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, lesson %3&lt;br&gt;Topic: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3-й урок&lt;br&gt;Тема: %4</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Answer in class</source>
        <translation>Ответ на уроке</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (вес %2)</translation>
    </message>
    <message>
        <source>comment for the student and parents</source>
        <translation>комментарий для ученика и родителей</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Absent («н»)</source>
        <translation>Отсутствовал («н»)</translation>
    </message>
    <message>
        <source>Late («оп»)</source>
        <translation>Опоздание («оп»)</translation>
    </message>
    <message>
        <source>reason not given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>ill («б»)</source>
        <translation>по болезни («б»)</translation>
    </message>
    <message>
        <source>excused («у»)</source>
        <translation>по уважительной причине («у»)</translation>
    </message>
    <message>
        <source>unexcused («п»)</source>
        <translation>без уважительной причины («п»)</translation>
    </message>
    <message>
        <source>Absence reasons are set by the class teacher.</source>
        <translation>Причины отсутствия указывает классный руководитель.</translation>
    </message>
</context>
<context>
    <name>cj::client::CellHistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
</context>
<context>
    <name>cj::client::CellHistoryModel</name>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Домашнее задание: %1</translation>
    </message>
    <message>
        <source>correction (approved request)</source>
        <translation>замена сведений (по заявке)</translation>
    </message>
    <message>
        <source>absence reason</source>
        <translation>причина отсутствия</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>урок</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>cj::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Повторите новый пароль:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>cj::client::ChartsScreen</name>
    <message>
        <source>A pupil&apos;s marks</source>
        <translation>Отметки ученика</translation>
    </message>
    <message>
        <source>A class&apos;s attendance by month</source>
        <translation>Посещаемость класса по месяцам</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Pupil:</source>
        <translation>Ученик:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Все предметы</translation>
    </message>
</context>
<context>
    <name>cj::client::ClassDialog</name>
    <message>
        <source>New class</source>
        <translation>Новый класс</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Класс %1</translation>
    </message>
    <message>
        <source>e.g. А</source>
        <translation>например, А</translation>
    </message>
    <message>
        <source>— not appointed —</source>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Параллель:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Буква:</translation>
    </message>
    <message>
        <source>Class &amp;teacher:</source>
        <translation>Классный &amp;руководитель:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Кабинет:</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Учебные периоды:</translation>
    </message>
    <message>
        <source>&amp;Bells:</source>
        <translation>&amp;Звонки:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Enter the letter of the class.</source>
        <translation>Укажите букву класса.</translation>
    </message>
</context>
<context>
    <name>cj::client::ClassesModel</name>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учеников</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>Bells</source>
        <translation>Звонки</translation>
    </message>
</context>
<context>
    <name>cj::client::ClassesScreen</name>
    <message>
        <source>New class…</source>
        <translation>Новый класс…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the class</source>
        <translation>Удаление класса</translation>
    </message>
    <message>
        <source>Delete class %1? Only a class that never had students or lessons can be deleted.</source>
        <translation>Удалить класс %1? Удалить можно только класс, в котором никогда не было учеников и уроков.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Find a class or teacher</source>
        <translation>Поиск класса или учителя</translation>
    </message>
</context>
<context>
    <name>cj::client::ClientApp</name>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Срок сеанса истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>Your session was ended by the administrator.</source>
        <translation>Администратор завершил ваш сеанс.</translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionListModel</name>
    <message>
        <source>pending</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвана</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionRequestDialog</name>
    <message>
        <source>Correction request</source>
        <translation>Заявка на замену сведений</translation>
    </message>
    <message>
        <source>This entry can no longer be changed directly. The change goes to the administrator as a request «Замена сведений в электронном журнале» and is made when approved.</source>
        <translation>Эту запись уже нельзя изменить напрямую. Изменение уйдёт администратору как заявка «Замена сведений в электронном журнале» и будет внесено после одобрения.</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Изменение:</translation>
    </message>
    <message>
        <source>Why the entry must be changed (required), e.g. «the mark was entered for the wrong student»</source>
        <translation>Почему нужно изменить запись (обязательно), например: «отметка выставлена не тому ученику»</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>File the request</source>
        <translation>Подать заявку</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>Укажите причину изменения.</translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionsScreen</name>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Отклонить заявку</translation>
    </message>
    <message>
        <source>Why is the request rejected? (required)</source>
        <translation>Почему заявка отклонена? (обязательно)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Register of journal corrections&lt;/h3&gt;«Журнал замены сведений»: requests to change locked entries. An approved change is made and logged.</source>
        <translation>&lt;h3&gt;Журнал замены сведений&lt;/h3&gt;Заявки на изменение закрытых записей. Одобренное изменение вносится в журнал и записывается в протокол.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My correction requests&lt;/h3&gt;Changes to locked entries wait for the administrator&apos;s decision.</source>
        <translation>&lt;h3&gt;Мои заявки на замену сведений&lt;/h3&gt;Изменения закрытых записей ждут решения администратора.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Заявок нет.</translation>
    </message>
    <message>
        <source>A rejection needs a comment.</source>
        <translation>Для отклонения нужен комментарий.</translation>
    </message>
    <message>
        <source>Approved: the change is made in the journal.</source>
        <translation>Одобрено: изменение внесено в журнал.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Отклонено.</translation>
    </message>
</context>
<context>
    <name>cj::client::CurriculumModel</name>
    <message>
        <source>Over the maximum weekly hours for the grade</source>
        <translation>Больше максимально допустимой недельной нагрузки для параллели</translation>
    </message>
    <message>
        <source>Total a week</source>
        <translation>Итого в неделю</translation>
    </message>
    <message>
        <source>Maximum allowed</source>
        <translation>Максимально допустимо</translation>
    </message>
</context>
<context>
    <name>cj::client::CurriculumScreen</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Type the hours a week into a cell (in steps of 0.5; 0 removes the subject from the class&apos;s plan). The total turns red when it is over the maximum for the grade.</source>
        <translation>Введите в ячейку часы в неделю (с шагом 0,5; 0 убирает предмет из плана класса). Итог краснеет, если он больше максимально допустимого для параллели.</translation>
    </message>
    <message>
        <source>The total turns red when it is over the maximum for the grade.</source>
        <translation>Итог краснеет, если он больше максимально допустимого для параллели.</translation>
    </message>
</context>
<context>
    <name>cj::client::DateEdit</name>
    <message>
        <source>not given</source>
        <translation>не указана</translation>
    </message>
</context>
<context>
    <name>cj::client::DiaryModel</name>
    <message>
        <source>period</source>
        <translation>четверть/полугодие</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>экзамен</translation>
    </message>
    <message>
        <source>final</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
</context>
<context>
    <name>cj::client::DiaryScreen</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Предыдущая неделя</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Текущая неделя</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Следующая неделя ▶</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diary: %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Дневник: %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Period and year marks: %1</source>
        <translation>Отметки за периоды и год: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::FieldSet</name>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Заполните поле «%1».</translation>
    </message>
</context>
<context>
    <name>cj::client::FilterBar</name>
    <message>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
</context>
<context>
    <name>cj::client::FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>cj::client::GenerateLessonsDialog</name>
    <message>
        <source>Generate lessons from the schedule</source>
        <translation>Формирование уроков по расписанию</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Weekends, holidays and days outside the class&apos;s quarters (halves) are skipped. Lessons no longer in the schedule are removed unless the journal already has something for them.</source>
        <translation>Выходные, каникулы и дни вне четвертей (полугодий) класса пропускаются. Уроки, которых больше нет в расписании, удаляются, если в журнале по ним ещё ничего нет.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <source>The end must not come before the start.</source>
        <translation>Конец не может быть раньше начала.</translation>
    </message>
    <message>
        <source>Lessons created: %1; removed: %2.</source>
        <translation>Создано уроков: %1; удалено: %2.</translation>
    </message>
    <message>
        <source>%1, lesson %2: %3, %4</source>
        <translation>%1, %2-й урок: %3, %4</translation>
    </message>
    <message>
        <source>No longer in the schedule but kept because the journal has data for them:</source>
        <translation>Уже не в расписании, но сохранены, потому что в журнале по ним есть записи:</translation>
    </message>
</context>
<context>
    <name>cj::client::GridEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
</context>
<context>
    <name>cj::client::GuardianDialog</name>
    <message>
        <source>New legal representative</source>
        <translation>Новый законный представитель</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>опекун</translation>
    </message>
    <message>
        <source>trustee</source>
        <translation>попечитель</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>бабушка</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>дедушка</translation>
    </message>
    <message>
        <source>&amp;Who to the child:</source>
        <translation>&amp;Кем приходится:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>+7 …</source>
        <translation>+7 …</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Место работы:</translation>
    </message>
</context>
<context>
    <name>cj::client::GuardiansModel</name>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Учётная запись родителя</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>cj::client::GuardiansPanel</name>
    <message>
        <source>parent of %1, %2</source>
        <translation>родитель ученика %1, %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove from the card</source>
        <translation>Убрать из карточки</translation>
    </message>
    <message>
        <source>Remove the legal representative</source>
        <translation>Удаление законного представителя</translation>
    </message>
    <message>
        <source>Remove %1 from the student&apos;s card?</source>
        <translation>Убрать %1 из карточки ученика?</translation>
    </message>
    <message>
        <source>Parent account and slip…</source>
        <translation>Учётная запись родителя и бланк…</translation>
    </message>
</context>
<context>
    <name>cj::client::HolidayDialog</name>
    <message>
        <source>New holidays</source>
        <translation>Новые каникулы</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <source>e.g. Autumn holidays</source>
        <translation>например, Осенние каникулы</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>Вся школа</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 класс</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Holidays last at least 7 days. No lessons are generated on these days.</source>
        <translation>Каникулы длятся не меньше 7 дней. В эти дни уроки не формируются.</translation>
    </message>
    <message>
        <source>Enter the name of the holidays.</source>
        <translation>Укажите название каникул.</translation>
    </message>
    <message>
        <source>The last day must not come before the first day.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
    <message>
        <source>Choose the grades the holidays are for.</source>
        <translation>Выберите параллели, для которых эти каникулы.</translation>
    </message>
</context>
<context>
    <name>cj::client::HolidaysModel</name>
    <message>
        <source>Holidays</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
</context>
<context>
    <name>cj::client::HolidaysPanel</name>
    <message>
        <source>Add holidays…</source>
        <translation>Добавить каникулы…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete holidays</source>
        <translation>Удаление каникул</translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation>Удалить «%1»?</translation>
    </message>
</context>
<context>
    <name>cj::client::HomePage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You are signed in as &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Вы вошли как &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the journal page</source>
        <translation>Двойной щелчок или Enter открывает страницу журнала</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lessons of yours today.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сегодня у вас нет уроков.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s lessons&lt;/b&gt; — double-click one to open its journal page:</source>
        <translation>&lt;b&gt;Уроки сегодня&lt;/b&gt; — двойной щелчок по уроку открывает его страницу журнала:</translation>
    </message>
</context>
<context>
    <name>cj::client::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
</context>
<context>
    <name>cj::client::ImportScreen</name>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить ещё раз</translation>
    </message>
    <message>
        <source>students</source>
        <translation>ученики</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудники</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>файл не выбран</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Загружаем:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>A CSV file (as Excel saves it, separated by ; or ,) whose first line names the columns. Students: Фамилия*, Имя*, Отчество, Пол, Дата рождения, Класс*, Дата зачисления, Номер приказа*, Адрес, Телефон, СНИЛС, Группа здоровья. Staff: Фамилия*, Имя*, Отчество, Должность, Роли, Email, Телефон, Логин. * — required.</source>
        <translation>Файл CSV (как его сохраняет Excel, с разделителем ; или ,), в первой строке — названия колонок. Ученики: Фамилия*, Имя*, Отчество, Пол, Дата рождения, Класс*, Дата зачисления, Номер приказа*, Адрес, Телефон, СНИЛС, Группа здоровья. Сотрудники: Фамилия*, Имя*, Отчество, Должность, Роли, Email, Телефон, Логин. * — обязательные.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Выбор файла CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>Rows: %1; ready to import: %2; with errors: %3</source>
        <translation>Строк: %1; готово к загрузке: %2; с ошибками: %3</translation>
    </message>
    <message>
        <source>Columns not recognised and left out: %1</source>
        <translation>Не распознаны и пропущены колонки: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n correct row(s)</source>
        <translation>
            <numerusform>Загрузить %n верную строку</numerusform>
            <numerusform>Загрузить %n верные строки</numerusform>
            <numerusform>Загрузить %n верных строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 rows and skip %2 rows with errors? Each row is imported entirely or not at all.</source>
        <translation>Загрузить строки без ошибок (%1) и пропустить строки с ошибками (%2)? Каждая строка загружается целиком или не загружается совсем.</translation>
    </message>
    <message>
        <source>Import %1 rows?</source>
        <translation>Загрузить строки (%1)?</translation>
    </message>
    <message>
        <source>Imported: %1; skipped: %2.</source>
        <translation>Загружено: %1; пропущено: %2.</translation>
    </message>
    <message>
        <source>The file has been imported.</source>
        <translation>Файл загружен.</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalHeaderView</name>
    <message>
        <source>%1 l.</source>
        <translation>%1 ур.</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>без темы</translation>
    </message>
    <message>
        <source>subst.</source>
        <translation>замещ.</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPageEditor</name>
    <message>
        <source>Absence reasons are set by the class teacher.</source>
        <translation>Причины отсутствия указывает классный руководитель.</translation>
    </message>
    <message>
        <source>Final mark %1 — %2</source>
        <translation>Итоговая отметка %1 — %2</translation>
    </message>
    <message>
        <source>Clear %1, %2</source>
        <translation>Очистка: %1, %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>Очистка клетки</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Очистка клеток</translation>
    </message>
    <message>
        <source>Everyone present, %1</source>
        <translation>Все присутствуют, %1</translation>
    </message>
    <message>
        <source>Kind of work «%1» for %2</source>
        <translation>Вид работы «%1» за %2</translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation>ответ на уроке</translation>
    </message>
    <message>
        <source>Lesson of %1</source>
        <translation>Урок %1</translation>
    </message>
    <message>
        <source>Some cells were not pasted: %1</source>
        <translation>Часть клеток не вставлена: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставка</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPageModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, weight %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, вес %3</translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation>ответ на уроке</translation>
    </message>
    <message>
        <source>Absent: ill</source>
        <translation>Отсутствовал: по болезни</translation>
    </message>
    <message>
        <source>Absent: excused</source>
        <translation>Отсутствовал: по уважительной причине</translation>
    </message>
    <message>
        <source>Absent: unexcused</source>
        <translation>Отсутствовал: без уважительной причины</translation>
    </message>
    <message>
        <source>Absent (no reason given yet)</source>
        <translation>Отсутствовал (причина пока не указана)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not saved yet — on its way to the server&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ещё не сохранено — отправляется на сервер&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Too few marks for a forecast: %1 of at least %2.</source>
        <translation>Мало отметок для прогноза: %1 из необходимых %2.</translation>
    </message>
    <message>
        <source>Forecast of the period mark: the %1 rounded with thresholds %2 / %3 / %4.</source>
        <translation>Прогноз отметки за период: %1, округлённый по порогам %2 / %3 / %4.</translation>
    </message>
    <message>
        <source>weighted average</source>
        <translation>средневзвешенный балл</translation>
    </message>
    <message>
        <source>average</source>
        <translation>средний балл</translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation>Выставил(а) %1, %2</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Прогноз: %1</translation>
    </message>
    <message>
        <source>Exempt from the subject in this period</source>
        <translation>Освобождён(а) от предмета в этом периоде</translation>
    </message>
    <message>
        <source>Not saved yet — on its way to the server</source>
        <translation>Ещё не сохранено — отправляется на сервер</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Ср.</translation>
    </message>
    <message>
        <source>W.avg</source>
        <translation>Ср.взв.</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <source>Fcst</source>
        <translation>Прогн.</translation>
    </message>
    <message>
        <source>%1 half</source>
        <translation>%1 полуг.</translation>
    </message>
    <message>
        <source>%1 qtr</source>
        <translation>%1 четв.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Экз.</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Average mark for the period</source>
        <translation>Средний балл за период</translation>
    </message>
    <message>
        <source>Weighted average: marks weighted by the kind of work</source>
        <translation>Средневзвешенный балл: отметки с весами видов работ</translation>
    </message>
    <message>
        <source>Number of marks (a double mark counts twice)</source>
        <translation>Количество отметок (двойная отметка считается за две)</translation>
    </message>
    <message>
        <source>Forecast of the period mark</source>
        <translation>Прогноз отметки за период</translation>
    </message>
    <message>
        <source>Period mark: %1</source>
        <translation>Отметка за период: %1</translation>
    </message>
    <message>
        <source>Year mark</source>
        <translation>Годовая отметка</translation>
    </message>
    <message>
        <source>Exam mark</source>
        <translation>Экзаменационная отметка</translation>
    </message>
    <message>
        <source>Final (certificate) mark</source>
        <translation>Итоговая отметка (в аттестат)</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>%1-й урок</translation>
    </message>
    <message>
        <source>No topic yet</source>
        <translation>Тема урока не указана</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Домашнее задание: %1</translation>
    </message>
    <message>
        <source>Kind of work: %1 (weight %2)</source>
        <translation>Вид работы: %1 (вес %2)</translation>
    </message>
    <message>
        <source>Substitution: %1</source>
        <translation>Замещение: %1</translation>
    </message>
    <message>
        <source>Extra lesson</source>
        <translation>Дополнительный урок</translation>
    </message>
    <message>
        <source>On the list from %1</source>
        <translation>В списке с %1</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Выбыл(а) %1</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPagesModel</name>
    <message>
        <source>%1 — substitution on %2, lesson %3 (instead of %4)</source>
        <translation>%1 — замещение %2, %3-й урок (вместо: %4)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPagesScreen</name>
    <message>
        <source>Open the journal page</source>
        <translation>Открыть страницу журнала</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My classes&lt;/h3&gt;The classes and groups you teach, and the lessons you substitute.</source>
        <translation>&lt;h3&gt;Мои классы&lt;/h3&gt;Классы и группы, в которых вы ведёте предметы, и уроки, на которых вы замещаете.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My class&lt;/h3&gt;Every subject of your class. You set absence reasons and period marks; the rest is for reading.</source>
        <translation>&lt;h3&gt;Мой класс&lt;/h3&gt;Все предметы вашего класса. Вы указываете причины пропусков и выставляете отметки за периоды; остальное — для просмотра.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Class journals&lt;/h3&gt;Choose a class, then a subject.</source>
        <translation>&lt;h3&gt;Журналы классов&lt;/h3&gt;Выберите класс, затем предмет.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>You have no teaching assignments this year.</source>
        <translation>В этом учебном году у вас нет учебной нагрузки.</translation>
    </message>
    <message>
        <source>No classes.</source>
        <translation>Классов нет.</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalScreen</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Все присутствуют</translation>
    </message>
    <message>
        <source>Clear the absences of the current lesson</source>
        <translation>Снять отметки об отсутствии на текущем уроке</translation>
    </message>
    <message>
        <source>Kind of work for all</source>
        <translation>Вид работы для всех</translation>
    </message>
    <message>
        <source>Give all marks of the current lesson the same kind of work</source>
        <translation>Установить всем отметкам текущего урока один вид работы</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Ctrl+C: cells as tab-separated text</source>
        <translation>Ctrl+C: клетки как текст с табуляциями</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Ctrl+V: from a spreadsheet or another column</source>
        <translation>Ctrl+V: из электронной таблицы или другого столбца</translation>
    </message>
    <message>
        <source>Lesson plan (КТП)</source>
        <translation>КТП</translation>
    </message>
    <message>
        <source>Keys ?</source>
        <translation>Клавиши ?</translation>
    </message>
    <message>
        <source>Typing in the journal</source>
        <translation>Ввод в журнал</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>The journal page could not be opened: %1</source>
        <translation>Не удалось открыть страницу журнала: %1</translation>
    </message>
    <message>
        <source>This cell cannot be changed here.</source>
        <translation>Эту клетку здесь изменить нельзя.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Opening the journal page…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Открывается страница журнала…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>grade 1: attendance only</source>
        <translation>1 класс: только посещаемость</translation>
    </message>
    <message>
        <source>Answer in class</source>
        <translation>Ответ на уроке</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (вес %2)</translation>
    </message>
    <message numerus="yes">
        <source>Saving… %n change(s) not yet confirmed</source>
        <translation>
            <numerusform>Сохранение… %n изменение ещё не подтверждено</numerusform>
            <numerusform>Сохранение… %n изменения ещё не подтверждены</numerusform>
            <numerusform>Сохранение… %n изменений ещё не подтверждены</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Все изменения сохранены</translation>
    </message>
    <message>
        <source>The entry is locked</source>
        <translation>Запись закрыта</translation>
    </message>
    <message>
        <source>File a correction request for this change?</source>
        <translation>Подать заявку на замену сведений для этого изменения?</translation>
    </message>
    <message>
        <source>File a correction request</source>
        <translation>Подать заявку на замену сведений</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The correction request was filed. The change is made when the administrator approves it.</source>
        <translation>Заявка на замену сведений подана. Изменение будет внесено после одобрения администратором.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Open the cell…</source>
        <translation>Открыть клетку…</translation>
    </message>
    <message>
        <source>File a correction request…</source>
        <translation>Подать заявку на замену сведений…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>КТП %1</source>
        <translation>КТП %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lesson of %1</source>
        <translation>Урок %1</translation>
    </message>
    <message>
        <source>History of the cell…</source>
        <translation>История изменений клетки…</translation>
    </message>
    <message>
        <source>History of the lesson&apos;s topic and homework…</source>
        <translation>История темы и домашнего задания урока…</translation>
    </message>
    <message>
        <source>Diary of %1</source>
        <translation>Дневник ученика: %1</translation>
    </message>
    <message>
        <source>Diary: %1</source>
        <translation>Дневник: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalSettingsScreen</name>
    <message>
        <source>Entry windows: how long after the lesson entries stay open</source>
        <translation>Сроки внесения: сколько дней после урока записи открыты</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Topic of the lesson</source>
        <translation>Тема урока</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>Oral marks</source>
        <translation>Отметки за устные ответы</translation>
    </message>
    <message>
        <source>Marks for written work</source>
        <translation>Отметки за письменные работы</translation>
    </message>
    <message>
        <source>Written work in Russian and literature</source>
        <translation>Письменные работы по русскому языку и литературе</translation>
    </message>
    <message>
        <source>Period and year marks (after the period ends)</source>
        <translation>Отметки за период и год (после окончания периода)</translation>
    </message>
    <message>
        <source>Exam and final marks (after the year ends)</source>
        <translation>Экзаменационные и итоговые отметки (после окончания года)</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <source> d.</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>0: the lesson&apos;s day only</source>
        <translation>0 — только в день урока</translation>
    </message>
    <message>
        <source>Period marks open before the period ends</source>
        <translation>Отметки за период открываются до конца периода за</translation>
    </message>
    <message>
        <source>Period marks from the average</source>
        <translation>Отметка за период по среднему баллу</translation>
    </message>
    <message>
        <source>2.5 / 3.5 / 4.5 — arithmetic rounding</source>
        <translation>2,5 / 3,5 / 4,5 — математическое округление</translation>
    </message>
    <message>
        <source>2.6 / 3.6 / 4.6</source>
        <translation>2,6 / 3,6 / 4,6</translation>
    </message>
    <message>
        <source>2.65 / 3.65 / 4.65</source>
        <translation>2,65 / 3,65 / 4,65</translation>
    </message>
    <message>
        <source>other thresholds</source>
        <translation>другие пороги</translation>
    </message>
    <message>
        <source>round the weighted average (kinds of work have weights)</source>
        <translation>округлять средневзвешенный балл (у видов работ есть веса)</translation>
    </message>
    <message>
        <source>a «2» for a control work blocks a «5»</source>
        <translation>«2» за контрольную работу не позволяет выставить «5»</translation>
    </message>
    <message>
        <source>the mark «1» is used in this school</source>
        <translation>в школе используется отметка «1»</translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation>Пороги:</translation>
    </message>
    <message>
        <source>At least this many marks for a forecast:</source>
        <translation>Минимум отметок для прогноза:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Kinds of work and their weights</source>
        <translation>Виды работ и их веса</translation>
    </message>
    <message>
        <source>Add a kind of work</source>
        <translation>Добавить вид работы</translation>
    </message>
    <message>
        <source>New kind of work</source>
        <translation>Новый вид работы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journal settings&lt;/h3&gt;The school&apos;s own rules for the journal (its local act).</source>
        <translation>&lt;h3&gt;Настройки журнала&lt;/h3&gt;Правила ведения журнала, принятые в школе (локальный акт).</translation>
    </message>
    <message>
        <source>The thresholds must rise: «3» &lt; «4» &lt; «5».</source>
        <translation>Пороги должны возрастать: «3» &lt; «4» &lt; «5».</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved. Open journal pages use the new settings when reopened.</source>
        <translation>Сохранено. Открытые страницы журнала применят новые настройки после повторного открытия.</translation>
    </message>
    <message>
        <source>Kind of work not saved: %1</source>
        <translation>Вид работы не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonDialog</name>
    <message>
        <source>Extra or moved lesson: %1</source>
        <translation>Дополнительный или перенесённый урок: %1</translation>
    </message>
    <message>
        <source>Moved from another day</source>
        <translation>Перенесён с другого дня</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Урок:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Lesson &amp;number:</source>
        <translation>&amp;Номер урока:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Кабинет:</translation>
    </message>
    <message>
        <source>Moved &amp;from:</source>
        <translation>Перенесён &amp;с:</translation>
    </message>
    <message>
        <source>Add the lesson</source>
        <translation>Добавить урок</translation>
    </message>
    <message>
        <source>Choose the subject and teacher.</source>
        <translation>Выберите предмет и учителя.</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonPanel</name>
    <message>
        <source>Topic of the lesson (required)</source>
        <translation>Тема урока (обязательно)</translation>
    </message>
    <message>
        <source>Homework: text, pages, exercises</source>
        <translation>Домашнее задание: текст, страницы, номера</translation>
    </message>
    <message>
        <source>The kind of work new marks of this lesson get (and its weight)</source>
        <translation>Вид работы для новых отметок этого урока (и его вес)</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Kind of work:</source>
        <translation>Вид работы:</translation>
    </message>
    <message>
        <source>Homework:</source>
        <translation>Д/з:</translation>
    </message>
    <message>
        <source>Answer in class (1)</source>
        <translation>Ответ на уроке (1)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a lesson in the grid&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите урок в таблице&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lesson %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2-й урок</translation>
    </message>
    <message>
        <source> — substitution: %1</source>
        <translation> — замещение: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;%1&apos; style=&apos;color:#b00020&apos;&gt;Lessons without a topic: %2&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;%1&apos; style=&apos;color:#b00020&apos;&gt;Уроков без темы: %2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation>Замещающий учитель</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonsScreen</name>
    <message>
        <source>Generate lessons…</source>
        <translation>Сформировать уроки…</translation>
    </message>
    <message>
        <source>Extra or moved lesson…</source>
        <translation>Доп. или перенесённый урок…</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Удалить урок</translation>
    </message>
    <message>
        <source>Delete the lesson</source>
        <translation>Удаление урока</translation>
    </message>
    <message>
        <source>Delete this lesson from the calendar? A lesson with marks, attendance or a topic cannot be deleted.</source>
        <translation>Удалить этот урок из календаря? Урок, по которому есть отметки, посещаемость или тема, удалить нельзя.</translation>
    </message>
    <message>
        <source>Substitution…</source>
        <translation>Замещение…</translation>
    </message>
    <message>
        <source>Cancel substitution</source>
        <translation>Отменить замещение</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Find a subject or teacher</source>
        <translation>Поиск предмета или учителя</translation>
    </message>
    <message>
        <source>Generate lessons</source>
        <translation>Формирование уроков</translation>
    </message>
</context>
<context>
    <name>cj::client::ListScreen</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Не удалось загрузить список: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>%1, printed %2</source>
        <translation>%1, напечатано %2</translation>
    </message>
</context>
<context>
    <name>cj::client::LoginDialog</name>
    <message>
        <source>ClassJournal — sign in</source>
        <translation>Электронный журнал — вход</translation>
    </message>
    <message>
        <source>&lt;b&gt;Electronic class journal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Электронный классный журнал&lt;/b&gt;</translation>
    </message>
    <message>
        <source>server name or address, e.g. journal.school.local</source>
        <translation>имя или адрес сервера, например journal.school.local</translation>
    </message>
    <message>
        <source>First sign-in: I have an activation code</source>
        <translation>Первый вход: у меня есть код активации</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Код активации:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits.</source>
        <translation>Не меньше 8 символов, буквы и цифры.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Не удаётся подключиться к серверу: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Enter the server as name or name:port.</source>
        <translation>Укажите сервер в виде «имя» или «имя:порт».</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter the activation code you were given.</source>
        <translation>Введите выданный вам код активации.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не меньше 8 символов.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed!</source>
        <translation>Сертификат сервера изменился!</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server %1 presented a different certificate than before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This happens when the server was reinstalled — or when someone is intercepting the connection to read passwords and marks. Ask the journal administrator before you continue.&lt;/p&gt;&lt;p&gt;Known: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Presented: &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Сервер %1 предъявил не тот сертификат, что раньше.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Так бывает после переустановки сервера — или когда кто-то перехватывает соединение, чтобы прочитать пароли и оценки. Прежде чем продолжить, спросите администратора электронного журнала.&lt;/p&gt;&lt;p&gt;Известный: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Предъявленный: &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Доверять новому сертификату</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate is not trusted.</source>
        <translation>Подключение не выполнено: сертификату сервера нет доверия.</translation>
    </message>
</context>
<context>
    <name>cj::client::LoginLogModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
<context>
    <name>cj::client::LoginLogScreen</name>
    <message>
        <source>Login log</source>
        <translation>Журнал входов</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Find a login, computer or address</source>
        <translation>Поиск логина, компьютера или адреса</translation>
    </message>
</context>
<context>
    <name>cj::client::MainWindow</name>
    <message>
        <source>ClassJournal</source>
        <translation>Электронный журнал</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About ClassJournal</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>No connection to the server — reconnecting</source>
        <translation>Нет связи с сервером — переподключение</translation>
    </message>
    <message numerus="yes">
        <source>Not yet saved: %n change(s)</source>
        <translation>
            <numerusform>Не сохранено: %n изменение</numerusform>
            <numerusform>Не сохранено: %n изменения</numerusform>
            <numerusform>Не сохранено: %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>ClassJournal — %1</source>
        <translation>Электронный журнал — %1</translation>
    </message>
    <message>
        <source>About ClassJournal</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClassJournal %1&lt;/h3&gt;&lt;p&gt;Electronic class journal for general education schools.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Электронный журнал %1&lt;/h3&gt;&lt;p&gt;Электронный классный журнал общеобразовательной школы.&lt;/p&gt;&lt;p&gt;Сервер: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cj::client::MarkDynamicsChart</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Average for the month</source>
        <translation>Средняя за месяц</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>%1: no marks in this time</source>
        <translation>%1: за это время отметок нет</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: average marks by month</source>
        <translation>%1: средние отметки по месяцам</translation>
    </message>
</context>
<context>
    <name>cj::client::MedicalCertificateDialog</name>
    <message>
        <source>Medical certificate or other document</source>
        <translation>Справка или другой документ</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Ученик:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>По (включительно):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Apply to every absence in these days</source>
        <translation>Указать для всех пропусков в эти дни</translation>
    </message>
</context>
<context>
    <name>cj::client::MovementDialog</name>
    <message>
        <source>Transfer to another class: %1</source>
        <translation>Перевод в другой класс: %1</translation>
    </message>
    <message>
        <source>Leaving the school: %1</source>
        <translation>Выбытие: %1</translation>
    </message>
    <message>
        <source>Return to the school: %1</source>
        <translation>Возвращение в школу: %1</translation>
    </message>
    <message>
        <source>To &amp;class: *</source>
        <translation>В &amp;класс: *</translation>
    </message>
    <message>
        <source>First day off the list: *</source>
        <translation>Первый день вне списка: *</translation>
    </message>
    <message>
        <source>In the new class from: *</source>
        <translation>В новом классе с: *</translation>
    </message>
    <message>
        <source>&amp;Order No.: *</source>
        <translation>&amp;Номер приказа: *</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>&amp;Дата приказа:</translation>
    </message>
    <message>
        <source>school, town</source>
        <translation>школа, населённый пункт</translation>
    </message>
    <message>
        <source>Left &amp;for:</source>
        <translation>&amp;Куда выбыл:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>&amp;Откуда прибыл:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Nothing is deleted: the student stays in the journal, greyed from this date.</source>
        <translation>Ничего не удаляется: ученик остаётся в журнале и с этой даты показывается серым.</translation>
    </message>
    <message>
        <source>Marks and attendance before this date stay in the journal of the previous class.</source>
        <translation>Отметки и посещаемость до этой даты остаются в журнале прежнего класса.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>Оформить выбытие</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation>Выберите класс.</translation>
    </message>
    <message>
        <source>Enter the number of the order.</source>
        <translation>Укажите номер приказа.</translation>
    </message>
</context>
<context>
    <name>cj::client::MovementsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>From class</source>
        <translation>Из класса</translation>
    </message>
    <message>
        <source>To class</source>
        <translation>В класс</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>№ приказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Where from / where to</source>
        <translation>Откуда / куда</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>cj::client::MovementsScreen</name>
    <message>
        <source>Student movement</source>
        <translation>Движение учащихся</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Find a student or order</source>
        <translation>Поиск ученика или приказа</translation>
    </message>
</context>
<context>
    <name>cj::client::NamesModel</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
</context>
<context>
    <name>cj::client::PeriodsEditor</name>
    <message>
        <source>Quarters (grades 1–9 by default)</source>
        <translation>Четверти (обычно 1–9 классы)</translation>
    </message>
    <message>
        <source>Halves (grades 10–11 by default)</source>
        <translation>Полугодия (обычно 10–11 классы)</translation>
    </message>
    <message>
        <source>Add a quarter</source>
        <translation>Добавить четверть</translation>
    </message>
    <message>
        <source>Add a half</source>
        <translation>Добавить полугодие</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <translation>%1 четверть</translation>
    </message>
    <message>
        <source>%1 half</source>
        <translation>%1 полугодие</translation>
    </message>
</context>
<context>
    <name>cj::client::PeriodsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
</context>
<context>
    <name>cj::client::PlanItemsModel</name>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
</context>
<context>
    <name>cj::client::PlanScreen</name>
    <message>
        <source>Add a topic</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт из CSV…</translation>
    </message>
    <message>
        <source>Columns: №;Тема;Часы;Домашнее задание (number and hours optional), «;» or «,» separated</source>
        <translation>Столбцы: №;Тема;Часы;Домашнее задание (номер и часы — необязательно), разделитель «;» или «,»</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Сохранить КТП</translation>
    </message>
    <message>
        <source>Spread topics over lessons</source>
        <translation>Распределить темы по урокам</translation>
    </message>
    <message>
        <source>Lessons from the date that have no topic get the next topics of the plan, in order (a topic of N hours fills N lessons)</source>
        <translation>Уроки без темы, начиная с этой даты, получат очередные темы КТП по порядку (тема на N часов занимает N уроков)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%1&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; by the curriculum: &lt;b&gt;%2&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; lessons in the schedule: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; given so far: &lt;b&gt;%4&lt;/b&gt;, with a topic: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>По КТП: &lt;b&gt;%1&lt;/b&gt; ч &amp;nbsp;·&amp;nbsp; по учебному плану: &lt;b&gt;%2&lt;/b&gt; ч &amp;nbsp;·&amp;nbsp; уроков по расписанию: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; проведено: &lt;b&gt;%4&lt;/b&gt;, с темой: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The planned hours differ from the curriculum by %1 h.</source>
        <translation>Часы КТП расходятся с учебным планом на %1 ч.</translation>
    </message>
    <message>
        <source>The plan has no topics.</source>
        <translation>В КТП нет тем.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation>КТП сохранён.</translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Сначала сохраните КТП.</translation>
    </message>
    <message numerus="yes">
        <source>Topics given to %n lesson(s).</source>
        <translation>
            <numerusform>Темы выставлены для %n урока.</numerusform>
            <numerusform>Темы выставлены для %n уроков.</numerusform>
            <numerusform>Темы выставлены для %n уроков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a lesson plan</source>
        <translation>Импорт КТП</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Topics read from the file: %1.</source>
        <translation>Прочитано тем из файла: %1.</translation>
    </message>
    <message>
        <source>Lines with errors (skipped):</source>
        <translation>Строки с ошибками (пропущены):</translation>
    </message>
    <message>
        <source>Replace the topics of the list with these? (Save the plan afterwards.)</source>
        <translation>Заменить темы в списке прочитанными? (Затем сохраните КТП.)</translation>
    </message>
    <message>
        <source>Imported; save the plan to keep it.</source>
        <translation>Импортировано; сохраните КТП.</translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n line(s) skipped; save the plan to keep it.</source>
        <translation>
            <numerusform>Импортировано, пропущена %n строка; сохраните КТП.</numerusform>
            <numerusform>Импортировано, пропущено %n строки; сохраните КТП.</numerusform>
            <numerusform>Импортировано, пропущено %n строк; сохраните КТП.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::ReportParametersDialog</name>
    <message>
        <source>Make the report</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>The whole school year</source>
        <translation>Весь учебный год</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>On the day:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Все запросы</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Ожидают решения</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобренные</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Запросы:</translation>
    </message>
    <message>
        <source>There is no class you may print this report for.</source>
        <translation>Нет класса, по которому вы можете получить этот отчёт.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>Вся школа</translation>
    </message>
    <message>
        <source>Every class (one document each)</source>
        <translation>Все классы (по документу на класс)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Period %1 (quarter or half by the class&apos;s scheme)</source>
        <translation>%1-й учебный период (четверть или полугодие по схеме класса)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cj::client::ReportPreviewDialog</name>
    <message numerus="yes">
        <source>%1 — %n document(s)</source>
        <translation>
            <numerusform>%1 — %n документ</numerusform>
            <numerusform>%1 — %n документа</numerusform>
            <numerusform>%1 — %n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Папка для файлов</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tables for Excel (*.csv)</source>
        <translation>Таблицы для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Saving PDF…</source>
        <translation>Сохранение PDF…</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>cj::client::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Charts: marks and attendance</source>
        <translation>&amp;Графики: отметки и посещаемость</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleScreen</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>of a class</source>
        <translation>класса</translation>
    </message>
    <message>
        <source>of a teacher</source>
        <translation>учителя</translation>
    </message>
    <message>
        <source>of a room</source>
        <translation>кабинета</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Неделя, включающая:</translation>
    </message>
    <message>
        <source>Double-click a lesson to change it or an empty cell to put a lesson there. Changes take effect from the date you choose; lessons already held stay as they were.</source>
        <translation>Дважды щёлкните по уроку, чтобы изменить его, или по пустой клетке, чтобы поставить урок. Изменения действуют с выбранной даты; прошедшие уроки остаются как были.</translation>
    </message>
    <message>
        <source>The schedule is edited in the week of a class.</source>
        <translation>Расписание изменяют в недельной сетке класса.</translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleSlotDialog</name>
    <message>
        <source>%1 — %2, lesson %3</source>
        <translation>%1 — %2, %3-й урок</translation>
    </message>
    <message>
        <source>— keep it and add another lesson (another subgroup) —</source>
        <translation>— оставить и добавить ещё урок (другая подгруппа) —</translation>
    </message>
    <message>
        <source>replace: %1</source>
        <translation>заменить: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this slot now:</source>
        <translation>Сейчас в этом уроке:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Урок:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Кабинет:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>Take the chosen lesson out from this date</source>
        <translation>Убрать выбранный урок с этой даты</translation>
    </message>
    <message>
        <source>Lessons on the calendar are created from the schedule with «Generate lessons» on the lessons screen.</source>
        <translation>Уроки в календаре создаются по расписанию кнопкой «Сформировать уроки» на экране «Уроки и замещения».</translation>
    </message>
    <message>
        <source>Put into the schedule</source>
        <translation>Поставить в расписание</translation>
    </message>
    <message>
        <source>Choose what is taught: the teaching load has the choices.</source>
        <translation>Выберите, что будет на уроке: варианты берутся из нагрузки.</translation>
    </message>
    <message>
        <source>Take «%1» out of the schedule from %2?</source>
        <translation>Убрать «%1» из расписания с %2?</translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleWeekModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>%1-й урок</translation>
    </message>
    <message>
        <source>Lesson %1
%2–%3</source>
        <translation>%1-й урок
%2–%3</translation>
    </message>
</context>
<context>
    <name>cj::client::SessionsModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
</context>
<context>
    <name>cj::client::SessionsScreen</name>
    <message>
        <source>End session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Завершение сеансов</translation>
    </message>
    <message numerus="yes">
        <source>End %n session(s)? Unsaved work on those computers is sent when they sign in again.</source>
        <translation>
            <numerusform>Завершить %n сеанс? Несохранённые изменения на тех компьютерах будут отправлены после нового входа.</numerusform>
            <numerusform>Завершить %n сеанса? Несохранённые изменения на тех компьютерах будут отправлены после нового входа.</numerusform>
            <numerusform>Завершить %n сеансов? Несохранённые изменения на тех компьютерах будут отправлены после нового входа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Find a person or computer</source>
        <translation>Поиск человека или компьютера</translation>
    </message>
</context>
<context>
    <name>cj::client::StudentCardDialog</name>
    <message>
        <source>Enrolment of a student</source>
        <translation>Зачисление ученика</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enrolment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Зачисление&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. 112-у</source>
        <translation>например, 112-у</translation>
    </message>
    <message>
        <source>school, town; empty for a first-grader</source>
        <translation>школа, населённый пункт; для первоклассника можно не заполнять</translation>
    </message>
    <message>
        <source>To &amp;class: *</source>
        <translation>В &amp;класс: *</translation>
    </message>
    <message>
        <source>Enrolled &amp;on: *</source>
        <translation>Дата &amp;зачисления: *</translation>
    </message>
    <message>
        <source>&amp;Order No.: *</source>
        <translation>&amp;Номер приказа: *</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>&amp;Дата приказа:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>&amp;Откуда прибыл:</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зачислить</translation>
    </message>
    <message>
        <source>Personal card: %1</source>
        <translation>Личная карточка: %1</translation>
    </message>
    <message>
        <source>Personal card</source>
        <translation>Личная карточка</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: с %2 по %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1: с %2</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Классы: %1</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>SNI&amp;LS:</source>
        <translation>СН&amp;ИЛС:</translation>
    </message>
    <message>
        <source>&amp;Health group:</source>
        <translation>&amp;Группа здоровья:</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основная</translation>
    </message>
    <message>
        <source>preparatory</source>
        <translation>подготовительная</translation>
    </message>
    <message>
        <source>special</source>
        <translation>специальная</translation>
    </message>
    <message>
        <source>P&amp;E group:</source>
        <translation>Физкультурная &amp;группа:</translation>
    </message>
    <message>
        <source>Consent to personal data processing (152-FZ)</source>
        <translation>Согласие на обработку персональных данных (152-ФЗ)</translation>
    </message>
    <message>
        <source>Date of &amp;consent:</source>
        <translation>Дата &amp;согласия:</translation>
    </message>
    <message>
        <source>Personal &amp;file No.:</source>
        <translation>№ &amp;личного дела:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation>Выберите класс.</translation>
    </message>
    <message>
        <source>Enter the number of the enrolment order.</source>
        <translation>Укажите номер приказа о зачислении.</translation>
    </message>
</context>
<context>
    <name>cj::client::StudentsModel</name>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Left the class on %1</source>
        <translation>Выбыл из класса %1</translation>
    </message>
</context>
<context>
    <name>cj::client::StudentsScreen</name>
    <message>
        <source>Enrol…</source>
        <translation>Зачислить…</translation>
    </message>
    <message>
        <source>Personal card…</source>
        <translation>Личная карточка…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Выбытие…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Вернуть в школу…</translation>
    </message>
    <message>
        <source>Account and slip for the selected student…</source>
        <translation>Учётная запись и бланк для выбранного ученика…</translation>
    </message>
    <message>
        <source>Slips for all students of the class…</source>
        <translation>Бланки для всех учеников класса…</translation>
    </message>
    <message>
        <source>Slips for all parents of the class…</source>
        <translation>Бланки для всех родителей класса…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>List of students</source>
        <translation>Список учеников</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Show students who left</source>
        <translation>Показывать выбывших</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Поиск по ФИО</translation>
    </message>
    <message>
        <source>Personal card</source>
        <translation>Личная карточка</translation>
    </message>
    <message>
        <source>student, %1</source>
        <translation>ученик, %1</translation>
    </message>
    <message>
        <source>Issue new activation codes to all parents of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</source>
        <translation>Выдать новые коды активации всем родителям класса %1? Выданные ранее и не использованные коды перестанут действовать; уже заданные пароли действуют, пока не использован новый код.</translation>
    </message>
    <message>
        <source>Issue new activation codes to all students of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</source>
        <translation>Выдать новые коды активации всем ученикам класса %1? Выданные ранее и не использованные коды перестанут действовать; уже заданные пароли действуют, пока не использован новый код.</translation>
    </message>
    <message>
        <source>Activation slips for the class</source>
        <translation>Бланки активации для класса</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupDialog</name>
    <message>
        <source>New subgroup of class %1</source>
        <translation>Новая подгруппа класса %1</translation>
    </message>
    <message>
        <source>Group 1</source>
        <translation>1 группа</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Classes are usually split in two for foreign languages, technology, informatics and practical work. Put the students into the subgroups afterwards.</source>
        <translation>На подгруппы обычно делят класс на иностранном языке, технологии, информатике и практических работах. Учеников в подгруппы распределите потом.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Enter the name of the subgroup.</source>
        <translation>Укажите название подгруппы.</translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation>Выберите предмет.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupMembersDialog</name>
    <message>
        <source>Students of «%1» (%2)</source>
        <translation>Состав подгруппы «%1» (%2)</translation>
    </message>
    <message>
        <source>Tick the students to move into this subgroup (those already in it are ticked and greyed; to take a student out, move them into another subgroup). The move takes effect at the start of the next quarter (half); until then the marks stay in the old subgroup.</source>
        <translation>Отметьте учеников, которых нужно перевести в эту подгруппу (те, кто уже в ней, отмечены серым; чтобы вывести ученика, переведите его в другую подгруппу). Перевод вступает в силу с начала следующей четверти (полугодия); до тех пор отметки остаются в прежней подгруппе.</translation>
    </message>
    <message>
        <source>Move into the subgroup</source>
        <translation>Перевести в подгруппу</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupMembersModel</name>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>In the subgroup from</source>
        <translation>В подгруппе с</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupsModel</name>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Подгруппа</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Учеников</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupsScreen</name>
    <message>
        <source>New subgroup…</source>
        <translation>Новая подгруппа…</translation>
    </message>
    <message>
        <source>Students…</source>
        <translation>Состав…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the subgroup</source>
        <translation>Удаление подгруппы</translation>
    </message>
    <message>
        <source>Delete the subgroup «%1»? Only a subgroup without lessons can be deleted.</source>
        <translation>Удалить подгруппу «%1»? Удалить можно только подгруппу без уроков.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Students of the subgroup&lt;/b&gt;</source>
        <translation>&lt;b&gt;Состав подгруппы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The move takes effect from %1 (the start of the next period); the history is kept.</source>
        <translation>Перевод вступает в силу с %1 (начало следующего учебного периода); история сохраняется.</translation>
    </message>
    <message>
        <source>Students who were in no subgroup of this subject are in it from today.</source>
        <translation>Ученики, не состоявшие ни в одной подгруппе по этому предмету, включены в неё с сегодняшнего дня.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectDialog</name>
    <message>
        <source>New subject</source>
        <translation>Новый предмет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation>например, Математика</translation>
    </message>
    <message>
        <source>for narrow columns, e.g. Math.</source>
        <translation>для узких колонок, например Матем.</translation>
    </message>
    <message>
        <source>Written work may be marked within 10 working days (Russian language, literature)</source>
        <translation>Письменные работы можно оценивать в течение 10 рабочих дней (русский язык, литература)</translation>
    </message>
    <message>
        <source>Subjects are listed by this number, then by name.</source>
        <translation>Предметы упорядочиваются по этому номеру, затем по названию.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>&amp;Оценивание:</translation>
    </message>
    <message>
        <source>&amp;Order in lists:</source>
        <translation>&amp;Порядок в списках:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Enter the name of the subject.</source>
        <translation>Укажите название предмета.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectsModel</name>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>Written work window</source>
        <translation>Срок проверки письменных работ</translation>
    </message>
    <message>
        <source>10 working days</source>
        <translation>10 рабочих дней</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectsScreen</name>
    <message>
        <source>New subject…</source>
        <translation>Новый предмет…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>To archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Show archived subjects</source>
        <translation>Показывать предметы из архива</translation>
    </message>
    <message>
        <source>Find a subject</source>
        <translation>Поиск предмета</translation>
    </message>
    <message>
        <source>Back from archive</source>
        <translation>Вернуть из архива</translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionDialog</name>
    <message>
        <source>Substitution</source>
        <translation>Замещение</translation>
    </message>
    <message>
        <source>%1, lesson %2: %3, %4 — %5</source>
        <translation>%1, %2-й урок: %3, %4 — %5</translation>
    </message>
    <message>
        <source>— choose the teacher —</source>
        <translation>— выберите учителя —</translation>
    </message>
    <message>
        <source>e.g. illness, training course</source>
        <translation>например, болезнь, курсы повышения квалификации</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Урок:</translation>
    </message>
    <message>
        <source>&amp;Substitute teacher:</source>
        <translation>&amp;Замещающий учитель:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The substitute may fill in this lesson in the journal.</source>
        <translation>Замещающий учитель сможет заполнить этот урок в журнале.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Choose the substitute teacher.</source>
        <translation>Выберите замещающего учителя.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Absent teacher</source>
        <translation>Отсутствующий учитель</translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation>Замещающий учитель</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем записано</translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionsScreen</name>
    <message>
        <source>Register of substituted lessons</source>
        <translation>Журнал замещения уроков</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Все учителя</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Учитель:</translation>
    </message>
    <message>
        <source>Find a class, subject or teacher</source>
        <translation>Поиск класса, предмета или учителя</translation>
    </message>
</context>
<context>
    <name>cj::client::TeachingLoadScreen</name>
    <message>
        <source>New assignment…</source>
        <translation>Новое назначение…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the assignment</source>
        <translation>Удаление назначения</translation>
    </message>
    <message>
        <source>Delete «%1»? Only an assignment without lessons can be deleted.</source>
        <translation>Удалить «%1»? Удалить можно только назначение без уроков.</translation>
    </message>
    <message>
        <source>Check the load</source>
        <translation>Проверить нагрузку</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Все учителя</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Учитель:</translation>
    </message>
    <message>
        <source>Find a subject or teacher</source>
        <translation>Поиск предмета или учителя</translation>
    </message>
    <message>
        <source>Every curriculum hour is assigned to a teacher.</source>
        <translation>Все часы учебного плана распределены между учителями.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n problem(s) in the teaching load:</source>
        <translation>
            <numerusform>В нагрузке найдено %n замечание:</numerusform>
            <numerusform>В нагрузке найдено %n замечания:</numerusform>
            <numerusform>В нагрузке найдено %n замечаний:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::UserDialog</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Учётная запись %1</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>e.g. teacher of mathematics</source>
        <translation>например, учитель математики</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>made from the name if left empty, e.g. ivanova.mp</source>
        <translation>если пусто — составляется из ФИО, например ivanova.mp</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>The class teacher is not a role: appoint a teacher to a class on the Classes screen.</source>
        <translation>Классный руководитель — не роль: назначьте учителя классным руководителем на экране «Классы».</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
    </message>
</context>
<context>
    <name>cj::client::UsersModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
</context>
<context>
    <name>cj::client::UsersScreen</name>
    <message>
        <source>New account…</source>
        <translation>Новая учётная запись…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Activation code and slip…</source>
        <translation>Код активации и бланк…</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Заблокировать…</translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation>Снять временную блокировку</translation>
    </message>
    <message>
        <source>To archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Archive the account</source>
        <translation>Перенос учётной записи в архив</translation>
    </message>
    <message>
        <source>Archive the account of %1? The person can no longer sign in; the journal keeps everything they entered.</source>
        <translation>Перенести в архив учётную запись %1? Войти будет нельзя; всё, что человек внёс в журнал, сохранится.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>Only locked</source>
        <translation>Только заблокированные</translation>
    </message>
    <message>
        <source>Locked by the administrator or held after failed sign-ins</source>
        <translation>Заблокированные администратором или временно после неудачных входов</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Find by name or login</source>
        <translation>Поиск по ФИО или логину</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Back from archive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Блокировка учётной записи</translation>
    </message>
    <message>
        <source>Lock the account of %1. Their open sessions end at once.
Reason:</source>
        <translation>Блокировка учётной записи: %1. Открытые сеансы будут сразу завершены.
Причина:</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Activation codes</source>
        <translation>Коды активации</translation>
    </message>
    <message numerus="yes">
        <source>Issue new activation codes for %n account(s)? An unused earlier code stops working; a password already set keeps working until the new code is used.</source>
        <translation>
            <numerusform>Выдать новый код активации для %n учётной записи? Неиспользованный прежний код перестанет действовать; уже заданный пароль действует, пока не использован новый код.</numerusform>
            <numerusform>Выдать новые коды активации для %n учётных записей? Неиспользованные прежние коды перестанут действовать; уже заданные пароли действуют, пока не использованы новые коды.</numerusform>
            <numerusform>Выдать новые коды активации для %n учётных записей? Неиспользованные прежние коды перестанут действовать; уже заданные пароли действуют, пока не использованы новые коды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::WorkKindListModel</name>
    <message>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Сокр.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Письменная</translation>
    </message>
    <message>
        <source>Control work</source>
        <translation>Контрольная</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
</context>
<context>
    <name>cj::client::YearComboBox</name>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>There is no academic year yet. Create it first: School → Academic year.</source>
        <translation>Учебного года ещё нет. Сначала создайте его: Школа → Учебный год.</translation>
    </message>
</context>
<context>
    <name>cj::client::YearDialog</name>
    <message>
        <source>New academic year</source>
        <translation>Новый учебный год</translation>
    </message>
    <message>
        <source>Academic year %1</source>
        <translation>Учебный год %1</translation>
    </message>
    <message>
        <source>e.g. 2025/2026</source>
        <translation>например, 2025/2026</translation>
    </message>
    <message>
        <source>5-day week (Monday to Friday)</source>
        <translation>пятидневная неделя (понедельник – пятница)</translation>
    </message>
    <message>
        <source>6-day week (Monday to Saturday)</source>
        <translation>шестидневная неделя (понедельник – суббота)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Неделя:</translation>
    </message>
    <message>
        <source>Fill in quarters, halves and holidays as usual</source>
        <translation>Заполнить четверти, полугодия и каникулы как обычно</translation>
    </message>
    <message>
        <source>From the dates of the year, as Russian schools customarily have them; adjust them afterwards on the year&apos;s tabs.</source>
        <translation>По датам года, как принято в российских школах; потом их можно поправить на вкладках года.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Periods and holidays must stay inside the year&apos;s dates.</source>
        <translation>Учебные периоды и каникулы должны оставаться внутри дат учебного года.</translation>
    </message>
    <message>
        <source>Enter the name of the year, e.g. 2025/2026.</source>
        <translation>Укажите название учебного года, например 2025/2026.</translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation>Последний день должен быть позже первого.</translation>
    </message>
</context>
<context>
    <name>cj::client::YearScreen</name>
    <message>
        <source>New academic year…</source>
        <translation>Новый учебный год…</translation>
    </message>
    <message>
        <source>Name, dates and week…</source>
        <translation>Название, даты и неделя…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Quarters and halves</source>
        <translation>Четверти и полугодия</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <source>Bell schedules</source>
        <translation>Расписание звонков</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: from %2 to %3, %4-day week</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: с %2 по %3, %4-дневная неделя</translation>
    </message>
</context>
<context>
    <name>cj::client::YearsModel</name>
    <message>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>%1-day</source>
        <translation>%1-дневная</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
</context>
<context>
    <name>cj::client::reports::ReportJob</name>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 из %4)</translation>
    </message>
    <message>
        <source>%1: summary statements</source>
        <translation>%1: сводные ведомости</translation>
    </message>
</context>
</TS>
