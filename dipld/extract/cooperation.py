"""Aid and cooperation told by their nouns (session 40, aid and cooperation).

ANNOTATION.md §5: COOPERATE (06x) is a concluded material exchange, AID (07x) assistance
provided; a stated cumulative total of aid is its own fact. The rules here read two nouns the
verb rules miss:

- an extradition told by its noun, done: "welcomed the extradition of 64 fugitives from Mexico
  to the United States", "The extradition of two suspects from Spain to Colombia was carried out
  on Monday": COOPERATE 063 of the state handing them over, to the state receiving them (as
  "Mexico extradited 64 fugitives to the United States" is). Not one asked for, refused,
  blocked or to come ("requested the extradition of ...", "opposed the extradition ...",
  "the extradition ... is expected"), nor one with a side unnamed.
- a state's military, security, humanitarian or financial *support* (or its aid or assistance)
  for another with its running total told: "the United Kingdom's military support for Ukraine,
  which now totals more than £1.3 billion", "Norway's assistance to Sudan, which has reached
  $500 million": AID (its kind's code, 070 for none or two) of the one to the other, with the
  amount. "support" with no kind, or with no sum, is political backing and gives nothing here.
- equipment named before a relative clause that tells it handed over as a gift: "the TC-90
  training aircraft that Japan handed over to the Philippine Navy in 2018", "the ambulances
  which India donated to Nepal": AID of the giver to the receiver (072 for arms and military
  craft, else 070), dated by the clause. Not goods sold or delivered ("the S-400 systems that
  Russia delivered to Turkey": a sale as often as a gift), nor other things handed over (a
  letter, a chairmanship, suspects).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dipld.extract.economy import money_args
from dipld.extract.facts import Doc, entities_of, event_args
from dipld.extract.meetings import past_or_news
from dipld.extract.spans import Analysis
from dipld.model import Entity, EntityKind, FactClass, TimeValue, Value

# ---- extraditions told by the noun ----------------------------------------------------------

_EXTRADITION_WORDS = frozenset({"extradition", "extraditions"})
# who is handed over: a few words, no clause ("of 64 fugitives", "of the former minister")
_WHO = r"(?:[\w'’.,-]+\s+|§P\d+§\s+){1,6}?"
_FROM_TO = r"from\s+(?:the\s+)?(?P<a>§S\d+§)\s+to\s+(?:the\s+)?(?P<r>§S\d+§)(?![-–\w§'’])"
# the extradition as the object of a reaction to it or of a time phrase: done
_EXTRADITION_WELCOMED = re.compile(
    r"\b(?:welcomed|welcomes|welcoming|hailed|hails|praised|praises|applauded|commended|noted|"
    r"following|after)\s+(?:the\s+)?(?:recent\s+|successful\s+)?extraditions?\s+of\s+"
    rf"{_WHO}{_FROM_TO}"
)
# the extradition as subject, told done: "The extradition of X from A to B was carried out"
_EXTRADITION_DONE = re.compile(
    rf"(?:^|\b[Tt]he\s+)(?:[Tt]he\s+)?extraditions?\s+of\s+{_WHO}{_FROM_TO}"
    r"(?P<mid>[^.;§]{0,40}?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:successfully\s+)?"
    r"(?:carried\s+out|completed|finali[sz]ed|executed)\b"
)
# what makes the noun no act done: asked for, resisted, planned
_EXTRADITION_NOT_DONE = re.compile(
    r"\b(?:request(?:ed|s|ing)?|sought|seeks?|seeking|demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|"
    r"ask(?:ed|s|ing)?\s+for|push(?:ed|ing)?\s+for|press(?:ed|ing)?\s+for|oppos(?:ed|es|ing)|"
    r"refus(?:ed|es|ing)|reject(?:ed|s|ing)|block(?:ed|s|ing)|halt(?:ed|s|ing)|"
    r"suspend(?:ed|s|ing)|await(?:ed|s|ing)|pending|possible|potential|planned|proposed|"
    r"expected|will|would|could|may|might|not|never|no)\b"
)


def _one_state(analysis: Analysis, slot: str) -> Entity | None:
    found = [e for e in entities_of(analysis, slot) if e.kind is EntityKind.STATE and e.is_linked]
    return found[0] if len(found) == 1 else None


def _one_date(analysis: Analysis) -> TimeValue | None:
    """The one past date the sentence writes (none when there are several, or a period)."""
    found = [d for d in analysis.dates if not d.planned and d.end_value is None and not d.since]
    return found[0].value if len(found) == 1 else None


def extraditions_told(analysis: Analysis, doc: Doc) -> None:
    """COOPERATE 063 for an extradition told by its noun, done; see the module docstring."""
    if _EXTRADITION_WORDS.isdisjoint(analysis.words):
        return
    if analysis.negated or analysis.hypothetical:
        return
    masked = analysis.masked
    m = _EXTRADITION_WELCOMED.search(masked) or _EXTRADITION_DONE.search(masked)
    if m is None:
        return
    head = masked[max(0, m.start() - 60) : m.start() + len(m.group(0).split("extradition")[0])]
    mid = m.groupdict().get("mid") or ""
    if _EXTRADITION_NOT_DONE.search(head) or _EXTRADITION_NOT_DONE.search(mid):
        return
    giver, taker = _one_state(analysis, m.group("a")), _one_state(analysis, m.group("r"))
    if giver is None or taker is None or giver.key == taker.key:
        return
    when = _one_date(analysis)
    args = event_args("COOPERATE", "063", [giver], [taker], when)
    doc.add(FactClass.EVENT, args, analysis, 0.7, past_or_news(when, doc.article.date))


# ---- support with its running total -------------------------------------------------------

_SUPPORT_TOTAL_WORDS = frozenset({"totals", "totalled", "totaled", "amounts", "stands", "reached"})
# "the United Kingdom's military support for Ukraine, which now totals more than £1.3 billion"
_SUPPORT_TOTAL = re.compile(
    r"(?:^|\s)(?:the\s+)?(?P<a>§S\d+§)['’]s?\s+(?:(?:overall|total|continued|ongoing|"
    r"substantial|significant|steadfast)\s+)?(?:(?P<kind>military|security|defen[cs]e|"
    r"humanitarian|financial|economic|budget|budgetary|development|macro-financial)\s+"
    r"(?P<kind2>and\s+(?:military|security|defen[cs]e|humanitarian|financial|economic|budget|"
    r"budgetary|development)\s+)?)?(?P<noun>support|assistance|aid)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?P<r>§S\d+§)(?![-–\w§'’])"
    r",?\s+(?:which|that)\s+(?:now\s+|so\s+far\s+|already\s+|currently\s+)?(?:totals|totalled|"
    r"totaled|amounts\s+to|stands\s+at|has\s+reached|reached)\s+(?:(?:more\s+than|over|nearly|"
    r"almost|about|some|roughly|approximately|around)\s+)?(?P<m>§M\d+§)"
)
_KIND_CODE: dict[str, str] = {
    "military": "072",
    "security": "072",
    "defence": "072",
    "defense": "072",
    "humanitarian": "073",
}


def support_totals(analysis: Analysis, doc: Doc) -> None:
    """AID for a state's support of a kind for another with its running total; see the module
    docstring."""
    if _SUPPORT_TOTAL_WORDS.isdisjoint(analysis.words):
        return
    if analysis.negated or analysis.hypothetical:
        return
    m = _SUPPORT_TOTAL.search(analysis.masked)
    if m is None or (m.group("noun") == "support" and m.group("kind") is None):
        return  # ("Japan's support for Sri Lanka": backing, not aid)
    giver, taker = _one_state(analysis, m.group("a")), _one_state(analysis, m.group("r"))
    if giver is None or taker is None or giver.key == taker.key:
        return
    # (two kinds, "military and humanitarian support": aid in general, 070; money is 071)
    kind = (m.group("kind") or "").lower()
    code = "070" if m.group("kind2") or not kind else _KIND_CODE.get(kind, "071")
    args: dict[str, Sequence[Value]] = event_args("AID", code, [giver], [taker])
    args.update(money_args(analysis, m.group("m")))
    doc.add(FactClass.EVENT, args, analysis, 0.7)


# ---- equipment handed over, told in a relative clause ---------------------------------------

_HANDED_WORDS = frozenset({"handed", "donated", "gifted"})
_MILITARY_GOODS = (
    r"aircraft|planes|jets|helicopters|warships|frigates|corvettes|patrol\s+(?:vessels|boats|"
    r"ships)|vessels|boats|ships|armou?red\s+vehicles|military\s+vehicles|tanks|missiles|"
    r"(?:missile|air\s+defen[cs]e|radar|rocket)\s+systems|drones|howitzers|rifles|weapons|arms|"
    r"ammunition"
)
_CIVIL_GOODS = (
    r"ambulances|vehicles|buses|trucks|generators|equipment|vaccines|doses|ventilators|"
    r"(?:mobile\s+|field\s+)?hospitals|medicines|medical\s+supplies|supplies|tents|computers"
)
# "the TC-90 training aircraft that Japan handed over to the Philippine Navy in 2018"
_HANDED_IN_RELATIVE = re.compile(
    rf"\b(?P<goods>(?:{_MILITARY_GOODS})|(?:{_CIVIL_GOODS}))\s+(?:that|which)\s+(?:the\s+)?"
    r"(?P<a>§S\d+§)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+|also\s+)?(?:handed\s+over|donated|"
    r"gifted|gave)\s+to\s+(?:the\s+)?(?P<r>§[SD]\d+§)(?![-–\w§'’])(?P<rest>[^.;,§]{0,40})"
)
_MILITARY_GOODS_RE = re.compile(rf"^(?:{_MILITARY_GOODS})$")


def handed_in_relative(analysis: Analysis, doc: Doc) -> None:
    """AID for equipment a relative clause tells handed over to another state; see the module
    docstring."""
    if _HANDED_WORDS.isdisjoint(analysis.words) and "gave" not in analysis.words:
        return
    if analysis.negated or analysis.hypothetical:
        return
    m = _HANDED_IN_RELATIVE.search(analysis.masked)
    if m is None:
        return
    giver, taker = _one_state(analysis, m.group("a")), _one_state(analysis, m.group("r"))
    if giver is None or taker is None or giver.key == taker.key:
        return
    code = "072" if _MILITARY_GOODS_RE.match(m.group("goods")) else "070"
    text, base, rest = analysis.sentence.text, analysis.sentence.begin, m.group("rest")
    # (the clause's own date: "... handed over to the Philippine Navy in 2018")
    dated = [
        d
        for d in analysis.dates
        if not d.planned
        and d.end_value is None
        and not d.since
        and text[d.begin - base : d.end - base] in rest
    ]
    when = dated[0].value if len(dated) == 1 else None
    args = event_args("AID", code, [giver], [taker], when)
    doc.add(FactClass.EVENT, args, analysis, 0.7, past_or_news(when, doc.article.date))


# ---- help sent, told in the passive with its giver after "from" -------------------------------

_SENT_PASSIVE_WORDS = frozenset(
    {"dispatched", "sent", "deployed", "delivered", "flown", "airlifted"}
)
# "An urban search and rescue team from the UAE has been dispatched to Türkiye", "Relief
# supplies from India were flown to Myanmar on Sunday"
_HELP_FROM_SENT = re.compile(
    r"\b(?P<what>(?i:(?:search[\s-]+and[\s-]+)?rescue\s+(?:teams?|workers|units?|specialists)|"
    r"rescuers|(?:medical|emergency|relief)\s+(?:teams?|workers|specialists)|doctors|"
    r"(?:humanitarian\s+|emergency\s+|relief\s+)?(?:aid|assistance|supplies|relief\s+goods)|"
    r"(?:medical|relief|humanitarian)\s+supplies|field\s+hospitals?))\s+from\s+(?:the\s+)?"
    r"(?P<a>§S\d+§)(?![-–\w§'’])\s+(?:has|have|had|was|were|is|are)\s+(?:already\s+|also\s+)?"
    r"(?:been\s+|being\s+)?(?:dispatched|sent|deployed|delivered|flown|airlifted)\s+to\s+"
    r"(?:the\s+)?(?P<r>§S\d+§)(?![-–\w§'’])"
)

# ("No rescue team from Japan has been sent", "A team from Japan will be sent")
_HELP_NOT_SENT = re.compile(r"(?:\b[Nn]o|\bnot|\bnever|\bwill|\bwould)\s+(?:[\w-]+\s+){0,5}$")
_HUMANITARIAN_HELP = re.compile(
    r"rescue|medical|relief|humanitarian|doctors|hospital|emergency", re.IGNORECASE
)


def help_sent_from(analysis: Analysis, doc: Doc) -> None:
    """AID 073 for rescuers, medical teams or relief told sent in the passive, the giver after
    "from": "a rescue team from the UAE has been dispatched to Türkiye" (session 40). Not
    troops (an invasion is told so too), nor help to come."""
    if _SENT_PASSIVE_WORDS.isdisjoint(analysis.words) or "from" not in analysis.words:
        return
    if analysis.negated or analysis.hypothetical:
        return
    m = _HELP_FROM_SENT.search(analysis.masked)
    if m is None or _HELP_NOT_SENT.search(analysis.masked, 0, m.start()):
        return
    giver, taker = _one_state(analysis, m.group("a")), _one_state(analysis, m.group("r"))
    if giver is None or taker is None or giver.key == taker.key:
        return
    code = "073" if _HUMANITARIAN_HELP.search(m.group("what")) else "070"
    when = _one_date(analysis)
    args = event_args("AID", code, [giver], [taker], when)
    doc.add(FactClass.EVENT, args, analysis, 0.7, past_or_news(when, doc.article.date))
