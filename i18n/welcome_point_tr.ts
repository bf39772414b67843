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
    <name>CardCode</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="551"/>
        <source>Type or scan a card code.</source>
        <translation>Bir kart kodu yazın veya tarayın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="552"/>
        <source>A card code has 10 characters (like K7MXP-Q4TAC): a character is missing or extra.</source>
        <translation>Bir kart kodu 10 karakterden oluşur (örneğin K7MXP-Q4TAC): bir karakter eksik veya fazla.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="554"/>
        <source>This is not a card code: cards use only the letters and digits printed on them (no 0, O, 1, I or L).</source>
        <translation>Bu bir kart kodu değil: kartlarda yalnızca üzerlerinde basılı harfler ve rakamlar kullanılır (0, O, 1, I veya L yoktur).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="557"/>
        <source>The code does not add up: probably a typing error. Please compare it with the card.</source>
        <translation>Kod tutmuyor: muhtemelen bir yazım hatası. Lütfen kartla karşılaştırın.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Arrived</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Waited</source>
        <translation>Bekleme</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="201"/>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="202"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="203"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="207"/>
        <source>No visits yet today. Saved visits appear here; Enter edits the selected one, Delete removes it.</source>
        <translation>Bugün henüz ziyaret yok. Kaydedilen ziyaretler burada görünür; Enter seçili ziyareti düzenler, Delete siler.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="211"/>
        <source>Edit (Enter)</source>
        <translation>Düzenle (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="212"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="287"/>
        <source>Choose a language from the list, or leave the field empty.</source>
        <translation>Listeden bir dil seçin veya alanı boş bırakın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="306"/>
        <location filename="../welcome_point/ui/desk_page.py" line="517"/>
        <source>Save or clear the current visit first (Ctrl+Enter or Esc).</source>
        <translation>Önce mevcut ziyareti kaydedin veya temizleyin (Ctrl+Enter veya Esc).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="327"/>
        <source>Select the person who left in the list first.</source>
        <translation>Önce listeden ayrılan kişiyi seçin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="329"/>
        <source>Queue</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="330"/>
        <source>Remove the selected person from the queue?</source>
        <translation>Seçili kişi sıradan çıkarılsın mı?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="360"/>
        <source>(not recorded)</source>
        <translation>(kaydedilmedi)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="405"/>
        <source>Changes saved.</source>
        <translation>Değişiklikler kaydedildi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="407"/>
        <source>Visit saved.</source>
        <translation>Ziyaret kaydedildi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="416"/>
        <source>Clear the form first (Esc), then undo.</source>
        <translation>Önce formu temizleyin (Esc), sonra geri alın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="425"/>
        <source>Undone: the visit is back in the form.</source>
        <translation>Geri alındı: ziyaret yeniden formda.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="490"/>
        <source>Today&apos;s visits: %1</source>
        <translation>Bugünkü ziyaretler: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="499"/>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="535"/>
        <source>Delete visit</source>
        <translation>Ziyareti sil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="536"/>
        <source>Delete the selected visit with its topics and referrals? This cannot be undone.</source>
        <translation>Seçili ziyaret, konuları ve yönlendirmeleriyle birlikte silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="547"/>
        <source>Visit deleted.</source>
        <translation>Ziyaret silindi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="557"/>
        <source>Desk</source>
        <translation>Karşılama</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="38"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="39"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="40"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="42"/>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="43"/>
        <source>Opening hours</source>
        <translation>Açılış saatleri</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="44"/>
        <source>What to bring</source>
        <translation>Getirilecekler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="45"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="47"/>
        <source>Example</source>
        <translation>Örnek</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="48"/>
        <source>Archived</source>
        <translation>Arşivlendi</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="265"/>
        <source>Search name, address, category, topic, language… (Ctrl+F)</source>
        <translation>Ad, adres, kategori, konu, dil ara… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="267"/>
        <source>Search the directory</source>
        <translation>Rehberde ara</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="268"/>
        <source>Show &amp;archived</source>
        <translation>Arşivlenenleri gö&amp;ster</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="269"/>
        <source>&amp;New…</source>
        <translation>Ye&amp;ni…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="270"/>
        <source>A new partner organisation (Ctrl+N)</source>
        <translation>Yeni bir partner kuruluş (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="271"/>
        <source>&amp;Edit…</source>
        <translation>Dü&amp;zenle…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="272"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation>Seçili kuruluşu düzenle (Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="273"/>
        <location filename="../welcome_point/ui/directory_page.py" line="476"/>
        <source>Archi&amp;ve…</source>
        <translation>Arşi&amp;vle…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="274"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;CSV içe aktar…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="275"/>
        <source>Add organisations from a CSV file (UTF-8, separated by ; or ,)</source>
        <translation>Bir CSV dosyasından kuruluş ekle (UTF-8, ; veya , ile ayrılmış)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="277"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV dışa &amp;aktar…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="278"/>
        <source>Save the whole directory as a CSV file (while it is empty: a template to fill in)</source>
        <translation>Tüm rehberi CSV dosyası olarak kaydet (rehber boşken: doldurulacak bir şablon)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="294"/>
        <source>Partner organisations</source>
        <translation>Partner kuruluşlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="342"/>
        <source>Details of the selected organisation</source>
        <translation>Seçili kuruluşun ayrıntıları</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="430"/>
        <source>No partner organisations yet: add one with New (Ctrl+N) or import a CSV file (Ctrl+I).</source>
        <translation>Henüz partner kuruluş yok: Yeni (Ctrl+N) ile bir tane ekleyin veya bir CSV dosyası içe aktarın (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="433"/>
        <source>No organisation matches “%1”.</source>
        <translation>“%1” ile eşleşen kuruluş yok.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="435"/>
        <source>All organisations are archived: tick “Show archived” to see them.</source>
        <translation>Tüm kuruluşlar arşivlenmiş: görmek için “Arşivlenenleri göster” kutusunu işaretleyin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="439"/>
        <source>%1 of %2 organisations shown · %3 archived not shown</source>
        <translation>%2 kuruluştan %1 tanesi gösteriliyor · %3 arşivlenmiş kuruluş gösterilmiyor</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="443"/>
        <source>%1 of %2 organisations shown</source>
        <translation>%2 kuruluştan %1 tanesi gösteriliyor</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="475"/>
        <source>&amp;Restore</source>
        <translation>A&amp;rşivden çıkar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="488"/>
        <source>Example – please check</source>
        <translation>Örnek – lütfen kontrol edin</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="489"/>
        <source>Invented example data: check every detail, then untick “Example” when editing.</source>
        <translation>Uydurma örnek veriler: her ayrıntıyı kontrol edin, ardından düzenlerken “Örnek” işaretini kaldırın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="492"/>
        <source>Archived: not offered at the desk.</source>
        <translation>Arşivlendi: karşılamada önerilmiyor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="496"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="498"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="500"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="502"/>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="505"/>
        <source>Opening hours</source>
        <translation>Açılış saatleri</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="507"/>
        <source>What to bring</source>
        <translation>Getirilecekler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="509"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="511"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="565"/>
        <location filename="../welcome_point/ui/directory_page.py" line="592"/>
        <source>Directory</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="583"/>
        <source>Archive organisation</source>
        <translation>Kuruluşu arşivle</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="584"/>
        <source>Archive “%1”? It is no longer offered at the desk; referrals made to it are kept. You can restore it later (tick “Show archived”).</source>
        <translation>“%1” arşivlensin mi? Artık karşılamada önerilmez; bu kuruluşa yapılmış yönlendirmeler korunur. Daha sonra arşivden çıkarabilirsiniz (“Arşivlenenleri göster” kutusunu işaretleyin).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="610"/>
        <source>Import partner organisations</source>
        <translation>Partner kuruluşları içe aktar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="611"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="616"/>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="633"/>
        <location filename="../welcome_point/ui/directory_page.py" line="636"/>
        <location filename="../welcome_point/ui/directory_page.py" line="649"/>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="634"/>
        <source>The file holds no organisations; nothing was imported.</source>
        <translation>Dosyada hiç kuruluş yok; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="637"/>
        <source>%n organisation(s) imported. Imported entries are not marked as examples; check them as you use them.</source>
        <translation>
            <numerusform>%n kuruluş içe aktarıldı. İçe aktarılan kayıtlar örnek olarak işaretlenmez; kullandıkça kontrol edin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="646"/>
        <source>%1

Nothing was imported.</source>
        <comment>%1: why the file was refused</comment>
        <translation>%1

Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="647"/>
        <source>Import refused</source>
        <translation>İçe aktarma reddedildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="682"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Dosya yazılamadı.

%1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="655"/>
        <source>Export partner organisations</source>
        <translation>Partner kuruluşları dışa aktar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="656"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="663"/>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/directory_page.py" line="672"/>
        <source>%n organisation(s) exported to %1.</source>
        <translation>
            <numerusform>%n kuruluş dışa aktarıldı: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="681"/>
        <source>Export</source>
        <translation>Dışa aktarma</translation>
    </message>
</context>
<context>
    <name>DirectoryProblems</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="60"/>
        <source>The name is missing.</source>
        <translation>Ad eksik.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="61"/>
        <source>The category is missing.</source>
        <translation>Kategori eksik.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="62"/>
        <source>“%1” is not a known category. Use a category code such as authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community or other.</source>
        <translation>“%1” bilinen bir kategori değil. authority, counselling, language_course, health, housing, legal_aid, education, labour_market, community veya other gibi bir kategori kodu kullanın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="66"/>
        <source>“%1” is not a phone number: use digits, spaces and + / - ( ) only, at least 5 digits.</source>
        <translation>“%1” bir telefon numarası değil: yalnızca rakam, boşluk ve + / - ( ) kullanın, en az 5 rakam.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="69"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” bir e-posta adresi değil.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="70"/>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation>“%1” bir web adresi değil: http:// veya https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="72"/>
        <source>“%1” is not a known topic. Separate topic codes with | (for example residence|housing).</source>
        <translation>“%1” bilinen bir konu değil. Konu kodlarını | ile ayırın (örneğin residence|housing).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="75"/>
        <source>“%1” is not a known language. Separate language codes with | (for example de|en|ar).</source>
        <translation>“%1” bilinen bir dil değil. Dil kodlarını | ile ayırın (örneğin de|en|ar).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="78"/>
        <source>The text is longer than %1 characters.</source>
        <translation>Metin %1 karakterden uzun.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="80"/>
        <source>The text contains an invisible control character.</source>
        <translation>Metin görünmeyen bir kontrol karakteri içeriyor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="82"/>
        <source>“%1” is neither yes nor no (leave the cell empty for no).</source>
        <translation>“%1” ne “yes” ne de “no” (hayır için hücreyi boş bırakın).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="84"/>
        <source>The row has a different number of cells than the header line: a separator is missing or one too many.</source>
        <translation>Satırdaki hücre sayısı başlık satırınınkinden farklı: bir ayırıcı eksik veya fazla.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="87"/>
        <source>A value stands in a column without a heading.</source>
        <translation>Başlığı olmayan bir sütunda bir değer var.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="89"/>
        <source>The header line has no column “%1”; it is required.</source>
        <translation>Başlık satırında “%1” sütunu yok; bu sütun zorunludur.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="91"/>
        <source>The column “%1” is not known. Known columns: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</source>
        <translation>“%1” sütunu bilinmiyor. Bilinen sütunlar: name, category, address, phone, email, website, opening_hours, what_to_bring, topics, languages, example, archived.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="94"/>
        <source>The column “%1” appears twice.</source>
        <translation>“%1” sütunu iki kez geçiyor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="96"/>
        <source>The same organisation (name and address) is already on line %1.</source>
        <translation>Aynı kuruluş (ad ve adres) zaten %1. satırda var.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="98"/>
        <source>“%1” with this address is already in the directory.</source>
        <translation>Bu adresle “%1” zaten rehberde var.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="100"/>
        <source>The row is not valid: %1</source>
        <translation>Satır geçerli değil: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="109"/>
        <source>The file is larger than 2 MB; a directory file is much smaller. Is it the right file?</source>
        <translation>Dosya 2 MB&apos;tan büyük; bir rehber dosyası çok daha küçüktür. Doğru dosya mı?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="112"/>
        <source>The file has more than 5,000 rows; a directory file has far fewer. Is it the right file?</source>
        <translation>Dosyada 5.000&apos;den fazla satır var; bir rehber dosyasında çok daha az satır olur. Doğru dosya mı?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="115"/>
        <source>Line %1 is not UTF-8 text. In your spreadsheet program, save the file as “CSV UTF-8” and import it again.</source>
        <translation>%1. satır UTF-8 metni değil. Dosyayı hesap tablosu programınızda “CSV UTF-8” olarak kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="118"/>
        <source>The file is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>Dosya UTF-16 (“Unicode metin”) olarak kaydedilmiş. “CSV UTF-8” olarak kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="121"/>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="122"/>
        <source>Line %1 cannot be read as CSV (check the quotation marks).</source>
        <translation>%1. satır CSV olarak okunamıyor (tırnak işaretlerini kontrol edin).</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="128"/>
        <source>The file cannot be read.</source>
        <translation>Dosya okunamıyor.</translation>
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
    <name>ImportReportDialog</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="200"/>
        <source>Import refused</source>
        <translation>İçe aktarma reddedildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="204"/>
        <source>Nothing was imported: the header line of the file has problems. Correct them and import the file again.</source>
        <translation>Hiçbir şey içe aktarılmadı: dosyanın başlık satırında sorunlar var. Bunları düzeltin ve dosyayı yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="207"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the file (or delete those rows) and import it again.</source>
        <translation>Hiçbir şey içe aktarılmadı: %2 satırdan %1 tanesinde sorun var. Bunları dosyada düzeltin (veya bu satırları silin) ve dosyayı yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="216"/>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="216"/>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="216"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="239"/>
        <source>&amp;Copy list</source>
        <translation>Listeyi &amp;kopyala</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="154"/>
        <source>Type a language…</source>
        <translation>Bir dil yazın…</translation>
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
        <translation>Sayfalar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="87"/>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="101"/>
        <location filename="../welcome_point/ui/main_window.py" line="127"/>
        <source>Desk</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="102"/>
        <location filename="../welcome_point/ui/main_window.py" line="135"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="103"/>
        <location filename="../welcome_point/ui/main_window.py" line="142"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="104"/>
        <location filename="../welcome_point/ui/main_window.py" line="151"/>
        <source>Directory</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="105"/>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="106"/>
        <source>Volunteers with their languages and roles, consent dates and hour certificates.</source>
        <translation>Dilleri ve rolleriyle gönüllüler, onay tarihleri ve çalışma saati belgeleri.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="107"/>
        <source>Volunteers in the database: %1</source>
        <translation>Veritabanında %1 gönüllü kayıtlı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="108"/>
        <source>Shifts</source>
        <translation>Vardiyalar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="109"/>
        <source>A week view of shifts with staffing and language coverage, attendance and printed rosters.</source>
        <translation>Haftalık vardiya görünümü: kadro ve dil kapsamı, katılım ve basılı vardiya çizelgeleri.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="110"/>
        <source>Shifts in the database: %1</source>
        <translation>Veritabanında %1 vardiya kayıtlı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="111"/>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="112"/>
        <source>Anonymised monthly reports as PDF, CSV and JSON, with small-cell suppression, for the city and the partner cities.</source>
        <translation>Şehir ve partner şehirler için PDF, CSV ve JSON biçiminde, küçük hücre gizlemeli anonimleştirilmiş aylık raporlar.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="114"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="209"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="217"/>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="227"/>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>Pencere seçilen dilde yeniden oluşturulur.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="231"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="232"/>
        <source>&amp;About Welcome Point Desk</source>
        <translation>Welcome Point Desk &amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="235"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="250"/>
        <source>No Welcome Point set up yet</source>
        <translation>Henüz Welcome Point kurulmadı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="255"/>
        <source>Database: %1</source>
        <translation>Veritabanı: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="269"/>
        <source>The database could not be opened.</source>
        <translation>Veritabanı açılamadı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="274"/>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="293"/>
        <source>Visit not saved</source>
        <translation>Ziyaret kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/main_window.py" line="294"/>
        <source>The visit in the form is not saved yet. Close anyway? (A person called from the queue keeps their place.)</source>
        <translation>Formdaki ziyaret henüz kaydedilmedi. Yine de kapatılsın mı? (Sıradan çağrılan kişi yerini korur.)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="157"/>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>Geri &amp;al (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="158"/>
        <source>Print referral slip</source>
        <translation>Yönlendirme fişini yazdır</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="166"/>
        <source>New partner organisation</source>
        <translation>Yeni partner kuruluş</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="167"/>
        <source>Edit partner organisation</source>
        <translation>Partner kuruluşu düzenle</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="180"/>
        <source>Choose a category</source>
        <translation>Bir kategori seçin</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="182"/>
        <source>Street and number, postcode and town</source>
        <translation>Sokak ve numara, posta kodu ve şehir</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="186"/>
        <source>e.g. Mon–Fri 9–12</source>
        <translation>örn. Pzt–Cum 9–12</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="195"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="197"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="198"/>
        <source>Example data – not yet checked (untick once you have checked the details)</source>
        <translation>Örnek veri – henüz kontrol edilmedi (ayrıntıları kontrol ettikten sonra işareti kaldırın)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="219"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Address:</source>
        <translation>Ad&amp;res:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="220"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="221"/>
        <source>&amp;Website:</source>
        <translation>&amp;Web sitesi:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>&amp;Opening hours:</source>
        <translation>Açılış &amp;saatleri:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="222"/>
        <source>What to &amp;bring:</source>
        <translation>&amp;Getirilecekler:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Topics:</source>
        <translation>Kon&amp;ular:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/organisation_dialog.py" line="233"/>
        <source>&amp;Languages spoken:</source>
        <translation>Konuşulan &amp;diller:</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="83"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="84"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="84"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="124"/>
        <source>Archived</source>
        <translation>Arşivlendi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/directory_page.py" line="126"/>
        <source>Example – please check</source>
        <translation>Örnek – lütfen kontrol edin</translation>
    </message>
</context>
<context>
    <name>PartnerCountsModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="201"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="203"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="132"/>
        <location filename="../welcome_point/ui/printing.py" line="139"/>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="140"/>
        <source>The PDF was written but no viewer could open it. Open it yourself from:
%1</source>
        <translation>PDF oluşturuldu, ancak hiçbir görüntüleyici açamadı. Dosyayı kendiniz şu konumdan açın:
%1</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="31"/>
        <source>Referral</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="32"/>
        <source>Where to go</source>
        <translation>Gideceğiniz yer</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="33"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="34"/>
        <location filename="../welcome_point/ui/printing.py" line="43"/>
        <source>Opening hours</source>
        <translation>Açık olduğu saatler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="35"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="36"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="37"/>
        <source>Please bring</source>
        <translation>Lütfen yanınızda getirin</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="38"/>
        <source>Issued by</source>
        <translation>Bu belgeyi veren</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="39"/>
        <source>Scan for the address</source>
        <translation>Adres için kodu tarayın</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/printing.py" line="42"/>
        <source>Please bring this card to your next visit.</source>
        <translation>Lütfen bir sonraki gelişinizde bu kartı yanınızda getirin.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="60"/>
        <source>Language needed</source>
        <translation>Gereken dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="62"/>
        <source>Card code (optional)</source>
        <translation>Kart kodu (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="64"/>
        <source>Arrival (F2)</source>
        <translation>Geliş (F2)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="68"/>
        <source>Waiting</source>
        <translation>Bekleyenler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="72"/>
        <source>Nobody is waiting. Press F2 when someone arrives.</source>
        <translation>Bekleyen kimse yok. Biri geldiğinde F2&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="75"/>
        <source>Next (F3)</source>
        <translation>Sıradaki (F3)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="76"/>
        <source>Left without visit</source>
        <translation>Görüşmeden ayrıldı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="82"/>
        <source>At the desk</source>
        <translation>Karşılamada</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="86"/>
        <source>Language needed:</source>
        <translation>Gereken dil:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="97"/>
        <source>At the desk:</source>
        <translation>Karşılamada:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="105"/>
        <source>language not known</source>
        <translation>dil bilinmiyor</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="106"/>
        <source>%1 · waiting %2 min</source>
        <translation>%1 · %2 dk bekliyor</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="109"/>
        <source>card</source>
        <translation>kart</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/desk_page.py" line="117"/>
        <source>Queue: %1 waiting</source>
        <translation>Sıra: %1 kişi bekliyor</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Follow-up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="99"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="100"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="100"/>
        <source>Referred on</source>
        <translation>Yönlendirme tarihi</translation>
    </message>
    <message numerus="yes">
        <location filename="../welcome_point/ui/referrals_page.py" line="140"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n gün gecikmiş</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="144"/>
        <source>Status changed on %1</source>
        <translation>Durum %1 tarihinde değişti</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="168"/>
        <source>%1 – overdue</source>
        <translation>%1 – gecikmiş</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="171"/>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="262"/>
        <source>Follow-ups</source>
        <translation>Takipler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="263"/>
        <source>Per partner</source>
        <translation>Partner bazında</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="286"/>
        <source>To do: open and followed up</source>
        <translation>Yapılacaklar: açık ve takip edilenler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="287"/>
        <source>Overdue only</source>
        <translation>Yalnızca gecikmiş olanlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="290"/>
        <source>Completed in the last %1 days</source>
        <translation>Son %1 günde tamamlananlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="291"/>
        <source>Not reached in the last %1 days</source>
        <translation>Son %1 günde ulaşılamayanlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="292"/>
        <source>All (closed ones of the last %1 days)</source>
        <translation>Tümü (kapatılanlardan son %1 gündekiler)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="302"/>
        <source>Sho&amp;w:</source>
        <translation>Gös&amp;ter:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="305"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="312"/>
        <location filename="../welcome_point/ui/referrals_page.py" line="643"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="341"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Geri al (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="355"/>
        <source>Next follow-up on</source>
        <translation>Sonraki takip tarihi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="356"/>
        <source>Followed &amp;up (F)</source>
        <translation>Takip &amp;edildi (F)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="357"/>
        <source>The partner or the visitor was contacted; the next follow-up is on the date chosen beside it.</source>
        <translation>Partnerle veya ziyaretçiyle iletişime geçildi; sonraki takip, yanında seçilen tarihte.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="358"/>
        <source>Set &amp;date (D)</source>
        <translation>Tarih &amp;belirle (D)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="359"/>
        <source>Move the next follow-up to the date chosen beside it, without changing the status.</source>
        <translation>Durumu değiştirmeden sonraki takibi yanında seçilen tarihe taşı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="360"/>
        <source>&amp;Completed (C)</source>
        <translation>Ta&amp;mamlandı (C)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="361"/>
        <source>The visitor got the help they were referred for.</source>
        <translation>Ziyaretçi, yönlendirildiği konuda yardım aldı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="362"/>
        <source>Not &amp;reached (N)</source>
        <translation>&amp;Ulaşılamadı (N)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="363"/>
        <source>Neither the visitor nor the partner could be reached; nothing more to do.</source>
        <translation>Ne ziyaretçiye ne de partnere ulaşılabildi; yapılacak başka bir şey yok.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="364"/>
        <source>Print slip… (Ctrl+P)</source>
        <translation>Fişi yazdır… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="365"/>
        <source>A referral slip with the partner&apos;s address and what to bring, in two languages.</source>
        <translation>Partnerin adresini ve getirilecekleri içeren, iki dilde bir yönlendirme fişi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="367"/>
        <source>Next follow-up &amp;on:</source>
        <translation>S&amp;onraki takip:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="387"/>
        <source>in the last 30 days</source>
        <translation>son 30 günde</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="387"/>
        <source>in the last 90 days</source>
        <translation>son 90 günde</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>in the last 12 months</source>
        <translation>son 12 ayda</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="388"/>
        <source>at any time</source>
        <translation>tüm zamanlarda</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="394"/>
        <source>Referrals &amp;made:</source>
        <translation>Yapılan yönlendi&amp;rmeler:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="403"/>
        <source>Referrals per partner</source>
        <translation>Partner bazında yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="412"/>
        <source>Enter or a double click on a partner lists its referrals under Follow-ups.</source>
        <translation>Bir partnerde Enter veya çift tıklama, onun yönlendirmelerini Takipler altında listeler.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="456"/>
        <source>Shown: %1, overdue: %2</source>
        <translation>Gösterilen: %1, gecikmiş: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="459"/>
        <source>No open referrals. Referrals are made at the desk when a visit is saved.</source>
        <translation>Açık yönlendirme yok. Yönlendirmeler, karşılamada bir ziyaret kaydedilirken yapılır.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="460"/>
        <source>No referrals match this filter.</source>
        <translation>Bu filtreyle eşleşen yönlendirme yok.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="478"/>
        <source>All partners</source>
        <translation>Tüm partnerler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="495"/>
        <source>Referrals: %1, partners: %2</source>
        <translation>Yönlendirmeler: %1, partnerler: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="581"/>
        <source>%1: marked “%2” on %3. Next follow-up on %4.</source>
        <translation>%1: %3 tarihinde “%2” olarak işaretlendi. Sonraki takip: %4.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="584"/>
        <source>%1: marked “%2” on %3.</source>
        <translation>%1: %3 tarihinde “%2” olarak işaretlendi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="588"/>
        <source>%1: next follow-up moved to %2.</source>
        <translation>%1: sonraki takip %2 tarihine taşındı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/referrals_page.py" line="590"/>
        <source>%1: next follow-up moved.</source>
        <translation>%1: sonraki takip taşındı.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="40"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="46"/>
        <source>Language of the app</source>
        <translation>Uygulama dili</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="47"/>
        <source>Switch language</source>
        <translation>Dili değiştir</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="49"/>
        <source>The window is rebuilt in the new language; nothing is lost.</source>
        <translation>Pencere yeni dilde yeniden oluşturulur; hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="56"/>
        <source>This Welcome Point</source>
        <translation>Bu Welcome Point</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="65"/>
        <source>e.g. Mon–Fri 10–16, Sat 10–14</source>
        <translation>örn. Pzt–Cum 10–16, Cmt 10–14</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="66"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="67"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="68"/>
        <source>Opening hours:</source>
        <translation>Açılış saatleri:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="69"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="71"/>
        <source>Printed on visitor cards and referral slips.</source>
        <translation>Ziyaretçi kartlarına ve yönlendirme fişlerine basılır.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="81"/>
        <source>Data</source>
        <translation>Veriler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="84"/>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="93"/>
        <source>Welcome Point:</source>
        <translation>Welcome Point:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="94"/>
        <source>Data folder:</source>
        <translation>Veri klasörü:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="95"/>
        <source>Database file:</source>
        <translation>Veritabanı dosyası:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="96"/>
        <source>Schema version:</source>
        <translation>Şema sürümü:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="97"/>
        <source>Records:</source>
        <translation>Kayıtlar:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="98"/>
        <source>Open data folder</source>
        <translation>Veri klasörünü aç</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="123"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="137"/>
        <source>No Welcome Point set up yet</source>
        <translation>Henüz Welcome Point kurulmadı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="142"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="142"/>
        <source>Visitors with a card</source>
        <translation>Kartı olan ziyaretçiler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="143"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="143"/>
        <source>Partner organisations</source>
        <translation>Partner kuruluşlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="144"/>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="144"/>
        <source>Shifts</source>
        <translation>Vardiyalar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/settings_page.py" line="145"/>
        <source>Shift assignments</source>
        <translation>Vardiya atamaları</translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../welcome_point/ui/desk_widgets.py" line="55"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
</context>
<context>
    <name>VisitFormWidget</name>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="79"/>
        <source>Scan or type the card code, then Enter</source>
        <translation>Kart kodunu tarayın veya yazın, ardından Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="84"/>
        <source>Anonymous (F6)</source>
        <translation>Anonim (F6)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="86"/>
        <source>New visitor (F7)</source>
        <translation>Yeni ziyaretçi (F7)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="88"/>
        <source>Print card</source>
        <translation>Kart yazdır</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="91"/>
        <source>Sheet of new cards</source>
        <translation>Yeni kart sayfası</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="93"/>
        <source>Print ten new card codes on one A4 sheet, to cut and hand out. A card becomes a visitor&apos;s when its code is first entered at the desk.</source>
        <translation>Kesip dağıtmak üzere on yeni kart kodunu tek bir A4 sayfasına yazdır. Bir kart, kodu karşılamada ilk kez girildiğinde bir ziyaretçiye ait olur.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="111"/>
        <location filename="../welcome_point/ui/visit_form.py" line="164"/>
        <source>Group size</source>
        <translation>Grup büyüklüğü</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="112"/>
        <source>Interpreter needed</source>
        <translation>Tercüman gerekli</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="121"/>
        <source>Refer to… type part of a partner&apos;s name, then Enter</source>
        <translation>Yönlendir… partner adının bir kısmını yazın, ardından Enter</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="132"/>
        <source>Delete removes the selected referral</source>
        <translation>Delete seçili yönlendirmeyi kaldırır</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="135"/>
        <source>Save visit (Ctrl+Enter)</source>
        <translation>Ziyareti kaydet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="138"/>
        <source>Clear (Esc)</source>
        <translation>Temizle (Esc)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="161"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="162"/>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="163"/>
        <source>Gender</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="165"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="178"/>
        <source>Referral</source>
        <translation>Yönlendirme</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="199"/>
        <source>Topics: keys 1–9 and 0, Alt+underlined letter, or arrow keys and Space</source>
        <translation>Konular: 1–9 ve 0 tuşları, Alt+altı çizili harf veya ok tuşları ve Boşluk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="238"/>
        <source>No card? Press F6 for an anonymous visit or F7 for a new card.</source>
        <translation>Kart yok mu? Anonim ziyaret için F6&apos;ya, yeni kart için F7&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="289"/>
        <source>Returning visitor.</source>
        <translation>Tekrar gelen ziyaretçi.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="291"/>
        <source>Anonymous visit.</source>
        <translation>Anonim ziyaret.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="329"/>
        <source>Editing the visit of %1</source>
        <translation>Ziyaret düzenleniyor (geliş: %1)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="331"/>
        <source>In conversation: arrived %1, called %2</source>
        <translation>Görüşmede: geliş %1, çağrılma %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="334"/>
        <source>Walk-in visit since %1</source>
        <translation>Randevusuz ziyaret – başlangıç: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="336"/>
        <source>New visit</source>
        <translation>Yeni ziyaret</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="378"/>
        <source>The card code could not be checked. Please try again.</source>
        <translation>Kart kodu kontrol edilemedi. Lütfen yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="385"/>
        <source>New card: this visitor is recorded for the first time.</source>
        <translation>Yeni kart: bu ziyaretçi ilk kez kaydediliyor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="397"/>
        <source>Returning visitor: age, gender and language filled in.</source>
        <translation>Tekrar gelen ziyaretçi: yaş, cinsiyet ve dil dolduruldu.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="407"/>
        <source>New card issued: give the visitor the printed card.</source>
        <translation>Yeni kart oluşturuldu: basılı kartı ziyaretçiye verin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="417"/>
        <source>Anonymous visit: nothing is linked to a card.</source>
        <translation>Anonim ziyaret: hiçbir şey bir karta bağlanmaz.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="456"/>
        <source>No partner organisation matches “%1”.</source>
        <translation>“%1” ile eşleşen partner kuruluş yok.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="518"/>
        <source>Choose at least one topic.</source>
        <translation>En az bir konu seçin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="519"/>
        <source>Choose the language of the conversation from the list.</source>
        <translation>Görüşme dilini listeden seçin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="520"/>
        <source>The group size must be between 1 and 20.</source>
        <translation>Grup büyüklüğü 1 ile 20 arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="521"/>
        <source>A time lies in the future or before 2015, or the conversation ends before it starts. Please check the computer&apos;s clock.</source>
        <translation>Zamanlardan biri gelecekte ya da 2015&apos;ten önce veya görüşme başlamadan bitiyor. Lütfen bilgisayarın saatini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="523"/>
        <source>A referral names a partner that is not (or no longer) in the directory. Remove it and choose another.</source>
        <translation>Bir yönlendirme, rehberde olmayan (veya artık olmayan) bir partneri gösteriyor. Bunu kaldırın ve başka bir partner seçin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="525"/>
        <source>The follow-up date lies before the visit.</source>
        <translation>Takip tarihi ziyaretten önce.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="526"/>
        <location filename="../welcome_point/ui/visit_form.py" line="527"/>
        <location filename="../welcome_point/ui/visit_form.py" line="528"/>
        <source>Choose a value from the list.</source>
        <translation>Listeden bir değer seçin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="529"/>
        <source>The volunteer at the desk is not known; please choose again.</source>
        <translation>Karşılamadaki gönüllü bilinmiyor; lütfen yeniden seçin.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="530"/>
        <source>This card code was not issued here. Check it, or use “New visitor”.</source>
        <translation>Bu kart kodu burada verilmedi. Kodu kontrol edin veya “Yeni ziyaretçi” düğmesini kullanın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="531"/>
        <source>This person is no longer waiting.</source>
        <translation>Bu kişi artık beklemiyor.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visit_form.py" line="533"/>
        <source>The visit could not be saved; nothing was changed.</source>
        <translation>Ziyaret kaydedilemedi; hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Arrived</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Waiting</source>
        <translation>Bekleme</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="118"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="119"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="120"/>
        <source>Visitor</source>
        <translation>Ziyaretçi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="122"/>
        <source>Minutes from arrival to the start of the conversation</source>
        <translation>Gelişten görüşmenin başlamasına kadar geçen dakika</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="123"/>
        <source>Minutes of the conversation</source>
        <translation>Görüşmenin süresi (dakika)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="124"/>
        <source>People who came together</source>
        <translation>Birlikte gelen kişi sayısı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="125"/>
        <source>Referrals made during the visit</source>
        <translation>Ziyaret sırasında yapılan yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="126"/>
        <source>First visit with a card, returning card holder, or anonymous</source>
        <translation>Kartla ilk ziyaret, tekrar gelen kart sahibi veya anonim</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>First visit</source>
        <translation>İlk ziyaret</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="128"/>
        <source>Returning</source>
        <translation>Tekrar gelen</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="129"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="130"/>
        <source>Yes</source>
        <translation>Evet</translation>
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
        <translation>%1 dk</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="169"/>
        <source>Click to sort by this column</source>
        <translation>Bu sütuna göre sıralamak için tıklayın</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="312"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="313"/>
        <source>Save the visits of this list as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Bu listedeki ziyaretleri hesap tablosu için CSV dosyası olarak kaydet (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="322"/>
        <source>First day of the period</source>
        <translation>Dönemin ilk günü</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="323"/>
        <source>Last day of the period</source>
        <translation>Dönemin son günü</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="324"/>
        <source>First day of the period (Ctrl+F comes here)</source>
        <translation>Dönemin ilk günü (Ctrl+F buraya getirir)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="325"/>
        <source>&amp;All dates</source>
        <translation>Tü&amp;m tarihler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="326"/>
        <source>From the first visit ever recorded to today</source>
        <translation>Kaydedilen ilk ziyaretten bugüne kadar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="328"/>
        <source>All topics</source>
        <translation>Tüm konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="332"/>
        <source>All languages</source>
        <translation>Tüm diller</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="338"/>
        <source>&amp;Reset filters</source>
        <translation>&amp;Filtreleri sıfırla</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="339"/>
        <source>The last %1 days, every topic, language and volunteer</source>
        <translation>Son %1 gün, tüm konular, diller ve gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="341"/>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="342"/>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="347"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="349"/>
        <source>&amp;to:</source>
        <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Konu:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="355"/>
        <source>La&amp;nguage:</source>
        <translation>Di&amp;l:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="356"/>
        <source>&amp;Volunteer:</source>
        <translation>Gö&amp;nüllü:</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="367"/>
        <source>Visits</source>
        <translation>Ziyaretler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="390"/>
        <source>Reset filters</source>
        <translation>Filtreleri sıfırla</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="541"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="591"/>
        <source>All volunteers</source>
        <translation>Tüm gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="612"/>
        <source>This column cannot be sorted; sort by arrival, waiting time, duration or group size.</source>
        <translation>Bu sütun sıralanamaz; geliş, bekleme süresi, süre veya grup büyüklüğüne göre sıralayın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="643"/>
        <source>Visits: %1</source>
        <translation>Ziyaretler: %1</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="647"/>
        <location filename="../welcome_point/ui/visits_page.py" line="674"/>
        <source>Visits: ?</source>
        <translation>Ziyaretler: ?</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="655"/>
        <source>No visits recorded yet</source>
        <translation>Henüz kaydedilmiş ziyaret yok</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="656"/>
        <source>Visits saved at the Desk appear here, newest first.</source>
        <translation>Karşılamada kaydedilen ziyaretler burada görünür, en yenisi en üstte.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="659"/>
        <source>No visit matches these filters</source>
        <translation>Bu filtrelerle eşleşen ziyaret yok</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="661"/>
        <source>Choose a longer period (“All dates” shows every visit) or fewer filters.</source>
        <translation>Daha uzun bir dönem seçin (“Tüm tarihler” tüm ziyaretleri gösterir) veya daha az filtre kullanın.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="668"/>
        <source>Sorting by this column works on at most %1 visits. Choose a shorter period; the list is sorted by arrival again.</source>
        <translation>Bu sütuna göre sıralama en fazla %1 ziyarette çalışır. Daha kısa bir dönem seçin; liste yeniden gelişe göre sıralandı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="675"/>
        <source>The visits could not be read</source>
        <translation>Ziyaretler okunamadı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Visit number</source>
        <translation>Ziyaret numarası</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="701"/>
        <source>Arrived</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Waiting (min)</source>
        <translation>Bekleme (dk)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="702"/>
        <source>Duration (min)</source>
        <translation>Süre (dk)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="703"/>
        <source>Group size</source>
        <translation>Grup büyüklüğü</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="704"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Volunteers</source>
        <translation>Gönüllüler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="705"/>
        <source>Referrals</source>
        <translation>Yönlendirmeler</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="706"/>
        <source>Visitor</source>
        <translation>Ziyaretçi</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="716"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="724"/>
        <location filename="../welcome_point/ui/visits_page.py" line="767"/>
        <source>Export visits</source>
        <translation>Ziyaretleri dışa aktar</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="725"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="746"/>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="751"/>
        <source>Exporting… %1 visits written</source>
        <translation>Dışa aktarılıyor… %1 ziyaret yazıldı</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="758"/>
        <source>%1 visits exported to %2</source>
        <translation>%1 ziyaret dışa aktarıldı: %2</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="765"/>
        <source>The export failed; no file was written.</source>
        <translation>Dışa aktarma başarısız oldu; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <location filename="../welcome_point/ui/visits_page.py" line="768"/>
        <source>The file could not be written.

%1</source>
        <comment>%1: the system&apos;s reason</comment>
        <translation>Dosya yazılamadı.

%1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="70"/>
        <source>Residence &amp; asylum</source>
        <translation>Oturum ve iltica</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="71"/>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="72"/>
        <source>German courses</source>
        <translation>Almanca kursları</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="73"/>
        <source>Work &amp; training</source>
        <translation>İş ve meslek eğitimi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="74"/>
        <source>School &amp; childcare</source>
        <translation>Okul ve çocuk bakımı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="75"/>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="76"/>
        <source>Benefits &amp; Jobcenter</source>
        <translation>Sosyal yardımlar ve Jobcenter</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="77"/>
        <source>Family &amp; reunification</source>
        <translation>Aile ve aile birleşimi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="78"/>
        <source>Letters &amp; forms</source>
        <translation>Mektuplar ve formlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="79"/>
        <source>Leisure &amp; community</source>
        <translation>Boş zaman ve topluluk</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="80"/>
        <source>Volunteering</source>
        <translation>Gönüllülük</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="81"/>
        <source>Donations</source>
        <translation>Bağışlar</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="82"/>
        <source>Other topic</source>
        <translation>Diğer konu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="86"/>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="87"/>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="88"/>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="89"/>
        <source>Farsi/Dari</source>
        <translation>Farsça/Darice</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="90"/>
        <source>Ukrainian</source>
        <translation>Ukraynaca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="91"/>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="92"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="93"/>
        <source>Kurdish</source>
        <translation>Kürtçe</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="94"/>
        <source>Tigrinya</source>
        <translation>Tigrinyaca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="95"/>
        <source>Somali</source>
        <translation>Somalice</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="96"/>
        <source>Pashto</source>
        <translation>Peştuca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="97"/>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="98"/>
        <source>Albanian</source>
        <translation>Arnavutça</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="99"/>
        <source>Romanian</source>
        <translation>Rumence</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="100"/>
        <source>Bulgarian</source>
        <translation>Bulgarca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="101"/>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="102"/>
        <source>Other language</source>
        <translation>Diğer dil</translation>
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
        <translation>Yaş belirtilmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="115"/>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="116"/>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="117"/>
        <source>Diverse</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="118"/>
        <source>Gender not stated</source>
        <translation>Cinsiyet belirtilmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="123"/>
        <source>European Union</source>
        <translation>Avrupa Birliği</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="124"/>
        <source>Other Europe</source>
        <translation>Diğer Avrupa</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="125"/>
        <source>Middle East</source>
        <translation>Orta Doğu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="126"/>
        <source>North Africa</source>
        <translation>Kuzey Afrika</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="127"/>
        <source>Sub-Saharan Africa</source>
        <translation>Sahra Altı Afrika</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="128"/>
        <source>Central and South Asia</source>
        <translation>Orta ve Güney Asya</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="129"/>
        <source>Other region</source>
        <translation>Diğer bölge</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="130"/>
        <source>Region not stated</source>
        <translation>Bölge belirtilmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="134"/>
        <source>Advice given</source>
        <translation>Danışmanlık verildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="135"/>
        <source>Referred</source>
        <translation>Yönlendirildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="136"/>
        <source>Appointment arranged</source>
        <translation>Randevu ayarlandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="137"/>
        <source>Asked to come back</source>
        <translation>Tekrar gelmesi istendi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="138"/>
        <source>Not resolved</source>
        <translation>Çözülmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="142"/>
        <source>Authority</source>
        <translation>Resmi kurum</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="143"/>
        <source>Counselling</source>
        <translation>Danışmanlık</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="144"/>
        <source>Language course</source>
        <translation>Dil kursu</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="145"/>
        <source>Health service</source>
        <translation>Sağlık hizmeti</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="146"/>
        <source>Housing service</source>
        <translation>Konut hizmeti</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="147"/>
        <source>Legal aid</source>
        <translation>Hukuki yardım</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="148"/>
        <source>Education</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="149"/>
        <source>Labour market</source>
        <translation>İş piyasası</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="150"/>
        <source>Community &amp; leisure</source>
        <translation>Topluluk ve boş zaman</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="151"/>
        <source>Other service</source>
        <translation>Diğer hizmet</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="155"/>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="156"/>
        <source>Followed up</source>
        <translation>Takip edildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="157"/>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="158"/>
        <source>Not reached</source>
        <translation>Ulaşılamadı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="162"/>
        <source>Desk</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="163"/>
        <source>Interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="164"/>
        <location filename="../welcome_point/domain/vocabulary.py" line="183"/>
        <source>Coordinator</source>
        <translation>Koordinatör</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="168"/>
        <source>Native</source>
        <translation>Ana dil</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="169"/>
        <source>Fluent</source>
        <translation>Akıcı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="170"/>
        <source>Basic</source>
        <translation>Temel</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="174"/>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="175"/>
        <source>Confirmed</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="176"/>
        <source>Attended</source>
        <translation>Katıldı</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="177"/>
        <source>No-show</source>
        <translation>Gelmedi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="178"/>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="182"/>
        <source>Volunteer</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="184"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../welcome_point/domain/vocabulary.py" line="185"/>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../welcome_point/ui/pages.py" line="81"/>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
</context>
</TS>
