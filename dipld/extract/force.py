"""Material conflict told in ways the trigger templates miss (session 40, force).

- A named person arrested or detained, told in the passive with the place it happened and no
  state as its agent: "Paul Whelan was arrested in Moscow in December 2018", "Gershkovich, a
  reporter for The Wall Street Journal, was detained in Yekaterinburg", "X was detained at a
  Moscow airport in February", "X, who has been held in Russia since 2018": COERCE 173 of the
  state of the place (the city's state by the KB), the person the recipient, as the spent golds
  code it. The subject is one person: a singular verb, a name of two or three capitalised words,
  or a surname (as written) of a person the article named in full before. The act's date is the
  sentence's one date, or its start ("since 2018"). Not a release, a call for one, a hedge
  ("reportedly"), a negation or a hypothetical; not "held" without a time or cause ("was held in
  Moscow talks"); not one with another state's part told after it ("arrested in Thailand in a
  U.S. sting operation", "at the request of ...").
"""

from __future__ import annotations

import re

from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.people import entity_of
from dipld.extract.spans import Analysis, Code
from dipld.model import Entity, EntityKind, FactClass

# a capitalised word of a person's name (not a state's or a body's: those are masked)
_NAME_WORD = r"[A-Z][a-z][\w’'-]*"
_HELD_NAMED = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bafter\s)|(?<=\bwhen\s)|"
    # (an object anywhere, when a relative clause tells its detention: "covers X, a retired
    # engineer who has been held in Iran since 2019")
    r"(?<=\s)(?=[^,;§]{2,40},[^,;]{0,80}?\bwho\s+(?:was|has\s+been|had\s+been)\s))"
    rf"(?P<name>§P\d+§|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    # an apposition ("a reporter for The Wall Street Journal", "a former U.S. Marine")
    r"(?:\s*,\s*(?:an?|the)\s+(?:[^,;§]|§[SDO]\d+§){3,80}?(?:,|(?=\s+who\b)))?"
    r"(?:\s*,?\s+who)?\s+(?:was|has\s+been|had\s+been)\s+(?:first\s+)?"
    r"(?P<v>arrested|detained|jailed|imprisoned|held)\b"
    # what comes between: a date, an unnamed agent ("by security forces"), a setting ("near a
    # flash rally"), never a named one ("by Russian agents") nor another clause
    r"(?P<mid>(?:\s+(?!by\s+(?:the\s+)?§)[\w-]+){0,12}?)"
    r"\s+(?:in|at)\s+(?:the\s+|an?\s+)?(?P<where>§[SC]\d+§)(?!['’]|\s*[-–])"
    r"(?=(?P<after>[^.;]*))"
)
# words of a name that are not a person's ("Three Americans", "Police", "The")
_NOT_NAME = frozenset(
    "the a an this that these those two three four five six seven eight nine ten several many "
    "some police authorities officials protesters demonstrators activists journalists soldiers "
    "troops he she they it his her their its one no nobody everyone someone president minister "
    "mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december".split()
)
# what makes the detention no act told: a release or a call for one, a hedge, a negation
_HELD_NAMED_NOT = re.compile(
    r"\b(?:release|releases|released|freed|free|freeing|urged?|called|calls|demand\w*|remains?|"
    r"remained|still|allegedly|reportedly|claims?|claimed|said\s+to|believed|feared|may|might|"
    r"could|would|if|whether|not|never|no)\b",
    re.IGNORECASE,
)
# another state's part in the arrest told after it ("in a U.S. sting operation", "at the
# request of the United States", "on a Russian warrant"): whose act it is is not plain
_OTHERS_ARREST = re.compile(
    r"\b(?:at\s+the\s+(?:request|behest)\s+of|extradit\w*|(?:in|during)\s+an?\s+(?:joint\s+)?"
    r"§[SD]\d+§[\w\s-]{0,20}?(?:sting|operation|raid)|on\s+an?\s+§[SD]\d+§\s+(?:warrant|request))"
)
# "held" is a detention only before a time or a cause ("held in Russia since 2018")
_HELD_FOR = re.compile(r"^\s*(?:,\s*)?(?:since|for|on)\b")
_HELD_NAMED_WORDS = frozenset({"arrested", "detained", "jailed", "imprisoned", "held"})


def _full_name(doc: Doc, analysis: Analysis, surname: str) -> str | None:
    """The full name the article gave before to a person now named by surname ("Brittney
    Griner" for "Griner"), when it gave one only."""
    told = doc.article.body[: analysis.sentence.begin]
    found = {
        m.group(0)
        for m in re.finditer(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD})?\s+{re.escape(surname)}\b", told)
        if m.group(0).split()[0].lower() not in _NOT_NAME
    }
    return found.pop() if len(found) == 1 else None


def _person(doc: Doc, analysis: Analysis, name: str) -> Entity | None:
    """The person a passive's subject names, if it names one."""
    if name.startswith("§"):
        slot = analysis.mention(name)
        people = [e for e in slot.entities if e.kind is EntityKind.PERSON]
        return people[0] if slot.code is Code.PERSON and len(people) == 1 else None
    words = name.split()
    if any(w.lower() in _NOT_NAME for w in words):
        return None
    if doc.kb.resolve(name) is not None:
        return None  # a state, body or city the masking left (not a person's name)
    if len(words) == 1:
        # (a surname stands as written, as the spent golds mostly give it, once the article
        # named the person in full: "Kubota" after "Toru Kubota")
        full = _full_name(doc, analysis, name)
        return Entity.unlinked(name, EntityKind.PERSON) if full is not None else None
    return Entity.unlinked(name, EntityKind.PERSON)


def held_named(analysis: Analysis, doc: Doc) -> None:
    """COERCE 173 of the state a named person was arrested or detained in (_HELD_NAMED)."""
    if _HELD_NAMED_WORDS.isdisjoint(analysis.words) or analysis.hypothetical or analysis.negated:
        return
    masked = analysis.masked
    for m in _HELD_NAMED.finditer(masked):
        if _HELD_NAMED_NOT.search(masked, 0, m.start("where")):
            continue
        if m.group("v") == "held" and (m.group("mid") or not _HELD_FOR.match(m.group("after"))):
            continue
        if _OTHERS_ARREST.search(m.group("after")):
            continue  # "Bout was arrested in Thailand in a U.S. sting operation"
        person = _person(doc, analysis, m.group("name"))
        if person is None:
            continue
        where = analysis.mention(m.group("where"))
        if where.code is Code.CITY:
            city = doc.kb.entity(where.entity.qid) if where.entity and where.entity.qid else None
            state = doc.kb.entity(city.country) if city is not None and city.country else None
            actors = (
                [entity_of(state)] if state is not None and state.kind is EntityKind.STATE else []
            )
        else:
            actors = [
                e for e in entities_of(analysis, m.group("where")) if e.kind is EntityKind.STATE
            ]
        if len(actors) != 1 or actors[0].qid is None:
            continue
        if any(
            f.cls is FactClass.EVENT
            and f.get("cameoCode") == ("173",)
            and any(e.begin == analysis.sentence.begin for e in f.evidence)
            and actors[0].key in {a.key for a in f.entities("actor")}
            and (not f.get("recipient") or person.key in {r.key for r in f.entities("recipient")})
            for f in doc.facts
        ):
            continue  # the sentence's detention told already (by the trigger templates)
        args = event_args("COERCE", "173", actors, [person])
        dates = [d for d in analysis.dates if d.end_value is None and not d.reported]
        if len(dates) == 1 and dates[0].since:
            args["startDate"] = [dates[0].value]  # "held in Russia since 2018"
        elif len(dates) == 1 and m.group("v") != "held":
            args["date"] = [dates[0].value]  # "arrested in Moscow in December 2018"
        doc.add(FactClass.EVENT, args, analysis, 0.7)
