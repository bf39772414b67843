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
    <name>CardCode</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="551"/>
        <source>Type or scan a card code.</source>
        <translation>اكتب رمز البطاقة أو امسحه ضوئيًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="552"/>
        <source>A card code has 10 characters (like K7MXP-Q4TAC): a character is missing or extra.</source>
        <translation>يتكوّن رمز البطاقة من 10 خانات (مثل K7MXP-Q4TAC): هناك خانة ناقصة أو زائدة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="554"/>
        <source>This is not a card code: cards use only the letters and digits printed on them (no 0, O, 1, I or L).</source>
        <translation>هذا ليس رمز بطاقة: تستخدم البطاقات الحروف والأرقام المطبوعة عليها فقط (دون 0 أو O أو 1 أو I أو L).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="557"/>
        <source>The code does not add up: probably a typing error. Please compare it with the card.</source>
        <translation>الرمز غير صحيح: على الأرجح خطأ في الكتابة. يُرجى مقارنته بالبطاقة.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Arrived</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Waited</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="203"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="207"/>
        <source>No visits yet today. Saved visits appear here; Enter edits the selected one, Delete removes it.</source>
        <translation>لا توجد زيارات اليوم بعد. تظهر الزيارات المحفوظة هنا؛ مفتاح Enter يعدّل الزيارة المحددة، ومفتاح Delete يحذفها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="211"/>
        <source>Edit (Enter)</source>
        <translation>تعديل (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="212"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="287"/>
        <source>Choose a language from the list, or leave the field empty.</source>
        <translation>اختر لغة من القائمة، أو اترك الحقل فارغًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="306"/>
        <location filename="../welcome_point/ui/desk_page.py" line="517"/>
        <source>Save or clear the current visit first (Ctrl+Enter or Esc).</source>
        <translation>احفظ الزيارة الحالية أو امسحها أولًا (Ctrl+Enter أو Esc).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="327"/>
        <source>Select the person who left in the list first.</source>
        <translation>حدّد أولًا في القائمة الشخص الذي غادر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="329"/>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="330"/>
        <source>Remove the selected person from the queue?</source>
        <translation>هل تريد إزالة الشخص المحدد من قائمة الانتظار؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="360"/>
        <source>(not recorded)</source>
        <translation>(غير مسجَّل)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="405"/>
        <source>Changes saved.</source>
        <translation>حُفظت التغييرات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="407"/>
        <source>Visit saved.</source>
        <translation>حُفظت الزيارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="416"/>
        <source>Clear the form first (Esc), then undo.</source>
        <translation>امسح النموذج أولًا (Esc)، ثم تراجع.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="425"/>
        <source>Undone: the visit is back in the form.</source>
        <translation>تم التراجع: عادت الزيارة إلى النموذج.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="490"/>
        <source>Today&apos;s visits: %1</source>
        <translation>زيارات اليوم: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="499"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="535"/>
        <source>Delete visit</source>
        <translation>حذف الزيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="536"/>
        <source>Delete the selected visit with its topics and referrals? This cannot be undone.</source>
        <translation>هل تريد حذف الزيارة المحددة مع مواضيعها وإحالاتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="547"/>
        <source>Visit deleted.</source>
        <translation>حُذفت الزيارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="557"/>
        <source>Desk</source>
        <translation>الاستقبال</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="37"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="38"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="39"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="40"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="42"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="43"/>
        <source>Opening hours</source>
        <translation>أوقات الدوام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="44"/>
        <source>What to bring</source>
        <translation>ما يجب إحضاره</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="45"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="47"/>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="48"/>
        <source>Archived</source>
        <translation>مؤرشَفة</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="265"/>
        <source>Search name, address, category, topic, language… (Ctrl+F)</source>
        <translation>ابحث بالاسم أو العنوان أو الفئة أو الموضوع أو اللغة… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="267"/>
        <source>Search the directory</source>
        <translation>البحث في الدليل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="268"/>
        <source>Show &amp;archived</source>
        <translation>إ&amp;ظهار المؤرشَفة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="269"/>
        <source>&amp;New…</source>
        <translation>&amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="270"/>
        <source>A new partner organisation (Ctrl+N)</source>
        <translation>منظمة شريكة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="271"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="272"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation>تعديل المنظمة المحددة (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="273"/>
        <location filename="../welcome_point/ui/directory_page.py" line="476"/>
        <source>Archi&amp;ve…</source>
        <translation>أ&amp;رشفة…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="274"/>
        <source>&amp;Import CSV…</source>
        <translation>ا&amp;ستيراد CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="275"/>
        <source>Add organisations from a CSV file (UTF-8, separated by ; or ,)</source>
        <translation>إضافة منظمات من ملف CSV (بترميز UTF-8، مفصولة بـ ; أو ,)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="277"/>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="278"/>
        <source>Save the whole directory as a CSV file (while it is empty: a template to fill in)</source>
        <translation>حفظ الدليل كاملًا كملف CSV (إذا كان فارغًا: نموذج للتعبئة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="294"/>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="342"/>
        <source>Details of the selected organisation</source>
        <translation>تفاصيل المنظمة المحددة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="430"/>
        <source>No partner organisations yet: add one with New (Ctrl+N) or import a CSV file (Ctrl+I).</source>
        <translation>لا توجد منظمات شريكة بعد: أضف منظمة عبر «جديدة» (Ctrl+N) أو استورد ملف CSV (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="433"/>
        <source>No organisation matches “%1”.</source>
        <translation>لا توجد منظمة تطابق «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="435"/>
        <source>All organisations are archived: tick “Show archived” to see them.</source>
        <translation>جميع المنظمات مؤرشَفة: فعّل «إظهار المؤرشَفة» لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="439"/>
        <source>%1 of %2 organisations shown · %3 archived not shown</source>
        <translation>عرض %1 من %2 منظمة · %3 مؤرشَفة غير معروضة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="443"/>
        <source>%1 of %2 organisations shown</source>
        <translation>عرض %1 من %2 منظمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="475"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="488"/>
        <source>Example – please check</source>
        <translation>مثال – يُرجى التحقق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="489"/>
        <source>Invented example data: check every detail, then untick “Example” when editing.</source>
        <translation>بيانات أمثلة متخيَّلة: تحقّق من كل التفاصيل، ثم ألغِ تحديد «مثال» عند التعديل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="492"/>
        <source>Archived: not offered at the desk.</source>
        <translation>مؤرشَفة: لا تُعرض في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="496"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="498"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="500"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="502"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="505"/>
        <source>Opening hours</source>
        <translation>أوقات الدوام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="507"/>
        <source>What to bring</source>
        <translation>ما يجب إحضاره</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="509"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="511"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="565"/>
        <location filename="../welcome_point/ui/directory_page.py" line="592"/>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="583"/>
        <source>Archive organisation</source>
        <translation>أرشفة المنظمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="584"/>
        <source>Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. You can restore it later (tick “Show archived”).</source>
        <translation>هل تريد أرشفة «%1»؟ لن تُعرض بعد الآن في الاستقبال؛ وتبقى الإحالات إليها محفوظة. يمكنك استعادتها لاحقًا (فعّل «إظهار المؤرشَفة»).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="610"/>
        <source>Import partner organisations</source>
        <translation>استيراد المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="611"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="616"/>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="633"/>
        <location filename="../welcome_point/ui/directory_page.py" line="636"/>
        <location filename="../welcome_point/ui/directory_page.py" line="649"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="634"/>
        <source>The file holds no organisations; nothing was imported.</source>
        <translation>لا يحتوي الملف على أي منظمة؛ لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="637"/>
        <source>%n organisation(s) imported. Imported entries are not marked as examples; check them as you use them.</source>
        <translation>
            <numerusform>استُوردت %n منظمة. لا تُعلَّم الإدخالات المستوردة كأمثلة؛ تحقّق منها أثناء استخدامها.</numerusform>
            <numerusform>استُوردت %n منظمة. لا تُعلَّم الإدخالات المستوردة كأمثلة؛ تحقّق منها أثناء استخدامها.</numerusform>
            <numerusform>استُوردت %n منظمتان. لا تُعلَّم الإدخالات المستوردة كأمثلة؛ تحقّق منها أثناء استخدامها.</numerusform>
            <numerusform>استُوردت %n منظمات. لا تُعلَّم الإدخالات المستوردة كأمثلة؛ تحقّق منها أثناء استخدامها.</numerusform>
            <numerusform>استُوردت %n منظمة. لا تُعلَّم الإدخالات المستوردة كأمثلة؛ تحقّق منها أثناء استخدامها.</numerusform>
            <numerusform>استُوردت %n منظمة. لا تُعلَّم الإدخالات المستوردة كأمثلة؛ تحقّق منها أثناء استخدامها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="646"/>
        <source>%1

Nothing was imported.</source>
        <comment>%1: why the file was refused</comment>
        <translation>%1

لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="647"/>
        <source>Import refused</source>
        <translation>رُفض الاستيراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="682"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>تعذّرت كتابة الملف.

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="655"/>
        <source>Export partner organisations</source>
        <translation>تصدير المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="656"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="663"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="672"/>
        <source>%n organisation(s) exported to %1.</source>
        <translation>
            <numerusform>صُدِّرت %n منظمة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n منظمة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n منظمتان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n منظمات إلى %1.</numerusform>
            <numerusform>صُدِّرت %n منظمة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n منظمة إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="681"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>DirectoryProblems</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="60"/>
        <source>The name is missing.</source>
        <translation>الاسم مفقود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="61"/>
        <source>The category is missing.</source>
        <translation>الفئة مفقودة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="62"/>
        <source>“%1” is not a known category. Use a category code such as authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community or other.</source>
        <translation>«%1» ليست فئة معروفة. استخدم رمز فئة مثل authority أو counselling أو language_course أو health أو housing أو legal_aid أو education أو labour_market أو community أو other.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="66"/>
        <source>“%1” is not a phone number: use digits, spaces and + / - ( ) only, at least 5 digits.</source>
        <translation>«%1» ليس رقم هاتف: استخدم الأرقام والمسافات و+ / - ( ) فقط، و5 أرقام على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="69"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="70"/>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation>«%1» ليس عنوان موقع إلكتروني: يجب أن يبدأ بـ http:// أو https://.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="72"/>
        <source>“%1” is not a known topic. Separate topic codes with | (for example residence|housing).</source>
        <translation>«%1» ليس موضوعًا معروفًا. افصل بين رموز المواضيع بـ | (مثلًا residence|housing).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="75"/>
        <source>“%1” is not a known language. Separate language codes with | (for example de|en|ar).</source>
        <translation>«%1» ليست لغة معروفة. افصل بين رموز اللغات بـ | (مثلًا de|en|ar).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="78"/>
        <source>The text is longer than %1 characters.</source>
        <translation>النص أطول من %1 حرفًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="80"/>
        <source>The text contains an invisible control character.</source>
        <translation>يحتوي النص على محرف تحكّم غير مرئي.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="82"/>
        <source>“%1” is neither yes nor no (leave the cell empty for no).</source>
        <translation>«%1» ليست yes ولا no (اترك الخلية فارغة للإجابة no).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="84"/>
        <source>The row has a different number of cells than the header line: a separator is missing or one too many.</source>
        <translation>عدد الخلايا في الصف يختلف عن عددها في سطر العناوين: هناك فاصل ناقص أو زائد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="87"/>
        <source>A value stands in a column without a heading.</source>
        <translation>توجد قيمة في عمود بلا عنوان.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="89"/>
        <source>The header line has no column “%1”; it is required.</source>
        <translation>لا يحتوي سطر العناوين على العمود «%1»؛ وهو مطلوب.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="91"/>
        <source>The column “%1” is not known. Known columns: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</source>
        <translation>العمود «%1» غير معروف. الأعمدة المعروفة: name، category، address، phone، email، website، opening_hours، what_to_bring، topics، languages، example، archived.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="94"/>
        <source>The column “%1” appears twice.</source>
        <translation>العمود «%1» مكرَّر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="96"/>
        <source>The same organisation (name and address) is already on line %1.</source>
        <translation>المنظمة نفسها (الاسم والعنوان) موجودة من قبل في السطر %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="98"/>
        <source>“%1” with this address is already in the directory.</source>
        <translation>«%1» بهذا العنوان موجودة من قبل في الدليل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="100"/>
        <source>The row is not valid: %1</source>
        <translation>الصف غير صالح: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="109"/>
        <source>The file is larger than 2 MB; a directory file is much smaller. Is it the right file?</source>
        <translation>حجم الملف أكبر من 2 ميغابايت؛ ملف الدليل أصغر من ذلك بكثير. هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="112"/>
        <source>The file has more than 5,000 rows; a directory file has far fewer. Is it the right file?</source>
        <translation>يحتوي الملف على أكثر من 5000 صف؛ ملف الدليل فيه صفوف أقل بكثير. هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="115"/>
        <source>Line %1 is not UTF-8 text. In your spreadsheet program, save the file as “CSV UTF-8” and import it again.</source>
        <translation>السطر %1 ليس نصًا بترميز UTF-8. في برنامج الجداول، احفظ الملف بصيغة «CSV UTF-8» ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="118"/>
        <source>The file is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>الملف محفوظ بترميز UTF-16 («نص Unicode»). احفظه بصيغة «CSV UTF-8» ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="121"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="122"/>
        <source>Line %1 cannot be read as CSV (check the quotation marks).</source>
        <translation>تعذّرت قراءة السطر %1 كـ CSV (تحقّق من علامات الاقتباس).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="128"/>
        <source>The file cannot be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
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
    <name>ImportReportDialog</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="200"/>
        <source>Import refused</source>
        <translation>رُفض الاستيراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="204"/>
        <source>Nothing was imported: the header line of the file has problems. Correct them and import the file again.</source>
        <translation>لم يُستورد شيء: في سطر العناوين في الملف مشكلات. صحّحها ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the file (or delete those rows) and import it again.</source>
        <translation>لم يُستورد شيء: في %1 من %2 صف مشكلات. صحّحها في الملف (أو احذف تلك الصفوف) ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="216"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="216"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="216"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="239"/>
        <source>&amp;Copy list</source>
        <translation>&amp;نسخ القائمة</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="154"/>
        <source>Type a language…</source>
        <translation>اكتب اسم لغة…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="50"/>
        <source>Welcome Point Desk</source>
        <translation>Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="57"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="87"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="101"/>
        <location filename="../welcome_point/ui/main_window.py" line="127"/>
        <source>Desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="102"/>
        <location filename="../welcome_point/ui/main_window.py" line="135"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="103"/>
        <location filename="../welcome_point/ui/main_window.py" line="142"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="104"/>
        <location filename="../welcome_point/ui/main_window.py" line="151"/>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="105"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="106"/>
        <source>Volunteers with their languages and roles, consent dates and hour certificates.</source>
        <translation>المتطوعون مع لغاتهم وأدوارهم، وتواريخ الموافقة، وشهادات ساعات التطوع.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="107"/>
        <source>Volunteers in the database: %1</source>
        <translation>عدد المتطوعين في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="108"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="109"/>
        <source>A week view of shifts with staffing and language coverage, attendance and printed rosters.</source>
        <translation>عرض أسبوعي للمناوبات مع تغطية الأفراد واللغات، والحضور، وجداول مناوبات مطبوعة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="110"/>
        <source>Shifts in the database: %1</source>
        <translation>عدد المناوبات في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="111"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="112"/>
        <source>Anonymised monthly reports as PDF, CSV and JSON, with small-cell suppression, for the city and the partner cities.</source>
        <translation>تقارير شهرية مجهولة الهوية بصيغ PDF وCSV وJSON، مع إخفاء الأعداد الصغيرة، للمدينة والمدن الشريكة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="114"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="209"/>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="217"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="227"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>يُعاد بناء النافذة باللغة المختارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="231"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="232"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;حول Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="235"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="250"/>
        <source>No Welcome Point set up yet</source>
        <translation>لم يُعَدّ أي Welcome Point بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="255"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="269"/>
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="274"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="293"/>
        <source>Visit not saved</source>
        <translation>الزيارة غير محفوظة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="294"/>
        <source>The visit in the form is not saved yet. Close anyway? (A person called from the queue keeps their place.)</source>
        <translation>الزيارة في النموذج لم تُحفظ بعد. هل تريد الإغلاق على أي حال؟ (يحتفظ الشخص الذي استُدعي من قائمة الانتظار بمكانه.)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="157"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="158"/>
        <source>Print referral slip</source>
        <translation>طباعة ورقة الإحالة</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="166"/>
        <source>New partner organisation</source>
        <translation>منظمة شريكة جديدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="167"/>
        <source>Edit partner organisation</source>
        <translation>تعديل منظمة شريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="180"/>
        <source>Choose a category</source>
        <translation>اختر فئة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="182"/>
        <source>Street and number, postcode and town</source>
        <translation>الشارع والرقم، الرمز البريدي والمدينة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="186"/>
        <source>e.g. Mon–Fri 9–12</source>
        <translation>مثلًا: الإثنين–الجمعة 9–12</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="195"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="197"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="198"/>
        <source>Example data – not yet checked (untick once you have checked the details)</source>
        <translation>بيانات أمثلة – لم يُتحقَّق منها بعد (ألغِ التحديد بعد التحقق من التفاصيل)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;Website:</source>
        <translation>الم&amp;وقع الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>&amp;Opening hours:</source>
        <translation>أوقات ال&amp;دوام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>What to &amp;bring:</source>
        <translation>ما يجب إ&amp;حضاره:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Topics:</source>
        <translation>ال&amp;مواضيع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Languages spoken:</source>
        <translation>ال&amp;لغات المحكية:</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="84"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="84"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="124"/>
        <source>Archived</source>
        <translation>مؤرشَفة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="126"/>
        <source>Example – please check</source>
        <translation>مثال – يُرجى التحقق</translation>
    </message>
</context>
<context>
    <name>PartnerCountsModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="201"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="203"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="132"/>
        <location filename="../welcome_point/ui/printing.py" line="139"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="140"/>
        <source>The PDF was written but no viewer could open it. Open it yourself from:
%1</source>
        <translation>كُتب ملف PDF لكن تعذّر فتحه بأي برنامج عرض. افتحه بنفسك من:
%1</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="31"/>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="32"/>
        <source>Where to go</source>
        <translation>إلى أين تذهب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="33"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="34"/>
        <location filename="../welcome_point/ui/printing.py" line="43"/>
        <source>Opening hours</source>
        <translation>أوقات الدوام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="35"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="36"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="37"/>
        <source>Please bring</source>
        <translation>من فضلك أحضِر معك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="38"/>
        <source>Issued by</source>
        <translation>صادرة عن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="39"/>
        <source>Scan for the address</source>
        <translation>امسح الرمز لترى العنوان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="42"/>
        <source>Please bring this card to your next visit.</source>
        <translation>من فضلك أحضِر هذه البطاقة معك في زيارتك القادمة.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="60"/>
        <source>Language needed</source>
        <translation>اللغة المطلوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="62"/>
        <source>Card code (optional)</source>
        <translation>رمز البطاقة (اختياري)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="64"/>
        <source>Arrival (F2)</source>
        <translation>تسجيل وصول (F2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="68"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="72"/>
        <source>Nobody is waiting. Press F2 when someone arrives.</source>
        <translation>لا أحد في الانتظار. اضغط F2 عند وصول شخص.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="75"/>
        <source>Next (F3)</source>
        <translation>التالي (F3)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="76"/>
        <source>Left without visit</source>
        <translation>غادر دون زيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="82"/>
        <source>At the desk</source>
        <translation>عند الاستقبال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="86"/>
        <source>Language needed:</source>
        <translation>اللغة المطلوبة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="97"/>
        <source>At the desk:</source>
        <translation>عند الاستقبال:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="105"/>
        <source>language not known</source>
        <translation>اللغة غير معروفة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="106"/>
        <source>%1 · waiting %2 min</source>
        <translation>%1 · ينتظر منذ %2 دقيقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="109"/>
        <source>card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="117"/>
        <source>Queue: %1 waiting</source>
        <translation>قائمة الانتظار: %1 في الانتظار</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="100"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="100"/>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/referrals_page.py" line="140"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>متأخرة بمقدار %n يوم</numerusform>
            <numerusform>متأخرة بمقدار %n يوم</numerusform>
            <numerusform>متأخرة بمقدار %n يومين</numerusform>
            <numerusform>متأخرة بمقدار %n أيام</numerusform>
            <numerusform>متأخرة بمقدار %n يومًا</numerusform>
            <numerusform>متأخرة بمقدار %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="144"/>
        <source>Status changed on %1</source>
        <translation>تغيّرت الحالة في %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="168"/>
        <source>%1 – overdue</source>
        <translation>%1 – متأخرة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="171"/>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="262"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="263"/>
        <source>Per partner</source>
        <translation>حسب الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="286"/>
        <source>To do: open and followed up</source>
        <translation>للمتابعة: المفتوحة وتمت متابعتها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="287"/>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="290"/>
        <source>Completed in the last %1 days</source>
        <translation>المكتملة في آخر %1 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="291"/>
        <source>Not reached in the last %1 days</source>
        <translation>التي تعذّر التواصل بشأنها في آخر %1 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="292"/>
        <source>All (closed ones of the last %1 days)</source>
        <translation>الكل (مع المغلقة في آخر %1 يومًا)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="302"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="305"/>
        <source>&amp;Partner:</source>
        <translation>ال&amp;شريك:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="312"/>
        <location filename="../welcome_point/ui/referrals_page.py" line="643"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="341"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="355"/>
        <source>Next follow-up on</source>
        <translation>المتابعة التالية في</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="356"/>
        <source>Followed &amp;up (F)</source>
        <translation>تمت ال&amp;متابعة (F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="357"/>
        <source>The partner or the visitor was contacted; the next follow-up is on the date chosen beside it.</source>
        <translation>تم التواصل مع الشريك أو الزائر؛ المتابعة التالية في التاريخ المختار بجانبه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="358"/>
        <source>Set &amp;date (D)</source>
        <translation>تحديد ال&amp;تاريخ (D)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="359"/>
        <source>Move the next follow-up to the date chosen beside it, without changing the status.</source>
        <translation>نقل المتابعة التالية إلى التاريخ المختار بجانبه، دون تغيير الحالة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="360"/>
        <source>&amp;Completed (C)</source>
        <translation>م&amp;كتملة (C)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="361"/>
        <source>The visitor got the help they were referred for.</source>
        <translation>حصل الزائر على المساعدة التي أُحيل من أجلها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="362"/>
        <source>Not &amp;reached (N)</source>
        <translation>تعذّر التوا&amp;صل (N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="363"/>
        <source>Neither the visitor nor the partner could be reached; nothing more to do.</source>
        <translation>تعذّر التواصل مع الزائر ومع الشريك؛ لا يوجد ما يُفعل بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="364"/>
        <source>Print slip… (Ctrl+P)</source>
        <translation>طباعة ورقة الإحالة… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="365"/>
        <source>A referral slip with the partner&apos;s address and what to bring, in two languages.</source>
        <translation>ورقة إحالة فيها عنوان الشريك وما يجب إحضاره، بلغتين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="367"/>
        <source>Next follow-up &amp;on:</source>
        <translation>المتابعة التالية &amp;في:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="387"/>
        <source>in the last 30 days</source>
        <translation>في آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="387"/>
        <source>in the last 90 days</source>
        <translation>في آخر 90 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>in the last 12 months</source>
        <translation>في آخر 12 شهرًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>at any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="394"/>
        <source>Referrals &amp;made:</source>
        <translation>الإ&amp;حالات المُجراة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="403"/>
        <source>Referrals per partner</source>
        <translation>الإحالات حسب الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="412"/>
        <source>Enter or a double click on a partner lists its referrals under Follow-ups.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا على شريك لعرض إحالاته في «المتابعات».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="456"/>
        <source>Shown: %1, overdue: %2</source>
        <translation>المعروضة: %1، المتأخرة: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="459"/>
        <source>No open referrals. Referrals are made at the desk when a visit is saved.</source>
        <translation>لا توجد إحالات مفتوحة. تُجرى الإحالات في الاستقبال عند حفظ زيارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="460"/>
        <source>No referrals match this filter.</source>
        <translation>لا توجد إحالات تطابق عامل التصفية هذا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="478"/>
        <source>All partners</source>
        <translation>كل الشركاء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="495"/>
        <source>Referrals: %1, partners: %2</source>
        <translation>الإحالات: %1، الشركاء: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="581"/>
        <source>%1: marked “%2” on %3. Next follow-up on %4.</source>
        <translation>%1: عُلِّمت «%2» في %3. المتابعة التالية في %4.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="584"/>
        <source>%1: marked “%2” on %3.</source>
        <translation>%1: عُلِّمت «%2» في %3.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="588"/>
        <source>%1: next follow-up moved to %2.</source>
        <translation>%1: نُقلت المتابعة التالية إلى %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="590"/>
        <source>%1: next follow-up moved.</source>
        <translation>%1: نُقلت المتابعة التالية.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="40"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="46"/>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="47"/>
        <source>Switch language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="49"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>يُعاد بناء النافذة باللغة الجديدة؛ دون فقدان أي شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="56"/>
        <source>This Welcome Point</source>
        <translation>Welcome Point هذا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="65"/>
        <source>e.g. Mon–Fri 10–16, Sat 10–14</source>
        <translation>مثلًا: الإثنين–الجمعة 10–16، السبت 10–14</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="66"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="67"/>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="68"/>
        <source>Opening hours:</source>
        <translation>أوقات الدوام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="69"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="71"/>
        <source>Printed on visitor cards and referral slips.</source>
        <translation>يُطبع على بطاقات الزوار وأوراق الإحالة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="81"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="84"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="94"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="95"/>
        <source>Database file:</source>
        <translation>ملف قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="96"/>
        <source>Schema version:</source>
        <translation>إصدار المخطط:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="97"/>
        <source>Records:</source>
        <translation>السجلات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="98"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="123"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="137"/>
        <source>No Welcome Point set up yet</source>
        <translation>لم يُعَدّ أي Welcome Point بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="142"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="142"/>
        <source>Visitors with a card</source>
        <translation>زوار لديهم بطاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="143"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="143"/>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="144"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="144"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="145"/>
        <source>Shift assignments</source>
        <translation>تعيينات المناوبات</translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="55"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
</context>
<context>
    <name>VisitFormWidget</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="79"/>
        <source>Scan or type the card code, then Enter</source>
        <translation>امسح رمز البطاقة أو اكتبه، ثم اضغط Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="84"/>
        <source>Anonymous (F6)</source>
        <translation>مجهول الهوية (F6)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="86"/>
        <source>New visitor (F7)</source>
        <translation>زائر جديد (F7)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="88"/>
        <source>Print card</source>
        <translation>طباعة البطاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="91"/>
        <source>Sheet of new cards</source>
        <translation>ورقة بطاقات جديدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="93"/>
        <source>Print ten new card codes on one A4 sheet, to cut and hand out. A card becomes a visitor&apos;s when its code is first entered at the desk.</source>
        <translation>طباعة عشرة رموز بطاقات جديدة على ورقة A4 واحدة، لقصّها وتوزيعها. تصبح البطاقة خاصة بزائر عند إدخال رمزها لأول مرة في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="111"/>
        <location filename="../welcome_point/ui/visit_form.py" line="164"/>
        <source>Group size</source>
        <translation>حجم المجموعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="112"/>
        <source>Interpreter needed</source>
        <translation>يلزم مترجم شفهي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="121"/>
        <source>Refer to… type part of a partner&apos;s name, then Enter</source>
        <translation>إحالة إلى… اكتب جزءًا من اسم الشريك، ثم اضغط Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="132"/>
        <source>Delete removes the selected referral</source>
        <translation>مفتاح Delete يحذف الإحالة المحددة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="135"/>
        <source>Save visit (Ctrl+Enter)</source>
        <translation>حفظ الزيارة (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="138"/>
        <source>Clear (Esc)</source>
        <translation>مسح (Esc)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="161"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="162"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="163"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="165"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="178"/>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="199"/>
        <source>Topics: keys 1–9 and 0, Alt+underlined letter, or arrow keys and Space</source>
        <translation>المواضيع: المفاتيح 1–9 و0، أو Alt+الحرف المسطَّر، أو مفاتيح الأسهم ومفتاح المسافة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="238"/>
        <source>No card? Press F6 for an anonymous visit or F7 for a new card.</source>
        <translation>لا توجد بطاقة؟ اضغط F6 لزيارة مجهولة الهوية أو F7 لبطاقة جديدة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="289"/>
        <source>Returning visitor.</source>
        <translation>زائر عائد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="291"/>
        <source>Anonymous visit.</source>
        <translation>زيارة مجهولة الهوية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="329"/>
        <source>Editing the visit of %1</source>
        <translation>تعديل زيارة الساعة %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="331"/>
        <source>In conversation: arrived %1, called %2</source>
        <translation>في المحادثة: وصل %1، واستُدعي %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="334"/>
        <source>Walk-in visit since %1</source>
        <translation>زيارة مباشرة منذ %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="336"/>
        <source>New visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="378"/>
        <source>The card code could not be checked. Please try again.</source>
        <translation>تعذّر التحقق من رمز البطاقة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="385"/>
        <source>New card: this visitor is recorded for the first time.</source>
        <translation>بطاقة جديدة: يُسجَّل هذا الزائر لأول مرة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="397"/>
        <source>Returning visitor: age, gender and language filled in.</source>
        <translation>زائر عائد: تم ملء العمر والجنس واللغة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="407"/>
        <source>New card issued: give the visitor the printed card.</source>
        <translation>صدرت بطاقة جديدة: أعطِ الزائر البطاقة المطبوعة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="417"/>
        <source>Anonymous visit: nothing is linked to a card.</source>
        <translation>زيارة مجهولة الهوية: لا شيء مرتبط ببطاقة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="456"/>
        <source>No partner organisation matches “%1”.</source>
        <translation>لا توجد منظمة شريكة تطابق «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="518"/>
        <source>Choose at least one topic.</source>
        <translation>اختر موضوعًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="519"/>
        <source>Choose the language of the conversation from the list.</source>
        <translation>اختر لغة المحادثة من القائمة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="520"/>
        <source>The group size must be between 1 and 20.</source>
        <translation>يجب أن يكون حجم المجموعة بين 1 و20.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="521"/>
        <source>A time lies in the future or before 2015, or the conversation ends before it starts. Please check the computer&apos;s clock.</source>
        <translation>أحد الأوقات في المستقبل أو قبل عام 2015، أو تنتهي المحادثة قبل أن تبدأ. يُرجى التحقق من ساعة الحاسوب.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="523"/>
        <source>A referral names a partner that is not (or no longer) in the directory. Remove it and choose another.</source>
        <translation>إحدى الإحالات تذكر شريكًا غير موجود (أو لم يعد موجودًا) في الدليل. احذفها واختر شريكًا آخر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="525"/>
        <source>The follow-up date lies before the visit.</source>
        <translation>تاريخ المتابعة يقع قبل الزيارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="526"/>
        <location filename="../welcome_point/ui/visit_form.py" line="527"/>
        <location filename="../welcome_point/ui/visit_form.py" line="528"/>
        <source>Choose a value from the list.</source>
        <translation>اختر قيمة من القائمة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="529"/>
        <source>The volunteer at the desk is not known; please choose again.</source>
        <translation>المتطوع عند الاستقبال غير معروف؛ يُرجى الاختيار مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="530"/>
        <source>This card code was not issued here. Check it, or use “New visitor”.</source>
        <translation>لم يصدر رمز البطاقة هذا هنا. تحقّق منه، أو استخدم «زائر جديد».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="531"/>
        <source>This person is no longer waiting.</source>
        <translation>هذا الشخص لم يعد في الانتظار.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="533"/>
        <source>The visit could not be saved; nothing was changed.</source>
        <translation>تعذّر حفظ الزيارة؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Arrived</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Interpreter</source>
        <translation>مترجم شفهي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Visitor</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="122"/>
        <source>Minutes from arrival to the start of the conversation</source>
        <translation>الدقائق من الوصول حتى بدء المحادثة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="123"/>
        <source>Minutes of the conversation</source>
        <translation>مدة المحادثة بالدقائق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="124"/>
        <source>People who came together</source>
        <translation>الأشخاص الذين جاؤوا معًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="125"/>
        <source>Referrals made during the visit</source>
        <translation>الإحالات التي أُجريت أثناء الزيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="126"/>
        <source>First visit with a card, returning card holder, or anonymous</source>
        <translation>زيارة أولى ببطاقة، أو حامل بطاقة عائد، أو مجهول الهوية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>First visit</source>
        <translation>زيارة أولى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>Returning</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="129"/>
        <source>Anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="130"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="131"/>
        <source>, </source>
        <comment>between the items of a list in one cell</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="132"/>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="169"/>
        <source>Click to sort by this column</source>
        <translation>انقر للترتيب حسب هذا العمود</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="312"/>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="313"/>
        <source>Save the visits of this list as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>حفظ زيارات هذه القائمة كملف CSV لبرنامج جداول (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="322"/>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="323"/>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="324"/>
        <source>First day of the period (Ctrl+F comes here)</source>
        <translation>أول يوم في الفترة (Ctrl+F ينقلك إلى هنا)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="325"/>
        <source>&amp;All dates</source>
        <translation>&amp;كل التواريخ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="326"/>
        <source>From the first visit ever recorded to today</source>
        <translation>من أول زيارة سُجّلت حتى اليوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="328"/>
        <source>All topics</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="332"/>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="338"/>
        <source>&amp;Reset filters</source>
        <translation>إعادة &amp;ضبط عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="339"/>
        <source>The last %1 days, every topic, language and volunteer</source>
        <translation>آخر %1 يومًا، كل المواضيع واللغات والمتطوعين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="342"/>
        <source>Volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="347"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="349"/>
        <source>&amp;to:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>To&amp;pic:</source>
        <translation>الم&amp;وضوع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>La&amp;nguage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="356"/>
        <source>&amp;Volunteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="367"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="390"/>
        <source>Reset filters</source>
        <translation>إعادة ضبط عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="541"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="591"/>
        <source>All volunteers</source>
        <translation>كل المتطوعين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="612"/>
        <source>This column cannot be sorted; sort by arrival, waiting time, duration or group size.</source>
        <translation>لا يمكن ترتيب هذا العمود؛ رتّب حسب الوصول أو مدة الانتظار أو المدة أو حجم المجموعة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="643"/>
        <source>Visits: %1</source>
        <translation>الزيارات: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="647"/>
        <location filename="../welcome_point/ui/visits_page.py" line="674"/>
        <source>Visits: ?</source>
        <translation>الزيارات: ؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="655"/>
        <source>No visits recorded yet</source>
        <translation>لم تُسجَّل أي زيارة بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="656"/>
        <source>Visits saved at the Desk appear here, newest first.</source>
        <translation>تظهر هنا الزيارات المحفوظة في الاستقبال، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="659"/>
        <source>No visit matches these filters</source>
        <translation>لا توجد زيارة تطابق عوامل التصفية هذه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="661"/>
        <source>Choose a longer period (“All dates” shows every visit) or fewer filters.</source>
        <translation>اختر فترة أطول («كل التواريخ» تعرض كل الزيارات) أو عوامل تصفية أقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="668"/>
        <source>Sorting by this column works on at most %1 visits. Choose a shorter period; the list is sorted by arrival again.</source>
        <translation>الترتيب حسب هذا العمود يعمل على %1 زيارة كحد أقصى. اختر فترة أقصر؛ رُتّبت القائمة حسب الوصول من جديد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="675"/>
        <source>The visits could not be read</source>
        <translation>تعذّرت قراءة الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Visit number</source>
        <translation>رقم الزيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Arrived</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Waiting (min)</source>
        <translation>الانتظار (دقيقة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Duration (min)</source>
        <translation>المدة (دقيقة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Group size</source>
        <translation>حجم المجموعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Interpreter</source>
        <translation>مترجم شفهي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="706"/>
        <source>Visitor</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="724"/>
        <location filename="../welcome_point/ui/visits_page.py" line="767"/>
        <source>Export visits</source>
        <translation>تصدير الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="725"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="746"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="751"/>
        <source>Exporting… %1 visits written</source>
        <translation>جارٍ التصدير… كُتبت %1 زيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="758"/>
        <source>%1 visits exported to %2</source>
        <translation>صُدِّرت %1 زيارة إلى %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="765"/>
        <source>The export failed; no file was written.</source>
        <translation>فشل التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="768"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>تعذّرت كتابة الملف.

%1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Residence &amp; asylum</source>
        <translation>الإقامة واللجوء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>German courses</source>
        <translation>دورات اللغة الألمانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Work &amp; training</source>
        <translation>العمل والتدريب</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>School &amp; childcare</source>
        <translation>المدرسة ورعاية الأطفال</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>الإعانات ومركز العمل (Jobcenter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Family &amp; reunification</source>
        <translation>الأسرة ولمّ الشمل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="78"/>
        <source>Letters &amp; forms</source>
        <translation>الرسائل والاستمارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="79"/>
        <source>Leisure &amp; community</source>
        <translation>الترفيه والمجتمع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="80"/>
        <source>Volunteering</source>
        <translation>العمل التطوعي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>Other topic</source>
        <translation>موضوع آخر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Farsi/Dari</source>
        <translation>الفارسية/الدرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Pashto</source>
        <translation>البشتوية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="98"/>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="99"/>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="100"/>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="101"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="102"/>
        <source>Other language</source>
        <translation>لغة أخرى</translation>
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
        <translation>العمر غير مذكور</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="115"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="116"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="117"/>
        <source>Diverse</source>
        <translation>آخر (متنوع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>Gender not stated</source>
        <translation>الجنس غير مذكور</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>European Union</source>
        <translation>الاتحاد الأوروبي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other Europe</source>
        <translation>بقية أوروبا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Middle East</source>
        <translation>الشرق الأوسط</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="126"/>
        <source>North Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="127"/>
        <source>Sub-Saharan Africa</source>
        <translation>أفريقيا جنوب الصحراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="128"/>
        <source>Central and South Asia</source>
        <translation>آسيا الوسطى والجنوبية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Other region</source>
        <translation>منطقة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Region not stated</source>
        <translation>المنطقة غير مذكورة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="134"/>
        <source>Advice given</source>
        <translation>قُدّمت المشورة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="135"/>
        <source>Referred</source>
        <translation>تمت الإحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="136"/>
        <source>Appointment arranged</source>
        <translation>تم ترتيب موعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Asked to come back</source>
        <translation>طُلبت العودة لاحقًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Not resolved</source>
        <translation>لم تُحلّ</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Authority</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Counselling</source>
        <translation>خدمة استشارية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Language course</source>
        <translation>دورة لغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Health service</source>
        <translation>خدمة صحية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Housing service</source>
        <translation>خدمة سكن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="147"/>
        <source>Legal aid</source>
        <translation>مساعدة قانونية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="148"/>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="149"/>
        <source>Labour market</source>
        <translation>سوق العمل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Community &amp; leisure</source>
        <translation>المجتمع والترفيه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Other service</source>
        <translation>خدمة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="155"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="156"/>
        <source>Followed up</source>
        <translation>تمت المتابعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Not reached</source>
        <translation>تعذّر التواصل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="162"/>
        <source>Desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Interpreter</source>
        <translation>مترجم شفهي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="183"/>
        <source>Coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="168"/>
        <source>Native</source>
        <translation>لغة أم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Fluent</source>
        <translation>بطلاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Basic</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="174"/>
        <source>Planned</source>
        <translation>مخطَّط</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="175"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="176"/>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="182"/>
        <source>Volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="184"/>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="185"/>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="81"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
</context>
</TS>
