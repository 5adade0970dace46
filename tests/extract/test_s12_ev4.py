"""Events, second round (session 12, ev4): soft verbs need a commitment, praise of a dated
background outcome is no SUPPORT, reported acts keep only their own clause's date (and the
speaker's accusation gets the saying date), joint drills by demonym-named forces or with a
partner, passive sanctions, invitations and signings, a ministry named by no state, territory
handed over, sanctions "reimposed them", vetoes by negative votes, no visit by warships."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.articles import parse_text
from dipld.extract import extract
from dipld.model import Entity, Fact
from tests.extract.test_patterns import facts, load_index

FRIDAY = dt.date(2024, 5, 24)

US, UAE, SLOVENIA, ARMENIA, AZERBAIJAN = "Q30", "Q878", "Q215", "Q399", "Q227"
RUSSIA, TURKEY, CHINA, POLAND, UKRAINE = "Q159", "Q43", "Q148", "Q36", "Q212"
VENEZUELA, INDIA, VIETNAM, HANOI, MOLDOVA = "Q717", "Q668", "Q881", "Q1858", "Q217"
ISRAEL, IRAN, EU, UK, HONG_KONG = "Q801", "Q794", "Q458", "Q145", "Q8646"
PUTIN, MODI, XI, HAVANA = "Q7747", "Q1058", "Q15031", "Q1563"


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}


def _events(text: str, kind: str = "", date: dt.date = FRIDAY) -> list[Fact]:
    return [
        f
        for f in facts(text, date)
        if f.cls.value == "Event" and (not kind or str(f.get("eventType")[0]) == kind)
    ]


def _sides(found: list[Fact]) -> list[tuple[set[str], set[str]]]:
    return [(_keys(f, "actor"), _keys(f, "recipient")) for f in found]


def _date(fact: Fact) -> str | None:
    dates = fact.get("date")
    return str(dates[0]) if dates else None


# ---- soft verbs: "cooperation" alone is no commitment ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States and the UAE highlighted a number of achievements with respect to "
        "women's economic empowerment, cooperation on economic and social development "
        "initiatives, and the effectiveness of anti-money laundering policies.",
        "Russia and Turkey highlighted cooperation on energy, including the Akkuyu plant.",
        "Blinken met Lavrov in Geneva. They noted the cooperation on economic issues.",
        "India and Vietnam reaffirmed their close cooperation in the field of defence.",
        "The two delegations met in Hanoi. The two delegations underscored cooperation on trade.",
    ],
)
def test_a_soft_verb_with_cooperation_alone_is_no_agree(text: str) -> None:
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # a commitment coordinated with the views the verb names
        (
            "Slovenia and the United States reaffirmed their excellent cooperation on human "
            "rights issues, the fight against corruption, the preservation of democratic "
            "values, and the commitment to maintain a rules-based international order.",
            {SLOVENIA, US},
            set(),
        ),
        # a promise the speaker reports of a party
        (
            "Assistant Secretary Karen Donfried reaffirmed the United States would continue its "
            "robust assistance and cooperation to the Armenian government.",
            {US},
            {ARMENIA},
        ),
        (
            "Secretary Blinken reiterated that the United States will continue to support "
            "Armenia's democratic reforms.",
            {US},
            {ARMENIA},
        ),
        # (unchanged: an interest in cooperation is a commitment)
        ("Russia and Turkey expressed interest in cooperation on energy.", {RUSSIA, TURKEY}, set()),
    ],
)
def test_commitments_a_soft_verb_states(text: str, actors: set[str], recipients: set[str]) -> None:
    assert (actors, recipients) in _sides(_events(text, "AGREE"))


@pytest.mark.parametrize(
    "text",
    [
        # someone else's commitment after "and", not the subject's
        "Slovenia and the United States reaffirmed their cooperation on human rights issues, "
        "and the Philippines' commitment to nonproliferation.",
        "Russia and China reaffirmed Japan's commitment to peace.",
        "Assistant Secretary Karen Donfried reaffirmed the United States would not continue its "
        "assistance to the Armenian government.",
    ],
)
def test_no_commitment_of_the_subject(text: str) -> None:
    assert _events(text, "AGREE") == []


# ---- praise of an outcome: not of a dated past one ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States and the UAE also commended the historic signing of the Abraham "
        "Accords in September 2020.",
        "Russia and Turkey welcomed the signing of the grain deal in July 2022.",
        "Russia and China hailed the adoption of the Paris Agreement in 2015.",
    ],
)
def test_praise_of_a_dated_background_outcome_is_no_support(text: str) -> None:
    assert _events(text, "SUPPORT", dt.date(2024, 5, 24)) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Russia and China welcomed the conclusion of an agreement.", None),
        ("Russia and China welcomed the signing of the agreement on Monday.", "2024-05-20"),
        ("Russia and China welcomed the signing of the agreement in May.", "2024-05"),
    ],
)
def test_praise_of_a_current_outcome_is_support(text: str, date: str | None) -> None:
    found = _events(text, "SUPPORT")
    assert _sides(found) == [({RUSSIA, CHINA}, set())]
    assert _date(found[0]) == date


# ---- reported acts: their own clause's date, or none ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Officials said on Wednesday that Russia withdrew its troops from Kherson.",
            "RETREAT",
            None,
        ),
        (
            "Officials said on Wednesday that Russia withdrew its troops from Kherson on Monday.",
            "RETREAT",
            "2024-05-20",
        ),
        (
            "The State Department said on Wednesday that Russia expelled two U.S. diplomats.",
            "SANCTION",
            None,
        ),
        (
            "Russia said on Wednesday it had expelled two U.S. diplomats last week.",
            "SANCTION",
            "2024-05",
        ),
        (
            "The Russian Foreign Ministry said on Friday that the Polish ambassador had been "
            "summoned to the ministry.",
            "ACCUSE",
            None,
        ),
        (
            "Ukrainian officials said Thursday that Russian troops withdrew from the village of "
            "Krynky last month.",
            "RETREAT",
            "2024-04",
        ),
        # (not reported: the sentence's date is the act's)
        (
            "Russia expelled two U.S. diplomats on Wednesday, the ministry said.",
            "SANCTION",
            "2024-05-22",
        ),
        ("Russia summoned the Polish ambassador on Friday.", "ACCUSE", "2024-05-24"),
    ],
)
def test_a_reported_act_has_only_its_own_date(text: str, kind: str, date: str | None) -> None:
    found = _events(text, kind)
    assert len(found) == 1, found
    assert _date(found[0]) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ukraine said on Wednesday that Russia attacked Kharkiv with missiles.", "2024-05-22"),
        (
            "Ukraine's air force said on Friday that Russia had attacked the Kharkiv region "
            "overnight with 20 drones.",
            "2024-05-24",
        ),
        # the date is the attack's, not the accusation's
        ("Ukraine said Russia attacked Kharkiv with missiles on Monday.", None),
        ("Ukraine said on Wednesday that Russia attacked Kharkiv on Monday.", "2024-05-22"),
    ],
)
def test_an_accusation_by_report_has_the_saying_date(text: str, date: str | None) -> None:
    found = _events(text, "ACCUSE")
    assert _sides(found) == [({UKRAINE}, {RUSSIA})]
    assert _date(found[0]) == date
    assert _events(text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "China's representative said on Friday that Israel attacked the Rafah crossing on Monday.",
        "Israel's ambassador said on Friday that Iran attacked Israel on Monday.",
    ],
)
def test_a_state_speaks_through_its_representative(text: str) -> None:
    found = _events(text, "ACCUSE")
    assert len(found) == 1 and _date(found[0]) == "2024-05-24"
    assert _events(text, "ASSAULT") == []


def test_a_reported_own_act_with_it() -> None:
    found = _events("Russia said on Wednesday that it expelled two U.S. diplomats.", "SANCTION")
    assert _sides(found) == [({RUSSIA}, {US})]
    # (session 13: a party telling its own diplomatic measure is the act, dated by the telling,
    # ANNOTATION.md §6; a deed told so keeps only its own clause's date)
    assert _date(found[0]) == "2024-05-22"
    assert _events("Russia said on Wednesday that it would expel two U.S. diplomats.") == []


# ---- joint drills and patrols -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Russian and Turkish servicemen held joint patrols in northern Syria on Tuesday.",
            {RUSSIA, TURKEY},
        ),
        ("Russian and Turkish troops conducted a joint patrol near Kobani.", {RUSSIA, TURKEY}),
        (
            "Chinese and Russian warships conducted joint drills in the Sea of Japan on Monday.",
            {CHINA, RUSSIA},
        ),
        ("Russia and Turkey held their first joint naval exercise.", {RUSSIA, TURKEY}),
        ("Russian servicemen held joint patrols with Turkish troops.", {RUSSIA, TURKEY}),
        (
            "China held joint naval drills in the East China Sea with Russia on Monday.",
            {CHINA, RUSSIA},
        ),
        ("Chinese and Russian frigates held joint drills.", {CHINA, RUSSIA}),
    ],
)
def test_joint_drills_and_patrols(text: str, actors: set[str]) -> None:
    assert _sides(_events(text, "COOPERATE")) == [(actors, set())]


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Turkish servicemen did not hold joint patrols.",
        "Russian and Turkish servicemen were killed in a joint patrol.",
        "Russia and Turkey could hold joint patrols in Idlib.",
        "Russian and Turkish servicemen discussed joint patrols.",
    ],
)
def test_no_joint_patrol_held(text: str) -> None:
    assert _events(text, "COOPERATE") == []


# ---- passives ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        (
            "Sanctions on Venezuelan state oil company PDVSA were first imposed by the United "
            "States in January 2019.",
            US,
            VENEZUELA,
            "2019-01",
        ),
        (
            "New sanctions were imposed on Iran by the European Union on Monday.",
            EU,
            IRAN,
            "2024-05-20",
        ),
        (
            "Sanctions were imposed on Lockheed Martin Missiles and Fire Control by China in "
            "January.",
            CHINA,
            None,
            "2024-01",
        ),
    ],
)
def test_sanctions_imposed_by_a_party(
    text: str, actor: str, recipient: str | None, date: str
) -> None:
    found = _events(text, "SANCTION")
    assert _sides(found) == [({actor}, {recipient} if recipient else set())]
    assert _date(found[0]) == date


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions on Iran will be imposed by the European Union.",
        "Sanctions on Iran were not imposed by the European Union.",
        "Sanctions on Iran could be imposed by the European Union.",
    ],
)
def test_no_sanctions_imposed(text: str) -> None:
    assert _events(text, "SANCTION") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Prime Minister Narendra Modi was invited by President Vladimir Putin to visit Moscow.",
            PUTIN,
            MODI,
        ),
        ("Modi has been invited by Putin to attend the summit in Kazan.", PUTIN, MODI),
        ("Xi Jinping, China's president, was formally invited by Putin.", PUTIN, XI),
    ],
)
def test_an_invitation_in_the_passive(text: str, actor: str, recipient: str) -> None:
    found = _events(text, "AGREE")
    assert _sides(found) == [({actor}, {recipient})]
    assert [str(c) for c in found[0].get("cameoCode")] == ["036"]


@pytest.mark.parametrize(
    "text",
    [
        "Modi was not invited by Putin.",
        "Modi could be invited by Putin to visit Moscow.",
        "Modi will be invited by Putin to visit Moscow.",
    ],
)
def test_no_invitation_in_the_passive(text: str) -> None:
    assert _events(text, "AGREE") == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("President Xi Jinping accepted an invitation to visit Russia.", RUSSIA),
        ("Xi Jinping accepted an invitation to pay a state visit to Moscow.", RUSSIA),
    ],
)
def test_an_invitation_to_visit_accepted(text: str, recipient: str) -> None:
    assert _sides(_events(text, "AGREE")) == [({XI}, {recipient})]


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping accepted an invitation to visit China.",  # (his own state)
        "Xi Jinping has not accepted an invitation to visit Russia.",
        "Xi Jinping may accept an invitation to visit Russia.",
    ],
)
def test_no_invitation_to_visit_accepted(text: str) -> None:
    assert _events(text, "AGREE") == []


def test_a_signing_in_the_passive_with_its_place_and_date() -> None:
    found = _events(
        "An agreement on trade was signed by India and Vietnam in Hanoi on Wednesday.", "SUPPORT"
    )
    assert _sides(found) == [({INDIA, VIETNAM}, set())]
    assert _date(found[0]) == "2024-05-22" and _keys(found[0], "place") == {HANOI}


def test_a_background_signing_in_the_passive_is_a_treaty_only() -> None:
    found = facts("The treaty was signed by Russia and China in Moscow in 2001.")
    assert [f for f in found if f.cls.value == "Event"] == []
    assert [f.cls.value for f in found] == ["TreatyRelation"]


def _article_events(body: str, url: str = "") -> list[Fact]:
    head = f"url: {url}\n" if url else ""
    text = f"title: Summoned\ndate: 2024-05-24\n{head}---\n{body}\n"
    article = parse_text(text, "probe.txt")
    return [f for f in extract(article, load_index()) if f.cls.value == "Event"]


@pytest.mark.parametrize(
    ("body", "url"),
    [
        # the publisher's ministry
        (
            "The Polish ambassador was summoned to the Foreign Ministry on Tuesday.",
            "https://mid.ru/en/1",
        ),
        # the dateline's
        (
            "MOSCOW, May 24 (Reuters) - The Polish ambassador was summoned to the Foreign "
            "Ministry on Tuesday.",
            "",
        ),
    ],
)
def test_summoned_to_a_ministry_named_by_no_state(body: str, url: str) -> None:
    found = _article_events(body, url)
    assert _sides(found) == [({RUSSIA}, {POLAND})]
    assert _date(found[0]) == "2024-05-21"


@pytest.mark.parametrize(
    ("body", "url"),
    [
        # no state for the ministry
        ("The Polish ambassador was summoned to the Foreign Ministry on Tuesday.", ""),
        # its own state's ministry summons no one of its own
        (
            "The Russian ambassador was summoned to the Foreign Ministry on Tuesday.",
            "https://mid.ru/en/1",
        ),
        ("The Polish ambassador will be summoned to the Foreign Ministry.", "https://mid.ru/en/1"),
    ],
)
def test_no_summoner_for_a_ministry(body: str, url: str) -> None:
    assert _article_events(body, url) == []


# ---- territory, sanctions "them", vetoes, praise of progress -------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Armenia handed over four villages to Azerbaijan on Thursday.", ARMENIA, AZERBAIJAN),
        ("Armenia returned four villages in the Tavush region to Azerbaijan.", ARMENIA, AZERBAIJAN),
        ("Britain handed over Hong Kong to China in 1997.", UK, CHINA),
    ],
)
def test_territory_handed_over(text: str, actor: str, recipient: str) -> None:
    found = _events(text, "CONCEDE")
    assert _sides(found) == [({actor}, {recipient})]
    assert [str(c) for c in found[0].get("cameoCode")] == ["0842"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia did not hand over the villages to Azerbaijan.",
        "Azerbaijan demanded that Armenia return four villages.",
        "Armenia refused to hand over four villages to Azerbaijan.",
        "Russia returned the bodies of 200 soldiers to Ukraine.",
        "The minister returned to Moscow from the villages.",
    ],
)
def test_no_territory_handed_over(text: str) -> None:
    assert _events(text, "CONCEDE") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The United States lifted sanctions on Venezuela in October but reimposed them in "
            "April.",
            "2024-04",
        ),
        (
            "The United States eased sanctions on Venezuela last year and reimposed them on "
            "Friday.",
            "2024-05-24",
        ),
    ],
)
def test_sanctions_reimposed_them(text: str, date: str) -> None:
    found = _events(text, "SANCTION")
    assert _sides(found) == [({US}, {VENEZUELA})]
    assert _date(found[0]) == date
    assert _sides(_events(text, "CONCEDE")) == [({US}, {VENEZUELA})]


@pytest.mark.parametrize(
    "text",
    [
        "The United States did not reimpose them.",
        "The United States lifted sanctions on Venezuela but could reimpose them in April.",
        "The United States praised the reforms and reimposed them.",  # (no sanctions named)
    ],
)
def test_no_sanctions_reimposed(text: str) -> None:
    assert _events(text, "SANCTION") == []


def test_negative_votes_of_permanent_members_are_vetoes() -> None:
    found = _events(
        "The Security Council today failed to adopt a draft resolution, owing to the negative "
        "votes cast by China and the Russian Federation.",
        "REJECT",
    )
    assert _sides(found) == [({CHINA, RUSSIA}, set())]
    assert [str(c) for c in found[0].get("cameoCode")] == ["129"]
    assert _events("The draft failed owing to the negative vote cast by Algeria.", "REJECT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Blinken welcomed the progress made by Armenia on reforms.",
        "Blinken welcomed the steps Armenia has taken.",
    ],
)
def test_praise_of_the_progress_a_party_made(text: str) -> None:
    assert _sides(_events(text, "SUPPORT")) == [({"Q7821917"}, {ARMENIA})]


@pytest.mark.parametrize(
    "text",
    [
        "Blinken welcomed the progress on border delimitation.",
        "Blinken did not welcome the progress Armenia has made.",
    ],
)
def test_no_praise_of_progress_without_a_party(text: str) -> None:
    assert _events(text, "SUPPORT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian warships arrived in Havana on Wednesday for a port call.",
        "A Russian frigate arrived in Havana on Wednesday.",
        "A Russian frigate made a port call in Havana on Wednesday.",
    ],
)
def test_a_port_call_is_no_visit(text: str) -> None:
    # (ANNOTATION.md: visits are of officials; a port call states no permission either)
    assert [f for f in facts(text) if f.cls.value in {"Meeting", "Event", "Permission"}] == []


def test_a_minister_arriving_is_a_visit() -> None:
    found = facts("Russian Foreign Minister Sergey Lavrov arrived in Havana on Wednesday.")
    meetings = [f for f in found if f.cls.value == "Meeting"]
    assert len(meetings) == 1 and _keys(meetings[0], "place") == {HAVANA}


def test_a_habit_of_joint_drills_is_no_act() -> None:
    assert _events("The two countries hold annual joint anti-terrorist drills.", "COOPERATE") == []
    assert _events("China and Belarus hold regular joint drills.", "COOPERATE") == []


# ---- pre-checks: the word lists in step with the patterns they guard -----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "§S0§ handed over four villages to §S1§",
        "§S0§ returned the disputed territory to §S1§",
        "§S0§ ceded three islands to §S1§",
        "§S0§ handed over §S1§ to §S2§",
        "§S0§ ceded control of §C1§ to §S2§",
        "§S0§ lifted sanctions on §S1§ but reimposed them",
        "§S0§ extended them",
        "Sanctions on §D0§ firms were first imposed by the §S1§",
        "§S0§ and §S1§ conducted a joint patrol",
        "§S0§ and §S1§ held their first joint naval exercise",
    ],
)
def test_every_new_trigger_phrase_passes_its_precheck(phrase: str) -> None:
    from dipld.extract import events, triggers
    from dipld.extract.spans import _WORD

    words = frozenset(_WORD.findall(phrase.lower()))
    matching = [t for t in triggers.TRIGGERS if t.pattern.search(phrase)]
    assert matching, phrase
    runs = events._triggers_for(words, phrase)
    assert all(t in runs for t in matching), phrase


_FRAMES = [
    "§S0§ said on Wednesday that",
    "§O0§ told reporters on Friday that",
    "§P0§ confirmed in a statement that",
    "§S0§ claims yesterday",
    "§S0§ alleged on Monday",
    "§O0§ acknowledged that",
    "§O0§ disclosed that",
]


@pytest.mark.parametrize("phrase", _FRAMES)
def test_the_report_frame_needs_one_of_its_words(phrase: str) -> None:
    from dipld.extract import events
    from dipld.extract.spans import _WORD

    assert events._REPORT_FRAME.search(phrase), phrase
    assert not events._REPORT_WORDS.isdisjoint(_WORD.findall(phrase.lower())), phrase
    blanked = " ".join("x" if w.lower() in events._REPORT_WORDS else w for w in phrase.split())
    assert not events._REPORT_FRAME.search(blanked), blanked


@pytest.mark.parametrize(
    "phrase",
    [
        "§P0§ was invited by §P1§",
        "§P0§, was formally invited by §P1§",
        "§S0§ and §S1§ have been invited by the §O2§",
    ],
)
def test_the_passive_invitation_needs_its_words(phrase: str) -> None:
    from dipld.extract import courtesies

    assert courtesies._INVITED_BY.search(phrase), phrase
    assert "invited" in phrase and " by " in phrase
    assert not courtesies._INVITED_BY.search(phrase.replace("invited", "x"))
    assert not courtesies._INVITED_BY.search(phrase.replace(" by ", " x "))


@pytest.mark.parametrize(
    "phrase",
    [
        " reaffirmed the §S0§ would continue",
        " reiterated that the §S0§ will continue",
        " also underscored that §S0§ will",
        " affirmed §G0§ would",
    ],
)
def test_a_reported_promise_needs_its_verb(phrase: str) -> None:
    from dipld.extract import statements
    from dipld.extract.spans import _WORD

    assert statements._SAID_THAT.match(phrase), phrase
    assert not statements._SAYING_WORDS.isdisjoint(_WORD.findall(phrase.lower()))
