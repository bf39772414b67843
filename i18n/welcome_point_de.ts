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
    <name>EmptyStatePage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="39"/>
        <source>Not available in this version yet.</source>
        <translation>In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="44"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>Die Datenbank ist noch leer. Zum Ausprobieren mit erfundenen Daten einen eigenen Ordner mit der Demo füllen und die App dann damit öffnen:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="17"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Welcome Point Desk geschrieben. Bitte diese Version installieren; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="21"/>
        <source>The data folder cannot be used.</source>
        <translation>Der Datenordner kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="23"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>Die Datenbank kann nicht verwendet werden. Andere Programme, die sie benutzen, schließen oder eine Sicherungskopie wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="27"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>Die Aktion konnte nicht abgeschlossen werden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; es wurde nichts verändert.</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="78"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="92"/>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="93"/>
        <source>Check visitors in within seconds: the waiting queue, the visit form with topics, language and referrals, visitor cards and today&apos;s visits.</source>
        <translation>Ratsuchende in Sekunden aufnehmen: Warteschlange, Besuchsformular mit Themen, Sprache und Weitervermittlungen, Besuchskarten und die Besuche von heute.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="95"/>
        <location filename="../welcome_point/ui/main_window.py" line="98"/>
        <source>Visits in the database: %1</source>
        <translation>Besuche in der Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="96"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="97"/>
        <source>Every visit, filtered by date, topic, language and volunteer, with CSV export.</source>
        <translation>Alle Besuche, filterbar nach Datum, Thema, Sprache und Ehrenamtlichen, mit CSV-Export.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="99"/>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="100"/>
        <source>Open referrals with their follow-up dates, overdue ones highlighted, and counts per partner.</source>
        <translation>Offene Weitervermittlungen mit Wiedervorlagedatum, überfällige hervorgehoben, sowie Anzahl je Partner.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="101"/>
        <source>Referrals in the database: %1</source>
        <translation>Weitervermittlungen in der Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="102"/>
        <source>Directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="103"/>
        <source>Partner organisations with address, opening hours and languages; CSV import and export; referral slips in two languages.</source>
        <translation>Partnerorganisationen mit Adresse, Öffnungszeiten und Sprachen; CSV-Import und -Export; zweisprachige Vermittlungszettel.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="105"/>
        <source>Partner organisations in the database: %1</source>
        <translation>Partnerorganisationen in der Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="106"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="107"/>
        <source>Volunteers with their languages and roles, consent dates and hour certificates.</source>
        <translation>Ehrenamtliche mit ihren Sprachen und Rollen, Datum der Einwilligung und Stundennachweisen.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="108"/>
        <source>Volunteers in the database: %1</source>
        <translation>Ehrenamtliche in der Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="109"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="110"/>
        <source>A week view of shifts with staffing and language coverage, attendance and printed rosters.</source>
        <translation>Wochenansicht der Schichten mit Besetzung und abgedeckten Sprachen, Anwesenheit und Schichtplänen zum Ausdrucken.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="111"/>
        <source>Shifts in the database: %1</source>
        <translation>Schichten in der Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="112"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="113"/>
        <source>Anonymised monthly reports as PDF, CSV and JSON, with small-cell suppression, for the city and the partner cities.</source>
        <translation>Anonymisierte Monatsberichte als PDF, CSV und JSON, mit Unterdrückung kleiner Fallzahlen, für die Stadt und die Partnerstädte.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="156"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>Das Fenster wird in der gewählten Sprache neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="179"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>&amp;Über Welcome Point Desk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="182"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="197"/>
        <source>No Welcome Point set up yet</source>
        <translation>Noch kein Welcome Point eingerichtet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="202"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="210"/>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="212"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="35"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="41"/>
        <source>Language of the app</source>
        <translation>Sprache der Anwendung</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="42"/>
        <source>Switch language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="44"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>Das Fenster wird in der neuen Sprache neu aufgebaut; dabei geht nichts verloren.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="51"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="54"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="63"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="64"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="65"/>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="66"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="67"/>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="68"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>No Welcome Point set up yet</source>
        <translation>Noch kein Welcome Point eingerichtet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visitors with a card</source>
        <translation>Ratsuchende mit Besuchskarte</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Referrals</source>
        <translation>Weitervermittlungen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisationen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="94"/>
        <source>Shift assignments</source>
        <translation>Schichteinteilungen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="65"/>
        <source>Residence &amp; asylum</source>
        <translation>Aufenthalt &amp; Asyl</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="66"/>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="67"/>
        <source>German courses</source>
        <translation>Deutschkurse</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="68"/>
        <source>Work &amp; training</source>
        <translation>Arbeit &amp; Ausbildung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="69"/>
        <source>School &amp; childcare</source>
        <translation>Schule &amp; Kinderbetreuung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>Leistungen &amp; Jobcenter</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>Family &amp; reunification</source>
        <translation>Familie &amp; Familiennachzug</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Letters &amp; forms</source>
        <translation>Briefe &amp; Formulare</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>Leisure &amp; community</source>
        <translation>Freizeit &amp; Begegnung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Donations</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Other topic</source>
        <translation>Anderes Thema</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="83"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="84"/>
        <source>Farsi/Dari</source>
        <translation>Farsi/Dari</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="85"/>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Kurdish</source>
        <translation>Kurdisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>Other language</source>
        <translation>Andere Sprache</translation>
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
        <translation>Alter nicht angegeben</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="110"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="111"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="112"/>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="113"/>
        <source>Gender not stated</source>
        <translation>Geschlecht nicht angegeben</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="119"/>
        <source>Other Europe</source>
        <translation>Übriges Europa</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="120"/>
        <source>Middle East</source>
        <translation>Naher Osten</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="121"/>
        <source>North Africa</source>
        <translation>Nordafrika</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="122"/>
        <source>Sub-Saharan Africa</source>
        <translation>Afrika südlich der Sahara</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>Central and South Asia</source>
        <translation>Zentral- und Südasien</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other region</source>
        <translation>Andere Region</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Region not stated</source>
        <translation>Region nicht angegeben</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Advice given</source>
        <translation>Beratung erfolgt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Referred</source>
        <translation>Weitervermittelt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="131"/>
        <source>Appointment arranged</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="132"/>
        <source>Asked to come back</source>
        <translation>Soll wiederkommen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="133"/>
        <source>Not resolved</source>
        <translation>Nicht geklärt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Counselling</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="139"/>
        <source>Language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="140"/>
        <source>Health service</source>
        <translation>Gesundheitsversorgung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="141"/>
        <source>Housing service</source>
        <translation>Wohnungshilfe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Legal aid</source>
        <translation>Rechtsberatung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Labour market</source>
        <translation>Arbeitsmarkt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Community &amp; leisure</source>
        <translation>Begegnung &amp; Freizeit</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Other service</source>
        <translation>Anderes Angebot</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="152"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="153"/>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Interpreter</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="159"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Native</source>
        <translation>Muttersprache</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <source>Fluent</source>
        <translation>Fließend</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="165"/>
        <source>Basic</source>
        <translation>Grundkenntnisse</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="171"/>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="172"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="173"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>Volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="179"/>
        <source>Staff</source>
        <translation>Hauptamt</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="180"/>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
</context>
</TS>
