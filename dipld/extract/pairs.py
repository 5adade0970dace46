"""Pairs told by the sentence before: what "the two countries" and "the two leaders" mean when
the pair of states named last (ANNOTATION.md §6, docs/extraction.md "Coreference") does not say.

Three readings, each beside :class:`~dipld.extract.mentions.MentionFinder`'s own:

- "the two countries" (and "both nations", "the two governments") after a sentence that named
  exactly two states, counting those whose officials and capitals it named: "Chile's Interior
  Minister called on Peru to agree on a corridor. Officials of the two countries, meeting at the
  crossing, agreed ...", "The deal was signed by Iran's security chief and Saudi Arabia's national
  security adviser. Under it, the two countries will ...". Only when the pair named last is
  unclear or none, never a union of states, never a third state the phrase's own sentence names
  before it, and never a pair other than that of the meeting the article reports (the same
  check as for the pair named last).
- "Under the agreement, the two countries will ...", "According to the communiqué, both sides
  ...": the two parties of the agreement told last (a state and an armed group for "sides", two
  states for "countries"), not a pair named since (those who welcomed the deal).
- "the two leaders" (and "both leaders") are two people who lead their states: after a sentence
  of two ministers ("The foreign ministers signed the agreement on maritime cooperation. The two
  leaders welcomed ..."), the two leaders who met, when the article reported their meeting.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipld.model import Entity, EntityKind

if TYPE_CHECKING:
    from dipld.extract.mentions import MentionFinder

# a document opening the sentence, right before the pair: "According to the communiqué, the two
# countries ...", "Under the agreement, both sides ..." (not a statement: its issuers are no
# treaty's parties)
_COUNTRY_WORDS = re.compile(r"countries|states|nations|governments|neighbou?rs")
_BY_THE_DOCUMENT = re.compile(
    r"^(?:[Uu]nder|[Aa]ccording\s+to|[Ii]n|[Pp]ursuant\s+to|[Ii]n\s+line\s+with)\s+(?:the|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|communiqu[eé]|deal|treaty|memorandum|accord|declaration|"
    r"protocol)s?,\s+$",
    re.IGNORECASE,
)


def told_pair(finder: MentionFinder, before: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The two states the sentence just before this one named (with the states of its people
    and capitals), for "the two countries" the usual reading leaves unclear; ``before`` are the
    states this sentence names before the phrase (each must be one of the two). None when that
    sentence named other than two states, a union of states or a state that no longer exists, or
    when the pair is not that of the meeting the article reports."""
    if finder.told_at != finder.index - 1:
        return ()
    told = finder.told_last
    if len(told) != 2 or any(e.kind is not EntityKind.STATE for e in told):
        return ()
    kb = finder.kb
    for e in told:
        found = kb.entity(e.qid) if e.qid else None
        if found is None or found.place_kind != "country" or kb.members(found.qid):
            return ()
    keys = {e.key for e in told}
    if any(e.key not in keys for e in before):
        return ()
    text = finder.told_text
    if any(e.key not in keys and e.label in text for e in finder.ctx.states.values()):
        # a third state named there inside another name ("Iran's Supreme National Security
        # Council secretary and the Saudi adviser signed, with China's Wang Yi looking on"):
        # whose two?
        return ()
    return told if finder.clear_pair(told) else ()


def document_pair(finder: MentionFinder, text: str, m: re.Match[str]) -> tuple[Entity, ...]:
    """The two states that are parties to the agreement told last, for a pair phrase right
    after a clause that opens the sentence with that document ("According to the communiqué, the
    two countries agreed ...": China and Nicaragua, not Nicaragua and the Taiwan it had cut ties
    with the sentence before; "Under the deal, both sides ...": a government and the armed group
    it signed with); none when the parties are not two, or for "countries" not two states, or
    are two states the article never named together."""
    if _BY_THE_DOCUMENT.match(text, 0, m.start()) is None:
        return ()
    parties = finder.ctx.signatories
    if len(parties) != 2:
        return ()
    keys = {e.key for e in parties}
    if all(e.kind is EntityKind.STATE for e in parties) and not any(
        {e.key for e in named} == keys for named in finder.ctx.named_sets
    ):
        # two states the article never named together ("X of Iran and Y of Saudi Arabia
        # signed the deal, with China's Wang Yi looking on" read as China's and Saudi Arabia's
        # treaty): not a pair to trust
        return ()
    if _COUNTRY_WORDS.search(m.group(0).lower()) and any(
        e.kind is not EntityKind.STATE for e in parties
    ):
        return ()  # (the two sides of a deal may be a state and an armed group, countries not)
    return parties


def leaders_not_ministers(finder: MentionFinder, pair: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """For "the two leaders": the pair itself when both lead their states or neither is known
    to hold a minister's office; else (two ministers named last) the two leaders who met, when
    the article reported a meeting of two leaders; else the pair (as before)."""
    if len(pair) != 2 or all(finder.leads(e) for e in pair):
        return pair
    if not any(finder.is_minister(e) for e in pair):
        return pair
    met = tuple(e for e in finder.ctx.meeting if e.kind is EntityKind.PERSON)
    if len(met) == 2 and len(finder.ctx.meeting) == 2 and all(finder.leads(e) for e in met):
        return met
    return pair
