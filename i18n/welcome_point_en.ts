<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../welcome_point/ui/about.py" line="20"/>
        <source>Welcome Point Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="21"/>
        <source>Records visits, plans volunteer shifts and writes anonymised reports for walk-in advice desks for refugees and migrants. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="26"/>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="33"/>
        <source>About Welcome Point Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>Change account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="248"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="250"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="253"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="254"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="255"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="256"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="257"/>
        <source>optional, 6 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="259"/>
        <source>Linked volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="260"/>
        <source>– none –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="271"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="275"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="276"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="279"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="280"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="281"/>
        <source>P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="282"/>
        <source>Repeat P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="283"/>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="284"/>
        <source>The volunteer this person is: for checking in to their own shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="298"/>
        <source>Volunteer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="311"/>
        <source>The desk, and checking in to one&apos;s own shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="312"/>
        <source>Also visits, referrals, volunteers and shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="313"/>
        <source>Also reports, the partner directory and the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="314"/>
        <source>Everything, also accounts, privacy, backups and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="328"/>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="332"/>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="336"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="341"/>
        <source>A PIN has at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="345"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Waiting until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="382"/>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="419"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="427"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="422"/>
        <source>Everyone who uses the app signs in with an account of their own. The role decides what they see; a PIN lets them take over the desk quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="434"/>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="436"/>
        <source>&amp;Role and volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="438"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="440"/>
        <source>P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="442"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="497"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="444"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="445"/>
        <source>Lift the wait after too many failed sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="498"/>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="534"/>
        <source>Account “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="546"/>
        <source>Account “%1” changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="553"/>
        <source>New password for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="556"/>
        <source>The password of “%1” was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="563"/>
        <source>PIN of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="566"/>
        <source>The PIN of “%1” was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="578"/>
        <source>Account “%1” deactivated: it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="579"/>
        <source>Account “%1” activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="591"/>
        <source>“%1” can sign in again at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="56"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="57"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="58"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="59"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="60"/>
        <source>Desk user switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="61"/>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="62"/>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="63"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="64"/>
        <source>PIN changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="65"/>
        <source>First admin created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="66"/>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="67"/>
        <source>CSV exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="68"/>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="69"/>
        <source>Reports merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="70"/>
        <source>Visit deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="71"/>
        <source>Shift deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="72"/>
        <source>Organisation archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="73"/>
        <source>Volunteer deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="74"/>
        <source>Visitor erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="75"/>
        <source>Volunteer erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="76"/>
        <source>Retention run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="77"/>
        <source>Backup taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="78"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="79"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="80"/>
        <source>Demo data written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="81"/>
        <source>Account locked after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="169"/>
        <source>Every sign-in, export, deletion, erasure, restore and change of settings, by account number. Entries can be neither changed nor removed; each one seals the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="175"/>
        <source>Show only this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="176"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="182"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="186"/>
        <source>&amp;Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="188"/>
        <source>Recompute every entry&apos;s seal: shows whether any entry was changed or removed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="201"/>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="203"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="208"/>
        <location filename="../welcome_point/ui/audit_log.py" line="305"/>
        <source>The audit log is empty. Sign-ins, exports, erasures, restores and changed settings appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="214"/>
        <source>Load &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Welcome Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="240"/>
        <source>Setting: auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="241"/>
        <source>Setting: keep visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="242"/>
        <source>Setting: keep volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="243"/>
        <source>Setting: retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="244"/>
        <source>Setting: extra backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="245"/>
        <source>Setting: suppression threshold k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="302"/>
        <source>No entries of this action. Choose “All actions” to see every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="309"/>
        <source>%1 entries shown, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="310"/>
        <source>%1 newest entries shown; older ones load on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="324"/>
        <source>Checking every entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="335"/>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="341"/>
        <source>The audit log was tampered with: entry %1 does not match its seal, so it or an entry before it was changed or removed after it was written. Restore a backup from before that time to see the original entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="104"/>
        <source>Every copy is taken with SQLite&apos;s backup function and checked before it counts. The app takes one every 30 minutes when something changed, on exit and before restores and retention runs, and keeps 12 recent, 10 daily and 9 monthly copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="110"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="112"/>
        <source>Take a verified copy of the database now (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="114"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="115"/>
        <source>Replace the current data with the chosen copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="117"/>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="118"/>
        <source>Restore a copy from a USB stick or another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>yes, intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="136"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="143"/>
        <source>No backups yet. The first one is taken 30 minutes after the first change, or now with “Back up now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="149"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="160"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="306"/>
        <source>Extra backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="152"/>
        <source>A second copy of every backup goes here as well, e.g. to a USB stick kept somewhere else. When the folder is missing, the backup is still taken; only the copy is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="159"/>
        <source>No extra folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="161"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="163"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="186"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="187"/>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="188"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="189"/>
        <source>Before a retention run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="190"/>
        <source>Before an erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="191"/>
        <source>Before a program update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="192"/>
        <source>Before demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="193"/>
        <source>Before demo data replaced real data (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="237"/>
        <source>Taking a backup and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="245"/>
        <source>Backup taken and checked: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="249"/>
        <source>The copy into the extra backup folder failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="262"/>
        <source>Restore the backup taken %1?

First the current data is kept aside as a copy in the data folder, so nothing is lost. Then the backup replaces it: everything entered after %1 is no longer shown. The window reloads its pages afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="271"/>
        <source>Welcome Point backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="272"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="283"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="276"/>
        <source>Restore the backup %1?

It is checked first. Then the current data is kept aside as a copy in the data folder, so nothing is lost, and the backup replaces it. The window reloads its pages afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="288"/>
        <source>Restoring… Please wait; do not close the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="296"/>
        <source>Restored from %1. The data from before the restore was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="320"/>
        <source>Saved. The next backup is copied there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="321"/>
        <source>Saved. Backups stay in the data folder only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="523"/>
        <source>Assign a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="524"/>
        <source>Who takes the shift on %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="526"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="527"/>
        <source>Who takes over from %3 on %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="533"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="541"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="543"/>
        <source>Only &amp;free volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="545"/>
        <source>Spea&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="548"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="559"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="574"/>
        <source>Greyed volunteers cannot take this shift; the reason is in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="604"/>
        <source>No active volunteer speaks this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="605"/>
        <source>There are no active volunteers yet. Add them on the Volunteers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="633"/>
        <source>%1 cannot take this shift: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Last shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="462"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="486"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="487"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCode</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="551"/>
        <source>Type or scan a card code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="552"/>
        <source>A card code has 10 characters (like K7MXP-Q4TAC): a character is missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="554"/>
        <source>This is not a card code: cards use only the letters and digits printed on them (no 0, O, 1, I or L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="557"/>
        <source>The code does not add up: probably a typing error. Please compare it with the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <location filename="../welcome_point/app.py" line="205"/>
        <source>The database is damaged. It was moved aside; nothing was deleted.

Restore the newest backup that passed its check (%1)? What was entered after it is not in that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="250"/>
        <source>Backup taken, but the copy into the extra backup folder failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="256"/>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="203"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="207"/>
        <source>No visits yet today. Saved visits appear here; Enter edits the selected one, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="211"/>
        <source>Edit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="212"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="287"/>
        <source>Choose a language from the list, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="306"/>
        <location filename="../welcome_point/ui/desk_page.py" line="517"/>
        <source>Save or clear the current visit first (Ctrl+Enter or Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="327"/>
        <source>Select the person who left in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="329"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="330"/>
        <source>Remove the selected person from the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="360"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="405"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="407"/>
        <source>Visit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="416"/>
        <source>Clear the form first (Esc), then undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="425"/>
        <source>Undone: the visit is back in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="490"/>
        <source>Today&apos;s visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="499"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="535"/>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="536"/>
        <source>Delete the selected visit with its topics and referrals? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="547"/>
        <source>Visit deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="557"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="38"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="39"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="42"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="43"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="44"/>
        <source>What to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="45"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="46"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="47"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="48"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="256"/>
        <source>Search name, address, category, topic, language… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="258"/>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="259"/>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="260"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="261"/>
        <source>A new partner organisation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="263"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="264"/>
        <location filename="../welcome_point/ui/directory_page.py" line="459"/>
        <source>Archi&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="265"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="266"/>
        <source>Add organisations from a CSV file (UTF-8, separated by ; or ,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="268"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="269"/>
        <source>Save the whole directory as a CSV file (while it is empty: a template to fill in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="285"/>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="333"/>
        <source>Details of the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="421"/>
        <source>No partner organisations yet: add one with New (Ctrl+N) or import a CSV file (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="424"/>
        <source>No organisation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="426"/>
        <source>All organisations are archived: tick “Show archived” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="430"/>
        <source>%1 of %2 organisations shown · %3 archived not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="434"/>
        <source>%1 of %2 organisations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="458"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="471"/>
        <source>Example – please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="472"/>
        <source>Invented example data: check every detail, then untick “Example” when editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="475"/>
        <source>Archived: not offered at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="479"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="481"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="483"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="485"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="488"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="490"/>
        <source>What to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="492"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="494"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="548"/>
        <location filename="../welcome_point/ui/directory_page.py" line="575"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="566"/>
        <source>Archive organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="567"/>
        <source>Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. You can restore it later (tick “Show archived”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="593"/>
        <source>Import partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="594"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="599"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="616"/>
        <location filename="../welcome_point/ui/directory_page.py" line="619"/>
        <location filename="../welcome_point/ui/directory_page.py" line="632"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="617"/>
        <source>The file holds no organisations; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="620"/>
        <source>%n organisation(s) imported. Imported entries are not marked as examples; check them as you use them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="629"/>
        <source>%1

Nothing was imported.</source>
        <comment>%1: why the file was refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="630"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="665"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="638"/>
        <source>Export partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="639"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="646"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="655"/>
        <source>%n organisation(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="664"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryProblems</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="60"/>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="61"/>
        <source>The category is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="62"/>
        <source>“%1” is not a known category. Use a category code such as authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="66"/>
        <source>“%1” is not a phone number: use digits, spaces and + / - ( ) only, at least 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="69"/>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="70"/>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="72"/>
        <source>“%1” is not a known topic. Separate topic codes with | (for example residence|housing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="75"/>
        <source>“%1” is not a known language. Separate language codes with | (for example de|en|ar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="78"/>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="80"/>
        <source>The text contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="82"/>
        <source>“%1” is neither yes nor no (leave the cell empty for no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="84"/>
        <source>The row has a different number of cells than the header line: a separator is missing or one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="87"/>
        <source>A value stands in a column without a heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="89"/>
        <source>The header line has no column “%1”; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="91"/>
        <source>The column “%1” is not known. Known columns: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="94"/>
        <source>The column “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="96"/>
        <source>The same organisation (name and address) is already on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="98"/>
        <source>“%1” with this address is already in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="100"/>
        <source>The row is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="109"/>
        <source>The file is larger than 2 MB; a directory file is much smaller. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="112"/>
        <source>The file has more than 5,000 rows; a directory file has far fewer. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="115"/>
        <source>Line %1 is not UTF-8 text. In your spreadsheet program, save the file as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="118"/>
        <source>The file is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="121"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="122"/>
        <source>Line %1 cannot be read as CSV (check the quotation marks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="128"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="28"/>
        <source>Erase a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="32"/>
        <source>%1 will be erased for good: the record and everything that names it. Visits and hours stay only as anonymous counts. A backup is taken first; this cannot be undone in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="36"/>
        <source>Type %1 again to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="40"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="43"/>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="22"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="26"/>
        <source>Welcome Point Desk is already open on this data folder. Use that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>The database file is damaged. It was moved aside, nothing was deleted; restore the newest backup (Data &amp; privacy page, or: welcome-point restore FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="34"/>
        <source>Your account may not do this; nothing was read or changed. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="37"/>
        <source>The data folder cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="39"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="43"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="46"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="438"/>
        <source>Missing languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="466"/>
        <source>%1 – understaffed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="683"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="688"/>
        <source>History of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="699"/>
        <source>Nobody has been assigned to this shift yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="191"/>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="195"/>
        <source>Nothing was imported: the header line of the file has problems. Correct them and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="198"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the file (or delete those rows) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="230"/>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="154"/>
        <source>Type a language…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="176"/>
        <source>Wanted languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="197"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="198"/>
        <source>No language wanted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="168"/>
        <source>&amp;Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="169"/>
        <source>Another language this volunteer speaks (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="117"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="120"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="124"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="125"/>
        <source>Remove this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="432"/>
        <source>Deactivate volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="434"/>
        <source>Deactivate “%1”? They are no longer offered for shifts and at the desk; their past shifts and hours are kept. You can reactivate them later (tick “Show inactive”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="438"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="440"/>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="447"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="406"/>
        <source>Welcome Point Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="417"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="87"/>
        <source>Welcome Point Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="94"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="132"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="136"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="137"/>
        <source>Lock the app (Ctrl+L): the next person signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="168"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="169"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="170"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="171"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="172"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="173"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="175"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="176"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="177"/>
        <source>Data &amp; privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="275"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="278"/>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="283"/>
        <source>Set my P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="285"/>
        <source>My &amp;shift today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="287"/>
        <source>Print &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="313"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="318"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="321"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="355"/>
        <source>No Welcome Point set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="359"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="373"/>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="376"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="433"/>
        <source>%1 (%2)</source>
        <comment>username (role)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="475"/>
        <location filename="../welcome_point/ui/main_window.py" line="595"/>
        <source>Visit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="476"/>
        <source>The visit in the form is not saved yet; locking the app loses it. Lock anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="555"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="565"/>
        <source>My PIN for the quick switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="596"/>
        <source>The visit in the form is not saved yet. Close anyway? (A person called from the queue keeps their place.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyShiftDialog</name>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="50"/>
        <source>My shift today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="52"/>
        <source>My shifts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="54"/>
        <source>You have no shift today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="57"/>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="60"/>
        <source>Check &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="93"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="96"/>
        <source>checked out at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="98"/>
        <source>checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="101"/>
        <source>%1 · %2 · %3</source>
        <comment>time span · shift role · state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="140"/>
        <source>Checked in. Thank you for coming!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="152"/>
        <source>Checked out. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="157"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="158"/>
        <source>Print referral slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="166"/>
        <source>New partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="167"/>
        <source>Edit partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="180"/>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="182"/>
        <source>Street and number, postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="186"/>
        <source>e.g. Mon–Fri 9–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="195"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="197"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="198"/>
        <source>Example data – not yet checked (untick once you have checked the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>&amp;Opening hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>What to &amp;bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Languages spoken:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="115"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="117"/>
        <source>Example – please check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerCountsModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="193"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="195"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="135"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="136"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="137"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="143"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="145"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="147"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Weak: longer is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="163"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="168"/>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="172"/>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="176"/>
        <source>The two passwords differ. Type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="189"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="190"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="191"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="192"/>
        <source>No PIN (sign in with the password only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="194"/>
        <source>A PIN has 6 to 12 digits. It serves the quick switch at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="200"/>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="201"/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="223"/>
        <source>Enter your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="229"/>
        <source>A PIN has at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="233"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Hours certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Certificate for the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="230"/>
        <location filename="../welcome_point/ui/printing.py" line="259"/>
        <source>Shifts as calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="231"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="260"/>
        <source>The calendar file was written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="268"/>
        <location filename="../welcome_point/ui/printing.py" line="275"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="276"/>
        <source>The PDF was written but no viewer could open it. Open it yourself from:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="47"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="48"/>
        <source>Where to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="49"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="50"/>
        <location filename="../welcome_point/ui/printing.py" line="59"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="51"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="52"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="53"/>
        <source>Please bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="54"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="55"/>
        <source>Scan for the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="58"/>
        <source>Please bring this card to your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="283"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="284"/>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="285"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="286"/>
        <source>no shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="287"/>
        <source>Week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="288"/>
        <source>Printed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="289"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="290"/>
        <source>Internal – contains phone numbers, do not post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="291"/>
        <source>Week {week}, {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="292"/>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="295"/>
        <source>Volunteer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="296"/>
        <source>We hereby confirm the voluntary work of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="297"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="298"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="299"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="300"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="301"/>
        <source>For {count} shifts no arrival or departure time was recorded; the planned times are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="304"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="305"/>
        <source>NRW volunteer card (Ehrenamtskarte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="306"/>
        <source>We thank them for their commitment and their reliable support of our visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="308"/>
        <source>Place, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="309"/>
        <source>Signature, stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="310"/>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="311"/>
        <source>The Welcome Point confirms this certificate on request when given the verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="315"/>
        <source>requirement met (at least {year} hours a year or {week} hours a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="317"/>
        <source>requirement not met (at least {year} hours a year or {week} hours a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="319"/>
        <source>{role} at {site}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="251"/>
        <source>Card code (pseudonym on the visitor&apos;s card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="252"/>
        <source>Day of the first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="253"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="254"/>
        <source>Gender (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="255"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="256"/>
        <source>Coarse region of origin (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="257"/>
        <source>Link of a visit to the visitor&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="258"/>
        <source>Time of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="259"/>
        <source>Start of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="260"/>
        <source>End of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="261"/>
        <source>Number of people in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="262"/>
        <source>Language of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="263"/>
        <source>Whether an interpreter was needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="264"/>
        <source>Outcome of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="265"/>
        <source>Topics of the visit (e.g. housing, health)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="266"/>
        <source>Partner organisation referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="267"/>
        <source>Topic of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="268"/>
        <source>Status of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="269"/>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="270"/>
        <source>Time of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="271"/>
        <source>Time of the last status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="272"/>
        <source>Time of arrival in the waiting queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="273"/>
        <source>Language asked for in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="274"/>
        <source>Card code of a person waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="275"/>
        <source>Time the person was called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="276"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="277"/>
        <source>Phone number (with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="278"/>
        <source>E-mail address (with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="279"/>
        <source>Day of joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="280"/>
        <source>Day of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="281"/>
        <source>Day of the consent to store contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="282"/>
        <source>Whether the volunteer is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="283"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="284"/>
        <source>Level of each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="285"/>
        <source>Roles (desk, interpreter, coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="286"/>
        <source>Shifts a volunteer is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="287"/>
        <source>Attendance status of a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="288"/>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="289"/>
        <source>Check-out time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="290"/>
        <source>History of shift changes (who)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="291"/>
        <source>Swaps: the other volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="292"/>
        <source>Time of a shift change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="293"/>
        <source>Kind of shift change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="294"/>
        <source>Volunteers present at a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="295"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="296"/>
        <source>Role of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="297"/>
        <source>Password hash (argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="298"/>
        <source>PIN hash (argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="299"/>
        <source>Link of the account to a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="300"/>
        <source>Whether the account may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="301"/>
        <source>Time the account was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="302"/>
        <source>Failed sign-ins in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="303"/>
        <source>Sign-in delay after failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="304"/>
        <source>Account that acted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="305"/>
        <source>Time of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="306"/>
        <source>Kind of action (sign-in, export, erasure, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="307"/>
        <source>Kind of object acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="308"/>
        <source>Id of the object acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="338"/>
        <source>Advice desk: visits and pseudonymous visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="340"/>
        <source>Advising newcomers, referring them to partner organisations, following up referrals and recognising returning visitors by their card, without their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="343"/>
        <source>Visitors of the Welcome Point (newcomers, with their families)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="347"/>
        <source>Staff and volunteers of the Welcome Point, each as far as their role needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="349"/>
        <source>Referral slips go to the visitor, who decides whether to show them; nothing is sent to partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="353"/>
        <source>A visitor&apos;s record and card code are erased {months} months after their last visit; their visits remain only as anonymous visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="356"/>
        <source>No names: a random card code with a check character, coarse age band and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="361"/>
        <source>Volunteer management and shift planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="363"/>
        <source>Planning shifts by language and role, contacting volunteers, recording attendance and issuing certificates of voluntary work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="366"/>
        <source>Volunteers of the Welcome Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="370"/>
        <source>Coordinators and staff of the Welcome Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="372"/>
        <source>Certificates and rosters go to the volunteers themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="375"/>
        <source>A volunteer&apos;s record is erased {months} months after they left; their hours remain only in anonymous totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="378"/>
        <source>Phone and e-mail are stored only with a recorded consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="383"/>
        <source>User accounts and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="384"/>
        <source>Signing in with a role, and accountability for sign-ins, exports, deletions, erasures, restores and changed settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="387"/>
        <source>Users of the program (staff, coordinators, volunteers at the desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="390"/>
        <source>Administrators of the Welcome Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="392"/>
        <source>An account is deleted by an administrator, or with the erasure of the volunteer it belongs to. The audit log keeps only account ids and action codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="395"/>
        <source>The audit log is append-only and hash-chained; it holds ids, never names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="400"/>
        <source>Anonymous monthly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="401"/>
        <source>Reporting the work of the Welcome Point to its funders and the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="403"/>
        <source>None: reports hold counts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="406"/>
        <source>Funders, the city and the coordinating office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="408"/>
        <source>Reports are anonymous and are kept as long as they are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="410"/>
        <source>Counts below {k} are suppressed, with complementary suppression so that they cannot be recomputed from totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="414"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept, also in a second folder; erased records leave the backups as the copies rotate out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="418"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept; erased records leave the backups as the copies rotate out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="423"/>
        <source>Passwords and PINs are stored only as argon2id hashes; sign-ins are delayed after repeated failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="426"/>
        <source>Four roles (volunteer, coordinator, staff, administrator), checked by the program for every operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="429"/>
        <source>The screen locks after {minutes} minutes without input and hides all personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="432"/>
        <source>Audit log of sign-ins, exports, deletions, erasures, restores and settings changes, append-only and hash-chained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="435"/>
        <source>Deleted records are overwritten in the database file (SQLite secure_delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="438"/>
        <source>Retention periods are applied automatically at every start and daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="440"/>
        <source>Reports suppress counts below k = {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="442"/>
        <source>The data folder is readable by its user only; log files hold no personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyCommon</name>
    <message>
        <location filename="../welcome_point/ui/privacy_common.py" line="63"/>
        <source>Your account may not do this; nothing was read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="50"/>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="51"/>
        <source>R&amp;etention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="52"/>
        <source>Access and era&amp;sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="53"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingRecordBox</name>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="54"/>
        <source>Record of processing (GDPR Art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="58"/>
        <source>What personal data this program keeps, why, for whom and how long: generated from the database and the current settings, so it always matches what the program does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="65"/>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="66"/>
        <source>The record is shown when the database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="67"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="68"/>
        <source>Copy the record as text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="70"/>
        <source>Save as PDF or te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="117"/>
        <location filename="../welcome_point/ui/privacy_processing.py" line="219"/>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="118"/>
        <source>Generated on %1 from the program&apos;s database and its current settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="120"/>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="124"/>
        <source>(the name of this Welcome Point is not set yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="125"/>
        <source>(the address is not set yet; enter it under “This Welcome Point”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="129"/>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="130"/>
        <source>Data subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="132"/>
        <source>Categories of data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="134"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="135"/>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="137"/>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="139"/>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="141"/>
        <source>Technical and organisational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="186"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="192"/>
        <source>Text file (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="193"/>
        <source>record-of-processing.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="194"/>
        <source>Save the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="208"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="211"/>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="60"/>
        <source>Language needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="62"/>
        <source>Card code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="64"/>
        <source>Arrival (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="68"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="72"/>
        <source>Nobody is waiting. Press F2 when someone arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="75"/>
        <source>Next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="76"/>
        <source>Left without visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="82"/>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="86"/>
        <source>Language needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="97"/>
        <source>At the desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="105"/>
        <source>language not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="106"/>
        <source>%1 · waiting %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="109"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="117"/>
        <source>Queue: %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/referrals_page.py" line="132"/>
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="136"/>
        <source>Status changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="160"/>
        <source>%1 – overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="163"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="247"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="248"/>
        <source>Per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="271"/>
        <source>To do: open and followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="272"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="275"/>
        <source>Completed in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="276"/>
        <source>Not reached in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="277"/>
        <source>All (closed ones of the last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="287"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="290"/>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="297"/>
        <location filename="../welcome_point/ui/referrals_page.py" line="628"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="326"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="340"/>
        <source>Next follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="341"/>
        <source>Followed &amp;up (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="342"/>
        <source>The partner or the visitor was contacted; the next follow-up is on the date chosen beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="343"/>
        <source>Set &amp;date (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="344"/>
        <source>Move the next follow-up to the date chosen beside it, without changing the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="345"/>
        <source>&amp;Completed (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="346"/>
        <source>The visitor got the help they were referred for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="347"/>
        <source>Not &amp;reached (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="348"/>
        <source>Neither the visitor nor the partner could be reached; nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="349"/>
        <source>Print slip… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="350"/>
        <source>A referral slip with the partner&apos;s address and what to bring, in two languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="352"/>
        <source>Next follow-up &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="379"/>
        <source>Referrals &amp;made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>Referrals per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="397"/>
        <source>Enter or a double click on a partner lists its referrals under Follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="441"/>
        <source>Shown: %1, overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="444"/>
        <source>No open referrals. Referrals are made at the desk when a visit is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="445"/>
        <source>No referrals match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="463"/>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="480"/>
        <source>Referrals: %1, partners: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="566"/>
        <source>%1: marked “%2” on %3. Next follow-up on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="569"/>
        <source>%1: marked “%2” on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="573"/>
        <source>%1: next follow-up moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="575"/>
        <source>%1: next follow-up moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="35"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="36"/>
        <source>City report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="37"/>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="47"/>
        <source>1,234.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="48"/>
        <source>Figures of {count} Welcome Points: {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="49"/>
        <source>Made on {date} · small counts hidden below k = {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="50"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="51"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="52"/>
        <source>Visitors (distinct cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="53"/>
        <source>New visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="54"/>
        <source>Anonymous visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="55"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="56"/>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="57"/>
        <source>Active volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="58"/>
        <source>Shifts planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="59"/>
        <source>Shifts understaffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="60"/>
        <source>{site} had fewer than {visits} visits this month (twice k = {k}), so only the key figures are published: tables of so few visits could single people out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="63"/>
        <source>Visits by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="64"/>
        <source>Visits by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="65"/>
        <source>Visits by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="66"/>
        <source>Visits by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="67"/>
        <source>Visits by weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="68"/>
        <source>Visits of new and returning visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="70"/>
        <source>Referrals by kind of service and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="72"/>
        <source>Visits by language and age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="74"/>
        <source>Visits by topic and weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="75"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="76"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="77"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="78"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="79"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="80"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="81"/>
        <source>Kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="83"/>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="84"/>
        <source>A visit about several topics counts once for each topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="87"/>
        <source>&lt;{k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="88"/>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="89"/>
        <source>{primary}: between 1 and {k_minus_1} · {complementary}: hidden so that a small count cannot be worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="92"/>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="93"/>
        <source>Counts from 1 to {k_minus_1} are not published; they are shown as &quot;{primary}&quot; (k = {k}). A small group of people could be recognised by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="96"/>
        <source>Where a hidden count could be worked out from the other counts of its table, row or column and their total, more counts are hidden as well; they are shown as &quot;{complementary}&quot;. No hidden count can be calculated from the published figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="100"/>
        <source>Zeros are shown: a zero reveals nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="101"/>
        <source>A month with fewer than {visits} visits (twice k) publishes only the key figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="103"/>
        <source>Topics are counted once per visit and topic: a visit about housing and health counts under both, so the topics add up to more than the visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="106"/>
        <source>Visits count visits, not people. Distinct visitors count the pseudonymous visitor cards seen in the month; anonymous visits count among the visits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="109"/>
        <source>Volunteer figures are totals only; nothing is shown per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="111"/>
        <source>This report adds up the reports of {count} Welcome Points. A sum with a hidden part is hidden, and the rules are applied again to the sums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="114"/>
        <source>The same figures are in the CSV files and the JSON file (format welcome-point-monthly, version 1); SHA256SUMS lists a checksum of each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="117"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="118"/>
        <source>Welcome Point monthly report: {site}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="119"/>
        <source>Hello,

attached are the anonymised figures of {site} for {period}: a PDF to read, CSV files for spreadsheets and a JSON file for the city&apos;s records. The files hold counts only, no names or contact details; counts below {k} are hidden.

Best regards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="167"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="169"/>
        <source>Anonymised figures of a month for the city and the partner cities. What you see here is exactly what is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="177"/>
        <source>Counting the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="188"/>
        <source>Previous month (Page Up, Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="190"/>
        <source>Next month (Page Down, Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="196"/>
        <source>Month of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="199"/>
        <source>Welcome Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="204"/>
        <source>Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="209"/>
        <source>Counts from 1 to k − 1 are hidden (shown as “&lt;k”), and as many others as it takes that none of them can be worked out from the totals. A month with fewer than 2 × k visits publishes its key figures only. k is set on the Settings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="214"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="219"/>
        <source>&amp;Welcome Point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="222"/>
        <source>PDF in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="229"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="231"/>
        <source>Write the report to a USB stick or a folder (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="232"/>
        <source>E-mail &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="234"/>
        <source>Write the report and an e-mail with the files attached, and open it in the mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="235"/>
        <source>Mer&amp;ge reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="237"/>
        <source>Combine the JSON reports of several Welcome Points for one month into a city report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="243"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="263"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="272"/>
        <location filename="../welcome_point/ui/reports_page.py" line="273"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="327"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="357"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="421"/>
        <location filename="../welcome_point/ui/reports_page.py" line="612"/>
        <source>All Welcome Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="504"/>
        <source>Counting the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="559"/>
        <source>The report could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="571"/>
        <source>k = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="572"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="583"/>
        <source>No visits were recorded in %1. Pick another month with the arrows, Page Up or Page Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="618"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="659"/>
        <source>Hidden so that a small number cannot be worked out from the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="660"/>
        <source>Fewer than %1: hidden so that nobody can be singled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="709"/>
        <source>Total below %1: not published, every count is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="741"/>
        <source>%1 – %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="747"/>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="756"/>
        <source>Where to write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="786"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="796"/>
        <source>Reports to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="797"/>
        <source>Monthly reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="801"/>
        <source>Where to write the city report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="807"/>
        <source>Merging the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="836"/>
        <source>The city report was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="838"/>
        <source>The report was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="842"/>
        <source>E-mail draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="846"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="848"/>
        <location filename="../welcome_point/ui/reports_page.py" line="852"/>
        <source>E-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="849"/>
        <source>The files were written, but the e-mail draft could not be:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="853"/>
        <source>The e-mail draft was written but no mail program could open it. Open it yourself from:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="864"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="867"/>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="874"/>
        <source>The reports were not merged; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="876"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Merge reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="880"/>
        <source>The files could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="52"/>
        <source>Records are kept only as long as they are needed. The app erases old records by itself at start and once a day; the anonymous counts in the reports stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="57"/>
        <source>How long records are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="60"/>
        <source>Months without a visit before a visitor is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="61"/>
        <location filename="../welcome_point/ui/privacy_retention.py" line="63"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="62"/>
        <source>Months after leaving before a volunteer is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="64"/>
        <source>Visitors with no visit for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="66"/>
        <source>Volunteers who left, after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="69"/>
        <source>Their card code and details are erased; their visits stay, without a link to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="71"/>
        <source>Name, contact data and languages are erased; their hours remain only in anonymous totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="72"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="81"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="85"/>
        <source>&amp;Run now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="87"/>
        <source>Erase now every record that is past its time (a backup is taken first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="137"/>
        <source>Not run yet on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="139"/>
        <source>Last run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="148"/>
        <source>Saved. The next run uses the new periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="159"/>
        <source>Erase now every visitor with no visit for %1 months and every volunteer who left more than %2 months ago? A backup is taken first. This cannot be undone in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="168"/>
        <source>Run retention now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="175"/>
        <source>Erasing records past their time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="183"/>
        <source>Done: %1 visitors and %2 volunteers erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="95"/>
        <source>Print roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="97"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="98"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="102"/>
        <source>For the notice board: first names only, no phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="108"/>
        <source>Roster for a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="109"/>
        <source>Containing the day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Switch language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="95"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="102"/>
        <source>This Welcome Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="111"/>
        <source>e.g. Mon–Fri 10–16, Sat 10–14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="112"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="113"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="114"/>
        <source>Opening hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="115"/>
        <location filename="../welcome_point/ui/settings_page.py" line="137"/>
        <location filename="../welcome_point/ui/settings_page.py" line="157"/>
        <location filename="../welcome_point/ui/settings_page.py" line="178"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="117"/>
        <source>Printed on visitor cards and referral slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="127"/>
        <source>Shifts and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="133"/>
        <source>At most hours per day and volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="134"/>
        <source>At least hours of rest between two days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="135"/>
        <source>Ehrenamtskarte: hours per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="136"/>
        <source>… or hours per week on average:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="140"/>
        <source>Assignments that break the first two are refused with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="150"/>
        <source>Monthly reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="155"/>
        <source>Counts from 1 to k − 1 are hidden in the monthly report; a month with fewer than 2 × k visits publishes its key figures only. 5 is usual; a larger k hides more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="159"/>
        <source>Smaller counts are hidden in the reports for the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="165"/>
        <source>Suppression threshold k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="170"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="174"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="176"/>
        <source>Without a key press or a mouse movement for this long, the window locks and hides all personal data until someone signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="180"/>
        <source>The screen faces the public: it locks when nobody uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="186"/>
        <source>Lock automatically after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="191"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="194"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="203"/>
        <source>Welcome Point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="204"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="205"/>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="206"/>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="207"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="208"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="238"/>
        <location filename="../welcome_point/ui/settings_page.py" line="268"/>
        <location filename="../welcome_point/ui/settings_page.py" line="284"/>
        <location filename="../welcome_point/ui/settings_page.py" line="303"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="326"/>
        <source>No Welcome Point set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visitors with a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="334"/>
        <source>Shift assignments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="296"/>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="300"/>
        <source>This is the first start. The administrator creates the accounts of everyone else. The password protects the personal data of visitors and volunteers: choose a long one and keep it safe. It cannot be recovered; without it, nobody can manage the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="305"/>
        <source>Username of the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="307"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="308"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="314"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="315"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="317"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="319"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="349"/>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="351"/>
        <source>Too short: at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="353"/>
        <source>Weak: longer, or mix letters, digits and signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="355"/>
        <source>Fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="357"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="370"/>
        <source>Enter a username for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="374"/>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="378"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="130"/>
        <source>This volunteer already has a shift at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="132"/>
        <source>This volunteer is already on this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="134"/>
        <source>This shift would take the volunteer over the daily limit of %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="137"/>
        <source>Between this shift and another one the volunteer would have less than the rest time of %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="140"/>
        <source>This volunteer is marked as not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="142"/>
        <source>This volunteer has left the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="667"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="669"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="672"/>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="670"/>
        <source>%1, replaced by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="673"/>
        <source>%1, in place of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="350"/>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="519"/>
        <source>&amp;Week plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="520"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="521"/>
        <source>&amp;Gaps (next 4 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="531"/>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="532"/>
        <source>Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="534"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="535"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="538"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="539"/>
        <source>Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="546"/>
        <source>Print roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="548"/>
        <source>Create from templates… (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="563"/>
        <source>Shifts of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="589"/>
        <source>Create from templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="645"/>
        <source>Volunteers on this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="649"/>
        <source>&amp;Assign… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="651"/>
        <source>S&amp;wap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="652"/>
        <source>Another volunteer takes over; the change stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="654"/>
        <source>&amp;Cancel assignment… (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="656"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="658"/>
        <source>Delete shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="675"/>
        <source>Language demand this week (from the visits of the last 8 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="677"/>
        <source>Language demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="686"/>
        <source>Suggested volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="687"/>
        <source>Assign &amp;suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="689"/>
        <source>Other speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="709"/>
        <source>One click when a volunteer arrives and leaves; the hours come from these times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="728"/>
        <source>Gaps in the next four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="734"/>
        <source>No gaps in the next four weeks: every shift has its people and its wanted languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="742"/>
        <source>Show in the &amp;week (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="744"/>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="823"/>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="825"/>
        <source>No shifts planned for this week. Create them from the weekly templates (Ctrl+T), then assign volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="852"/>
        <source>Language demand is shown once the week has shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="854"/>
        <source>Every language that visitors usually bring in this week&apos;s slots has a speaker on the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="865"/>
        <source>%1: about %2 %3 visits expected, no speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="872"/>
        <source>%1 – suggest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="873"/>
        <source>%1 – no free speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="877"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="888"/>
        <source>No shifts today. Shifts are planned under Week plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="898"/>
        <source>Add volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="899"/>
        <source>Someone came who was not planned for this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="905"/>
        <source>Nobody is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="925"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="926"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="927"/>
        <source>No-show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="935"/>
        <source>A no-show can be recorded once the shift has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="950"/>
        <source>in %1, out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="953"/>
        <source>checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="961"/>
        <source>Shifts with gaps: %1, of them understaffed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1001"/>
        <source>No shift selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1002"/>
        <source>Choose a shift in the week (arrow keys or a click) to assign volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1015"/>
        <source>Wanted languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1016"/>
        <source>No particular language wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shifts_page.py" line="1055"/>
        <source>%n shift(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1056"/>
        <source>No new shifts: they all exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1096"/>
        <source>Take %1 off the shift on %2, %3? The cancellation stays in the shift&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1099"/>
        <source>Cancel assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1121"/>
        <source>Delete the shift on %1, %2? Its planned assignments are removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1124"/>
        <source>Delete shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1183"/>
        <source>Record that %1 did not come? The shift then counts as not worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1185"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1231"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="129"/>
        <location filename="../welcome_point/ui/login.py" line="148"/>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="131"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="132"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="133"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="134"/>
        <source>6 or more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="135"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="137"/>
        <source>P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="139"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <location filename="../welcome_point/ui/login.py" line="189"/>
        <source>Quick switch with PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="188"/>
        <source>Sign in with password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="235"/>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="239"/>
        <source>A PIN has at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="243"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="257"/>
        <source>The username or the PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="259"/>
        <source>The username or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="280"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="283"/>
        <source>Too many failed attempts. Please wait %1 before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="68"/>
        <source>Everything the database holds about one visitor card or one volunteer: to answer a request for access (Art. 15 GDPR) or to erase the record on request (Art. 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="73"/>
        <source>&amp;Visitor card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="74"/>
        <source>V&amp;olunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="80"/>
        <source>e.g. K7MXP-Q4TAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="81"/>
        <source>Card code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="87"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="91"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="102"/>
        <source>&amp;Export JSON and PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="103"/>
        <source>Write the record shown as JSON and PDF into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="105"/>
        <source>E&amp;rase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="107"/>
        <source>Erase the record shown for good (asks to type it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="123"/>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="125"/>
        <source>Enter a card code or choose a volunteer, then press Show. The record appears here exactly as it will be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="154"/>
        <source>%1 (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="156"/>
        <source>%1 – left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="159"/>
        <source>No volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="185"/>
        <source>This is not a card code: it has 10 characters (letters and digits, shown as two groups of five); check it on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="218"/>
        <source>Folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="226"/>
        <source>Writing the JSON file and the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="237"/>
        <source>Written into %1: %2. Hand them to the person in person or by a secure way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="247"/>
        <source>The visitor with the card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="249"/>
        <source>Volunteer no. %1 (with their user accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="252"/>
        <source>Not erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="254"/>
        <source>Taking a backup, then erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="269"/>
        <source>Erased: the card code no longer exists; the visits stay as anonymous visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="272"/>
        <source>Erased: the volunteer&apos;s record and accounts are gone; their hours stay in the anonymous totals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectText</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="32"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="33"/>
        <source>Card code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="34"/>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="35"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="36"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="37"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="38"/>
        <source>Region of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="39"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="40"/>
        <source>Kept until (unless seen again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="41"/>
        <source>Kept until (counted from leaving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="42"/>
        <source>Access rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="44"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="45"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="46"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="47"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="48"/>
        <source>Consent to contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="49"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="50"/>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="51"/>
        <source>Shifts attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="52"/>
        <source>Of these, from planned times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="53"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="54"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="55"/>
        <source>Waiting queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="56"/>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="57"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="58"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="59"/>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="60"/>
        <source>Shift changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="61"/>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="62"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="63"/>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="64"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="65"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="66"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="67"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="68"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="69"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="70"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="71"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="72"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="73"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="75"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="76"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="77"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="78"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="79"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="80"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="81"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="82"/>
        <source>Object no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="83"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="84"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="85"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="86"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="87"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="88"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="89"/>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="90"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="91"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="92"/>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="93"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="187"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="188"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="124"/>
        <source>Visitor card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="125"/>
        <source>Volunteer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="140"/>
        <source>Compiled %1. Exactly this goes into the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="153"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="186"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="164"/>
        <source>… and %1 more rows; the export holds them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="180"/>
        <source>Information on the data stored about a visitor card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="181"/>
        <source>Information on the data stored about a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="182"/>
        <source>This document lists everything the Welcome Point&apos;s database held about you on {date} (Art. 15 GDPR). A machine-readable copy of the same data is the JSON file of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="185"/>
        <source>Compiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="189"/>
        <source>Page {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="230"/>
        <source>Create shifts from templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="234"/>
        <source>Each line is a shift that repeats every week. Shifts that already exist (same day, times and role) are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Min. staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="240"/>
        <source>Wanted languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="241"/>
        <source>Shift templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="248"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="250"/>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="252"/>
        <source>Back to the &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>The next 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="270"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="271"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="274"/>
        <source>&amp;Create for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="277"/>
        <source>&amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="279"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="292"/>
        <source>Create shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="408"/>
        <source>Choose a first day before the last one, at most a year apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shift_dialogs.py" line="413"/>
        <source>At most %n shift(s) from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="428"/>
        <source>Line %1: the shift must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="433"/>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="437"/>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="440"/>
        <source>Shifts can be created for at most a year at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="55"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitFormWidget</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="79"/>
        <source>Scan or type the card code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="84"/>
        <source>Anonymous (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="86"/>
        <source>New visitor (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="88"/>
        <source>Print card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="91"/>
        <source>Sheet of new cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="93"/>
        <source>Print ten new card codes on one A4 sheet, to cut and hand out. A card becomes a visitor&apos;s when its code is first entered at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="111"/>
        <location filename="../welcome_point/ui/visit_form.py" line="164"/>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="112"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="121"/>
        <source>Refer to… type part of a partner&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="132"/>
        <source>Delete removes the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="135"/>
        <source>Save visit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="138"/>
        <source>Clear (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="161"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="162"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="163"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="165"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="178"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="199"/>
        <source>Topics: keys 1–9 and 0, Alt+underlined letter, or arrow keys and Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="238"/>
        <source>No card? Press F6 for an anonymous visit or F7 for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="289"/>
        <source>Returning visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="291"/>
        <source>Anonymous visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="329"/>
        <source>Editing the visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="331"/>
        <source>In conversation: arrived %1, called %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="334"/>
        <source>Walk-in visit since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="336"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="378"/>
        <source>The card code could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="385"/>
        <source>New card: this visitor is recorded for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="397"/>
        <source>Returning visitor: age, gender and language filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="407"/>
        <source>New card issued: give the visitor the printed card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="417"/>
        <source>Anonymous visit: nothing is linked to a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="456"/>
        <source>No partner organisation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="518"/>
        <source>Choose at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="519"/>
        <source>Choose the language of the conversation from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="520"/>
        <source>The group size must be between 1 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="521"/>
        <source>A time lies in the future or before 2015, or the conversation ends before it starts. Please check the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="523"/>
        <source>A referral names a partner that is not (or no longer) in the directory. Remove it and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="525"/>
        <source>The follow-up date lies before the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="526"/>
        <location filename="../welcome_point/ui/visit_form.py" line="527"/>
        <location filename="../welcome_point/ui/visit_form.py" line="528"/>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="529"/>
        <source>The volunteer at the desk is not known; please choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="530"/>
        <source>This card code was not issued here. Check it, or use “New visitor”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="531"/>
        <source>This person is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="533"/>
        <source>The visit could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="122"/>
        <source>Minutes from arrival to the start of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="123"/>
        <source>Minutes of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="124"/>
        <source>People who came together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="125"/>
        <source>Referrals made during the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="126"/>
        <source>First visit with a card, returning card holder, or anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="129"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="130"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="131"/>
        <source>, </source>
        <comment>between the items of a list in one cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="132"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="169"/>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="312"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="313"/>
        <source>Save the visits of this list as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="322"/>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="323"/>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="324"/>
        <source>First day of the period (Ctrl+F comes here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="325"/>
        <source>&amp;All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="326"/>
        <source>From the first visit ever recorded to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="328"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="332"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="338"/>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="339"/>
        <source>The last %1 days, every topic, language and volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="342"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="347"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="349"/>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="356"/>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="367"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="390"/>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="541"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="591"/>
        <source>All volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="612"/>
        <source>This column cannot be sorted; sort by arrival, waiting time, duration or group size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="643"/>
        <source>Visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="647"/>
        <location filename="../welcome_point/ui/visits_page.py" line="674"/>
        <source>Visits: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="655"/>
        <source>No visits recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="656"/>
        <source>Visits saved at the Desk appear here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="659"/>
        <source>No visit matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="661"/>
        <source>Choose a longer period (“All dates” shows every visit) or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="668"/>
        <source>Sorting by this column works on at most %1 visits. Choose a shorter period; the list is sorted by arrival again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="675"/>
        <source>The visits could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Visit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Waiting (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="706"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="724"/>
        <location filename="../welcome_point/ui/visits_page.py" line="767"/>
        <source>Export visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="725"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="746"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="751"/>
        <source>Exporting… %1 visits written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="758"/>
        <source>%1 visits exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="765"/>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="768"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Residence &amp; asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>German courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Work &amp; training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>School &amp; childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Family &amp; reunification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="78"/>
        <source>Letters &amp; forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="79"/>
        <source>Leisure &amp; community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="80"/>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>Other topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Farsi/Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Kurdish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="98"/>
        <source>Albanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="99"/>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="100"/>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="101"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="102"/>
        <source>Other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="106"/>
        <source>0–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="107"/>
        <source>18–26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="108"/>
        <source>27–39</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="109"/>
        <source>40–59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="110"/>
        <source>60+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="111"/>
        <source>Age not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="115"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="116"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="117"/>
        <source>Diverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>Gender not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Middle East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="126"/>
        <source>North Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="127"/>
        <source>Sub-Saharan Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="128"/>
        <source>Central and South Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Other region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Region not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="134"/>
        <source>Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="135"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="136"/>
        <source>Appointment arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Asked to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Language course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Housing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="147"/>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="148"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="149"/>
        <source>Labour market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Community &amp; leisure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="155"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="156"/>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="162"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="183"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="168"/>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Fluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="174"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="175"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="176"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="190"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="191"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="192"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="193"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="194"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="195"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="196"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="200"/>
        <source>New visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="201"/>
        <source>Returning visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="34"/>
        <source>Overlaps another shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="35"/>
        <source>Already on this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="36"/>
        <source>More than the daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="37"/>
        <source>Less than the rest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="38"/>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="39"/>
        <source>Has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="45"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="47"/>
        <source>Swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="48"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="46"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="182"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="184"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="185"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>Edit volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="226"/>
        <source>As the team knows them, e.g. Amira H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="237"/>
        <source>Needed before a phone number or e-mail address is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="240"/>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="241"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="243"/>
        <source>Acti&amp;ve: can be planned for shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="282"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="284"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="285"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="286"/>
        <source>C&amp;onsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="288"/>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="290"/>
        <source>Le&amp;ft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="292"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="306"/>
        <source>&amp;Languages spoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="371"/>
        <source>“%1” is not a known language: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="375"/>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="387"/>
        <source>Enter the name the team knows the volunteer by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="394"/>
        <source>A phone number or e-mail address can only be saved with the date the volunteer consented: tick “Given on” and enter the date, or leave both empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="398"/>
        <source>The consent date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="402"/>
        <source>The volunteer cannot leave before joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="406"/>
        <source>Tick at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="86"/>
        <source>%1 (%2)</source>
        <comment>language code (level)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="116"/>
        <source>No consent recorded: no phone number or e-mail address is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="171"/>
        <source>Search by name… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="173"/>
        <source>Search volunteers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="175"/>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="177"/>
        <source>&amp;Speaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="179"/>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="180"/>
        <source>Sho&amp;w phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="181"/>
        <source>Phone numbers are hidden so that nobody reads them over your shoulder; they show until you leave the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="183"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="184"/>
        <source>A new volunteer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="185"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="186"/>
        <source>Edit the selected volunteer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="187"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="394"/>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="188"/>
        <source>Hours &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="189"/>
        <source>A certificate of the selected volunteer&apos;s hours (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="190"/>
        <source>Shifts as calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="191"/>
        <source>The selected volunteer&apos;s shifts as a calendar file for their phone or computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="209"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="485"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="346"/>
        <source>No volunteers yet: add the first with New (Ctrl+N). Record the languages they speak, so that the shift plan can show who covers Arabic, Dari or Ukrainian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="351"/>
        <source>No volunteer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="353"/>
        <source>Nobody here speaks %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="356"/>
        <source>All volunteers are inactive: tick “Show inactive” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="360"/>
        <source>%1 of %2 volunteers shown · %3 inactive not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="364"/>
        <source>%1 of %2 volunteers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="390"/>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="391"/>
        <source>The selected volunteer is back: they can be planned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="395"/>
        <source>The selected volunteer has left (Delete); their hours are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="470"/>
        <source>Reactivate “%1”? They can be planned for shifts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="473"/>
        <source>The date they left (%1) is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="476"/>
        <source>Reactivate volunteer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="23"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="231"/>
        <source>%1
today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="268"/>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="270"/>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="271"/>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="278"/>
        <source>%1 – understaffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="281"/>
        <source>%1 – %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="282"/>
        <source>%1 – covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="291"/>
        <source>wanted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="298"/>
        <source>about %1 %2 visits expected, no speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="311"/>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="317"/>
        <source>Wanted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="322"/>
        <source>Demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="336"/>
        <source>Wanted languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
