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
    <name>AccountDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>Change account</source>
        <translation>تعديل الحساب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="248"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="250"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="253"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="254"/>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="255"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="256"/>
        <source>PIN again</source>
        <translation>رمز PIN مرة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="257"/>
        <source>optional, 6 to 12 digits</source>
        <translation>اختياري، من 6 إلى 12 رقمًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="259"/>
        <source>Linked volunteer</source>
        <translation>المتطوع المرتبط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="260"/>
        <source>– none –</source>
        <translation>– لا أحد –</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="271"/>
        <source>&amp;Username:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="275"/>
        <source>Username:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="276"/>
        <source>R&amp;ole:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="279"/>
        <source>&amp;Password:</source>
        <translation>ك&amp;لمة المرور:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="280"/>
        <source>&amp;Repeat:</source>
        <translation>ت&amp;أكيد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="281"/>
        <source>P&amp;IN:</source>
        <translation>رمز P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="282"/>
        <source>Repeat P&amp;IN:</source>
        <translation>تأكيد رمز P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="283"/>
        <source>&amp;Volunteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="284"/>
        <source>The volunteer this person is: for checking in to their own shifts.</source>
        <translation>هذا الشخص بصفته متطوعًا: لتسجيل حضوره في مناوباته.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="298"/>
        <source>Volunteer no. %1</source>
        <translation>المتطوع رقم %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="311"/>
        <source>The desk, and checking in to one&apos;s own shifts.</source>
        <translation>الاستقبال، وتسجيل الحضور في المناوبات الخاصة به.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="312"/>
        <source>Also visits, referrals, volunteers and shifts.</source>
        <translation>بالإضافة إلى الزيارات والإحالات والمتطوعين والمناوبات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="313"/>
        <source>Also reports, the partner directory and the settings.</source>
        <translation>بالإضافة إلى التقارير ودليل الشركاء والإعدادات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="314"/>
        <source>Everything, also accounts, privacy, backups and the audit log.</source>
        <translation>كل شيء، بما في ذلك الحسابات والخصوصية والنسخ الاحتياطية وسجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="328"/>
        <source>Enter a username.</source>
        <translation>أدخل اسم مستخدم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="332"/>
        <source>The password needs at least 8 characters.</source>
        <translation>يجب أن تتكوّن كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="336"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="341"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>يتكوّن رمز PIN من 6 أرقام على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="345"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>رمزا PIN مختلفان. اكتب رمز PIN مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Volunteer</source>
        <translation>المتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Waiting until</source>
        <translation>الانتظار حتى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="382"/>
        <source>no. %1</source>
        <translation>رقم %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="419"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="427"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="422"/>
        <source>Everyone who uses the app signs in with an account of their own. The role decides what they see; a PIN lets them take over the desk quickly.</source>
        <translation>كل من يستخدم التطبيق يسجّل الدخول بحساب خاص به. يحدّد الدور ما يراه المستخدم؛ ويتيح رمز PIN تولّي الاستقبال بسرعة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="434"/>
        <source>&amp;New account…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="436"/>
        <source>&amp;Role and volunteer…</source>
        <translation>ال&amp;دور والمتطوع…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="438"/>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="440"/>
        <source>P&amp;IN…</source>
        <translation>رمز P&amp;IN…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="442"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="497"/>
        <source>&amp;Deactivate</source>
        <translation>إ&amp;لغاء التفعيل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="444"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فك القفل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="445"/>
        <source>Lift the wait after too many failed sign-ins.</source>
        <translation>إلغاء الانتظار المفروض بعد محاولات دخول فاشلة كثيرة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="498"/>
        <source>&amp;Activate</source>
        <translation>&amp;تفعيل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="534"/>
        <source>Account “%1” created.</source>
        <translation>أُنشئ الحساب «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="546"/>
        <source>Account “%1” changed.</source>
        <translation>عُدّل الحساب «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="553"/>
        <source>New password for “%1”</source>
        <translation>كلمة مرور جديدة لـ«%1»</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="556"/>
        <source>The password of “%1” was reset.</source>
        <translation>أُعيد تعيين كلمة مرور «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="563"/>
        <source>PIN of “%1”</source>
        <translation>رمز PIN لـ«%1»</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="566"/>
        <source>The PIN of “%1” was changed.</source>
        <translation>تغيّر رمز PIN لـ«%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="578"/>
        <source>Account “%1” deactivated: it can no longer sign in.</source>
        <translation>أُلغي تفعيل الحساب «%1»: لم يعد بإمكانه تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="579"/>
        <source>Account “%1” activated.</source>
        <translation>فُعّل الحساب «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="591"/>
        <source>“%1” can sign in again at once.</source>
        <translation>يمكن لـ«%1» تسجيل الدخول مجددًا فورًا.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="56"/>
        <source>Signed in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="57"/>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="58"/>
        <source>Signed out</source>
        <translation>تسجيل خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="59"/>
        <source>Locked</source>
        <translation>قفل التطبيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="60"/>
        <source>Desk user switched</source>
        <translation>تبديل مستخدم الاستقبال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="61"/>
        <source>Account created</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="62"/>
        <source>Account changed</source>
        <translation>تعديل حساب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="63"/>
        <source>Password changed</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="64"/>
        <source>PIN changed</source>
        <translation>تغيير رمز PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="65"/>
        <source>First admin created</source>
        <translation>إنشاء أول مسؤول نظام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="66"/>
        <source>Report exported</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="67"/>
        <source>CSV exported</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="68"/>
        <source>Subject access export</source>
        <translation>تصدير بيانات لطلب اطلاع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="69"/>
        <source>Reports merged</source>
        <translation>دمج تقارير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="70"/>
        <source>Visit deleted</source>
        <translation>حذف زيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="71"/>
        <source>Shift deleted</source>
        <translation>حذف مناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="72"/>
        <source>Organisation archived</source>
        <translation>أرشفة منظمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="73"/>
        <source>Volunteer deactivated</source>
        <translation>إلغاء تفعيل متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="74"/>
        <source>Visitor erased</source>
        <translation>محو زائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="75"/>
        <source>Volunteer erased</source>
        <translation>محو متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="76"/>
        <source>Retention run</source>
        <translation>تطبيق مدد الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="77"/>
        <source>Backup taken</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="78"/>
        <source>Backup restored</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="79"/>
        <source>Settings changed</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="80"/>
        <source>Demo data written</source>
        <translation>كتابة بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="81"/>
        <source>Account locked after failed sign-ins</source>
        <translation>قفل حساب بعد محاولات دخول فاشلة</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="169"/>
        <source>Every sign-in, export, deletion, erasure, restore and change of settings, by account number. Entries can be neither changed nor removed; each one seals the one before it.</source>
        <translation>كل تسجيل دخول وتصدير وحذف ومحو واستعادة وتغيير في الإعدادات، مع رقم الحساب. لا يمكن تعديل الإدخالات ولا إزالتها؛ وكل إدخال يختم الإدخال الذي قبله.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="175"/>
        <source>Show only this action</source>
        <translation>عرض هذا الإجراء فقط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="176"/>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="182"/>
        <source>&amp;Action:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="186"/>
        <source>&amp;Verify the chain</source>
        <translation>التحقق من ال&amp;سلسلة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="188"/>
        <source>Recompute every entry&apos;s seal: shows whether any entry was changed or removed afterwards</source>
        <translation>إعادة حساب ختم كل إدخال: يُظهر ما إذا كان أي إدخال قد عُدّل أو أُزيل لاحقًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Object</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="201"/>
        <source>Object ID</source>
        <translation>معرّف العنصر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="203"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="208"/>
        <location filename="../welcome_point/ui/audit_log.py" line="305"/>
        <source>The audit log is empty. Sign-ins, exports, erasures, restores and changed settings appear here as they happen.</source>
        <translation>سجل التدقيق فارغ. تظهر هنا عمليات تسجيل الدخول والتصدير والمحو والاستعادة وتغيير الإعدادات فور حدوثها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="214"/>
        <source>Load &amp;older</source>
        <translation>تحميل الإدخالات الأ&amp;قدم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visitor</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Volunteer</source>
        <translation>المتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Shift</source>
        <translation>المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="240"/>
        <source>Setting: auto-lock</source>
        <translation>الإعداد: القفل التلقائي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="241"/>
        <source>Setting: keep visitors</source>
        <translation>الإعداد: مدة الاحتفاظ ببيانات الزوار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="242"/>
        <source>Setting: keep volunteers</source>
        <translation>الإعداد: مدة الاحتفاظ ببيانات المتطوعين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="243"/>
        <source>Setting: retention</source>
        <translation>الإعداد: مدد الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="244"/>
        <source>Setting: extra backup folder</source>
        <translation>الإعداد: مجلد النسخ الاحتياطية الإضافي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="245"/>
        <source>Setting: suppression threshold k</source>
        <translation>الإعداد: حدّ الإخفاء k</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="302"/>
        <source>No entries of this action. Choose “All actions” to see every entry.</source>
        <translation>لا توجد إدخالات لهذا الإجراء. اختر «كل الإجراءات» لرؤية جميع الإدخالات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="309"/>
        <source>%1 entries shown, newest first.</source>
        <translation>عرض %1 إدخال، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="310"/>
        <source>%1 newest entries shown; older ones load on request.</source>
        <translation>عرض أحدث %1 إدخال؛ وتُحمَّل الإدخالات الأقدم عند الطلب.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="324"/>
        <source>Checking every entry…</source>
        <translation>جارٍ التحقق من كل الإدخالات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="335"/>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>سجل التدقيق سليم: تم التحقق من %1 إدخال.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="341"/>
        <source>The audit log was tampered with: entry %1 does not match its seal, so it or an entry before it was changed or removed after it was written. Restore a backup from before that time to see the original entries.</source>
        <translation>جرى العبث بسجل التدقيق: الإدخال %1 لا يطابق ختمه، أي أنّ هذا الإدخال أو إدخالًا سابقًا له قد عُدّل أو أُزيل بعد كتابته. استعد نسخة احتياطية من قبل ذلك الوقت لرؤية الإدخالات الأصلية.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="104"/>
        <source>Every copy is taken with SQLite&apos;s backup function and checked before it counts. The app takes one every 30 minutes when something changed, on exit and before restores and retention runs, and keeps 12 recent, 10 daily and 9 monthly copies.</source>
        <translation>تُنشأ كل نسخة بوظيفة النسخ الاحتياطي في SQLite، ويُتحقَّق منها قبل اعتمادها. ينشئ التطبيق نسخة كل 30 دقيقة إذا تغيّر شيء، وعند الخروج، وقبل عمليات الاستعادة وتطبيق مدد الاحتفاظ، ويحتفظ بـ12 نسخة حديثة و10 نسخ يومية و9 نسخ شهرية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="110"/>
        <source>&amp;Back up now</source>
        <translation>إنشاء نسخة احتياطية ال&amp;آن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="112"/>
        <source>Take a verified copy of the database now (Ctrl+B)</source>
        <translation>إنشاء نسخة مُتحقَّق منها من قاعدة البيانات الآن (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="114"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="115"/>
        <source>Replace the current data with the chosen copy</source>
        <translation>استبدال البيانات الحالية بالنسخة المختارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="117"/>
        <source>Restore from a &amp;file…</source>
        <translation>استعادة من &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="118"/>
        <source>Restore a copy from a USB stick or another folder</source>
        <translation>استعادة نسخة من ذاكرة USB أو من مجلد آخر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Taken</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Checked</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>yes, intact</source>
        <translation>نعم، سليمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="136"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="143"/>
        <source>No backups yet. The first one is taken 30 minutes after the first change, or now with “Back up now”.</source>
        <translation>لا توجد نسخ احتياطية بعد. تُنشأ النسخة الأولى بعد 30 دقيقة من أول تغيير، أو الآن عبر «إنشاء نسخة احتياطية الآن».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="149"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="160"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="306"/>
        <source>Extra backup folder</source>
        <translation>مجلد النسخ الاحتياطية الإضافي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="152"/>
        <source>A second copy of every backup goes here as well, e.g. to a USB stick kept somewhere else. When the folder is missing, the backup is still taken; only the copy is skipped.</source>
        <translation>تُحفظ هنا أيضًا نسخة ثانية من كل نسخة احتياطية، مثلًا على ذاكرة USB تُحفظ في مكان آخر. إذا لم يكن المجلد موجودًا، تُنشأ النسخة الاحتياطية رغم ذلك، ولا يُتخطّى إلا النسخ الإضافي.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="159"/>
        <source>No extra folder</source>
        <translation>لا يوجد مجلد إضافي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="161"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="163"/>
        <source>C&amp;lear</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="186"/>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="187"/>
        <source>Taken by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="188"/>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="189"/>
        <source>Before a retention run</source>
        <translation>قبل تطبيق مدد الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="190"/>
        <source>Before an erasure</source>
        <translation>قبل محو</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="191"/>
        <source>Before a program update</source>
        <translation>قبل تحديث البرنامج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="192"/>
        <source>Before demo data</source>
        <translation>قبل البيانات التجريبية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="193"/>
        <source>Before demo data replaced real data (kept)</source>
        <translation>قبل استبدال البيانات الحقيقية ببيانات تجريبية (محفوظة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="237"/>
        <source>Taking a backup and checking it…</source>
        <translation>جارٍ إنشاء نسخة احتياطية والتحقق منها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="245"/>
        <source>Backup taken and checked: %1, %2.</source>
        <translation>أُنشئت النسخة الاحتياطية وتم التحقق منها: %1، %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="249"/>
        <source>The copy into the extra backup folder failed:</source>
        <translation>فشل النسخ إلى مجلد النسخ الاحتياطية الإضافي:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="262"/>
        <source>Restore the backup taken %1?

First the current data is kept aside as a copy in the data folder, so nothing is lost. Then the backup replaces it: everything entered after %1 is no longer shown. The window reloads its pages afterwards.</source>
        <translation>هل تريد استعادة النسخة الاحتياطية المُنشأة في %1؟

أولًا تُحفظ البيانات الحالية جانبًا كنسخة في مجلد البيانات، فلا يضيع شيء. ثم تحلّ النسخة الاحتياطية محلها: كل ما أُدخل بعد %1 لن يظهر بعد الآن. وبعد ذلك تُعيد النافذة تحميل صفحاتها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="271"/>
        <source>Welcome Point backups (*.sqlite3);;All files (*)</source>
        <translation>نسخ Welcome Point الاحتياطية (*.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="272"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="283"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="276"/>
        <source>Restore the backup %1?

It is checked first. Then the current data is kept aside as a copy in the data folder, so nothing is lost, and the backup replaces it. The window reloads its pages afterwards.</source>
        <translation>هل تريد استعادة النسخة الاحتياطية %1؟

يُتحقَّق منها أولًا. ثم تُحفظ البيانات الحالية جانبًا كنسخة في مجلد البيانات، فلا يضيع شيء، وتحلّ النسخة الاحتياطية محلها. وبعد ذلك تُعيد النافذة تحميل صفحاتها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="288"/>
        <source>Restoring… Please wait; do not close the program.</source>
        <translation>جارٍ الاستعادة… يُرجى الانتظار؛ لا تغلق البرنامج.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="296"/>
        <source>Restored from %1. The data from before the restore was kept as %2.</source>
        <translation>تمت الاستعادة من %1. حُفظت البيانات السابقة للاستعادة باسم %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="320"/>
        <source>Saved. The next backup is copied there too.</source>
        <translation>تم الحفظ. ستُنسخ النسخة الاحتياطية التالية إلى هناك أيضًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="321"/>
        <source>Saved. Backups stay in the data folder only.</source>
        <translation>تم الحفظ. تبقى النسخ الاحتياطية في مجلد البيانات فقط.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="523"/>
        <source>Assign a volunteer</source>
        <translation>تعيين متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="524"/>
        <source>Who takes the shift on %1 (%2)?</source>
        <translation>من يتولّى المناوبة في %1 (%2)؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="526"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Swap</source>
        <translation>تبديل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="527"/>
        <source>Who takes over from %3 on %1 (%2)?</source>
        <translation>من يحلّ محلّ %3 في %1 (%2)؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="533"/>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="541"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="543"/>
        <source>Only &amp;free volunteers</source>
        <translation>المتطوعون المتا&amp;حون فقط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="545"/>
        <source>Spea&amp;ks:</source>
        <translation>يت&amp;كلم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="548"/>
        <source>&amp;Search:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="559"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="574"/>
        <source>Greyed volunteers cannot take this shift; the reason is in the last column.</source>
        <translation>لا يمكن للمتطوعين المعروضين باللون الرمادي تولّي هذه المناوبة؛ السبب في العمود الأخير.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Assign</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="604"/>
        <source>No active volunteer speaks this language.</source>
        <translation>لا يوجد متطوع نشط يتكلم هذه اللغة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="605"/>
        <source>There are no active volunteers yet. Add them on the Volunteers page.</source>
        <translation>لا يوجد متطوعون نشطون بعد. أضفهم في صفحة «المتطوعون».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="633"/>
        <source>%1 cannot take this shift: %2</source>
        <translation>لا يمكن لـ%1 تولّي هذه المناوبة: %2</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Volunteer</source>
        <translation>المتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Last shift</source>
        <translation>آخر مناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="462"/>
        <source>Availability</source>
        <translation>التوفّر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="486"/>
        <source>never</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="487"/>
        <source>free</source>
        <translation>متاح</translation>
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
    <name>DeskApplication</name>
    <message>
        <location filename="../welcome_point/app.py" line="205"/>
        <source>The database is damaged. It was moved aside; nothing was deleted.

Restore the newest backup that passed its check (%1)? What was entered after it is not in that backup.</source>
        <translation>قاعدة البيانات تالفة. نُقلت جانبًا ولم يُحذف شيء.

هل تريد استعادة أحدث نسخة احتياطية اجتازت الفحص (%1)؟ ما أُدخل بعدها غير موجود في تلك النسخة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="250"/>
        <source>Backup taken, but the copy into the extra backup folder failed.</source>
        <translation>أُنشئت النسخة الاحتياطية، لكن فشل نسخها إلى مجلد النسخ الإضافي.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="256"/>
        <source>The automatic backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي: %1</translation>
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
        <location filename="../welcome_point/ui/directory_page.py" line="256"/>
        <source>Search name, address, category, topic, language… (Ctrl+F)</source>
        <translation>ابحث بالاسم أو العنوان أو الفئة أو الموضوع أو اللغة… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="258"/>
        <source>Search the directory</source>
        <translation>البحث في الدليل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="259"/>
        <source>Show &amp;archived</source>
        <translation>إ&amp;ظهار المؤرشَفة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="260"/>
        <source>&amp;New…</source>
        <translation>&amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="261"/>
        <source>A new partner organisation (Ctrl+N)</source>
        <translation>منظمة شريكة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="263"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation>تعديل المنظمة المحددة (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="264"/>
        <location filename="../welcome_point/ui/directory_page.py" line="459"/>
        <source>Archi&amp;ve…</source>
        <translation>أ&amp;رشفة…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="265"/>
        <source>&amp;Import CSV…</source>
        <translation>ا&amp;ستيراد CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="266"/>
        <source>Add organisations from a CSV file (UTF-8, separated by ; or ,)</source>
        <translation>إضافة منظمات من ملف CSV (بترميز UTF-8، مفصولة بـ ; أو ,)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="268"/>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="269"/>
        <source>Save the whole directory as a CSV file (while it is empty: a template to fill in)</source>
        <translation>حفظ الدليل كاملًا كملف CSV (إذا كان فارغًا: نموذج للتعبئة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="285"/>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="333"/>
        <source>Details of the selected organisation</source>
        <translation>تفاصيل المنظمة المحددة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="421"/>
        <source>No partner organisations yet: add one with New (Ctrl+N) or import a CSV file (Ctrl+I).</source>
        <translation>لا توجد منظمات شريكة بعد: أضف منظمة عبر «جديدة» (Ctrl+N) أو استورد ملف CSV (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="424"/>
        <source>No organisation matches “%1”.</source>
        <translation>لا توجد منظمة تطابق «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="426"/>
        <source>All organisations are archived: tick “Show archived” to see them.</source>
        <translation>جميع المنظمات مؤرشَفة: فعّل «إظهار المؤرشَفة» لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="430"/>
        <source>%1 of %2 organisations shown · %3 archived not shown</source>
        <translation>عرض %1 من %2 منظمة · %3 مؤرشَفة غير معروضة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="434"/>
        <source>%1 of %2 organisations shown</source>
        <translation>عرض %1 من %2 منظمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="458"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="471"/>
        <source>Example – please check</source>
        <translation>مثال – يُرجى التحقق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="472"/>
        <source>Invented example data: check every detail, then untick “Example” when editing.</source>
        <translation>بيانات أمثلة متخيَّلة: تحقّق من كل التفاصيل، ثم ألغِ تحديد «مثال» عند التعديل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="475"/>
        <source>Archived: not offered at the desk.</source>
        <translation>مؤرشَفة: لا تُعرض في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="479"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="481"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="483"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="485"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="488"/>
        <source>Opening hours</source>
        <translation>أوقات الدوام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="490"/>
        <source>What to bring</source>
        <translation>ما يجب إحضاره</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="492"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="494"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="548"/>
        <location filename="../welcome_point/ui/directory_page.py" line="575"/>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="566"/>
        <source>Archive organisation</source>
        <translation>أرشفة المنظمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="567"/>
        <source>Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. You can restore it later (tick “Show archived”).</source>
        <translation>هل تريد أرشفة «%1»؟ لن تُعرض بعد الآن في الاستقبال؛ وتبقى الإحالات إليها محفوظة. يمكنك استعادتها لاحقًا (فعّل «إظهار المؤرشَفة»).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="593"/>
        <source>Import partner organisations</source>
        <translation>استيراد المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="594"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="599"/>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="616"/>
        <location filename="../welcome_point/ui/directory_page.py" line="619"/>
        <location filename="../welcome_point/ui/directory_page.py" line="632"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="617"/>
        <source>The file holds no organisations; nothing was imported.</source>
        <translation>لا يحتوي الملف على أي منظمة؛ لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="620"/>
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
        <location filename="../welcome_point/ui/directory_page.py" line="629"/>
        <source>%1

Nothing was imported.</source>
        <comment>%1: why the file was refused</comment>
        <translation>%1

لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="630"/>
        <source>Import refused</source>
        <translation>رُفض الاستيراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="665"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>تعذّرت كتابة الملف.

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="638"/>
        <source>Export partner organisations</source>
        <translation>تصدير المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="639"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="646"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="655"/>
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
        <location filename="../welcome_point/ui/directory_page.py" line="664"/>
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
    <name>EraseDialog</name>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="28"/>
        <source>Erase a record</source>
        <translation>محو سجل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="32"/>
        <source>%1 will be erased for good: the record and everything that names it. Visits and hours stay only as anonymous counts. A backup is taken first; this cannot be undone in the app.</source>
        <translation>سيُمحى %1 نهائيًا: السجل وكل ما يذكره. تبقى الزيارات والساعات أعدادًا مجهولة الهوية فقط. تُنشأ نسخة احتياطية أولًا؛ ولا يمكن التراجع عن ذلك في التطبيق.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="36"/>
        <source>Type %1 again to confirm:</source>
        <translation>اكتب %1 مرة أخرى للتأكيد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="40"/>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="43"/>
        <source>&amp;Erase</source>
        <translation>م&amp;حو</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="22"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من Welcome Point Desk. يُرجى تثبيت ذلك الإصدار؛ لم تُغيَّر قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="26"/>
        <source>Welcome Point Desk is already open on this data folder. Use that window, or close it first.</source>
        <translation>Welcome Point Desk مفتوح بالفعل على مجلد البيانات هذا. استخدم تلك النافذة أو أغلقها أولًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>The database file is damaged. It was moved aside, nothing was deleted; restore the newest backup (Data &amp; privacy page, or: welcome-point restore FILE).</source>
        <translation>ملف قاعدة البيانات تالف. نُقل جانبًا ولم يُحذف شيء؛ استعد أحدث نسخة احتياطية (صفحة البيانات والخصوصية، أو: welcome-point restore FILE).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="34"/>
        <source>Your account may not do this; nothing was read or changed. Ask an administrator.</source>
        <translation>لا يسمح حسابك بهذا؛ لم يُقرأ أو يُغيَّر شيء. اطلب ذلك من مسؤول النظام.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="37"/>
        <source>The data folder cannot be used.</source>
        <translation>لا يمكن استخدام مجلد البيانات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="39"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>لا يمكن استخدام قاعدة البيانات. أغلق البرامج الأخرى التي تستخدمها، أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="43"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>تعذّر إتمام الإجراء؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="46"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>حدث خطأ غير متوقع؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Staffing</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="438"/>
        <source>Missing languages</source>
        <translation>اللغات الناقصة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="466"/>
        <source>%1 – understaffed</source>
        <translation>%1 – نقص في الأفراد</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="683"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="688"/>
        <source>History of the shift</source>
        <translation>سجلّ المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="699"/>
        <source>Nobody has been assigned to this shift yet.</source>
        <translation>لم يُعيَّن أحد في هذه المناوبة بعد.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="191"/>
        <source>Import refused</source>
        <translation>رُفض الاستيراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="195"/>
        <source>Nothing was imported: the header line of the file has problems. Correct them and import the file again.</source>
        <translation>لم يُستورد شيء: في سطر العناوين في الملف مشكلات. صحّحها ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="198"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the file (or delete those rows) and import it again.</source>
        <translation>لم يُستورد شيء: في %1 من %2 صف مشكلات. صحّحها في الملف (أو احذف تلك الصفوف) ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="230"/>
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
    <name>LanguageButton</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="176"/>
        <source>Wanted languages</source>
        <translation>اللغات المطلوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="197"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="198"/>
        <source>No language wanted</source>
        <translation>لا توجد لغة مطلوبة</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="168"/>
        <source>&amp;Add language</source>
        <translation>إ&amp;ضافة لغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="169"/>
        <source>Another language this volunteer speaks (Alt+A)</source>
        <translation>لغة أخرى يتكلمها هذا المتطوع (Alt+ض)</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="117"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="120"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="124"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="125"/>
        <source>Remove this language</source>
        <translation>إزالة هذه اللغة</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="432"/>
        <source>Deactivate volunteer</source>
        <translation>إلغاء تفعيل المتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="434"/>
        <source>Deactivate “%1”? They are no longer offered for shifts and at the desk; their past shifts and hours are kept. You can reactivate them later (tick “Show inactive”).</source>
        <translation>هل تريد إلغاء تفعيل «%1»؟ لن يُعرض بعد الآن للمناوبات ولا في الاستقبال؛ وتبقى مناوباته وساعاته السابقة محفوظة. يمكنك إعادة تفعيله لاحقًا (فعّل «إظهار غير النشطين»).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="438"/>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="440"/>
        <source>&amp;Left on:</source>
        <translation>تاريخ الم&amp;غادرة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="447"/>
        <source>&amp;Deactivate</source>
        <translation>إ&amp;لغاء التفعيل</translation>
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
        <translation>جارٍ فتح قاعدة البيانات…</translation>
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
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="132"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="136"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="137"/>
        <source>Lock the app (Ctrl+L): the next person signs in.</source>
        <translation>قفل التطبيق (Ctrl+L): يسجّل الشخص التالي الدخول.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="168"/>
        <source>Desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="169"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="170"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="171"/>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="172"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="173"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="175"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="176"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="177"/>
        <source>Data &amp; privacy</source>
        <translation>البيانات والخصوصية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="275"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="278"/>
        <source>&amp;Switch user…</source>
        <translation>ت&amp;بديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="283"/>
        <source>Set my P&amp;IN…</source>
        <translation>تعيين رمز P&amp;IN الخاص بي…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="285"/>
        <source>My &amp;shift today…</source>
        <translation>&amp;مناوبتي اليوم…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="287"/>
        <source>Print &amp;roster…</source>
        <translation>طباعة جدول ال&amp;مناوبات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="313"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>يُعاد بناء النافذة باللغة المختارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="318"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;حول Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="321"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="355"/>
        <source>No Welcome Point set up yet</source>
        <translation>لم يُعَدّ أي Welcome Point بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="359"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="373"/>
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="376"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
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
        <translation>الزيارة غير محفوظة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="476"/>
        <source>The visit in the form is not saved yet; locking the app loses it. Lock anyway?</source>
        <translation>الزيارة في النموذج لم تُحفظ بعد، وستضيع عند قفل التطبيق. هل تريد القفل على أي حال؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="555"/>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="565"/>
        <source>My PIN for the quick switch</source>
        <translation>رمز PIN الخاص بي للتبديل السريع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="596"/>
        <source>The visit in the form is not saved yet. Close anyway? (A person called from the queue keeps their place.)</source>
        <translation>الزيارة في النموذج لم تُحفظ بعد. هل تريد الإغلاق على أي حال؟ (يحتفظ الشخص الذي استُدعي من قائمة الانتظار بمكانه.)</translation>
    </message>
</context>
<context>
    <name>MyShiftDialog</name>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="50"/>
        <source>My shift today</source>
        <translation>مناوبتي اليوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="52"/>
        <source>My shifts today</source>
        <translation>مناوباتي اليوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="54"/>
        <source>You have no shift today.</source>
        <translation>ليست لديك مناوبة اليوم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="57"/>
        <source>Check &amp;in</source>
        <translation>تسجيل ال&amp;حضور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="60"/>
        <source>Check &amp;out</source>
        <translation>تسجيل الا&amp;نصراف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="93"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="96"/>
        <source>checked out at %1</source>
        <translation>سُجّل الانصراف الساعة %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="98"/>
        <source>checked in at %1</source>
        <translation>سُجّل الحضور الساعة %1</translation>
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
        <translation>سُجّل الحضور. شكرًا لحضورك!</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="152"/>
        <source>Checked out. Thank you!</source>
        <translation>سُجّل الانصراف. شكرًا لك!</translation>
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
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="115"/>
        <source>Archived</source>
        <translation>مؤرشَفة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="117"/>
        <source>Example – please check</source>
        <translation>مثال – يُرجى التحقق</translation>
    </message>
</context>
<context>
    <name>PartnerCountsModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="193"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="195"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="135"/>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="136"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="137"/>
        <source>New password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="143"/>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="145"/>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="147"/>
        <source>&amp;Repeat:</source>
        <translation>ت&amp;أكيد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>At least 8 characters.</source>
        <translation>8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Weak: longer is better.</source>
        <translation>ضعيفة: الأطول أفضل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Fair.</source>
        <translation>مقبولة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="163"/>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="168"/>
        <source>Enter your current password.</source>
        <translation>أدخل كلمة المرور الحالية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="172"/>
        <source>The password needs at least 8 characters.</source>
        <translation>يجب أن تتكوّن كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="176"/>
        <source>The two passwords differ. Type the new password again.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور الجديدة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="189"/>
        <source>Your password</source>
        <translation>كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="190"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="191"/>
        <source>PIN again</source>
        <translation>رمز PIN مرة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="192"/>
        <source>No PIN (sign in with the password only)</source>
        <translation>دون رمز PIN (تسجيل الدخول بكلمة المرور فقط)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="194"/>
        <source>A PIN has 6 to 12 digits. It serves the quick switch at the desk.</source>
        <translation>يتكوّن رمز PIN من 6 إلى 12 رقمًا، ويُستخدم للتبديل السريع في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="200"/>
        <source>Your &amp;password:</source>
        <translation>&amp;كلمة المرور الخاصة بك:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="201"/>
        <source>&amp;PIN:</source>
        <translation>رمز &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation>ت&amp;أكيد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="223"/>
        <source>Enter your password to confirm.</source>
        <translation>أدخل كلمة المرور للتأكيد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="229"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>يتكوّن رمز PIN من 6 أرقام على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="233"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>رمزا PIN مختلفان. اكتب رمز PIN مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Hours certificate</source>
        <translation>شهادة الساعات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Certificate for the year:</source>
        <translation>الشهادة لعام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="230"/>
        <location filename="../welcome_point/ui/printing.py" line="259"/>
        <source>Shifts as calendar</source>
        <translation>المناوبات كتقويم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="231"/>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="260"/>
        <source>The calendar file was written:
%1</source>
        <translation>كُتب ملف التقويم:
%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="268"/>
        <location filename="../welcome_point/ui/printing.py" line="275"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="276"/>
        <source>The PDF was written but no viewer could open it. Open it yourself from:
%1</source>
        <translation>كُتب ملف PDF لكن تعذّر فتحه بأي برنامج عرض. افتحه بنفسك من:
%1</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="47"/>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="48"/>
        <source>Where to go</source>
        <translation>إلى أين تذهب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="49"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="50"/>
        <location filename="../welcome_point/ui/printing.py" line="59"/>
        <source>Opening hours</source>
        <translation>أوقات الدوام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="51"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="52"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="53"/>
        <source>Please bring</source>
        <translation>من فضلك أحضِر معك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="54"/>
        <source>Issued by</source>
        <translation>صادرة عن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="55"/>
        <source>Scan for the address</source>
        <translation>امسح الرمز لترى العنوان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="58"/>
        <source>Please bring this card to your next visit.</source>
        <translation>من فضلك أحضِر هذه البطاقة معك في زيارتك القادمة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="283"/>
        <source>Roster</source>
        <translation>جدول المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="284"/>
        <source>Missing:</source>
        <translation>ناقص:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="285"/>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="286"/>
        <source>no shift</source>
        <translation>لا توجد مناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="287"/>
        <source>Week {week}</source>
        <translation>الأسبوع {week}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="288"/>
        <source>Printed on {date}</source>
        <translation>طُبع في {date}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="289"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="290"/>
        <source>Internal – contains phone numbers, do not post</source>
        <translation>داخلي – فيه أرقام هواتف، لا تعلّقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="291"/>
        <source>Week {week}, {first} – {last}</source>
        <translation>الأسبوع {week}، {first} – {last}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="292"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="295"/>
        <source>Volunteer certificate</source>
        <translation>شهادة عمل تطوعي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="296"/>
        <source>We hereby confirm the voluntary work of</source>
        <translation>نشهد بهذا على العمل التطوعي الذي قام به/قامت به</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="297"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="298"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="299"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="300"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="301"/>
        <source>For {count} shifts no arrival or departure time was recorded; the planned times are counted.</source>
        <translation>لم يُسجَّل وقت الوصول أو المغادرة في {count} من المناوبات؛ لذلك حُسبت الأوقات المخطَّطة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="304"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="305"/>
        <source>NRW volunteer card (Ehrenamtskarte)</source>
        <translation>بطاقة التطوع في ولاية شمال الراين وستفاليا (Ehrenamtskarte)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="306"/>
        <source>We thank them for their commitment and their reliable support of our visitors.</source>
        <translation>نتقدّم بالشكر على هذا الالتزام وعلى الدعم الموثوق لزوارنا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="308"/>
        <source>Place, date</source>
        <translation>المكان، التاريخ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="309"/>
        <source>Signature, stamp</source>
        <translation>التوقيع، الختم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="310"/>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="311"/>
        <source>The Welcome Point confirms this certificate on request when given the verification code.</source>
        <translation>يؤكد Welcome Point صحة هذه الشهادة عند الطلب، مع ذكر رمز التحقق.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="315"/>
        <source>requirement met (at least {year} hours a year or {week} hours a week)</source>
        <translation>الشرط مستوفى (على الأقل {year} ساعة في السنة أو {week} ساعة في الأسبوع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="317"/>
        <source>requirement not met (at least {year} hours a year or {week} hours a week)</source>
        <translation>الشرط غير مستوفى (على الأقل {year} ساعة في السنة أو {week} ساعة في الأسبوع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="319"/>
        <source>{role} at {site}</source>
        <translation>{role} في {site}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="251"/>
        <source>Card code (pseudonym on the visitor&apos;s card)</source>
        <translation>رمز البطاقة (اسم مستعار على بطاقة الزائر)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="252"/>
        <source>Day of the first visit</source>
        <translation>يوم الزيارة الأولى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="253"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="254"/>
        <source>Gender (optional)</source>
        <translation>الجنس (اختياري)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="255"/>
        <source>Preferred language</source>
        <translation>اللغة المفضّلة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="256"/>
        <source>Coarse region of origin (optional)</source>
        <translation>منطقة المنشأ بشكل تقريبي (اختياري)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="257"/>
        <source>Link of a visit to the visitor&apos;s card</source>
        <translation>ربط الزيارة ببطاقة الزائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="258"/>
        <source>Time of arrival</source>
        <translation>وقت الوصول</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="259"/>
        <source>Start of the conversation</source>
        <translation>بداية المحادثة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="260"/>
        <source>End of the conversation</source>
        <translation>نهاية المحادثة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="261"/>
        <source>Number of people in the group</source>
        <translation>عدد الأشخاص في المجموعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="262"/>
        <source>Language of the conversation</source>
        <translation>لغة المحادثة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="263"/>
        <source>Whether an interpreter was needed</source>
        <translation>هل لزم مترجم شفهي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="264"/>
        <source>Outcome of the visit</source>
        <translation>نتيجة الزيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="265"/>
        <source>Topics of the visit (e.g. housing, health)</source>
        <translation>مواضيع الزيارة (مثلًا: السكن، الصحة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="266"/>
        <source>Partner organisation referred to</source>
        <translation>المنظمة الشريكة التي أُحيل إليها</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="267"/>
        <source>Topic of the referral</source>
        <translation>موضوع الإحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="268"/>
        <source>Status of the referral</source>
        <translation>حالة الإحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="269"/>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="270"/>
        <source>Time of the referral</source>
        <translation>وقت الإحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="271"/>
        <source>Time of the last status change</source>
        <translation>وقت آخر تغيير في الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="272"/>
        <source>Time of arrival in the waiting queue</source>
        <translation>وقت الوصول إلى قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="273"/>
        <source>Language asked for in the queue</source>
        <translation>اللغة المطلوبة في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="274"/>
        <source>Card code of a person waiting</source>
        <translation>رمز بطاقة الشخص المنتظر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="275"/>
        <source>Time the person was called</source>
        <translation>وقت استدعاء الشخص</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="276"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="277"/>
        <source>Phone number (with consent)</source>
        <translation>رقم الهاتف (بموافقة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="278"/>
        <source>E-mail address (with consent)</source>
        <translation>عنوان البريد الإلكتروني (بموافقة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="279"/>
        <source>Day of joining</source>
        <translation>يوم الانضمام</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="280"/>
        <source>Day of leaving</source>
        <translation>يوم المغادرة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="281"/>
        <source>Day of the consent to store contact data</source>
        <translation>يوم الموافقة على حفظ بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="282"/>
        <source>Whether the volunteer is active</source>
        <translation>هل المتطوع نشط</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="283"/>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="284"/>
        <source>Level of each language</source>
        <translation>مستوى كل لغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="285"/>
        <source>Roles (desk, interpreter, coordinator)</source>
        <translation>الأدوار (الاستقبال، مترجم شفهي، منسّق)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="286"/>
        <source>Shifts a volunteer is assigned to</source>
        <translation>المناوبات المعيَّن فيها المتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="287"/>
        <source>Attendance status of a shift</source>
        <translation>حالة الحضور في المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="288"/>
        <source>Check-in time</source>
        <translation>وقت تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="289"/>
        <source>Check-out time</source>
        <translation>وقت تسجيل الانصراف</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="290"/>
        <source>History of shift changes (who)</source>
        <translation>سجلّ تغييرات المناوبات (مَن)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="291"/>
        <source>Swaps: the other volunteer</source>
        <translation>التبديلات: المتطوع الآخر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="292"/>
        <source>Time of a shift change</source>
        <translation>وقت تغيير المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="293"/>
        <source>Kind of shift change</source>
        <translation>نوع تغيير المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="294"/>
        <source>Volunteers present at a visit</source>
        <translation>المتطوعون الحاضرون في الزيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="295"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="296"/>
        <source>Role of the account</source>
        <translation>دور الحساب</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="297"/>
        <source>Password hash (argon2id)</source>
        <translation>تجزئة كلمة المرور (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="298"/>
        <source>PIN hash (argon2id)</source>
        <translation>تجزئة رمز PIN (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="299"/>
        <source>Link of the account to a volunteer</source>
        <translation>ربط الحساب بمتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="300"/>
        <source>Whether the account may sign in</source>
        <translation>هل يُسمح للحساب بتسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="301"/>
        <source>Time the account was created</source>
        <translation>وقت إنشاء الحساب</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="302"/>
        <source>Failed sign-ins in a row</source>
        <translation>محاولات تسجيل الدخول الفاشلة المتتالية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="303"/>
        <source>Sign-in delay after failures</source>
        <translation>تأخير تسجيل الدخول بعد المحاولات الفاشلة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="304"/>
        <source>Account that acted</source>
        <translation>الحساب الذي نفّذ الإجراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="305"/>
        <source>Time of the action</source>
        <translation>وقت الإجراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="306"/>
        <source>Kind of action (sign-in, export, erasure, ...)</source>
        <translation>نوع الإجراء (تسجيل دخول، تصدير، محو، ...)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="307"/>
        <source>Kind of object acted on</source>
        <translation>نوع العنصر الذي نُفّذ عليه الإجراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="308"/>
        <source>Id of the object acted on</source>
        <translation>معرّف العنصر الذي نُفّذ عليه الإجراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="338"/>
        <source>Advice desk: visits and pseudonymous visitors</source>
        <translation>مكتب الاستشارة: الزيارات والزوار ذوو الهوية المستعارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="340"/>
        <source>Advising newcomers, referring them to partner organisations, following up referrals and recognising returning visitors by their card, without their names.</source>
        <translation>تقديم المشورة للقادمين الجدد، وإحالتهم إلى المنظمات الشريكة، ومتابعة الإحالات، والتعرّف على الزوار العائدين من خلال بطاقتهم، دون أسمائهم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="343"/>
        <source>Visitors of the Welcome Point (newcomers, with their families)</source>
        <translation>زوار Welcome Point (القادمون الجدد مع عائلاتهم)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="347"/>
        <source>Staff and volunteers of the Welcome Point, each as far as their role needs</source>
        <translation>موظفو Welcome Point ومتطوعوه، كلٌّ بالقدر الذي يتطلبه دوره</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="349"/>
        <source>Referral slips go to the visitor, who decides whether to show them; nothing is sent to partner organisations</source>
        <translation>تُسلَّم أوراق الإحالة إلى الزائر، وهو يقرّر ما إذا كان سيُظهرها؛ ولا يُرسَل أي شيء إلى المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="353"/>
        <source>A visitor&apos;s record and card code are erased {months} months after their last visit; their visits remain only as anonymous visits.</source>
        <translation>يُمحى سجل الزائر ورمز بطاقته بعد {months} شهرًا من آخر زيارة له؛ وتبقى زياراته كزيارات مجهولة الهوية فقط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="356"/>
        <source>No names: a random card code with a check character, coarse age band and region</source>
        <translation>دون أسماء: رمز بطاقة عشوائي مع خانة تحقق، وفئة عمرية ومنطقة تقريبيتان</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="361"/>
        <source>Volunteer management and shift planning</source>
        <translation>إدارة المتطوعين وتخطيط المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="363"/>
        <source>Planning shifts by language and role, contacting volunteers, recording attendance and issuing certificates of voluntary work.</source>
        <translation>تخطيط المناوبات حسب اللغة والدور، والتواصل مع المتطوعين، وتسجيل الحضور، وإصدار شهادات العمل التطوعي.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="366"/>
        <source>Volunteers of the Welcome Point</source>
        <translation>متطوعو Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="370"/>
        <source>Coordinators and staff of the Welcome Point</source>
        <translation>منسّقو Welcome Point وموظفوه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="372"/>
        <source>Certificates and rosters go to the volunteers themselves</source>
        <translation>تُسلَّم الشهادات وجداول المناوبات إلى المتطوعين أنفسهم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="375"/>
        <source>A volunteer&apos;s record is erased {months} months after they left; their hours remain only in anonymous totals.</source>
        <translation>يُمحى سجل المتطوع بعد {months} شهرًا من مغادرته؛ وتبقى ساعاته في المجاميع مجهولة الهوية فقط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="378"/>
        <source>Phone and e-mail are stored only with a recorded consent date</source>
        <translation>لا يُحفظ الهاتف والبريد الإلكتروني إلا مع تاريخ موافقة مسجَّل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="383"/>
        <source>User accounts and audit log</source>
        <translation>حسابات المستخدمين وسجل التدقيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="384"/>
        <source>Signing in with a role, and accountability for sign-ins, exports, deletions, erasures, restores and changed settings.</source>
        <translation>تسجيل الدخول بدور محدد، والمساءلة عن عمليات تسجيل الدخول والتصدير والحذف والمحو والاستعادة وتغيير الإعدادات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="387"/>
        <source>Users of the program (staff, coordinators, volunteers at the desk)</source>
        <translation>مستخدمو البرنامج (الموظفون، والمنسّقون، والمتطوعون في الاستقبال)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="390"/>
        <source>Administrators of the Welcome Point</source>
        <translation>مسؤولو النظام في Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="392"/>
        <source>An account is deleted by an administrator, or with the erasure of the volunteer it belongs to. The audit log keeps only account ids and action codes.</source>
        <translation>يحذف مسؤول النظام الحساب، أو يُحذف الحساب مع محو المتطوع الذي ينتمي إليه. ولا يحتفظ سجل التدقيق إلا بمعرّفات الحسابات ورموز الإجراءات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="395"/>
        <source>The audit log is append-only and hash-chained; it holds ids, never names</source>
        <translation>سجل التدقيق يقبل الإضافة فقط ومتسلسل بالتجزئة؛ يحتوي على معرّفات، ولا يحتوي أبدًا على أسماء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="400"/>
        <source>Anonymous monthly reports</source>
        <translation>التقارير الشهرية مجهولة الهوية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="401"/>
        <source>Reporting the work of the Welcome Point to its funders and the city.</source>
        <translation>تقديم تقارير عن عمل Welcome Point إلى الجهات المموِّلة وإلى المدينة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="403"/>
        <source>None: reports hold counts only</source>
        <translation>لا أحد: تحتوي التقارير على أعداد فقط</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="406"/>
        <source>Funders, the city and the coordinating office</source>
        <translation>الجهات المموِّلة، والمدينة، والمكتب التنسيقي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="408"/>
        <source>Reports are anonymous and are kept as long as they are needed.</source>
        <translation>التقارير مجهولة الهوية، وتُحفظ طالما كانت هناك حاجة إليها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="410"/>
        <source>Counts below {k} are suppressed, with complementary suppression so that they cannot be recomputed from totals</source>
        <translation>تُخفى الأعداد الأقل من {k}، مع إخفاء تكميلي كي لا يمكن إعادة حسابها من المجاميع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="414"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept, also in a second folder; erased records leave the backups as the copies rotate out</source>
        <translation>نسخ احتياطية مُتحقَّق منها (واجهة النسخ الاحتياطي في SQLite، وفحص السلامة) كل 30 دقيقة عند تغيّر البيانات وقبل تطبيق مدد الاحتفاظ؛ ويُحتفظ بـ12 نسخة حديثة و10 نسخ يومية و9 نسخ شهرية، وأيضًا في مجلد ثانٍ؛ وتختفي السجلات الممحوّة من النسخ الاحتياطية مع حلول نسخ جديدة محل القديمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="418"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept; erased records leave the backups as the copies rotate out</source>
        <translation>نسخ احتياطية مُتحقَّق منها (واجهة النسخ الاحتياطي في SQLite، وفحص السلامة) كل 30 دقيقة عند تغيّر البيانات وقبل تطبيق مدد الاحتفاظ؛ ويُحتفظ بـ12 نسخة حديثة و10 نسخ يومية و9 نسخ شهرية؛ وتختفي السجلات الممحوّة من النسخ الاحتياطية مع حلول نسخ جديدة محل القديمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="423"/>
        <source>Passwords and PINs are stored only as argon2id hashes; sign-ins are delayed after repeated failures</source>
        <translation>لا تُحفظ كلمات المرور ورموز PIN إلا كتجزئات argon2id؛ ويُؤخَّر تسجيل الدخول بعد المحاولات الفاشلة المتكررة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="426"/>
        <source>Four roles (volunteer, coordinator, staff, administrator), checked by the program for every operation</source>
        <translation>أربعة أدوار (متطوع، منسّق، موظف، مسؤول النظام)، يتحقق منها البرنامج عند كل عملية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="429"/>
        <source>The screen locks after {minutes} minutes without input and hides all personal data</source>
        <translation>تُقفل الشاشة بعد {minutes} دقيقة دون إدخال، وتُخفي جميع البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="432"/>
        <source>Audit log of sign-ins, exports, deletions, erasures, restores and settings changes, append-only and hash-chained</source>
        <translation>سجل تدقيق لعمليات تسجيل الدخول والتصدير والحذف والمحو والاستعادة وتغيير الإعدادات، يقبل الإضافة فقط ومتسلسل بالتجزئة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="435"/>
        <source>Deleted records are overwritten in the database file (SQLite secure_delete)</source>
        <translation>يُكتب فوق السجلات المحذوفة في ملف قاعدة البيانات (SQLite secure_delete)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="438"/>
        <source>Retention periods are applied automatically at every start and daily</source>
        <translation>تُطبَّق مدد الاحتفاظ تلقائيًا عند كل تشغيل ويوميًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="440"/>
        <source>Reports suppress counts below k = {k}</source>
        <translation>تُخفي التقارير الأعداد الأقل من k = {k}</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="442"/>
        <source>The data folder is readable by its user only; log files hold no personal data</source>
        <translation>لا يمكن قراءة مجلد البيانات إلا لمستخدمه؛ ولا تحتوي ملفات السجل (log) على أي بيانات شخصية</translation>
    </message>
</context>
<context>
    <name>PrivacyCommon</name>
    <message>
        <location filename="../welcome_point/ui/privacy_common.py" line="63"/>
        <source>Your account may not do this; nothing was read or changed.</source>
        <translation>لا يملك حسابك صلاحية القيام بذلك؛ لم يُقرأ أو يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>البيانات والخصوصية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="50"/>
        <source>&amp;Audit log</source>
        <translation>سجل ال&amp;تدقيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="51"/>
        <source>R&amp;etention</source>
        <translation>مدد الا&amp;حتفاظ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="52"/>
        <source>Access and era&amp;sure</source>
        <translation>الاطلاع وال&amp;محو</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="53"/>
        <source>&amp;Backups</source>
        <translation>ال&amp;نسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordBox</name>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="54"/>
        <source>Record of processing (GDPR Art. 30)</source>
        <translation>سجل أنشطة المعالجة (المادة 30 من اللائحة العامة لحماية البيانات)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="58"/>
        <source>What personal data this program keeps, why, for whom and how long: generated from the database and the current settings, so it always matches what the program does.</source>
        <translation>ما البيانات الشخصية التي يحفظها هذا البرنامج، ولماذا، ولمن، وإلى متى: يُنشأ من قاعدة البيانات والإعدادات الحالية، فيطابق دائمًا ما يفعله البرنامج فعلًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="65"/>
        <source>Record of processing</source>
        <translation>سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="66"/>
        <source>The record is shown when the database is open.</source>
        <translation>يظهر السجل عندما تكون قاعدة البيانات مفتوحة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="68"/>
        <source>Copy the record as text to the clipboard</source>
        <translation>نسخ السجل كنص إلى الحافظة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="70"/>
        <source>Save as PDF or te&amp;xt…</source>
        <translation>حفظ كملف PDF أو ن&amp;ص…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="117"/>
        <location filename="../welcome_point/ui/privacy_processing.py" line="219"/>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>سجل أنشطة المعالجة (المادة 30 من اللائحة العامة لحماية البيانات)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="118"/>
        <source>Generated on %1 from the program&apos;s database and its current settings.</source>
        <translation>أُنشئ في %1 من قاعدة بيانات البرنامج وإعداداته الحالية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="120"/>
        <source>Controller</source>
        <translation>المسؤول عن المعالجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="124"/>
        <source>(the name of this Welcome Point is not set yet)</source>
        <translation>(لم يُحدَّد اسم Welcome Point هذا بعد)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="125"/>
        <source>(the address is not set yet; enter it under “This Welcome Point”)</source>
        <translation>(لم يُحدَّد العنوان بعد؛ أدخله في «Welcome Point هذا»)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="129"/>
        <source>Purpose:</source>
        <translation>الغرض:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="130"/>
        <source>Data subjects:</source>
        <translation>أصحاب البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="132"/>
        <source>Categories of data:</source>
        <translation>فئات البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="134"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="135"/>
        <source>Recipients:</source>
        <translation>المستلمون:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="137"/>
        <source>Retention:</source>
        <translation>مدة الاحتفاظ:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="139"/>
        <source>Measures:</source>
        <translation>التدابير:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="141"/>
        <source>Technical and organisational measures</source>
        <translation>التدابير التقنية والتنظيمية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="186"/>
        <source>Copied.</source>
        <translation>تم النسخ.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="192"/>
        <source>Text file (*.txt)</source>
        <translation>ملف نصي (*.txt)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="193"/>
        <source>record-of-processing.pdf</source>
        <translation>سجل-أنشطة-المعالجة.pdf</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="194"/>
        <source>Save the record of processing</source>
        <translation>حفظ سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="208"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="211"/>
        <source>Saved as %1.</source>
        <translation>حُفظ باسم %1.</translation>
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
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/referrals_page.py" line="132"/>
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
        <location filename="../welcome_point/ui/referrals_page.py" line="136"/>
        <source>Status changed on %1</source>
        <translation>تغيّرت الحالة في %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="160"/>
        <source>%1 – overdue</source>
        <translation>%1 – متأخرة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="163"/>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="247"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="248"/>
        <source>Per partner</source>
        <translation>حسب الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="271"/>
        <source>To do: open and followed up</source>
        <translation>للمتابعة: المفتوحة وتمت متابعتها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="272"/>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="275"/>
        <source>Completed in the last %1 days</source>
        <translation>المكتملة في آخر %1 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="276"/>
        <source>Not reached in the last %1 days</source>
        <translation>التي تعذّر التواصل بشأنها في آخر %1 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="277"/>
        <source>All (closed ones of the last %1 days)</source>
        <translation>الكل (مع المغلقة في آخر %1 يومًا)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="287"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="290"/>
        <source>&amp;Partner:</source>
        <translation>ال&amp;شريك:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="297"/>
        <location filename="../welcome_point/ui/referrals_page.py" line="628"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="326"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="340"/>
        <source>Next follow-up on</source>
        <translation>المتابعة التالية في</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="341"/>
        <source>Followed &amp;up (F)</source>
        <translation>تمت ال&amp;متابعة (F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="342"/>
        <source>The partner or the visitor was contacted; the next follow-up is on the date chosen beside it.</source>
        <translation>تم التواصل مع الشريك أو الزائر؛ المتابعة التالية في التاريخ المختار بجانبه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="343"/>
        <source>Set &amp;date (D)</source>
        <translation>تحديد ال&amp;تاريخ (D)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="344"/>
        <source>Move the next follow-up to the date chosen beside it, without changing the status.</source>
        <translation>نقل المتابعة التالية إلى التاريخ المختار بجانبه، دون تغيير الحالة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="345"/>
        <source>&amp;Completed (C)</source>
        <translation>م&amp;كتملة (C)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="346"/>
        <source>The visitor got the help they were referred for.</source>
        <translation>حصل الزائر على المساعدة التي أُحيل من أجلها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="347"/>
        <source>Not &amp;reached (N)</source>
        <translation>تعذّر التوا&amp;صل (N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="348"/>
        <source>Neither the visitor nor the partner could be reached; nothing more to do.</source>
        <translation>تعذّر التواصل مع الزائر ومع الشريك؛ لا يوجد ما يُفعل بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="349"/>
        <source>Print slip… (Ctrl+P)</source>
        <translation>طباعة ورقة الإحالة… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="350"/>
        <source>A referral slip with the partner&apos;s address and what to bring, in two languages.</source>
        <translation>ورقة إحالة فيها عنوان الشريك وما يجب إحضاره، بلغتين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="352"/>
        <source>Next follow-up &amp;on:</source>
        <translation>المتابعة التالية &amp;في:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 30 days</source>
        <translation>في آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 90 days</source>
        <translation>في آخر 90 يومًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>in the last 12 months</source>
        <translation>في آخر 12 شهرًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>at any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="379"/>
        <source>Referrals &amp;made:</source>
        <translation>الإ&amp;حالات المُجراة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>Referrals per partner</source>
        <translation>الإحالات حسب الشريك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="397"/>
        <source>Enter or a double click on a partner lists its referrals under Follow-ups.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا على شريك لعرض إحالاته في «المتابعات».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="441"/>
        <source>Shown: %1, overdue: %2</source>
        <translation>المعروضة: %1، المتأخرة: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="444"/>
        <source>No open referrals. Referrals are made at the desk when a visit is saved.</source>
        <translation>لا توجد إحالات مفتوحة. تُجرى الإحالات في الاستقبال عند حفظ زيارة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="445"/>
        <source>No referrals match this filter.</source>
        <translation>لا توجد إحالات تطابق عامل التصفية هذا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="463"/>
        <source>All partners</source>
        <translation>كل الشركاء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="480"/>
        <source>Referrals: %1, partners: %2</source>
        <translation>الإحالات: %1، الشركاء: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="566"/>
        <source>%1: marked “%2” on %3. Next follow-up on %4.</source>
        <translation>%1: عُلِّمت «%2» في %3. المتابعة التالية في %4.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="569"/>
        <source>%1: marked “%2” on %3.</source>
        <translation>%1: عُلِّمت «%2» في %3.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="573"/>
        <source>%1: next follow-up moved to %2.</source>
        <translation>%1: نُقلت المتابعة التالية إلى %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="575"/>
        <source>%1: next follow-up moved.</source>
        <translation>%1: نُقلت المتابعة التالية.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="35"/>
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="36"/>
        <source>City report</source>
        <translation>تقرير المدينة</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="37"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="47"/>
        <source>1,234.5</source>
        <translation>1,234.5</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="48"/>
        <source>Figures of {count} Welcome Points: {sites}</source>
        <translation>أرقام {count} من مواقع Welcome Point: {sites}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="49"/>
        <source>Made on {date} · small counts hidden below k = {k}</source>
        <translation>أُعدّ في {date} · الأعداد الصغيرة دون k = {k} مخفية</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="50"/>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="51"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="52"/>
        <source>Visitors (distinct cards)</source>
        <translation>الزوار (بطاقات مختلفة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="53"/>
        <source>New visitors</source>
        <translation>الزوار الجدد</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="54"/>
        <source>Anonymous visits</source>
        <translation>الزيارات مجهولة الهوية</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="55"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="56"/>
        <source>Volunteer hours</source>
        <translation>ساعات التطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="57"/>
        <source>Active volunteers</source>
        <translation>المتطوعون النشطون</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="58"/>
        <source>Shifts planned</source>
        <translation>المناوبات المخطَّطة</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="59"/>
        <source>Shifts understaffed</source>
        <translation>المناوبات بنقص في الأفراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="60"/>
        <source>{site} had fewer than {visits} visits this month (twice k = {k}), so only the key figures are published: tables of so few visits could single people out.</source>
        <translation>سُجّلت في {site} أقل من {visits} زيارة هذا الشهر (ضعف k = {k})، لذلك تُنشر الأرقام الرئيسية فقط: فالجداول المبنية على هذا العدد القليل من الزيارات قد تكشف أشخاصًا بعينهم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="63"/>
        <source>Visits by topic</source>
        <translation>الزيارات حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="64"/>
        <source>Visits by language</source>
        <translation>الزيارات حسب اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="65"/>
        <source>Visits by age band</source>
        <translation>الزيارات حسب الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="66"/>
        <source>Visits by gender</source>
        <translation>الزيارات حسب الجنس</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="67"/>
        <source>Visits by weekday</source>
        <translation>الزيارات حسب يوم الأسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="68"/>
        <source>Visits of new and returning visitors</source>
        <translation>زيارات الزوار الجدد والعائدين</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="70"/>
        <source>Referrals by kind of service and status</source>
        <translation>الإحالات حسب نوع الخدمة والحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="72"/>
        <source>Visits by language and age band</source>
        <translation>الزيارات حسب اللغة والفئة العمرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="74"/>
        <source>Visits by topic and weekday</source>
        <translation>الزيارات حسب الموضوع ويوم الأسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="75"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="76"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="77"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="78"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="79"/>
        <source>Weekday</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="80"/>
        <source>Visitor</source>
        <translation>الزائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="81"/>
        <source>Kind of service</source>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="82"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="83"/>
        <source>Total: {total}</source>
        <translation>المجموع: {total}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="84"/>
        <source>A visit about several topics counts once for each topic.</source>
        <translation>تُحتسب الزيارة التي تتناول عدة مواضيع مرة واحدة لكل موضوع.</translation>
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
        <translation>{primary}: بين ١ و{k_minus_1} · {complementary}: مخفي لمنع استنتاج عدد صغير</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="92"/>
        <source>About these figures</source>
        <translation>حول هذه الأرقام</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="93"/>
        <source>Counts from 1 to {k_minus_1} are not published; they are shown as &quot;{primary}&quot; (k = {k}). A small group of people could be recognised by them.</source>
        <translation>لا تُنشر الأعداد من 1 إلى {k_minus_1}، بل تظهر بالشكل «{primary}» (k = {k}). فقد يُتعرَّف من خلالها على مجموعة صغيرة من الأشخاص.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="96"/>
        <source>Where a hidden count could be worked out from the other counts of its table, row or column and their total, more counts are hidden as well; they are shown as &quot;{complementary}&quot;. No hidden count can be calculated from the published figures.</source>
        <translation>حيثما أمكن استنتاج عدد مخفي من بقية الأعداد في جدوله أو صفه أو عموده ومن مجموعها، تُخفى أعداد أخرى أيضًا، وتظهر بالشكل «{complementary}». لا يمكن حساب أي عدد مخفي من الأرقام المنشورة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="100"/>
        <source>Zeros are shown: a zero reveals nobody.</source>
        <translation>تظهر الأصفار: فالصفر لا يكشف هوية أحد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="101"/>
        <source>A month with fewer than {visits} visits (twice k) publishes only the key figures.</source>
        <translation>الشهر الذي تقل زياراته عن {visits} (ضعف k) تُنشر له الأرقام الرئيسية فقط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="103"/>
        <source>Topics are counted once per visit and topic: a visit about housing and health counts under both, so the topics add up to more than the visits.</source>
        <translation>تُحتسب المواضيع مرة واحدة لكل زيارة وموضوع: فالزيارة التي تتناول السكن والصحة تُحتسب تحت كليهما، ولذلك يزيد مجموع المواضيع على عدد الزيارات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="106"/>
        <source>Visits count visits, not people. Distinct visitors count the pseudonymous visitor cards seen in the month; anonymous visits count among the visits only.</source>
        <translation>تُحصي الزيارات عدد الزيارات لا عدد الأشخاص. ويُحصي عدد الزوار المختلفين بطاقات الزوار ذات الهوية المستعارة التي ظهرت خلال الشهر؛ أما الزيارات مجهولة الهوية فتُحتسب ضمن الزيارات فقط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="109"/>
        <source>Volunteer figures are totals only; nothing is shown per person.</source>
        <translation>أرقام المتطوعين مجاميع فقط؛ ولا يُعرض أي رقم لكل شخص على حدة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="111"/>
        <source>This report adds up the reports of {count} Welcome Points. A sum with a hidden part is hidden, and the rules are applied again to the sums.</source>
        <translation>يجمع هذا التقرير تقارير {count} من مواقع Welcome Point. ويُخفى كل مجموع يتضمن جزءًا مخفيًا، وتُطبَّق القواعد مجددًا على المجاميع.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="114"/>
        <source>The same figures are in the CSV files and the JSON file (format welcome-point-monthly, version 1); SHA256SUMS lists a checksum of each file.</source>
        <translation>الأرقام نفسها موجودة في ملفات CSV وفي ملف JSON (الصيغة welcome-point-monthly، الإصدار 1)؛ ويضم الملف SHA256SUMS مجموعًا اختباريًا (checksum) لكل ملف.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="117"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="118"/>
        <source>Welcome Point monthly report: {site}, {period}</source>
        <translation>التقرير الشهري لـWelcome Point: {site}، {period}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="119"/>
        <source>Hello,

attached are the anonymised figures of {site} for {period}: a PDF to read, CSV files for spreadsheets and a JSON file for the city&apos;s records. The files hold counts only, no names or contact details; counts below {k} are hidden.

Best regards</source>
        <translation>مرحبًا،

تجدون في المرفق الأرقام مجهولة الهوية الخاصة بـ{site} عن {period}: ملف PDF للقراءة، وملفات CSV لبرامج الجداول، وملف JSON لسجلات المدينة. لا تحتوي الملفات إلا على أعداد، دون أي أسماء أو بيانات اتصال؛ والأعداد التي تقل عن {k} مخفية.

مع أطيب التحيات</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="167"/>
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="169"/>
        <source>Anonymised figures of a month for the city and the partner cities. What you see here is exactly what is exported.</source>
        <translation>أرقام شهر واحد مجهولة الهوية للمدينة وللمدن الشريكة. ما تراه هنا هو بالضبط ما يُصدَّر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="177"/>
        <source>Counting the month</source>
        <translation>احتساب أرقام الشهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="188"/>
        <source>Previous month (Page Up, Alt+Left)</source>
        <translation>الشهر السابق (Page Up، Alt+Right)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="190"/>
        <source>Next month (Page Down, Alt+Right)</source>
        <translation>الشهر التالي (Page Down، Alt+Left)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="196"/>
        <source>Month of the report</source>
        <translation>شهر التقرير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="199"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="204"/>
        <source>Language of the PDF</source>
        <translation>لغة ملف PDF</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="209"/>
        <source>Counts from 1 to k − 1 are hidden (shown as “&lt;k”), and as many others as it takes that none of them can be worked out from the totals. A month with fewer than 2 × k visits publishes its key figures only. k is set on the Settings page.</source>
        <translation>تُخفى الأعداد من 1 إلى k − 1 (وتظهر بالشكل «⁦&lt;k⁩»)، وتُخفى معها أعداد أخرى بالقدر اللازم كي لا يمكن استنتاج أيٍّ منها من المجاميع. الشهر الذي تقل زياراته عن 2 × k تُنشر له الأرقام الرئيسية فقط. تُضبط قيمة k في صفحة «الإعدادات».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="214"/>
        <source>&amp;Month:</source>
        <translation>ال&amp;شهر:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="219"/>
        <source>&amp;Welcome Point:</source>
        <translation>&amp;Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="222"/>
        <source>PDF in:</source>
        <translation>لغة PDF:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="229"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="231"/>
        <source>Write the report to a USB stick or a folder (Ctrl+E)</source>
        <translation>حفظ التقرير على ذاكرة USB أو في مجلد (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="232"/>
        <source>E-mail &amp;draft…</source>
        <translation>م&amp;سودة بريد إلكتروني…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="234"/>
        <source>Write the report and an e-mail with the files attached, and open it in the mail program</source>
        <translation>حفظ التقرير وكتابة رسالة بريد إلكتروني مرفقة بها الملفات، ثم فتحها في برنامج البريد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="235"/>
        <source>Mer&amp;ge reports…</source>
        <translation>&amp;دمج التقارير…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="237"/>
        <source>Combine the JSON reports of several Welcome Points for one month into a city report</source>
        <translation>دمج تقارير JSON لعدة مواقع Welcome Point عن شهر واحد في تقرير للمدينة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="243"/>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="263"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="272"/>
        <location filename="../welcome_point/ui/reports_page.py" line="273"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="327"/>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="357"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="421"/>
        <location filename="../welcome_point/ui/reports_page.py" line="612"/>
        <source>All Welcome Points</source>
        <translation>كل مواقع Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="504"/>
        <source>Counting the month…</source>
        <translation>جارٍ احتساب أرقام الشهر…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="559"/>
        <source>The report could not be made</source>
        <translation>تعذّر إعداد التقرير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="571"/>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="572"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="583"/>
        <source>No visits were recorded in %1. Pick another month with the arrows, Page Up or Page Down.</source>
        <translation>لم تُسجَّل أي زيارة في %1. اختر شهرًا آخر بالأسهم أو بمفتاح Page Up أو Page Down.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="618"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>قاعدة البيانات فارغة حتى الآن. للتجربة ببيانات متخيَّلة، املأ مجلدًا منفصلًا بالبيانات التجريبية، ثم افتح التطبيق عليه:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="659"/>
        <source>Hidden so that a small number cannot be worked out from the totals</source>
        <translation>مخفي كي لا يمكن استنتاج عدد صغير من المجاميع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="660"/>
        <source>Fewer than %1: hidden so that nobody can be singled out</source>
        <translation>أقل من %1: مخفي كي لا يمكن التعرّف على أي شخص بعينه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="709"/>
        <source>Total below %1: not published, every count is hidden.</source>
        <translation>المجموع أقل من %1: لا يُنشر، وكل الأعداد مخفية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="741"/>
        <source>%1 – %2 free</source>
        <translation>%1 – المساحة الحرة: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="747"/>
        <source>Choose another folder…</source>
        <translation>اختيار مجلد آخر…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="756"/>
        <source>Where to write the report</source>
        <translation>مكان حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="786"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="796"/>
        <source>Reports to merge</source>
        <translation>التقارير المراد دمجها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="797"/>
        <source>Monthly reports (*.json)</source>
        <translation>التقارير الشهرية (*.json)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="801"/>
        <source>Where to write the city report</source>
        <translation>مكان حفظ تقرير المدينة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="807"/>
        <source>Merging the reports…</source>
        <translation>جارٍ دمج التقارير…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="836"/>
        <source>The city report was written to %1</source>
        <translation>كُتب تقرير المدينة في %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="838"/>
        <source>The report was written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="842"/>
        <source>E-mail draft: %1</source>
        <translation>مسودة البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="846"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="848"/>
        <location filename="../welcome_point/ui/reports_page.py" line="852"/>
        <source>E-mail draft</source>
        <translation>مسودة البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="849"/>
        <source>The files were written, but the e-mail draft could not be:

%1</source>
        <translation>كُتبت الملفات، لكن تعذّر كتابة مسودة البريد الإلكتروني:

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="853"/>
        <source>The e-mail draft was written but no mail program could open it. Open it yourself from:
%1</source>
        <translation>كُتبت مسودة البريد الإلكتروني لكن تعذّر فتحها بأي برنامج بريد. افتحها بنفسك من:
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
        <translation>الملفات: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="874"/>
        <source>The reports were not merged; no file was written.</source>
        <translation>لم تُدمج التقارير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="876"/>
        <source>Nothing was written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Merge reports</source>
        <translation>دمج التقارير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="880"/>
        <source>The files could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>تعذّرت كتابة الملفات.

%1</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="52"/>
        <source>Records are kept only as long as they are needed. The app erases old records by itself at start and once a day; the anonymous counts in the reports stay.</source>
        <translation>لا تُحفظ السجلات إلا طالما كانت هناك حاجة إليها. يمحو التطبيق السجلات القديمة تلقائيًا عند التشغيل ومرة كل يوم؛ وتبقى الأعداد مجهولة الهوية في التقارير.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="57"/>
        <source>How long records are kept</source>
        <translation>مدة حفظ السجلات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="60"/>
        <source>Months without a visit before a visitor is erased</source>
        <translation>عدد الأشهر دون زيارة قبل محو الزائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="61"/>
        <location filename="../welcome_point/ui/privacy_retention.py" line="63"/>
        <source> months</source>
        <translation> شهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="62"/>
        <source>Months after leaving before a volunteer is erased</source>
        <translation>عدد الأشهر بعد المغادرة قبل محو المتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="64"/>
        <source>Visitors with no visit for:</source>
        <translation>الزوار الذين لم يزوروا منذ:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="66"/>
        <source>Volunteers who left, after:</source>
        <translation>المتطوعون الذين غادروا، بعد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="69"/>
        <source>Their card code and details are erased; their visits stay, without a link to the person.</source>
        <translation>يُمحى رمز بطاقتهم وبياناتهم؛ وتبقى زياراتهم دون ربط بالشخص.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="71"/>
        <source>Name, contact data and languages are erased; their hours remain only in anonymous totals.</source>
        <translation>يُمحى الاسم وبيانات الاتصال واللغات؛ وتبقى ساعاتهم في المجاميع مجهولة الهوية فقط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="72"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="81"/>
        <source>Runs</source>
        <translation>عمليات التنفيذ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="85"/>
        <source>&amp;Run now…</source>
        <translation>&amp;تنفيذ الآن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="87"/>
        <source>Erase now every record that is past its time (a backup is taken first)</source>
        <translation>محو كل سجل انتهت مدة الاحتفاظ به الآن (تُنشأ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="137"/>
        <source>Not run yet on this database.</source>
        <translation>لم يُنفَّذ بعد على قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="139"/>
        <source>Last run: %1.</source>
        <translation>آخر تنفيذ: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="148"/>
        <source>Saved. The next run uses the new periods.</source>
        <translation>تم الحفظ. سيستخدم التنفيذ التالي المدد الجديدة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="159"/>
        <source>Erase now every visitor with no visit for %1 months and every volunteer who left more than %2 months ago? A backup is taken first. This cannot be undone in the app.</source>
        <translation>هل تريد الآن محو كل زائر لم يزر منذ %1 شهرًا وكل متطوع غادر قبل أكثر من %2 شهرًا؟ تُنشأ نسخة احتياطية أولًا. لا يمكن التراجع عن ذلك في التطبيق.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="168"/>
        <source>Run retention now</source>
        <translation>تطبيق مدد الاحتفاظ الآن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="175"/>
        <source>Erasing records past their time…</source>
        <translation>جارٍ محو السجلات التي انتهت مدتها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="183"/>
        <source>Done: %1 visitors and %2 volunteers erased.</source>
        <translation>تم: مُحي %1 زائر و%2 متطوع.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="95"/>
        <source>Print roster</source>
        <translation>طباعة جدول المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="97"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="98"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="102"/>
        <source>For the notice board: first names only, no phone numbers</source>
        <translation>للوحة الإعلانات: الأسماء الأولى فقط، دون أرقام هواتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="108"/>
        <source>Roster for a:</source>
        <translation>جدول المناوبات لمدة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="109"/>
        <source>Containing the day:</source>
        <translation>يشمل اليوم:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Switch language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="95"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>يُعاد بناء النافذة باللغة الجديدة؛ دون فقدان أي شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="102"/>
        <source>This Welcome Point</source>
        <translation>Welcome Point هذا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="111"/>
        <source>e.g. Mon–Fri 10–16, Sat 10–14</source>
        <translation>مثلًا: الإثنين–الجمعة 10–16، السبت 10–14</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="112"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="113"/>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="114"/>
        <source>Opening hours:</source>
        <translation>أوقات الدوام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="115"/>
        <location filename="../welcome_point/ui/settings_page.py" line="137"/>
        <location filename="../welcome_point/ui/settings_page.py" line="157"/>
        <location filename="../welcome_point/ui/settings_page.py" line="178"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="117"/>
        <source>Printed on visitor cards and referral slips.</source>
        <translation>يُطبع على بطاقات الزوار وأوراق الإحالة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="127"/>
        <source>Shifts and certificates</source>
        <translation>المناوبات والشهادات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="133"/>
        <source>At most hours per day and volunteer:</source>
        <translation>الحد الأقصى للساعات في اليوم لكل متطوع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="134"/>
        <source>At least hours of rest between two days:</source>
        <translation>الحد الأدنى لساعات الراحة بين يومين:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="135"/>
        <source>Ehrenamtskarte: hours per year:</source>
        <translation>بطاقة التطوع (Ehrenamtskarte): ساعات في السنة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="136"/>
        <source>… or hours per week on average:</source>
        <translation>… أو ساعات في الأسبوع في المتوسط:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="140"/>
        <source>Assignments that break the first two are refused with the reason.</source>
        <translation>تُرفض التعيينات التي تخالف القاعدتين الأوليين مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="150"/>
        <source>Monthly reports</source>
        <translation>التقارير الشهرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="155"/>
        <source>Counts from 1 to k − 1 are hidden in the monthly report; a month with fewer than 2 × k visits publishes its key figures only. 5 is usual; a larger k hides more.</source>
        <translation>تُخفى الأعداد من 1 إلى k − 1 في التقرير الشهري، والشهر الذي تقل زياراته عن 2 × k تُنشر له الأرقام الرئيسية فقط. القيمة المعتادة 5؛ وكلما كبرت k أُخفي المزيد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="159"/>
        <source>Smaller counts are hidden in the reports for the city.</source>
        <translation>تُخفى الأعداد الأصغر في التقارير المقدَّمة إلى المدينة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="165"/>
        <source>Suppression threshold k:</source>
        <translation>حدّ الإخفاء k:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="170"/>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="174"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="176"/>
        <source>Without a key press or a mouse movement for this long, the window locks and hides all personal data until someone signs in again.</source>
        <translation>إذا لم يُضغط أي مفتاح ولم تتحرك الفأرة طوال هذه المدة، تُقفل النافذة وتُخفي جميع البيانات الشخصية حتى يسجّل أحد الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="180"/>
        <source>The screen faces the public: it locks when nobody uses it.</source>
        <translation>الشاشة مواجهة للجمهور: تُقفل عندما لا يستخدمها أحد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="186"/>
        <source>Lock automatically after:</source>
        <translation>القفل تلقائيًا بعد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="191"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="194"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="203"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="204"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="205"/>
        <source>Database file:</source>
        <translation>ملف قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="206"/>
        <source>Schema version:</source>
        <translation>إصدار المخطط:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="207"/>
        <source>Records:</source>
        <translation>السجلات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="208"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="238"/>
        <location filename="../welcome_point/ui/settings_page.py" line="268"/>
        <location filename="../welcome_point/ui/settings_page.py" line="284"/>
        <location filename="../welcome_point/ui/settings_page.py" line="303"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="326"/>
        <source>No Welcome Point set up yet</source>
        <translation>لم يُعَدّ أي Welcome Point بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visitors with a card</source>
        <translation>زوار لديهم بطاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="334"/>
        <source>Shift assignments</source>
        <translation>تعيينات المناوبات</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="296"/>
        <source>Create the administrator account</source>
        <translation>إنشاء حساب مسؤول النظام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="300"/>
        <source>This is the first start. The administrator creates the accounts of everyone else. The password protects the personal data of visitors and volunteers: choose a long one and keep it safe. It cannot be recovered; without it, nobody can manage the accounts.</source>
        <translation>هذا هو التشغيل الأول. ينشئ مسؤول النظام حسابات جميع الآخرين. تحمي كلمة المرور البيانات الشخصية للزوار والمتطوعين: اختر كلمة مرور طويلة واحفظها في مكان آمن. لا يمكن استرجاعها؛ ومن دونها لا يستطيع أحد إدارة الحسابات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="305"/>
        <source>Username of the administrator</source>
        <translation>اسم مستخدم مسؤول النظام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="307"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="308"/>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="314"/>
        <source>&amp;Username:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="315"/>
        <source>&amp;Password:</source>
        <translation>ك&amp;لمة المرور:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="317"/>
        <source>&amp;Repeat:</source>
        <translation>ت&amp;أكيد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="319"/>
        <source>Create and sign in</source>
        <translation>إنشاء وتسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="349"/>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation>8 أحرف على الأقل؛ بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="351"/>
        <source>Too short: at least 8 characters.</source>
        <translation>قصيرة جدًا: 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="353"/>
        <source>Weak: longer, or mix letters, digits and signs.</source>
        <translation>ضعيفة: أطِلها، أو امزج بين الحروف والأرقام والرموز.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="355"/>
        <source>Fair.</source>
        <translation>مقبولة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="357"/>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="370"/>
        <source>Enter a username for the administrator.</source>
        <translation>أدخل اسم مستخدم لمسؤول النظام.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="374"/>
        <source>The password needs at least 8 characters.</source>
        <translation>يجب أن تتكوّن كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="378"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="130"/>
        <source>This volunteer already has a shift at the same time.</source>
        <translation>لدى هذا المتطوع مناوبة أخرى في الوقت نفسه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="132"/>
        <source>This volunteer is already on this shift.</source>
        <translation>هذا المتطوع معيَّن في هذه المناوبة من قبل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="134"/>
        <source>This shift would take the volunteer over the daily limit of %1 hours.</source>
        <translation>بهذه المناوبة يتجاوز المتطوع الحد اليومي البالغ %1 ساعة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="137"/>
        <source>Between this shift and another one the volunteer would have less than the rest time of %1 hours.</source>
        <translation>ستكون فترة الراحة بين هذه المناوبة ومناوبة أخرى للمتطوع أقل من الحد الأدنى البالغ %1 ساعة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="140"/>
        <source>This volunteer is marked as not active.</source>
        <translation>هذا المتطوع مسجَّل على أنه غير نشط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="142"/>
        <source>This volunteer has left the team.</source>
        <translation>غادر هذا المتطوع الفريق.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="667"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="669"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="672"/>
        <source>(erased)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="670"/>
        <source>%1, replaced by %2</source>
        <translation>%1، وحلّ محله %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="673"/>
        <source>%1, in place of %2</source>
        <translation>%1، بدلًا من %2</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="350"/>
        <source>(erased)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="519"/>
        <source>&amp;Week plan</source>
        <translation>خطة الأ&amp;سبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="520"/>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="521"/>
        <source>&amp;Gaps (next 4 weeks)</source>
        <translation>ال&amp;ثغرات (الأسابيع 4 القادمة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="531"/>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="532"/>
        <source>Page Up</source>
        <translation>مفتاح Page Up</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="534"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="535"/>
        <source>Home</source>
        <translation>مفتاح Home</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="538"/>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="539"/>
        <source>Page Down</source>
        <translation>مفتاح Page Down</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="546"/>
        <source>Print roster…</source>
        <translation>طباعة جدول المناوبات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="548"/>
        <source>Create from templates… (Ctrl+T)</source>
        <translation>إنشاء من القوالب… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="563"/>
        <source>Shifts of the week</source>
        <translation>مناوبات الأسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="589"/>
        <source>Create from templates…</source>
        <translation>إنشاء من القوالب…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="645"/>
        <source>Volunteers on this shift</source>
        <translation>المتطوعون في هذه المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="649"/>
        <source>&amp;Assign… (Enter)</source>
        <translation>&amp;تعيين… (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="651"/>
        <source>S&amp;wap…</source>
        <translation>ت&amp;بديل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="652"/>
        <source>Another volunteer takes over; the change stays in the history.</source>
        <translation>يتولّى متطوع آخر المناوبة؛ ويبقى التغيير محفوظًا في السجلّ.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="654"/>
        <source>&amp;Cancel assignment… (Del)</source>
        <translation>إ&amp;لغاء التعيين… (Del)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="656"/>
        <source>&amp;History…</source>
        <translation>الس&amp;جلّ…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="658"/>
        <source>Delete shift…</source>
        <translation>حذف المناوبة…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="675"/>
        <source>Language demand this week (from the visits of the last 8 weeks)</source>
        <translation>الطلب على اللغات هذا الأسبوع (حسب زيارات آخر 8 أسابيع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="677"/>
        <source>Language demand</source>
        <translation>الطلب على اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="686"/>
        <source>Suggested volunteer</source>
        <translation>المتطوع المقترح</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="687"/>
        <source>Assign &amp;suggested</source>
        <translation>تعيين الم&amp;قترح</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="689"/>
        <source>Other speaker…</source>
        <translation>متحدث آخر…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="709"/>
        <source>One click when a volunteer arrives and leaves; the hours come from these times.</source>
        <translation>نقرة واحدة عند وصول المتطوع وعند مغادرته؛ تُحسب الساعات من هذين الوقتين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="728"/>
        <source>Gaps in the next four weeks</source>
        <translation>الثغرات في الأسابيع الأربعة القادمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="734"/>
        <source>No gaps in the next four weeks: every shift has its people and its wanted languages.</source>
        <translation>لا توجد ثغرات في الأسابيع الأربعة القادمة: لكل مناوبة أفرادها ولغاتها المطلوبة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="742"/>
        <source>Show in the &amp;week (Enter)</source>
        <translation>ع&amp;رض في الأسبوع (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="744"/>
        <source>&amp;Assign…</source>
        <translation>&amp;تعيين…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="823"/>
        <source>Week %1: %2 – %3</source>
        <translation>الأسبوع %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="825"/>
        <source>No shifts planned for this week. Create them from the weekly templates (Ctrl+T), then assign volunteers.</source>
        <translation>لا توجد مناوبات مخطَّطة لهذا الأسبوع. أنشئها من القوالب الأسبوعية (Ctrl+T)، ثم عيّن المتطوعين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="852"/>
        <source>Language demand is shown once the week has shifts.</source>
        <translation>يظهر الطلب على اللغات عندما تكون في الأسبوع مناوبات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="854"/>
        <source>Every language that visitors usually bring in this week&apos;s slots has a speaker on the shift.</source>
        <translation>كل لغة يتكلمها الزوار عادةً في فترات هذا الأسبوع لها متحدث في المناوبة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="865"/>
        <source>%1: about %2 %3 visits expected, no speaker</source>
        <translation>%1: يُتوقع نحو %2 زيارة باللغة %3، ولا يوجد متحدث</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="872"/>
        <source>%1 – suggest: %2</source>
        <translation>%1 – اقتراح: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="873"/>
        <source>%1 – no free speaker</source>
        <translation>%1 – لا يوجد متحدث متاح</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="877"/>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="888"/>
        <source>No shifts today. Shifts are planned under Week plan.</source>
        <translation>لا توجد مناوبات اليوم. تُخطَّط المناوبات في «خطة الأسبوع».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="898"/>
        <source>Add volunteer…</source>
        <translation>إضافة متطوع…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="899"/>
        <source>Someone came who was not planned for this shift.</source>
        <translation>حضر شخص لم يكن مخطَّطًا له في هذه المناوبة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="905"/>
        <source>Nobody is assigned.</source>
        <translation>لم يُعيَّن أحد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="925"/>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="926"/>
        <source>Check out</source>
        <translation>تسجيل الانصراف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="927"/>
        <source>No-show…</source>
        <translation>لم يحضر…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="935"/>
        <source>A no-show can be recorded once the shift has started.</source>
        <translation>يمكن تسجيل عدم الحضور بعد بدء المناوبة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="950"/>
        <source>in %1, out %2</source>
        <translation>حضور %1، انصراف %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="953"/>
        <source>checked in at %1</source>
        <translation>سُجّل الحضور الساعة %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="961"/>
        <source>Shifts with gaps: %1, of them understaffed: %2</source>
        <translation>مناوبات فيها ثغرات: %1، منها بنقص في الأفراد: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1001"/>
        <source>No shift selected</source>
        <translation>لم تُحدَّد أي مناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1002"/>
        <source>Choose a shift in the week (arrow keys or a click) to assign volunteers.</source>
        <translation>اختر مناوبة في الأسبوع (بمفاتيح الأسهم أو بنقرة) لتعيين المتطوعين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1015"/>
        <source>Wanted languages: %1</source>
        <translation>اللغات المطلوبة: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1016"/>
        <source>No particular language wanted.</source>
        <translation>لا توجد لغة معيّنة مطلوبة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shifts_page.py" line="1055"/>
        <source>%n shift(s) created.</source>
        <translation>
            <numerusform>أُنشئت %n مناوبة.</numerusform>
            <numerusform>أُنشئت %n مناوبة.</numerusform>
            <numerusform>أُنشئت %n مناوبتان.</numerusform>
            <numerusform>أُنشئت %n مناوبات.</numerusform>
            <numerusform>أُنشئت %n مناوبة.</numerusform>
            <numerusform>أُنشئت %n مناوبة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1056"/>
        <source>No new shifts: they all exist already.</source>
        <translation>لا توجد مناوبات جديدة: كلها موجودة من قبل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1096"/>
        <source>Take %1 off the shift on %2, %3? The cancellation stays in the shift&apos;s history.</source>
        <translation>هل تريد إزالة %1 من المناوبة في %2، %3؟ يبقى الإلغاء محفوظًا في سجلّ المناوبة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1099"/>
        <source>Cancel assignment</source>
        <translation>إلغاء التعيين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1121"/>
        <source>Delete the shift on %1, %2? Its planned assignments are removed too.</source>
        <translation>هل تريد حذف المناوبة في %1، %2؟ ستُحذف تعييناتها المخطَّطة أيضًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1124"/>
        <source>Delete shift</source>
        <translation>حذف المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1183"/>
        <source>Record that %1 did not come? The shift then counts as not worked.</source>
        <translation>هل تريد تسجيل أن %1 لم يحضر؟ عندها لا تُحتسب المناوبة عملًا منجَزًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1185"/>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1231"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="129"/>
        <location filename="../welcome_point/ui/login.py" line="148"/>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="131"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="132"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="133"/>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="134"/>
        <source>6 or more digits</source>
        <translation>6 أرقام أو أكثر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="135"/>
        <source>&amp;Password:</source>
        <translation>ك&amp;لمة المرور:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="137"/>
        <source>P&amp;IN:</source>
        <translation>رمز P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="139"/>
        <source>&amp;Username:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <location filename="../welcome_point/ui/login.py" line="189"/>
        <source>Quick switch with PIN</source>
        <translation>تبديل سريع برمز PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="188"/>
        <source>Sign in with password instead</source>
        <translation>تسجيل الدخول بكلمة المرور بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="235"/>
        <source>Enter your username.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="239"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>يتكوّن رمز PIN من 6 أرقام على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="243"/>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="257"/>
        <source>The username or the PIN is not right.</source>
        <translation>اسم المستخدم أو رمز PIN غير صحيح.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="259"/>
        <source>The username or the password is not right.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="280"/>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="283"/>
        <source>Too many failed attempts. Please wait %1 before the next try.</source>
        <translation>محاولات فاشلة كثيرة جدًا. يُرجى الانتظار %1 قبل المحاولة التالية.</translation>
    </message>
</context>
<context>
    <name>SubjectTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="68"/>
        <source>Everything the database holds about one visitor card or one volunteer: to answer a request for access (Art. 15 GDPR) or to erase the record on request (Art. 17).</source>
        <translation>كل ما تحتويه قاعدة البيانات عن بطاقة زائر واحدة أو متطوع واحد: للرد على طلب اطلاع (المادة 15 من اللائحة العامة لحماية البيانات) أو لمحو السجل بناءً على طلب (المادة 17).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="73"/>
        <source>&amp;Visitor card:</source>
        <translation>بطاقة ال&amp;زائر:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="74"/>
        <source>V&amp;olunteer:</source>
        <translation>الم&amp;تطوع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="80"/>
        <source>e.g. K7MXP-Q4TAC</source>
        <translation>مثلًا: K7MXP-Q4TAC</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="81"/>
        <source>Card code</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="87"/>
        <source>Volunteer</source>
        <translation>المتطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="91"/>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="102"/>
        <source>&amp;Export JSON and PDF…</source>
        <translation>ت&amp;صدير JSON وPDF…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="103"/>
        <source>Write the record shown as JSON and PDF into a folder</source>
        <translation>حفظ السجل المعروض كملفي JSON وPDF في مجلد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="105"/>
        <source>E&amp;rase…</source>
        <translation>م&amp;حو…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="107"/>
        <source>Erase the record shown for good (asks to type it again)</source>
        <translation>محو السجل المعروض نهائيًا (يُطلب إعادة كتابته للتأكيد)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="123"/>
        <source>The record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="125"/>
        <source>Enter a card code or choose a volunteer, then press Show. The record appears here exactly as it will be exported.</source>
        <translation>أدخل رمز بطاقة أو اختر متطوعًا، ثم اضغط «عرض». يظهر السجل هنا تمامًا كما سيُصدَّر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="154"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (رقم %2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="156"/>
        <source>%1 – left</source>
        <translation>%1 – غادر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="159"/>
        <source>No volunteers</source>
        <translation>لا يوجد متطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="185"/>
        <source>This is not a card code: it has 10 characters (letters and digits, shown as two groups of five); check it on the card.</source>
        <translation>هذا ليس رمز بطاقة: يتكوّن الرمز من 10 خانات (حروف وأرقام، تظهر في مجموعتين من خمس خانات)؛ تحقّق منه على البطاقة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="218"/>
        <source>Folder for the export</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="226"/>
        <source>Writing the JSON file and the PDF…</source>
        <translation>جارٍ كتابة ملف JSON وملف PDF…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="237"/>
        <source>Written into %1: %2. Hand them to the person in person or by a secure way.</source>
        <translation>كُتبت في %1: %2. سلّمها إلى الشخص يدًا بيد أو بطريقة آمنة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="247"/>
        <source>The visitor with the card %1</source>
        <translation>الزائر صاحب البطاقة %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="249"/>
        <source>Volunteer no. %1 (with their user accounts)</source>
        <translation>المتطوع رقم %1 (مع حسابات المستخدم الخاصة به)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="252"/>
        <source>Not erased.</source>
        <translation>لم يُمحَ شيء.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="254"/>
        <source>Taking a backup, then erasing…</source>
        <translation>جارٍ إنشاء نسخة احتياطية، ثم المحو…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="269"/>
        <source>Erased: the card code no longer exists; the visits stay as anonymous visits.</source>
        <translation>تم المحو: لم يعد رمز البطاقة موجودًا؛ وتبقى الزيارات كزيارات مجهولة الهوية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="272"/>
        <source>Erased: the volunteer&apos;s record and accounts are gone; their hours stay in the anonymous totals.</source>
        <translation>تم المحو: أُزيل سجل المتطوع وحساباته؛ وتبقى ساعاته في المجاميع مجهولة الهوية.</translation>
    </message>
</context>
<context>
    <name>SubjectText</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="32"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="33"/>
        <source>Card code</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="34"/>
        <source>First visit</source>
        <translation>الزيارة الأولى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="35"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="36"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="37"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="38"/>
        <source>Region of origin</source>
        <translation>منطقة المنشأ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="39"/>
        <source>Last seen</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="40"/>
        <source>Kept until (unless seen again)</source>
        <translation>يُحفظ حتى (ما لم يعد مجددًا)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="41"/>
        <source>Kept until (counted from leaving)</source>
        <translation>محفوظة حتى (محسوبة من تاريخ المغادرة)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="42"/>
        <source>Access rights</source>
        <translation>صلاحيات الوصول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="43"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="44"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="45"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="46"/>
        <source>Joined</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="47"/>
        <source>Left</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="48"/>
        <source>Consent to contact data</source>
        <translation>الموافقة على بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="49"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="50"/>
        <source>Hours worked</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="51"/>
        <source>Shifts attended</source>
        <translation>المناوبات التي حضرها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="52"/>
        <source>Of these, from planned times</source>
        <translation>منها، محسوبة من الأوقات المخطَّطة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="53"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="54"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="55"/>
        <source>Waiting queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="56"/>
        <source>Audit log entries</source>
        <translation>إدخالات سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="57"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="58"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="59"/>
        <source>Shifts</source>
        <translation>المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="60"/>
        <source>Shift changes</source>
        <translation>تغييرات المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="61"/>
        <source>User accounts</source>
        <translation>حسابات المستخدم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="62"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="63"/>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="64"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="65"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="66"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="67"/>
        <source>Interpreter</source>
        <translation>مترجم شفهي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="68"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="69"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="70"/>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="71"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="72"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="73"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="74"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="75"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="76"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="77"/>
        <source>Changed</source>
        <translation>تاريخ التغيير</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="78"/>
        <source>Called</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="79"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="80"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="81"/>
        <source>Object</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="82"/>
        <source>Object no.</source>
        <translation>رقم العنصر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="83"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="84"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="85"/>
        <source>Shift</source>
        <translation>المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="86"/>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="87"/>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="88"/>
        <source>Checked in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="89"/>
        <source>Checked out</source>
        <translation>تسجيل الانصراف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="90"/>
        <source>Assignment</source>
        <translation>التعيين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="91"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="92"/>
        <source>PIN set</source>
        <translation>رمز PIN معيَّن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="93"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="187"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="188"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="124"/>
        <source>Visitor card %1</source>
        <translation>بطاقة الزائر %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="125"/>
        <source>Volunteer no. %1</source>
        <translation>المتطوع رقم %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="140"/>
        <source>Compiled %1. Exactly this goes into the export.</source>
        <translation>جُمع في %1. هذا بالضبط ما يدخل في التصدير.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="153"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="186"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="164"/>
        <source>… and %1 more rows; the export holds them all.</source>
        <translation>… وصفوف أخرى عددها %1؛ يتضمنها التصدير كلها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="180"/>
        <source>Information on the data stored about a visitor card</source>
        <translation>معلومات عن البيانات المحفوظة بشأن بطاقة زائر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="181"/>
        <source>Information on the data stored about a volunteer</source>
        <translation>معلومات عن البيانات المحفوظة بشأن متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="182"/>
        <source>This document lists everything the Welcome Point&apos;s database held about you on {date} (Art. 15 GDPR). A machine-readable copy of the same data is the JSON file of the same name.</source>
        <translation>يعرض هذا المستند كل ما كانت تحتويه قاعدة بيانات Welcome Point عنك بتاريخ {date} (المادة 15 من اللائحة العامة لحماية البيانات). وتوجد نسخة من البيانات نفسها يمكن للحاسوب قراءتها في ملف JSON الذي يحمل الاسم نفسه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="185"/>
        <source>Compiled</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="189"/>
        <source>Page {page}</source>
        <translation>صفحة {page}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="230"/>
        <source>Create shifts from templates</source>
        <translation>إنشاء مناوبات من القوالب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="234"/>
        <source>Each line is a shift that repeats every week. Shifts that already exist (same day, times and role) are skipped.</source>
        <translation>كل سطر مناوبة تتكرر كل أسبوع. تُتخطّى المناوبات الموجودة من قبل (بنفس اليوم والأوقات والدور).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Weekday</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Min. staff</source>
        <translation>أقل عدد أفراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="240"/>
        <source>Wanted languages</source>
        <translation>اللغات المطلوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="241"/>
        <source>Shift templates</source>
        <translation>قوالب المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="248"/>
        <source>&amp;Add line</source>
        <translation>إ&amp;ضافة سطر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="250"/>
        <source>&amp;Remove line</source>
        <translation>إ&amp;زالة سطر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="252"/>
        <source>Back to the &amp;defaults</source>
        <translation>العودة إلى ال&amp;قيم الافتراضية</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>The next 4 weeks</source>
        <translation>الأسابيع الأربعة القادمة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Other days</source>
        <translation>أيام أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="270"/>
        <source>First day</source>
        <translation>أول يوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="271"/>
        <source>Last day</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="274"/>
        <source>&amp;Create for:</source>
        <translation>إ&amp;نشاء لفترة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="277"/>
        <source>&amp;from</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="279"/>
        <source>&amp;to</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="292"/>
        <source>Create shifts</source>
        <translation>إنشاء المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="408"/>
        <source>Choose a first day before the last one, at most a year apart.</source>
        <translation>اختر يومًا أول يسبق اليوم الأخير، بفارق سنة على الأكثر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shift_dialogs.py" line="413"/>
        <source>At most %n shift(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n مناوبة على الأكثر من %1 إلى %2.</numerusform>
            <numerusform>%n مناوبة على الأكثر من %1 إلى %2.</numerusform>
            <numerusform>%n مناوبتان على الأكثر من %1 إلى %2.</numerusform>
            <numerusform>%n مناوبات على الأكثر من %1 إلى %2.</numerusform>
            <numerusform>%n مناوبة على الأكثر من %1 إلى %2.</numerusform>
            <numerusform>%n مناوبة على الأكثر من %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="428"/>
        <source>Line %1: the shift must end after it starts.</source>
        <translation>السطر %1: يجب أن تنتهي المناوبة بعد أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="433"/>
        <source>Add at least one line.</source>
        <translation>أضف سطرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="437"/>
        <source>The last day comes before the first.</source>
        <translation>اليوم الأخير يسبق اليوم الأول.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="440"/>
        <source>Shifts can be created for at most a year at once.</source>
        <translation>يمكن إنشاء المناوبات لسنة واحدة على الأكثر في كل مرة.</translation>
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
        <location filename="../welcome_point/domain/vocabulary.py" line="190"/>
        <source>Monday</source>
        <translation>الإثنين</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="191"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="192"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="193"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="194"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="195"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="196"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="200"/>
        <source>New visitor</source>
        <translation>زائر جديد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="201"/>
        <source>Returning visitor</source>
        <translation>زائر عائد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="34"/>
        <source>Overlaps another shift</source>
        <translation>تتداخل مع مناوبة أخرى</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="35"/>
        <source>Already on this shift</source>
        <translation>معيَّن في هذه المناوبة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="36"/>
        <source>More than the daily limit</source>
        <translation>يتجاوز الحد اليومي</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="37"/>
        <source>Less than the rest time</source>
        <translation>أقل من فترة الراحة</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="38"/>
        <source>Not active</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="39"/>
        <source>Has left</source>
        <translation>غادر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="45"/>
        <source>Assigned</source>
        <translation>تم التعيين</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="47"/>
        <source>Swapped</source>
        <translation>تم التبديل</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="48"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="46"/>
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
    <name>VolunteerDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>New volunteer</source>
        <translation>متطوع جديد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>Edit volunteer</source>
        <translation>تعديل متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="226"/>
        <source>As the team knows them, e.g. Amira H.</source>
        <translation>كما يعرفه الفريق، مثلًا: أميرة ح.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Given on</source>
        <translation>أُعطيت بتاريخ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Consent given on</source>
        <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="237"/>
        <source>Needed before a phone number or e-mail address is saved.</source>
        <translation>مطلوبة قبل حفظ رقم هاتف أو عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="240"/>
        <source>Joined on</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="241"/>
        <source>Left on</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="243"/>
        <source>Acti&amp;ve: can be planned for shifts</source>
        <translation>ن&amp;شط: يمكن جدولته في المناوبات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="282"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="284"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="285"/>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="286"/>
        <source>C&amp;onsent:</source>
        <translation>ال&amp;موافقة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="288"/>
        <source>&amp;Joined on:</source>
        <translation>تاريخ الا&amp;نضمام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="290"/>
        <source>Le&amp;ft:</source>
        <translation>الم&amp;غادرة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="292"/>
        <source>Roles:</source>
        <translation>الأدوار:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="306"/>
        <source>&amp;Languages spoken:</source>
        <translation>ال&amp;لغات المحكية:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="371"/>
        <source>“%1” is not a known language: choose one from the list.</source>
        <translation>«%1» ليست لغة معروفة: اختر لغة من القائمة.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="375"/>
        <source>%1 is listed twice.</source>
        <translation>%1 مذكورة مرتين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="387"/>
        <source>Enter the name the team knows the volunteer by.</source>
        <translation>أدخل اسم المتطوع كما يعرفه الفريق.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="394"/>
        <source>A phone number or e-mail address can only be saved with the date the volunteer consented: tick “Given on” and enter the date, or leave both empty.</source>
        <translation>لا يمكن حفظ رقم هاتف أو عنوان بريد إلكتروني إلا مع تاريخ موافقة المتطوع: فعّل «أُعطيت بتاريخ» وأدخل التاريخ، أو اترك الحقلين فارغين.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="398"/>
        <source>The consent date lies in the future.</source>
        <translation>تاريخ الموافقة في المستقبل.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="402"/>
        <source>The volunteer cannot leave before joining.</source>
        <translation>لا يمكن أن يغادر المتطوع قبل انضمامه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="406"/>
        <source>Tick at least one role.</source>
        <translation>حدّد دورًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Joined</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Left</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
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
        <translation>لم تُسجَّل موافقة: لا يُحفظ رقم هاتف ولا عنوان بريد إلكتروني.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="171"/>
        <source>Search by name… (Ctrl+F)</source>
        <translation>ابحث بالاسم… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="173"/>
        <source>Search volunteers by name</source>
        <translation>البحث عن المتطوعين بالاسم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="175"/>
        <source>Speaks</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="177"/>
        <source>&amp;Speaks:</source>
        <translation>يت&amp;كلم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="179"/>
        <source>Show &amp;inactive</source>
        <translation>إظهار &amp;غير النشطين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="180"/>
        <source>Sho&amp;w phone numbers</source>
        <translation>إظهار أرقام ال&amp;هواتف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="181"/>
        <source>Phone numbers are hidden so that nobody reads them over your shoulder; they show until you leave the program.</source>
        <translation>أرقام الهواتف مخفية حتى لا يقرأها أحد من فوق كتفك؛ وتبقى ظاهرة حتى تغلق البرنامج.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="183"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="184"/>
        <source>A new volunteer (Ctrl+N)</source>
        <translation>متطوع جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="185"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="186"/>
        <source>Edit the selected volunteer (Enter)</source>
        <translation>تعديل المتطوع المحدد (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="187"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="394"/>
        <source>&amp;Deactivate…</source>
        <translation>إ&amp;لغاء التفعيل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="188"/>
        <source>Hours &amp;certificate…</source>
        <translation>&amp;شهادة الساعات…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="189"/>
        <source>A certificate of the selected volunteer&apos;s hours (PDF)</source>
        <translation>شهادة بساعات المتطوع المحدد (PDF)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="190"/>
        <source>Shifts as calendar (.ics)…</source>
        <translation>المناوبات كتقويم (.ics)…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="191"/>
        <source>The selected volunteer&apos;s shifts as a calendar file for their phone or computer</source>
        <translation>مناوبات المتطوع المحدد كملف تقويم لهاتفه أو حاسوبه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="209"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="485"/>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="346"/>
        <source>No volunteers yet: add the first with New (Ctrl+N). Record the languages they speak, so that the shift plan can show who covers Arabic, Dari or Ukrainian.</source>
        <translation>لا يوجد متطوعون بعد: أضف أول متطوع عبر «جديد» (Ctrl+N). سجّل اللغات التي يتكلمونها، لكي تُظهر خطة المناوبات من يغطي العربية أو الدرية أو الأوكرانية.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="351"/>
        <source>No volunteer matches “%1”.</source>
        <translation>لا يوجد متطوع يطابق «%1».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="353"/>
        <source>Nobody here speaks %1 yet.</source>
        <translation>لا أحد هنا يتكلم %1 بعد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="356"/>
        <source>All volunteers are inactive: tick “Show inactive” to see them.</source>
        <translation>جميع المتطوعين غير نشطين: فعّل «إظهار غير النشطين» لرؤيتهم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="360"/>
        <source>%1 of %2 volunteers shown · %3 inactive not shown</source>
        <translation>عرض %1 من %2 متطوع · %3 غير نشطين غير معروضين</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="364"/>
        <source>%1 of %2 volunteers shown</source>
        <translation>عرض %1 من %2 متطوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="390"/>
        <source>&amp;Reactivate…</source>
        <translation>إ&amp;عادة التفعيل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="391"/>
        <source>The selected volunteer is back: they can be planned again</source>
        <translation>عاد المتطوع المحدد: يمكن جدولته في المناوبات مجددًا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="395"/>
        <source>The selected volunteer has left (Delete); their hours are kept</source>
        <translation>غادر المتطوع المحدد (Delete)؛ تبقى ساعاته محفوظة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="470"/>
        <source>Reactivate “%1”? They can be planned for shifts again.</source>
        <translation>هل تريد إعادة تفعيل «%1»؟ يمكن جدولته في المناوبات مجددًا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="473"/>
        <source>The date they left (%1) is cleared.</source>
        <translation>يُمسح تاريخ المغادرة (%1).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="476"/>
        <source>Reactivate volunteer</source>
        <translation>إعادة تفعيل المتطوع</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="23"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="231"/>
        <source>%1
today</source>
        <translation>%1
اليوم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="268"/>
        <source>Morning</source>
        <translation>الصباح</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="270"/>
        <source>Afternoon</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="271"/>
        <source>Evening</source>
        <translation>المساء</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="278"/>
        <source>%1 – understaffed</source>
        <translation>%1 – نقص في الأفراد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="281"/>
        <source>%1 – %2 missing</source>
        <translation>%1 – تنقص %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="282"/>
        <source>%1 – covered</source>
        <translation>%1 – مكتملة</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="291"/>
        <source>wanted: %1</source>
        <translation>مطلوبة: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="298"/>
        <source>about %1 %2 visits expected, no speaker</source>
        <translation>يُتوقع نحو %1 زيارة باللغة %2، ولا يوجد متحدث</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="311"/>
        <source>(erased)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="317"/>
        <source>Wanted:</source>
        <translation>مطلوبة:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="322"/>
        <source>Demand:</source>
        <translation>الطلب:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="336"/>
        <source>Wanted languages: %1</source>
        <translation>اللغات المطلوبة: %1</translation>
    </message>
</context>
</TS>
