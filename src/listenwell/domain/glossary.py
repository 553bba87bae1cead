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
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# letters that NFKD does not take apart into a plain letter and an accent
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
                          "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "œ": "oe", "Œ": "Oe", "þ": "th"})

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
    "remarques": "notes", "notas": "notes", "observacoes": "notes", "notizen": "notes", "notiz": "notes", "bemerkung": "notes", "anmerkung": "notes", "interner": "internal", "anmerkungen": "notes",
    "opmerkingen": "notes", "uwagi": "notes", "anteckningar": "notes", "notater": "notes",
    # research, consent, recording
    "entretien": "interview", "entretiens": "interviews", "entrevista": "interview",
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
    "medewerker": "employee", "pracownik": "employee", "anstalld": "employee", "ansatt": "employee",
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
    "aanbevelen": "recommend", "polecic": "recommend", "polecenia": "recommend", "rekommendera": "recommend",
    "anbefale": "recommend", "anbefaling": "recommend", "weiterempfehlung": "recommend", "empfehlung": "recommend",
    "teilnahme": "take part", "nutzerforschung": "user research", "nutzerinterview": "user interview",
    "keine": "no", "kein": "no", "lizenzstatus": "license status", "lizenz": "license", "endnu": "yet", "enda": "yet", "probabilite": "likely", "probabilidad": "likely", "probabilidade": "likely",
    "wahrscheinlichkeit": "likely", "wahrscheinlich": "likely",
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
    "wygaslo": "expired", "utgangen": "expired", "utlopt": "expired", "udlobet": "expired",
    "invitado": "invited", "invitada": "invited",
    "convidado": "invited", "convidada": "invited", "invitato": "invited", "eingeladen": "invited",
    "uitgenodigd": "invited", "zaproszony": "invited", "zaproszona": "invited", "inbjuden": "invited",
    "invitert": "invited", "inviteret": "invited", "pendiente": "pending", "pendente": "pending",
    "ausstehend": "pending", "oczekujace": "pending", "suspendu": "suspended", "zawieszone": "suspended",
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
    "zuletzt": "last", "interviewt": "interviewed", "intervjuad": "interviewed", "intervjuet": "interviewed",
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
}

# a yes or a no, as a whole cell: "Non" alone is no, "Non-EU" is not
_ANSWERS = {"oui": "yes", "si": "yes", "sim": "yes", "ja": "yes", "tak": "yes", "non": "no", "nao": "no",
            "nein": "no", "nee": "no", "nej": "no", "nei": "no",
            # a spreadsheet's TRUE and FALSE in the sheet's language
            "wahr": "true", "falsch": "false", "vrai": "true", "faux": "false", "verdadero": "true", "falso": "false",
            "verdadeiro": "true", "vero": "true", "prawda": "true", "falsz": "false", "waar": "true",
            "onwaar": "false", "sant": "true", "sann": "true", "usant": "false", "falskt": "false"}

_SEP = r"[\s_\-.]+"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    keys = sorted(_GLOSSARY, key=lambda k: (-len(k.split()), -len(k)))
    return re.compile(r"(?<![a-z0-9])(" + "|".join(_SEP.join(map(re.escape, k.split())) for k in keys)
                      + r")(?![a-z0-9])")


def fold(text: str) -> str:
    """Lower case without accents ("Dernière" → "derniere", "Łódź" → "lodz"), other characters
    kept (a "✓" stays a tick)."""
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS).lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def in_english(text: str) -> str:
    """``text`` folded (``fold``) with the words and phrases of other languages put in English:
    "Dernière connexion app" → "last login app", "ESTADO_CUENTA" → "status account",
    "Invitación pendiente" → "invited pending", "Sim" → "yes". French elisions are split first
    ("Date d'inscription" → "date d inscription" → "date d signup")."""
    folded = re.sub(r"(?<![a-z])(d|l|qu)['’](?=[a-z])", r"\1 ", fold(text))
    folded = re.sub(r"\b(\d+)\s?j\b", r"\1 d", folded)  # "Connexions 30j": thirty days (jours)
    if folded.strip(" .!") in _ANSWERS:
        return _ANSWERS[folded.strip(" .!")]
    # a yes or a no that opens an answer: "Non, je préfère pas", "Oui – audio uniquement"
    opening = re.match(r"^\s*([a-z]+)(?=\s*[,;:–—]|\s+-\s)", folded)  # not "Non-EU"
    if opening and opening.group(1) in _ANSWERS:
        folded = _ANSWERS[opening.group(1)] + folded[opening.end():]

    def english(m: re.Match[str]) -> str:
        return _GLOSSARY[re.sub(_SEP, " ", m.group(1))]

    return _pattern().sub(english, folded)
