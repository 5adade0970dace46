# ruff: noqa: E501  (a table of sentences)
"""Meetings told by their forum, their rounds and their host, probed with fresh sentences (session 26b).

A battery of 48 sentences written for this session before the extractor ran
(``/tmp/s26/summits-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects; none from a gold set): wire stories and ministry releases from West and East Africa,
the Gulf, South and South-East Asia, Central Asia, Europe, Latin America and the Pacific; an
organisation's body meeting, summits hosted and attended, rounds of talks after the pair was
named, delegations travelling, plans, negations. At c0386d7 it gave 1 wrong fact of this family
(a date, below) and missed 17; now the same wrong one and 7 missed.

- An organisation's body the KB lacks, named after the organisation ("The annual OSCE
  Ministerial Council opened in Vienna on Thursday", "The ECOWAS Authority of Heads of State and
  Government held an extraordinary summit", "The African Union Peace and Security Council met")
  gave no meeting, or one of an unlinked body: it is now the organisation's meeting (CAMEO 040;
  ``events._BODY_MET``'s ``organ`` and ``opened``, ``_body_parent``). A body that "opened" must
  be named as one ("Council", "Summit" ...; not "NATO opened in Brussels a new office").
- "The ASEAN Foreign Ministers' Meeting opened in Vientiane", "The two-day meeting of the SCO's
  foreign ministers opened in Astana", "The meeting of NATO defence ministers took place in
  Brussels" gave none: the body's session now reads a ministers' meeting (``_BODY_SESSION``),
  and "The Arab League summit in Jeddah, hosted by Saudi Arabia, was held on Friday" (or "The
  BRICS summit in Johannesburg, hosted by South Africa, opened") is the host's with the body
  (043).
- "The European Union's Political and Security Committee met" gave none, "The African Union's
  Peace and Security Council met" none either: a body after a union's possessive is the
  union's meeting (``_BODY_MET``'s ``o5``); a state's own body ("Russia's Security Council
  met", an unlinked name) gave a meeting of that name and now gives none (no diplomacy).
- "Forum foreign ministers began their meeting in Suva on Monday" (after the Pacific Islands
  Forum was named) gave none: a bare head word ("Forum", "League", "Union", "Alliance",
  "bloc") is the organisation named last whose name has it (``_BLOC_MET``'s ``head``).
- "The fourth round of talks was held in Addis Ababa in December", after Ethiopia and Egypt
  were named, gave none: a round of talks or negotiations held, naming no one, is the pair's
  negotiation (046; ``_ROUND_HELD``), not one "with Sudan" too nor one planned.
- "The summit, hosted by Ghana, was attended by the Presidents of Senegal, Liberia and Togo"
  gave none (only "presidents" in lower case was read): now the host's meeting with them (043);
  so is a meeting "attended by officials (representatives, delegations) of" states.
- "The first meeting of the Joint Commission between Nigeria and Morocco took place in Abuja"
  gave none (the joint body is a name the KB lacks): a session of a "Joint" body between two
  states, told as held, is their meeting (``_JOINT_BODY_BETWEEN``).
- Checked, kept: "Papua New Guinea hosted the APEC leaders' meeting in 2018" gives a Meeting of
  Papua New Guinea and an unlinked "APEC" (the KB lacks it). ANNOTATION.md writes a body the
  tables lack as unlinked, and the rule dump's one such hosted meeting is a headline's core
  event ("South Africa hosts BRICS summit"), so an unlinked body stays a hosted meeting's
  participant; the 2018 one is a past meeting (historical, detail), not a wrong fact.

Hit rate at c0386d7 (before): the meetings below 0/20, the sentences with none 16/18 (the
possessive states' councils); after: 20/20 and 18/18. A second battery of 20 sentences written
after the first fixes (bodies that "opened" an office or talks, plans, negations, relative
clauses) gave no wrong fact of this family.

Left: a bare "September 10" in a past-tense sentence of a March article is dated September of
the same year (the dates' rule, not the meetings'); "An AU delegation led by Moussa Faki Mahamat
travelled to Khartoum and met General Abdel Fattah al-Burhan" (no mention of Faki);
"The SCO Council of Heads of State met" (the KB has no "SCO"); multi-day meetings' end dates."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts

DAY = dt.date(2024, 3, 15)  # a Friday


def _meetings(text: str) -> set[tuple[frozenset[str], str, str]]:
    """(participants, CAMEO code, date) of every Meeting the text gives."""
    out = set()
    for f in facts(text, DAY):
        if f.cls.value != "Meeting":
            continue
        who = frozenset(
            str(getattr(e, "qid", None) or getattr(e, "label", "")) for e in f.get("participant")
        )
        when = str(f.get("date")[0]) if f.get("date") else ""
        out.add((who, str(f.get("cameoCode")[0]), when))
    return out


MET = [
    (
        "The annual OSCE Ministerial Council opened in Vienna on Thursday.",
        ({"Q81299"}, "040", "2024-03-14"),
    ),
    ("The OSCE Minsk Group met in Vienna on Tuesday.", ({"Q81299"}, "040", "2024-03-12")),
    (
        "The ECOWAS Authority of Heads of State and Government held an extraordinary summit in Abuja on Saturday.",
        ({"Q193272"}, "040", "2024-03-09"),
    ),
    (
        "The African Union Peace and Security Council met in Addis Ababa on Tuesday to discuss the situation in Sudan.",
        ({"Q7159"}, "040", "2024-03-12"),
    ),
    ("The annual ASEAN Summit opened in Jakarta on Tuesday.", ({"Q7768"}, "040", "2024-03-12")),
    (
        "The ASEAN Foreign Ministers' Meeting opened in Vientiane on Monday.",
        ({"Q7768"}, "040", "2024-03-11"),
    ),
    (
        "The two-day meeting of the Shanghai Cooperation Organisation's foreign ministers opened in Astana on Thursday.",
        ({"Q485207"}, "040", "2024-03-14"),
    ),
    (
        "The meeting of NATO defence ministers took place in Brussels on Wednesday.",
        ({"Q7184"}, "040", "2024-03-13"),
    ),
    (
        "The Arab League summit in Jeddah, hosted by Saudi Arabia, was held on Friday.",
        ({"Q851", "Q7172"}, "043", "2024-03-15"),
    ),
    (
        "The Arab League condemned the attack. League foreign ministers met in Cairo on Sunday.",
        ({"Q7172"}, "040", "2024-03-10"),
    ),
    (
        "Ethiopia and Egypt resumed negotiations on the dam. The fourth round of talks was held in Addis Ababa in December.",
        ({"Q115", "Q79"}, "046", "2023-12"),
    ),
    (
        "Ethiopia and Egypt resumed negotiations on the dam. The latest round of negotiations took place in Cairo on Tuesday.",
        ({"Q115", "Q79"}, "046", "2024-03-12"),
    ),
    (
        "The summit, hosted by Ghana, was attended by the Presidents of Senegal, Liberia and Togo.",
        ({"Q117", "Q1041", "Q1014", "Q945"}, "043", ""),
    ),
    (
        "The ASEAN Regional Forum opened in Vientiane on Friday with talks on the South China Sea.",
        ({"Q7768"}, "040", "2024-03-15"),
    ),
    (
        "The European Union's Political and Security Committee met in Brussels on Wednesday.",
        ({"Q458"}, "040", "2024-03-13"),
    ),
    (
        "The African Union's Peace and Security Council met on Friday.",
        ({"Q7159"}, "040", "2024-03-15"),
    ),
    (
        "The meeting was attended by officials of the United States and Ukraine, the ministry said.",
        ({"Q30", "Q212"}, "040", ""),
    ),
    (
        "The BRICS summit in Johannesburg, hosted by South Africa, opened on Tuesday.",
        ({"Q258", "BRICS"}, "043", "2024-03-12"),
    ),
    (
        "The first meeting of the Joint Commission between Nigeria and Morocco took place in Abuja on Tuesday.",
        ({"Q1033", "Q1028"}, "040", "2024-03-12"),
    ),
    (
        "The meeting of the Joint Committee between India and Nepal was held in Kathmandu last week.",
        ({"Q668", "Q837"}, "040", "2024-03"),
    ),
]


@pytest.mark.parametrize(("text", "want"), MET)
def test_a_forum_meets(text: str, want: tuple[set[str], str, str]) -> None:
    who, code, when = want
    assert (frozenset(who), code, when) in _meetings(text), _meetings(text)


NONE = [
    "NATO opened in Brussels a new office.",
    "The Arab League opened in Cairo.",
    "The OSCE Ministerial Council did not meet.",
    "The BRICS summit in Johannesburg, hosted by South Africa, will open on Tuesday.",
    "Ethiopia and Egypt resumed negotiations on the dam. The fourth round of talks will be held in Addis Ababa in December.",
    "Ethiopia and Egypt resumed negotiations on the dam. The fourth round of talks was not held in Addis Ababa.",
    "The summit, which will be attended by the Presidents of Senegal, Liberia and Togo, opens on Monday.",
    "NATO warned Russia. Union leaders met in Brussels on Monday.",
    "The African Union Commission opened a liaison office in Juba on Monday.",
    "The OSCE Permanent Council opened an investigation into the incident.",
    "The EU's Political and Security Committee did not meet.",
    "Russia's Security Council met in Moscow on Friday.",
    "The summit was not attended by representatives of Mali and Niger.",
    "The summit will be attended by representatives of Mali and Niger.",
    "Iran's Supreme National Security Council convened on Sunday.",
    "The next meeting of the Joint Commission between Nigeria and Morocco will take place in Abuja.",
    "The meeting of the Joint Commission between Nigeria and Morocco was not held.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_meeting_told(text: str) -> None:
    assert not _meetings(text), _meetings(text)


def test_a_round_with_a_third_party_is_not_the_pairs() -> None:
    text = "Ethiopia and Egypt resumed negotiations on the dam. The latest round of talks took place in Cairo on Tuesday with Sudan."
    assert not any(code == "046" for _, code, _ in _meetings(text)), _meetings(text)
