"""Who is the interviewer? A guess from the talk itself, which a person can override."""

from __future__ import annotations

import re
from collections import Counter

from listenwell.domain.errors import InputError
from listenwell.domain.glossary import fold
from listenwell.domain.model import Role, Segment, Transcript
from listenwell.domain.names import Candidate, display_name, match_speaker, words

_ASKS = re.compile(
    r"[?？]|^(?:so,?\s+)?(?:how|what|why|when|where|who|which|can you|could you|tell me|walk me)\b"
    r"|か。?$",  # Japanese: "…ですか。" asks without a question mark
    re.IGNORECASE,
)


def question_share(segments: list[Segment]) -> dict[str, float]:
    """Per speaker: questions asked per turn, and turns, used to rank likely interviewers."""
    asks: Counter[str] = Counter()
    turns: Counter[str] = Counter()
    for seg in segments:
        turns[seg.speaker] += 1
        sentences = re.split(r"(?<=[.!?])\s+|(?<=[。？])", seg.text.strip())
        asks[seg.speaker] += sum(1 for s in sentences if _ASKS.search(s.strip()))
    return {name: asks[name] / turns[name] for name in turns}


def guess_interviewer(segments: list[Segment]) -> str | None:
    """The speaker who asks the most questions (ties: the one who speaks first).

    Counts questions, then breaks near-ties by questions per turn, so a participant who asks
    one question back does not win over the interviewer.
    """
    if not segments:
        return None
    asks: Counter[str] = Counter()
    for seg in segments:
        sentences = re.split(r"(?<=[.!?])\s+|(?<=[。？])", seg.text.strip())
        asks[seg.speaker] += sum(1 for s in sentences if _ASKS.search(s.strip()))
    if not asks or max(asks.values()) == 0:
        return None
    order = {name: i for i, name in reversed(list(enumerate(s.speaker for s in segments)))}
    rate = question_share(segments)
    return max(asks, key=lambda n: (asks[n] + rate[n], -order[n]))


def guess_interviewers(segments: list[Segment]) -> list[str]:
    """The top asker, plus any other speaker who asks nearly as often per turn (an AI
    interviewer logged under two names, or a pair interviewing together). At least one
    speaker is always left as a participant."""
    top = guess_interviewer(segments)
    if top is None:
        return []
    rate = question_share(segments)
    names = list(dict.fromkeys(s.speaker for s in segments))
    others = [n for n in names if n != top and rate[n] >= 0.5 * rate[top] and rate[n] >= 0.5]
    chosen = [top, *others]
    if len(names) < 2:
        return []  # a monologue has no interviewer to guess
    if len(chosen) >= len(names):  # keep the least questioning speaker as the participant
        chosen.remove(min(others, key=lambda n: rate[n]))
    return chosen


# a speaker label that says the role ("Interviewer:", "PARTICIPANT:") is believed over the guess
_ROLE_LABELS = {**{w: Role.INTERVIEWER for w in ("interviewer", "moderator", "researcher", "facilitator",
                                                 "interviewerin", "entrevistador", "entrevistadora",
                                                 "intervistatore", "intervistatrice", "intervieweur")},
                **{w: Role.PARTICIPANT for w in ("participant", "interviewee", "respondent", "customer",
                                                 "participante", "befragte", "befragter", "teilnehmer",
                                                 "teilnehmerin", "entrevistado", "entrevistada", "partecipante",
                                                 "intervistato", "intervistata")}}


# a speaker labelled as the interpreter ("Interpreter", "Ana Ruiz (interpreter)", "Dolmetscherin",
# "Intérprete", "Tłumacz"): what they say is the others' words in another language, so it
# counts as neither the interviewer's questions nor a participant's statements
_INTERPRETER = re.compile(r"\b(?:interpret(?:er|or|e|a)|translator|dolmetscher(?:in)?|tolk|tlumacz(?:ka)?|"
                          r"traduct(?:or|ora|eur|rice))\b")


def is_interpreter(name: str) -> bool:
    """Whether a speaker label says the speaker is an interpreter."""
    return bool(_INTERPRETER.search(fold(name)))


def assign_roles(
    transcript: Transcript,
    interviewer: str | None = None,
    known_roles: dict[str, Role] | None = None,
) -> str | None:
    """Set each speaker's role in place; returns the interviewer's name (or None).

    ``interviewer`` overrides the guess (``name_interviewer``: an InputError when no speaker
    is them); ``known_roles`` (e.g. note-takers named in a
    manifest) are kept as given, and a speaker labelled as the interpreter is one
    (``is_interpreter``). Returns the (first) interviewer.
    """
    known_roles = {**{s.name: Role.INTERPRETER for s in transcript.speakers if is_interpreter(s.name)},
                   **(known_roles or {})}
    if interviewer is not None:
        interviewer = name_interviewer(transcript, interviewer)
    names = [s.name for s in transcript.speakers]
    segments = [s for s in transcript.segments if known_roles.get(s.speaker) is None]
    named = {n: _role_label(n) for n in names}
    chosen = [interviewer] if interviewer else [n for n, r in named.items() if r == Role.INTERVIEWER]
    if not chosen:
        chosen = guess_interviewers(segments)
        if any(named.get(c) == Role.PARTICIPANT for c in chosen):  # the label says otherwise
            rate = question_share(segments)
            others = [n for n in rate if named.get(n) != Role.PARTICIPANT]
            chosen = [max(others, key=lambda n: rate[n])] if others else []
    for sp in transcript.speakers:
        if sp.name in known_roles:
            sp.role = known_roles[sp.name]
        elif sp.name in chosen:
            sp.role = Role.INTERVIEWER
        else:
            sp.role = Role.PARTICIPANT
    return chosen[0] if chosen else None


def _role_label(name: str) -> Role | None:
    return _ROLE_LABELS.get(re.sub(r"[^a-z]+", " ", name.lower()).strip())


def _same_person(label: str, given: str) -> bool:
    """"Sam" or "Sam R." for Sam Rivera, and the other way round."""
    return (match_speaker(label, [Candidate("", given)]) is not None
            or match_speaker(given, [Candidate("", label)]) is not None)


def name_interviewer(transcript: Transcript, given: str) -> str:
    """The speaker a researcher's name for the interviewer means: that speaker, else the one
    whose name is a short form of it or it of theirs ("Sam" in typed notes for "Sam Rivera"),
    else the one labelled by role ("Interviewer"). A short or role label takes the name given,
    so one interviewer has one name across a study's files. No speaker is made up for a name
    the file does not have: their questions would count as the participant's."""
    names = [s.name for s in transcript.speakers]
    if given in names:
        return given
    fits = [n for n in names if _same_person(n, given)]
    if not fits:
        fits = [n for n in names if _role_label(n) == Role.INTERVIEWER]
    if len(fits) != 1:
        whom = f"{len(fits)} speakers could be" if fits else "no speaker is"
        if names and all(re.fullmatch(r"Speaker \d+", n) for n in names):
            # captions that mark a change of speaker but name nobody (".sbv" ">>")
            raise InputError(f"{whom} the interviewer {given!r}: this file names no speakers "
                             f"({', '.join(names)}); give the one who interviews as the file numbers them "
                             f"(--interviewer {names[0]!r} if they spoke first)")
        raise InputError(f"{whom} the interviewer {given!r} (speakers: {', '.join(names)}): "
                         "give the interviewer's name as this file writes it")
    label = fits[0]
    # "Sam Rivera" in the file for a given "Sam": the file's fuller name stays; but a label whose
    # name is no fuller than the one given, only dressed by the tool ("Sanne Vermeer | Werkvlot",
    # "Sam Rivera (she/her)"), takes the name the researcher gave
    if _role_label(label) is None and len(words(display_name(label))) > len(words(given)):
        return label
    shown = display_name(label)
    if _role_label(label) is None and shown != given and sorted(words(shown)) == sorted(words(given)):
        # the same name in the other order ("Réka Kovács" given for the file's "Kovács Réka": Hungarian,
        # like Chinese or Japanese, writes the family name first): the file's order stays, as the other
        # files of the study write it, so one interviewer has one name
        _rename(transcript, label, shown)
        return shown
    _rename(transcript, label, given)
    return given


def _rename(transcript: Transcript, old: str, new: str) -> None:
    for sp in transcript.speakers:
        if sp.name == old:
            sp.name = new
    for seg in transcript.segments:
        if seg.speaker == old:
            seg.speaker = new
