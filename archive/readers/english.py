"""People in English bylines and credits, with the role each credit prints.

"By X and Y" makes authors; "(Reporting by X; Additional reporting by Y; Editing by Z)" makes a
reporter, an additional reporter and an editor; "X contributed to this report" a contributor.
Desk credits (National Desk, Staff Reports, CNN Wire) and agencies are not people.
"""

from __future__ import annotations

import re

from archive.model import Person, Role
from archive.readers import patterns
from archive.readers.lazy import Pattern

# The printed role each credit kind is recorded with, and the model role it maps to.
CREDIT_ROLES: dict[str, tuple[str, Role]] = {
    "reporting": ("reporter", Role.AUTHOR),
    "additional reporting": ("additional reporting", Role.CORRESPONDENT),
    "further reporting": ("additional reporting", Role.CORRESPONDENT),
    "writing": ("writer", Role.AUTHOR),
    "compiled": ("compiler", Role.AUTHOR),
    "research": ("researcher", Role.CORRESPONDENT),
    "translated": ("translator", Role.CORRESPONDENT),
    "editing": ("Editing by", Role.EDITOR),
    "edited": ("Edited by", Role.EDITOR),
}
_SPLIT = Pattern(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*")
_MAX_BYLINE_WORDS = 14
# A dash, bar or bullet ends the names ("By Jane Doe • 12.29.14"); a slash only before the date or its label:
# "By Jane Doe / Published 29th December 2014", "by Jane Doe / January 19, 2017 / Leave a comment" (a month
# and its day) ("By Jane Doe / John Roe" names two writers).
_DASH = Pattern(r"\s+[—–|•·]\s+|\s+-\s+(?=\S)|\s+/\s+(?=(?:Published|Updated|Posted|Last updated)\b|\d|"
                r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
# The date follows "on" or a verb of posting: "Posted by Jane Doe on Nov. 28, 2019",
# "By Jane Doe posted Aug 18th 2010 7:30PM".
_ON_DATE = Pattern(r"\s+(?:on|at|(?:posted|published|updated)(?:\s+on)?)\s+"
                   r"(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d|$)")
_DIGITS = Pattern(r"\s*\d")  # names hold no digit: where one begins, a date or time glued after them does
# The comment link a template glues after the names with no space: "By Jane DoeLeave a comment".
_COMMENT_LINK = Pattern(r"\s*(?:Leave|Post|Add|Write) a (?:comment|reply)$", re.IGNORECASE)
# The month (and weekday) of a date glued after the names: "By Jane Doe December 29, 2014 4:08 pm EST", also in
# capitals as a dateline prints it: "By JANE DOE JAN. 13, 2017".
_MONTH_TAIL = Pattern(r"(?:\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*)\.?,?)?"
                      r"\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                      r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\.?,?\s*$")
# The same month in capitals glued to a name in capitals with no space, where the template sets the byline
# and the <time> as inline spans side by side: "By JANE DOE and JOHN ROEAUG. 24, 2016". Only an abbreviation
# closed by its full stop or a month written out counts, so a surname in capitals is not cut at its last letters.
_GLUED_MONTH = Pattern(r"(?<=[A-Z])(?:(?:JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC)\.|JANUARY|FEBRUARY|MARCH|APRIL|"
                       r"JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER),?\s*$")


# A paper's or network's name after the writers ("By Jane Doe, The Example Post"): not a person. Words that
# are also surnames (Post, Times …) count only closing a name of three words or one opening with "The".
_PUBLICATION = Pattern(r"^The\s|\b(?:News|Daily|Newspapers?|Media|Network|Agency)\b|"
                       r"^\S+\s+\S+\s.*\b(?:Times|Post|Herald|Journal|Tribune|Gazette|Chronicle|Press)$", re.IGNORECASE)
_OWNER = Pattern(r"^(?:[A-Z][\w&.-]*\s){0,3}?[A-Z][\w&.-]*['’]s\s+(?=[A-Z])")


def name_parts(text: str) -> list[str]:
    """Split a list of names as credits join them ("A, B and C", "A & B") into its parts."""
    return _SPLIT.split(text)


def clean_name(text: str) -> str:
    """Strip what surrounds a name in a credit: a handle, a follow button, a place, "CNN's"."""
    text = patterns.NAME_TRAILER.sub("", text.strip(patterns.TRIM + " -–—|,;."))
    text = _OWNER.sub("", text)
    return text.strip(patterns.TRIM + " -–—|,;.")


def names_in(text: str) -> list[str]:
    """Split "A, B and C" into names, keeping only those that read as a person's name."""
    out = []
    for part in _SPLIT.split(text.strip()):
        name = clean_name(part)
        if name and patterns.EN_NAME.fullmatch(name) and not patterns.DESK_WORDS.search(name) \
                and not patterns.VENUE_WORDS.search(name) and not _PUBLICATION.search(name):
            out.append(name)
    return out


def without_echo(text: str) -> str:
    """Return a By line without the copy of its names glued before it (an avatar's text), else ``text``.

    "Jane Doe, Example Media Group By Jane Doe, Example Media Group" → "By Jane Doe, Example Media Group".
    The credit may run on into a hidden copy of the paper's name after it ("… By Jane Doe, Example.com |
    The Example Times The Example Times"): the copy before "By" opens what follows it.
    """
    head, by, tail = text.partition(" By ")
    head = head.strip()
    return f"By {tail}" if by and head and (head == tail.strip() or tail.startswith(head + " ")) else text


# A By line running on into the writer's bio after a comma ("By Jane Doe, a reporter who covers courts. Before
# joining …"): the bio opens with "a" or "an" and a lower-case word; the names before the comma are the writer.
_BIO_AFTER_NAME = Pattern(r"^(?P<by>[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+an?\s+[a-z]", starts="Bb")


# A two-word newsroom run on after a By line's name with no comma between: "By Jane Doe Example News".
NEWSROOM_TAIL = Pattern(r" [A-Z][\w&.'’-]* (?:News|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle)$")


def parse_by_line(text: str) -> tuple[tuple[Person, ...], str | None]:
    """Parse a "By …" line: return its authors and the text after a dash (often the date).

    >>> [p.name for p in parse_by_line("by Jeff Foust — November 18, 2019")[0]]
    ['Jeff Foust']
    """
    if ", a" in text and (bio := _BIO_AFTER_NAME.match(text)) is not None:
        text = bio.group("by")  # "By Jane Doe, a reporter who covers … Prior to …": the writer's bio run on
    if len(text.split()) > _MAX_BYLINE_WORDS + 6:
        return (), None
    if " By " in text:
        text = without_echo(text)
    match = patterns.BY_LINE.match(text)
    if match is None or patterns.CAPTION_START.match(text):
        return (), None  # "Photograph by Jane Doe": a photographer is not a writer
    if text[:1] in "MRrF" and patterns.REVIEWER_LINE.match(text):
        return (), None  # "Reviewed by Jane Doe, MD": the medical reviewer checked the text, she did not write it
    # The names end at a dash or bar: "Jeff Foust — November 18, 2019", "Jane Doe | Staff".
    parts = _DASH.split(match.group("names"), maxsplit=1)
    names, rest = parts[0], (parts[1] if len(parts) > 1 else None)
    glued = _DIGITS.search(names)
    if glued is not None:  # "By Jane Doe2010-01-01 09:32 UTC": a date glued to the names ends them
        names, rest = names[:glued.start()], names[glued.start():]
    link = _COMMENT_LINK.search(names)
    if link is not None:  # "By Jane DoeLeave a comment": the comments link ends the names
        names = names[:link.start()]
    wire = patterns.WIRE_AFTER_NAMES.search(names)
    if wire is not None:  # "By JANE DOE Associated Press": the agency is a source, not a name
        names = names[:wire.start()]
    elif "," not in names and (room := NEWSROOM_TAIL.search(names)) is not None \
            and len(names[:room.start()].split()) >= 2:
        names = names[:room.start()]  # "By Jane Doe Example News": the newsroom run on after the name, no comma
    dated = _ON_DATE.search(names)
    if dated is not None:  # "Posted by Jane Doe on Nov. 28, 2019": the date follows "on"
        names, rest = names[:dated.start()], names[dated.end():] + (rest or "")
    elif glued is not None:  # "By Jane Doe December 29, 2014": the month of the glued date ends the names too
        month = _MONTH_TAIL.search(names) or _GLUED_MONTH.search(names)
        if month is not None and len(names[:month.start()].split()) >= 2:
            names, rest = names[:month.start()], names[month.start():] + (rest or "")
    title = None
    head, comma, tail = names.partition(",")
    opened, paren, inner = names.rstrip(patterns.TRIM).partition(" (")
    if comma and patterns.EN_TITLE.search(tail) and " and " not in tail:
        names, title = head, tail.strip()
    elif paren and inner.endswith(")") and "(" not in inner and patterns.EN_TITLE.search(inner.title()) \
            and " and " not in inner:
        names, title = opened, inner[:-1].strip()  # "By Jane Doe (Columnist)": the title in brackets
    else:
        # "BY JANE DOE / STAFF WRITER": a title after a slash, printed in capitals as often as not
        head, slash, tail = names.partition(" / ")
        if slash and patterns.EN_TITLE.search(tail.title()) and " and " not in tail.lower():
            names, title = head, tail.strip()
        elif (glued_title := patterns.GLUED_TITLE.search(names.rstrip())) is not None:
            names, title = names[:glued_title.start()], glued_title.group("title")  # "By Jane DoeStaff Writer"
    people = tuple(Person(name, Role.AUTHOR, title or "author") for name in names_in(names))
    return people, rest


def parse_credit_line(text: str) -> tuple[Person, ...]:
    """Parse closing credits: ``(Reporting by Indulal PM; Editing by Sunil Nair)``."""
    match = patterns.CREDIT_LINE.match(text)
    if match is None:
        return ()
    found: list[Person] = []
    for part in re.split(r"\s*[;；]\s*", match.group("credits")):
        credit = patterns.CREDIT_PART.match(part.strip())
        if credit is None:
            continue
        printed, role = CREDIT_ROLES.get(credit.group("kind").lower(), ("reporter", Role.AUTHOR))
        found.extend(Person(name, role, printed) for name in names_in(credit.group("names")))
    return tuple(found)


def parse_contributed(text: str) -> tuple[Person, ...]:
    """Parse "X and Y contributed to this report." (or "With assistance by X and Y") into contributors.

    The newsroom may come first as a possessive: "Example News' Jane Doe contributed to this report."
    """
    text = text.lstrip("-–— ")  # "-- Example News' Jane Doe contributed …": the dash run sets the note off
    match = patterns.CONTRIBUTED.match(text)
    if match is not None and "' " in text[:_OWNER_REACH] and not names_in(match.group("names")):
        owner = _NEWSROOM_OWNER.match(text)
        match = patterns.CONTRIBUTED.match(text[owner.end():]) if owner else None
    if match is None and "assistance" in text:
        match = patterns.ASSISTED.match(text)  # "— With assistance by Jane Doe and John Roe": the same note
    if match is None:
        return ()
    return tuple(Person(name, Role.CORRESPONDENT, "contributor") for name in names_in(match.group("names")))


# A newsroom named first as a possessive ending in s': "Example News' " (capitalised words). ("Example Daily's
# Jane Doe" needs no such cut: its names parse as they stand.)
_NEWSROOM_OWNER = Pattern(r"^(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*s'\s(?=[A-Z])")
_OWNER_REACH = 40  # characters of a contributor note searched for the newsroom's possessive


# Words that make a name an organisation's: a paper, an agency, a network.
ORG_WORDS = r"Daily|Press|Times|Post|Herald|Journal|Tribune|Gazette|Chronicle|Wire|Agency|Media|Network|Newspapers?"
# A credit printed in capitals under the byline, where wires are credited: "NEW YORK DAILY NEWS", "ASSOCIATED PRESS".
CREDIT_SLOT = Pattern(rf"^[A-Z][A-Z.&' -]{{1,50}}\b(?:NEWS|{ORG_WORDS.upper()}|SERVICE)\b[A-Z.&' -]{{0,30}}$")


# The same slot right under a "Published <date>" line, in title case: the schema.org source organisation
# some templates print there ("Published December 23, 2014" / "Example News Latino").
PUBLISHED_LINE = Pattern(r"^(?:Published|Updated|Posted)\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2})",
                         starts="PU")
# A site named by its domain alone stands in the same slot ("Published December 23, 2014" / "ExampleBiz.com").
TITLE_SLOT = Pattern(rf"^(?:[A-Z][\w&.'-]*\s){{0,3}}(?:News|{ORG_WORDS})(?:\s[A-Z][\w&.'-]*){{0,3}}$|"
                     r"^[A-Z][\w-]*\.(?:com|net|org)$")
SLOT_EXAMPLES = [("Published December 23, 2014", "Example News Latino"), ("BY Jane Doe", "EXAMPLE DAILY NEWS"),
                 ("Published December 23, 2014", "ExampleBiz.com")]


def credit_slot(above: str, text: str) -> str | None:
    """Return the organisation credited on the line under a By line or a "Published <date>" line.

    "BY Jane Doe" / "EXAMPLE NEWS"; "Published December 23, 2014" / "Example News Latino".
    """
    if patterns.BY_LINE.match(above) and CREDIT_SLOT.match(text):
        return text.strip()
    if text[:1].isupper() and PUBLISHED_LINE.match(above) and TITLE_SLOT.match(text):
        return text.strip()
    return None


# A line of names alone, maybe with the place filed from: "Lily Kuo in Beijing", "Jane Doe and John Roe".
_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
# The desk or network may follow the names after a comma, as an acronym: "Jane Doe and John Roe, CNN".
NAME_LINE = Pattern(rf"^(?P<names>{_NAME}(?:(?:, | and ){_NAME})*)(?: in (?P<place>[A-Z][\w .'-]{{1,30}}))?"
                    r"(?:, (?P<desk>[A-Z]{2,6}))?$")
# Words that make a capitalised line a label, not a name.
# Matched without regard to case: a credit slot prints its organisation in capitals (NEW YORK DAILY NEWS).
NOT_NAME_WORDS = Pattern(r"\b(?:News|Opinion|Analysis|Live|Updates?|Breaking|Exclusive|Video|Photos?|World|Sports?|"
                            r"Business|Politics|Home|Latest|Review|Explainer|Comment|Features?|Section|Edition|"
                            + ORG_WORDS + r")\b", re.IGNORECASE)


def parse_name_line(text: str) -> tuple[Person, ...]:
    """Parse a header line that holds only writers' names ("Lily Kuo in Beijing") into authors.

    The writers' paper may close the line ("Jane Doe, The Example Post"): trailing parts that read
    as an organisation are dropped, but a line whose first part does ("World News") names nobody.
    """
    match = NAME_LINE.match(text.strip())
    if match is None:
        return ()
    parts = _SPLIT.split(match.group("names"))
    while parts and NOT_NAME_WORDS.search(parts[-1]):
        parts.pop()
    if not parts or any(NOT_NAME_WORDS.search(part) for part in parts):
        return ()
    return tuple(Person(name, Role.AUTHOR, "author") for name in names_in(", ".join(parts)))


def parse_name_comma_title(text: str) -> tuple[Person, ...]:
    """Parse a header line holding one writer's name, a comma and the title ("Jane Doe,Business reporter").

    No By labels it: the job word in the title says the name is the writer's, and the whole title,
    the posting place after its comma included, is the printed role.
    """
    match = patterns.NAME_COMMA_TITLE.match(text.strip())
    if match is None or NOT_NAME_WORDS.search(match.group("name")):
        return ()
    return (Person(match.group("name"), Role.AUTHOR, match.group("title")),)


def parse_any(text: str) -> tuple[Person, ...]:
    """Parse whichever English credit form ``text`` is (a By line, closing credits, a contribution)."""
    return parse_credit_line(text) or parse_contributed(text) or parse_by_line(text)[0]
