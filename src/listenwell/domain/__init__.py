"""Plain data: the study's objects, time codes, errors. Imports nothing else from listenwell."""

from listenwell.domain.errors import (
    Conflict,
    InputError,
    ListenwellError,
    MissingDependency,
    NotFound,
)
from listenwell.domain.model import (
    Code,
    Consent,
    Finding,
    Highlight,
    InsightType,
    Interview,
    Media,
    Note,
    Participant,
    Role,
    Segment,
    Speaker,
    Statement,
    Study,
    Theme,
    Transcript,
    Word,
)
from listenwell.domain.timecode import format_timecode, parse_timecode

__all__ = [
    "Code", "Conflict", "Consent", "Finding", "Highlight", "InputError", "InsightType",
    "Interview", "ListenwellError", "Media", "MissingDependency", "Note", "NotFound",
    "Participant", "Role", "Segment", "Speaker", "Statement", "Study", "Theme", "Transcript",
    "Word", "format_timecode", "parse_timecode",
]
