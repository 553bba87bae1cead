"""The formulaic prompts that close an interview, by what they ask for (in English and in the
other languages guides are written in). The kit adds the ones a
guide's own closing lacks; the coach counts any of them as the guide's closing prompt asked,
since "Is there anything else you'd like to add?" and "What should I have asked?" do one job
in whatever words, which a sentence embedder does not see (0.28 alike for that pair)."""

from __future__ import annotations

import re

from .language import greek_accents

MISSED = "missed"  # "Is there anything I should have asked but didn't?"
ANYTHING_ELSE = "anything_else"  # "Is there anything else you'd like to add?"
WHO_ELSE = "who_else"  # "Who else do you think we should talk to?"
OPEN_FLOOR = frozenset({MISSED, ANYTHING_ELSE})  # both hand the floor over at the end

# The same two prompts in the other languages guides are written in: "Tem alguma coisa que eu não
# perguntei…?", "¿Hay algo que no te haya preguntado…?", "Gibt es etwas, das ich nicht gefragt
# habe?", "Czy jest coś, o co nie zapytałam?"; "Mais alguma coisa que você queira acrescentar?"
_MISSED_OTHER = (r"n[aã]o (?:te |lhe |vos )?pergunt(?:ei|amos)|esque(?:ci|cemos) de (?:te |lhe )?perguntar|"
                 r"deveria(?:mos)? ter perguntado|"
                 r"no (?:te |le |les |os )?(?:he |hemos |haya |hayamos )?pregunt(?:[ée]|ado|amos)|"
                 r"olvid(?:[ée]|amos) preguntar|deber[ií]a(?:mos)? haber preguntado|"
                 r"ne (?:vous |t'|t\u2019)?(?:ai|a|avons) pas (?:demand[ée]|pos[ée])|oubli[ée] de (?:vous |te )?demander|"
                 r"(?:ich|wir)\s+(?:\w+\s+){0,2}nicht gefragt|zu fragen vergessen|vergessen(?: habe)?,? zu fragen|h[aä]tte fragen sollen|"
                 r"(?:ik|we|wij)\s+(?:\w+\s+){0,2}niet (?:heb |hebben )?gevraagd|vergeten te vragen|had(?:den)? moeten vragen|"
                 r"non (?:ti |le |vi )?(?:ho|abbiamo) chiesto|dimenticat[oa] di chiedere|avrei dovuto chiedere|"
                 r"nie zapyta[lł](?:em|am|i[sś]my|y[sś]my)|zapomnia[lł]\w* zapyta[cć]|powin(?:ien|nam|ienem)\w* by[lł]\w* zapyta[cć]|"
                 r"belum (?:saya |sempat saya )?tanya(?:kan)?|lupa (?:saya )?tanya(?:kan)?|seharusnya saya tanya(?:kan)?|"
                 # Turkish: "Sormadığım ama önemli bir şey var mı?", "sormam gereken", "sormayı unuttuğum"
                 r"sormad[ıi][ğg][ıi]m|sormad[ıi][ğg][ıi]m[ıi]z|sormam gereken|sormam[ıi]z gereken|sormay[ıi] unuttu[ğg]\w*|"
                 # Ukrainian and Russian: "Чи є щось, про що я не запитала…?", "…о чём я не спросил(а)?"
                 r"не (?:за|с)?пит(?:ав|ала|али)|не запитувал[аи]?|забул[аи]? (?:за|с)?пита(?:ти|ть)|"
                 r"не (?:с|за)?прос(?:ил|ила|или)|забыл[аи]? (?:с|за)?просить|"
                 # Vietnamese and Hebrew: "…mà em chưa hỏi không ạ?", "יש משהו שלא שאלתי…?"
                 r"(?:em|tôi|mình|chúng tôi|chúng em) (?:chưa|quên|không) hỏi|(?:em|tôi|mình) nên hỏi|"
                 r"ש?לא שאל(?:תי|נו)|ש?שכח(?:תי|נו) לשאול|"
                 # Persian and Greek: "چیز دیگری هست که باید از آن می‌پرسیدم؟", "…که نپرسیدم", "Υπάρχει κάτι
                 # που δεν σας ρώτησα…;"
                 # Hungarian: "Van még valami, amiről nem kérdeztem…?", "…amit elfelejtettem megkérdezni?"
                 r"nem (?:kérdeztem|kérdeztünk|kérdeztelek)(?: meg)?|elfelejtettem (?:meg)?kérdezni|"
                 r"(?:meg )?kellett volna kérdeznem|"
                 # Romanian: "Mai este ceva ce nu v-am întrebat…?", "…ce am uitat să vă întreb?"
                 r"nu (?:v-|te-)?am [îi]ntrebat|am uitat s[aă] (?:v[aă] |te )?[îi]ntreb|ar fi trebuit s[aă] (?:v[aă] )?[îi]ntreb|"
                 # Finnish: "Onko jotain, mitä en osannut kysyä…?", "…mitä en kysynyt?", "…mitä unohdin kysyä?"
                 r"en (?:osannut|muistanut|tullut|ehtinyt) kysy\w*|en kysynyt|unohdin kysy\w*|(?:olisi )?pit[äa]nyt kysy\w*|"
                 # Serbian, Croatian, Bosnian: "Da li postoji nešto što vas nisam pitala…?", "…što sam zaboravio da pitam?"
                 r"nisam (?:vas |te )?(?:pita(?:o|la)|upita(?:o|la))|nismo (?:vas )?pitali|zaboravi(?:o|la) (?:sam )?(?:da )?"
                 r"(?:vas )?pita(?:m|ti)|нисам (?:вас |те )?пита(?:о|ла)|"
                 # Czech and Slovak: "Je ještě něco, na co jsem se nezeptal/a?", "…na čo som sa nespýtal?", "…zapomněl/a
                 # jsem se zeptat"
                 r"(?:jsem|jsme|som|sme) se nezeptal\w*(?:/a)?|(?:jsem|jsme|som|sme) sa nespýtal\w*(?:/a)?|"
                 r"nezeptal\w*(?:/a)? jsem|zapomněl\w*(?:/a)? (?:jsem )?se zeptat|zabudol\w*(?:/a)? (?:som )?sa spýtať|"
                 # Norwegian (Bokmål, Nynorsk), Danish, Swedish: "…som jeg ikke har spurt om?", "…som eg ikkje har spurt
                 # om?", "…som jeg ikke har spurgt om?", "…som jag inte har frågat om?", "…jeg glemte å spørre om?"
                 r"(?:jeg|eg|vi|jag) (?:ikke|ikkje|inte) (?:har |hev |hadde )?(?:spurt|spurgt|frågat)|"
                 r"(?:jeg|eg|vi|jag) (?:glemte|gløymde|glemt|glömde|har glemt)(?: (?:å|at|att))? (?:spørre|spørje|spørge|fråga)|"
                 r"burde (?:ha |have )?(?:spurt|spurgt)|borde (?:ha )?frågat|"
                 # Tagalog: "May gusto pa po ba kayong idagdag na hindi ko naitanong?", "…na nakalimutan kong itanong"
                 r"hindi (?:ko|namin) (?:pa )?(?:na)?itanong|hindi (?:ko|namin) natanong|nakalimutan (?:kong|naming) (?:i)?tanong|"
                 # Cebuano: "Naa pa bay gusto nimo isulti nga wala nako napangutana?", "…nga nakalimtan nakong ipangutana"
                 r"wala (?:pa )?(?:nako|ko|namo|mi) (?:na|ma)?pangutana|nakalimtan (?:nako|namo)(?:ng)? (?:i)?pangutana|"
                 r"باید (?:[^.?!]{0,30}?)?می[\s\u200c]?پرسیدم|نپرسیدم|نپرسیده[\s\u200c]?ام|یادم رفت بپرسم|"
                 + greek_accents(r"δεν (?:σας |σε )?ρώτησα|δεν (?:σας |σε )?ρωτήσαμε|ξέχασα να (?:σας |σε )?ρωτήσω|"
                                 r"έπρεπε να (?:σας |σε )?(?:είχα )?ρωτήσω"))
_ANYTHING_ELSE_OTHER = (r"(?:mais alguma coisa|alguma outra coisa|algo mais|algo m[aá]s|alguna otra cosa|"
                        r"autre chose|quelque chose d'autre|noch etwas|sonst noch|nog iets|qualcos['\u2019]altro|"
                        r"qualche altra cosa|co[sś] jeszcze|n[åa]got (?:mer|annat)|noe (?:mer|annet)|noget (?:mere|andet))"
                        r"[^.?!]*\b(?:acrescentar|adicionar|dizer|falar|contar|comentar|compartilhar|a[nñ]adir|"
                        r"agregar|decir|compartir|ajouter|dire|partager|hinzuf[uü]gen|erg[aä]nzen|sagen|loswerden|"
                        r"toevoegen|kwijt|zeggen|vertellen|aggiungere|condividere|doda[cć]|powiedzie[cć]|"
                        r"till[äa]gga|s[äa]ga|ber[äa]tta|legge til|tilf[øo]je|fortelle|fort[æa]lle)"
                        # ("Er det noe du vil legge til?", "Er det noget, du vil tilføje?", "Finns det något du vill lägga till?")
                        r"|(?:noe|noko|noget|n[åa]got),? (?:du|dere|de|I|ni) (?:gjerne )?(?:vil|ville|vill|ønsker|ynskjer)"
                        r"(?: gjerne)? (?:legge til|leggje til|tilf[øo]je|l[äa]gga till|till[äa]gga)"
                        # "anything we haven't talked about": "quelque chose dont nous n'avons pas parlé",
                        # "algo de lo que no hayamos hablado", "etwas, worüber wir nicht gesprochen haben"
                        r"|(?:(?:nous n'avons|on n'a) pas|no (?:hemos|hayamos)|n[aã]o(?: tenhamos)?|wir (?:noch )?nicht|"
                        r"(?:we|wij) (?:het )?(?:nog )?niet|non abbiamo|nie|vi (?:inte|ikke)(?: har)?)\s+(?:\w+\s+){0,2}?(?:parl[ée]|abord[ée]|[ée]voqu[ée]|discut[ée]|hablado|tratado|"
                        r"comentado|falamos|conversamos|abordamos|falado|conversado|abordado|gesprochen|besprochen|"
                        r"angesprochen|gehad|gesproken|besproken|parlato|discusso|toccato|rozmawiali[sś]my|poruszyli[sś]my|"
                        r"pratat|talat|tagit upp|snakket|talt)"
                        # "a gente" (we) with its verb in the third person, and the Spanish past: "mais alguma
                        # coisa … que a gente não falou", "algo más … que no hablamos"
                        r"|(?:coisa|algo|assunto|tema|cosa)\s+[^.?!]{0,60}?\b(?:a gente n[aã]o|no)\s+(?:\w+\s+)?"
                        r"(?:falou|conversou|comentou|abordou|tocou|perguntou|hablamos|conversamos|tocamos|platicamos|mencionamos)"
                        # anything else they think important: "…que você acha importante?", "…que crees
                        # importante?", "…que vous trouvez important ?", "…, was Sie wichtig finden?"
                        r"|(?:mais alguma coisa|alguma outra coisa|algo mais|algo m[aá]s|alguna otra cosa|autre chose|"
                        r"quelque chose d'autre|noch etwas|sonst noch etwas)[^.?!]*\b(?:(?:acha|ache|considera|cree|crees|creas|"
                        r"piensa|piensas|trouvez|trouves|pensez|penses|jugez)\s+(?:\w+\s+)?importante?|wichtig\s+(?:finden|findest|ist))"
                        # Indonesian and Malay: "Ada hal lain … yang belum kita bahas…?", "Ada yang ingin
                        # Bapak/Ibu tambahkan?"
                        r"|belum (?:kita |sempat |saya )?(?:bahas|dibahas|bicarakan|dibicarakan|obrolkan|singgung|disinggung)"
                        r"|(?:hal|sesuatu|yang) (?:lain )?(?:yang )?(?:ingin|mau|perlu)\s+(?:\w+\s+){0,2}?"
                        r"(?:tambahkan|sampaikan|ceritakan|bagikan|katakan)"
                        # Turkish: "Eklemek istediğiniz başka bir şey var mı?", "…konuşmadığımız bir şey…"
                        r"|(?:eklemek|söylemek|paylaşmak|belirtmek) istedi[ğg]iniz|"
                        r"(?:konuşmad[ıi][ğg][ıi]m[ıi]z|değinmedi[ğg]imiz|bahsetmedi[ğg]imiz)"
                        # Ukrainian and Russian: "Чи є щось, про що ми не поговорили…?", "Є ще щось, що ви хотіли б
                        # додати?", "…о чём мы не поговорили?", "Хотите что-то ещё добавить?"
                        r"|(?:про|о|об) (?:що|чём|чем) (?:ми|мы) (?:ще |ещё |еще |так і |так и )?не (?:по|об|за)?(?:говорили|"
                        r"торкнулися|обсудили|затронули|коснулись)"
                        r"|(?:щось ще|ще щось|що-небудь ще|что-то ещё|что-то еще|ещё что-то|еще что-то|что-нибудь ещё|"
                        r"что-нибудь еще)[^.?!]*(?:додати|розповісти|сказати|поділитися|добавить|рассказать|сказать|поделиться)"
                        r"|(?:muốn|cần) (?:chia sẻ|nói|bổ sung|kể|góp ý) thêm|(?:עוד משהו|משהו נוסף)[^.?!]*(?:להוסיף|לשתף|לומר|להגיד)"
                        # Persian and Greek: "چیز دیگری هست که بخواهید اضافه کنید؟", "Κάτι άλλο που θα θέλατε να προσθέσετε;"
                        r"|(?:چیز|مطلب|نکته)(?: دیگری| دیگه[\s\u200c]?ای)[^.?!]*(?:اضافه|بگویید|بگید|در میان بگذارید)|"
                        + greek_accents(r"(?:κάτι|τίποτα|τίποτε) άλλο[^.?!]*(?:προσθέσετε|πείτε|μοιραστείτε|αναφέρετε)")
                        # Hungarian: "Van még valami, amit szeretne hozzátenni?", "…amiről nem beszéltünk?"
                        + r"|(?:még valami|bármi más|valami más|egyéb)[^.?!]*(?:hozzátenni|hozzáfűzni|elmondani|megosztani|"
                        r"mondani)|nem (?:beszéltünk|esett szó)"
                        # Romanian: "Mai este ceva ce ați vrea să adăugați?", "…despre care nu am vorbit?"
                        r"|(?:mai (?:este|e|ave[țţ]i)|altceva)[^.?!]*(?:ad[aă]uga[țţ]i|ad[aă]ugat|spune[țţ]i|[îi]mp[aă]rt[aă][șş]i[țţ]i)"
                        r"|nu am (?:vorbit|discutat|atins)"
                        # Finnish: "Haluaisitko vielä lisätä jotain?", "Onko vielä jotain muuta, mitä haluat kertoa?",
                        # "…mistä emme puhuneet?"
                        r"|(?:(?:jotain|jotakin|mitään) muuta|vielä (?:jotain|jotakin|mitään))[^.?!]*(?:lisätä|kertoa|sanoa)|lisättävää"
                        r"|(?:haluaisitko|haluaisitteko|haluatko|haluatteko) (?:vielä )?(?:lisätä|kertoa)|emme (?:puhuneet|ehtineet puhua)"
                        # Serbian, Croatian, Bosnian: "Da li biste želeli još nešto da dodate?", "…o čemu nismo razgovarali?"
                        r"|(?:još nešto|nešto još|nešto drugo|još ne[šs]to)[^.?!]*(?:dodate|dodati|kažete|reći|rekli|podelite|podijelite)"
                        r"|nismo (?:razgovarali|pričali|pri[čc]ali|dotakli|spomenuli)|још нешто[^.?!]*(?:додате|кажете)"
                        # Czech and Slovak: "Chtěl/a byste ještě něco dodat?", "…o čem jsme nemluvili?"
                        r"|(?:ještě něco|něco dalšího|ešte niečo)[^.?!]*(?:dodat|doplnit|říct|sdělit|dodať|povedať)"
                        r"|(?:jsme|sme) (?:nemluvili|nehovořili|nehovorili|neprobrali|nepreberali)"
                        # Tagalog: "May gusto pa po ba kayong idagdag / sabihin?", "May iba pa po ba kayong…?"
                        r"|(?:may|mayroon) (?:gusto|nais|iba) pa (?:po )?(?:ba )?(?:kayong|kang|po kayong)\s+(?:\w+\s+){0,2}?"
                        r"(?:idagdag|sabihin|ibahagi|ikuwento|ikwento)")

# The same in Japanese, Chinese and Korean, written without spaces between words: "他に何か伝えて
# おきたいことはありますか？", "还有什么想补充的吗？", "더 하고 싶은 말씀이 있으신가요?"; and "お聞きできなかった
# ことは…", "有没有我没问到的…", "我們今天沒聊到…" (not talked about), "제가 여쭤보지 못한…"
_ANYTHING_ELSE_CJK = (r"(?:他に|ほかに|その他|最後に)[^。？?！!]{0,20}(?:伝え|話し|お話|言い|おっしゃ|共有|付け加え|補足|追加|"
                      r"コメント)[^。？?！!]{0,20}(?:あります|ございます|ありません|ございません|あれば)|"
                      r"(?:付け加え|補足し|言い残し|言い忘れ)(?:たい|ておきたい|た)?こと[^。？?！!]{0,10}(?:あります|ございます|ありません|ございません|あれば)|"
                      r"(?:还有|還有)(?:什么|什麼|其他|其它|没有|沒有|别的|別的)[^。？?！!]{0,20}(?:补充|補充|分享|想说|想說|要说|要說|"
                      r"告诉|告訴|想聊|谈谈|談談)|"
                      r"(?:더|추가로|그 밖에|그 외에|그 외|마지막으로)[^.?!]{0,30}(?:하고|말씀하고|나누고|덧붙이고|추가하고|"
                      r"전하고) 싶(?:은|으신) (?:말|말씀|이야기|내용|의견)|"  # (the honorific "싶으신" too)
                      # anything we have not talked about: "還有什麼我們今天沒聊到…的事情嗎？", "まだお話しして
                      # いないことで…", "아직 이야기하지 못한…"
                      # (something left open: "什麼", "こと", "것", not "the last time you did not mention the price")
                      r"(?:什么|什麼|其他|其它|别的|別的|哪些|任何)[^。？?！!]{0,15}(?:没|沒)(?:有)?(?:聊到|聊过|聊過|谈到|"
                      r"談到|提到|说到|說到|讨论到|討論到|涉及到?)|"
                      r"(?:話せ|話し|お話しでき|お話しし|触れ|取り上げ)(?:なかった|ていない|てない)(?:こと|点|部分)|"
                      r"(?:이야기하지|이야기 나누지|얘기하지|얘기 나누지|다루지|언급하지) (?:못한|않은) (?:것|게|부분|내용|이야기)")
_MISSED_CJK = (r"(?:お聞き|お伺い|伺い|聞き|質問)(?:でき|し)?(?:なかった|忘れた|そびれた)|聞き漏らし|"
               r"(?:没|沒)(?:有)?(?:问到|問到|问过|問過)|忘了(?:问|問)|"
               r"(?:여쭤보지|여쭙지|묻지|물어보지) (?:못한|않은)")
# and in Thai, also written without spaces: something left open not asked, "มีอะไรที่เรายังไม่ได้ถาม…ไหมคะ?",
# "…ที่ผมลืมถาม" (not "why didn't you ask the staff?", "ทำไมคุณไม่ได้ถามพนักงาน"); anything more to
# add, "มีอะไรเพิ่มเติมที่อยากเล่าไหม?", "อยากเล่าเพิ่มเติมอะไรไหมครับ?"
_MISSED_CJK += r"|(?:อะไร|เรื่องไหน|ประเด็นไหน)[^?？]{0,25}?(?:ยังไม่ได้|ไม่ได้|ลืม)(?:ถาม|พูดถึง|คุยกัน)"
_ANYTHING_ELSE_CJK += (r"|มีอะไร(?:อีก|เพิ่มเติม)[^?？]{0,30}?(?:อยาก|ต้องการ)|"
                       r"(?:อยาก|ต้องการ)(?:จะ)?(?:เล่า|บอก|พูด|แชร์|แบ่งปัน)?เพิ่มเติม")
# and in Bengali (য় typed as one letter or as য and its dot): "আর কিছু কি বলতে চান যা আমি জিজ্ঞেস করিনি?", "…যোগ
# করতে চান?" (anything more to say, to add), "…আমি জিজ্ঞেস করতে ভুলে গেছি" (not asked, forgot to ask)
_MISSED_CJK += (r"|(?<![\u0980-\u09ff])(?:জিজ্ঞেস|জিজ্ঞাসা) (?:করিনি|করা হ(?:\u09df|\u09af\u09bc)নি|করতে ভুলে গেছি)"
                r"(?![\u0980-\u09ff])")
_ANYTHING_ELSE_CJK += (r"|(?<![\u0980-\u09ff])আর (?:কিছু|কোনো কিছু)[^?।]{0,40}?(?:বলতে|যোগ করতে|জানাতে|"
                       r"শে(?:\u09df|\u09af\u09bc)ার করতে) (?:চান|চাইবেন)|(?<![\u0980-\u09ff])আর কিছু (?:কি )?বলবেন")

_PROMPTS = {
    MISSED: re.compile(r"\b(?:should (?:i |we )?have asked|didn'?t ask|forg[eo]t to ask|"
                       r"(?:haven'?t|have not) asked)\b|(?<![\w-])(?:" + _MISSED_OTHER + r")(?![\w-])|" + _MISSED_CJK,
                       re.I),
    ANYTHING_ELSE: re.compile(r"\banything else\b.*\b(?:add|share|tell|say|mention|know|cover|ask)|"
                              r"\bwhat else should (?:we|i) know\b|"
                              # "Is there anything else you think is important (for us to know)?"
                              r"\banything else (?:that )?(?:you|we) (?:think|feel|consider|believe|find) (?:is |would be |might be )?"
                              r"(?:important|worth)|"
                              r"\banything (?:(?:about|on) [^.?!]{1,40}? )?(?:that )?(?:we|i) (?:haven'?t|didn'?t|have not|"
                              r"did not) (?:yet )?(?:talk|cover|ask|discuss|touch)|"
                              r"(?<![\w-])" + _ANYTHING_ELSE_OTHER + r"(?![\w-])|" + _ANYTHING_ELSE_CJK, re.I),
    WHO_ELSE: re.compile(r"\bwho else\b.*\b(?:talk|speak|interview|ask|recommend|contact)", re.I),
}


def closing_prompts(text: str) -> set[str]:
    """Which closing prompts ``text`` is: none, or some of MISSED, ANYTHING_ELSE, WHO_ELSE."""
    return {kind for kind, rx in _PROMPTS.items() if rx.search(text)}
