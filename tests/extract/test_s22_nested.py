"""Acts inside other acts, group memberships and permissions under a treaty (session 22).

Misses of the pooled spent gold sets (dev gold, blind, blind2 ... blind31 less 19 and 29), grouped
by structure, with the distinct sets that show each:

structure: sets (misses) -- chosen or not, and why

- a meeting noun with "between A and B", its place or day before "between" ("a meeting in Amman
  last week between", "a telephone conversation on Wednesday between"), or talks between armed
  parties, "dialogue between them": blind5, blind18, blind20, blind22, blind24, blind28, blind31
  (7 sets, 9) -- chosen: the place/day form (armed parties the KB lacks: another family's;
  pronouns: the tail)
- a meeting noun with "with B" inside a clause of subject A ("A, in a phone call with B, asked",
  "A ... after a telephone conversation with B", "during a meeting with B"): blind16, blind22,
  blind30 (3 sets, 3) -- chosen: the aside form, and "after/following" in the clause form
  (blind16 and blind30 also need a title and a repeated surname read: other families)
- a second clause "and (he also) held talks with B": blind26, blind31 (2 sets, 4) -- not chosen:
  read already on plain sentences; the misses are a style ("Sheikh Dr.") and a passive clause
- earlier meetings recalled in the first person ("my previous visit to", "We last met in July",
  "our first summit"): blind6, blind16, blind17, blind18 (4 sets, 5) -- not chosen: each needs
  the speaker of a transcript; left
- "Both countries are members of X": blind2, blind4, blind11, blind27 (4 sets, 8) -- not chosen:
  the phrase reads (a row below); the misses are articles whose pair the resolver finds unclear,
  each for its own reason
- a counted pair "two NATO Allies", "as NATO Allies": blind3, blind6, blind14 (3 sets, 5) --
  chosen: the apposition with a count ("the United States and Greece, two NATO Allies")
- chairing a group ("holds the ASEAN chairmanship", "Russia chairs the association"): blind5,
  blind17, blind22, blind24 (4 sets, 6) -- not chosen: the body is "the association", "the
  organization" or unlinked, and blind24 counts a Council presidency as EU membership
- forces stationed in a state under a treaty: blind5, blind18, blind21, blind28 (4 sets, 4) --
  chosen (blind18's "would continue to be stationed" stays: the sentence reads as hedged)
- "Under the agreement, A allows B to ...": blind10, blind25, blind31 (3 sets, 4) -- not chosen:
  the structure is read already; the misses are activities the concepts lack ("store the
  weapons", "draw raw water", "delegate air navigation services")

Recurring convention mismatches (not bent to one writer): summit participants as persons or
states; Permission activities written as free phrases ("transport crude oil by pipeline") that
the activity concepts do not cover; chairmanship of a body's council (the EU Council presidency)
taken as membership of the body by one set only.

Hit rate of the 27 positive rows before the change (main at 1dccaba): 4 of 27; after: 27 of 27.
Negative rows: 14 of 15 before ("expressed interest in a meeting with X" gave a meeting), 15 of
15 after.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2022, 11, 15)
DAY21 = dt.date(2021, 11, 12)

PUTIN, ERDOGAN, LAVROV, AMIR_ABDOLLAHIAN = "Q7747", "Q39259", "Q58217", "Q17991320"
XI, SCHOLZ, BLINKEN, JAISHANKAR = "Q15031", "Q61053", "Q7821917", "Q16186720"
CAVUSOGLU, LAPID, DUDA, KULEBA = "Q1396120", "Q249206", "Q9151911", "Q24025631"
ZELENSKY, BIDEN, MITSOTAKIS, BAYRAMOV = "Q3874799", "Q6279", "Q552751", "Q16366137"
MERKEL = "Angela Merkel"  # (not in the KB: her surface form)
US, RUSSIA, CHINA, POLAND, UKRAINE, KAZAKHSTAN = "Q30", "Q159", "Q148", "Q36", "Q212", "Q232"
KYRGYZSTAN, GREECE, TURKEY, FRANCE, GERMANY, NETHERLANDS = (
    "Q813",
    "Q41",
    "Q43",
    "Q142",
    "Q183",
    "Q29999",
)
KOREA, JAPAN, TAJIKISTAN, ARMENIA, LITHUANIA, ROMANIA = (
    "Q884",
    "Q17",
    "Q863",
    "Q399",
    "Q37",
    "Q218",
)
IRAN, AZERBAIJAN, NATO, EU = "Q794", "Q227", "Q7184", "Q458"


def _meetings(body: str, day: dt.date = DAY) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(keys(f.get("participant"))), str(f.get("cameoCode")[0]))
        for f in facts(body, day)
        if f.cls.value == "Meeting"
    }


def _members(body: str) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts(body, DAY)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _permissions(body: str) -> set[tuple[str, str, str]]:
    return {
        (g, e, str(f.get("activity")[0]))
        for f in facts(body, DAY)
        if f.cls.value == "Permission"
        for g in keys(f.get("grantor"))
        for e in keys(f.get("grantee"))
    }


# ---- (a) a meeting told inside another act ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        # the aside between the subject and its verb
        (
            "German Chancellor Angela Merkel, in a phone call with Russian President Vladimir "
            "Putin on Wednesday, urged him to press Minsk.",
            DAY21,
            (frozenset({MERKEL, PUTIN}), "041"),
        ),
        (
            "Turkish President Recep Tayyip Erdogan, after a telephone conversation with Russian "
            "President Vladimir Putin, announced a new grain initiative.",
            DAY,
            (frozenset({ERDOGAN, PUTIN}), "041"),
        ),
        (
            "Russian Foreign Minister Sergey Lavrov, during talks with Iranian Foreign Minister "
            "Hossein Amir-Abdollahian in Moscow, criticised Western sanctions.",
            DAY,
            (frozenset({LAVROV, AMIR_ABDOLLAHIAN}), "040"),
        ),
        (
            "Poland, in talks with Ukraine on Monday, agreed to reopen the border crossing.",
            DAY,
            (frozenset({POLAND, UKRAINE}), "040"),
        ),
        (
            "Secretary of State Antony Blinken, in a video call with Indian External Affairs "
            "Minister Subrahmanyam Jaishankar, thanked India for its aid to Sri Lanka.",
            DAY,
            (frozenset({BLINKEN, JAISHANKAR}), "041"),
        ),
        (
            "Chinese President Xi Jinping, following a meeting with German Chancellor Olaf "
            "Scholz in Beijing, called for a ceasefire in Ukraine.",
            DAY,
            (frozenset({XI, SCHOLZ}), "040"),
        ),
        # the meeting after the act, in the subject's clause
        (
            "German Chancellor Olaf Scholz announced new aid to Ukraine after a meeting with "
            "Polish President Andrzej Duda in Berlin on Monday.",
            DAY,
            (frozenset({SCHOLZ, DUDA}), "040"),
        ),
        (
            "Ukrainian Foreign Minister Dmytro Kuleba welcomed the decision following a phone "
            "call with Polish President Andrzej Duda.",
            DAY,
            (frozenset({KULEBA, DUDA}), "041"),
        ),
        (
            "German Chancellor Olaf Scholz raised the issue of Taiwan during a meeting with "
            "Chinese President Xi Jinping in Beijing.",
            DAY,
            (frozenset({SCHOLZ, XI}), "040"),
        ),
        (
            "Secretary of State Antony Blinken discussed the war in Ukraine in a call with "
            "Indian External Affairs Minister Subrahmanyam Jaishankar.",
            DAY,
            (frozenset({BLINKEN, JAISHANKAR}), "041"),
        ),
        # "between A and B" with its place or day first
        (
            "The decision followed a telephone conversation on Friday between Russian President "
            "Vladimir Putin and Turkish President Recep Tayyip Erdogan.",
            DAY,
            (frozenset({PUTIN, ERDOGAN}), "041"),
        ),
        (
            "The thaw came after a meeting in Ankara last month between Turkish Foreign Minister "
            "Mevlut Cavusoglu and Israeli Foreign Minister Yair Lapid.",
            DAY,
            (frozenset({CAVUSOGLU, LAPID}), "040"),
        ),
        (
            "The agreement followed talks in Astana last week between Kazakhstan and Kyrgyzstan.",
            DAY,
            (frozenset({KAZAKHSTAN, KYRGYZSTAN}), "040"),
        ),
        (
            "Their release followed a phone call on Wednesday between Azerbaijani Foreign "
            "Minister Jeyhun Bayramov and Iranian Foreign Minister Hossein Amir-Abdollahian.",
            DAY,
            (frozenset({BAYRAMOV, AMIR_ABDOLLAHIAN}), "041"),
        ),
        (
            "A meeting in Washington on Tuesday between Secretary of State Antony Blinken and "
            "Chinese Foreign Minister Wang Yi produced no breakthrough.",
            DAY,
            (frozenset({BLINKEN, "Q701801"}), "040"),
        ),
    ],
)
def test_meeting_inside_another_act(
    text: str, day: dt.date, want: tuple[frozenset[str], str]
) -> None:
    assert want in _meetings(text, day)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting to come, hoped for, or only wanted
        "German Chancellor Olaf Scholz, in a call with Chinese President Xi Jinping next week, "
        "will raise the issue.",
        "German Chancellor Olaf Scholz will raise the issue during a meeting with Chinese "
        "President Xi Jinping next week.",
        "Turkish President Recep Tayyip Erdogan hopes to discuss the grain deal after a phone "
        "call with Russian President Vladimir Putin.",
        "Russian Foreign Minister Sergey Lavrov expressed interest in a meeting with Secretary "
        "of State Antony Blinken.",
        "A meeting next month between Russian President Vladimir Putin and Turkish President "
        "Recep Tayyip Erdogan is planned.",
        # a topic, not talks held
        "Secretary of State Antony Blinken called for talks in Geneva between Armenia and "
        "Azerbaijan.",
        # no meeting noun in the aside
        "Japan, in close cooperation with the United States, imposed sanctions on Russia.",
    ],
)
def test_no_meeting_inside_another_act(text: str) -> None:
    assert not {m for m in _meetings(text) if len(m[0]) >= 2}


# ---- (b) members named as a counted pair -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "President Biden welcomed Prime Minister Kyriakos Mitsotakis of Greece to the White "
            "House today to reaffirm the strategic partnership between the United States and "
            "Greece, two NATO Allies.",
            {(US, NATO), (GREECE, NATO)},
        ),
        (
            "The leaders praised the close ties between the United States and the Netherlands, "
            "two NATO Allies.",
            {(US, NATO), (NETHERLANDS, NATO)},
        ),
        (
            "Talks between Greece and Turkey, two NATO members, resumed in Athens.",
            {(GREECE, NATO), (TURKEY, NATO)},
        ),
        (
            "France and Germany, two founding members of the European Union, issued a joint "
            "statement.",
            {(FRANCE, EU), (GERMANY, EU)},
        ),
        (
            "Chinese President Xi Jinping met U.S. President Joe Biden. Both countries are "
            "permanent members of the United Nations Security Council.",
            {(CHINA, "Q37470"), (US, "Q37470")},
        ),
    ],
)
def test_counted_members(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= _members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden and Finland, two NATO candidates, signed the protocol.",
        "Ukraine and Georgia, two aspiring NATO members, attended the summit.",
        "Bosnia and Moldova, two countries seeking to join the European Union, sent envoys.",
    ],
)
def test_no_counted_members(text: str) -> None:
    assert not _members(text)


# ---- (c) forces stationed under a treaty ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "About 28,500 American troops are stationed in South Korea under the 1953 Mutual "
            "Defense Treaty.",
            (KOREA, US, "MilitaryBasing"),
        ),
        (
            "Russia's 201st military base, the country's largest military facility abroad, is "
            "stationed in Tajikistan under an intergovernmental agreement signed in 2012.",
            (TAJIKISTAN, RUSSIA, "MilitaryBasing"),
        ),
        (
            "The pact is Japan's second, after the one with the United States, which stations "
            "around 54,000 troops in Japan under a security treaty.",
            (JAPAN, US, "MilitaryBasing"),
        ),
        (
            "Russian forces have been stationed in Armenia since 1995 under a bilateral treaty.",
            (ARMENIA, RUSSIA, "MilitaryBasing"),
        ),
        (
            "German soldiers have been deployed in Lithuania since 2017 under a bilateral "
            "agreement.",
            (LITHUANIA, GERMANY, "MilitaryBasing"),
        ),
        (
            "French troops are deployed in Romania under a NATO agreement.",
            (ROMANIA, FRANCE, "MilitaryBasing"),
        ),
        (
            "Some 1,100 American soldiers remain based in Poland under a defence cooperation "
            "agreement.",
            (POLAND, US, "MilitaryBasing"),
        ),
    ],
)
def test_stationed_under_treaty(text: str, want: tuple[str, str, str]) -> None:
    assert want in _permissions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Poland wants US troops to be stationed in Poland under a new agreement.",
        "US troops could be stationed in Finland under the proposed agreement.",
        "No American troops are stationed in Vietnam under any treaty.",
        "Japan's embassy is based in Kyiv under the Vienna Convention.",
        "US troops may be deployed in Greece under a draft agreement.",
    ],
)
def test_not_stationed_under_treaty(text: str) -> None:
    assert not _permissions(text)
