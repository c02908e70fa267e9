<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <name>cj::client::HomePage</name>
        <message>
            <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You are signed in as &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</source>
            <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Вы вошли как &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</translation>
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
    </context>
</TS>
