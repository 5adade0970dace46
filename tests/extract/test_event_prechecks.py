"""The cheap pre-checks of the event rules skip a regex pass when the sentence lacks every word
a match needs; these tests keep the word lists in step with the patterns they guard."""

from __future__ import annotations

import re

import pytest

from dipld.extract import events, meetings, triggers
from dipld.extract.spans import _WORD

# closures, alerts and refusals (session 11); tests/extract/test_s11_ev2.py blanks their words
CLOSURES_ALERTS_REFUSALS = [
    "§S0§ closed the Lachin corridor",
    "§S0§ closed its border with §S1§",
    "§S0§ shut down the main border crossings with §S1§",
    "§S0§ sealed off the checkpoints",
    "§S0§ closed its airspace to §D1§ aircraft",
    "§S0§ closed the Bosphorus Strait",
    "§S0§ put its army on the highest state of alert",
    "§S0§ raised the combat readiness of its troops",
    "§S0§ increased the level of combat readiness",
    "§S0§ raised its alert level",
    "§S0§ refused to allow §S1§ to use its territory",
    "§S0§ declined to let §S1§ use its airspace",
    "§S0§ refuses to permit §O1§ to enter",
    "§S0§ refused to authorise §S1§ to land",
    "§S0§ refused to authorize §S1§ to land",
]

# masked phrases each trigger with a ``needs`` list reads, one for each way it can match
NEEDING = [
    "§S0§ recognized §S1§",
    "§S0§ was the first country to formally recognise §S1§’s independence",
    "§S0§ and §S1§ held joint naval exercises",
    "§S0§ provided §M1§ to §S2§",
    "§S0§ sent humanitarian aid to §S1§",
    "§S0§ delivered air defence systems to §S1§",
    "§S0§ sent rescue teams to §S1§",
    "§S0§ has committed §M1§ to §S2§",
    "§S0§ extended a loan to §S1§",
    "§S0§ received §M1§ in aid from §S2§",
    "§S0§ secured new loans from the §O1§",
    "§P0§ announced an additional §M1§ in humanitarian assistance",
    "§P0§ expressed deep concern about the violence",
    "§P0§ was deeply concerned by §S1§’s detention of journalists",
    "§P0§ raised human rights, and concerns over §S1§’s actions",
    "§S0§ expressed strong dissatisfaction with the §D1§ decision",
    "§S0§ lodged a formal protest with §S1§",
    "§S0§ made strong démarches with §S1§",
    "§S0§ made representations with §S1§",
    "§S0§ issued an ultimatum",
    "§S0§ and §S1§ shared intelligence",
    "§S0§ blockaded §S1§",
    "§S0§ imposed a blockade on §S1§",
    "§S0§ imposed new sanctions on §S1§",
    "§S0§ imposed export controls on §S1§",
    "§S0§ imposed travel bans on §S1§ officials",
    "§S0§ imposed asset freezes on §S1§ officials",
    "§S0§ imposed a price cap on §D1§ oil",
    "§S0§ launched a special military operation in §S1§",
    "the §S0§ is designating 14 individuals in §S1§",
    "the §S0§ designated three §S1§ for human rights abuses",
    "§S0§ sanctioned §S1§",
    "§S0§ banned imports of wine from §S1§",
    "§S0§ froze the assets of §S1§",
    "§O0§ adopted a package of restrictive measures against §S1§",
    "the sanctions imposed by the §S0§",
    "§C0§ was hit by §D1§ missiles",
    "§S0§ began large-scale drills around §S1§",
    "§S0§ held war games near §S1§",
    "§S0§ invaded §S1§",
    "§S0§ launched an offensive against §S1§",
    "§S0§ bombed §S1§",
    "§S0§ conducted air strikes on §S1§",
    "§S0§ conducted airstrikes on §S1§",
    "§S0§ launched dronestrikes",
    "§S0§ carried out missile strikes",
    "§S0§ fired missiles at §S1§",
    "§S0§ launched more than 300 drones and missiles at §S1§",
    *CLOSURES_ALERTS_REFUSALS,
    # countermeasures (session 12)
    "§S0§ vowed to take countermeasures against §S1§",
    "§S0§ will adopt reciprocal measures against §S1§",
    "§S0§ pledged to take retaliatory steps against §S1§",
    "§S0§ would respond with counter-measures against §S1§",
    # refusals, designations, solidarity, help sent, judgements (session 14)
    "§S0§ rejected the unilateral sanctions imposed on §S1§ by the §S2§",
    "§S0§ firmly opposes any restrictive measures imposed by §O1§",
    "§S0§ has always opposed the blockade imposed by the §S1§",
    "§S0§ is today designating §O1§ for engaging in attacks",
    "§S0§ designated §P1§ pursuant to Executive Order 14024",
    "§S0§ expressed its solidarity with §S1§",
    "§S0§ reaffirmed their full solidarity with §S1§",
    "§S0§ sent experts to §S1§ to help with the rescue",
    "§S0§ dispatched a team of specialists to help the authorities of §S1§",
    "§S0§ called §S1§'s decision an ill-considered and shortsighted action",
    "§S0§ described the move by §S1§ as politically motivated",
    "§S0§ termed §S1§'s statements baseless",
]


@pytest.mark.parametrize("phrase", NEEDING)
def test_every_phrase_a_trigger_reads_passes_its_precheck(phrase: str) -> None:
    words = frozenset(_WORD.findall(phrase.lower()))
    matching = [t for t in triggers.TRIGGERS if t.needs is not None and t.pattern.search(phrase)]
    assert matching, f"no trigger with a list of needed words reads {phrase!r}"
    runs = events._triggers_for(words, phrase)
    for trigger in matching:
        assert trigger in runs, (
            f"{phrase!r} matches {trigger.pattern.pattern[:60]!r}, but the pre-check skips it: "
            "add a needed word"
        )


def test_the_triggers_run_in_the_table_order() -> None:
    words = frozenset().union(
        *(t.words or () for t in triggers.TRIGGERS), *(t.needs or () for t in triggers.TRIGGERS)
    )
    assert events._triggers_for(words, "§M0§") == list(triggers.TRIGGERS)
    assert events._triggers_for(frozenset({"was"}), "§S0§ was hit") == [
        t for t in triggers.TRIGGERS if t.words and "was" in t.words and t.needs is None
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "The talks were cancelled.",
        "The talks were CANCELED.",
        "The summit was postponed.",
        "The visit was called off.",
        "The talks were scrapped.",
        "The meeting was put off.",
        "The talks broke down.",
        "The talks collapsed.",
        "The meeting did not take place.",
        "There were no direct talks in January.",
    ],
)
def test_every_phrase_called_off_reads_passes_its_precheck(phrase: str) -> None:
    assert meetings._CALLED_OFF.search(phrase), f"the pattern no longer reads {phrase!r}"
    words = frozenset(_WORD.findall(phrase.lower()))
    assert meetings._called_off(words, phrase), f"the pre-check skips {phrase!r}: add a word"


@pytest.mark.parametrize(
    ("regex", "phrase"),
    [
        (meetings._DISCUSSED, "§P0§ and §P1§ discussed"),
        (meetings._DISCUSSED, "They also reviewed"),
        (meetings._DISCUSSED, "The two sides exchanged views"),
        (meetings._DISCUSSED, "The leaders talked about"),
        (meetings._AND_MET, "§P0§ called on §P1§ and held talks with §P2§"),
        (meetings._AND_MET, "§P0§ met with §P1§ and met §P2§"),
        (meetings._AND_MET, "§P0§ received §P1§ and also met §P2§"),
        (meetings._AND_MET, "§P0§ was received by §P1§ and held a meeting with §P2§"),
    ],
)
def test_every_phrase_a_meeting_pattern_reads_passes_its_precheck(
    regex: re.Pattern[str], phrase: str
) -> None:
    assert regex.search(phrase), f"the pattern no longer reads {phrase!r}"
    if regex is meetings._DISCUSSED:
        assert meetings._may_discuss(phrase), f"the pre-check skips {phrase!r}: add a verb"
    else:
        words = frozenset(_WORD.findall(phrase.lower()))
        assert not meetings._K_AND_MET.isdisjoint(words), f"the pre-check skips {phrase!r}"
