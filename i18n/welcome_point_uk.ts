<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>About</name>
    <message>
        <location filename="../welcome_point/ui/about.py" line="20"/>
        <source>Welcome Point Desk</source>
        <translation>Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="21"/>
        <source>Records visits, plans volunteer shifts and writes anonymised reports for walk-in advice desks for refugees and migrants. Works offline.</source>
        <translation>Облік відвідувань, планування змін волонтерів та анонімізовані звіти для консультаційних пунктів без попереднього запису для біженців і мігрантів. Працює без інтернету.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Ліцензія: GNU General Public License, версія 3 або новіша.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="26"/>
        <source>Built with:</source>
        <translation>Створено за допомогою:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="33"/>
        <source>About Welcome Point Desk</source>
        <translation>Про Welcome Point Desk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>New account</source>
        <translation>Новий обліковий запис</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>Change account</source>
        <translation>Зміна облікового запису</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="248"/>
        <source>Username</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="250"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="253"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="254"/>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="255"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="256"/>
        <source>PIN again</source>
        <translation>PIN-код ще раз</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="257"/>
        <source>optional, 6 to 12 digits</source>
        <translation>необов’язково, від 6 до 12 цифр</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="259"/>
        <source>Linked volunteer</source>
        <translation>Пов’язаний волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="260"/>
        <source>– none –</source>
        <translation>– немає –</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="271"/>
        <source>&amp;Username:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="275"/>
        <source>Username:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="276"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="279"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="280"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овторіть:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="281"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN-код:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="282"/>
        <source>Repeat P&amp;IN:</source>
        <translation>Повторіть PIN-&amp;код:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="283"/>
        <source>&amp;Volunteer:</source>
        <translation>Воло&amp;нтер:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="284"/>
        <source>The volunteer this person is: for checking in to their own shifts.</source>
        <translation>Волонтер, яким є ця людина: для відмітки приходу на власні зміни.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="298"/>
        <source>Volunteer no. %1</source>
        <translation>Волонтер № %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="311"/>
        <source>The desk, and checking in to one&apos;s own shifts.</source>
        <translation>Прийом і відмітка приходу на власні зміни.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="312"/>
        <source>Also visits, referrals, volunteers and shifts.</source>
        <translation>Також відвідування, направлення, волонтери й зміни.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="313"/>
        <source>Also reports, the partner directory and the settings.</source>
        <translation>Також звіти, довідник партнерів і налаштування.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="314"/>
        <source>Everything, also accounts, privacy, backups and the audit log.</source>
        <translation>Усе, зокрема облікові записи, захист даних, резервні копії та журнал аудиту.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="328"/>
        <source>Enter a username.</source>
        <translation>Введіть ім’я користувача.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="332"/>
        <source>The password needs at least 8 characters.</source>
        <translation>Пароль має містити щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="336"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>Паролі не збігаються. Введіть пароль ще раз.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="341"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN-код має містити щонайменше 6 цифр.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="345"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>PIN-коди не збігаються. Введіть PIN-код ще раз.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Username</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Waiting until</source>
        <translation>Заблоковано до</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="382"/>
        <source>no. %1</source>
        <translation>№ %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="419"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="427"/>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="422"/>
        <source>Everyone who uses the app signs in with an account of their own. The role decides what they see; a PIN lets them take over the desk quickly.</source>
        <translation>Кожен, хто користується застосунком, входить під власним обліковим записом. Від ролі залежить, що людина бачить; PIN-код дає змогу швидко перейняти прийом.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="434"/>
        <source>&amp;New account…</source>
        <translation>&amp;Новий обліковий запис…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="436"/>
        <source>&amp;Role and volunteer…</source>
        <translation>&amp;Роль і волонтер…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="438"/>
        <source>Reset &amp;password…</source>
        <translation>Скинути &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="440"/>
        <source>P&amp;IN…</source>
        <translation>PIN-&amp;код…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="442"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="497"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивувати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="444"/>
        <source>&amp;Unlock</source>
        <translation>Р&amp;озблокувати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="445"/>
        <source>Lift the wait after too many failed sign-ins.</source>
        <translation>Зняти очікування після надто багатьох невдалих спроб входу.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="498"/>
        <source>&amp;Activate</source>
        <translation>&amp;Активувати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="534"/>
        <source>Account “%1” created.</source>
        <translation>Обліковий запис «%1» створено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="546"/>
        <source>Account “%1” changed.</source>
        <translation>Обліковий запис «%1» змінено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="553"/>
        <source>New password for “%1”</source>
        <translation>Новий пароль для «%1»</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="556"/>
        <source>The password of “%1” was reset.</source>
        <translation>Пароль облікового запису «%1» скинуто.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="563"/>
        <source>PIN of “%1”</source>
        <translation>PIN-код для «%1»</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="566"/>
        <source>The PIN of “%1” was changed.</source>
        <translation>PIN-код облікового запису «%1» змінено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="578"/>
        <source>Account “%1” deactivated: it can no longer sign in.</source>
        <translation>Обліковий запис «%1» деактивовано: з нього більше не можна ввійти.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="579"/>
        <source>Account “%1” activated.</source>
        <translation>Обліковий запис «%1» активовано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="591"/>
        <source>“%1” can sign in again at once.</source>
        <translation>«%1» може знову ввійти вже зараз.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="56"/>
        <source>Signed in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="57"/>
        <source>Sign-in failed</source>
        <translation>Невдалий вхід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="58"/>
        <source>Signed out</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="59"/>
        <source>Locked</source>
        <translation>Блокування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="60"/>
        <source>Desk user switched</source>
        <translation>Зміна користувача на прийомі</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="61"/>
        <source>Account created</source>
        <translation>Створення облікового запису</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="62"/>
        <source>Account changed</source>
        <translation>Зміна облікового запису</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="63"/>
        <source>Password changed</source>
        <translation>Зміна пароля</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="64"/>
        <source>PIN changed</source>
        <translation>Зміна PIN-коду</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="65"/>
        <source>First admin created</source>
        <translation>Створення першого адміністратора</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="66"/>
        <source>Report exported</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="67"/>
        <source>CSV exported</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="68"/>
        <source>Subject access export</source>
        <translation>Експорт на запит суб’єкта даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="69"/>
        <source>Reports merged</source>
        <translation>Об’єднання звітів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="70"/>
        <source>Visit deleted</source>
        <translation>Видалення відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="71"/>
        <source>Shift deleted</source>
        <translation>Видалення зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="72"/>
        <source>Organisation archived</source>
        <translation>Архівування організації</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="73"/>
        <source>Volunteer deactivated</source>
        <translation>Деактивація волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="74"/>
        <source>Visitor erased</source>
        <translation>Стирання даних відвідувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="75"/>
        <source>Volunteer erased</source>
        <translation>Стирання даних волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="76"/>
        <source>Retention run</source>
        <translation>Застосування строків зберігання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="77"/>
        <source>Backup taken</source>
        <translation>Створення резервної копії</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="78"/>
        <source>Backup restored</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="79"/>
        <source>Settings changed</source>
        <translation>Зміна налаштувань</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="80"/>
        <source>Demo data written</source>
        <translation>Запис демонстраційних даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="81"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Блокування облікового запису після невдалих спроб входу</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="169"/>
        <source>Every sign-in, export, deletion, erasure, restore and change of settings, by account number. Entries can be neither changed nor removed; each one seals the one before it.</source>
        <translation>Кожен вхід, експорт, видалення, стирання, відновлення та зміна налаштувань — із номером облікового запису. Записи не можна ні змінити, ні вилучити; кожен запис запечатує попередній.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="175"/>
        <source>Show only this action</source>
        <translation>Показати лише цю дію</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="176"/>
        <source>All actions</source>
        <translation>Усі дії</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="182"/>
        <source>&amp;Action:</source>
        <translation>&amp;Дія:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="186"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Перевірити ланцюжок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="188"/>
        <source>Recompute every entry&apos;s seal: shows whether any entry was changed or removed afterwards</source>
        <translation>Повторно обчислити печатку кожного запису: показує, чи було якийсь запис згодом змінено або вилучено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Object</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="201"/>
        <source>Object ID</source>
        <translation>ID об’єкта</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="203"/>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="208"/>
        <location filename="../welcome_point/ui/audit_log.py" line="305"/>
        <source>The audit log is empty. Sign-ins, exports, erasures, restores and changed settings appear here as they happen.</source>
        <translation>Журнал аудиту порожній. Входи, експорти, стирання, відновлення та зміни налаштувань з’являтимуться тут, щойно вони відбуватимуться.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="214"/>
        <source>Load &amp;older</source>
        <translation>Завантажити &amp;старіші</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visit</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visitor</source>
        <translation>Відвідувач</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Shift</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Setting</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="240"/>
        <source>Setting: auto-lock</source>
        <translation>Налаштування: автоблокування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="241"/>
        <source>Setting: keep visitors</source>
        <translation>Налаштування: зберігання даних відвідувачів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="242"/>
        <source>Setting: keep volunteers</source>
        <translation>Налаштування: зберігання даних волонтерів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="243"/>
        <source>Setting: retention</source>
        <translation>Налаштування: строки зберігання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="244"/>
        <source>Setting: extra backup folder</source>
        <translation>Налаштування: додаткова папка резервних копій</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="245"/>
        <source>Setting: suppression threshold k</source>
        <translation>Налаштування: поріг приховування k</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="302"/>
        <source>No entries of this action. Choose “All actions” to see every entry.</source>
        <translation>Записів із цією дією немає. Виберіть «Усі дії», щоб побачити всі записи.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="309"/>
        <source>%1 entries shown, newest first.</source>
        <translation>Показано записів: %1, найновіші першими.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="310"/>
        <source>%1 newest entries shown; older ones load on request.</source>
        <translation>Показано найновіших записів: %1; старіші завантажуються на запит.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="324"/>
        <source>Checking every entry…</source>
        <translation>Перевірка кожного запису…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="335"/>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Журнал аудиту цілісний (перевірено записів: %1).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="341"/>
        <source>The audit log was tampered with: entry %1 does not match its seal, so it or an entry before it was changed or removed after it was written. Restore a backup from before that time to see the original entries.</source>
        <translation>Журнал аудиту було підроблено: запис %1 не відповідає своїй печатці, тобто його або один із попередніх записів змінили чи вилучили вже після того, як його було внесено. Відновіть резервну копію, створену до того часу, щоб побачити початкові записи.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="104"/>
        <source>Every copy is taken with SQLite&apos;s backup function and checked before it counts. The app takes one every 30 minutes when something changed, on exit and before restores and retention runs, and keeps 12 recent, 10 daily and 9 monthly copies.</source>
        <translation>Кожну копію створює функція резервного копіювання SQLite, і її перевіряють, перш ніж зарахувати. Застосунок створює копію кожні 30 хвилин, якщо щось змінилося, під час виходу, а також перед відновленням і застосуванням строків зберігання; зберігаються 12 останніх, 10 щоденних і 9 щомісячних копій.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="110"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Створити копію зараз</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="112"/>
        <source>Take a verified copy of the database now (Ctrl+B)</source>
        <translation>Створити перевірену копію бази даних зараз (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="114"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Відновити…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="115"/>
        <source>Replace the current data with the chosen copy</source>
        <translation>Замінити поточні дані вибраною копією</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="117"/>
        <source>Restore from a &amp;file…</source>
        <translation>Відновити з &amp;файлу…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="118"/>
        <source>Restore a copy from a USB stick or another folder</source>
        <translation>Відновити копію з USB-накопичувача або іншої папки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Taken</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Checked</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>yes, intact</source>
        <translation>так, ціла</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="136"/>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="143"/>
        <source>No backups yet. The first one is taken 30 minutes after the first change, or now with “Back up now”.</source>
        <translation>Резервних копій ще немає. Першу буде створено через 30 хвилин після першої зміни або одразу кнопкою «Створити копію зараз».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="149"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="160"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="306"/>
        <source>Extra backup folder</source>
        <translation>Додаткова папка для резервних копій</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="152"/>
        <source>A second copy of every backup goes here as well, e.g. to a USB stick kept somewhere else. When the folder is missing, the backup is still taken; only the copy is skipped.</source>
        <translation>Сюди також записується друга копія кожної резервної копії, напр. на USB-накопичувач, який зберігається в іншому місці. Якщо папки немає, резервну копію все одно буде створено; пропускається лише друга копія.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="159"/>
        <source>No extra folder</source>
        <translation>Додаткової папки немає</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="161"/>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="163"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="186"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="187"/>
        <source>Taken by hand</source>
        <translation>Вручну</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="188"/>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="189"/>
        <source>Before a retention run</source>
        <translation>Перед застосуванням строків зберігання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="190"/>
        <source>Before an erasure</source>
        <translation>Перед стиранням</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="191"/>
        <source>Before a program update</source>
        <translation>Перед оновленням програми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="192"/>
        <source>Before demo data</source>
        <translation>Перед демонстраційними даними</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="193"/>
        <source>Before demo data replaced real data (kept)</source>
        <translation>Перед заміною справжніх даних демонстраційними (зберігається)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="237"/>
        <source>Taking a backup and checking it…</source>
        <translation>Створення та перевірка резервної копії…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="245"/>
        <source>Backup taken and checked: %1, %2.</source>
        <translation>Резервну копію створено й перевірено: %1, %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="249"/>
        <source>The copy into the extra backup folder failed:</source>
        <translation>Не вдалося скопіювати в додаткову папку резервних копій:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="262"/>
        <source>Restore the backup taken %1?

First the current data is kept aside as a copy in the data folder, so nothing is lost. Then the backup replaces it: everything entered after %1 is no longer shown. The window reloads its pages afterwards.</source>
        <translation>Відновити резервну копію від %1?

Спочатку поточні дані буде збережено як копію в папці даних, тож нічого не втратиться. Потім резервна копія замінить їх: усе, що введено після %1, більше не відображатиметься. Після цього вікно перезавантажить свої сторінки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="271"/>
        <source>Welcome Point backups (*.sqlite3);;All files (*)</source>
        <translation>Резервні копії Welcome Point (*.sqlite3);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="272"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="283"/>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="276"/>
        <source>Restore the backup %1?

It is checked first. Then the current data is kept aside as a copy in the data folder, so nothing is lost, and the backup replaces it. The window reloads its pages afterwards.</source>
        <translation>Відновити резервну копію %1?

Спочатку її буде перевірено. Потім поточні дані буде збережено як копію в папці даних, тож нічого не втратиться, і резервна копія замінить їх. Після цього вікно перезавантажить свої сторінки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="288"/>
        <source>Restoring… Please wait; do not close the program.</source>
        <translation>Відновлення… Зачекайте, будь ласка; не закривайте програму.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="296"/>
        <source>Restored from %1. The data from before the restore was kept as %2.</source>
        <translation>Відновлено з %1. Дані, що були до відновлення, збережено як %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="320"/>
        <source>Saved. The next backup is copied there too.</source>
        <translation>Збережено. Наступну резервну копію також буде скопійовано туди.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="321"/>
        <source>Saved. Backups stay in the data folder only.</source>
        <translation>Збережено. Резервні копії зберігаються лише в папці даних.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="523"/>
        <source>Assign a volunteer</source>
        <translation>Призначити волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="524"/>
        <source>Who takes the shift on %1 (%2)?</source>
        <translation>Хто візьме зміну: %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="526"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Swap</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="527"/>
        <source>Who takes over from %3 on %1 (%2)?</source>
        <translation>Хто замінить волонтера %3 на зміні: %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="533"/>
        <source>All languages</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="541"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="543"/>
        <source>Only &amp;free volunteers</source>
        <translation>Лише &amp;вільні волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="545"/>
        <source>Spea&amp;ks:</source>
        <translation>Володіє &amp;мовою:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="548"/>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="559"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="574"/>
        <source>Greyed volunteers cannot take this shift; the reason is in the last column.</source>
        <translation>Волонтери, позначені сірим, не можуть взяти цю зміну; причину вказано в останньому стовпці.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Assign</source>
        <translation>Призначити</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="604"/>
        <source>No active volunteer speaks this language.</source>
        <translation>Жоден активний волонтер не володіє цією мовою.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="605"/>
        <source>There are no active volunteers yet. Add them on the Volunteers page.</source>
        <translation>Активних волонтерів ще немає. Додайте їх на сторінці «Волонтери».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="633"/>
        <source>%1 cannot take this shift: %2</source>
        <translation>%1 не може взяти цю зміну: %2</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Last shift</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="462"/>
        <source>Availability</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="486"/>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="487"/>
        <source>free</source>
        <translation>вільний</translation>
    </message>
</context>
<context>
    <name>CardCode</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="551"/>
        <source>Type or scan a card code.</source>
        <translation>Введіть або відскануйте код картки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="552"/>
        <source>A card code has 10 characters (like K7MXP-Q4TAC): a character is missing or extra.</source>
        <translation>Код картки має 10 символів (наприклад, K7MXP-Q4TAC): якогось символу бракує або є зайвий.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="554"/>
        <source>This is not a card code: cards use only the letters and digits printed on them (no 0, O, 1, I or L).</source>
        <translation>Це не код картки: на картках є лише надруковані на них літери й цифри (без 0, O, 1, I та L).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="557"/>
        <source>The code does not add up: probably a typing error. Please compare it with the card.</source>
        <translation>Код не сходиться: імовірно, помилка під час введення. Порівняйте його з карткою, будь ласка.</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <location filename="../welcome_point/app.py" line="205"/>
        <source>The database is damaged. It was moved aside; nothing was deleted.

Restore the newest backup that passed its check (%1)? What was entered after it is not in that backup.</source>
        <translation>База даних пошкоджена. Її відкладено вбік; нічого не видалено.

Відновити найновішу перевірену резервну копію (%1)? Того, що внесено після неї, у цій копії немає.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="250"/>
        <source>Backup taken, but the copy into the extra backup folder failed.</source>
        <translation>Резервну копію створено, але копіювання в додаткову теку не вдалося.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="256"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматичне резервне копіювання не вдалося: %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Arrived</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Waited</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="203"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="207"/>
        <source>No visits yet today. Saved visits appear here; Enter edits the selected one, Delete removes it.</source>
        <translation>Сьогодні ще немає відвідувань. Збережені відвідування з’являються тут; Enter — редагувати вибране, Delete — видалити його.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="211"/>
        <source>Edit (Enter)</source>
        <translation>Редагувати (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="212"/>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="287"/>
        <source>Choose a language from the list, or leave the field empty.</source>
        <translation>Виберіть мову зі списку або залиште поле порожнім.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="306"/>
        <location filename="../welcome_point/ui/desk_page.py" line="517"/>
        <source>Save or clear the current visit first (Ctrl+Enter or Esc).</source>
        <translation>Спочатку збережіть або очистьте поточне відвідування (Ctrl+Enter або Esc).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="327"/>
        <source>Select the person who left in the list first.</source>
        <translation>Спочатку виберіть у списку людину, яка пішла.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="329"/>
        <source>Queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="330"/>
        <source>Remove the selected person from the queue?</source>
        <translation>Вилучити вибрану людину з черги?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="360"/>
        <source>(not recorded)</source>
        <translation>(не вказано)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="405"/>
        <source>Changes saved.</source>
        <translation>Зміни збережено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="407"/>
        <source>Visit saved.</source>
        <translation>Відвідування збережено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="416"/>
        <source>Clear the form first (Esc), then undo.</source>
        <translation>Спочатку очистьте форму (Esc), а потім скасуйте дію.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="425"/>
        <source>Undone: the visit is back in the form.</source>
        <translation>Скасовано: відвідування знову у формі.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="490"/>
        <source>Today&apos;s visits: %1</source>
        <translation>Відвідувань сьогодні: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="499"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="535"/>
        <source>Delete visit</source>
        <translation>Видалити відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="536"/>
        <source>Delete the selected visit with its topics and referrals? This cannot be undone.</source>
        <translation>Видалити вибране відвідування разом із темами та направленнями? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="547"/>
        <source>Visit deleted.</source>
        <translation>Відвідування видалено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="557"/>
        <source>Desk</source>
        <translation>Прийом</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="38"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="39"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="40"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="42"/>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="43"/>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="44"/>
        <source>What to bring</source>
        <translation>Що взяти з собою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="45"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="47"/>
        <source>Example</source>
        <translation>Приклад</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="48"/>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="256"/>
        <source>Search name, address, category, topic, language… (Ctrl+F)</source>
        <translation>Пошук за назвою, адресою, категорією, темою, мовою… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="258"/>
        <source>Search the directory</source>
        <translation>Пошук у довіднику</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="259"/>
        <source>Show &amp;archived</source>
        <translation>Показати &amp;архівні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="260"/>
        <source>&amp;New…</source>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="261"/>
        <source>A new partner organisation (Ctrl+N)</source>
        <translation>Нова організація-партнер (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="263"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation>Редагувати вибрану організацію (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="264"/>
        <location filename="../welcome_point/ui/directory_page.py" line="459"/>
        <source>Archi&amp;ve…</source>
        <translation>Ар&amp;хівувати…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="265"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Імпорт CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="266"/>
        <source>Add organisations from a CSV file (UTF-8, separated by ; or ,)</source>
        <translation>Додати організації з файлу CSV (UTF-8, розділювач ; або ,)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="268"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Експорт CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="269"/>
        <source>Save the whole directory as a CSV file (while it is empty: a template to fill in)</source>
        <translation>Зберегти весь довідник як файл CSV (поки він порожній — шаблон для заповнення)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="285"/>
        <source>Partner organisations</source>
        <translation>Організації-партнери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="333"/>
        <source>Details of the selected organisation</source>
        <translation>Відомості про вибрану організацію</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="421"/>
        <source>No partner organisations yet: add one with New (Ctrl+N) or import a CSV file (Ctrl+I).</source>
        <translation>Організацій-партнерів ще немає: додайте організацію кнопкою «Створити» (Ctrl+N) або імпортуйте файл CSV (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="424"/>
        <source>No organisation matches “%1”.</source>
        <translation>Жодна організація не відповідає запиту «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="426"/>
        <source>All organisations are archived: tick “Show archived” to see them.</source>
        <translation>Усі організації в архіві: позначте «Показати архівні», щоб їх побачити.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="430"/>
        <source>%1 of %2 organisations shown · %3 archived not shown</source>
        <translation>Показано організацій: %1 з %2 · архівних не показано: %3</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="434"/>
        <source>%1 of %2 organisations shown</source>
        <translation>Показано організацій: %1 з %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="458"/>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="471"/>
        <source>Example – please check</source>
        <translation>Приклад — перевірте</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="472"/>
        <source>Invented example data: check every detail, then untick “Example” when editing.</source>
        <translation>Вигадані дані для прикладу: перевірте кожну деталь, а потім під час редагування зніміть позначку «Приклад».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="475"/>
        <source>Archived: not offered at the desk.</source>
        <translation>В архіві: не пропонується на прийомі.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="479"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="481"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="483"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="485"/>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="488"/>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="490"/>
        <source>What to bring</source>
        <translation>Що взяти з собою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="492"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="494"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="548"/>
        <location filename="../welcome_point/ui/directory_page.py" line="575"/>
        <source>Directory</source>
        <translation>Довідник</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="566"/>
        <source>Archive organisation</source>
        <translation>Архівувати організацію</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="567"/>
        <source>Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. You can restore it later (tick “Show archived”).</source>
        <translation>Архівувати «%1»? Її більше не пропонуватимуть на прийомі; наявні направлення до неї збережуться. Пізніше її можна відновити (позначте «Показати архівні»).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="593"/>
        <source>Import partner organisations</source>
        <translation>Імпорт організацій-партнерів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="594"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="599"/>
        <source>Importing %1…</source>
        <translation>Імпортування %1…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="616"/>
        <location filename="../welcome_point/ui/directory_page.py" line="619"/>
        <location filename="../welcome_point/ui/directory_page.py" line="632"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="617"/>
        <source>The file holds no organisations; nothing was imported.</source>
        <translation>У файлі немає організацій; нічого не імпортовано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="620"/>
        <source>%n organisation(s) imported. Imported entries are not marked as examples; check them as you use them.</source>
        <translation>
            <numerusform>Імпортовано %n організацію. Імпортовані записи не позначено як приклади; перевіряйте їх під час роботи.</numerusform>
            <numerusform>Імпортовано %n організації. Імпортовані записи не позначено як приклади; перевіряйте їх під час роботи.</numerusform>
            <numerusform>Імпортовано %n організацій. Імпортовані записи не позначено як приклади; перевіряйте їх під час роботи.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="629"/>
        <source>%1

Nothing was imported.</source>
        <comment>%1: why the file was refused</comment>
        <translation>%1

Нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="630"/>
        <source>Import refused</source>
        <translation>Імпорт відхилено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="665"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Не вдалося записати файл.

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="638"/>
        <source>Export partner organisations</source>
        <translation>Експорт організацій-партнерів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="639"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="646"/>
        <source>Exporting…</source>
        <translation>Експортування…</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="655"/>
        <source>%n organisation(s) exported to %1.</source>
        <translation>
            <numerusform>Експортовано %n організацію до %1.</numerusform>
            <numerusform>Експортовано %n організації до %1.</numerusform>
            <numerusform>Експортовано %n організацій до %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="664"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
</context>
<context>
    <name>DirectoryProblems</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="60"/>
        <source>The name is missing.</source>
        <translation>Не вказано назву.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="61"/>
        <source>The category is missing.</source>
        <translation>Не вказано категорію.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="62"/>
        <source>“%1” is not a known category. Use a category code such as authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community or other.</source>
        <translation>«%1» — невідома категорія. Використовуйте код категорії, наприклад authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community або other.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="66"/>
        <source>“%1” is not a phone number: use digits, spaces and + / - ( ) only, at least 5 digits.</source>
        <translation>«%1» — не номер телефону: використовуйте лише цифри, пробіли та + / - ( ), щонайменше 5 цифр.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="69"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адреса електронної пошти.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="70"/>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation>«%1» — не вебадреса: вона має починатися з http:// або https://.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="72"/>
        <source>“%1” is not a known topic. Separate topic codes with | (for example residence|housing).</source>
        <translation>«%1» — невідома тема. Розділяйте коди тем символом | (наприклад, residence|housing).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="75"/>
        <source>“%1” is not a known language. Separate language codes with | (for example de|en|ar).</source>
        <translation>«%1» — невідома мова. Розділяйте коди мов символом | (наприклад, de|en|ar).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="78"/>
        <source>The text is longer than %1 characters.</source>
        <translation>Текст довший за %1 символів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="80"/>
        <source>The text contains an invisible control character.</source>
        <translation>Текст містить невидимий керівний символ.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="82"/>
        <source>“%1” is neither yes nor no (leave the cell empty for no).</source>
        <translation>«%1» — ні yes, ні no (для no залиште клітинку порожньою).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="84"/>
        <source>The row has a different number of cells than the header line: a separator is missing or one too many.</source>
        <translation>У рядку інша кількість клітинок, ніж у рядку заголовків: бракує розділювача або є зайвий.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="87"/>
        <source>A value stands in a column without a heading.</source>
        <translation>Значення стоїть у стовпці без заголовка.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="89"/>
        <source>The header line has no column “%1”; it is required.</source>
        <translation>У рядку заголовків немає стовпця «%1»; він обов’язковий.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="91"/>
        <source>The column “%1” is not known. Known columns: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</source>
        <translation>Стовпець «%1» невідомий. Відомі стовпці: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="94"/>
        <source>The column “%1” appears twice.</source>
        <translation>Стовпець «%1» трапляється двічі.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="96"/>
        <source>The same organisation (name and address) is already on line %1.</source>
        <translation>Та сама організація (назва й адреса) вже є в рядку %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="98"/>
        <source>“%1” with this address is already in the directory.</source>
        <translation>«%1» з цією адресою вже є в довіднику.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="100"/>
        <source>The row is not valid: %1</source>
        <translation>Рядок недійсний: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="109"/>
        <source>The file is larger than 2 MB; a directory file is much smaller. Is it the right file?</source>
        <translation>Файл більший за 2 МБ, а файл довідника значно менший. Чи це правильний файл?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="112"/>
        <source>The file has more than 5,000 rows; a directory file has far fewer. Is it the right file?</source>
        <translation>Файл має понад 5 000 рядків, а у файлі довідника їх значно менше. Чи це правильний файл?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="115"/>
        <source>Line %1 is not UTF-8 text. In your spreadsheet program, save the file as “CSV UTF-8” and import it again.</source>
        <translation>Рядок %1 не є текстом у кодуванні UTF-8. У програмі електронних таблиць збережіть файл у форматі «CSV UTF-8» та імпортуйте його знову.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="118"/>
        <source>The file is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>Файл збережено в кодуванні UTF-16 («Текст у Юнікоді»). Збережіть його у форматі «CSV UTF-8» та імпортуйте знову.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="121"/>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="122"/>
        <source>Line %1 cannot be read as CSV (check the quotation marks).</source>
        <translation>Рядок %1 не вдається прочитати як CSV (перевірте лапки).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="128"/>
        <source>The file cannot be read.</source>
        <translation>Не вдається прочитати файл.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="28"/>
        <source>Erase a record</source>
        <translation>Стерти запис</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="32"/>
        <source>%1 will be erased for good: the record and everything that names it. Visits and hours stay only as anonymous counts. A backup is taken first; this cannot be undone in the app.</source>
        <translation>Буде остаточно стерто: %1 — запис і все, де його згадано. Відвідування та години залишаться лише як анонімні кількісні дані. Спочатку буде створено резервну копію; у застосунку цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="36"/>
        <source>Type %1 again to confirm:</source>
        <translation>Щоб підтвердити, введіть %1 ще раз:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="40"/>
        <source>Confirmation</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="43"/>
        <source>&amp;Erase</source>
        <translation>&amp;Стерти</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="22"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>Цю базу даних записала новіша версія Welcome Point Desk. Встановіть, будь ласка, цю версію; базу даних не змінено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="26"/>
        <source>Welcome Point Desk is already open on this data folder. Use that window, or close it first.</source>
        <translation>Welcome Point Desk уже відкрито для цієї теки даних. Скористайтеся тим вікном або спершу закрийте його.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>The database file is damaged. It was moved aside, nothing was deleted; restore the newest backup (Data &amp; privacy page, or: welcome-point restore FILE).</source>
        <translation>Файл бази даних пошкоджено. Його відкладено вбік, нічого не видалено; відновіть найновішу резервну копію (сторінка «Дані та конфіденційність» або: welcome-point restore FILE).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="34"/>
        <source>Your account may not do this; nothing was read or changed. Ask an administrator.</source>
        <translation>Вашому обліковому запису це не дозволено; нічого не прочитано й не змінено. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="37"/>
        <source>The data folder cannot be used.</source>
        <translation>Папку даних не можна використати.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="39"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>Базу даних не можна використати. Закрийте інші програми, які її використовують, або відновіть резервну копію.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="43"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>Дію не вдалося завершити; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="46"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>Сталася неочікувана помилка; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Staffing</source>
        <translation>Укомплектованість</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="438"/>
        <source>Missing languages</source>
        <translation>Бракує мов</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="466"/>
        <source>%1 – understaffed</source>
        <translation>%1 — бракує людей</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="683"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="688"/>
        <source>History of the shift</source>
        <translation>Історія зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="699"/>
        <source>Nobody has been assigned to this shift yet.</source>
        <translation>На цю зміну ще нікого не призначено.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="191"/>
        <source>Import refused</source>
        <translation>Імпорт відхилено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="195"/>
        <source>Nothing was imported: the header line of the file has problems. Correct them and import the file again.</source>
        <translation>Нічого не імпортовано: у рядку заголовків файлу є помилки. Виправте їх та імпортуйте файл знову.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="198"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the file (or delete those rows) and import it again.</source>
        <translation>Нічого не імпортовано: у %1 з %2 рядків є помилки. Виправте їх у файлі (або видаліть ці рядки) та імпортуйте його знову.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="230"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Копіювати список</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="154"/>
        <source>Type a language…</source>
        <translation>Введіть мову…</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="176"/>
        <source>Wanted languages</source>
        <translation>Потрібні мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="197"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="198"/>
        <source>No language wanted</source>
        <translation>Потрібних мов немає</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="168"/>
        <source>&amp;Add language</source>
        <translation>&amp;Додати мову</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="169"/>
        <source>Another language this volunteer speaks (Alt+A)</source>
        <translation>Ще одна мова, якою володіє цей волонтер (Alt+Д)</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="117"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="120"/>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="124"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="125"/>
        <source>Remove this language</source>
        <translation>Вилучити цю мову</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="432"/>
        <source>Deactivate volunteer</source>
        <translation>Деактивувати волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="434"/>
        <source>Deactivate “%1”? They are no longer offered for shifts and at the desk; their past shifts and hours are kept. You can reactivate them later (tick “Show inactive”).</source>
        <translation>Деактивувати «%1»? Цього волонтера більше не пропонуватимуть для змін і на прийомі; попередні зміни та години збережуться. Пізніше його можна знову активувати (позначте «Показати неактивних»).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="438"/>
        <source>Left on</source>
        <translation>Дата виходу</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="440"/>
        <source>&amp;Left on:</source>
        <translation>Дата &amp;виходу:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="447"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивувати</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="406"/>
        <source>Welcome Point Desk</source>
        <translation>Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="417"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="87"/>
        <source>Welcome Point Desk</source>
        <translation>Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="94"/>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="132"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="136"/>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="137"/>
        <source>Lock the app (Ctrl+L): the next person signs in.</source>
        <translation>Заблокувати застосунок (Ctrl+L): далі входить наступна людина.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="168"/>
        <source>Desk</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="169"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="170"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="171"/>
        <source>Directory</source>
        <translation>Довідник</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="172"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="173"/>
        <source>Shifts</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="175"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="176"/>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="177"/>
        <source>Data &amp; privacy</source>
        <translation>Дані та конфіденційність</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="275"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокувати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="278"/>
        <source>&amp;Switch user…</source>
        <translation>Змінити &amp;користувача…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation>Змінити мій &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="283"/>
        <source>Set my P&amp;IN…</source>
        <translation>Встановити мій P&amp;IN-код…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="285"/>
        <source>My &amp;shift today…</source>
        <translation>Моя &amp;зміна сьогодні…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="287"/>
        <source>Print &amp;roster…</source>
        <translation>Друк &amp;графіка змін…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="313"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>Вікно буде перебудовано вибраною мовою.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="318"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;Про Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="321"/>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="355"/>
        <source>No Welcome Point set up yet</source>
        <translation>Welcome Point ще не налаштовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="359"/>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="373"/>
        <source>The database could not be opened.</source>
        <translation>Не вдалося відкрити базу даних.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="376"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="433"/>
        <source>%1 (%2)</source>
        <comment>username (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="475"/>
        <location filename="../welcome_point/ui/main_window.py" line="595"/>
        <source>Visit not saved</source>
        <translation>Відвідування не збережено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="476"/>
        <source>The visit in the form is not saved yet; locking the app loses it. Lock anyway?</source>
        <translation>Відвідування у формі ще не збережено; якщо заблокувати застосунок, його буде втрачено. Все одно заблокувати?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="555"/>
        <source>Change my password</source>
        <translation>Зміна пароля</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="565"/>
        <source>My PIN for the quick switch</source>
        <translation>Мій PIN-код для швидкого перемикання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="596"/>
        <source>The visit in the form is not saved yet. Close anyway? (A person called from the queue keeps their place.)</source>
        <translation>Відвідування у формі ще не збережено. Все одно закрити? (Людина, викликана з черги, зберігає своє місце.)</translation>
    </message>
</context>
<context>
    <name>MyShiftDialog</name>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="50"/>
        <source>My shift today</source>
        <translation>Моя зміна сьогодні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="52"/>
        <source>My shifts today</source>
        <translation>Мої зміни сьогодні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="54"/>
        <source>You have no shift today.</source>
        <translation>Сьогодні у вас немає зміни.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="57"/>
        <source>Check &amp;in</source>
        <translation>Відмітити &amp;прихід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="60"/>
        <source>Check &amp;out</source>
        <translation>Відмітити &amp;відхід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="93"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="96"/>
        <source>checked out at %1</source>
        <translation>відхід о %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="98"/>
        <source>checked in at %1</source>
        <translation>прихід о %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="101"/>
        <source>%1 · %2 · %3</source>
        <comment>time span · shift role · state</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="140"/>
        <source>Checked in. Thank you for coming!</source>
        <translation>Прихід відмічено. Дякуємо, що прийшли!</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="152"/>
        <source>Checked out. Thank you!</source>
        <translation>Відхід відмічено. Дякуємо!</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="157"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Скасувати (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="158"/>
        <source>Print referral slip</source>
        <translation>Друк направлення</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="166"/>
        <source>New partner organisation</source>
        <translation>Нова організація-партнер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="167"/>
        <source>Edit partner organisation</source>
        <translation>Редагування організації-партнера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="180"/>
        <source>Choose a category</source>
        <translation>Виберіть категорію</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="182"/>
        <source>Street and number, postcode and town</source>
        <translation>Вулиця й номер будинку, поштовий індекс і місто</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="186"/>
        <source>e.g. Mon–Fri 9–12</source>
        <translation>напр. Пн–Пт 9–12</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="195"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="197"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="198"/>
        <source>Example data – not yet checked (untick once you have checked the details)</source>
        <translation>Дані для прикладу — ще не перевірені (зніміть позначку, коли перевірите відомості)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категорія:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;Website:</source>
        <translation>&amp;Вебсайт:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Години роботи:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>What to &amp;bring:</source>
        <translation>&amp;Що взяти з собою:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Теми:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Мови спілкування:</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="115"/>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="117"/>
        <source>Example – please check</source>
        <translation>Приклад — перевірте</translation>
    </message>
</context>
<context>
    <name>PartnerCountsModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="193"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="195"/>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="135"/>
        <source>Current password</source>
        <translation>Поточний пароль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="136"/>
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="137"/>
        <source>New password again</source>
        <translation>Новий пароль ще раз</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="143"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Поточний пароль:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="145"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="147"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овторіть:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>At least 8 characters.</source>
        <translation>Щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Weak: longer is better.</source>
        <translation>Слабкий: що довший, то краще.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Fair.</source>
        <translation>Середній.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="163"/>
        <source>Strong.</source>
        <translation>Надійний.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="168"/>
        <source>Enter your current password.</source>
        <translation>Введіть поточний пароль.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="172"/>
        <source>The password needs at least 8 characters.</source>
        <translation>Пароль має містити щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="176"/>
        <source>The two passwords differ. Type the new password again.</source>
        <translation>Паролі не збігаються. Введіть новий пароль ще раз.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="189"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="190"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="191"/>
        <source>PIN again</source>
        <translation>PIN-код ще раз</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="192"/>
        <source>No PIN (sign in with the password only)</source>
        <translation>Без PIN-коду (вхід лише за паролем)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="194"/>
        <source>A PIN has 6 to 12 digits. It serves the quick switch at the desk.</source>
        <translation>PIN-код має від 6 до 12 цифр. Він потрібен для швидкого перемикання користувачів на прийомі.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="200"/>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="201"/>
        <source>&amp;PIN:</source>
        <translation>P&amp;IN-код:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овторіть:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="223"/>
        <source>Enter your password to confirm.</source>
        <translation>Введіть свій пароль для підтвердження.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="229"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN-код має містити щонайменше 6 цифр.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="233"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>PIN-коди не збігаються. Введіть PIN-код ще раз.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Hours certificate</source>
        <translation>Довідка про години</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Certificate for the year:</source>
        <translation>Довідка за рік:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="230"/>
        <location filename="../welcome_point/ui/printing.py" line="259"/>
        <source>Shifts as calendar</source>
        <translation>Зміни як календар</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="231"/>
        <source>Calendar files (*.ics)</source>
        <translation>Файли календаря (*.ics)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="260"/>
        <source>The calendar file was written:
%1</source>
        <translation>Файл календаря збережено:
%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="268"/>
        <location filename="../welcome_point/ui/printing.py" line="275"/>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="276"/>
        <source>The PDF was written but no viewer could open it. Open it yourself from:
%1</source>
        <translation>PDF-файл створено, але жодна програма перегляду не змогла його відкрити. Відкрийте його самостійно звідси:
%1</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="47"/>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="48"/>
        <source>Where to go</source>
        <translation>Куди йти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="49"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="50"/>
        <location filename="../welcome_point/ui/printing.py" line="59"/>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="51"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="52"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="53"/>
        <source>Please bring</source>
        <translation>Візьміть із собою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="54"/>
        <source>Issued by</source>
        <translation>Видав</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="55"/>
        <source>Scan for the address</source>
        <translation>Відскануйте, щоб побачити адресу</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="58"/>
        <source>Please bring this card to your next visit.</source>
        <translation>Будь ласка, візьміть цю картку, коли прийдете наступного разу.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="283"/>
        <source>Roster</source>
        <translation>Графік змін</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="284"/>
        <source>Missing:</source>
        <translation>Бракує:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="285"/>
        <source>nobody yet</source>
        <translation>поки нікого</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="286"/>
        <source>no shift</source>
        <translation>змін немає</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="287"/>
        <source>Week {week}</source>
        <translation>Тиждень {week}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="288"/>
        <source>Printed on {date}</source>
        <translation>Надруковано {date}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="289"/>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="290"/>
        <source>Internal – contains phone numbers, do not post</source>
        <translation>Для внутрішнього користування — містить номери телефонів, не вивішувати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="291"/>
        <source>Week {week}, {first} – {last}</source>
        <translation>Тиждень {week}, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="292"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="295"/>
        <source>Volunteer certificate</source>
        <translation>Довідка про волонтерську діяльність</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="296"/>
        <source>We hereby confirm the voluntary work of</source>
        <translation>Цим підтверджуємо волонтерську діяльність особи:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="297"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="298"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="299"/>
        <source>Shifts</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="300"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="301"/>
        <source>For {count} shifts no arrival or departure time was recorded; the planned times are counted.</source>
        <translation>Змін без записаного часу приходу чи відходу: {count}; для них враховано запланований час.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="304"/>
        <source>Activities</source>
        <translation>Види діяльності</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="305"/>
        <source>NRW volunteer card (Ehrenamtskarte)</source>
        <translation>Волонтерська картка NRW (Ehrenamtskarte)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="306"/>
        <source>We thank them for their commitment and their reliable support of our visitors.</source>
        <translation>Дякуємо за відданість справі та надійну підтримку наших відвідувачів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="308"/>
        <source>Place, date</source>
        <translation>Місце, дата</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="309"/>
        <source>Signature, stamp</source>
        <translation>Підпис, печатка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="310"/>
        <source>Verification code</source>
        <translation>Код перевірки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="311"/>
        <source>The Welcome Point confirms this certificate on request when given the verification code.</source>
        <translation>Welcome Point підтвердить цю довідку на запит, якщо назвати код перевірки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="315"/>
        <source>requirement met (at least {year} hours a year or {week} hours a week)</source>
        <translation>вимогу виконано (щонайменше {year} год на рік або {week} год на тиждень)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="317"/>
        <source>requirement not met (at least {year} hours a year or {week} hours a week)</source>
        <translation>вимогу не виконано (щонайменше {year} год на рік або {week} год на тиждень)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="319"/>
        <source>{role} at {site}</source>
        <translation>{role} — {site}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="251"/>
        <source>Card code (pseudonym on the visitor&apos;s card)</source>
        <translation>Код картки (псевдонім на картці відвідувача)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="252"/>
        <source>Day of the first visit</source>
        <translation>День першого відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="253"/>
        <source>Age band</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="254"/>
        <source>Gender (optional)</source>
        <translation>Стать (необов’язково)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="255"/>
        <source>Preferred language</source>
        <translation>Бажана мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="256"/>
        <source>Coarse region of origin (optional)</source>
        <translation>Приблизний регіон походження (необов’язково)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="257"/>
        <source>Link of a visit to the visitor&apos;s card</source>
        <translation>Зв’язок відвідування з карткою відвідувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="258"/>
        <source>Time of arrival</source>
        <translation>Час прибуття</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="259"/>
        <source>Start of the conversation</source>
        <translation>Початок розмови</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="260"/>
        <source>End of the conversation</source>
        <translation>Кінець розмови</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="261"/>
        <source>Number of people in the group</source>
        <translation>Кількість людей у групі</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="262"/>
        <source>Language of the conversation</source>
        <translation>Мова розмови</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="263"/>
        <source>Whether an interpreter was needed</source>
        <translation>Чи був потрібен перекладач</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="264"/>
        <source>Outcome of the visit</source>
        <translation>Результат відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="265"/>
        <source>Topics of the visit (e.g. housing, health)</source>
        <translation>Теми відвідування (напр. житло, здоров’я)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="266"/>
        <source>Partner organisation referred to</source>
        <translation>Організація-партнер, до якої направлено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="267"/>
        <source>Topic of the referral</source>
        <translation>Тема направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="268"/>
        <source>Status of the referral</source>
        <translation>Статус направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="269"/>
        <source>Follow-up date</source>
        <translation>Дата перевірки</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="270"/>
        <source>Time of the referral</source>
        <translation>Час направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="271"/>
        <source>Time of the last status change</source>
        <translation>Час останньої зміни статусу</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="272"/>
        <source>Time of arrival in the waiting queue</source>
        <translation>Час прибуття в чергу</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="273"/>
        <source>Language asked for in the queue</source>
        <translation>Мова, потрібна людині в черзі</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="274"/>
        <source>Card code of a person waiting</source>
        <translation>Код картки людини, яка чекає</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="275"/>
        <source>Time the person was called</source>
        <translation>Час, коли людину викликали</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="276"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="277"/>
        <source>Phone number (with consent)</source>
        <translation>Номер телефону (за згодою)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="278"/>
        <source>E-mail address (with consent)</source>
        <translation>Адреса ел. пошти (за згодою)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="279"/>
        <source>Day of joining</source>
        <translation>День приєднання</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="280"/>
        <source>Day of leaving</source>
        <translation>День виходу</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="281"/>
        <source>Day of the consent to store contact data</source>
        <translation>День надання згоди на зберігання контактних даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="282"/>
        <source>Whether the volunteer is active</source>
        <translation>Чи активний волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="283"/>
        <source>Languages spoken</source>
        <translation>Мови спілкування</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="284"/>
        <source>Level of each language</source>
        <translation>Рівень володіння кожною мовою</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="285"/>
        <source>Roles (desk, interpreter, coordinator)</source>
        <translation>Ролі (прийом, перекладач, координатор)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="286"/>
        <source>Shifts a volunteer is assigned to</source>
        <translation>Зміни, на які призначено волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="287"/>
        <source>Attendance status of a shift</source>
        <translation>Статус присутності на зміні</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="288"/>
        <source>Check-in time</source>
        <translation>Час приходу</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="289"/>
        <source>Check-out time</source>
        <translation>Час відходу</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="290"/>
        <source>History of shift changes (who)</source>
        <translation>Історія змін призначень на зміни (хто)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="291"/>
        <source>Swaps: the other volunteer</source>
        <translation>Заміни: інший волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="292"/>
        <source>Time of a shift change</source>
        <translation>Час зміни призначення</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="293"/>
        <source>Kind of shift change</source>
        <translation>Вид зміни призначення</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="294"/>
        <source>Volunteers present at a visit</source>
        <translation>Волонтери, присутні під час відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="295"/>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="296"/>
        <source>Role of the account</source>
        <translation>Роль облікового запису</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="297"/>
        <source>Password hash (argon2id)</source>
        <translation>Хеш пароля (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="298"/>
        <source>PIN hash (argon2id)</source>
        <translation>Хеш PIN-коду (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="299"/>
        <source>Link of the account to a volunteer</source>
        <translation>Зв’язок облікового запису з волонтером</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="300"/>
        <source>Whether the account may sign in</source>
        <translation>Чи дозволено вхід з облікового запису</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="301"/>
        <source>Time the account was created</source>
        <translation>Час створення облікового запису</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="302"/>
        <source>Failed sign-ins in a row</source>
        <translation>Невдалі спроби входу поспіль</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="303"/>
        <source>Sign-in delay after failures</source>
        <translation>Затримка входу після невдалих спроб</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="304"/>
        <source>Account that acted</source>
        <translation>Обліковий запис, з якого виконано дію</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="305"/>
        <source>Time of the action</source>
        <translation>Час дії</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="306"/>
        <source>Kind of action (sign-in, export, erasure, ...)</source>
        <translation>Вид дії (вхід, експорт, стирання, ...)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="307"/>
        <source>Kind of object acted on</source>
        <translation>Вид об’єкта дії</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="308"/>
        <source>Id of the object acted on</source>
        <translation>ID об’єкта дії</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="338"/>
        <source>Advice desk: visits and pseudonymous visitors</source>
        <translation>Консультаційний прийом: відвідування та відвідувачі під псевдонімом</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="340"/>
        <source>Advising newcomers, referring them to partner organisations, following up referrals and recognising returning visitors by their card, without their names.</source>
        <translation>Консультування новоприбулих, направлення їх до організацій-партнерів, перевірка направлень і впізнавання повторних відвідувачів за карткою, без їхніх імен.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="343"/>
        <source>Visitors of the Welcome Point (newcomers, with their families)</source>
        <translation>Відвідувачі Welcome Point (новоприбулі разом із сім’ями)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="347"/>
        <source>Staff and volunteers of the Welcome Point, each as far as their role needs</source>
        <translation>Персонал і волонтери Welcome Point — кожен у межах, потрібних для його ролі</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="349"/>
        <source>Referral slips go to the visitor, who decides whether to show them; nothing is sent to partner organisations</source>
        <translation>Бланки направлень отримує відвідувач, який сам вирішує, чи їх показувати; організаціям-партнерам нічого не надсилається</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="353"/>
        <source>A visitor&apos;s record and card code are erased {months} months after their last visit; their visits remain only as anonymous visits.</source>
        <translation>Запис відвідувача та код картки стираються через {months} міс. після останнього відвідування; відвідування залишаються лише як анонімні.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="356"/>
        <source>No names: a random card code with a check character, coarse age band and region</source>
        <translation>Без імен: випадковий код картки з контрольним символом, приблизна вікова група та регіон</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="361"/>
        <source>Volunteer management and shift planning</source>
        <translation>Управління волонтерами та планування змін</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="363"/>
        <source>Planning shifts by language and role, contacting volunteers, recording attendance and issuing certificates of voluntary work.</source>
        <translation>Планування змін за мовами й ролями, зв’язок із волонтерами, облік присутності та видача довідок про волонтерську діяльність.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="366"/>
        <source>Volunteers of the Welcome Point</source>
        <translation>Волонтери Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="370"/>
        <source>Coordinators and staff of the Welcome Point</source>
        <translation>Координатори й персонал Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="372"/>
        <source>Certificates and rosters go to the volunteers themselves</source>
        <translation>Довідки та графіки змін отримують самі волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="375"/>
        <source>A volunteer&apos;s record is erased {months} months after they left; their hours remain only in anonymous totals.</source>
        <translation>Запис волонтера стирається через {months} міс. після виходу з команди; години залишаються лише в анонімних підсумках.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="378"/>
        <source>Phone and e-mail are stored only with a recorded consent date</source>
        <translation>Телефон і ел. пошта зберігаються лише із записаною датою згоди</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="383"/>
        <source>User accounts and audit log</source>
        <translation>Облікові записи користувачів і журнал аудиту</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="384"/>
        <source>Signing in with a role, and accountability for sign-ins, exports, deletions, erasures, restores and changed settings.</source>
        <translation>Вхід відповідно до ролі та підзвітність щодо входів, експортів, видалень, стирань, відновлень і змін налаштувань.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="387"/>
        <source>Users of the program (staff, coordinators, volunteers at the desk)</source>
        <translation>Користувачі програми (персонал, координатори, волонтери на прийомі)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="390"/>
        <source>Administrators of the Welcome Point</source>
        <translation>Адміністратори Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="392"/>
        <source>An account is deleted by an administrator, or with the erasure of the volunteer it belongs to. The audit log keeps only account ids and action codes.</source>
        <translation>Обліковий запис видаляє адміністратор, або його стирають разом із даними волонтера, якому він належить. Журнал аудиту зберігає лише ID облікових записів і коди дій.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="395"/>
        <source>The audit log is append-only and hash-chained; it holds ids, never names</source>
        <translation>Журнал аудиту лише доповнюється і захищений ланцюжком хешів; він містить ID, але ніколи не імена</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="400"/>
        <source>Anonymous monthly reports</source>
        <translation>Анонімні місячні звіти</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="401"/>
        <source>Reporting the work of the Welcome Point to its funders and the city.</source>
        <translation>Звітування про роботу Welcome Point перед донорами та містом.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="403"/>
        <source>None: reports hold counts only</source>
        <translation>Немає: звіти містять лише кількісні дані</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="406"/>
        <source>Funders, the city and the coordinating office</source>
        <translation>Донори, місто та координаційний офіс</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="408"/>
        <source>Reports are anonymous and are kept as long as they are needed.</source>
        <translation>Звіти анонімні й зберігаються стільки, скільки вони потрібні.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="410"/>
        <source>Counts below {k} are suppressed, with complementary suppression so that they cannot be recomputed from totals</source>
        <translation>Значення, менші за {k}, приховуються, а також додатково приховуються інші, щоб їх не можна було обчислити з підсумків</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="414"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept, also in a second folder; erased records leave the backups as the copies rotate out</source>
        <translation>Перевірені резервні копії (SQLite backup API, перевірка цілісності) кожні 30 хвилин, якщо дані змінилися, і перед застосуванням строків зберігання; зберігаються 12 останніх, 10 щоденних і 9 щомісячних копій, також у другій папці; стерті записи зникають із резервних копій у міру заміни старих копій новими</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="418"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept; erased records leave the backups as the copies rotate out</source>
        <translation>Перевірені резервні копії (SQLite backup API, перевірка цілісності) кожні 30 хвилин, якщо дані змінилися, і перед застосуванням строків зберігання; зберігаються 12 останніх, 10 щоденних і 9 щомісячних копій; стерті записи зникають із резервних копій у міру заміни старих копій новими</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="423"/>
        <source>Passwords and PINs are stored only as argon2id hashes; sign-ins are delayed after repeated failures</source>
        <translation>Паролі та PIN-коди зберігаються лише як хеші argon2id; після повторних невдалих спроб вхід затримується</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="426"/>
        <source>Four roles (volunteer, coordinator, staff, administrator), checked by the program for every operation</source>
        <translation>Чотири ролі (волонтер, координатор, персонал, адміністратор), які програма перевіряє для кожної операції</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="429"/>
        <source>The screen locks after {minutes} minutes without input and hides all personal data</source>
        <translation>Екран блокується після {minutes} хв бездіяльності й приховує всі персональні дані</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="432"/>
        <source>Audit log of sign-ins, exports, deletions, erasures, restores and settings changes, append-only and hash-chained</source>
        <translation>Журнал аудиту входів, експортів, видалень, стирань, відновлень і змін налаштувань, який лише доповнюється і захищений ланцюжком хешів</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="435"/>
        <source>Deleted records are overwritten in the database file (SQLite secure_delete)</source>
        <translation>Видалені записи перезаписуються у файлі бази даних (SQLite secure_delete)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="438"/>
        <source>Retention periods are applied automatically at every start and daily</source>
        <translation>Строки зберігання застосовуються автоматично під час кожного запуску та щодня</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="440"/>
        <source>Reports suppress counts below k = {k}</source>
        <translation>У звітах значення нижче k = {k} приховуються</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="442"/>
        <source>The data folder is readable by its user only; log files hold no personal data</source>
        <translation>Папку даних може читати лише її користувач; файли журналів не містять персональних даних</translation>
    </message>
</context>
<context>
    <name>PrivacyCommon</name>
    <message>
        <location filename="../welcome_point/ui/privacy_common.py" line="63"/>
        <source>Your account may not do this; nothing was read or changed.</source>
        <translation>Ваш обліковий запис не має на це права; нічого не прочитано й не змінено.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>Дані та конфіденційність</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="50"/>
        <source>&amp;Audit log</source>
        <translation>Журнал &amp;аудиту</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="51"/>
        <source>R&amp;etention</source>
        <translation>Строки &amp;зберігання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="52"/>
        <source>Access and era&amp;sure</source>
        <translation>Доступ і &amp;стирання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="53"/>
        <source>&amp;Backups</source>
        <translation>&amp;Резервні копії</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordBox</name>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="54"/>
        <source>Record of processing (GDPR Art. 30)</source>
        <translation>Записи опрацювання даних (ст. 30 GDPR)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="58"/>
        <source>What personal data this program keeps, why, for whom and how long: generated from the database and the current settings, so it always matches what the program does.</source>
        <translation>Які персональні дані зберігає ця програма, навіщо, для кого й як довго: створюються з бази даних і поточних налаштувань, тому завжди відповідають тому, що робить програма.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="65"/>
        <source>Record of processing</source>
        <translation>Записи опрацювання даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="66"/>
        <source>The record is shown when the database is open.</source>
        <translation>Записи буде показано, коли базу даних відкрито.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="68"/>
        <source>Copy the record as text to the clipboard</source>
        <translation>Скопіювати записи як текст у буфер обміну</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="70"/>
        <source>Save as PDF or te&amp;xt…</source>
        <translation>Зберегти як PDF або &amp;текст…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="117"/>
        <location filename="../welcome_point/ui/privacy_processing.py" line="219"/>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Записи діяльності з опрацювання даних (ст. 30 GDPR)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="118"/>
        <source>Generated on %1 from the program&apos;s database and its current settings.</source>
        <translation>Створено %1 на основі бази даних програми та її поточних налаштувань.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="120"/>
        <source>Controller</source>
        <translation>Контролер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="124"/>
        <source>(the name of this Welcome Point is not set yet)</source>
        <translation>(назву цього Welcome Point ще не вказано)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="125"/>
        <source>(the address is not set yet; enter it under “This Welcome Point”)</source>
        <translation>(адресу ще не вказано; введіть її в розділі «Цей Welcome Point»)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="129"/>
        <source>Purpose:</source>
        <translation>Мета:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="130"/>
        <source>Data subjects:</source>
        <translation>Суб’єкти даних:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="132"/>
        <source>Categories of data:</source>
        <translation>Категорії даних:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="134"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="135"/>
        <source>Recipients:</source>
        <translation>Одержувачі:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="137"/>
        <source>Retention:</source>
        <translation>Строк зберігання:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="139"/>
        <source>Measures:</source>
        <translation>Заходи:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="141"/>
        <source>Technical and organisational measures</source>
        <translation>Технічні та організаційні заходи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="186"/>
        <source>Copied.</source>
        <translation>Скопійовано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="192"/>
        <source>Text file (*.txt)</source>
        <translation>Текстовий файл (*.txt)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="193"/>
        <source>record-of-processing.pdf</source>
        <translation>записи-опрацювання-даних.pdf</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="194"/>
        <source>Save the record of processing</source>
        <translation>Зберегти записи опрацювання даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="208"/>
        <source>The file could not be written: %1</source>
        <translation>Не вдалося записати файл: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="211"/>
        <source>Saved as %1.</source>
        <translation>Збережено як %1.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="60"/>
        <source>Language needed</source>
        <translation>Потрібна мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="62"/>
        <source>Card code (optional)</source>
        <translation>Код картки (необов’язково)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="64"/>
        <source>Arrival (F2)</source>
        <translation>Прибуття (F2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="68"/>
        <source>Waiting</source>
        <translation>Очікують</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="72"/>
        <source>Nobody is waiting. Press F2 when someone arrives.</source>
        <translation>Ніхто не чекає. Натисніть F2, коли хтось прийде.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="75"/>
        <source>Next (F3)</source>
        <translation>Наступний (F3)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="76"/>
        <source>Left without visit</source>
        <translation>Пішов без прийому</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="82"/>
        <source>At the desk</source>
        <translation>На прийомі</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="86"/>
        <source>Language needed:</source>
        <translation>Потрібна мова:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="97"/>
        <source>At the desk:</source>
        <translation>На прийомі:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="105"/>
        <source>language not known</source>
        <translation>мова невідома</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="106"/>
        <source>%1 · waiting %2 min</source>
        <translation>%1 · чекає %2 хв</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="109"/>
        <source>card</source>
        <translation>картка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="117"/>
        <source>Queue: %1 waiting</source>
        <translation>У черзі: %1</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Follow-up</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Referred on</source>
        <translation>Дата направлення</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/referrals_page.py" line="132"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Прострочено на %n день</numerusform>
            <numerusform>Прострочено на %n дні</numerusform>
            <numerusform>Прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="136"/>
        <source>Status changed on %1</source>
        <translation>Статус змінено %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="160"/>
        <source>%1 – overdue</source>
        <translation>%1 — прострочено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="163"/>
        <source>%1 on %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="247"/>
        <source>Follow-ups</source>
        <translation>Перевірки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="248"/>
        <source>Per partner</source>
        <translation>За партнерами</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="271"/>
        <source>To do: open and followed up</source>
        <translation>До виконання: відкриті й перевірені</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="272"/>
        <source>Overdue only</source>
        <translation>Лише прострочені</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="275"/>
        <source>Completed in the last %1 days</source>
        <translation>Завершені за останні %1 днів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="276"/>
        <source>Not reached in the last %1 days</source>
        <translation>Без зв’язку за останні %1 днів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="277"/>
        <source>All (closed ones of the last %1 days)</source>
        <translation>Усі (закриті — за останні %1 днів)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="287"/>
        <source>Sho&amp;w:</source>
        <translation>По&amp;казати:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="290"/>
        <source>&amp;Partner:</source>
        <translation>П&amp;артнер:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="297"/>
        <location filename="../welcome_point/ui/referrals_page.py" line="628"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="326"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Скасувати (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="340"/>
        <source>Next follow-up on</source>
        <translation>Наступна перевірка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="341"/>
        <source>Followed &amp;up (F)</source>
        <translation>Пере&amp;вірено (F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="342"/>
        <source>The partner or the visitor was contacted; the next follow-up is on the date chosen beside it.</source>
        <translation>З партнером або відвідувачем зв’язалися; наступна перевірка — у дату, вибрану поруч.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="343"/>
        <source>Set &amp;date (D)</source>
        <translation>Встановити да&amp;ту (D)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="344"/>
        <source>Move the next follow-up to the date chosen beside it, without changing the status.</source>
        <translation>Перенести наступну перевірку на дату, вибрану поруч, не змінюючи статусу.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="345"/>
        <source>&amp;Completed (C)</source>
        <translation>&amp;Завершено (C)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="346"/>
        <source>The visitor got the help they were referred for.</source>
        <translation>Відвідувач отримав допомогу, заради якої його направили.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="347"/>
        <source>Not &amp;reached (N)</source>
        <translation>&amp;Не вдалося зв’язатися (N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="348"/>
        <source>Neither the visitor nor the partner could be reached; nothing more to do.</source>
        <translation>Не вдалося зв’язатися ні з відвідувачем, ні з партнером; більше нічого робити не треба.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="349"/>
        <source>Print slip… (Ctrl+P)</source>
        <translation>Друк направлення… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="350"/>
        <source>A referral slip with the partner&apos;s address and what to bring, in two languages.</source>
        <translation>Бланк направлення з адресою партнера та переліком того, що взяти з собою, двома мовами.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="352"/>
        <source>Next follow-up &amp;on:</source>
        <translation>Наст&amp;упна перевірка:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 30 days</source>
        <translation>за останні 30 днів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 90 days</source>
        <translation>за останні 90 днів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>in the last 12 months</source>
        <translation>за останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>at any time</source>
        <translation>за весь час</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="379"/>
        <source>Referrals &amp;made:</source>
        <translation>Направлення в&amp;идано:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>Referrals per partner</source>
        <translation>Направлення за партнерами</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="397"/>
        <source>Enter or a double click on a partner lists its referrals under Follow-ups.</source>
        <translation>Enter або подвійне клацання на партнері показує його направлення на вкладці «Перевірки».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="441"/>
        <source>Shown: %1, overdue: %2</source>
        <translation>Показано: %1, прострочено: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="444"/>
        <source>No open referrals. Referrals are made at the desk when a visit is saved.</source>
        <translation>Відкритих направлень немає. Направлення створюються на прийомі, коли зберігається відвідування.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="445"/>
        <source>No referrals match this filter.</source>
        <translation>Жодне направлення не відповідає цьому фільтру.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="463"/>
        <source>All partners</source>
        <translation>Усі партнери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="480"/>
        <source>Referrals: %1, partners: %2</source>
        <translation>Направлень: %1, партнерів: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="566"/>
        <source>%1: marked “%2” on %3. Next follow-up on %4.</source>
        <translation>%1: позначено «%2» %3. Наступна перевірка — %4.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="569"/>
        <source>%1: marked “%2” on %3.</source>
        <translation>%1: позначено «%2» %3.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="573"/>
        <source>%1: next follow-up moved to %2.</source>
        <translation>%1: наступну перевірку перенесено на %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="575"/>
        <source>%1: next follow-up moved.</source>
        <translation>%1: наступну перевірку перенесено.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="35"/>
        <source>Monthly report</source>
        <translation>Місячний звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="36"/>
        <source>City report</source>
        <translation>Міський звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="37"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>January</source>
        <translation>Січень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>February</source>
        <translation>Лютий</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>March</source>
        <translation>Березень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>April</source>
        <translation>Квітень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>May</source>
        <translation>Травень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>June</source>
        <translation>Червень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>July</source>
        <translation>Липень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>August</source>
        <translation>Серпень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>September</source>
        <translation>Вересень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>October</source>
        <translation>Жовтень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>November</source>
        <translation>Листопад</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>December</source>
        <translation>Грудень</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="47"/>
        <source>1,234.5</source>
        <translation>1&#xa0;234,5</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="48"/>
        <source>Figures of {count} Welcome Points: {sites}</source>
        <translation>Дані Welcome Point (усього {count}): {sites}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="49"/>
        <source>Made on {date} · small counts hidden below k = {k}</source>
        <translation>Створено {date} · малі значення нижче k = {k} приховано</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="50"/>
        <source>Key figures</source>
        <translation>Основні показники</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="51"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="52"/>
        <source>Visitors (distinct cards)</source>
        <translation>Відвідувачі (різні картки)</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="53"/>
        <source>New visitors</source>
        <translation>Нові відвідувачі</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="54"/>
        <source>Anonymous visits</source>
        <translation>Анонімні відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="55"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="56"/>
        <source>Volunteer hours</source>
        <translation>Години волонтерів</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="57"/>
        <source>Active volunteers</source>
        <translation>Активні волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="58"/>
        <source>Shifts planned</source>
        <translation>Заплановані зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="59"/>
        <source>Shifts understaffed</source>
        <translation>Зміни з нестачею людей</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="60"/>
        <source>{site} had fewer than {visits} visits this month (twice k = {k}), so only the key figures are published: tables of so few visits could single people out.</source>
        <translation>У {site} цього місяця кількість відвідувань менша за {visits} (двічі k = {k}), тому публікуються лише основні показники: за таблицями з такої малої кількості відвідувань можна було б розпізнати окремих людей.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="63"/>
        <source>Visits by topic</source>
        <translation>Відвідування за темами</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="64"/>
        <source>Visits by language</source>
        <translation>Відвідування за мовами</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="65"/>
        <source>Visits by age band</source>
        <translation>Відвідування за віковими групами</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="66"/>
        <source>Visits by gender</source>
        <translation>Відвідування за статтю</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="67"/>
        <source>Visits by weekday</source>
        <translation>Відвідування за днями тижня</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="68"/>
        <source>Visits of new and returning visitors</source>
        <translation>Відвідування нових і повторних відвідувачів</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="70"/>
        <source>Referrals by kind of service and status</source>
        <translation>Направлення за типом служби та статусом</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="72"/>
        <source>Visits by language and age band</source>
        <translation>Відвідування за мовами та віковими групами</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="74"/>
        <source>Visits by topic and weekday</source>
        <translation>Відвідування за темами та днями тижня</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="75"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="76"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="77"/>
        <source>Age band</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="78"/>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="79"/>
        <source>Weekday</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="80"/>
        <source>Visitor</source>
        <translation>Відвідувач</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="81"/>
        <source>Kind of service</source>
        <translation>Тип служби</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="82"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="83"/>
        <source>Total: {total}</source>
        <translation>Усього: {total}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="84"/>
        <source>A visit about several topics counts once for each topic.</source>
        <translation>Відвідування з кількох тем враховується один раз для кожної теми.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="87"/>
        <source>&lt;{k}</source>
        <translation>&lt;{k}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="88"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="89"/>
        <source>{primary}: between 1 and {k_minus_1} · {complementary}: hidden so that a small count cannot be worked out</source>
        <translation>{primary}: від 1 до {k_minus_1} · {complementary}: приховано, щоб не можна було обчислити мале значення</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="92"/>
        <source>About these figures</source>
        <translation>Про ці дані</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="93"/>
        <source>Counts from 1 to {k_minus_1} are not published; they are shown as &quot;{primary}&quot; (k = {k}). A small group of people could be recognised by them.</source>
        <translation>Значення від 1 до {k_minus_1} не публікуються; їх позначено як «{primary}» (k = {k}). За ними можна було б розпізнати невелику групу людей.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="96"/>
        <source>Where a hidden count could be worked out from the other counts of its table, row or column and their total, more counts are hidden as well; they are shown as &quot;{complementary}&quot;. No hidden count can be calculated from the published figures.</source>
        <translation>Якщо приховане значення можна було б обчислити з інших значень його таблиці, рядка чи стовпця та їхньої суми, приховуються й додаткові значення; їх позначено як «{complementary}». Жодне приховане значення не можна обчислити з опублікованих даних.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="100"/>
        <source>Zeros are shown: a zero reveals nobody.</source>
        <translation>Нулі показано: нуль нікого не розкриває.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="101"/>
        <source>A month with fewer than {visits} visits (twice k) publishes only the key figures.</source>
        <translation>Якщо за місяць відвідувань менше за {visits} (двічі k), публікуються лише основні показники.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="103"/>
        <source>Topics are counted once per visit and topic: a visit about housing and health counts under both, so the topics add up to more than the visits.</source>
        <translation>Теми враховуються один раз на кожне відвідування й тему: відвідування щодо житла та здоров’я враховується в обох темах, тому сума за темами більша за кількість відвідувань.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="106"/>
        <source>Visits count visits, not people. Distinct visitors count the pseudonymous visitor cards seen in the month; anonymous visits count among the visits only.</source>
        <translation>Рахуються відвідування, а не люди. Різні відвідувачі — це кількість псевдонімних карток відвідувачів, пред’явлених за місяць; анонімні відвідування враховуються лише серед відвідувань.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="109"/>
        <source>Volunteer figures are totals only; nothing is shown per person.</source>
        <translation>Дані про волонтерів — лише загальні суми; нічого не показано щодо окремих осіб.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="111"/>
        <source>This report adds up the reports of {count} Welcome Points. A sum with a hidden part is hidden, and the rules are applied again to the sums.</source>
        <translation>Цей звіт підсумовує звіти Welcome Point (усього {count}). Суму з прихованою складовою також приховано, а до сум правила застосовано повторно.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="114"/>
        <source>The same figures are in the CSV files and the JSON file (format welcome-point-monthly, version 1); SHA256SUMS lists a checksum of each file.</source>
        <translation>Ті самі дані містяться у файлах CSV і файлі JSON (формат welcome-point-monthly, версія 1); SHA256SUMS містить контрольну суму кожного файлу.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="117"/>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="118"/>
        <source>Welcome Point monthly report: {site}, {period}</source>
        <translation>Місячний звіт Welcome Point: {site}, {period}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="119"/>
        <source>Hello,

attached are the anonymised figures of {site} for {period}: a PDF to read, CSV files for spreadsheets and a JSON file for the city&apos;s records. The files hold counts only, no names or contact details; counts below {k} are hidden.

Best regards</source>
        <translation>Добрий день!

У вкладенні — анонімізовані дані {site} (період: {period}): PDF для читання, файли CSV для електронних таблиць і файл JSON для документації міста. Файли містять лише кількісні дані, без імен і контактних даних; значення, менші за {k}, приховано.

З повагою</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="167"/>
        <source>Monthly report</source>
        <translation>Місячний звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="169"/>
        <source>Anonymised figures of a month for the city and the partner cities. What you see here is exactly what is exported.</source>
        <translation>Анонімізовані дані за місяць для міста та міст-партнерів. Тут показано саме те, що буде експортовано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="177"/>
        <source>Counting the month</source>
        <translation>Підрахунок даних за місяць</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="188"/>
        <source>Previous month (Page Up, Alt+Left)</source>
        <translation>Попередній місяць (Page Up, Alt+Left)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="190"/>
        <source>Next month (Page Down, Alt+Right)</source>
        <translation>Наступний місяць (Page Down, Alt+Right)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="196"/>
        <source>Month of the report</source>
        <translation>Місяць звіту</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="199"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="204"/>
        <source>Language of the PDF</source>
        <translation>Мова PDF</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="209"/>
        <source>Counts from 1 to k − 1 are hidden (shown as “&lt;k”), and as many others as it takes that none of them can be worked out from the totals. A month with fewer than 2 × k visits publishes its key figures only. k is set on the Settings page.</source>
        <translation>Значення від 1 до k − 1 приховано (показано як «&lt;k»), а також стільки інших, скільки потрібно, щоб жодне з них не можна було обчислити з підсумків. Якщо за місяць відвідувань менше за 2 × k, публікуються лише основні показники. k задається на сторінці «Налаштування».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="214"/>
        <source>&amp;Month:</source>
        <translation>Мі&amp;сяць:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="219"/>
        <source>&amp;Welcome Point:</source>
        <translation>&amp;Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="222"/>
        <source>PDF in:</source>
        <translation>PDF мовою:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="229"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="231"/>
        <source>Write the report to a USB stick or a folder (Ctrl+E)</source>
        <translation>Записати звіт на USB-накопичувач або в папку (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="232"/>
        <source>E-mail &amp;draft…</source>
        <translation>&amp;Чернетка листа…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="234"/>
        <source>Write the report and an e-mail with the files attached, and open it in the mail program</source>
        <translation>Записати звіт і лист із вкладеними файлами та відкрити лист у поштовій програмі</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="235"/>
        <source>Mer&amp;ge reports…</source>
        <translation>&amp;Об’єднати звіти…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="237"/>
        <source>Combine the JSON reports of several Welcome Points for one month into a city report</source>
        <translation>Об’єднати JSON-звіти кількох Welcome Point за один місяць у міський звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="243"/>
        <source>Files:</source>
        <translation>Файли:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="263"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Відкрити папку</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="272"/>
        <location filename="../welcome_point/ui/reports_page.py" line="273"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="327"/>
        <source>Key figures</source>
        <translation>Основні показники</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="357"/>
        <source>Tables</source>
        <translation>Таблиці</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="421"/>
        <location filename="../welcome_point/ui/reports_page.py" line="612"/>
        <source>All Welcome Points</source>
        <translation>Усі Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="504"/>
        <source>Counting the month…</source>
        <translation>Підрахунок даних за місяць…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="559"/>
        <source>The report could not be made</source>
        <translation>Не вдалося створити звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="571"/>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="572"/>
        <source>%1 – %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="583"/>
        <source>No visits were recorded in %1. Pick another month with the arrows, Page Up or Page Down.</source>
        <translation>%1: не записано жодного відвідування. Виберіть інший місяць стрілками або клавішами Page Up чи Page Down.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="618"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>База даних поки що порожня. Щоб ознайомитися з вигаданими даними, заповніть окрему папку демонстраційними даними, а потім відкрийте з нею програму:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="659"/>
        <source>Hidden so that a small number cannot be worked out from the totals</source>
        <translation>Приховано, щоб мале значення не можна було обчислити з підсумків</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="660"/>
        <source>Fewer than %1: hidden so that nobody can be singled out</source>
        <translation>Менше ніж %1: приховано, щоб нікого не можна було розпізнати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="709"/>
        <source>Total below %1: not published, every count is hidden.</source>
        <translation>Сума менша за %1: не публікується, усі значення приховано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="741"/>
        <source>%1 – %2 free</source>
        <translation>%1 — вільно %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="747"/>
        <source>Choose another folder…</source>
        <translation>Вибрати іншу папку…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="756"/>
        <source>Where to write the report</source>
        <translation>Куди записати звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="786"/>
        <source>Writing the report…</source>
        <translation>Записування звіту…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="796"/>
        <source>Reports to merge</source>
        <translation>Звіти для об’єднання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="797"/>
        <source>Monthly reports (*.json)</source>
        <translation>Місячні звіти (*.json)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="801"/>
        <source>Where to write the city report</source>
        <translation>Куди записати міський звіт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="807"/>
        <source>Merging the reports…</source>
        <translation>Об’єднання звітів…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="836"/>
        <source>The city report was written to %1</source>
        <translation>Міський звіт записано в папку %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="838"/>
        <source>The report was written to %1</source>
        <translation>Звіт записано в папку %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="842"/>
        <source>E-mail draft: %1</source>
        <translation>Чернетка листа: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="846"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="848"/>
        <location filename="../welcome_point/ui/reports_page.py" line="852"/>
        <source>E-mail draft</source>
        <translation>Чернетка листа</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="849"/>
        <source>The files were written, but the e-mail draft could not be:

%1</source>
        <translation>Файли записано, але чернетку листа записати не вдалося:

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="853"/>
        <source>The e-mail draft was written but no mail program could open it. Open it yourself from:
%1</source>
        <translation>Чернетку листа створено, але жодна поштова програма не змогла її відкрити. Відкрийте її самостійно звідси:
%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="864"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="867"/>
        <source>Files: %1</source>
        <translation>Файли: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="874"/>
        <source>The reports were not merged; no file was written.</source>
        <translation>Звіти не об’єднано; жодного файлу не записано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="876"/>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Merge reports</source>
        <translation>Об’єднання звітів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Export the report</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="880"/>
        <source>The files could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Не вдалося записати файли.

%1</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="52"/>
        <source>Records are kept only as long as they are needed. The app erases old records by itself at start and once a day; the anonymous counts in the reports stay.</source>
        <translation>Записи зберігаються лише стільки, скільки вони потрібні. Застосунок сам стирає старі записи під час запуску та раз на день; анонімні кількісні дані у звітах залишаються.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="57"/>
        <source>How long records are kept</source>
        <translation>Як довго зберігаються записи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="60"/>
        <source>Months without a visit before a visitor is erased</source>
        <translation>Місяців без відвідувань до стирання даних відвідувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="61"/>
        <location filename="../welcome_point/ui/privacy_retention.py" line="63"/>
        <source> months</source>
        <translation> міс.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="62"/>
        <source>Months after leaving before a volunteer is erased</source>
        <translation>Місяців після виходу до стирання даних волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="64"/>
        <source>Visitors with no visit for:</source>
        <translation>Відвідувачі без відвідувань протягом:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="66"/>
        <source>Volunteers who left, after:</source>
        <translation>Волонтери, які вибули, через:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="69"/>
        <source>Their card code and details are erased; their visits stay, without a link to the person.</source>
        <translation>Код картки та дані стираються; відвідування залишаються, але без зв’язку з людиною.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="71"/>
        <source>Name, contact data and languages are erased; their hours remain only in anonymous totals.</source>
        <translation>Ім’я, контактні дані та мови стираються; години залишаються лише в анонімних підсумках.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="72"/>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="81"/>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="85"/>
        <source>&amp;Run now…</source>
        <translation>&amp;Запустити зараз…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="87"/>
        <source>Erase now every record that is past its time (a backup is taken first)</source>
        <translation>Стерти зараз усі записи, строк зберігання яких минув (спочатку буде створено резервну копію)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="137"/>
        <source>Not run yet on this database.</source>
        <translation>Для цієї бази даних ще не запускалося.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="139"/>
        <source>Last run: %1.</source>
        <translation>Останній запуск: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="148"/>
        <source>Saved. The next run uses the new periods.</source>
        <translation>Збережено. Наступний запуск використає нові строки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="159"/>
        <source>Erase now every visitor with no visit for %1 months and every volunteer who left more than %2 months ago? A backup is taken first. This cannot be undone in the app.</source>
        <translation>Стерти зараз дані всіх відвідувачів, які не приходили %1 міс., і всіх волонтерів, які вибули понад %2 міс. тому? Спочатку буде створено резервну копію. У застосунку цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="168"/>
        <source>Run retention now</source>
        <translation>Застосувати строки зберігання зараз</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="175"/>
        <source>Erasing records past their time…</source>
        <translation>Стирання записів, строк зберігання яких минув…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="183"/>
        <source>Done: %1 visitors and %2 volunteers erased.</source>
        <translation>Готово: стерто дані відвідувачів: %1, волонтерів: %2.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="95"/>
        <source>Print roster</source>
        <translation>Друк графіка змін</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="97"/>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="98"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="102"/>
        <source>For the notice board: first names only, no phone numbers</source>
        <translation>Для дошки оголошень: лише імена, без номерів телефонів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="108"/>
        <source>Roster for a:</source>
        <translation>Графік на:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="109"/>
        <source>Containing the day:</source>
        <translation>Що містить день:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Language of the app</source>
        <translation>Мова застосунку</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Switch language</source>
        <translation>Змінити мову</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="95"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>Вікно буде перебудовано новою мовою; нічого не втратиться.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="102"/>
        <source>This Welcome Point</source>
        <translation>Цей Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="111"/>
        <source>e.g. Mon–Fri 10–16, Sat 10–14</source>
        <translation>напр. Пн–Пт 10–16, Сб 10–14</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="112"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="113"/>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="114"/>
        <source>Opening hours:</source>
        <translation>Години роботи:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="115"/>
        <location filename="../welcome_point/ui/settings_page.py" line="137"/>
        <location filename="../welcome_point/ui/settings_page.py" line="157"/>
        <location filename="../welcome_point/ui/settings_page.py" line="178"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="117"/>
        <source>Printed on visitor cards and referral slips.</source>
        <translation>Друкується на картках відвідувачів і бланках направлень.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="127"/>
        <source>Shifts and certificates</source>
        <translation>Зміни та довідки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="133"/>
        <source>At most hours per day and volunteer:</source>
        <translation>Не більше годин на день для волонтера:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="134"/>
        <source>At least hours of rest between two days:</source>
        <translation>Щонайменше годин відпочинку між двома днями:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="135"/>
        <source>Ehrenamtskarte: hours per year:</source>
        <translation>Ehrenamtskarte: годин на рік:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="136"/>
        <source>… or hours per week on average:</source>
        <translation>… або годин на тиждень у середньому:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="140"/>
        <source>Assignments that break the first two are refused with the reason.</source>
        <translation>Призначення, що порушують перші два правила, відхиляються із зазначенням причини.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="150"/>
        <source>Monthly reports</source>
        <translation>Місячні звіти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="155"/>
        <source>Counts from 1 to k − 1 are hidden in the monthly report; a month with fewer than 2 × k visits publishes its key figures only. 5 is usual; a larger k hides more.</source>
        <translation>У місячному звіті значення від 1 до k − 1 приховано; якщо за місяць відвідувань менше за 2 × k, публікуються лише основні показники. Зазвичай k = 5; що більше k, то більше приховано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="159"/>
        <source>Smaller counts are hidden in the reports for the city.</source>
        <translation>Менші значення у звітах для міста приховуються.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="165"/>
        <source>Suppression threshold k:</source>
        <translation>Поріг приховування k:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="170"/>
        <source>Security</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="174"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="176"/>
        <source>Without a key press or a mouse movement for this long, the window locks and hides all personal data until someone signs in again.</source>
        <translation>Якщо протягом цього часу не натиснуто жодної клавіші й не зрушено мишу, вікно блокується і приховує всі персональні дані, доки хтось знову не ввійде.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="180"/>
        <source>The screen faces the public: it locks when nobody uses it.</source>
        <translation>Екран видно відвідувачам: він блокується, коли ним ніхто не користується.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="186"/>
        <source>Lock automatically after:</source>
        <translation>Автоматично блокувати через:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="191"/>
        <source>Data</source>
        <translation>Дані</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="194"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="203"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="204"/>
        <source>Data folder:</source>
        <translation>Папка даних:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="205"/>
        <source>Database file:</source>
        <translation>Файл бази даних:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="206"/>
        <source>Schema version:</source>
        <translation>Версія схеми:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="207"/>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="208"/>
        <source>Open data folder</source>
        <translation>Відкрити папку даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="238"/>
        <location filename="../welcome_point/ui/settings_page.py" line="268"/>
        <location filename="../welcome_point/ui/settings_page.py" line="284"/>
        <location filename="../welcome_point/ui/settings_page.py" line="303"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="326"/>
        <source>No Welcome Point set up yet</source>
        <translation>Welcome Point ще не налаштовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visitors with a card</source>
        <translation>Відвідувачі з карткою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Partner organisations</source>
        <translation>Організації-партнери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Shifts</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="334"/>
        <source>Shift assignments</source>
        <translation>Призначення на зміни</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="296"/>
        <source>Create the administrator account</source>
        <translation>Створення облікового запису адміністратора</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="300"/>
        <source>This is the first start. The administrator creates the accounts of everyone else. The password protects the personal data of visitors and volunteers: choose a long one and keep it safe. It cannot be recovered; without it, nobody can manage the accounts.</source>
        <translation>Це перший запуск. Адміністратор створює облікові записи для всіх інших. Пароль захищає персональні дані відвідувачів і волонтерів: виберіть довгий пароль і зберігайте його в надійному місці. Його неможливо відновити; без нього ніхто не зможе керувати обліковими записами.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="305"/>
        <source>Username of the administrator</source>
        <translation>Ім’я користувача адміністратора</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="307"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="308"/>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="314"/>
        <source>&amp;Username:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="315"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="317"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овторіть:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="319"/>
        <source>Create and sign in</source>
        <translation>Створити та ввійти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="349"/>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation>Щонайменше 8 символів; кілька не пов’язаних між собою слів утворюють надійний пароль.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="351"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Закороткий: щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="353"/>
        <source>Weak: longer, or mix letters, digits and signs.</source>
        <translation>Слабкий: зробіть його довшим або поєднайте літери, цифри та знаки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="355"/>
        <source>Fair.</source>
        <translation>Середній.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="357"/>
        <source>Strong.</source>
        <translation>Надійний.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="370"/>
        <source>Enter a username for the administrator.</source>
        <translation>Введіть ім’я користувача для адміністратора.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="374"/>
        <source>The password needs at least 8 characters.</source>
        <translation>Пароль має містити щонайменше 8 символів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="378"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>Паролі не збігаються. Введіть пароль ще раз.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="130"/>
        <source>This volunteer already has a shift at the same time.</source>
        <translation>Цей волонтер уже має зміну в той самий час.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="132"/>
        <source>This volunteer is already on this shift.</source>
        <translation>Цей волонтер уже є на цій зміні.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="134"/>
        <source>This shift would take the volunteer over the daily limit of %1 hours.</source>
        <translation>Через цю зміну волонтер перевищить денний ліміт (%1 год).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="137"/>
        <source>Between this shift and another one the volunteer would have less than the rest time of %1 hours.</source>
        <translation>Між цією та іншою зміною у волонтера було б менше за мінімальний час відпочинку (%1 год).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="140"/>
        <source>This volunteer is marked as not active.</source>
        <translation>Цього волонтера позначено як неактивного.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="142"/>
        <source>This volunteer has left the team.</source>
        <translation>Цей волонтер вибув із команди.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="667"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="669"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="672"/>
        <source>(erased)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="670"/>
        <source>%1, replaced by %2</source>
        <translation>%1, заміна: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="673"/>
        <source>%1, in place of %2</source>
        <translation>%1, замінює: %2</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="350"/>
        <source>(erased)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="519"/>
        <source>&amp;Week plan</source>
        <translation>План на &amp;тиждень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="520"/>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="521"/>
        <source>&amp;Gaps (next 4 weeks)</source>
        <translation>Про&amp;галини (наступні 4 тижні)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="531"/>
        <source>Previous week</source>
        <translation>Попередній тиждень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="532"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="534"/>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="535"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="538"/>
        <source>Next week</source>
        <translation>Наступний тиждень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="539"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="546"/>
        <source>Print roster…</source>
        <translation>Друк графіка змін…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="548"/>
        <source>Create from templates… (Ctrl+T)</source>
        <translation>Створити з шаблонів… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="563"/>
        <source>Shifts of the week</source>
        <translation>Зміни тижня</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="589"/>
        <source>Create from templates…</source>
        <translation>Створити з шаблонів…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="645"/>
        <source>Volunteers on this shift</source>
        <translation>Волонтери на цій зміні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="649"/>
        <source>&amp;Assign… (Enter)</source>
        <translation>Призна&amp;чити… (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="651"/>
        <source>S&amp;wap…</source>
        <translation>&amp;Замінити…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="652"/>
        <source>Another volunteer takes over; the change stays in the history.</source>
        <translation>Замість призначеного волонтера виходить інший; заміна залишиться в історії.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="654"/>
        <source>&amp;Cancel assignment… (Del)</source>
        <translation>Скас&amp;увати призначення… (Del)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="656"/>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="658"/>
        <source>Delete shift…</source>
        <translation>Видалити зміну…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="675"/>
        <source>Language demand this week (from the visits of the last 8 weeks)</source>
        <translation>Потреба в мовах цього тижня (за відвідуваннями останніх 8 тижнів)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="677"/>
        <source>Language demand</source>
        <translation>Потреба в мовах</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="686"/>
        <source>Suggested volunteer</source>
        <translation>Рекомендований волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="687"/>
        <source>Assign &amp;suggested</source>
        <translation>Призначити &amp;рекомендованого</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="689"/>
        <source>Other speaker…</source>
        <translation>Інший волонтер із цією мовою…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="709"/>
        <source>One click when a volunteer arrives and leaves; the hours come from these times.</source>
        <translation>Одне клацання, коли волонтер приходить, і одне — коли йде; години обчислюються за цим часом.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="728"/>
        <source>Gaps in the next four weeks</source>
        <translation>Прогалини на наступні чотири тижні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="734"/>
        <source>No gaps in the next four weeks: every shift has its people and its wanted languages.</source>
        <translation>На наступні чотири тижні прогалин немає: на кожній зміні достатньо людей і є всі потрібні мови.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="742"/>
        <source>Show in the &amp;week (Enter)</source>
        <translation>Показати в ти&amp;жні (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="744"/>
        <source>&amp;Assign…</source>
        <translation>Призна&amp;чити…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="823"/>
        <source>Week %1: %2 – %3</source>
        <translation>Тиждень %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="825"/>
        <source>No shifts planned for this week. Create them from the weekly templates (Ctrl+T), then assign volunteers.</source>
        <translation>На цей тиждень змін не заплановано. Створіть їх із тижневих шаблонів (Ctrl+T), а потім призначте волонтерів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="852"/>
        <source>Language demand is shown once the week has shifts.</source>
        <translation>Потребу в мовах буде показано, щойно на тиждень буде заплановано зміни.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="854"/>
        <source>Every language that visitors usually bring in this week&apos;s slots has a speaker on the shift.</source>
        <translation>Для кожної мови, якою зазвичай говорять відвідувачі в ці години, на зміні є волонтер, який нею володіє.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="865"/>
        <source>%1: about %2 %3 visits expected, no speaker</source>
        <translation>%1: %3 — очікується близько %2 відвідувань, на зміні ніхто не говорить цією мовою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="872"/>
        <source>%1 – suggest: %2</source>
        <translation>%1 — рекомендовано: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="873"/>
        <source>%1 – no free speaker</source>
        <translation>%1 — немає вільних волонтерів із цією мовою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="877"/>
        <source>Today, %1</source>
        <translation>Сьогодні, %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="888"/>
        <source>No shifts today. Shifts are planned under Week plan.</source>
        <translation>Сьогодні змін немає. Зміни плануються на вкладці «План на тиждень».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="898"/>
        <source>Add volunteer…</source>
        <translation>Додати волонтера…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="899"/>
        <source>Someone came who was not planned for this shift.</source>
        <translation>Прийшов хтось, кого не планували на цю зміну.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="905"/>
        <source>Nobody is assigned.</source>
        <translation>Нікого не призначено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="925"/>
        <source>Check in</source>
        <translation>Відмітити прихід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="926"/>
        <source>Check out</source>
        <translation>Відмітити відхід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="927"/>
        <source>No-show…</source>
        <translation>Неявка…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="935"/>
        <source>A no-show can be recorded once the shift has started.</source>
        <translation>Неявку можна відмітити, коли зміна вже почалася.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="950"/>
        <source>in %1, out %2</source>
        <translation>прихід %1, відхід %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="953"/>
        <source>checked in at %1</source>
        <translation>прихід о %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="961"/>
        <source>Shifts with gaps: %1, of them understaffed: %2</source>
        <translation>Змін із прогалинами: %1, з них із нестачею людей: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1001"/>
        <source>No shift selected</source>
        <translation>Зміну не вибрано</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1002"/>
        <source>Choose a shift in the week (arrow keys or a click) to assign volunteers.</source>
        <translation>Виберіть зміну в тижні (клавішами зі стрілками або клацанням), щоб призначити волонтерів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1015"/>
        <source>Wanted languages: %1</source>
        <translation>Потрібні мови: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1016"/>
        <source>No particular language wanted.</source>
        <translation>Особливих вимог до мов немає.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shifts_page.py" line="1055"/>
        <source>%n shift(s) created.</source>
        <translation>
            <numerusform>Створено %n зміну.</numerusform>
            <numerusform>Створено %n зміни.</numerusform>
            <numerusform>Створено %n змін.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1056"/>
        <source>No new shifts: they all exist already.</source>
        <translation>Нових змін немає: усі вони вже існують.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1096"/>
        <source>Take %1 off the shift on %2, %3? The cancellation stays in the shift&apos;s history.</source>
        <translation>Зняти %1 зі зміни (%2, %3)? Скасування залишиться в історії зміни.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1099"/>
        <source>Cancel assignment</source>
        <translation>Скасувати призначення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1121"/>
        <source>Delete the shift on %1, %2? Its planned assignments are removed too.</source>
        <translation>Видалити зміну (%1, %2)? Заплановані на неї призначення теж буде видалено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1124"/>
        <source>Delete shift</source>
        <translation>Видалити зміну</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1183"/>
        <source>Record that %1 did not come? The shift then counts as not worked.</source>
        <translation>Записати неявку: %1? Тоді зміну не буде зараховано як відпрацьовану.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1185"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1231"/>
        <source>Shifts</source>
        <translation>Зміни</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="129"/>
        <location filename="../welcome_point/ui/login.py" line="148"/>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="131"/>
        <source>Username</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="132"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="133"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="134"/>
        <source>6 or more digits</source>
        <translation>6 або більше цифр</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="135"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="137"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN-код:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="139"/>
        <source>&amp;Username:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <location filename="../welcome_point/ui/login.py" line="189"/>
        <source>Quick switch with PIN</source>
        <translation>Швидке перемикання за PIN-кодом</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="188"/>
        <source>Sign in with password instead</source>
        <translation>Увійти за паролем</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="235"/>
        <source>Enter your username.</source>
        <translation>Введіть своє ім’я користувача.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="239"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN-код має містити щонайменше 6 цифр.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="243"/>
        <source>Enter your password.</source>
        <translation>Введіть свій пароль.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="257"/>
        <source>The username or the PIN is not right.</source>
        <translation>Неправильне ім’я користувача або PIN-код.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="259"/>
        <source>The username or the password is not right.</source>
        <translation>Неправильне ім’я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="280"/>
        <source>You can try again now.</source>
        <translation>Тепер можна спробувати знову.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="283"/>
        <source>Too many failed attempts. Please wait %1 before the next try.</source>
        <translation>Забагато невдалих спроб. Зачекайте %1, перш ніж спробувати знову.</translation>
    </message>
</context>
<context>
    <name>SubjectTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="68"/>
        <source>Everything the database holds about one visitor card or one volunteer: to answer a request for access (Art. 15 GDPR) or to erase the record on request (Art. 17).</source>
        <translation>Усе, що база даних містить про одну картку відвідувача або одного волонтера: щоб відповісти на запит про доступ (ст. 15 GDPR) або стерти запис на вимогу (ст. 17).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="73"/>
        <source>&amp;Visitor card:</source>
        <translation>&amp;Картка відвідувача:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="74"/>
        <source>V&amp;olunteer:</source>
        <translation>&amp;Волонтер:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="80"/>
        <source>e.g. K7MXP-Q4TAC</source>
        <translation>напр. K7MXP-Q4TAC</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="81"/>
        <source>Card code</source>
        <translation>Код картки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="87"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="91"/>
        <source>&amp;Show</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="102"/>
        <source>&amp;Export JSON and PDF…</source>
        <translation>&amp;Експорт JSON і PDF…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="103"/>
        <source>Write the record shown as JSON and PDF into a folder</source>
        <translation>Записати показаний запис як JSON і PDF у папку</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="105"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Стерти…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="107"/>
        <source>Erase the record shown for good (asks to type it again)</source>
        <translation>Остаточно стерти показаний запис (потрібно буде ввести його ще раз)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="123"/>
        <source>The record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="125"/>
        <source>Enter a card code or choose a volunteer, then press Show. The record appears here exactly as it will be exported.</source>
        <translation>Введіть код картки або виберіть волонтера, а потім натисніть «Показати». Запис з’явиться тут саме в такому вигляді, в якому його буде експортовано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="154"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (№ %2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="156"/>
        <source>%1 – left</source>
        <translation>%1 — вибув</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="159"/>
        <source>No volunteers</source>
        <translation>Немає волонтерів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="185"/>
        <source>This is not a card code: it has 10 characters (letters and digits, shown as two groups of five); check it on the card.</source>
        <translation>Це не код картки: він має 10 символів (літери й цифри, показані двома групами по п’ять); перевірте його на картці.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="218"/>
        <source>Folder for the export</source>
        <translation>Папка для експорту</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="226"/>
        <source>Writing the JSON file and the PDF…</source>
        <translation>Записування файлу JSON і PDF…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="237"/>
        <source>Written into %1: %2. Hand them to the person in person or by a secure way.</source>
        <translation>Записано в %1: %2. Передайте їх людині особисто або в безпечний спосіб.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="247"/>
        <source>The visitor with the card %1</source>
        <translation>Відвідувач із карткою %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="249"/>
        <source>Volunteer no. %1 (with their user accounts)</source>
        <translation>Волонтер № %1 (разом з його обліковими записами)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="252"/>
        <source>Not erased.</source>
        <translation>Не стерто.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="254"/>
        <source>Taking a backup, then erasing…</source>
        <translation>Створення резервної копії, потім стирання…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="269"/>
        <source>Erased: the card code no longer exists; the visits stay as anonymous visits.</source>
        <translation>Стерто: коду картки більше не існує; відвідування залишаються як анонімні.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="272"/>
        <source>Erased: the volunteer&apos;s record and accounts are gone; their hours stay in the anonymous totals.</source>
        <translation>Стерто: запису волонтера та його облікових записів більше немає; години залишаються в анонімних підсумках.</translation>
    </message>
</context>
<context>
    <name>SubjectText</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="32"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="33"/>
        <source>Card code</source>
        <translation>Код картки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="34"/>
        <source>First visit</source>
        <translation>Перше відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="35"/>
        <source>Age band</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="36"/>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="37"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="38"/>
        <source>Region of origin</source>
        <translation>Регіон походження</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="39"/>
        <source>Last seen</source>
        <translation>Останнє відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="40"/>
        <source>Kept until (unless seen again)</source>
        <translation>Зберігається до (якщо не прийде знову)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="41"/>
        <source>Kept until (counted from leaving)</source>
        <translation>Зберігається до (від дати вибуття)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="42"/>
        <source>Access rights</source>
        <translation>Права доступу</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="43"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="44"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="45"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="46"/>
        <source>Joined</source>
        <translation>Приєднання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="47"/>
        <source>Left</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="48"/>
        <source>Consent to contact data</source>
        <translation>Згода на зберігання контактних даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="49"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="50"/>
        <source>Hours worked</source>
        <translation>Відпрацьовані години</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="51"/>
        <source>Shifts attended</source>
        <translation>Відпрацьовані зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="52"/>
        <source>Of these, from planned times</source>
        <translation>З них за запланованим часом</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="53"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="54"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="55"/>
        <source>Waiting queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="56"/>
        <source>Audit log entries</source>
        <translation>Записи журналу аудиту</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="57"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="58"/>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="59"/>
        <source>Shifts</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="60"/>
        <source>Shift changes</source>
        <translation>Зміни призначень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="61"/>
        <source>User accounts</source>
        <translation>Облікові записи користувачів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="62"/>
        <source>Site</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="63"/>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="64"/>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="65"/>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="66"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="67"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="68"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="69"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="70"/>
        <source>Visit</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="71"/>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="72"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="73"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="74"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="75"/>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="76"/>
        <source>Follow-up</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="77"/>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="78"/>
        <source>Called</source>
        <translation>Виклик</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="79"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="80"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="81"/>
        <source>Object</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="82"/>
        <source>Object no.</source>
        <translation>№ об’єкта</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="83"/>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="84"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="85"/>
        <source>Shift</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="86"/>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="87"/>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="88"/>
        <source>Checked in</source>
        <translation>Прихід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="89"/>
        <source>Checked out</source>
        <translation>Відхід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="90"/>
        <source>Assignment</source>
        <translation>Призначення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="91"/>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="92"/>
        <source>PIN set</source>
        <translation>PIN-код встановлено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="93"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="187"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="188"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="124"/>
        <source>Visitor card %1</source>
        <translation>Картка відвідувача %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="125"/>
        <source>Volunteer no. %1</source>
        <translation>Волонтер № %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="140"/>
        <source>Compiled %1. Exactly this goes into the export.</source>
        <translation>Складено %1. Саме це потрапить до експорту.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="153"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="186"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="164"/>
        <source>… and %1 more rows; the export holds them all.</source>
        <translation>… і ще рядків: %1; експорт містить їх усі.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="180"/>
        <source>Information on the data stored about a visitor card</source>
        <translation>Інформація про дані, збережені щодо картки відвідувача</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="181"/>
        <source>Information on the data stored about a volunteer</source>
        <translation>Інформація про дані, збережені щодо волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="182"/>
        <source>This document lists everything the Welcome Point&apos;s database held about you on {date} (Art. 15 GDPR). A machine-readable copy of the same data is the JSON file of the same name.</source>
        <translation>У цьому документі наведено все, що база даних Welcome Point містила про вас станом на {date} (ст. 15 GDPR). Машинозчитувана копія тих самих даних — файл JSON з такою самою назвою.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="185"/>
        <source>Compiled</source>
        <translation>Складено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="189"/>
        <source>Page {page}</source>
        <translation>Сторінка {page}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="230"/>
        <source>Create shifts from templates</source>
        <translation>Створення змін із шаблонів</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="234"/>
        <source>Each line is a shift that repeats every week. Shifts that already exist (same day, times and role) are skipped.</source>
        <translation>Кожен рядок — це зміна, яка повторюється щотижня. Наявні зміни (той самий день, час і роль) пропускаються.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Weekday</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Min. staff</source>
        <translation>Мін. людей</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="240"/>
        <source>Wanted languages</source>
        <translation>Потрібні мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="241"/>
        <source>Shift templates</source>
        <translation>Шаблони змін</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="248"/>
        <source>&amp;Add line</source>
        <translation>&amp;Додати рядок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="250"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Видалити рядок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="252"/>
        <source>Back to the &amp;defaults</source>
        <translation>Повернути &amp;типові</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>Next week</source>
        <translation>Наступний тиждень</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>The next 4 weeks</source>
        <translation>Наступні 4 тижні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Next month</source>
        <translation>Наступний місяць</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Other days</source>
        <translation>Інші дні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="270"/>
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="271"/>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="274"/>
        <source>&amp;Create for:</source>
        <translation>&amp;Створити на:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="277"/>
        <source>&amp;from</source>
        <translation>&amp;з</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="279"/>
        <source>&amp;to</source>
        <translation>д&amp;о</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="292"/>
        <source>Create shifts</source>
        <translation>Створити зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="408"/>
        <source>Choose a first day before the last one, at most a year apart.</source>
        <translation>Виберіть перший день раніше за останній, не більше ніж за рік до нього.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shift_dialogs.py" line="413"/>
        <source>At most %n shift(s) from %1 to %2.</source>
        <translation>
            <numerusform>Щонайбільше %n зміна з %1 до %2.</numerusform>
            <numerusform>Щонайбільше %n зміни з %1 до %2.</numerusform>
            <numerusform>Щонайбільше %n змін з %1 до %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="428"/>
        <source>Line %1: the shift must end after it starts.</source>
        <translation>Рядок %1: зміна має закінчуватися пізніше, ніж починається.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="433"/>
        <source>Add at least one line.</source>
        <translation>Додайте принаймні один рядок.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="437"/>
        <source>The last day comes before the first.</source>
        <translation>Останній день раніше за перший.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="440"/>
        <source>Shifts can be created for at most a year at once.</source>
        <translation>Зміни можна створити щонайбільше на рік за раз.</translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="55"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
</context>
<context>
    <name>VisitFormWidget</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="79"/>
        <source>Scan or type the card code, then Enter</source>
        <translation>Відскануйте або введіть код картки, потім Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="84"/>
        <source>Anonymous (F6)</source>
        <translation>Анонімно (F6)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="86"/>
        <source>New visitor (F7)</source>
        <translation>Новий відвідувач (F7)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="88"/>
        <source>Print card</source>
        <translation>Друк картки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="91"/>
        <source>Sheet of new cards</source>
        <translation>Аркуш нових карток</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="93"/>
        <source>Print ten new card codes on one A4 sheet, to cut and hand out. A card becomes a visitor&apos;s when its code is first entered at the desk.</source>
        <translation>Надрукувати десять нових кодів карток на одному аркуші A4, щоб розрізати й роздати. Картка стає карткою відвідувача, коли її код уперше вводять на прийомі.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="111"/>
        <location filename="../welcome_point/ui/visit_form.py" line="164"/>
        <source>Group size</source>
        <translation>Розмір групи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="112"/>
        <source>Interpreter needed</source>
        <translation>Потрібен перекладач</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="121"/>
        <source>Refer to… type part of a partner&apos;s name, then Enter</source>
        <translation>Направити до… введіть частину назви партнера, потім Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="132"/>
        <source>Delete removes the selected referral</source>
        <translation>Delete видаляє вибране направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="135"/>
        <source>Save visit (Ctrl+Enter)</source>
        <translation>Зберегти відвідування (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="138"/>
        <source>Clear (Esc)</source>
        <translation>Очистити (Esc)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="161"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="162"/>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="163"/>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="165"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="178"/>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="199"/>
        <source>Topics: keys 1–9 and 0, Alt+underlined letter, or arrow keys and Space</source>
        <translation>Теми: клавіші 1–9 і 0, Alt+підкреслена літера або стрілки й пробіл</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="238"/>
        <source>No card? Press F6 for an anonymous visit or F7 for a new card.</source>
        <translation>Немає картки? Натисніть F6 для анонімного відвідування або F7 для нової картки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="289"/>
        <source>Returning visitor.</source>
        <translation>Повторний відвідувач.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="291"/>
        <source>Anonymous visit.</source>
        <translation>Анонімне відвідування.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="329"/>
        <source>Editing the visit of %1</source>
        <translation>Редагування відвідування о %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="331"/>
        <source>In conversation: arrived %1, called %2</source>
        <translation>Розмова: прибуття %1, виклик %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="334"/>
        <source>Walk-in visit since %1</source>
        <translation>Відвідування без черги з %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="336"/>
        <source>New visit</source>
        <translation>Нове відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="378"/>
        <source>The card code could not be checked. Please try again.</source>
        <translation>Не вдалося перевірити код картки. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="385"/>
        <source>New card: this visitor is recorded for the first time.</source>
        <translation>Нова картка: цього відвідувача записано вперше.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="397"/>
        <source>Returning visitor: age, gender and language filled in.</source>
        <translation>Повторний відвідувач: вік, стать і мову заповнено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="407"/>
        <source>New card issued: give the visitor the printed card.</source>
        <translation>Видано нову картку: дайте відвідувачеві надруковану картку.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="417"/>
        <source>Anonymous visit: nothing is linked to a card.</source>
        <translation>Анонімне відвідування: нічого не прив’язано до картки.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="456"/>
        <source>No partner organisation matches “%1”.</source>
        <translation>Жодна організація-партнер не відповідає запиту «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="518"/>
        <source>Choose at least one topic.</source>
        <translation>Виберіть принаймні одну тему.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="519"/>
        <source>Choose the language of the conversation from the list.</source>
        <translation>Виберіть мову розмови зі списку.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="520"/>
        <source>The group size must be between 1 and 20.</source>
        <translation>Розмір групи має бути від 1 до 20.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="521"/>
        <source>A time lies in the future or before 2015, or the conversation ends before it starts. Please check the computer&apos;s clock.</source>
        <translation>Один із часів припадає на майбутнє або на період до 2015 року, або розмова закінчується раніше, ніж починається. Перевірте, будь ласка, годинник комп’ютера.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="523"/>
        <source>A referral names a partner that is not (or no longer) in the directory. Remove it and choose another.</source>
        <translation>Направлення вказує на партнера, якого немає (або вже немає) в довіднику. Видаліть його й виберіть іншого.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="525"/>
        <source>The follow-up date lies before the visit.</source>
        <translation>Дата перевірки раніша за дату відвідування.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="526"/>
        <location filename="../welcome_point/ui/visit_form.py" line="527"/>
        <location filename="../welcome_point/ui/visit_form.py" line="528"/>
        <source>Choose a value from the list.</source>
        <translation>Виберіть значення зі списку.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="529"/>
        <source>The volunteer at the desk is not known; please choose again.</source>
        <translation>Волонтер на прийомі невідомий; виберіть, будь ласка, ще раз.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="530"/>
        <source>This card code was not issued here. Check it, or use “New visitor”.</source>
        <translation>Цей код картки видано не тут. Перевірте його або скористайтеся кнопкою «Новий відвідувач».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="531"/>
        <source>This person is no longer waiting.</source>
        <translation>Ця людина вже не чекає.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="533"/>
        <source>The visit could not be saved; nothing was changed.</source>
        <translation>Не вдалося зберегти відвідування; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Arrived</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Waiting</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Visitor</source>
        <translation>Відвідувач</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="122"/>
        <source>Minutes from arrival to the start of the conversation</source>
        <translation>Хвилини від прибуття до початку розмови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="123"/>
        <source>Minutes of the conversation</source>
        <translation>Тривалість розмови у хвилинах</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="124"/>
        <source>People who came together</source>
        <translation>Люди, які прийшли разом</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="125"/>
        <source>Referrals made during the visit</source>
        <translation>Направлення, видані під час відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="126"/>
        <source>First visit with a card, returning card holder, or anonymous</source>
        <translation>Перше відвідування з карткою, повторний власник картки або анонімно</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>First visit</source>
        <translation>Перше відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>Returning</source>
        <translation>Повторно</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="129"/>
        <source>Anonymous</source>
        <translation>Анонімно</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="130"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="131"/>
        <source>, </source>
        <comment>between the items of a list in one cell</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="132"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="169"/>
        <source>Click to sort by this column</source>
        <translation>Клацніть, щоб сортувати за цим стовпцем</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="312"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Експорт CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="313"/>
        <source>Save the visits of this list as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Зберегти відвідування з цього списку як файл CSV для електронної таблиці (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="322"/>
        <source>First day of the period</source>
        <translation>Перший день періоду</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="323"/>
        <source>Last day of the period</source>
        <translation>Останній день періоду</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="324"/>
        <source>First day of the period (Ctrl+F comes here)</source>
        <translation>Перший день періоду (сюди переходить Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="325"/>
        <source>&amp;All dates</source>
        <translation>&amp;Усі дати</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="326"/>
        <source>From the first visit ever recorded to today</source>
        <translation>Від першого записаного відвідування до сьогодні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="328"/>
        <source>All topics</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="332"/>
        <source>All languages</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="338"/>
        <source>&amp;Reset filters</source>
        <translation>&amp;Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="339"/>
        <source>The last %1 days, every topic, language and volunteer</source>
        <translation>Останні %1 днів, усі теми, мови й волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="342"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="347"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="349"/>
        <source>&amp;to:</source>
        <translation>д&amp;о:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>La&amp;nguage:</source>
        <translation>Мо&amp;ва:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="356"/>
        <source>&amp;Volunteer:</source>
        <translation>Воло&amp;нтер:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="367"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="390"/>
        <source>Reset filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="541"/>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="591"/>
        <source>All volunteers</source>
        <translation>Усі волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="612"/>
        <source>This column cannot be sorted; sort by arrival, waiting time, duration or group size.</source>
        <translation>За цим стовпцем не можна сортувати; сортуйте за прибуттям, часом очікування, тривалістю або розміром групи.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="643"/>
        <source>Visits: %1</source>
        <translation>Відвідувань: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="647"/>
        <location filename="../welcome_point/ui/visits_page.py" line="674"/>
        <source>Visits: ?</source>
        <translation>Відвідувань: ?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="655"/>
        <source>No visits recorded yet</source>
        <translation>Ще не записано жодного відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="656"/>
        <source>Visits saved at the Desk appear here, newest first.</source>
        <translation>Відвідування, збережені на сторінці «Прийом», з’являються тут — найновіші першими.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="659"/>
        <source>No visit matches these filters</source>
        <translation>Жодне відвідування не відповідає цим фільтрам</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="661"/>
        <source>Choose a longer period (“All dates” shows every visit) or fewer filters.</source>
        <translation>Виберіть довший період («Усі дати» показує всі відвідування) або менше фільтрів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="668"/>
        <source>Sorting by this column works on at most %1 visits. Choose a shorter period; the list is sorted by arrival again.</source>
        <translation>Сортування за цим стовпцем можливе щонайбільше для %1 відвідувань. Виберіть коротший період; список знову відсортовано за прибуттям.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="675"/>
        <source>The visits could not be read</source>
        <translation>Не вдалося прочитати відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Visit number</source>
        <translation>Номер відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Arrived</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Waiting (min)</source>
        <translation>Очікування (хв)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Duration (min)</source>
        <translation>Тривалість (хв)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Group size</source>
        <translation>Розмір групи</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="706"/>
        <source>Visitor</source>
        <translation>Відвідувач</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="724"/>
        <location filename="../welcome_point/ui/visits_page.py" line="767"/>
        <source>Export visits</source>
        <translation>Експорт відвідувань</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="725"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="746"/>
        <source>Exporting…</source>
        <translation>Експортування…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="751"/>
        <source>Exporting… %1 visits written</source>
        <translation>Експортування… записано відвідувань: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="758"/>
        <source>%1 visits exported to %2</source>
        <translation>Експортовано відвідувань: %1 (файл %2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="765"/>
        <source>The export failed; no file was written.</source>
        <translation>Експорт не вдався; файл не записано.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="768"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Не вдалося записати файл.

%1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Residence &amp; asylum</source>
        <translation>Перебування та притулок</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>German courses</source>
        <translation>Курси німецької</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Work &amp; training</source>
        <translation>Робота та профнавчання</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>School &amp; childcare</source>
        <translation>Школа та догляд за дітьми</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>Соцвиплати та Jobcenter</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Family &amp; reunification</source>
        <translation>Сім’я та возз’єднання</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="78"/>
        <source>Letters &amp; forms</source>
        <translation>Листи та бланки</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="79"/>
        <source>Leisure &amp; community</source>
        <translation>Дозвілля та громада</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="80"/>
        <source>Volunteering</source>
        <translation>Волонтерство</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>Donations</source>
        <translation>Пожертви</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>Other topic</source>
        <translation>Інша тема</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>German</source>
        <translation>Німецька</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Arabic</source>
        <translation>Арабська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Farsi/Dari</source>
        <translation>Фарсі/дарі</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>Turkish</source>
        <translation>Турецька</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Kurdish</source>
        <translation>Курдська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Tigrinya</source>
        <translation>Тигринья</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Somali</source>
        <translation>Сомалі</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Pashto</source>
        <translation>Пушту</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>French</source>
        <translation>Французька</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="98"/>
        <source>Albanian</source>
        <translation>Албанська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="99"/>
        <source>Romanian</source>
        <translation>Румунська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="100"/>
        <source>Bulgarian</source>
        <translation>Болгарська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="101"/>
        <source>Spanish</source>
        <translation>Іспанська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="102"/>
        <source>Other language</source>
        <translation>Інша мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="106"/>
        <source>0–17</source>
        <translation>0–17</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="107"/>
        <source>18–26</source>
        <translation>18–26</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="108"/>
        <source>27–39</source>
        <translation>27–39</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="109"/>
        <source>40–59</source>
        <translation>40–59</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="110"/>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="111"/>
        <source>Age not stated</source>
        <translation>Вік не вказано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="115"/>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="116"/>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="117"/>
        <source>Diverse</source>
        <translation>Інша</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>Gender not stated</source>
        <translation>Стать не вказано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>European Union</source>
        <translation>Європейський Союз</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other Europe</source>
        <translation>Інші країни Європи</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Middle East</source>
        <translation>Близький Схід</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="126"/>
        <source>North Africa</source>
        <translation>Північна Африка</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="127"/>
        <source>Sub-Saharan Africa</source>
        <translation>Африка на південь від Сахари</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="128"/>
        <source>Central and South Asia</source>
        <translation>Центральна та Південна Азія</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Other region</source>
        <translation>Інший регіон</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Region not stated</source>
        <translation>Регіон не вказано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="134"/>
        <source>Advice given</source>
        <translation>Надано консультацію</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="135"/>
        <source>Referred</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="136"/>
        <source>Appointment arranged</source>
        <translation>Призначено зустріч</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Asked to come back</source>
        <translation>Запрошено прийти ще раз</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Not resolved</source>
        <translation>Не вирішено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Authority</source>
        <translation>Державна установа</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Counselling</source>
        <translation>Консультування</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Language course</source>
        <translation>Мовний курс</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Health service</source>
        <translation>Медична служба</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Housing service</source>
        <translation>Житлова служба</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="147"/>
        <source>Legal aid</source>
        <translation>Правова допомога</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="148"/>
        <source>Education</source>
        <translation>Освіта</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="149"/>
        <source>Labour market</source>
        <translation>Ринок праці</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Community &amp; leisure</source>
        <translation>Громада та дозвілля</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Other service</source>
        <translation>Інша служба</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="155"/>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="156"/>
        <source>Followed up</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Not reached</source>
        <translation>Не вдалося зв’язатися</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="162"/>
        <source>Desk</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="183"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="168"/>
        <source>Native</source>
        <translation>Рідна мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Fluent</source>
        <translation>Вільне володіння</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Basic</source>
        <translation>Базові знання</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="174"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="175"/>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="176"/>
        <source>Attended</source>
        <translation>Відпрацьовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="190"/>
        <source>Monday</source>
        <translation>Понеділок</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="191"/>
        <source>Tuesday</source>
        <translation>Вівторок</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="192"/>
        <source>Wednesday</source>
        <translation>Середа</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="193"/>
        <source>Thursday</source>
        <translation>Четвер</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="194"/>
        <source>Friday</source>
        <translation>П’ятниця</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="195"/>
        <source>Saturday</source>
        <translation>Субота</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="196"/>
        <source>Sunday</source>
        <translation>Неділя</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="200"/>
        <source>New visitor</source>
        <translation>Новий відвідувач</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="201"/>
        <source>Returning visitor</source>
        <translation>Повторний відвідувач</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="34"/>
        <source>Overlaps another shift</source>
        <translation>Перетинається з іншою зміною</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="35"/>
        <source>Already on this shift</source>
        <translation>Уже на цій зміні</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="36"/>
        <source>More than the daily limit</source>
        <translation>Понад денний ліміт</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="37"/>
        <source>Less than the rest time</source>
        <translation>Замало часу на відпочинок</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="38"/>
        <source>Not active</source>
        <translation>Неактивний</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="39"/>
        <source>Has left</source>
        <translation>Вибув із команди</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="45"/>
        <source>Assigned</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="47"/>
        <source>Swapped</source>
        <translation>Замінено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="48"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="46"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="182"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="184"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="185"/>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>New volunteer</source>
        <translation>Новий волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>Edit volunteer</source>
        <translation>Редагування волонтера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="226"/>
        <source>As the team knows them, e.g. Amira H.</source>
        <translation>Ім’я, яке знає команда, напр. Amira H.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Given on</source>
        <translation>Надано</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Consent given on</source>
        <translation>Дата надання згоди</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="237"/>
        <source>Needed before a phone number or e-mail address is saved.</source>
        <translation>Потрібна, щоб зберегти номер телефону або адресу ел. пошти.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="240"/>
        <source>Joined on</source>
        <translation>Дата приєднання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="241"/>
        <source>Left on</source>
        <translation>Дата виходу</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="243"/>
        <source>Acti&amp;ve: can be planned for shifts</source>
        <translation>&amp;Активний: можна планувати на зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="282"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="284"/>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="285"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="286"/>
        <source>C&amp;onsent:</source>
        <translation>&amp;Згода:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="288"/>
        <source>&amp;Joined on:</source>
        <translation>Дата &amp;приєднання:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="290"/>
        <source>Le&amp;ft:</source>
        <translation>Дата &amp;виходу:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="292"/>
        <source>Roles:</source>
        <translation>Ролі:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="306"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Мови спілкування:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="371"/>
        <source>“%1” is not a known language: choose one from the list.</source>
        <translation>«%1» — невідома мова: виберіть мову зі списку.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="375"/>
        <source>%1 is listed twice.</source>
        <translation>Мову «%1» зазначено двічі.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="387"/>
        <source>Enter the name the team knows the volunteer by.</source>
        <translation>Введіть ім’я, під яким волонтера знає команда.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="394"/>
        <source>A phone number or e-mail address can only be saved with the date the volunteer consented: tick “Given on” and enter the date, or leave both empty.</source>
        <translation>Номер телефону або адресу ел. пошти можна зберегти лише з датою, коли волонтер дав згоду: позначте «Надано» й введіть дату або залиште обидва поля порожніми.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="398"/>
        <source>The consent date lies in the future.</source>
        <translation>Дата згоди припадає на майбутнє.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="402"/>
        <source>The volunteer cannot leave before joining.</source>
        <translation>Дата виходу не може бути раніше за дату приєднання.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="406"/>
        <source>Tick at least one role.</source>
        <translation>Позначте принаймні одну роль.</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Roles</source>
        <translation>Ролі</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Joined</source>
        <translation>Приєднання</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Left</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="86"/>
        <source>%1 (%2)</source>
        <comment>language code (level)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="116"/>
        <source>No consent recorded: no phone number or e-mail address is kept.</source>
        <translation>Згоду не записано: номер телефону й адреса ел. пошти не зберігаються.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="171"/>
        <source>Search by name… (Ctrl+F)</source>
        <translation>Пошук за ім’ям… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="173"/>
        <source>Search volunteers by name</source>
        <translation>Пошук волонтерів за ім’ям</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="175"/>
        <source>Speaks</source>
        <translation>Володіє мовою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="177"/>
        <source>&amp;Speaks:</source>
        <translation>&amp;Володіє мовою:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="179"/>
        <source>Show &amp;inactive</source>
        <translation>Показати &amp;неактивних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="180"/>
        <source>Sho&amp;w phone numbers</source>
        <translation>Показати &amp;телефони</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="181"/>
        <source>Phone numbers are hidden so that nobody reads them over your shoulder; they show until you leave the program.</source>
        <translation>Номери телефонів приховано, щоб ніхто не підгледів їх через ваше плече; вони будуть видимі, доки ви не вийдете з програми.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="183"/>
        <source>&amp;New…</source>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="184"/>
        <source>A new volunteer (Ctrl+N)</source>
        <translation>Новий волонтер (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="185"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="186"/>
        <source>Edit the selected volunteer (Enter)</source>
        <translation>Редагувати вибраного волонтера (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="187"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="394"/>
        <source>&amp;Deactivate…</source>
        <translation>Деа&amp;ктивувати…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="188"/>
        <source>Hours &amp;certificate…</source>
        <translation>Довідка про &amp;години…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="189"/>
        <source>A certificate of the selected volunteer&apos;s hours (PDF)</source>
        <translation>Довідка про години вибраного волонтера (PDF)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="190"/>
        <source>Shifts as calendar (.ics)…</source>
        <translation>Зміни як календар (.ics)…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="191"/>
        <source>The selected volunteer&apos;s shifts as a calendar file for their phone or computer</source>
        <translation>Зміни вибраного волонтера як файл календаря для телефона або комп’ютера</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="209"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="485"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="346"/>
        <source>No volunteers yet: add the first with New (Ctrl+N). Record the languages they speak, so that the shift plan can show who covers Arabic, Dari or Ukrainian.</source>
        <translation>Волонтерів ще немає: додайте першого кнопкою «Створити» (Ctrl+N). Зазначайте мови, якими вони володіють, щоб у плані змін було видно, хто говорить арабською, дарі чи українською.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="351"/>
        <source>No volunteer matches “%1”.</source>
        <translation>Жоден волонтер не відповідає запиту «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="353"/>
        <source>Nobody here speaks %1 yet.</source>
        <translation>Поки що ніхто не володіє мовою: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="356"/>
        <source>All volunteers are inactive: tick “Show inactive” to see them.</source>
        <translation>Усі волонтери неактивні: позначте «Показати неактивних», щоб їх побачити.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="360"/>
        <source>%1 of %2 volunteers shown · %3 inactive not shown</source>
        <translation>Показано волонтерів: %1 з %2 · неактивних не показано: %3</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="364"/>
        <source>%1 of %2 volunteers shown</source>
        <translation>Показано волонтерів: %1 з %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="390"/>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Активувати знову…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="391"/>
        <source>The selected volunteer is back: they can be planned again</source>
        <translation>Вибраний волонтер повернувся: його знову можна планувати на зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="395"/>
        <source>The selected volunteer has left (Delete); their hours are kept</source>
        <translation>Вибраний волонтер вибув (Delete); його години зберігаються</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="470"/>
        <source>Reactivate “%1”? They can be planned for shifts again.</source>
        <translation>Знову активувати «%1»? Цього волонтера знову можна буде планувати на зміни.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="473"/>
        <source>The date they left (%1) is cleared.</source>
        <translation>Дату виходу (%1) буде видалено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="476"/>
        <source>Reactivate volunteer</source>
        <translation>Знову активувати волонтера</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="23"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="231"/>
        <source>%1
today</source>
        <translation>%1
сьогодні</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="268"/>
        <source>Morning</source>
        <translation>Ранок</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="270"/>
        <source>Afternoon</source>
        <translation>Після обіду</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="271"/>
        <source>Evening</source>
        <translation>Вечір</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="278"/>
        <source>%1 – understaffed</source>
        <translation>%1 — бракує людей</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="281"/>
        <source>%1 – %2 missing</source>
        <translation>%1 — бракує: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="282"/>
        <source>%1 – covered</source>
        <translation>%1 — забезпечено</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="291"/>
        <source>wanted: %1</source>
        <translation>потрібні: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="298"/>
        <source>about %1 %2 visits expected, no speaker</source>
        <translation>%2: очікується близько %1 відвідувань, на зміні ніхто не говорить цією мовою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="311"/>
        <source>(erased)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="317"/>
        <source>Wanted:</source>
        <translation>Потрібні:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="322"/>
        <source>Demand:</source>
        <translation>Попит:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="336"/>
        <source>Wanted languages: %1</source>
        <translation>Потрібні мови: %1</translation>
    </message>
</context>
</TS>
