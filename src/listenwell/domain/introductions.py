"""Who speakers say they are: self-introductions ("It's Kwame", "Sam Okoye, Lagos", a name
spelled out), the interviewer's greetings ("Hi Peggy", "Marhaba Dr. Youssef"), a speaker saying
they are someone else ("this isn't Hannah, I'm her husband"), and email addresses read out.
Linking (``services/imports.link_speakers``) weighs these against the names on the screen
(``domain/names.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from listenwell.domain.names import (
    EMAIL,
    Candidate,
    display_name,
    first_names,
    is_anonymous,
    match_speaker,
    short_for,
    words,
)

_CAPS = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?: (?:[a-z]{1,3} ){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+)?"
# "It's Kwame", "I'm Sarah Lindqvist, HSE manager", "this is Sione from Island Grill", "Olu
# here", "Hello Marcus, Ama here", a turn that starts "Rania Odeh, from Odeh Pharmacy", and who
# shares the room: "next to me is Olu Adeyemi", "Ama is next to me"
_SELF_INTRO = re.compile(rf"\b(?:(?:[Ii]t's|[Ii]t is)(?: me,?| just me,?| actually)?|[Tt]hat's me,?|I'm|I am|"
                         rf"[Tt]his is|[Mm]y name is|[Mm]y name's)(?:\s*(?:\.\.\.|…))?\s+({_CAPS})"
                         rf"|(?:^|,\s)\W*({_CAPS}) here\b|^\W*({_CAPS} {_CAPS}),? from\b", re.M)
_COMPANION = re.compile(rf"\b(?:next to me is|with me is|joined by)\s+({_CAPS})"
                        rf"|\b({_CAPS}) is (?:next to me|with me|here with me|here too)\b")
# forms of address before a name: Vietnamese ("anh Minh", "chị Lan"), Amharic ("Ato Tesfaye"),
# a title ("Dr. Youssef")
_HONORIFIC = r"(?:(?:anh|chị|chi|em|cô|chú|bác|ông|bà|Dr\.?|Ato|W/ro) )?"
# "Hi Peggy", "Thanks, Segun", "Thank you for doing this, Segun.", "So, Pieter, just for the
# recording...", "Bonjour Inès", "Hola Majo"
_GREETING = re.compile(rf"^(?:\W*(?:[Hh]i|[Hh]ello|[Hh]ey|[Mm]orning|[Tt]hanks|[Tt]hank you|[Bb]onjour|[Ss]alut|"
                       rf"[Mm]erci|[Hh]ola|[Gg]racias|[Hh]allo|[Dd]anke|[Cc]iao|[Gg]razie|[Oo]l[aá]|[Oo]brigad[ao]|"
                       rf"[Hh]ej|[Tt]ak|[Dd]ank je|[Aa]lo|[Mm]arhaba|[Aa]hlan|[Ss]alaam|[Ss]elam)[\w ]{{0,40}}?,?\s+"
                       rf"{_HONORIFIC}({_CAPS})\b)|, {_HONORIFIC}({_CAPS})[.!?]"
                       rf"|(?:^|[.!?]\s+)(?:So|Well|Okay|OK|Right|Now),\s+({_CAPS}),")


# "this isn't Hannah", "this is not Ngozi", "I'm not Kwame Mensah"
_SURELY = r"(?:definitely |really |actually |honestly )?"
_DENIAL = re.compile(rf"\b(?:[Tt]his|[Ii]t)(?: is| 's|'s)? {_SURELY}not\s+({_CAPS})"
                     rf"|\b(?:[Tt]his|[Ii]t) isn't\s+({_CAPS})|\bI'?m {_SURELY}not\s+({_CAPS})")
_ACTUALLY = re.compile(rf"\b(?:[Ii]t's|[Ii]t is|[Tt]his is|I'm|I am) actually\s+({_CAPS})")
# a first turn that puts the interviewer right: "Hi! Martina, actually." (not "Marta")
_CORRECTION = re.compile(rf"^\W*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Oo]h|[Nn]o|[Ss]orry|[Yy]es)\W+)?({_CAPS}),? actually\b")


_SPELLED = re.compile(r"\b[A-Z](?:[ .-][A-Z]){2,}\b")  # "S I O B H A N", "D-W-Y-E-R": a name spelled out


def introduced(own_turns: Sequence[str], companions: bool = True) -> list[str]:
    """Names a speaker gives for themselves (and, with ``companions``, for who is with them)
    in their first turns: "It's Kwame", "I'm Geoff, and this is... Eleanor", a name spelled
    out ("It's S I O B H A N"), and the same name in full when they go on to give it
    ("It's Bill. Bill Okafor, from Brightside", "I'm Sarah, hi." … "Sarah Bennett, I'm a
    trainee")."""
    patterns = (_SELF_INTRO, _COMPANION) if companions else (_SELF_INTRO,)
    first = _SPELLED.sub(lambda m: re.sub(r"[ .-]", "", m.group(0)).capitalize(), " \n ".join(own_turns[:3]))
    found: list[str] = []
    corrected = _CORRECTION.match(own_turns[0]) if own_turns else None
    if corrected:
        patterns = (re.compile(re.escape(corrected.group(1))), *patterns)
    for p in patterns:
        for m in p.finditer(first):
            name = next((g for g in m.groups() if g), m.group(0))
            again = re.search(rf"\b({re.escape(name)} [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+)", first[m.end():])
            found.append(again.group(1) if again and " " not in name else name)
    return found


def contradicted(own_turns: Sequence[str], person: Candidate, full_names: bool = True) -> bool:
    """Whether a speaker's own first turns say they are not ``person``: "this isn't Hannah,
    I'm Tobias", "I'm definitely not Ines", "it's actually Anders", "Hi! Martina, actually"
    (to a greeting for Marta), or (with ``full_names``; not for a room, where several people may
    introduce themselves) a full name of someone else ("It's Kwame. Kwame Asante, not the other
    one")."""
    for t in own_turns[:3]:
        for m in _DENIAL.finditer(t):
            if match_speaker(next(g for g in m.groups() if g), [person]) is not None:
                return True
        for m in _ACTUALLY.finditer(t):
            if match_speaker(m.group(1), [person]) is None:
                return True
    # a correction of a name like theirs ("Martina" to a "Marta"), not "Thursday, actually"
    corrected = _CORRECTION.match(own_turns[0]) if own_turns else None
    if corrected and match_speaker(corrected.group(1), [person]) is None and any(
            first[:2] == words(corrected.group(1))[0][:2] for first in first_names(person)):
        return True
    return full_names and any(len(n.split()) >= 2 and match_speaker(n, [person]) is None
                              and not set(words(n)) <= person.places  # "that's me, Second Chapter"
                              for n in introduced(own_turns, companions=False))


_SPOKEN_EMAIL = re.compile(r"\b([\w.+'-]+) at ([\w-]+(?: dot [\w-]+)+)\b", re.I)  # "msolis at acme dot com"


def emails_said(turns: Sequence[str]) -> list[str]:
    """Email addresses a speaker gives, written or spoken ("t.achterberg@ziggo.nl", "msolis
    at sunbeltdispatch dot com")."""
    text = _SPOKEN_EMAIL.sub(lambda m: f"{m.group(1)}@{re.sub(r'(?i) dot ', '.', m.group(2))}", " ".join(turns))
    return EMAIL.findall(text)


def own_name_fits(own_turns: Sequence[str], person: Candidate) -> bool:
    """Whether the names a speaker gives for themselves, if any, could be ``person``'s ("Rafa
    here" for Rafael, not "I'm Dominik", nor a turn that starts "Gav. Gavin Tennant.")."""
    bare = [m.group(1) for t in own_turns[:3] for m in [_BARE_NAME.match(t)] if m]
    own = introduced(own_turns, companions=False) + bare
    return not own or any(match_speaker(n, [person]) or short_for(n.split()[0], person) for n in own)


_BARE_NAME = re.compile(rf"^\W*(?:{_CAPS}\.\s+)?({_CAPS} {_CAPS})[.,]")  # "Gav. Gavin Tennant. Brightside…"


def self_named(label: str, own_turns: Sequence[str], people: Sequence[Candidate]) -> Candidate | None:
    """The one person a speaker whose label does not settle who it is ("Sam A" when three Sams
    are on the roster) names as themselves in full ("Sam Okoye, Lagos.", "I'm Samantha Reed
    but please, Sam"), when the label is a name that person goes by."""
    shown = display_name(label).split()
    if not shown or is_anonymous(label):
        return None
    given = [m.group(1) for t in own_turns[:2] for m in [re.match(rf"\W*({re.escape(shown[0])} {_CAPS})", t)] if m]
    full = [n for n in introduced(own_turns, companions=False) + given if len(n.split()) >= 2]
    found = {m.pid: m for m in (match_speaker(n, people) for n in full) if m}
    person = next(iter(found.values())) if len(found) == 1 else None
    return person if person is not None and short_for(shown[0], person) else None


# the interviewer reading out the roster id, for the notes: "this is participant P19", "respondent
# ID: R-07" (an id with letters; a bare number says nothing of which roster it is from)
_ID_READ_OUT = re.compile(r"\b(?:[Pp]articipant|[Rr]espondent|[Ii]nterviewee)(?: (?:ID|id|number|no\.|#))?:?\s+"
                          r"([A-Za-z]{1,4}[-_]?\d{1,6})\b")


def greeted(interviewer_turns: Sequence[str]) -> list[str]:
    """Names the interviewer greets someone by in their first two turns, and a roster id they
    read out there ("this is participant P19")."""
    return [g for t in interviewer_turns[:2] for rx in (_GREETING, _ID_READ_OUT)
            for m in rx.finditer(t) for g in m.groups() if g]
