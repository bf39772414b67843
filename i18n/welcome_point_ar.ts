<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
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
        <translation>يسجّل الزيارات، ويخطّط مناوبات المتطوعين، ويُعدّ تقارير مجهولة الهوية لمكاتب الاستشارة المفتوحة دون موعد للاجئين والمهاجرين. يعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>الترخيص: رخصة جنو العمومية (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="26"/>
        <source>Built with:</source>
        <translation>بُني باستخدام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="33"/>
        <source>About Welcome Point Desk</source>
        <translation>حول Welcome Point Desk</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="39"/>
        <source>Not available in this version yet.</source>
        <translation>غير متاح في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="44"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>قاعدة البيانات فارغة حتى الآن. للتجربة ببيانات متخيَّلة، املأ مجلدًا منفصلًا بالبيانات التجريبية، ثم افتح التطبيق عليه:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="17"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من Welcome Point Desk. يُرجى تثبيت ذلك الإصدار؛ لم تُغيَّر قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="21"/>
        <source>The data folder cannot be used.</source>
        <translation>لا يمكن استخدام مجلد البيانات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="23"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>لا يمكن استخدام قاعدة البيانات. أغلق البرامج الأخرى التي تستخدمها، أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="27"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>تعذّر إتمام الإجراء؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>حدث خطأ غير متوقع؛ لم يتغيّر شيء.</translation>
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
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="78"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="92"/>
        <source>Desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="93"/>
        <source>Check visitors in within seconds: the waiting queue, the visit form with topics, language and referrals, visitor cards and today&apos;s visits.</source>
        <translation>تسجيل وصول الزوار في ثوانٍ: قائمة الانتظار، واستمارة الزيارة مع المواضيع واللغة والإحالات، وبطاقات الزوار، وزيارات اليوم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="95"/>
        <location filename="../welcome_point/ui/main_window.py" line="98"/>
        <source>Visits in the database: %1</source>
        <translation>عدد الزيارات في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="96"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="97"/>
        <source>Every visit, filtered by date, topic, language and volunteer, with CSV export.</source>
        <translation>جميع الزيارات، مع التصفية حسب التاريخ والموضوع واللغة والمتطوع، والتصدير بصيغة CSV.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="99"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="100"/>
        <source>Open referrals with their follow-up dates, overdue ones highlighted, and counts per partner.</source>
        <translation>الإحالات المفتوحة مع مواعيد متابعتها، مع إبراز المتأخرة منها، وعددها لكل شريك.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="101"/>
        <source>Referrals in the database: %1</source>
        <translation>عدد الإحالات في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="102"/>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="103"/>
        <source>Partner organisations with address, opening hours and languages; CSV import and export; referral slips in two languages.</source>
        <translation>المنظمات الشريكة مع العنوان وساعات العمل واللغات؛ استيراد وتصدير بصيغة CSV؛ قسائم إحالة بلغتين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="105"/>
        <source>Partner organisations in the database: %1</source>
        <translation>عدد المنظمات الشريكة في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="106"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="107"/>
        <source>Volunteers with their languages and roles, consent dates and hour certificates.</source>
        <translation>المتطوعون مع لغاتهم وأدوارهم، وتواريخ الموافقة، وشهادات ساعات التطوع.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="108"/>
        <source>Volunteers in the database: %1</source>
        <translation>عدد المتطوعين في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="109"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="110"/>
        <source>A week view of shifts with staffing and language coverage, attendance and printed rosters.</source>
        <translation>عرض أسبوعي للمناوبات مع تغطية الأفراد واللغات، والحضور، وجداول مناوبات مطبوعة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="111"/>
        <source>Shifts in the database: %1</source>
        <translation>عدد المناوبات في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="112"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="113"/>
        <source>Anonymised monthly reports as PDF, CSV and JSON, with small-cell suppression, for the city and the partner cities.</source>
        <translation>تقارير شهرية مجهولة الهوية بصيغ PDF وCSV وJSON، مع إخفاء الأعداد الصغيرة، للمدينة والمدن الشريكة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="156"/>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>يُعاد بناء النافذة باللغة المختارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="179"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;حول Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="182"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="197"/>
        <source>No Welcome Point set up yet</source>
        <translation>لم يُعَدّ أي Welcome Point بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="202"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="210"/>
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="212"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="35"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="41"/>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="42"/>
        <source>Switch language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="44"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>يُعاد بناء النافذة باللغة الجديدة؛ دون فقدان أي شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="51"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="54"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="63"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="64"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="65"/>
        <source>Database file:</source>
        <translation>ملف قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="66"/>
        <source>Schema version:</source>
        <translation>إصدار المخطط:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="67"/>
        <source>Records:</source>
        <translation>السجلات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="68"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>No Welcome Point set up yet</source>
        <translation>لم يُعَدّ أي Welcome Point بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visitors with a card</source>
        <translation>زوار لديهم بطاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="94"/>
        <source>Shift assignments</source>
        <translation>تعيينات المناوبات</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="65"/>
        <source>Residence &amp; asylum</source>
        <translation>الإقامة واللجوء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="66"/>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="67"/>
        <source>German courses</source>
        <translation>دورات اللغة الألمانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="68"/>
        <source>Work &amp; training</source>
        <translation>العمل والتدريب</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="69"/>
        <source>School &amp; childcare</source>
        <translation>المدرسة ورعاية الأطفال</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>الإعانات ومركز العمل (Jobcenter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>Family &amp; reunification</source>
        <translation>الأسرة ولمّ الشمل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Letters &amp; forms</source>
        <translation>الرسائل والاستمارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>Leisure &amp; community</source>
        <translation>الترفيه والمجتمع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Volunteering</source>
        <translation>العمل التطوعي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Other topic</source>
        <translation>موضوع آخر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="83"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="84"/>
        <source>Farsi/Dari</source>
        <translation>الفارسية/الدرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="85"/>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Pashto</source>
        <translation>البشتوية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>Other language</source>
        <translation>لغة أخرى</translation>
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
        <translation>العمر غير مذكور</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="110"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="111"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="112"/>
        <source>Diverse</source>
        <translation>آخر (متنوع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="113"/>
        <source>Gender not stated</source>
        <translation>الجنس غير مذكور</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>European Union</source>
        <translation>الاتحاد الأوروبي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="119"/>
        <source>Other Europe</source>
        <translation>بقية أوروبا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="120"/>
        <source>Middle East</source>
        <translation>الشرق الأوسط</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="121"/>
        <source>North Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="122"/>
        <source>Sub-Saharan Africa</source>
        <translation>أفريقيا جنوب الصحراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>Central and South Asia</source>
        <translation>آسيا الوسطى والجنوبية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other region</source>
        <translation>منطقة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Region not stated</source>
        <translation>المنطقة غير مذكورة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Advice given</source>
        <translation>قُدّمت المشورة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Referred</source>
        <translation>تمت الإحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="131"/>
        <source>Appointment arranged</source>
        <translation>تم ترتيب موعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="132"/>
        <source>Asked to come back</source>
        <translation>طُلبت العودة لاحقًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="133"/>
        <source>Not resolved</source>
        <translation>لم تُحلّ</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Authority</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Counselling</source>
        <translation>خدمة استشارية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="139"/>
        <source>Language course</source>
        <translation>دورة لغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="140"/>
        <source>Health service</source>
        <translation>خدمة صحية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="141"/>
        <source>Housing service</source>
        <translation>خدمة سكن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Legal aid</source>
        <translation>مساعدة قانونية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Labour market</source>
        <translation>سوق العمل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Community &amp; leisure</source>
        <translation>المجتمع والترفيه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Other service</source>
        <translation>خدمة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Followed up</source>
        <translation>تمت المتابعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="152"/>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="153"/>
        <source>Not reached</source>
        <translation>تعذّر التواصل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Interpreter</source>
        <translation>مترجم شفهي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="159"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Native</source>
        <translation>لغة أم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <source>Fluent</source>
        <translation>بطلاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="165"/>
        <source>Basic</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Planned</source>
        <translation>مخطَّط</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="171"/>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="172"/>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="173"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>Volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="179"/>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="180"/>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
</TS>
