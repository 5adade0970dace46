"""A decision welcomed by its noun alone, with more said after it (session 35, round 2, support).

The sentences are written for this round (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- "X welcomed the decision" after a sentence that told who decided is SUPPORT 051 of X to the
  decider (``statements._decision_maker``, session 27). New here: the welcome may go on with
  a participle ("welcomed the decision, saying ..."), a second verb ("welcomed the decision and
  urged ...") or a description ("welcomed the decision as a strong signal"); until now only a
  sentence that ended after "the decision" was read.
- The decider is, in order: the last act told with "decided" or "decision" in the sentences
  just before (so a minister's plan told in between is not taken for it); the last act of
  deciding told just before; the lead's act, when the article opens with it and it is dated
  the article's own day (the news the later reactions are to; an act of days before, told
  long before, stays no decision welcomed, as session 13 has it).
- Praise of "what he called Turkey's independent foreign policy", "what she described as the
  constructive role of Qatar": the speaker's words for what is praised, whose owner follows,
  praised as "Turkey's independent foreign policy" is (new here).
- A document "approved (ratified, passed) by both chambers (houses) of" a state's legislature
  is that state's SUPPORT 057, as "approved by the Argentine Congress" already was (new here);
  one that must be, or was not, gives nothing.
- A decision with its own maker or purpose ("the decision of", "the decision to") is left to
  the rules that read those; a welcome to come, or denied, gives nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2023, 9, 22)

CHINA, AUSTRALIA, NATO, FINLAND, EU_COUNCIL = "Q148", "Q408", "Q7184", "Q33", "Q8886"
SWEDEN, JAPAN, ASEAN, MYANMAR, AU = "Q34", "Q17", "Q7768", "Q836", "Q7159"
TURKEY, QATAR, INDIA, PUTIN = "Q43", "Q846", "Q668", "Q7747"
ARGENTINA, KENYA, CHILE = "Q414", "Q114", "Q298"

_FILLER = (
    "Officials said the measure would take effect next month after a review of the rules. "
    "Trade between the two sides has grown in recent years, according to customs data. "
    "Analysts said the step had been widely expected by exporters and importers alike. "
)

# (text, actors, recipients); actors of None are not checked
POSITIVES = [
    # 1. the welcome goes on: a participle, a second verb, a description
    (
        "China said on Monday it would lift the duties on Australian wine. "
        + "Australian Prime Minister Anthony Albanese welcomed the decision, saying it was good "
        "for farmers.",
        None,
        {CHINA},
    ),
    (
        "China said on Monday it would lift the duties on Australian wine. "
        + "Australia welcomed the decision and said it would drop its complaint.",
        {AUSTRALIA},
        {CHINA},
    ),
    (
        "The European Council decided on Thursday to open accession talks with Moldova. "
        "Japan welcomed the decision as a historic step.",
        {JAPAN},
        {EU_COUNCIL},
    ),
    # 2. the lead's act, told further back
    (
        "China said on Friday it would lift the duties on Australian wine. "
        + _FILLER * 2
        + "Australia welcomed the decision, telling reporters it was a good outcome.",
        {AUSTRALIA},
        {CHINA},
    ),
    # 3. the act told as a decision is preferred to a plan told in between
    (
        "The European Council decided on Thursday to open accession talks with Moldova. "
        "Sweden said it would send experts to help. "
        "Finland welcomed the decision, calling it a signal of hope.",
        {FINLAND},
        {EU_COUNCIL},
    ),
    # 4. what the speaker called it
    (
        "Vladimir Putin telephoned Recep Tayyip Erdogan on Sunday and praised what he called "
        'Turkey\'s "independent foreign policy".',
        {PUTIN},
        {TURKEY},
    ),
    ("Japan praised what it described as the constructive role of Qatar.", {JAPAN}, {QATAR}),
    ("Sweden welcomed what it termed India's balanced approach.", {SWEDEN}, {INDIA}),
]


def _found(want: tuple[set[str] | None, set[str]], got: list[tuple]) -> bool:
    actors, recipients = want
    return any(
        g[0] == "SUPPORT" and g[3] == "051" and actors in (None, g[1]) and g[2] == recipients
        for g in got
    )


@pytest.mark.parametrize(("text", "actors", "recipients"), POSITIVES)
def test_decision_welcomed(text: str, actors: set[str] | None, recipients: set[str]) -> None:
    got = typed_events(text, DAY)
    assert _found((actors, recipients), got), got


NEGATIVES = [
    # no decision told before
    "Australia welcomed the decision, saying it was good for farmers.",
    # a welcome to come, a welcome denied
    "China said on Monday it would lift the duties on Australian wine. "
    "Australia would welcome the decision, a spokesman said.",
    "China said on Monday it would lift the duties on Australian wine. "
    "Australia did not welcome the decision, saying it came too late.",
    # the actor's own decision
    "China said on Monday it would lift the duties on Australian wine. "
    "China welcomed the decision, saying it was good for trade.",
    # a lead act far back with no decision in it: a background fact, dated years before
    "The African Union suspended Myanmar's observer status in 2015. "
    + _FILLER * 2
    + "Japan welcomed the decision, saying it was overdue.",
    # a lead act of days before, told long before
    "China said on Monday it would lift the duties on Australian wine. "
    + _FILLER * 2
    + "Australia welcomed the decision, telling reporters it was a good outcome.",
    # what the speaker called a thing of no party, praise denied
    "Japan hailed what it called a new page in the history of the region.",
    "Sweden did not praise what it called India's balanced approach.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_decision_not_welcomed(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[0] == "SUPPORT" and g[2]]
    assert not got, got


# (text, signers) of a SUPPORT 057
RATIFIED = [
    (
        "The loan agreement was approved by both chambers of the Argentine Congress earlier "
        "this month.",
        {ARGENTINA},
    ),
    ("The treaty was ratified by both houses of the Kenyan parliament on Tuesday.", {KENYA}),
    ("The agreement was ratified by both houses of the Chilean Congress on Monday.", {CHILE}),
]


@pytest.mark.parametrize(("text", "signers"), RATIFIED)
def test_ratified_by_both_chambers(text: str, signers: set[str]) -> None:
    got = typed_events(text, DAY)
    assert ("SUPPORT", signers, set(), "057") in got, got


NOT_RATIFIED = [
    "The treaty must be ratified by both houses of the Kenyan parliament.",
    "The treaty was not ratified by both houses of the Kenyan parliament.",
    "The treaty was ratified by both houses of parliament on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_RATIFIED)
def test_not_ratified_by_both_chambers(text: str) -> None:
    got = [g for g in typed_events(text, DAY) if g[3] == "057"]
    assert not got, got
