<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
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
        <translation>Mülteciler ve göçmenler için randevusuz danışma noktalarında ziyaretleri kaydeder, gönüllü vardiyalarını planlar ve anonimleştirilmiş raporlar hazırlar. Çevrimdışı çalışır.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="24"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Lisans: GNU General Public License, sürüm 3 veya üzeri.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="26"/>
        <source>Built with:</source>
        <translation>Kullanılan bileşenler:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/about.py" line="33"/>
        <source>About Welcome Point Desk</source>
        <translation>Welcome Point Desk Hakkında</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="39"/>
        <source>Not available in this version yet.</source>
        <translation>Bu sürümde henüz kullanılamıyor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="44"/>
        <source>The database is still empty. To look around with invented data, fill a separate folder with the demo, then open the app on it:</source>
        <translation>Veritabanı henüz boş. Uydurma verilerle denemek için ayrı bir klasörü demo verileriyle doldurun, ardından uygulamayı o klasörle açın:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="17"/>
        <source>This database was written by a newer version of Welcome Point Desk. Please install that version; the database was not changed.</source>
        <translation>Bu veritabanı Welcome Point Desk&apos;in daha yeni bir sürümüyle yazılmış. Lütfen o sürümü yükleyin; veritabanı değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="21"/>
        <source>The data folder cannot be used.</source>
        <translation>Veri klasörü kullanılamıyor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="23"/>
        <source>The database cannot be used. Close other programs that use it, or restore a backup copy.</source>
        <translation>Veritabanı kullanılamıyor. Onu kullanan diğer programları kapatın veya bir yedek kopyayı geri yükleyin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="27"/>
        <source>The action could not be completed; nothing was changed.</source>
        <translation>İşlem tamamlanamadı; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/errors.py" line="30"/>
        <source>An unexpected error occurred; nothing was changed.</source>
        <translation>Beklenmeyen bir hata oluştu; hiçbir şey değiştirilmedi.</translation>
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
        <translation>Sayfalar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="78"/>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="92"/>
        <source>Desk</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="93"/>
        <source>Check visitors in within seconds: the waiting queue, the visit form with topics, language and referrals, visitor cards and today&apos;s visits.</source>
        <translation>Ziyaretçileri saniyeler içinde kaydedin: bekleme sırası, konu, dil ve yönlendirmeleri içeren ziyaret formu, ziyaretçi kartları ve bugünkü ziyaretler.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="95"/>
        <location filename="../welcome_point/ui/main_window.py" line="98"/>
        <source>Visits in the database: %1</source>
        <translation>Veritabanında %1 ziyaret kayıtlı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="96"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="97"/>
        <source>Every visit, filtered by date, topic, language and volunteer, with CSV export.</source>
        <translation>Tarihe, konuya, dile ve gönüllüye göre filtrelenebilen tüm ziyaretler; CSV olarak dışa aktarılabilir.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="99"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="100"/>
        <source>Open referrals with their follow-up dates, overdue ones highlighted, and counts per partner.</source>
        <translation>Takip tarihleriyle açık yönlendirmeler; gecikenler vurgulanır, partner başına sayılar gösterilir.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="101"/>
        <source>Referrals in the database: %1</source>
        <translation>Veritabanında %1 yönlendirme kayıtlı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="102"/>
        <source>Directory</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="103"/>
        <source>Partner organisations with address, opening hours and languages; CSV import and export; referral slips in two languages.</source>
        <translation>Adres, çalışma saatleri ve dilleriyle partner kuruluşlar; CSV içe ve dışa aktarma; iki dilli yönlendirme belgeleri.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="105"/>
        <source>Partner organisations in the database: %1</source>
        <translation>Veritabanında %1 partner kuruluş kayıtlı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="106"/>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="107"/>
        <source>Volunteers with their languages and roles, consent dates and hour certificates.</source>
        <translation>Dilleri ve rolleriyle gönüllüler, onay tarihleri ve çalışma saati belgeleri.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="108"/>
        <source>Volunteers in the database: %1</source>
        <translation>Veritabanında %1 gönüllü kayıtlı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="109"/>
        <source>Shifts</source>
        <translation>Vardiyalar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="110"/>
        <source>A week view of shifts with staffing and language coverage, attendance and printed rosters.</source>
        <translation>Haftalık vardiya görünümü: kadro ve dil kapsamı, katılım ve basılı vardiya çizelgeleri.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="111"/>
        <source>Shifts in the database: %1</source>
        <translation>Veritabanında %1 vardiya kayıtlı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="112"/>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="113"/>
        <source>Anonymised monthly reports as PDF, CSV and JSON, with small-cell suppression, for the city and the partner cities.</source>
        <translation>Şehir ve partner şehirler için PDF, CSV ve JSON biçiminde, küçük hücre gizlemeli anonimleştirilmiş aylık raporlar.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="156"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="174"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>Pencere seçilen dilde yeniden oluşturulur.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="179"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>Welcome Point Desk &amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="182"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="197"/>
        <source>No Welcome Point set up yet</source>
        <translation>Henüz Welcome Point kurulmadı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="202"/>
        <source>Database: %1</source>
        <translation>Veritabanı: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="210"/>
        <source>The database could not be opened.</source>
        <translation>Veritabanı açılamadı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="212"/>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="35"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="41"/>
        <source>Language of the app</source>
        <translation>Uygulama dili</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="42"/>
        <source>Switch language</source>
        <translation>Dili değiştir</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="44"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>Pencere yeni dilde yeniden oluşturulur; hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="51"/>
        <source>Data</source>
        <translation>Veriler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="54"/>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="63"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="64"/>
        <source>Data folder:</source>
        <translation>Veri klasörü:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="65"/>
        <source>Database file:</source>
        <translation>Veritabanı dosyası:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="66"/>
        <source>Schema version:</source>
        <translation>Şema sürümü:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="67"/>
        <source>Records:</source>
        <translation>Kayıtlar:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="68"/>
        <source>Open data folder</source>
        <translation>Veri klasörünü aç</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="86"/>
        <source>No Welcome Point set up yet</source>
        <translation>Henüz Welcome Point kurulmadı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="91"/>
        <source>Visitors with a card</source>
        <translation>Kartı olan ziyaretçiler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="92"/>
        <source>Partner organisations</source>
        <translation>Partner kuruluşlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Shifts</source>
        <translation>Vardiyalar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="94"/>
        <source>Shift assignments</source>
        <translation>Vardiya atamaları</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="65"/>
        <source>Residence &amp; asylum</source>
        <translation>Oturum ve iltica</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="66"/>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="67"/>
        <source>German courses</source>
        <translation>Almanca kursları</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="68"/>
        <source>Work &amp; training</source>
        <translation>İş ve meslek eğitimi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="69"/>
        <source>School &amp; childcare</source>
        <translation>Okul ve çocuk bakımı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>Sosyal yardımlar ve Jobcenter</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>Family &amp; reunification</source>
        <translation>Aile ve aile birleşimi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Letters &amp; forms</source>
        <translation>Mektuplar ve formlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>Leisure &amp; community</source>
        <translation>Boş zaman ve topluluk</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Volunteering</source>
        <translation>Gönüllülük</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Donations</source>
        <translation>Bağışlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Other topic</source>
        <translation>Diğer konu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="83"/>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="84"/>
        <source>Farsi/Dari</source>
        <translation>Farsça/Darice</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="85"/>
        <source>Ukrainian</source>
        <translation>Ukraynaca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Kurdish</source>
        <translation>Kürtçe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Tigrinya</source>
        <translation>Tigrinyaca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Somali</source>
        <translation>Somalice</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Pashto</source>
        <translation>Peştuca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Albanian</source>
        <translation>Arnavutça</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Romanian</source>
        <translation>Rumence</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Bulgarian</source>
        <translation>Bulgarca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>Other language</source>
        <translation>Diğer dil</translation>
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
        <translation>Yaş belirtilmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="110"/>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="111"/>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="112"/>
        <source>Diverse</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="113"/>
        <source>Gender not stated</source>
        <translation>Cinsiyet belirtilmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>European Union</source>
        <translation>Avrupa Birliği</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="119"/>
        <source>Other Europe</source>
        <translation>Diğer Avrupa</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="120"/>
        <source>Middle East</source>
        <translation>Orta Doğu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="121"/>
        <source>North Africa</source>
        <translation>Kuzey Afrika</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="122"/>
        <source>Sub-Saharan Africa</source>
        <translation>Sahra Altı Afrika</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>Central and South Asia</source>
        <translation>Orta ve Güney Asya</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other region</source>
        <translation>Diğer bölge</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Region not stated</source>
        <translation>Bölge belirtilmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Advice given</source>
        <translation>Danışmanlık verildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Referred</source>
        <translation>Yönlendirildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="131"/>
        <source>Appointment arranged</source>
        <translation>Randevu ayarlandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="132"/>
        <source>Asked to come back</source>
        <translation>Tekrar gelmesi istendi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="133"/>
        <source>Not resolved</source>
        <translation>Çözülmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Authority</source>
        <translation>Resmi kurum</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Counselling</source>
        <translation>Danışmanlık</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="139"/>
        <source>Language course</source>
        <translation>Dil kursu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="140"/>
        <source>Health service</source>
        <translation>Sağlık hizmeti</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="141"/>
        <source>Housing service</source>
        <translation>Konut hizmeti</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Legal aid</source>
        <translation>Hukuki yardım</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Education</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Labour market</source>
        <translation>İş piyasası</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Community &amp; leisure</source>
        <translation>Topluluk ve boş zaman</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Other service</source>
        <translation>Diğer hizmet</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Followed up</source>
        <translation>Takip edildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="152"/>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="153"/>
        <source>Not reached</source>
        <translation>Ulaşılamadı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Desk</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="159"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Coordinator</source>
        <translation>Koordinatör</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Native</source>
        <translation>Ana dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <source>Fluent</source>
        <translation>Akıcı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="165"/>
        <source>Basic</source>
        <translation>Temel</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Confirmed</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="171"/>
        <source>Attended</source>
        <translation>Katıldı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="172"/>
        <source>No-show</source>
        <translation>Gelmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="173"/>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="179"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="180"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
</context>
</TS>
