"""Roster words of other languages put in English (domain/glossary.py)."""

import re

import pytest

from listenwell.domain.glossary import fold, in_english
from listenwell.domain.text import column_words


@pytest.mark.parametrize(("column", "words"), [
    ("Dernière connexion app", "last login app"),
    ("Personne - Statut compte app", "person status account app"),
    ("ULTIMO_ACCESO", "last login"),
    ("Connexions 30 j", "logins 30 d"),
    ("Sessões (últimos 30 dias)", "sessions last 30 days"),
    ("Ostatnie logowanie", "last login"),
    ("Data ostatniego logowania", "date last logins"),
    ("Senaste inloggning", "last login"),
    ("Letzte Nutzung", "last use"),
    ("Date d'inscription", "date d signup"),
    ("¿Con qué frecuencia usas la app?", "how often usas la app"),
    # English names are left as they were
    ("Kestrel Logins (Last 30 Days)", "kestrel logins last 30 days"),
    ("Customer's plan", "customers plan"),
    ("Persona", "persona"),
    ("Data sharing consent", "data sharing consent"),
])
def test_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("Désactivé", "deactivated"), ("Invitación pendiente", "invited pending"), ("Ancien client", "former customer"),
    ("Oui", "yes"), ("TAK", "yes"), ("Não", "no"), ("nie", "nie"),   # a German never or a Polish no: left for the column to say
    ("Non-EU", "non-eu"),                                          # "non" is a no only as the whole cell
    ("Ne pas contacter", "do not contact"), ("✓", "✓"),
])
def test_values_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


def test_fold_keeps_what_is_not_an_accent() -> None:
    assert fold("Łódź – Ørsted ✓") == "lodz – orsted ✓"


@pytest.mark.parametrize(("value", "english"), [
    # a request put in English whole: its "don't" follows the object in Hindi
    ("Humein phir se call mat kijiye", "don't call us again"),
    ("survey ke liye mat puchiye", "don't ask for surveys"),
    ("inse interview ke liye nahi poochna", "don't ask them for interviews"),
    ("video record mat karna", "video don't record"),
    ("email pe message na bhejein", "don't message on email"),
    ("calls nahi chahiye", "no calls"),
    ("interview se mana kar diya", "not interested in interviews"),
    ("Bas SMS, phone nahi uthate", "sms only, phone nahi uthate"),
    ("Verma ji ka nidhan ho gaya", "verma ji ka deceased"),
    ("Ji haan", "yes"), ("Nahin", "no"), ("Haan - shaam ko free", "yes - shaam ko free"),
    ("hamara apna test account", "our own test account"),
    # English left as it is, and Hindi that says something else
    ("Bought a yoga mat", "bought a yoga mat"),
    ("teen mahine guzar gaye, app nahi khola", "teen mahine guzar gaye, app nahi khola"),
    ("plan expire ho gaya", "plan expired ho gaya"),
    ("jab tak woh call na kare", "jab tak woh call na kare"),
    ("NA", "na"),
])
def test_hinglish_values_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("value", "english"), [
    # a field officer's Hinglish notes of the person, spelt the common ways
    ("Loan recovery ka case hai", "debt collection ka case hai"),
    ("aspatal mein bharti hain", "in hospital"),
    ("bahu phone uthati hai", "their relative answers the phone"),
    ("papa ka number hai", "phone is their father's"),
    ("interview ho chuka hai 02-05-2026", "interviewed 02-05-2026"),
    ("padhna nhi aata", "cannot read"),
    # Hindi and Marathi in Devanagari, matched without virama and nukta
    ("उनको कॉल ना करें", "do not call"), ("त्यांना फोन करु नये", "do not call"),
    ("आमची कर्मचारी आहे", "our employee आहे"), ("मुलाखत झाली आहे", "interviewed"),
    ("किसान का देहांत हो गया", "deceased"), ("अंगूठा लगाते हैं", "cannot read"),
    # not the person's: left as written (only folded)
    ("recovery ho gayi, ab theek hai", "recovery ho gayi, ab theek hai"),
    ("वडील वारले", "वडील वारले"),
])
def test_field_officers_hinglish_and_devanagari_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    # Japanese: no spaces between words, so each is found inside the run of characters
    ("前回ログイン日時", "last login date"),
    ("最終ログイン", "last login"),
    ("週間セッション数", "weekly sessions count"),
    ("ログイン回数（直近30日）", "logins count last 30 days"),
    ("アカウントステータス", "account status"),
    ("メール配信拒否", "email opt out"),
    ("インタビュー協力", "interview willing"),
    ("特記事項", "notes"),
    ("有効期限", "expiry date"),                # the longer word first: not "active"
    # a katakana word inside a longer one is left alone: a contest is no test, a blog no login
    ("コンテスト", ""), ("テストケース", ""),
])
def test_japanese_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("可", "yes"), ("不可", "no"), ("はい", "yes"), ("いいえ", "no"), ("有", "yes"), ("無し", "no"), ("×", "no"),
    ("不可（理由：多忙）", "no(理由:多忙)"),          # a no that opens the answer
    ("可能", "可能"), ("無料", "無料"),                   # only a whole cell is a yes or a no
    ("解約済み", "cancelled"), ("契約中", "active"),
    ("インタビューはお断りします", "no more research requests"),
    ("退職", "left the company"), ("退職予定", "退職予定"),  # leaving later: not gone yet
])
def test_japanese_values_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


def test_fold_keeps_hangul_in_syllables() -> None:
    # NFKD takes a syllable apart into its letters: folded Korean is kept as written, so that it is
    # matched as written (and a consent's "동의" is still found inside "미동의" only as part of it)
    assert fold("리서치 참여 동의") == "리서치 참여 동의"
    assert fold("Ärger 동의") == "arger 동의"


@pytest.mark.parametrize(("column", "words"), [
    # Korean: a member list's columns, with or without the spaces between their words
    ("최근 접속일", "last login date"),
    ("최종로그인일시", "last login date"),
    ("월 접속 횟수", "monthly logins count"),
    ("주간 방문 수", "weekly logins count"),
    ("가입일자", "signup date"),
    ("회원 번호", "member id"),
    ("연령대", "age group"),
    ("설문 참여 동의 여부", "research consent"),
    ("마케팅 정보 수신 동의", "marketing opt in"),
    ("특이사항", "notes"),
    ("나이키 구매 경험", ""),                 # a brand is no age: "나이" only as a word of its own
])
def test_korean_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("동의", "yes"), ("미동의", "no"), ("비동의", "no"), ("동의 안 함", "no"), ("아니요", "no"),
    ("연락하지 말아 주세요", "do not contact"), ("연락금지", "do not contact"), ("전화 사절", "do not call"),
    ("설문 참여 거부함", "not interested in interviews"),
    ("사원", "employee"), ("임직원 (영업본부)", "employee"),
    ("직원 소개로 가입", "직원 소개로 가입"),       # joined through a staff member: not staff
    ("회원 탈퇴", "account deleted, do not contact"),
    ("테스트용 아이디", "test account"),
    ("2026년 9월 7일 인터뷰 진행 완료", "2026-09-07 interviewed"),
    ("10대", "10s"), ("50대 이상", "50s and over"), ("19세 미만", "under 19"), ("16세", "16 years old"),
])
def test_korean_values_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("value", "english"), [
    # the person's own death, where no noun stands before the verb; someone else's where one does
    ("amefariki dunia mwezi uliopita", "deceased mwezi uliopita"),
    ("deni lipo - aliaga dunia", "deni lipo - deceased"),
    ("baba yake alifariki 2025", "their father died 2025"),
    ("marehemu", "deceased"), ("marehemu mke wake alikuwa mwanachama", "late their wife alikuwa mwanachama"),
    # requests and refusals
    ("hawataki kupigiwa", "does not want to be called"), ("msimpigie simu tena", "do not call again"),
    ("usimpigie kabla ya saa tatu", "do not call before saa tatu"),
    ("hataki kuwasiliana", "does not want to be contacted"), ("alikataa mahojiano", "refused interview"),
    ("amekataa utafiti", "not interested in research"),
    # an interview, staff, an age, a move, a language, someone else's number, a channel
    ("tumemhoji 03/09/2026", "interviewed 03/09/2026"), ("mfanyakazi wetu", "our employee"),
    ("staff wa Nyeri branch", "our employee at the branch"),
    ("binti wa mfanyakazi wetu", "daughter of our employee"),
    ("umri wake ni miaka 16", "aged 16"), ("ana miaka 15", "15 years old"),
    ("alihamia Eldoret", "moved away eldoret"), ("anaongea Kikamba tu", "speaks only kikamba"),
    ("simu si yake", "not their own number"), ("anapendelea SMS", "prefers sms"),
    # the company's own employee or sales agent; not a government's, nor a mobile-money shop's agent
    ("mfanyakazi wa kampuni", "our employee"), ("ni wakala - anauza taa", "our employee - anauza taa"),
    ("wakala wetu wa Kisii", "our employee wa kisii"), ("mfanyakazi wa serikali", "mfanyakazi wa serikali"),
    ("ana duka, wakala wa M-Pesa", "ana duka, wakala wa m-pesa"), ("kaka yake ni wakala", "their brother ni wakala"),
    # a test customer, a debt being collected and one that is not yet, cannot read
    ("mteja wa majaribio", "test account"), ("deni sugu, collections", "in debt collection"),
    ("ana deni kubwa", "has a large debt"), ("hajui kusoma wala kuandika", "cannot read or write"),
    # what says nothing of the kind is left as it is
    ("anatumia app kila siku", "anatumia app kila siku"), ("alihudhuria mkutano", "alihudhuria mkutano"),
])
def test_swahili_values_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("text", "english"), [
    # Chinese, Traditional and Simplified: columns of a member list
    ("會員編號", "member id"), ("会员编号", "member id"), ("最後下單日期", "last order date"),
    ("近30天訂單數", "last 30 days orders count"), ("累计订单数", "total orders"), ("備註", "notes"),
    ("是否同意參與研究", "research consent"), ("手機", "mobile"),
    # a yes or a no as the whole cell, or opening it
    ("是", "yes"), ("否", "no"), ("不同意", "no"), ("否（出差中）", "no(出差中)"),
    # notes: said of the person, not of someone else in the sentence
    ("客服部同仁", "staff"), ("他女兒是員工", "他女兒是員工"), ("請勿聯絡", "do not contact"),
    ("晚上請勿來電", "晚上請勿來電"),
    # Japanese written in kanji alone is read as before
    ("電話不可", "do not call"), ("社員", "employee"), ("退職", "left the company"), ("調査協力", "research willing"),
])
def test_chinese_columns_values_and_notes_in_english(text: str, english: str) -> None:
    assert in_english(text) == english


@pytest.mark.parametrize(("column", "words"), [
    ("Catatan", "notes"), ("Keterangan", "notes"), ("Terakhir Aktif", "last active"),
    ("Tanggal Daftar", "signup date"), ("Jumlah Pesanan 30 Hari", "orders count 30 days"),
    ("Status Akun", "account status"), ("Bersedia Diwawancara", "willing interview"),
    ("Tanggal Wawancara Terakhir", "last interviewed date"), ("Provinsi", "province"),
])
def test_indonesian_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("Ya", "yes"), ("Tidak", "no"), ("Nonaktif", "inactive"), ("Diblokir", "blocked"),
    # requests, refusals, an erasure, an interview done, a test account
    ("mohon jangan dihubungi lagi", "do not contact"), ("jangan ditelepon sore", "do not call sore"),
    ("tidak ingin direkam", "don't want to be recorded"), ("menolak diwawancarai", "not interested in interviews"),
    ("meminta data pribadinya dihapus", "deletion requested"), ("pernah diwawancara 04/09/2026", "interviewed 04/09/2026"),
    ("akun uji coba tim QA", "test account tim qa"), ("diblokir karena penipuan", "banned for fraud"),
    # staff opening a clause, or "ours"; not a relative of one
    ("pegawai gudang, punya toko online", "our employee, punya toko online"),
    ("adiknya staf kami", "adiknya staf kami"), ("istri dari karyawan internal", "istri dari karyawan internal"),
    # the person's own death; someone else's
    ("sudah wafat", "sudah deceased"), ("ibunya meninggal dunia tahun lalu", "ibunya died tahun lalu"),
    # an age, school: theirs, and not a length of time or a child's
    ("usia 16 tahun", "aged 16"), ("SMK kelas 2, 16 tahun", "smk kelas 2, 16 years old"),
    ("berjualan 5 tahun", "berjualan 5 tahun"), ("masih SMP", "under 18"), ("anaknya masih SMP", "anaknya masih smp"),
    # English words that Indonesian shares are left as they are
    ("Hari will test it, ya know", "hari will test it, ya know"),
])
def test_indonesian_values_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    ("Son Sipariş Tarihi", "last order date"), ("Toplam Sipariş", "orders count"), ("Kayıt Tarihi", "signup date"),
    ("Üyelik Tarihi", "signup date"), ("Son Giriş", "last login"), ("Tavsiye Puanı", "nps score"),
    ("Üyelik Durumu", "member status"), ("Hesap Durumu", "account status"), ("Araştırma İzni", "research permission"),
    ("İletişim İzni", "may be contacted"), ("KVKK Onayı", "may be contacted"), ("Not", "notes"), ("Notlar", "notes"),
    ("Müşteri Notu", "notes"), ("Cep Telefonu", "mobile phone"), ("E-posta", "email"),
])
def test_turkish_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("column", "words"), [
    ("الاسم الكامل", "full name"), ("البريد الإلكتروني", "email"), ("رقم الجوال", "phone"), ("الهاتف", "phone"),
    ("تاريخ التسجيل", "signup date"), ("ملاحظات", "notes"), ("ملاحظات الوكيل", "notes"), ("ملاحظة", "notes"),
    # a column named in two languages
    ("البلد / Country", "country country"), ("آخر حجز", "last booking"),
])
def test_arabic_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("Evet", "yes"), ("Hayır", "no"), ("Askıya Alındı", "suspended"), ("Kapatıldı", "closed"), ("Pasif", "inactive"),
    # requests: do not call or contact; a time of day is not a refusal
    ("Müşteri aranmak istemiyor", "musteri does not want to be called"), ("aranmasın lütfen", "do not call lutfen"),
    ("Kesinlikle İLETİŞİME GEÇMEYİNİZ", "kesinlikle do not contact"),
    ("Lütfen beni listeden çıkarın", "take me off the list"),
    ("Sabah 10:30'dan önce aramayın", "calls fine, but not before 10:30"),
    ("mesai saatlerinde aramayın", "calls fine, but not at that time"),
    # an erasure, an interview done (not a phone conversation), a legal action
    ("Kişisel verilerimin silinmesini istiyorum", "deletion requested"),
    ("03.09.2026 tarihinde araştırma görüşmesi yapıldı", "interviewed 03.09.2026"),
    ("Zoom görüşmesi yapıldı 12.08.2026", "interviewed 12.08.2026"),
    ("telefon görüşmesi yapıldı", "phone gorusmesi yapildi"), ("dava açtı", "legal action started"),
    # staff, ours; a relative of one, or someone else's company, is not
    ("Şirketimiz çalışanı", "our employee"), ("muhasebe ekibimizden", "muhasebe our employee"),
    ("stajyer, yaz dönemi", "staff, yaz donemi"), ("kardeşi çalışanımız", "kardesi calisanimiz"),
    ("bir şirket çalışanı", "bir sirket calisani"),
    # a death: theirs, or a relative's
    ("Maalesef vefat etti", "maalesef deceased"), ("babası vefat etti, taşınıyor", "babasi died, tasiniyor"),
    # an age: theirs, not a child's
    ("16 yaşında, lise öğrencisi", "16 years old, lise ogrencisi"), ("oğlu 16 yaşında", "oglu 16 yasinda"),
    ("16 yaşındaki kızı için aldı", "16 yasindaki kizi icin aldi"),
])
def test_turkish_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    ("Mã tài xế", "driver id"), ("Mã KH", "customer id"), ("Họ và tên", "name"), ("Họ tên", "name"),
    ("Số điện thoại", "phone"), ("SĐT", "phone"), ("Ngày tham gia", "signup date"), ("Ngày đăng ký", "signup date"),
    ("Số đơn 30 ngày", "orders count 30 days"), ("Chuyến đi 30 ngày", "trips 30 days"),
    ("Hoạt động gần nhất", "last active"), ("Lan hoat dong cuoi", "last active"), ("Trạng thái", "status"),
    ("Đồng ý phỏng vấn", "research consent"), ("Ghi chú", "notes"),
])
def test_vietnamese_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("Có", "yes"), ("Không", "no"), ("khong", "no"), ("Tạm khoá", "suspended"), ("Đã nghỉ", "churned"),
    ("Đang hoạt động", "active"), ("Khóa vĩnh viễn", "banned"),
    # a bare "co" may be Colorado: only "Có", with its mark, is a yes
    ("CO", "co"),
    # requests, with their marks or without; one for a time of day, or a call that did not get through, is none
    ("ko lien he", "do not contact"), ("Không liên hệ!", "do not contact!"),
    ("khach yeu cau khong goi lai nua", "khach do not call"), ("không gọi sau 21h", "calls fine, but not then 21h"),
    ("gọi không liên hệ được", "goi khong lien he duoc"),
    ("tk bị khoá vĩnh viễn do gian lận", "banned for fraud"),
    # an interview done, with its day
    ("Đã PV ngày 03/09/2026", "interviewed 03/09/2026"), ("da phong van", "interviewed"),
    # staff, ours; a relative of one is not
    ("NV phòng kế toán", "our employee"), ("thuộc team ops", "our employee"), ("tài xế, nhân viên", "tai xe, our employee"),
    ("vợ của nhân viên phòng kế toán", "vo cua nhan vien phong ke toan"),
    # a channel alone
    ("chỉ nhắn Zalo", "text only"),
    # an age: theirs, not a son's; "17t" only in a Vietnamese note
    ("mới 17t, đi học", "moi 17 years old, di hoc"), ("con trai 16 tuổi", "con trai 16 tuoi"), ("size 17t", "size 17t"),
    # a death: theirs, or a relative's
    ("đã qua đời", "deceased"), ("bố đã qua đời", "bo died"),
    # "đã mất", "từ trần": a death where a person is its subject and nothing lost follows; a thing lost is none
    ("chủ tiệm đã mất, cháu gái trông tiệm", "chu tiem deceased, chau gai trong tiem"),
    ("Ông Lộc đã mất năm ngoái", "ong loc deceased nam ngoai"), ("đã mất", "deceased"),
    ("chủ tài khoản đã từ trần", "chu tai khoan deceased"), ("chồng chủ tiệm đã mất", "chong chu tiem died"),
    ("đã mất mật khẩu, cần cấp lại", "da mat mat khau, can cap lai"), ("máy POS đã mất", "may pos da mat"),
    ("sổ của ông Lộc đã mất", "so cua ong loc da mat"),
])
def test_vietnamese_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    ("รหัสลูกค้า", "customer id"), ("รหัสสมาชิก", "member id"), ("ชื่อ-นามสกุล", "name"), ("ชื่อ - สกุล", "name"),
    ("เบอร์โทรศัพท์", "phone"), ("อีเมล์", "email"), ("จังหวัด", "province"), ("วันเกิด", "birth date"),
    ("วันที่สมัคร", "signup date"), ("วันที่ใช้งานล่าสุด", "last active"), ("สถานะบัญชี", "status"), ("หมายเหตุ", "notes"),
    ("จำนวนครั้งที่ชำระบิล", "count of bill payments"),
    # a Google Form's questions: the NPS one and a yes to being called for an interview
    ("โอกาสที่คุณจะแนะนำบริการของเราให้คนรู้จัก (0-10)", "recommend 0 10"),
    ("ยินดีให้เจ้าหน้าที่ติดต่อกลับเพื่อสัมภาษณ์หรือไม่", "willing to be contacted interview"),
])
def test_thai_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("ยินดี", "yes"), ("ไม่ยินดีค่ะ", "no"), ("ไม่ยินยอม", "no"), ("ใช้งาน", "active"), ("ถูกระงับ", "suspended"),
    ("ปิดบัญชีแล้ว", "closed"), ("รอยืนยันตัวตน", "not activated"),
    # requests, written without spaces between words; one for a time of day, a missed call or no reach is none
    ("แจ้งว่าไม่สะดวกให้ติดต่อมาอีก", "แจงวา do not contact"), ("ขอไม่รับสายการตลาด", "do not call การตลาด"),
    ("อย่าโทรหาอีก", "do not call"), ("ห้ามโทรช่วงเช้า", "calls fine, but not then ชวงเชา"),
    ("ไม่รับสาย 2 ครั้ง", "ไมรับสาย 2 ครัง"), ("ติดต่อไม่ได้", "ติดตอไมได"),
    ("ไม่สนใจเข้าร่วมการสัมภาษณ์", "not interested in interviews"),
    # an interview done, with its day (a Buddhist-Era year, as a Thai note writes it, in the Gregorian calendar)
    ("เคยให้สัมภาษณ์แล้ว 02/09/2569", "interviewed 02/09/2026"), ("เคยสัมภาษณ์", "interviewed"),
    ("บัญชีเทสต์ของทีมพัฒนา", "test account ของทีมพัฒนา"), ("ต้องสงสัยว่ามีการฉ้อโกง", "suspected fraud"), ("ระงับบัญชีเนื่องจากทุจริต", "fraud case"),
    ("โอนเรื่องให้ทีมทวงหนี้", "โอนเรืองให debt collection"), ("ใช้สิทธิ์ขอให้ลบบัญชี", "deletion requested"),
    ("ร้องเรียนต่อ สคบ.", "complaint to the regulator"),
    # staff, ours, opening a clause; an occupation or a relative of one is not
    ("พนักงาน แผนกบัญชี", "our employee แผนกบัญชี"), ("เป็นพนักงานของเรา", "our employee"),
    ("พนักงานบริษัทเอกชน", "พนักงานบริษัทเอกชน"), ("น้องชายเป็นพนักงาน ฝ่ายไอที", "นองชายเป็นพนักงาน ฝายไอที"),
    # a death: theirs, or a relative's
    ("ลูกค้าถึงแก่กรรม", "ลกคา deceased"), ("แม่เสียชีวิตเดือนที่แล้ว", "แม died เดือนทีแลว"),
    ("อายุ 17 ปี", "aged 17"),
])
def test_thai_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    ("Κωδικός πελάτη", "customer id"), ("ΚΩΔ. ΣΥΝΔΡΟΜΗΤΗ", "customer id"), ("Ονοματεπώνυμο", "full name"),
    ("Κινητό τηλέφωνο", "phone"), ("Τηλέφωνο επικοινωνίας", "phone"), ("Ημερομηνία εγγραφής", "signup date"),
    ("Ημ/νία γέννησης", "birth date"), ("Ημ. τελευταίας σύνδεσης", "last login"), ("ΤΕΛΕΥΤΑΙΑ ΣΥΝΔΕΣΗ", "last login"),
    ("Κατάσταση γραμμής", "status"), ("Παρατηρήσεις", "notes"),
    # a count over a period, however the days are written ("ημ." short for "ημέρες")
    ("Είσοδοι (7 ημέρες)", "logins 7 days"), ("Αριθμός συνδέσεων (90 ημ.)", "logins 90 days"),
    ("Συνδέσεις τελευταίες 30 ημέρες", "logins last 30 days"), ("Συνδέσεις (3 μήνες)", "logins 3 months"),
    # a form's NPS question
    ("Πόσο πιθανό είναι να μας συστήσετε σε φίλους; (0-10)", "recommend 0 10"),
])
def test_greek_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("column", "words"), [
    # a Hungarian admin export's columns, as Hungarian Excel heads them
    ("Ügyfélazonosító", "customer id"), ("Felhasználói azonosító", "user id"), ("Név", "name"),
    ("Telefonszám", "phone"), ("Születési dátum", "birth date"), ("Születési idő", "birth date"),
    ("Korcsoport", "age group"), ("Regisztráció dátuma", "signup date"), ("Utolsó bejelentkezés", "last login"),
    ("UTOLSÓ BELÉPÉS", "last login"), ("Státusz", "status"), ("Fiók állapota", "account status"),
    ("Megjegyzés", "notes"), ("Kutatásban részvétel", "research consent"),
    ("Hozzájárulás kutatáshoz", "research consent"),
    # a count over a period: "nap" days, "hét" weeks, "hónap" months, after their number
    ("Bejelentkezések (30 nap)", "logins 30 days"), ("Belépések száma (4 hét)", "logins count 4 weeks"),
    ("Bejelentkezések (3 hónap)", "logins 3 months"),
])
def test_hungarian_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("column", "words"), [
    # a count's period after its number where the word for a day is no word the glossary can read alone:
    # Finnish ("pv", päivää; "kk", kuukautta), Serbian and Croatian in either script, Russian and Ukrainian
    # with no "за" before it, Hungarian's "napos", Romanian with no "ultimele", Turkish's "son … gün"
    ("Ostoja 30 pv", "purchases 30 days"), ("Kirjautumiset (viim. 7 pv)", "logins last 7 days"),
    ("Lainat viimeiset 90 päivää", "lainat last 90 days"), ("Käynnit 4 viikkoa", "visits 4 weeks"),
    ("Tilaukset 12 kk", "orders 12 months"), ("Broj porudžbina (90 dana)", "broj porudzbina 90 days"),
    ("Prijave u zadnjih 14 dana", "prijave u last 14 days"), ("Kupovine (6 mjeseci)", "kupovine 6 months"),
    ("Поруџбине (90 дана)", "90 days"), ("Пријаве последњих 7 дана", "last 7 days"),
    ("Входы (30 дней)", "30 days"), ("Logins 14 днів", "logins 14 days"),
    ("Vásárlások 90 napos", "vasarlasok 90 days"), ("Comenzi (30 de zile)", "orders 30 days"),
    ("Giriş (son 30 gün)", "giris last 30 days"),
    # the same words with no number before them stay as written
    ("Dana pensiun", "dana pensiun"), ("Päivä", "paiva"),
])
def test_a_counts_period_in_other_languages(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("Ναι", "yes"), ("ΟΧΙ", "no"), ("Ενεργή", "active"), ("Ανενεργός", "inactive"), ("ΦΡΑΓΗ", "blocked"),
    ("Διαγραφή", "closed"), ("Απενεργοποιημένη", "closed"),
    # requests, with accents or in capitals without them
    ("ΔΕΝ ΕΠΙΘΥΜΕΙ ΕΠΙΚΟΙΝΩΝΙΑ", "do not contact"), ("να μην την ενοχλούμε ξανά", "do not contact ξανα"),
    ("Μην καλείτε μετά τις 8", "do not call μετα τισ 8"), ("αρνείται την ηχογράφηση", "does not want to be recorded"),
    ("δεν ενδιαφέρεται για έρευνες", "not interested in research"),
    ("Πήρε μέρος σε συνέντευξη στις 02/09/2026", "interviewed 02/09/2026"),
    ("δοκιμαστικός λογαριασμός", "test account"), ("Χρέος σε εισπρακτική εταιρεία", "χρεοσ debt collection"),
    ("αίτημα διαγραφής στοιχείων (GDPR)", "deletion requested (gdpr)"),
    ("Προσφυγή στον Συνήγορο του Καταναλωτή", "complaint to the regulator"),
    # their own state opening a clause; a relative's or an occupation is not
    ("Απεβίωσε, ενημέρωσε ο γιος", "deceased, ενημερωσε ο γιοσ"), ("η μητέρα του απεβίωσε", "η μητερα του απεβιωσε"),
    ("ΑΝΗΛΙΚΗ", "under 18"), ("υπάλληλος μας", "our employee"), ("Υπάλληλος τράπεζας", "υπαλληλοσ τραπεζασ"),
    ("συνταξιούχος, 67 ετών", "συνταξιουχοσ, aged 67"),
])
def test_greek_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english

@pytest.mark.parametrize(("value", "english"), [
    ("نعم", "yes"), ("لا", "no"), ("موافقة", "yes"), ("غير موافق", "no"), ("نعم، موافقة", "yes, موافقة"),
    # requests and refusals
    ("طلبت عدم الاتصال بها", "asked not to be contacted"), ("يرجى عدم التواصل معه", "do not contact"),
    ("لا تتصل به", "do not call"), ("لا ترغب في المشاركة في البحث", "not interested in research في البحث"),
    ("رفض المقابلة", "not interested in interviews"),
    # how to reach them, one way only
    ("لا تتصلوا به على الجوال، راسلوه عبر الواتساب فقط", "do not call, راسلوه whatsapp only"),
    # the person's own age, staff, death, a duplicate; not someone else's
    ("عمره أقل من 18 سنة", "under 18"), ("العمر: 16 سنة", "aged 16"), ("قاصر", "minor"),
    ("ابنه عمره 15 سنة", "ابنه عمره 15 سنة"), ("موظفة في الشركة", "our employee"),
    ("زوج موظفة في الشركة", "زوج موظفة في الشركة"), ("متوفية", "deceased"), ("والده توفي", "والده توفي"),
    ("حساب مكرر - نفس العميل", "duplicate record - نفس العميل"),
    # a broker or a legal case is left as written, for the plan to name as a note it could not read
    ("وسيط عقاري", "وسيط عقاري"),
])
def test_arabic_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


def test_digits_of_arabic_script_and_full_width_ones_read_as_ascii() -> None:
    from listenwell.domain.glossary import ascii_digits
    assert ascii_digits("١٢/١١/٢٠٢٦") == "12/11/2026"
    assert ascii_digits("+٩٧١ ٥٠ ۱۲۳ ۴۵۶۷") == "+971 50 123 4567"  # Arabic-Indic and Persian
    assert ascii_digits("١٬٢٣٤٫٥") == "1,234.5"
    assert ascii_digits("２０２６年") == "2026年"


def test_bengali_devanagari_and_other_indic_digits_read_as_ascii() -> None:
    from listenwell.domain.glossary import ascii_digits
    assert ascii_digits("০৯/১০/২০২৬") == "09/10/2026"  # Bengali
    assert ascii_digits("०९/१०/२०२६") == "09/10/2026"  # Devanagari
    assert ascii_digits("௦௯ ౦౯ ૦૯") == "09 09 09"  # Tamil, Telugu, Gujarati
    assert fold("উমর ৪২") == fold("উমর") + " 42"


def test_serbian_last_login_headers_in_both_scripts() -> None:
    for header in ("Последња пријава", "Датум последње пријаве", "Poslednja prijava", "Zadnja prijava"):
        assert in_english(header).startswith("last login"), header
    assert in_english("Последња активност") == in_english("Poslednja aktivnost") == "last active"


def test_thai_digits_read_as_ascii() -> None:
    from listenwell.domain.glossary import ascii_digits
    assert ascii_digits("๑๘/๐๙/๒๐๒๖ ๐๘:๓๐") == "18/09/2026 08:30"
    assert ascii_digits("โทร ๐๘๙-๗๖๕-๔๓๒๑") == "โทร 089-765-4321"
    assert fold("عمره ١٧ سنة") == "عمره 17 سنة"


@pytest.mark.parametrize(("value", "english"), [
    # contact through someone, a channel, a no to recording
    ("kontakt wyłącznie przez Dział Prawny", "contact only through the department prawny"),
    ("prosi o kontakt przez córkę", "contact through their daughter"),
    ("Prosi o kontakt wyłącznie mailowy – nie dzwonić", "email only – do not call"),
    ("Nie wyraża zgody na nagrywanie rozmów", "don't want to be recorded"),
    # debt collection, fraud, an ombudsman; an ordinary complaint is left as it is
    ("sprawa w windykacji", "sprawa w debt collection"), ("podejrzenie wyłudzenia", "suspected fraud"),
    ("Skarga do Rzecznika Finansowego", "complaint to the ombudsman"), ("reklamacja rozwiązana", "reklamacja rozwiazana"),
    # staff opening a clause, or ours; not another employer's, nor a relative of one
    ("Pracownica banku (zespół IT)", "our employee (team it)"), ("nasz pracownik", "our employee"),
    ("pracownik urzędu gminy", "employee urzedu gminy"), ("córka pracownika banku", "corka pracownika banku"),
    # a minor, a birth year of their own (not a son's), research taken part in, a closed account, a bounce
    ("Małoletni (ur. 2011)", "minor (born 2011)"), ("syn ur. 2011", "syn ur. 2011"),
    ("Udział w wywiadzie UX 12.03.2026", "took part in interviews ux 12.03.2026"),
    ("Zamknęła rachunek", "closed their account"), ("mail powitalny odbity", "email bounced"),
])
def test_polish_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("value", "english"), [
    # not to be contacted or called, with Hungarian's endings and word order; a newsletter refused is no such no
    ("Nem kér megkeresést", "do not contact"), ("Kutatási megkeresést nem kér", "do not contact"),
    ("ne keressük", "do not contact"), ("Ne hívják, csak e-mailben", "do not call, email only"),
    ("e-mailben kereshető", "email only"), ("Nem kér hírlevelet", "nem ker hirlevelet"),
    # a test account, debt collection, fraud suspected (not a victim of fraud), an erasure (not a repayment)
    ("Tesztfiókja", "test account"), ("teszt fiók", "test account"), ("behajtásra átadva", "debt collection atadva"),
    ("Követeléskezelőnél", "debt collection"), ("csalás gyanúja", "suspected fraud"),
    ("Csalás áldozata", "csalas aldozata"), ("törlési kérelem", "deletion requested"),
    ("a törlesztés késik", "a torlesztes kesik"),
    # a death of their own, not a relative's; a minor of their own, not a child's; an age, not a goal's years
    ("Az ügyfél elhunyt", "az ugyfel deceased"), ("a férje elhunyt", "a ferje died"),
    ("elhunyt édesanyja nevén", "elhunyt edesanyja neven"), ("kiskorú", "under 18"),
    ("kiskorú gyermeke", "kiskoru gyermeke"), ("16 éves, diák", "16 years old, diak"),
    ("5 éves futamidő", "5 eves futamido"),
    # a no to recording, a duplicate, statuses
    ("Nem járul hozzá a felvételhez", "don't want to be recorded"), ("dupla fiók", "duplicate"),
    ("Törölt", "deleted"), ("Letiltva", "blocked"), ("Felfüggesztve", "suspended"), ("Státusz", "status"),
    ("Megjegyzés", "notes"),
    # a yes or a no as a whole cell, not inside a note
    ("Igen", "yes"), ("NEM", "no"), ("nem.", "no"),
])
def test_hungarian_notes_and_statuses_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("value", "english"), [
    # cedilla ş ţ (Windows) and comma-below ș ț (Google Sheets) are one letter
    ("Județ", "county"), ("Judeţ", "county"), ("Observaţii", "notes"), ("Observații", "notes"),
    ("Nume și prenume", "name"), ("Stare cont", "account status"), ("Şters", "deleted"), ("Șters", "deleted"),
    ("Suspendat", "suspended"), ("Inactiv", "inactive"), ("Nu", "no"), ("Da", "yes"),
    ("Acord cercetare", "research consent"), ("Vânzări (ultimele 30 de zile)", "vanzari (last 30 days)"),
    ("Comenzi (ultimele 6 luni)", "orders (last 6 months)"),
    # requests, one way only, a test account, a complaint, an erasure, an interview with its day
    ("nu dorește să fie sunată", "do not call"), ("a cerut să nu mai fie contactat", "do not contact"),
    ("numai prin SMS", "text only"), ("utilizator de test", "test account"),
    ("sesizare la Protecția Consumatorului", "complaint to the regulator"),
    ("solicitare ștergere date", "deletion requested"), ("intervievată pe 03.09.2026", "interviewed 03.09.2026"),
    # staff opening a clause, not an employee's wife; a death of their own, not a relative's; an age, not years
    ("angajat", "our employee"), ("soția unui angajat", "sotia unui angajat"), ("a decedat", "deceased"),
    ("fratele a decedat", "fratele died"), ("17 ani", "17 years old"), ("client de 3 ani", "client de 3 ani"),
    # an English "minor issue" is not a Romanian minor
    ("minor issue with delivery", "minor issue with delivery"), ("este minoră", "under 18"),
])
def test_romanian_notes_statuses_and_columns_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    ("שם מלא", "full name"), ("שם הלקוח", "full name"), ("שם פרטי", "first name"), ("דוא\"ל", "email"),
    ("אימייל", "email"), ("טלפון נייד", "phone"), ("תאריך הרשמה", "signup date"), ("התחברות אחרונה", "last login"),
    ("מספר התחברויות (14 ימים)", "logins 14 days"), ("הערות נציג", "notes"), ("הסכמה להשתתפות במחקר", "research consent"),
    ("מה הסיכוי שתמליץ עלינו לחברים? (0-10)", "recommend 0 10"),
])
def test_hebrew_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("כן", "yes"), ("לא", "no"), ("לא מסכימה", "no"), ("כן, אחרי 17:00", "yes, אחרי 17:00"),
    # requests and refusals; a channel, not a refusal
    ("ביקשה לא ליצור איתה קשר", "asked not to be contacted"), ("נא לא ליצור קשר עד אחרי החגים", "do not contact until אחרי החגים"),
    ("לא מעוניין בראיונות", "not interested in research"), ("רק בוואטסאפ, לא להתקשר", "whatsapp only, do not call"),
    # the person's own death, age, staff; not someone else's
    ("נפטרה - עדכן הנכד", "deceased - עדכן הנכד"), ("אביה נפטר בקיץ", "אביה נפטר בקיץ"),
    ("קטינה בת 16", "minor aged 16"), ("הבת שלה בת 16", "הבת שלה בת 16"),
    ("עובד שלנו במחסן", "our employee במחסן"),
    ("מנהלת חשבונות (צוות)", "מנהלת חשבונות (our employee)"), ("צוות המרפאה ביקש עדכון", "צוות המרפאה ביקש עדכון"), ("אשתו עובדת אצלנו", "אשתו עובדת אצלנו"),
    ("האבא מנהל את החשבון", "relative manages the account"), ("משתמש טסט", "test account"),
    ("הגישה תביעה נגדנו", "threatened legal action נגדנו"), ("רואיין ב-03/02/2026", "interviewed ב-03/02/2026"),
])
def test_hebrew_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    ("شناسه مشتری", "customer id"), ("نام و نام خانوادگی", "full name"), ("شماره موبایل", "phone"),
    ("تلفن همراه", "phone"), ("تاریخ عضویت", "signup date"), ("آخرین ورود", "last login"),
    ("تعداد سفارش\u200cها", "orders count"), ("وضعیت حساب", "status"), ("توضیحات", "notes"),
    ("عدم تماس", "do not contact"), ("رضایت برای ضبط صدا", "recording consent"),
])
def test_persian_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("بله", "yes"), ("خیر", "no"), ("مسدود", "blocked"), ("غیرفعال", "inactive"), ("غیر فعال", "inactive"),
    ("فعال", "active"), ("در انتظار تأیید", "pending approval"),
    # a request, in Persian's ی and ک and in Arabic's ي and ك alike
    ("لطفاً با او تماس نگیرید", "do not contact"), ("تماس نگيريد", "do not contact"), ("زنگ نزنید", "do not call"),
    ("حساب آزمایشی", "test account"), ("ارجاع به وصول مطالبات", "referred to debt collection"),
    ("قبلاً مصاحبه شده", "interviewed"), ("پرونده قضایی دارد", "lawsuit دارد"),
    ("گوشی را دخترش جواب می\u200cدهد", "their relative answers the phone"),
    # a channel, not a no
    ("فقط پیامک بدهید، زنگ نزنید", "sms only, do not call"),
    # the person's own age, staff, death; not someone else's
    ("کمتر از ۱۸ سال", "under 18"), ("كارمند شركت", "our employee"), ("کاربر فوت شده", "deceased"),
    ("پدرش فوت کرده", "پدرش فوت كرده"), ("دخترش زیر ۱۸ سال است", "دخترش زير 18 سال است"),
    ("برادرش کارمند شرکت است", "برادرش كارمند شركت است"),
])
def test_persian_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("value", "english"), [
    ("interview mein hissa nahi lena chahta", "not interested in interviews"), ("recording nahi karni", "don't record"),
    ("humara staff hai", "our employee hai"), ("wafat ho gaye", "deceased"), ("nabaligh", "under 18"),
    ("17 saal ki hai", "aged 17"), ("abbu ka account", "father's account"),
    # a relative's death or age, a thing's age, a staff member's relative: left as they are
    ("ammi ka inteqal ho gaya", "ammi ka died"), ("beta 12 saal ka hai", "beta 12 saal ka hai"),
    ("account 3 saal ka hai", "account 3 saal ka hai"), ("hamare staff ki behen", "hamare staff ki behen"),
])
def test_roman_urdu_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("column", "words"), [
    ("کسٹمر آئی ڈی", "customer id"), ("نام", "name"), ("موبائل نمبر", "phone"), ("شہر", "city"),
    ("اسٹیٹس", "status"), ("آخری سواری کی تاریخ", "last ride date"), ("پچھلے 7 دنوں کی سواریاں", "rides last 7 days"),
    ("نوٹس", "notes"),
])
def test_urdu_column_names_in_english(column: str, words: str) -> None:
    assert column_words(column) == words


@pytest.mark.parametrize(("value", "english"), [
    ("بلاک", "blocked"), ("بلاک شدہ", "blocked"), ("غیر فعال", "inactive"),
    ("رابطہ نہ کیا جائے", "do not contact"), ("صرف واٹس ایپ پر", "whatsapp only"),
    ("ریکارڈنگ نہ کریں", "do not record"),
    # the person's own age, staff, death; not someone else's
    ("عمر 15 سال", "aged 15"), ("نابالغ ہے", "under 18"), ("وفات پا گئے", "deceased"),
    ("بھائی کا انتقال ہو گیا", "\u0628\u06be\u0627\u064a\u064a \u0643\u0627 \u0627\u0646\u062a\u0642\u0627\u0644 \u06c1\u0648 "
                              "\u06af\u064a\u0627"),  # (folded, its hamza off: left as it was)
])
def test_urdu_values_and_notes_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("text", "english"), [
    # a CRM's or 1C's column names, Ukrainian and Russian
    ("ФИО", "full name"), ("П.І.Б.", "full name"), ("Дата останнього входу", "last login"),
    ("Дата последнего входа", "last login"), ("Сесій за 30 днів", "logins last 30 days"),
    ("Статус клиента", "status"), ("Примечание", "notes"), ("Згода на участь у дослідженнях", "research consent"),
    ("Последнее интервью", "last interviewed"), ("Останнє інтерв\u02bcю", "last interviewed"),
    # statuses: the inactive one is not read as active
    ("Неактивна", "inactive"), ("Активный", "active"), ("Заблокирован", "blocked"), ("Закрыт", "closed"),
    # a yes or a no, whole or opening the cell; "так" inside a sentence is no yes
    ("Так", "yes"), ("Нет", "no"), ("Ні, дякую", "no, дякую"), ("так собі", "так собі"),
    # a form's question to be contacted, the NPS question's verb
    ("Вы согласны, чтобы мы связались с вами для интервью?", "вы agree, we contact you for an interview?"),
    ("Чи порекомендуєте ви нас?", "чи recommend ви нас?"),
    # a note: debt collection, fraud, one way only, a death of their own (not a husband's), an interview
    # done with its day (not one planned), an account closed
    ("борг, передано колекторам", "debt, debt collection"), ("подозрение на мошенничество", "suspected fraud"),
    ("не звонить, только email", "do not call, email only"), ("Помер(ла), повідомив син", "deceased, повідомив син"),
    ("Умер", "deceased"), ("чоловік помер", "чоловік помер"), ("інтерв’ю 12.09.2026 (тарифи)", "interviewed 12.09.2026 (тарифи)"),
    ("интервью 12.12.2026 запланировано", "интервью 12.12.2026 запланировано"),
    ("закрила рахунок", "closed their account"),
])
def test_ukrainian_and_russian_columns_values_and_notes_in_english(text: str, english: str) -> None:
    assert in_english(text) == english


def test_the_cyrillic_note_rules_are_folded_as_notes_are_but_keep_their_escapes() -> None:
    # the rules are written with capitals and folded as the notes are; "\W" (not a word letter) folded to
    # "\w" would read "Передубль…" as a duplicate
    from listenwell.domain.glossary import _CY_REPLACE_SOURCE, _cyrillic_rules
    for (source, _), (compiled, _) in zip(_CY_REPLACE_SOURCE, _cyrillic_rules(), strict=True):
        assert re.findall(r"\\.", compiled.pattern) == re.findall(r"\\.", source)
    assert "duplicate" not in in_english("Передубль аккаунта")


@pytest.mark.parametrize(("value", "english"), [
    # a Finnish CRM's and a Google Form's column names
    ("Huomiot", "notes"), ("Lisätiedot", "notes"), ("Syntymäaika", "birth date"), ("Asiakasnumero", "customer id"),
    ("Etunimi", "first name"), ("Sukunimi", "last name"), ("Sähköpostiosoite", "email"),
    ("Suositteluindeksi (0–10)", "nps (0–10)"), ("Kyllä", "yes"), ("Ei", "no"),
    ("Saammeko ottaa sinuun yhteyttä tutkimusta varten?", "may we contact you for research?"),
    # requests, staff, a test account, a complaint, an interview with its day (or its month), with Finnish endings
    ("Ei toivo yhteydenottoja enää", "do not contact enaa"), ("Älkää ottako häneen yhteyttä", "do not contact"),
    ("ei toivo puheluita, sähköposti käy", "do not call, email only"), ("testiasiakas", "test account"),
    ("Valitus vireillä kuluttajariitalautakunnassa", "complaint to the regulator"),
    ("haastateltiin 5.10.2026", "interviewed 5.10.2026"), ("Haastateltu 11/2026", "interviewed 11/2026"),
    ("Kaupan työntekijä", "our employee"), ("työntekijämme", "our employee"),
    # a death of their own, not a relative's; a minor, not their child; an age, not years as a customer
    ("Kuoli lokakuussa", "deceased lokakuussa"), ("Äiti kuoli keväällä", "aiti died kevaalla"),
    ("alaikäinen", "under 18"), ("alaikäinen lapsi mukana", "alaikainen lapsi mukana"),
    ("17-vuotias", "17 years old"), ("(16 v)", "(16 years old)"), ("asiakas 6 v", "asiakas 6 v"),
    # marketing only is not research; the Swedish one-word "Avliden" is a death
    ("Ei halua uutiskirjettä", "ei halua uutiskirjetta"), ("Avliden", "deceased"),
])
def test_finnish_notes_and_columns_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize(("value", "english"), [
    ("গ্রাহক যোগাযোগ করতে চান না", "does not want to be contacted"),
    ("ফোন করবেন না", "do not call"),
    ("মারা গেছেন, ছেলে টাকা তোলে", "deceased, " + fold("ছেলে টাকা তোলে")),
    ("মায়ের নামে, মা মারা গেছেন", "মাযের নামে, মা died"),
    ("বয়স ১৬", "aged 16"),
    ("আমাদের স্টাফের স্ত্রী", "wife of our employee"),
    ("ইন্টারভিউ নেওয়া হয়েছে ১৫/১০/২০২৬", "interviewed 15/10/2026"),
    ("call dite mana korechen", "do not contact"),
    ("jogajog korben na", "do not contact"),
    ("mara gechen, wallet chalay chele", "deceased, wallet chalay chele"),
    ("amar baba mara gechen", "amar baba died"),
    ("amader office staff er bhai", "brother of our employee"),
    ("Agent er family member", "agent's family member"),
    ("boyosh 16", "aged 16"),
])
def test_bengali_and_banglish_values_in_english(value: str, english: str) -> None:
    assert in_english(value) == english


@pytest.mark.parametrize("value", [
    "Mara Road branch", "er, not sure about calls", "korean chan drama fan", "interview to be taken next week",
    "Our staff will call back", "test the wallet later", "kaj is a name", "Chan Na-ri, Seoul office",
])
def test_banglish_rules_leave_english_and_other_notes_as_they_are(value: str) -> None:
    assert in_english(value) == fold(value).lower() or in_english(value) == value.lower()
