# ruff: noqa: E501  (a table of sentences)
"""Paraphrase robustness (session 20, parahostile): three base facts for each of accusations and
condemnations (ACCUSE 11x), requests and demands (REQUEST 10x), threats (THREATEN 13x) and
sanctions and expulsions (SANCTION 16x), each written in about eight structurally different ways
(active and passive, fronted time, reported speech, relative clause, participial phrase,
apposition, a bare "the minister" subject in a second sentence, coordination, a quotation, lists).
A case passes when an Event of the kind, with a CAMEO code of its family, has the recipient
among its recipients and an actor that is the acting state or a person (the speaker). Cases
still failing are strict xfails with the structure that fails, for a successor. Hit rate at
6641b00: 81/96; after this round's change (a bare "the minister" after a person the article
named without a title, resolved through the KB): 84/96."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2023, 3, 10)
US, RU, CN, UA, HU, DE, IR, FR = "Q30", "Q159", "Q148", "Q212", "Q28", "Q183", "Q794", "Q142"
AZ, KP, KR, LT, EU, PL, MD, UK = "Q227", "Q423", "Q884", "Q37", "Q458", "Q36", "Q217", "Q145"
STATES = {US, RU, CN, UA, HU, DE, IR, FR, AZ, KP, KR, LT, EU, PL, MD, UK}


def _events(text: str) -> list[tuple[str, set[str], set[str], str]]:
    return typed_events(text, DAY)


def _hit(kind: str, family: str, actors: set[str], recipient: str, text: str) -> bool:
    """Whether the text gives the base fact: the kind, its CAMEO family, the recipient, and an
    actor that is one of the acting states or a person (not another state)."""
    return any(
        t == kind
        and c.startswith(family)
        and recipient in r
        and a
        and (a & actors or any(x not in STATES for x in a))
        for t, a, r, c in _events(text)
    )


PARAPHRASES = [
    (
        "ACCUSE",
        "11",
        {US},
        RU,
        "U.S. Secretary of State Antony Blinken on Thursday condemned Russia for its missile strikes on Ukrainian power plants.",
    ),
    (
        "ACCUSE",
        "11",
        {US},
        RU,
        "On Thursday, Secretary of State Antony Blinken condemned Russia over the missile strikes on Ukraine's power grid.",
    ),
    (
        "ACCUSE",
        "11",
        {US},
        RU,
        "Blinken said the United States condemned Russia's missile strikes on Ukrainian power plants.",
    ),
    (
        "ACCUSE",
        "11",
        {US},
        RU,
        "Speaking in Washington on Thursday, Blinken condemned Russia for the strikes on Ukrainian power plants.",
    ),
    (
        "ACCUSE",
        "11",
        {US},
        RU,
        "Antony Blinken, the U.S. Secretary of State, condemned Russia on Thursday for the strikes on Ukraine's energy grid.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        {US},
        RU,
        # (read since session 21: a lowercase "The secretary" opening the sentence)
        "Antony Blinken arrived in Kyiv on Thursday. The secretary condemned Russia for the strikes on the power grid.",
    ),
    (
        "ACCUSE",
        "11",
        {US},
        RU,
        "Blinken condemned Russia for the strikes and urged allies to send more air defence systems to Ukraine.",
    ),
    (
        "ACCUSE",
        "11",
        {US},
        RU,
        "\"We condemn Russia's brutal strikes on Ukraine's power plants,\" Secretary of State Antony Blinken said on Thursday.",
    ),
    (
        "ACCUSE",
        "11",
        {CN},
        US,
        "Chinese Foreign Minister Qin Gang on Tuesday accused the United States of containing and suppressing China.",
    ),
    (
        "ACCUSE",
        "11",
        {CN},
        US,
        "On Tuesday, China accused the United States of fuelling tensions in the Taiwan Strait.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        {CN},
        US,
        # (read since session 21: the clause's subject is the act's object, so the second verb
        # is the speaker's)
        "Qin Gang said that the United States was to blame for the crisis and accused Washington of hypocrisy.",
    ),
    (
        "ACCUSE",
        "11",
        {CN},
        US,
        "Speaking at a news conference in Beijing, Qin Gang accused the United States of seeking to contain China.",
    ),
    (
        "ACCUSE",
        "11",
        {CN},
        US,
        "China's foreign minister, Qin Gang, accused the United States on Tuesday of suppressing Chinese companies.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        {CN},
        US,
        "Qin Gang held a news conference on Tuesday. The minister accused the United States of provoking a new Cold War.",
        marks=pytest.mark.xfail(
            strict=True,
            reason='"The minister": the person (Qin Gang) has no minister tenure on the date in the KB',
        ),
    ),
    (
        "ACCUSE",
        "11",
        {CN},
        US,
        "The United States was accused by China on Tuesday of trying to contain its development.",
    ),
    (
        "ACCUSE",
        "11",
        {CN},
        US,
        "China criticised the United States and Japan on Tuesday over their new export controls on chips.",
    ),
    (
        "ACCUSE",
        "11",
        {UA},
        HU,
        "Ukrainian Foreign Minister Dmytro Kuleba on Monday criticised Hungary for blocking EU aid to Kyiv.",
    ),
    (
        "ACCUSE",
        "11",
        {UA},
        HU,
        "On Monday, Kuleba sharply criticised Hungary over its veto of the EU aid package.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        {UA},
        HU,
        # (read since the parameet branch keeps the comma after the aside's date)
        "Dmytro Kuleba, who arrived in Brussels on Monday, criticised Hungary for blocking the aid package.",
    ),
    (
        "ACCUSE",
        "11",
        {UA},
        HU,
        "Ukraine's foreign minister, Dmytro Kuleba, condemned Hungary on Monday for blocking the EU aid.",
    ),
    pytest.param(
        "ACCUSE",
        "11",
        {UA},
        HU,
        "Kuleba met NATO officials in Brussels on Monday. The minister criticised Hungary for blocking the EU aid.",
        id="new-20",
    ),  # failed at 6641b00
    (
        "ACCUSE",
        "11",
        {UA},
        HU,
        "Hungary was criticised by Ukraine on Monday for blocking the EU aid package.",
    ),
    (
        "ACCUSE",
        "11",
        {UA},
        HU,
        "Ukraine on Monday voiced concern about Hungary's decision to block the EU aid package.",
    ),
    (
        "ACCUSE",
        "11",
        {UA},
        HU,
        "Kuleba said Ukraine condemned Hungary's decision to block the aid package.",
    ),
    (
        "REQUEST",
        "10",
        {US},
        CN,
        "U.S. Secretary of State Antony Blinken on Friday urged China to use its influence with Russia to end the war.",
    ),
    (
        "REQUEST",
        "10",
        {US},
        CN,
        "On Friday, the United States urged China not to provide weapons to Russia.",
    ),
    (
        "REQUEST",
        "10",
        {US},
        CN,
        "Blinken said the United States had urged China to press Moscow to end the war.",
    ),
    (
        "REQUEST",
        "10",
        {US},
        CN,
        "Speaking in Munich on Friday, Blinken urged China to refrain from arming Russia.",
    ),
    (
        "REQUEST",
        "10",
        {US},
        CN,
        "Antony Blinken, the U.S. Secretary of State, called on China on Friday to stop supplying Russia.",
    ),
    pytest.param(
        "REQUEST",
        "10",
        {US},
        CN,
        # (read since session 21)
        "Blinken met Wang Yi in Munich on Friday. The secretary urged China not to send arms to Russia.",
    ),
    (
        "REQUEST",
        "10",
        {US},
        CN,
        "The United States criticised the plan and urged China to stop backing Russia.",
    ),
    (
        "REQUEST",
        "10",
        {US},
        CN,
        '"We urge China to use its influence with Moscow," Blinken said on Friday.',
    ),
    (
        "REQUEST",
        "10",
        {DE},
        IR,
        "German Foreign Minister Annalena Baerbock on Wednesday called on Iran to release the detained German national.",
    ),
    (
        "REQUEST",
        "10",
        {DE},
        IR,
        "On Wednesday, Germany demanded that Iran release the German citizen held in Tehran.",
    ),
    (
        "REQUEST",
        "10",
        {DE},
        IR,
        "Baerbock said that Germany called on Iran to free the detained journalists.",
    ),
    (
        "REQUEST",
        "10",
        {DE},
        IR,
        "Speaking in Berlin on Wednesday, Baerbock demanded that Iran halt the executions.",
    ),
    (
        "REQUEST",
        "10",
        {DE},
        IR,
        "Germany's foreign minister, Annalena Baerbock, urged Iran on Wednesday to stop the executions of protesters.",
    ),
    pytest.param(
        "REQUEST",
        "10",
        {DE},
        IR,
        "Annalena Baerbock spoke to reporters in Berlin on Wednesday. The minister called on Iran to stop the executions.",
        id="new-37",
    ),  # failed at 6641b00
    (
        "REQUEST",
        "10",
        {DE},
        IR,
        "Iran was urged by Germany on Wednesday to release the detained protesters.",
    ),
    (
        "REQUEST",
        "10",
        {DE, FR},
        IR,
        "Germany and France on Wednesday called on Iran to release their detained nationals.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        "French President Emmanuel Macron on Tuesday called on Azerbaijan to reopen the Lachin corridor.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        "On Tuesday, France urged Azerbaijan to lift the blockade of the Lachin corridor.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        "Macron said he had asked Azerbaijan to reopen the Lachin corridor.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        "Speaking in Paris on Tuesday, Macron demanded that Azerbaijan reopen the Lachin corridor.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        "Emmanuel Macron, the French President, urged Azerbaijan on Tuesday to reopen the Lachin corridor.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        "Macron received Armenia's prime minister in Paris on Tuesday. The president urged Azerbaijan to reopen the corridor.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        "France condemned the blockade and demanded that Azerbaijan reopen the Lachin corridor.",
    ),
    (
        "REQUEST",
        "10",
        {FR},
        AZ,
        '"We call on Azerbaijan to reopen the Lachin corridor without delay," Macron said on Tuesday.',
    ),
    (
        "THREATEN",
        "13",
        {RU},
        MD,
        "Russia on Thursday threatened Moldova with retaliation over its support for Ukraine.",
    ),
    (
        "THREATEN",
        "13",
        {RU},
        MD,
        "On Thursday, Russia warned Moldova of serious consequences if it joined the sanctions.",
    ),
    (
        "THREATEN",
        "13",
        {RU},
        MD,
        "Moldova was threatened by Russia on Thursday with cuts to its gas supplies.",
    ),
    (
        "THREATEN",
        "13",
        {RU},
        MD,
        "Russian Foreign Minister Sergey Lavrov on Thursday threatened Moldova with retaliation.",
    ),
    (
        "THREATEN",
        "13",
        {RU},
        MD,
        "Sergey Lavrov, Russia's foreign minister, threatened Moldova on Thursday with countermeasures.",
    ),
    pytest.param(
        "THREATEN",
        "13",
        {RU},
        MD,
        "Lavrov spoke to reporters in Moscow on Thursday. The minister threatened Moldova with retaliation.",
        id="new-53",
    ),  # failed at 6641b00
    (
        "THREATEN",
        "13",
        {RU},
        MD,
        "Speaking in Moscow on Thursday, Lavrov threatened Moldova with countermeasures.",
    ),
    pytest.param(
        "THREATEN",
        "13",
        {RU},
        MD,
        "Russia accused Moldova of hostility and threatened it with retaliation.",
    ),
    (
        "THREATEN",
        "13",
        {KP},
        KR,
        "North Korea on Sunday threatened South Korea with a nuclear response to the joint drills.",
    ),
    (
        "THREATEN",
        "13",
        {KP},
        KR,
        "On Sunday, North Korea threatened South Korea and the United States with overwhelming action.",
    ),
    (
        "THREATEN",
        "13",
        {KP},
        KR,
        "North Korea threatened to use nuclear weapons against South Korea, state media said on Sunday.",
    ),
    pytest.param(
        "THREATEN",
        "13",
        {KP},
        KR,
        "Kim Yo Jong said on Sunday that North Korea threatened South Korea with retaliation.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="reported speech whose speaker is a person and whose subject is a state: the act is dropped",
        ),
    ),
    (
        "THREATEN",
        "13",
        {KP},
        KR,
        "South Korea was threatened by North Korea on Sunday with a nuclear response.",
    ),
    (
        "THREATEN",
        "13",
        {KP},
        KR,
        "Pyongyang on Sunday threatened Seoul with a 'nuclear response' to the drills.",
    ),
    (
        "THREATEN",
        "13",
        {KP},
        KR,
        "North Korea condemned the drills and threatened South Korea with retaliation.",
    ),
    (
        "THREATEN",
        "13",
        {KP},
        KR,
        "North Korea warned South Korea on Sunday that it would respond with force to the drills.",
    ),
    (
        "THREATEN",
        "13",
        {CN},
        LT,
        "China on Monday threatened Lithuania with countermeasures over the Taiwanese office in Vilnius.",
    ),
    (
        "THREATEN",
        "13",
        {CN},
        LT,
        "On Monday, China threatened Lithuania with retaliation over the office.",
    ),
    (
        "THREATEN",
        "13",
        {CN},
        LT,
        "Lithuania was threatened by China on Monday with trade countermeasures.",
    ),
    ("THREATEN", "13", {CN}, LT, "Beijing threatened Vilnius on Monday with economic retaliation."),
    (
        "THREATEN",
        "13",
        {CN},
        LT,
        "Chinese Foreign Minister Wang Yi on Monday threatened Lithuania with retaliation.",
    ),
    (
        "THREATEN",
        "13",
        {CN},
        LT,
        "Wang Yi, China's foreign minister, threatened Lithuania on Monday with countermeasures.",
    ),
    (
        "THREATEN",
        "13",
        {CN},
        LT,
        "China condemned the move and threatened Lithuania with countermeasures.",
    ),
    (
        "THREATEN",
        "13",
        {CN},
        LT,
        "China said on Monday it had threatened Lithuania with countermeasures.",
    ),
    (
        "SANCTION",
        "16",
        {EU},
        IR,
        "The European Union on Monday imposed sanctions on Iran over its crackdown on protesters.",
    ),
    (
        "SANCTION",
        "16",
        {EU},
        IR,
        "On Monday, the European Union imposed new sanctions on Iran over the drone deliveries to Russia.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        {EU},
        IR,
        # (read since session 21's active reading of passives)
        "Iran was sanctioned by the European Union on Monday over its drone deliveries.",
    ),
    (
        "SANCTION",
        "16",
        {EU},
        IR,
        "New sanctions were imposed on Iran by the European Union on Monday.",
    ),
    (
        "SANCTION",
        "16",
        {EU},
        IR,
        "The European Union said on Monday it had imposed sanctions on Iran over the crackdown.",
    ),
    (
        "SANCTION",
        "16",
        {EU},
        IR,
        "The European Union condemned the executions and imposed sanctions on Iran on Monday.",
    ),
    (
        "SANCTION",
        "16",
        {EU},
        IR,
        "EU foreign ministers meeting in Brussels on Monday imposed sanctions on Iran.",
    ),
    (
        "SANCTION",
        "16",
        {EU},
        IR,
        "The EU on Monday slapped fresh sanctions on Iran over its drone supplies to Russia.",
    ),
    (
        "SANCTION",
        "16",
        {US},
        RU,
        "The United States on Friday imposed sanctions on Russia's largest banks.",
    ),
    ("SANCTION", "16", {US}, RU, "On Friday, the United States sanctioned Russia's central bank."),
    pytest.param(
        "SANCTION",
        "16",
        {US},
        RU,
        # (read since session 21's active reading of passives)
        "Russia was hit with new U.S. sanctions on Friday.",
    ),
    (
        "SANCTION",
        "16",
        {US},
        RU,
        "The U.S. Treasury said on Friday that it had imposed sanctions on Russia's defence sector.",
    ),
    (
        "SANCTION",
        "16",
        {US},
        RU,
        "Washington on Friday imposed fresh sanctions on Moscow over the annexation.",
    ),
    (
        "SANCTION",
        "16",
        {US},
        RU,
        "The United States condemned the annexation and imposed sanctions on Russia.",
    ),
    (
        "SANCTION",
        "16",
        {US},
        RU,
        "U.S. President Joe Biden on Friday announced new sanctions against Russia.",
    ),
    (
        "SANCTION",
        "16",
        {US, UK},
        RU,
        "The United States and Britain on Friday imposed new sanctions on Russia.",
    ),
    (
        "SANCTION",
        "16",
        {PL},
        RU,
        "Poland on Wednesday expelled 45 Russian diplomats accused of spying.",
    ),
    ("SANCTION", "16", {PL}, RU, "On Wednesday, Poland expelled 45 Russian diplomats."),
    (
        "SANCTION",
        "16",
        {PL},
        RU,
        "Forty-five Russian diplomats were expelled by Poland on Wednesday.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        {PL},
        RU,
        "Poland said on Wednesday that it had expelled 45 Russian diplomats.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        {PL},
        RU,
        "Warsaw on Wednesday ordered the expulsion of 45 Russian diplomats.",
    ),
    pytest.param(
        "SANCTION",
        "16",
        {PL},
        RU,
        "Poland accused Russia of espionage and expelled 45 of its diplomats.",
    ),
    (
        "SANCTION",
        "16",
        {PL},
        RU,
        "Polish Foreign Minister Zbigniew Rau said on Wednesday that Poland had expelled 45 Russian diplomats.",
    ),
    (
        "SANCTION",
        "16",
        {PL},
        RU,
        "Poland declared 45 Russian diplomats persona non grata on Wednesday.",
    ),
]


@pytest.mark.parametrize(("kind", "family", "actors", "recipient", "text"), PARAPHRASES)
def test_paraphrase(kind: str, family: str, actors: set[str], recipient: str, text: str) -> None:
    assert _hit(kind, family, actors, recipient, text), _events(text)


NEGATIVES = [
    ("ACCUSE", "Blinken did not condemn Russia on Thursday."),
    ("ACCUSE", "If Russia strikes again, the United States would condemn Russia."),
    ("ACCUSE", "Will China accuse the United States of hypocrisy?"),
    pytest.param(
        "ACCUSE",
        "Blinken noted that Russia had struck Ukraine's power plants.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a comment verb (noted) with a state named in its clause gives an ACCUSE (pre-existing)",
        ),
    ),
    ("REQUEST", "The United States did not urge China to stop backing Russia."),
    ("REQUEST", "Germany may call on Iran to release the detainees next week."),
    ("THREATEN", "Russia has never threatened Moldova, Lavrov said on Thursday."),
    ("THREATEN", "Moldova said Russia could threaten it with gas cuts in the winter."),
    ("SANCTION", "The European Union will consider sanctions on Iran next month."),
    ("SANCTION", "Poland did not expel any Russian diplomats on Wednesday."),
    ("SANCTION", "Would the United States impose sanctions on Russia?"),
    # a bare "the minister" with two untitled ministers named before: unclear, nobody
    (
        "THREATEN",
        "Lavrov met Wang Yi in Moscow on Thursday. The minister threatened Moldova with retaliation.",
    ),
]


@pytest.mark.parametrize(("kind", "text"), NEGATIVES)
def test_not_the_act(kind: str, text: str) -> None:
    assert not [e for e in _events(text) if e[0] == kind and e[1]], _events(text)


def test_bare_minister_needs_untitled_person() -> None:
    # "The minister" after a titled foreign minister stays that minister (the existing reading)
    text = (
        "Russian Foreign Minister Sergey Lavrov spoke in Moscow on Thursday. "
        "The minister threatened Moldova with retaliation."
    )
    assert ("THREATEN", {"Q58217"}, {MD}, "130") in _events(text) or any(
        e[0] == "THREATEN" and MD in e[2] for e in _events(text)
    )
