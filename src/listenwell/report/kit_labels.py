"""The interview kit's own labels, in the language of the guide it prints.

A kit for a guide in German is read by a German-speaking interviewer, and its note-taker sheet
is filled in by hand during the call: the kit's headings and form labels ("Research goals",
"Note-taker sheet", "Participant: ____") are in the guide's language where the kit knows it
(the languages ``analysis.questions.language.guess_language`` names, by their HTML language
tags), and in English otherwise. Only short fixed labels are here; the kit's sentences (its
warnings, its notes to the interviewer, the check's notes) stay in English, marked as English
in the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KitLabels:
    kit: str  # before the kit's title: "Interview kit: Grocery planning"
    about: str  # the kit's length, "{n}" its minutes
    planned: str  # the planned length beside it, "{n}" its minutes
    study: str  # before the study's slug
    research_goals: str
    probes_for_any_answer: str
    interviewer_notes: str  # the guide's notes before its sections
    goal: str  # before a section's goal
    added: str  # after a line the kit added to the guide's section
    probe: str  # after a probe the kit suggests
    intro: str  # the kit's own sections' names, where the guide has none
    warm_up: str
    closing: str
    note_sheet: str
    participant: str  # the note-taker sheet's header fields
    date: str
    interviewer: str
    note_columns: tuple[str, str, str]  # its table: time in the call, the quote, what was seen

    def sheet_head(self) -> str:
        blank = "____________"
        return " · ".join(f"{field} {blank}" for field in (self.participant, self.date, self.interviewer))


# One row per language, keyed by the HTML tag ``report.kit`` declares the page in.
LABELS: dict[str, KitLabels] = {
    "en": KitLabels(kit="Interview kit:", about="About {n} minutes", planned="planned: {n}", study="Study:",
                    research_goals="Research goals", probes_for_any_answer="Probes for any answer:",
                    interviewer_notes="Notes for the interviewer", goal="Goal:", added="added by the kit",
                    probe="probe", intro="Intro", warm_up="Warm-up", closing="Closing",
                    note_sheet="Note-taker sheet", participant="Participant:", date="Date:",
                    interviewer="Interviewer:", note_columns=("Time", "Quote", "Observation")),
    "de": KitLabels(kit="Interview-Kit:", about="Etwa {n} Minuten", planned="geplant: {n}", study="Studie:",
                    research_goals="Forschungsziele", probes_for_any_answer="Nachfragen zu jeder Antwort:",
                    interviewer_notes="Hinweise für die Interviewführung", goal="Ziel:", added="vom Kit ergänzt",
                    probe="Nachfrage", intro="Einstieg", warm_up="Aufwärmen", closing="Abschluss",
                    note_sheet="Protokollbogen", participant="Teilnehmer/in:", date="Datum:",
                    interviewer="Interviewer/in:", note_columns=("Zeit", "Zitat", "Beobachtung")),
    "fr": KitLabels(kit="Kit d'entretien :", about="Environ {n} minutes", planned="prévu : {n}", study="Étude :",
                    research_goals="Objectifs de recherche", probes_for_any_answer="Relances pour toute réponse :",
                    interviewer_notes="Notes pour l'enquêteur", goal="Objectif :", added="ajouté par le kit",
                    probe="relance", intro="Introduction", warm_up="Mise en route", closing="Conclusion",
                    note_sheet="Fiche de prise de notes", participant="Participant :", date="Date :",
                    interviewer="Enquêteur :", note_columns=("Temps", "Citation", "Observation")),
    "es": KitLabels(kit="Kit de entrevista:", about="Unos {n} minutos", planned="previsto: {n}", study="Estudio:",
                    research_goals="Objetivos de la investigación",
                    probes_for_any_answer="Repreguntas para cualquier respuesta:",
                    interviewer_notes="Notas para el entrevistador", goal="Objetivo:", added="añadido por el kit",
                    probe="repregunta", intro="Introducción", warm_up="Calentamiento", closing="Cierre",
                    note_sheet="Hoja de notas", participant="Participante:", date="Fecha:",
                    interviewer="Entrevistador:", note_columns=("Tiempo", "Cita", "Observación")),
    "pt": KitLabels(kit="Kit de entrevista:", about="Cerca de {n} minutos", planned="previsto: {n}", study="Estudo:",
                    research_goals="Objetivos da pesquisa",
                    probes_for_any_answer="Perguntas de aprofundamento para qualquer resposta:",
                    interviewer_notes="Notas para o entrevistador", goal="Objetivo:", added="adicionado pelo kit",
                    probe="aprofundamento", intro="Introdução", warm_up="Aquecimento", closing="Encerramento",
                    note_sheet="Folha de anotações", participant="Participante:", date="Data:",
                    interviewer="Entrevistador:", note_columns=("Tempo", "Citação", "Observação")),
    "nl": KitLabels(kit="Interviewkit:", about="Ongeveer {n} minuten", planned="gepland: {n}", study="Onderzoek:",
                    research_goals="Onderzoeksdoelen", probes_for_any_answer="Doorvragen bij elk antwoord:",
                    interviewer_notes="Notities voor de interviewer", goal="Doel:", added="toegevoegd door de kit",
                    probe="doorvraag", intro="Introductie", warm_up="Opwarming", closing="Afsluiting",
                    note_sheet="Notitieblad", participant="Deelnemer:", date="Datum:",
                    interviewer="Interviewer:", note_columns=("Tijd", "Citaat", "Observatie")),
    "it": KitLabels(kit="Kit per l'intervista:", about="Circa {n} minuti", planned="previsti: {n}", study="Studio:",
                    research_goals="Obiettivi della ricerca",
                    probes_for_any_answer="Domande di approfondimento per ogni risposta:",
                    interviewer_notes="Note per l'intervistatore", goal="Obiettivo:", added="aggiunto dal kit",
                    probe="approfondimento", intro="Introduzione", warm_up="Riscaldamento", closing="Chiusura",
                    note_sheet="Scheda per gli appunti", participant="Partecipante:", date="Data:",
                    interviewer="Intervistatore:", note_columns=("Tempo", "Citazione", "Osservazione")),
    # (minutes as "min", which Polish writes after any number: "minut"/"minuty" depend on it)
    "pl": KitLabels(kit="Zestaw do wywiadu:", about="Około {n} min", planned="planowo: {n}", study="Badanie:",
                    research_goals="Cele badania", probes_for_any_answer="Pytania pogłębiające do każdej odpowiedzi:",
                    interviewer_notes="Uwagi dla prowadzącego", goal="Cel:", added="dodane przez zestaw",
                    probe="pytanie pogłębiające", intro="Wstęp", warm_up="Rozgrzewka", closing="Zakończenie",
                    note_sheet="Arkusz notatek", participant="Uczestnik:", date="Data:",
                    interviewer="Prowadzący/a:", note_columns=("Czas", "Cytat", "Obserwacja")),
    "sv": KitLabels(kit="Intervjumaterial:", about="Cirka {n} minuter", planned="planerat: {n}", study="Studie:",
                    research_goals="Forskningsmål", probes_for_any_answer="Följdfrågor till alla svar:",
                    interviewer_notes="Anteckningar för intervjuaren", goal="Mål:", added="tillagt av verktyget",
                    probe="följdfråga", intro="Inledning", warm_up="Uppvärmning", closing="Avslutning",
                    note_sheet="Anteckningsblad", participant="Deltagare:", date="Datum:",
                    interviewer="Intervjuare:", note_columns=("Tid", "Citat", "Observation")),
    "id": KitLabels(kit="Kit wawancara:", about="Sekitar {n} menit", planned="rencana: {n}", study="Studi:",
                    research_goals="Tujuan riset", probes_for_any_answer="Pertanyaan lanjutan untuk setiap jawaban:",
                    interviewer_notes="Catatan untuk pewawancara", goal="Tujuan:", added="ditambahkan oleh kit",
                    probe="pertanyaan lanjutan", intro="Pembukaan", warm_up="Pemanasan", closing="Penutup",
                    note_sheet="Lembar catatan", participant="Peserta:", date="Tanggal:",
                    interviewer="Pewawancara:", note_columns=("Waktu", "Kutipan", "Pengamatan")),
    "tr": KitLabels(kit="Görüşme kiti:", about="Yaklaşık {n} dakika", planned="plan: {n}", study="Çalışma:",
                    research_goals="Araştırma hedefleri", probes_for_any_answer="Her cevap için takip soruları:",
                    interviewer_notes="Görüşmeci için notlar", goal="Hedef:", added="kit tarafından eklendi",
                    probe="takip sorusu", intro="Giriş", warm_up="Isınma", closing="Kapanış",
                    note_sheet="Not sayfası", participant="Katılımcı:", date="Tarih:",
                    interviewer="Görüşmeci:", note_columns=("Zaman", "Alıntı", "Gözlem")),
    "hu": KitLabels(kit="Interjúcsomag:", about="Körülbelül {n} perc", planned="tervezett: {n}", study="Kutatás:",
                    research_goals="Kutatási célok", probes_for_any_answer="Továbbkérdezések bármely válaszhoz:",
                    interviewer_notes="Megjegyzések az interjúkészítőnek", goal="Cél:", added="a csomag tette hozzá",
                    probe="továbbkérdezés", intro="Bevezetés", warm_up="Bemelegítés", closing="Zárás",
                    note_sheet="Jegyzetlap", participant="Résztvevő:", date="Dátum:",
                    interviewer="Interjúkészítő:", note_columns=("Idő", "Idézet", "Megfigyelés")),
    "ro": KitLabels(kit="Ghid pentru interviu:", about="Aproximativ {n} minute", planned="planificat: {n}",
                    study="Studiu:", research_goals="Obiectivele cercetării",
                    probes_for_any_answer="Întrebări de aprofundare pentru orice răspuns:",
                    interviewer_notes="Note pentru intervievator", goal="Obiectiv:", added="adăugat de ghid",
                    probe="întrebare de aprofundare", intro="Introducere", warm_up="Încălzire", closing="Încheiere",
                    note_sheet="Fișă de notițe", participant="Participant:", date="Data:",
                    interviewer="Intervievator:", note_columns=("Ora", "Citat", "Observație")),
    "fi": KitLabels(kit="Haastattelupaketti:", about="Noin {n} minuuttia", planned="suunniteltu: {n}",
                    study="Tutkimus:", research_goals="Tutkimuksen tavoitteet",
                    probes_for_any_answer="Jatkokysymyksiä mihin tahansa vastaukseen:",
                    interviewer_notes="Huomioita haastattelijalle", goal="Tavoite:", added="paketin lisäämä",
                    probe="jatkokysymys", intro="Alku", warm_up="Lämmittely", closing="Lopetus",
                    note_sheet="Muistiinpanolomake", participant="Osallistuja:", date="Päivämäärä:",
                    interviewer="Haastattelija:", note_columns=("Aika", "Lainaus", "Havainto")),
    # (Serbian in Latin letters, which Croatian and Bosnian readers read too; a guide in Cyrillic gets them as well)
    "sr": KitLabels(kit="Materijal za intervju:", about="Oko {n} minuta", planned="planirano: {n}",
                    study="Istraživanje:", research_goals="Ciljevi istraživanja",
                    probes_for_any_answer="Dodatna pitanja za svaki odgovor:",
                    interviewer_notes="Napomene za intervjuera", goal="Cilj:", added="dodato u materijalu",
                    probe="dodatno pitanje", intro="Uvod", warm_up="Zagrevanje", closing="Završetak",
                    note_sheet="List za beleške", participant="Učesnik:", date="Datum:",
                    interviewer="Intervjuer:", note_columns=("Vreme", "Citat", "Zapažanje")),
    # (Croatian, where the guide's words say so: report/kit.py ``_croatian``)
    "hr": KitLabels(kit="Materijal za intervju:", about="Oko {n} minuta", planned="planirano: {n}",
                    study="Istraživanje:", research_goals="Ciljevi istraživanja",
                    probes_for_any_answer="Dodatna pitanja za svaki odgovor:",
                    interviewer_notes="Napomene za intervjuera", goal="Cilj:", added="dodano u materijalu",
                    probe="dodatno pitanje", intro="Uvod", warm_up="Zagrijavanje", closing="Završetak",
                    note_sheet="Bilješke", participant="Sudionik:", date="Datum:",
                    interviewer="Intervjuer:", note_columns=("Vrijeme", "Citat", "Zapažanje")),
    "cs": KitLabels(kit="Podklady k rozhovoru:", about="Asi {n} min", planned="plánováno: {n}", study="Studie:",
                    research_goals="Cíle výzkumu", probes_for_any_answer="Doplňující otázky ke každé odpovědi:",
                    interviewer_notes="Poznámky pro tazatele", goal="Cíl:", added="doplněno v podkladech",
                    probe="doplňující otázka", intro="Úvod", warm_up="Rozehřátí", closing="Závěr",
                    note_sheet="Arch na poznámky", participant="Účastník/ce:", date="Datum:",
                    interviewer="Tazatel/ka:", note_columns=("Čas", "Citace", "Pozorování")),
    # (Danish and Norwegian, told apart by their words: report/kit.py ``_danish_or_norwegian``)
    "da": KitLabels(kit="Interviewmateriale:", about="Ca. {n} minutter", planned="planlagt: {n}", study="Undersøgelse:",
                    research_goals="Formål med undersøgelsen", probes_for_any_answer="Opfølgende spørgsmål til ethvert svar:",
                    interviewer_notes="Noter til intervieweren", goal="Formål:", added="tilføjet af materialet",
                    probe="opfølgende spørgsmål", intro="Introduktion", warm_up="Opvarmning", closing="Afslutning",
                    note_sheet="Noteark", participant="Deltager:", date="Dato:",
                    interviewer="Interviewer:", note_columns=("Tid", "Citat", "Observation")),
    "nb": KitLabels(kit="Intervjumateriell:", about="Ca. {n} minutter", planned="planlagt: {n}", study="Studie:",
                    research_goals="Mål for undersøkelsen", probes_for_any_answer="Oppfølgingsspørsmål til alle svar:",
                    interviewer_notes="Notater til intervjueren", goal="Mål:", added="lagt til av materiellet",
                    probe="oppfølgingsspørsmål", intro="Innledning", warm_up="Oppvarming", closing="Avslutning",
                    note_sheet="Notatark", participant="Deltaker:", date="Dato:",
                    interviewer="Intervjuer:", note_columns=("Tid", "Sitat", "Observasjon")),
    "uk": KitLabels(kit="Набір для інтерв'ю:", about="Близько {n} хв", planned="заплановано: {n}", study="Дослідження:",
                    research_goals="Цілі дослідження", probes_for_any_answer="Уточнювальні запитання до будь-якої відповіді:",
                    interviewer_notes="Нотатки для інтерв'юера", goal="Ціль:", added="додано набором",
                    probe="уточнювальне запитання", intro="Вступ", warm_up="Знайомство", closing="Завершення",
                    note_sheet="Аркуш нотаток", participant="Учасник(ця):", date="Дата:",
                    interviewer="Інтерв'юер(ка):", note_columns=("Час", "Цитата", "Спостереження")),
    "ru": KitLabels(kit="Набор для интервью:", about="Около {n} мин", planned="запланировано: {n}", study="Исследование:",
                    research_goals="Цели исследования", probes_for_any_answer="Уточняющие вопросы к любому ответу:",
                    interviewer_notes="Заметки для интервьюера", goal="Цель:", added="добавлено набором",
                    probe="уточняющий вопрос", intro="Вступление", warm_up="Знакомство", closing="Завершение",
                    note_sheet="Лист заметок", participant="Участник:", date="Дата:",
                    interviewer="Интервьюер:", note_columns=("Время", "Цитата", "Наблюдение")),
    "vi": KitLabels(kit="Bộ tài liệu phỏng vấn:", about="Khoảng {n} phút", planned="dự kiến: {n}", study="Nghiên cứu:",
                    research_goals="Mục tiêu nghiên cứu", probes_for_any_answer="Câu hỏi gợi mở cho mọi câu trả lời:",
                    interviewer_notes="Ghi chú cho người phỏng vấn", goal="Mục tiêu:", added="do bộ tài liệu thêm vào",
                    probe="câu hỏi gợi mở", intro="Giới thiệu", warm_up="Làm quen", closing="Kết thúc",
                    note_sheet="Phiếu ghi chép", participant="Người tham gia:", date="Ngày:",
                    interviewer="Người phỏng vấn:", note_columns=("Thời điểm", "Trích dẫn", "Quan sát")),
    "el": KitLabels(kit="Κιτ συνέντευξης:", about="Περίπου {n} λεπτά", planned="προγραμματισμένα: {n}", study="Μελέτη:",
                    research_goals="Ερευνητικοί στόχοι", probes_for_any_answer="Διευκρινιστικές ερωτήσεις για κάθε απάντηση:",
                    interviewer_notes="Σημειώσεις για τον/την συνεντευκτή/τρια", goal="Στόχος:", added="προστέθηκε από το κιτ",
                    probe="διευκρινιστική ερώτηση", intro="Εισαγωγή", warm_up="Γνωριμία", closing="Κλείσιμο",
                    note_sheet="Φύλλο σημειώσεων", participant="Συμμετέχων/ουσα:", date="Ημερομηνία:",
                    interviewer="Συνεντευκτής/τρια:", note_columns=("Χρόνος", "Απόσπασμα", "Παρατήρηση")),
    "bn": KitLabels(kit="ইন্টারভিউ কিট:", about="প্রায় {n} মিনিট", planned="পরিকল্পিত: {n}", study="গবেষণা:",
                    research_goals="গবেষণার লক্ষ্য", probes_for_any_answer="যেকোনো উত্তরের পর আরও জানতে:",
                    interviewer_notes="সাক্ষাৎকারগ্রহণকারীর জন্য নোট", goal="লক্ষ্য:", added="কিট যোগ করেছে",
                    probe="ফলো-আপ প্রশ্ন", intro="ভূমিকা", warm_up="শুরুর আলাপ", closing="সমাপ্তি",
                    note_sheet="নোট নেওয়ার শিট", participant="অংশগ্রহণকারী:", date="তারিখ:",
                    interviewer="সাক্ষাৎকারগ্রহণকারী:", note_columns=("সময়", "উদ্ধৃতি", "পর্যবেক্ষণ")),
}

# (Tagalog: Filipino teams write their guides' headings, forms and notes sheets in English, "Intro & consent" beside
# "Pagpapakilala", and an interviewer reads them so: its kit keeps the English labels, the page tagged "tl")
LABELS["tl"] = LABELS["en"]


def labels_for(lang: str | None) -> KitLabels:
    """The kit's labels in a language, by its HTML tag; English where the kit has none for it."""
    return LABELS.get(lang or "", LABELS["en"])


# the minute word after a section's times ("(0–5 phút)", "(0–5 хв)"), where the language does not
# write "min" as English does: the word its guides time sections with
_MINUTE_WORDS = {"id": "menit", "tr": "dk", "uk": "хв", "ru": "мин", "vi": "phút", "el": "λεπτά", "hu": "perc", "bn": "মিনিট"}


def minute_word(lang: str | None) -> str:
    """The short word for minutes after a section's times in a kit in that language ("min" in English)."""
    return _MINUTE_WORDS.get(lang or "", "min")
