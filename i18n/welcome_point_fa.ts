<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
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
        <translation>مراجعه‌ها را ثبت می‌کند، شیفت‌های داوطلبان را برنامه‌ریزی می‌کند و برای دفترهای مشاوره بدون نوبت ویژه پناهجویان و مهاجران گزارش‌های بی‌نام تهیه می‌کند. بدون اینترنت کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>مجوز: GNU General Public License، نسخه 3 یا بالاتر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="26"/>
        <source>Built with:</source>
        <translation>ساخته شده با:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="33"/>
        <source>About Welcome Point Desk</source>
        <translation>درباره Welcome Point Desk</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="39"/>
        <source>Not available in this version yet.</source>
        <translation>هنوز در این نسخه در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="44"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>پایگاه داده هنوز خالی است. برای آشنایی با داده‌های ساختگی، یک پوشه جداگانه را با داده‌های نمونه پر کنید و سپس برنامه را با آن باز کنید:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="17"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>این پایگاه داده با نسخه‌ای جدیدتر از Welcome Point Desk نوشته شده است. لطفاً آن نسخه را نصب کنید؛ پایگاه داده تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="21"/>
        <source>The data folder cannot be used.</source>
        <translation>از پوشه داده‌ها نمی‌توان استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="23"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>از پایگاه داده نمی‌توان استفاده کرد. برنامه‌های دیگری را که از آن استفاده می‌کنند ببندید یا یک نسخه پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="27"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>این کار انجام نشد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>خطای غیرمنتظره‌ای رخ داد؛ چیزی تغییر نکرد.</translation>
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
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="78"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="92"/>
        <source>Desk</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="93"/>
        <source>Check visitors in within seconds: the waiting queue, the visit form with topics, language and referrals, visitor cards and today&apos;s visits.</source>
        <translation>ثبت ورود مراجعان در چند ثانیه: صف انتظار، فرم مراجعه با موضوع‌ها، زبان و ارجاع‌ها، کارت‌های مراجعان و مراجعه‌های امروز.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="95"/>
        <location filename="../welcome_point/ui/main_window.py" line="98"/>
        <source>Visits in the database: %1</source>
        <translation>پایگاه داده %1 مراجعه دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="96"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="97"/>
        <source>Every visit, filtered by date, topic, language and volunteer, with CSV export.</source>
        <translation>همه مراجعه‌ها، با فیلتر بر اساس تاریخ، موضوع، زبان و داوطلب، همراه با خروجی CSV.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="99"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="100"/>
        <source>Open referrals with their follow-up dates, overdue ones highlighted, and counts per partner.</source>
        <translation>ارجاع‌های باز با تاریخ پیگیری، برجسته‌سازی موارد عقب‌افتاده و تعداد ارجاع‌ها برای هر سازمان همکار.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="101"/>
        <source>Referrals in the database: %1</source>
        <translation>پایگاه داده %1 ارجاع دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="102"/>
        <source>Directory</source>
        <translation>فهرست سازمان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="103"/>
        <source>Partner organisations with address, opening hours and languages; CSV import and export; referral slips in two languages.</source>
        <translation>سازمان‌های همکار با نشانی، ساعات کاری و زبان‌ها؛ ورود و خروج داده با CSV؛ برگه‌های ارجاع به دو زبان.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="105"/>
        <source>Partner organisations in the database: %1</source>
        <translation>پایگاه داده %1 سازمان همکار دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="106"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="107"/>
        <source>Volunteers with their languages and roles, consent dates and hour certificates.</source>
        <translation>داوطلبان با زبان‌ها و نقش‌هایشان، تاریخ رضایت‌نامه و گواهی ساعات کار داوطلبانه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="108"/>
        <source>Volunteers in the database: %1</source>
        <translation>پایگاه داده %1 داوطلب دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="109"/>
        <source>Shifts</source>
        <translation>شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="110"/>
        <source>A week view of shifts with staffing and language coverage, attendance and printed rosters.</source>
        <translation>نمای هفتگی شیفت‌ها با پوشش نیرو و زبان، حضور و غیاب و برنامه‌های چاپی.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="111"/>
        <source>Shifts in the database: %1</source>
        <translation>پایگاه داده %1 شیفت دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="112"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="113"/>
        <source>Anonymised monthly reports as PDF, CSV and JSON, with small-cell suppression, for the city and the partner cities.</source>
        <translation>گزارش‌های ماهانه بی‌نام به صورت PDF، CSV و JSON، با پنهان‌سازی اعداد کوچک، برای شهر و شهرهای همکار.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="156"/>
        <source>&amp;Go</source>
        <translation>&amp;رفتن به</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>پنجره با زبان انتخاب‌شده دوباره ساخته می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="179"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;درباره Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="182"/>
        <source>About &amp;Qt</source>
        <translation>درباره &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="197"/>
        <source>No Welcome Point set up yet</source>
        <translation>هنوز هیچ Welcome Point راه‌اندازی نشده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="202"/>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="210"/>
        <source>The database could not be opened.</source>
        <translation>پایگاه داده باز نشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="212"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="35"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="41"/>
        <source>Language of the app</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="42"/>
        <source>Switch language</source>
        <translation>تغییر زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="44"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>پنجره با زبان جدید دوباره ساخته می‌شود؛ چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="51"/>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="54"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="63"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="64"/>
        <source>Data folder:</source>
        <translation>پوشه داده‌ها:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="65"/>
        <source>Database file:</source>
        <translation>فایل پایگاه داده:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="66"/>
        <source>Schema version:</source>
        <translation>نسخه طرح‌واره:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="67"/>
        <source>Records:</source>
        <translation>رکوردها:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="68"/>
        <source>Open data folder</source>
        <translation>باز کردن پوشه داده‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>No Welcome Point set up yet</source>
        <translation>هنوز هیچ Welcome Point راه‌اندازی نشده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visitors with a card</source>
        <translation>مراجعان دارای کارت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Partner organisations</source>
        <translation>سازمان‌های همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Shifts</source>
        <translation>شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="94"/>
        <source>Shift assignments</source>
        <translation>تخصیص شیفت‌ها</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="65"/>
        <source>Residence &amp; asylum</source>
        <translation>اقامت و پناهندگی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="66"/>
        <source>Housing</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="67"/>
        <source>German courses</source>
        <translation>کلاس‌های زبان آلمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="68"/>
        <source>Work &amp; training</source>
        <translation>کار و آموزش حرفه‌ای</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="69"/>
        <source>School &amp; childcare</source>
        <translation>مدرسه و مهدکودک</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>کمک‌هزینه‌ها و اداره کار (Jobcenter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>Family &amp; reunification</source>
        <translation>خانواده و الحاق خانواده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Letters &amp; forms</source>
        <translation>نامه‌ها و فرم‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>Leisure &amp; community</source>
        <translation>اوقات فراغت و جامعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Volunteering</source>
        <translation>کار داوطلبانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Donations</source>
        <translation>کمک‌های اهدایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Other topic</source>
        <translation>موضوع دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>German</source>
        <translation>آلمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="83"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="84"/>
        <source>Farsi/Dari</source>
        <translation>فارسی/دری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="85"/>
        <source>Ukrainian</source>
        <translation>اوکراینی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>Turkish</source>
        <translation>ترکی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Kurdish</source>
        <translation>کردی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Tigrinya</source>
        <translation>تیگرینیا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Somali</source>
        <translation>سومالیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Albanian</source>
        <translation>آلبانیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Romanian</source>
        <translation>رومانیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Bulgarian</source>
        <translation>بلغاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Spanish</source>
        <translation>اسپانیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>Other language</source>
        <translation>زبان دیگر</translation>
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
        <translation>سن ذکر نشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="110"/>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="111"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="112"/>
        <source>Diverse</source>
        <translation>دیگر (متنوع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="113"/>
        <source>Gender not stated</source>
        <translation>جنسیت ذکر نشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>European Union</source>
        <translation>اتحادیه اروپا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="119"/>
        <source>Other Europe</source>
        <translation>سایر کشورهای اروپایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="120"/>
        <source>Middle East</source>
        <translation>خاورمیانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="121"/>
        <source>North Africa</source>
        <translation>شمال آفریقا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="122"/>
        <source>Sub-Saharan Africa</source>
        <translation>آفریقای جنوب صحرا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>Central and South Asia</source>
        <translation>آسیای میانه و جنوبی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other region</source>
        <translation>منطقه دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Region not stated</source>
        <translation>منطقه ذکر نشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Advice given</source>
        <translation>مشاوره داده شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Referred</source>
        <translation>ارجاع داده شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="131"/>
        <source>Appointment arranged</source>
        <translation>وقت ملاقات گرفته شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="132"/>
        <source>Asked to come back</source>
        <translation>قرار شد دوباره مراجعه کند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="133"/>
        <source>Not resolved</source>
        <translation>حل نشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Authority</source>
        <translation>اداره دولتی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Counselling</source>
        <translation>مشاوره</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="139"/>
        <source>Language course</source>
        <translation>کلاس زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="140"/>
        <source>Health service</source>
        <translation>خدمات درمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="141"/>
        <source>Housing service</source>
        <translation>خدمات مسکن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Legal aid</source>
        <translation>کمک حقوقی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Education</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Labour market</source>
        <translation>بازار کار</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Community &amp; leisure</source>
        <translation>جامعه و اوقات فراغت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Other service</source>
        <translation>خدمات دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Followed up</source>
        <translation>پیگیری شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="152"/>
        <source>Completed</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="153"/>
        <source>Not reached</source>
        <translation>تماس برقرار نشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Desk</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="159"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Coordinator</source>
        <translation>هماهنگ‌کننده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Native</source>
        <translation>زبان مادری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <source>Fluent</source>
        <translation>روان</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="165"/>
        <source>Basic</source>
        <translation>مقدماتی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="171"/>
        <source>Attended</source>
        <translation>حاضر شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="172"/>
        <source>No-show</source>
        <translation>نیامد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="173"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="179"/>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="180"/>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
</context>
</TS>
