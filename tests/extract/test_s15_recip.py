"""The recipient of a reaction is the agent of the act reacted to (session 15): a condemnation,
criticism, protest, rejection or welcome of an act named by its noun alone ("the agreement",
"the deployment", "the new law", "the drills", "the sanctions", "the decision") is aimed at the
one the article told made it shortly before; and the near misses that must give nothing: a
bare situation, the reacting party's own act, a hedged, negated or future reaction, an act told
only hypothetically or negated, the same noun for two acts by different parties."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 5, 17)
RUSSIA, BELARUS, POLAND, UKRAINE, GERMANY = "Q159", "Q184", "Q36", "Q212", "Q183"
LITHUANIA, JAPAN, CHINA, PHILIPPINES, TURKEY = "Q37", "Q17", "Q148", "Q928", "Q43"
ROMANIA, BULGARIA, ARMENIA, AZERBAIJAN, IRAN = "Q218", "Q219", "Q399", "Q227", "Q794"
EU, USA, GEORGIA, ESTONIA, HUNGARY, LATVIA = "Q458", "Q30", "Q230", "Q191", "Q28", "Q211"
FINLAND, NORWAY, SKOREA, NKOREA, SERBIA, KOSOVO = "Q33", "Q20", "Q884", "Q423", "Q403", "Q1246"
MOLDOVA, SWEDEN, FRANCE, INDIA, PAKISTAN = "Q217", "Q34", "Q142", "Q668", "Q843"
AUSTRALIA, VIETNAM, CANADA, UK, TAIWAN = "Q408", "Q881", "Q16", "Q145", "Q865"

Row = tuple[frozenset[str], frozenset[str], str]


def _f(*qids: str) -> frozenset[str]:
    return frozenset(qids)


def _reactions(text: str, kinds: tuple[str, ...] = ("ACCUSE", "REJECT", "SUPPORT")) -> set[Row]:
    """(actors, recipients, CAMEO code) of the events of these types, but signings (057)."""
    return {
        (
            frozenset(keys(f.get("actor"))),
            frozenset(keys(f.get("recipient"))),
            str(f.get("cameoCode")[0]),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event"
        and str(f.get("eventType")[0]) in kinds
        and str(f.get("cameoCode")[0]) != "057"
    }


# ---- the act told before, its noun taken up by the reaction ---------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a document signed: its parties
        (
            "Serbia and Hungary signed an agreement on energy cooperation in Belgrade on "
            "Wednesday. Kosovo criticised the agreement, saying it ignored the region.",
            (_f(KOSOVO), _f(SERBIA, HUNGARY), "111"),
        ),
        (
            "Finland and Norway signed a treaty on Arctic fisheries on Monday. Sweden welcomed "
            "the treaty.",
            (_f(SWEDEN), _f(FINLAND, NORWAY), "051"),
        ),
        (
            "India and Pakistan signed a protocol on river data sharing in Lahore on Tuesday. "
            "The United States praised the protocol as a sign of maturity.",
            (_f(USA), _f(INDIA, PAKISTAN), "051"),
        ),
        (
            "Australia and Vietnam signed a memorandum on maritime cooperation on Thursday. "
            "China denounced the memorandum as interference.",
            (_f(CHINA), _f(AUSTRALIA, VIETNAM), "111"),
        ),
        # a deployment, told as a plan
        (
            "France will deploy a battalion to Romania next year, the defence ministry said. "
            "Russia condemned the deployment as a provocation.",
            (_f(RUSSIA), _f(FRANCE), "111"),
        ),
        (
            "Poland plans to station air defence units near the border with Belarus. Minsk "
            "criticised the stationing.",
            (_f(BELARUS), _f(POLAND), "111"),
        ),
        # a law passed by a state's parliament
        (
            "Georgia's parliament adopted a law on foreign influence on Tuesday. The European "
            "Union strongly criticised the new law.",
            (_f(EU), _f(GEORGIA), "111"),
        ),
        (
            "Hungary's parliament passed a bill on sovereignty protection on Wednesday. The "
            "United States expressed concern about the legislation.",
            (_f(USA), _f(HUNGARY), "111"),
        ),
        # exercises held
        (
            "China staged large-scale air and naval drills around Taiwan on Thursday. Japan "
            "condemned the drills as destabilising.",
            (_f(JAPAN), _f(CHINA), "111"),
        ),
        (
            "Russia and Belarus began joint military exercises near the Polish border on "
            "Monday. Lithuania criticised the exercises.",
            (_f(LITHUANIA), _f(RUSSIA, BELARUS), "111"),
        ),
        # sanctions imposed: rejected, criticised
        (
            "Canada imposed new sanctions on Iran on Monday over its drone exports. Tehran "
            "rejected the sanctions as illegal.",
            (_f(IRAN), _f(CANADA), "120"),
        ),
        (
            "The United Kingdom and Canada imposed sanctions on Belarus on Friday. Moscow "
            "criticised the sanctions as unlawful.",
            (_f(RUSSIA), _f(UK, CANADA), "111"),
        ),
        # detentions, expulsions, hostile acts at sea
        (
            "Belarusian border guards detained two Polish citizens on Sunday. Warsaw condemned "
            "the detention.",
            (_f(POLAND), _f(BELARUS), "111"),
        ),
        (
            "Latvia expelled a Russian diplomat on Tuesday. Moscow denounced the expulsion as "
            "hostile.",
            (_f(RUSSIA), _f(LATVIA), "111"),
        ),
        (
            "Chinese coast guard ships rammed a Philippine supply boat near the shoal on "
            "Saturday. The Philippines condemned the harassment.",
            (_f(PHILIPPINES), _f(CHINA), "111"),
        ),
        (
            "Iran seized a Norwegian oil tanker in the Strait of Hormuz on Friday. Norway "
            "condemned the seizure.",
            (_f(NORWAY), _f(IRAN), "111"),
        ),
        # a decision told as one
        (
            "Estonia's government decided on Thursday to close a border crossing with Russia. "
            "Moscow criticised the decision.",
            (_f(RUSSIA), _f(ESTONIA), "111"),
        ),
        # a protest lodged over the act
        (
            "Russia and China held joint naval drills near Hokkaido on Tuesday. Tokyo protested "
            "the exercises.",
            (_f(JAPAN), _f(RUSSIA, CHINA), "114"),
        ),
    ],
)
def test_the_act_reacted_to_names_its_agent(text: str, row: Row) -> None:
    assert row in _reactions(text)


def test_the_act_may_be_told_a_few_sentences_before() -> None:
    text = (
        "Moldova and Romania signed an agreement on a new bridge over the Prut on Monday. "
        "The bridge is to open in 2026. Construction will cost about 40 million euros. "
        "Ukraine welcomed the agreement."
    )
    assert (_f(UKRAINE), _f(MOLDOVA, ROMANIA), "051") in _reactions(text)


# ---- near misses: nothing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a bare situation: no agent told
        "Fighting broke out near the border on Monday. Poland condemned the violence.",
        # the reacting party's own act: no self-praise, no self-criticism
        "Serbia and Hungary signed an agreement on energy cooperation on Wednesday. Hungary "
        "welcomed the agreement.",
        "Serbia and Hungary signed an agreement on energy cooperation on Wednesday. Budapest "
        "praised the deal as historic.",
        "France will deploy a battalion to Romania next year. Paris hailed the deployment.",
        "France will deploy a battalion to Romania next year. French President Emmanuel Macron "
        "praised the deployment.",
        # a hedged, negated or future reaction
        "Serbia and Hungary signed an agreement on energy cooperation on Wednesday. Kosovo "
        "could criticise the agreement.",
        "Serbia and Hungary signed an agreement on energy cooperation on Wednesday. Kosovo did "
        "not criticise the agreement.",
        # the act told only hypothetically, or negated
        "France could deploy a battalion to Romania if tensions rise. Russia condemned the "
        "deployment.",
        "France has not deployed a battalion to Romania. Russia condemned the deployment.",
        "If Georgia's parliament adopts a law on foreign influence, Brussels will respond. "
        "The European Union criticised the law.",
        # the same noun for two acts by different parties: which one is unclear
        "Serbia and Hungary signed an agreement on energy on Wednesday. Armenia and Azerbaijan "
        "signed an agreement on border delimitation on Thursday. Kosovo criticised the "
        "agreement.",
    ],
)
def test_no_recipient_from_an_act_not_told(text: str) -> None:
    assert not {row for row in _reactions(text, ("ACCUSE", "REJECT")) if row[1]}
    assert not {row for row in _reactions(text, ("SUPPORT",)) if row[1] & {SERBIA, HUNGARY, FRANCE}}


def test_an_act_told_long_before_is_not_taken_up() -> None:
    filler = " ".join(
        f"Officials met for the {n} time to discuss roads, schools and hospitals in the region."
        for n in (
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
        )
    )
    text = (
        "Serbia and Hungary signed an agreement on energy cooperation on Wednesday. "
        f"{filler} Kosovo criticised the agreement."
    )
    assert not {row for row in _reactions(text, ("ACCUSE",)) if row[1]}


def test_a_party_named_in_the_object_is_not_replaced() -> None:
    # the object names whose act it is: the act told before is another
    text = (
        "France will deploy a battalion to Romania next year. Russia criticised the deployment "
        "by Germany of a brigade to Lithuania."
    )
    rows = _reactions(text, ("ACCUSE",))
    assert (_f(RUSSIA), _f(FRANCE), "111") not in rows


def test_the_move_is_an_act_of_the_sentence_before_only() -> None:
    # the sanctions are two sentences back, and the move is Iran's recall of its envoy
    text = (
        "The European Union imposed sanctions on Iran on Monday. On Tuesday, Iran recalled its "
        "ambassador from Brussels. Germany criticised the move."
    )
    assert (_f(GERMANY), _f(EU), "111") not in _reactions(text, ("ACCUSE",))


# ---- the word gate before the pattern of acts told ------------------------------------------

# masked phrases, one for each way an act is told, and the word of each the gate needs
TOLD = [
    ("§S0§ will deploy a brigade to §S1§", "deploy"),
    ("§S0§ deployed troops", "deployed"),
    ("§S0§ is deploying warships", "deploying"),
    ("§S0§ plans to station missiles in §S1§", "station"),
    ("§S0§ stationed jets near the border", "stationed"),
    ("§S0§'s parliament passed a law on agents", "law"),
    ("§D0§ lawmakers adopted a controversial bill", "bill"),
    ("§S0§ approved new legislation", "legislation"),
    ("§S0§ and §S1§ held joint naval exercises", "exercises"),
    ("§S0§ staged large-scale drills", "drills"),
    ("§S0§ began manoeuvres", "manoeuvres"),
    ("§S0§ conducted maneuvers", "maneuvers"),
    ("§S0§ launched war games near §S1§", "games"),
    ("§S0§ imposed sanctions on §S1§", "sanctions"),
    ("§S0§ slapped tariffs on §D1§ steel", "tariffs"),
    ("§S0§ imposed an embargo on §S1§", "embargo"),
    ("§S0§ announced export controls", "controls"),
    ("§S0§ introduced new trade restrictions", "restrictions"),
    ("§D0§ border guards detained two journalists", "detained"),
    ("§S0§ arrested a §D1§ citizen", "arrested"),
    ("§S0§ expelled a §D1§ diplomat", "expelled"),
    ("§S0§ vessels fired water cannon at a §D1§ boat", "fired"),
    ("§S0§ ships rammed a §D1§ boat", "rammed"),
    ("§S0§ jets intercepted a §D1§ aircraft", "intercepted"),
    ("§S0§ seized a tanker", "seized"),
    ("§S0§ vessels used water cannon against a §D1§ boat", "cannon"),
    ("§S0§ ships aimed lasers at the crew", "lasers"),
]


@pytest.mark.parametrize(("phrase", "word"), TOLD)
def test_an_act_told_has_a_word_of_the_gate(phrase: str, word: str) -> None:
    from dipld.extract import acts
    from dipld.extract.spans import words_of

    assert acts._TOLD.search(phrase) is not None
    assert word in acts._TOLD_WORDS
    assert word in words_of(phrase.lower())
    # without its gate words, the phrase tells no act
    blanked = " ".join("xyz" if w.lower() in acts._TOLD_WORDS else w for w in phrase.split())
    assert acts._TOLD.search(blanked) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "§S0§ was blocked by §S1§",
        "§S0§ vessels were rammed",
        "§S0§ was sanctioned",
        "§S0§ jets were intercepted",
    ],
)
def test_the_subject_of_a_passive_is_no_agent(phrase: str) -> None:
    from dipld.extract import acts

    assert acts._TOLD.search(phrase) is None
