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
            <source>The code works once. Do not pass the code or your password to anyone: by the school's rules only its owner may use an account. If the code has expired, ask the journal administrator for a new one.</source>
            <translation>Код действует один раз. Не передавайте код и пароль другим людям: по правилам школы учётной записью пользуется только её владелец. Если срок кода истёк, попросите новый у администратора журнала.</translation>
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
            <source>The student is not on the list of this class on that date.</source>
            <translation>На эту дату ученика нет в списке этого класса.</translation>
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
        <name>QObject</name>
        <message>
            <source>ClassJournal</source>
            <translation>Классный журнал</translation>
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
    </context>
    <context>
        <name>ScreenCatalog</name>
        <message>
            <source>&amp;School</source>
            <translation>&amp;Школа</translation>
        </message>
        <message>
            <source>My &amp;class</source>
            <translation>Мой &amp;класс</translation>
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
            <source>Subgroups of my class</source>
            <translation>Подгруппы моего класса</translation>
        </message>
    </context>
    <context>
        <name>cj::client::ActivationCodesModel</name>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
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
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
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
            <source>Subgroup</source>
            <translation>Подгруппа</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Учитель</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Часов в неделю</translation>
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
        <message>
            <source>Students</source>
            <translation>Учеников</translation>
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
            <source>Academic year:</source>
            <translation>Учебный год:</translation>
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
        <name>cj::client::DateEdit</name>
        <message>
            <source>not given</source>
            <translation>не указана</translation>
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
            <source>Substitute teacher</source>
            <translation>Замещающий учитель</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1 с %2</translation>
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
            <source>Tick the students who study in this subgroup. A student moved from another subgroup of the subject changes over at the start of the next quarter (half); until then the marks stay in the old subgroup.</source>
            <translation>Отметьте учеников, которые занимаются в этой подгруппе. Ученик, переведённый из другой подгруппы по этому предмету, переходит с начала следующей четверти (полугодия); до тех пор его отметки остаются в прежней подгруппе.</translation>
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
            <source>Academic year:</source>
            <translation>Учебный год:</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Класс:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Students of the subgroup&lt;/b&gt;</source>
            <translation>&lt;b&gt;Состав подгруппы&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The move takes effect from %1 (the start of the next period); the history is kept.</source>
            <translation>Перевод вступает в силу с %1 (начало следующего учебного периода); история сохраняется.</translation>
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
            <source>Order</source>
            <translation>Порядок</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (в архиве)</translation>
        </message>
        <message>
            <source>10 working days</source>
            <translation>10 рабочих дней</translation>
        </message>
        <message>
            <source>7 days</source>
            <translation>7 дней</translation>
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
            <source>Fill in quarters, halves and holidays as usual (you can adjust them afterwards)</source>
            <translation>Заполнить четверти, полугодия и каникулы по обычному календарю (потом их можно поправить)</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>Periods and holidays must stay inside the year's dates.</source>
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
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>%1-day</source>
            <translation>%1-дневная</translation>
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
</TS>
