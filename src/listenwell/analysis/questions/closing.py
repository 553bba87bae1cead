"""The formulaic prompts that close an interview, by what they ask for (in English and in the
other languages guides are written in). The kit adds the ones a
guide's own closing lacks; the coach counts any of them as the guide's closing prompt asked,
since "Is there anything else you'd like to add?" and "What should I have asked?" do one job
in whatever words, which a sentence embedder does not see (0.28 alike for that pair)."""

from __future__ import annotations

import re

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
                 r"nie zapyta[lł](?:em|am|i[sś]my|y[sś]my)|zapomnia[lł]\w* zapyta[cć]|powin(?:ien|nam|ienem)\w* by[lł]\w* zapyta[cć]")
_ANYTHING_ELSE_OTHER = (r"(?:mais alguma coisa|alguma outra coisa|algo mais|algo m[aá]s|alguna otra cosa|"
                        r"autre chose|quelque chose d'autre|noch etwas|sonst noch|nog iets|qualcos['\u2019]altro|"
                        r"qualche altra cosa|co[sś] jeszcze|n[åa]got (?:mer|annat)|noe (?:mer|annet)|noget (?:mere|andet))"
                        r"[^.?!]*\b(?:acrescentar|adicionar|dizer|falar|contar|comentar|compartilhar|a[nñ]adir|"
                        r"agregar|decir|compartir|ajouter|dire|partager|hinzuf[uü]gen|erg[aä]nzen|sagen|loswerden|"
                        r"toevoegen|kwijt|zeggen|vertellen|aggiungere|condividere|doda[cć]|powiedzie[cć]|"
                        r"till[äa]gga|s[äa]ga|ber[äa]tta|legge til|tilf[øo]je|fortelle|fort[æa]lle)"
                        # "anything we haven't talked about": "quelque chose dont nous n'avons pas parlé",
                        # "algo de lo que no hayamos hablado", "etwas, worüber wir nicht gesprochen haben"
                        r"|(?:(?:nous n'avons|on n'a) pas|no (?:hemos|hayamos)|n[aã]o(?: tenhamos)?|wir (?:noch )?nicht|"
                        r"(?:we|wij) (?:het )?(?:nog )?niet|non abbiamo|nie|vi (?:inte|ikke)(?: har)?)\s+(?:\w+\s+){0,2}?(?:parl[ée]|abord[ée]|[ée]voqu[ée]|discut[ée]|hablado|tratado|"
                        r"comentado|falamos|conversamos|abordamos|falado|conversado|abordado|gesprochen|besprochen|"
                        r"angesprochen|gehad|gesproken|besproken|parlato|discusso|toccato|rozmawiali[sś]my|poruszyli[sś]my|"
                        r"pratat|talat|tagit upp|snakket|talt)")

_PROMPTS = {
    MISSED: re.compile(r"\b(?:should (?:i |we )?have asked|didn'?t ask|forg[eo]t to ask|"
                       r"(?:haven'?t|have not) asked)\b|(?<![\w-])(?:" + _MISSED_OTHER + r")(?![\w-])", re.I),
    ANYTHING_ELSE: re.compile(r"\banything else\b.*\b(?:add|share|tell|say|mention|know|cover|ask)|"
                              r"\bwhat else should (?:we|i) know\b|"
                              r"\banything (?:(?:about|on) [^.?!]{1,40}? )?(?:that )?(?:we|i) (?:haven'?t|didn'?t|have not|"
                              r"did not) (?:yet )?(?:talk|cover|ask|discuss|touch)|"
                              r"(?<![\w-])" + _ANYTHING_ELSE_OTHER + r"(?![\w-])", re.I),
    WHO_ELSE: re.compile(r"\bwho else\b.*\b(?:talk|speak|interview|ask|recommend|contact)", re.I),
}


def closing_prompts(text: str) -> set[str]:
    """Which closing prompts ``text`` is: none, or some of MISSED, ANYTHING_ELSE, WHO_ELSE."""
    return {kind for kind, rx in _PROMPTS.items() if rx.search(text)}
