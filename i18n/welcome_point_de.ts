<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Erfasst Besuche, plant Schichten der Ehrenamtlichen und erstellt anonymisierte Berichte für offene Beratungsangebote für Geflüchtete und Zugewanderte. Funktioniert ohne Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="26"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="33"/>
        <source>About Welcome Point Desk</source>
        <translation>Über Welcome Point Desk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="247"/>
        <source>Change account</source>
        <translation>Konto ändern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="248"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="250"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="253"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="254"/>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="255"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="256"/>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="257"/>
        <source>optional, 6 to 12 digits</source>
        <translation>optional, 6 bis 12 Ziffern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="259"/>
        <source>Linked volunteer</source>
        <translation>Verknüpfte ehrenamtliche Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="260"/>
        <source>– none –</source>
        <translation>– keine –</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="271"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="275"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="276"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="279"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="280"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="281"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="282"/>
        <source>Repeat P&amp;IN:</source>
        <translation>PIN wieder&amp;holen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="283"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Ehrenamtliche:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="284"/>
        <source>The volunteer this person is: for checking in to their own shifts.</source>
        <translation>Welche ehrenamtliche Person das ist: damit sie bei ihren eigenen Schichten Kommen und Gehen erfassen kann.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="298"/>
        <source>Volunteer no. %1</source>
        <translation>Ehrenamtliche Person Nr. %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="311"/>
        <source>The desk, and checking in to one&apos;s own shifts.</source>
        <translation>Der Empfang und das Erfassen von Kommen und Gehen bei den eigenen Schichten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="312"/>
        <source>Also visits, referrals, volunteers and shifts.</source>
        <translation>Zusätzlich Besuche, Vermittlungen, Ehrenamtliche und Schichten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="313"/>
        <source>Also reports, the partner directory and the settings.</source>
        <translation>Zusätzlich Berichte, das Partnerverzeichnis und die Einstellungen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="314"/>
        <source>Everything, also accounts, privacy, backups and the audit log.</source>
        <translation>Alles, auch Benutzerkonten, Datenschutz, Sicherungen und das Protokoll.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="328"/>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="332"/>
        <source>The password needs at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="336"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="341"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>Eine PIN hat mindestens 6 Ziffern.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="345"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie die PIN erneut ein.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="357"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="358"/>
        <source>Waiting until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="374"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="382"/>
        <source>no. %1</source>
        <translation>Nr. %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="419"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="427"/>
        <source>Accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="422"/>
        <source>Everyone who uses the app signs in with an account of their own. The role decides what they see; a PIN lets them take over the desk quickly.</source>
        <translation>Alle, die die App nutzen, melden sich mit einem eigenen Konto an. Die Rolle bestimmt, was sie sehen; mit einer PIN können sie den Empfang schnell übernehmen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="434"/>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="436"/>
        <source>&amp;Role and volunteer…</source>
        <translation>&amp;Rolle und ehrenamtliche Person…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="438"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="440"/>
        <source>P&amp;IN…</source>
        <translation>P&amp;IN…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="442"/>
        <location filename="../welcome_point/ui/accounts_page.py" line="497"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="444"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="445"/>
        <source>Lift the wait after too many failed sign-ins.</source>
        <translation>Die Wartezeit nach zu vielen fehlgeschlagenen Anmeldungen aufheben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="498"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="534"/>
        <source>Account “%1” created.</source>
        <translation>Konto „%1“ angelegt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="546"/>
        <source>Account “%1” changed.</source>
        <translation>Konto „%1“ geändert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="553"/>
        <source>New password for “%1”</source>
        <translation>Neues Passwort für „%1“</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="556"/>
        <source>The password of “%1” was reset.</source>
        <translation>Das Passwort von „%1“ wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="563"/>
        <source>PIN of “%1”</source>
        <translation>PIN von „%1“</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="566"/>
        <source>The PIN of “%1” was changed.</source>
        <translation>Die PIN von „%1“ wurde geändert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="578"/>
        <source>Account “%1” deactivated: it can no longer sign in.</source>
        <translation>Konto „%1“ deaktiviert: Damit ist keine Anmeldung mehr möglich.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="579"/>
        <source>Account “%1” activated.</source>
        <translation>Konto „%1“ aktiviert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="591"/>
        <source>“%1” can sign in again at once.</source>
        <translation>„%1“ kann sich sofort wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="56"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="57"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="58"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="59"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="60"/>
        <source>Desk user switched</source>
        <translation>Benutzerwechsel am Empfang</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="61"/>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="62"/>
        <source>Account changed</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="63"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="64"/>
        <source>PIN changed</source>
        <translation>PIN geändert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="65"/>
        <source>First admin created</source>
        <translation>Erstes Administrationskonto angelegt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="66"/>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="67"/>
        <source>CSV exported</source>
        <translation>CSV exportiert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="68"/>
        <source>Subject access export</source>
        <translation>Auskunft (Art. 15 DSGVO) exportiert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="69"/>
        <source>Reports merged</source>
        <translation>Berichte zusammengeführt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="70"/>
        <source>Visit deleted</source>
        <translation>Besuch gelöscht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="71"/>
        <source>Shift deleted</source>
        <translation>Schicht gelöscht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="72"/>
        <source>Organisation archived</source>
        <translation>Organisation archiviert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="73"/>
        <source>Volunteer deactivated</source>
        <translation>Ehrenamtliche Person deaktiviert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="74"/>
        <source>Visitor erased</source>
        <translation>Ratsuchende Person endgültig gelöscht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="75"/>
        <source>Volunteer erased</source>
        <translation>Ehrenamtliche Person endgültig gelöscht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="76"/>
        <source>Retention run</source>
        <translation>Löschlauf ausgeführt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="77"/>
        <source>Backup taken</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="78"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="79"/>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="80"/>
        <source>Demo data written</source>
        <translation>Demodaten geschrieben</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="81"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Konto nach fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="169"/>
        <source>Every sign-in, export, deletion, erasure, restore and change of settings, by account number. Entries can be neither changed nor removed; each one seals the one before it.</source>
        <translation>Jede Anmeldung, jeder Export, jede Löschung (auch nach DSGVO), jede Wiederherstellung und jede Änderung der Einstellungen, nach Kontonummer. Einträge können weder geändert noch entfernt werden; jeder Eintrag versiegelt den vorherigen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="175"/>
        <source>Show only this action</source>
        <translation>Nur diese Aktion anzeigen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="176"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="182"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="186"/>
        <source>&amp;Verify the chain</source>
        <translation>Kette p&amp;rüfen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="188"/>
        <source>Recompute every entry&apos;s seal: shows whether any entry was changed or removed afterwards</source>
        <translation>Das Siegel jedes Eintrags neu berechnen: zeigt, ob ein Eintrag nachträglich geändert oder entfernt wurde</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="200"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="201"/>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="203"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="208"/>
        <location filename="../welcome_point/ui/audit_log.py" line="305"/>
        <source>The audit log is empty. Sign-ins, exports, erasures, restores and changed settings appear here as they happen.</source>
        <translation>Das Protokoll ist leer. Anmeldungen, Exporte, Löschungen, Wiederherstellungen und geänderte Einstellungen erscheinen hier, sobald sie geschehen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="214"/>
        <source>Load &amp;older</source>
        <translation>Ältere la&amp;den</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="235"/>
        <source>Visitor</source>
        <translation>Ratsuchende Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="236"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="237"/>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="238"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="239"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="240"/>
        <source>Setting: auto-lock</source>
        <translation>Einstellung: automatische Sperre</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="241"/>
        <source>Setting: keep visitors</source>
        <translation>Einstellung: Speicherdauer Ratsuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="242"/>
        <source>Setting: keep volunteers</source>
        <translation>Einstellung: Speicherdauer Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="243"/>
        <source>Setting: retention</source>
        <translation>Einstellung: Speicherdauer</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="244"/>
        <source>Setting: extra backup folder</source>
        <translation>Einstellung: zusätzlicher Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="245"/>
        <source>Setting: suppression threshold k</source>
        <translation>Einstellung: Mindestfallzahl k</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="302"/>
        <source>No entries of this action. Choose “All actions” to see every entry.</source>
        <translation>Keine Einträge mit dieser Aktion. Wählen Sie „Alle Aktionen“, um alle Einträge zu sehen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="309"/>
        <source>%1 entries shown, newest first.</source>
        <translation>%1 Einträge angezeigt, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="310"/>
        <source>%1 newest entries shown; older ones load on request.</source>
        <translation>Die %1 neuesten Einträge werden angezeigt; ältere werden auf Wunsch geladen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="324"/>
        <source>Checking every entry…</source>
        <translation>Alle Einträge werden geprüft…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="335"/>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Das Protokoll ist unversehrt: %1 Einträge geprüft.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/audit_log.py" line="341"/>
        <source>The audit log was tampered with: entry %1 does not match its seal, so it or an entry before it was changed or removed after it was written. Restore a backup from before that time to see the original entries.</source>
        <translation>Das Protokoll wurde manipuliert: Eintrag %1 passt nicht zu seinem Siegel. Er selbst oder ein Eintrag davor wurde also nach dem Schreiben geändert oder entfernt. Stellen Sie eine Sicherung von vor diesem Zeitpunkt wieder her, um die ursprünglichen Einträge zu sehen.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="104"/>
        <source>Every copy is taken with SQLite&apos;s backup function and checked before it counts. The app takes one every 30 minutes when something changed, on exit and before restores and retention runs, and keeps 12 recent, 10 daily and 9 monthly copies.</source>
        <translation>Jede Kopie wird mit der Sicherungsfunktion von SQLite erstellt und geprüft, bevor sie zählt. Die App erstellt alle 30 Minuten eine, wenn sich etwas geändert hat, außerdem beim Beenden sowie vor Wiederherstellungen und Löschläufen, und behält 12 aktuelle, 10 tägliche und 9 monatliche Kopien.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="110"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="112"/>
        <source>Take a verified copy of the database now (Ctrl+B)</source>
        <translation>Jetzt eine geprüfte Kopie der Datenbank erstellen (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="114"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="115"/>
        <source>Replace the current data with the chosen copy</source>
        <translation>Die aktuellen Daten durch die gewählte Kopie ersetzen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="117"/>
        <source>Restore from a &amp;file…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="118"/>
        <source>Restore a copy from a USB stick or another folder</source>
        <translation>Eine Kopie von einem USB-Stick oder aus einem anderen Ordner wiederherstellen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="134"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>yes, intact</source>
        <translation>ja, fehlerfrei</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="135"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="136"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="143"/>
        <source>No backups yet. The first one is taken 30 minutes after the first change, or now with “Back up now”.</source>
        <translation>Noch keine Sicherungen. Die erste wird 30 Minuten nach der ersten Änderung erstellt – oder jetzt mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="149"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="160"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="306"/>
        <source>Extra backup folder</source>
        <translation>Zusätzlicher Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="152"/>
        <source>A second copy of every backup goes here as well, e.g. to a USB stick kept somewhere else. When the folder is missing, the backup is still taken; only the copy is skipped.</source>
        <translation>Eine zweite Kopie jeder Sicherung wird zusätzlich hier abgelegt, z. B. auf einem USB-Stick, der an einem anderen Ort aufbewahrt wird. Fehlt der Ordner, wird die Sicherung trotzdem erstellt; nur die Kopie entfällt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="159"/>
        <source>No extra folder</source>
        <translation>Kein zusätzlicher Ordner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="161"/>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="163"/>
        <source>C&amp;lear</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="186"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="187"/>
        <source>Taken by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="188"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="189"/>
        <source>Before a retention run</source>
        <translation>Vor einem Löschlauf</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="190"/>
        <source>Before an erasure</source>
        <translation>Vor einer Löschung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="191"/>
        <source>Before a program update</source>
        <translation>Vor einem Programm-Update</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="192"/>
        <source>Before demo data</source>
        <translation>Vor dem Schreiben von Demodaten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="193"/>
        <source>Before demo data replaced real data (kept)</source>
        <translation>Vor Demodaten, die echte Daten ersetzten (bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="237"/>
        <source>Taking a backup and checking it…</source>
        <translation>Sicherung wird erstellt und geprüft…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="245"/>
        <source>Backup taken and checked: %1, %2.</source>
        <translation>Sicherung erstellt und geprüft: %1, %2.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="249"/>
        <source>The copy into the extra backup folder failed:</source>
        <translation>Die Kopie in den zusätzlichen Sicherungsordner ist fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="262"/>
        <source>Restore the backup taken %1?

First the current data is kept aside as a copy in the data folder, so nothing is lost. Then the backup replaces it: everything entered after %1 is no longer shown. The window reloads its pages afterwards.</source>
        <translation>Die Sicherung vom %1 wiederherstellen?

Zuerst werden die aktuellen Daten als Kopie im Datenordner beiseitegelegt, damit nichts verloren geht. Dann ersetzt die Sicherung sie: Alles, was nach %1 eingegeben wurde, wird nicht mehr angezeigt. Anschließend lädt das Fenster seine Seiten neu.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="271"/>
        <source>Welcome Point backups (*.sqlite3);;All files (*)</source>
        <translation>Welcome-Point-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="272"/>
        <location filename="../welcome_point/ui/backup_tab.py" line="283"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="276"/>
        <source>Restore the backup %1?

It is checked first. Then the current data is kept aside as a copy in the data folder, so nothing is lost, and the backup replaces it. The window reloads its pages afterwards.</source>
        <translation>Die Sicherung %1 wiederherstellen?

Sie wird zuerst geprüft. Dann werden die aktuellen Daten als Kopie im Datenordner beiseitegelegt, damit nichts verloren geht, und die Sicherung ersetzt sie. Anschließend lädt das Fenster seine Seiten neu.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="288"/>
        <source>Restoring… Please wait; do not close the program.</source>
        <translation>Wird wiederhergestellt… Bitte warten Sie und schließen Sie das Programm nicht.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="296"/>
        <source>Restored from %1. The data from before the restore was kept as %2.</source>
        <translation>Aus %1 wiederhergestellt. Die Daten von vor der Wiederherstellung wurden als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="320"/>
        <source>Saved. The next backup is copied there too.</source>
        <translation>Gespeichert. Die nächste Sicherung wird auch dorthin kopiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/backup_tab.py" line="321"/>
        <source>Saved. Backups stay in the data folder only.</source>
        <translation>Gespeichert. Sicherungen bleiben nur im Datenordner.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="523"/>
        <source>Assign a volunteer</source>
        <translation>Ehrenamtliche Person einteilen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="524"/>
        <source>Who takes the shift on %1 (%2)?</source>
        <translation>Wer übernimmt die Schicht am %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="526"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="527"/>
        <source>Who takes over from %3 on %1 (%2)?</source>
        <translation>Wer übernimmt am %1 (%2) für %3?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="533"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="541"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="543"/>
        <source>Only &amp;free volunteers</source>
        <translation>Nur &amp;freie Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="545"/>
        <source>Spea&amp;ks:</source>
        <translation>S&amp;pricht:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="548"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="559"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="574"/>
        <source>Greyed volunteers cannot take this shift; the reason is in the last column.</source>
        <translation>Grau dargestellte Ehrenamtliche können diese Schicht nicht übernehmen; den Grund zeigt die letzte Spalte.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="579"/>
        <source>Assign</source>
        <translation>Einteilen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="604"/>
        <source>No active volunteer speaks this language.</source>
        <translation>Keine aktive ehrenamtliche Person spricht diese Sprache.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="605"/>
        <source>There are no active volunteers yet. Add them on the Volunteers page.</source>
        <translation>Es gibt noch keine aktiven Ehrenamtlichen. Legen Sie sie auf der Seite „Ehrenamtliche“ an.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="633"/>
        <source>%1 cannot take this shift: %2</source>
        <translation>%1 kann diese Schicht nicht übernehmen: %2</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="461"/>
        <source>Last shift</source>
        <translation>Letzte Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="462"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="486"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="487"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
</context>
<context>
    <name>CardCode</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="551"/>
        <source>Type or scan a card code.</source>
        <translation>Geben Sie einen Kartencode ein oder scannen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="552"/>
        <source>A card code has 10 characters (like K7MXP-Q4TAC): a character is missing or extra.</source>
        <translation>Ein Kartencode hat 10 Zeichen (wie K7MXP-Q4TAC): Ein Zeichen fehlt oder ist zu viel.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="554"/>
        <source>This is not a card code: cards use only the letters and digits printed on them (no 0, O, 1, I or L).</source>
        <translation>Das ist kein Kartencode: Karten verwenden nur die darauf gedruckten Buchstaben und Ziffern (kein 0, O, 1, I oder L).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="557"/>
        <source>The code does not add up: probably a typing error. Please compare it with the card.</source>
        <translation>Der Code stimmt nicht: wahrscheinlich ein Tippfehler. Bitte vergleichen Sie ihn mit der Karte.</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <location filename="../welcome_point/app.py" line="205"/>
        <source>The database is damaged. It was moved aside; nothing was deleted.

Restore the newest backup that passed its check (%1)? What was entered after it is not in that backup.</source>
        <translation>Die Datenbank ist beschädigt. Sie wurde beiseitegelegt; nichts wurde gelöscht.

Die neueste geprüfte Sicherung (%1) wiederherstellen? Was danach eingegeben wurde, ist in dieser Sicherung nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="250"/>
        <source>Backup taken, but the copy into the extra backup folder failed.</source>
        <translation>Sicherung erstellt, aber die Kopie in den zusätzlichen Sicherungsordner ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/app.py" line="256"/>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Arrived</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Waited</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="203"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="207"/>
        <source>No visits yet today. Saved visits appear here; Enter edits the selected one, Delete removes it.</source>
        <translation>Heute noch keine Besuche. Gespeicherte Besuche erscheinen hier; Enter bearbeitet den ausgewählten, Delete löscht ihn.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="211"/>
        <source>Edit (Enter)</source>
        <translation>Bearbeiten (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="212"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="287"/>
        <source>Choose a language from the list, or leave the field empty.</source>
        <translation>Wählen Sie eine Sprache aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="306"/>
        <location filename="../welcome_point/ui/desk_page.py" line="517"/>
        <source>Save or clear the current visit first (Ctrl+Enter or Esc).</source>
        <translation>Speichern Sie zuerst den aktuellen Besuch oder leeren Sie das Formular (Ctrl+Enter oder Esc).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="327"/>
        <source>Select the person who left in the list first.</source>
        <translation>Wählen Sie zuerst in der Liste die Person aus, die gegangen ist.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="329"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="330"/>
        <source>Remove the selected person from the queue?</source>
        <translation>Die ausgewählte Person aus der Warteschlange entfernen?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="360"/>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="405"/>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="407"/>
        <source>Visit saved.</source>
        <translation>Besuch gespeichert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="416"/>
        <source>Clear the form first (Esc), then undo.</source>
        <translation>Leeren Sie zuerst das Formular (Esc) und machen Sie dann rückgängig.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="425"/>
        <source>Undone: the visit is back in the form.</source>
        <translation>Rückgängig gemacht: Der Besuch ist wieder im Formular.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="490"/>
        <source>Today&apos;s visits: %1</source>
        <translation>Heutige Besuche: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="499"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="535"/>
        <source>Delete visit</source>
        <translation>Besuch löschen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="536"/>
        <source>Delete the selected visit with its topics and referrals? This cannot be undone.</source>
        <translation>Den ausgewählten Besuch mit seinen Themen und Vermittlungen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="547"/>
        <source>Visit deleted.</source>
        <translation>Besuch gelöscht.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="557"/>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="38"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="39"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="40"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="42"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="43"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="44"/>
        <source>What to bring</source>
        <translation>Mitzubringen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="45"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="47"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="48"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="256"/>
        <source>Search name, address, category, topic, language… (Ctrl+F)</source>
        <translation>Name, Adresse, Kategorie, Thema, Sprache suchen… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="258"/>
        <source>Search the directory</source>
        <translation>Partnerverzeichnis durchsuchen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="259"/>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="260"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="261"/>
        <source>A new partner organisation (Ctrl+N)</source>
        <translation>Neue Partnerorganisation anlegen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="262"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="263"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation>Ausgewählte Organisation bearbeiten (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="264"/>
        <location filename="../welcome_point/ui/directory_page.py" line="459"/>
        <source>Archi&amp;ve…</source>
        <translation>Archi&amp;vieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="265"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="266"/>
        <source>Add organisations from a CSV file (UTF-8, separated by ; or ,)</source>
        <translation>Organisationen aus einer CSV-Datei hinzufügen (UTF-8, getrennt durch ; oder ,)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="268"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="269"/>
        <source>Save the whole directory as a CSV file (while it is empty: a template to fill in)</source>
        <translation>Das ganze Verzeichnis als CSV-Datei speichern (solange es leer ist: eine Vorlage zum Ausfüllen)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="285"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisationen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="333"/>
        <source>Details of the selected organisation</source>
        <translation>Angaben zur ausgewählten Organisation</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="421"/>
        <source>No partner organisations yet: add one with New (Ctrl+N) or import a CSV file (Ctrl+I).</source>
        <translation>Noch keine Partnerorganisationen: Legen Sie mit „Neu“ (Ctrl+N) eine an oder importieren Sie eine CSV-Datei (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="424"/>
        <source>No organisation matches “%1”.</source>
        <translation>Keine Organisation passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="426"/>
        <source>All organisations are archived: tick “Show archived” to see them.</source>
        <translation>Alle Organisationen sind archiviert: Setzen Sie das Häkchen bei „Archivierte anzeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="430"/>
        <source>%1 of %2 organisations shown · %3 archived not shown</source>
        <translation>%1 von %2 Organisationen angezeigt · %3 archivierte nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="434"/>
        <source>%1 of %2 organisations shown</source>
        <translation>%1 von %2 Organisationen angezeigt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="458"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="471"/>
        <source>Example – please check</source>
        <translation>Beispiel – bitte prüfen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="472"/>
        <source>Invented example data: check every detail, then untick “Example” when editing.</source>
        <translation>Erfundene Beispieldaten: Prüfen Sie jede Angabe und entfernen Sie dann beim Bearbeiten das Häkchen bei „Beispieldaten“.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="475"/>
        <source>Archived: not offered at the desk.</source>
        <translation>Archiviert: wird am Empfang nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="479"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="481"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="483"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="485"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="488"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="490"/>
        <source>What to bring</source>
        <translation>Mitzubringen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="492"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="494"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="548"/>
        <location filename="../welcome_point/ui/directory_page.py" line="575"/>
        <source>Directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="566"/>
        <source>Archive organisation</source>
        <translation>Organisation archivieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="567"/>
        <source>Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. You can restore it later (tick “Show archived”).</source>
        <translation>„%1“ archivieren? Die Organisation wird am Empfang nicht mehr angeboten; bisherige Vermittlungen dorthin bleiben erhalten. Sie können sie später wiederherstellen (Häkchen bei „Archivierte anzeigen“ setzen).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="593"/>
        <source>Import partner organisations</source>
        <translation>Partnerorganisationen importieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="594"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="599"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="616"/>
        <location filename="../welcome_point/ui/directory_page.py" line="619"/>
        <location filename="../welcome_point/ui/directory_page.py" line="632"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="617"/>
        <source>The file holds no organisations; nothing was imported.</source>
        <translation>Die Datei enthält keine Organisationen; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="620"/>
        <source>%n organisation(s) imported. Imported entries are not marked as examples; check them as you use them.</source>
        <translation>
            <numerusform>%n Organisation importiert. Importierte Einträge sind nicht als Beispiele markiert; prüfen Sie sie bei der Verwendung.</numerusform>
            <numerusform>%n Organisationen importiert. Importierte Einträge sind nicht als Beispiele markiert; prüfen Sie sie bei der Verwendung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="629"/>
        <source>%1

Nothing was imported.</source>
        <comment>%1: why the file was refused</comment>
        <translation>%1

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="630"/>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="665"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Die Datei konnte nicht geschrieben werden.

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="638"/>
        <source>Export partner organisations</source>
        <translation>Partnerorganisationen exportieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="639"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="646"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="655"/>
        <source>%n organisation(s) exported to %1.</source>
        <translation>
            <numerusform>%n Organisation nach %1 exportiert.</numerusform>
            <numerusform>%n Organisationen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="664"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>DirectoryProblems</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="60"/>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="61"/>
        <source>The category is missing.</source>
        <translation>Die Kategorie fehlt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="62"/>
        <source>“%1” is not a known category. Use a category code such as authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community or other.</source>
        <translation>„%1“ ist keine bekannte Kategorie. Verwenden Sie einen Kategoriecode wie authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community oder other.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="66"/>
        <source>“%1” is not a phone number: use digits, spaces and + / - ( ) only, at least 5 digits.</source>
        <translation>„%1“ ist keine Telefonnummer: Verwenden Sie nur Ziffern, Leerzeichen und + / - ( ), mindestens 5 Ziffern.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="69"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="70"/>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation>„%1“ ist keine Webadresse: Sie muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="72"/>
        <source>“%1” is not a known topic. Separate topic codes with | (for example residence|housing).</source>
        <translation>„%1“ ist kein bekanntes Thema. Trennen Sie Themencodes mit | (zum Beispiel residence|housing).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="75"/>
        <source>“%1” is not a known language. Separate language codes with | (for example de|en|ar).</source>
        <translation>„%1“ ist keine bekannte Sprache. Trennen Sie Sprachcodes mit | (zum Beispiel de|en|ar).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="78"/>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="80"/>
        <source>The text contains an invisible control character.</source>
        <translation>Der Text enthält ein unsichtbares Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="82"/>
        <source>“%1” is neither yes nor no (leave the cell empty for no).</source>
        <translation>„%1“ ist weder ja noch nein (lassen Sie die Zelle für nein leer).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="84"/>
        <source>The row has a different number of cells than the header line: a separator is missing or one too many.</source>
        <translation>Die Zeile hat eine andere Anzahl von Zellen als die Kopfzeile: Ein Trennzeichen fehlt oder ist zu viel.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="87"/>
        <source>A value stands in a column without a heading.</source>
        <translation>Ein Wert steht in einer Spalte ohne Überschrift.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="89"/>
        <source>The header line has no column “%1”; it is required.</source>
        <translation>In der Kopfzeile fehlt die Spalte „%1“; sie ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="91"/>
        <source>The column “%1” is not known. Known columns: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</source>
        <translation>Die Spalte „%1“ ist unbekannt. Bekannte Spalten: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="94"/>
        <source>The column “%1” appears twice.</source>
        <translation>Die Spalte „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="96"/>
        <source>The same organisation (name and address) is already on line %1.</source>
        <translation>Dieselbe Organisation (Name und Adresse) steht bereits in Zeile %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="98"/>
        <source>“%1” with this address is already in the directory.</source>
        <translation>„%1“ mit dieser Adresse ist bereits im Partnerverzeichnis.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="100"/>
        <source>The row is not valid: %1</source>
        <translation>Die Zeile ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="109"/>
        <source>The file is larger than 2 MB; a directory file is much smaller. Is it the right file?</source>
        <translation>Die Datei ist größer als 2 MB; eine Verzeichnisdatei ist viel kleiner. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="112"/>
        <source>The file has more than 5,000 rows; a directory file has far fewer. Is it the right file?</source>
        <translation>Die Datei hat mehr als 5.000 Zeilen; eine Verzeichnisdatei hat weit weniger. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="115"/>
        <source>Line %1 is not UTF-8 text. In your spreadsheet program, save the file as “CSV UTF-8” and import it again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text. Speichern Sie die Datei in Ihrem Tabellenprogramm als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="118"/>
        <source>The file is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="121"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="122"/>
        <source>Line %1 cannot be read as CSV (check the quotation marks).</source>
        <translation>Zeile %1 kann nicht als CSV gelesen werden (prüfen Sie die Anführungszeichen).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="128"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="28"/>
        <source>Erase a record</source>
        <translation>Datensatz endgültig löschen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="32"/>
        <source>%1 will be erased for good: the record and everything that names it. Visits and hours stay only as anonymous counts. A backup is taken first; this cannot be undone in the app.</source>
        <translation>%1 wird endgültig gelöscht: der Datensatz und alles, was darauf verweist. Besuche und Stunden bleiben nur als anonyme Zahlen erhalten. Vorher wird eine Sicherung erstellt; in der App kann das nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="36"/>
        <source>Type %1 again to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 erneut ein:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="40"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_erase_dialog.py" line="43"/>
        <source>&amp;Erase</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="22"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Welcome Point Desk geschrieben. Bitte diese Version installieren; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="26"/>
        <source>Welcome Point Desk is already open on this data folder. Use that window, or close it first.</source>
        <translation>Welcome Point Desk ist für diesen Datenordner bereits geöffnet. Nutzen Sie dieses Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>The database file is damaged. It was moved aside, nothing was deleted; restore the newest backup (Data &amp; privacy page, or: welcome-point restore FILE).</source>
        <translation>Die Datenbankdatei ist beschädigt. Sie wurde beiseitegelegt, nichts wurde gelöscht; stellen Sie die neueste Sicherung wieder her (Seite „Daten &amp; Datenschutz“ oder: welcome-point restore DATEI).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="34"/>
        <source>Your account may not do this; nothing was read or changed. Ask an administrator.</source>
        <translation>Ihr Konto darf das nicht; nichts wurde gelesen oder geändert. Wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="37"/>
        <source>The data folder cannot be used.</source>
        <translation>Der Datenordner kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="39"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>Die Datenbank kann nicht verwendet werden. Andere Programme, die sie benutzen, schließen oder eine Sicherungskopie wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="43"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>Die Aktion konnte nicht abgeschlossen werden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="46"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="437"/>
        <source>Staffing</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="438"/>
        <source>Missing languages</source>
        <translation>Fehlende Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="466"/>
        <source>%1 – understaffed</source>
        <translation>%1 – unterbesetzt</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="683"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="688"/>
        <source>History of the shift</source>
        <translation>Verlauf der Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="687"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="699"/>
        <source>Nobody has been assigned to this shift yet.</source>
        <translation>In diese Schicht wurde noch niemand eingeteilt.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="191"/>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="195"/>
        <source>Nothing was imported: the header line of the file has problems. Correct them and import the file again.</source>
        <translation>Es wurde nichts importiert: Die Kopfzeile der Datei enthält Fehler. Korrigieren Sie sie und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="198"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the file (or delete those rows) and import it again.</source>
        <translation>Es wurde nichts importiert: %1 von %2 Zeilen enthalten Fehler. Korrigieren Sie sie in der Datei (oder löschen Sie diese Zeilen) und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="230"/>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="154"/>
        <source>Type a language…</source>
        <translation>Sprache eingeben…</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="176"/>
        <source>Wanted languages</source>
        <translation>Gewünschte Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="197"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="198"/>
        <source>No language wanted</source>
        <translation>Keine Sprache gewünscht</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="168"/>
        <source>&amp;Add language</source>
        <translation>Spr&amp;ache hinzufügen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="169"/>
        <source>Another language this volunteer speaks (Alt+A)</source>
        <translation>Eine weitere Sprache, die diese ehrenamtliche Person spricht (Alt+A)</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="117"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="120"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="124"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="125"/>
        <source>Remove this language</source>
        <translation>Diese Sprache entfernen</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="432"/>
        <source>Deactivate volunteer</source>
        <translation>Ehrenamtliche Person deaktivieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="434"/>
        <source>Deactivate “%1”? They are no longer offered for shifts and at the desk; their past shifts and hours are kept. You can reactivate them later (tick “Show inactive”).</source>
        <translation>„%1“ deaktivieren? Die Person wird dann weder für Schichten noch am Empfang angeboten; ihre bisherigen Schichten und Stunden bleiben erhalten. Sie können sie später reaktivieren (Häkchen bei „Inaktive anzeigen“ setzen).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="438"/>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="440"/>
        <source>&amp;Left on:</source>
        <translation>&amp;Ausgeschieden am:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="447"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
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
        <translation>Datenbank wird geöffnet…</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="132"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="136"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="137"/>
        <source>Lock the app (Ctrl+L): the next person signs in.</source>
        <translation>App sperren (Ctrl+L): Die nächste Person meldet sich an.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="168"/>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="169"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="170"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="171"/>
        <source>Directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="172"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="173"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="175"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="176"/>
        <source>Accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="177"/>
        <source>Data &amp; privacy</source>
        <translation>Daten &amp; Datenschutz</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="275"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="278"/>
        <source>&amp;Switch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="281"/>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="283"/>
        <source>Set my P&amp;IN…</source>
        <translation>Meine P&amp;IN festlegen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="285"/>
        <source>My &amp;shift today…</source>
        <translation>Meine Schicht &amp;heute…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="287"/>
        <source>Print &amp;roster…</source>
        <translation>&amp;Dienstplan drucken…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="301"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="313"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>Das Fenster wird in der gewählten Sprache neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="318"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;Über Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="321"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="355"/>
        <source>No Welcome Point set up yet</source>
        <translation>Noch kein Welcome Point eingerichtet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="359"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="373"/>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="376"/>
        <source>Database</source>
        <translation>Datenbank</translation>
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
        <translation>Besuch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="476"/>
        <source>The visit in the form is not saved yet; locking the app loses it. Lock anyway?</source>
        <translation>Der Besuch im Formular ist noch nicht gespeichert; beim Sperren der App geht er verloren. Trotzdem sperren?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="555"/>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="565"/>
        <source>My PIN for the quick switch</source>
        <translation>Meine PIN für den schnellen Wechsel</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="596"/>
        <source>The visit in the form is not saved yet. Close anyway? (A person called from the queue keeps their place.)</source>
        <translation>Der Besuch im Formular ist noch nicht gespeichert. Trotzdem schließen? (Eine aus der Warteschlange aufgerufene Person behält ihren Platz.)</translation>
    </message>
</context>
<context>
    <name>MyShiftDialog</name>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="50"/>
        <source>My shift today</source>
        <translation>Meine Schicht heute</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="52"/>
        <source>My shifts today</source>
        <translation>Meine Schichten heute</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="54"/>
        <source>You have no shift today.</source>
        <translation>Sie haben heute keine Schicht.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="57"/>
        <source>Check &amp;in</source>
        <translation>&amp;Kommen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="60"/>
        <source>Check &amp;out</source>
        <translation>&amp;Gehen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="93"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="96"/>
        <source>checked out at %1</source>
        <translation>Gegangen um %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="98"/>
        <source>checked in at %1</source>
        <translation>Gekommen um %1</translation>
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
        <translation>Kommen erfasst. Schön, dass Sie da sind!</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/my_shift.py" line="152"/>
        <source>Checked out. Thank you!</source>
        <translation>Gehen erfasst. Vielen Dank!</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="157"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>Rüc&amp;kgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="158"/>
        <source>Print referral slip</source>
        <translation>Vermittlungszettel drucken</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="166"/>
        <source>New partner organisation</source>
        <translation>Neue Partnerorganisation</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="167"/>
        <source>Edit partner organisation</source>
        <translation>Partnerorganisation bearbeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="180"/>
        <source>Choose a category</source>
        <translation>Kategorie wählen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="182"/>
        <source>Street and number, postcode and town</source>
        <translation>Straße und Hausnummer, PLZ und Ort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="186"/>
        <source>e.g. Mon–Fri 9–12</source>
        <translation>z. B. Mo–Fr 9–12</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="195"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="197"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="198"/>
        <source>Example data – not yet checked (untick once you have checked the details)</source>
        <translation>Beispieldaten – noch nicht geprüft (Häkchen entfernen, sobald Sie die Angaben geprüft haben)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>&amp;Opening hours:</source>
        <translation>Öffnungs&amp;zeiten:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>What to &amp;bring:</source>
        <translation>&amp;Mitzubringen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Languages spoken:</source>
        <translation>Gesprochene &amp;Sprachen:</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="81"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="115"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="117"/>
        <source>Example – please check</source>
        <translation>Beispiel – bitte prüfen</translation>
    </message>
</context>
<context>
    <name>PartnerCountsModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="193"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="195"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="135"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="136"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="137"/>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="143"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="145"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="147"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Weak: longer is better.</source>
        <translation>Schwach: Länger ist besser.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="162"/>
        <source>Fair.</source>
        <translation>Mittel.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="163"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="168"/>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="172"/>
        <source>The password needs at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="176"/>
        <source>The two passwords differ. Type the new password again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das neue Passwort erneut ein.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="189"/>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="190"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="191"/>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="192"/>
        <source>No PIN (sign in with the password only)</source>
        <translation>Keine PIN (Anmeldung nur mit Passwort)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="194"/>
        <source>A PIN has 6 to 12 digits. It serves the quick switch at the desk.</source>
        <translation>Eine PIN hat 6 bis 12 Ziffern. Sie dient dem schnellen Wechsel am Empfang.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="200"/>
        <source>Your &amp;password:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="201"/>
        <source>&amp;PIN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="202"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="223"/>
        <source>Enter your password to confirm.</source>
        <translation>Geben Sie zur Bestätigung Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="229"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>Eine PIN hat mindestens 6 Ziffern.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/accounts_page.py" line="233"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie die PIN erneut ein.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Hours certificate</source>
        <translation>Ehrenamtsnachweis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="219"/>
        <source>Certificate for the year:</source>
        <translation>Nachweis für das Jahr:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="230"/>
        <location filename="../welcome_point/ui/printing.py" line="259"/>
        <source>Shifts as calendar</source>
        <translation>Schichten als Kalender</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="231"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="260"/>
        <source>The calendar file was written:
%1</source>
        <translation>Die Kalenderdatei wurde gespeichert:
%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="268"/>
        <location filename="../welcome_point/ui/printing.py" line="275"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="276"/>
        <source>The PDF was written but no viewer could open it. Open it yourself from:
%1</source>
        <translation>Die PDF-Datei wurde erstellt, aber kein Programm konnte sie öffnen. Bitte öffnen Sie sie selbst:
%1</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="47"/>
        <source>Referral</source>
        <translation>Weitervermittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="48"/>
        <source>Where to go</source>
        <translation>Bitte gehen Sie zu</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="49"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="50"/>
        <location filename="../welcome_point/ui/printing.py" line="59"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="51"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="52"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="53"/>
        <source>Please bring</source>
        <translation>Bitte mitbringen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="54"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="55"/>
        <source>Scan for the address</source>
        <translation>Für die Adresse scannen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="58"/>
        <source>Please bring this card to your next visit.</source>
        <translation>Bitte bringen Sie diese Karte beim nächsten Besuch mit.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="283"/>
        <source>Roster</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="284"/>
        <source>Missing:</source>
        <translation>Fehlt:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="285"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="286"/>
        <source>no shift</source>
        <translation>keine Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="287"/>
        <source>Week {week}</source>
        <translation>KW {week}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="288"/>
        <source>Printed on {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="289"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="290"/>
        <source>Internal – contains phone numbers, do not post</source>
        <translation>Intern – enthält Telefonnummern, nicht aushängen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="291"/>
        <source>Week {week}, {first} – {last}</source>
        <translation>KW {week}, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="292"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="295"/>
        <source>Volunteer certificate</source>
        <translation>Ehrenamtsnachweis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="296"/>
        <source>We hereby confirm the voluntary work of</source>
        <translation>Hiermit bestätigen wir die ehrenamtliche Mitarbeit von</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="297"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="298"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="299"/>
        <source>Shifts</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="300"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="301"/>
        <source>For {count} shifts no arrival or departure time was recorded; the planned times are counted.</source>
        <translation>Einsätze ohne erfasste Kommen- oder Gehen-Zeit: {count}. Für diese Einsätze wurden die geplanten Zeiten angerechnet.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="304"/>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="305"/>
        <source>NRW volunteer card (Ehrenamtskarte)</source>
        <translation>Ehrenamtskarte NRW</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="306"/>
        <source>We thank them for their commitment and their reliable support of our visitors.</source>
        <translation>Wir danken für das Engagement und die verlässliche Unterstützung unserer Besucherinnen und Besucher.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="308"/>
        <source>Place, date</source>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="309"/>
        <source>Signature, stamp</source>
        <translation>Unterschrift, Stempel</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="310"/>
        <source>Verification code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="311"/>
        <source>The Welcome Point confirms this certificate on request when given the verification code.</source>
        <translation>Die Echtheit dieses Nachweises bestätigt der Welcome Point auf Anfrage unter Angabe des Prüfcodes.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="315"/>
        <source>requirement met (at least {year} hours a year or {week} hours a week)</source>
        <translation>Voraussetzung erfüllt (mindestens {year} Stunden im Jahr oder {week} Stunden pro Woche)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="317"/>
        <source>requirement not met (at least {year} hours a year or {week} hours a week)</source>
        <translation>Voraussetzung nicht erfüllt (mindestens {year} Stunden im Jahr oder {week} Stunden pro Woche)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="319"/>
        <source>{role} at {site}</source>
        <translation>{role} – {site}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="251"/>
        <source>Card code (pseudonym on the visitor&apos;s card)</source>
        <translation>Kartencode (Pseudonym auf der Besuchskarte)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="252"/>
        <source>Day of the first visit</source>
        <translation>Tag des ersten Besuchs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="253"/>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="254"/>
        <source>Gender (optional)</source>
        <translation>Geschlecht (optional)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="255"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="256"/>
        <source>Coarse region of origin (optional)</source>
        <translation>Grobe Herkunftsregion (optional)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="257"/>
        <source>Link of a visit to the visitor&apos;s card</source>
        <translation>Verknüpfung eines Besuchs mit der Besuchskarte</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="258"/>
        <source>Time of arrival</source>
        <translation>Ankunftszeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="259"/>
        <source>Start of the conversation</source>
        <translation>Beginn des Gesprächs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="260"/>
        <source>End of the conversation</source>
        <translation>Ende des Gesprächs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="261"/>
        <source>Number of people in the group</source>
        <translation>Anzahl der Personen in der Gruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="262"/>
        <source>Language of the conversation</source>
        <translation>Sprache des Gesprächs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="263"/>
        <source>Whether an interpreter was needed</source>
        <translation>Ob Sprachmittlung nötig war</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="264"/>
        <source>Outcome of the visit</source>
        <translation>Ergebnis des Besuchs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="265"/>
        <source>Topics of the visit (e.g. housing, health)</source>
        <translation>Themen des Besuchs (z. B. Wohnen, Gesundheit)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="266"/>
        <source>Partner organisation referred to</source>
        <translation>Partnerorganisation, an die vermittelt wurde</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="267"/>
        <source>Topic of the referral</source>
        <translation>Thema der Vermittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="268"/>
        <source>Status of the referral</source>
        <translation>Status der Vermittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="269"/>
        <source>Follow-up date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="270"/>
        <source>Time of the referral</source>
        <translation>Zeitpunkt der Vermittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="271"/>
        <source>Time of the last status change</source>
        <translation>Zeitpunkt der letzten Statusänderung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="272"/>
        <source>Time of arrival in the waiting queue</source>
        <translation>Ankunftszeit in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="273"/>
        <source>Language asked for in the queue</source>
        <translation>In der Warteschlange gewünschte Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="274"/>
        <source>Card code of a person waiting</source>
        <translation>Kartencode einer wartenden Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="275"/>
        <source>Time the person was called</source>
        <translation>Zeitpunkt des Aufrufs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="276"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="277"/>
        <source>Phone number (with consent)</source>
        <translation>Telefonnummer (mit Einwilligung)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="278"/>
        <source>E-mail address (with consent)</source>
        <translation>E-Mail-Adresse (mit Einwilligung)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="279"/>
        <source>Day of joining</source>
        <translation>Datum des Eintritts</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="280"/>
        <source>Day of leaving</source>
        <translation>Datum des Ausscheidens</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="281"/>
        <source>Day of the consent to store contact data</source>
        <translation>Datum der Einwilligung in die Speicherung der Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="282"/>
        <source>Whether the volunteer is active</source>
        <translation>Ob die ehrenamtliche Person aktiv ist</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="283"/>
        <source>Languages spoken</source>
        <translation>Gesprochene Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="284"/>
        <source>Level of each language</source>
        <translation>Niveau jeder Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="285"/>
        <source>Roles (desk, interpreter, coordinator)</source>
        <translation>Rollen (Empfang, Sprachmittlung, Koordination)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="286"/>
        <source>Shifts a volunteer is assigned to</source>
        <translation>Schichten, in die eine ehrenamtliche Person eingeteilt ist</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="287"/>
        <source>Attendance status of a shift</source>
        <translation>Anwesenheitsstatus einer Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="288"/>
        <source>Check-in time</source>
        <translation>Uhrzeit des Kommens</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="289"/>
        <source>Check-out time</source>
        <translation>Uhrzeit des Gehens</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="290"/>
        <source>History of shift changes (who)</source>
        <translation>Verlauf der Schichtänderungen (wer)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="291"/>
        <source>Swaps: the other volunteer</source>
        <translation>Tausch: die andere ehrenamtliche Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="292"/>
        <source>Time of a shift change</source>
        <translation>Zeitpunkt einer Schichtänderung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="293"/>
        <source>Kind of shift change</source>
        <translation>Art der Schichtänderung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="294"/>
        <source>Volunteers present at a visit</source>
        <translation>Bei einem Besuch anwesende Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="295"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="296"/>
        <source>Role of the account</source>
        <translation>Rolle des Kontos</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="297"/>
        <source>Password hash (argon2id)</source>
        <translation>Passwort-Hash (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="298"/>
        <source>PIN hash (argon2id)</source>
        <translation>PIN-Hash (argon2id)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="299"/>
        <source>Link of the account to a volunteer</source>
        <translation>Verknüpfung des Kontos mit einer ehrenamtlichen Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="300"/>
        <source>Whether the account may sign in</source>
        <translation>Ob das Konto zur Anmeldung freigegeben ist</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="301"/>
        <source>Time the account was created</source>
        <translation>Zeitpunkt der Kontoerstellung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="302"/>
        <source>Failed sign-ins in a row</source>
        <translation>Fehlgeschlagene Anmeldungen in Folge</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="303"/>
        <source>Sign-in delay after failures</source>
        <translation>Wartezeit für die Anmeldung nach Fehlversuchen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="304"/>
        <source>Account that acted</source>
        <translation>Handelndes Konto</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="305"/>
        <source>Time of the action</source>
        <translation>Zeitpunkt der Aktion</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="306"/>
        <source>Kind of action (sign-in, export, erasure, ...)</source>
        <translation>Art der Aktion (Anmeldung, Export, Löschung, ...)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="307"/>
        <source>Kind of object acted on</source>
        <translation>Art des betroffenen Objekts</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="308"/>
        <source>Id of the object acted on</source>
        <translation>ID des betroffenen Objekts</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="338"/>
        <source>Advice desk: visits and pseudonymous visitors</source>
        <translation>Beratung am Empfang: Besuche und pseudonyme Ratsuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="340"/>
        <source>Advising newcomers, referring them to partner organisations, following up referrals and recognising returning visitors by their card, without their names.</source>
        <translation>Beratung Neuzugewanderter, Vermittlung an Partnerorganisationen, Nachfassen von Vermittlungen und Wiedererkennen wiederkehrender Ratsuchender an ihrer Karte, ohne ihre Namen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="343"/>
        <source>Visitors of the Welcome Point (newcomers, with their families)</source>
        <translation>Ratsuchende des Welcome Points (Neuzugewanderte und ihre Familien)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="347"/>
        <source>Staff and volunteers of the Welcome Point, each as far as their role needs</source>
        <translation>Haupt- und Ehrenamtliche des Welcome Points, jeweils soweit ihre Rolle es erfordert</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="349"/>
        <source>Referral slips go to the visitor, who decides whether to show them; nothing is sent to partner organisations</source>
        <translation>Vermittlungszettel erhält die ratsuchende Person, die selbst entscheidet, ob sie sie vorzeigt; an Partnerorganisationen wird nichts übermittelt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="353"/>
        <source>A visitor&apos;s record and card code are erased {months} months after their last visit; their visits remain only as anonymous visits.</source>
        <translation>Datensatz und Kartencode einer ratsuchenden Person werden {months} Monate nach ihrem letzten Besuch gelöscht; ihre Besuche bleiben nur als anonyme Besuche erhalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="356"/>
        <source>No names: a random card code with a check character, coarse age band and region</source>
        <translation>Keine Namen: ein zufälliger Kartencode mit Prüfzeichen, grobe Altersgruppe und Region</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="361"/>
        <source>Volunteer management and shift planning</source>
        <translation>Verwaltung der Ehrenamtlichen und Schichtplanung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="363"/>
        <source>Planning shifts by language and role, contacting volunteers, recording attendance and issuing certificates of voluntary work.</source>
        <translation>Planung von Schichten nach Sprache und Rolle, Kontakt zu den Ehrenamtlichen, Erfassung der Anwesenheit und Ausstellung von Ehrenamtsnachweisen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="366"/>
        <source>Volunteers of the Welcome Point</source>
        <translation>Ehrenamtliche des Welcome Points</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="370"/>
        <source>Coordinators and staff of the Welcome Point</source>
        <translation>Koordination und Hauptamtliche des Welcome Points</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="372"/>
        <source>Certificates and rosters go to the volunteers themselves</source>
        <translation>Nachweise und Dienstpläne erhalten die Ehrenamtlichen selbst</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="375"/>
        <source>A volunteer&apos;s record is erased {months} months after they left; their hours remain only in anonymous totals.</source>
        <translation>Der Datensatz einer ehrenamtlichen Person wird {months} Monate nach ihrem Ausscheiden gelöscht; ihre Stunden bleiben nur in anonymen Summen erhalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="378"/>
        <source>Phone and e-mail are stored only with a recorded consent date</source>
        <translation>Telefon und E-Mail werden nur mit erfasstem Datum der Einwilligung gespeichert</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="383"/>
        <source>User accounts and audit log</source>
        <translation>Benutzerkonten und Protokoll</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="384"/>
        <source>Signing in with a role, and accountability for sign-ins, exports, deletions, erasures, restores and changed settings.</source>
        <translation>Anmeldung mit einer Rolle sowie Nachvollziehbarkeit von Anmeldungen, Exporten, Löschungen (auch nach DSGVO), Wiederherstellungen und geänderten Einstellungen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="387"/>
        <source>Users of the program (staff, coordinators, volunteers at the desk)</source>
        <translation>Nutzende des Programms (Hauptamtliche, Koordination, Ehrenamtliche am Empfang)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="390"/>
        <source>Administrators of the Welcome Point</source>
        <translation>Administration des Welcome Points</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="392"/>
        <source>An account is deleted by an administrator, or with the erasure of the volunteer it belongs to. The audit log keeps only account ids and action codes.</source>
        <translation>Ein Konto wird von der Administration gelöscht oder zusammen mit der ehrenamtlichen Person, zu der es gehört. Das Protokoll speichert nur Konto-IDs und Aktionscodes.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="395"/>
        <source>The audit log is append-only and hash-chained; it holds ids, never names</source>
        <translation>Das Protokoll kann nur ergänzt werden und ist per Hash verkettet; es enthält IDs, niemals Namen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="400"/>
        <source>Anonymous monthly reports</source>
        <translation>Anonyme Monatsberichte</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="401"/>
        <source>Reporting the work of the Welcome Point to its funders and the city.</source>
        <translation>Berichterstattung über die Arbeit des Welcome Points an Fördermittelgeber und Stadt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="403"/>
        <source>None: reports hold counts only</source>
        <translation>Keine: Berichte enthalten nur Zahlen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="406"/>
        <source>Funders, the city and the coordinating office</source>
        <translation>Fördermittelgeber, Stadt und Koordinierungsstelle</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="408"/>
        <source>Reports are anonymous and are kept as long as they are needed.</source>
        <translation>Berichte sind anonym und werden aufbewahrt, solange sie benötigt werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="410"/>
        <source>Counts below {k} are suppressed, with complementary suppression so that they cannot be recomputed from totals</source>
        <translation>Zahlen unter {k} werden verdeckt, dazu bei Bedarf weitere Zahlen (Sekundärsperrung), damit sie sich nicht aus Summen errechnen lassen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="414"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept, also in a second folder; erased records leave the backups as the copies rotate out</source>
        <translation>Geprüfte Sicherungen (SQLite-Backup-API, Integritätsprüfung) alle 30 Minuten bei geänderten Daten und vor Löschläufen; 12 aktuelle, 10 tägliche und 9 monatliche Kopien werden aufbewahrt, auch in einem zweiten Ordner; gelöschte Datensätze verschwinden aus den Sicherungen, sobald die alten Kopien ersetzt werden</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="418"/>
        <source>Verified backups (SQLite backup API, integrity check) every 30 minutes when data changed and before retention runs; 12 recent, 10 daily and 9 monthly copies are kept; erased records leave the backups as the copies rotate out</source>
        <translation>Geprüfte Sicherungen (SQLite-Backup-API, Integritätsprüfung) alle 30 Minuten bei geänderten Daten und vor Löschläufen; 12 aktuelle, 10 tägliche und 9 monatliche Kopien werden aufbewahrt; gelöschte Datensätze verschwinden aus den Sicherungen, sobald die alten Kopien ersetzt werden</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="423"/>
        <source>Passwords and PINs are stored only as argon2id hashes; sign-ins are delayed after repeated failures</source>
        <translation>Passwörter und PINs werden nur als argon2id-Hashes gespeichert; nach wiederholten Fehlversuchen wird die Anmeldung verzögert</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="426"/>
        <source>Four roles (volunteer, coordinator, staff, administrator), checked by the program for every operation</source>
        <translation>Vier Rollen (Ehrenamt, Koordination, Hauptamt, Administration), vom Programm bei jedem Vorgang geprüft</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="429"/>
        <source>The screen locks after {minutes} minutes without input and hides all personal data</source>
        <translation>Der Bildschirm sperrt sich nach {minutes} Minuten ohne Eingabe und verbirgt alle personenbezogenen Daten</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="432"/>
        <source>Audit log of sign-ins, exports, deletions, erasures, restores and settings changes, append-only and hash-chained</source>
        <translation>Protokoll von Anmeldungen, Exporten, Löschungen (auch nach DSGVO), Wiederherstellungen und Änderungen der Einstellungen, nur ergänzbar und per Hash verkettet</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="435"/>
        <source>Deleted records are overwritten in the database file (SQLite secure_delete)</source>
        <translation>Gelöschte Datensätze werden in der Datenbankdatei überschrieben (SQLite secure_delete)</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="438"/>
        <source>Retention periods are applied automatically at every start and daily</source>
        <translation>Löschfristen werden bei jedem Start und täglich automatisch angewendet</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="440"/>
        <source>Reports suppress counts below k = {k}</source>
        <translation>Berichte verdecken Zahlen unter k = {k}</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/privacy.py" line="442"/>
        <source>The data folder is readable by its user only; log files hold no personal data</source>
        <translation>Der Datenordner ist nur für den eigenen Benutzer lesbar; Logdateien enthalten keine personenbezogenen Daten</translation>
    </message>
</context>
<context>
    <name>PrivacyCommon</name>
    <message>
        <location filename="../welcome_point/ui/privacy_common.py" line="63"/>
        <source>Your account may not do this; nothing was read or changed.</source>
        <translation>Ihr Konto darf das nicht; es wurde nichts gelesen oder geändert.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>Daten &amp; Datenschutz</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="50"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="51"/>
        <source>R&amp;etention</source>
        <translation>&amp;Löschfristen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="52"/>
        <source>Access and era&amp;sure</source>
        <translation>Aus&amp;kunft und Löschung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_page.py" line="53"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordBox</name>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="54"/>
        <source>Record of processing (GDPR Art. 30)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="58"/>
        <source>What personal data this program keeps, why, for whom and how long: generated from the database and the current settings, so it always matches what the program does.</source>
        <translation>Welche personenbezogenen Daten dieses Programm speichert, wozu, für wen und wie lange: erzeugt aus der Datenbank und den aktuellen Einstellungen, damit es immer dem entspricht, was das Programm tatsächlich tut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="65"/>
        <source>Record of processing</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="66"/>
        <source>The record is shown when the database is open.</source>
        <translation>Das Verzeichnis wird angezeigt, sobald die Datenbank geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="68"/>
        <source>Copy the record as text to the clipboard</source>
        <translation>Das Verzeichnis als Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="70"/>
        <source>Save as PDF or te&amp;xt…</source>
        <translation>Als PDF oder Te&amp;xt speichern…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="117"/>
        <location filename="../welcome_point/ui/privacy_processing.py" line="219"/>
        <source>Record of processing activities (GDPR Art. 30)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="118"/>
        <source>Generated on %1 from the program&apos;s database and its current settings.</source>
        <translation>Erstellt am %1 aus der Datenbank des Programms und seinen aktuellen Einstellungen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="120"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="124"/>
        <source>(the name of this Welcome Point is not set yet)</source>
        <translation>(der Name dieses Welcome Points ist noch nicht festgelegt)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="125"/>
        <source>(the address is not set yet; enter it under “This Welcome Point”)</source>
        <translation>(die Adresse ist noch nicht festgelegt; tragen Sie sie unter „Dieser Welcome Point“ ein)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="129"/>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="130"/>
        <source>Data subjects:</source>
        <translation>Betroffene Personen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="132"/>
        <source>Categories of data:</source>
        <translation>Datenkategorien:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="134"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="135"/>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="137"/>
        <source>Retention:</source>
        <translation>Speicherdauer / Löschfristen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="139"/>
        <source>Measures:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="141"/>
        <source>Technical and organisational measures</source>
        <translation>Technische und organisatorische Maßnahmen (TOM)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="186"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="192"/>
        <source>Text file (*.txt)</source>
        <translation>Textdatei (*.txt)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="193"/>
        <source>record-of-processing.pdf</source>
        <translation>verarbeitungsverzeichnis.pdf</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="194"/>
        <source>Save the record of processing</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten speichern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="208"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_processing.py" line="211"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="60"/>
        <source>Language needed</source>
        <translation>Benötigte Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="62"/>
        <source>Card code (optional)</source>
        <translation>Kartencode (optional)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="64"/>
        <source>Arrival (F2)</source>
        <translation>Ankunft (F2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="68"/>
        <source>Waiting</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="72"/>
        <source>Nobody is waiting. Press F2 when someone arrives.</source>
        <translation>Niemand wartet. Drücken Sie F2, wenn jemand ankommt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="75"/>
        <source>Next (F3)</source>
        <translation>Aufrufen (F3)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="76"/>
        <source>Left without visit</source>
        <translation>Ohne Beratung gegangen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="82"/>
        <source>At the desk</source>
        <translation>Am Empfang</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="86"/>
        <source>Language needed:</source>
        <translation>Benötigte Sprache:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="97"/>
        <source>At the desk:</source>
        <translation>Am Empfang:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="105"/>
        <source>language not known</source>
        <translation>Sprache unbekannt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="106"/>
        <source>%1 · waiting %2 min</source>
        <translation>%1 · wartet seit %2 Min.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="109"/>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="117"/>
        <source>Queue: %1 waiting</source>
        <translation>Warteschlange: %1 wartend</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="98"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Referred on</source>
        <translation>Vermittelt am</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/referrals_page.py" line="132"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="136"/>
        <source>Status changed on %1</source>
        <translation>Status geändert am %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="160"/>
        <source>%1 – overdue</source>
        <translation>%1 – überfällig</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="163"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="247"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="248"/>
        <source>Per partner</source>
        <translation>Nach Partner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="271"/>
        <source>To do: open and followed up</source>
        <translation>Zu erledigen: offen und nachgefasst</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="272"/>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="275"/>
        <source>Completed in the last %1 days</source>
        <translation>Abgeschlossen in den letzten %1 Tagen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="276"/>
        <source>Not reached in the last %1 days</source>
        <translation>Nicht erreicht in den letzten %1 Tagen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="277"/>
        <source>All (closed ones of the last %1 days)</source>
        <translation>Alle (abgeschlossene der letzten %1 Tage)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="287"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="290"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="297"/>
        <location filename="../welcome_point/ui/referrals_page.py" line="628"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="326"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="340"/>
        <source>Next follow-up on</source>
        <translation>Nächste Wiedervorlage am</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="341"/>
        <source>Followed &amp;up (F)</source>
        <translation>Nachge&amp;fasst (F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="342"/>
        <source>The partner or the visitor was contacted; the next follow-up is on the date chosen beside it.</source>
        <translation>Der Partner oder die ratsuchende Person wurde kontaktiert; die nächste Wiedervorlage ist am daneben gewählten Datum.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="343"/>
        <source>Set &amp;date (D)</source>
        <translation>Da&amp;tum setzen (D)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="344"/>
        <source>Move the next follow-up to the date chosen beside it, without changing the status.</source>
        <translation>Die nächste Wiedervorlage auf das daneben gewählte Datum verschieben, ohne den Status zu ändern.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="345"/>
        <source>&amp;Completed (C)</source>
        <translation>Abges&amp;chlossen (C)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="346"/>
        <source>The visitor got the help they were referred for.</source>
        <translation>Die ratsuchende Person hat die Hilfe bekommen, für die sie vermittelt wurde.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="347"/>
        <source>Not &amp;reached (N)</source>
        <translation>&amp;Nicht erreicht (N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="348"/>
        <source>Neither the visitor nor the partner could be reached; nothing more to do.</source>
        <translation>Weder die ratsuchende Person noch der Partner war erreichbar; nichts weiter zu tun.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="349"/>
        <source>Print slip… (Ctrl+P)</source>
        <translation>Zettel drucken… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="350"/>
        <source>A referral slip with the partner&apos;s address and what to bring, in two languages.</source>
        <translation>Ein Vermittlungszettel mit der Adresse des Partners und dem, was mitzubringen ist – in zwei Sprachen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="352"/>
        <source>Next follow-up &amp;on:</source>
        <translation>Nächste Wiedervorlage &amp;am:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 30 days</source>
        <translation>in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="372"/>
        <source>in the last 90 days</source>
        <translation>in den letzten 90 Tagen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>in the last 12 months</source>
        <translation>in den letzten 12 Monaten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="373"/>
        <source>at any time</source>
        <translation>im gesamten Zeitraum</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="379"/>
        <source>Referrals &amp;made:</source>
        <translation>Erfolgte &amp;Vermittlungen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>Referrals per partner</source>
        <translation>Vermittlungen pro Partner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="397"/>
        <source>Enter or a double click on a partner lists its referrals under Follow-ups.</source>
        <translation>Enter oder ein Doppelklick auf einen Partner zeigt seine Vermittlungen unter „Wiedervorlagen“.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="441"/>
        <source>Shown: %1, overdue: %2</source>
        <translation>Angezeigt: %1, überfällig: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="444"/>
        <source>No open referrals. Referrals are made at the desk when a visit is saved.</source>
        <translation>Keine offenen Vermittlungen. Vermittlungen entstehen am Empfang, wenn ein Besuch gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="445"/>
        <source>No referrals match this filter.</source>
        <translation>Keine Vermittlungen passen zu diesem Filter.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="463"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="480"/>
        <source>Referrals: %1, partners: %2</source>
        <translation>Vermittlungen: %1, Partner: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="566"/>
        <source>%1: marked “%2” on %3. Next follow-up on %4.</source>
        <translation>%1: am %3 als „%2“ markiert. Nächste Wiedervorlage am %4.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="569"/>
        <source>%1: marked “%2” on %3.</source>
        <translation>%1: am %3 als „%2“ markiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="573"/>
        <source>%1: next follow-up moved to %2.</source>
        <translation>%1: nächste Wiedervorlage auf den %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="575"/>
        <source>%1: next follow-up moved.</source>
        <translation>%1: nächste Wiedervorlage verschoben.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="35"/>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="36"/>
        <source>City report</source>
        <translation>Stadtbericht</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="37"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="39"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="40"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="41"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="42"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="43"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="44"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="47"/>
        <source>1,234.5</source>
        <translation>1.234,5</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="48"/>
        <source>Figures of {count} Welcome Points: {sites}</source>
        <translation>Zahlen von {count} Welcome Points: {sites}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="49"/>
        <source>Made on {date} · small counts hidden below k = {k}</source>
        <translation>Erstellt am {date} · kleine Zahlen unter k = {k} verdeckt</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="50"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="51"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="52"/>
        <source>Visitors (distinct cards)</source>
        <translation>Besuchende (verschiedene Karten)</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="53"/>
        <source>New visitors</source>
        <translation>Neue Besuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="54"/>
        <source>Anonymous visits</source>
        <translation>Anonyme Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="55"/>
        <source>Referrals</source>
        <translation>Weitervermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="56"/>
        <source>Volunteer hours</source>
        <translation>Stunden Ehrenamt</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="57"/>
        <source>Active volunteers</source>
        <translation>Aktive Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="58"/>
        <source>Shifts planned</source>
        <translation>Geplante Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="59"/>
        <source>Shifts understaffed</source>
        <translation>Unterbesetzte Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="60"/>
        <source>{site} had fewer than {visits} visits this month (twice k = {k}), so only the key figures are published: tables of so few visits could single people out.</source>
        <translation>{site} hatte in diesem Monat weniger als {visits} Besuche (zweimal k = {k}); deshalb werden nur die Kennzahlen veröffentlicht: Tabellen aus so wenigen Besuchen könnten einzelne Menschen erkennbar machen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="63"/>
        <source>Visits by topic</source>
        <translation>Besuche nach Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="64"/>
        <source>Visits by language</source>
        <translation>Besuche nach Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="65"/>
        <source>Visits by age band</source>
        <translation>Besuche nach Altersgruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="66"/>
        <source>Visits by gender</source>
        <translation>Besuche nach Geschlecht</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="67"/>
        <source>Visits by weekday</source>
        <translation>Besuche nach Wochentag</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="68"/>
        <source>Visits of new and returning visitors</source>
        <translation>Besuche neuer und wiederkehrender Besuchender</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="70"/>
        <source>Referrals by kind of service and status</source>
        <translation>Weitervermittlungen nach Art der Stelle und Stand</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="72"/>
        <source>Visits by language and age band</source>
        <translation>Besuche nach Sprache und Altersgruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="74"/>
        <source>Visits by topic and weekday</source>
        <translation>Besuche nach Thema und Wochentag</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="75"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="76"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="77"/>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="78"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="79"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="80"/>
        <source>Visitor</source>
        <translation>Besuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="81"/>
        <source>Kind of service</source>
        <translation>Art der Stelle</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="82"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="83"/>
        <source>Total: {total}</source>
        <translation>Summe: {total}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="84"/>
        <source>A visit about several topics counts once for each topic.</source>
        <translation>Ein Besuch zu mehreren Themen zählt bei jedem Thema einmal.</translation>
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
        <translation>{primary}: zwischen 1 und {k_minus_1} · {complementary}: verdeckt, damit sich keine kleine Zahl errechnen lässt</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="92"/>
        <source>About these figures</source>
        <translation>Zu diesen Zahlen</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="93"/>
        <source>Counts from 1 to {k_minus_1} are not published; they are shown as &quot;{primary}&quot; (k = {k}). A small group of people could be recognised by them.</source>
        <translation>Zahlen von 1 bis {k_minus_1} werden nicht veröffentlicht; sie erscheinen als „{primary}“ (k = {k}). An ihnen könnte man eine kleine Gruppe von Menschen erkennen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="96"/>
        <source>Where a hidden count could be worked out from the other counts of its table, row or column and their total, more counts are hidden as well; they are shown as &quot;{complementary}&quot;. No hidden count can be calculated from the published figures.</source>
        <translation>Wo sich eine verdeckte Zahl aus den übrigen Zahlen ihrer Tabelle, Zeile oder Spalte und deren Summe errechnen ließe, werden weitere Zahlen verdeckt; sie erscheinen als „{complementary}“. Keine verdeckte Zahl lässt sich aus den veröffentlichten Zahlen berechnen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="100"/>
        <source>Zeros are shown: a zero reveals nobody.</source>
        <translation>Nullen werden gezeigt: Eine Null verrät niemanden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="101"/>
        <source>A month with fewer than {visits} visits (twice k) publishes only the key figures.</source>
        <translation>Ein Monat mit weniger als {visits} Besuchen (zweimal k) veröffentlicht nur die Kennzahlen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="103"/>
        <source>Topics are counted once per visit and topic: a visit about housing and health counts under both, so the topics add up to more than the visits.</source>
        <translation>Themen zählen einmal je Besuch und Thema: Ein Besuch zu Wohnen und Gesundheit zählt bei beiden; deshalb ergeben die Themen zusammen mehr als die Besuche.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="106"/>
        <source>Visits count visits, not people. Distinct visitors count the pseudonymous visitor cards seen in the month; anonymous visits count among the visits only.</source>
        <translation>Gezählt werden Besuche, nicht Menschen. Verschiedene Besuchende zählen die pseudonymen Besuchskarten des Monats; anonyme Besuche zählen nur bei den Besuchen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="109"/>
        <source>Volunteer figures are totals only; nothing is shown per person.</source>
        <translation>Zahlen zum Ehrenamt sind nur Summen; nichts wird je Person gezeigt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="111"/>
        <source>This report adds up the reports of {count} Welcome Points. A sum with a hidden part is hidden, and the rules are applied again to the sums.</source>
        <translation>Dieser Bericht addiert die Berichte von {count} Welcome Points. Eine Summe mit verdecktem Anteil wird verdeckt, und die Regeln werden auf die Summen erneut angewandt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="114"/>
        <source>The same figures are in the CSV files and the JSON file (format welcome-point-monthly, version 1); SHA256SUMS lists a checksum of each file.</source>
        <translation>Dieselben Zahlen stehen in den CSV-Dateien und der JSON-Datei (Format welcome-point-monthly, Version 1); SHA256SUMS enthält eine Prüfsumme jeder Datei.</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="117"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="118"/>
        <source>Welcome Point monthly report: {site}, {period}</source>
        <translation>Monatsbericht des Welcome Points: {site}, {period}</translation>
    </message>
    <message>
        <location filename="../welcome_point/documents/report_pdf.py" line="119"/>
        <source>Hello,

attached are the anonymised figures of {site} for {period}: a PDF to read, CSV files for spreadsheets and a JSON file for the city&apos;s records. The files hold counts only, no names or contact details; counts below {k} are hidden.

Best regards</source>
        <translation>Guten Tag,

anbei die anonymisierten Zahlen von {site} für {period}: ein PDF zum Lesen, CSV-Dateien für Tabellenkalkulationen und eine JSON-Datei für die Unterlagen der Stadt. Die Dateien enthalten nur Zahlen, keine Namen oder Kontaktdaten; Zahlen unter {k} sind verdeckt.

Mit freundlichen Grüßen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="167"/>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="169"/>
        <source>Anonymised figures of a month for the city and the partner cities. What you see here is exactly what is exported.</source>
        <translation>Anonymisierte Zahlen eines Monats für die Stadt und die Partnerstädte. Was Sie hier sehen, wird genau so exportiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="177"/>
        <source>Counting the month</source>
        <translation>Monat wird gezählt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="188"/>
        <source>Previous month (Page Up, Alt+Left)</source>
        <translation>Voriger Monat (Page Up, Alt+Left)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="190"/>
        <source>Next month (Page Down, Alt+Right)</source>
        <translation>Nächster Monat (Page Down, Alt+Right)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="196"/>
        <source>Month of the report</source>
        <translation>Monat des Berichts</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="199"/>
        <source>Welcome Point</source>
        <translation>Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="204"/>
        <source>Language of the PDF</source>
        <translation>Sprache der PDF-Datei</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="209"/>
        <source>Counts from 1 to k − 1 are hidden (shown as “&lt;k”), and as many others as it takes that none of them can be worked out from the totals. A month with fewer than 2 × k visits publishes its key figures only. k is set on the Settings page.</source>
        <translation>Zahlen von 1 bis k − 1 werden verdeckt (angezeigt als „&lt;k“), dazu so viele weitere wie nötig, damit sich keine von ihnen aus den Summen errechnen lässt. Ein Monat mit weniger als 2 × k Besuchen veröffentlicht nur seine Kennzahlen. k wird auf der Seite „Einstellungen“ festgelegt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="214"/>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="219"/>
        <source>&amp;Welcome Point:</source>
        <translation>&amp;Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="222"/>
        <source>PDF in:</source>
        <translation>PDF-Sprache:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="229"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="231"/>
        <source>Write the report to a USB stick or a folder (Ctrl+E)</source>
        <translation>Den Bericht auf einem USB-Stick oder in einem Ordner speichern (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="232"/>
        <source>E-mail &amp;draft…</source>
        <translation>E-Mail-En&amp;twurf…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="234"/>
        <source>Write the report and an e-mail with the files attached, and open it in the mail program</source>
        <translation>Den Bericht und eine E-Mail mit den Dateien im Anhang erstellen und die E-Mail im Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="235"/>
        <source>Mer&amp;ge reports…</source>
        <translation>Berichte &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="237"/>
        <source>Combine the JSON reports of several Welcome Points for one month into a city report</source>
        <translation>Die JSON-Berichte mehrerer Welcome Points für einen Monat zu einem Stadtbericht zusammenführen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="243"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="263"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="272"/>
        <location filename="../welcome_point/ui/reports_page.py" line="273"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="327"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="357"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="421"/>
        <location filename="../welcome_point/ui/reports_page.py" line="612"/>
        <source>All Welcome Points</source>
        <translation>Alle Welcome Points</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="504"/>
        <source>Counting the month…</source>
        <translation>Monat wird gezählt…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="559"/>
        <source>The report could not be made</source>
        <translation>Der Bericht konnte nicht erstellt werden</translation>
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
        <translation>Im %1 wurden keine Besuche erfasst. Wählen Sie mit den Pfeilen, Page Up oder Page Down einen anderen Monat.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="618"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>Die Datenbank ist noch leer. Zum Ausprobieren mit erfundenen Daten einen eigenen Ordner mit der Demo füllen und die App dann damit öffnen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="659"/>
        <source>Hidden so that a small number cannot be worked out from the totals</source>
        <translation>Verdeckt, damit sich keine kleine Zahl aus den Summen errechnen lässt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="660"/>
        <source>Fewer than %1: hidden so that nobody can be singled out</source>
        <translation>Weniger als %1: verdeckt, damit niemand erkennbar wird</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="709"/>
        <source>Total below %1: not published, every count is hidden.</source>
        <translation>Summe unter %1: nicht veröffentlicht, alle Zahlen sind verdeckt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="741"/>
        <source>%1 – %2 free</source>
        <translation>%1 – %2 frei</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="747"/>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="756"/>
        <source>Where to write the report</source>
        <translation>Speicherort für den Bericht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="786"/>
        <source>Writing the report…</source>
        <translation>Bericht wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="796"/>
        <source>Reports to merge</source>
        <translation>Zusammenzuführende Berichte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="797"/>
        <source>Monthly reports (*.json)</source>
        <translation>Monatsberichte (*.json)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="801"/>
        <source>Where to write the city report</source>
        <translation>Speicherort für den Stadtbericht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="807"/>
        <source>Merging the reports…</source>
        <translation>Berichte werden zusammengeführt…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="836"/>
        <source>The city report was written to %1</source>
        <translation>Der Stadtbericht wurde in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="838"/>
        <source>The report was written to %1</source>
        <translation>Der Bericht wurde in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="842"/>
        <source>E-mail draft: %1</source>
        <translation>E-Mail-Entwurf: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="846"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="848"/>
        <location filename="../welcome_point/ui/reports_page.py" line="852"/>
        <source>E-mail draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="849"/>
        <source>The files were written, but the e-mail draft could not be:

%1</source>
        <translation>Die Dateien wurden gespeichert, aber der E-Mail-Entwurf konnte nicht geschrieben werden:

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="853"/>
        <source>The e-mail draft was written but no mail program could open it. Open it yourself from:
%1</source>
        <translation>Der E-Mail-Entwurf wurde erstellt, aber kein Mailprogramm konnte ihn öffnen. Bitte öffnen Sie ihn selbst:
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
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="874"/>
        <source>The reports were not merged; no file was written.</source>
        <translation>Die Berichte wurden nicht zusammengeführt; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="876"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Merge reports</source>
        <translation>Berichte zusammenführen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="877"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/reports_page.py" line="880"/>
        <source>The files could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Die Dateien konnten nicht geschrieben werden.

%1</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="52"/>
        <source>Records are kept only as long as they are needed. The app erases old records by itself at start and once a day; the anonymous counts in the reports stay.</source>
        <translation>Datensätze werden nur so lange gespeichert, wie sie benötigt werden. Die App löscht alte Datensätze selbstständig beim Start und einmal täglich; die anonymen Zahlen in den Berichten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="57"/>
        <source>How long records are kept</source>
        <translation>Speicherdauer der Datensätze</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="60"/>
        <source>Months without a visit before a visitor is erased</source>
        <translation>Monate ohne Besuch, bis eine ratsuchende Person gelöscht wird</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="61"/>
        <location filename="../welcome_point/ui/privacy_retention.py" line="63"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="62"/>
        <source>Months after leaving before a volunteer is erased</source>
        <translation>Monate nach dem Ausscheiden, bis eine ehrenamtliche Person gelöscht wird</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="64"/>
        <source>Visitors with no visit for:</source>
        <translation>Ratsuchende ohne Besuch seit:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="66"/>
        <source>Volunteers who left, after:</source>
        <translation>Ausgeschiedene Ehrenamtliche nach:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="69"/>
        <source>Their card code and details are erased; their visits stay, without a link to the person.</source>
        <translation>Kartencode und Angaben werden gelöscht; die Besuche bleiben ohne Bezug zur Person erhalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="71"/>
        <source>Name, contact data and languages are erased; their hours remain only in anonymous totals.</source>
        <translation>Name, Kontaktdaten und Sprachen werden gelöscht; die Stunden bleiben nur in anonymen Summen erhalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="72"/>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="81"/>
        <source>Runs</source>
        <translation>Löschläufe</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="85"/>
        <source>&amp;Run now…</source>
        <translation>Jetzt &amp;ausführen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="87"/>
        <source>Erase now every record that is past its time (a backup is taken first)</source>
        <translation>Jetzt alle Datensätze löschen, deren Frist abgelaufen ist (vorher wird eine Sicherung erstellt)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="137"/>
        <source>Not run yet on this database.</source>
        <translation>Für diese Datenbank noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="139"/>
        <source>Last run: %1.</source>
        <translation>Zuletzt ausgeführt: %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="148"/>
        <source>Saved. The next run uses the new periods.</source>
        <translation>Gespeichert. Der nächste Löschlauf verwendet die neuen Fristen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="159"/>
        <source>Erase now every visitor with no visit for %1 months and every volunteer who left more than %2 months ago? A backup is taken first. This cannot be undone in the app.</source>
        <translation>Jetzt alle Ratsuchenden ohne Besuch seit %1 Monaten und alle Ehrenamtlichen löschen, die vor mehr als %2 Monaten ausgeschieden sind? Vorher wird eine Sicherung erstellt. In der App kann das nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="168"/>
        <source>Run retention now</source>
        <translation>Löschfristen jetzt anwenden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="175"/>
        <source>Erasing records past their time…</source>
        <translation>Datensätze mit abgelaufener Frist werden gelöscht…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_retention.py" line="183"/>
        <source>Done: %1 visitors and %2 volunteers erased.</source>
        <translation>Fertig: %1 Ratsuchende und %2 Ehrenamtliche gelöscht.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="95"/>
        <source>Print roster</source>
        <translation>Dienstplan drucken</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="97"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="98"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="102"/>
        <source>For the notice board: first names only, no phone numbers</source>
        <translation>Zum Aushängen: nur Vornamen, keine Telefonnummern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="108"/>
        <source>Roster for a:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="109"/>
        <source>Containing the day:</source>
        <translation>Mit dem Tag:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Language of the app</source>
        <translation>Sprache der Anwendung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Switch language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="95"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>Das Fenster wird in der neuen Sprache neu aufgebaut; dabei geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="102"/>
        <source>This Welcome Point</source>
        <translation>Dieser Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="111"/>
        <source>e.g. Mon–Fri 10–16, Sat 10–14</source>
        <translation>z. B. Mo–Fr 10–16, Sa 10–14</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="112"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="113"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="114"/>
        <source>Opening hours:</source>
        <translation>Öffnungszeiten:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="115"/>
        <location filename="../welcome_point/ui/settings_page.py" line="137"/>
        <location filename="../welcome_point/ui/settings_page.py" line="157"/>
        <location filename="../welcome_point/ui/settings_page.py" line="178"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="117"/>
        <source>Printed on visitor cards and referral slips.</source>
        <translation>Erscheint auf Besuchskarten und Vermittlungszetteln.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="127"/>
        <source>Shifts and certificates</source>
        <translation>Schichten und Nachweise</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="133"/>
        <source>At most hours per day and volunteer:</source>
        <translation>Höchstens Stunden pro Tag und Person:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="134"/>
        <source>At least hours of rest between two days:</source>
        <translation>Mindestens Stunden Ruhezeit zwischen zwei Tagen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="135"/>
        <source>Ehrenamtskarte: hours per year:</source>
        <translation>Ehrenamtskarte: Stunden pro Jahr:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="136"/>
        <source>… or hours per week on average:</source>
        <translation>… oder Stunden pro Woche im Durchschnitt:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="140"/>
        <source>Assignments that break the first two are refused with the reason.</source>
        <translation>Einteilungen, die gegen die ersten beiden verstoßen, werden mit Begründung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="150"/>
        <source>Monthly reports</source>
        <translation>Monatsberichte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="155"/>
        <source>Counts from 1 to k − 1 are hidden in the monthly report; a month with fewer than 2 × k visits publishes its key figures only. 5 is usual; a larger k hides more.</source>
        <translation>Zahlen von 1 bis k − 1 werden im Monatsbericht verdeckt; ein Monat mit weniger als 2 × k Besuchen veröffentlicht nur seine Kennzahlen. Üblich ist 5; ein größeres k verdeckt mehr.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="159"/>
        <source>Smaller counts are hidden in the reports for the city.</source>
        <translation>Kleinere Zahlen werden in den Berichten für die Stadt verdeckt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="165"/>
        <source>Suppression threshold k:</source>
        <translation>Mindestfallzahl k:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="170"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="174"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="176"/>
        <source>Without a key press or a mouse movement for this long, the window locks and hides all personal data until someone signs in again.</source>
        <translation>Ohne Tastendruck oder Mausbewegung während dieser Zeit sperrt sich das Fenster und verbirgt alle personenbezogenen Daten, bis sich jemand wieder anmeldet.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="180"/>
        <source>The screen faces the public: it locks when nobody uses it.</source>
        <translation>Der Bildschirm ist öffentlich einsehbar: Er sperrt sich, wenn niemand ihn benutzt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="186"/>
        <source>Lock automatically after:</source>
        <translation>Automatisch sperren nach:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="191"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="194"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="203"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="204"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="205"/>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="206"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="207"/>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="208"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="238"/>
        <location filename="../welcome_point/ui/settings_page.py" line="268"/>
        <location filename="../welcome_point/ui/settings_page.py" line="284"/>
        <location filename="../welcome_point/ui/settings_page.py" line="303"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="326"/>
        <source>No Welcome Point set up yet</source>
        <translation>Noch kein Welcome Point eingerichtet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="331"/>
        <source>Visitors with a card</source>
        <translation>Ratsuchende mit Besuchskarte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Referrals</source>
        <translation>Weitervermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="332"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisationen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="333"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="334"/>
        <source>Shift assignments</source>
        <translation>Schichteinteilungen</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="296"/>
        <source>Create the administrator account</source>
        <translation>Administrationskonto anlegen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="300"/>
        <source>This is the first start. The administrator creates the accounts of everyone else. The password protects the personal data of visitors and volunteers: choose a long one and keep it safe. It cannot be recovered; without it, nobody can manage the accounts.</source>
        <translation>Dies ist der erste Start. Die Administration legt die Konten aller anderen an. Das Passwort schützt die personenbezogenen Daten von Ratsuchenden und Ehrenamtlichen: Wählen Sie ein langes Passwort und bewahren Sie es sicher auf. Es kann nicht wiederhergestellt werden; ohne es kann niemand die Konten verwalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="305"/>
        <source>Username of the administrator</source>
        <translation>Benutzername für die Administration</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="307"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="308"/>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="314"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="315"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="317"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="319"/>
        <source>Create and sign in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="349"/>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation>Mindestens 8 Zeichen; einige Wörter ohne Zusammenhang ergeben ein starkes Passwort.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="351"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Zu kurz: mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="353"/>
        <source>Weak: longer, or mix letters, digits and signs.</source>
        <translation>Schwach: Wählen Sie ein längeres Passwort oder mischen Sie Buchstaben, Ziffern und Sonderzeichen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="355"/>
        <source>Fair.</source>
        <translation>Mittel.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="357"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="370"/>
        <source>Enter a username for the administrator.</source>
        <translation>Geben Sie einen Benutzernamen für die Administration ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="374"/>
        <source>The password needs at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="378"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort erneut ein.</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="130"/>
        <source>This volunteer already has a shift at the same time.</source>
        <translation>Diese ehrenamtliche Person hat zur selben Zeit bereits eine Schicht.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="132"/>
        <source>This volunteer is already on this shift.</source>
        <translation>Diese ehrenamtliche Person ist bereits in dieser Schicht eingeteilt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="134"/>
        <source>This shift would take the volunteer over the daily limit of %1 hours.</source>
        <translation>Mit dieser Schicht würde die ehrenamtliche Person die Tageshöchstzeit von %1 Stunden überschreiten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="137"/>
        <source>Between this shift and another one the volunteer would have less than the rest time of %1 hours.</source>
        <translation>Zwischen dieser und einer anderen Schicht bliebe der ehrenamtlichen Person weniger als die Ruhezeit von %1 Stunden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="140"/>
        <source>This volunteer is marked as not active.</source>
        <translation>Diese ehrenamtliche Person ist als nicht aktiv markiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="142"/>
        <source>This volunteer has left the team.</source>
        <translation>Diese ehrenamtliche Person ist aus dem Team ausgeschieden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="667"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="669"/>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="672"/>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="670"/>
        <source>%1, replaced by %2</source>
        <translation>%1, ersetzt durch %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="673"/>
        <source>%1, in place of %2</source>
        <translation>%1, anstelle von %2</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="350"/>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="519"/>
        <source>&amp;Week plan</source>
        <translation>&amp;Wochenplan</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="520"/>
        <source>&amp;Today</source>
        <translation>Heu&amp;te</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="521"/>
        <source>&amp;Gaps (next 4 weeks)</source>
        <translation>&amp;Lücken (nächste 4 Wochen)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="531"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="532"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="534"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="535"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="538"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="539"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="546"/>
        <source>Print roster…</source>
        <translation>Dienstplan drucken…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="548"/>
        <source>Create from templates… (Ctrl+T)</source>
        <translation>Aus Vorlagen anlegen… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="563"/>
        <source>Shifts of the week</source>
        <translation>Schichten der Woche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="589"/>
        <source>Create from templates…</source>
        <translation>Aus Vorlagen anlegen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="645"/>
        <source>Volunteers on this shift</source>
        <translation>Ehrenamtliche in dieser Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="649"/>
        <source>&amp;Assign… (Enter)</source>
        <translation>&amp;Einteilen… (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="651"/>
        <source>S&amp;wap…</source>
        <translation>Ta&amp;uschen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="652"/>
        <source>Another volunteer takes over; the change stays in the history.</source>
        <translation>Eine andere ehrenamtliche Person übernimmt; der Wechsel bleibt im Verlauf sichtbar.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="654"/>
        <source>&amp;Cancel assignment… (Del)</source>
        <translation>&amp;Austragen… (Del)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="656"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="658"/>
        <source>Delete shift…</source>
        <translation>Schicht löschen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="675"/>
        <source>Language demand this week (from the visits of the last 8 weeks)</source>
        <translation>Sprachbedarf in dieser Woche (aus den Besuchen der letzten 8 Wochen)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="677"/>
        <source>Language demand</source>
        <translation>Sprachbedarf</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="686"/>
        <source>Suggested volunteer</source>
        <translation>Vorgeschlagene Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="687"/>
        <source>Assign &amp;suggested</source>
        <translation>V&amp;orschlag einteilen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="689"/>
        <source>Other speaker…</source>
        <translation>Andere Person wählen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="709"/>
        <source>One click when a volunteer arrives and leaves; the hours come from these times.</source>
        <translation>Ein Klick auf „Kommen“, wenn eine ehrenamtliche Person ankommt, und auf „Gehen“, wenn sie geht; aus diesen Zeiten werden die Stunden berechnet.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="728"/>
        <source>Gaps in the next four weeks</source>
        <translation>Lücken in den nächsten vier Wochen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="734"/>
        <source>No gaps in the next four weeks: every shift has its people and its wanted languages.</source>
        <translation>Keine Lücken in den nächsten vier Wochen: Jede Schicht ist ausreichend besetzt, und alle gewünschten Sprachen sind vertreten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="742"/>
        <source>Show in the &amp;week (Enter)</source>
        <translation>In der Wo&amp;che zeigen (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="744"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Einteilen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="823"/>
        <source>Week %1: %2 – %3</source>
        <translation>KW %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="825"/>
        <source>No shifts planned for this week. Create them from the weekly templates (Ctrl+T), then assign volunteers.</source>
        <translation>Für diese Woche sind keine Schichten geplant. Legen Sie sie aus den Wochenvorlagen an (Ctrl+T) und teilen Sie dann Ehrenamtliche ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="852"/>
        <source>Language demand is shown once the week has shifts.</source>
        <translation>Der Sprachbedarf wird angezeigt, sobald die Woche Schichten hat.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="854"/>
        <source>Every language that visitors usually bring in this week&apos;s slots has a speaker on the shift.</source>
        <translation>Jede Sprache, die Ratsuchende zu den Schichtzeiten dieser Woche üblicherweise sprechen, ist in der jeweiligen Schicht vertreten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="865"/>
        <source>%1: about %2 %3 visits expected, no speaker</source>
        <translation>%1: etwa %2 Besuche auf %3 erwartet, niemand spricht die Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="872"/>
        <source>%1 – suggest: %2</source>
        <translation>%1 – Vorschlag: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="873"/>
        <source>%1 – no free speaker</source>
        <translation>%1 – niemand mit dieser Sprache frei</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="877"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="888"/>
        <source>No shifts today. Shifts are planned under Week plan.</source>
        <translation>Heute keine Schichten. Schichten werden im „Wochenplan“ geplant.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="898"/>
        <source>Add volunteer…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="899"/>
        <source>Someone came who was not planned for this shift.</source>
        <translation>Es ist jemand gekommen, der für diese Schicht nicht eingeplant war.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="905"/>
        <source>Nobody is assigned.</source>
        <translation>Niemand ist eingeteilt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="925"/>
        <source>Check in</source>
        <translation>Kommen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="926"/>
        <source>Check out</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="927"/>
        <source>No-show…</source>
        <translation>Nicht erschienen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="935"/>
        <source>A no-show can be recorded once the shift has started.</source>
        <translation>„Nicht erschienen“ kann erst nach Beginn der Schicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="950"/>
        <source>in %1, out %2</source>
        <translation>Gekommen %1, gegangen %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="953"/>
        <source>checked in at %1</source>
        <translation>Gekommen um %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="961"/>
        <source>Shifts with gaps: %1, of them understaffed: %2</source>
        <translation>Schichten mit Lücken: %1, davon unterbesetzt: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1001"/>
        <source>No shift selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1002"/>
        <source>Choose a shift in the week (arrow keys or a click) to assign volunteers.</source>
        <translation>Wählen Sie eine Schicht in der Woche (Pfeiltasten oder Klick), um Ehrenamtliche einzuteilen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1015"/>
        <source>Wanted languages: %1</source>
        <translation>Gewünschte Sprachen: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1016"/>
        <source>No particular language wanted.</source>
        <translation>Keine bestimmte Sprache gewünscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shifts_page.py" line="1055"/>
        <source>%n shift(s) created.</source>
        <translation>
            <numerusform>%n Schicht angelegt.</numerusform>
            <numerusform>%n Schichten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1056"/>
        <source>No new shifts: they all exist already.</source>
        <translation>Keine neuen Schichten: Alle sind bereits vorhanden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1096"/>
        <source>Take %1 off the shift on %2, %3? The cancellation stays in the shift&apos;s history.</source>
        <translation>%1 aus der Schicht am %2, %3 austragen? Die Absage bleibt im Verlauf der Schicht sichtbar.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1099"/>
        <source>Cancel assignment</source>
        <translation>Aus der Schicht austragen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1121"/>
        <source>Delete the shift on %1, %2? Its planned assignments are removed too.</source>
        <translation>Die Schicht am %1, %2 löschen? Ihre geplanten Einteilungen werden ebenfalls entfernt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1124"/>
        <source>Delete shift</source>
        <translation>Schicht löschen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1183"/>
        <source>Record that %1 did not come? The shift then counts as not worked.</source>
        <translation>Erfassen, dass %1 nicht erschienen ist? Die Schicht zählt dann als nicht geleistet.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1185"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="1231"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../welcome_point/ui/login.py" line="129"/>
        <location filename="../welcome_point/ui/login.py" line="148"/>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="131"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="132"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="133"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="134"/>
        <source>6 or more digits</source>
        <translation>6 oder mehr Ziffern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="135"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="137"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="139"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="187"/>
        <location filename="../welcome_point/ui/login.py" line="189"/>
        <source>Quick switch with PIN</source>
        <translation>Schneller Wechsel mit PIN</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="188"/>
        <source>Sign in with password instead</source>
        <translation>Stattdessen mit Passwort anmelden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="235"/>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="239"/>
        <source>A PIN has at least 6 digits.</source>
        <translation>Eine PIN hat mindestens 6 Ziffern.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="243"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="257"/>
        <source>The username or the PIN is not right.</source>
        <translation>Benutzername oder PIN ist falsch.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="259"/>
        <source>The username or the password is not right.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="280"/>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/login.py" line="283"/>
        <source>Too many failed attempts. Please wait %1 before the next try.</source>
        <translation>Zu viele Fehlversuche. Bitte warten Sie %1, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>SubjectTab</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="68"/>
        <source>Everything the database holds about one visitor card or one volunteer: to answer a request for access (Art. 15 GDPR) or to erase the record on request (Art. 17).</source>
        <translation>Alles, was die Datenbank zu einer Besuchskarte oder einer ehrenamtlichen Person enthält: um eine Anfrage auf Auskunft (Art. 15 DSGVO) zu beantworten oder den Datensatz auf Antrag zu löschen (Art. 17 DSGVO).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="73"/>
        <source>&amp;Visitor card:</source>
        <translation>&amp;Besuchskarte:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="74"/>
        <source>V&amp;olunteer:</source>
        <translation>&amp;Ehrenamtliche:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="80"/>
        <source>e.g. K7MXP-Q4TAC</source>
        <translation>z. B. K7MXP-Q4TAC</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="81"/>
        <source>Card code</source>
        <translation>Kartencode</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="87"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="91"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="102"/>
        <source>&amp;Export JSON and PDF…</source>
        <translation>JSON und PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="103"/>
        <source>Write the record shown as JSON and PDF into a folder</source>
        <translation>Den angezeigten Datensatz als JSON und PDF in einen Ordner schreiben</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="105"/>
        <source>E&amp;rase…</source>
        <translation>En&amp;dgültig löschen…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="107"/>
        <source>Erase the record shown for good (asks to type it again)</source>
        <translation>Den angezeigten Datensatz endgültig löschen (zur Bestätigung muss er erneut eingegeben werden)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="123"/>
        <source>The record</source>
        <translation>Der Datensatz</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="125"/>
        <source>Enter a card code or choose a volunteer, then press Show. The record appears here exactly as it will be exported.</source>
        <translation>Geben Sie einen Kartencode ein oder wählen Sie eine ehrenamtliche Person und klicken Sie dann auf „Anzeigen“. Der Datensatz erscheint hier genau so, wie er exportiert wird.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="154"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="156"/>
        <source>%1 – left</source>
        <translation>%1 – ausgeschieden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="159"/>
        <source>No volunteers</source>
        <translation>Keine Ehrenamtlichen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="185"/>
        <source>This is not a card code: it has 10 characters (letters and digits, shown as two groups of five); check it on the card.</source>
        <translation>Das ist kein Kartencode: Er hat 10 Zeichen (Buchstaben und Ziffern, in zwei Fünfergruppen); prüfen Sie ihn auf der Karte.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="218"/>
        <source>Folder for the export</source>
        <translation>Ordner für den Export</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="226"/>
        <source>Writing the JSON file and the PDF…</source>
        <translation>JSON-Datei und PDF werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="237"/>
        <source>Written into %1: %2. Hand them to the person in person or by a secure way.</source>
        <translation>In %1 gespeichert: %2. Übergeben Sie die Dateien der Person persönlich oder auf einem sicheren Weg.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="247"/>
        <source>The visitor with the card %1</source>
        <translation>Die ratsuchende Person mit der Karte %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="249"/>
        <source>Volunteer no. %1 (with their user accounts)</source>
        <translation>Die ehrenamtliche Person Nr. %1 (mit ihren Benutzerkonten)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="252"/>
        <source>Not erased.</source>
        <translation>Nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="254"/>
        <source>Taking a backup, then erasing…</source>
        <translation>Sicherung wird erstellt, dann wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="269"/>
        <source>Erased: the card code no longer exists; the visits stay as anonymous visits.</source>
        <translation>Gelöscht: Den Kartencode gibt es nicht mehr; die Besuche bleiben als anonyme Besuche erhalten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject.py" line="272"/>
        <source>Erased: the volunteer&apos;s record and accounts are gone; their hours stay in the anonymous totals.</source>
        <translation>Gelöscht: Datensatz und Konten der ehrenamtlichen Person sind entfernt; ihre Stunden bleiben in den anonymen Summen erhalten.</translation>
    </message>
</context>
<context>
    <name>SubjectText</name>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="32"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="33"/>
        <source>Card code</source>
        <translation>Kartencode</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="34"/>
        <source>First visit</source>
        <translation>Erster Besuch</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="35"/>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="36"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="37"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="38"/>
        <source>Region of origin</source>
        <translation>Herkunftsregion</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="39"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="40"/>
        <source>Kept until (unless seen again)</source>
        <translation>Gespeichert bis (ohne neuen Besuch)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="41"/>
        <source>Kept until (counted from leaving)</source>
        <translation>Gespeichert bis (gerechnet ab Austritt)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="42"/>
        <source>Access rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="44"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="45"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="46"/>
        <source>Joined</source>
        <translation>Dabei seit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="47"/>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="48"/>
        <source>Consent to contact data</source>
        <translation>Einwilligung in Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="49"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="50"/>
        <source>Hours worked</source>
        <translation>Geleistete Stunden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="51"/>
        <source>Shifts attended</source>
        <translation>Geleistete Einsätze</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="52"/>
        <source>Of these, from planned times</source>
        <translation>Davon nach Planzeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="53"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="54"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="55"/>
        <source>Waiting queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="56"/>
        <source>Audit log entries</source>
        <translation>Einträge im Protokoll</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="57"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="58"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="59"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="60"/>
        <source>Shift changes</source>
        <translation>Änderungen an Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="61"/>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="62"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="63"/>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="64"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="65"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="66"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="67"/>
        <source>Interpreter</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="68"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="69"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="70"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="71"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="72"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="73"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="75"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="76"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="77"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="78"/>
        <source>Called</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="79"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="80"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="81"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="82"/>
        <source>Object no.</source>
        <translation>Objekt-Nr.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="83"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="84"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="85"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="86"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="87"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="88"/>
        <source>Checked in</source>
        <translation>Gekommen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="89"/>
        <source>Checked out</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="90"/>
        <source>Assignment</source>
        <translation>Einteilung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="91"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="92"/>
        <source>PIN set</source>
        <translation>PIN gesetzt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="93"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="187"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="101"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="188"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="124"/>
        <source>Visitor card %1</source>
        <translation>Besuchskarte %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="125"/>
        <source>Volunteer no. %1</source>
        <translation>Ehrenamtliche Person Nr. %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="140"/>
        <source>Compiled %1. Exactly this goes into the export.</source>
        <translation>Zusammengestellt am %1. Genau dies wird exportiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="153"/>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="186"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="164"/>
        <source>… and %1 more rows; the export holds them all.</source>
        <translation>… und %1 weitere Zeilen; der Export enthält alle.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="180"/>
        <source>Information on the data stored about a visitor card</source>
        <translation>Auskunft über die zu einer Besuchskarte gespeicherten Daten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="181"/>
        <source>Information on the data stored about a volunteer</source>
        <translation>Auskunft über die zu einer ehrenamtlichen Person gespeicherten Daten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="182"/>
        <source>This document lists everything the Welcome Point&apos;s database held about you on {date} (Art. 15 GDPR). A machine-readable copy of the same data is the JSON file of the same name.</source>
        <translation>Dieses Dokument enthält alles, was die Datenbank des Welcome Points am {date} über Sie gespeichert hatte (Art. 15 DSGVO). Dieselben Daten enthält maschinenlesbar die gleichnamige JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="185"/>
        <source>Compiled</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/privacy_subject_text.py" line="189"/>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="230"/>
        <source>Create shifts from templates</source>
        <translation>Schichten aus Vorlagen anlegen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="234"/>
        <source>Each line is a shift that repeats every week. Shifts that already exist (same day, times and role) are skipped.</source>
        <translation>Jede Zeile ist eine Schicht, die sich jede Woche wiederholt. Bereits vorhandene Schichten (gleicher Tag, gleiche Zeiten und Rolle) werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="238"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="239"/>
        <source>Min. staff</source>
        <translation>Min. Besetzung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="240"/>
        <source>Wanted languages</source>
        <translation>Gewünschte Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="241"/>
        <source>Shift templates</source>
        <translation>Schichtvorlagen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="248"/>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="250"/>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="252"/>
        <source>Back to the &amp;defaults</source>
        <translation>Zurück zu den &amp;Standardwerten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="261"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>The next 4 weeks</source>
        <translation>Die nächsten 4 Wochen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="262"/>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Next month</source>
        <translation>Nächsten Monat</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="263"/>
        <source>Other days</source>
        <translation>Andere Tage</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="270"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="271"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="274"/>
        <source>&amp;Create for:</source>
        <translation>&amp;Anlegen für:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="277"/>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="279"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="292"/>
        <source>Create shifts</source>
        <translation>Schichten anlegen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="408"/>
        <source>Choose a first day before the last one, at most a year apart.</source>
        <translation>Wählen Sie einen ersten Tag, der vor dem letzten liegt – höchstens ein Jahr davor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/shift_dialogs.py" line="413"/>
        <source>At most %n shift(s) from %1 to %2.</source>
        <translation>
            <numerusform>Höchstens %n Schicht von %1 bis %2.</numerusform>
            <numerusform>Höchstens %n Schichten von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="428"/>
        <source>Line %1: the shift must end after it starts.</source>
        <translation>Zeile %1: Die Schicht muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="433"/>
        <source>Add at least one line.</source>
        <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="437"/>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shift_dialogs.py" line="440"/>
        <source>Shifts can be created for at most a year at once.</source>
        <translation>Schichten können für höchstens ein Jahr auf einmal angelegt werden.</translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="55"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>VisitFormWidget</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="79"/>
        <source>Scan or type the card code, then Enter</source>
        <translation>Kartencode scannen oder eingeben, dann Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="84"/>
        <source>Anonymous (F6)</source>
        <translation>Anonym (F6)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="86"/>
        <source>New visitor (F7)</source>
        <translation>Neue Person (F7)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="88"/>
        <source>Print card</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="91"/>
        <source>Sheet of new cards</source>
        <translation>Bogen mit neuen Karten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="93"/>
        <source>Print ten new card codes on one A4 sheet, to cut and hand out. A card becomes a visitor&apos;s when its code is first entered at the desk.</source>
        <translation>Zehn neue Kartencodes auf einem A4-Blatt drucken, zum Ausschneiden und Ausgeben. Eine Karte gehört zu einer Person, sobald ihr Code zum ersten Mal am Empfang eingegeben wird.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="111"/>
        <location filename="../welcome_point/ui/visit_form.py" line="164"/>
        <source>Group size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="112"/>
        <source>Interpreter needed</source>
        <translation>Sprachmittlung nötig</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="121"/>
        <source>Refer to… type part of a partner&apos;s name, then Enter</source>
        <translation>Vermitteln an… Teil eines Partnernamens eingeben, dann Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="132"/>
        <source>Delete removes the selected referral</source>
        <translation>Delete entfernt die ausgewählte Vermittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="135"/>
        <source>Save visit (Ctrl+Enter)</source>
        <translation>Besuch speichern (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="138"/>
        <source>Clear (Esc)</source>
        <translation>Leeren (Esc)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="161"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="162"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="163"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="165"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="178"/>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="199"/>
        <source>Topics: keys 1–9 and 0, Alt+underlined letter, or arrow keys and Space</source>
        <translation>Themen: Tasten 1–9 und 0, Alt+unterstrichener Buchstabe oder Pfeiltasten und Leertaste</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="238"/>
        <source>No card? Press F6 for an anonymous visit or F7 for a new card.</source>
        <translation>Keine Karte? Drücken Sie F6 für einen anonymen Besuch oder F7 für eine neue Karte.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="289"/>
        <source>Returning visitor.</source>
        <translation>Wiederkehrende Person.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="291"/>
        <source>Anonymous visit.</source>
        <translation>Anonymer Besuch.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="329"/>
        <source>Editing the visit of %1</source>
        <translation>Besuch von %1 wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="331"/>
        <source>In conversation: arrived %1, called %2</source>
        <translation>Im Gespräch: angekommen %1, aufgerufen %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="334"/>
        <source>Walk-in visit since %1</source>
        <translation>Besuch ohne Warteschlange seit %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="336"/>
        <source>New visit</source>
        <translation>Neuer Besuch</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="378"/>
        <source>The card code could not be checked. Please try again.</source>
        <translation>Der Kartencode konnte nicht geprüft werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="385"/>
        <source>New card: this visitor is recorded for the first time.</source>
        <translation>Neue Karte: Diese Person wird zum ersten Mal erfasst.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="397"/>
        <source>Returning visitor: age, gender and language filled in.</source>
        <translation>Wiederkehrende Person: Alter, Geschlecht und Sprache wurden übernommen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="407"/>
        <source>New card issued: give the visitor the printed card.</source>
        <translation>Neue Karte ausgestellt: Geben Sie der Person die gedruckte Karte.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="417"/>
        <source>Anonymous visit: nothing is linked to a card.</source>
        <translation>Anonymer Besuch: Nichts wird mit einer Karte verknüpft.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="456"/>
        <source>No partner organisation matches “%1”.</source>
        <translation>Keine Partnerorganisation passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="518"/>
        <source>Choose at least one topic.</source>
        <translation>Wählen Sie mindestens ein Thema.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="519"/>
        <source>Choose the language of the conversation from the list.</source>
        <translation>Wählen Sie die Sprache des Gesprächs aus der Liste.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="520"/>
        <source>The group size must be between 1 and 20.</source>
        <translation>Die Gruppengröße muss zwischen 1 und 20 liegen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="521"/>
        <source>A time lies in the future or before 2015, or the conversation ends before it starts. Please check the computer&apos;s clock.</source>
        <translation>Eine Uhrzeit liegt in der Zukunft oder vor 2015, oder das Gespräch endet, bevor es beginnt. Bitte prüfen Sie die Uhr des Computers.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="523"/>
        <source>A referral names a partner that is not (or no longer) in the directory. Remove it and choose another.</source>
        <translation>Eine Vermittlung nennt einen Partner, der nicht (oder nicht mehr) im Partnerverzeichnis steht. Entfernen Sie sie und wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="525"/>
        <source>The follow-up date lies before the visit.</source>
        <translation>Das Datum der Wiedervorlage liegt vor dem Besuch.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="526"/>
        <location filename="../welcome_point/ui/visit_form.py" line="527"/>
        <location filename="../welcome_point/ui/visit_form.py" line="528"/>
        <source>Choose a value from the list.</source>
        <translation>Wählen Sie einen Wert aus der Liste.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="529"/>
        <source>The volunteer at the desk is not known; please choose again.</source>
        <translation>Die ehrenamtliche Person am Empfang ist nicht bekannt; bitte wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="530"/>
        <source>This card code was not issued here. Check it, or use “New visitor”.</source>
        <translation>Dieser Kartencode wurde nicht hier ausgestellt. Prüfen Sie ihn oder verwenden Sie „Neue Person“.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="531"/>
        <source>This person is no longer waiting.</source>
        <translation>Diese Person wartet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="533"/>
        <source>The visit could not be saved; nothing was changed.</source>
        <translation>Der Besuch konnte nicht gespeichert werden; es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Arrived</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Interpreter</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Visitor</source>
        <translation>Ratsuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="122"/>
        <source>Minutes from arrival to the start of the conversation</source>
        <translation>Minuten von der Ankunft bis zum Beginn des Gesprächs</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="123"/>
        <source>Minutes of the conversation</source>
        <translation>Dauer des Gesprächs in Minuten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="124"/>
        <source>People who came together</source>
        <translation>Personen, die gemeinsam gekommen sind</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="125"/>
        <source>Referrals made during the visit</source>
        <translation>Vermittlungen während des Besuchs</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="126"/>
        <source>First visit with a card, returning card holder, or anonymous</source>
        <translation>Erster Besuch mit Karte, wiederkehrende Person mit Karte oder anonym</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>First visit</source>
        <translation>Erstbesuch</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="129"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="130"/>
        <source>Yes</source>
        <translation>Ja</translation>
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
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="169"/>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="312"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="313"/>
        <source>Save the visits of this list as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Die Besuche dieser Liste als CSV-Datei für eine Tabellenkalkulation speichern (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="322"/>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="323"/>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="324"/>
        <source>First day of the period (Ctrl+F comes here)</source>
        <translation>Erster Tag des Zeitraums (Ctrl+F springt hierher)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="325"/>
        <source>&amp;All dates</source>
        <translation>Gesamter &amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="326"/>
        <source>From the first visit ever recorded to today</source>
        <translation>Vom ersten erfassten Besuch bis heute</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="328"/>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="332"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="338"/>
        <source>&amp;Reset filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="339"/>
        <source>The last %1 days, every topic, language and volunteer</source>
        <translation>Die letzten %1 Tage, alle Themen, Sprachen und Ehrenamtlichen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="342"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="347"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="349"/>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="356"/>
        <source>&amp;Volunteer:</source>
        <translation>&amp;Ehrenamtliche:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="367"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="390"/>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="541"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="591"/>
        <source>All volunteers</source>
        <translation>Alle Ehrenamtlichen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="612"/>
        <source>This column cannot be sorted; sort by arrival, waiting time, duration or group size.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden; sortieren Sie nach Ankunft, Wartezeit, Dauer oder Gruppengröße.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="643"/>
        <source>Visits: %1</source>
        <translation>Besuche: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="647"/>
        <location filename="../welcome_point/ui/visits_page.py" line="674"/>
        <source>Visits: ?</source>
        <translation>Besuche: ?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="655"/>
        <source>No visits recorded yet</source>
        <translation>Noch keine Besuche erfasst</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="656"/>
        <source>Visits saved at the Desk appear here, newest first.</source>
        <translation>Am Empfang gespeicherte Besuche erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="659"/>
        <source>No visit matches these filters</source>
        <translation>Kein Besuch passt zu diesen Filtern</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="661"/>
        <source>Choose a longer period (“All dates” shows every visit) or fewer filters.</source>
        <translation>Wählen Sie einen längeren Zeitraum („Gesamter Zeitraum“ zeigt alle Besuche) oder weniger Filter.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="668"/>
        <source>Sorting by this column works on at most %1 visits. Choose a shorter period; the list is sorted by arrival again.</source>
        <translation>Das Sortieren nach dieser Spalte ist bei höchstens %1 Besuchen möglich. Wählen Sie einen kürzeren Zeitraum; die Liste ist wieder nach Ankunft sortiert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="675"/>
        <source>The visits could not be read</source>
        <translation>Die Besuche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Visit number</source>
        <translation>Besuchsnummer</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Arrived</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Waiting (min)</source>
        <translation>Wartezeit (Min.)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Duration (min)</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Group size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Interpreter</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="706"/>
        <source>Visitor</source>
        <translation>Ratsuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="724"/>
        <location filename="../welcome_point/ui/visits_page.py" line="767"/>
        <source>Export visits</source>
        <translation>Besuche exportieren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="725"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="746"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="751"/>
        <source>Exporting… %1 visits written</source>
        <translation>Wird exportiert… %1 Besuche geschrieben</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="758"/>
        <source>%1 visits exported to %2</source>
        <translation>%1 Besuche nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="765"/>
        <source>The export failed; no file was written.</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="768"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Die Datei konnte nicht geschrieben werden.

%1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Residence &amp; asylum</source>
        <translation>Aufenthalt &amp; Asyl</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>German courses</source>
        <translation>Deutschkurse</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Work &amp; training</source>
        <translation>Arbeit &amp; Ausbildung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>School &amp; childcare</source>
        <translation>Schule &amp; Kinderbetreuung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>Leistungen &amp; Jobcenter</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Family &amp; reunification</source>
        <translation>Familie &amp; Familiennachzug</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="78"/>
        <source>Letters &amp; forms</source>
        <translation>Briefe &amp; Formulare</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="79"/>
        <source>Leisure &amp; community</source>
        <translation>Freizeit &amp; Begegnung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="80"/>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>Donations</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>Other topic</source>
        <translation>Anderes Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Farsi/Dari</source>
        <translation>Farsi/Dari</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Kurdish</source>
        <translation>Kurdisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="98"/>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="99"/>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="100"/>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="101"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="102"/>
        <source>Other language</source>
        <translation>Andere Sprache</translation>
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
        <translation>Alter nicht angegeben</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="115"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="116"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="117"/>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>Gender not stated</source>
        <translation>Geschlecht nicht angegeben</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other Europe</source>
        <translation>Übriges Europa</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Middle East</source>
        <translation>Naher Osten</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="126"/>
        <source>North Africa</source>
        <translation>Nordafrika</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="127"/>
        <source>Sub-Saharan Africa</source>
        <translation>Afrika südlich der Sahara</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="128"/>
        <source>Central and South Asia</source>
        <translation>Zentral- und Südasien</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Other region</source>
        <translation>Andere Region</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Region not stated</source>
        <translation>Region nicht angegeben</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="134"/>
        <source>Advice given</source>
        <translation>Beratung erfolgt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="135"/>
        <source>Referred</source>
        <translation>Weitervermittelt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="136"/>
        <source>Appointment arranged</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Asked to come back</source>
        <translation>Soll wiederkommen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Not resolved</source>
        <translation>Nicht geklärt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Counselling</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Health service</source>
        <translation>Gesundheitsversorgung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Housing service</source>
        <translation>Wohnungshilfe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="147"/>
        <source>Legal aid</source>
        <translation>Rechtsberatung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="148"/>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="149"/>
        <source>Labour market</source>
        <translation>Arbeitsmarkt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Community &amp; leisure</source>
        <translation>Begegnung &amp; Freizeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Other service</source>
        <translation>Anderes Angebot</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="155"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="156"/>
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="162"/>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Interpreter</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="183"/>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="168"/>
        <source>Native</source>
        <translation>Muttersprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Fluent</source>
        <translation>Fließend</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Basic</source>
        <translation>Grundkenntnisse</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="174"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="175"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="176"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="190"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="191"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="192"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="193"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="194"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="195"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="196"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="200"/>
        <source>New visitor</source>
        <translation>Neue Besuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="201"/>
        <source>Returning visitor</source>
        <translation>Wiederkehrende Besuchende</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="34"/>
        <source>Overlaps another shift</source>
        <translation>Überschneidet sich mit anderer Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="35"/>
        <source>Already on this shift</source>
        <translation>Bereits in dieser Schicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="36"/>
        <source>More than the daily limit</source>
        <translation>Über der Tageshöchstzeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="37"/>
        <source>Less than the rest time</source>
        <translation>Ruhezeit unterschritten</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="38"/>
        <source>Not active</source>
        <translation>Nicht aktiv</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="39"/>
        <source>Has left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="45"/>
        <source>Assigned</source>
        <translation>Eingeteilt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="47"/>
        <source>Swapped</source>
        <translation>Getauscht</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="48"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/shifts.py" line="46"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="182"/>
        <source>Volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="184"/>
        <source>Staff</source>
        <translation>Hauptamt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="185"/>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>New volunteer</source>
        <translation>Neue ehrenamtliche Person</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="222"/>
        <source>Edit volunteer</source>
        <translation>Ehrenamtliche Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="226"/>
        <source>As the team knows them, e.g. Amira H.</source>
        <translation>So, wie das Team die Person kennt, z. B. Amira H.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="235"/>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="237"/>
        <source>Needed before a phone number or e-mail address is saved.</source>
        <translation>Erforderlich, bevor eine Telefonnummer oder E-Mail-Adresse gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="240"/>
        <source>Joined on</source>
        <translation>Dabei seit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="241"/>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="243"/>
        <source>Acti&amp;ve: can be planned for shifts</source>
        <translation>A&amp;ktiv: kann für Schichten eingeplant werden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="282"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="284"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="285"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="286"/>
        <source>C&amp;onsent:</source>
        <translation>Ein&amp;willigung:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="288"/>
        <source>&amp;Joined on:</source>
        <translation>Da&amp;bei seit:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="290"/>
        <source>Le&amp;ft:</source>
        <translation>A&amp;usgeschieden:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="292"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="306"/>
        <source>&amp;Languages spoken:</source>
        <translation>Gesprochene &amp;Sprachen:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="371"/>
        <source>“%1” is not a known language: choose one from the list.</source>
        <translation>„%1“ ist keine bekannte Sprache: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="375"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="387"/>
        <source>Enter the name the team knows the volunteer by.</source>
        <translation>Geben Sie den Namen ein, unter dem das Team die Person kennt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="394"/>
        <source>A phone number or e-mail address can only be saved with the date the volunteer consented: tick “Given on” and enter the date, or leave both empty.</source>
        <translation>Eine Telefonnummer oder E-Mail-Adresse kann nur mit dem Datum der Einwilligung gespeichert werden: Setzen Sie das Häkchen bei „Erteilt am“ und geben Sie das Datum ein, oder lassen Sie beide Felder leer.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="398"/>
        <source>The consent date lies in the future.</source>
        <translation>Das Datum der Einwilligung liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="402"/>
        <source>The volunteer cannot leave before joining.</source>
        <translation>Das Datum des Ausscheidens darf nicht vor „Dabei seit“ liegen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteer_dialog.py" line="406"/>
        <source>Tick at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="62"/>
        <source>Joined</source>
        <translation>Dabei seit</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="63"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="82"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
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
        <translation>Keine Einwilligung erfasst: Es werden weder Telefonnummer noch E-Mail-Adresse gespeichert.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="171"/>
        <source>Search by name… (Ctrl+F)</source>
        <translation>Nach Namen suchen… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="173"/>
        <source>Search volunteers by name</source>
        <translation>Ehrenamtliche nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="175"/>
        <source>Speaks</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="177"/>
        <source>&amp;Speaks:</source>
        <translation>S&amp;pricht:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="179"/>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inaktive anzeigen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="180"/>
        <source>Sho&amp;w phone numbers</source>
        <translation>&amp;Telefonnummern anzeigen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="181"/>
        <source>Phone numbers are hidden so that nobody reads them over your shoulder; they show until you leave the program.</source>
        <translation>Telefonnummern sind verborgen, damit niemand sie über Ihre Schulter mitliest; sie bleiben sichtbar, bis Sie das Programm beenden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="183"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="184"/>
        <source>A new volunteer (Ctrl+N)</source>
        <translation>Neue ehrenamtliche Person anlegen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="185"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="186"/>
        <source>Edit the selected volunteer (Enter)</source>
        <translation>Ausgewählte ehrenamtliche Person bearbeiten (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="187"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="394"/>
        <source>&amp;Deactivate…</source>
        <translation>De&amp;aktivieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="188"/>
        <source>Hours &amp;certificate…</source>
        <translation>Ehrenamtsna&amp;chweis…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="189"/>
        <source>A certificate of the selected volunteer&apos;s hours (PDF)</source>
        <translation>Nachweis über die Stunden der ausgewählten ehrenamtlichen Person (PDF)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="190"/>
        <source>Shifts as calendar (.ics)…</source>
        <translation>Schichten als Kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="191"/>
        <source>The selected volunteer&apos;s shifts as a calendar file for their phone or computer</source>
        <translation>Die Schichten der ausgewählten ehrenamtlichen Person als Kalenderdatei für Handy oder Computer</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="209"/>
        <location filename="../welcome_point/ui/volunteers_page.py" line="485"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="220"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="346"/>
        <source>No volunteers yet: add the first with New (Ctrl+N). Record the languages they speak, so that the shift plan can show who covers Arabic, Dari or Ukrainian.</source>
        <translation>Noch keine Ehrenamtlichen: Legen Sie mit „Neu“ (Ctrl+N) die erste Person an. Erfassen Sie die Sprachen, die sie sprechen, damit der Schichtplan zeigen kann, wer Arabisch, Dari oder Ukrainisch abdeckt.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="351"/>
        <source>No volunteer matches “%1”.</source>
        <translation>Keine ehrenamtliche Person passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="353"/>
        <source>Nobody here speaks %1 yet.</source>
        <translation>Hier spricht noch niemand %1.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="356"/>
        <source>All volunteers are inactive: tick “Show inactive” to see them.</source>
        <translation>Alle Ehrenamtlichen sind inaktiv: Setzen Sie das Häkchen bei „Inaktive anzeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="360"/>
        <source>%1 of %2 volunteers shown · %3 inactive not shown</source>
        <translation>%1 von %2 Ehrenamtlichen angezeigt · %3 inaktive nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="364"/>
        <source>%1 of %2 volunteers shown</source>
        <translation>%1 von %2 Ehrenamtlichen angezeigt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="390"/>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="391"/>
        <source>The selected volunteer is back: they can be planned again</source>
        <translation>Die ausgewählte ehrenamtliche Person ist zurück und kann wieder eingeplant werden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="395"/>
        <source>The selected volunteer has left (Delete); their hours are kept</source>
        <translation>Die ausgewählte ehrenamtliche Person ist ausgeschieden (Delete); ihre Stunden bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="470"/>
        <source>Reactivate “%1”? They can be planned for shifts again.</source>
        <translation>„%1“ reaktivieren? Die Person kann dann wieder für Schichten eingeplant werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="473"/>
        <source>The date they left (%1) is cleared.</source>
        <translation>Das Datum des Ausscheidens (%1) wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/volunteers_page.py" line="476"/>
        <source>Reactivate volunteer</source>
        <translation>Ehrenamtliche Person reaktivieren</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="23"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="231"/>
        <source>%1
today</source>
        <translation>%1
heute</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="268"/>
        <source>Morning</source>
        <translation>Vormittag</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="270"/>
        <source>Afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="271"/>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="278"/>
        <source>%1 – understaffed</source>
        <translation>%1 – unterbesetzt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="281"/>
        <source>%1 – %2 missing</source>
        <translation>%1 – fehlt: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="282"/>
        <source>%1 – covered</source>
        <translation>%1 – besetzt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="291"/>
        <source>wanted: %1</source>
        <translation>gewünscht: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="298"/>
        <source>about %1 %2 visits expected, no speaker</source>
        <translation>etwa %1 Besuche auf %2 erwartet, niemand spricht die Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="311"/>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="317"/>
        <source>Wanted:</source>
        <translation>Gewünscht:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="322"/>
        <source>Demand:</source>
        <translation>Bedarf:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/shifts_page.py" line="336"/>
        <source>Wanted languages: %1</source>
        <translation>Gewünschte Sprachen: %1</translation>
    </message>
</context>
</TS>
