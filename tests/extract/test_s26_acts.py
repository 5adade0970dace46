"""Acts told indirectly, probed with batteries of fresh sentences (session 26, acts).

Batteries of 144 sentences written for this session before the extractor ran (62, then 33, 30
and 19 after each round of fixes; ``/tmp/s26/acts-work/battery*.txt``, kept out of the
repository; none from a gold set): threats with a condition, passive acts with an agent,
assurances and commitments, requests for things, aid announced as a noun, sanctions told
indirectly ("similar measures", a state's body as the one sanctioned); wire stories, readouts
and ministry releases from Africa, Latin America, Asia, the Middle East, Europe and the Pacific,
with negations and hypotheticals. At 66b4313 (main) they gave 8 wrong facts of this family and
missed 42; after: 3 wrong facts, 20 misses (probes written while fixing found 2 more wrong
facts, both fixed: 5 and 6 below). Fixed (each with paraphrases below, positives and
negatives):

Wrong facts:

1. A state's body the KB lacks, named after its state's possessive, was the sanction's recipient
   as an unlinked organisation: "imposed sanctions on Nicaragua's Supreme Court and nine
   officials" gave 'Nicaragua's Supreme Court' (also "Russia's Federal Security Service",
   "Venezuela's National Electoral Council", "Iran's Ministry of Intelligence"). The state
   stands for its body, as its officials do (``events._body_owner``; the demonym forms
   ``facts.state_body`` knew already). Three session-14 rows that kept the ministry as its own
   recipient (test_s14_ev7.py, test_s14_prec5.py) now expect the state.
2. A threat of sanctions told by its verb and a condition was coded 130: "ECOWAS threatened
   sanctions if Niger did not free Bazoum" is 1312 (the kind of what is threatened, as the
   conditional warnings had it already).
3. A threat's party looked for past its condition: "Algeria threatened economic measures if
   Spain kept its position on Western Sahara" was THREATEN at Western Sahara; now at Spain.
4. A promise's recipient an unlinked state: "Ruto assured President Tshisekedi that Kenya would
   support efforts to restore peace in eastern Congo" gave 'Congo' (which of the two the KB
   cannot tell); the one assured now (the DR Congo).
5. (found while probing) the subject of a passive whose two participles share the agent was
   read as the second one's actor: "Ukrainian soldiers were arrested on July 10 and accused by
   Russia of being mercenaries" gave ACCUSE Ukraine -> Russia. Both participles are now the
   agent's (``patterns.active_voice``, a joined reading: ACCUSE and COERCE by Russia), and the
   patient no longer acts.
6. A response in kind vowed was a promise: "Moscow called the measures illegal and vowed
   similar measures" gave AGREE 030 by Russia, "Russia promised mirror measures against Estonia"
   AGREE to Estonia; now THREATEN at the party accused or named (not "pledged to take similar
   steps to help Ukraine").
7. (guarded while fixing 14) a request to "the Dominican authorities": a demonym the KB does not
   resolve (Dominica, the Dominican Republic) gives no request with an unlinked state.

Misses of general structures:

8. A threat whose object is a noun and whose condition names the party ("China threatened
   countermeasures if the Philippines continued ...", "The G7 leaders threatened further
   sanctions if Moscow did not ...", "North Korea threatened nuclear strikes if the United
   States and South Korea held the drills", "warned of sanctions if Georgia adopted the law"):
   THREATEN at the party of the condition; a subject's "leaders", "ministers", "officials" or
   its possessive ministry or government stand for it; "warned that his government would ...
   if Haiti ..." is the speaker's own side.
9. A meeting followed by an assurance ("Duda met Zelensky and assured him that Poland would
   help Ukraine"): the meeting was dropped (the assurance's "would" hedged the sentence, which
   "told him that" did not), and the promise was not read after "and assured him that".
10. "assured Papua New Guinea that it would remain its partner": the assuring state's own
   promise (not "told ... that it would have to": whose "it" that is, is unknown).
11. Aid sought from a named party in more kinds: "is seeking debt relief from China", "sought
   patrol vessels from Japan", "is seeking a $3 billion loan from Saudi Arabia" (REQUEST).
12. Aid announced by its noun: "announced the gift of two helicopters to the Maldives National
   Defence Force", "announced a donation of 500,000 vaccine doses to Vietnam" (AID).
13. Sanctions told again by others right after a sanction: "Canada and Britain announced similar
   measures", "The United States and Japan took similar steps", "Britain followed suit"
   (SANCTION 163 on the recipients of the sanction of the sentence before; none for "could take
   similar measures", "has not announced", or a sentence later).
14. "asked the Chinese embassy on Monday to ...", "asked the Chinese authorities to ...": the
   state asked, a day between.
15. "Japan's prime minister said his country was ready to play its part in the reconstruction of
   Ukraine": the mentions read the titled leader as the state, and "his country" was read only
   after a person (``statements._titled_state_speaker``).
16. "Kenya requested the extradition of the suspect from Uganda", "the repatriation of its
   citizens from Syria": REQUEST of the state they are asked from.

Hit rate at 66b4313 (before): positives 3/50, negatives 25/26; after: 50/50, 26/26.

Left (one sentence each): "Beijing threatened to retaliate if Canada imposed tariffs" coded 138
(force) for a retaliation of no kind; "The decision was welcomed by Brazil and South Africa"
(SUPPORT with no one welcomed, as the active form gives); "The United States imposed sanctions
on Sudan's Rapid Support Forces" (Sudan as the recipient, older than this change); "Turkey warned
that it would launch a new military operation in Syria if the Kurdish militias did not withdraw"
(militias the KB lacks); "The Ivorian soldiers were arrested ... and accused by Mali's military
authorities" ("Ivorian" unknown); "Two French nationals were detained by Iranian security
forces" and "were detained and beaten by Chinese forces" (a demonym's forces as a passive's
agent); "Lula
urged both governments to ..." ("Lula" alone is no name the mentions take; "Brazil urged both
governments" works); "The EU sanctioned the Central Bank of Iran" (no recipient; "imposed
sanctions on the Central Bank of Iran" has Iran); "Xi assured Lula that China would buy more
Brazilian beef"; "The European Commission said it would not hesitate to impose tariffs if China
retaliated".
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

Row = tuple[str, frozenset[str], frozenset[str], str]


def _said(text: str) -> set[Row]:
    return {(t, frozenset(a), frozenset(r), c) for t, a, r, c in typed_events(text)}


def _said_untyped(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {(t, a, r) for t, a, r, _ in _said(text)}


def _meetings(text: str) -> list[str]:
    from tests.extract.test_patterns import facts

    return [f.cls.value for f in facts(text) if f.cls.value == "Meeting"]


# (1) a state's body named after its possessive stands for the state
BODIES = [
    ("The United States imposed sanctions on Nicaragua's Supreme Court.", "Q30", "Q811"),
    (
        "The United States imposed sanctions on Nicaragua's Public Ministry and nine officials.",
        "Q30",
        "Q811",
    ),
    ("The EU imposed sanctions on Russia's Federal Security Service.", "Q458", "Q159"),
    (
        "The US Treasury imposed sanctions on Venezuela's National Electoral Council and three "
        "officials.",
        "Q30",
        "Q717",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target"), BODIES)
def test_a_states_body_sanctioned_is_the_state(text: str, actor: str, target: str) -> None:
    assert ("SANCTION", frozenset({actor}), frozenset({target})) in _said_untyped(text), _said(text)


def test_a_body_of_no_state_stays_itself() -> None:
    said = _said_untyped("The EU imposed sanctions on the Wagner Group.")
    assert ("SANCTION", frozenset({"Q458"}), frozenset({"Wagner Group"})) in said, said


# (2, 3, 8) threats with a condition
THREATS = [
    ("ECOWAS threatened sanctions if Niger did not free Bazoum.", "Q193272", "Q1032", "1312"),
    (
        "ECOWAS leaders threatened sanctions if Niger's junta did not restore President Bazoum.",
        "Q193272",
        "Q1032",
        "1312",
    ),
    (
        "China threatened countermeasures if the Philippines continued to send ships to the shoal.",
        "Q148",
        "Q928",
        "130",
    ),
    (
        "The G7 leaders threatened further sanctions if Moscow did not withdraw its troops.",
        "Q1764511",
        "Q159",
        "1312",
    ),
    (
        "The EU threatened new sanctions if Belarus refused to release the prisoners.",
        "Q458",
        "Q184",
        "1312",
    ),
    (
        "Iran's foreign ministry threatened retaliation if the IAEA board passed the resolution.",
        "Q794",
        "Q41984",
        "130",
    ),
]


def test_a_warning_of_sanctions_with_a_condition() -> None:
    said = _said("The United States warned of sanctions if Georgia adopted the law.")
    assert said == {("THREATEN", frozenset({"Q30"}), frozenset({"Q230"}), "1312")}, said


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warned of sanctions if Georgia adopted the law.",
        "Germany warned of US sanctions if the pipeline was completed.",
    ],
)
def test_a_warning_of_others_sanctions_is_no_threat(text: str) -> None:
    assert not [r for r in _said(text) if r[0] == "THREATEN"], _said(text)


def test_a_threat_at_the_pair_of_the_condition() -> None:
    said = _said(
        "North Korea threatened nuclear strikes if the United States and South Korea held the "
        "drills."
    )
    assert ("THREATEN", frozenset({"Q423"}), frozenset({"Q30", "Q884"}), "138") in said, said


@pytest.mark.parametrize(("text", "actor", "target", "code"), THREATS)
def test_a_threat_with_a_condition(text: str, actor: str, target: str, code: str) -> None:
    assert ("THREATEN", frozenset({actor}), frozenset({target}), code) in _said(text), _said(text)


NO_THREAT = [
    "Nigeria did not threaten sanctions against Niger.",
    "If Turkey threatened sanctions, Greece would respond.",
    "The United States threatened sanctions if the talks failed.",
]


@pytest.mark.parametrize("text", NO_THREAT)
def test_no_threat_at_a_party(text: str) -> None:
    assert not [r for r in _said(text) if r[0] == "THREATEN" and r[2]], _said(text)


def test_a_threat_told_by_its_verb_keeps_its_kind() -> None:
    said = _said("Russia threatened to cut gas supplies to Moldova if Chisinau did not pay.")
    assert ("THREATEN", frozenset({"Q159"}), frozenset({"Q217"}), "131") in said, said


# (9, 10) assurances
ASSURANCES = [
    (
        "Duda met Zelensky and assured him that Poland would help Ukraine.",
        ("AGREE", frozenset({"Q36"}), frozenset({"Q212"})),
    ),
    (
        "Duda met Zelensky on Monday and assured him that Poland would continue to supply "
        "Ukraine with weapons.",
        ("AGREE", frozenset({"Q36"}), frozenset({"Q212"})),
    ),
    (
        "Putin met Lukashenko and told him that Russia would supply Belarus with gas.",
        ("AGREE", frozenset({"Q159"}), frozenset({"Q184"})),
    ),
    (
        "Australia assured Papua New Guinea that it would remain its security partner of choice.",
        ("AGREE", frozenset({"Q408"}), frozenset({"Q691"})),
    ),
    (
        "Japan assured the Philippines that it would supply coast guard vessels.",
        ("AGREE", frozenset({"Q17"}), frozenset({"Q928"})),
    ),
]


@pytest.mark.parametrize(("text", "want"), ASSURANCES)
def test_an_assurance(text: str, want: tuple[str, frozenset[str], frozenset[str]]) -> None:
    assert want in _said_untyped(text), _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Duda met Zelensky and assured him that Poland would help.",
        "Duda held talks with Zelensky and promised that Poland would help Ukraine.",
    ],
)
def test_the_meeting_before_an_assurance_stays(text: str) -> None:
    assert _meetings(text) == ["Meeting"], _said(text)


NO_ASSURANCE = [
    "Australia told Papua New Guinea that it would have to choose.",
    "China assured the United States that it would not tolerate interference.",
    "Australia assured Papua New Guinea that it would be safe.",
    "Duda met Zelensky and told him that Russia would attack Ukraine again.",
]


@pytest.mark.parametrize("text", NO_ASSURANCE)
def test_no_promise_of_the_other_side(text: str) -> None:
    assert not [r for r in _said(text) if r[0] == "AGREE"], _said(text)


def test_a_meeting_only_planned_stays_none() -> None:
    assert _meetings("Duda would meet Zelensky and assure him that Poland would help.") == []


# (7, 11, 14) requests for things
REQUESTS = [
    ("Sri Lanka is also seeking debt relief from China.", "Q854", "Q148"),
    ("Zambia sought debt restructuring from China.", "Q953", "Q148"),
    ("The Philippines sought patrol vessels from Japan.", "Q928", "Q17"),
    ("Haiti asked the Chinese authorities to reopen the border.", "Q790", "Q148"),
    ("Haiti asked the Dominican Republic to reopen the border.", "Q790", "Q786"),
]


@pytest.mark.parametrize(("text", "actor", "target"), REQUESTS)
def test_a_request_for_things(text: str, actor: str, target: str) -> None:
    assert ("REQUEST", frozenset({actor}), frozenset({target})) in _said_untyped(text), _said(text)


def test_no_request_of_an_unlinked_demonym() -> None:
    said = _said("Haiti asked the Dominican authorities to reopen the border.")
    assert not [r for r in said if r[0] == "REQUEST"], said


# (12) aid announced by its noun
AID = [
    (
        "Modi also announced the gift of two helicopters to the Maldives National Defence Force.",
        "Q668",
        "Q826",
    ),
    ("China announced a gift of 30 buses to Timor-Leste.", "Q148", "Q574"),
    (
        "The United States announced a donation of 500,000 vaccine doses to Vietnam.",
        "Q30",
        "Q881",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target"), AID)
def test_aid_announced_by_its_noun(text: str, actor: str, target: str) -> None:
    assert ("AID", frozenset({actor}), frozenset({target})) in _said_untyped(text), _said(text)


# (13) similar measures
SIMILAR = [
    (
        "The United States imposed sanctions on Russia's central bank on Monday. Canada and "
        "Britain announced similar measures.",
        {"Q16", "Q145"},
        "Q159",
    ),
    (
        "The EU imposed sanctions on Iran over drone deliveries. Britain took similar steps on "
        "Tuesday.",
        {"Q145"},
        "Q794",
    ),
    ("The EU imposed sanctions on Iran. Britain followed suit on Tuesday.", {"Q145"}, "Q794"),
]


@pytest.mark.parametrize(("text", "actors", "target"), SIMILAR)
def test_similar_measures(text: str, actors: set[str], target: str) -> None:
    said = _said_untyped(text)
    for actor in actors:
        assert ("SANCTION", frozenset({actor}), frozenset({target})) in said, said


NOT_SIMILAR = [
    "The EU imposed sanctions on Iran. Analysts said Japan could take similar measures.",
    "The EU imposed sanctions on Iran. Japan has not announced similar measures.",
    "The EU imposed sanctions on Iran. The talks ended. Britain took similar steps.",
]


@pytest.mark.parametrize("text", NOT_SIMILAR)
def test_no_similar_measures(text: str) -> None:
    said = _said_untyped(text)
    assert [r for r in said if r[0] == "SANCTION"] == [
        ("SANCTION", frozenset({"Q458"}), frozenset({"Q794"}))
    ], said


# (5) two participles of one passive share its agent
JOINED = [
    (
        "Ukrainian soldiers were arrested on July 10 and accused by Russia of being mercenaries.",
        {
            ("ACCUSE", frozenset({"Q159"}), frozenset({"Q212"})),
            ("COERCE", frozenset({"Q159"}), frozenset({"Q212"})),
        },
    ),
    (
        "Three Ukrainian soldiers were detained and accused by Russia of spying.",
        {
            ("ACCUSE", frozenset({"Q159"}), frozenset({"Q212"})),
            ("COERCE", frozenset({"Q159"}), frozenset({"Q212"})),
        },
    ),
    (
        "Georgia was criticised and sanctioned by the EU on Monday.",
        {
            ("ACCUSE", frozenset({"Q458"}), frozenset({"Q230"})),
            ("SANCTION", frozenset({"Q458"}), frozenset({"Q230"})),
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), JOINED)
def test_two_participles_share_the_agent(
    text: str, want: set[tuple[str, frozenset[str], frozenset[str]]]
) -> None:
    assert _said_untyped(text) == want, _said(text)


def test_the_patient_of_a_joined_passive_accuses_no_one() -> None:
    # (was ACCUSE Ukraine -> Russia: the subject read as the actor of "accused by")
    said = _said_untyped("Ukrainian soldiers were arrested and accused by Russia of spying.")
    assert ("ACCUSE", frozenset({"Q212"}), frozenset({"Q159"})) not in said, said


def test_a_topic_joined_to_an_act_is_no_act() -> None:
    assert not _said("The proposal was discussed and rejected by the cabinet.")


# (8) a state's ministry threatening
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Russia's foreign ministry threatened a response if Estonia seized Russian assets.",
            "Q159",
            "Q191",
        ),
        (
            "China's government threatened countermeasures if Lithuania opened the office.",
            "Q148",
            "Q37",
        ),
    ],
)
def test_a_ministry_threatens_for_its_state(text: str, actor: str, target: str) -> None:
    said = _said_untyped(text)
    assert ("THREATEN", frozenset({actor}), frozenset({target})) in said, said


# (4) an unlinked state in a promise gives way to the one assured
def test_an_assurance_to_a_leader_with_an_unlinked_place() -> None:
    said = _said_untyped(
        "Ruto assured President Tshisekedi that Kenya would support efforts to restore peace "
        "in eastern Congo."
    )
    assert said == {("AGREE", frozenset({"Q114"}), frozenset({"Q974"}))}, said


def test_the_party_of_the_condition_not_a_place_in_it() -> None:
    # (was THREATEN Algeria -> Western Sahara: the verb's party looked for past the condition)
    said = _said_untyped(
        "Algeria threatened economic measures if Spain kept its position on Western Sahara."
    )
    assert said == {("THREATEN", frozenset({"Q262"}), frozenset({"Q29"}))}, said


def test_similar_steps_of_the_sides_named_with_the() -> None:
    said = _said_untyped(
        "The EU froze the assets of Russia's central bank. The United States and Japan took "
        "similar steps."
    )
    for actor in ("Q30", "Q17"):
        assert ("SANCTION", frozenset({actor}), frozenset({"Q159"})) in said, said


def test_similar_measures_with_no_sanction_before() -> None:
    assert not _said("Canada and Australia announced similar measures on Thursday.")


# (14) when, between the one asked and "to"
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Sri Lanka asked the Chinese embassy on Monday to postpone the visit.", "Q854", "Q148"),
        ("Kenya asked Uganda yesterday to extradite the suspect.", "Q114", "Q1036"),
    ],
)
def test_asked_on_a_day(text: str, actor: str, target: str) -> None:
    said = _said_untyped(text)
    assert ("REQUEST", frozenset({actor}), frozenset({target})) in said, said


# (8) the speaker's own side in a conditional warning
def test_his_government_would_act_if() -> None:
    said = _said_untyped(
        "Abinader warned that his government would take all necessary measures to stop the "
        "construction of the canal if Haiti did not halt the works."
    )
    assert ("THREATEN", frozenset({"Q16594097"}), frozenset({"Q790"})) in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan warned that his government would collapse if Greece attacked.",
        "Kishida warned that his country would suffer if China invaded Taiwan.",
    ],
)
def test_his_country_suffering_is_no_threat(text: str) -> None:
    assert not [r for r in _said(text) if r[0] == "THREATEN"], _said(text)


# (6) a response in kind is no promise
def test_similar_measures_vowed_after_an_accusation() -> None:
    said = _said_untyped(
        "The United States imposed sanctions on Russia. Moscow called the measures illegal and "
        "vowed similar measures."
    )
    assert ("THREATEN", frozenset({"Q159"}), frozenset({"Q30"})) in said, said
    assert not [r for r in said if r[0] == "AGREE"], said


def test_mirror_measures_against_a_party() -> None:
    # (was AGREE Russia -> Estonia)
    said = _said_untyped("Russia promised mirror measures against Estonia.")
    assert said == {("THREATEN", frozenset({"Q159"}), frozenset({"Q191"}))}, said


@pytest.mark.parametrize(
    "text",
    ["Moscow vowed similar measures.", "Russia did not promise mirror measures against Estonia."],
)
def test_no_promise_of_measures_in_kind(text: str) -> None:
    assert not _said(text), _said(text)


def test_similar_steps_to_help_stay_a_promise() -> None:
    said = _said_untyped("Japan pledged to take similar steps to help Ukraine.")
    assert ("AGREE", frozenset({"Q17"}), frozenset({"Q212"})) in said, said


def test_a_loan_sought_with_its_sum() -> None:
    said = _said_untyped("Pakistan is seeking a $3 billion loan from Saudi Arabia.")
    assert ("REQUEST", frozenset({"Q843"}), frozenset({"Q851"})) in said, said


# (15) a leader named by title after the state speaks of "his country"
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Japan's prime minister said his country was ready to play its part in the "
            "reconstruction of Ukraine.",
            "Q17",
            "Q212",
        ),
        ("The Japanese prime minister said his country was ready to help Ukraine.", "Q17", "Q212"),
        ("China's foreign minister said his country was ready to help Pakistan.", "Q148", "Q843"),
    ],
)
def test_his_country_of_a_titled_leader(text: str, actor: str, target: str) -> None:
    said = _said_untyped(text)
    assert ("AGREE", frozenset({actor}), frozenset({target})) in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Japan's prime minister said his country would not help Ukraine.",
        "Japan said its prime minister was ready to help Ukraine.",
    ],
)
def test_no_promise_of_a_titled_leader(text: str) -> None:
    assert not [r for r in _said(text) if r[0] == "AGREE"], _said(text)


# (16) a person's extradition asked of the state that holds them
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Kenya requested the extradition of the suspect from Uganda.", "Q114", "Q1036"),
        ("Iraq requested the repatriation of its citizens from Syria.", "Q796", "Q858"),
    ],
)
def test_an_extradition_requested_from(text: str, actor: str, target: str) -> None:
    said = _said_untyped(text)
    assert ("REQUEST", frozenset({actor}), frozenset({target})) in said, said


def test_a_return_celebrated_is_no_request() -> None:
    assert not _said("Kenya celebrated the return of its athletes from Paris.")
