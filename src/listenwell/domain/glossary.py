"""Roster words in the languages research teams keep their sheets in, put into the English words
the roster readers look for.

A team in Lyon exports "Dernière connexion app" and "Statut compte app" with values "Actif",
"Désactivé" and "Oui"; one in São Paulo "Último acesso" and "Sim"; one in Kraków "Ostatnie
logowanie" and "TAK". ``in_english`` rewrites such words and phrases ("last login app",
"status account app", "active", "deactivated", "yes") so that one set of English rules
(analysis/roster_signals.py, ingest/roster.py) reads them all. Covered: French, Spanish,
Portuguese, Italian, German, Dutch, Polish, Swedish, Norwegian and Danish, for what a roster
says of use, sentiment, consent and who not to ask. Words are matched whole, accents and case
aside, and only where they cannot be an English word of another meaning ("data", "nie" and
"mai" are left as they are: a Polish "date", a German "never" or a Polish "no", a German month).

Hinglish too, Hindi typed in Latin letters as Indian sales and support teams write CRM notes:
its "don't" follows the verb's object ("mujhe dobara contact mat karna"), so a request is put
in English whole ("don't contact me again"), and only where a Hindi negation stands before a
Hindi verb ("mat karo", "nahi chahiye"), never from an English word alone ("a yoga mat").
Japanese is written without spaces, so its words (``_JAPANESE``) are found inside a run of
characters ("最終ログイン日" → "last login date", "月間ログイン回数" → "monthly logins count"), with
a space put between the English and what stands next to it; a katakana word only where it is
not part of a longer katakana word ("テスト" is a test, "コンテスト" a contest). Its yes and no
("可"/"不可", "はい"/"いいえ", "有"/"無", "○"/"×") are read only as a whole cell.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from listenwell.domain.eras import BUDDHIST_YEAR, gregorian_year

# letters that NFKD does not take apart into a plain letter and an accent (also a slug's: ``text.slugify``)
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
                          "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "œ": "oe", "Œ": "Oe", "þ": "th"})
# Persian's yeh and keheh written as Arabic's (ی ک as ي ك), so a note typed on either keyboard reads the same
_PERSIAN_LETTERS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})

# phrases first (they are tried longest first), then single words; every key is lower-case and
# without accents, its words as a column name writes them (spaces, underscores or hyphens)
_GLOSSARY: dict[str, str] = {
    # do not contact, test accounts, trials, how often
    "ne pas contacter": "do not contact", "ne plus contacter": "do not contact", "no contactar": "do not contact",
    "nao contatar": "do not contact", "nao contactar": "do not contact", "non contattare": "do not contact",
    "nicht kontaktieren": "do not contact",
    "niet benaderen": "do not contact", "niet contacteren": "do not contact",
    "nie kontaktowac": "do not contact", "kontakta inte": "do not contact", "ikke kontakt": "do not contact",
    "ikke kontakte": "do not contact",
    "cuenta de prueba": "test account", "compte de test": "test account", "compte test": "test account",
    "conta de teste": "test account", "konto testowe": "test account", "account di prova": "test account",
    "conta teste": "test account", "cuenta test": "test account", "testaccount": "test account",
    "nicht einladen": "do not invite",
    # a person's own words in a note: "Ne souhaite plus être sollicité pour les études"
    "ne souhaite plus etre sollicite": "do not contact", "ne souhaite pas etre sollicite": "do not contact",
    "ne souhaite plus etre contacte": "do not contact", "ne plus etre sollicite": "do not contact",
    "ne souhaite plus etre sollicitee": "do not contact", "ne souhaite pas etre sollicitee": "do not contact",
    "ne souhaite plus etre contactee": "do not contact", "ne plus etre sollicitee": "do not contact",
    "no desea ser contactado": "do not contact", "no quiere ser contactado": "do not contact",
    "nao deseja ser contatado": "do not contact", "nao quer ser contatado": "do not contact",
    "mochte nicht kontaktiert werden": "do not contact", "wil niet benaderd worden": "do not contact",
    "wil niet meer benaderd worden": "do not contact", "liever niet benaderen": "do not contact",
    "liever niet benaderd worden": "do not contact", "geen interesse in onderzoek": "not interested in research",
    "no llamar": "do not call", "que no la llamen": "do not call", "que no le llamen": "do not call",
    "que no lo llamen": "do not call", "nao ligar": "do not call", "ne pas appeler": "do not call",
    "nicht anrufen": "do not call", "niet bellen": "do not call", "non chiamare": "do not call",
    # a note that someone has died
    "fallecida": "deceased", "fallecido": "deceased", "falecida": "deceased", "falecido": "deceased",
    "finado": "deceased", "finada": "deceased",  # (Mexico's "paciente finado")
    # a Mexican company's word for its staff ("colaborador interno": our own employee)
    "colaborador interno": "our employee", "colaboradora interna": "our employee",
    "verstorben": "deceased", "decedee": "deceased", "decede": "deceased", "deceduta": "deceased",
    "deceduto": "deceased", "overleden": "deceased", "zmarl": "deceased", "zmarla": "deceased", "niet uitnodigen": "do not invite", "ne pas inviter": "do not invite",
    "no invitar": "do not invite", "nao convidar": "do not invite", "non invitare": "do not invite",
    "forschungspanel": "research panel", "nutzerpanel": "research panel",
    "periodo de prueba": "trial", "periode d essai": "trial", "periodo de teste": "trial", "periodo di prova": "trial",
    "okres probny": "trial", "teste gratis": "trial",
    "a quelle frequence": "how often", "utilisez vous": "do you use", "utilises tu": "do you use",
    "usa usted": "do you use", "voce usa": "do you use", "voce utiliza": "do you use", "combien de fois": "how often", "con que frecuencia": "how often",
    "con que frequencia": "how often", "com que frequencia": "how often", "quanto spesso": "how often",
    "con quale frequenza": "how often", "wie oft": "how often", "wie haufig": "how often", "hoe vaak": "how often",
    "jak czesto": "how often", "hur ofta": "how often", "hvor ofte": "how often",
    "tous les jours": "every day", "chaque jour": "every day", "todos los dias": "every day",
    "todos os dias": "every day", "todo dia": "every day", "ogni giorno": "every day", "jeden tag": "every day",
    "elke dag": "every day", "varje dag": "every day", "hver dag": "every day",
    "une fois par semaine": "weekly", "una vez por semana": "weekly", "uma vez por semana": "weekly",
    "co tydzien": "weekly", "varje vecka": "weekly", "raz w miesiacu": "monthly",
    "a la semana": "a week", "por semana": "a week", "par semaine": "a week",
    "al mes": "a month", "por mes": "a month", "par mois": "a month", "cada 15 dias": "every two weeks",
    "cada dos semanas": "every two weeks", "a cada 15 dias": "every two weeks", "tous les 15 jours": "every two weeks",
    "toutes les deux semaines": "every two weeks", "alle zwei wochen": "every two weeks",
    # how often, as a form's answers (or their codes, "cada_semana") give it
    "cada semana": "every week", "todas las semanas": "every week", "cada dia": "every day",
    "cada mes": "every month", "todos los meses": "every month", "cada quince dias": "every two weeks",
    "quincenal": "every two weeks", "quincenalmente": "every two weeks",
    "semanalmente": "weekly", "mensualmente": "monthly", "diariamente": "daily",
    "toda semana": "every week", "todas as semanas": "every week", "todo mes": "every month",
    "todos os meses": "every month", "a cada quinze dias": "every two weeks", "cada quinze dias": "every two weeks",
    "quinzenal": "every two weeks", "quinzenalmente": "every two weeks",
    "chaque semaine": "every week", "toutes les semaines": "every week", "chaque mois": "every month",
    "tous les mois": "every month", "tous les quinze jours": "every two weeks",
    "ogni settimana": "every week", "ogni mese": "every month", "ogni due settimane": "every two weeks",
    "ogni quindici giorni": "every two weeks", "jede woche": "every week", "jeden monat": "every month",
    "elke week": "every week", "elke maand": "every month", "om de week": "every two weeks",
    "co miesiac": "monthly", "varje manad": "every month", "hver uke": "every week", "hver uge": "every week",
    "hver maned": "every month",
    "ya no": "no longer", "ja nao": "no longer", "non piu": "no longer", "juz nie": "no longer",
    "reunion": "meeting", "reuniones": "meetings", "reuniao": "meeting", "reunioes": "meetings",
    "riunione": "meeting", "riunioni": "meetings", "asistencia": "attendance", "asistio": "attended",
    "ya no la uso": "no longer", "ya no lo uso": "no longer", "no la he usado": "haven't used",
    "no lo he usado": "haven't used", "nao uso mais": "no longer", "ja nao uso": "no longer",
    "nunca usei": "haven't used", "je ne l utilise plus": "no longer", "je ne l ai pas utilise": "haven't used",
    "mai usata": "never used", "mai usato": "never used", "mai utilizzata": "never used",
    "mai utilizzato": "never used", "a settimana": "a week", "alla settimana": "a week", "al mese": "a month",
    "consenso registrazione": "consent recording", "consenso alla registrazione": "consent recording",
    "per maand": "a month", "niet meer": "no longer", "nicht mehr": "no longer",
    "liever niet": "rather not", "lieber nicht": "rather not", "plutot pas": "rather not", "prefiero no": "rather not",
    "nog niet": "not yet", "noch nicht": "not yet", "pas encore": "not yet", "todavia no": "not yet",
    "i veckan": "a week", "i manaden": "a month", "i uken": "a week", "i maneden": "a month", "om ugen": "a week",
    "om maneden": "a month", "inte langre": "no longer", "ikke lenger": "no longer", "ikke laengere": "no longer",
    "inte borjat": "not started", "inte kommit igang": "not started", "ikke begynt": "not started",
    "ikke startet": "not started", "spela in": "record", "ta opp": "record", "optage": "record",
    "ej kontakt": "no contact",
    "ikke brugt": "haven't used", "ikke brukt": "haven't used", "inte anvant": "haven't used",
    "ma kontaktes": "may be contacted", "kan kontaktes": "may be contacted", "far kontaktas": "may be contacted",
    "abonnementsstatus": "subscription status", "abonnemangsstatus": "subscription status",
    "abonnementstatus": "subscription status", "abostatus": "subscription status",
    # a contract's status, as a CRM in another language names it ("Status Vertrag", "Vertragsstatus",
    # "Statut contrat", "Estado contrato", "Stato contratto", "Status umowy", "Avtalsstatus")
    "vertragsstatus": "contract status", "vertragstatus": "contract status", "kundenstatus": "customer status",
    "mitgliedsstatus": "membership status", "contractstatus": "contract status", "klantstatus": "customer status",
    "avtalsstatus": "contract status", "avtalestatus": "contract status", "aftalestatus": "contract status",
    "kontraktstatus": "contract status", "kundstatus": "customer status",
    "vertrag": "contract", "vertrage": "contracts", "vertrags": "contract", "contrat": "contract",
    "contrats": "contracts", "contrato": "contract", "contratos": "contracts", "contratto": "contract",
    "contratti": "contracts", "umowa": "contract", "umowy": "contract", "avtal": "contract", "avtale": "contract",
    "aftale": "contract", "kontrakt": "contract", "mitgliedschaft": "membership", "lidmaatschap": "membership",
    "membresia": "membership", "abonnement status": "subscription status",
    "ohne aufzeichnung": "without recording", "sans enregistrement": "without recording",
    "sin grabacion": "without recording", "sem gravacao": "without recording", "zonder opname": "without recording",
    "a veces": "sometimes", "as vezes": "sometimes", "rara vez": "rarely",
    "ancien client": "former customer", "ancienne cliente": "former customer", "cliente antiguo": "former customer",
    "ex cliente": "former customer", "ehemaliger kunde": "former customer",
    "invitation envoyee": "invited", "invitacion pendiente": "invited pending", "invitacion enviada": "invited",
    "convite enviado": "invited", "convite pendente": "invited pending", "invito inviato": "invited",
    "en attente": "pending", "in attesa": "pending", "de baja": "cancelled", "dado de baja": "cancelled", "baja": "cancelled",
    "nunca acessou": "never", "sin acceso": "never", "sem acesso": "never", "aucun acces": "never", "nunca accedio": "never", "jamais connecte": "never", "nie zalogowany": "never",
    "brak danych": "n/a",
    # "(30 derniers jours)": the period, whatever the word order
    "derniers jours": "days", "ultimos dias": "days", "ultimi giorni": "days", "letzten tage": "days",
    "ostatnich dni": "days", "senaste dagarna": "days", "laatste dagen": "days",
    "cliente desde": "customer since", "client depuis": "customer since", "kunde seit": "customer since",
    "klant sinds": "customer since", "klient od": "customer since", "kund sedan": "customer since",
    "membre depuis": "member since", "miembro desde": "member since", "membro desde": "member since",
    "mitglied seit": "member since", "lid sinds": "member since",
    # dates: "data" is Portuguese, Italian and Polish for a date, only before what it dates
    "data de": "date of", "data do": "date of", "data da": "date of", "data di": "date of", "data del": "date of",
    "data della": "date of", "data ultimo": "date last", "data ultima": "date last", "data ostatniego": "date last",
    "data ostatniej": "date last", "data ostatnie": "date last", "data rejestracji": "date signup",
    "data utworzenia": "date created",
    # last
    "dernier": "last", "derniere": "last", "derniers": "last", "dernieres": "last", "ultimo": "last",
    "ultima": "last", "ultimos": "last", "ultimas": "last", "ultimi": "last", "ultime": "last", "letzte": "last",
    "letzter": "last", "letztes": "last", "letzten": "last", "laatste": "last", "laatst": "last", "senast": "last", "sidst": "last", "ostatni": "last",
    "ostatnie": "last", "ostatnia": "last", "ostatniego": "last", "ostatniej": "last", "ostatnio": "last",
    "senaste": "last", "siste": "last", "seneste": "last",
    # use: logins, sessions, visits, activity, orders
    "connexion": "login", "connexions": "logins", "acces": "login", "acceso": "login", "accesos": "logins",
    "acesso": "login", "acessos": "logins", "accesso": "login", "accessi": "logins", "anmeldung": "login",
    "anmeldungen": "logins", "aanmelding": "login", "aanmeldingen": "logins", "inlog": "login",
    "logowanie": "login", "logowania": "logins", "logowan": "logins", "inloggning": "login",
    "inloggningar": "logins", "innlogging": "login", "innlogginger": "logins",
    "sesion": "session", "sesiones": "sessions", "sessao": "session", "sessoes": "sessions",
    "sessione": "session", "sessioni": "sessions", "sitzung": "session", "sitzungen": "sessions",
    "sessies": "sessions", "sesja": "session", "sesje": "sessions", "sesji": "sessions", "sessioner": "sessions",
    "visite": "visit", "visites": "visits", "visita": "visit", "visitas": "visits", "besuch": "visit",
    "besuche": "visits", "bezoek": "visit", "bezoeken": "visits", "wizyta": "visit", "wizyty": "visits",
    "activite": "activity", "actividad": "activity", "atividade": "activity", "attivita": "activity",
    "aktivitat": "activity", "activiteit": "activity", "aktywnosc": "activity", "aktivitet": "activity",
    "utilisation": "use", "uso": "use", "utilizzo": "use", "nutzung": "use", "gebruik": "use",
    "uzycie": "use", "korzystanie": "use", "anvandning": "use", "bruk": "use", "brug": "use",
    "commande": "order", "commandes": "orders", "pedido": "order", "pedidos": "orders", "ordine": "order",
    "ordini": "orders", "bestellung": "order", "bestellungen": "orders", "bestellingen": "orders",
    "zamowienie": "order", "zamowienia": "orders",
    "compra": "purchase", "compras": "purchases", "achat": "purchase", "achats": "purchases",
    "acquisto": "purchase", "acquisti": "purchases", "aankoop": "purchase", "aankopen": "purchases",
    "zakup": "purchase", "zakupy": "purchases", "einkauf": "purchase", "einkaufe": "purchases",
    # periods
    "jours": "days", "j": "d", "dias": "days", "giorni": "days", "tage": "days", "tagen": "days", "dagen": "days",
    "dni": "days", "dagar": "days", "dager": "days", "dage": "days", "mois": "month", "mes": "month",
    "meses": "months", "mese": "month", "mesi": "months", "monat": "month", "monate": "months", "maand": "month",
    "miesiac": "month", "miesiace": "months", "manad": "month", "maned": "month", "semaine": "week",
    "semana": "week", "settimana": "week", "woche": "week", "tydzien": "week", "vecka": "week", "uke": "week",
    "uge": "week", "gg": "days", "dgn": "days", "aantal": "number", "par": "per", "por": "per", "pro monat": "per month", "pro woche": "per week",
    "pro tag": "per day", "ingreso": "login", "ingresos": "logins",
    # status, account, subscription, sign-up
    "statut": "status", "estado": "status", "situacao": "status", "situacion": "status", "estatus": "status", "stato": "status", "kontostatus": "account status",
    "compte": "account", "cuenta": "account", "conta": "account", "konto": "account", "konta": "account",
    "abonnement": "subscription", "suscripcion": "subscription", "assinatura": "subscription",
    "abbonamento": "subscription", "abo": "subscription", "subskrypcja": "subscription",
    "abonament": "subscription", "prenumeration": "subscription", "abonnemang": "subscription",
    "inscription": "signup", "inscrit": "registered", "inscrite": "registered", "registro": "signup",
    "cadastro": "signup", "iscrizione": "signup", "registrierung": "signup", "registriert": "registered",
    "registratie": "signup", "geregistreerd": "registered", "rejestracja": "signup", "rejestracji": "signup",
    "registrering": "signup", "registrerad": "registered", "registrert": "registered",
    "creation": "created", "cree": "created", "creee": "created", "creado": "created", "creada": "created",
    "criado": "created", "criada": "created", "erstellt": "created",
    "fecha": "date", "datum": "date", "dato": "date",
    "utilisateur": "user", "usuario": "user", "uzytkownika": "user", "cliente": "customer", "klient": "customer",
    "klienta": "customer", "kunde": "customer", "klant": "customer", "utente": "user", "nutzer": "user", "benutzer": "user",
    "gebruiker": "user", "uzytkownik": "user", "anvandare": "user", "bruker": "user",
    "personne": "person", "pessoa": "person", "kontakt": "contact", "empresa": "company", "entreprise": "company",
    "unternehmen": "company", "bedrijf": "company", "azienda": "company", "firma": "company",
    "completo": "completed", "completa": "completed", "concluido": "completed",
    "plano": "plan", "perfil": "profile", "profil": "profile", "tipo": "type", "typ": "type", "rol": "role", "rolle": "role",
    "rola": "role", "ruolo": "role", "groupe": "group", "grupo": "group", "gruppe": "group", "grupa": "group",
    "gruppo": "group", "categorie": "category", "categoria": "category", "kategorie": "category",
    "kategoria": "category", "equipe": "team", "equipo": "team", "equipa": "team", "squadra": "team",
    "zespol": "team",
    "etiquettes": "tags", "etiquetas": "tags", "etichette": "tags", "schlagworter": "tags", "tagi": "tags",
    "remarques": "notes", "notas": "notes", "observacoes": "notes", "notizen": "notes", "notiz": "notes", "bemerkung": "notes", "bemerkungen": "notes", "anmerkung": "notes", "interner": "internal", "anmerkungen": "notes",
    "opmerkingen": "notes", "uwagi": "notes", "anteckningar": "notes", "notater": "notes",
    # research, consent, recording
    "entretien": "interview", "entretiens": "interviews", "entrevue": "interview", "entrevues": "interviews",  # (Québec)
    "entrevista": "interview",
    "entrevistas": "interviews", "intervista": "interview", "interviste": "interviews", "gesprek": "interview",
    "wywiad": "interview", "wywiadu": "interview", "intervju": "interview",
    "recherche": "research", "investigacion": "research", "pesquisa": "research", "pesquisas": "research",
    "ricerca": "research", "ricerche": "research", "forschung": "research", "onderzoek": "research", "badanie": "research",
    "badania": "research", "badaniach": "research", "badan": "research", "forskning": "research",
    "etude": "study", "etudes": "studies", "estudio": "study", "estudios": "studies", "estudo": "study",
    "studie": "study", "studien": "studies",
    "consentement": "consent", "consentimiento": "consent", "consentimento": "consent", "consenso": "consent",
    "einwilligung": "consent", "zustimmung": "consent", "toestemming": "consent", "zgoda": "consent",
    "samtycke": "consent", "samtykke": "consent",
    "enregistrement": "recording", "grabacion": "recording", "gravacao": "recording", "aufnahme": "recording",
    "aufzeichnung": "recording", "opname": "recording", "nagrywanie": "recording", "nagranie": "recording",
    "nagrania": "recording", "inspelning": "recording", "opptak": "recording", "optagelse": "recording",
    "enregistrer": "record", "enregistre": "recorded", "enregistree": "recorded", "grabado": "recorded",
    "grabada": "recorded", "gravado": "recorded", "gravada": "recorded", "aufgezeichnet": "recorded", "grabar": "record", "gravar": "record", "aufnehmen": "record", "nagrywac": "record",
    "accepte": "agrees", "acepta": "agrees", "aceita": "agrees", "accetta": "agrees", "autoriza": "allows",
    "autorise": "allows", "autorizza": "allows", "erlaubt": "allows", "participer": "take part",
    "participar": "take part", "partecipare": "take part", "teilnehmen": "take part",
    "interne": "internal", "interno": "internal", "interna": "internal", "intern": "internal",
    "wewnetrzne": "internal", "wewnetrzny": "internal", "employe": "employee", "employee": "employee",
    "salarie": "employee", "empleado": "employee", "empleada": "employee", "funcionario": "employee",
    "funcionaria": "employee", "dipendente": "employee", "mitarbeiter": "employee", "mitarbeiterin": "employee",
    "medewerker": "employee", "pracownik": "employee", "pracownica": "employee", "anstalld": "employee", "ansatt": "employee",
    "ansat": "employee", "kollege": "colleague", "kollegin": "colleague", "kollegen": "colleague",
    "collega": "colleague", "collegue": "colleague", "colega": "colleague", "kolega": "colleague",
    "kolezanka": "colleague", "kollega": "colleague", "testkonto": "test account", "testowe": "test", "testowy": "test", "teste": "trial",
    "essai": "trial", "prueba": "trial", "prova": "trial", "testphase": "trial", "probeabo": "trial",
    "proefperiode": "trial", "provperiod": "trial", "proveperiode": "trial",
    "frequence": "frequency", "frecuencia": "frequency", "frequencia": "frequency", "frequenza": "frequency",
    "haufigkeit": "frequency", "czestotliwosc": "frequency",
    "recommander": "recommend", "recommanderiez": "recommend", "recommandiez": "recommend",
    "recommanderais": "recommend", "recomiende": "recommend", "recomiendes": "recommend", "recomienda": "recommend",
    "probable": "likely", "recomendarias": "recommend", "recomende": "recommend", "recomendar": "recommend",
    "recomendaria": "recommend", "raccomandare": "recommend",
    "consiglieresti": "recommend", "empfehlen": "recommend", "weiterempfehlen": "recommend",
    # Italian, a form's "Quanto è probabile che consiglieresti (consiglierebbe) … a un amico o collega?"
    "probabile": "likely", "consiglierebbe": "recommend", "consigliereste": "recommend",
    "raccomanderesti": "recommend", "raccomanderebbe": "recommend", "raccomandereste": "recommend",
    "consigliare": "recommend",
    "aanbevelen": "recommend", "polecic": "recommend", "polecisz": "recommend", "polecilbys": "recommend",
    "polecilabys": "recommend", "polecilby": "recommend", "polecilaby": "recommend", "prawdopodobne": "likely",
    "prawdopodobienstwo": "likely", "polecenia": "recommend", "rekommendera": "recommend",
    "anbefale": "recommend", "anbefaling": "recommend", "weiterempfehlung": "recommend", "empfehlung": "recommend",
    "teilnahme": "take part", "nutzerforschung": "user research", "nutzerinterview": "user interview",
    "keine": "no", "kein": "no", "lizenzstatus": "license status", "lizenz": "license", "endnu": "yet", "enda": "yet", "probabilite": "likely", "probabilidad": "likely", "probabilidade": "likely",
    "wahrscheinlichkeit": "likely", "wahrscheinlich": "likely",
    # Hungarian NPS: "Mennyire valószínű, hogy ajánlaná… (0-10)"
    "valoszinu": "likely", "valoszinuseg": "likely", "valoszinuseggel": "likely", "ajanlana": "recommend", "ajanlanad": "recommend",
    "ajanlanak": "recommend", "ajanlja": "recommend", "ajanlanal": "recommend", "indoklas": "reason",
    # Tagalog NPS: "Gaano kalamang na irekomenda mo ang … (0-10)", "Gaano ka malamang na magrekomenda…"
    "irekomenda": "recommend", "irerekomenda": "recommend", "magrekomenda": "recommend", "marekomenda": "recommend",
    "ire-recommend": "recommend", "i-recommend": "recommend", "irecommend": "recommend", "kalamang": "likely", "malamang": "likely",
    # values: how a status, a yes/no or a frequency is written
    "actif": "active", "active": "active", "activo": "active", "activa": "active", "activos": "active",
    "activas": "active", "actifs": "active", "ativos": "active", "ativo": "active",
    "ativa": "active", "attivo": "active", "attiva": "active", "aktiv": "active", "aktive": "active",
    "actief": "active", "aktywne": "active", "aktywny": "active", "aktywna": "active",
    "inactif": "inactive", "inactive": "inactive", "inactivo": "inactive", "inactiva": "inactive",
    "inativo": "inactive", "inativa": "inactive", "inattivo": "inactive", "inaktiv": "inactive",
    "inactief": "inactive", "nieaktywne": "inactive", "nieaktywny": "inactive",
    "desactive": "deactivated", "desactivee": "deactivated", "desactivado": "deactivated",
    "desactivada": "deactivated", "desativado": "deactivated", "desativada": "deactivated",
    "disattivato": "deactivated", "deaktiviert": "deactivated", "gedeactiveerd": "deactivated",
    "dezaktywowane": "deactivated", "dezaktywowany": "deactivated",
    "resilie": "cancelled", "resiliee": "cancelled", "annule": "cancelled", "annulee": "cancelled",
    "cancelado": "cancelled", "cancelada": "cancelled", "annullato": "cancelled", "disdetto": "cancelled",
    "gekundigt": "cancelled", "storniert": "cancelled", "opgezegd": "cancelled", "anulowane": "cancelled",
    "anulowany": "cancelled", "anulowana": "cancelled", "avslutad": "cancelled", "avsluttet": "cancelled",
    "oppsagt": "cancelled", "opsagt": "cancelled", "uppsagd": "cancelled",
    "expire": "expired", "expiree": "expired", "caducado": "expired", "caducada": "expired",
    "vencido": "expired", "vencida": "expired", "expirado": "expired", "expirada": "expired",
    "scaduto": "expired", "abgelaufen": "expired", "verlopen": "expired", "wygasle": "expired",
    # Italian's feminine forms, as "la polizza" takes them, and a policy's or contract's status read as the
    # account's ("Stato polizza: Attiva/Disdetta/Scaduta/Sospesa"), as Serbian "Status pretplate" is
    "disdetta": "cancelled", "annullata": "cancelled", "scaduta": "expired", "sospesa": "suspended",
    "sospeso": "suspended", "stato polizza": "status", "stato della polizza": "status", "stato contratto": "status",
    "stato del contratto": "status",
    "wygaslo": "expired", "utgangen": "expired", "utlopt": "expired", "udlobet": "expired",
    "invitado": "invited", "invitada": "invited",
    "convidado": "invited", "convidada": "invited", "invitato": "invited", "eingeladen": "invited",
    "uitgenodigd": "invited", "zaproszony": "invited", "zaproszona": "invited", "inbjuden": "invited",
    "invitert": "invited", "inviteret": "invited", "pendiente": "pending", "pendente": "pending",
    "ausstehend": "pending", "oczekujace": "pending", "suspendu": "suspended", "zawieszone": "suspended",
    "zawieszony": "suspended", "zawieszona": "suspended", "zablokowany": "blocked", "zablokowana": "blocked",
    "zablokowane": "blocked", "zamkniety": "closed", "zamknieta": "closed", "zamkniete": "closed",
    "pausiert": "paused", "pausado": "paused", "pausad": "paused", "pauset": "paused", "perdu": "lost",
    "radie": "struck off", "radiee": "struck off",  # a French agency's former beneficiary
    "en pause": "paused", "en pausa": "paused", "in pausa": "paused", "gepauzeerd": "paused", "ruhend": "dormant",
    "beendet": "ended", "beeindigd": "ended", "ausgelaufen": "expired", "uppsagt": "cancelled",
    "wstrzymana": "paused", "wstrzymany": "paused", "wstrzymane": "paused", "probephase": "trial", "testzeitraum": "trial", "testversion": "trial", "probemonat": "trial",
    "exclu": "excluded", "exclue": "excluded", "exclus": "excluded", "excluido": "excluded", "excluida": "excluded",
    "escluso": "excluded", "ausgeschlossen": "excluded", "wykluczony": "excluded", "doublon": "duplicate",
    "duplicado": "duplicate", "duplikat": "duplicate", "dubbel": "duplicate",
    "edad": "age", "idade": "age", "eta": "age", "wiek": "age", "leeftijd": "age", "alder": "age",
    "alter": "age",  # German; a column is not named with the English verb
    "promotor": "promoter", "promotora": "promoter", "promoteur": "promoter", "promotore": "promoter",
    "promotoren": "promoter", "passiv": "passive", "pasivo": "passive", "passif": "passive", "passivo": "passive",
    "neutre": "passive", "neutro": "passive", "neutral": "passive", "kritiker": "detractor",
    "detracteur": "detractor", "detrattore": "detractor", "detrator": "detractor", "krytyk": "detractor",
    "zuletzt": "last", "interviewt": "interviewed", "intervjuad": "interviewed", "avliden": "deceased", "intervjuet": "interviewed",
    "interviewet": "interviewed", "aterkallat": "withdrawn", "aterkallad": "withdrawn", "trukket tilbake": "withdrawn", "geinterviewd": "interviewed", "sessie": "session",
    "gebruikersonderzoek": "user research",
    # a Dutch panel's consent to follow-up research ("Toestemming vervolgonderzoek: Ja/Nee", "Mag benaderd
    # worden voor onderzoek") and the compounds research is named in ("klantonderzoek", "burgeronderzoek")
    "vervolgonderzoek": "follow up research", "vervolggesprek": "follow up interview",
    "vervolginterview": "follow up interview", "klantonderzoek": "customer research",
    "burgeronderzoek": "resident research", "mag benaderd worden": "may be contacted",
    "mag gebeld worden": "may be called", "geen": "no", "entrevistado": "interviewed", "interviewe": "interviewed",
    "kundengruppe": "customer group", "interviewbereitschaft": "willing interview",
    "selbstauskunft": "self reported", "dichiarato": "self reported", "dichiarata": "self reported",
    "declarado": "self reported", "declarada": "self reported", "declare": "self reported", "o que disse": "self reported", "auto declare": "self reported",
    "geburtsdatum": "birth date", "fecha de nacimiento": "birth date", "fecha nacimiento": "birth date",
    "data nascimento": "birth date", "geboortedatum": "birth date", "date de naissance": "birth date",
    "data de nascimento": "birth date", "data di nascita": "birth date", "data urodzenia": "birth date",
    "revocato": "withdrawn", "revocata": "withdrawn", "revoque": "withdrawn", "revoquee": "withdrawn",
    "revocado": "withdrawn", "revocada": "withdrawn", "widerrufen": "withdrawn", "ingetrokken": "withdrawn",
    "ancien": "former", "ancienne": "former", "ehemalig": "former", "ehemaliger": "former",
    "jamais": "never", "nunca": "never", "nigdy": "never", "nooit": "never", "aldrig": "never", "aldri": "never",
    "quotidien": "daily", "quotidienne": "daily", "diario": "daily", "diaria": "daily", "quotidiano": "daily",
    "taglich": "daily", "dagelijks": "daily", "codziennie": "daily", "dagligen": "daily", "daglig": "daily",
    "dagligt": "daily", "ugentligt": "weekly", "manedligt": "monthly", "sjaeldnere": "rarely", "sjeldnere": "rarely",
    "hebdomadaire": "weekly", "semanal": "weekly", "settimanale": "weekly", "wochentlich": "weekly",
    "wekelijks": "weekly", "ukentlig": "weekly", "ugentlig": "weekly",
    "mensuel": "monthly", "mensuelle": "monthly", "mensual": "monthly", "mensal": "monthly",
    "mensile": "monthly", "monatlich": "monthly", "maandelijks": "monthly", "manadsvis": "monthly",
    "manedlig": "monthly",
    "rarement": "rarely", "raramente": "rarely", "selten": "rarely", "zelden": "rarely", "rzadko": "rarely",
    "sallan": "rarely", "sjelden": "rarely", "sjaelden": "rarely", "parfois": "sometimes",
    "manchmal": "sometimes", "soms": "sometimes", "czasami": "sometimes", "ibland": "sometimes",
    # Indonesian (and Malay), as an Indonesian admin panel or seller sheet names its columns and values
    # ("ID Penjual", "Nama Pemilik", "Terakhir Aktif", "Jumlah Pesanan 30 Hari", "Status Akun: Diblokir",
    # "Bersedia Diwawancara: Ya/Tidak", "Catatan"); a note's requests and events are ``_indonesian``'s
    "catatan": "notes", "keterangan": "notes", "nama pemilik": "name", "nama lengkap": "full name",
    "nama toko": "shop name", "nama usaha": "business name", "nama": "name",
    "id penjual": "seller id", "id pelanggan": "customer id", "id pengguna": "user id", "id anggota": "member id",
    "terakhir aktif": "last active", "aktif terakhir": "last active", "login terakhir": "last login",
    "terakhir login": "last login", "transaksi terakhir": "last order", "pesanan terakhir": "last order",
    "tanggal daftar": "signup date", "tanggal registrasi": "signup date", "tanggal bergabung": "signup date",
    "tgl daftar": "signup date", "tanggal wawancara terakhir": "last interviewed date",
    "wawancara terakhir": "last interviewed", "terakhir diwawancara": "last interviewed", "tanggal": "date",
    "wawancara": "interview", "pewawancara": "interviewer", "peserta": "participant",
    "jumlah pesanan": "orders count", "jumlah transaksi": "orders count", "jumlah login": "logins count",
    "jumlah produk": "products count", "pesanan": "orders", "transaksi": "orders",
    "status akun": "account status", "nonaktif": "inactive", "tidak aktif": "inactive", "diblokir": "blocked",
    "ditangguhkan": "suspended", "penipuan": "fraud",
    "bersedia diwawancara": "willing interview", "bersedia diwawancarai": "willing interview",
    "bersedia dihubungi": "may be contacted", "persetujuan rekaman": "consent recording",
    "provinsi": "province", "kabupaten": "district", "kota": "city", "usia": "age", "umur": "age",
    # Turkish, as a Turkish e-commerce platform, CRM or Excel sheet names its columns and values ("Son Sipariş
    # Tarihi", "Sipariş Sayısı", "Kayıt Tarihi", "Üyelik Durumu: Askıya Alındı", "KVKK Onayı: Evet/Hayır",
    # "Tavsiye Puanı", "Notlar"; a column named "Not" alone is ``column_words``'); a note's are ``_turkish``'s
    "son siparis tarihi": "last order date", "son siparis": "last order", "son alisveris tarihi": "last order date",
    "son alisveris": "last order", "son giris tarihi": "last login date", "son giris": "last login",
    "son aktivite": "last activity", "son aktif": "last active",
    "siparis sayisi": "orders count", "toplam siparis": "orders count", "toplam siparis sayisi": "orders count",
    "siparis adedi": "orders count", "alisveris sayisi": "orders count", "giris sayisi": "logins count",
    "kayit tarihi": "signup date", "uyelik tarihi": "signup date", "uyelik baslangic tarihi": "signup date",
    "tavsiye puani": "nps score", "tavsiye skoru": "nps score", "nps puani": "nps score", "nps skoru": "nps score",
    "uyelik durumu": "member status", "hesap durumu": "account status", "musteri durumu": "customer status",
    "durum": "status", "durumu": "status", "askiya alindi": "suspended", "askiya alinmis": "suspended",
    "askida": "suspended", "kapatildi": "closed", "kapali": "closed", "silindi": "deleted", "pasif": "inactive",
    "aktif": "active", "donduruldu": "paused",
    # Hungarian account statuses ("Státusz": "Törölt", "Letiltva", "Felfüggesztve"; "Inaktív" is "inaktiv" above)
    "torolt": "deleted", "torolve": "deleted", "letiltva": "blocked", "letiltott": "blocked", "zarolva": "blocked",
    "zarolt": "blocked", "blokkolva": "blocked", "blokkolt": "blocked", "felfuggesztve": "suspended",
    "felfuggesztett": "suspended", "szuneteltetve": "paused", "megszunt": "closed", "megszuntetve": "closed",
    "lezarva": "closed", "lezart": "closed",
    "kvkk onayi": "may be contacted", "kvkk izni": "may be contacted", "acik riza": "may be contacted",
    "acik riza onayi": "may be contacted", "iletisim izni": "may be contacted", "iletisim onayi": "may be contacted",
    "arastirma izni": "research permission", "arastirma onayi": "research consent",
    "kayit izni": "consent recording", "ses kaydi izni": "consent recording",
    "notlar": "notes", "aciklama": "notes", "aciklamalar": "notes", "musteri notu": "notes", "musteri notlari": "notes",
    "yorum": "comment", "yorumlar": "comments",
    "telefon": "phone", "cep telefonu": "mobile phone", "telefon numarasi": "phone number",
    "e posta": "email", "e posta adresi": "email address", "eposta": "email",
    "musteri no": "customer id", "musteri numarasi": "customer id", "uye no": "member id", "sehir": "city",
    "dogum tarihi": "birth date", "yas": "age", "ad soyad": "name", "adi soyadi": "name", "ad soyadi": "name",
    "isim soyisim": "name", "test hesabi": "test account", "mukerrer": "duplicate",
    # Vietnamese, as a Vietnamese ops team's Google Sheet names its columns and values, folded ("đ" is "d"):
    # "Mã tài xế", "Họ và tên", "Số điện thoại"/"SĐT", "Ngày tham gia", "Chuyến đi 30 ngày", "Lần hoạt động
    # cuối", "Trạng thái: Tạm khóa", "Đồng ý phỏng vấn: Có/Không", "Ghi chú"; a note's are ``_vietnamese``'s
    "ma tai xe": "driver id", "ma kh": "customer id", "ma khach hang": "customer id", "ma nguoi dung": "user id",
    "ma thanh vien": "member id", "ma cua hang": "shop id", "ma doi tac": "partner id", "ten chu quan": "name",
    "ten chu cua hang": "name", "ten cua hang": "shop name",
    "ho va ten": "name", "ho ten": "name", "ten khach hang": "name",
    "so dien thoai": "phone", "dien thoai": "phone", "sdt": "phone", "so dt": "phone",
    "ngay tham gia": "signup date", "ngay dang ky": "signup date", "ngay sinh": "birth date",
    "chuyen di": "trips", "so chuyen": "trips count", "so don": "orders count", "so don hang": "orders count",
    "don hang": "orders", "lan hoat dong cuoi": "last active", "hoat dong gan nhat": "last active",
    "lan cuoi hoat dong": "last active", "hoat dong cuoi": "last active", "dang nhap gan nhat": "last login",
    "lan dang nhap cuoi": "last login", "trang thai": "status", "trang thai tai khoan": "account status",
    "tinh trang": "status", "tam khoa": "suspended", "tam ngung": "paused", "bi khoa": "blocked",
    "khoa vinh vien": "banned", "da nghi": "churned", "nghi viec": "churned", "dang hoat dong": "active",
    "ngung hoat dong": "inactive", "khong hoat dong": "inactive", "gian lan": "fraud",
    "dong y phong van": "research consent", "dong y tham gia": "research consent",
    "dong y lien he": "may be contacted", "dong y ghi am": "consent recording", "ghi chu": "notes",
    # notes named for whose they are, as "Notes from support" ("Ghi chú CSKH", customer care's; "Ghi chú của
    # sale", "Ghi chú nội bộ", "Ghi chú kinh doanh", "Ghi chú tư vấn")
    "ghi chu cskh": "notes from support", "ghi chu cham soc khach hang": "notes from support",
    "ghi chu cua": "notes of", "ghi chu noi bo": "notes internal", "ghi chu sale": "notes from sales",
    "ghi chu sales": "notes from sales", "ghi chu kinh doanh": "notes from sales", "ghi chu tu van": "notes from advisor",
    "ghi chu giao vien": "notes from teacher", "ghi chu van hanh": "notes from ops",
    # an education business's roster of parents and learners ("Mã phụ huynh", "Họ tên phụ huynh", "Trạng thái gói:
    # Đang dùng/Hết hạn/Đã hủy/Hoàn tiền", "Lần học cuối")
    "ma phu huynh": "customer id", "ma hoc vien": "student id", "ma hoc sinh": "student id",
    "ho ten phu huynh": "name", "ho va ten phu huynh": "name", "ten phu huynh": "name",
    "trang thai goi": "subscription status", "dang dung": "active", "het han": "expired", "da het han": "expired",
    "da huy": "cancelled", "hoan tien": "refunded", "da hoan tien": "refunded",
    "lan hoc cuoi": "last active", "buoi hoc cuoi": "last active",
    "ngay phong van gan nhat": "last interviewed date", "lan phong van cuoi": "last interviewed",
    "phong van gan nhat": "last interviewed", "thanh pho": "city",
}

# Hungarian, as a Hungarian admin export or Excel sheet names its columns, folded ("ő" is "o"): "Ügyfélazonosító",
# "Név", "Telefonszám", "Születési dátum", "Korcsoport", "Regisztráció dátuma", "Utolsó bejelentkezés",
# "Bejelentkezések (30 nap)" (``in_english`` reads "30 nap" as 30 days), "Státusz", "Megjegyzés"
# (column words only, which ``words_read`` leaves out: a Hungarian note is read by ``_hungarian``, and one it
# does not match is named, not taken as read because it shares a word with a column name)
_HUNGARIAN_COLUMNS: dict[str, str] = {
    "ugyfelazonosito": "customer id", "ugyfel azonosito": "customer id", "ugyfelszam": "customer id",
    "felhasznaloi azonosito": "user id", "felhasznalo azonosito": "user id", "azonosito": "id",
    "nev": "name", "teljes nev": "full name", "ugyfel neve": "name", "telefonszam": "phone", "mobilszam": "mobile phone",
    "szuletesi datum": "birth date", "szuletesi ido": "birth date", "szul datum": "birth date",
    "eletkor": "age", "korcsoport": "age group",
    "regisztracio datuma": "signup date", "regisztracio ideje": "signup date", "regisztracio": "signup",
    "regisztralt": "registered", "utolso bejelentkezes": "last login", "utolso belepes": "last login",
    "utolso aktivitas": "last activity", "utolso": "last", "bejelentkezes": "login", "bejelentkezesek": "logins",
    "bejelentkezesek szama": "logins count", "belepes": "login", "belepesek": "logins", "belepesek szama": "logins count",
    "statusz": "status", "allapot": "status", "fiok allapota": "account status", "fiok statusza": "account status",
    "fiok statusz": "account status", "fiokstatusz": "account status",
    "megjegyzes": "notes", "megjegyzesek": "notes", "feljegyzes": "notes", "feljegyzesek": "notes",
    "utolso interju": "last interviewed", "utolso interju datuma": "last interviewed date", "interju": "interview",
    # a CRM's research-consent field, answered "Igen"/"Nem" ("Kutatásban részvétel": takes part in research)
    "kutatasban reszvetel": "research consent", "kutatasban valo reszvetel": "research consent",
    "reszvetel kutatasban": "research consent", "kutatasi reszvetel": "research consent",
    "kutatasi hozzajarulas": "research consent", "hozzajarulas kutatashoz": "research consent",
    "kutatasi beleegyezes": "research consent", "beleegyezes kutatashoz": "research consent",
}
_GLOSSARY.update(_HUNGARIAN_COLUMNS)
# Serbian's and Croatian's (Latin) last login and last activity: "Poslednja prijava", "Datum poslednje prijave",
# "Zadnja prijava", "Poslednja aktivnost"
_GLOSSARY.update({
    "poslednja prijava": "last login", "datum poslednje prijave": "last login date", "zadnja prijava": "last login",
    "datum zadnje prijave": "last login date", "poslednja aktivnost": "last active", "zadnja aktivnost": "last active",
})

# Romanian, as a Romanian CRM export or Excel sheet names its columns and values, folded ("ş" and "ș" are "s",
# "ţ" and "ț" "t"): "ID client", "Nume și prenume", "Județ", "Oraș", "Data înregistrării", "Ultima comandă",
# "Comenzi (ultimele 90 de zile)" (``in_english`` reads "ultimele 90 de zile" as the last 90 days), "Stare cont:
# Activ/Inactiv/Suspendat/Șters" (a Salesforce export's plain "Stare", and "Reziliat", "Portat": ended), "Acord GDPR
# cercetare: Da/Nu" (and "Acord studii de piață", "Acord sondaje"), "Observații"; a note's are ``_romanian``'s
_GLOSSARY.update({
    "id client": "customer id", "cod client": "customer id", "id utilizator": "user id", "nume si prenume": "name",
    "nume complet": "full name", "numele si prenumele": "name", "nume prenume": "name", "numar de telefon": "phone",
    "judet": "county", "judetul": "county", "oras": "city", "localitate": "city", "data inregistrarii": "signup date",
    "data nasterii": "birth date", "varsta": "age", "ultima comanda": "last order", "data ultimei comenzi": "last order date",
    "ultima autentificare": "last login", "ultima logare": "last login", "ultima activitate": "last activity",
    "comenzi": "orders", "numar comenzi": "orders count", "nr comenzi": "orders count",
    "stare cont": "account status", "starea contului": "account status", "status cont": "account status",
    "activ": "active", "inactiv": "inactive", "suspendat": "suspended", "sters": "deleted", "blocat": "blocked",
    "inchis": "closed",
    "acord gdpr cercetare": "research consent", "acord cercetare": "research consent",
    "acord pentru cercetare": "research consent", "acord interviu": "research consent",
    # a mobile operator's or a bank's CRM: market research, surveys ("Acord studii de piață"; not "Acord marketing")
    "acord studii de piata": "research consent", "acord studii piata": "research consent",
    "acord cercetare de piata": "research consent", "acord cercetari de piata": "research consent",
    "acord sondaje": "research consent", "acord participare studii": "research consent",
    "acord pentru studii de piata": "research consent", "acord pentru sondaje": "research consent",
    # a Salesforce export's plain "Stare" (status): a contract terminated ("Reziliat"), a number ported out to
    # another operator ("Portat")
    "stare": "status", "starea": "status", "stare contract": "contract status", "stare abonament": "subscription status",
    "reziliat": "cancelled", "reziliata": "cancelled", "portat": "ported out", "portata": "ported out",
    "acord inregistrare": "consent recording", "acord contactare": "may be contacted",
    "observatii": "notes", "mentiuni": "notes", "ultimul interviu": "last interviewed",
    "data ultimului interviu": "last interviewed date",
})

# Finnish, as a Finnish CRM export or Excel sheet names its columns, folded ("ä" is "a", "ö" is "o"): "Asiakasnumero",
# "Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Syntymäaika", "Suositteluindeksi (0–10)" (NPS), "Huomiot"; a
# Google Form's "Kuinka todennäköisesti suosittelisit … (0–10)?" and "Saammeko ottaa sinuun yhteyttä haastattelua
# varten?" (column words only, which ``words_read`` leaves out, as Hungarian's: a Finnish note is read by ``_finnish``)
_FINNISH_COLUMNS: dict[str, str] = {
    "asiakasnumero": "customer id", "asiakastunnus": "customer id", "asiakasnro": "customer id",
    "asiakkaan tunnus": "customer id", "asiakkaan numero": "customer id", "asiakkaan id": "customer id",
    "kayttajatunnus": "user id", "jasennumero": "member number",
    "etunimi": "first name", "sukunimi": "last name", "nimi": "name", "koko nimi": "full name",
    "asiakkaan nimi": "name", "sahkoposti": "email", "sahkopostiosoite": "email", "puhelin": "phone",
    "puhelinnumero": "phone", "matkapuhelin": "mobile phone",
    "syntymaaika": "birth date", "syntymapaiva": "birth date", "syntymapvm": "birth date",
    "huomiot": "notes", "huomio": "notes", "huomautukset": "notes", "lisatiedot": "notes", "muistiinpanot": "notes",
    "kommentit": "comments", "kommentti": "comments", "asiakkaan huomiot": "notes",
    "suositteluindeksi": "nps", "suositteluhalukkuus": "likely to recommend", "suosittelisit": "recommend",
    "suosittelisitko": "recommend", "suosittelisitte": "recommend", "suosittelisitteko": "recommend",
    "todennakoisesti": "likely", "kuinka todennakoisesti": "how likely",
    "markkinointilupa": "marketing consent", "tutkimuslupa": "research consent", "haastattelulupa": "research consent",
    "viimeisin haastattelu": "last interviewed", "viimeksi haastateltu": "last interviewed",
    "saammeko ottaa sinuun yhteytta": "may we contact you", "saammeko ottaa teihin yhteytta": "may we contact you",
    "voimmeko ottaa sinuun yhteytta": "may we contact you", "voimmeko ottaa teihin yhteytta": "may we contact you",
    "saako sinuun ottaa yhteytta": "may we contact you", "haastattelua varten": "for an interview",
    "haastatteluun": "for an interview", "tutkimusta varten": "for research",
    # a last use and the things counted ("Viimeisin tilaus", "Viimeksi kirjautunut", "Tilauksia (12 kk)",
    # "Viimeisimmän tilauksen pvm"): read as English's "Last order" beside "Orders (12 months)", the date of use
    # over the windowed count where it is older than the lapsed window
    "viimeisin": "last", "viimeisimman": "last", "viimeisimpana": "last", "viimeksi": "last",
    "edellinen": "last", "viim": "last",
    "tilaus": "order", "tilauksen": "order", "tilaukset": "orders", "tilauksia": "orders", "tilausta": "orders",
    "tilauspaiva": "order date", "tilauspvm": "order date", "osto": "purchase", "oston": "purchase",
    "ostos": "purchase", "ostot": "purchases", "ostoja": "purchases", "ostokset": "purchases",
    "ostoksia": "purchases", "kaynti": "visit", "kaynnin": "visit", "kaynnit": "visits", "kaynteja": "visits",
    "kirjautuminen": "login", "kirjautumisen": "login", "kirjautumiset": "logins", "kirjautumisia": "logins",
    "tili suljettu": "account closed", "suljettu": "closed", "kirjautunut": "logged in", "kaytetty": "used", "kayttanyt": "used", "pvm": "date", "paivamaara": "date",
}
_GLOSSARY.update(_FINNISH_COLUMNS)
# Czech and Slovak (one table where they share a word), as a Czech CRM export or Czech Excel sheet names its
# columns and values, folded ("ř" is "r", "ě" "e"): "Číslo zákazníka", "Jméno", "Příjmení", "Datum narození",
# "Stav smlouvy: Aktivní/Ukončená/Ve výpovědi", "Datum ukončení", "Souhlas s výzkumem: ANO/NE", "Poslední výzkumný
# rozhovor", "Poznámka"; Survio's "Jak pravděpodobné je, že byste nás doporučili… (0 – vůbec, 10 – určitě)"
# (column words only, which ``words_read`` leaves out, as Finnish's: a Czech note is read by ``_czech``)
_CZECH_COLUMNS: dict[str, str] = {
    "cislo zakaznika": "customer id", "zakaznicke cislo": "customer id", "cislo klienta": "customer id",
    "klientske cislo": "customer id", "id zakaznika": "customer id", "id klienta": "customer id",
    "jmeno": "first name", "krestni jmeno": "first name", "krstne meno": "first name", "prijmeni": "last name",
    "priezvisko": "last name", "jmeno a prijmeni": "name", "meno a priezvisko": "name", "cele jmeno": "full name",
    "datum narozeni": "birth date", "datum narodenia": "birth date",
    "poznamka": "notes", "poznamky": "notes", "interni poznamka": "notes", "interna poznamka": "notes",
    "souhlas s vyzkumem": "research consent", "souhlas s vyzkumy": "research consent",
    "souhlas s pruzkumem": "research consent", "souhlas s ucasti ve vyzkumu": "research consent",
    "suhlas s vyskumom": "research consent", "suhlas s prieskumom": "research consent",
    "posledni vyzkumny rozhovor": "last interviewed", "posledni rozhovor": "last interviewed",
    "datum posledniho rozhovoru": "last interviewed date", "posledny vyskumny rozhovor": "last interviewed",
    "posledny rozhovor": "last interviewed", "datum posledneho rozhovoru": "last interviewed date",
    "stav smlouvy": "contract status", "stav zmluvy": "contract status", "stav uctu": "account status",
    "stav zakaznika": "customer status",
    "datum ukonceni": "termination date", "datum ukonceni smlouvy": "termination date",
    "datum ukoncenia": "termination date", "datum ukoncenia zmluvy": "termination date",
    "aktivni": "active", "aktivna": "active", "aktivny": "active", "neaktivni": "inactive", "neaktivna": "inactive",
    "ukoncena": "ended", "ukonceno": "ended", "ukonceny": "ended", "ukoncen": "ended", "vypovezena": "cancelled",
    "ve vypovedi": "cancelling", "vo vypovedi": "cancelling",
    "doporucili": "recommend", "doporucil": "recommend", "doporucila": "recommend", "doporucite": "recommend",
    "doporucit": "recommend", "odporucili": "recommend", "odporucite": "recommend", "pravdepodobne": "likely",
}
_GLOSSARY.update(_CZECH_COLUMNS)
# Finland-Swedish (and Swedish) customer-service notes beside the Finnish ones: staff ("Anställd hos oss som
# chaufför"), calls refused with another way said to be fine ("Ring inte, e-post går bra": one way only, named)
_GLOSSARY.update({
    "anstalld hos oss": "our employee", "anstalld hos er": "our employee", "jobbar hos oss": "works for us",
    "arbetar hos oss": "works for us", "ring inte": "do not call", "ring mig inte": "do not call",
    "ring honom inte": "do not call", "ring henne inte": "do not call",
    "e post gar bra": "email is fine", "mejl gar bra": "email is fine", "mail gar bra": "email is fine",
    "sms gar bra": "text is fine", "e post funkar": "email is fine",
})

# a yes or a no, as a whole cell: "Non" alone is no, "Non-EU" is not
_ANSWERS = {"oui": "yes", "si": "yes", "sim": "yes", "ja": "yes", "tak": "yes", "non": "no", "nao": "no",
            "nein": "no", "nee": "no", "nej": "no", "nei": "no",
            # Hinglish ("na" alone is not here: a cell's "NA" is not available)
            "haan": "yes", "haa": "yes", "han": "yes", "ha": "yes", "ji haan": "yes", "ji han": "yes",
            "haan ji": "yes", "han ji": "yes", "nahi": "no", "nahin": "no", "nhi": "no", "ji nahi": "no",
            "ji nahin": "no", "nahi ji": "no",
            # Indonesian and Malay ("tak" is not here: a Polish yes)
            "ya": "yes", "iya": "yes", "tidak": "no", "bersedia": "yes", "tidak bersedia": "no",
            # Turkish
            "evet": "yes", "hayir": "no", "onayli": "yes", "onaysiz": "no", "onay yok": "no", "izin yok": "no",
            # Romanian
            "da": "yes", "nu": "no",
            # Vietnamese ("Có" with its mark is ``_VI_ANSWERS``': a bare "co" may be Colorado)
            "khong": "no", "khong dong y": "no", "dong y": "yes",
            # Hungarian
            "igen": "yes", "nem": "no",
            # Finnish
            "kylla": "yes", "ei": "no",
            # Czech and Slovak ("ne" alone is ``_serbian``'s, as Croatian's)
            "ano": "yes",
            # a spreadsheet's TRUE and FALSE in the sheet's language
            "wahr": "true", "falsch": "false", "vrai": "true", "faux": "false", "verdadero": "true", "falso": "false",
            "verdadeiro": "true", "vero": "true", "prawda": "true", "falsz": "false", "waar": "true",
            "onwaar": "false", "sant": "true", "sann": "true", "usant": "false", "falskt": "false"}

# Japanese, as a Japanese CRM (Salesforce's Japanese labels), analytics sheet or note writes it: each key
# a regular expression over the text as written (``fold`` takes the voicing marks off both, so
# "ログイン" is found as "ロクイン" in either), tried longest first
_JAPANESE: dict[str, str] = {
    # consent, opt-outs and who not to ask (Salesforce: "メール送信除外" Email Opt Out, "電話不可" Do Not Call)
    "メール(?:送信|配信)(?:除外|拒否|停止)": "email opt out", "(?:メール|メルマガ)配信停止": "unsubscribed",
    "電話(?:不可|お断り|禁止|NG)": "do not call", "(?:ご)?連絡(?:先)?(?:は|を)?(?:不可|禁止|お断り|不要|しないでください)":
    "do not contact", "連絡不要": "do not contact",
    # "今後の調査依頼はご遠慮ください", "インタビュー依頼お断り", "調査協力不可" (as a note)
    "(?:今後(?:の|は)?)?(?:ユーザー)?(?:調査|インタビュー|ヒアリング|アンケート|リサーチ)(?:へ)?(?:の)?(?:ご)?"
    "(?:協力)?(?:依頼|お願い|協力|参加)?(?:は|を|に)?(?:ご遠慮(?:ください|下さい|願います|いただきたい)?|お断り(?:します)?|"
    "不要|不可|辞退|拒否|しないでください|NG)": "no more research requests",
    "(?:今後の)?(?:調査|インタビュー)(?:依頼)?(?:は)?(?:ご)?遠慮": "no more research requests",
    "調査協力": "research willing", "インタビュー協力": "interview willing", "協力(?:可否)?": "willing", "リサーチ": "research",
    "調査(?:への)?同意": "research consent", "インタビュー同意": "interview consent",
    "録(?:画|音)(?:の)?同意": "recording consent", "同意": "consent", "録画": "recording", "録音": "recording",
    # who the row is: left the company, replaced as the contact, one of us, a test
    "(?:退職|退社)(?!予定|金|者)(?:済み?|しました|した|済)?": "left the company",
    "担当(?:者)?(?:変更|交代)": "contact changed", "後任": "replaced by",
    "社内(?:用|利用)?(?:アカウント)?\\((?:デモ|テスト|検証)用?\\)": "internal demo account",
    "社内(?:用|利用)?アカウント": "internal account", "社内": "internal", "社員": "employee", "従業員": "employee",
    "テストアカウント": "test account", "テストユーザー": "test user", "テスト": "test", "デモ用?": "demo",
    # research done
    "(?:ユーザー)?(?:インタビュー|ヒアリング)(?:を)?(?:実施)?(?:済み?|済|完了)|(?:インタビュー|ヒアリング)実施(?!予定)":
    "interviewed",
    "インタビュー": "interview", "ヒアリング": "interview", "ユーザー調査": "user research", "調査": "research",
    # use: last login, counts, a contract's status
    "最終": "last", "最新": "last", "前回": "last", "ログイン": "login", "ログイン回数": "logins count", "ログイン数": "logins count",
    "利用回数": "sessions count", "セッション数": "sessions count", "訪問回数": "visits count", "購入回数": "orders count",
    "アクセス": "login", "利用": "use", "月間": "monthly", "月次": "monthly", "月あたり": "per month", "週間": "weekly",
    "日次": "daily", "過去|直近": "last", "日間": "days", "ヶ月|か月|カ月|ケ月": "months",
    "契約ステータス": "contract status",
    # (katakana compounds, whose parts are not found inside a longer katakana word)
    "アカウントステータス": "account status", "ユーザーステータス": "user status",
    "サブスク(?:リプション)?ステータス": "subscription status", "ユーザーインタビュー": "user interview", "ステータス": "status", "契約": "contract", "アカウント": "account",
    "プラン": "plan", "日付|日時|年月日": "date", "登録日": "signup date", "利用開始日": "signup date",
    # notes
    "備考": "notes", "メモ": "memo", "コメント": "comments", "特記事項": "notes",
    # a status's values
    "有効期限": "expiry date", "契約中|有効": "active", "無効": "inactive", "解約(?:済み?)?": "cancelled", "休止中?": "paused",
    "停止中?": "suspended", "期限切れ": "expired", "(?:無料)?トライアル(?:中)?": "trial", "未ログイン": "never",
}
# a yes or a no as a whole Japanese cell ("調査協力: 不可"), or opening one ("不可（多忙のため）")
_JAPANESE_ANSWERS = {"可": "yes", "不可": "no", "はい": "yes", "いいえ": "no", "有": "yes", "有り": "yes",
                     "あり": "yes", "無": "no", "無し": "no", "なし": "no", "○": "yes", "〇": "yes", "×": "no"}
_KATAKANA = "[\u30a1-\u30fa\u30fc]"

# Korean, as a Korean admin console, CRM or Excel sheet writes it (a member list's "회원번호",
# "최근 접속일", "월 접속 횟수", "리서치 참여 동의", "비고" and its notes "직원", "탈퇴 회원",
# "인터뷰 거절", "연락 금지"): each key a regular expression over Hangul syllables, tried longest
# first. Korean puts a particle or an ending after its word ("연락하지 마세요", "인터뷰 거절함"), so a key
# takes the endings it may have; a key starts a word unless it is a compound's last part, and the short
# words that other words contain are whole words only ("직원" alone or before a bracket, not "직원 추천").
_HANGUL = "[\uac00-\ud7a3]"
_JAMO = re.compile("[\u1100-\u11ff]")
_KOREAN: dict[str, str] = {
    # consent: a column's "리서치 참여 동의", "인터뷰 동의 여부", "녹음 동의"; marketing's is not research's
    "(?:리서치|연구|조사|설문|사용자\\s?조사|인터뷰|유저\\s?인터뷰)\\s?(?:참여|참가|협조)?\\s?동의(?:\\s?여부)?": "research consent",
    "녹(?:음|화)\\s?동의(?:\\s?여부)?": "recording consent", "인용\\s?동의(?:\\s?여부)?": "quotes consent",
    "(?:마케팅|광고성?)\\s?(?:정보\\s?)?(?:수신\\s?|활용\\s?)?동의(?:\\s?여부)?": "marketing opt in",
    "(?:개인\\s?정보\\s?)?(?:수집\\s?(?:및\\s?)?)?(?:이용\\s?)?동의(?:\\s?여부)?": "consent",
    # who not to ask: "연락 금지", "연락하지 마세요", "연락 거부", "전화 사절"
    "(?:연락|컨택)\\s?(?:을\\s?|은\\s?)?(?:금지|거부|거절|사절|불가|원치\\s?않(?:음|습니다|아요)?|"
    "하지\\s?(?:마세요|마십시오|말\\s?것|말아\\s?주세요|말아주세요|마시오)|마세요)": "do not contact",
    "(?:전화|통화)\\s?(?:는\\s?|를\\s?)?(?:금지|거부|거절|사절|불가|하지\\s?(?:마세요|말\\s?것|말아\\s?주세요))": "do not call",
    "수신\\s?거부": "unsubscribed",
    # refused research: "인터뷰 거절", "인터뷰 거절함", "리서치 참여 거부", "설문 참여 원치 않음"
    "(?:인터뷰|리서치|조사|설문|ut|사용성\\s?테스트)\\s?(?:참여|참가|요청|협조)?\\s?(?:을\\s?|를\\s?|은\\s?|는\\s?)?"
    "(?:거절|거부|사절|불참|원치\\s?않)(?:함|했음|했습니다|하셨음|하심|음|습니다|아요)?": "not interested in interviews",
    # who the row is: one of us, a test, a member who left (their account closed at their request)
    "(?:당사|사내|내부|우리\\s?회사)\\s?(?:임?직원|사원|계정)": "our employee",
    "(?:직원|사내|내부|관리자)\\s?계정": "staff account",
    # (alone, or with the team in brackets: "직원 (CS팀)")
    "(?:임?직원|사원)(?:임|입니다|이에요)?(?:\\s*[(\\[][^)\\]]*(?:팀|부|실|센터|본부|파트)[)\\]])?(?=\\s*(?:$|[/,·.]))":
    "employee",
    "테스트\\s?(?:용\\s?)?(?:계정|아이디|id|회원|유저|사용자)|테스트용": "test account", "테스트(?!" + _HANGUL + ")": "test",
    "(?:회원\\s?)?탈퇴(?:한|된|하신)?\\s?(?:회원|고객|사용자|계정)|(?:회원|계정)\\s?탈퇴(?:함|완료|처리)?|"
    "탈퇴(?:함|완료|처리|요청)?(?=\\s*(?:$|[(\\[/,·.]))": "account deleted, do not contact",
    "사망(?:함|하심)?|고인": "deceased",
    # a minor ("미성년자 (고1)"), an erasure asked for ("개인정보 삭제 요청 접수"), a dispute still open ("환불 분쟁 중"),
    # someone who answers for them ("대리인(어머니) 연락", "법정대리인"), one person's second account ("중복 가입")
    # a phone column: "휴대전화", "휴대폰 번호", "핸드폰", "전화번호", "연락처" (a member list's mobile)
    "휴대\\s?(?:전화|폰)(?:\\s?번호)?|핸드폰(?:\\s?번호)?|전화\\s?번호|연락처": "phone",
    "미성년(?!자?\\s?(?:인\\s?)?(?:자녀|자식|아이|딸|아들|동생))자?": "minor",  # (not "미성년 자녀": their child)
    "(?:개인\\s?정보|회원\\s?정보|정보|데이터)\\s?(?:의\\s?)?(?:삭제|파기)\\s?(?:요청|요구|희망)": "erasure requested",
    "(?:환불|교환|반품|배송|결제|법적)?\\s?분쟁\\s?(?:중|진행\\s?중|발생)": "open dispute",
    "(?:법정\\s?)?대리인": "power of attorney",
    "중복\\s?(?:가입|계정|아이디|회원)": "duplicate account",
    "노쇼": "no-show",
    # a relative of staff, not staff: "언니가 임직원 (CS팀)", "남편이 직원"
    "(?:언니|누나|오빠|형|동생|남동생|여동생|엄마|어머니|아빠|아버지|남편|아내|부인|배우자|딸|아들|가족|친척|부모님?|자녀|"
    "사촌|삼촌|이모|고모)\\s?(?:가|이|는|은|분이|분)?\\s?(?:당사\\s?)?(?:임?직원|사원)": "relative of our staff",
    # a no to recording: "녹음 원치 않음", "녹음 거부", "녹음은 싫다고 함", "녹화 불가"
    "녹(?:음|화)\\s?(?:은\\s?|을\\s?|는\\s?)?(?:원치\\s?않(?:음|습니다|아요|으심)?|원하지\\s?않(?:음|습니다|아요|으심)?|거부|거절|"
    "사절|불가|금지|싫(?:어함|다고\\s?함|다고\\s?하심)?|안\\s?됨)": "does not want to be recorded",
    # signed up and never ordered: "가입 후 주문 없음", "주문 이력 없음"
    "가입\\s?후\\s?(?:주문|구매|이용)\\s?(?:이력\\s?)?(?:없음|0건)|(?:주문|구매)\\s?이력\\s?없음": "never ordered",
    # when: "지난달", "저번 주", "작년" (an earlier interview's)
    "(?:지난|저번)\\s?달": "last month", "(?:지난|저번)\\s?주": "last week", "작년": "last year",
    # research done: "2026-10-20 인터뷰 완료", "인터뷰 참여 완료"
    "(?:인터뷰|사용자\\s?인터뷰|리서치)\\s?(?:참여\\s?|진행\\s?|참석\\s?)?(?:완료|했음|함|하심)": "interviewed",
    # "11월 3일 인터뷰 참여" (took part), the word last: not "인터뷰 참여 의향" or "참여 가능" (willing, able)
    "(?:인터뷰|사용자\\s?인터뷰|리서치)\\s?(?:참여|참석)(?=\\s*(?:$|[(\\[/,·.;]))": "interviewed",
    "인터뷰": "interview", "리서치": "research",
    # use: last login, counts
    "(?:최근|최종|마지막)\\s?(?:접속|로그인|방문|이용|활동)\\s?(?:일시|일자|일|날짜)": "last login date",
    "(?:최근|최종|마지막)\\s?(?:접속|로그인|방문|이용|활동)": "last login",
    "(?:월(?:간|별|평균)?|한\\s?달|최근\\s?30\\s?일)\\s?(?:평균\\s?)?(?:접속|로그인|방문)\\s?(?:횟수|수|건수)": "monthly logins count",
    # an order's: "최근주문일", "최종 구매일", "월 주문수", "월평균 구매 횟수"
    # a survey's NPS question: "추천의향 점수(0~10)", "지인 추천 가능성", "추천 지수"
    "(?:지인\\s?|친구\\s?)?추천\\s?(?:의향|가능성|할\\s?가능성|지수)": "likelihood to recommend", "점수": "score",
    "(?:최근|최종|마지막)\\s?(?:주문|구매|결제)\\s?(?:일시|일자|일|날짜)": "last order date",
    # (not a question's verb: "최근 구매를 하지 않으신 이유" asks why they have not bought lately)
    "(?:최근|최종|마지막)\\s?(?:주문|구매|결제)(?!\\s?(?:를|을|하|한|했|이|가|에|는|은))": "last order",
    "(?:월(?:간|별|평균)?|한\\s?달|최근\\s?30\\s?일)\\s?(?:평균\\s?)?(?:주문|구매|결제)\\s?(?:횟수|수|건수)": "monthly orders count",
    "(?:주(?:간|별)?)\\s?(?:평균\\s?)?(?:접속|로그인|방문)\\s?(?:횟수|수|건수)": "weekly logins count",
    "(?:접속|로그인)\\s?(?:횟수|수|건수)": "logins count", "방문\\s?(?:횟수|수)": "visits count",
    "(?:구매|주문|결제)\\s?(?:횟수|건수|수)": "orders count", "이용\\s?(?:횟수|건수)": "sessions count",
    "가입\\s?(?:일시|일자|일|날짜)": "signup date", "탈퇴\\s?(?:일시|일자|일)": "deleted on",
    # who they are
    "회원\\s?번호|회원\\s?id|고객\\s?번호|사용자\\s?id|유저\\s?id": "member id",
    "연령\\s?대|나이\\s?대|연령\\s?구간": "age group", "생년\\s?월일": "date of birth", "(?:나이|연령)(?!" + _HANGUL + ")": "age",
    "회원\\s?(?:상태|등급)|계정\\s?상태": "account status",
    # notes
    "비고|특이\\s?사항|참고\\s?사항": "notes", "메모": "memo", "코멘트": "comments",
}
# a yes or a no as a whole Korean cell ("동의" in a consent column, "미동의", "동의 안 함")
_KOREAN_ANSWERS = {"동의": "yes", "동의함": "yes", "예": "yes", "네": "yes", "허용": "yes", "수신": "yes",
                   "미동의": "no", "비동의": "no", "동의 안 함": "no", "동의안함": "no", "동의하지 않음": "no",
                   "거부": "no", "아니오": "no", "아니요": "no", "수신 거부": "no", "수신거부": "no", "비허용": "no"}

# Chinese, as a Taiwanese or Hong Kong CRM, member list or team's notes write it (Traditional) and as a
# mainland one does (Simplified), both scripts in one key ("[員员]工"): each key a regular expression over
# the text as written, tried longest first, and only in text with no kana (Japanese shares the
# characters; its words are ``_JAPANESE``'s, read after these). A word that says who the row is (staff,
# a minor, deceased, a duplicate) is read only where it opens a clause ("員工", "客服部同仁（測試）"), never
# inside a sentence about someone else ("他女兒是員工": his daughter is staff).
_HAN = "[\u3400-\u9fff]"
_ZH_OPENS = f"(?<!{_HAN})"
_ZH_CLOSES = f"(?!{_HAN})"
# (a request opens its clause, or follows who asked: "本人要求請勿聯絡"; not "晚上請勿來電", a time)
_ZH_ASKED = f"(?:{_ZH_OPENS}|(?<=要求)|(?<=表示)|(?<=希望)|(?<=本人)|(?<=客[戶户])|(?<=[會会][員员]))"
_ZH_CONTACT = "(?:[聯联連连][絡络繫系])"
_ZH_RECORD = "(?:[錄录][音影像])"
_ZH_ACCOUNT = "(?:[帳账帐][號号户戶])"
_ZH_NO = "(?:請|请)?(?:勿|不要|[別别]|禁止|拒[絕绝]|不[願愿]意?|不想|不希望)(?:再)?(?:被)?"
_CHINESE: dict[str, str] = {
    # consent: "是否同意參與研究", "同意參加訪談", "研究同意書", "是否同意錄音"
    "(?:是否)?(?:同意|[願愿]意|接受)(?:[參参][與与加]|接受)?(?:本次|本)?(?:使用者|用[戶户])?(?:研究|[訪访][談谈]|"
    "[調调][查研]|[問问]卷)(?:[訪访][談谈]|[邀][請请])?": "research consent",
    "(?:研究|[訪访][談谈]|[調调][查研])(?:[參参][與与加])?同意(?:[書书])?": "research consent",
    f"(?:是否)?(?:同意|[願愿]意|接受)(?:被)?{_ZH_RECORD}+|{_ZH_RECORD}+同意": "recording consent",
    "是否同意": "consent",
    # refused: "本人表示不想被錄音", "拒絕錄影", "請勿聯絡", "勿擾", "拒絕訪談"
    f"(?:不想|不[願愿]意?|不要|拒[絕绝]|不接受|不同意|不希望|婉拒)(?:被)?{_ZH_RECORD}+": "don't want to be recorded",
    f"{_ZH_ASKED}{_ZH_NO}{_ZH_CONTACT}": "do not contact",
    f"{_ZH_ASKED}{_ZH_NO}(?:[來来致][電电]|打[電电][話话]|[電电][話话]{_ZH_CONTACT}?)": "do not call",
    f"{_ZH_ASKED}勿[擾扰](?![時时])": "do not contact",
    f"{_ZH_ASKED}(?:不想|不[願愿]意?|拒[絕绝]|婉拒|不接受|不[參参][與与加])(?:再)?(?:[參参][與与加]|接受)?(?:任何)?"
    "(?:[訪访][談谈]|受[訪访]|研究|[調调][查研]|[問问]卷)": "not interested in interviews",
    # who the row is: one of us, a test, a duplicate, a member who left (their account closed), deceased,
    # under 18 ("未成年（17歲）"), each opening its clause
    f"{_ZH_OPENS}(?:本公司|公司|我[們们]|我司|[內内]部|自家)?(?:的)?(?:{_HAN}{{1,4}}(?:部|[組组]|[課课]|中心|[團团][隊队]))?"
    f"(?:的)?(?:[員员]工|同仁|同事|[職职][員员]){_ZH_ACCOUNT}?{_ZH_CLOSES}": "staff",
    "[員员]工(?:[價价]|折扣|[優优]惠)": "staff discount",
    f"(?:qa\\s*)?(?:[內内]部)?(?:[測测][試试])(?:[專专]用|用)?(?:{_ZH_ACCOUNT}|[會会][員员]|[資资]料)|"
    "(?:qa\\s*)?(?:[測测][試试])(?:[專专]用|用)": "test account",
    f"{_ZH_OPENS}重[複复](?:的)?(?:{_ZH_ACCOUNT}|[會会][員员]|[資资]料|名[單单]|建[檔档])?{_ZH_CLOSES}": "duplicate",
    f"(?:已)?(?:退[會会]|[註注][銷销](?:{_ZH_ACCOUNT}|[會会][員员])?)|(?:{_ZH_ACCOUNT}|[會会][員员])(?:已)?(?:[刪删]除|[註注][銷销])":
    "account deleted, do not contact",
    f"{_ZH_OPENS}(?:本人|客[戶户]|[會会][員员]|用[戶户]|使用者)?(?:已(?:[經经])?)?(?:[過过]世|去世|往生|身故|逝世)": "deceased",
    f"{_ZH_OPENS}(?:本人)?(?:未成年|未[滿满]\\s*(?:18|十八)\\s*[歲岁])": "under 18",
    # someone else to go through: "聯絡請找女兒", "由兒子代為處理", "家人代為下單"
    f"{_ZH_CONTACT}(?:[時时])?(?:請|请)?(?:找|透[過过]|通[過过]|[經经]由|{_ZH_CONTACT})(?:其|他的|她的|他|她)?"
    "(?:女[兒儿]|[兒儿]子|子女|先生|太太|配偶|家人|家[屬属])|(?:由)?(?:女[兒儿]|[兒儿]子|子女|家人|家[屬属]|長輩|长辈)"
    "代[為为](?:[聯联][絡络繫系]|[處处]理|管理|下[單单]|[訂订][購购])": "relative manages the account",
    # research done: "上月已訪談", "已於10/15訪談過", "2026/10/15 已受訪"; a column's "最後訪談日期"
    "(?:最[後后近]|上次)(?:一次)?(?:[訪访][談谈]|受[訪访])": "last interviewed",
    "(?:已[經经]?)?(?:接受|[參参][與与加]|做[過过])?(?:[訪访][談谈]|受[訪访])(?:[過过]|完成|完[畢毕])|"
    "已[經经]?(?:接受|[參参][與与加]|做[過过])?(?:[訪访][談谈]|受[訪访])": "interviewed",
    "已(?:於|于)": "on", "上(?:[個个])?月": "last month", "上(?:[週周]|星期|[禮礼]拜)": "last week",
    "本月|[這这][個个]月": "this month",
    # columns: a member list's number, mobile, email, notes, sign-up, last order or login, counts
    "(?:[會会][員员]|客[戶户]|[顧顾]客|用[戶户]|使用者)(?:[編编][號号]|代[號号]|id|[號号]碼|[號号]码)": "member id",
    "(?:手[機机]|行[動动][電电][話话])(?:[號号]碼|[號号]码)?": "mobile",
    f"{_ZH_CONTACT}?[電电][話话](?:[號号]碼|[號号]码)?(?!不可|禁止|お断り|ng)": "phone",
    "[電电]子(?:[郵邮]件|信箱|[郵邮]箱)(?:地址)?|[電电][郵邮]|[郵邮]箱": "email",
    "[備备][註注]|附[註注]|[註注]記|[註注]记|[說说]明": "notes",
    "(?:[註注]冊|注册|加入|入[會会]|[開开]卡)(?:日期|[時时][間间]|日)": "signup date",
    "(?:最[後后近]|上次)(?:一次)?(?:下[單单]|[訂订][購购]|[購购][買买]|消[費费])": "last order",
    "(?:最[後后近]|上次)(?:一次)?(?:登入|登[錄录]|上[線线]|使用|活[動动]|造[訪访]|[訪访][問问])": "last login",
    "(?:登入|登[錄录])次[數数]": "logins count",
    "(?:[訂订][單单]|下[單单]|[購购][買买])(?:次[數数]|[數数]|[筆笔][數数]|量)": "orders count",
    "(?:累[計计]|[總总]|[歷历]史)(?:[訂订][單单]|下[單单]|[購购][買买])(?:次[數数]|[數数]|[筆笔][數数]|量)?": "total orders",
    "(?:[會会][員员]|" + _ZH_ACCOUNT + ")[狀状][態态]": "account status", "[訂订][閱阅][狀状][態态]": "subscription status",
    "[狀状][態态]": "status", "日期": "date", "年[齡龄]": "age", "出生日期|生日": "date of birth",
}
# a yes or a no as a whole Chinese cell, or opening one ("否（出差中）")
_CHINESE_ANSWERS = {"是": "yes", "否": "no", "同意": "yes", "不同意": "no", "[願愿]意": "yes", "不[願愿]意": "no",
                    "可以": "yes", "不可以": "no", "有": "yes", "沒有|没有|無|无": "no"}

_SEP = r"[\s_\-.]+"

# Hinglish requests, each put in English whole: who (mujhe: me), again (dobara), what (contact, call,
# interview…), a "mat"/"na"/"nahi" and a verb (karo: do, bhejo: send, poocho: ask)
_HI_WHOM = {"mujhe": "me", "mujhko": "me", "mereko": "me", "mujhse": "me", "humein": "us", "hamein": "us",
            "hume": "us", "hamen": "us", "humko": "us", "hamko": "us", "humse": "us", "hamse": "us",
            "unhe": "them", "unhein": "them", "unko": "them", "unse": "them", "inhe": "them", "inhein": "them",
            "inko": "them", "inse": "them", "isko": "them", "usko": "them", "usse": "them", "isse": "them"}
_HI_AGAIN = r"(?:dobara|dubara|dobaara|phir\s?se|fir\s?se|kabhi\s?bhi|kabhi|aage\s?se|ab\s?se)"
_HI_TOPIC = {"contact": "contact", "call": "call", "calls": "call", "phone": "call", "phone call": "call",
             "phone calls": "call", "message": "message", "messages": "message", "msg": "message", "sms": "text",
             "email": "email", "e mail": "email", "emails": "email", "mail": "email", "mails": "email",
             "whatsapp": "whatsapp", "disturb": "disturb", "pareshan": "disturb", "record": "record",
             "recording": "record", "interview": "interviews", "interviews": "interviews", "survey": "surveys",
             "research": "research", "feedback": "feedback"}
_HI_ABOUT = ("interviews", "surveys", "research", "feedback")  # asked for, not done to them
_HI_CHANNEL = {"email": "email", "e mail": "email", "mail": "email", "whatsapp": "whatsapp", "sms": "sms",
               "message": "messages", "messages": "messages", "msg": "messages", "text": "text", "chat": "chat"}
_HI_NOT = r"(?:mat|na|nahi|nahin|nhi)"
# (not "kare", "bheje": "jab tak call na kare", until they call; "email nahi bheje", none were sent)
_HI_VERB = (r"(?:(?P<do>kar(?:o|na|ni|ein|en|iye|ie)|kijiye|kijie|kijiyega)|(?P<send>bhej(?:o|na|ein|en|iye|ie))|"
            r"(?P<ask>(?:pooch|puch)h?(?:o|na|ein|en|iye|ie)))(?:\s(?:hai|hain|please|plz|pls))?")


def _words_of(table: dict[str, str]) -> str:
    return "(?:" + "|".join(r"\s".join(k.split()) for k in sorted(table, key=len, reverse=True)) + ")"


_HI_REQUEST = re.compile(
    rf"\b(?P<pre>(?:(?:{_words_of(_HI_WHOM)}|{_HI_AGAIN})\s){{0,2}})"
    rf"(?:(?P<on>{_words_of(_HI_CHANNEL)})\s(?:pe|par|per|se)\s)?(?P<topic>{_words_of(_HI_TOPIC)})"
    rf"(?:\s(?:ke\sliye|ke\sbaare\smein|ke\sbare\sme(?:in)?|ko))?(?:\s(?P<again>{_HI_AGAIN}))?"
    rf"\s{_HI_NOT}\s{_HI_VERB}\b")
# not wanted ("recording nahi chahiye", "interview nahi karwana"), or refused ("interview ke liye mana kar diya")
_HI_UNWANTED = re.compile(
    rf"\b(?P<topic>{_words_of(_HI_TOPIC)})\s(?:(?:{_HI_NOT})\s(?:chahiye|chahie|chaahiye|chahte|chahti|chahta|"
    r"chaahte|chahenge|karwana|karvana|karwani|karvani)|"
    # (taking part refused, as Roman Urdu writes it: "research mein hissa nahi lena chahte", "interview nahi dena chahti")
    rf"(?:(?:mein|me|main|men)\s(?:hissa|hisa|shirkat|part)\s)?(?:{_HI_NOT})\s(?:lena|leni|lene|dena|deni|dene|karna|"
    r"karni|karne)\s(?:chahte|chahtay|chahti|chahta|chahtin|chahtein)|(?:ke\sliye|se|ko|ka|ki)\s(?:mana|manaa|inkaar|inkar)"
    r"\s(?:kar\s)?(?:diya|kiya|kardiya))\b")
_HI_UNWANTED_EN = {"record": "no recording", "call": "no calls", "contact": "no more contact",
                   "interviews": "not interested in interviews", "research": "not interested in research"}
# only by one way: "sirf WhatsApp", "keval email", "email pe hi"
_HI_ONLY = re.compile(rf"\b(?:(?:sirf|keval|kewal|bas)\s(?P<a>{_words_of(_HI_CHANNEL)})(?:\s(?:pe|par|per|se)(?:\shi)?)?"
                      rf"|(?P<b>{_words_of(_HI_CHANNEL)})\s(?:pe|par|per|se)\shi)\b")
# a death: "ka dehant ho gaya", "swargwas", "Sharma ji nahi rahe", "wo guzar gaye" (not time that
# passed: "do saal guzar gaye")
_HI_DIED = re.compile(r"\b(?:dehant|dehaant|nidhan|swargwas|swargvas|swargwaas|swargvaas|dehavsan|mrityu)\b"
                      r"(?:\s(?:ho\s(?:gaya|gayi|gya|gyi|chuka|chuki|chuke)|hua|hui|hogaya|hogayi))?|"
                      r"(?<=\b(?:ji|wo|vo)\s)(?:ab\s)?(?:nahi|nahin)\srahe\b|(?<=\b(?:woh|voh)\s)(?:ab\s)?(?:nahi|nahin)"
                      r"\srahe\b|(?<=\b(?:ji|wo|vo)\s)(?:guzar|gujar)\s(?:gaye|gayi|gye|gyi)\b|"
                      r"(?<=\b(?:woh|voh)\s)(?:guzar|gujar)\s(?:gaye|gayi|gye|gyi)\b|"
                      r"\bdeath\s(?:ho\s(?:gaya|gayi|gaye|gya|gyi|gye)|hogaya|hogayi)\b")  # not "expire ho gaya": a plan
# a Hinglish "my own", "our own" ("mera apna demo account")
_HI_OWN = re.compile(r"\b(?:(?P<my>mera|meri|mere)|(?P<our>hamara|humara|hamari|humari|hamare|humare))\s(?:apna|apni|apne)\b")
# what a field officer's Hinglish note says of the person, put in English (words spelt the common ways:
# "nahi"/"nahin"/"nhi"): a loan in recovery ("loan recovery case chal raha hai", "recovery wale ghar gaye
# the"), in hospital ("abhi hospital mein hai"), their phone answered by a relative ("beta phone uthata
# hai") or a relative's ("pati ka phone hai"), an earlier interview ("interview ho gaya tha (21-11-2026)"),
# unable to read ("padhna likhna nahi aata", "anpadh", "angutha lagate hain")
_HI_KIN = {"beta": "son", "bete": "son", "beti": "daughter", "pati": "husband", "patni": "wife", "biwi": "wife",
           "bhai": "brother", "behen": "sister", "bahan": "sister", "maa": "mother", "papa": "father",
           "pitaji": "father", "dada": "grandfather", "dadi": "grandmother", "bahu": "relative", "damad": "relative",
           "pota": "relative", "poti": "relative", "bhatija": "relative", "beta ji": "son"}
_HI_NOTES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    (r"\bloan\srecovery\b(?:\scase)?|\brecovery\s(?:case|wale|waale|vale|agent|agents|team|notice|ka\scase)\b",
     "debt collection"),
    (r"\b(?:abhi\s)?(?:hospital|hospitel|aspatal|haspatal)\s(?:me|mein|mai|men|main)\b(?:\s(?:bharti|admit))?"
     r"(?:\s(?:hai|hain|he|h)\b)?", "in hospital"),
    (rf"\b(?P<kin>{'|'.join(sorted(_HI_KIN, key=len, reverse=True))})\s(?:hi\s)?(?:phone|call|calls|fone)\s"
     r"(?:uthata|uthati|uthate|uthaata|uthaati|receive\s(?:karta|karti|karte))\b(?:\s(?:hai|hain|he|h)\b)?",
     "their {kin} answers the phone"),
    (rf"\b(?P<kin>{'|'.join(sorted(_HI_KIN, key=len, reverse=True))})\s(?:ka|ki|ke)\s(?:phone|number|mobile|fone)"
     r"(?:\s(?:number))?\s(?:hai|hain|he|h)\b", "phone is their {kin}'s"),
    (r"\binterview\s(?:ho\s(?:gaya|gya|gayi|gyi|chuka|chuki)|hogaya|hua|kiya|liya|le\sliya|kar\sliya)\b"
     r"(?!\s(?:hi\s)?(?:nahi|nahin|nhi|na)\b)(?:\s(?:tha|thi|hai|h)\b)?", "interviewed"),
    (r"\b(?:padhna[\s-]likhna|likhna[\s-]padhna|padhna|padhai[\s-]likhai)\s(?:nahi|nahin|nhi)\s"
     r"(?:aata|ata|aati|ati|aate|ate)\b|\b(?:anpadh|anpad)\b|\b(?:angutha|angootha|anguta)\s(?:lagate|lagati|lagata)\b",
     "cannot read"),
))


def _hinglish_notes(text: str) -> str:
    """What a Hinglish note says of the person (``_HI_NOTES``) put in English."""
    for pattern, en in _HI_NOTES:
        text = pattern.sub(lambda m: en.format(kin=_HI_KIN[" ".join(m.group("kin").split())])
                           if "kin" in pattern.groupindex else en, text)
    return text


# Roman Urdu, as a Pakistani support team writes notes, beside the Hinglish it shares its requests with:
# one of ours ("hamara employee hai"; not "hamare employee ka beta", a staff member's son), a death
# ("inteqal ho gaya", "wafat ho gaye"; a relative's named before it, "walid ka inteqal ho gaya", is their
# relative's: "died"), a child ("bachcha hai", "bachi hai" opening a clause; "nabaligh") and an age
# ("umar 16 saal", "16 saal ki hai"; not a relative's, "beti 15 saal ki hai"), a parent's account ("walid ka
# account": "father's account")
_UR_KIN = {"walid": "father", "walida": "mother", "abbu": "father", "abba": "father", "ammi": "mother",
           "amma": "mother", "baap": "father", "shohar": "husband", "shauhar": "husband", "khawind": "husband",
           "biwi": "wife", "begum": "wife", "beta": "son", "beti": "daughter", "bhai": "brother", "behen": "sister",
           "bahen": "sister", "dada": "grandfather", "dadi": "grandmother", "nana": "grandfather", "nani": "grandmother",
           "chacha": "uncle", "mamu": "uncle", "khala": "aunt", "phuppo": "aunt", "father": "father",
           "mother": "mother", "husband": "husband", "wife": "wife", "son": "son", "daughter": "daughter",
           "brother": "brother", "sister": "sister", "papa": "father", "maa": "mother"}
_UR_KIN_WORDS = "(?:" + "|".join(sorted(_UR_KIN, key=len, reverse=True)) + ")"
_UR_KIN_BEFORE = re.compile(r"\b" + _UR_KIN_WORDS + r"\b[^,;:.!?()\-]*$")
_UR_STAFF = re.compile(r"\b(?:hamara|humara|hamari|humari|hamare|humare)\s(?:apna\s|apni\s|apne\s)?"
                       r"(?:employee|staff|mulazim|mulazam|mulazima|mulazma|karmachari)\b(?!\s(?:ka|ki|ke)\b)")
_UR_DIED = re.compile(r"\b(?:inteqal|intiqal|inteqaal|intiqaal|intekal|intqal|wafat|wafaat|faut|fout)\s"
                      r"(?:ho\s(?:gaya|gayi|gaye|gya|gyi|gye|chuka|chuki|chuke)|hogaya|hogayi|hogaye|kar\s(?:gaya|gayi|gaye)|"
                      r"farma\s(?:gaya|gayi|gaye))\b")
_UR_CHILD = re.compile(r"(?:^|(?<=[,;:.(])\s?)(?:(?:ye|yeh|woh|wo)\s)?(?:bachcha|bacha|bachchi|bachi|bachche|bache)\s"
                       r"(?:hai|he|h|hain)\b|\b(?:nabaligh|na\sbaligh|nabalig)\b")
_UR_AGE = re.compile(r"\b(?:umar|umr|umer)\s:?\s?(\d{1,2})(?:\s(?:saal|sal))?\b|\b(\d{1,2})\s(?:saal|sal)\s(?:ka|ki|ke)\s"
                     r"(?:hai|he|h|hain)\b")
# (a thing's age: "account 3 saal ka hai", the account is three years old)
_UR_THING_BEFORE = re.compile(r"\b(?:account|acount|app|id|number|contract|plan|subscription|card|gaari|gari|car|bike|"
                              r"phone|mobile|ghar|dukaan|dukan|business|company|membership)\b[^,;:.!?()\-]*$")
_UR_ACCOUNT = re.compile(r"\b(?P<kin>" + _UR_KIN_WORDS + r")\s(?:ka|ki|ke)\s(?:account|acount|id|number)\b")


def _roman_urdu(text: str) -> str:
    """Roman Urdu's staff, a death, a child, an age and a parent's account put in English (see above)."""
    if not re.search(r"\b(?:hamara|humara|hamari|humari|hamare|humare|inteqal|intiqal|inteqaal|intiqaal|intekal|intqal|"
                     r"wafat|wafaat|faut|fout|bachcha|bacha|bachchi|bachi|bachche|bache|nabaligh|nabalig|baligh|umar|umr|"
                     r"umer|saal|sal|ka|ki|ke)\b", text):
        return text
    text = _UR_STAFF.sub("our employee", text)
    text = _UR_DIED.sub(lambda m: "died" if _UR_KIN_BEFORE.search(m.string[:m.start()]) else "deceased", text)
    text = _UR_CHILD.sub(lambda m: m.group(0) if _UR_KIN_BEFORE.search(m.string[:m.start()]) else "under 18", text)
    text = _UR_AGE.sub(lambda m: m.group(0) if _UR_KIN_BEFORE.search(m.string[:m.start()])
                       or m.group(2) and _UR_THING_BEFORE.search(m.string[:m.start()])
                       else f"aged {m.group(1) or m.group(2)}", text)
    return _UR_ACCOUNT.sub(lambda m: f"{_UR_KIN[m.group('kin')]}'s account", text)


def _hinglish(text: str) -> str:
    """Hinglish requests, refusals, a death and "only by" put in English."""
    def request(m: re.Match[str]) -> str:
        pre = m.group("pre").split()
        whom = next((_HI_WHOM[w] for w in pre if w in _HI_WHOM), "")
        again = " again" if m.group("again") or any(w not in _HI_WHOM for w in pre) else ""
        topic = _HI_TOPIC[" ".join(m.group("topic").split())]
        on = f" on {_HI_CHANNEL[' '.join(m.group('on').split())]}" if m.group("on") else ""
        if m.group("ask") or topic in _HI_ABOUT:
            return f"don't ask {whom + ' ' if whom else ''}for {topic}{again}"
        return f"don't {topic}{' ' + whom if whom else ''}{on}{again}"

    text = _roman_urdu(_hinglish_notes(text))
    if not re.search(r"\b(?:mat|na|nahi|nahin|nhi|sirf|keval|kewal|bas|hi|mana|manaa|inkaar|inkar|dehant|dehaant|nidhan|"
                     r"swarg\w*|dehavsan|mrityu|rahe|guzar|gujar|ho|hogaya|hogayi|apna|apni|apne)\b", text):
        return text
    text = _HI_REQUEST.sub(request, text)
    text = _HI_UNWANTED.sub(lambda m: _HI_UNWANTED_EN.get(_HI_TOPIC[" ".join(m.group("topic").split())],
                                                           m.group(0)), text)
    text = _HI_ONLY.sub(lambda m: f"{_HI_CHANNEL[' '.join((m.group('a') or m.group('b')).split())]} only", text)
    text = _HI_DIED.sub("deceased", text)
    return _HI_OWN.sub(lambda m: "my own" if m.group("my") else "our own", text)


# Swahili (and Sheng), as Kenyan, Tanzanian and Ugandan field agents write notes: a Swahili verb
# carries its subject ("alifariki": he or she died) and its object ("usimpigie": don't call him or
# her), so each is put in English whole. Who died or works here is the note's person unless a noun
# stands before the verb ("mume wake alifariki": her husband died, and she is asked as before)
_SW_KIN = {"mume": "husband", "mke": "wife", "mama": "mother", "baba": "father", "bibi": "grandmother",
           "babu": "grandfather", "mtoto": "child", "mwana": "child", "kaka": "brother", "dada": "sister",
           "mjomba": "uncle", "shangazi": "aunt", "binti": "daughter", "mjukuu": "grandchild", "jirani": "neighbour",
           "rafiki": "friend", "ndugu": "relative", "mzazi": "parent", "wazazi": "parents"}
_SW_KIN_WORDS = "(?:" + "|".join(sorted(_SW_KIN, key=len, reverse=True)) + ")"
_SW_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    # someone of theirs ("mume wake": her husband), someone's ("mjomba wa …": the uncle of …)
    (rf"\b(?P<kin>{_SW_KIN_WORDS})\s(?:wake|yake|wao|yao)\b", "their {kin}"),
    (rf"\b(?P<kin>{_SW_KIN_WORDS})\s(?:wa|ya)\s(?=[a-z])", "{kin} of "),
    (r"\bmarehemu\s(?=(?:their\s)?(?:" + "|".join(_SW_KIN.values()) + r")\b)", "late "),
    # do not call, contact or interview (hataki: does not want; usimpigie: don't call them)
    (r"\b(?:ha|hawa)taki\s(?:ku)?(?:pigiwa|pigwa)(?:\ssimu)?\b|\b(?:ha|hawa)taki\ssimu\b", "does not want to be called"),
    (r"\bsitaki\s(?:ku)?(?:pigiwa|pigwa)(?:\ssimu)?\b", "do not call me"),
    (r"\b(?:ha|hawa)taki\s(?:ku)?(?:wasiliana|wasilianwa|tafutwa|sumbuliwa|sumbuliwa\stena)\b",
     "does not want to be contacted"),
    (r"\b(?:ha|hawa)taki\s(?:interview|interviews|mahojiano|kuhojiwa|kuhojiwa\stena)\b",
     "does not want to be interviewed"),
    (r"\b(?:ha|hawa)taki\s(?:research|utafiti|survey|kushiriki)\b", "not interested in research"),
    (r"\b(?:usi|msi)(?:m|wa)?pigi(?:e|eni)(?:\ssimu)?\b|\basipigiwe(?:\ssimu)?\b", "do not call"),
    (r"\b(?:usi|msi)(?:m|wa)?(?:tafute|tafuteni|sumbue|sumbueni)\b", "do not contact"),
    (r"\b(?:ame|ali)kataa\s(?:kabisa\s)?(?:research|utafiti|survey|kushiriki)\b", "not interested in research"),
    (r"\b(?:ame|ali)kataa\s(?:kabisa\s)?(?:interview|mahojiano|kuhojiwa)\b", "refused interview"),
    (r"\b(?:ame|ali)kataa\s(?:kabisa\s)?(?:simu|kupigiwa(?:\ssimu)?)\b", "no calls"),
    (r"\btena\b(?=\s*(?:$|[-,.;:!]))", "again"),
    (r"\bkabla\sya\b", "before"), (r"\bbaada\sya\b", "after"),
    # an interview done: "tulimhoji 18/10/2026" (we interviewed them), "alihojiwa" (was interviewed)
    (r"\b(?:tuli|tume|nili|nime|tulisha|tumesha)m?hoji\b|\b(?:ali|ame|alisha|amesha)hojiwa\b", "interviewed"),
    # one of ours ("ni staff wetu", "field agent wetu", "mfanyakazi wetu"), staff of a branch
    (r"\b(?:staff|mfanyakazi|wafanyakazi|mwajiriwa|afisa|field\sagent|loan\sofficer)\s(?:wetu|yetu)\b",
     "our employee"),
    (r"^(?:ni\s)?staff\swa\s(?:[a-z]+\s)?(?:branch|tawi|ofisi|office|hq)\b", "our employee at the branch"),
    # the company's own ("mfanyakazi wa kampuni": the company's employee), or its agent, a sales agent
    # who sells its products ("ni wakala", "wakala wetu"); not someone else's ("wakala wa M-Pesa": a shop's
    # mobile-money agent, "mfanyakazi wa serikali": a civil servant), nor a relative's job ("mume wake ni wakala")
    (r"\b(?:mfanyakazi|wafanyakazi|mwajiriwa|wakala|mawakala)\swa\s(?:kampuni|company)(?:\syetu)?\b|"
     r"\b(?:wakala|mawakala)\s(?:wetu|yetu)\b|^(?:yeye\s)?(?:ni\s)?(?:mfanyakazi|wakala)\b(?!\s(?:wa|ya)\b)",
     "our employee"),
    # a test customer ("mteja wa test", "mteja wa majaribio"): a test account
    (r"\bmteja\swa\s(?:test|majaribio|kujaribu)\b", "test account"),
    # a debt the company is collecting ("deni kubwa - collections", "yuko collections"), and one not yet so
    # ("ana deni kubwa": has a big debt, named, not a reason)
    (r"\bdeni(?:\s(?:kubwa|sugu))?\s?[-,\u2013]?\s(?:collections?|debt\scollection)\b|"
     r"\b(?:yuko|iko|ako|ameenda|amepelekwa)\s(?:kwa\s|kwenye\s)?collections?\b", "in debt collection"),
    (r"\b(?:ana\s)?deni\s(?:kubwa|sugu)\b", "has a large debt"),
    # cannot read (or write): consent read aloud ("hajui kusoma", "hajui kusoma wala kuandika")
    (r"\b(?:ha|hawa)jui\s(?:kusoma\s(?:na|wala)\skuandika|kusoma)\b", "cannot read or write"),
    # an age ("umri miaka 17", "ana miaka 16": is 16 years old)
    (r"\bumri\s(?:wa\s|wake\s|yake\s)?(?:ni\s)?(?:miaka\s)?(?=\d{1,2}\b)", "aged "),
    (r"\b(?:ana|yuko\sna)\smiaka\s(?P<n>\d{1,2})\b", "{n} years old"),
    # moved, the only language they speak, a number that is someone else's, a preferred channel
    (r"\b(?:ame|ali|amesha|alisha)ham(?:a|ia)\b", "moved away"),
    (r"\b(?:ata|ana|hu|a)(?:ongea|zungumza|elewa)\s(?:tu\s)?(?:kwa\s)?(?P<lang>ki[a-z]+|dholuo|sheng)\stu\b|"
     r"\b(?:ata|ana|hu|a)(?:ongea|zungumza|elewa)\stu\s(?:kwa\s)?(?P<lang2>ki[a-z]+|dholuo|sheng)\b",
     "speaks only {lang}"),
    (r"\b(?:haongei|hazungumzi|haelewi|hajui)\s(?:ki)?ingereza\b", "no english"),
    (r"\b(?:namba|simu|nambari)\s(?:hii\s)?si\syake\b", "not their own number"),
    (r"\b(?:namba|simu|nambari)\s(?:ni\s)?ya\s(?P<kin>" + "|".join(_SW_KIN.values()) + r")\s(?:wake|yake)\b",
     "their {kin}'s phone"),
    (r"\bni\sya\s(?=their\s)", "it is "),
    (r"\b(?:ana|a)pendelea\b", "prefers"),
))
# a death: the person's own where no noun stands before the verb in its clause
_SW_DIED = re.compile(r"\b(?:ali|ame|amesha|alisha)(?:fariki(?:\sdunia)?|aga\sdunia|kufa)\b|\bmarehemu\b")


def _swahili(text: str) -> str:
    """Swahili requests, refusals, a death, an interview, staff, an age and what to arrange put in English."""
    if not re.search(r"\b(?:\w*(?:taki|pigi\w*|fariki|kataa|hoji\w*|hama|hamia|tafute\w*|sumbue\w*|kufa|ongea|"
                     r"zungumza|elewa|ongei|zungumzi|elewi|pendelea|ingereza)|marehemu|wetu|yetu|umri|miaka|wake|"
                     r"yake|dunia|namba|nambari|simu|kabla|baada|tena|staff|wakala|mawakala|mfanyakazi|deni|mteja|"
                     r"kusoma)\b", text):
        return text

    def english(en: str) -> object:
        return lambda m: en.format(**{k: _SW_KIN.get(v, v) for k, v in m.groupdict().items() if v},
                                   **({"lang": m.group("lang2")} if "lang2" in m.groupdict() and m.group("lang2") else {}))

    for pattern, en in _SW_REPLACE:
        text = pattern.sub(english(en), text)

    def died(m: re.Match[str]) -> str:
        before = m.string[:m.start()].rstrip()
        own = not before or before[-1] in ",.;:!?(-\u2013\u2014" or before.endswith(("alisema", "ilisema"))
        return "deceased" if own or m.group(0) == "marehemu" else "died"

    return _SW_DIED.sub(died, text)



# Nigerian Pidgin, as Nigerian field agents write a roster's remarks, with the few Hausa and Yoruba requests and
# deaths they write beside it, and Nigerian English's "is late" (has died): each put in the English the rules
# read. Pidgin's "be" is "is", "don" marks a thing done ("him don die": he has died), "am" is him or her, "make we
# no" is let us not. A death is the note's person's unless someone of theirs stands before it in its clause
# ("him mama don die", "Her husband is late": asked as before)
_NG_KIN = (r"(?:mama|mami|papa|dad|daddy|mummy|mum|mother|father|husband|wife|pikin|son|daughter|brother|sister|"
           r"uncle|aunty|auntie|aunt|grandma|grandpa|oga|madam|baby|child|children|friend|neighbour|neighbor|"
           r"boss|relative|in-law|mahaifi\w*|mahaifiya\w*|mijin\w*|matar\w*|baba|iya|oko|iyawo|omo)")
_NG_KIN_BEFORE = re.compile(r"\b" + _NG_KIN + r"\b[^,.;:!?]*$")
_NG_HIM = r"(?:am|her|him|dem|me|us|them)"
_NG_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    # do not call: "abeg no call am again", "make una no call am", "she say make we no call her", "no wan make we
    # call am"; not a time of day ("no call am before 10am")
    (r"\b(?:abeg\s)?(?:(?:make\s(?:una|we|you|nobody|anybody)\s)?no\s(?:dey\s|go\s)?|no\swan\s(?:make\s(?:una|we|you|"
     r"anybody)\s)?)(?:call|phone|disturb)\s" + _NG_HIM + r"\b", "do not call"),
    (r"\bkar\s(?:a|ku)\s(?:sake\s)?(?:kira|kiran)(?:\s(?:ta|shi|su|ni))?\b|"  # (Hausa: "kar a sake kiran ta")
     r"\bkada\s(?:a|ku)\s(?:sake\s)?(?:kira|kiran)(?:\s(?:ta|shi|su|ni))?\b|"
     r"\b(?:e\s)?ma\spe\s(?:e|mi|won|wa)(?:\smo)?\b", "do not call again"),  # (Yoruba: "e ma pe e mo")
    # no recording: "no wan make we record am", "make we no record am", "she no gree make we record"
    (r"\b(?:no\s(?:wan|gree|like|want)|no\sdey\sgree)\s(?:make\s(?:we|una|you|dem|anybody)\s)?record\b(?:\s" + _NG_HIM + r")?|"
     r"\bmake\s(?:we|una|you|dem|nobody)\sno\srecord\b(?:\s" + _NG_HIM + r")?", "no recording"),
    # an interview done: "interview don happen 20/11/2026", "we don interview am", "e don do interview"
    (r"\binterview\s(?:don\s(?:happen|hold|finish|do|done)|done\shappen|happen\salready)\b|"
     r"\b(?:we|i|dem|una|tola|team)\sdon\s(?:interview|do\sinterview\swith)\s" + _NG_HIM + r"\b|"
     r"\b(?:e|she|he|him)\sdon\s(?:do|finish)\s(?:the\s)?interview\b", "interviewed"),
    # staff: "na our staff", "she be our staff", "our staff"; "e dey work for us"; Hausa "ma'aikacinmu ne"
    # (our worker), Yoruba "osise wa" (our worker)
    # a relative of one of ours: "na our staff wife" (our staff member's wife), named, not staff
    (r"\b(?:na\s)?our\s(?:own\s)?staff\s(wife|husband|son|daughter|brother|sister|mother|father|cousin|uncle|"
     r"aunt|relative)\b", r"\1 of our employee"),
    (r"\b(?:na\s)?our\s(?:own\s)?staff\s(?:pikin|pickin|aunty|auntie|mama|papa|in-law)\b", "relative of our employee"),
    # (said so, "na our staff for Ikeja branch", or the clause's whole: not "Our staff helped her to open it")
    (r"(?:^|(?<=[,;(]\s)|(?<=\s[-\u2013\u2014]\s))(?:(?:she|he|him|e|customer)\s)?(?:na|be)\sour\s(?:own\s)?staff\b"
     r"(?!'s|\ss\b)|(?:^|(?<=[,;(]\s)|(?<=\s[-\u2013\u2014]\s))(?:(?:she|he|customer)\sis\s)?"
     r"our\s(?:own\s)?staff(?:\smember)?(?=\s*(?:$|[,.;)!]|\s[-\u2013\u2014]))|"
     r"\b(?:ma['\u2019]?aikaci(?:nmu|yarmu)|ma['\u2019]?aikatanmu)\b|\bosise\swa\b", "our employee"),
    (r"^(?:(?:she|he|him|e)\s)?dey\swork\s(?:for|with)\sus\b", "works for us"),
    # a test account: "na dummy account for training", "dummy wallet"
    (r"\bdummy\s(?:account|acct|wallet|profile|user|customer)\b", "test account"),
    # under 18: "she be minor", "she be 16 years"
    (r"^(?:(?:she|he|him|e|customer|the\scustomer)\s)?(?:be|is)\s(?:a\s)?minor\b", "under 18"),
    (r"^(?:(?:she|he|him|e|customer|the\scustomer)\s)?(?:be|is)\s(\d{1,2})\s?(?:years?|yrs?)(?:\sold)?\b",
     r"\1 years old"),
    # away: "customer don travel", "dey Dubai now, no dey Naija", "don japa", "don relocate"
    (r"^(?:(?:the\s)?customer\s|she\s|he\s|him\s|e\s)?(?:don\s(?:travel|relocate|japa|commot)|(?:don\s)?relocate(?:d)?\s"
     r"(?:abroad|outside)|no\sdey\s(?:for\s)?(?:naija|nigeria)\b)", "moved away"),
    (r"\b(?:customer\s|she\s|he\s|him\s)?dey\s(?:for\s|in\s)?(?:abroad|obodo\soyibo|dubai|london|uk|usa|america|"
     r"canada|ghana|abroad)(?:\snow)?\b", "moved abroad"),
))
# a death: "him don die", "customer don die since August", "Customer is late", Hausa "ya rasu", "ta mutu",
# Yoruba "o ti ku"
_NG_DIED = re.compile(r"\b(?:don|done)\s(?:die|pass\saway|kpai|quench)\b|"
                      r"(?:^|(?<=[,.;]\s))(?:the\s)?(?:customer|client|user|account\sholder|owner|he|she)\sis\s"
                      r"late(?=\s*(?:$|[.;!]))|\b(?:ya|ta|sun)\s(?:rasu|mutu)\b|\b(?:o\s)?ti\s(?:ku|d[ie]\soloogbe)\b")


def _nigerian(text: str) -> str:
    """Nigerian Pidgin (and Hausa's and Yoruba's few) requests, a death, an interview, staff, an age and a move
    away put in English."""
    if not re.search(r"\b(?:am|be|don|dey|wan|make|kar|kada|pe|record|interview|staff|work|dummy|travel|japa|"
                     r"relocate\w*|naija|nigeria|lagos|now|ma['\u2019]?aika\w*|osise|die|late|rasu|mutu|ku|kpai)\b", text):
        return text
    for pattern, en in _NG_REPLACE:
        text = pattern.sub(en, text)

    def died(m: re.Match[str]) -> str:
        before = m.string[:m.start()]
        return "died" if _NG_KIN_BEFORE.search(before) else "deceased"

    return _NG_DIED.sub(died, text)

# Indonesian (and Malay), as an Indonesian admin panel's or a seller team's notes write it: requests
# ("jangan dihubungi": do not contact, "tidak mau direkam": does not want to be recorded), an erasure
# asked for ("minta data dihapus"), an interview done ("sudah diwawancara 12/10/2026"), a test account
# ("akun tes"), staff ("karyawan internal", "staf CS" opening a clause; not "anak karyawan kami": a
# staff member's child), a death (the person's own where no one else is named before it: "pemilik
# meninggal dunia", not "ayahnya meninggal", their father died), an age ("17 tahun" as a clause of its
# own, "umur 16"; not "jualan 3 tahun", three years of selling) and school ("masih SMP": still at
# junior high, under 18), each put in English whole. A lone "tes" or "ya" is left as it is: English has them too.
_ID_KIN = (r"(?:anak|istri|isteri|suami|ayah|bapak|ibu|mama|papa|adik|kakak|abang|saudara|keluarga|nenek|kakek|"
           r"paman|bibi|tante|om|mertua|cucu|teman|tetangga)(?:nya)?")
_ID_OWN_BEFORE = re.compile(r"(?:^|[,.;:!?(\-\u2013\u2014]|\b(?:pemilik|pemiliknya|penjual|beliau|ybs|"
                            r"yang\sbersangkutan|owner|dia|ia))\s*(?:(?:sudah|telah|sdh|baru\s?saja|baru)\s)?$")
_ID_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    (r"\b(\d+)\s?hari\b", r"\1 days"), (r"\b(\d+)\s?bulan\b", r"\1 months"),
    (r"\b(?:tolong\s|mohon\s)?jangan\s(?:di)?(?:hubungi|kontak|ganggu)(?:\slagi)?\b", "do not contact"),
    (r"\b(?:tolong\s|mohon\s)?jangan\s(?:di)?(?:telepon|telpon|telfon|call)(?:\slagi)?\b", "do not call"),
    (r"\b(?:tidak|tak|nggak|ngga|gak|enggan)\s(?:mau|ingin|bersedia|suka|boleh)\s(?:lagi\s)?(?:di)?(?:hubungi|kontak)\b",
     "does not want to be contacted"),
    (r"\b(?:tidak|tak|nggak|ngga|gak|enggan)\s(?:mau|ingin|bersedia|suka|boleh)\s(?:di)?rekam\b|"
     r"\bmenolak\s(?:untuk\s)?(?:di)?rekam\b", "don't want to be recorded"),
    (r"\b(?:tidak|tak|nggak|ngga|gak|enggan)\s(?:mau|ingin|bersedia)\s(?:ikut\s)?(?:di)?(?:wawancara(?:i)?|interview|riset)\b|"
     r"\bmenolak\s(?:ikut\s)?(?:di)?(?:wawancara(?:i)?|interview|riset)\b", "not interested in interviews"),
    (r"\b(?:minta|meminta|mengajukan)\s(?:agar\s|supaya\s)?(?:semua\s)?data(?:nya)?\s(?:pribadi(?:nya)?\s)?(?:di)?hapus\b|"
     r"\b(?:minta|meminta|permintaan|permohonan)\s(?:pen)?hapus(?:an)?\s(?:semua\s)?data(?:nya)?\b", "deletion requested"),
    (r"\buu\spdp\b", "uu pdp"),
    (r"\b(?:sudah|pernah|telah|sdh)\s(?:di)?(?:wawancara(?:i)?|interview)\b", "interviewed"),
    (r"\bakun\s(?:tes|test|testing|uji(?:\scoba)?|percobaan|dummy|qa)\b", "test account"),
    (r"\b(?:akun\s)?diblokir\s?(?::|karena|krn|akibat|atas)\s?(?:kasus\s)?(?:penipuan|fraud)\b", "banned for fraud"),
    # staff opening a clause ("karyawan internal (tim Ops)", "staf CS, jualan sampingan"), or "our"
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:dia\s|ini\s)?(?:adalah\s)?(?:karyawan|pegawai|staf|staff)"
     r"(?:\s(?:internal|kami|sendiri|cs|ops|it|gudang|kantor))?(?=\s*(?:$|[,;.(/]))", "our employee"),
    # an age: "umur 16", "usia 17 tahun", or "17 tahun" as a clause of its own
    (r"\b(?:umur|usia|berumur|berusia|umurnya|usianya)\s(\d{1,2})(?:\s?(?:tahun|thn|th)\b)?", r"aged \1"),
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:baru\s)?(\d{1,2})\s?(?:tahun|thn)(?=\s*(?:$|[,;.)]))", r"\1 years old"),
))
_ID_OUR_STAFF = re.compile(r"\b(?:karyawan|pegawai|staf)\s(?:internal|kami)\b")
# (a relative, of someone named or not: "anak karyawan", "suami pemilik karyawan internal", the owner's husband)
_ID_KIN_BEFORE = re.compile(r"\b" + _ID_KIN + r"\s(?:dari\s|seorang\s)?(?:[a-z]+\s)?$")
_ID_DIED = re.compile(r"\b(?:meninggal(?:\sdunia)?|wafat|almarhum(?:ah)?|tutup\susia)\b")
# (junior high or below: a senior high's "masih SMA" may be 18, so it is left as it is)
_ID_SCHOOL = re.compile(r"\bmasih\s(?:di\s)?(?:sd|smp|mts)\b")


def _indonesian(text: str) -> str:
    """Indonesian requests, refusals, an erasure, an interview, a test account, staff, a death, an age
    and school put in English (see above)."""
    if not re.search(r"\b(?:hari|bulan|jangan|tidak|tak|nggak|ngga|gak|enggan|menolak|minta|meminta|mengajukan|permintaan|"
                     r"permohonan|uu|sudah|pernah|telah|sdh|akun|diblokir|karyawan|pegawai|staf|staff|umur|usia|"
                     r"berumur|berusia|umurnya|usianya|tahun|thn|meninggal|wafat|almarhum|almarhumah|tutup|masih)\b",
                     text):
        return text
    for pattern, en in _ID_REPLACE:
        text = pattern.sub(en, text)

    # (one of ours anywhere in the note, unless a relative of one: "anak karyawan kami")
    text = _ID_OUR_STAFF.sub(lambda m: m.group(0) if _ID_KIN_BEFORE.search(m.string[:m.start()]) else "our employee",
                             text)

    def died(m: re.Match[str]) -> str:
        return "deceased" if _ID_OWN_BEFORE.search(m.string[:m.start()]) else "died"

    def school(m: re.Match[str]) -> str:
        return "under 18" if _ID_OWN_BEFORE.search(m.string[:m.start()]) else m.group(0)

    return _ID_SCHOOL.sub(school, _ID_DIED.sub(died, text))



# Tagalog and Taglish, as a Philippine operator's or shop's agents write remarks (folded, lower case): requests
# ("wag na tawagan", "huwag i-text o tawagan": do not call; "wag i-record ang tawag": no recording), refusals
# ("ayaw na magpa-interview": not interested in interviews), an erasure asked for ("nag-request na burahin ang
# data niya"), an interview done ("na-interview na ng research team 10/15/2026", read for --exclude-recent), a
# complaint to a regulator ("nag-reklamo sa NTC"), debt collection ("naka-collections na"), staff ("empleyado po
# natin", "agent natin"; "anak ng empleyado natin" a relative of one, "dating empleyado natin" a former one), a
# minor ("menor de edad", "16 taong gulang") and a death ("patay na po", "pumanaw na"), each put in English whole.
# Tagalog names whose death after the verb ("namatay na ang asawa", the spouse died) or a relative before it
# ("ang tatay niya ay pumanaw"): those are left in Tagalog, for the unread-notes warning to show.
# Cebuano (Bisaya), as field officers in Cebu and Davao write the same remarks, shares these rules where its words
# differ: "nato"/"namo" (our), "sa" (of: "asawa sa empleyado nato"), "kanhi" (former), "ayaw"/"dili" (don't:
# "ayaw na tawagi", "pls dili na i-text"), "dili na gusto ma-interview", "gi-interview na ni Oct 2026", "kaso sa
# korte" (a court case, named), and its kin ("namatay ang bana niya", her husband died: not hers)
_TL_KIN = (r"(?:asawa|anak|nanay|inay|ina|tatay|itay|ama|kapatid|lola|lolo|tita|tito|tiya|tiyo|pamangkin|biyenan|"
           r"apo|kuya|ate|pinsan|misis|mister|magulang|kamag-?anak|kaibigan|kapitbahay|"
           # Cebuano's: husband, mother, father, sibling, in-law, cousin, neighbour, friend
           r"bana|inahan|amahan|igsoon|ugangan|ig-?agaw|silingan|higala)")
_TL_SOFT = r"(?:\s(?:na|nang|po|ho|pong|hong|pa|daw|raw|lang|muna|sana|niya|nya|siya|sya|na\sniya|na\snya|ra|gyud|jud|kuno))*"
_TL_DONT = r"\b(?:wag|huwag|hwag|h'wag|wg)" + _TL_SOFT + r"\s(?:(?:i-?text|mag-?text|i-?sms|i-?message)\s(?:o|at|or)\s)?"
_TL_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    (_TL_DONT + r"(?:tawagan|tatawagan|tumawag|tawag|i-?call|icall|kulitin)\b", "do not call"),
    (_TL_DONT + r"(?:kontakin|i-?contact|icontact|abalahin|istorbohin|lapitan)\b", "do not contact"),
    (r"\bayaw" + _TL_SOFT + r"\s(?:ma-?tawagan|matawagan|magpatawag|tawagan)\b", "do not call"),
    # Cebuano's don't, "ayaw" or "dili", before its own verb ("ayaw na tawagi", "dili na i-text")
    (r"\b(?:ayaw|dili)" + _TL_SOFT + r"\s(?:tawagi|i-?call|icall)\b", "do not call"),
    (r"\b(?:ayaw|dili)" + _TL_SOFT + r"\s(?:kontaka|i-?contact|icontact|istorbohi|samoka)\b", "do not contact"),
    (_TL_DONT + r"(?:i-?record|irecord|i-?rekord|irekord|i-?video|ivideo)\b|\bayaw" + _TL_SOFT
     + r"\s(?:ma-?record|marecord|ma-?rekord|marekord|magpa-?record)\b", "no recording"),
    (r"\b(?:ayaw|ayoko|(?:hindi|dili)(?:\sna)?\s(?:gusto|interesado))" + _TL_SOFT + r"\s(?:na\s|nang\s|ng\s|sa\s)?"
     r"(?:mag-?pa-?interview|magpainterview|ma-?interview|mainterview|i-?interview|sumali\s(?:sa\s)?"
     r"(?:research|survey|interview|pag-?aaral)|mag-?research)\b", "not interested in interviews"),
    (r"\b(?:burahin|ipabura|ipa-?burahin|ipa-?delete|i-?delete|idelete|tanggalin|alisin)\s(?:na\s)?"
     r"(?:ang\s|yung\s|lahat\sng\s)?(?:kanyang\s|kaniyang\s)?(?:personal\s)?(?:data|datos|impormasyon|info)\b",
     "erasure requested"),
    # a text refused, by itself ("wag na i-text", Cebuano "pls dili na i-text"), as an English "do not text me" is
    # read; after the call's "i-text o tawagan"
    (r"\b(?:wag|huwag|hwag|h'wag|wg|ayaw|dili)" + _TL_SOFT + r"\s(?:i-?text|itext|texti|i-?sms|isms|mag-?text)\b",
     "do not text me"),
    (r"(?<!\bpa\s)(?<!\bhindi\s)\b(?:na-?interview|nainterview|na-?interbyu|nainterbyu|ininterview|in-?interview|gi-?interview|giinterview|"
     r"gi-?interbyu)"
     r"(?:\s(?:na|po|ho|namin|natin|nato|namo|siya|sya))*\b", "interviewed"),
    # a court case ("kaso sa korte", "nagsampa ng kaso", Cebuano "gikiha"): named, as an English one is
    (r"\b(?:(?:may|naay|adunay|naa)\s)?kaso\s(?:sa|didto\ssa)\skorte\b|\b(?:nagsampa|nag-?file)\sng\skaso\b|"
     r"\b(?:kinasuhan|gi-?kasohan|gi-?kiha|gikiha)\b", "court case"),
    (r"\b(?:nag-?reklamo|nagreklamo|nag-?complain|nagcomplain|nagsampa\sng\sreklamo|may\sreklamo|"
     r"nag-?file\sng\s(?:reklamo|complaint))(?:\s(?:na|po|ho))*\s(?:sa|kay)\b", "complained to"),
    (r"\b(?:naka-?collections?|nasa\scollections?|ipinasa\ssa\scollections?)\b", "in collections"),
    (r"\b" + _TL_KIN + r"(?:\s(?:po|ho))?\s(?:ng|ni|sa)\s(?:isang\s|isa\sa\smga\s|usa\sa\smga\s)?(?:empleyado|empleyada|staff|tauhan|"
     r"agent|ahente)(?:\s(?:po|ho))?\s(?:natin|namin|nato|namo)\b", "relative of our employee"),
    (r"\b(?:dating|dati\sna|dati\sang|kanhi|kanhing)\s(?:(?:empleyado|empleyada|tauhan)(?:\s(?:po|ho))?"
     r"(?:\s(?:natin|namin|nato|namo))?|staff(?:\s(?:po|ho))?\s(?:natin|namin|nato|namo))\b", "former employee"),
    (r"\b(?:empleyado|empleyada|staff|tauhan|kasamahan|katrabaho)(?:\s(?:po|ho|din|rin|ko|siya|sya))*\s(?:natin|"
     r"namin|nato|namo)\b", "our employee"),
    (r"\b(?:sales\s|field\s)?(?:agent|ahente)(?:\s(?:po|ho|din|rin|siya|sya))*\s(?:natin|namin|nato|namo)\b",
     "works for us as an agent"),
    # a call asked for, when ("tawagan after 5pm", "tawagan bago mag-9am"): a time, in English
    (r"\btawagan\b", "call"),
))
# an interview's month by its Tagalog name, after "interviewed" ("interviewed nung Oktubre 2026"), and "noong"/"nung"
# (on, when past) before its day, in English, so the interview's day is read
_TL_MONTHS = {"enero": "january", "pebrero": "february", "marso": "march", "abril": "april", "mayo": "may",
              "hunyo": "june", "hulyo": "july", "agosto": "august", "setyembre": "september", "oktubre": "october",
              "nobyembre": "november", "disyembre": "december"}
_TL_INTERVIEWED_WHEN = re.compile(r"(\binterviewed\b[^.;]{0,40}?)\b(?:noong|nung|nitong|ni|niadtong|adtong)\s"
                                  r"(?=\d|[a-z]+\.?\s\d)")  # (Cebuano's "ni", "niadtong" before the day too)
_TL_INTERVIEWED_MONTH = re.compile(r"(\binterviewed\b[^.;]{0,40}?)\b(" + "|".join(_TL_MONTHS) + r")\b")
_TL_KIN_BEFORE = re.compile(r"\b" + _TL_KIN + r"\b[^,.;:!?]*$")
_TL_MINOR = re.compile(r"\b(?:menor\sde\sedad|menor(?=\s(?:pa|po|ho)\b)|wala\spang\s18)(?:\s(?:pa|po|ho|lang))*\b")
_TL_AGE = re.compile(r"\b(\d{1,2})\s?(?:taong\sgulang|taon\sgulang|anyos|taon(?=\spa\b))(?:\s(?:pa|po|ho|lang))*\b")
_TL_DIED = re.compile(r"\b(?:patay\sna|pumanaw(?:\sna)?|namatay(?:\sna)?|sumakabilang[\s-]?buhay(?:\sna)?|yumao(?:\sna)?|"
                      r"namayapa(?:\sna)?|nasawi)\b(?:\s(?:po|ho))?(?!\s(?:na\s)?(?:po\s|ho\s)?(?:ang|si|yung|ni)\s"
                      r"(?:kanyang\s|kaniyang\s|kanilang\s|iyang\s|ilang\s)?" + _TL_KIN + r")")


def _tagalog(text: str) -> str:
    """Tagalog and Taglish requests, refusals, an erasure, an interview, a complaint, collections, staff, a minor,
    an age and a death put in English (see above)."""
    if not re.search(r"\b(?:wag|huwag|hwag|h'wag|wg|ayaw|ayoko|tawagan|interesado|burahin|ipabura|tanggalin|alisin|\w*interview\w*|"
                     r"\w*interbyu|\w*reklamo|\w*complain|\w*collections?|empleyad[oa]|staff|tauhan|kasamahan|katrabaho|"
                     r"agent|ahente|menor|18|taong|taon|anyos|patay|pumanaw|namatay|sumakabilang\w*|yumao|namayapa|nasawi|"
                     r"dili|tawagi|kontaka|istorbohi|samoka|i-?text|itext|texti|i-?sms|isms|mag-?text|kaso|kinasuhan|"
                     r"gi-?kasohan|gi-?kiha|gikiha|kanhi|kanhing|nato|namo)\b",
                     text):
        return text
    for pattern, en in _TL_REPLACE:
        text = pattern.sub(en, text)

    def own(en: str) -> Callable[[re.Match[str]], str]:
        return lambda m: m.group(0) if _TL_KIN_BEFORE.search(m.string[:m.start()]) else en.format(*m.groups())

    text = _TL_INTERVIEWED_WHEN.sub(r"\1on ", text)
    text = _TL_INTERVIEWED_MONTH.sub(lambda m: m.group(1) + _TL_MONTHS[m.group(2)], text)
    text = _TL_DIED.sub(own("deceased"), text)
    return _TL_AGE.sub(own("{} years old"), _TL_MINOR.sub(own("under 18"), text))

# Turkish, as a Turkish shop's customer-service agents write notes (folded: "ı" is "i", "ş" is "s"):
# requests ("aranmak istemiyor", "aranmasın", "aramayın": do not call; "iletişime geçmeyin": do not
# contact; "beni listeden çıkarın": take me off the list; not one for a time of day: "19:00'dan sonra
# aramayın"), an erasure asked for ("verilerinin silinmesini talep etti"), an interview done
# ("14.10.2026 tarihinde kullanıcı görüşmesi yapıldı", "Google Meet görüşmesi yapıldı"; not a plain
# phone conversation), staff ("firma çalışanı", "çalışanımız", "ekibimizden", "personel indirimi",
# "stajyer" as a clause of its own; not "annesi çalışanımız", a staff member's mother), a death (the
# person's own where no one else is named before it: "vefat etti", not "eşi vefat etti", her husband
# died), an age ("17 yaşında"; not "oğlu 17 yaşında") and a legal action ("hukuki süreç başlattı"),
# each put in English whole.
_TR_KIN = (r"(?:esi|esinin|annesi|babasi|kardesi|ablasi|agabeyi|abisi|oglu|kizi|kocasi|karisi|cocugu|cocuklari|dedesi|"
           r"ninesi|anneannesi|babaannesi|amcasi|dayisi|teyzesi|halasi|yegeni|torunu|arkadasi|komsusu|nisanlisi|"
           r"kayinvalidesi|kayinpederi|annesinin|babasinin|yakini|akrabasi)")
_TR_KIN_BEFORE = re.compile(r"\b" + _TR_KIN + r"\b[^,.;:!?]*$")
_TR_OWN_BEFORE = re.compile(r"(?:^|[,.;:!?(\-\u2013\u2014]|\b(?:musteri|musterimiz|kendisi|uye|uyemiz|hesap sahibi|"
                            r"kullanici|kisi))\s*(?:(?:maalesef|ne yazik ki|yakin zamanda|gecen (?:ay|hafta|yil))\s)?$")
_TR_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
# (what says an interview from the rest: "kullanıcı görüşmesi", "Zoom görüşmesi", not "telefon görüşmesi")
_TR_INTERVIEW = (r"(?:(?:kullanici|arastirma|ux|derinlemesine|birebir|urun|kullanilabilirlik|google meet|meet|zoom|teams)\s"
                 r"(?:gorusmesi|gorusme)|mulakat|roportaj)\s(?:yapildi|yapilmisti|yapilmistir|gerceklestirildi|tamamlandi)\b")
_TR_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    # a call refused at a time of day only: "Akşam 19:00'dan sonra aramayın", "mesai saatlerinde aramayın"
    (r"\b(?:(?:aksam|sabah|gece)\s)?(\d{1,2}[:.]\d{2})\s?'?\s?(?:dan|den|tan|ten)?\ssonra\s(?:aramayin(?:iz)?|aranmasin)\b",
     r"calls fine, but not after \1"),
    (r"\b(?:(?:aksam|sabah|gece)\s)?(\d{1,2}[:.]\d{2})\s?'?\s?(?:dan|den|tan|ten)?\sonce\s(?:aramayin(?:iz)?|aranmasin)\b",
     r"calls fine, but not before \1"),
    (r"\b(?:aksam(?:lari)?|sabah(?:lari)?|ogle(?:den sonra)?|mesai\ssaatlerinde|mesaide|is\ssaatlerinde|hafta\s(?:ici|sonu))"
     r"\s(?:aramayin(?:iz)?|aranmasin)\b", "calls fine, but not at that time"),
    (r"\b(?:bir\sdaha\s|tekrar\s|hic\s)?(?:aranmak|aranmayi|arayip\srahatsiz\sedilmek)\s(?:kesinlikle\s)?"
     r"(?:istemiyor(?:um|uz)?|istemedigini\s(?:soyledi|belirtti|ifade\setti)|istemez|istemiyormus)\b",
     "does not want to be called"),
    (r"\b(?:telefonla\s)?(?:aranmasin|aramayin(?:iz)?|aramayalim)\b", "do not call"),
    (r"\biletisime\s(?:gecmeyin(?:iz)?|gecilmesin|gecmeyelim)\b|\biletisim\skur(?:mayin(?:iz)?|ulmasin)\b|"
     r"\brahatsiz\s(?:etmeyin(?:iz)?|edilmesin)\b", "do not contact"),
    (r"\b(?:bir\sdaha\s|tekrar\s)?(?:iletisime\sgecilmek|iletisim\skurulmak|rahatsiz\sedilmek)\s"
     r"(?:istemiyor(?:um|uz)?|istemedigini\s(?:soyledi|belirtti))\b", "does not want to be contacted"),
    (r"\b(?:lutfen\s)?(?:beni\s)?(?:listeden|listenizden|listelerinizden)\s(?:cikarin|cikartin|silin|cikarir\smisiniz)\b",
     "take me off the list"),
    (r"\b(?:arastirma(?:ya|lara)?|anket(?:e|lere)?|gorusme(?:ye|lere)?|mulakat(?:a|lara)?)\s(?:katilmak\s)?"
     r"(?:istemiyor(?:um)?|istemedigini\s(?:soyledi|belirtti))\b", "not interested in interviews"),
    # an erasure: "verilerinin silinmesini talep etti", "kişisel verilerimin silinmesini istiyorum"
    (r"\b(?:kisisel\s)?veri(?:ler)?(?:i|in|inin|imin|imizin|lerinin|lerimin|lerini|sinin)?\s(?:\w+\s){0,2}?"
     r"silin(?:mesini|mesi)\b(?:\s(?:talep\s(?:etti|ediyor|etmis)|istedi|istiyor(?:um)?|rica\setti))?|"
     r"\bsilinme\s(?:talebi|talebinde\sbulundu)\b", "deletion requested"),
    # an interview done, with its day first or after ("interviewed 22.10.2026 (google meet)")
    (r"\b(" + _TR_DATE + r")\s(?:tarihinde\s)?(?:(\w+(?:\s\w+)?)\s)??" + _TR_INTERVIEW, r"interviewed \1"),
    (_TR_INTERVIEW, "interviewed"),
    (r"\bhukuki\s(?:surec|islem)\s(?:baslatti|baslatmis|baslatildi)\b|\bdava\s(?:acti|acmis|acildi)\b", "legal action started"),
    # staff: "firma çalışanı", "personel indirimi", "stajyer" as a clause of its own
    (r"(?<!\bbir\s)\b(?:firma|sirket|sirketimiz|firmamiz|magaza|magazamiz)(?:in|nin|imizin)?\s(?:\w+\s)?calisani\b",
     "our employee"),
    (r"\bpersonel\sindirimi\b", "staff discount"),
    (r"\bsadece\s(?:e\s?posta|e\s?mail|mail)(?:\s(?:ile|yoluyla|uzerinden))?\b", "email only"),
    (r"\bsadece\s(?:whatsapp|sms|mesaj)(?:\s(?:ile|yoluyla|uzerinden))?\b", "text only"),
    (r"\b(?:uyeligini|hesabini)\s(?:kapatti|kapatmis|kapattirdi|sildi|sildirdi)\b", "closed their account"),
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:stajyer|personel)(?=\s*(?:$|[,;.)]|\s-\s))", "staff"),
))
# (one of ours anywhere in the note, unless a relative of one: "annesi çalışanımız", "kardeşi ekibimizden")
_TR_OUR_STAFF = re.compile(r"\b(?:calisanimiz|personelimiz|stajyerimiz|ekibimiz(?:den|dendir)?|"
                           r"(?:magazamizda|sirketimizde|firmamizda|depomuzda|subemizde)\s(?:\w+\s)?calisiyor)\b")
_TR_DIED = re.compile(r"\b(?:vefat\s(?:etti|etmis|etmistir|etmiştir)|hayatini\skaybetti|hayatini\skaybetmis|merhum(?:e)?)\b")
_TR_AGE = re.compile(r"\b(\d{1,2})\s?yasinda\b(?!ki)")


def _unless_kin(kin_before: re.Pattern[str], own: str | None,
                kins: str | None = None) -> Callable[[re.Match[str]], str]:
    """A replacement for ``re.sub`` that says ``own`` of the row's own person ("deceased", "under 18", "{0}
    years old" with the match's groups), or ``kins`` where a relative of theirs comes before the match
    (``kin_before``: "a férje elhunyt", her husband died); None keeps the words as written."""
    def sub(m: re.Match[str]) -> str:
        said = kins if kin_before.search(m.string[:m.start()]) else own
        return m.group(0) if said is None else said.format(*m.groups())
    return sub


def _turkish(text: str) -> str:
    """Turkish requests, refusals, an erasure, an interview, staff, a death, an age and a legal action put
    in English (see above)."""
    if not re.search(r"\b(?:aran\w*|aramay\w*|sadece|uyeligini|hesabini|iletisim\w*|rahatsiz|liste\w*|veri\w*|silin\w*|gorusme\w*|mulakat|"
                     r"roportaj|hukuki|dava|calisan\w*|personel\w*|stajyer\w*|ekibimiz\w*|magazamizda|sirketimizde|"
                     r"firmamizda|depomuzda|subemizde|vefat|hayatini|merhum\w*|yasinda|arastirma\w*|anket\w*)\b", text):
        return text
    for pattern, en in _TR_REPLACE:
        text = pattern.sub(en, text)
    text = _TR_OUR_STAFF.sub(lambda m: m.group(0) if _TR_KIN_BEFORE.search(m.string[:m.start()]) else "our employee",
                             text)

    def died(m: re.Match[str]) -> str:
        return "deceased" if _TR_OWN_BEFORE.search(m.string[:m.start()]) else "died"

    return _TR_AGE.sub(_unless_kin(_TR_KIN_BEFORE, "{0} years old"), _TR_DIED.sub(died, text))



# Polish, as a Polish bank's or shop's support agents write notes (folded: "ł" is "l", "ż" is "z"):
# contact only through a team or a person ("kontakt wyłącznie przez Dział Prawny", "prosi o kontakt przez
# córkę", "rozmawiać tylko za zgodą właściciela"), email only ("prosi o kontakt wyłącznie mailowy – nie
# dzwonić": a channel, not a no), a no to recording ("nie wyraża zgody na nagrywanie rozmów"), debt
# collection ("sprawa w windykacji", "przekazana do firmy windykacyjnej"), suspected fraud ("podejrzenie
# wyłudzenia"), a complaint to an ombudsman or a prosecutor ("skarga do Rzecznika Finansowego", "zgłoszenie
# do prokuratury"), staff ("Pracownica banku", "pracownik firmy" opening a clause, "nasz pracownik"; not
# "pracownik urzędu", another employer, nor "córka pracownika banku", a staff member's daughter), a minor
# ("małoletni", "niepełnoletnia", "konto dla małoletniego … prowadzone przez rodzica", "(ur. 2010)": born
# 2010), research taken part in ("udział w wywiadzie UX 12.03.2026"), an account closed ("zamknął
# rachunek") and a bounced email ("mail powitalny odbity"), each put in English whole.
_PL_CLAUSE = r"(?:^|(?<=[,;(:]\s)|(?<=[,;(:])|(?<=[\-\u2013\u2014]\s))"
_PL_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    (r"\b(?:prosi\so\s)?(?:kontakt\s)?(?:wylacznie|tylko|jedynie)\s(?:(?:przez\s|droga\s)?(?:e\s?-?)?mail(?:owy|owo|owa|em)?|"
     r"e\s?-?mailowy|e\s?-?mailowo)\b", "email only"),
    (r"\b(?:prosi\so\s)?(?:kontakt\s)?(?:wylacznie|tylko|jedynie)\s(?:przez\s)?sms(?:owy|owo|em)?\b", "text only"),
    (r"\bnie\s(?:dzwonic|telefonowac)\b", "do not call"),
    # through someone: a team, an adviser or lawyer, a relative, the account's owner
    (r"\b(?:wszelki\s)?kontakt(?:\sz\s(?:klientem|klientka|nim|nia))?\s(?:wylacznie|tylko|jedynie)\s(?:przez|poprzez)\s"
     r"(?:dzial|departament|pion|biuro)\b", "contact only through the department"),
    (r"\b(?:wszelki\s)?kontakt(?:\sz\s(?:klientem|klientka|nim|nia))?\s(?:wylacznie|tylko|jedynie)\s(?:przez|poprzez)\s"
     r"zespol\b", "contact only through the team"),
    (r"\b(?:wszelki\s)?kontakt(?:\sz\s(?:klientem|klientka|nim|nia))?\s(?:wylacznie|tylko|jedynie)\s(?:przez|poprzez)\s"
     r"(?:opiekuna|doradce)(?:\sklienta)?\b", "contact only through the account manager"),
    (r"\b(?:wszelki\s)?kontakt(?:\sz\s(?:klientem|klientka|nim|nia))?\s(?:wylacznie|tylko|jedynie)\s(?:przez|poprzez)\s"
     r"(?:pelnomocnika|prawnika|adwokata|radce\sprawnego|kancelarie)\b", "contact only through the lawyer"),
    (r"\b(?:prosi\so\s)?kontakt\s(?:wylacznie\s|tylko\s|jedynie\s)?(?:przez|poprzez)\s(?P<kin>corke|syna|meza|zone|"
     r"matke|ojca|wnuczke|wnuka|siostre|brata|rodzine|opiekunke)\b", "contact through their {kin}"),
    (r"\b(?:rozmawiac|kontakt|rozmowa)\s(?:wylacznie|tylko|jedynie)\sza\s(?:zgoda|wiedza)\s(?:wlasciciela|posiadacza)"
     r"(?:\s(?:rachunku|konta))?\b", "contact only through the account owner"),
    # a no to recording
    (r"\bnie\s(?:wyraza|wyrazil|wyrazila|daje|dal|dala)\szgody\sna\s(?:nagrywanie|nagranie|nagrywania)"
     r"(?:\s(?:rozmow|rozmowy|wywiadu|spotkania))?\b|\bnie\szgadza\ssie\sna\s(?:nagrywanie|nagranie)\b",
     "don't want to be recorded"),
    (r"\bbez\snagrywania\b", "without recording"),
    # debt collection, fraud, an ombudsman's complaint, a prosecutor
    (r"\b(?:firm[ayie]\s)?windykac\w*", "debt collection"),
    (r"\b(?:podejrzenie|podejrzenia)\s(?:wyludzenia|oszustwa|fraudu|prania\spieniedzy)\b", "suspected fraud"),
    (r"\b(?:skarga|skarge|skargi|wniosek|reklamacja)\sdo\s(?:rzecznika|rzecznik)\s(?:finansowego|praw\skonsumenta|"
     r"praw\spacjenta|praw\sobywatelskich)\b", "complaint to the ombudsman"),
    (r"\b(?:zgloszenie|zawiadomienie|zgloszona|zgloszony)\sdo\sprokuratury\b", "reported to the prosecutor"),
    (r"\b(?:pozew|sprawa\ssadowa|sprawa\sw\ssadzie|postepowanie\ssadowe)\b", "lawsuit"),
    # staff, opening a clause ("Pracownica banku (zespół Compliance)", "pracownik firmy"), or ours
    (_PL_CLAUSE + r"(?:jest\s)?(?:pracowni(?:k|ca|kiem|czka|ca)|nasz[a]?\s(?:pracowni(?:k|ca)|kolega|kolezanka))"
     r"(?:\s(?:naszego\s|naszej\s)?(?:banku|firmy|sklepu|spolki))?(?=\s*(?:$|[,;.(/]|\s[-\u2013\u2014]))", "our employee"),
    (r"\bnasz[a]?\s(?:pracowni(?:k|ca)|kolega|kolezanka)\b", "our employee"),
    # a minor, an account a parent runs, a birth year
    (r"\b(?:konto|rachunek)\sdla\s(?:maloletniego|maloletniej|niepelnoletniego|niepelnoletniej|dziecka)\b",
     "account for a minor"),
    (r"\b(?:maloletni|maloletnia|niepelnoletni|niepelnoletnia)\b", "minor"),
    (r"\b(?:prowadzone|prowadzony|zarzadzane|zarzadzany)\sprzez\s(?:rodzica|rodzicow|matke|ojca|opiekuna\sprawnego)\b",
     "managed by a parent"),
    (r"(?:^|(?<=\()|(?<=[,;(:]\s)|(?<=[,;:]))ur\.?\s?((?:19|20)\d\d)\b", r"born \1"),
    # research taken part in, an account closed, a bounced email
    (r"\b(?:brala?\s|wziela?\s|wzial\s)?udzial\sw\s(?:wywiadzie|wywiadach|badaniu|badaniach|tescie|testach)\b",
     "took part in interviews"),
    (r"\b(?:zamknal|zamknela|zamkneli|wypowiedzial|wypowiedziala)\s(?:swoje\s|swoj\s)?(?:konto|rachunek|umowe)\b|"
     r"\b(?:konto|rachunek)\s(?:zostalo\s|zostal\s)?zamkniet[eya]\b", "closed their account"),
    (r"\b(?:e\s?-?)?mail(?:\s(?:powitalny|aktywacyjny|z\szaproszeniem))?\s(?:zostal\s)?(?:odbity|odrzucony|zwrocony|"
     r"wrocil|nie\sdoszedl)\b", "email bounced"),
))
_PL_KIN = {"corke": "daughter", "syna": "son", "meza": "husband", "zone": "wife", "matke": "mother", "ojca": "father",
           "wnuczke": "granddaughter", "wnuka": "grandson", "siostre": "sister", "brata": "brother",
           "rodzine": "family", "opiekunke": "carer"}


def _polish(text: str) -> str:
    """Polish requests, contact through someone, a no to recording, debt collection, fraud, a complaint,
    staff, a minor, research taken part in, an account closed and a bounced email put in English (see above)."""
    if not re.search(r"\b(?:kontakt|wylacznie|tylko|jedynie|nie|rozmawiac|rozmowa|bez|windykac\w*|podejrzeni[ae]|skarg[aei]|"
                     r"wniosek|reklamacja|zgloszen\w*|zawiadomienie|pozew|sprawa|postepowanie|pracowni\w*|nasza?|konto|"
                     r"rachunek|maloletni\w*|niepelnoletni\w*|prowadzon[ey]|zarzadzan[ey]|ur|udzial|zamkn\w*|"
                     r"wypowiedziala?|e|mail)\b", text):
        return text
    for pattern, en in _PL_REPLACE:
        text = pattern.sub(lambda m, en=en: m.expand(en.format(kin=_PL_KIN.get(m.groupdict().get("kin") or "", ""))),
                           text)
    return text


# Hungarian, as a Hungarian bank's, shop's or app's support agents write notes (folded: "ő" is "o", "ű" is
# "u"), its words with the endings Hungarian adds ("tesztfiókja", "behajtásra", "törlését"): a request not to
# be contacted ("Nem kér megkeresést", "ne keressük", "megkeresést nem kér") or called ("Ne hívják telefonon"),
# one way only ("csak e-mailben", "e-mailben kereshető": a channel, not a no), a test account ("tesztfiók",
# "teszt fiók"), debt collection ("követeléskezelés alatt", "behajtásra átadva"), suspected fraud
# ("csalásgyanú", "csalás gyanúja"), a complaint to a regulator ("Panaszt tett az MNB-nél", "PBT-hez fordult"),
# a report to the police ("feljelentést tett"), a lawsuit, a death (the person's own where no relative is
# named before it in the clause: "Az ügyfél elhunyt", not "A férje elhunyt", nor "elhunyt férje"), a minor
# ("kiskorú", "fiatalkorú", "18 év alatti"; not "kiskorú gyermeke", her child), an erasure asked for ("adatai
# törlését kérte", "törlési kérelem"; not a loan's "törlesztés"), a no to recording ("nem járul hozzá a
# felvételhez", "Nem szeretné, ha rögzítenénk"), a duplicate ("duplikált", "dupla fiók"), staff
# ("munkatársunk") and an account closed ("törölte a fiókját"), each put in English whole.
_HU_KIN = (r"(?:ferje|felesege|fia|fiat|lanya|lanyat|anyja|anyukaja|edesanyja|apja|apukaja|edesapja|testvere|batyja|"
           r"occse|novere|huga|nagymamaja|nagypapaja|nagyanyja|nagyapja|partnere|parja|elettarsa|hazastarsa|gyereke|"
           r"gyermeke|gyerekei|gyermekei|unokaja|szulei|szuloje|anyosa|aposa|rokona|ismerose|barata|baratja|kollegaja|"
           r"szomszedja|kutyaja|macskaja)")
_HU_KIN_BEFORE = re.compile(r"\b" + _HU_KIN + r"\b[^,.;:!?]*$")
_HU_REGULATOR = (r"(?:mnb|mekh|magyar\snemzeti\sbank\w*|pbt|penzugyi\sbekeltet\w*|bekelteto\w*|naih|fogyasztovedelm\w*|gvh|"
                 r"ombudsman\w*|alapveto\sjogok\sbiztos\w*)")
_HU_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    # one way only: "csak e-mailben", "kizárólag e-mailen", "e-mailben kereshető/elérhető"
    (r"\b(?:csak|kizarolag)\s(?:e\s?-?mail(?:ben|en|ek)?|emailben|emailen|levelben)\b|"
     r"\be\s?-?mail(?:ben|en)\s(?:keresheto|elerheto|keresendo)\b", "email only"),
    (r"\b(?:csak|kizarolag)\s(?:sms(?:ben|en)?|uzenetben|viber(?:en)?|whatsapp(?:on)?)\b", "text only"),
    # not to be called, not to be contacted
    (r"\bne\s(?:hivjuk|hivjak|hivja|hivjatok|hivd|telefonaljunk|telefonaljanak|telefonaljon)\b(?:\s(?:fel|telefonon))?",
     "do not call"),
    (r"\bnem\s(?:ker|keri|kerik|kerte|kivan|szeretne)\s(?:tobb\s|tovabbi\s|semmilyen\s|kutatasi\s)?(?:telefonos\s)?"
     r"hivas\w*", "does not want to be called"),
    (r"\bnem\s(?:ker|keri|kerik|kerte|kivan|kerne)\s(?:tobb\s|tovabbi\s|semmilyen\s|kutatasi\s|tobbet\s)?"
     r"(?:megkeres\w*|kapcsolatfelvetel\w*|felkeres\w*|kapcsolattartas\w*)|"
     r"\b(?:kutatasi\s)?(?:megkeres\w*|kapcsolatfelvetel\w*)\s(?:nem|ne)\s(?:ker|keri|kerik|kerte|kivan)\b|"
     r"\bne\s(?:keressuk|keressek|keresse|keressenek|keressetek|keresd|keressuk\sfel|keressek\sfel)\b|"
     r"\bne\s(?:vegyuk|vegyek|vegye|vegyetek)\sfel\s(?:vele\s)?a\skapcsolatot\b|"
     r"\bnem\s(?:keresheto|keresendo|megkeresheto)\b|"
     r"\bnem\sszeretne(?:,)?\s(?:ha\s|hogy\s)?(?:megkeresnenk|keresnenk|felkeresnenk|megkeressuk|keressuk)\b",
     "do not contact"),
    # a test account, with its endings ("tesztfiókja", "teszt fiókként")
    (r"\bteszt\s?-?(?:fiok|felhasznalo|profil|ugyfel|regisztracio|account|user)\w*", "test account"),
    (r"^teszt(?:eles|elo)?(?=\W*$)", "test"),  # a note of a bare "teszt", as the English "test" alone
    # debt collection, suspected fraud
    (r"\bkoveteleskezel\w*|\bbehajtas(?:\salatt|ra|on|ban|i\s(?:eljaras|ugy|ceg)\w*)\b|\bbehajto\s?ceg\w*|"
     r"\bvegrehajtas\salatt\b|\badossagrendez\w*", "debt collection"),
    # a utility's disconnection for an unpaid bill, in progress or ordered ("kikapcsolás folyamatban", "kikapcsolási
    # eljárás"), pursued like a debt; not a feature switched off ("értesítések kikapcsolva")
    (r"\bkikapcsolas\w*\s(?:folyamatban|elrendel\w*|alatt|kezdemenyez\w*)\b|\bkikapcsolasi\s(?:eljaras|"
     r"ertesit\w*|felszolit\w*|megbizas)\w*|\bkikapcsol\w*\s(?:tartozas|hatralek|nemfizetes)\w*", "debt collection"),
    (r"\b(?:csalas|visszaeles|penzmosas)\s?-?gyanu\w*|\b(?:csalas|visszaeles|penzmosas)\sgyanuja\w*|"
     r"\bgyanus\stranzakci\w*", "suspected fraud"),
    # a complaint to a regulator, a report to the police, a lawsuit
    (r"\b(?:panasz\w*|bejelentes\w*)\b[^,.;]*?\b" + _HU_REGULATOR + r"|\b" + _HU_REGULATOR +
     r"\b[^,.;]*?\b(?:panasz\w*|fordult)\b", "complaint to the regulator"),
    (r"\bfeljelent\w*", "reported to the police"),
    (r"\bpert\s(?:indit\w*|inditott)\b|\bbirosagi\s(?:eljaras|ugy|per)\w*", "legal action"),
    # an erasure asked for (not "törlesztés", a loan's repayment)
    (r"\b(?:(?:szemelyes\s)?adat\w*\s)?torles(?:et|e|i|ere|t)?\s(?:ker\w*|igeny\w*)\b|"
     r"\bker\w*\s(?:az\s)?(?:(?:szemelyes\s)?adat\w*\s)torles(?:et|ere)\b|\badattorles\w*|\belfeledtetes\w*",
     "deletion requested"),
    # a no to recording
    (r"\bnem\s(?:jarul|jarult)\shozza\s(?:a\s|ahhoz,?\s(?:hogy\s)?)?(?:\w+\s)?(?:felvetel\w*|rogzit\w*|"
     r"hangfelvetel\w*|videofelvetel\w*|felvegy\w*)|"
     r"\bnem\s(?:szeretne|kivanja|akarja|keri|engedi|engedelyezi)(?:,)?\s(?:(?:ha|hogy)\s)?(?:a\s)?(?:rogzit\w*|"
     r"felvennenk|felvegyuk|felvetel\w*|hangfelvetel\w*|videofelvetel\w*)", "don't want to be recorded"),
    (r"\b(?:felvetel|rogzites|hangfelvetel)\snelkul\b", "without recording"),
    # a duplicate record
    (r"\bduplika\w*|\bdupla\s(?:fiok|regisztracio|profil|ugyfel|rekord)\w*|\bketszer\sregisztral\w*",
     "duplicate"),
    # staff, an account closed
    (r"\bmunkatarsunk\b|\bkollegank\b|\bsajat\smunkatars\w*", "our employee"),
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:munkatars|dolgozo|alkalmazott|gyakornok)(?=\s*(?:$|[,;.)(]|\s-\s))", "our employee"),
    (r"\b(?:torolte|megszuntette|lezarta)\s(?:a\s)?(?:fiokjat|szamlajat|regisztraciojat|profiljat)\b",
     "closed their account"),
    (r"\b18\s(?:ev\salatti|even\saluli)\b", "under 18"),
))
_HU_DIED = re.compile(r"\b(?:elhunyt|elhalalozott|meghalt|elhunytak)\b(?!\s" + _HU_KIN + r"\b)")
_HU_MINOR = re.compile(r"\b(?:kiskoru|fiatalkoru)\w*\b(?!\s" + _HU_KIN + r"\b)")
_HU_AGE = re.compile(r"\b(\d{1,2})\seves\b(?=\s*(?:$|[,;.)(]|\s(?:diak|tanulo|gyerek|lany|fiu)\b))")


def _hungarian(text: str) -> str:
    """Hungarian requests, one way only, a test account, debt collection, fraud, a complaint, an erasure, a
    no to recording, a duplicate, staff, a death, a minor and an age put in English (see above)."""
    if not re.search(r"\b(?:csak|kizarolag|ne|nem|e|\w*mail\w*|teszt\w*|koveteleskezel\w*|behajt\w*|vegrehajtas|"
                     r"adossagrendez\w*|kikapcsol\w*|mekh|csalas\w*|visszaeles\w*|penzmosas\w*|gyanus|panasz\w*|bejelentes\w*|mnb|pbt|naih|"
                     r"feljelent\w*|pert|birosagi|\w*torles\w*|ker\w*|elfeledtetes\w*|felvetel|rogzites|hangfelvetel|"
                     r"duplika\w*|dupla|ketszer|munkatars\w*|dolgozo|alkalmazott|gyakornok|kollegank|sajat|torolte|megszuntette|lezarta|18|elhunyt\w*|"
                     r"elhalalozott|meghalt|kiskoru\w*|fiatalkoru\w*|\d{1,2})\b", text):
        return text
    for pattern, en in _HU_REPLACE:
        text = pattern.sub(en, text)

    text = _HU_MINOR.sub(_unless_kin(_HU_KIN_BEFORE, "under 18"),
                         _HU_DIED.sub(_unless_kin(_HU_KIN_BEFORE, "deceased", "died"), text))
    # (the note's person named first: "Az ügyfél kiskorú" is theirs, as "kiskorú" alone)
    text = re.sub(r"^(?:az\s)?(?:ugyfel|felhasznalo|szamlatulajdonos)\s(?:meg\s)?(?=under 18\b)", "", text)
    return _HU_AGE.sub(_unless_kin(_HU_KIN_BEFORE, "{0} years old"), text)


# Romanian, as a Romanian shop's, bank's or app's support agents write notes (folded: "ş" and "ș" are both
# "s", "ţ" and "ț" both "t", "ă" "â" are "a", "î" is "i"), with the endings Romanian adds ("contactată",
# "angajata", "decedată"): a request not to be contacted ("nu dorește să fie contactat", "a cerut să nu mai
# fie contactată", "nu contactați") or called ("nu dorește să fie sunat", "nu sunați"), one way only ("doar pe
# e-mail", "numai prin SMS": a channel, not a no), a test account ("cont de test"), debt collection
# ("recuperare creanțe", "executare silită"), suspected fraud ("suspiciune de fraudă"), a complaint to a
# regulator ("reclamație la ANPC", "plângere la ANSPDCP"), a lawsuit ("proces", "acțiune în instanță"), an
# erasure asked for ("solicitare ștergere date (GDPR)", "a cerut ștergerea datelor"), a no to recording, a
# duplicate, staff ("angajat", "angajată part-time la depozit" opening a clause, "colegă din departamentul
# logistică", "colegul nostru"; not "soția unui angajat", an employee's wife), an interview done with its day
# ("intervievat pe 15.10.2026"), a death (the person's own where no relative is named before it in the clause:
# "a decedat", not "tatăl a decedat"), a minor ("minor", "minoră"; not "copil minor", her child) and an age
# opening a clause ("16 ani, cont părinte"; not "client de 5 ani", a customer for five years), each put in
# English whole.
_RO_KIN = (r"(?:sotul|sotia|sotului|sotiei|fiul|fiica|fiului|fiicei|fratele|sora|fratelui|surorii|mama|mamei|tatal|"
           r"tatalui|bunicul|bunica|bunicului|bunicii|parintii|parintele|copilul|copiii|copil|copilului|nepotul|nepoata|"
           r"socrul|soacra|unchiul|matusa|partenerul|partenera|prietenul|prietena|vecinul|vecina|cainele|pisica)")
_RO_KIN_BEFORE = re.compile(r"\b" + _RO_KIN + r"\b[^,.;:!?]*$")
_RO_REGULATOR = (r"(?:anpc|anspdcp|asf|bnr|ancom|anre|protectia\sconsumatorului|protectia\sconsumatorilor|"
                 r"avocatul\spoporului|autoritatea\snationala\s\w+)")
_RO_CLAUSE = r"(?:^|(?<=[,;(:]\s)|(?<=[,;(:])|(?<=[\-\u2013\u2014]\s))"
_RO_CONTACTED = r"(?:contactat[aie]?|contactati|abordat[aie]?|deranjat[aie]?)"
_RO_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    # one way only: "doar pe e-mail", "numai prin email", "doar SMS"
    (r"\b(?:doar|numai|exclusiv)\s(?:(?:pe|prin|pe\sadresa\sde)\s)?(?:e\s?-?mail|mail)\b", "email only"),
    (r"\b(?:doar|numai|exclusiv)\s(?:(?:pe|prin)\s)?(?:sms|whatsapp|mesaj(?:e)?)\b", "text only"),
    # not to be called, not to be contacted
    (r"\bnu\s(?:mai\s)?(?:doreste|vrea|doresc|accepta)\ssa\s(?:mai\s)?fie\s(?:sunat[aie]?|apelat[aie]?)\b|"
     r"\bnu\s(?:o|il|ii|le)?\s?(?:mai\s)?(?:sunati|apelati|sunam)\b", "do not call"),
    (r"\bnu\s(?:mai\s)?(?:doreste|vrea|doresc|accepta)\ssa\s(?:mai\s)?fie\s" + _RO_CONTACTED + r"|"
     r"\b(?:a\scerut|cere|solicita|a\ssolicitat)\ssa\snu\s(?:mai\s)?fie\s" + _RO_CONTACTED + r"|"
     r"\bnu\s(?:o\s|il\s|ii\s|le\s)?(?:mai\s)?(?:contactati|contactam|deranjati)\b|\ba\snu\sse\s(?:mai\s)?contacta\b|"
     r"\bfara\scontact\b", "do not contact"),
    # a test account
    (r"\b(?:cont|utilizator|client|profil)(?:ul)?\s(?:de\s)?test\b", "test account"),
    # an instruction to leave them out: "NU includeți", "a nu se include", "nu invitați"
    (r"\bnu\s(?:o\s|il\s|ii\s|le\s)?(?:mai\s)?(?:includeti|include|invitati)\b|\ba\snu\sse\s(?:mai\s)?(?:include|invita)\b",
     "do not invite"),
    # contact only through someone: "client VIP — doar prin account manager", "numai prin managerul de cont"
    (r"\b(?:contact(?:ul|ati)?\s)?(?:doar|numai|exclusiv)\s(?:prin|via)\s(?:account\smanager(?:ul)?|key\saccount\smanager|kam|"
     r"managerul\s(?:de\s)?cont|manager(?:ul)?\s(?:de\s)?cont|consilierul\s(?:de\s)?(?:client|cont)|agentul\s(?:de\s)?vanzari)\b",
     "contact only through the account manager"),
    # debt collection, suspected fraud
    (r"\brecuperare(?:a)?\s(?:de\s)?crean\w*|\bexecutare\ssilita\b|\bexecutor\sjudecatoresc\b", "debt collection"),
    (r"\b(?:suspiciune|suspect)\s(?:de\s)?frauda\b|\bfrauda\b", "suspected fraud"),
    # a complaint to a regulator, a lawsuit
    (r"\b(?:reclamati[ea]|plangere(?:a)?|sesizare(?:a)?|a\sreclamat|a\sfacut\s(?:o\s)?(?:reclamatie|plangere|sesizare))"
     r"\b[^,.;]*?\b" + _RO_REGULATOR + r"\b", "complaint to the regulator"),
    (r"\b(?:proces\sin\sinstanta|actiune\sin\sinstanta|a\sdat\sin\sjudecata|litigiu)\b", "legal action"),
    # an erasure asked for ("ștergere" folded is "stergere"; not "șters", a status)
    (r"\b(?:solicitare|cerere|a\scerut|a\ssolicitat|cere|solicita)\s(?:de\s)?(?:\w+\s)?stergere(?:a)?\s(?:a\s)?"
     r"(?:datelor|date|contului|cont)\w*(?:\s\(?gdpr\)?)?|\bstergere(?:a)?\s(?:datelor|date)(?:\s\(?gdpr\)?)?|"
     r"\bdreptul\sde\sa\sfi\suitat\b", "deletion requested"),
    # a no to recording
    (r"\bnu\s(?:doreste|vrea|accepta|este\sde\sacord)\s(?:sa\sfie\s|cu\s|sa\s)?(?:inregistrat[aie]?|inregistrarea|"
     r"inregistram|inregistrare)\b", "don't want to be recorded"),
    (r"\bfara\sinregistrare\b", "without recording"),
    # a duplicate, an account closed
    (r"\b(?:cont\s)?duplicat\b|\bcont\sdublu\b", "duplicate"),
    (r"\b(?:si\s?-?a|a)\s(?:inchis|sters)\scontul\b", "closed their account"),
    # an interview done with its day: "intervievat pe 15.10.2026", "interviu realizat 02.11.2026"
    (r"\b(?:intervievat[aie]?|interviu\s(?:realizat|facut|efectuat))\s(?:pe\s|in\s|la\s|data\s)?"
     r"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})", r"interviewed \1"),
    # staff: ours anywhere, or an employee opening a clause
    (r"\b(?:colegul|colega)\snostru\b|\bcolega\snoastra\b|\bangajat(?:ul|a)?\s(?:al\s|a\s)?(?:nostru|noastra)\b|"
     r"\b(?:coleg|colega)\s(?:din|de\sla)\s(?:departamentul|echipa|depozit|depozitul|firma|firma\snoastra|magazin)\b",
     "our employee"),
    (_RO_CLAUSE + r"(?:angajat|angajata|angajatul|angajata\snoastra|salariat|salariata|stagiar|stagiara)"
     r"(?=\s*(?:$|[,;.)(/]|\s[-\u2013\u2014]|\s(?:part\s?-?time|full\s?-?time|la\s|in\s|din\s|de\s)))", "our employee"),
))
_RO_DIED = re.compile(r"\b(?:a\s)?(?:decedat|decedata|murit)\b")  # (not "deces": French "décès" folds so)
# (a bare "minor" opening a note is English's too, read there; not "minor issue")
_RO_MINOR = re.compile(r"\bminora\b|\b(?:este|e)\sminor[a]?\b|\bsub\s18\sani\b")
_RO_AGE = re.compile(_RO_CLAUSE + r"(?:are\s)?(\d{1,2})\sani\b(?=\s*(?:$|[,;.)(]))")


def _romanian(text: str) -> str:
    """Romanian requests, one way only, a test account, debt collection, fraud, a complaint, an erasure, a
    no to recording, a duplicate, staff, an interview, a death, a minor and an age put in English (see above)."""
    if not re.search(r"\b(?:nu|doar|numai|exclusiv|cont\w*|utilizator\w*|recuperare\w*|executare|executor|frauda|"
                     r"reclamati\w*|plangere\w*|sesizare\w*|proces|actiune|litigiu|\w*stergere\w*|dreptul|fara|duplicat|"
                     r"si|a|intervievat\w*|interviu|coleg\w*|angajat\w*|salariat\w*|stagiar\w*|decedat\w*|murit|"
                     r"minor\w*|sub|ani)\b", text):
        return text
    for pattern, en in _RO_REPLACE:
        text = pattern.sub(en, text)

    return _RO_AGE.sub(lambda m: f"{m.group(1)} years old", _RO_MINOR.sub(
        _unless_kin(_RO_KIN_BEFORE, "under 18"), _RO_DIED.sub(_unless_kin(_RO_KIN_BEFORE, "deceased", "died"), text)))


# Italian, as an Italian insurer's, bank's or shop's CRM keeps notes (folded: "è" is "e"): one way only ("solo
# email", "solo via SMS"), a no to recording ("Non desidera essere registrato"), a legal guardian
# ("Tutore legale: avv. …", "Amministratore di sostegno: la figlia", "interdetto"; not "tutore legale della madre",
# theirs of someone else), a test account ("Account di test", "utente di prova"), a complaint to a regulator
# ("Reclamo IVASS aperto", "esposto al Garante privacy") and a lawsuit ("Contenzioso legale in corso", "in causa con
# la compagnia"), an interview by its day or its month ("Intervistato a ottobre 2026"), staff opening a clause
# ("Dipendente - ufficio sinistri", "Dipendente Assicura24, ufficio IT"; not "dipendente pubblico" or "dipendente di
# banca", a job elsewhere, nor "Moglie di un nostro dipendente", a relative of staff), a death (the person's own
# where no relative is named before it in the clause: "Deceduto", not "Padre deceduto"), a minor ("Minorenne"; not
# "figlio minorenne", their child) and an age opening a clause ("16 anni"), each put in English whole.
_IT_KIN_WORDS = {"moglie": "wife", "marito": "husband", "coniuge": "spouse", "compagno": "partner", "compagna": "partner",
                 "figlio": "son", "figlia": "daughter", "figli": "children", "padre": "father", "madre": "mother",
                 "papa": "father", "mamma": "mother", "fratello": "brother", "sorella": "sister", "nonno": "grandfather",
                 "nonna": "grandmother", "nipote": "relative", "zio": "uncle", "zia": "aunt", "suocero": "father-in-law",
                 "suocera": "mother-in-law", "cognato": "brother-in-law", "cognata": "sister-in-law",
                 "genitore": "parent", "genitori": "parents", "parente": "relative", "familiare": "relative"}
_IT_KIN = "(?:" + "|".join(sorted(_IT_KIN_WORDS, key=len, reverse=True)) + ")"
_IT_KIN_BEFORE = re.compile(r"\b" + _IT_KIN + r"\b[^,.;:!?]*$")
_IT_CLAUSE = r"(?:^|(?<=[,;(:]\s)|(?<=[,;(:])|(?<=[\-\u2013\u2014]\s))"
_IT_MONTHS = {"gennaio": "Jan", "febbraio": "Feb", "marzo": "Mar", "aprile": "Apr", "maggio": "May", "giugno": "Jun",
              "luglio": "Jul", "agosto": "Aug", "settembre": "Sep", "ottobre": "Oct", "novembre": "Nov", "dicembre": "Dec"}
_IT_REGULATOR = (r"(?:ivass|consob|covip|agcom|arera|agcm|antitrust|garante(?:\s(?:della\s|per\sla\s)?privacy)?|abf|"
                 r"arbitro\s(?:bancario|finanziario|assicurativo)\w*|acf|banca\sd\W?\s?italia|difensore\scivico|"
                 r"corecom|codacons|adiconsum|altroconsumo)")
_IT_REPLACE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), en) for p, en in (
    # one way only: "solo email", "solo via e-mail", "solo per posta elettronica", "solo SMS"
    (r"\b(?:solo|solamente|soltanto|esclusivamente|unicamente)\s(?:(?:via|per|tramite|con|a\smezzo)\s)?"
     r"(?:e\s?-?mail|mail|posta\selettronica|pec)\b", "email only"),
    (r"\b(?:solo|solamente|soltanto|esclusivamente|unicamente)\s(?:(?:via|per|tramite|con)\s)?(?:sms|whatsapp|messaggi)\b",
     "text only"),
    # a no to recording: "Non desidera essere registrato", "non vuole la registrazione", "non registrare"
    (r"\bnon\s(?:desidera|vuole|accetta|acconsente|autorizza|gradisce)\s(?:di\s)?(?:essere\s|venire\s|che\s(?:sia|venga)\s)?"
     r"(?:registrat[oaie]|alla\sregistrazione|la\sregistrazione|registrazion[ei]|registrare)\b|"
     r"\bnon\sregistrare\b|\bno\sregistrazione\b", "don't want to be recorded"),
    (r"\bsenza\sregistrazione\b", "without recording"),
    # a legal guardian (not someone's: "tutore legale della madre")
    (r"\b(?:(?:ha\s(?:un\s|una\s)?|con\s(?:un\s|una\s)?)?(?:tutore(?:\slegale)?|tutrice(?:\slegale)?|curatore|curatrice|"
     r"amministrat(?:ore|rice)\sdi\ssostegno|amministrazione\sdi\ssostegno)|sotto\s(?:tutela|curatela|amministrazione\s"
     r"di\ssostegno)|interdett[oa]|inabilitat[oa])\b(?!\s(?:legale\s)?(?:di|del|della|dello|dei|delle|per)\b)",
     "has a legal guardian"),
    # a time as a customer, not an age: "Cliente da 12 anni", "assicurato con noi da oltre 5 anni"
    (r"\b(?:da|per)\s(?:piu\sdi\s|oltre\s|circa\s|quasi\s)?(\d{1,2})\sanni\b", r"for \1 years"),
    # a test account
    (r"\b(?:account|utente|utenza|profilo|anagrafica|cliente|polizza)\s(?:di\s)?(?:test|prova)\b", "test account"),
    # a complaint to a regulator, a lawsuit
    (r"\b(?:reclam[oi]|esposto|segnalazione|ricorso|denuncia)\b[^,.;]*?\b" + _IT_REGULATOR + r"\b",
     "complaint to the regulator"),
    (r"\b(?:contenzioso(?:\slegale|\sgiudiziale)?|causa\s(?:legale|civile|in\scorso)|azione\s(?:legale|giudiziaria)|"
     r"vertenza(?:\slegale)?|in\scausa\scon|(?:ha\s|fa\s|ha\sfatto\s|intende\sfare\s)causa|procedimento\sgiudiziario|"
     r"decreto\singiuntivo|tramite\s(?:il\s|l\s)?(?:suo\s)?avvocato)\b", "legal action"),
    # an interview done, by its day or its month: "Intervistato a ottobre 2026", "intervista svolta il 3 novembre 2026"
    (r"\b(?:intervistat[oaie]|intervista\s(?:fatta|svolta|effettuata|realizzata|condotta))\s(?:a\s|ad\s|in\s|nel\s(?:mese\s"
     r"di\s)?|il\s|l\s|a\sinizio\s|a\sfine\s|a\smeta\s)?(\d{1,2}\s)?(" + "|".join(_IT_MONTHS) + r")\s(\d{4})\b",
     lambda m: f"interviewed {m.group(1) or ''}{_IT_MONTHS[m.group(2)]} {m.group(3)}"),
    # a duplicate: "Record duplicato", "anagrafica doppia"
    (r"\b(?:(?:record|account|cliente|anagrafica|contatto|utente|riga)\s)?duplicat[oa]\b|"
     r"\b(?:record|anagrafica|contatto|riga)\sdoppi[oa]\b", "duplicate"),
    # a relative of staff: "Moglie di un nostro dipendente", "figlio di una dipendente"
    (r"\b(" + _IT_KIN + r")\s(?:di\s|del\s|della\s|dello\s)(?:un\s|una\s|un\s|nostro\s|nostra\s)*(?:nostro\s|nostra\s)?"
     r"(?:dipendente|collega|collaboratore|collaboratrice|agente)\b",
     lambda m: f"{_IT_KIN_WORDS[m.group(1)]} of our employee"),
    # staff: ours anywhere, or an employee opening a clause ("Dipendente - ufficio sinistri", "Dipendente Assicura24")
    (r"\b(?:nostr[oa]\s(?:dipendente|collega)|dipendente\s(?:nostr[oa]|interno|interna|della\scompagnia|dell\W?azienda)|"
     r"collega\s(?:dell\W?\s?)?(?:ufficio|reparto|call\scenter|customer\scare|sede|filiale)|personale\sinterno)\b",
     "our employee"),
    (_IT_CLAUSE + r"dipendente(?!\s(?:pubblic\w*|statale|comunale|regionale|provinciale|privat\w*|bancari\w*|di|del|della|"
     r"dello|dei|presso|a\stempo|part|full|in\spensione)\b)(?=\s*(?:$|[,;.)(/]|\s[-\u2013\u2014]|\s[a-z0-9]+\s*(?:$|[,;.)(/]|"
     r"\s[-\u2013\u2014])|\s(?:ufficio|reparto|sede|filiale|call\scenter|customer\scare|sinistri|assunt\w*)\b))",
     "our employee"),
))
_IT_DIED = re.compile(r"\b(?:e\s)?(?:deceduto|deceduta|defunto|defunta|morto|morta)\b")
_IT_MINOR = re.compile(r"\bminorenne\b|\b(?:e\s)?minore\sdi\s18\sanni\b")
_IT_AGE = re.compile(_IT_CLAUSE + r"(?:ha\s)?(\d{1,2})\sanni\b(?=\s*(?:$|[,;.)(]))")


def _italian(text: str) -> str:
    """Italian one way only, a no to recording, a legal guardian, a test account, a complaint, a lawsuit, an
    interview, staff and their relatives, a death, a minor and an age put in English (see above)."""
    if not re.search(r"\b(?:solo|solamente|soltanto|esclusivamente|unicamente|non|no|senza|tutore|tutrice|curat\w*|"
                     r"amministra\w*|sotto|interdett\w*|inabilitat\w*|test|prova|reclam\w*|esposto|segnalazione|ricorso|"
                     r"denuncia|contenzioso|caus\w*|azione|vertenza|procedimento|decreto|tramite|intervist\w*|"
                     r"dipendente|collega|personale|decedut\w*|defunt\w*|mort\w*|minorenne|minore|anni|duplicat\w*|"
                     r"doppi\w*)\b", text):
        return text
    for pattern, en in _IT_REPLACE:
        text = pattern.sub(en, text)

    text = _IT_AGE.sub(lambda m: _unless_kin(_IT_KIN_BEFORE, f"{m.group(1)} years old")(m), _IT_MINOR.sub(
        _unless_kin(_IT_KIN_BEFORE, "under 18"), _IT_DIED.sub(_unless_kin(_IT_KIN_BEFORE, "deceased", "died"), text)))
    # (a relative's death in English whole: "Padre deceduto" → "father died")
    return re.sub(r"\b(" + _IT_KIN + r")\s(?=died\b)", lambda m: _IT_KIN_WORDS[m.group(1)] + " ", text)


# Finnish, as a Finnish shop's, operator's or transport app's customer service writes notes (folded: "ä" is "a",
# "ö" is "o"), its words with the endings Finnish adds ("yhteydenottoja", "yhteyttä", "alaikäisen", "työntekijämme"):
# a request not to be contacted ("Ei halua yhteydenottoja", "älä ota yhteyttä", "ei saa kontaktoida") or called
# ("ei halua puhelinsoittoja"; not "ei halua markkinointiviestejä", marketing only), a test account ("Testitili"),
# a complaint to the consumer disputes board or another regulator ("Reklamaatio kesken kuluttajariitalautakunnassa"),
# a lawsuit, an account a minor's guardian runs ("Huoltaja hoitaa asiointia"; a legal guardian, "edunvalvoja", is
# roster_signals' ``_LEGAL_GUARDIAN_NOTE``'s), an
# interview done with its day ("Haastateltu 2.9.2026", "haastateltu 10/2026"), staff opening a clause ("HSL:n
# työntekijä", "työntekijämme"; not "Puoliso on HSL:n työntekijä", a spouse), a death (the person's own where no
# relative is named before it in the clause: "Asiakas kuollut", not "Isä kuollut 9/2026"), a minor ("alaikäinen";
# not "alaikäinen lapsi", their child) and an age ("15-vuotias", "(15 v)"), each put in English whole.
_FI_KIN = (r"(?:isa|isan|isansa|aiti|aidin|aitinsa|puoliso|puolison|puolisonsa|vaimo|vaimon|vaimonsa|aviomies|"
           r"aviomiehen|aviomiehensa|mies|miehen|miehensa|poika|pojan|poikansa|tytar|tyttaren|tyttarensa|veli|veljen|"
           r"veljensa|sisko|siskon|siskonsa|sisar|sisaren|sisarensa|isoaiti|isoisa|mummo|mummi|ukki|pappa|lapsi|lapsen|"
           r"lapsensa|lapset|omainen|omaisen|anoppi|appi|vanhemmat|vanhempi|koira|kissa)")
_FI_KIN_BEFORE = re.compile(r"\b" + _FI_KIN + r"\b[^,.;:!?]*$")
_FI_CLAUSE = r"(?:^|(?<=[,;(:]\s)|(?<=[,;(:])|(?<=[\-\u2013\u2014]\s))"
_FI_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{4}"
_FI_REGULATOR = (r"(?:kuluttajariitalautakun\w*|kril|kuluttaja-?asiamie\w*|kuluttajaneuvon\w*|kkv|kilpailu-?\sja\s"
                 r"kuluttajaviras\w*|tietosuojavaltuute\w*|finanssivalvon\w*|fiva|vakuutus-?\sja\srahoitusneuvon\w*|"
                 r"fine|traficom|oikeusasiamie\w*)")
_FI_REPLACE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), en) for p, en in (
    # no contact, as customer service shortens it ("Ei yht.ott.", "ei yht. ottoja": ei yhteydenottoja), or says it
    # in two words ("ei yhteydenottoja"; not "ei yhteydenottoa", no contact made, a call unanswered)
    # (by phone only, "Ei yht.ott. puh. - toivoo yhteydenotot vain sähköpostilla": calls refused, one way named)
    (r"\bei\s(?:yht\.?\s?ott(?:oja)?\.?|yhteydenottoja)\s(?:puh\b\.?|puhelim\w*|soitoilla|puhelu\w*)", "do not call"),
    (r"\bei\s(?:enaa\s|mitaan\s)?(?:tutkimus)?(?:yht\.?\s?ott(?:oja)?\b\.?|yhteydenottoja\b)", "do not contact"),
    # research contact forbidden beside other contact ("kieltänyt suoramarkkinoinnin ja tutkimusyhteydenotot",
    # "kieltäytyi tutkimuksista"; not "kieltänyt suoramarkkinoinnin", marketing only, nor what follows a "mutta")
    (r"\bkiel(?:tanyt|tanut|si|taa|taytynyt|taytyi|taytyy)\s(?:(?!mutta\b|paitsi\b)[^,.;:!?])*?"
     r"\b(?:tutkimu\w*|\w*yhteydenot\w*|\w*kontaktoin\w*)|\b(?:tutkimus|tutkimusyhteydenotto)kielto\w*",
     "do not contact"),
    # a request to erase their data, or the account with it ("pyysi tilin sulkemista ja tietojen poistoa (GDPR)",
    # "tietojen poistopyyntö", "pyytänyt henkilötietojensa poistamista")
    (r"\b(?:pyysi|pyytanyt|pyytaa|vaati|vaatinut|vaatii)\s(?:[^,.;:!?]*?\s)?(?:henkilo)?(?:tietojen|tietojensa|tilin|"
     r"tilinsa)\s(?:poisto\w*|poistamis\w*)|\b(?:henkilo)?tietojen\s(?:poisto|poistamis)pyyn\w*|\bpoistopyyn\w*",
     "erasure requested"),
    # one way only: "vain sähköpostilla", "ainoastaan sähköpostitse"
    (r"\b(?:vain|ainoastaan|pelkastaan)\s(?:sahkopostilla|sahkopostitse|s-?postilla|s-?postitse|sahkopostiin)\b",
     "email only"),
    (r"(?<=,\s)(?:sahkoposti|sahkopostilla|sahkopostitse|s-?posti)\s(?:ok|kay|sopii|on\sok)\b", "email only"),
    (r"\b(?:vain|ainoastaan|pelkastaan)\s(?:tekstiviestilla|tekstiviestitse|whatsappilla|whatsapissa)\b", "text only"),
    # not to be called, not to be contacted
    (r"\bei\s(?:halua|toivo|halunnut|toivonut)\s(?:enaa\s|enempaa\s|lisaa\s|mitaan\s)?(?:puhelinsoit\w*|soitto\w*|"
     r"puhelu(?:ita|ja|t)|soitettavan)\b", "do not call"),
    (r"\b(?:ala|alkaa)\s(?:soita|soittako)\b|\bei\s(?:saa\s)?soittaa\b", "do not call"),
    (r"\bei\s(?:halua|toivo|halunnut|toivonut)\s(?:enaa\s|enempaa\s|lisaa\s|mitaan\s)?(?:tutkimus\w*\s)?"
     r"(?:yhteydenot\w*|yhteydenpito\w*|kontaktointi\w*)|"
     r"\bei\s(?:halua|toivo)(?:,)?\s(?:\w+\s){0,3}?(?:otettavan|otetaan|otettaisiin|ottavan)\s(?:\w+\s)?yhteytta\b|"
     r"\b(?:ala|alkaa)\s(?:ota|ottako)\s(?:\w+\s)?yhteytta\b|\bei\s(?:saa\s)?(?:ottaa\s(?:\w+\s)?yhteytta|kontaktoida)\b|"
     r"\b(?:yhteydenotto|kontaktointi)kielto\w*|\bkielt(?:anyt|aytynyt|i|aytyi)\s(?:kaikista\s|kaikki\s)?"
     r"(?:yhteydenot\w*|kontaktoin\w*)", "do not contact"),
    # a test account ("Testitili", "testikäyttäjä", "testi tunnus")
    (r"\btesti\s?-?(?:tili|kayttaja|asiakas|tunnus|profiili|henkilo)\w*", "test account"),
    (r"^testi(?=\W*$)", "test"),
    # a complaint to a regulator or the consumer disputes board, a lawsuit
    (r"\b(?:reklamaatio\w*|valitu\w*|kantelu\w*|riita\w*)\b[^,.;]*?\b" + _FI_REGULATOR + r"|\b" + _FI_REGULATOR +
     r"\b[^,.;]*?\b(?:reklamaatio\w*|valitu\w*|kantelu\w*|riita\w*|kasittely\w*|vireilla|kesken)\b|"
     r"\bkuluttajariitalautakun\w*", "complaint to the regulator"),
    (r"\boikeudenkay\w*|\bhaast(?:oi|anut)\s(?:\S+\s)?oikeuteen\b|\bkarajaoikeu\w*", "legal action"),
    # an account a minor's guardian runs
    (r"\bhuoltaja\s(?:hoitaa|hallinnoi|kayttaa|omistaa)\s(?:\w+\s)?(?:asiointi\w*|tili\w*|asiat|asioita)\b",
     "account managed by a guardian"),
    # an interview done with its day: "Haastateltu 2.9.2026", "haastateltiin 10/2026", "haastattelu tehty 3.11.2026"
    (r"\b(?:haastateltu|haastateltiin|haastattelu\s(?:tehty|pidetty|tehtiin|pidettiin))\s(?:(?:on|viimeksi|ux-?)\s)?"
     r"(" + _FI_DATE + r")", r"interviewed \1"),
    # and by its month's name ("Haastateltiin toukokuussa 2026": in May 2026, read as "haastateltu 5/2026" is)
    (r"\b(?:haastateltu|haastateltiin)\s(?:(?:on|viimeksi)\s)?(tammi|helmi|maalis|huhti|touko|kesa|heina|elo|syys|loka|"
     r"marras|joulu)kuussa\s((?:19|20)\d\d)\b",
     lambda m: "interviewed " + str(("tammi helmi maalis huhti touko kesa heina elo syys loka marras joulu".split()
                                     ).index(m.group(1)) + 1) + "/" + m.group(2)),
    # staff: ours anywhere, or an employee opening a clause ("HSL:n työntekijä", "Kaupan työntekijä", "oma työntekijä")
    (r"\btyontekijamme\b|\bkollegamme\b|\bhenkilokuntaamme\b|\b(?:meidan|oma)\styontekija\b", "our employee"),
    # one of ours by their job ("Oma kuljettajamme", "keräilijämme", "varastotyöntekijämme"; "-mme" is our), and
    # a staff discount on their own orders ("tilaa henkilökuntaedulla", "henkilöstöalennus")
    (r"(?<!entinen\s)\b\w*(?:tyontekija|kuljettaja|keraaja|keraili|myyja|asiakaspalvelija|kuriiri|"
     r"harjoittelija|esihenkilo|tyonjohtaja|varastomies)(?:mme|jamme)\b", "our employee"),
    (r"\bhenkilo(?:kunta|sto)-?(?:etu|edu|alenn?u|hinta|hinno|koodi)\w*", "staff discount"),
    # works for us: a relative of theirs ("Vaimo työskentelee meillä asiakaspalvelussa", a conflict of interest,
    # named), or they themselves, opening the note ("Työskentelee meillä varastossa", staff)
    (r"\b" + _FI_KIN + r"\s(?:\w+\s)?(?:tyoskentelee|on\stoissa|on\styossa|on\stoita)\s(?:meilla|meille)\b",
     "relative of our staff"),
    (r"^(?:asiakas\s|han\s)?(?:tyoskentelee|on\stoissa|on\styossa)\s(?:meilla|meille)\b", "works for us"),
    (r"\bentinen\styontekija\b", "former employee"),
    (_FI_CLAUSE + r"(?:[\w-]+:n\s|\w+n\s|oma\s)?(?:tyontekija|harjoittelija|henkilokuntaa)(?=\s*(?:$|[,;.)(/]|\s[-\u2013\u2014]))",
     "our employee"),
))
_FI_DIED = re.compile(r"\b(?:on\s)?(?:kuollut|kuoli|menehtynyt|menehtyi|edesmennyt|poisnukkunut|nukkui\spois)\b|"
                      r"\bkuolinpe(?:sa|san|salla|salta|sa\w*)\b")
_FI_MINOR = re.compile(r"\balaikai(?:nen|sen|sena)\b(?!\s" + _FI_KIN + r"\b)|\balle\s18\s?-?\s?v(?:uotias\w*)?\b")
# (an age in years, "15-vuotias", or its short "v" alone in brackets or opening a clause: "(15 v)", "16 v, opiskelija";
# not "asiakas 5 v", a customer for five years)
_FI_AGE = re.compile(r"\b(\d{1,2})\s?-?\s?vuotia(?:s|ana|aan)\b|(?:(?<=\()|" + _FI_CLAUSE + r")(\d{1,2})\s?v\.?"
                     r"(?=\s*(?:$|[,;)]))")


def _finnish(text: str) -> str:
    """Finnish requests, one way only, a test account, a complaint, a lawsuit, a guardian, an interview, staff, a
    death, a minor and an age put in English (see above)."""
    if not re.search(r"\b(?:vain|ainoastaan|pelkastaan|ei|ala|alkaa|yhteydenot\w*|kontaktointi\w*|kielt\w*|testi\w*|"
                     r"reklamaatio\w*|valitu\w*|kantelu\w*|riita\w*|kuluttaja\w*|kril|kkv|tietosuojavaltuute\w*|"
                     r"finanssivalvon\w*|fiva|fine|traficom|oikeu\w*|haast\w*|karajaoikeu\w*|huoltaja|"
                     r"tyontekij\w*|kollegamme|henkilokunta\w*|harjoittelija|entinen|kuol\w*|menehty\w*|edesmennyt|"
                     r"poisnukkunut|nukkui|alaikai\w*|alle|\d{1,2}|\d{1,2}v|\w+vuotia\w*|"
                     r"\w+mme|tyoskentelee|toissa|tyossa|\w*(?:tutkimu|poisto|poistamis|henkilokunta|henkilosto)\w*|pyysi|pyytanyt|pyytaa|vaati\w*)\b",
                     text):
        return text
    for pattern, en in _FI_REPLACE:
        text = pattern.sub(en, text)

    text = _FI_MINOR.sub(_unless_kin(_FI_KIN_BEFORE, "under 18"),
                         _FI_DIED.sub(_unless_kin(_FI_KIN_BEFORE, "deceased", "died"), text))
    # (the note's person named first: "Asiakas kuollut" is theirs, as "kuollut" alone)
    text = re.sub(r"^(?:asiakas|kayttaja|tilinhaltija)\s(?=(?:deceased|under 18)\b)", "", text)
    # (the note's person and an age a minor has, "Asiakas 17 v, tilaa…": not "asiakas 5 v", a customer five years)
    text = re.sub(r"^(?:asiakas|kayttaja|tilaaja|tilinhaltija)\s(1[3-7])\s?v\.?(?=\s*(?:$|[,;)]))", r"\1 years old", text)
    return _FI_AGE.sub(lambda m: _unless_kin(_FI_KIN_BEFORE, f"{m.group(1) or m.group(2)} years old")(m), text)


# Danish (and Norwegian, where it writes the same), as a Danish CRM export or member system names its columns and
# statuses (folded: "ø" is "o", "æ" is "ae", "å" is "a"): "Medlemsnummer", "Fødselsdato", "Samtykke til undersøgelser"
# (Ja/Nej), "Bemærkning"; a pension fund's or union's member "Død", "Udtrådt" (left the scheme), "Overført" (savings
# transferred out), "Hvilende" (dormant)
_GLOSSARY.update({
    "medlemsnummer": "member number", "medlemsnr": "member number", "kundenummer": "customer number",
    "kundenr": "customer number", "fodselsdato": "birth date", "fodselsdag": "birth date",
    "bemaerkning": "notes", "bemaerkninger": "notes", "notat": "notes", "noter": "notes",
    "samtykke til undersogelser": "research consent", "samtykke til undersogelse": "research consent",
    "samtykke til brugerundersogelser": "research consent", "samtykke til interview": "research consent",
    "samtykke til interviews": "research consent", "samtykke til forskning": "research consent",
    "samtykke til deltagelse i undersogelser": "research consent", "samtykke til kontakt": "may be contacted",
    "seneste interview": "last interviewed", "sidste interview": "last interviewed",
    "overfort": "transferred out", "udtradt": "exited", "udmeldt": "exited", "utmeldt": "exited",
    "hvilende": "dormant", "opsagt": "cancelled", "maneder": "months", "uger": "weeks",
})
# Norwegian (Bokmål and Nynorsk) where it writes apart from Danish: an insurer's or bank's "Merknad", "Samtykke til
# brukerundersøkelser" (Nynorsk "brukarundersøkingar"), "Sist intervjuet", "Kundestatus" and its "Oppsagt",
# "Sperret", "Overført til annet selskap"; "Reservert mot telefonsalg" (the national register's no to telesales,
# answered Ja: a no to marketing calls, not to research)
_GLOSSARY.update({
    "merknad": "notes", "merknader": "notes", "merknad kundebehandler": "notes", "notater": "notes",
    "samtykke til brukerundersokelser": "research consent", "samtykke til brukerundersokelse": "research consent",
    "samtykke til undersokelser": "research consent", "samtykke til undersokelse": "research consent",
    "samtykke til brukarundersokingar": "research consent", "samtykke til brukarundersoking": "research consent",
    "samtykke til undersokingar": "research consent", "samtykke til intervju": "research consent",
    "samtykke til forsking": "research consent", "sist intervjuet": "last interviewed",
    "sist intervjua": "last interviewed", "siste intervju": "last interviewed", "kundestatus": "customer status",
    "oppsagt": "cancelled", "sagt opp": "cancelled", "sperret": "blocked", "sperra": "blocked",
    "overfort til annet selskap": "transferred out", "overfort til anna selskap": "transferred out",
    "reservert mot telefonsalg": "telemarketing opt out", "reservert mot markedsforing": "marketing opt out",
    "manader": "months", "veker": "weeks",
})
# Danish and Norwegian notes (folded), as a member service writes them: a request not to be contacted or called
# ("ønsker ikke at blive kontaktet", "ring ikke"; "ring ikke efter kl. 17" a time of day), one way only ("kun
# e-mail"), a refusal ("vil ikke deltage"), an erasure request ("ønsker sine data slettet"), a complaint to an
# appeals board or regulator ("klage til Ankenævnet", "sag hos Finanstilsynet"), a guardian ("værge", "under
# værgemål") or a power of attorney ("fuldmagt til datter"), a test account, staff ("medarbejder" opening a
# clause; "ægtefælle er medarbejder" a relative), a death (the member's own, "afdød - dødsbo", not "far død"),
# a minor, and an interview done with its day ("interviewet 03.11.2026", "interviewet maj 2026"), in English
_DA_KIN = (r"(?:far|fars|fader|mor|mors|moder|aegtefaelle|aegtefaelles|hustru|mand|kone|partner|kaereste|son|sons|"
           r"datter|datters|bror|brors|soster|sosters|barn|barns|born|foraeldre|bedstefar|bedstemor|svigerfar|"
           r"svigermor|barnebarn|ektefelle|sonn|sonnen|datteren|faren|moren|kona|mannen|hund|kat)")
_DA_KIN_BEFORE = re.compile(r"\b" + _DA_KIN + r"\b[^,.;:!?]*$")
_DA_CLAUSE = r"(?:^|(?<=[,;(:/]\s)|(?<=[,;(:/])|(?<=[\-\u2013\u2014]\s))"
_DA_END = r"(?=\s*(?:$|[,;.)(/]|\s[-\u2013\u2014]))"
_DA_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{4}"
_DA_MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()
_DA_REGULATOR = (r"(?:(?:pensions|forsikrings|bank|forbrugerklage|finansiel\w*\s)?ankenaevn\w*|finanstilsyn\w*|"
                 r"forbrugerombudsmand\w*|datatilsyn\w*|ombudsmand\w*|finansklagenemnd\w*|forbrukertilsyn\w*)")
_DA_TIME = r"(?:kl\.?\s?)?(\d{1,2}(?:[:.]\d{2})?)"
_DA_REPLACE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), en) for p, en in (
    # a time of day, when to call
    (r"\bring\s(?:ham\s|hende\s)?ikke\s(?:efter|etter)\s" + _DA_TIME, r"do not call after \1h"),
    (r"\bring\s(?:ham\s|hende\s)?ikke\s(?:for|inden)\s" + _DA_TIME, r"do not call before \1h"),
    (r"\bring\s(?:ham\s|hende\s)?ikke\b(?!\s(?:efter|etter|for|inden|mellem|om\s(?:morgen|aften)|i\s(?:weekend|"
     r"arbejdstid)|pa\s|fra\s))|\b(?:ma|vil|onsker)\s(?:ikke\s(?:at\s)?(?:blive\s)?ringes\sop|ikke\sat\sblive\sringet\sop)\b|"
     r"\bikke\sringes\sop\b", "do not call"),
    # (Norwegian writes the "not" first, "ikke ring", Nynorsk "ikkje ring"; "ikke ring etter kl. 16" a time of day)
    (r"\b(?:ikke|ikkje)\sring\s(?:etter|efter)\s" + _DA_TIME, r"do not call after \1h"),
    (r"\b(?:ikke|ikkje)\sring\s(?:for|innen)\s" + _DA_TIME, r"do not call before \1h"),
    (r"\b(?:ikke|ikkje)\sring\b(?!\s(?:etter|efter|for|innen|mellom|pa\s|fra\s|i\s(?:helg|arbeidstid)))|"
     r"\b(?:vil|onsker|ynskjer)\s(?:ikke|ikkje)\s(?:a\s)?bli\s(?:ringt|oppringt)\b", "do not call"),
    # (a request not to be contacted, "ønsker ikke at blive kontaktet", is read as the person's own words are)
    (_DA_CLAUSE + r"kontakt\s(?:ikke|ikkje)\b", "do not contact"),
    # one way only
    (r"\b(?:kun|bare|berre)\s(?:(?:pr|per|via|pa|paa)\.?\s)?(?:e-?mail|e-?post|mail)\b", "email only"),
    (r"\b(?:kun|bare|berre)\s(?:(?:pr|per|via|pa|paa)\.?\s)?sms\b", "text only"),
    # a refusal of research
    (r"\b(?:vil|onsker|ynskjer|ynskjer)\s(?:ikke|ikkje)\s(?:at\s|a\s)?(?:deltage|delta)\b|\btakker\snej\stil\s(?:interview\w*|undersogelse\w*)|"
     r"\b(?:vil|onsker)\s(?:ikke|ikkje)\s(?:at\s)?(?:deltage\s)?(?:i\s)?(?:interview\w*|undersogelse\w*|"
     r"sporgeskema\w*)\b", "refused the interview"),
    # an erasure request
    (r"\b(?:onsker|anmod\w*\som|bedt\som|beder\som|krav\w*)\s(?:\w+\s){0,3}?(?:data|oplysninger|personoplysninger|"
     r"personopplysninger|konto)\s(?:slettet|slettes|sletning|slettede)\b|\b(?:anmodning\som\s|krav\som\s)?sletning\s"
     r"(?:af|av)\s(?:\w+\s)?(?:data|oplysninger|personoplysninger|konto)\b|\bsletteanmodning\b|\bret\stil\ssletning\b|"
     r"\bslet(?:ning)?\s?\(gdpr\)", "erasure requested"),
    # a complaint to an appeals board or regulator
    (r"\b(?:klage\w*|sag|anke\w*)\b[^,.;]*?\b" + _DA_REGULATOR + r"|\b" + _DA_REGULATOR + r"\b[^,.;]*?\b(?:klage\w*|sag)\b",
     "complaint to the regulator"),
    # a fraud case, Norwegian or Danish ("sak hos svindelavdelingen", "svindelsak", "mistanke om svindel")
    (r"\b(?:(?:sak|saken|sag)\s(?:hos|i|med)\s)?svindel(?:avdeling\w*|sak\w*|etterforsk\w*)?\b|"
     r"\bmistanke\som\s(?:svindel|bedrageri)\b", "fraud case"),
    # a guardian, a power of attorney
    (r"\b(?:under\s)?(?:vaergemal|vergemal)\b|\b(?:har\s(?:en\s|fast\s)?)?vaerge\b(?!\sfor\b)", "under guardianship"),
    # (the Norwegian "verge" alone, or had, given or appointed; not the English "on the verge of")
    (r"(?<!\bthe\s)\b(?:har\s(?:en\s|fast\s|oppnevnt\s)?)?verge\b(?!\s(?:for|of)\b)(?:\s(?:oppnevnt|oppnemnd))?",
     "under guardianship"),
    (r"\b(?:fuldmagt|fullmakt|fuldmaegtig)\w*", "power of attorney"),
    # a test account
    (r"\btest\s?-?(?:bruger|konto|medlem|profil|kunde)\w*", "test account"),
    # an interview done with its day, or its month ("interviewet maj 2026": the month's number, as Finnish)
    (r"\b(?:interviewet|intervjuet|interviewede)\s(?:(?:den|d\.|pa|i|sidst)\s)?(" + _DA_DATE + r")\b",
     r"interviewed \1"),
    (r"\b(?:interviewet|intervjuet)\s(?:(?:i|sidst)\s)?(" + "|".join(_DA_MONTHS) + r"|mai|desember)\s"
     r"((?:19|20)\d\d)\b",
     lambda m: "interviewed " + str(_DA_MONTHS.index({"mai": "maj", "desember": "december"}.get(m.group(1), m.group(1)))
                                    + 1) + "/" + m.group(2)),
    # staff: a relative of theirs, or themselves opening a clause
    (r"\b" + _DA_KIN + r"\s(?:er\s)?(?:medarbejder|medarbeider|ansat|ansatt)\b(?:\s(?:hos|her|i)\b(?:\s\w+)?)?",
     "relative of our staff"),
    (r"\b(?:vores|var|egen)\s(?:medarbejder|kollega|ansatt?e?)\b|\bansatt?\s(?:hos|her\shos|i)\s(?:os|oss)\b", "our employee"),
    # (Nynorsk: "tilsett hjå oss", "tilsett hos oss", "vår tilsette")
    (r"\b(?:er\s)?tilsett\s(?:hja|hos|her\shja|her\shos)\s(?:oss|os)\b|\b(?:var|vaar)\stilsette?\b", "our employee"),
    (r"\btidligere\s(?:medarbejder|ansat|ansatt)\b", "former employee"),
    (_DA_CLAUSE + r"(?:er\s)?(?:medarbejder|medarbeider|ansat|ansatt)(?:\s(?:hos|i)\s[\w-]+)?" + _DA_END,
     "our employee"),
))
# (a bare "død" only as the whole cell, a status, or after "er"/"blev": an English note's "DoD" is no death)
_DA_DIED = re.compile(r"\b(?:er\s)?(?:afdod|avdod|dodsbo|afgaet\sved\sdoden)\b|\b(?:er|blev|nu)\sdod\b|^\s*dod\s*$")
_DA_MINOR = re.compile(r"\b(?:mindrearig|umyndig|under\s18\sar)\b(?!\s" + _DA_KIN + r"\b)")
# (an age: "16 år gammel", or 13 to 17 "år" in brackets or opening a clause, "(16 år)"; not "medlem i 12 år")
_DA_AGE = re.compile(r"\b(\d{1,2})\s?ar\sgammel\b|(?:(?<=\()|" + _DA_CLAUSE + r")(1[3-7])\s?ar" + _DA_END)


def _danish(text: str) -> str:
    """Danish and Norwegian requests, one way only, a refusal, an erasure, a complaint, a guardian, a power of
    attorney, a test account, an interview, staff, a death, a minor and an age put in English (see above)."""
    if not re.search(r"\b(?:ring|onsker|vil|ma|kontakt\w*|ikke|ikkje|kun|takker|sletning|slettet|slettes|slet|"
                     r"anmod\w*|\w*ankenaevn\w*|finanstilsyn\w*|\w*ombudsmand\w*|datatilsyn\w*|vaerge\w*|vergemal|"
                     r"fuldmagt\w*|fullmakt\w*|fuldmaegtig\w*|test\w*|interview\w*|intervjuet|medarbe\w*|ansatt?|vores|"
                     r"var|egen|tidligere|afdod|avdod|dod|dodsbo|afgaet|mindrearig|umyndig|\d{1,2}|"
                     # (Norwegian, Bokmål and Nynorsk)
                     r"ynskjer|bare|berre|verge|tilsett|vaar|klage\w*|\w*klagenemnd\w*|svindel\w*|mistanke)\b", text):
        return text
    for pattern, en in _DA_REPLACE:
        text = pattern.sub(en, text)
    text = _DA_MINOR.sub(_unless_kin(_DA_KIN_BEFORE, "under 18"),
                         _DA_DIED.sub(_unless_kin(_DA_KIN_BEFORE, "deceased", "died"), text))
    text = re.sub(r"\bdeceased\s-\sdeceased\b", "deceased", text)  # ("afdød - dødsbo": the member's estate)
    return _DA_AGE.sub(lambda m: _unless_kin(_DA_KIN_BEFORE, f"{m.group(1) or m.group(2)} years old")(m), text)


# Czech and Slovak, as a Czech or Slovak CRM's agents write notes (folded: "nevolat" for "nevolať" too), put in
# English whole: a request not to be called ("nevolat", "nevolejte"; not one at a time of day, "nevolat po 18 h")
# or contacted ("nekontaktovat", "nepřeje si být kontaktována"), research refused, a death (the note's person's,
# opening a clause: "zemřel, smlouvu ukončila dcera"; not "manžel zemřel"), staff ("zaměstnanec",
# "naše zaměstnankyně"; not "dcera zaměstnance"), a guardian ("opatrovník: syn …", "pod opatrovnictvím"), an
# erasure asked for ("GDPR – žádost o výmaz údajů"), debt enforcement and insolvency ("exekuce", "v insolvenci"),
# a complaint to a regulator ("stížnost u ERÚ", ČTÚ, ČNB, the financial arbiter; Slovak ÚRSO, NBS), an interview
# done on its day ("rozhovor proveden 15. 10. 2026"), one way only ("jen e-mailem"), a test account, a minor
_CS_CLAUSE = r"(?:^|(?<=[,;(:]\s)|(?<=[,;(:])|(?<=[\-\u2013\u2014/]\s)|(?<=[\-\u2013\u2014/]))"
_CS_NO_TIME = r"(?!\s(?:po|pred|pres|rano|vecer|dopoledne|odpoledne|doobeda|poobede|mezi|medzi|o\svikendu|v\s|do\s\d|od\s\d))"
# (a relative named after the death: "zemřel manžel", "zemřela manželka", the customer's husband or wife)
_CS_KIN = (r"(?:manzel|manzelka|druh|druzka|otec|matka|tatinek|maminka|syn|dcera|bratr|sestra|brat|dedecek|babicka|"
           r"dedko|babka|stary\sotec|partner|partnerka|zakaznikuv\s\w+|zakaznicin\w*\s\w+)")
_CS_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?|\d{4}-\d{1,2}-\d{1,2}"
_CS_REPLACE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple((re.compile(p), en) for p, en in (
    (r"\b(?:prosim\s|prosime\s)?ne(?:volat|volejte|volajte|telefonovat)\b" + _CS_NO_TIME, "do not call"),
    (r"\b(?:prosim\s|prosime\s)?ne(?:kontaktovat|kontaktujte|obtezovat)\b" + _CS_NO_TIME, "do not contact"),
    (r"\b(?:ne(?:preje|praje|chce)\ssi\s|nechce\s)(?:byt\s|aby\s(?:ho|ji|ju|jej)\s)?(?:uz\s|vice\s)?"
     r"(?:kontaktovan[aoy]?|kontaktovali|oslovovan[aoy]?|volan[aoy]?)\b", "do not contact"),
    (r"\b(?:odmitl|odmitla|odmitli|odmieta|odmietol|odmietla|odmita)\s(?:ucast\s(?:ve|na|vo)\s)?"
     r"(?:vyzkum\w*|pruzkum\w*|prieskum\w*|vyskum\w*|rozhovor\w*)|\bnechce\s(?:se\s)?(?:ucastnit|zucastnit|"
     r"zucastnovat)\s(?:vyzkum\w*|pruzkum\w*|rozhovor\w*)", "refused the interview"),
    (_CS_CLAUSE + r"(?:zakaznik\s|zakaznice\s|klient\s|klientka\s)?(?:zemrel|zemrela|zomrel|zomrela|zesnul[ya]?|"
     r"zosnul[ya]?)\b(?!\s(?:jej\w*\s|jeho\s|ji\s|mu\s)?" + _CS_KIN + r"\b)", "deceased"),
    (_CS_CLAUSE + r"(?:je\s)?(?:nas|nase|nasi|nasa)\s(?:zamestnan\w*|kolega|kolegyne|kolegyna)\b", "our employee"),
    (_CS_CLAUSE + r"(?:je\s)?(?:zamestnanec|zamestnankyne|zamestnankyna)(?:\s(?:nasi\s|nasej\s)?"
     r"(?:firmy|spolecnosti|spolocnosti))?(?=\s*(?:$|[,;.(/]|\s[-\u2013\u2014]))", "our employee"),
    (r"\b(?:pod\s)?opatrovnictv\w*|\bopatrovni(?:k|ce|ci|ka|kem|kom)\b", "under guardianship"),
    (r"\b(?:zadost|ziadost|pozadal[a]?|poziadal[a]?|zada|ziada)\s(?:o\s)?(?:vymaz|smazani|vymazani|vymazanie)\b"
     r"(?:\s(?:osobnich\s|osobnych\s)?(?:udaju|udajov|dat))?|\bvymaz\s(?:osobnich\s|osobnych\s)?(?:udaju|udajov|dat)\b",
     "erasure request"),
    (r"\b(?:v\s)?exeku(?:ce|ci|cia|cii|cni)\b", "debt collection"),
    (r"\b(?:v\s)?(?:insolvenc\w*|oddluzen\w*|konkurz\w*)", "insolvency"),
    (r"\b(?:stiznost|staznost|reklamace)\s(?:je\s)?(?:podana\s)?(?:u|na|k|ke|pri)\s(?:eru|ctu|cnb|coi|uoou|"
     r"financniho\sarbitra|financni\sarbitr|urso|nbs|soi)\b", "complaint to the regulator"),
    (r"\b(?:rozhovor|interview)\s(?:byl\s|bol\s)?(?:proveden|uskutecnen|vykonany|uskutocneny|realizovan|hotov)"
     r"(?:\sdne)?\s(" + _CS_DATE + ")", lambda m: "interviewed " + re.sub(r"\s", "", m.group(1))),
    (r"\b(?:ucastnil|ucastnila|zucastnil|zucastnila)\s(?:se\s|sa\s)(?:rozhovoru|vyzkumu|pruzkumu|vyskumu|prieskumu)\b",
     "took part in interviews"),
    (r"\b(?:jen|pouze|vyhradne|len|iba)\s(?:(?:pres|na|cez)\s)?(?:e-?mail\w*|mail\w*)", "email only"),
    (r"\b(?:jen|pouze|vyhradne|len|iba)\s(?:(?:pres|cez)\s)?sms\w*", "text only"),
    (r"\btestovaci\s(?:ucet|zakaznik|zakaznice|uzivatel)\b|\btestovaci\b", "test account"),
    (r"\b(?:nezletil|maloleti|maloletu|neplnolet)\w*", "minor"),
    (r"\bnesouhlasi\ss\snahravanim\b|\bnesuhlasi\ss\snahravanim\b", "don't want to be recorded"),
    (r"\bpodezreni\sna\spodvod\b|\bpodozrenie\sz\spodvodu\b", "suspected fraud"),
))


def _czech(text: str) -> str:
    """Czech and Slovak requests, refusals, a death, staff, a guardian, an erasure, debt enforcement, a complaint,
    an interview done, one way only, a test account and a minor put in English (see above)."""
    if not re.search(r"\b(?:ne\w+|odm\w+|zemrel\w*|zomrel\w*|zesnul\w*|zosnul\w*|nas\w*|zamestnan\w*|"
                     r"\w*opatrovni\w*|zadost|ziadost|po[zž]adal\w*|zada|ziada|vymaz|exeku\w*|v|insolvenc\w*|"
                     r"oddluzen\w*|konkurz\w*|stiznost|staznost|reklamace|rozhovor|interview|ucastnil\w*|"
                     r"zucastnil\w*|jen|pouze|vyhradne|len|iba|testovaci|maloleti|maloletu|podezreni|podozrenie|"
                     r"prosim|prosime|zakaznik|zakaznice|klient|klientka|je)\b", text):
        return text
    for pattern, en in _CS_REPLACE:
        text = pattern.sub(en, text)
    return text


# Portuguese, as Brazilian sales reps and support agents write notes (folded): a death, whose it is (the
# note's person, "Sr. Antônio faleceu em julho", unless a relative or someone's name stands before it in the
# clause: "Filho do Sr. Antônio (falecido)", "marido faleceu"), one way only ("só WhatsApp, não ligar",
# "somente por e-mail": a channel, not a no), a complaint to a consumer body or a regulator ("Reclamação no
# Procon"; Reclame Aqui is a public review site, not a regulator, and is not one), a lawsuit ("processo
# judicial", "ação judicial") and an insolvency ("recuperação judicial", "falência"), put in English
_PT_DIED = re.compile(r"\b(?:faleceu|falecid[oa]|morreu|veio\sa\sobito)\b")
_PT_SOMEONE_ELSES = re.compile(r"\b(?:pai|mae|marido|esposo|esposa|mulher|filho|filha|irmao|irma|avo|sogro|sogra|tio|tia|"
                               r"primo|prima|neto|neta|genro|nora|cunhad[oa]|sobrinh[oa]|socio|socia|conjuge|"
                               r"companheir[oa])\b|\b(?:do|da|de)\s(?:sr|sra|srta|seu|dona|dr|dra)\b")
_PT_CHANNEL = {"whatsapp": "whatsapp", "zap": "whatsapp", "wpp": "whatsapp", "zapzap": "whatsapp", "e-mail": "email",
               "email": "email", "e mail": "email", "sms": "text", "mensagem": "text", "mensagens": "text"}
_PT_CHANNELS = "(?P<ch>" + "|".join(sorted(_PT_CHANNEL, key=len, reverse=True)) + ")"
_PT_ONLY = re.compile(
    r"\b(?:somente|apenas|unicamente|exclusivamente)\s(?:(?:por|pelo|via|no)\s)?" + _PT_CHANNELS + r"\b|"
    # (a "só", folded "so", opens its clause and the channel ends it: not an English "so email me")
    r"(?:^|(?<=[,;(:])|(?<=[,;(:]\s)|(?<=\s-\s)|(?<=\bcontato\s))so\s(?:(?:por|pelo|via|no)\s)?"
    + _PT_CHANNELS.replace("?P<ch>", "?P<so>") + r"(?=\s*(?:$|[,;.)!/]|-|e\snao\b|nao\b|por\sfavor\b))")
_PT_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    (r"\b(?:reclamac\w+|queixa|denuncia|processo|acion\w+|recorreu|abriu|registrou)\b[^.;]{0,30}?\b(?:procon|bacen|"
     r"banco\scentral|anatel|aneel|anvisa|consumidor\.gov(?:\.br)?|ministerio\spublico|defensoria\spublica)\b",
     "complaint to the regulator"),
    (r"\b(?:processo|acao|acoes)\s(?:judicial|judiciais|na\sjustica|trabalhista)\b|\bentrou\s(?:com\s\w+\s)?na\sjustica\b|"
     r"\b(?:nos\s)?processou\b|\bjuizado\sespecial\b", "lawsuit"),
    (r"\b(?:em\s)?recuperacao\s(?:judicial|extrajudicial)\b|\b(?:pedido\sde\s)?falencia\b", "insolvency proceedings"),
))


def _portuguese(text: str) -> str:
    """Portuguese deaths (whose), one way only, a complaint to a regulator, a lawsuit and an insolvency put in
    English (see above)."""
    if not re.search(r"\b(?:faleceu|falecid[oa]|morreu|obito|so|somente|apenas|unicamente|exclusivamente|procon|bacen|"
                     r"anatel|aneel|anvisa|consumidor|ministerio|defensoria|processo|processou|acao|acoes|entrou|"
                     r"juizado|recuperacao|falencia)\b", text):
        return text

    def died(m: re.Match[str]) -> str:
        before = re.sub(r"\b(sr|sra|srta|dr|dra)\.", r"\1 ", m.string[:m.start()])
        clause = re.split(r"[.;!?]", before)[-1]
        rest = m.string[m.end():]  # (the subject after the verb: "faleceu o pai dela", "faleceu a esposa")
        theirs = re.match(r"\s(?:o|a|os|as|seu|sua)\s", rest) and _PT_SOMEONE_ELSES.search(" ".join(rest.split()[:3]))
        # (bereaved of whom follows, not a "died" that opens the note and reads as their own)
        return "died" if _PT_SOMEONE_ELSES.search(clause) else "bereaved" if theirs else "deceased"

    text = _PT_ONLY.sub(lambda m: f"{_PT_CHANNEL[m.group('ch') or m.group('so')]} only", text)
    for pattern, en in _PT_REPLACE:
        text = pattern.sub(en, text)
    return _PT_DIED.sub(died, text)


# Spanish, as a Latin American or Spanish support team writes notes (folded): a case or a complaint before
# a consumer, financial, health or data body ("caso abierto con CONAMED", Mexico's medical arbitration
# commission; "queja ante PROFECO", "reclamación en CONDUSEF", "denuncia ante el INAI", Colombia's SIC, Spain's
# OMIC), put in English as a complaint to the regulator; not one said to be closed ("caso cerrado con CONAMED")
_ES_REGULATOR = (r"conamed|profeco|condusef|inai|cofepris|cndh|ift|conapred|sic|superintendencia(?:\sde\s\w+)?|"
                 r"omic|defensa\sdel\sconsumidor|defensor(?:ia)?\sdel\s(?:pueblo|cliente|asegurado)|"
                 r"comision\sde\sarbitraje\smedico")
_ES_REGULATOR_CASE = re.compile(
    r"\b(?:queja|quejas|denuncia|denuncio|reclamacion|reclamo|caso|expediente|inconformidad|arbitraje|demanda|"
    r"proceso|conciliacion|tramite)\b(?![^.;]{0,40}\b(?:cerrad[oa]|resuelt[oa]|concluid[oa]|archivad[oa])\b)"
    rf"[^.;]{{0,30}}?\b(?:{_ES_REGULATOR})\b"
    rf"(?![^.;]{{0,30}}\b(?:cerrad[oa]|resuelt[oa]|concluid[oa]|archivad[oa])\b)")


def _spanish(text: str) -> str:
    """A Spanish case or complaint before a regulator put in English (see above)."""
    if not re.search(rf"\b(?:{_ES_REGULATOR})\b", text):
        return text
    return _ES_REGULATOR_CASE.sub("complaint to the regulator", text)


# Ukrainian and Russian, as a caseworker or a support team writes notes in Cyrillic (folded: "й" as "и",
# "ї" as "і", "ё" as "е"; the patterns below are folded the same way when compiled): requests ("не
# телефонувати", "не звонить", "не турбувати", "Просила больше не звонить"; not one for a time of day: "не
# дзвонити після 18:00"), a refusal ("Відмовився від інтерв'ю", "отказалась от участия"), a caseworker's
# word to leave them out ("Не залучати", "Не привлекать к исследованиям"), a consent withdrawn ("Відкликала
# згоду на участь у дослідженнях"), staff ("наш співробітник", "Працює у нас", "Волонтерка нашої
# організації", "сотрудник" as a clause of its own; not "мама працює у нас", a staff member's mother), a
# crisis ("кризовий план", "суїцидальні думки"), contact only through the caseworker ("Контакт лише через
# соцпрацівницю"), a return home ("Повернувся в Україну": moved away), a deportation case (a legal matter,
# named), an earlier interview ("Інтерв'ю для дослідження (житло) 12.10.2026"; not one planned), an age
# ("16 років", not "син 16 років") and a minor ("неповнолітній"), each put in English whole.
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CY_KIN = (r"(?:мама|мати|матір|батько|тато|син|сина|дочка|донька|доньк\w*|дочк\w*|брат|сестра|чоловік|дружина|"
           r"бабуся|дідусь|онук\w*|племінни\w*|родич\w*|друг|подруга|знайом\w*|сусід\w*|"
           r"мать|отец|папа|сын|дочь|муж|жена|бабушка|дедушка|внук\w*|родственни\w*|знаком\w*|сосед\w*)")
_CY_KIN_BEFORE = re.compile(r"\b" + _CY_KIN + r"\b[^,.;:!?]*$")  # (no letter the folding changes)
_CY_APOSTROPHE = "['\u2019\u02bc]?"
_CY_NO_TIME = (r"(?!\s+(?:після|до\s+\d|перед|вранці|зранку|ввечері|увечері|вночі|в\s+робоч\w+|у\s+робоч\w+|"
               r"после|раньше|утром|вечером|ночью|в\s+рабоч\w+|по\s+(?:понеділк|вівтірк|середа|середах|четвер|п.ятниц|"
               r"субот|суббот|неділ|вихідн|выходн|понедельник|вторник|сред|пятниц|воскресен|будн)\w*))")
_CY_INTERVIEW = "(?:інтерв" + _CY_APOSTROPHE + "ю|интервью)"
_CY_REPLACE_SOURCE = (
    # in hospital or away "until January": not now
    (r"\bне\s+(?:турбувати|беспокоить|контактувати|контактировать)\s+до\s+(?!\d)(?!(?:ранку|обіду|вечора|утра|обеда)\b)"
     r"(\w+)", r"do not contact until \1"),
    (r"\b(?:по)?прос(?:ил\w*|ив|или)\s+(?:більше\s+|больше\s+)?не\s+(?:дзвонити|телефонувати|звонить|звонити|"
     r"турбувати|беспокоить|писати|писать)\b" + _CY_NO_TIME, "asked not to be called again"),
    (r"\b(?:більше\s+|больше\s+)?не\s+(?:телефонувати|дзвонити|звонить|звонити|телефонировать)\b" + _CY_NO_TIME,
     "do not call"),
    (r"\bне\s+(?:турбувати|беспокоить|контактувати|контактировать|зв" + _CY_APOSTROPHE + r"язуватися|связываться|"
     r"писати|писать)\b" + _CY_NO_TIME, "do not contact"),
    (r"\b(?:не\s+хоче|не\s+хочет|не\s+бажає|не\s+желает)\s+(?:щоб\s+(?:(?:ій|йому|им)\s+)?(?:дзвонили|телефонували)|"
     r"чтобы\s+(?:(?:ей|ему|им)\s+)?звонили)\b", "does not want to be called"),
    (r"\b(?:відмови\w*|отказал\w*|отказыва\w*)\s+(?:від|от)\s+(?:" + _CY_INTERVIEW + r"|участі|участия|"
     r"дослідження|досліджень|исследования|исследований|опитування|опроса)\b", "refused the interview"),
    (r"\bне\s+(?:залучати|привлекать)\b(?:\s+(?:до|к)\s+(?:\w+\s+)?(?:досліджень|дослідження|" + _CY_INTERVIEW
     + r"|опитувань|исследованиям|исследованию|опросам))?", "do not invite for research"),
    (r"\b(?:відкликал\w*|отозвал\w*)\s+(?:свою\s+|своє\s+|свое\s+)?(?:згоду|согласие)\b|"
     r"\b(?:згоду|согласие)\s+(?:відкликано|отозвано)\b", "consent withdrawn, not interested in research"),
    (r"\bне\s+(?:пропонувати|предлагать|запрошувати|приглашать)\s+(?:(?:ій|йому|им|ей|ему)\s+)?(?:участь|участие|"
     r"участі|участия|до\s+\w+|на\s+\w+|в\s+\w+)", "do not invite for research"),
    (r"^\W*(?:дубль|дублікат|дубликат)\b", "duplicate"),
    (r"\bкризов\w*\s+план\w*\b", "on crisis plan"),
    (r"\bсуіцидальн\w*\s+(?:думк\w*|нахил\w*|намір\w*|ризик\w*)|\bсуицидальн\w*\s+(?:мысл\w*|наклонност\w*|"
     r"намерени\w*|риск\w*)", "suicidal thoughts"),
    (r"\b(?:контакт|зв" + _CY_APOSTROPHE + r"язок|спілкування|связь|общение)\s+(?:лише|тільки|только|исключительно|"
     r"виключно)\s+через\s+(?:\w+\s+)?(?:соцпрацівни\w*|соціальн\w*\s+працівни\w*|соцработни\w*|социальн\w*\s+"
     r"работни\w*|куратор\w*|кейс-менеджер\w*|консультант\w*)", "contact only through their case manager"),
    (r"\b(?:поверну\w*|вернул\w*|виїха\w*|уехал\w*)\s+(?:назад\s+|обратно\s+)?(?:в|у|до|на)\s+(?:україн\w*|украин\w*)",
     "moved abroad"),
    (r"\b(?:виїха\w*|уехал\w*)\s+(?:з|из)\s+(?:німеччини|германии)\b", "moved abroad"),
    # to another town or land: one named so, or a place written in Latin letters ("Переїхала до Leipzig")
    (r"\b(?:переїха\w*|переехал\w*)\s+(?:до|в|у|на)\s+(?:(?:інш\w*|друг\w*)\s+(?:міст\w*|город\w*|регіон\w*|"
     r"регион\w*|країн\w*|стран\w*|земл\w*)|(?=[a-z]))", "moved out of the city "),
    (r"\bдепортац\w*|\bвисилк\w*|\bвысылк\w*", "deportation"),
    # an interview done, with its day after ("interviewed for research (housing) 12.10.2026"), not one planned
    (r"\b(?:провели\s+|проведено\s+|пройшо?в\w*\s+|прош[её]л\w*\s+)?" + _CY_INTERVIEW
     + r"\s+(?:для|в\s+рамках|у\s+рамках)\s+(?:дослідження|исследования)\b(?![^.;]*\b(?:заплан\w*|план\w*|"
     r"назнач\w*|призначен\w*)\b)", "interviewed for research"),
    (r"\b(?:провели|проведено|пройшо?в\w*|прош[её]л\w*)\s+" + _CY_INTERVIEW + r"\b", "interviewed"),
    (r"\b(?:неповнолітн\w*|несовершеннолетн\w*)", "minor"),
    (r"\b(?:працює|работает)\s+(?:у|в)\s+нас\b", "our employee"),
    (r"\b(?:наш|наша)\s+(?:співробітни\w*|працівни\w*|волонтер\w*|сотрудни\w*|работни\w*)|"
     r"\b(?:співробітни\w*|працівни\w*|волонтер\w*|сотрудни\w*|работни\w*)\s+(?:нашо[іи]|нашей)\s+(?:організації|"
     r"организации|команди|команды)\b", "our employee"),
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:співробітни(?:к|ця)|сотрудни(?:к|ца)|працівни(?:к|ця))(?=\s*(?:$|[,;.)]))",
     "our employee"),
    # "сотрудник компании" as a clause of its own (not "сотрудник компании-партнера"), a test shop or account
    # ("тестовый магазин"), a claim or a dispute still open ("спор по выплатам / претензия"; not "претензий нет")
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:співробітни\w*|працівни\w*|сотрудни\w*|работни\w*)\s+(?:компанії|компании|"
     r"фірми|фирмы)(?=\s*(?:$|[,;.)]))", "our employee"),
    (r"^\s*тестов\w*\s+(?:магазин\w*|аккаунт\w*|акаунт\w*|профил\w*|профіл\w*|продав\w*|пользовател\w*|"
     r"користувач\w*|клиент\w*|клієнт\w*|запис\w*)(?=\s*(?:$|[,;.)(/-]))", "test account"),
    (r"(?<!нет\s)(?<!без\s)\b(?:претензи\w*|спор\s+(?:по|о|об|из-за|щодо)\s+\w+|спір\s+(?:щодо|про|через)\s+\w+)\b"
     r"(?!\s+(?:нет|немає|не\s|закрыт\w*|закрит\w*|снят\w*|знят\w*|отозван\w*|урегулир\w*|врегульован\w*|решен\w*|"
     r"вирішен\w*))", "open dispute"),
)
_CY_AGE = re.compile(r"\b(\d{1,2})\s+(?:років|роки|рік|лет|года|год)\b")


@lru_cache(maxsize=1)
def _cyrillic_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    # (folded as the notes are, but not the escapes: ``fold`` lower-cases, and "\W" is not "\w")
    return tuple((re.compile(re.sub(r"(\\.)|([^\\]+)", lambda m: m.group(1) or fold(m.group(2)), p)), en)
                 for p, en in _CY_REPLACE_SOURCE)


def _cyrillic(text: str) -> str:
    """Ukrainian and Russian requests, refusals, staff, a crisis, a return home, a deportation case, an
    interview, an age and a minor put in English (see above); a staff word or an age after a relative's
    in the same clause stays as written."""
    if not _CYRILLIC.search(text):
        return text
    for pattern, en in _cyrillic_rules():
        if en == "our employee":
            text = pattern.sub(lambda m: m.group(0) if _CY_KIN_BEFORE.search(fold(m.string[:m.start()]))
                               else "our employee", text)
        else:
            text = pattern.sub(en, text)
    return _in_english_cyrillic(_CY_AGE.sub(lambda m: m.group(0) if _CY_KIN_BEFORE.search(fold(m.string[:m.start()]))
                                            else f"{m.group(1)} years old", text))


# Ukrainian and Russian as a bank's, a shop's or an app's CRM or 1C export and Google Forms write them, read
# after the notes above, as Greek is (``_whole_word_keys``, keys folded when compiled): its column names
# ("ПІБ"/"ФИО", "Дата останнього входу", "Входів за 30 днів", "Згода на дослідження", "Останнє інтерв'ю",
# "Примітки"), its statuses ("Активний", "Неактивний", "Закритий", "Заблокований" and the Russian ones),
# its yes and no ("Так"/"Ні", "Да"/"Нет"), the NPS question's "порекомендуєте", and what a note says of who
# not to ask: debt collection ("борг / колектори"), fraud ("підозра на шахрайство"), an earlier interview
# with its day ("інтерв'ю 03.11.2026", not one planned), email only ("только email": a channel, not a no)
# and, opening a clause, the person's own death ("помер, повідомила донька"; not "чоловік помер": her
# husband died). A soldier called up ("мобілізований") or a partner's employee is left as written: the
# plan names such a note for the researcher to read, as it does in other languages.
_CY_LETTER = "[\u0400-\u04ff]"
_CY_CLAUSE = "(?:^|(?<=[,;:.!(\u2013\u2014/-])|(?<=[,;:.!(\u2013\u2014/-]\\s))"
_CY_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
_UK_RU: dict[str, str] = {
    # column names
    "піб|п\\.\\s?і\\.\\s?б\\.?|фіо|фио|ф\\.\\s?и\\.\\s?о\\.?|прізвище,? ім'я(?:,? (?:та )?по батькові)?|"
    "фамилия,? имя(?:,? (?:и )?отчество)?|ім'я та прізвище|имя и фамилия|повне ім'я|полное имя": "full name",
    "прізвище|фамилия": "last name",
    "(?:ід|id|код|номер) (?:клієнта|клиента|користувача|пользователя|абонента)": "customer id",
    "(?:номер )?(?:телефону|телефона)|(?:мобільний |мобильный )?телефон|мобільний|мобильный": "phone",
    "(?:адреса )?(?:електронної пошти|електронна пошта|ел\\. ?пошта)|(?:адрес )?(?:электронной почты|электронная почта|"
    "эл\\. ?почта)": "email",
    "місто|город|населений пункт|населенный пункт": "city", "область|регіон|регион": "region",
    "дата народження|дата рождения": "birth date", "вік|возраст": "age",
    "дата (?:реєстрації|регистрации)": "signup date",
    "(?:дата )?(?:останнього входу|последнего входа)|останній вхід|последний вход": "last login",
    "(?:дата )?(?:останньої активності|последней активности)|остання активність|последняя активность": "last active",
    "(?:кількість )?входів|(?:количество )?входов|(?:кількість )?сесій|(?:количество )?сессий": "logins",
    "за (?:останні |последние )?(\\d+) (?:днів|дні|дня|дней)": "last \\1 days",
    "статус(?: клієнта| клиента| рахунку| счета| акаунта| аккаунта)?": "status",
    "примітки|примітка|коментар|коментарі|нотатки|примечание|примечания|комментарий|комментарии|заметки": "notes",
    "згода на (?:участь (?:у|в) )?(?:дослідження|дослідженні|дослідженнях|інтерв'ю)|"
    "согласие на (?:участие в )?(?:исследовани[еяи]|исследованиях|интервью)": "research consent",
    "згода на (?:аудіо|відео)?запис|согласие на (?:аудио|видео)?запись": "recording consent",
    "(?:дата )?(?:останнього інтерв'ю|последнего интервью)|останнє інтерв'ю|последнее интервью": "last interviewed",
    # the NPS question: "Наскільки ймовірно, що ви порекомендуєте Кишеню друзям?"
    "порекомендуєте|порекомендуете|порекомендували б|порекомендовали бы|порадите|посоветуете": "recommend",
    # a form's question to be contacted: "Чи погоджуєтеся ви, щоб ми зв'язалися з вами для інтерв'ю?", "Можем ли
    # мы связаться с вами для интервью?"
    "чи можемо ми зв'язатися з вами|можем ли мы связаться с вами|можно ли с вами связаться": "may we contact you",
    "(?:щоб |чтобы )?(?:ми |мы )?(?:зв'язалися з вами|зв'язались з вами|зв'язатися з вами|связались с вами|"
    "связаться с вами|с вами связались)": "we contact you",
    "погоджуєтеся|погоджуєтесь|згодні|согласны|соглашаетесь": "agree",
    "(?:для|на) (?:інтерв'ю|интервью)": "for an interview",
    # statuses
    "активний|активна|активне|активні|активный|активная|активное|активные": "active",
    "неактивний|неактивна|неактивне|неактивні|неактивный|неактивная|неактивное|неактивные": "inactive",
    "закритий|закрита|закрите|закритий рахунок|закрытый|закрыт|закрыта|закрытая|закрыто": "closed",
    "заблокований|заблокована|заблоковано|заблокирован|заблокирована|заблокировано|заблокированный": "blocked",
    "видалений|видалена|видалено|удален|удалена|удалено|удаленный|удаленная|удаленное": "deleted",  # (ё folded)
    # a note's debt collection, fraud, one way only, an interview done with its day
    "(?:передано |передан |передана )?(?:колекторам|колектори|колектор|коллекторам|коллекторы|коллектор)": "debt collection",
    "борг|заборгованість|долг|задолженность": "debt",
    "(?:підозра на |подозрение на |підозра в |подозрение в )(?:шахрайство|шахрайстві|мошенничество|мошенничестве|фрод)":
    "suspected fraud",
    "шахрайство|мошенничество": "fraud",
    "(?:лише|тільки|только|исключительно|виключно) (?:по |через |на )?(?:email|e-mail|ел\\. ?пошту|пошту|почту|"
    "электронную почту|електронну пошту)": "email only",
    "(?:інтерв'ю|интервью) (" + _CY_DATE + ")(?![^.;]*(?:заплан|назнач|призначен))": "interviewed \\1",
    "(?:закрив|закрила|закрили|закрыл|закрыла|закрыли) (?:свій |свою |свой )?(?:рахунок|картку|акаунт|счет|карту|"
    "аккаунт)": "closed their account",
    "(?:брав|брала|брали|взяв|взяла|принимал|принимала|принимали|участвовал|участвовала) (?:участь |участие )?"
    "(?:в|у) (?:інтерв'ю|интервью)": "took part in interviews",
}
# Serbian's (Cyrillic) last login and last activity, as a Serbian bank's or shop's export heads them: "Последња
# пријава", "Датум последње пријаве", "Последња активност" (the Latin spelling is in ``_GLOSSARY``)
_UK_RU.update({
    "(?:датум )?последње пријаве|последња пријава|последње пријављивање": "last login",
    "(?:датум )?последње активности|последња активност": "last active",
})
# (each opening a clause: the person's own)
_UK_RU_OWN: dict[str, str] = {
    "(?:клієнт |клієнтка |клиент |клиентка )?(?:помер\\(ла\\)|помер\\(-ла\\)|помер/ла|померла|помер|умер\\(ла\\)|умерла|"
    "умер|скончался|скончалась|покійний|покійна|покойный|покойная)": "deceased",
}
# a yes or a no as a whole cell, or opening one before a comma ("Ні, дякую")
_UK_RU_ANSWERS = {"так": "yes", "ні": "no", "да": "yes", "нет": "no", "згоден": "yes", "згодна": "yes",
                  "согласен": "yes", "согласна": "yes", "не згоден": "no", "не згодна": "no", "не согласен": "no",
                  "не согласна": "no"}


@lru_cache(maxsize=1)
def _uk_ru() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Ukrainian and Russian keys as patterns (``_whole_word_keys``), folded as the text is; an
    apostrophe in a key stands for any of the three Ukrainian writes (' ’ ʼ)."""
    def key(k: str) -> str:
        return fold(k).replace("'", "['\u2019\u02bc]")
    return _whole_word_keys({key(k): en for k, en in _UK_RU.items()}, {key(k): en for k, en in _UK_RU_OWN.items()},
                            _CY_LETTER, _CY_CLAUSE)


def _in_english_cyrillic(folded: str) -> str:
    """The Ukrainian and Russian words of ``folded`` in English (see above); a whole cell's yes or no as one."""
    if not _CYRILLIC.search(folded):
        return folded
    answers = {fold(k): v for k, v in _UK_RU_ANSWERS.items()}
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _whole_words_in_english(folded, answers, _uk_ru())).strip()


# Serbian, in either of its scripts: a bank's core system writes Cyrillic, its call centre's CRM Latin, and the two
# are one-to-one (ђ đ, ж ž, ј j, љ lj, њ nj, ћ ć, ч č, џ dž, ш š), so a Cyrillic text is read in Latin letters
# (``serbian_latin``) by the same keys, folded ("č" as "c", "đ" as "d"). A Cyrillic text with a letter Serbian does
# not write (Russian's ы э ъ ь я ю щ й ё, Ukrainian's і ї є ґ) is left to the Russian and Ukrainian keys above,
# and one no key below matches stays Cyrillic, so a plan names it as a note it could not read. Its column names
# ("Напомена", "Датум рођења", "Старосна група"), its statuses ("Активан", "Угашен": closed, "Блокиран"),
# what a note says of who not to ask ("Не жели да буде контактирана", "Не позивати", not "Не позивати после 17ч":
# a time of day; "Старатељ управља рачуном": a guardian runs the account; "Сумња на превару"), an interview done
# with its day ("Интервјуисан 03.11.2026.", not one scheduled: "заказан") and, opening a clause, the person's own
# death, age or job ("Клијент преминуо", not "Отац преминуо": her father died; "Малолетна"; "Запослена у банци",
# not "Супруга запослена у банци": an employee's wife), each put in English whole; an age band "до 18" as a whole cell
# (not "до 18. новембра": a day).
# (one table for the whole project: the guide checker reads Serbian questions in it too)
SERBIAN_LATIN_LETTERS = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш", (
    "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š").split()))
_SR_LATIN = str.maketrans({**SERBIAN_LATIN_LETTERS, **{c.upper(): (lat[0].upper() + lat[1:]) for c, lat in SERBIAN_LATIN_LETTERS.items()}})
_NOT_SERBIAN = re.compile("[ыэъьяющйёіїєґЫЭЪЬЯЮЩЙЁІЇЄҐ]")
_SR_NO_TIME = (r"(?!\s(?:posle|pre|poslije|prije|nakon|od|do|oko|ujutru|ujutro|uvece|navecer|nocu|vikendom|radnim|subotom|nedeljom|"
               r"nedjeljom|tokom|u\s\d|\d))")
_SR_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?|\d{4}-\d{1,2}-\d{1,2}"
_SR_NOT_PLANNED = r"(?![^.;]*\b(?:zakazan\w*|planiran\w*|dogovoren\w*))"
_SERBIAN: dict[str, str] = {
    # column names
    "napomena|napomene|beleska|beleske|biljeska|biljeske|komentar|komentari": "notes",
    "datum rodenja|datum rodjenja": "birth date",
    "starosna grupa|starosna kategorija|starosni razred|uzrast": "age group",
    # (Croatian's "privola", Serbian's "saglasnost", either's "pristanak": a consent to research, answered DA or NE)
    "(?:privola|suglasnost|saglasnost|pristanak) (?:za|na) (?:sudjelovanje u |ucesce u |ucestvovanje u )?"
    "(?:istrazivanj\\w*|intervju\\w*)": "research consent",
    # an earlier interview's day ("Zadnji intervju", "Datum posljednjeg intervjua", Serbian "Poslednji intervju")
    "(?:datum )?(?:zadnjeg|posljednjeg|poslednjeg) intervjua": "last interviewed date",
    "(?:zadnji|posljednji|poslednji) intervju": "last interviewed",
    # a telecom's subscription and the day it ended ("Status pretplate: Raskinut", "Datum raskida")
    "status pretplate|status pretplatnika": "status", "status ugovora": "contract status",
    "(?:ocjena|ocena) zadovoljstva|zadovoljstvo (?:korisnika|uslugom)": "satisfaction rating",
    "datum (?:raskida|otkaza)(?: ugovora| pretplate)?": "termination date",
    # statuses
    "aktivan|aktivna|aktivno": "active", "neaktivan|neaktivna|neaktivno": "inactive",
    # (a telecom's: "Raskinut" a contract terminated, "Prenesen broj" a number ported out, "Suspendiran")
    "raskinut|raskinuta|raskinuto|otkazan|otkazana|otkazano": "cancelled",
    "prenesen broj|broj prenesen|prenesen|prenesena|preneseno": "ported out",
    "suspendiran|suspendirana|suspendirano|suspendovan|suspendovana|suspendovano": "suspended",
    "ugasen|ugasena|ugaseno|zatvoren|zatvorena|zatvoreno": "closed", "blokiran|blokirana|blokirano": "blocked",
    # a note's requests, refusals, guardian, fraud, an interview done with its day, a test account
    "ne zeli da (?:ga |je |ih )?(?:bude |budu )?(?:kontaktiran|kontaktirana|kontaktirani|kontaktirano|zovemo|zovu|"
    "pozivamo|pozivaju|uznemiravamo)|ne zeli (?:vise )?(?:kontakt|pozive)|ne zeli biti (?:kontaktiran|kontaktirana|zvan|zvana)":
    "do not contact",
    # (Croatian: "Ne želi da ga se zove", "Ne želi da joj se zvoni": not to be phoned)
    "ne zeli da (?:ga |je |ju |ih |mu |joj |im )?se (?:zove|zvoni|poziva)" + _SR_NO_TIME: "do not call",
    # one way only ("samo e-mail", "samo putem e-maila", "samo SMS"): a channel, not a no
    "samo (?:(?:putem|preko|na|po) )?(?:e-?mail\\w*|mail\\w*)": "email only",
    "samo (?:(?:putem|preko|na|po) )?(?:sms\\w*|poruk\\w*|viber\\w*|whatsapp\\w*)": "text only",
    "(?:molimo )?(?:vise )?ne (?:kontaktirati|kontaktirajte|uznemiravati|uznemiravajte)" + _SR_NO_TIME: "do not contact",
    "(?:molimo )?(?:vise )?ne (?:pozivati|pozivajte|zvati|zovite)" + _SR_NO_TIME: "do not call",
    # (a time of day: "Ne zvati prije 10 h", "Не позивати после 17ч": when to call, in English for the rules that read it)
    "(?:molimo )?ne (?:pozivati|pozivajte|zvati|zovite) (?:prije|pre) (\\d{1,2}(?:[:.]\\d{2})?) ?(?:h|c|sati|sata|casova)?":
    "do not call before \\1h",
    "(?:molimo )?ne (?:pozivati|pozivajte|zvati|zovite) (?:poslije|posle|nakon|iza) (\\d{1,2}(?:[:.]\\d{2})?) ?"
    "(?:h|c|sati|sata|casova)?": "do not call after \\1h",
    "(?:odbio|odbila|odbija|odbili) (?:ucesce|intervju|intervjue|anketu|ankete|istrazivanje|istrazivanja)|"
    "ne zeli (?:da ucestvuje|ucesce)(?: u (?:istrazivanj\\w*|intervju\\w*|anket\\w*))?": "refused the interview",
    "(?:staratelj|starateljka|zakonski zastupnik) (?:upravlja|raspolaze|vodi) (?:njegovim |njenim )?racunom|"
    "pod starateljstvom|ima (?:zakonskog )?staratelja": "under guardianship",
    # (Croatian: "Skrbnik upravlja računom", "pod skrbništvom")
    "(?:skrbnik|skrbnica) (?:upravlja|raspolaze|vodi) (?:njegovim |njenim |njezinim )?racunom|pod skrbnistvom|"
    "ima (?:zakonskog )?skrbnika": "under guardianship",
    # a complaint to a regulator still open (Croatian HAKOM, HANFA, HNB, AZOP, the ombudsman; Serbian RATEL, NBS)
    "(?:prigovor|prituzba|zalba|reklamacija) (?:je )?(?:podnesen\\w* |ulozen\\w* )?(?:pri|kod|na|u|pred|prema) "
    "(?:hakom|hanf|hnb|azop|ratel|nbs|pucko\\w* pravobranitelj|zastitnik\\w* gradjana|regulator)\\w*(?:-\\w+)?":
    "complaint to the regulator",
    "sumnja na (?:prevaru|zloupotrebu)": "suspected fraud",
    "(?:intervjuisan|intervjuisana|intervjuisani|intervjuiran|intervjuirana|intervjuirani)(?: je| su)?(?: dana)? (" + _SR_DATE + ")" + _SR_NOT_PLANNED:
    "interviewed \\1",
    "intervju (?:odrzan |obavljen |uraden )?(?:dana )?(" + _SR_DATE + ")" + _SR_NOT_PLANNED: "interviewed \\1",
    "(?:ucestvovao|ucestvovala|ucestvovali|sudjelovao|sudjelovala) (?:je )?u (?:intervjuu|intervjuima|istrazivanju|"
    "istrazivanjima)": "took part in interviews",
    "test nalog|testni nalog|test racun|testni racun|testni korisnik|testna korisnica|testni pretplatnik|"
    "testni broj": "test account",
    "(?:racun|nalog) (?:je )?(?:otvorio|otvorila|otvorili|vodi|vode) (?:roditelj|roditelji|majka|otac)": "account held by parent",
}
# (each opening a clause: the person's own)
_SERBIAN_OWN: dict[str, str] = {
    "(?:klijent |klijentkinja |korisnik |korisnica )?(?:je )?(?:preminuo|preminula|preminuo/la|preminuo\\(la\\)|umro|"
    "umrla)(?! (?:je |joj |mu |im )*(?:otac|majka|muz|suprug|supruga|zena|sin|cerka|kcerka|kci|brat|sestra|deda|baba|"
    "baka|unuk|unuka|roditelj\\w*|clan\\w*))": "deceased",
    "(?:maloletn|maloljetn|maloletan|maloljetan)\\w*": "minor",
    "(?:zaposlen|zaposlena|zaposleni|zaposleno|zaposlenik|zaposlenica|radnik|radnica|sluzbenik|sluzbenica) (?:je )?(?:u |kod )?(?:nase |nasoj )?"
    "(?:banke|banci|kompanije|kompaniji|firme|firmi|tvrtke|tvrtki|poduzeca|poduzecu)|(?:nas|nasa|nasi) (?:zaposlen\\w*|kolega|koleginica|radnik|"
    "radnica|sluzbenik|sluzbenica)": "our employee",
}


def serbian_latin(text: str) -> str:
    """``text`` with its Cyrillic written in Serbian Latin letters ("Ненад Ђорђевић" → "Nenad Đorđević"), where
    every Cyrillic letter in it is Serbian's; else as written (see above)."""
    return text if _NOT_SERBIAN.search(text) or not _CYRILLIC.search(text) else text.translate(_SR_LATIN)


@lru_cache(maxsize=1)
def _serbian_keys() -> tuple[tuple[re.Pattern[str], str], ...]:
    return _whole_word_keys(_SERBIAN, _SERBIAN_OWN, "[^\\W\\d_]", _CY_CLAUSE)


def _serbian(folded: str) -> str:
    """The Serbian words of ``folded`` in English (see above), in either script: a Cyrillic text in Latin
    letters where a key matches it, else as it was."""
    latin = fold(serbian_latin(folded))
    if _CYRILLIC.search(latin):
        return folded
    if re.fullmatch(r"\s*do\s18(?:\s(?:godina|god\.?))?\s*", latin):  # an age band, the whole cell: "до 18"
        return "under 18"
    if re.fullmatch(r"\s*ne\s*\.?\s*", latin):  # a no, the whole cell ("NE" in a "Privola … (DA/NE)" column)
        return "no"
    out = latin
    for pattern, en in _serbian_keys():
        out = pattern.sub(en, out)
    return folded if out == latin else re.sub(r"(?<=\S) {2,}(?=\S)", " ", out)


# Arabic, as a Gulf CRM (Zoho's or Salesforce's Arabic labels), a sheet or an agent's notes write it, read
# after ``fold`` (which takes off the hamza and the short vowels: "الإلكتروني" → "الالكتروني"): its column
# names ("الاسم الكامل", "رقم الجوال", "تاريخ التسجيل", "ملاحظات الوكيل"), its yes and no ("نعم", "لا", "موافق",
# "غير موافق") and what a note says of who not to ask. Arabic joins "the" (ال), "and" (و), "by" (ب) and "for"
# (ل) to its word, so a key may carry them; a key is a whole word (no Arabic letter either side). A note
# of the person's own age, staff, death or a duplicate is read only where it opens a clause ("توفي", not
# "والدها توفي": her father died; "موظف في الشركة", not "زوجة موظف": an employee's wife); a broker's or a
# legal case's note is left unread, so a plan names it for the researcher to read.
_AR_LETTER = "[\u0621-\u064a\u066e-\u06d3]"
_AR_CLAUSE = "(?:^|(?<=[\u060c\u061b,;:.(\u2013\u2014/-])|(?<=[\u060c\u061b,;:.(\u2013\u2014/-]\\s))"
_ARABIC: dict[str, str] = {
    # column names
    "(?:ال)?اسم (?:ال)?كامل|(?:ال)?اسم (?:ال)?ثلاثي": "full name", "اسم (?:ال)?عميل(?:ه|ة)?|اسم (?:ال)?مشارك(?:ه|ة)?": "name",
    "(?:ال)?اسم": "name",
    "(?:ال)?بريد (?:ال)?الكتروني|(?:ال)?ايميل": "email",
    "(?:رقم )?(?:ال)?(?:جوال|موبايل|هاتف(?: (?:ال)?محمول)?|تليفون)": "phone", "(?:رقم )?(?:ال)?(?:واتساب|واتس اب)": "whatsapp",
    "تاريخ (?:ال)?(?:تسجيل|انضمام|اشتراك)": "signup date",
    "(?:ال)?(?:ملاحظات|ملاحظه|ملاحظة|تعليقات)(?: (?:ال)?(?:وكيل|موظف|مندوب|فريق|مبيعات|عميل|دعم))?": "notes",
    "(?:ال)?موافقه عل[ىي] (?:ال)?تسجيل|(?:ال)?موافقة عل[ىي] (?:ال)?تسجيل": "recording consent",
    "(?:ال)?(?:دوله|دولة|بلد)": "country", "(?:ال)?مدين(?:ه|ة)": "city", "(?:ال)?حال(?:ه|ة)": "status",
    "اخر (?:ال)?حجز|تاريخ اخر حجز": "last booking", "عدد (?:ال)?حجوزات": "bookings count",
    "اخر (?:ال)?(?:دخول|نشاط)": "last active", "رقم (?:ال)?عميل|معرف (?:ال)?عميل": "customer id",
    # a note's requests: "طلب عدم التواصل معه", "لا تتصلوا بها هاتفياً، التواصل عبر الواتساب فقط", "لا يرغب في المشاركة"
    "(?:طلب|طلبت|يطلب|تطلب|طلبوا) (?:عدم|الا|ان لا) (?:ال)?(?:تواصل|اتصال)(?: (?:معه|معها|معهم|به|بها|بهم))?": "asked not to be contacted",
    "(?:يرج[ىي] |الرجاء )?عدم (?:ال)?(?:تواصل|اتصال)(?: (?:معه|معها|معهم|به|بها|بهم))?|لا (?:تتواصل|تتواصلوا|تتواصلي)(?: (?:معه|معها|معهم))?":
    "do not contact",
    "لا (?:تتصل|تتصلوا|تتصلي)(?: (?:به|بها|بهم))?(?: هاتفيا| عل[ىي] (?:ال)?(?:هاتف|جوال))?": "do not call",
    "لا (?:يرغب|ترغب|يرغبون|يريد|تريد) (?:في |ب)?(?:ال)?(?:تواصل|اتصال)(?: (?:معه|معها|معهم|به|بها))?": "does not want to be contacted",
    "لا (?:يرغب|ترغب|يرغبون|يريد|تريد) (?:في |ب)?(?:ال)?(?:مشاركه|مشاركة)": "not interested in research",
    "(?:رفض|رفضت|يرفض|ترفض) (?:ال)?(?:مشاركه|مشاركة|مقابله|مقابلة|مقابلات|استبيانات|استبيان|بحث)": "not interested in interviews",
    "(?:(?:ال)?(?:تواصل|اتصال) )?(?:عبر|عل[ىي]|ب|من خلال) ?(?:ال)?(?:واتساب|واتس اب|واتس) فقط": "whatsapp only",
    "(?:(?:ال)?(?:تواصل|اتصال) )?(?:عبر|عل[ىي]|ب|من خلال) ?(?:ال)?(?:بريد(?: (?:ال)?الكتروني)?|ايميل) فقط": "email only",
    "(?:(?:ال)?(?:تواصل|اتصال) )?(?:عبر|ب) ?(?:ال)?رسائل(?: (?:ال)?نصي(?:ه|ة))? فقط": "sms only",
}
# (each opening a clause: the person's own)
_ARABIC_OWN: dict[str, str] = {
    "(?:(?:عمره|عمرها|العمر|السن)\\s?:?\\s?)?(?:اقل من|تحت|دون) (?:سن )?18(?: (?:سنه|سنة|عام|عاما))?": "under 18",
    "(?:عمره|عمرها|العمر|السن)\\s?:?\\s?(\\d{1,2})(?: (?:سنه|سنة|عام|عاما|سنوات))?": "aged \\1",
    "(?:قاصر|قاصرة|قاصره)": "minor",
    "(?:هو |هي )?(?:موظف|موظفة|موظفه|زميل|زميلة|زميله) (?:في|لد[ىي]|ب) ?(?:ال)?(?:شركه|شركة)|(?:موظف|موظفة|موظفه) لدينا|"
    "من (?:موظفي (?:ال)?(?:شركه|شركة)|موظفينا|فريقنا)": "our employee",
    "(?:(?:ال)?(?:عميل|عميله|عميلة) |صاحب (?:ال)?حساب )?(?:توفي|توفيت|توف[ىي]|متوف[ىي]|متوفي|متوفية|متوفيه)": "deceased",
    # (alone, or before a dash or a bracket: not "مكرر الحجز", booking again)
    "(?:سجل|حساب|عميل) مكرر|مكرر(?=\\s*(?:$|[-\u2013\u2014\u060c,;(]))": "duplicate record",
}
# a yes or a no as a whole Arabic cell, or opening one before a comma ("نعم، موافق")
_ARABIC_ANSWERS = {"نعم": "yes", "لا": "no", "موافق": "yes", "موافقه": "yes", "موافقة": "yes", "اوافق": "yes",
                   "غير موافق": "no", "غير موافقه": "no", "غير موافقة": "no", "لا اوافق": "no", "اجل": "yes"}


def _whole_word_keys(table: dict[str, str], own: dict[str, str], letter: str,
                     clause: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A script without case's keys (Arabic, Hebrew) as patterns, each a whole word (no ``letter`` of
    the script either side), those of ``own`` only where a ``clause`` opens; longest first."""
    def whole(key: str, opens: bool) -> re.Pattern[str]:
        return re.compile(("(?<!" + letter + ")" if not opens else clause) + "(?:" + key + ")(?!" + letter + ")")

    keys = sorted([(alt, en, False) for k, en in table.items() for alt in _alternatives(k)]
                  + [(alt, en, True) for k, en in own.items() for alt in _alternatives(k)], key=lambda k: -len(k[0]))
    return tuple((whole(k, opens), en) for k, en, opens in keys)


def _whole_words_in_english(folded: str, answers: dict[str, str], keys: tuple[tuple[re.Pattern[str], str], ...],
                            comma: str = "") -> str:
    """``folded`` with a whole cell's yes or no (``answers``, alone or before a comma: "نعم، موافق")
    and then each of ``keys`` put in English; ``comma``: the script's own comma, beside the Latin one."""
    answer = re.match(r"^\s*(" + "|".join(sorted(answers, key=len, reverse=True)) + r")\s*(?=$|[" + comma + r",;:.!(\-])",
                      folded)
    if answer and (answer.end() == len(folded.rstrip(" .!")) or re.match(r"\s*[" + comma + r",;:(\-]",
                                                                         folded[answer.end():])):
        folded = answers[answer.group(1)] + folded[answer.end():]
    for pattern, en in keys:
        folded = pattern.sub(en, folded)
    return folded


@lru_cache(maxsize=1)
def _arabic() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Arabic keys as patterns (``_whole_word_keys``)."""
    return _whole_word_keys(_ARABIC, _ARABIC_OWN, _AR_LETTER, _AR_CLAUSE)


def _in_english_arabic(folded: str) -> str:
    """The Arabic words of ``folded`` in English (see above); a whole cell's yes or no as one."""
    folded = _whole_words_in_english(folded.replace("\u0640", ""), _ARABIC_ANSWERS, _arabic(), comma="\u060c")
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", folded.replace("\u060c", ",").replace("\u061b", ";")).strip()


# Persian, as an Iranian admin panel, a sheet or a support team's notes write it, read before the Arabic keys
# (the words the two share, "ملاحظات", are read there) and after ``fold`` (which writes Persian ی and ک as
# Arabic ي and ك, so either keyboard's spelling matches, and takes off the hamza and the madda: "آخرین" →
# "اخرين"); a zero-width non-joiner ("می‌دهد") is read as a space. Keys are written as Persian writes them
# and folded when compiled. Its column names ("شناسه کاربر", "شماره موبایل", "تاریخ ثبت نام", "آخرین ورود",
# "تعداد سفارش", "وضعیت", "توضیحات"), its yes and no ("بله", "خیر"), its statuses ("فعال", "غیرفعال",
# "مسدود", "در انتظار تایید") and what a note says of who not to ask. A note of the person's own age,
# staff or death is read only where it opens a clause ("فوت کرده", not "همسرش فوت کرده": her husband
# died; "زیر ۱۸ سال", not "پسرش ۱۶ ساله است": her son is 16); a court case is named, not left out.
_FA_HIM = "(?:(?:با |به )?(?:ایشان|او|وی|ایشون|مشتری) )?"
_PERSIAN: dict[str, str] = {
    # column names
    "نام و نام خانوادگی|نام کامل|نام (?:مشتری|کاربر|مشارکت کننده)": "full name", "نام خانوادگی": "last name",
    "نام": "name",  # (the Urdu word too)
    "شناسه (?:کاربر|کاربری|مشتری)|کد (?:کاربر|کاربری|مشتری)": "customer id",
    "(?:شماره )?(?:موبایل|تلفن همراه|تلفن)|شماره (?:تماس|همراه)": "phone",
    "(?:ادرس )?(?:ایمیل|پست الکترونیک|پست الکترونیکی)": "email",
    "تاریخ (?:ثبت نام|ثبتنام|عضویت|ایجاد حساب)": "signup date", "تاریخ تولد": "date of birth",
    "تاریخ مصاحبه|تاریخ جلسه|تاریخ(?! ال)": "date",  # (not Arabic's "تاريخ التسجيل", read there)
    "اخرین (?:ورود|بازدید)": "last login", "اخرین (?:فعالیت|استفاده)": "last active",
    "اخرین (?:خرید|سفارش)": "last order", "تعداد (?:سفارش|سفارشات|سفارش ها|خرید|خریدها)": "orders count",
    "(?:توضیحات|یادداشت|یادداشت ها)(?: (?:پشتیبانی|کارشناس|اپراتور))?": "notes",
    "وضعیت(?: (?:حساب|کاربر|مشتری))?": "status", "استان": "province", "شهر": "city",
    "عدم تماس|تماس نگیرید": "do not contact",
    "رضایت (?:به |برای )?ضبط(?: صدا| مصاحبه| گفتگو)?": "recording consent", "رضایت": "consent",
    # statuses
    "غیرفعال|غیر فعال": "inactive", "فعال": "active", "مسدود(?: شده)?": "blocked",
    "در انتظار (?:تایید|تأیید|بررسی)": "pending approval",
    # a note's requests: "لطفاً با ایشان تماس نگیرید", "تماس نگیرید - درخواست خود مشتری"
    "(?:لطفا )?" + _FA_HIM + "تماس (?:نگیرید|نگیرند|گرفته نشود)": "do not contact",
    "(?:لطفا )?" + _FA_HIM + "(?:زنگ نزنید|تماس تلفنی نگیرید)": "do not call",
    "(?:مایل|علاقه مند) به (?:مصاحبه|شرکت در تحقیق|همکاری) نیست": "not interested in research",
    # one way to reach them, not a no: "فقط پیامک بدهید، زنگ نزنید"
    "فقط (?:با |از طریق )?(?:پیامک|اس ام اس)(?: (?:بدهید|بزنید|بفرستید|ارسال شود))?": "sms only",
    "فقط (?:با |از طریق |در )?(?:واتساپ|واتس اپ)(?: (?:پیام بدهید|پیام بفرستید))?": "whatsapp only",
    "فقط (?:با |از طریق )?(?:ایمیل)(?: (?:بدهید|بزنید|بفرستید))?": "email only",
    "(?:اکانت|حساب|کاربر) (?:تست|تستی|ازمایشی)": "test account",
    "(?:ارجاع (?:به )?)?(?:واحد )?وصول مطالبات": "referred to debt collection",
    "(?:مشکوک به )?(?:کلاهبرداری|تقلب)": "suspected fraud",
    # an interview done ("قبلاً مصاحبه شده ۱۴۰۵/۰۸/۲۰"), not one planned
    "(?:قبلا )?مصاحبه (?:شده|شد|کردیم|انجام شد|انجام شده)": "interviewed",
    "شکایت (?:قضایی|به دادگاه|در دادگاه)|پرونده (?:قضایی|در دادگاه)|طرح دعوی": "lawsuit",
    # someone else answers the phone ("تلفن را همسرش جواب می‌دهد")
    "(?:تلفن|گوشی) را (?:همسرش|شوهرش|خانمش|پسرش|دخترش|مادرش|پدرش) جواب می دهد|"
    "(?:همسرش|شوهرش|خانمش|پسرش|دخترش|مادرش|پدرش) (?:تلفن|گوشی) را جواب می دهد": "their relative answers the phone",
}
# (each opening a clause: the person's own)
_PERSIAN_OWN: dict[str, str] = {
    "(?:سن )?(?:زیر|کمتر از) 18 سال": "under 18", "(?:سن:? )(\\d{1,2})(?: سال)?": "aged \\1",
    "(?:(?:مشتری|کاربر) )?(?:فوت کرده|فوت شده|فوت کرد|درگذشته|درگذشت|مرحوم)": "deceased",
    "(?:کارمند|همکار|پرسنل) (?:شرکت|خودمان|ما)|(?:از )?کارکنان شرکت": "our employee",
}
# a yes or a no as a whole Persian cell, or opening one before a comma ("بله، موافقم")
_PERSIAN_ANSWERS = {"بله": "yes", "بلی": "yes", "اره": "yes", "خیر": "no", "نه": "no", "موافقم": "yes",
                    "مخالفم": "no", "دارد": "yes", "ندارد": "no"}


@lru_cache(maxsize=1)
def _persian() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Persian keys as patterns (``_whole_word_keys``), folded as the text they are matched in."""
    return _whole_word_keys({fold(k): v for k, v in _PERSIAN.items()}, {fold(k): v for k, v in _PERSIAN_OWN.items()},
                            _AR_LETTER, _AR_CLAUSE)


def _in_english_persian(folded: str) -> str:
    """The Persian words of ``folded`` in English (see above); a whole cell's yes or no as one."""
    answers = {fold(k): v for k, v in _PERSIAN_ANSWERS.items()}
    folded = _whole_words_in_english(folded.replace("\u200c", " "), answers, _persian(), comma="\u060c")
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", folded).strip()


# Urdu, as a Pakistani admin panel, an ops team's sheet (often saved by Excel in cp1256) or a support team's
# notes write it, read before the Persian keys (the words the three share, "فعال", "غیر فعال", "ملاحظات", are read
# there) and only in a cell with a letter of Urdu's own (ہ ے ں ٹ ڈ ڑ ھ) or one that is a key whole ("بلاک",
# "فون نمبر"), folded as Persian is. Its column
# names ("رائیڈر آئی ڈی", "فون نمبر", "شہر", "اسٹیٹس", "آخری رائیڈ", "پچھلے 30 دن کی رائیڈز", "نوٹس"), a status
# "بلاک" (blocked) and what a note says of who not to ask: "رابطہ نہ کریں", "ریسرچ میں حصہ نہیں لینا چاہتے",
# "ریکارڈنگ نہ کریں". A note of the person's own age, staff or death is read only where it opens a clause
# ("انتقال ہو گیا", not "والد کا انتقال ہو گیا": the father died; "ہمارا ملازم ہے", not "ہمارے ملازم کا بیٹا").
_UR_OWN_LETTER = "[ٹڈڑںھہےۓ]"
_UR_NOT = "(?:نہ|نہیں|مت)"
_URDU: dict[str, str] = {
    # column names
    "(?:رائیڈر|کسٹمر|صارف|یوزر|ممبر) (?:آئی ڈی|آئیڈی|نمبر)|آئی ڈی": "customer id",
    "فون نمبر|موبائل نمبر|موبائل|فون": "phone", "ای میل": "email", "شہر": "city",
    "اسٹیٹس|سٹیٹس|حیثیت": "status", "نوٹس|نوٹ|تبصرہ|تبصرے": "notes", "زبان": "language",
    "آخری (?:رائیڈ|سواری)(?: کی تاریخ)?": "last ride date", "آخری (?:آرڈر|خریداری)(?: کی تاریخ)?": "last order date",
    "آخری لاگ ان": "last login",
    "پچھلے (\\d+) دن(?:وں)? کی (?:رائیڈز|رائیڈیں|سواریاں)": "rides last \\1 days",
    "پچھلے (\\d+) دن(?:وں)? کے (?:آرڈرز|آرڈر)": "orders last \\1 days",
    # statuses
    "بلاک(?: شدہ| کیا گیا| ہے)?": "blocked", "معطل": "suspended",
    # a note's requests
    "(?:براہ کرم |مہربانی (?:کر کے|کرکے) )?(?:ان سے |اس سے )?رابطہ " + _UR_NOT + " (?:کریں|کیا جائے|کیجیے|کرنا)":
    "do not contact",
    "(?:ریسرچ|تحقیق|سروے|انٹرویو) میں حصہ " + _UR_NOT + " (?:لینا|لینی|لیں(?:گے|گی)?) (?:چاہتے|چاہتی|چاہتا)": "not interested in research",
    "انٹرویو " + _UR_NOT + " (?:دینا|دینی) (?:چاہتے|چاہتی|چاہتا)": "not interested in interviews",
    "(?:ریکارڈنگ|ریکارڈ) " + _UR_NOT + " (?:کریں|کرنی|کرنا|کی جائے|چاہیے)": "do not record",
    "صرف (?:واٹس ایپ|واٹس اپ|وٹس ایپ)(?: پر)?": "whatsapp only", "صرف (?:ای میل|میسج|ایس ایم ایس)(?: پر)?": "sms only",
    # fraud ("دھوکہ دہی"), which beside a blocked status leaves them out
    "(?:دھوکہ|دھوکا|دھوکے) ?دہی|فراڈ": "fraud",
    # an earlier interview ("انٹرویو ہو چکا ہے 18/11/2026")
    "انٹرویو (?:ہو چکا|ہو گیا|ہوگیا|لیا گیا|لیا|کیا گیا)(?: ہے| تھا)?": "interviewed",
    # a parent's account ("والد کا اکاؤنٹ"): someone else's, named
    "(?:والد|ابو|ابا|والدہ|امی) کا (?:اکاؤنٹ|اکاونٹ)": "parent's account",
}
# (each opening a clause: the person's own)
_URDU_OWN: dict[str, str] = {
    "(?:کال|فون) " + _UR_NOT + " (?:کریں|کیا جائے|کیجیے|کرنا)": "do not call",
    "(?:ہمارا |ہماری |ہمارے |کمپنی کا |کمپنی کی )?(?:ملازم|ملازمہ)(?: ہے| ہیں)?(?! کا| کی| کے)": "our employee",
    "(?:انتقال|وفات|فوت) (?:ہو گیا|ہو گئے|ہو گئی|ہوگیا|ہوگئے|ہوگئی|ہو چکا|ہو چکے|ہو چکی|پا گئے|پا گیا|پا گئی)": "deceased",
    "(?:بچہ|بچی|بچے) (?:ہے|ہیں)|نابالغ(?: ہے)?": "under 18",
    "عمر:? (\\d{1,2})(?: سال)?": "aged \\1",
}


@lru_cache(maxsize=1)
def _urdu() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Urdu keys as patterns (``_whole_word_keys``), folded as the text they are matched in."""
    return _whole_word_keys({fold(k): v for k, v in _URDU.items()}, {fold(k): v for k, v in _URDU_OWN.items()},
                            _AR_LETTER, _AR_CLAUSE)


def _in_english_urdu(folded: str) -> str:
    """The Urdu words of ``folded`` in English (see above), in a cell with a letter of Urdu's own or
    one that is a key whole."""
    if not re.search(_UR_OWN_LETTER, folded) and not any(p.fullmatch(folded.strip()) for p, _ in _urdu()):
        return folded  # (a whole cell of a word Urdu writes without them, "بلاک", "فون نمبر", is read)
    folded = _whole_words_in_english(folded.replace("\u200c", " ").replace("\u06d4", "."), {}, _urdu(), comma="\u060c")
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", folded).strip()


# Hebrew, as an Israeli CRM (Priority's Hebrew labels), a sheet or a support agent's notes write it, read
# after ``fold`` (which takes off the vowel points): its column names ("שם מלא", "טלפון נייד", 'דוא"ל',
# "תאריך הצטרפות", "מספר כניסות (30 יום)"), its yes and no ("כן", "לא") and what a note says of who not to
# ask. Hebrew has no case and joins "and" (ו), "the" (ה), "in" (ב), "to" (ל), "from" (מ) and "that" (ש) to
# its word, so a key may carry them; a key is a whole word (no Hebrew letter either side). A note of the
# person's own age, staff or death is read only where it opens a clause ("נפטר", not "בעלה נפטר": her
# husband died; "עובדת שלנו", not "הבן שלו עובד אצלנו": his son works here).
_HE_LETTER = "[\u05d0-\u05ea]"
_HE_CLAUSE = "(?:^|(?<=[,;:.!(\u2013\u2014/-])|(?<=[,;:.!(\u2013\u2014/-]\\s))"
_HE_HIM = "(?:איתו|איתה|איתם|עמו|עמה|אתו|אתה|אליו|אליה)"
_HEBREW: dict[str, str] = {
    # column names
    "שם מלא|שם (?:ה)?(?:לקוח|לקוחה|מטופל|מטופלת|משתתף|משתתפת|חבר|חברה)": "full name", "שם פרטי": "first name",
    "שם משפחה": "last name", "שם": "name",
    'דוא"ל|דואל|(?:כתובת )?(?:אימייל|אי-מייל|מייל)|דואר אלקטרוני': "email",
    "(?:מספר |מס' )?(?:טלפון(?: נייד)?|נייד|פלאפון|סלולרי)": "phone",
    "תאריך (?:ה)?(?:הצטרפות|הרשמה|רישום|פתיחה|פתיחת חשבון)": "signup date",
    "(?:כניסה|התחברות) אחרונה|(?:תאריך )?כניסה אחרון": "last login", "פעילות אחרונה": "last active",
    "(?:מספר |מס' )?(?:ה)?(?:כניסות|התחברויות)": "logins",
    "(\\d+) (?:יום|ימים)(?: (?:ה)?אחרונים)?": "\\1 days", "(\\d+) (?:ה)?ימים (?:ה)?אחרונים": "last \\1 days",
    "(\\d+) (?:חודש|חודשים)(?: (?:ה)?אחרונים)?": "\\1 months",
    "(?:ה)?(?:הערות|הערה)(?: (?:ה)?(?:נציג|נציגה|צוות|שירות|תמיכה))?": "notes",
    "(?:ה)?הסכמה (?:ל)?(?:מחקר|השתתפות במחקר|ראיון|ראיונות)": "research consent",
    "(?:ה)?הסכמה (?:ל)?הקלטה": "recording consent", "(?:ה)?הסכמה": "consent",
    "סטטוס|מצב (?:ה)?(?:חשבון|לקוח)": "status", "עיר|ישוב|יישוב": "city",
    # the NPS question: "באיזו מידה היית ממליץ/ה על האפליקציה לחבר? (0-10)", "מה הסיכוי שתמליץ…"
    "(?:ה|ש|ו)?(?:ממליץ|ממליצה|תמליץ|תמליצי|להמליץ|ממליצים)(?:/ה|/ת|\\(ה\\))?": "recommend",
    # a note's requests: "ביקש לא ליצור איתו קשר יותר", "לא ליצור קשר עד שחרור", "רק SMS, לא להתקשר"
    "(?:ביקש|ביקשה|ביקשו|מבקש|מבקשת)(?: ש?לא| שלא)? (?:ליצור|שייצרו|שיצרו|לצור) (?:" + _HE_HIM + " )?קשר(?: " + _HE_HIM + ")?":
    "asked not to be contacted",
    "(?:נא לא |נא |אין |לא )(?:ליצור|לצור) (?:" + _HE_HIM + " )?קשר(?: " + _HE_HIM + ")?": "do not contact",
    "(?:נא לא |נא |אין |לא )(?:ליצור|לצור) (?:" + _HE_HIM + " )?קשר(?: " + _HE_HIM + ")? עד": "do not contact until",
    "(?:נא לא|לא|אין) (?:להתקשר|להתקשר " + _HE_HIM + ")": "do not call",
    "(?:רק |אך ורק )(?:ב)?(?:sms|הודעות(?: טקסט)?|מסרונים)|(?:ב)?(?:sms|הודעות(?: טקסט)?|מסרונים) (?:בלבד|רק)": "sms only",
    "(?:רק |אך ורק )(?:ב)?(?:וואטסאפ|ווטסאפ|whatsapp)|(?:ב)?(?:וואטסאפ|ווטסאפ|whatsapp) (?:בלבד|רק)": "whatsapp only",
    "(?:רק |אך ורק )(?:ב)?(?:מייל|אימייל|email)|(?:ב)?(?:מייל|אימייל|email) (?:בלבד|רק)": "email only",
    "(?:לא|אינו|אינה) (?:מעוניין|מעוניינת|מעוניינים) (?:ב)?(?:מחקר|מחקרים|ראיון|ראיונות|סקרים|השתתפות)":
    "not interested in research",
    "(?:ש)?(?:רואיין|רואיינה|רואיינו)": "interviewed", "עד (?:ה)?שחרור": "until discharge", "(?:ה)?שחרור(?:ו|ה)? (?:מ)?(?:ה)?(?:אשפוז|בית החולים)|(?:ה)?שחרור(?:ו|ה)?": "discharge",
    "(?:ה)?(?:חשבון|משתמש|משתמשת) (?:ה)?(?:בדיקה|בדיקות|טסט)": "test account",
    "(?:איים|איימה|מאיים|מאיימת|איימו) (?:ב)?(?:תביעה|לתבוע)(?: משפטית)?|(?:ה)?תביעה משפטית|(?:הגיש|הגישה) תביעה":
    "threatened legal action",
}
# (each opening a clause: the person's own)
_HEBREW_OWN: dict[str, str] = {
    "(?:ה)?(?:מטופל|מטופלת|לקוח|לקוחה) (?:נפטר|נפטרה)|נפטר|נפטרה|(?:ה)?(?:מטופל|מטופלת|לקוח|לקוחה)? ?ז\"ל": "deceased",
    "(?:קטין|קטינה) (?:בן|בת) (\\d{1,2})": "minor aged \\1", "(?:בן|בת) (\\d{1,2})(?: שנים)?": "aged \\1",
    "קטין|קטינה": "minor", "מתחת לגיל 18|מתחת ל-18": "under 18",
    "(?:עובד|עובדת|עובדים) (?:שלנו|אצלנו|בחברה|של החברה)|מהצוות(?: שלנו)?|(?:איש|אשת|חבר|חברת) (?:ה)?צוות|"
    "צוות(?=\\s*(?:$|\\)))": "our employee",  # ("(צוות)", staff; not "צוות המרפאה ביקש…", the clinic's team asked)
    "(?:ה)?(?:אמא|אם|אבא|אב|הורים|הורה|בת|בן|בעל|אישה|אשתו|בעלה|בת הזוג|בן הזוג) (?:מנהל|מנהלת|מנהלים) את (?:ה)?חשבון(?: שלו| שלה)?":
    "relative manages the account",
    "(?:מאושפז|מאושפזת|מאושפזים)": "in hospital",
}
# a yes or a no as a whole Hebrew cell, or opening one before a comma ("כן, בשמחה")
_HEBREW_ANSWERS = {"כן": "yes", "לא": "no", "מסכים": "yes", "מסכימה": "yes", "מאשר": "yes", "מאשרת": "yes",
                   "לא מסכים": "no", "לא מסכימה": "no", "לא מאשר": "no", "לא מאשרת": "no"}


@lru_cache(maxsize=1)
def _hebrew() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Hebrew keys as patterns (``_whole_word_keys``)."""
    return _whole_word_keys(_HEBREW, _HEBREW_OWN, _HE_LETTER, _HE_CLAUSE)


def _in_english_hebrew(folded: str) -> str:
    """The Hebrew words of ``folded`` in English (see above); a whole cell's yes or no as one."""
    folded = folded.replace("\u05f4", '"').replace("\u05f3", "'").replace("\u05be", "-")  # gershayim, geresh, maqaf
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _whole_words_in_english(folded, _HEBREW_ANSWERS, _hebrew())).strip()


# Hindi and Marathi in Devanagari, as an Indian field officer writes notes: what a note says of who not to
# ask ("इनको फोन मत करना", Marathi "फोन करू नका"), staff ("कंपनी का स्टाफ है", "आमचा कर्मचारी"), an earlier
# interview ("इंटरव्यू हो गया था", "मुलाखत झाली"), unable to read ("पढ़ना लिखना नहीं आता", "अंगठा लावतात"); a
# death or a stay in hospital only where it opens a clause ("शेतकरी वारले", not "वडील वारले": the father
# died; "हॉस्पिटलमध्ये दाखल आहेत"). Keys are written as Hindi and Marathi write them and matched after
# ``fold`` (which takes off the virama and the nukta: "स्टाफ" is matched as "सटाफ").
_DV_LETTER = "[\u0900-\u097f]"
_DV_CLAUSE = "(?:^|(?<=[,;:.!(\u0964\u2013\u2014/-])|(?<=[,;:.!(\u0964\u2013\u2014/-]\\s))"
_DV_WHOM = "(?:(?:इनको|उनको|इन्हें|उन्हें|इसको|उसको|मुझे|हमें|यांना|त्यांना|मला|आम्हाला) )?"
_DEVANAGARI: dict[str, str] = {
    _DV_WHOM + "(?:फोन|फ़ोन|कॉल) (?:मत|न|ना) (?:करना|करो|करें|करे|करिए|कीजिए|करियेगा)": "do not call",
    _DV_WHOM + "(?:फोन|फ़ोन|कॉल) (?:करू|करु) (?:नका|नये|नकोस)": "do not call",
    "(?:(?:इनसे|उनसे|मुझसे|यांच्याशी|त्यांच्याशी) )?संपर्क (?:मत|न|ना) (?:करना|करो|करें|करे|करिए|कीजिए)": "do not contact",
    "(?:(?:इनसे|उनसे|मुझसे|यांच्याशी|त्यांच्याशी) )?संपर्क (?:करू|करु) (?:नका|नये)": "do not contact",
    "(?:कंपनी|कम्पनी) (?:का|की|के) (?:स्टाफ|कर्मचारी)|(?:हमारा|हमारी|हमारे) (?:स्टाफ|कर्मचारी)|"
    "(?:कंपनीचा|कंपनीची|कंपनीचे|आमचा|आमची|आमचे) (?:स्टाफ|कर्मचारी)": "our employee",
    "(?:इंटरव्यू|इंटरव्यु|इंटरव्ह्यू|साक्षात्कार) (?:हो (?:गया|चुका)|लिया|किया)(?: (?:था|थी|है))?": "interviewed",
    "मुलाखत (?:झाली|घेतली|झालेली)(?: (?:आहे|होती))?": "interviewed",
    "(?:पढ़ना|पढना)(?:[ -](?:लिखना))? नहीं (?:आता|आती|आते)|लिखना[ -](?:पढ़ना|पढना) नहीं (?:आता|आती|आते)|"
    "अनपढ़|अनपढ|निरक्षर|अंगूठा (?:लगाते|लगाती|लगाता)(?: (?:है|हैं))?": "cannot read",
    "(?:लिहिता[ -]वाचता|वाचता[ -]लिहिता|वाचता) येत नाही|अंगठा (?:लावतात|लावतो|लावते)": "cannot read",
    # consent read aloud ("सहमति पढ़कर सुनानी होगी", Marathi "संमती वाचून दाखवावी"), a call later ("पुढच्या महिन्यात फोन करा")
    "(?:सहमति|संमती|कंसेंट) (?:पढ़कर|पढकर|पढ़ के) (?:सुनानी|सुनाना|सुनाएं|सुनाओ)(?: (?:होगी|होगा|है|पड़ेगी))?|"
    "(?:सहमति|संमती|कंसेंट) वाचून (?:दाखवावी|दाखवा|दाखवावे|सांगावी)": "read consent aloud",
    "(?:अगले|पुढच्या) (?:महीने|महिने|महिन्यात) (?:फोन|फ़ोन|कॉल) (?:करें|करना|करो|करा|करावा)": "call next month",
}
# (each opening a clause: the person's own)
_DEVANAGARI_OWN: dict[str, str] = {
    "(?:(?:किसान|ग्राहक|शेतकरी) )?(?:का |यांचे )?(?:देहांत|निधन|स्वर्गवास) (?:हो (?:गया|गई|चुका)|हुआ|झाले|झाला)": "deceased",
    "(?:(?:शेतकरी|ग्राहक) )?(?:वारले|वारल्या|वारला|वारली)": "deceased",
    "(?:अभी |सध्या )?(?:अस्पताल|हॉस्पिटल) में(?: भर्ती)?(?: (?:है|हैं))?": "in hospital",
    "(?:सध्या )?(?:हॉस्पिटलमध्ये|दवाखान्यात|रुग्णालयात)(?: दाखल)?(?: (?:आहे|आहेत))?": "in hospital",
}


def _dv_folded(key: str) -> str:
    """A Devanagari key as ``fold`` leaves text: without its virama and nukta."""
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _devanagari() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Hindi and Marathi keys as patterns (``_whole_word_keys``)."""
    return _whole_word_keys({_dv_folded(k): en for k, en in _DEVANAGARI.items()},
                            {_dv_folded(k): en for k, en in _DEVANAGARI_OWN.items()}, _DV_LETTER, _DV_CLAUSE)


def _in_english_devanagari(folded: str) -> str:
    """The Hindi and Marathi phrases of ``folded`` in English (see above)."""
    folded = folded.replace("\u0964", ".")  # (the danda ends a sentence)
    for pattern, en in _devanagari():
        folded = pattern.sub(en, folded)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", folded).strip()


# Bengali, as a Bangladeshi call centre or back office writes remarks, in its script ("গ্রাহক যোগাযোগ করতে চান
# না": the customer does not want to be contacted) and in Latin letters mixed with English, "Banglish" ("call
# dite mana korechen": forbade calling; "jogajog korben na": do not contact): requests, a death ("মারা গেছেন",
# "mara gechen", the person's own unless a relative is named before it in its clause: "বাবা মারা গেছেন", her
# father died), an age ("বয়স ১৬", "boyosh 16"; not "ছেলের বয়স ১৬", a son's), a test account ("টেস্ট ওয়ালেট"),
# staff ("আমাদের স্টাফ", "amader office staff"; "amader staff er bou": a staff member's wife, named as kin of
# staff), an agent's family ("Agent er family member") and an interview done ("ইন্টারভিউ নেওয়া হয়েছে ১৫/১০/২০২৬",
# "interview neya hoyeche"), each put in English whole; Bengali digits ("১৬") as ASCII ones. A Banglish rule
# needs a Bengali verb or word beside the English one ("korben na", "mara gechen"), never an English word alone.
_BN_LETTER = "[\u0980-\u09ff]"
_BN_DIGITS = str.maketrans({chr(0x9E6 + i): str(i) for i in range(10)})
_BN_KIN = {"বাবা": "father", "আব্বা": "father", "আব্বু": "father", "মা": "mother", "আম্মা": "mother", "আম্মু": "mother",
           "ভাই": "brother", "বোন": "sister", "ছেলে": "son", "মেয়ে": "daughter", "স্বামী": "husband", "স্ত্রী": "wife",
           "বউ": "wife", "বৌ": "wife", "জামাই": "son-in-law", "শ্বশুর": "father-in-law", "শাশুড়ি": "mother-in-law",
           "দাদা": "grandfather", "দাদি": "grandmother", "নানা": "grandfather", "নানি": "grandmother", "নানী": "grandmother",
           "চাচা": "uncle", "মামা": "uncle", "খালা": "aunt", "ফুফু": "aunt", "পুত্র": "son", "কন্যা": "daughter"}
# (a kin word with the possessive ending: "ছেলের", "মায়ের", "বাবার")
_BN_KIN_WORDS = "(?:" + "|".join(sorted(_BN_KIN, key=len, reverse=True)) + ")(?:ের|এর|র)?"
_BN_OUR_STAFF = "আমাদের (?:অফিসের |কোম্পানির |অফিস )?(?:স্টাফ|কর্মী|কর্মচারী|এমপ্লয়ি|কাউন্সেলর|কাউন্সিলর)"
_BN: tuple[tuple[str, str], ...] = (
    # a call refused at a time only ("রাতে ফোন করবেন না", "১০টার পর কল দিবেন না"): not a no
    ("(?:সকালে|দুপুরে|বিকেলে|সন্ধ্যায়|সন্ধ্যার পর|রাতে|অফিস টাইমে|নামাজের সময়|\\d{1,2} ?টার (?:পর|পরে|আগে)) "
     "(?:ফোন|কল) (?:করবেন|দিবেন|দেবেন|করবে|দিবে) না", "calls fine, but not then"),
    ("(?:(?:গ্রাহক|কাস্টমার|উনি|তিনি|সে) )?(?:আর )?(?:যোগাযোগ|কন্টাক্ট) (?:করতে|করা) (?:চান|চায়|চাচ্ছেন|চাননা) না", "does not want to be contacted"),
    ("(?:আর )?(?:যোগাযোগ|কন্টাক্ট) (?:করবেন|করবে|করো|করা যাবে) না", "do not contact"),
    ("(?:আর )?(?:ফোন|কল) (?:করতে|দিতে) (?:চান|চায়) না", "do not call"),
    ("(?:আর )?(?:ফোন|কল) (?:করবেন|দিবেন|দেবেন|করবে|দিবে|করা যাবে|দেওয়া যাবে) না", "do not call"),
    ("(?:ফোন|কল) (?:করতে|দিতে) (?:মানা|নিষেধ) (?:করেছেন|করেছে|করছেন|করেন)", "do not call"),
    ("(?:যোগাযোগ|কন্টাক্ট) (?:করতে )?(?:মানা|নিষেধ) (?:করেছেন|করেছে|করছেন|করেন)", "do not contact"),
    ("টেস্ট (?:একাউন্ট|অ্যাকাউন্ট|ওয়ালেট|আইডি)", "test account"),
    ("(?:ইন্টারভিউ|ইন্টারভিউও|সাক্ষাৎকার|সাক্ষাতকার) (?:নেওয়া|নেয়া|দেওয়া|দেয়া) (?:হয়েছে|হইছে|হয়েছিল)|"
     "(?:ইন্টারভিউ|সাক্ষাৎকার|সাক্ষাতকার) (?:দিয়েছেন|দিয়েছে|নিয়েছি|নেওয়া শেষ)", "interviewed"),
    (_BN_OUR_STAFF, "our employee"),
    ("(?:এজেন্ট|এজেন্টের|এজেন্টের পরিবারের) (?:পরিবারের )?(?:সদস্য|আত্মীয়)", "agent's family member"),
)
_BN_DIED = "(?:মারা (?:গেছেন|গেছে|গিয়েছেন|গিয়েছে|যান|গেলেন)|(?:ইন্তেকাল|মৃত্যুবরণ|পরলোকগমন) (?:করেছেন|করেছে|করেন)|মৃত)"
_BN_MINOR = "(?:অপ্রাপ্তবয়স্ক|নাবালক|নাবালিকা)"
_BN_AGE = "বয়স (?:মাত্র )?(\\d{1,2})(?: বছর)?"


def _bn(key: str) -> str:
    """A Bengali key as ``fold`` leaves text: without its virama and nukta ("য়" is "য")."""
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _bengali() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Bengali keys as patterns, each whole words, with their English; the kin-aware ones last."""
    whole = "(?<!" + _BN_LETTER + ")(?:{})(?!" + _BN_LETTER + ")"
    keys = tuple((re.compile(whole.format(_bn(k))), en) for k, en in _BN)
    # (a staff member's relative first: "আমাদের স্টাফের ভাই", our staff member's brother)
    kin = re.compile(whole.format(_bn(_BN_OUR_STAFF + "(?:ের|এর|র) (" + _BN_KIN_WORDS + ")")))
    return ((kin, "{0} of our employee"),) + keys


def _bn_kin_before(before: str) -> bool:
    """Whether a relative is named before, in the same clause ("বাবা মারা গেছেন", "ছেলের বয়স ১৬")."""
    clause = re.split(r"[,;:.!?()\u0964\-\u2013\u2014]", before)[-1]
    return re.search("(?<!" + _BN_LETTER + ")" + _bn(_BN_KIN_WORDS) + "(?!" + _BN_LETTER + ")", clause) is not None


def _in_english_bengali(folded: str) -> str:
    """The Bengali phrases of ``folded`` in English (see above)."""
    text = folded.translate(_BN_DIGITS).replace("\u0964", ".")  # (the danda ends a sentence)
    for pattern, en in _bengali():
        if "{0}" in en:
            def kin(m: re.Match[str]) -> str:
                return next((e for k, e in sorted(_BN_KIN.items(), key=lambda ke: -len(ke[0]))
                             if m.group(1).startswith(_bn(k))), "relative") + " of our employee"
            text = pattern.sub(kin, text)
        else:
            text = pattern.sub(en, text)
    text = re.sub("(?<!" + _BN_LETTER + ")" + _bn(_BN_DIED) + "(?!" + _BN_LETTER + ")",
                  lambda m: "died" if _bn_kin_before(m.string[:m.start()]) else "deceased", text)
    text = re.sub("(?<!" + _BN_LETTER + ")" + _bn(_BN_MINOR) + "(?!" + _BN_LETTER + ")",
                  lambda m: m.group(0) if _bn_kin_before(m.string[:m.start()]) else "under 18", text)
    text = re.sub("(?<!" + _BN_LETTER + ")" + _bn(_BN_AGE) + "(?!" + _BN_LETTER + "|\\d)",
                  lambda m: m.group(0) if _bn_kin_before(m.string[:m.start()]) else f"aged {m.group(1)}", text)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text).strip()


# Banglish (folded): who is kin ("chele": son, "bou": wife), and its requests, death, age, staff and interview
_BL_KIN = {"baba": "father", "abba": "father", "abbu": "father", "amma": "mother", "ammu": "mother", "bhai": "brother",
           "vai": "brother", "bon": "sister", "chele": "son", "meye": "daughter", "swami": "husband", "shami": "husband",
           "stri": "wife", "bou": "wife", "bow": "wife", "jamai": "son-in-law", "shoshur": "father-in-law",
           "nana": "grandfather", "nani": "grandmother", "dada": "grandfather", "dadi": "grandmother", "chacha": "uncle",
           "mama": "uncle", "khala": "aunt", "fufu": "aunt", "attio": "relative", "attiyo": "relative",
           "family member": "family member", "relative": "relative"}
_BL_KIN_WORDS = r"(?:" + "|".join(r"\s".join(k.split()) for k in sorted(_BL_KIN, key=len, reverse=True)) + r")"
_BL_DONE = r"(?:korechen|koreche|korechhen|korse|korsen|korlen|korlo|kore\sdiyechen|kore\sdiyeche|koren|kore)"
_BL_STAFF = r"(?:(?:office|company|head\soffice|branch)\s)?(?:staff|employee|kormi|kormochari|officer|counsell?or)"
_BANGLISH: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    # a call refused at a time only ("raat e call diben na", "10 tar por phone korben na"): not a no
    (r"\b(?:sokale|sokal\se|dupure|bikele|bikel\se|shondhay|sondhay|sondhar\spor|rate|raate|raat\se|office\stime\se|"
     r"namaz\ser\somoy|\d{1,2}\s?(?:ta|tar)\s(?:por|pore|age))\s(?:call|phone|fon)\s(?:korben|korbe|diben|dien|diyen|"
     r"koren|dio)\s(?:na|nah)\b", "calls fine, but not then"),
    (r"\b(?:call|phone|fon|contact|jogajog|sms|message)\s(?:korte|dite|kora|deya|dewa)\s(?:mana|nishedh|nished|nishet)\s"
     + _BL_DONE + r"\b", "do not contact"),
    (r"\b(?:call|phone|fon|contact|jogajog)\s(?:korte|dite|pete)\s(?:chan|chay|chai|chacchen|chachhen)\s(?:na|nah)\b",
     "does not want to be contacted"),
    (r"\b(?:ar\s)?(?:call|phone|fon|contact|jogajog)\s(?:korben|korbe|korbenna|koren|koro|diben|diyen|dien|dio|diyo)\s"
     r"(?:na|nah)\b", "do not contact"),
    (r"\binterview\s(?:neya|newa|nea|neoya|neowa|neoa|deya|dewa|deoya|deowa)\s(?:hoyeche|hoyechhe|hoise|hoyechilo|hoyesilo|sesh)\b|"
     r"\binterview\s(?:diyechen|diyeche|disen|niyechi|nisi|neya\sholo)\b", "interviewed"),
    # one of ours, or a relative of one ("amader staff er bou"), an agent's ("Agent er family member")
    (r"\bamader\s" + _BL_STAFF + r"\s?(?:er|r)\s(?P<kin>" + _BL_KIN_WORDS + r")\b", "{kin} of our employee"),
    (r"\bamader\s" + _BL_STAFF + r"\b", "our employee"),
    (r"\bagent\s?(?:er|r)\s(?P<kin>" + _BL_KIN_WORDS + r")\b", "agent's {kin}"),
    # an edtech's sales counsellor's ("counsellor er bon": a counsellor's sister), ours as the note has no other
    (r"\bcounsell?or\s?(?:er|r)\s(?P<kin>" + _BL_KIN_WORDS + r")\b", "{kin} of our employee"),
    # a complaint still open with a regulator or the like ("Bangladesh Bank e complaint korechen, ekhono pending");
    # not one settled ("complaint solve hoyeche")
    (r"\b(?P<who>(?:[a-z]+\s){1,3}?)(?:e|te|a)\scomplaint\s(?:korechen|koreche|korse|korsen|korlen|diyechen|diyeche|"
     r"disen|dise)\b,?\s(?:ekhono|ekhon\so|akhono)\s(?:pending|solve\shoyni|cholche|cholse)\b",
     "complaint pending with {who}"),
    # works in customer service or the call centre ("TakaPay customer service e kaj kore")
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:amader\s)?(?:[a-z]+\s)?(?:customer\s(?:service|care|support)|call\s(?:center|centre)|"
     r"head\soffice|back\soffice|cs\steam)\s?(?:e|te|a)\skaj\s(?:kore|koren|korchen|korche|kortesen)\b", "our employee"),
))
_BL_AGE = re.compile(r"\b(?:boyosh|boyos|boyoss|bayas|boyesh)\s(?:matro\s)?(\d{1,2})(?:\s(?:bochor|bochhor|bosor|bachar))?\b")
_BL_DIED = re.compile(r"\bmara\s(?:gechen|geche|gechhen|gechhe|gesen|gese|gelen|jan)\b|"
                      r"\b(?:intekal|inteqal|intikal|ontekal)\s(?:korechen|koreche|korsen|korse)\b")
_BL_MINOR = re.compile(r"\b(?:nabalok|nabalika|naballok)\b")
_BL_KIN_BEFORE = re.compile(r"\b" + _BL_KIN_WORDS + r"(?:\s?(?:er|r))?\b[^,;:.!?()\-]*$")


def bengali_kin(word: str) -> str | None:
    """A Bengali or Banglish kin word as ``in_english`` leaves it ("বাবা", "baba"), in English ("father"), or None."""
    w = word.strip().lower()
    return _BL_KIN.get(w) or next((en for k, en in _BN_KIN.items() if _bn(k) == w), None)


def _banglish(text: str) -> str:
    """Banglish requests, a death, an age, staff and an interview put in English (see above)."""
    if not re.search(r"\b(?:korechen|koreche|korechhen|korse|korsen|korlen|korben|korbe|koren|kore|korte|dite|chan|chay|"
                     r"mara|intekal|inteqal|intikal|ontekal|nabalok|nabalika|naballok|boyosh|boyos|boyoss|bayas|boyesh|"
                     r"amader|er|r|hoyeche|hoyechhe|hoise|diyechen|diyeche|disen|niyechi|nisi|kaj|diben|dien|diyen|dio|diyo|"
                     r"korbenna|koro|complaint)\b", text):
        return text
    for pattern, en in _BANGLISH:
        text = pattern.sub(lambda m, en=en: m.expand(en) if "{" not in en else en.format(
            kin=_BL_KIN[" ".join(m.group("kin").split())]) if "kin" in m.groupdict() else
            en.format(who=m.group("who").strip()), text)
    text = _BL_DIED.sub(lambda m: "died" if _BL_KIN_BEFORE.search(m.string[:m.start()]) else "deceased", text)
    text = _BL_AGE.sub(lambda m: m.group(0) if _BL_KIN_BEFORE.search(m.string[:m.start()]) else f"aged {m.group(1)}", text)
    return _BL_MINOR.sub(lambda m: m.group(0) if _BL_KIN_BEFORE.search(m.string[:m.start()]) else "under 18", text)


# Vietnamese, as a Vietnamese ops team writes notes, with or without its marks (folded: "đ" is "d", so
# "đừng" and "dùng" are both "dung"): requests ("ko liên hệ", "không liên hệ", "đừng liên hệ": do not
# contact; "yêu cầu không gọi lại nữa": do not call; not one for a time: "không gọi sau 21h"), a ban
# ("khóa vĩnh viễn do gian lận": banned for fraud), an interview done ("Đã PV ngày 16/10/2026", "đã
# phỏng vấn"), staff ("NV phòng vận hành", "nhân viên nội bộ", "team ops"; not "vợ của nhân viên", a
# staff member's wife), a channel alone ("chỉ đọc Zalo", "chỉ nhắn tin"), a death ("đã qua đời", "từ trần",
# "chủ quán đã mất", not "đã mất mật khẩu", lost; not "bố đã qua đời", his father), an age ("17 tuổi",
# "17t"; not "con trai 17 tuổi", a son), an erasure
# ("yêu cầu xóa dữ liệu"), each put in English whole. Only a note in Vietnamese: its marks, two of its
# words or one of its phrases ("17t" is read so in no other language).
_VI_LETTERS = re.compile(r"[đăơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
_VI_WORDS = frozenset("khong ko cua nay chua duoc nguoi tuoi lien goi nhan vien phong khoan vinh gian yeu cau nua "
                      "muon tk nv pv khoa zalo ngay chuyen hoat trang thai ghi dang".split())
_VI_KIN = (r"(?:con(?:\s(?:trai|gai))?|vo|chong|bo|cha|me|anh\strai|em\strai|chi\sgai|em\sgai|ong|chau|ban|"
           r"anh\sho|em\sho|nguoi\snha|hang\nxom)")
_VI_KIN_BEFORE = re.compile(r"\b" + _VI_KIN + r"\b(?:\s(?:cua\s\w+|ay|no))?\s(?:(?:da|moi|nam\snay|nay)\s)?$")
_VI_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
_VI_REPLACE: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), en) for p, en in (
    (r"\b(\d+)\s?ngay\b", r"\1 days"), (r"\b(\d+)\s?thang\b", r"\1 months"),
    # a call refused at a time only: "không gọi sau 21h", "đừng gọi buổi trưa"
    (r"\b(?:ko|k|khong|dung)\s(?:goi|lien he|lien lac)\s(?:sau|truoc|luc|vao|buoi|gio)\b", "calls fine, but not then"),
    (r"\b(?:(?:da\s)?(?:bi\s)?(?:tai\skhoan\s|tk\s)?(?:da\s)?(?:bi\s)?)?khoa\svinh\svien\s(?:vi|do|boi|ly\sdo)?\s?gian\slan\b",
     "banned for fraud"),
    (r"\b(?:yeu\scau\s|xin\s|de\snghi\s)?(?:ko|k|khong|dung|dung\sco)\s(?:muon\s)?(?:duoc\s)?(?:lien\she|lien\slac|lam\sphien)\b(?!\sduoc)",
     "do not contact"),
    (r"\b(?:yeu\scau\s|xin\s|de\snghi\s)?(?:ko|k|khong|dung|dung\sco)\s(?:muon\s)?(?:duoc\s)?goi(?:\slai)?(?:\snua)?\b(?!\sduoc)",
     "do not call"),
    (r"\b(?:ko|k|khong)\s(?:muon|dong\sy)\s(?:tham\sgia\s)?(?:phong\svan|khao\ssat|nghien\scuu)\b",
     "not interested in interviews"),
    (r"\b(?:yeu\scau|de\snghi|xin)\sxoa\s(?:het\s)?(?:du\slieu|thong\stin|tai\skhoan|tk)\b", "deletion requested"),
    # an interview done, with its day ("Đã PV ngày 16/10/2026 qua Google Meet")
    (r"\bda\s(?:duoc\s)?(?:pv|phong\svan)\s(?:ngay\s|vao\sngay\s|luc\s)?(" + _VI_DATE + r")", r"interviewed \1"),
    (r"\bda\s(?:duoc\s)?(?:pv|phong\svan)\b", "interviewed"),
    (r"\b(?:tai\skhoan|tk)\s(?:test|thu\snghiem|qa)\b", "test account"),
    # a dispute or a complaint still open ("đang tranh chấp / khiếu nại", "còn khiếu nại", "khiếu nại chưa giải
    # quyết"); not one settled ("khiếu nại đã giải quyết") nor one made once ("đã khiếu nại về phí")
    (r"\b(?:dang|con|van\sdang)\s(?:co\s)?(?:tranh\schap|khieu\snai|khieu\skien|kien\stung)\b", "in dispute"),
    (r"\b(?:tranh\schap|khieu\snai|khieu\skien)\s(?:dang\s(?:xu\sly|giai\squyet)|chua\s(?:duoc\s)?(?:xu\sly|giai\squyet))\b",
     "dispute pending"),
    (r"\b(?:khoi\skien|kien\sra\stoa)\b", "legal action"),
    # (a complaint settled, "khiếu nại đã giải quyết": no dispute open, read as such)
    (r"\b(?:khieu\snai|tranh\schap)\sda\s(?:duoc\s)?(?:giai\squyet|xu\sly)(?:\sxong)?\b", "complaint resolved"),
    # staff: "NV phòng vận hành", "nhân viên nội bộ", "team ops"
    (r"\b(?:nv|nhan\svien)\s(?:phong\s\w+(?:\s\w+)?|noi\sbo|cong\sty|cua\s(?:cong\sty|minh|chung\sta)|van\shanh|ops|cskh)\b",
     "our employee"),
    (r"\b(?:thuoc\s)?team\s(?:ops|van\shanh|cskh|noi\sbo)\b", "our employee"),
    # a teacher or staff of the centre itself ("giáo viên của trung tâm", "GV tại trung tâm", "trợ giảng trung tâm
    # mình"): the centre, named by no name, is the one the roster is of; not "giáo viên trung tâm khác", nor a
    # school's teacher ("giáo viên trường THCS", an occupation)
    (r"\b(?:gv|giao\svien|tro\sgiang|nv|nhan\svien|tu\svan\svien)\s(?:cua\s|tai\s|o\s)?trung\stam"
     r"(?:\s(?:minh|chung\sta|nay))?(?=\s*(?:$|[,;.)]))", "our employee"),
    (r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:la\s)?(?:nv|nhan\svien)(?=\s*(?:$|[,;.)]))", "our employee"),
    (r"\bchi\s(?:doc|nhan|nhan\stin|dung|lien\she\squa|lien\slac\squa|tra\sloi)\s(?:qua\s)?(?:zalo|tin\snhan|sms|messenger)\b|"
     r"\bchi\snhan\stin\b", "text only"),
))
_VI_OWN_STAFF_BEFORE = re.compile(r"(?:\bcua\s)$")
_VI_DIED = re.compile(r"\b(?:da\s)?(?:qua\sdoi|tu\svong|mat\sroi|tu\stran)\b")
# "đã mất" is also "lost" ("đã mất mật khẩu", "tài khoản đã mất"): a death only where nothing is lost after
# it (the clause ends, or a time follows: "đã mất năm 2025", "đã mất rồi") and a person is its subject, a
# title or a role with a name or none ("chủ quán", "bà Tám", "ông ấy") or none at all (the note opens so)
_VI_MAT = re.compile(r"\b(?:da|vua|moi)\smat\b(?=\s*(?:$|[,;.!)/]|(?:roi|nam|tu|vao|ngay|thang|hom|luc|\d)\b))")
_VI_MAT_SUBJECT = re.compile(r"(?:^|[,;.(/]\s?|\b(?:chu(?:\s(?:quan|cua\shang|tiem|shop|nha\shang|tai\skhoan|tk))?|"
                             r"nguoi\s(?:dung|dang\sky)|khach(?:\shang)?|ong|ba|anh|chi|co|bac|di|em|" + _VI_KIN[3:-1] +
                             r")(?:\s(?!cua\b)\w+)?(?:\s(?:ay|no))?\s)$")
_VI_AGE = re.compile(r"\b(\d{1,2})\s?(?:tuoi|t)\b")
# a relative's death said with a bare "mất" opening a clause ("bố mất", "mẹ mất năm 2025"): as "bố đã mất"
_VI_KIN_MAT = re.compile(r"(?:^|(?<=[,;.(/])\s?)(" + _VI_KIN + r")\smat\b(?=\s*(?:$|[,;.!)/]|(?:roi|nam|tu|vao|ngay|"
                         r"thang|hom|luc|\d)\b))")
# a relative who runs the account ("mẹ quản lý tài khoản", "con trai giữ tk", "vợ đang dùng tài khoản")
_VI_KIN_MANAGES = re.compile(r"\b" + _VI_KIN + r"\s(?:dang\s|se\s|gio\s|nay\s)?(?:quan\sly|giu|dung|su\sdung|lo)\s"
                             r"(?:tai\skhoan|tk)\b")


def _vietnamese(folded: str, raw: str) -> str:
    """Vietnamese requests, a ban, an interview, staff, a channel, a death, an age and an erasure put in
    English (see above); ``raw``, the text as written, for its marks."""
    if not (_VI_LETTERS.search(raw) or len(set(re.findall(r"[a-z]+", folded)) & _VI_WORDS) >= 2
            or re.search(r"\b(?:phong\svan|lien\she|lien\slac|vinh\svien|gian\slan|khong|tuoi|nhan\svien)\b", folded)):
        return folded
    text = folded
    for pattern, en in _VI_REPLACE:
        text = pattern.sub(lambda m, en=en: m.group(0) if en == "our employee"
                           and _VI_KIN_BEFORE.search(re.sub(r"\bcua\s$", "", m.string[:m.start()])) else m.expand(en),
                           text)

    died = _unless_kin(_VI_KIN_BEFORE, "deceased", "died")
    age = _unless_kin(_VI_KIN_BEFORE, "{0} years old")

    def lost(m: re.Match[str]) -> str:
        before = m.string[:m.start()]
        if not _VI_MAT_SUBJECT.search(before) or re.search(r"\bcua\s(?:\S+\s){1,3}$", before):
            return m.group(0)  # (a thing lost, or someone's: "tài khoản của bà Tám đã mất")
        clause = re.split(r"[,;.(/]", before)[-1]
        if re.match(r"\s*(?:con|vo|chong|bo|cha|me|anh\strai|em\strai|chi\sgai|em\sgai|chau|nguoi\snha)\s\w", clause):
            return "died"  # (a relative of theirs: "mẹ chủ quán đã mất", the owner's mother)
        return died(m)

    text = _VI_AGE.sub(age, _VI_MAT.sub(lost, _VI_DIED.sub(died, _VI_KIN_MAT.sub(r"\1 da mat", text))))
    if _VI_KIN_MANAGES.search(text):
        text = _VI_KIN_MANAGES.sub("relative manages the account", text)
        # a relative died and another now runs the account ("bố mất, mẹ quản lý tài khoản", on a roster of
        # parents): the one who died is the account's holder, whom an invitation would name
        text = re.sub(r"\bdied\b", "deceased", text)
    return text


_VI_ANSWERS = {"có": "yes", "không": "no", "đồng ý": "yes", "không đồng ý": "no"}


# Thai, as a Thai back office's Excel export, a Google Form and a call centre's notes write it. Thai writes
# no space between words, so a key is found anywhere in a run of letters (as Japanese and Chinese are),
# and is put in English spaced from the letters beside it; ``fold`` takes off its vowels and tone marks
# written above and below ("ไม่" is read as "ไม"), and the keys are folded alike. A key that is a person's
# own state (staff, an age) only where a clause opens (a space separates Thai clauses): "พนักงาน
# ฝ่ายการเงิน" (staff, the finance team), "พนักงานสาขาระยอง" (of the Rayong branch), not "พนักงานบริษัท"
# (an office worker, an occupation) nor "ลูกสาวพนักงาน"; a death is a relative's after one
# ("พ่อเสียชีวิต", his father died; "ลูกค้าเสียชีวิต", the customer died).
_TH_LETTER = "[\u0e01-\u0e4e]"
_TH_CLAUSE = r"(?:^|(?<=[\s,;:(/\-]))"
_TH_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
_TH_NOT_THEN = r"(?!\s?(?:ช่วง|ตอน|เวลา|หลัง|ก่อน|วันเสาร์|วันอาทิตย์|วันหยุด|เสาร์|อาทิตย์|กลางคืน|กลางวัน|\d))"
_TH_KIN = (r"(?:พ่อ|แม่|คุณพ่อ|คุณแม่|บิดา|มารดา|สามี|ภรรยา|ภริยา|แฟน|ลูก(?:สาว|ชาย)?(?!ค้า)|พี่(?:สาว|ชาย)?|"
           r"น้อง(?:สาว|ชาย)?|ปู่|ย่า|ตา|ยาย|ญาติ)")
_THAI: tuple[tuple[str, str], ...] = (
    # requests: one for a time only ("ห้ามโทรหลัง 2 ทุ่ม"), a no to interviews, to contact and to calls
    # ("ไม่สะดวกให้ติดต่อ", "ขอไม่รับสาย", "ห้ามโทรหาอีก"; not "ไม่รับสาย", did not answer, nor
    # "ติดต่อไม่ได้", could not be reached)
    (r"(?:ห้าม|อย่า|งด|ไม่ให้|ไม่สะดวกให้|ไม่สะดวกรับ)(?:โทร|ติดต่อ|สาย)(?:หา|มา|กลับ)?\s?(?=ช่วง|ตอน|เวลา|หลัง|ก่อน|\d)",
     "calls fine, but not then "),
    (r"(?:ไม่สะดวก|ไม่ยินดี|ไม่สนใจ|ไม่ต้องการ|ไม่อยาก|ปฏิเสธ)(?:ให้|ที่จะ)?(?:เข้าร่วม|ร่วม)?(?:การ)?"
     r"(?:สัมภาษณ์|ทำแบบสอบถาม|ตอบแบบสอบถาม|ทำวิจัย|วิจัย|งานวิจัย)", "not interested in interviews"),
    (r"(?:ขอ)?(?:ไม่สะดวก|ไม่ต้องการ|ไม่ประสงค์|ไม่อยาก)(?:ให้)?(?:ทาง)?(?:บริษัท|เจ้าหน้าที่|ทีมงาน|พนักงาน)?ติดต่อ"
     r"(?:กลับ)?(?:มา)?(?:อีก)?" + _TH_NOT_THEN + r"|(?:ห้าม|อย่า|งด|ไม่ให้)ติดต่อ(?:กลับ)?(?:มา)?(?:อีก)?" + _TH_NOT_THEN
     + r"|ไม่ต้องติดต่อ(?:กลับ)?มาอีก", "do not contact"),
    (r"ขอไม่รับสาย|ขอไม่รับโทรศัพท์|(?:ห้าม|อย่า|ไม่ให้|ไม่สะดวกให้)โทร(?:หา|มา|กลับ)?(?:อีก)?" + _TH_NOT_THEN
     + r"|ไม่ต้องโทร(?:หา|มา|กลับ)?(?:มา)?อีก", "do not call"),
    (r"ไม่สะดวก(?:คุย|รับ)(?:ทาง)?(?:โทรศัพท์|สาย)", "no phone calls"),
    (r"(?:ติดต่อ)?(?:ทาง|ผ่าน)\s?(?:line|ไลน์)\s?(?:เท่านั้น|ได้)|(?:line|ไลน์)\s?เท่านั้น", "text only"),
    (r"(?:ติดต่อ)?(?:ทาง|ผ่าน)\s?(?:อีเมล|อีเมล์|e-?mail)\s?เท่านั้น", "email only"),
    # an interview done, with its day or not ("สัมภาษณ์ UX แล้ว 15/10/2569", "เคยให้สัมภาษณ์")
    (r"(?:เคย|ได้)?(?:ให้)?สัมภาษณ์(?:\s?[a-z]+)?(?:\s?(?:ไป|เสร็จ))?\s?แล้ว\s?(?:เมื่อ)?\s?(?:วันที่|วันที)?\s?(" + _TH_DATE + ")",
     r"interviewed \1"),
    (r"เคย(?:ให้)?สัมภาษณ์|(?:ให้)?สัมภาษณ์(?:\s?[a-z]+)?(?:\s?(?:ไป|เสร็จ))?\s?แล้ว", "interviewed"),
    # a test account, fraud, debt collection, an erasure, a complaint to a regulator
    (r"บัญชีทดสอบ|บัญชีเทสต์|บัญชีเทส|บัญชี\s?test", "test account"),
    (r"(?:สงสัย|ต้องสงสัยว่า|คาดว่า)(?:มีการ|เป็น)?(?:ทุจริต|ฉ้อโกง|โกง|มิจฉาชีพ|บัญชีม้า)", "suspected fraud"),
    # (an account stopped for fraud is a fraud case; bare "ทุจริต" is fraud, as English "fraud" is, and a
    # "มิจฉาชีพ" (a scammer) alone may be the one who cheated them: "ถูกมิจฉาชีพหลอก")
    (r"(?:(?:ถูก)?(?:ระงับ|ปิด|อายัด)(?:บัญชี)?\s?)?(?:เนื่องจาก|เพราะ|ด้วยเหตุ|จาก)\s?(?:การ|มี)?(?:ทุจริต|ฉ้อโกง)|บัญชีม้า",
     "fraud case"),
    (r"ทุจริต|ฉ้อโกง", "fraud"),
    (r"(?:ส่ง)?(?:ฝ่าย|ทีม|บริษัท)?(?:ติดตามหนี้|ติดตามทวงถามหนี้|ทวงถามหนี้|ทวงหนี้)(?:แล้ว)?", "debt collection"),
    (r"(?:ขอ(?:ให้)?|ใช้สิทธิ์?(?:ขอ)?(?:ให้)?)(?:ลบ|ทำลาย)(?:ข้อมูล(?:ส่วนบุคคล|ส่วนตัว)?|บัญชี)(?:ทั้งหมด)?", "deletion requested"),
    (r"ร้องเรียน(?:ไป(?:ยัง|ที่)|ต่อ|กับ)?\s?(?:ธปท\.?|ธนาคารแห่งประเทศไทย|แบงก์ชาติ|สคบ\.?|ก\.?ล\.?ต\.?|คปภ\.?|ศคง\.?)",
     "complaint to the regulator"),
    # the column names of a Thai export, longest first
    (r"รหัสลูกค้า", "customer id"), (r"รหัสสมาชิก", "member id"), (r"รหัสผู้ใช้(?:งาน)?", "user id"),
    (r"ชื่อ\s?-?\s?นามสกุล|ชื่อ\s?-?\s?สกุล|ชื่อลูกค้า|ชื่อผู้ใช้", "name"), (r"นามสกุล", "last name"),
    (r"เบอร์โทรศัพท์|เบอร์โทร|เบอร์มือถือ|หมายเลขโทรศัพท์|โทรศัพท์มือถือ|โทรศัพท์", "phone"),
    (r"อีเมล์|อีเมล", "email"), (r"จังหวัด", "province"), (r"ภูมิภาค", "region"), (r"อำเภอ|เขต", "district"),
    (r"วันเดือนปีเกิด|วันเกิด", "birth date"), (r"อายุ(?=\s*$)", "age"),
    (r"วันที่สมัคร(?:สมาชิก)?|วันสมัคร|วันที่ลงทะเบียน|วันลงทะเบียน", "signup date"),
    (r"(?:วันที่)?ใช้งานล่าสุด|(?:วันที่)?ใช้งานครั้งล่าสุด", "last active"),
    (r"(?:วันที่)?เข้าสู่ระบบล่าสุด|(?:วันที่)?ล็อกอินล่าสุด", "last login"),
    (r"วันที่สัมภาษณ์", "interview date"), (r"วันที่", "date"),
    (r"จำนวนครั้งที่(?=[^\s])", "count of "), (r"จ่ายบิล|ชำระบิล", "bill payments"),
    (r"(?:ความ)?ยินดีให้(?:ทีมงาน|เจ้าหน้าที่|ทาง(?:บริษัท|เรา))?ติดต่อ(?:กลับ)?", "willing to be contacted"),
    (r"การสัมภาษณ์|สัมภาษณ์", "interview"), (r"แนะนำ", "recommend"),
    (r"หมายเหตุ|บันทึก(?:เพิ่มเติม)?", "notes"), (r"สถานะ(?:บัญชี)?", "status"),
    # statuses: active, suspended, closed, pending identity checks (never activated)
    (r"(?:ถูก)?ระงับ(?:บัญชี)?(?:ชั่วคราว)?|(?:ถูก)?อายัด(?:บัญชี)?", "suspended"),
    (r"(?:ลูกค้า)?ปิดบัญชี(?:แล้ว)?|บัญชีถูกปิด", "closed"),
    (r"(?:รอ(?:การ)?|ยังไม่)ยืนยันตัวตน|ยังไม่(?:เคย)?(?:ได้)?(?:เปิด)?ใช้งาน", "not activated"),
    (r"ไม่ได้ใช้งาน|ไม่ใช้งาน|เลิกใช้(?:งาน)?", "inactive"), (r"ใช้งาน(?:อยู่|ปกติ)?", "active"),
)
# (each opening a clause: the person's own)
_THAI_OWN: tuple[tuple[str, str], ...] = (
    (r"(?:เป็น)?พนักงาน(?:ของ(?:เรา|บริษัท(?:เรา)?)|ภายใน|บริษัทเรา)?(?=\s*(?:$|[,;)]|ฝ่าย|แผนก|ทีม|สาขา))", "our employee"),
    (r"อายุ\s?(\d{1,2})(?:\s?ปี)?", r"aged \1"),
)
_TH_DIED = r"(?:ได้)?(?:เสียชีวิต|ถึงแก่กรรม|ถึงแก่ความตาย|เสียแล้ว)(?:แล้ว)?"
# a yes or a no as a whole Thai cell, or opening one ("ไม่ยินดี เพราะไม่มีเวลา"), polite endings aside
_THAI_ANSWERS = {"ยินดี": "yes", "ไม่ยินดี": "no", "ใช่": "yes", "ไม่ใช่": "no", "ยินยอม": "yes", "ไม่ยินยอม": "no",
                 "สะดวก": "yes", "ไม่สะดวก": "no", "ได้": "yes", "ไม่ได้": "no", "ตกลง": "yes", "ไม่ตกลง": "no"}


@lru_cache(maxsize=1)
def _thai() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Thai keys as patterns, folded as the text is (``_THAI``, ``_THAI_OWN``, the death)."""
    own = tuple((re.compile(_TH_CLAUSE + "(?:" + fold(k) + ")"), en) for k, en in _THAI_OWN)
    return tuple((re.compile(fold(k)), en) for k, en in _THAI) + own + ((re.compile(fold(_TH_DIED)), "deceased"),)


def _in_english_thai(folded: str) -> str:
    """The Thai words of ``folded`` in English (see above), spaced from the letters beside them; a whole
    cell's yes or no as one."""
    answers = {fold(k): v for k, v in _THAI_ANSWERS.items()}
    answer = re.match(r"^\s*(" + "|".join(sorted(answers, key=len, reverse=True)) + r")"
                      + fold(r"(?:\s?(?:ค่ะ|คะ|ครับ|นะคะ|นะครับ|จ้า))?") + r"\s*(?=$|[\s,;:.!(\-])", folded)
    if answer:
        folded = answers[answer.group(1)] + folded[answer.end():]
    kin = re.compile(fold(_TH_KIN) + fold(r"(?:ของ(?:ลูกค้า|เขา|เธอ))?") + r"\s?$")

    def english(m: re.Match[str], en: str) -> str:
        said = m.expand(en)
        if en == "deceased" and kin.search(m.string[:m.start()]):
            said = "died"
        before = " " if m.start() and not m.string[m.start() - 1].isspace() else ""
        after = " " if m.end() < len(m.string) and not m.string[m.end()].isspace() else ""
        return before + said.strip() + after

    for pattern, en in _thai():
        folded = pattern.sub(lambda m, en=en: english(m, en), folded)
    # an interview's day in the Buddhist Era, as a Thai note writes it ("15/10/2569" is 15/10/2026)
    folded = re.sub(rf"(?<=interviewed )(\d{{1,2}}[./-]\d{{1,2}}[./-])({BUDDHIST_YEAR})(?!\d)",
                    lambda m: m.group(1) + str(gregorian_year(int(m.group(2)))), folded)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", folded).strip()


# Greek, as a Greek CRM's Excel export, a Google Form and a call centre's notes write it, read after
# ``fold`` (which takes off the tonos and the dialytika: "Τελευταία" and "ΤΕΛΕΥΤΑΙΑ" are both "τελευταια")
# with the final sigma as any other ("ς" is "σ"): its column names ("Κωδικός πελάτη", "Ονοματεπώνυμο",
# "Κινητό", "Ημ/νία εγγραφής", "Τελευταία σύνδεση", "Συνδέσεις (30 ημ.)", "Κατάσταση", "Σχόλια"), its NPS
# question ("…να προτείνετε… (0-10)"), its statuses (Ενεργός, Ανενεργός, Φραγή: barred, Διαγραφή: the line
# deleted), its yes and no, and what a note says of who not to ask. A key is a whole word (no Greek letter
# either side). A note of the person's own death, age, minority or staff is read only where it opens a
# clause ("απεβίωσε - ενημέρωση από την κόρη", not "ο πατέρας του απεβίωσε": his father died; "υπάλληλος
# καταστήματος", staff of our shop, not "υπάλληλος τράπεζας" nor "η μητέρα του είναι υπάλληλος").
_GR_LETTER = "[\u03b1-\u03c9]"
_GR_CLAUSE = "(?:^|(?<=[,;:.!(\u00b7\u2013\u2014/-])|(?<=[,;:.!(\u00b7\u2013\u2014/-]\\s))"
_GR_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
_GR_HIM = "(?:(?:τον|την|τους|του|της|τη|το) )?"  # (him, her, them)
_GREEK: dict[str, str] = {
    # column names
    "κωδικόσ πελάτη|κωδ\\.? ?πελάτη|κωδικόσ συνδρομητή|κωδ\\.? ?συνδρομητή|αριθμόσ πελάτη|αρ\\.? ?πελάτη": "customer id",
    "κωδικόσ μέλουσ": "member id", "κωδικόσ χρήστη": "user id",
    "ονοματεπώνυμο(?: πελάτη| συνδρομητή)?|όνομα και επώνυμο|πλήρεσ όνομα": "full name", "επώνυμο": "last name",
    "(?:αριθμόσ |αρ\\.? ?)?(?:κινητό(?: τηλέφωνο)?|κινητού(?: τηλεφώνου)?|τηλέφωνο(?: επικοινωνίασ)?|τηλεφώνου|τηλ\\.)": "phone",
    "ηλεκτρονικό ταχυδρομείο|ηλ\\.? ?ταχυδρομείο": "email",
    "(?:ημ/νία|ημερομηνία|ημ\\.) ?(?:εγγραφήσ|ενεργοποίησησ|ένταξησ|σύνδεσησ πελάτη)": "signup date",
    "(?:ημ/νία|ημερομηνία|ημ\\.) ?γέννησησ": "birth date", "ηλικία": "age",
    "(?:(?:ημ/νία|ημερομηνία|ημ\\.) ?)?(?:τελευταία σύνδεση|τελευταίασ σύνδεσησ|τελ\\.? ?σύνδεση)": "last login",
    "(?:(?:ημ/νία|ημερομηνία|ημ\\.) ?)?(?:τελευταία δραστηριότητα|τελευταίασ δραστηριότητασ|τελευταία χρήση|"
    "τελευταίασ χρήσησ)": "last active",
    "(?:αριθμόσ |πλήθοσ )?(?:συνδέσεισ|συνδέσεων|εισόδων|είσοδοι)": "logins",
    # a period ("(30 ημ.)", "30 ημέρες", "τελευταίες 30 ημέρες", "3 μήνες")
    "τελευταίεσ (\\d+) (?:ημέρεσ|μέρεσ|ημ\\.?)": "last \\1 days", "τελευταίουσ (\\d+) μήνεσ": "last \\1 months",
    "(\\d+) ?(?:ημέρεσ|ημερών|μέρεσ|ημ\\.?)": "\\1 days", "(\\d+) ?(?:εβδομάδεσ|εβδομάδων|εβδ\\.?)": "\\1 weeks",
    "(\\d+) ?(?:μήνεσ|μηνών|μην\\.?)": "\\1 months",
    "σχόλια|σχόλιο|παρατηρήσεισ|παρατήρηση|σημειώσεισ|σημείωση": "notes",
    "κατάσταση(?: γραμμήσ| λογαριασμού| πελάτη| συνδρομητή)?": "status", "πόλη": "city", "περιφέρεια": "region",
    # the NPS question: "Πόσο πιθανό είναι να προτείνετε την εφαρμογή σε έναν φίλο;" ("συστήσετε": commend)
    "(?:να )?(?:προτείνετε|προτείνατε|προτείνεισ|προτείνει|συστήσετε|συστήνατε|συστήσεισ)": "recommend",
    # a note's requests: "Δεν επιθυμεί επικοινωνία", "Να μην τον ενοχλούμε", "Μην καλείτε"
    "δεν (?:επιθυμεί|θέλει|επιθυμούν|θέλουν) (?:να έχει |καμία |άλλη )?(?:επικοινωνία|να " + _GR_HIM +
    "(?:ενοχλούμε|ενοχλήσουμε|ενοχλούν|επικοινωνήσουμε|επικοινωνούμε))": "do not contact",
    "(?:να )?μην " + _GR_HIM + "(?:ενοχλείτε|ενοχλούμε|επικοινωνείτε|επικοινωνήσετε|επικοινωνούμε)|"
    "όχι (?:άλλη )?επικοινωνία": "do not contact",
    "(?:να )?μην " + _GR_HIM + "(?:καλείτε|καλέσετε|καλούμε|τηλεφωνείτε|τηλεφωνήσετε)|όχι (?:κλήσεισ|τηλέφωνα)|"
    "δεν (?:επιθυμεί|θέλει) (?:τηλεφωνικέσ )?κλήσεισ": "do not call",
    "(?:μόνο (?:με |μέσω )?(?:sms|μήνυμα|μηνύματα|viber))|(?:sms|viber) μόνο": "text only",
    "(?:μόνο (?:με |μέσω )?(?:email|e-mail|mail))|(?:email|e-mail) μόνο": "email only",
    # no recording: "Δεν θέλει να ηχογραφηθεί η συνέντευξη", "χωρίς ηχογράφηση"
    "δεν (?:θέλει|επιθυμεί|δέχεται) (?:να )?(?:ηχογραφηθεί|ηχογραφηθούν|βιντεοσκοπηθεί|ηχογράφηση|βιντεοσκόπηση)|"
    "αρνείται (?:την )?(?:ηχογράφηση|βιντεοσκόπηση)": "does not want to be recorded",
    "όχι ηχογράφηση|χωρίσ ηχογράφηση": "no recording",
    "δεν (?:ενδιαφέρεται|ενδιαφέρονται) (?:για )?(?:έρευνεσ|έρευνα|συνεντεύξεισ|συνέντευξη|συμμετοχή)": "not interested in research",
    # an interview done, with its day ("Συμμετείχε σε συνέντευξη UX στις 15/10/2026") or not
    "(?:συμμετείχε|πήρε μέροσ|έδωσε|έκανε) (?:σε |στη |στην )?(?:μια )?συνέντευξη(?: [a-z]+| έρευνασ| χρηστών)?"
    "(?: (?:στισ|την|τη|στη|στην|στο|στον))? ?(" + _GR_DATE + ")": "interviewed \\1",
    "(?:συμμετείχε|πήρε μέροσ|έδωσε|έκανε) (?:σε |στη |στην )?(?:μια )?συνέντευξη": "interviewed",
    # a test line, debt collection, an erasure, a complaint to the regulator (ΕΕΤΤ, telecoms; the data
    # protection authority; the consumer ombudsman), fraud
    "δοκιμαστική γραμμή|δοκιμαστικόσ λογαριασμόσ|δοκιμαστικό (?:λογαριασμό|προφίλ)|γραμμή δοκιμών|λογαριασμόσ δοκιμών":
    "test account",
    "(?:σε |στην |στη )?(?:εισπρακτική|εισπρακτικέσ)(?: εταιρεία| εταιρία)?": "debt collection",
    "(?:ζήτησε|ζητά|ζητάει|αίτημα|αίτηση)(?: για)? διαγραφήσ?(?: των| τησ| του)?(?: προσωπικών)?(?: του| τησ)?"
    " (?:δεδομένων|στοιχείων)(?: του| τησ)?|δικαίωμα (?:στη )?λήθησ?": "deletion requested",
    "(?:καταγγελία|καταγγελίεσ|προσφυγή|παράπονο) (?:στην |στον |στη |προσ την |προσ τον |προσ τη )?"
    "(?:εεττ|ε\\.ε\\.τ\\.τ\\.|συνήγορο του καταναλωτή|αρχή προστασίασ δεδομένων|αρχή προστασίασ|απδπχ)":
    "complaint to the regulator",
    "υποψία απάτησ|πιθανή απάτη": "suspected fraud", "απάτη": "fraud",
    # statuses
    "ενεργόσ|ενεργή|ενεργό|ενεργοί|ενεργέσ": "active", "ανενεργόσ|ανενεργή|ανενεργό|ανενεργοί": "inactive",
    "φραγή|σε φραγή|φραγμένοσ|φραγμένη|φραγμένο|σε αναστολή|αναστολή": "blocked",
    "απενεργοποιημένοσ|απενεργοποιημένη|απενεργοποιημένο|διαγραμμένοσ|διαγραμμένη|διαγραμμένο": "closed",
}
# (each opening a clause: the person's own)
_GREEK_OWN: dict[str, str] = {
    "(?:ο πελάτησ |η πελάτισσα |ο συνδρομητήσ )?(?:απεβίωσε|απεβιώσασ|απεβιώσασα|έχει αποβιώσει|πέθανε|εκλιπών|"
    "θανών|θανούσα)": "deceased",
    "ανήλικοσ|ανήλικη|ανήλικο|κάτω των 18(?: ετών)?": "under 18",
    "(\\d{1,2}) (?:ετών|χρονών|χρόνων)": "aged \\1",
    # staff alone or of our own shop, team or company ("Υπάλληλος καταστήματος Πειραιά")
    "(?:υπάλληλοσ|υπάλληλοι|εργαζόμενοσ|εργαζόμενη|συνάδελφοσ|συνάδελφισ)(?:(?= ?(?:$|[,;.\\)\u00b7-]))| (?:μασ|"
    "(?:του |των )?καταστήματοσ|(?:του |των )?καταστημάτων|τησ εταιρείασ|τησ εταιρίασ|τμήματοσ|του ομίλου|"
    "(?:του )?call center|εξυπηρέτησησ))": "our employee",
}
# a whole cell's status: "Διαγραφή" alone is a line deleted (in a note, "ζήτησε διαγραφή" is an erasure)
_GREEK_STATUS = {"διαγραφη": "closed", "διαγραμμενη γραμμη": "closed"}
# a yes or a no as a whole Greek cell, or opening one before a comma ("Ναι, αλλά απογεύματα")
_GREEK_ANSWERS = {"ναι": "yes", "οχι": "no", "συμφωνω": "yes", "δεν συμφωνω": "no", "αποδεχομαι": "yes",
                  "δεν αποδεχομαι": "no"}


def _gr_folded(key: str) -> str:
    return fold(key).replace("\u03c2", "\u03c3")


@lru_cache(maxsize=1)
def _greek() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Greek keys as patterns (``_whole_word_keys``), folded as the text is."""
    return _whole_word_keys({_gr_folded(k): en for k, en in _GREEK.items()},
                            {_gr_folded(k): en for k, en in _GREEK_OWN.items()}, _GR_LETTER, _GR_CLAUSE)


def _in_english_greek(folded: str) -> str:
    """The Greek words of ``folded`` in English (see above); a whole cell's status, yes or no as one."""
    folded = folded.replace("\u03c2", "\u03c3").replace("\u037e", ";").replace("\u0387", "\u00b7")
    if folded.strip(" .") in _GREEK_STATUS:
        return _GREEK_STATUS[folded.strip(" .")]
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _whole_words_in_english(folded, _GREEK_ANSWERS, _greek())).strip()


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    keys = sorted(_GLOSSARY, key=lambda k: (-len(k.split()), -len(k)))
    return re.compile(r"(?<![a-z0-9])(" + "|".join(_SEP.join(map(re.escape, k.split())) for k in keys)
                      + r")(?![a-z0-9])")


def _alternatives(key: str) -> list[str]:
    """A key split at its top-level "|"."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(key):
        depth += (c == "(") - (c == ")") if key[i - 1:i] != "\\" else 0
        if c == "|" and depth == 0:
            out.append(key[start:i])
            start = i + 1
    return out + [key[start:]]


@lru_cache(maxsize=1)
def _japanese() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """One pattern for all the Japanese keys, and each key's own (to tell which one matched)."""
    # each alternative of a key on its own ("契約中|有効"), so that the longer key is tried first
    # ("有効期限" before "有効")
    english = {alt: en for key, en in _JAPANESE.items() for alt in _alternatives(key)}
    keys = sorted(english, key=len, reverse=True)
    parts = []
    for k in keys:
        f = fold(k)
        # a katakana word is whole: not the end or the start of a longer one
        parts.append(("(?<!" + _KATAKANA + ")" if re.match(_KATAKANA, f) else "") + "(?:" + f + ")"
                     + ("(?!" + _KATAKANA + ")" if re.search(_KATAKANA + "\\)?[?*]?$", f) else ""))
    each = [(re.compile(p), english[k]) for p, k in zip(parts, keys)]
    return re.compile("|".join(parts)), each


def _spaced_english(folded: str, whole: re.Pattern[str], each: list[tuple[re.Pattern[str], str]]) -> str:
    """Each key ``whole`` finds in a script written without spaces (Japanese, Korean, Chinese) put in
    English by its own pattern in ``each``, spaced from the letters beside it."""
    def english(m: re.Match[str]) -> str:
        said = next(en for p, en in each if p.fullmatch(m.group(0)))
        before = " " if m.start() and not m.string[m.start() - 1].isspace() else ""
        after = " " if m.end() < len(m.string) and not m.string[m.end()].isspace() else ""
        return before + said + after

    return whole.sub(english, folded)


def _in_english_japanese(folded: str) -> str:
    """The Japanese words of ``folded`` in English, spaced from the letters beside them."""
    return _spaced_english(folded, *_japanese())


@lru_cache(maxsize=1)
def _korean() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """One pattern for all the Korean keys, each starting a word, and each key's own."""
    english = {alt: en for key, en in _KOREAN.items() for alt in _alternatives(key)}
    keys = sorted(english, key=len, reverse=True)
    parts = ["(?<!" + _HANGUL + ")(?:" + k + ")" for k in keys]
    return re.compile("|".join(parts)), [(re.compile(p), english[k]) for p, k in zip(parts, keys)]


_MONTH_ABBREVIATIONS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _in_english_korean(folded: str) -> str:
    """The Korean words of ``folded`` in English, spaced from the letters beside them; a whole cell's
    yes or no ("동의", "미동의") as one; a date of Korean Excel ("2026년 10월 20일", "2026. 10. 20.") as
    2026-10-20."""
    answer = _KOREAN_ANSWERS.get(re.sub(r"\s+", " ", folded.strip(" .!")))
    if answer:
        return answer
    folded = re.sub(r"(?<![\d.])(\d{4})\s*(?:년|\.)\s*(\d{1,2})\s*(?:월|\.)\s*(\d{1,2})\s*(?:일|\.(?!\d))",
                    lambda m: f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", folded)
    # an age or an age band: "17세", "18세 미만" (under 18), "20대" (the twenties), "40대 이상" (40 and over)
    # a day and month with no year ("10월 15일 인터뷰 완료"), as English writes it ("15 oct")
    folded = re.sub(r"(?<![\d.-])(\d{1,2})\s*월\s*(\d{1,2})\s*일",
                    lambda m: f"{int(m.group(2))} {_MONTH_ABBREVIATIONS[int(m.group(1)) - 1]}"
                    if 1 <= int(m.group(1)) <= 12 else m.group(0), folded)
    folded = re.sub(r"(?<!\d)(\d{1,3})\s*세\s*(미만|이하|이상)",
                    lambda m: {"미만": "under ", "이하": "up to "}.get(m.group(2), "") + m.group(1)
                    + (" and over" if m.group(2) == "이상" else ""), folded)
    folded = re.sub(r"(?<!\d)(\d{1,3})\s*세(?!" + _HANGUL + ")", r"\1 years old", folded)
    folded = re.sub(r"(?<!\d)([1-9]0)\s*대(?:\s*(이상))?(?!" + _HANGUL + ")",
                    lambda m: m.group(1) + "s" + (" and over" if m.group(2) else ""), folded)
    # a span of months or weeks, as a count's column names its window: "최근 3개월 구매횟수" (orders in the
    # last 3 months, as "Orders (last 3 months)"), "지난 6개월", "최근 4주"
    folded = re.sub(r"(?<!\d)(\d{1,2})\s*개월\s*전", r" \1 months ago ", folded)
    folded = re.sub(r"(?:최근|지난|직전)\s*(\d{1,2})\s*개월(?:\s*간)?", r" last \1 months ", folded)
    folded = re.sub(r"(?<!\d)(\d{1,2})\s*개월(?:\s*간)?", r" \1 months ", folded)
    folded = re.sub(r"(?:최근|지난|직전)\s*(\d{1,2})\s*주(?:\s*간)?(?!" + _HANGUL + ")", r" last \1 weeks ", folded)
    whole, each = _korean()

    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _spaced_english(folded, whole, each)).strip()


# the Hinglish words that say a note is in Hinglish, beside those of its requests above
_HI_COMMON = frozenset("""hai hain tha thi the ko ka ki ke se mein me par pe aur bhi ho hua hui gaya gayi gaye kar karo
karna karein karenge kiya kiye raha rahe rahi nahi nahin nhi mat abhi baad pehle sirf bas ji haan wala wali wale
unka unki unke uska uski uske mera meri mere hamara humara apna apni apne kya kyun kab kaun kaise yeh woh vo ye
bola boli bataya baat accha acha theek thik hoga hogi chahiye chahte chahti""".split())


# the everyday words of each language the glossary reads, by which a note is known to be in it (two
# of one language, or one beside a letter with an accent): "Est passé chez un autre syndic" is French,
# and what it says of who not to ask the French entries read. Not words that are as common in
# languages it does not read (Swahili "si", "la", "je", "au", "na", "ya")
_EVERYDAY: dict[str, str] = {
    "French": "le les et est un une des du de dans sur pour avec par pas ne plus que qui son sa ses leur leurs chez "
              "au aux mais tres encore jamais deja ou il elle ils elles nous vous on ce cette a ete fait peu bien "
              "apres avant depuis toujours aussi",
    "Spanish": "el los las y es de del en por para con una uno que su sus muy mas pero ya no se le lo fue esta "
               "estan tiene hay sobre desde hasta cuando nunca siempre tambien otra otro ha dos veces al",
    "Portuguese": "o os as e de do da dos das em no na nos nas um uma com para por que nao seu sua mais muito foi "
                  "esta tem ja ao aos pela pelo ainda sempre nunca tambem mas "
                  # (a sales or support rep's short note has few of those: its everyday verbs, "Prefere pagar
                  # via Pix parcelado", "Quer receber no sábado")
                  "prefere quer gosta pagar paga pede precisa vende comprar receber entrega atende",
    "Italian": "il lo gli le di del della dei delle che non per con un una sono e ha al alla nel nella ma piu "
               "anche ancora gia sempre mai solo molto suo sua",
    "German": "der die das den dem des und ist nicht mit ein eine einen zu auf fur von bei nach aus uber sie er es "
              "wir noch schon sehr auch nur wenn dann weil dass hat haben kein keine im am zum zur vom oder aber",
    "Dutch": "het een van de en niet is wat voor met op aan bij uit naar maar ook nog al geen meer heeft heb zijn "
             "wil kan er om dat die deze dit te",
    "Polish": "nie sie jest na w z do od po za ale czy juz tak jak tylko bardzo ze jego jej oraz przez",
    "Swedish": "och att det som inte en ett av pa om for till med fran ur vid efter men har var ar kan vill ska "
               "mycket bara nar per sig sin sitt upp",
    # (folded: "không" is "khong", "được" is "duoc")
    "Vietnamese": "khong ko cua duoc chua nhung voi cho nay roi nua hay lam nguoi dang bi rat",
    "Norwegian or Danish": "og ikke det som en et av pa om for til med fra ved etter men har var er kan vil skal "
                           "meget mye bare nar jeg seg sin sitt mest sist ut",
}
_EVERYWHERE = frozenset("si la je au na ya wa ni tu za ana mi da di ha e a o i y w z".split())


@lru_cache(maxsize=1)
def everyday_words() -> tuple[frozenset[str], ...]:
    """Each read language's everyday words (``_EVERYDAY``), less those as common elsewhere."""
    return tuple(frozenset(words.split()) - _EVERYWHERE for words in _EVERYDAY.values())


def hinglish_words() -> frozenset[str]:
    """Hinglish's everyday words (``_HI_COMMON``): by which a note no rule matched is known to be in
    Hinglish, a language the rules read, not in one they do not (not ``everyday_words``, by which a
    note is read: a Hinglish note no rule matched is named, as "beta 16 saal ka hai" may matter); not those
    an English note writes ("the", "me", "par", "mat", "mere")."""
    return _HI_COMMON - frozenset("the me par pe mat bas mere ye vo ho hi".split())


# the Hungarian words that say a note is in Hungarian (folded: "és" is "es", "még" is "meg"; not "is", "be",
# "mint" or "sem", English and Portuguese words), beside its requests, refusals and deaths above
_HU_COMMON = frozenset("""az es nem hogy meg mar csak volt van lesz vagy fel egy ez azt ezt igen nincs miatt alatt
utan elott nagyon mert ugyfel azota kerte jelezte szeretne nala neki vele tobb utoljara regi fiok szamla
folyamatban tett""".split())


def hungarian_words() -> frozenset[str]:
    """Hungarian's everyday words (``_HU_COMMON``): by which a note no rule matched is known to be in
    Hungarian, a language the rules read (``_hungarian``), not in one they do not; not ``everyday_words``, by
    which a note is read, as the rules read its requests, refusals and deaths, not all it may say."""
    return _HU_COMMON


# the Romanian words that say a note is in Romanian (folded: "și" is "si", "încă" is "inca"; not "a", "de", "la",
# "cu", "in", "ca", "are", words of English, French or Spanish), beside its requests, refusals and deaths above
_RO_COMMON = frozenset("""si sau nu este sunt fost mai foarte pentru despre din dupa inainte daca doar numai care
cont client clienta clientul clientei vrea doreste cerut sotia sotul unui unei fosta ori angajat angajata coleg colega""".split())


# the Czech and Slovak words that say a note is in Czech or Slovak (folded: "byla" for "bola" too is its own; not
# "je", "se", "ale", "pro" or "na", words of other languages), beside its requests, refusals and deaths (``_czech``)
_CS_COMMON = frozenset("""jsem jsme jste byl byla bylo byli jsou nebo jen uz jeste protoze kvuli jinak take velmi mne
nam nas ktery ktera ktere smlouvu smlouva smlouvy zakaznik zakaznice zakaznika chce nechce mi bez pri som sme bol bola
bolo boli su alebo len este pretoze kvoli inak tiez zmluvu zmluva zmluvy vse vsechno nikdo nic mimo kdyz neni bude budu
mame jeho jeji manzel manzelka dcera manzelom vsetko nikto""".split())


def czech_words() -> frozenset[str]:
    """Czech's and Slovak's everyday words (``_CS_COMMON``): by which a note no rule matched is known to be in
    Czech or Slovak, a language the rules read (``_czech``), not in one they do not, as ``romanian_words``."""
    return _CS_COMMON


# the Finnish words that say a note is in Finnish (folded: "ä" is "a", "ö" is "o"; not "on", "ja" or "se", words of
# English and the Nordic languages alone), and the stems its long compounds and endings keep ("asiakkaan",
# "tilausputken", "noutopistetutkimus", "soitettu"), beside its requests, refusals and deaths above (``_finnish``):
# a Finnish note no rule matched is one in a language the rules read, as Hungarian's
_FI_COMMON = frozenset("""ei eika han etta mutta kun jos myos viela nyt enaa vain tai kanssa jalkeen ennen asti takia
vuoksi meilla meille meidan heidan hanen sen ovat oli olisi ole haluaa halua toivoo yrita uudelleen asiak tilaa tekee
poika pojan tytar vaimo puoliso lapsi lapset isa aiti""".split())
_FI_STEMS = ("asiak", "tilau", "tilaa", "haastat", "yhteyd", "puhel", "soitet", "soitt", "sahkopost", "tutkimu",
             "tyoskent", "toimitu", "kuljet", "palvelu", "kuussa", "hyvit", "reklamaat", "vastannut", "iltapaiv", "aamupaiv")


def finnish_words(words: set[str] | frozenset[str]) -> int:
    """How many of a note's words (folded, lower case) are Finnish's (``_FI_COMMON``, or hold one of its stems:
    a compound's, "noutopistetutkimus", as an ending's, "asiakkaan")."""
    return sum(w in _FI_COMMON or (len(w) >= 5 and any(stem in w for stem in _FI_STEMS)) for w in words)


# the Italian words that say a note is in Italian, a language the rules read (``_italian``), beyond its everyday
# ones (``_EVERYDAY``): what an insurer's, bank's or shop's CRM notes are made of ("Passato a concorrenza per
# prezzo", "Trasferita all'estero"); not words English writes the same ("come", "auto", "prima")
_IT_COMMON = frozenset("""cliente clienti polizza polizze passato passata passati trasferito trasferita estero
concorrenza concorrente prezzo prezzi rinnovo rinnovare rinnovato rinnovata disdetta disdetto scaduta scaduto chiede
chiesto richiesta vuole desidera essere stato stata contattato contattata aperto aperta chiuso chiusa sinistro sinistri
preventivo troppo caro costoso ufficio figlia figlio padre madre moglie marito lui lei questo questa dopo perche quando
anno mese sulla sul alla allo dalla dal dello nella volturata volturato ritardo rimborso assistenza chiamata telefono
risponde insoddisfatto insoddisfatta soddisfatto soddisfatta compagnia agenzia agente sposato sposata veicolo rubato
rubata""".split())


def italian_words() -> frozenset[str]:
    """Italian's words (``_IT_COMMON``, ``_EVERYDAY``'s): by which a note no rule matched is known to be in Italian,
    a language the rules read (``_italian``), not in one they do not, as ``romanian_words``."""
    return _IT_COMMON | everyday_words()[list(_EVERYDAY).index("Italian")]


# the Tagalog words that say a note is in Tagalog or Taglish (not "may", "at", "pa", "na", "si", "sa", "mas", "pero",
# "para", "kami", "anak" or "mahal", words of English, Swahili, Spanish or Indonesian too), beside its requests, refusals and deaths above (``_tagalog``): a Tagalog note no
# rule matched is one in a language the rules read, and a Taglish one, half in English ("Lumipat na sa ibang
# e-wallet, mas mababa daw fee"), is named all the same
_TL_COMMON = frozenset("""ang ng mga po ho niya nya nila namin natin tayo siya sya sila ako ikaw kayo ito iyan iyon
yung iyong dito diyan doon nasa wala walang meron mayroon hindi lang lamang daw raw naman kasi kung kapag pag dahil
nang rin din muna ngayon kanina bukas kahapon ulit ibang mababa sabi nung noong tindahan nanay tatay asawa kapatid
pamangkin lumipat nagsara""".split())


def tagalog_words() -> frozenset[str]:
    """Tagalog's everyday words (``_TL_COMMON``): by which a note no rule matched is known to be in Tagalog or
    Taglish, a language the rules read (``_tagalog``), as ``hungarian_words``."""
    return _TL_COMMON


# Nigerian Pidgin's own words, none of them English ("dey", "wey", "abeg", "pikin"), and those it shares with
# English but writes otherwise ("na" is, "am" him or her, "don" has, "wan" want): a Pidgin note no rule matched
# ("customer dey hustle for Mile 12") is in a language the rules read (``_nigerian``), named as no rule matched;
# a Pidgin word hides it among English words no longer ("dey" is never English). Hausa's and Yoruba's everyday
# words, which the rules read a few requests of only, make a note in them one nobody reads, though some are
# spelt as English words are ("kar a sake kiran ta", "ba ya amfani da app")
PIDGIN_OWN = frozenset("""dey wey abeg pikin pickin wetin sabi wahala kpai japa comot commot gree shey abi oya ehn sef
naija una""".split())
_PIDGIN_SHARED = frozenset("na am don wan dem fit".split())
WEST_AFRICAN_UNREAD = frozenset("""kar kada kiran kira sake kuma amfani yana tana baya bata sosai rasu mutu aiki
wannan yanzu abokin ciniki jowo rara oloogbe osise""".split())


def pidgin_words(words: set[str] | frozenset[str]) -> int:
    """How much a note's words (folded, lower case) say it is in Nigerian Pidgin: each of Pidgin's own words
    (``PIDGIN_OWN``) counts twice, as one says so alone; each it shares with English once."""
    return 2 * len(words & PIDGIN_OWN) + (len(words & _PIDGIN_SHARED) if words & PIDGIN_OWN else 0)


def romanian_words() -> frozenset[str]:
    """Romanian's everyday words (``_RO_COMMON``): by which a note no rule matched is known to be in Romanian, a
    language the rules read (``_romanian``), not in one they do not, as ``hungarian_words``."""
    return _RO_COMMON


@lru_cache(maxsize=1)
def words_read() -> frozenset[str]:
    """The words of the languages the glossary reads as a whole (folded): those of its tables' keys
    and answers, and of Hinglish's requests and everyday words. A note's word among them is of a
    language whose requests, refusals and deaths the rules read, so not a word nobody reads. (Not
    Swahili's, Japanese's or another language whose phrases alone the tables put in English.)"""
    # (not Hungarian's "igen" and "nem", whole-cell answers: a Hungarian note is read by ``_hungarian`` alone)
    tables = (*(k for k in _GLOSSARY if k not in _HUNGARIAN_COLUMNS and k not in _FINNISH_COLUMNS
                and k not in _CZECH_COLUMNS),
              *(k for k in _ANSWERS if k not in ("igen", "nem", "kylla", "ei")),
              *_HI_WHOM, *_HI_TOPIC, *_HI_CHANNEL, *_HI_COMMON)
    return frozenset(w for key in tables for w in re.findall(r"[a-z]+", fold(key))).union(*everyday_words())


@lru_cache(maxsize=1)
def _chinese() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]], re.Pattern[str]]:
    """One pattern for all the Chinese keys, each key's own, and the whole-cell answers."""
    english = {alt: en for key, en in _CHINESE.items() for alt in _alternatives(key)}
    keys = sorted(english, key=len, reverse=True)
    answers = re.compile(r"^\s*(" + "|".join(sorted(_CHINESE_ANSWERS, key=len, reverse=True)) + r")\s*(?=$|[(、,;:。])")
    return re.compile("|".join(f"(?:{k})" for k in keys)), [(re.compile(k), english[k]) for k in keys], answers


def _chinese_answer(cell: str) -> str | None:
    return next((en for k, en in _CHINESE_ANSWERS.items() if re.fullmatch(k, cell)), None)


def _in_english_chinese(folded: str) -> str:
    """The Chinese words of ``folded`` in English, spaced from the letters beside them; a whole cell's
    yes or no ("是", "否（出差中）") as one; an age ("17歲") and a period ("近30天") in English words."""
    whole, each, answers = _chinese()
    answer = answers.match(folded)
    if answer:
        folded = str(_chinese_answer(answer.group(1))) + folded[answer.end():]
    folded = re.sub(r"(?:近|[過过]去|最近)\s*(\d+)\s*[天日]", r" last \1 days ", folded)
    folded = re.sub(r"(\d+)\s*天", r" \1 days ", folded)
    folded = re.sub(r"(?<!\d)(\d{1,3})\s*[歲岁]", r" \1 years old ", folded)

    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _spaced_english(folded, whole, each)).strip()


# the digits of Arabic script, Arabic-Indic ("٠١٢") and Eastern Arabic-Indic as Persian and Urdu write
# them ("۰۱۲"), with the Arabic decimal and thousands separators ("١٬٢٣٤٫٥"): NFKD leaves them as they
# are, as it does not full-width digits ("２０２６", which it makes ASCII)
_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6F0 + i): str(i) for i in range(10)},
                         **{chr(0xE50 + i): str(i) for i in range(10)},  # (Thai: "๒๗/๑๑/๒๕๖๙")
                         "\u066b": ".", "\u066c": ","})
# and every other script's decimal digits, as Python's int() reads them: Bengali's ("২৬/১১/২০২৬", as an agent types a
# date in Bangladesh), Devanagari's ("२६/११/२०२६"), the other Indic scripts', Myanmar's, Khmer's, Lao's
_DIGITS.update({c: str(unicodedata.decimal(chr(c))) for c in range(0x0900, 0x1100)
                if unicodedata.category(chr(c)) == "Nd"})


def ascii_digits(text: str) -> str:
    """``text`` with its digits of Arabic script, Thai digits and full-width digits written as ASCII ones
    ("١٢/١١/٢٠٢٦" → "12/11/2026", "๒๗/๑๑" → "27/11", "٠٥٠١١١٢٢٣٣" → "0501112233", "２０２６" → "2026"); all else as written."""
    return re.sub("[\uff10-\uff19]", lambda m: unicodedata.normalize("NFKC", m.group(0)), text.translate(_DIGITS))


def fold(text: str) -> str:
    """Lower case without accents ("Dernière" → "derniere", "Łódź" → "lodz"), digits in ASCII
    (``ascii_digits``), other characters kept (a "✓" stays a tick). Hangul stays in syllables ("동의", not
    the letters NFKD takes it apart into), so that Korean is matched as it is written."""
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS).translate(_DIGITS).translate(_PERSIAN_LETTERS).lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain) if _JAMO.search(plain) else plain


def plain_letters(text: str) -> str:
    """``text`` with the letters NFKD does not take apart written as plain ones ("ł" → "l", "ø" → "o",
    "ß" → "ss", "æ" → "ae"), case kept; all else as written."""
    return text.translate(_LETTERS)


# a count's period after its number in the languages whose word for a day, a week or a month the glossary
# cannot take as a word on its own (Finnish "pv", Serbian "dana", Indonesian's "dan" is "and"): Finnish
# "Matkoja 30 pv" (päivää), "viimeiset 30 päivää", "4 viikkoa", "12 kk" (kuukautta), "30 vrk"; Serbian, Croatian
# and Bosnian in either script "Број трансакција (30 дана)", "poslednjih 30 dana", "12 mjeseci"; Russian and
# Ukrainian with no "за" before it ("Входы (30 дней)", "30 днів"); Hungarian's adjective "30 napos"; Romanian with no
# "ultimele" ("Comenzi (30 de zile)"); Turkish "son 30 gün", "12 ay". Read only after a number, so a word of
# the same spelling elsewhere stays as written (folded keys: "дней" is "днеи")
_WINDOW_UNITS = {
    "days": "paivaa paivan paiva pv vrk dana zile gun napos дана днеи дня дни днів дні день",
    "weeks": "viikkoa viikon viikko vko nedelja nedelje nedelju sedmica sedmice tjedana tjedna hetes hafta "
             "недеља недеље недеља недель недели тижнів тижні тиждень",
    "months": "mdr mnd kk kuukautta kuukauden kuukausi meseci meseca mjeseci mjeseca honapos ay месеци месеца месяцев месяца "
              "місяців місяці",
}
_WINDOW_LAST = ("viimeiset viimeisen viimeisimmat viim edelliset poslednjih posljednjih zadnjih proteklih последњих "
                "протеклих последних последние останніх останні son")
_WINDOW = re.compile(
    r"(?<![\w.,])(?:(" + "|".join(map(fold, _WINDOW_LAST.split())) + r")\.?\s)?(\d+)\s?(?:de\s)?("
    + "|".join(sorted({fold(u) for us in _WINDOW_UNITS.values() for u in us.split()}, key=len, reverse=True))
    + r")(?![\w])")
_WINDOW_UNIT = {fold(u): unit for unit, us in _WINDOW_UNITS.items() for u in us.split()}


def _windows(folded: str) -> str:
    """A count's period after its number put in English (see above): "matkoja 30 pv" → "matkoja 30 days",
    "poslednjih 30 dana" → "last 30 days"."""
    return _WINDOW.sub(lambda m: ("last " if m.group(1) else "") + f"{m.group(2)} {_WINDOW_UNIT[m.group(3)]}", folded)


@lru_cache(maxsize=65536)
def in_english(text: str) -> str:
    """``text`` folded (``fold``) with the words and phrases of other languages put in English:
    "Dernière connexion app" → "last login app", "ESTADO_CUENTA" → "status account",
    "Invitación pendiente" → "invited pending", "Sim" → "yes". French elisions are split first
    ("Date d'inscription" → "date d inscription" → "date d signup")."""
    folded = re.sub(r"(?<![a-z])(d|l|qu)['’](?=[a-z])", r"\1 ", fold(text))
    folded = re.sub(r"\b(\d+)\s?j\b", r"\1 d", folded)  # "Connexions 30j": thirty days (jours)
    # Hungarian's days, weeks and months after a number: "Bejelentkezések (30 nap)", "Vásárlások (12 hónap)"
    folded = re.sub(r"\b(\d+)\s?(nap|het|honap)\b", lambda m: m.group(1) + {"nap": " days", "het": " weeks"}.get(
        m.group(2), " months"), folded)
    # Romanian's last days, weeks or months: "Comenzi (ultimele 90 de zile)", "ultimele 6 luni"
    folded = re.sub(r"\b(?:ultimele|ultimii|in\sultimele|din\sultimele)\s(\d+)\s(?:de\s)?(zile|saptamani|luni)\b",
                    lambda m: f"last {m.group(1)} " + {"zile": "days", "saptamani": "weeks"}.get(m.group(2), "months"), folded)
    folded = _nigerian(folded)  # (Pidgin first: its "na", "no call am" before Hinglish's "na")
    folded = _serbian(folded)  # (Serbian's Cyrillic as its Latin, before the Russian keys read Cyrillic)
    folded = _spanish(_portuguese(folded))
    folded = _cyrillic(_polish(_hungarian(_turkish(_indonesian(_swahili(_hinglish(folded)))))))
    folded = _tagalog(_finnish(_romanian(folded)))
    folded = _italian(_czech(_danish(folded)))
    folded = _vietnamese(folded, text)
    folded = _banglish(_windows(folded))
    if unicodedata.normalize("NFC", text).strip(" .!").lower() in _VI_ANSWERS:  # "Có", not a bare "co"
        return _VI_ANSWERS[unicodedata.normalize("NFC", text).strip(" .!").lower()]
    if re.search(_HAN, folded) and not re.search(r"[\u3040-\u30ff\uac00-\ud7a3]", folded):
        folded = _in_english_chinese(folded)  # no kana: Chinese first, then what Japanese writes the same
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\u3007\u25cb\u00d7]", folded):
        answer = re.match(r"^\s*(" + "|".join(map(fold, sorted(_JAPANESE_ANSWERS, key=len, reverse=True)))
                          + r")\s*(?=$|[(、,;:：。])", folded)
        if answer:
            folded = {fold(k): v for k, v in _JAPANESE_ANSWERS.items()}[answer.group(1)] + folded[answer.end():]
        # a period in days, weeks or months ("過去30日", "30日間", "3ヶ月"), not a date's day ("11月20日")
        folded = re.sub(r"(?<![月\d/.-])(\d+)\s?日間?", r" \1 days ", folded)
        folded = re.sub(r"(\d+)\s?週間?", r" \1 weeks ", folded)
        folded = re.sub(r"(\d+)\s?(?:ヶ|か|カ|ケ|箇)月間?", r" \1 months ", folded)
        folded = re.sub(r"(?<=\S) {2,}(?=\S)", " ", _in_english_japanese(folded)).strip()
    if re.search(_HANGUL, folded):
        folded = _in_english_korean(folded)
    if re.search(_AR_LETTER, folded):
        folded = _in_english_arabic(_in_english_persian(_in_english_urdu(folded)))
    if re.search(_HE_LETTER, folded):
        folded = _in_english_hebrew(folded)
    if re.search(_DV_LETTER, folded):
        folded = _in_english_devanagari(folded)
    if re.search(_BN_LETTER, folded):
        folded = _in_english_bengali(folded)
    if re.search(_TH_LETTER, folded):
        folded = _in_english_thai(folded)
    if re.search(_GR_LETTER, folded):
        folded = _in_english_greek(folded)
    if folded.strip(" .!") in _ANSWERS:
        return _ANSWERS[folded.strip(" .!")]
    # a yes or a no that opens an answer: "Non, je préfère pas", "Oui – audio uniquement"
    opening = re.match(r"^\s*([a-z]+)(?=\s*[,;:–—]|\s+-\s)", folded)  # not "Non-EU"
    if opening and opening.group(1) in _ANSWERS:
        folded = _ANSWERS[opening.group(1)] + folded[opening.end():]

    def english(m: re.Match[str]) -> str:
        return _GLOSSARY[re.sub(_SEP, " ", m.group(1))]

    return _pattern().sub(english, folded)
