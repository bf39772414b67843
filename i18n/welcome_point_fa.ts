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
    <name>AccountDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>New account</source>
        <translation>حساب کاربری جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>Change account</source>
        <translation>تغییر حساب کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="248"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="250"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="253"/>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="254"/>
        <source>Password again</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="255"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="256"/>
        <source>PIN again</source>
        <translation>تکرار PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="257"/>
        <source>optional, 6 to 12 digits</source>
        <translation>اختیاری، 6 تا 12 رقم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="259"/>
        <source>Linked volunteer</source>
        <translation>داوطلب مرتبط</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="260"/>
        <source>– none –</source>
        <translation>– هیچ –</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="271"/>
        <source>&amp;Username:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="275"/>
        <source>Username:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="276"/>
        <source>R&amp;ole:</source>
        <translation>ن&amp;قش:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="279"/>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="280"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="281"/>
        <source>P&amp;IN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="282"/>
        <source>Repeat P&amp;IN:</source>
        <translation>ت&amp;کرار PIN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="283"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;داوطلب:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="284"/>
        <source>The volunteer this person is: for checking in to their own shifts.</source>
        <translation>این شخص کدام داوطلب است: برای ثبت ورود در شیفت‌های خودش.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="298"/>
        <source>Volunteer no. %1</source>
        <translation>داوطلب شماره %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="311"/>
        <source>The desk, and checking in to one&apos;s own shifts.</source>
        <translation>پذیرش، و ثبت ورود در شیفت‌های خود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="312"/>
        <source>Also visits, referrals, volunteers and shifts.</source>
        <translation>همچنین مراجعه‌ها، ارجاع‌ها، داوطلبان و شیفت‌ها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="313"/>
        <source>Also reports, the partner directory and the settings.</source>
        <translation>همچنین گزارش‌ها، فهرست سازمان‌های همکار و تنظیمات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="314"/>
        <source>Everything, also accounts, privacy, backups and the audit log.</source>
        <translation>همه چیز، از جمله حساب‌های کاربری، حریم خصوصی، نسخه‌های پشتیبان و دفتر رویدادها.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="328"/>
        <source>Enter a username.</source>
        <translation>یک نام کاربری وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="332"/>
        <source>The password needs at least 8 characters.</source>
        <translation>رمز عبور باید دست‌کم 8 کاراکتر داشته باشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="336"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>دو رمز عبور یکسان نیستند. رمز عبور را دوباره تایپ کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="341"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN دست‌کم 6 رقم دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="345"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>دو PIN یکسان نیستند. PIN را دوباره تایپ کنید.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Waiting until</source>
        <translation>انتظار تا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="382"/>
        <source>no. %1</source>
        <translation>شماره %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="419"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="427"/>
        <source>Accounts</source>
        <translation>حساب‌های کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="422"/>
        <source>Everyone who uses the app signs in with an account of their own. The role decides what they see; a PIN lets them take over the desk quickly.</source>
        <translation>هر کسی که از برنامه استفاده می‌کند با حساب کاربری خودش وارد می‌شود. نقش تعیین می‌کند چه چیزهایی را ببیند؛ با PIN می‌تواند پذیرش را سریع در دست بگیرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="434"/>
        <source>&amp;New account…</source>
        <translation>حساب &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="436"/>
        <source>&amp;Role and volunteer…</source>
        <translation>&amp;نقش و داوطلب…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="438"/>
        <source>Reset &amp;password…</source>
        <translation>بازنشانی &amp;رمز عبور…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="440"/>
        <source>P&amp;IN…</source>
        <translation>&amp;PIN…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="442"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="497"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;غیرفعال کردن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="444"/>
        <source>&amp;Unlock</source>
        <translation>رفع &amp;انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="445"/>
        <source>Lift the wait after too many failed sign-ins.</source>
        <translation>برداشتن زمان انتظار پس از ورودهای ناموفق بیش از حد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="498"/>
        <source>&amp;Activate</source>
        <translation>&amp;فعال کردن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="534"/>
        <source>Account “%1” created.</source>
        <translation>حساب کاربری «%1» ایجاد شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="546"/>
        <source>Account “%1” changed.</source>
        <translation>حساب کاربری «%1» تغییر کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="553"/>
        <source>New password for “%1”</source>
        <translation>رمز عبور جدید برای «%1»</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="556"/>
        <source>The password of “%1” was reset.</source>
        <translation>رمز عبور «%1» بازنشانی شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="563"/>
        <source>PIN of “%1”</source>
        <translation>PIN برای «%1»</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="566"/>
        <source>The PIN of “%1” was changed.</source>
        <translation>PIN «%1» تغییر کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="578"/>
        <source>Account “%1” deactivated: it can no longer sign in.</source>
        <translation>حساب کاربری «%1» غیرفعال شد: دیگر نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="579"/>
        <source>Account “%1” activated.</source>
        <translation>حساب کاربری «%1» فعال شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="591"/>
        <source>“%1” can sign in again at once.</source>
        <translation>«%1» اکنون می‌تواند دوباره وارد شود.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="56"/>
        <source>Signed in</source>
        <translation>ورود به سیستم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="57"/>
        <source>Sign-in failed</source>
        <translation>ورود ناموفق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="58"/>
        <source>Signed out</source>
        <translation>خروج از سیستم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="59"/>
        <source>Locked</source>
        <translation>قفل برنامه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="60"/>
        <source>Desk user switched</source>
        <translation>تعویض کاربر پذیرش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="61"/>
        <source>Account created</source>
        <translation>ایجاد حساب کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="62"/>
        <source>Account changed</source>
        <translation>تغییر حساب کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="63"/>
        <source>Password changed</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="64"/>
        <source>PIN changed</source>
        <translation>تغییر PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="65"/>
        <source>First admin created</source>
        <translation>ایجاد نخستین مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="66"/>
        <source>Report exported</source>
        <translation>خروجی گزارش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="67"/>
        <source>CSV exported</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="68"/>
        <source>Subject access export</source>
        <translation>خروجی درخواست دسترسی (ماده 15)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="69"/>
        <source>Reports merged</source>
        <translation>ادغام گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="70"/>
        <source>Visit deleted</source>
        <translation>حذف مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="71"/>
        <source>Shift deleted</source>
        <translation>حذف شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="72"/>
        <source>Organisation archived</source>
        <translation>بایگانی سازمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="73"/>
        <source>Volunteer deactivated</source>
        <translation>غیرفعال کردن داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="74"/>
        <source>Visitor erased</source>
        <translation>پاک کردن مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="75"/>
        <source>Volunteer erased</source>
        <translation>پاک کردن داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="76"/>
        <source>Retention run</source>
        <translation>اجرای پاک‌سازی دوره‌ای</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="77"/>
        <source>Backup taken</source>
        <translation>تهیه نسخه پشتیبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="78"/>
        <source>Backup restored</source>
        <translation>بازگردانی نسخه پشتیبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="79"/>
        <source>Settings changed</source>
        <translation>تغییر تنظیمات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="80"/>
        <source>Demo data written</source>
        <translation>نوشتن داده‌های نمونه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="81"/>
        <source>Account locked after failed sign-ins</source>
        <translation>قفل شدن حساب پس از ورودهای ناموفق</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="169"/>
        <source>Every sign-in, export, deletion, erasure, restore and change of settings, by account number. Entries can be neither changed nor removed; each one seals the one before it.</source>
        <translation>هر ورود، خروجی، حذف، پاک کردن، بازگردانی و تغییر تنظیمات، با شماره حساب کاربری. رویدادها نه قابل تغییرند و نه قابل حذف؛ هر رویداد، رویداد پیش از خود را مُهر می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="175"/>
        <source>Show only this action</source>
        <translation>نمایش فقط این اقدام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="176"/>
        <source>All actions</source>
        <translation>همه اقدام‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="182"/>
        <source>&amp;Action:</source>
        <translation>&amp;اقدام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="186"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;بررسی زنجیره</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="188"/>
        <source>Recompute every entry&apos;s seal: shows whether any entry was changed or removed afterwards</source>
        <translation>مُهر هر رویداد را دوباره محاسبه می‌کند: نشان می‌دهد آیا رویدادی بعداً تغییر کرده یا حذف شده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Account</source>
        <translation>حساب کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Object</source>
        <translation>مورد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="201"/>
        <source>Object ID</source>
        <translation>شناسه مورد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="203"/>
        <source>Audit log</source>
        <translation>دفتر رویدادها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="208"/>
        <location filename="../welcome_point/ui/audit_log.py" line="305"/>
        <source>The audit log is empty. Sign-ins, exports, erasures, restores and changed settings appear here as they happen.</source>
        <translation>دفتر رویدادها خالی است. ورودها، خروجی‌ها، پاک کردن‌ها، بازگردانی‌ها و تغییرات تنظیمات به محض رخ دادن اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="214"/>
        <source>Load &amp;older</source>
        <translation>بارگذاری رویدادهای &amp;قدیمی‌تر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visit</source>
        <translation>مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visitor</source>
        <translation>مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Shift</source>
        <translation>شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Backup</source>
        <translation>نسخه پشتیبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="240"/>
        <source>Setting: auto-lock</source>
        <translation>تنظیم: قفل خودکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="241"/>
        <source>Setting: keep visitors</source>
        <translation>تنظیم: مدت نگهداری مراجعان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="242"/>
        <source>Setting: keep volunteers</source>
        <translation>تنظیم: مدت نگهداری داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="243"/>
        <source>Setting: retention</source>
        <translation>تنظیم: مدت نگهداری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="244"/>
        <source>Setting: extra backup folder</source>
        <translation>تنظیم: پوشه پشتیبان اضافی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="245"/>
        <source>Setting: suppression threshold k</source>
        <translation>تنظیم: آستانه پنهان‌سازی k</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="302"/>
        <source>No entries of this action. Choose “All actions” to see every entry.</source>
        <translation>رویدادی از این نوع اقدام وجود ندارد. برای دیدن همه رویدادها «همه اقدام‌ها» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="309"/>
        <source>%1 entries shown, newest first.</source>
        <translation>%1 رویداد نمایش داده می‌شود، جدیدترین در بالا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="310"/>
        <source>%1 newest entries shown; older ones load on request.</source>
        <translation>%1 رویداد جدیدتر نمایش داده می‌شود؛ رویدادهای قدیمی‌تر در صورت درخواست بارگذاری می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="324"/>
        <source>Checking every entry…</source>
        <translation>در حال بررسی همه رویدادها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="335"/>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>دفتر رویدادها سالم است: %1 رویداد بررسی شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="341"/>
        <source>The audit log was tampered with: entry %1 does not match its seal, so it or an entry before it was changed or removed after it was written. Restore a backup from before that time to see the original entries.</source>
        <translation>در دفتر رویدادها دست برده شده است: رویداد %1 با مُهر خود مطابقت ندارد؛ پس این رویداد یا رویدادی پیش از آن، پس از ثبت تغییر کرده یا حذف شده است. برای دیدن رویدادهای اصلی، یک نسخه پشتیبان از پیش از آن زمان را بازگردانید.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="104"/>
        <source>Every copy is taken with SQLite&apos;s backup function and checked before it counts. The app takes one every 30 minutes when something changed, on exit and before restores and retention runs, and keeps 12 recent, 10 daily and 9 monthly copies.</source>
        <translation>هر نسخه با تابع پشتیبان‌گیری SQLite تهیه می‌شود و پیش از آنکه معتبر شمرده شود بررسی می‌شود. برنامه هر 30 دقیقه، اگر چیزی تغییر کرده باشد، یک نسخه تهیه می‌کند؛ همچنین هنگام خروج و پیش از بازگردانی و پاک‌سازی دوره‌ای. 12 نسخه اخیر، 10 نسخه روزانه و 9 نسخه ماهانه نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="110"/>
        <source>&amp;Back up now</source>
        <translation>&amp;پشتیبان‌گیری همین حالا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="112"/>
        <source>Take a verified copy of the database now (Ctrl+B)</source>
        <translation>تهیه یک نسخه بررسی‌شده از پایگاه داده همین حالا (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="114"/>
        <source>&amp;Restore…</source>
        <translation>&amp;بازگردانی…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="115"/>
        <source>Replace the current data with the chosen copy</source>
        <translation>جایگزین کردن داده‌های فعلی با نسخه انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="117"/>
        <source>Restore from a &amp;file…</source>
        <translation>بازگردانی از &amp;فایل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="118"/>
        <source>Restore a copy from a USB stick or another folder</source>
        <translation>بازگردانی یک نسخه از فلش USB یا پوشه‌ای دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Taken</source>
        <translation>زمان تهیه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Checked</source>
        <translation>بررسی‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>yes, intact</source>
        <translation>بله، سالم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="136"/>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="143"/>
        <source>No backups yet. The first one is taken 30 minutes after the first change, or now with “Back up now”.</source>
        <translation>هنوز نسخه پشتیبانی وجود ندارد. نخستین نسخه 30 دقیقه پس از اولین تغییر تهیه می‌شود، یا همین حالا با «پشتیبان‌گیری همین حالا».</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="149"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="160"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="306"/>
        <source>Extra backup folder</source>
        <translation>پوشه پشتیبان اضافی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="152"/>
        <source>A second copy of every backup goes here as well, e.g. to a USB stick kept somewhere else. When the folder is missing, the backup is still taken; only the copy is skipped.</source>
        <translation>یک نسخه دوم از هر پشتیبان هم اینجا ذخیره می‌شود، مثلاً روی فلش USB که جای دیگری نگه‌داری می‌شود. اگر پوشه در دسترس نباشد، پشتیبان باز هم تهیه می‌شود؛ فقط نسخه دوم ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="159"/>
        <source>No extra folder</source>
        <translation>بدون پوشه اضافی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="161"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="163"/>
        <source>C&amp;lear</source>
        <translation>پا&amp;ک کردن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="186"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="187"/>
        <source>Taken by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="188"/>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="189"/>
        <source>Before a retention run</source>
        <translation>پیش از پاک‌سازی دوره‌ای</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="190"/>
        <source>Before an erasure</source>
        <translation>پیش از پاک کردن سابقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="191"/>
        <source>Before a program update</source>
        <translation>پیش از به‌روزرسانی برنامه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="192"/>
        <source>Before demo data</source>
        <translation>پیش از داده‌های نمونه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="193"/>
        <source>Before demo data replaced real data (kept)</source>
        <translation>پیش از جایگزینی داده‌های واقعی با داده‌های نمونه (نگه داشته می‌شود)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="237"/>
        <source>Taking a backup and checking it…</source>
        <translation>در حال تهیه نسخه پشتیبان و بررسی آن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="245"/>
        <source>Backup taken and checked: %1, %2.</source>
        <translation>نسخه پشتیبان تهیه و بررسی شد: %1، %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="249"/>
        <source>The copy into the extra backup folder failed:</source>
        <translation>ذخیره نسخه در پوشه پشتیبان اضافی ناموفق بود:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="262"/>
        <source>Restore the backup taken %1?

First the current data is kept aside as a copy in the data folder, so nothing is lost. Then the backup replaces it: everything entered after %1 is no longer shown. The window reloads its pages afterwards.</source>
        <translation>نسخه پشتیبانِ تهیه‌شده در %1 بازگردانی شود؟

ابتدا داده‌های فعلی به صورت یک نسخه در پوشه داده‌ها کنار گذاشته می‌شوند تا چیزی از دست نرود. سپس نسخه پشتیبان جای آن‌ها را می‌گیرد: هر چیزی که پس از %1 وارد شده است دیگر نمایش داده نمی‌شود. پس از آن، پنجره صفحه‌هایش را دوباره بارگذاری می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="271"/>
        <source>Welcome Point backups (*.sqlite3);;All files (*)</source>
        <translation>نسخه‌های پشتیبان Welcome Point (*.sqlite3);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="272"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="283"/>
        <source>Restore a backup</source>
        <translation>بازگردانی نسخه پشتیبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="276"/>
        <source>Restore the backup %1?

It is checked first. Then the current data is kept aside as a copy in the data folder, so nothing is lost, and the backup replaces it. The window reloads its pages afterwards.</source>
        <translation>نسخه پشتیبان %1 بازگردانی شود؟

ابتدا بررسی می‌شود. سپس داده‌های فعلی به صورت یک نسخه در پوشه داده‌ها کنار گذاشته می‌شوند تا چیزی از دست نرود، و نسخه پشتیبان جای آن‌ها را می‌گیرد. پس از آن، پنجره صفحه‌هایش را دوباره بارگذاری می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="288"/>
        <source>Restoring… Please wait; do not close the program.</source>
        <translation>در حال بازگردانی… لطفاً صبر کنید؛ برنامه را نبندید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="296"/>
        <source>Restored from %1. The data from before the restore was kept as %2.</source>
        <translation>از %1 بازگردانی شد. داده‌های پیش از بازگردانی با نام %2 نگه داشته شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="320"/>
        <source>Saved. The next backup is copied there too.</source>
        <translation>ذخیره شد. نسخه پشتیبان بعدی آنجا هم کپی می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="321"/>
        <source>Saved. Backups stay in the data folder only.</source>
        <translation>ذخیره شد. نسخه‌های پشتیبان فقط در پوشه داده‌ها می‌مانند.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="523"/>
        <source>Assign a volunteer</source>
        <translation>تخصیص داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="524"/>
        <source>Who takes the shift on %1 (%2)?</source>
        <translation>چه کسی شیفت %1 (%2) را برعهده می‌گیرد؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="526"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Swap</source>
        <translation>تعویض</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="527"/>
        <source>Who takes over from %3 on %1 (%2)?</source>
        <translation>چه کسی در %1 (%2) جای %3 را می‌گیرد؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="533"/>
        <source>All languages</source>
        <translation>همه زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="541"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="543"/>
        <source>Only &amp;free volunteers</source>
        <translation>فقط داوطلبان &amp;آزاد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="545"/>
        <source>Spea&amp;ks:</source>
        <translation>&amp;صحبت به زبان:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="548"/>
        <source>&amp;Search:</source>
        <translation>&amp;جستجو:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="559"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="574"/>
        <source>Greyed volunteers cannot take this shift; the reason is in the last column.</source>
        <translation>داوطلبانی که خاکستری هستند نمی‌توانند این شیفت را بگیرند؛ دلیل آن در ستون آخر آمده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Assign</source>
        <translation>تخصیص</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="604"/>
        <source>No active volunteer speaks this language.</source>
        <translation>هیچ داوطلب فعالی به این زبان صحبت نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="605"/>
        <source>There are no active volunteers yet. Add them on the Volunteers page.</source>
        <translation>هنوز هیچ داوطلب فعالی وجود ندارد. آن‌ها را در صفحه «داوطلبان» اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="633"/>
        <source>%1 cannot take this shift: %2</source>
        <translation>%1 نمی‌تواند این شیفت را بگیرد: %2</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Last shift</source>
        <translation>آخرین شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="462"/>
        <source>Availability</source>
        <translation>در دسترس بودن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="486"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="487"/>
        <source>free</source>
        <translation>آزاد</translation>
    </message>
</context>
<context>
    <name>CardCode</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="551"/>
        <source>Type or scan a card code.</source>
        <translation>کد کارت را تایپ یا اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="552"/>
        <source>A card code has 10 characters (like K7MXP-Q4TAC): a character is missing or extra.</source>
        <translation>کد کارت 10 کاراکتر دارد (مانند K7MXP-Q4TAC): یک کاراکتر کم یا زیاد است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="554"/>
        <source>This is not a card code: cards use only the letters and digits printed on them (no 0, O, 1, I or L).</source>
        <translation>این کد کارت نیست: کارت‌ها فقط از حروف و ارقامی استفاده می‌کنند که روی آن‌ها چاپ شده است (بدون 0، O، 1، I یا L).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="557"/>
        <source>The code does not add up: probably a typing error. Please compare it with the card.</source>
        <translation>این کد درست نیست: احتمالاً اشتباه تایپی رخ داده است. لطفاً آن را با کارت مقایسه کنید.</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <location filename="../welcome_point/app.py" line="205"/>
        <source>The database is damaged. It was moved aside; nothing was deleted.

Restore the newest backup that passed its check (%1)? What was entered after it is not in that backup.</source>
        <translation>پایگاه داده آسیب دیده است. کنار گذاشته شد؛ چیزی حذف نشد.

جدیدترین نسخه پشتیبانِ بررسی‌شده (%1) بازگردانده شود؟ آنچه پس از آن وارد شده در آن نسخه نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="250"/>
        <source>Backup taken, but the copy into the extra backup folder failed.</source>
        <translation>نسخه پشتیبان گرفته شد، اما رونوشت در پوشه پشتیبان اضافی ناموفق بود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="256"/>
        <source>The automatic backup failed: %1</source>
        <translation>پشتیبان‌گیری خودکار ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Arrived</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Waited</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="203"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="207"/>
        <source>No visits yet today. Saved visits appear here; Enter edits the selected one, Delete removes it.</source>
        <translation>امروز هنوز مراجعه‌ای ثبت نشده است. مراجعه‌های ذخیره‌شده اینجا نمایش داده می‌شوند؛ Enter مورد انتخاب‌شده را ویرایش می‌کند و Delete آن را حذف می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="211"/>
        <source>Edit (Enter)</source>
        <translation>ویرایش (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="212"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="287"/>
        <source>Choose a language from the list, or leave the field empty.</source>
        <translation>یک زبان را از فهرست انتخاب کنید یا این فیلد را خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="306"/>
        <location filename="../welcome_point/ui/desk_page.py" line="517"/>
        <source>Save or clear the current visit first (Ctrl+Enter or Esc).</source>
        <translation>ابتدا مراجعه فعلی را ذخیره یا پاک کنید (Ctrl+Enter یا Esc).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="327"/>
        <source>Select the person who left in the list first.</source>
        <translation>ابتدا کسی را که رفته است در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="329"/>
        <source>Queue</source>
        <translation>صف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="330"/>
        <source>Remove the selected person from the queue?</source>
        <translation>فرد انتخاب‌شده از صف حذف شود؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="360"/>
        <source>(not recorded)</source>
        <translation>(ثبت نشده)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="405"/>
        <source>Changes saved.</source>
        <translation>تغییرات ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="407"/>
        <source>Visit saved.</source>
        <translation>مراجعه ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="416"/>
        <source>Clear the form first (Esc), then undo.</source>
        <translation>ابتدا فرم را پاک کنید (Esc)، سپس واگرد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="425"/>
        <source>Undone: the visit is back in the form.</source>
        <translation>واگرد شد: مراجعه دوباره در فرم است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="490"/>
        <source>Today&apos;s visits: %1</source>
        <translation>مراجعه‌های امروز: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="499"/>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="535"/>
        <source>Delete visit</source>
        <translation>حذف مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="536"/>
        <source>Delete the selected visit with its topics and referrals? This cannot be undone.</source>
        <translation>مراجعه انتخاب‌شده همراه با موضوع‌ها و ارجاع‌هایش حذف شود؟ این کار قابل بازگشت نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="547"/>
        <source>Visit deleted.</source>
        <translation>مراجعه حذف شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="557"/>
        <source>Desk</source>
        <translation>پذیرش</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="37"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="38"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="39"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="40"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="42"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="43"/>
        <source>Opening hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="44"/>
        <source>What to bring</source>
        <translation>آنچه باید همراه آورد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="45"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="47"/>
        <source>Example</source>
        <translation>نمونه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="48"/>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="256"/>
        <source>Search name, address, category, topic, language… (Ctrl+F)</source>
        <translation>جستجوی نام، نشانی، دسته، موضوع، زبان… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="258"/>
        <source>Search the directory</source>
        <translation>جستجو در فهرست سازمان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="259"/>
        <source>Show &amp;archived</source>
        <translation>&amp;نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="260"/>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="261"/>
        <source>A new partner organisation (Ctrl+N)</source>
        <translation>یک سازمان همکار جدید (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="263"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation>ویرایش سازمان انتخاب‌شده (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="264"/>
        <location filename="../welcome_point/ui/directory_page.py" line="459"/>
        <source>Archi&amp;ve…</source>
        <translation>&amp;بایگانی…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="265"/>
        <source>&amp;Import CSV…</source>
        <translation>وارد &amp;کردن CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="266"/>
        <source>Add organisations from a CSV file (UTF-8, separated by ; or ,)</source>
        <translation>افزودن سازمان‌ها از یک فایل CSV (UTF-8، جداشده با ; یا ,)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="268"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;خروجی CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="269"/>
        <source>Save the whole directory as a CSV file (while it is empty: a template to fill in)</source>
        <translation>ذخیره کل فهرست سازمان‌ها به صورت فایل CSV (تا وقتی خالی است: یک الگو برای پر کردن)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="285"/>
        <source>Partner organisations</source>
        <translation>سازمان‌های همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="333"/>
        <source>Details of the selected organisation</source>
        <translation>جزئیات سازمان انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="421"/>
        <source>No partner organisations yet: add one with New (Ctrl+N) or import a CSV file (Ctrl+I).</source>
        <translation>هنوز هیچ سازمان همکاری ثبت نشده است: با «جدید» (Ctrl+N) یکی اضافه کنید یا یک فایل CSV وارد کنید (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="424"/>
        <source>No organisation matches “%1”.</source>
        <translation>هیچ سازمانی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="426"/>
        <source>All organisations are archived: tick “Show archived” to see them.</source>
        <translation>همه سازمان‌ها بایگانی شده‌اند: برای دیدن آن‌ها «نمایش بایگانی‌شده‌ها» را علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="430"/>
        <source>%1 of %2 organisations shown · %3 archived not shown</source>
        <translation>%1 سازمان از %2 نمایش داده می‌شود · %3 سازمان بایگانی‌شده نمایش داده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="434"/>
        <source>%1 of %2 organisations shown</source>
        <translation>%1 سازمان از %2 نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="458"/>
        <source>&amp;Restore</source>
        <translation>&amp;بازگردانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="471"/>
        <source>Example – please check</source>
        <translation>نمونه – لطفاً بررسی کنید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="472"/>
        <source>Invented example data: check every detail, then untick “Example” when editing.</source>
        <translation>داده‌های نمونه ساختگی: همه جزئیات را بررسی کنید، سپس هنگام ویرایش علامت «نمونه» را بردارید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="475"/>
        <source>Archived: not offered at the desk.</source>
        <translation>بایگانی‌شده: در پذیرش پیشنهاد نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="479"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="481"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="483"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="485"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="488"/>
        <source>Opening hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="490"/>
        <source>What to bring</source>
        <translation>آنچه باید همراه آورد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="492"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="494"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="548"/>
        <location filename="../welcome_point/ui/directory_page.py" line="575"/>
        <source>Directory</source>
        <translation>فهرست سازمان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="566"/>
        <source>Archive organisation</source>
        <translation>بایگانی سازمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="567"/>
        <source>Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. You can restore it later (tick “Show archived”).</source>
        <translation>«%1» بایگانی شود؟ دیگر در پذیرش پیشنهاد نمی‌شود؛ ارجاع‌هایی که به آن داده شده حفظ می‌شوند. بعداً می‌توانید آن را بازگردانید («نمایش بایگانی‌شده‌ها» را علامت بزنید).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="593"/>
        <source>Import partner organisations</source>
        <translation>وارد کردن سازمان‌های همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="594"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="599"/>
        <source>Importing %1…</source>
        <translation>در حال وارد کردن %1…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="616"/>
        <location filename="../welcome_point/ui/directory_page.py" line="619"/>
        <location filename="../welcome_point/ui/directory_page.py" line="632"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="617"/>
        <source>The file holds no organisations; nothing was imported.</source>
        <translation>این فایل هیچ سازمانی ندارد؛ چیزی وارد نشد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="620"/>
        <source>%n organisation(s) imported. Imported entries are not marked as examples; check them as you use them.</source>
        <translation>
            <numerusform>%n سازمان وارد شد. موارد واردشده به عنوان نمونه علامت نخورده‌اند؛ هنگام استفاده آن‌ها را بررسی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="629"/>
        <source>%1

Nothing was imported.</source>
        <comment>%1: why the file was refused</comment>
        <translation>%1

چیزی وارد نشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="630"/>
        <source>Import refused</source>
        <translation>وارد کردن رد شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="665"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>فایل نوشته نشد.

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="638"/>
        <source>Export partner organisations</source>
        <translation>خروجی گرفتن از سازمان‌های همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="639"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="646"/>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="655"/>
        <source>%n organisation(s) exported to %1.</source>
        <translation>
            <numerusform>خروجی %n سازمان در %1 ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="664"/>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
</context>
<context>
    <name>DirectoryProblems</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="60"/>
        <source>The name is missing.</source>
        <translation>نام وارد نشده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="61"/>
        <source>The category is missing.</source>
        <translation>دسته وارد نشده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="62"/>
        <source>“%1” is not a known category. Use a category code such as authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community or other.</source>
        <translation>«%1» دسته شناخته‌شده‌ای نیست. از یک کد دسته مانند authority، counselling، language_course، health، housing، legal_aid، education، labour_market، community یا other استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="66"/>
        <source>“%1” is not a phone number: use digits, spaces and + / - ( ) only, at least 5 digits.</source>
        <translation>«%1» شماره تلفن نیست: فقط از رقم، فاصله و + / - ( ) استفاده کنید، دست‌کم 5 رقم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="69"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="70"/>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation>«%1» نشانی وب نیست: باید با http:// یا https:// شروع شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="72"/>
        <source>“%1” is not a known topic. Separate topic codes with | (for example residence|housing).</source>
        <translation>«%1» موضوع شناخته‌شده‌ای نیست. کدهای موضوع را با | از هم جدا کنید (برای نمونه residence|housing).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="75"/>
        <source>“%1” is not a known language. Separate language codes with | (for example de|en|ar).</source>
        <translation>«%1» زبان شناخته‌شده‌ای نیست. کدهای زبان را با | از هم جدا کنید (برای نمونه de|en|ar).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="78"/>
        <source>The text is longer than %1 characters.</source>
        <translation>متن بیشتر از %1 کاراکتر است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="80"/>
        <source>The text contains an invisible control character.</source>
        <translation>متن یک کاراکتر کنترلی نامرئی دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="82"/>
        <source>“%1” is neither yes nor no (leave the cell empty for no).</source>
        <translation>«%1» نه yes است و نه no (برای no خانه را خالی بگذارید).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="84"/>
        <source>The row has a different number of cells than the header line: a separator is missing or one too many.</source>
        <translation>تعداد خانه‌های این ردیف با سطر عنوان برابر نیست: یک جداکننده کم یا زیاد است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="87"/>
        <source>A value stands in a column without a heading.</source>
        <translation>یک مقدار در ستونی بدون عنوان قرار دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="89"/>
        <source>The header line has no column “%1”; it is required.</source>
        <translation>سطر عنوان ستون «%1» را ندارد؛ این ستون لازم است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="91"/>
        <source>The column “%1” is not known. Known columns: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</source>
        <translation>ستون «%1» شناخته‌شده نیست. ستون‌های شناخته‌شده: name، category، address، phone، email، website، opening_hours، what_to_bring، topics، languages، example، archived.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="94"/>
        <source>The column “%1” appears twice.</source>
        <translation>ستون «%1» دو بار آمده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="96"/>
        <source>The same organisation (name and address) is already on line %1.</source>
        <translation>همین سازمان (با همین نام و نشانی) در سطر %1 هم آمده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="98"/>
        <source>“%1” with this address is already in the directory.</source>
        <translation>«%1» با این نشانی از قبل در فهرست سازمان‌ها وجود دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="100"/>
        <source>The row is not valid: %1</source>
        <translation>این ردیف معتبر نیست: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="109"/>
        <source>The file is larger than 2 MB; a directory file is much smaller. Is it the right file?</source>
        <translation>حجم فایل بیشتر از 2 مگابایت است؛ فایل فهرست سازمان‌ها خیلی کوچک‌تر است. آیا فایل درست را انتخاب کرده‌اید؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="112"/>
        <source>The file has more than 5,000 rows; a directory file has far fewer. Is it the right file?</source>
        <translation>فایل بیش از 5000 ردیف دارد؛ فایل فهرست سازمان‌ها ردیف‌های بسیار کمتری دارد. آیا فایل درست را انتخاب کرده‌اید؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="115"/>
        <source>Line %1 is not UTF-8 text. In your spreadsheet program, save the file as “CSV UTF-8” and import it again.</source>
        <translation>سطر %1 متن UTF-8 نیست. در برنامه صفحه‌گسترده، فایل را با قالب «CSV UTF-8» ذخیره کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="118"/>
        <source>The file is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>فایل با قالب UTF-16 («Unicode text») ذخیره شده است. آن را با قالب «CSV UTF-8» ذخیره کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="121"/>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="122"/>
        <source>Line %1 cannot be read as CSV (check the quotation marks).</source>
        <translation>سطر %1 را نمی‌توان به صورت CSV خواند (علامت‌های نقل قول را بررسی کنید).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="128"/>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="28"/>
        <source>Erase a record</source>
        <translation>پاک کردن یک سابقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="32"/>
        <source>%1 will be erased for good: the record and everything that names it. Visits and hours stay only as anonymous counts. A backup is taken first; this cannot be undone in the app.</source>
        <translation>%1 برای همیشه پاک می‌شود: سابقه و هر چیزی که به آن اشاره دارد. مراجعه‌ها و ساعت‌ها فقط به صورت شمارش بی‌نام باقی می‌مانند. ابتدا یک نسخه پشتیبان تهیه می‌شود؛ این کار در برنامه قابل بازگشت نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="36"/>
        <source>Type %1 again to confirm:</source>
        <translation>برای تأیید، %1 را دوباره تایپ کنید:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="40"/>
        <source>Confirmation</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="43"/>
        <source>&amp;Erase</source>
        <translation>&amp;پاک کردن</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="22"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>این پایگاه داده با نسخه‌ای جدیدتر از Welcome Point Desk نوشته شده است. لطفاً آن نسخه را نصب کنید؛ پایگاه داده تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="26"/>
        <source>Welcome Point Desk is already open on this data folder. Use that window, or close it first.</source>
        <translation>Welcome Point Desk از قبل روی این پوشه داده باز است. از همان پنجره استفاده کنید یا اول آن را ببندید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>The database file is damaged. It was moved aside, nothing was deleted; restore the newest backup (Data &amp; privacy page, or: welcome-point restore FILE).</source>
        <translation>پرونده پایگاه داده آسیب دیده است. کنار گذاشته شد و چیزی حذف نشد؛ جدیدترین نسخه پشتیبان را بازگردانید (صفحه داده‌ها و حریم خصوصی، یا: welcome-point restore FILE).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="34"/>
        <source>Your account may not do this; nothing was read or changed. Ask an administrator.</source>
        <translation>حساب شما اجازه این کار را ندارد؛ چیزی خوانده یا تغییر داده نشد. از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="37"/>
        <source>The data folder cannot be used.</source>
        <translation>از پوشه داده‌ها نمی‌توان استفاده کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="39"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>از پایگاه داده نمی‌توان استفاده کرد. برنامه‌های دیگری را که از آن استفاده می‌کنند ببندید یا یک نسخه پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="43"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>این کار انجام نشد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="46"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>خطای غیرمنتظره‌ای رخ داد؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Staffing</source>
        <translation>نیرو</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="438"/>
        <source>Missing languages</source>
        <translation>زبان‌های بدون پوشش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="466"/>
        <source>%1 – understaffed</source>
        <translation>%1 – کمبود نیرو</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="683"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="688"/>
        <source>History of the shift</source>
        <translation>سابقه شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>What</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>Who</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="699"/>
        <source>Nobody has been assigned to this shift yet.</source>
        <translation>هنوز کسی به این شیفت تخصیص داده نشده است.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="191"/>
        <source>Import refused</source>
        <translation>وارد کردن رد شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="195"/>
        <source>Nothing was imported: the header line of the file has problems. Correct them and import the file again.</source>
        <translation>چیزی وارد نشد: سطر عنوان فایل مشکل دارد. مشکلات را اصلاح کنید و فایل را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="198"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the file (or delete those rows) and import it again.</source>
        <translation>چیزی وارد نشد: %1 ردیف از %2 ردیف مشکل دارد. آن‌ها را در فایل اصلاح کنید (یا آن ردیف‌ها را حذف کنید) و فایل را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="230"/>
        <source>&amp;Copy list</source>
        <translation>&amp;کپی فهرست</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="154"/>
        <source>Type a language…</source>
        <translation>نام یک زبان را تایپ کنید…</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="176"/>
        <source>Wanted languages</source>
        <translation>زبان‌های مورد نیاز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="197"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="198"/>
        <source>No language wanted</source>
        <translation>زبان خاصی لازم نیست</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="168"/>
        <source>&amp;Add language</source>
        <translation>افزو&amp;دن زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="169"/>
        <source>Another language this volunteer speaks (Alt+A)</source>
        <translation>زبان دیگری که این داوطلب صحبت می‌کند (Alt+A)</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="117"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="120"/>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="124"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="125"/>
        <source>Remove this language</source>
        <translation>حذف این زبان</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="432"/>
        <source>Deactivate volunteer</source>
        <translation>غیرفعال کردن داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="434"/>
        <source>Deactivate “%1”? They are no longer offered for shifts and at the desk; their past shifts and hours are kept. You can reactivate them later (tick “Show inactive”).</source>
        <translation>«%1» غیرفعال شود؟ دیگر برای شیفت‌ها و در پذیرش پیشنهاد نمی‌شود؛ شیفت‌ها و ساعت‌های گذشته‌اش حفظ می‌شوند. بعداً می‌توانید دوباره فعالش کنید («نمایش غیرفعال‌ها» را علامت بزنید).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="438"/>
        <source>Left on</source>
        <translation>تاریخ ترک همکاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="440"/>
        <source>&amp;Left on:</source>
        <translation>&amp;تاریخ ترک همکاری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="447"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;غیرفعال کردن</translation>
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
        <translation>در حال باز کردن پایگاه داده…</translation>
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
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="132"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="136"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="137"/>
        <source>Lock the app (Ctrl+L): the next person signs in.</source>
        <translation>قفل کردن برنامه (Ctrl+L): نفر بعدی وارد می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="168"/>
        <source>Desk</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="169"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="170"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="171"/>
        <source>Directory</source>
        <translation>فهرست سازمان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="172"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="173"/>
        <source>Shifts</source>
        <translation>شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="175"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="176"/>
        <source>Accounts</source>
        <translation>حساب‌های کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="177"/>
        <source>Data &amp; privacy</source>
        <translation>داده‌ها و حریم خصوصی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="275"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="278"/>
        <source>&amp;Switch user…</source>
        <translation>&amp;تعویض کاربر…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation>تغییر &amp;رمز عبور من…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="283"/>
        <source>Set my P&amp;IN…</source>
        <translation>تنظیم &amp;PIN من…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="285"/>
        <source>My &amp;shift today…</source>
        <translation>&amp;شیفت امروز من…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="287"/>
        <source>Print &amp;roster…</source>
        <translation>چاپ &amp;جدول شیفت‌ها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation>&amp;رفتن به</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="313"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>پنجره با زبان انتخاب‌شده دوباره ساخته می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="318"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;درباره Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="321"/>
        <source>About &amp;Qt</source>
        <translation>درباره &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="355"/>
        <source>No Welcome Point set up yet</source>
        <translation>هنوز هیچ Welcome Point راه‌اندازی نشده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="359"/>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="373"/>
        <source>The database could not be opened.</source>
        <translation>پایگاه داده باز نشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="376"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
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
        <translation>مراجعه ذخیره نشده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="476"/>
        <source>The visit in the form is not saved yet; locking the app loses it. Lock anyway?</source>
        <translation>مراجعه در فرم هنوز ذخیره نشده است؛ با قفل کردن برنامه از دست می‌رود. با این حال قفل شود؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="555"/>
        <source>Change my password</source>
        <translation>تغییر رمز عبور من</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="565"/>
        <source>My PIN for the quick switch</source>
        <translation>PIN من برای تعویض سریع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="596"/>
        <source>The visit in the form is not saved yet. Close anyway? (A person called from the queue keeps their place.)</source>
        <translation>مراجعه در فرم هنوز ذخیره نشده است. با این حال بسته شود؟ (فردی که از صف فراخوانده شده جای خود را حفظ می‌کند.)</translation>
    </message>
</context>
<context>
    <name>MyShiftDialog</name>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="50"/>
        <source>My shift today</source>
        <translation>شیفت امروز من</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="52"/>
        <source>My shifts today</source>
        <translation>شیفت‌های امروز من</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="54"/>
        <source>You have no shift today.</source>
        <translation>امروز شیفتی ندارید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="57"/>
        <source>Check &amp;in</source>
        <translation>ثبت &amp;ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="60"/>
        <source>Check &amp;out</source>
        <translation>ثبت &amp;خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="93"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="96"/>
        <source>checked out at %1</source>
        <translation>خروج ساعت %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="98"/>
        <source>checked in at %1</source>
        <translation>ورود ساعت %1</translation>
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
        <translation>ورود ثبت شد. از آمدنتان سپاسگزاریم!</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="152"/>
        <source>Checked out. Thank you!</source>
        <translation>خروج ثبت شد. سپاسگزاریم!</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="157"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;واگرد (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="158"/>
        <source>Print referral slip</source>
        <translation>چاپ برگه ارجاع</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="166"/>
        <source>New partner organisation</source>
        <translation>سازمان همکار جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="167"/>
        <source>Edit partner organisation</source>
        <translation>ویرایش سازمان همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="180"/>
        <source>Choose a category</source>
        <translation>یک دسته انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="182"/>
        <source>Street and number, postcode and town</source>
        <translation>خیابان و پلاک، کد پستی و شهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="186"/>
        <source>e.g. Mon–Fri 9–12</source>
        <translation>مثلاً دوشنبه تا جمعه 9–12</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="195"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="197"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="198"/>
        <source>Example data – not yet checked (untick once you have checked the details)</source>
        <translation>داده نمونه – هنوز بررسی نشده (پس از بررسی جزئیات، علامت را بردارید)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Category:</source>
        <translation>&amp;دسته:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Address:</source>
        <translation>ن&amp;شانی:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Phone:</source>
        <translation>&amp;تلفن:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;Website:</source>
        <translation>&amp;وب‌سایت:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>&amp;Opening hours:</source>
        <translation>&amp;ساعات کاری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>What to &amp;bring:</source>
        <translation>آنچه باید همراه &amp;آورد:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Topics:</source>
        <translation>&amp;موضوع‌ها:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;زبان‌های مورد استفاده:</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="115"/>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="117"/>
        <source>Example – please check</source>
        <translation>نمونه – لطفاً بررسی کنید</translation>
    </message>
</context>
<context>
    <name>PartnerCountsModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="193"/>
        <source>Partner</source>
        <translation>سازمان همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="195"/>
        <source>Total</source>
        <translation>مجموع</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="135"/>
        <source>Current password</source>
        <translation>رمز عبور فعلی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="136"/>
        <source>New password</source>
        <translation>رمز عبور جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="137"/>
        <source>New password again</source>
        <translation>تکرار رمز عبور جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="143"/>
        <source>&amp;Current password:</source>
        <translation>رمز عبور &amp;فعلی:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="145"/>
        <source>&amp;New password:</source>
        <translation>رمز عبور &amp;جدید:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="147"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>At least 8 characters.</source>
        <translation>دست‌کم 8 کاراکتر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Weak: longer is better.</source>
        <translation>ضعیف: طولانی‌تر بهتر است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Fair.</source>
        <translation>متوسط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="163"/>
        <source>Strong.</source>
        <translation>قوی.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="168"/>
        <source>Enter your current password.</source>
        <translation>رمز عبور فعلی خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="172"/>
        <source>The password needs at least 8 characters.</source>
        <translation>رمز عبور باید دست‌کم 8 کاراکتر داشته باشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="176"/>
        <source>The two passwords differ. Type the new password again.</source>
        <translation>دو رمز عبور یکسان نیستند. رمز عبور جدید را دوباره تایپ کنید.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="189"/>
        <source>Your password</source>
        <translation>رمز عبور شما</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="190"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="191"/>
        <source>PIN again</source>
        <translation>تکرار PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="192"/>
        <source>No PIN (sign in with the password only)</source>
        <translation>بدون PIN (ورود فقط با رمز عبور)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="194"/>
        <source>A PIN has 6 to 12 digits. It serves the quick switch at the desk.</source>
        <translation>PIN از 6 تا 12 رقم تشکیل می‌شود و برای تعویض سریع کاربر در پذیرش به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="200"/>
        <source>Your &amp;password:</source>
        <translation>&amp;رمز عبور شما:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="201"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="223"/>
        <source>Enter your password to confirm.</source>
        <translation>برای تأیید، رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="229"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN دست‌کم 6 رقم دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="233"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>دو PIN یکسان نیستند. PIN را دوباره تایپ کنید.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Hours certificate</source>
        <translation>گواهی ساعت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Certificate for the year:</source>
        <translation>گواهی برای سال:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="230"/>
        <location filename="../welcome_point/ui/printing.py" line="259"/>
        <source>Shifts as calendar</source>
        <translation>شیفت‌ها به صورت تقویم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="231"/>
        <source>Calendar files (*.ics)</source>
        <translation>فایل‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="260"/>
        <source>The calendar file was written:
%1</source>
        <translation>فایل تقویم ذخیره شد:
%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="268"/>
        <location filename="../welcome_point/ui/printing.py" line="275"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="276"/>
        <source>The PDF was written but no viewer could open it. Open it yourself from:
%1</source>
        <translation>فایل PDF ساخته شد، اما هیچ برنامه‌ای نتوانست آن را باز کند. خودتان آن را از این مسیر باز کنید:
%1</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="47"/>
        <source>Referral</source>
        <translation>معرفی‌نامه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="48"/>
        <source>Where to go</source>
        <translation>کجا بروید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="49"/>
        <source>Address</source>
        <translation>آدرس</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="50"/>
        <location filename="../welcome_point/ui/printing.py" line="59"/>
        <source>Opening hours</source>
        <translation>ساعت کار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="51"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="52"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="53"/>
        <source>Please bring</source>
        <translation>لطفاً همراه بیاورید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="54"/>
        <source>Issued by</source>
        <translation>از طرف</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="55"/>
        <source>Scan for the address</source>
        <translation>برای دیدن آدرس، اسکن کنید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="58"/>
        <source>Please bring this card to your next visit.</source>
        <translation>لطفاً دفعه بعد که می‌آیید، این کارت را همراه بیاورید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="283"/>
        <source>Roster</source>
        <translation>جدول شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="284"/>
        <source>Missing:</source>
        <translation>کمبود:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="285"/>
        <source>nobody yet</source>
        <translation>هنوز کسی نیست</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="286"/>
        <source>no shift</source>
        <translation>بدون شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="287"/>
        <source>Week {week}</source>
        <translation>هفته {week}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="288"/>
        <source>Printed on {date}</source>
        <translation>چاپ‌شده در {date}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="289"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="290"/>
        <source>Internal – contains phone numbers, do not post</source>
        <translation>داخلی – دارای شماره تلفن؛ روی تابلو نزنید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="291"/>
        <source>Week {week}, {first} – {last}</source>
        <translation>هفته {week}، {first} – {last}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="292"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="295"/>
        <source>Volunteer certificate</source>
        <translation>گواهی کار داوطلبانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="296"/>
        <source>We hereby confirm the voluntary work of</source>
        <translation>بدین‌وسیله کار داوطلبانه این فرد را تأیید می‌کنیم:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="297"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="298"/>
        <source>Period</source>
        <translation>بازه زمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="299"/>
        <source>Shifts</source>
        <translation>شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="300"/>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="301"/>
        <source>For {count} shifts no arrival or departure time was recorded; the planned times are counted.</source>
        <translation>برای {count} شیفت، ساعت آمدن یا رفتن ثبت نشده است؛ ساعت‌های برنامه‌ریزی‌شده حساب شده‌اند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="304"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="305"/>
        <source>NRW volunteer card (Ehrenamtskarte)</source>
        <translation>کارت داوطلبی ایالت NRW (Ehrenamtskarte)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="306"/>
        <source>We thank them for their commitment and their reliable support of our visitors.</source>
        <translation>از تعهد و کمک همیشگی و قابل اعتماد ایشان به مراجعان ما سپاسگزاریم.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="308"/>
        <source>Place, date</source>
        <translation>مکان، تاریخ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="309"/>
        <source>Signature, stamp</source>
        <translation>امضا، مهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="310"/>
        <source>Verification code</source>
        <translation>کد تأیید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="311"/>
        <source>The Welcome Point confirms this certificate on request when given the verification code.</source>
        <translation>Welcome Point در صورت درخواست و با دریافت کد تأیید، این گواهی را تأیید می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="315"/>
        <source>requirement met (at least {year} hours a year or {week} hours a week)</source>
        <translation>شرط برآورده شده است (دست‌کم {year} ساعت در سال یا {week} ساعت در هفته)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="317"/>
        <source>requirement not met (at least {year} hours a year or {week} hours a week)</source>
        <translation>شرط برآورده نشده است (دست‌کم {year} ساعت در سال یا {week} ساعت در هفته)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="319"/>
        <source>{role} at {site}</source>
        <translation>{role} در {site}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="251"/>
        <source>Card code (pseudonym on the visitor&apos;s card)</source>
        <translation>کد کارت (شناسه مستعار روی کارت مراجع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="252"/>
        <source>Day of the first visit</source>
        <translation>تاریخ نخستین مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="253"/>
        <source>Age band</source>
        <translation>گروه سنی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="254"/>
        <source>Gender (optional)</source>
        <translation>جنسیت (اختیاری)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="255"/>
        <source>Preferred language</source>
        <translation>زبان ترجیحی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="256"/>
        <source>Coarse region of origin (optional)</source>
        <translation>منطقه مبدأ به صورت کلی (اختیاری)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="257"/>
        <source>Link of a visit to the visitor&apos;s card</source>
        <translation>پیوند مراجعه به کارت مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="258"/>
        <source>Time of arrival</source>
        <translation>زمان ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="259"/>
        <source>Start of the conversation</source>
        <translation>شروع گفتگو</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="260"/>
        <source>End of the conversation</source>
        <translation>پایان گفتگو</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="261"/>
        <source>Number of people in the group</source>
        <translation>تعداد افراد گروه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="262"/>
        <source>Language of the conversation</source>
        <translation>زبان گفتگو</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="263"/>
        <source>Whether an interpreter was needed</source>
        <translation>اینکه آیا مترجم شفاهی لازم بود</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="264"/>
        <source>Outcome of the visit</source>
        <translation>نتیجه مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="265"/>
        <source>Topics of the visit (e.g. housing, health)</source>
        <translation>موضوع‌های مراجعه (مثلاً مسکن، سلامت)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="266"/>
        <source>Partner organisation referred to</source>
        <translation>سازمان همکاری که به آن ارجاع داده شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="267"/>
        <source>Topic of the referral</source>
        <translation>موضوع ارجاع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="268"/>
        <source>Status of the referral</source>
        <translation>وضعیت ارجاع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="269"/>
        <source>Follow-up date</source>
        <translation>تاریخ پیگیری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="270"/>
        <source>Time of the referral</source>
        <translation>زمان ارجاع</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="271"/>
        <source>Time of the last status change</source>
        <translation>زمان آخرین تغییر وضعیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="272"/>
        <source>Time of arrival in the waiting queue</source>
        <translation>زمان ورود به صف انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="273"/>
        <source>Language asked for in the queue</source>
        <translation>زبان درخواست‌شده در صف</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="274"/>
        <source>Card code of a person waiting</source>
        <translation>کد کارت فرد در انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="275"/>
        <source>Time the person was called</source>
        <translation>زمان فراخوانی فرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="276"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="277"/>
        <source>Phone number (with consent)</source>
        <translation>شماره تلفن (با رضایت)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="278"/>
        <source>E-mail address (with consent)</source>
        <translation>نشانی ایمیل (با رضایت)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="279"/>
        <source>Day of joining</source>
        <translation>تاریخ پیوستن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="280"/>
        <source>Day of leaving</source>
        <translation>تاریخ ترک همکاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="281"/>
        <source>Day of the consent to store contact data</source>
        <translation>تاریخ رضایت برای ذخیره اطلاعات تماس</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="282"/>
        <source>Whether the volunteer is active</source>
        <translation>اینکه آیا داوطلب فعال است</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="283"/>
        <source>Languages spoken</source>
        <translation>زبان‌های مورد استفاده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="284"/>
        <source>Level of each language</source>
        <translation>سطح هر زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="285"/>
        <source>Roles (desk, interpreter, coordinator)</source>
        <translation>نقش‌ها (پذیرش، مترجم شفاهی، هماهنگ‌کننده)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="286"/>
        <source>Shifts a volunteer is assigned to</source>
        <translation>شیفت‌هایی که داوطلب به آن‌ها تخصیص داده شده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="287"/>
        <source>Attendance status of a shift</source>
        <translation>وضعیت حضور در شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="288"/>
        <source>Check-in time</source>
        <translation>زمان ثبت ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="289"/>
        <source>Check-out time</source>
        <translation>زمان ثبت خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="290"/>
        <source>History of shift changes (who)</source>
        <translation>سابقه تغییرات شیفت (چه کسی)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="291"/>
        <source>Swaps: the other volunteer</source>
        <translation>تعویض‌ها: داوطلب دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="292"/>
        <source>Time of a shift change</source>
        <translation>زمان تغییر شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="293"/>
        <source>Kind of shift change</source>
        <translation>نوع تغییر شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="294"/>
        <source>Volunteers present at a visit</source>
        <translation>داوطلبان حاضر در مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="295"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="296"/>
        <source>Role of the account</source>
        <translation>نقش حساب کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="297"/>
        <source>Password hash (argon2id)</source>
        <translation>هش رمز عبور (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="298"/>
        <source>PIN hash (argon2id)</source>
        <translation>هش PIN (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="299"/>
        <source>Link of the account to a volunteer</source>
        <translation>پیوند حساب کاربری به یک داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="300"/>
        <source>Whether the account may sign in</source>
        <translation>اینکه آیا حساب کاربری اجازه ورود دارد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="301"/>
        <source>Time the account was created</source>
        <translation>زمان ایجاد حساب کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="302"/>
        <source>Failed sign-ins in a row</source>
        <translation>تعداد ورودهای ناموفق پشت سر هم</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="303"/>
        <source>Sign-in delay after failures</source>
        <translation>تأخیر ورود پس از تلاش‌های ناموفق</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="304"/>
        <source>Account that acted</source>
        <translation>حساب کاربری انجام‌دهنده اقدام</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="305"/>
        <source>Time of the action</source>
        <translation>زمان اقدام</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="306"/>
        <source>Kind of action (sign-in, export, erasure, ...)</source>
        <translation>نوع اقدام (ورود، خروجی، پاک کردن، ...)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="307"/>
        <source>Kind of object acted on</source>
        <translation>نوع موردی که اقدام روی آن انجام شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="308"/>
        <source>Id of the object acted on</source>
        <translation>شناسه موردی که اقدام روی آن انجام شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="338"/>
        <source>Advice desk: visits and pseudonymous visitors</source>
        <translation>پذیرش مشاوره: مراجعه‌ها و مراجعان با شناسه مستعار</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="340"/>
        <source>Advising newcomers, referring them to partner organisations, following up referrals and recognising returning visitors by their card, without their names.</source>
        <translation>مشاوره به تازه‌واردان، ارجاع آن‌ها به سازمان‌های همکار، پیگیری ارجاع‌ها و شناختن مراجعان بازگشتی از روی کارتشان، بدون دانستن نامشان.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="343"/>
        <source>Visitors of the Welcome Point (newcomers, with their families)</source>
        <translation>مراجعان Welcome Point (تازه‌واردان، همراه با خانواده‌هایشان)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="347"/>
        <source>Staff and volunteers of the Welcome Point, each as far as their role needs</source>
        <translation>کارکنان و داوطلبان Welcome Point، هر کدام به اندازه‌ای که نقششان لازم دارد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="349"/>
        <source>Referral slips go to the visitor, who decides whether to show them; nothing is sent to partner organisations</source>
        <translation>برگه‌های ارجاع به خود مراجع داده می‌شود و او تصمیم می‌گیرد آن‌ها را نشان دهد یا نه؛ چیزی برای سازمان‌های همکار فرستاده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="353"/>
        <source>A visitor&apos;s record and card code are erased {months} months after their last visit; their visits remain only as anonymous visits.</source>
        <translation>سابقه و کد کارت هر مراجع {months} ماه پس از آخرین مراجعه‌اش پاک می‌شوند؛ مراجعه‌های او فقط به صورت مراجعه‌های ناشناس باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="356"/>
        <source>No names: a random card code with a check character, coarse age band and region</source>
        <translation>بدون نام: یک کد کارت تصادفی با یک کاراکتر کنترلی، و گروه سنی و منطقه به صورت کلی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="361"/>
        <source>Volunteer management and shift planning</source>
        <translation>مدیریت داوطلبان و برنامه‌ریزی شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="363"/>
        <source>Planning shifts by language and role, contacting volunteers, recording attendance and issuing certificates of voluntary work.</source>
        <translation>برنامه‌ریزی شیفت‌ها بر اساس زبان و نقش، تماس با داوطلبان، ثبت حضور و صدور گواهی کار داوطلبانه.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="366"/>
        <source>Volunteers of the Welcome Point</source>
        <translation>داوطلبان Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="370"/>
        <source>Coordinators and staff of the Welcome Point</source>
        <translation>هماهنگ‌کنندگان و کارکنان Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="372"/>
        <source>Certificates and rosters go to the volunteers themselves</source>
        <translation>گواهی‌ها و جدول‌های شیفت به خود داوطلبان داده می‌شود</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="375"/>
        <source>A volunteer&apos;s record is erased {months} months after they left; their hours remain only in anonymous totals.</source>
        <translation>سابقه هر داوطلب {months} ماه پس از ترک همکاری پاک می‌شود؛ ساعت‌های او فقط در مجموع‌های بی‌نام باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="378"/>
        <source>Phone and e-mail are stored only with a recorded consent date</source>
        <translation>تلفن و ایمیل فقط همراه با تاریخ ثبت‌شده رضایت ذخیره می‌شوند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="383"/>
        <source>User accounts and audit log</source>
        <translation>حساب‌های کاربری و دفتر رویدادها</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="384"/>
        <source>Signing in with a role, and accountability for sign-ins, exports, deletions, erasures, restores and changed settings.</source>
        <translation>ورود با یک نقش، و پاسخ‌گویی درباره ورودها، خروجی‌ها، حذف‌ها، پاک کردن‌ها، بازگردانی‌ها و تغییرات تنظیمات.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="387"/>
        <source>Users of the program (staff, coordinators, volunteers at the desk)</source>
        <translation>کاربران برنامه (کارکنان، هماهنگ‌کنندگان، داوطلبان پذیرش)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="390"/>
        <source>Administrators of the Welcome Point</source>
        <translation>مدیران سیستم Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="392"/>
        <source>An account is deleted by an administrator, or with the erasure of the volunteer it belongs to. The audit log keeps only account ids and action codes.</source>
        <translation>حساب کاربری را مدیر سیستم حذف می‌کند، یا همراه با پاک شدن داوطلبی که حساب به او تعلق دارد حذف می‌شود. دفتر رویدادها فقط شناسه‌های حساب کاربری و کدهای اقدام را نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="395"/>
        <source>The audit log is append-only and hash-chained; it holds ids, never names</source>
        <translation>دفتر رویدادها فقط قابل افزودن است و با زنجیره هش محافظت می‌شود؛ شامل شناسه‌هاست و هرگز نام ندارد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="400"/>
        <source>Anonymous monthly reports</source>
        <translation>گزارش‌های ماهانه بی‌نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="401"/>
        <source>Reporting the work of the Welcome Point to its funders and the city.</source>
        <translation>گزارش کار Welcome Point به حامیان مالی آن و شهر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="403"/>
        <source>None: reports hold counts only</source>
        <translation>هیچ: گزارش‌ها فقط شامل اعداد هستند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="406"/>
        <source>Funders, the city and the coordinating office</source>
        <translation>حامیان مالی، شهر و دفتر هماهنگی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="408"/>
        <source>Reports are anonymous and are kept as long as they are needed.</source>
        <translation>گزارش‌ها بی‌نام هستند و تا زمانی که لازم باشند نگهداری می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="410"/>
        <source>Counts below {k} are suppressed, with complementary suppression so that they cannot be recomputed from totals</source>
        <translation>اعداد کمتر از {k} پنهان می‌شوند، همراه با پنهان‌سازی تکمیلی تا نتوان آن‌ها را از روی مجموع‌ها دوباره محاسبه کرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="414"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept, also in a second folder; erased records leave the backups as the copies rotate out</source>
        <translation>نسخه‌های پشتیبان بررسی‌شده (SQLite backup API، بررسی یکپارچگی) هر 30 دقیقه در صورت تغییر داده‌ها و پیش از هر پاک‌سازی دوره‌ای؛ 12 نسخه اخیر، 10 نسخه روزانه و 9 نسخه ماهانه نگهداری می‌شوند، در یک پوشه دوم نیز؛ سوابق پاک‌شده با جایگزین شدن نسخه‌های قدیمی، از نسخه‌های پشتیبان هم حذف می‌شوند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="418"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept; erased records leave the backups as the copies rotate out</source>
        <translation>نسخه‌های پشتیبان بررسی‌شده (SQLite backup API، بررسی یکپارچگی) هر 30 دقیقه در صورت تغییر داده‌ها و پیش از هر پاک‌سازی دوره‌ای؛ 12 نسخه اخیر، 10 نسخه روزانه و 9 نسخه ماهانه نگهداری می‌شوند؛ سوابق پاک‌شده با جایگزین شدن نسخه‌های قدیمی، از نسخه‌های پشتیبان هم حذف می‌شوند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="423"/>
        <source>Passwords and PINs are stored only as argon2id hashes; sign-ins are delayed after repeated failures</source>
        <translation>رمزهای عبور و PINها فقط به صورت هش argon2id ذخیره می‌شوند؛ پس از تلاش‌های ناموفق مکرر، ورود با تأخیر انجام می‌شود</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="426"/>
        <source>Four roles (volunteer, coordinator, staff, administrator), checked by the program for every operation</source>
        <translation>چهار نقش (داوطلب، هماهنگ‌کننده، کارمند، مدیر سیستم) که برنامه برای هر عملیات بررسی می‌کند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="429"/>
        <source>The screen locks after {minutes} minutes without input and hides all personal data</source>
        <translation>صفحه پس از {minutes} دقیقه بدون فعالیت قفل می‌شود و همه داده‌های شخصی را پنهان می‌کند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="432"/>
        <source>Audit log of sign-ins, exports, deletions, erasures, restores and settings changes, append-only and hash-chained</source>
        <translation>دفتر رویدادهای ورودها، خروجی‌ها، حذف‌ها، پاک کردن‌ها، بازگردانی‌ها و تغییرات تنظیمات، فقط قابل افزودن و با زنجیره هش</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="435"/>
        <source>Deleted records are overwritten in the database file (SQLite secure_delete)</source>
        <translation>سوابق حذف‌شده در فایل پایگاه داده بازنویسی می‌شوند (SQLite secure_delete)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="438"/>
        <source>Retention periods are applied automatically at every start and daily</source>
        <translation>مدت‌های نگهداری در هر بار شروع برنامه و هر روز به طور خودکار اعمال می‌شوند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="440"/>
        <source>Reports suppress counts below k = {k}</source>
        <translation>گزارش‌ها اعداد کمتر از k = {k} را پنهان می‌کنند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="442"/>
        <source>The data folder is readable by its user only; log files hold no personal data</source>
        <translation>پوشه داده‌ها فقط برای کاربر خودش قابل خواندن است؛ فایل‌های لاگ هیچ داده شخصی‌ای ندارند</translation>
    </message>
</context>
<context>
    <name>PrivacyCommon</name>
    <message>
        <location filename="../welcome_point/ui/privacy_common.py" line="63"/>
        <source>Your account may not do this; nothing was read or changed.</source>
        <translation>حساب کاربری شما اجازه این کار را ندارد؛ چیزی خوانده یا تغییر داده نشد.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>داده‌ها و حریم خصوصی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="50"/>
        <source>&amp;Audit log</source>
        <translation>دفتر &amp;رویدادها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="51"/>
        <source>R&amp;etention</source>
        <translation>&amp;مدت نگهداری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="52"/>
        <source>Access and era&amp;sure</source>
        <translation>&amp;دسترسی و پاک کردن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="53"/>
        <source>&amp;Backups</source>
        <translation>ن&amp;سخه‌های پشتیبان</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordBox</name>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="54"/>
        <source>Record of processing (GDPR Art. 30)</source>
        <translation>سوابق پردازش (ماده 30 GDPR)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="58"/>
        <source>What personal data this program keeps, why, for whom and how long: generated from the database and the current settings, so it always matches what the program does.</source>
        <translation>این برنامه چه داده‌های شخصی‌ای را، چرا، برای چه کسانی و تا چه مدت نگه می‌دارد: از روی پایگاه داده و تنظیمات فعلی تولید می‌شود، پس همیشه با کاری که برنامه انجام می‌دهد مطابقت دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="65"/>
        <source>Record of processing</source>
        <translation>سوابق پردازش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="66"/>
        <source>The record is shown when the database is open.</source>
        <translation>سوابق پردازش وقتی پایگاه داده باز باشد نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;کپی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="68"/>
        <source>Copy the record as text to the clipboard</source>
        <translation>کپی سوابق پردازش به صورت متن در کلیپ‌بورد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="70"/>
        <source>Save as PDF or te&amp;xt…</source>
        <translation>ذخیره به صورت PDF یا &amp;متن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="117"/>
        <location filename="../welcome_point/ui/privacy_processing.py" line="219"/>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>سوابق فعالیت‌های پردازش (ماده 30 GDPR)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="118"/>
        <source>Generated on %1 from the program&apos;s database and its current settings.</source>
        <translation>تولیدشده در %1 از روی پایگاه داده برنامه و تنظیمات فعلی آن.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="120"/>
        <source>Controller</source>
        <translation>کنترل‌کننده داده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="124"/>
        <source>(the name of this Welcome Point is not set yet)</source>
        <translation>(نام این Welcome Point هنوز تعیین نشده است)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="125"/>
        <source>(the address is not set yet; enter it under “This Welcome Point”)</source>
        <translation>(نشانی هنوز تعیین نشده است؛ آن را در بخش «این Welcome Point» وارد کنید)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="129"/>
        <source>Purpose:</source>
        <translation>هدف:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="130"/>
        <source>Data subjects:</source>
        <translation>اشخاص موضوع داده:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="132"/>
        <source>Categories of data:</source>
        <translation>دسته‌های داده:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="134"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="135"/>
        <source>Recipients:</source>
        <translation>دریافت‌کنندگان:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="137"/>
        <source>Retention:</source>
        <translation>مدت نگهداری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="139"/>
        <source>Measures:</source>
        <translation>اقدامات:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="141"/>
        <source>Technical and organisational measures</source>
        <translation>اقدامات فنی و سازمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="186"/>
        <source>Copied.</source>
        <translation>کپی شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="192"/>
        <source>Text file (*.txt)</source>
        <translation>فایل متنی (*.txt)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="193"/>
        <source>record-of-processing.pdf</source>
        <translation>سوابق-پردازش.pdf</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="194"/>
        <source>Save the record of processing</source>
        <translation>ذخیره سوابق پردازش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="208"/>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="211"/>
        <source>Saved as %1.</source>
        <translation>با نام %1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="60"/>
        <source>Language needed</source>
        <translation>زبان مورد نیاز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="62"/>
        <source>Card code (optional)</source>
        <translation>کد کارت (اختیاری)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="64"/>
        <source>Arrival (F2)</source>
        <translation>ورود (F2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="68"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="72"/>
        <source>Nobody is waiting. Press F2 when someone arrives.</source>
        <translation>کسی در انتظار نیست. وقتی کسی آمد، F2 را بزنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="75"/>
        <source>Next (F3)</source>
        <translation>نفر بعدی (F3)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="76"/>
        <source>Left without visit</source>
        <translation>پیش از نوبت رفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="82"/>
        <source>At the desk</source>
        <translation>در پذیرش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="86"/>
        <source>Language needed:</source>
        <translation>زبان مورد نیاز:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="97"/>
        <source>At the desk:</source>
        <translation>در پذیرش:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="105"/>
        <source>language not known</source>
        <translation>زبان نامشخص</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="106"/>
        <source>%1 · waiting %2 min</source>
        <translation>%1 · %2 دقیقه در انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="109"/>
        <source>card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="117"/>
        <source>Queue: %1 waiting</source>
        <translation>صف: %1 نفر در انتظار</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Partner</source>
        <translation>سازمان همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Referred on</source>
        <translation>تاریخ ارجاع</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/referrals_page.py" line="132"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n روز تأخیر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="136"/>
        <source>Status changed on %1</source>
        <translation>وضعیت در %1 تغییر کرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="160"/>
        <source>%1 – overdue</source>
        <translation>%1 – با تأخیر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="163"/>
        <source>%1 on %2</source>
        <translation>%1 در %2</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="247"/>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="248"/>
        <source>Per partner</source>
        <translation>به تفکیک سازمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="271"/>
        <source>To do: open and followed up</source>
        <translation>کارهای مانده: باز و پیگیری‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="272"/>
        <source>Overdue only</source>
        <translation>فقط موارد با تأخیر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="275"/>
        <source>Completed in the last %1 days</source>
        <translation>انجام‌شده در %1 روز گذشته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="276"/>
        <source>Not reached in the last %1 days</source>
        <translation>تماس برقرار نشده در %1 روز گذشته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="277"/>
        <source>All (closed ones of the last %1 days)</source>
        <translation>همه (بسته‌شده‌ها از %1 روز گذشته)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="287"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="290"/>
        <source>&amp;Partner:</source>
        <translation>&amp;سازمان همکار:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="297"/>
        <location filename="../welcome_point/ui/referrals_page.py" line="628"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="326"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>واگرد (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="340"/>
        <source>Next follow-up on</source>
        <translation>پیگیری بعدی در</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="341"/>
        <source>Followed &amp;up (F)</source>
        <translation>&amp;پیگیری شد (F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="342"/>
        <source>The partner or the visitor was contacted; the next follow-up is on the date chosen beside it.</source>
        <translation>با سازمان همکار یا مراجع تماس گرفته شد؛ پیگیری بعدی در تاریخی است که کنار آن انتخاب شده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="343"/>
        <source>Set &amp;date (D)</source>
        <translation>تعیین &amp;تاریخ (D)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="344"/>
        <source>Move the next follow-up to the date chosen beside it, without changing the status.</source>
        <translation>پیگیری بعدی را بدون تغییر وضعیت به تاریخی که کنار آن انتخاب شده منتقل می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="345"/>
        <source>&amp;Completed (C)</source>
        <translation>&amp;انجام شد (C)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="346"/>
        <source>The visitor got the help they were referred for.</source>
        <translation>مراجع کمکی را که برای آن ارجاع داده شده بود دریافت کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="347"/>
        <source>Not &amp;reached (N)</source>
        <translation>تماس &amp;برقرار نشد (N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="348"/>
        <source>Neither the visitor nor the partner could be reached; nothing more to do.</source>
        <translation>نه با مراجع و نه با سازمان همکار تماس برقرار شد؛ کار دیگری لازم نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="349"/>
        <source>Print slip… (Ctrl+P)</source>
        <translation>چاپ برگه… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="350"/>
        <source>A referral slip with the partner&apos;s address and what to bring, in two languages.</source>
        <translation>برگه ارجاع با نشانی سازمان همکار و آنچه باید همراه آورد، به دو زبان.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="352"/>
        <source>Next follow-up &amp;on:</source>
        <translation>پیگیری بعدی &amp;در:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 30 days</source>
        <translation>در 30 روز گذشته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 90 days</source>
        <translation>در 90 روز گذشته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>in the last 12 months</source>
        <translation>در 12 ماه گذشته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>at any time</source>
        <translation>در همه زمان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="379"/>
        <source>Referrals &amp;made:</source>
        <translation>ارجاع‌های &amp;ثبت‌شده:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>Referrals per partner</source>
        <translation>ارجاع‌ها به تفکیک سازمان همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="397"/>
        <source>Enter or a double click on a partner lists its referrals under Follow-ups.</source>
        <translation>با Enter یا دوبار کلیک روی یک سازمان همکار، ارجاع‌های آن در «پیگیری‌ها» فهرست می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="441"/>
        <source>Shown: %1, overdue: %2</source>
        <translation>نمایش‌داده‌شده: %1، با تأخیر: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="444"/>
        <source>No open referrals. Referrals are made at the desk when a visit is saved.</source>
        <translation>هیچ ارجاع بازی وجود ندارد. ارجاع‌ها هنگام ذخیره مراجعه در پذیرش ثبت می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="445"/>
        <source>No referrals match this filter.</source>
        <translation>هیچ ارجاعی با این فیلتر مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="463"/>
        <source>All partners</source>
        <translation>همه سازمان‌های همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="480"/>
        <source>Referrals: %1, partners: %2</source>
        <translation>ارجاع‌ها: %1، سازمان‌های همکار: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="566"/>
        <source>%1: marked “%2” on %3. Next follow-up on %4.</source>
        <translation>%1: وضعیت «%2» در %3 ثبت شد. پیگیری بعدی در %4.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="569"/>
        <source>%1: marked “%2” on %3.</source>
        <translation>%1: وضعیت «%2» در %3 ثبت شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="573"/>
        <source>%1: next follow-up moved to %2.</source>
        <translation>%1: پیگیری بعدی به %2 جابه‌جا شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="575"/>
        <source>%1: next follow-up moved.</source>
        <translation>%1: پیگیری بعدی جابه‌جا شد.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="35"/>
        <source>Monthly report</source>
        <translation>گزارش ماهانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="36"/>
        <source>City report</source>
        <translation>گزارش شهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="37"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>January</source>
        <translation>ژانویه</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>February</source>
        <translation>فوریه</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>April</source>
        <translation>آوریل</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>May</source>
        <translation>مه</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>June</source>
        <translation>ژوئن</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>July</source>
        <translation>ژوئیه</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>August</source>
        <translation>اوت</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>September</source>
        <translation>سپتامبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>October</source>
        <translation>اکتبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>November</source>
        <translation>نوامبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>December</source>
        <translation>دسامبر</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="47"/>
        <source>1,234.5</source>
        <translation>1,234.5</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="48"/>
        <source>Figures of {count} Welcome Points: {sites}</source>
        <translation>ارقام {count} Welcome Point: {sites}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="49"/>
        <source>Made on {date} · small counts hidden below k = {k}</source>
        <translation>تهیه‌شده در {date} · اعداد کوچک‌تر از k = {k} پنهان شده‌اند</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="50"/>
        <source>Key figures</source>
        <translation>ارقام اصلی</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="51"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="52"/>
        <source>Visitors (distinct cards)</source>
        <translation>مراجعان (کارت‌های متمایز)</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="53"/>
        <source>New visitors</source>
        <translation>مراجعان جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="54"/>
        <source>Anonymous visits</source>
        <translation>مراجعه‌های ناشناس</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="55"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="56"/>
        <source>Volunteer hours</source>
        <translation>ساعت‌های کار داوطلبانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="57"/>
        <source>Active volunteers</source>
        <translation>داوطلبان فعال</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="58"/>
        <source>Shifts planned</source>
        <translation>شیفت‌های برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="59"/>
        <source>Shifts understaffed</source>
        <translation>شیفت‌های دارای کمبود نیرو</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="60"/>
        <source>{site} had fewer than {visits} visits this month (twice k = {k}), so only the key figures are published: tables of so few visits could single people out.</source>
        <translation>{site} در این ماه کمتر از {visits} مراجعه داشت (دو برابر k = {k})، به همین دلیل فقط ارقام اصلی منتشر می‌شوند: جدول‌هایی با این تعداد کم مراجعه ممکن است افراد را قابل شناسایی کنند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="63"/>
        <source>Visits by topic</source>
        <translation>مراجعه‌ها به تفکیک موضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="64"/>
        <source>Visits by language</source>
        <translation>مراجعه‌ها به تفکیک زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="65"/>
        <source>Visits by age band</source>
        <translation>مراجعه‌ها به تفکیک گروه سنی</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="66"/>
        <source>Visits by gender</source>
        <translation>مراجعه‌ها به تفکیک جنسیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="67"/>
        <source>Visits by weekday</source>
        <translation>مراجعه‌ها به تفکیک روز هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="68"/>
        <source>Visits of new and returning visitors</source>
        <translation>مراجعه‌های مراجعان جدید و بازگشتی</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="70"/>
        <source>Referrals by kind of service and status</source>
        <translation>ارجاع‌ها به تفکیک نوع خدمات و وضعیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="72"/>
        <source>Visits by language and age band</source>
        <translation>مراجعه‌ها به تفکیک زبان و گروه سنی</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="74"/>
        <source>Visits by topic and weekday</source>
        <translation>مراجعه‌ها به تفکیک موضوع و روز هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="75"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="76"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="77"/>
        <source>Age band</source>
        <translation>گروه سنی</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="78"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="79"/>
        <source>Weekday</source>
        <translation>روز هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="80"/>
        <source>Visitor</source>
        <translation>مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="81"/>
        <source>Kind of service</source>
        <translation>نوع خدمات</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="82"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="83"/>
        <source>Total: {total}</source>
        <translation>مجموع: {total}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="84"/>
        <source>A visit about several topics counts once for each topic.</source>
        <translation>مراجعه‌ای که درباره چند موضوع است، برای هر موضوع یک بار شمرده می‌شود.</translation>
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
        <translation>{primary}: بین ۱ و {k_minus_1} · {complementary}: پنهان‌شده تا عدد کوچکی قابل محاسبه نباشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="92"/>
        <source>About these figures</source>
        <translation>درباره این ارقام</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="93"/>
        <source>Counts from 1 to {k_minus_1} are not published; they are shown as &quot;{primary}&quot; (k = {k}). A small group of people could be recognised by them.</source>
        <translation>اعداد 1 تا {k_minus_1} منتشر نمی‌شوند و به صورت «{primary}» نمایش داده می‌شوند (k = {k}). از روی این اعداد ممکن است گروه کوچکی از افراد شناسایی شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="96"/>
        <source>Where a hidden count could be worked out from the other counts of its table, row or column and their total, more counts are hidden as well; they are shown as &quot;{complementary}&quot;. No hidden count can be calculated from the published figures.</source>
        <translation>هر جا که بتوان یک عدد پنهان را از روی سایر اعداد جدول، ردیف یا ستون آن و مجموعشان به دست آورد، اعداد دیگری نیز پنهان می‌شوند؛ این اعداد به صورت «{complementary}» نمایش داده می‌شوند. هیچ عدد پنهانی را نمی‌توان از ارقام منتشرشده محاسبه کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="100"/>
        <source>Zeros are shown: a zero reveals nobody.</source>
        <translation>صفرها نمایش داده می‌شوند: صفر هویت هیچ‌کس را فاش نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="101"/>
        <source>A month with fewer than {visits} visits (twice k) publishes only the key figures.</source>
        <translation>در ماهی که کمتر از {visits} مراجعه (دو برابر k) داشته باشد، فقط ارقام اصلی منتشر می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="103"/>
        <source>Topics are counted once per visit and topic: a visit about housing and health counts under both, so the topics add up to more than the visits.</source>
        <translation>موضوع‌ها برای هر مراجعه و هر موضوع یک بار شمرده می‌شوند: مراجعه‌ای درباره مسکن و سلامت زیر هر دو موضوع شمرده می‌شود، به همین دلیل مجموع موضوع‌ها از تعداد مراجعه‌ها بیشتر است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="106"/>
        <source>Visits count visits, not people. Distinct visitors count the pseudonymous visitor cards seen in the month; anonymous visits count among the visits only.</source>
        <translation>مراجعه‌ها تعداد مراجعه‌ها را نشان می‌دهند، نه تعداد افراد را. مراجعان متمایز تعداد کارت‌های مراجع با هویت مستعار است که در این ماه دیده شده‌اند؛ مراجعه‌های ناشناس فقط در شمار مراجعه‌ها می‌آیند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="109"/>
        <source>Volunteer figures are totals only; nothing is shown per person.</source>
        <translation>ارقام داوطلبان فقط به صورت مجموع آمده‌اند؛ هیچ رقمی به تفکیک افراد نمایش داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="111"/>
        <source>This report adds up the reports of {count} Welcome Points. A sum with a hidden part is hidden, and the rules are applied again to the sums.</source>
        <translation>این گزارش، گزارش‌های {count} Welcome Point را با هم جمع می‌کند. مجموعی که بخشی از آن پنهان باشد پنهان می‌شود، و قواعد دوباره روی مجموع‌ها اعمال می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="114"/>
        <source>The same figures are in the CSV files and the JSON file (format welcome-point-monthly, version 1); SHA256SUMS lists a checksum of each file.</source>
        <translation>همین ارقام در فایل‌های CSV و فایل JSON (قالب welcome-point-monthly، نسخه 1) آمده‌اند؛ فایل SHA256SUMS چک‌سام (checksum) هر فایل را فهرست می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="117"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="118"/>
        <source>Welcome Point monthly report: {site}, {period}</source>
        <translation>گزارش ماهانه Welcome Point: {site}، {period}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="119"/>
        <source>Hello,

attached are the anonymised figures of {site} for {period}: a PDF to read, CSV files for spreadsheets and a JSON file for the city&apos;s records. The files hold counts only, no names or contact details; counts below {k} are hidden.

Best regards</source>
        <translation>سلام،

ارقام بی‌نام {site} برای {period} پیوست شده است: یک فایل PDF برای مطالعه، فایل‌های CSV برای برنامه‌های صفحه‌گسترده و یک فایل JSON برای سوابق شهر. این فایل‌ها فقط شامل اعداد هستند و هیچ نام یا اطلاعات تماسی ندارند؛ اعداد کمتر از {k} پنهان شده‌اند.

با احترام</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="167"/>
        <source>Monthly report</source>
        <translation>گزارش ماهانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="169"/>
        <source>Anonymised figures of a month for the city and the partner cities. What you see here is exactly what is exported.</source>
        <translation>ارقام بی‌نام یک ماه برای شهر و شهرهای همکار. آنچه اینجا می‌بینید دقیقاً همان چیزی است که خروجی گرفته می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="177"/>
        <source>Counting the month</source>
        <translation>محاسبه ارقام ماه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="188"/>
        <source>Previous month (Page Up, Alt+Left)</source>
        <translation>ماه قبل (Page Up، Alt+Right)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="190"/>
        <source>Next month (Page Down, Alt+Right)</source>
        <translation>ماه بعد (Page Down، Alt+Left)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="196"/>
        <source>Month of the report</source>
        <translation>ماه گزارش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="199"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="204"/>
        <source>Language of the PDF</source>
        <translation>زبان PDF</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="209"/>
        <source>Counts from 1 to k − 1 are hidden (shown as “&lt;k”), and as many others as it takes that none of them can be worked out from the totals. A month with fewer than 2 × k visits publishes its key figures only. k is set on the Settings page.</source>
        <translation>اعداد 1 تا k − 1 پنهان می‌شوند (به صورت «⁦&lt;k⁩» نمایش داده می‌شوند)، و به اندازه لازم اعداد دیگری هم پنهان می‌شوند تا هیچ‌یک از آن‌ها را نتوان از روی مجموع‌ها به دست آورد. در ماهی که کمتر از 2 × k مراجعه داشته باشد، فقط ارقام اصلی منتشر می‌شوند. مقدار k در صفحه «تنظیمات» تعیین می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="214"/>
        <source>&amp;Month:</source>
        <translation>&amp;ماه:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="219"/>
        <source>&amp;Welcome Point:</source>
        <translation>&amp;Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="222"/>
        <source>PDF in:</source>
        <translation>زبان PDF:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="229"/>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="231"/>
        <source>Write the report to a USB stick or a folder (Ctrl+E)</source>
        <translation>نوشتن گزارش روی فلش USB یا در یک پوشه (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="232"/>
        <source>E-mail &amp;draft…</source>
        <translation>&amp;پیش‌نویس ایمیل…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="234"/>
        <source>Write the report and an e-mail with the files attached, and open it in the mail program</source>
        <translation>نوشتن گزارش و یک ایمیل با فایل‌های پیوست، و باز کردن آن در برنامه ایمیل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="235"/>
        <source>Mer&amp;ge reports…</source>
        <translation>&amp;ادغام گزارش‌ها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="237"/>
        <source>Combine the JSON reports of several Welcome Points for one month into a city report</source>
        <translation>ادغام گزارش‌های JSON چند Welcome Point برای یک ماه در یک گزارش شهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="243"/>
        <source>Files:</source>
        <translation>فایل‌ها:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="263"/>
        <source>&amp;Open folder</source>
        <translation>&amp;باز کردن پوشه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="272"/>
        <location filename="../welcome_point/ui/reports_page.py" line="273"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="327"/>
        <source>Key figures</source>
        <translation>ارقام اصلی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="357"/>
        <source>Tables</source>
        <translation>جدول‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="421"/>
        <location filename="../welcome_point/ui/reports_page.py" line="612"/>
        <source>All Welcome Points</source>
        <translation>همه مراکز Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="504"/>
        <source>Counting the month…</source>
        <translation>در حال محاسبه ارقام ماه…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="559"/>
        <source>The report could not be made</source>
        <translation>گزارش تهیه نشد</translation>
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
        <translation>در %1 هیچ مراجعه‌ای ثبت نشده است. با فلش‌ها، Page Up یا Page Down ماه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="618"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>پایگاه داده هنوز خالی است. برای آشنایی با داده‌های ساختگی، یک پوشه جداگانه را با داده‌های نمونه پر کنید و سپس برنامه را با آن باز کنید:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="659"/>
        <source>Hidden so that a small number cannot be worked out from the totals</source>
        <translation>پنهان‌شده تا عدد کوچکی از روی مجموع‌ها قابل محاسبه نباشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="660"/>
        <source>Fewer than %1: hidden so that nobody can be singled out</source>
        <translation>کمتر از %1: پنهان‌شده تا هیچ فردی قابل شناسایی نباشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="709"/>
        <source>Total below %1: not published, every count is hidden.</source>
        <translation>مجموع کمتر از %1: منتشر نمی‌شود و همه اعداد پنهان‌اند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="741"/>
        <source>%1 – %2 free</source>
        <translation>%1 – %2 فضای خالی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="747"/>
        <source>Choose another folder…</source>
        <translation>انتخاب پوشه دیگر…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="756"/>
        <source>Where to write the report</source>
        <translation>محل ذخیره گزارش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="786"/>
        <source>Writing the report…</source>
        <translation>در حال نوشتن گزارش…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="796"/>
        <source>Reports to merge</source>
        <translation>گزارش‌هایی که باید ادغام شوند</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="797"/>
        <source>Monthly reports (*.json)</source>
        <translation>گزارش‌های ماهانه (*.json)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="801"/>
        <source>Where to write the city report</source>
        <translation>محل ذخیره گزارش شهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="807"/>
        <source>Merging the reports…</source>
        <translation>در حال ادغام گزارش‌ها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="836"/>
        <source>The city report was written to %1</source>
        <translation>گزارش شهر در %1 نوشته شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="838"/>
        <source>The report was written to %1</source>
        <translation>گزارش در %1 نوشته شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="842"/>
        <source>E-mail draft: %1</source>
        <translation>پیش‌نویس ایمیل: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="846"/>
        <source>Done.</source>
        <translation>انجام شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="848"/>
        <location filename="../welcome_point/ui/reports_page.py" line="852"/>
        <source>E-mail draft</source>
        <translation>پیش‌نویس ایمیل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="849"/>
        <source>The files were written, but the e-mail draft could not be:

%1</source>
        <translation>فایل‌ها نوشته شدند، اما پیش‌نویس ایمیل نوشته نشد:

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="853"/>
        <source>The e-mail draft was written but no mail program could open it. Open it yourself from:
%1</source>
        <translation>پیش‌نویس ایمیل ساخته شد، اما هیچ برنامه ایمیلی نتوانست آن را باز کند. خودتان آن را از این مسیر باز کنید:
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
        <translation>فایل‌ها: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="874"/>
        <source>The reports were not merged; no file was written.</source>
        <translation>گزارش‌ها ادغام نشدند؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="876"/>
        <source>Nothing was written.</source>
        <translation>چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Merge reports</source>
        <translation>ادغام گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Export the report</source>
        <translation>خروجی گرفتن از گزارش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="880"/>
        <source>The files could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>فایل‌ها نوشته نشدند.

%1</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="52"/>
        <source>Records are kept only as long as they are needed. The app erases old records by itself at start and once a day; the anonymous counts in the reports stay.</source>
        <translation>سوابق فقط تا زمانی که لازم باشند نگهداری می‌شوند. برنامه سوابق قدیمی را هنگام شروع و روزی یک بار خودش پاک می‌کند؛ اعداد بی‌نام در گزارش‌ها باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="57"/>
        <source>How long records are kept</source>
        <translation>مدت نگهداری سوابق</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="60"/>
        <source>Months without a visit before a visitor is erased</source>
        <translation>تعداد ماه‌های بدون مراجعه پیش از پاک شدن مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="61"/>
        <location filename="../welcome_point/ui/privacy_retention.py" line="63"/>
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="62"/>
        <source>Months after leaving before a volunteer is erased</source>
        <translation>تعداد ماه‌ها پس از ترک همکاری پیش از پاک شدن داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="64"/>
        <source>Visitors with no visit for:</source>
        <translation>مراجعانی که مراجعه‌ای نداشته‌اند، به مدت:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="66"/>
        <source>Volunteers who left, after:</source>
        <translation>داوطلبانی که همکاری را ترک کرده‌اند، پس از:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="69"/>
        <source>Their card code and details are erased; their visits stay, without a link to the person.</source>
        <translation>کد کارت و مشخصاتشان پاک می‌شود؛ مراجعه‌هایشان بدون پیوند به شخص باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="71"/>
        <source>Name, contact data and languages are erased; their hours remain only in anonymous totals.</source>
        <translation>نام، اطلاعات تماس و زبان‌ها پاک می‌شوند؛ ساعت‌هایشان فقط در مجموع‌های بی‌نام باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="72"/>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="81"/>
        <source>Runs</source>
        <translation>اجراها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="85"/>
        <source>&amp;Run now…</source>
        <translation>&amp;اجرا همین حالا…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="87"/>
        <source>Erase now every record that is past its time (a backup is taken first)</source>
        <translation>پاک کردن همه سوابقی که مدت نگهداری‌شان گذشته است، همین حالا (ابتدا نسخه پشتیبان تهیه می‌شود)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="137"/>
        <source>Not run yet on this database.</source>
        <translation>هنوز روی این پایگاه داده اجرا نشده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="139"/>
        <source>Last run: %1.</source>
        <translation>آخرین اجرا: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="148"/>
        <source>Saved. The next run uses the new periods.</source>
        <translation>ذخیره شد. اجرای بعدی از مدت‌های جدید استفاده می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="159"/>
        <source>Erase now every visitor with no visit for %1 months and every volunteer who left more than %2 months ago? A backup is taken first. This cannot be undone in the app.</source>
        <translation>همه مراجعانی که %1 ماه مراجعه‌ای نداشته‌اند و همه داوطلبانی که بیش از %2 ماه پیش همکاری را ترک کرده‌اند، همین حالا پاک شوند؟ ابتدا یک نسخه پشتیبان تهیه می‌شود. این کار در برنامه قابل بازگشت نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="168"/>
        <source>Run retention now</source>
        <translation>اجرای پاک‌سازی دوره‌ای همین حالا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="175"/>
        <source>Erasing records past their time…</source>
        <translation>در حال پاک کردن سوابقی که مدت نگهداری‌شان گذشته است…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="183"/>
        <source>Done: %1 visitors and %2 volunteers erased.</source>
        <translation>انجام شد: %1 مراجع و %2 داوطلب پاک شدند.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="95"/>
        <source>Print roster</source>
        <translation>چاپ جدول شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="97"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="98"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="102"/>
        <source>For the notice board: first names only, no phone numbers</source>
        <translation>برای تابلوی اعلانات: فقط نام کوچک، بدون شماره تلفن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="108"/>
        <source>Roster for a:</source>
        <translation>جدول شیفت‌ها برای یک:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="109"/>
        <source>Containing the day:</source>
        <translation>شامل این روز:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Language of the app</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Switch language</source>
        <translation>تغییر زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="95"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>پنجره با زبان جدید دوباره ساخته می‌شود؛ چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="102"/>
        <source>This Welcome Point</source>
        <translation>این Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="111"/>
        <source>e.g. Mon–Fri 10–16, Sat 10–14</source>
        <translation>مثلاً دوشنبه تا جمعه 10–16، شنبه 10–14</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="112"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="113"/>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="114"/>
        <source>Opening hours:</source>
        <translation>ساعات کاری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="115"/>
        <location filename="../welcome_point/ui/settings_page.py" line="137"/>
        <location filename="../welcome_point/ui/settings_page.py" line="157"/>
        <location filename="../welcome_point/ui/settings_page.py" line="178"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="117"/>
        <source>Printed on visitor cards and referral slips.</source>
        <translation>روی کارت‌های مراجعان و برگه‌های ارجاع چاپ می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="127"/>
        <source>Shifts and certificates</source>
        <translation>شیفت‌ها و گواهی‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="133"/>
        <source>At most hours per day and volunteer:</source>
        <translation>حداکثر ساعت در روز برای هر داوطلب:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="134"/>
        <source>At least hours of rest between two days:</source>
        <translation>حداقل ساعت استراحت بین دو روز:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="135"/>
        <source>Ehrenamtskarte: hours per year:</source>
        <translation>کارت داوطلبی (Ehrenamtskarte): ساعت در سال:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="136"/>
        <source>… or hours per week on average:</source>
        <translation>… یا میانگین ساعت در هفته:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="140"/>
        <source>Assignments that break the first two are refused with the reason.</source>
        <translation>تخصیص‌هایی که دو قاعده اول را نقض کنند با ذکر دلیل رد می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="150"/>
        <source>Monthly reports</source>
        <translation>گزارش‌های ماهانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="155"/>
        <source>Counts from 1 to k − 1 are hidden in the monthly report; a month with fewer than 2 × k visits publishes its key figures only. 5 is usual; a larger k hides more.</source>
        <translation>اعداد 1 تا k − 1 در گزارش ماهانه پنهان می‌شوند؛ در ماهی که کمتر از 2 × k مراجعه داشته باشد، فقط ارقام اصلی منتشر می‌شوند. مقدار معمول 5 است؛ k بزرگ‌تر اعداد بیشتری را پنهان می‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="159"/>
        <source>Smaller counts are hidden in the reports for the city.</source>
        <translation>اعداد کوچک‌تر در گزارش‌های شهر پنهان می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="165"/>
        <source>Suppression threshold k:</source>
        <translation>آستانه پنهان‌سازی k:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="170"/>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="174"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="176"/>
        <source>Without a key press or a mouse movement for this long, the window locks and hides all personal data until someone signs in again.</source>
        <translation>اگر در این مدت هیچ کلیدی زده نشود و ماوس حرکت نکند، پنجره قفل می‌شود و همه داده‌های شخصی را پنهان می‌کند تا کسی دوباره وارد شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="180"/>
        <source>The screen faces the public: it locks when nobody uses it.</source>
        <translation>صفحه نمایش در دید عموم است: وقتی کسی از آن استفاده نکند قفل می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="186"/>
        <source>Lock automatically after:</source>
        <translation>قفل خودکار پس از:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="191"/>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="194"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="203"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="204"/>
        <source>Data folder:</source>
        <translation>پوشه داده‌ها:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="205"/>
        <source>Database file:</source>
        <translation>فایل پایگاه داده:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="206"/>
        <source>Schema version:</source>
        <translation>نسخه طرح‌واره:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="207"/>
        <source>Records:</source>
        <translation>رکوردها:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="208"/>
        <source>Open data folder</source>
        <translation>باز کردن پوشه داده‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="238"/>
        <location filename="../welcome_point/ui/settings_page.py" line="268"/>
        <location filename="../welcome_point/ui/settings_page.py" line="284"/>
        <location filename="../welcome_point/ui/settings_page.py" line="303"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="326"/>
        <source>No Welcome Point set up yet</source>
        <translation>هنوز هیچ Welcome Point راه‌اندازی نشده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visitors with a card</source>
        <translation>مراجعان دارای کارت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Partner organisations</source>
        <translation>سازمان‌های همکار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Shifts</source>
        <translation>شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="334"/>
        <source>Shift assignments</source>
        <translation>تخصیص شیفت‌ها</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="296"/>
        <source>Create the administrator account</source>
        <translation>ایجاد حساب کاربری مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="300"/>
        <source>This is the first start. The administrator creates the accounts of everyone else. The password protects the personal data of visitors and volunteers: choose a long one and keep it safe. It cannot be recovered; without it, nobody can manage the accounts.</source>
        <translation>این نخستین اجرای برنامه است. مدیر سیستم حساب‌های کاربری همه افراد دیگر را ایجاد می‌کند. رمز عبور از داده‌های شخصی مراجعان و داوطلبان محافظت می‌کند: یک رمز طولانی انتخاب کنید و آن را در جای امنی نگه دارید. این رمز قابل بازیابی نیست؛ بدون آن هیچ‌کس نمی‌تواند حساب‌های کاربری را مدیریت کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="305"/>
        <source>Username of the administrator</source>
        <translation>نام کاربری مدیر سیستم</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="307"/>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="308"/>
        <source>Password again</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="314"/>
        <source>&amp;Username:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="315"/>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="317"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="319"/>
        <source>Create and sign in</source>
        <translation>ایجاد و ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="349"/>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation>دست‌کم 8 کاراکتر؛ چند کلمه بی‌ربط به هم یک رمز عبور قوی می‌سازند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="351"/>
        <source>Too short: at least 8 characters.</source>
        <translation>خیلی کوتاه: دست‌کم 8 کاراکتر.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="353"/>
        <source>Weak: longer, or mix letters, digits and signs.</source>
        <translation>ضعیف: طولانی‌ترش کنید، یا حروف، ارقام و نمادها را با هم ترکیب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="355"/>
        <source>Fair.</source>
        <translation>متوسط.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="357"/>
        <source>Strong.</source>
        <translation>قوی.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="370"/>
        <source>Enter a username for the administrator.</source>
        <translation>یک نام کاربری برای مدیر سیستم وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="374"/>
        <source>The password needs at least 8 characters.</source>
        <translation>رمز عبور باید دست‌کم 8 کاراکتر داشته باشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="378"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>دو رمز عبور یکسان نیستند. رمز عبور را دوباره تایپ کنید.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="130"/>
        <source>This volunteer already has a shift at the same time.</source>
        <translation>این داوطلب در همین زمان شیفت دیگری دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="132"/>
        <source>This volunteer is already on this shift.</source>
        <translation>این داوطلب از قبل در این شیفت است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="134"/>
        <source>This shift would take the volunteer over the daily limit of %1 hours.</source>
        <translation>با این شیفت، ساعت کار داوطلب از سقف روزانه %1 ساعت بیشتر می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="137"/>
        <source>Between this shift and another one the volunteer would have less than the rest time of %1 hours.</source>
        <translation>بین این شیفت و یک شیفت دیگر، داوطلب کمتر از %1 ساعت زمان استراحت خواهد داشت.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="140"/>
        <source>This volunteer is marked as not active.</source>
        <translation>این داوطلب به عنوان غیرفعال ثبت شده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="142"/>
        <source>This volunteer has left the team.</source>
        <translation>این داوطلب تیم را ترک کرده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="667"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="669"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="672"/>
        <source>(erased)</source>
        <translation>(پاک‌شده)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="670"/>
        <source>%1, replaced by %2</source>
        <translation>%1، جایگزین‌شده با %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="673"/>
        <source>%1, in place of %2</source>
        <translation>%1، به جای %2</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="350"/>
        <source>(erased)</source>
        <translation>(پاک‌شده)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="519"/>
        <source>&amp;Week plan</source>
        <translation>برنامه &amp;هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="520"/>
        <source>&amp;Today</source>
        <translation>&amp;امروز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="521"/>
        <source>&amp;Gaps (next 4 weeks)</source>
        <translation>&amp;کمبودها (4 هفته آینده)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="531"/>
        <source>Previous week</source>
        <translation>هفته قبل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="532"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="534"/>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="535"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="538"/>
        <source>Next week</source>
        <translation>هفته بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="539"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="546"/>
        <source>Print roster…</source>
        <translation>چاپ جدول شیفت‌ها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="548"/>
        <source>Create from templates… (Ctrl+T)</source>
        <translation>ایجاد از روی الگوها… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="563"/>
        <source>Shifts of the week</source>
        <translation>شیفت‌های هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="589"/>
        <source>Create from templates…</source>
        <translation>ایجاد از روی الگوها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="645"/>
        <source>Volunteers on this shift</source>
        <translation>داوطلبان این شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="649"/>
        <source>&amp;Assign… (Enter)</source>
        <translation>&amp;تخصیص… (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="651"/>
        <source>S&amp;wap…</source>
        <translation>تع&amp;ویض…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="652"/>
        <source>Another volunteer takes over; the change stays in the history.</source>
        <translation>داوطلب دیگری جای او را می‌گیرد؛ این تغییر در سابقه می‌ماند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="654"/>
        <source>&amp;Cancel assignment… (Del)</source>
        <translation>&amp;لغو تخصیص… (Del)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="656"/>
        <source>&amp;History…</source>
        <translation>&amp;سابقه…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="658"/>
        <source>Delete shift…</source>
        <translation>حذف شیفت…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="675"/>
        <source>Language demand this week (from the visits of the last 8 weeks)</source>
        <translation>نیاز زبانی این هفته (بر اساس مراجعه‌های 8 هفته گذشته)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="677"/>
        <source>Language demand</source>
        <translation>نیاز زبانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="686"/>
        <source>Suggested volunteer</source>
        <translation>داوطلب پیشنهادی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="687"/>
        <source>Assign &amp;suggested</source>
        <translation>تخصیص &amp;پیشنهادی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="689"/>
        <source>Other speaker…</source>
        <translation>فرد دیگری با این زبان…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="709"/>
        <source>One click when a volunteer arrives and leaves; the hours come from these times.</source>
        <translation>وقتی داوطلب می‌آید و وقتی می‌رود، یک بار کلیک کنید؛ ساعت‌ها از همین زمان‌ها حساب می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="728"/>
        <source>Gaps in the next four weeks</source>
        <translation>کمبودها در چهار هفته آینده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="734"/>
        <source>No gaps in the next four weeks: every shift has its people and its wanted languages.</source>
        <translation>در چهار هفته آینده کمبودی نیست: هر شیفت نیروها و زبان‌های مورد نیازش را دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="742"/>
        <source>Show in the &amp;week (Enter)</source>
        <translation>&amp;نمایش در هفته (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="744"/>
        <source>&amp;Assign…</source>
        <translation>&amp;تخصیص…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="823"/>
        <source>Week %1: %2 – %3</source>
        <translation>هفته %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="825"/>
        <source>No shifts planned for this week. Create them from the weekly templates (Ctrl+T), then assign volunteers.</source>
        <translation>برای این هفته شیفتی برنامه‌ریزی نشده است. شیفت‌ها را از روی الگوهای هفتگی بسازید (Ctrl+T)، سپس داوطلبان را تخصیص دهید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="852"/>
        <source>Language demand is shown once the week has shifts.</source>
        <translation>نیاز زبانی وقتی نمایش داده می‌شود که این هفته شیفت داشته باشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="854"/>
        <source>Every language that visitors usually bring in this week&apos;s slots has a speaker on the shift.</source>
        <translation>برای هر زبانی که مراجعان معمولاً در ساعت‌های شیفت این هفته با آن می‌آیند، کسی در شیفت هست که آن زبان را می‌داند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="865"/>
        <source>%1: about %2 %3 visits expected, no speaker</source>
        <translation>%1: حدود %2 مراجعه به زبان %3 انتظار می‌رود، کسی این زبان را نمی‌داند</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="872"/>
        <source>%1 – suggest: %2</source>
        <translation>%1 – پیشنهاد: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="873"/>
        <source>%1 – no free speaker</source>
        <translation>%1 – کسی با این زبان آزاد نیست</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="877"/>
        <source>Today, %1</source>
        <translation>امروز، %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="888"/>
        <source>No shifts today. Shifts are planned under Week plan.</source>
        <translation>امروز شیفتی نیست. شیفت‌ها در «برنامه هفته» برنامه‌ریزی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="898"/>
        <source>Add volunteer…</source>
        <translation>افزودن داوطلب…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="899"/>
        <source>Someone came who was not planned for this shift.</source>
        <translation>کسی آمده که برای این شیفت برنامه‌ریزی نشده بود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="905"/>
        <source>Nobody is assigned.</source>
        <translation>کسی تخصیص داده نشده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="925"/>
        <source>Check in</source>
        <translation>ثبت ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="926"/>
        <source>Check out</source>
        <translation>ثبت خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="927"/>
        <source>No-show…</source>
        <translation>نیامد…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="935"/>
        <source>A no-show can be recorded once the shift has started.</source>
        <translation>«نیامد» را فقط پس از شروع شیفت می‌توان ثبت کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="950"/>
        <source>in %1, out %2</source>
        <translation>ورود %1، خروج %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="953"/>
        <source>checked in at %1</source>
        <translation>ورود ساعت %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="961"/>
        <source>Shifts with gaps: %1, of them understaffed: %2</source>
        <translation>شیفت‌های دارای کمبود: %1، از این میان با کمبود نیرو: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1001"/>
        <source>No shift selected</source>
        <translation>هیچ شیفتی انتخاب نشده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1002"/>
        <source>Choose a shift in the week (arrow keys or a click) to assign volunteers.</source>
        <translation>برای تخصیص داوطلبان، یک شیفت را در هفته انتخاب کنید (با کلیدهای جهت‌نما یا کلیک).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1015"/>
        <source>Wanted languages: %1</source>
        <translation>زبان‌های مورد نیاز: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1016"/>
        <source>No particular language wanted.</source>
        <translation>زبان خاصی لازم نیست.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shifts_page.py" line="1055"/>
        <source>%n shift(s) created.</source>
        <translation>
            <numerusform>%n شیفت ایجاد شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1056"/>
        <source>No new shifts: they all exist already.</source>
        <translation>شیفت جدیدی ایجاد نشد: همه از قبل وجود دارند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1096"/>
        <source>Take %1 off the shift on %2, %3? The cancellation stays in the shift&apos;s history.</source>
        <translation>%1 از شیفت %2، %3 برداشته شود؟ این لغو در سابقه شیفت می‌ماند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1099"/>
        <source>Cancel assignment</source>
        <translation>لغو تخصیص</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1121"/>
        <source>Delete the shift on %1, %2? Its planned assignments are removed too.</source>
        <translation>شیفت %1، %2 حذف شود؟ تخصیص‌های برنامه‌ریزی‌شده آن هم حذف می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1124"/>
        <source>Delete shift</source>
        <translation>حذف شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1183"/>
        <source>Record that %1 did not come? The shift then counts as not worked.</source>
        <translation>ثبت شود که %1 نیامد؟ در این صورت این شیفت انجام‌نشده حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1185"/>
        <source>No-show</source>
        <translation>نیامد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1231"/>
        <source>Shifts</source>
        <translation>شیفت‌ها</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="129"/>
        <location filename="../welcome_point/ui/login.py" line="148"/>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="131"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="132"/>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="133"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="134"/>
        <source>6 or more digits</source>
        <translation>6 رقم یا بیشتر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="135"/>
        <source>&amp;Password:</source>
        <translation>&amp;رمز عبور:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="137"/>
        <source>P&amp;IN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="139"/>
        <source>&amp;Username:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <location filename="../welcome_point/ui/login.py" line="189"/>
        <source>Quick switch with PIN</source>
        <translation>تعویض سریع با PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="188"/>
        <source>Sign in with password instead</source>
        <translation>ورود با رمز عبور</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="235"/>
        <source>Enter your username.</source>
        <translation>نام کاربری خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="239"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>PIN دست‌کم 6 رقم دارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="243"/>
        <source>Enter your password.</source>
        <translation>رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="257"/>
        <source>The username or the PIN is not right.</source>
        <translation>نام کاربری یا PIN درست نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="259"/>
        <source>The username or the password is not right.</source>
        <translation>نام کاربری یا رمز عبور درست نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="280"/>
        <source>You can try again now.</source>
        <translation>اکنون می‌توانید دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="283"/>
        <source>Too many failed attempts. Please wait %1 before the next try.</source>
        <translation>تلاش‌های ناموفق بیش از حد. لطفاً پیش از تلاش بعدی %1 صبر کنید.</translation>
    </message>
</context>
<context>
    <name>SubjectTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="68"/>
        <source>Everything the database holds about one visitor card or one volunteer: to answer a request for access (Art. 15 GDPR) or to erase the record on request (Art. 17).</source>
        <translation>همه آنچه پایگاه داده درباره یک کارت مراجع یا یک داوطلب نگه می‌دارد: برای پاسخ به درخواست دسترسی (ماده 15 GDPR) یا برای پاک کردن سابقه بنا به درخواست (ماده 17).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="73"/>
        <source>&amp;Visitor card:</source>
        <translation>&amp;کارت مراجع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="74"/>
        <source>V&amp;olunteer:</source>
        <translation>دا&amp;وطلب:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="80"/>
        <source>e.g. K7MXP-Q4TAC</source>
        <translation>مثلاً K7MXP-Q4TAC</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="81"/>
        <source>Card code</source>
        <translation>کد کارت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="87"/>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="91"/>
        <source>&amp;Show</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="102"/>
        <source>&amp;Export JSON and PDF…</source>
        <translation>&amp;خروجی JSON و PDF…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="103"/>
        <source>Write the record shown as JSON and PDF into a folder</source>
        <translation>نوشتن سابقه نمایش‌داده‌شده به صورت JSON و PDF در یک پوشه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="105"/>
        <source>E&amp;rase…</source>
        <translation>&amp;پاک کردن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="107"/>
        <source>Erase the record shown for good (asks to type it again)</source>
        <translation>پاک کردن همیشگی سابقه نمایش‌داده‌شده (باید دوباره تایپ شود)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="123"/>
        <source>The record</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="125"/>
        <source>Enter a card code or choose a volunteer, then press Show. The record appears here exactly as it will be exported.</source>
        <translation>یک کد کارت وارد کنید یا یک داوطلب انتخاب کنید، سپس «نمایش» را بزنید. سابقه دقیقاً همان‌طور که در خروجی می‌آید اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="154"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (شماره %2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="156"/>
        <source>%1 – left</source>
        <translation>%1 – ترک همکاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="159"/>
        <source>No volunteers</source>
        <translation>بدون داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="185"/>
        <source>This is not a card code: it has 10 characters (letters and digits, shown as two groups of five); check it on the card.</source>
        <translation>این کد کارت نیست: کد کارت 10 کاراکتر دارد (حروف و ارقام، در دو گروه پنج‌تایی)؛ آن را روی کارت بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="218"/>
        <source>Folder for the export</source>
        <translation>پوشه برای خروجی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="226"/>
        <source>Writing the JSON file and the PDF…</source>
        <translation>در حال نوشتن فایل JSON و PDF…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="237"/>
        <source>Written into %1: %2. Hand them to the person in person or by a secure way.</source>
        <translation>در %1 نوشته شد: %2. آن‌ها را حضوری یا از راهی امن به خود شخص بدهید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="247"/>
        <source>The visitor with the card %1</source>
        <translation>مراجع دارای کارت %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="249"/>
        <source>Volunteer no. %1 (with their user accounts)</source>
        <translation>داوطلب شماره %1 (همراه با حساب‌های کاربری‌اش)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="252"/>
        <source>Not erased.</source>
        <translation>پاک نشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="254"/>
        <source>Taking a backup, then erasing…</source>
        <translation>در حال تهیه نسخه پشتیبان و سپس پاک کردن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="269"/>
        <source>Erased: the card code no longer exists; the visits stay as anonymous visits.</source>
        <translation>پاک شد: کد کارت دیگر وجود ندارد؛ مراجعه‌ها به صورت مراجعه‌های ناشناس باقی می‌مانند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="272"/>
        <source>Erased: the volunteer&apos;s record and accounts are gone; their hours stay in the anonymous totals.</source>
        <translation>پاک شد: سابقه و حساب‌های کاربری داوطلب حذف شدند؛ ساعت‌هایش در مجموع‌های بی‌نام باقی می‌مانند.</translation>
    </message>
</context>
<context>
    <name>SubjectText</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="32"/>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="33"/>
        <source>Card code</source>
        <translation>کد کارت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="34"/>
        <source>First visit</source>
        <translation>مراجعه اول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="35"/>
        <source>Age band</source>
        <translation>گروه سنی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="36"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="37"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="38"/>
        <source>Region of origin</source>
        <translation>منطقه مبدأ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="39"/>
        <source>Last seen</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="40"/>
        <source>Kept until (unless seen again)</source>
        <translation>نگهداری تا (اگر دوباره مراجعه نکند)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="41"/>
        <source>Kept until (counted from leaving)</source>
        <translation>نگهداری تا (از تاریخ ترک همکاری)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="42"/>
        <source>Access rights</source>
        <translation>سطح دسترسی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="43"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="44"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="45"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="46"/>
        <source>Joined</source>
        <translation>پیوستن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="47"/>
        <source>Left</source>
        <translation>ترک همکاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="48"/>
        <source>Consent to contact data</source>
        <translation>رضایت برای اطلاعات تماس</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="49"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="50"/>
        <source>Hours worked</source>
        <translation>ساعت‌های کار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="51"/>
        <source>Shifts attended</source>
        <translation>شیفت‌های انجام‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="52"/>
        <source>Of these, from planned times</source>
        <translation>از این میان، بر اساس ساعت‌های برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="53"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="54"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="55"/>
        <source>Waiting queue</source>
        <translation>صف انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="56"/>
        <source>Audit log entries</source>
        <translation>رویدادهای ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="57"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="58"/>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="59"/>
        <source>Shifts</source>
        <translation>شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="60"/>
        <source>Shift changes</source>
        <translation>تغییرات شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="61"/>
        <source>User accounts</source>
        <translation>حساب‌های کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="62"/>
        <source>Site</source>
        <translation>مرکز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="63"/>
        <source>Arrival</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="64"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="65"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="66"/>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="67"/>
        <source>Interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="68"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="69"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="70"/>
        <source>Visit</source>
        <translation>مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="71"/>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="72"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="73"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="74"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="75"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="76"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="77"/>
        <source>Changed</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="78"/>
        <source>Called</source>
        <translation>فراخوانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="79"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="80"/>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="81"/>
        <source>Object</source>
        <translation>مورد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="82"/>
        <source>Object no.</source>
        <translation>شماره مورد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="83"/>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="84"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="85"/>
        <source>Shift</source>
        <translation>شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="86"/>
        <source>Starts</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="87"/>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="88"/>
        <source>Checked in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="89"/>
        <source>Checked out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="90"/>
        <source>Assignment</source>
        <translation>تخصیص</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="91"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="92"/>
        <source>PIN set</source>
        <translation>PIN تعیین‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="93"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="187"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="188"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="124"/>
        <source>Visitor card %1</source>
        <translation>کارت مراجع %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="125"/>
        <source>Volunteer no. %1</source>
        <translation>داوطلب شماره %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="140"/>
        <source>Compiled %1. Exactly this goes into the export.</source>
        <translation>تهیه‌شده در %1. دقیقاً همین در خروجی قرار می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="153"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="186"/>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="164"/>
        <source>… and %1 more rows; the export holds them all.</source>
        <translation>… و %1 ردیف دیگر؛ خروجی شامل همه آن‌هاست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="180"/>
        <source>Information on the data stored about a visitor card</source>
        <translation>اطلاعات درباره داده‌های ذخیره‌شده برای یک کارت مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="181"/>
        <source>Information on the data stored about a volunteer</source>
        <translation>اطلاعات درباره داده‌های ذخیره‌شده درباره یک داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="182"/>
        <source>This document lists everything the Welcome Point&apos;s database held about you on {date} (Art. 15 GDPR). A machine-readable copy of the same data is the JSON file of the same name.</source>
        <translation>این برگه همه چیزهایی را نشان می‌دهد که در تاریخ {date} در پایگاه داده Welcome Point درباره شما ثبت شده بود (ماده 15 مقررات عمومی حفاظت از داده‌ها، GDPR). فایل JSON با همین نام، نسخه‌ای از همین داده‌هاست که رایانه می‌تواند آن را بخواند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="185"/>
        <source>Compiled</source>
        <translation>تاریخ تهیه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="189"/>
        <source>Page {page}</source>
        <translation>صفحه {page}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="230"/>
        <source>Create shifts from templates</source>
        <translation>ایجاد شیفت‌ها از روی الگوها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="234"/>
        <source>Each line is a shift that repeats every week. Shifts that already exist (same day, times and role) are skipped.</source>
        <translation>هر سطر یک شیفت است که هر هفته تکرار می‌شود. شیفت‌هایی که از قبل وجود دارند (همان روز، ساعت‌ها و نقش) نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Weekday</source>
        <translation>روز هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Min. staff</source>
        <translation>حداقل نیرو</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="240"/>
        <source>Wanted languages</source>
        <translation>زبان‌های مورد نیاز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="241"/>
        <source>Shift templates</source>
        <translation>الگوهای شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="248"/>
        <source>&amp;Add line</source>
        <translation>&amp;افزودن سطر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="250"/>
        <source>&amp;Remove line</source>
        <translation>&amp;حذف سطر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="252"/>
        <source>Back to the &amp;defaults</source>
        <translation>بازگشت به &amp;پیش‌فرض‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>Next week</source>
        <translation>هفته بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>The next 4 weeks</source>
        <translation>4 هفته آینده</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Other days</source>
        <translation>روزهای دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="270"/>
        <source>First day</source>
        <translation>روز اول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="271"/>
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="274"/>
        <source>&amp;Create for:</source>
        <translation>&amp;ساخت برای:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="277"/>
        <source>&amp;from</source>
        <translation>ا&amp;ز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="279"/>
        <source>&amp;to</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="292"/>
        <source>Create shifts</source>
        <translation>ایجاد شیفت‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="408"/>
        <source>Choose a first day before the last one, at most a year apart.</source>
        <translation>روز اول را پیش از روز آخر انتخاب کنید، با فاصله حداکثر یک سال.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shift_dialogs.py" line="413"/>
        <source>At most %n shift(s) from %1 to %2.</source>
        <translation>
            <numerusform>حداکثر %n شیفت از %1 تا %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="428"/>
        <source>Line %1: the shift must end after it starts.</source>
        <translation>سطر %1: پایان شیفت باید بعد از شروع آن باشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="433"/>
        <source>Add at least one line.</source>
        <translation>دست‌کم یک سطر اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="437"/>
        <source>The last day comes before the first.</source>
        <translation>روز آخر پیش از روز اول است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="440"/>
        <source>Shifts can be created for at most a year at once.</source>
        <translation>شیفت‌ها را در یک بار حداکثر برای یک سال می‌توان ایجاد کرد.</translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="55"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
</context>
<context>
    <name>VisitFormWidget</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="79"/>
        <source>Scan or type the card code, then Enter</source>
        <translation>کد کارت را اسکن یا تایپ کنید، سپس Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="84"/>
        <source>Anonymous (F6)</source>
        <translation>ناشناس (F6)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="86"/>
        <source>New visitor (F7)</source>
        <translation>مراجع جدید (F7)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="88"/>
        <source>Print card</source>
        <translation>چاپ کارت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="91"/>
        <source>Sheet of new cards</source>
        <translation>برگه کارت‌های جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="93"/>
        <source>Print ten new card codes on one A4 sheet, to cut and hand out. A card becomes a visitor&apos;s when its code is first entered at the desk.</source>
        <translation>ده کد کارت جدید را روی یک برگه A4 چاپ می‌کند تا بریده و به مراجعان داده شوند. هر کارت وقتی کدش برای اولین بار در پذیرش وارد شود، به یک مراجع تعلق می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="111"/>
        <location filename="../welcome_point/ui/visit_form.py" line="164"/>
        <source>Group size</source>
        <translation>تعداد افراد گروه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="112"/>
        <source>Interpreter needed</source>
        <translation>نیاز به مترجم شفاهی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="121"/>
        <source>Refer to… type part of a partner&apos;s name, then Enter</source>
        <translation>ارجاع به… بخشی از نام سازمان همکار را تایپ کنید، سپس Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="132"/>
        <source>Delete removes the selected referral</source>
        <translation>Delete ارجاع انتخاب‌شده را حذف می‌کند</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="135"/>
        <source>Save visit (Ctrl+Enter)</source>
        <translation>ذخیره مراجعه (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="138"/>
        <source>Clear (Esc)</source>
        <translation>پاک کردن (Esc)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="161"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="162"/>
        <source>Age</source>
        <translation>سن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="163"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="165"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="178"/>
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="199"/>
        <source>Topics: keys 1–9 and 0, Alt+underlined letter, or arrow keys and Space</source>
        <translation>موضوع‌ها: کلیدهای 1–9 و 0، Alt+حرف زیرخط‌دار، یا کلیدهای جهت‌نما و Space</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="238"/>
        <source>No card? Press F6 for an anonymous visit or F7 for a new card.</source>
        <translation>کارت ندارد؟ برای مراجعه ناشناس F6 و برای کارت جدید F7 را بزنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="289"/>
        <source>Returning visitor.</source>
        <translation>مراجعه مجدد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="291"/>
        <source>Anonymous visit.</source>
        <translation>مراجعه ناشناس.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="329"/>
        <source>Editing the visit of %1</source>
        <translation>ویرایش مراجعه ساعت %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="331"/>
        <source>In conversation: arrived %1, called %2</source>
        <translation>در حال گفتگو: ورود ساعت %1، فراخوانی ساعت %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="334"/>
        <source>Walk-in visit since %1</source>
        <translation>مراجعه بدون نوبت از ساعت %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="336"/>
        <source>New visit</source>
        <translation>مراجعه جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="378"/>
        <source>The card code could not be checked. Please try again.</source>
        <translation>کد کارت بررسی نشد. لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="385"/>
        <source>New card: this visitor is recorded for the first time.</source>
        <translation>کارت جدید: این مراجع برای اولین بار ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="397"/>
        <source>Returning visitor: age, gender and language filled in.</source>
        <translation>مراجعه مجدد: سن، جنسیت و زبان پر شد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="407"/>
        <source>New card issued: give the visitor the printed card.</source>
        <translation>کارت جدید صادر شد: کارت چاپ‌شده را به مراجع بدهید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="417"/>
        <source>Anonymous visit: nothing is linked to a card.</source>
        <translation>مراجعه ناشناس: هیچ چیزی به کارتی وصل نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="456"/>
        <source>No partner organisation matches “%1”.</source>
        <translation>هیچ سازمان همکاری با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="518"/>
        <source>Choose at least one topic.</source>
        <translation>دست‌کم یک موضوع انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="519"/>
        <source>Choose the language of the conversation from the list.</source>
        <translation>زبان گفتگو را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="520"/>
        <source>The group size must be between 1 and 20.</source>
        <translation>تعداد افراد گروه باید بین 1 و 20 باشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="521"/>
        <source>A time lies in the future or before 2015, or the conversation ends before it starts. Please check the computer&apos;s clock.</source>
        <translation>یکی از زمان‌ها در آینده یا پیش از 2015 است، یا گفتگو پیش از شروعش تمام می‌شود. لطفاً ساعت رایانه را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="523"/>
        <source>A referral names a partner that is not (or no longer) in the directory. Remove it and choose another.</source>
        <translation>یکی از ارجاع‌ها به سازمان همکاری اشاره دارد که در فهرست سازمان‌ها نیست (یا دیگر نیست). آن را حذف کنید و سازمان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="525"/>
        <source>The follow-up date lies before the visit.</source>
        <translation>تاریخ پیگیری پیش از تاریخ مراجعه است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="526"/>
        <location filename="../welcome_point/ui/visit_form.py" line="527"/>
        <location filename="../welcome_point/ui/visit_form.py" line="528"/>
        <source>Choose a value from the list.</source>
        <translation>یک مقدار را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="529"/>
        <source>The volunteer at the desk is not known; please choose again.</source>
        <translation>داوطلب حاضر در پذیرش شناخته نشد؛ لطفاً دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="530"/>
        <source>This card code was not issued here. Check it, or use “New visitor”.</source>
        <translation>این کد کارت اینجا صادر نشده است. آن را بررسی کنید یا از «مراجع جدید» استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="531"/>
        <source>This person is no longer waiting.</source>
        <translation>این شخص دیگر در انتظار نیست.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="533"/>
        <source>The visit could not be saved; nothing was changed.</source>
        <translation>مراجعه ذخیره نشد؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Arrived</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Waiting</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Visitor</source>
        <translation>مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="122"/>
        <source>Minutes from arrival to the start of the conversation</source>
        <translation>زمان از ورود تا شروع گفتگو، به دقیقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="123"/>
        <source>Minutes of the conversation</source>
        <translation>مدت گفتگو، به دقیقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="124"/>
        <source>People who came together</source>
        <translation>تعداد افرادی که با هم آمدند</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="125"/>
        <source>Referrals made during the visit</source>
        <translation>ارجاع‌های داده‌شده در این مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="126"/>
        <source>First visit with a card, returning card holder, or anonymous</source>
        <translation>مراجعه اول با کارت، مراجعه مجدد دارنده کارت، یا ناشناس</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>First visit</source>
        <translation>مراجعه اول</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>Returning</source>
        <translation>مراجعه مجدد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="129"/>
        <source>Anonymous</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="130"/>
        <source>Yes</source>
        <translation>بله</translation>
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
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="169"/>
        <source>Click to sort by this column</source>
        <translation>برای مرتب‌سازی بر اساس این ستون کلیک کنید</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="312"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;خروجی CSV…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="313"/>
        <source>Save the visits of this list as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>ذخیره مراجعه‌های این فهرست به صورت فایل CSV برای برنامه صفحه‌گسترده (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="322"/>
        <source>First day of the period</source>
        <translation>روز اول بازه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="323"/>
        <source>Last day of the period</source>
        <translation>روز آخر بازه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="324"/>
        <source>First day of the period (Ctrl+F comes here)</source>
        <translation>روز اول بازه (Ctrl+F به اینجا می‌آید)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="325"/>
        <source>&amp;All dates</source>
        <translation>&amp;همه تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="326"/>
        <source>From the first visit ever recorded to today</source>
        <translation>از نخستین مراجعه ثبت‌شده تا امروز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="328"/>
        <source>All topics</source>
        <translation>همه موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="332"/>
        <source>All languages</source>
        <translation>همه زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="338"/>
        <source>&amp;Reset filters</source>
        <translation>&amp;بازنشانی فیلترها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="339"/>
        <source>The last %1 days, every topic, language and volunteer</source>
        <translation>%1 روز گذشته، همه موضوع‌ها، زبان‌ها و داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="342"/>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="347"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="349"/>
        <source>&amp;to:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>To&amp;pic:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="356"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;داوطلب:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="367"/>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="390"/>
        <source>Reset filters</source>
        <translation>بازنشانی فیلترها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="541"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="591"/>
        <source>All volunteers</source>
        <translation>همه داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="612"/>
        <source>This column cannot be sorted; sort by arrival, waiting time, duration or group size.</source>
        <translation>این ستون قابل مرتب‌سازی نیست؛ بر اساس ورود، زمان انتظار، مدت یا تعداد افراد گروه مرتب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="643"/>
        <source>Visits: %1</source>
        <translation>مراجعه‌ها: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="647"/>
        <location filename="../welcome_point/ui/visits_page.py" line="674"/>
        <source>Visits: ?</source>
        <translation>مراجعه‌ها: ؟</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="655"/>
        <source>No visits recorded yet</source>
        <translation>هنوز هیچ مراجعه‌ای ثبت نشده است</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="656"/>
        <source>Visits saved at the Desk appear here, newest first.</source>
        <translation>مراجعه‌هایی که در پذیرش ذخیره می‌شوند اینجا نمایش داده می‌شوند، جدیدترین در بالا.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="659"/>
        <source>No visit matches these filters</source>
        <translation>هیچ مراجعه‌ای با این فیلترها مطابقت ندارد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="661"/>
        <source>Choose a longer period (“All dates” shows every visit) or fewer filters.</source>
        <translation>بازه طولانی‌تری انتخاب کنید («همه تاریخ‌ها» همه مراجعه‌ها را نشان می‌دهد) یا فیلترهای کمتری به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="668"/>
        <source>Sorting by this column works on at most %1 visits. Choose a shorter period; the list is sorted by arrival again.</source>
        <translation>مرتب‌سازی بر اساس این ستون حداکثر برای %1 مراجعه کار می‌کند. بازه کوتاه‌تری انتخاب کنید؛ فهرست دوباره بر اساس زمان ورود مرتب می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="675"/>
        <source>The visits could not be read</source>
        <translation>مراجعه‌ها خوانده نشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Visit number</source>
        <translation>شماره مراجعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Arrived</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Waiting (min)</source>
        <translation>انتظار (دقیقه)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Duration (min)</source>
        <translation>مدت (دقیقه)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Group size</source>
        <translation>تعداد افراد گروه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="706"/>
        <source>Visitor</source>
        <translation>مراجع</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="724"/>
        <location filename="../welcome_point/ui/visits_page.py" line="767"/>
        <source>Export visits</source>
        <translation>خروجی گرفتن از مراجعه‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="725"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="746"/>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="751"/>
        <source>Exporting… %1 visits written</source>
        <translation>در حال خروجی گرفتن… %1 مراجعه نوشته شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="758"/>
        <source>%1 visits exported to %2</source>
        <translation>خروجی %1 مراجعه در %2 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="765"/>
        <source>The export failed; no file was written.</source>
        <translation>خروجی گرفتن ناموفق بود؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="768"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>فایل نوشته نشد.

%1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Residence &amp; asylum</source>
        <translation>اقامت و پناهندگی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Housing</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>German courses</source>
        <translation>کلاس‌های زبان آلمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Work &amp; training</source>
        <translation>کار و آموزش حرفه‌ای</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>School &amp; childcare</source>
        <translation>مدرسه و مهدکودک</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>کمک‌هزینه‌ها و اداره کار (Jobcenter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Family &amp; reunification</source>
        <translation>خانواده و الحاق خانواده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="78"/>
        <source>Letters &amp; forms</source>
        <translation>نامه‌ها و فرم‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="79"/>
        <source>Leisure &amp; community</source>
        <translation>اوقات فراغت و جامعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="80"/>
        <source>Volunteering</source>
        <translation>کار داوطلبانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>Donations</source>
        <translation>کمک‌های اهدایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>Other topic</source>
        <translation>موضوع دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>German</source>
        <translation>آلمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Farsi/Dari</source>
        <translation>فارسی/دری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Ukrainian</source>
        <translation>اوکراینی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>Turkish</source>
        <translation>ترکی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Kurdish</source>
        <translation>کردی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Tigrinya</source>
        <translation>تیگرینیا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Somali</source>
        <translation>سومالیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Pashto</source>
        <translation>پشتو</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="98"/>
        <source>Albanian</source>
        <translation>آلبانیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="99"/>
        <source>Romanian</source>
        <translation>رومانیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="100"/>
        <source>Bulgarian</source>
        <translation>بلغاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="101"/>
        <source>Spanish</source>
        <translation>اسپانیایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="102"/>
        <source>Other language</source>
        <translation>زبان دیگر</translation>
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
        <translation>سن ذکر نشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="115"/>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="116"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="117"/>
        <source>Diverse</source>
        <translation>دیگر (متنوع)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>Gender not stated</source>
        <translation>جنسیت ذکر نشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>European Union</source>
        <translation>اتحادیه اروپا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other Europe</source>
        <translation>سایر کشورهای اروپایی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Middle East</source>
        <translation>خاورمیانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="126"/>
        <source>North Africa</source>
        <translation>شمال آفریقا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="127"/>
        <source>Sub-Saharan Africa</source>
        <translation>آفریقای جنوب صحرا</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="128"/>
        <source>Central and South Asia</source>
        <translation>آسیای میانه و جنوبی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Other region</source>
        <translation>منطقه دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Region not stated</source>
        <translation>منطقه ذکر نشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="134"/>
        <source>Advice given</source>
        <translation>مشاوره داده شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="135"/>
        <source>Referred</source>
        <translation>ارجاع داده شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="136"/>
        <source>Appointment arranged</source>
        <translation>وقت ملاقات گرفته شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Asked to come back</source>
        <translation>قرار شد دوباره مراجعه کند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Not resolved</source>
        <translation>حل نشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Authority</source>
        <translation>اداره دولتی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Counselling</source>
        <translation>مشاوره</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Language course</source>
        <translation>کلاس زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Health service</source>
        <translation>خدمات درمانی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Housing service</source>
        <translation>خدمات مسکن</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="147"/>
        <source>Legal aid</source>
        <translation>کمک حقوقی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="148"/>
        <source>Education</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="149"/>
        <source>Labour market</source>
        <translation>بازار کار</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Community &amp; leisure</source>
        <translation>جامعه و اوقات فراغت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Other service</source>
        <translation>خدمات دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="155"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="156"/>
        <source>Followed up</source>
        <translation>پیگیری شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Completed</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Not reached</source>
        <translation>تماس برقرار نشد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="162"/>
        <source>Desk</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="183"/>
        <source>Coordinator</source>
        <translation>هماهنگ‌کننده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="168"/>
        <source>Native</source>
        <translation>زبان مادری</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Fluent</source>
        <translation>روان</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Basic</source>
        <translation>مقدماتی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="174"/>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="175"/>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="176"/>
        <source>Attended</source>
        <translation>حاضر شد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="190"/>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="191"/>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="192"/>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="193"/>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="194"/>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="195"/>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="196"/>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="200"/>
        <source>New visitor</source>
        <translation>مراجع جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="201"/>
        <source>Returning visitor</source>
        <translation>مراجع بازگشتی</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="34"/>
        <source>Overlaps another shift</source>
        <translation>هم‌زمان با شیفت دیگر</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="35"/>
        <source>Already on this shift</source>
        <translation>از قبل در این شیفت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="36"/>
        <source>More than the daily limit</source>
        <translation>بیش از سقف روزانه</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="37"/>
        <source>Less than the rest time</source>
        <translation>کمتر از زمان استراحت</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="38"/>
        <source>Not active</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="39"/>
        <source>Has left</source>
        <translation>همکاری را ترک کرده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="45"/>
        <source>Assigned</source>
        <translation>تخصیص‌یافته</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="47"/>
        <source>Swapped</source>
        <translation>تعویض‌شده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="48"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>No-show</source>
        <translation>نیامد</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="46"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="182"/>
        <source>Volunteer</source>
        <translation>داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="184"/>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="185"/>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>New volunteer</source>
        <translation>داوطلب جدید</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>Edit volunteer</source>
        <translation>ویرایش داوطلب</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="226"/>
        <source>As the team knows them, e.g. Amira H.</source>
        <translation>نامی که تیم با آن می‌شناسد، مثلاً امیره ح.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Given on</source>
        <translation>داده‌شده در</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Consent given on</source>
        <translation>تاریخ رضایت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="237"/>
        <source>Needed before a phone number or e-mail address is saved.</source>
        <translation>پیش از ذخیره شماره تلفن یا نشانی ایمیل لازم است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="240"/>
        <source>Joined on</source>
        <translation>تاریخ پیوستن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="241"/>
        <source>Left on</source>
        <translation>تاریخ ترک همکاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="243"/>
        <source>Acti&amp;ve: can be planned for shifts</source>
        <translation>&amp;فعال: می‌توان برای شیفت‌ها برنامه‌ریزی کرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="282"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="284"/>
        <source>&amp;Phone:</source>
        <translation>&amp;تلفن:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="285"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="286"/>
        <source>C&amp;onsent:</source>
        <translation>&amp;رضایت:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="288"/>
        <source>&amp;Joined on:</source>
        <translation>تاریخ &amp;پیوستن:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="290"/>
        <source>Le&amp;ft:</source>
        <translation>ترک &amp;همکاری:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="292"/>
        <source>Roles:</source>
        <translation>نقش‌ها:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="306"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;زبان‌های مورد استفاده:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="371"/>
        <source>“%1” is not a known language: choose one from the list.</source>
        <translation>«%1» زبان شناخته‌شده‌ای نیست: یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="375"/>
        <source>%1 is listed twice.</source>
        <translation>%1 دو بار آمده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="387"/>
        <source>Enter the name the team knows the volunteer by.</source>
        <translation>نامی را وارد کنید که تیم داوطلب را با آن می‌شناسد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="394"/>
        <source>A phone number or e-mail address can only be saved with the date the volunteer consented: tick “Given on” and enter the date, or leave both empty.</source>
        <translation>شماره تلفن یا نشانی ایمیل را فقط همراه با تاریخ رضایت داوطلب می‌توان ذخیره کرد: «داده‌شده در» را علامت بزنید و تاریخ را وارد کنید، یا هر دو را خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="398"/>
        <source>The consent date lies in the future.</source>
        <translation>تاریخ رضایت در آینده است.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="402"/>
        <source>The volunteer cannot leave before joining.</source>
        <translation>تاریخ ترک همکاری نمی‌تواند پیش از تاریخ پیوستن باشد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="406"/>
        <source>Tick at least one role.</source>
        <translation>دست‌کم یک نقش را علامت بزنید.</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Joined</source>
        <translation>پیوستن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Left</source>
        <translation>ترک همکاری</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
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
        <translation>رضایتی ثبت نشده است: هیچ شماره تلفن یا نشانی ایمیلی نگه‌داری نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="171"/>
        <source>Search by name… (Ctrl+F)</source>
        <translation>جستجو بر اساس نام… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="173"/>
        <source>Search volunteers by name</source>
        <translation>جستجوی داوطلبان بر اساس نام</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="175"/>
        <source>Speaks</source>
        <translation>صحبت به زبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="177"/>
        <source>&amp;Speaks:</source>
        <translation>&amp;صحبت به زبان:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="179"/>
        <source>Show &amp;inactive</source>
        <translation>&amp;نمایش غیرفعال‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="180"/>
        <source>Sho&amp;w phone numbers</source>
        <translation>نمایش &amp;شماره تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="181"/>
        <source>Phone numbers are hidden so that nobody reads them over your shoulder; they show until you leave the program.</source>
        <translation>شماره تلفن‌ها پنهان هستند تا کسی از پشت سر شما آن‌ها را نخواند؛ تا وقتی از برنامه خارج نشوید نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="183"/>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="184"/>
        <source>A new volunteer (Ctrl+N)</source>
        <translation>یک داوطلب جدید (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="185"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="186"/>
        <source>Edit the selected volunteer (Enter)</source>
        <translation>ویرایش داوطلب انتخاب‌شده (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="187"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="394"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;غیرفعال کردن…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="188"/>
        <source>Hours &amp;certificate…</source>
        <translation>&amp;گواهی ساعت‌ها…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="189"/>
        <source>A certificate of the selected volunteer&apos;s hours (PDF)</source>
        <translation>گواهی ساعت‌های کار داوطلب انتخاب‌شده (PDF)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="190"/>
        <source>Shifts as calendar (.ics)…</source>
        <translation>شیفت‌ها به صورت تقویم (.ics)…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="191"/>
        <source>The selected volunteer&apos;s shifts as a calendar file for their phone or computer</source>
        <translation>شیفت‌های داوطلب انتخاب‌شده به صورت فایل تقویم برای گوشی یا رایانه‌اش</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="209"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="485"/>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="346"/>
        <source>No volunteers yet: add the first with New (Ctrl+N). Record the languages they speak, so that the shift plan can show who covers Arabic, Dari or Ukrainian.</source>
        <translation>هنوز هیچ داوطلبی ثبت نشده است: نخستین داوطلب را با «جدید» (Ctrl+N) اضافه کنید. زبان‌هایی را که صحبت می‌کنند ثبت کنید تا برنامه شیفت‌ها نشان دهد چه کسی عربی، دری یا اوکراینی را پوشش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="351"/>
        <source>No volunteer matches “%1”.</source>
        <translation>هیچ داوطلبی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="353"/>
        <source>Nobody here speaks %1 yet.</source>
        <translation>هنوز کسی اینجا به زبان %1 صحبت نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="356"/>
        <source>All volunteers are inactive: tick “Show inactive” to see them.</source>
        <translation>همه داوطلبان غیرفعال هستند: برای دیدن آن‌ها «نمایش غیرفعال‌ها» را علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="360"/>
        <source>%1 of %2 volunteers shown · %3 inactive not shown</source>
        <translation>%1 داوطلب از %2 نمایش داده می‌شود · %3 داوطلب غیرفعال نمایش داده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="364"/>
        <source>%1 of %2 volunteers shown</source>
        <translation>%1 داوطلب از %2 نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="390"/>
        <source>&amp;Reactivate…</source>
        <translation>&amp;فعال‌سازی دوباره…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="391"/>
        <source>The selected volunteer is back: they can be planned again</source>
        <translation>داوطلب انتخاب‌شده برگشته است: دوباره می‌توان او را برای شیفت‌ها برنامه‌ریزی کرد</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="395"/>
        <source>The selected volunteer has left (Delete); their hours are kept</source>
        <translation>داوطلب انتخاب‌شده همکاری را ترک کرده است (Delete)؛ ساعت‌هایش حفظ می‌شوند</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="470"/>
        <source>Reactivate “%1”? They can be planned for shifts again.</source>
        <translation>«%1» دوباره فعال شود؟ دوباره می‌توان او را برای شیفت‌ها برنامه‌ریزی کرد.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="473"/>
        <source>The date they left (%1) is cleared.</source>
        <translation>تاریخ ترک همکاری (%1) پاک می‌شود.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="476"/>
        <source>Reactivate volunteer</source>
        <translation>فعال‌سازی دوباره داوطلب</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="23"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="231"/>
        <source>%1
today</source>
        <translation>%1
امروز</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="268"/>
        <source>Morning</source>
        <translation>صبح</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="270"/>
        <source>Afternoon</source>
        <translation>بعدازظهر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="271"/>
        <source>Evening</source>
        <translation>عصر</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="278"/>
        <source>%1 – understaffed</source>
        <translation>%1 – کمبود نیرو</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="281"/>
        <source>%1 – %2 missing</source>
        <translation>%1 – کمبود %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="282"/>
        <source>%1 – covered</source>
        <translation>%1 – پوشش کامل</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="291"/>
        <source>wanted: %1</source>
        <translation>مورد نیاز: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="298"/>
        <source>about %1 %2 visits expected, no speaker</source>
        <translation>حدود %1 مراجعه به زبان %2 انتظار می‌رود، کسی این زبان را نمی‌داند</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="311"/>
        <source>(erased)</source>
        <translation>(پاک‌شده)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="317"/>
        <source>Wanted:</source>
        <translation>مورد نیاز:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="322"/>
        <source>Demand:</source>
        <translation>نیاز:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="336"/>
        <source>Wanted languages: %1</source>
        <translation>زبان‌های مورد نیاز: %1</translation>
    </message>
</context>
</TS>
