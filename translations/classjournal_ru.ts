<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
            <source>The server rejected the request (field "%1").</source>
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
            <source>This conflicts with existing data.</source>
            <translation>Это противоречит уже введённым данным.</translation>
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
            <source>This breaks the school's rules for the journal.</source>
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
        <name>QObject</name>
        <message>
            <source>ClassJournal</source>
            <translation>ClassJournal</translation>
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
            <source>&lt;h3&gt;My correction requests&lt;/h3&gt;Changes to locked entries wait for the administrator's decision.</source>
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
        <name>cj::client::HomePage</name>
        <message>
            <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You are signed in as &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</source>
            <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Вы вошли как &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</translation>
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
            <source>History of the lesson's topic and homework…</source>
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
            <source>0: the lesson's day only</source>
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
            <source>&lt;h3&gt;Journal settings&lt;/h3&gt;The school's own rules for the journal (its local act).</source>
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
            <source>&lt;a href='%1' style='color:#b00020'&gt;Lessons without a topic: %2&lt;/a&gt;</source>
            <translation>&lt;a href='%1' style='color:#b00020'&gt;Уроков без темы: %2&lt;/a&gt;</translation>
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
            <source>The server's certificate has changed!</source>
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
            <source>Not connected: the server's certificate is not trusted.</source>
            <translation>Подключение не выполнено: сертификату сервера нет доверия.</translation>
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
            <source>&amp;Administration</source>
            <translation>&amp;Администрирование</translation>
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
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Журнал</translation>
        </message>
        <message>
            <source>Journal &amp;settings…</source>
            <translation>&amp;Настройки журнала…</translation>
        </message>
        <message>
            <source>Journal settings</source>
            <translation>Настройки журнала</translation>
        </message>
        <message>
            <source>&amp;My classes</source>
            <translation>&amp;Мои классы</translation>
        </message>
        <message>
            <source>My classes</source>
            <translation>Мои классы</translation>
        </message>
        <message>
            <source>My c&amp;lass</source>
            <translation>Мой &amp;класс</translation>
        </message>
        <message>
            <source>My class</source>
            <translation>Мой класс</translation>
        </message>
        <message>
            <source>Class &amp;journals</source>
            <translation>&amp;Журналы классов</translation>
        </message>
        <message>
            <source>Class journals</source>
            <translation>Журналы классов</translation>
        </message>
        <message>
            <source>&amp;Last page: %1</source>
            <translation>&amp;Последняя страница: %1</translation>
        </message>
        <message>
            <source>&amp;Absences and reasons…</source>
            <translation>&amp;Пропуски и причины…</translation>
        </message>
        <message>
            <source>Absences</source>
            <translation>Пропуски</translation>
        </message>
        <message>
            <source>&amp;Register of corrections («Журнал замены сведений»)</source>
            <translation>Журнал &amp;замены сведений</translation>
        </message>
        <message>
            <source>My &amp;correction requests</source>
            <translation>Мои &amp;заявки на замену сведений</translation>
        </message>
        <message>
            <source>Corrections register</source>
            <translation>Журнал замены сведений</translation>
        </message>
        <message>
            <source>My requests</source>
            <translation>Мои заявки</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>&amp;Дневник</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation>Дневник</translation>
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
</TS>
