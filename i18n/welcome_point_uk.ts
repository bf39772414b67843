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
    <name>EmptyStatePage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="39"/>
        <source>Not available in this version yet.</source>
        <translation>У цій версії ще недоступно.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="44"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>База даних поки що порожня. Щоб ознайомитися з вигаданими даними, заповніть окрему папку демонстраційними даними, а потім відкрийте з нею програму:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="17"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>Цю базу даних записала новіша версія Welcome Point Desk. Встановіть, будь ласка, цю версію; базу даних не змінено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="21"/>
        <source>The data folder cannot be used.</source>
        <translation>Папку даних не можна використати.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="23"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>Базу даних не можна використати. Закрийте інші програми, які її використовують, або відновіть резервну копію.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="27"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>Дію не вдалося завершити; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>Сталася неочікувана помилка; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="44"/>
        <source>Welcome Point Desk</source>
        <translation>Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="51"/>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="78"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="92"/>
        <source>Desk</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="93"/>
        <source>Check visitors in within seconds: the waiting queue, the visit form with topics, language and referrals, visitor cards and today&apos;s visits.</source>
        <translation>Реєстрація відвідувачів за лічені секунди: черга очікування, форма відвідування з темами, мовою та направленнями, картки відвідувачів і сьогоднішні відвідування.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="95"/>
        <location filename="../welcome_point/ui/main_window.py" line="98"/>
        <source>Visits in the database: %1</source>
        <translation>Відвідувань у базі даних: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="96"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="97"/>
        <source>Every visit, filtered by date, topic, language and volunteer, with CSV export.</source>
        <translation>Усі відвідування з фільтрами за датою, темою, мовою та волонтером, з експортом у CSV.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="99"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="100"/>
        <source>Open referrals with their follow-up dates, overdue ones highlighted, and counts per partner.</source>
        <translation>Відкриті направлення з датами повторного контакту (прострочені виділено) і кількістю за партнерами.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="101"/>
        <source>Referrals in the database: %1</source>
        <translation>Направлень у базі даних: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="102"/>
        <source>Directory</source>
        <translation>Довідник</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="103"/>
        <source>Partner organisations with address, opening hours and languages; CSV import and export; referral slips in two languages.</source>
        <translation>Організації-партнери з адресою, годинами роботи та мовами; імпорт і експорт CSV; бланки направлень двома мовами.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="105"/>
        <source>Partner organisations in the database: %1</source>
        <translation>Організацій-партнерів у базі даних: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="106"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="107"/>
        <source>Volunteers with their languages and roles, consent dates and hour certificates.</source>
        <translation>Волонтери з їхніми мовами та ролями, датами згоди й довідками про відпрацьовані години.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="108"/>
        <source>Volunteers in the database: %1</source>
        <translation>Волонтерів у базі даних: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="109"/>
        <source>Shifts</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="110"/>
        <source>A week view of shifts with staffing and language coverage, attendance and printed rosters.</source>
        <translation>Тижневий огляд змін: укомплектованість і покриття мов, присутність і друковані графіки чергувань.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="111"/>
        <source>Shifts in the database: %1</source>
        <translation>Змін у базі даних: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="112"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="113"/>
        <source>Anonymised monthly reports as PDF, CSV and JSON, with small-cell suppression, for the city and the partner cities.</source>
        <translation>Анонімізовані щомісячні звіти у форматах PDF, CSV і JSON із приховуванням малих значень — для міста та міст-партнерів.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="156"/>
        <source>&amp;Go</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>Вікно буде перебудовано вибраною мовою.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="179"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;Про Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="182"/>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="197"/>
        <source>No Welcome Point set up yet</source>
        <translation>Welcome Point ще не налаштовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="202"/>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="210"/>
        <source>The database could not be opened.</source>
        <translation>Не вдалося відкрити базу даних.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="212"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="35"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="41"/>
        <source>Language of the app</source>
        <translation>Мова застосунку</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="42"/>
        <source>Switch language</source>
        <translation>Змінити мову</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="44"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>Вікно буде перебудовано новою мовою; нічого не втратиться.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="51"/>
        <source>Data</source>
        <translation>Дані</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="54"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="63"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="64"/>
        <source>Data folder:</source>
        <translation>Папка даних:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="65"/>
        <source>Database file:</source>
        <translation>Файл бази даних:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="66"/>
        <source>Schema version:</source>
        <translation>Версія схеми:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="67"/>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="68"/>
        <source>Open data folder</source>
        <translation>Відкрити папку даних</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>No Welcome Point set up yet</source>
        <translation>Welcome Point ще не налаштовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visitors with a card</source>
        <translation>Відвідувачі з карткою</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Partner organisations</source>
        <translation>Організації-партнери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Shifts</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="94"/>
        <source>Shift assignments</source>
        <translation>Призначення на зміни</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="65"/>
        <source>Residence &amp; asylum</source>
        <translation>Перебування та притулок</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="66"/>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="67"/>
        <source>German courses</source>
        <translation>Курси німецької</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="68"/>
        <source>Work &amp; training</source>
        <translation>Робота та профнавчання</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="69"/>
        <source>School &amp; childcare</source>
        <translation>Школа та догляд за дітьми</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>Соцвиплати та Jobcenter</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>Family &amp; reunification</source>
        <translation>Сім’я та возз’єднання</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Letters &amp; forms</source>
        <translation>Листи та бланки</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>Leisure &amp; community</source>
        <translation>Дозвілля та громада</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Volunteering</source>
        <translation>Волонтерство</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Donations</source>
        <translation>Пожертви</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Other topic</source>
        <translation>Інша тема</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>German</source>
        <translation>Німецька</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="83"/>
        <source>Arabic</source>
        <translation>Арабська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="84"/>
        <source>Farsi/Dari</source>
        <translation>Фарсі/дарі</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="85"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>Turkish</source>
        <translation>Турецька</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Kurdish</source>
        <translation>Курдська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Tigrinya</source>
        <translation>Тигринья</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Somali</source>
        <translation>Сомалі</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Pashto</source>
        <translation>Пушту</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>French</source>
        <translation>Французька</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Albanian</source>
        <translation>Албанська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Romanian</source>
        <translation>Румунська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Bulgarian</source>
        <translation>Болгарська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Spanish</source>
        <translation>Іспанська</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>Other language</source>
        <translation>Інша мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="101"/>
        <source>0–17</source>
        <translation>0–17</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="102"/>
        <source>18–26</source>
        <translation>18–26</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="103"/>
        <source>27–39</source>
        <translation>27–39</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="104"/>
        <source>40–59</source>
        <translation>40–59</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="105"/>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="106"/>
        <source>Age not stated</source>
        <translation>Вік не вказано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="110"/>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="111"/>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="112"/>
        <source>Diverse</source>
        <translation>Інша</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="113"/>
        <source>Gender not stated</source>
        <translation>Стать не вказано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>European Union</source>
        <translation>Європейський Союз</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="119"/>
        <source>Other Europe</source>
        <translation>Інші країни Європи</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="120"/>
        <source>Middle East</source>
        <translation>Близький Схід</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="121"/>
        <source>North Africa</source>
        <translation>Північна Африка</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="122"/>
        <source>Sub-Saharan Africa</source>
        <translation>Африка на південь від Сахари</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>Central and South Asia</source>
        <translation>Центральна та Південна Азія</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other region</source>
        <translation>Інший регіон</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Region not stated</source>
        <translation>Регіон не вказано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Advice given</source>
        <translation>Надано консультацію</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Referred</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="131"/>
        <source>Appointment arranged</source>
        <translation>Призначено зустріч</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="132"/>
        <source>Asked to come back</source>
        <translation>Запрошено прийти ще раз</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="133"/>
        <source>Not resolved</source>
        <translation>Не вирішено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Authority</source>
        <translation>Державна установа</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Counselling</source>
        <translation>Консультування</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="139"/>
        <source>Language course</source>
        <translation>Мовний курс</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="140"/>
        <source>Health service</source>
        <translation>Медична служба</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="141"/>
        <source>Housing service</source>
        <translation>Житлова служба</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Legal aid</source>
        <translation>Правова допомога</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Education</source>
        <translation>Освіта</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Labour market</source>
        <translation>Ринок праці</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Community &amp; leisure</source>
        <translation>Громада та дозвілля</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Other service</source>
        <translation>Інша служба</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Followed up</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="152"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="153"/>
        <source>Not reached</source>
        <translation>Не вдалося зв’язатися</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Desk</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="159"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Native</source>
        <translation>Рідна мова</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <source>Fluent</source>
        <translation>Вільне володіння</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="165"/>
        <source>Basic</source>
        <translation>Базові знання</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="171"/>
        <source>Attended</source>
        <translation>Відпрацьовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="172"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="173"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="179"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="180"/>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
</context>
</TS>
