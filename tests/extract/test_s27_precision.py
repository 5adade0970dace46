# ruff: noqa: E501  (a table of sentences)
"""Wrong facts read into reported speech, plans and the names of bodies (session 27, precision).

Six batteries written for this session before the extractor ran (167 sentences:
``/tmp/s27/precision-work/battery.txt`` ... ``battery6.txt``, kept out of the
repository with the facts ANNOTATION.md expects beside each; none from a gold set): wire stories,
readouts and ministry releases from East and West Africa, the Gulf, South and East Asia, Europe,
Latin America and the Pacific; acts negated ("did not invite", "denied having met", "has yet to
sign", "was not consulted", "would not attend", "has no plans to visit"), reported, hypothetical
and planned ("will later meet", "is due to meet", "is expected to host", "would tell ... during
talks next week"), refusals (REJECT, right), bodies named for rulers. At 07ce23c (main) they gave
31 wrong facts (8, 5, 7, 4, 0 and 7) and 1 after (a summit two states "plan to hold": left, see the
end); the misses (5: aid told through a ruler's foundation, a fund's grant) are left. Fixed (paraphrases below, positives and negatives):

1. A title and name that open the name of a body, a place or a prize ("the King Salman
   Humanitarian Aid and Relief Centre", "the King Fahd Causeway", "the Emir Sheikh Tamim bin Hamad
   Stadium") gave a Tenure of 'Salman Humanitarian Aid' as King of the sentence's state:
   ``people._NAMED_FOR`` now leaves such a title unbound (no mention, no Tenure).
2. A passive inside a clause told or denied ("Kagame said he did not tell Tshisekedi ... that the
   rebels were backed by Kigali", "Kagame denied that Rwanda was supported by Uganda", "denied
   reports that Egypt was supplied with weapons by Russia") was read in the active voice with the
   whole report as its subject: a SUPPORT 051 of Rwanda to Kagame, an AID of Russia. A subject
   with "that", "not" or "never" in it (``patterns._CLAUSE_IN_SUBJECT``) is no passive's subject.
3. A plan with its order told ("will later meet", "will then meet", "will subsequently travel",
   "will next visit", "will afterwards attend", "will later host") and words planned ("would tell
   Kiir during talks next week", "would discuss trade with", "will raise the issue with", "will
   ask Xi to", "will urge"), praise or blame to come ("will then congratulate Meloni", "will
   praise China's peace efforts at the summit"), a delegation to be sent ("would later send a
   delegation to Damascus") gave an AGREE 030/036: the "will" of ``statements._AGREE_VERBS`` no
   longer reads them (ANNOTATION.md §7). Promises keep it ("will then provide", "will press ahead with
   supplying", "would send a special envoy ... to hold talks").
4. A leader the KB lacks, titled without a state, took the one state of the sentence though it
   was what he acted on ("Prime Minister Keir Starmer is expected to sign a defence pact with
   France", "President John Mahama thanked China", "Foreign Minister X met his Chinese
   counterpart", "President X condemned the coup in Niger"): ``people._fitting_state`` never
   chooses a state named after such a name (unless "of", "for", "on behalf of" it, or in what
   he says: "said that the port would turn Peru into a hub"; not a state after another person,
   nor one of a pair: "the India-U.S. dialogue", "the U.S.-Kenya partnership"), nor does it
   rule it out to choose another (ruling it out chose wrong states of the article elsewhere). The strict xfail "Trade Minister Nguyen Hong Dien received the
   Kenyan delegation in Hanoi" (``test_s22_tenure.py``) now passes: a normal test. The acts on
   that state are read again, as it is no longer the actor's own ("President John Mahama
   thanked China": SUPPORT 051 to China; "President X condemned the coup in Niger": ACCUSE).

Hit rates at 07ce23c (before): negatives 9/35 left alone, positives 15/15; after: 35/35 and
15/15 (of them the leaders the KB lacks: 1/8 before, 8/8 after). Rule dump: 2 AGREEs
of planned talks dropped ("We will discuss it.", "said he would discuss the grain deal with
Putin during his visit"), nothing else.

Left: "Japan and South Korea plan to hold a summit in Tokyo next month" gives a joint AGREE 036
("plans to" is an AGREE verb on purpose, and "agreed to meet" is AGREE 036: whether a plan to
meet is one is the guideline's call, not this change's); "The Sheikh Zayed Foundation sent food
to Gaza" names its unlinked actor 'Zayed Foundation' (the style left out of the label);
"Together with Kenya, President Jon Doe urged calm" gives the unknown president Kenya (a
partner named before the title)."""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, facts_of, keys, typed_events

# -- 1. a title and name that open a body's (a place's, a prize's) name hold no office --------

BODIES_NAMED_FOR = [
    "The King had directed the King Salman Humanitarian Aid and Relief Centre to provide 100 million dollars to Sudan.",
    "The Sheikh Zayed Grand Mosque was the venue of the reception, the Emirati ministry said.",
    "The President Heydar Aliyev Foundation sent aid to Türkiye after the earthquake.",
    "The King Abdulaziz International Airport received the first flight from Damascus.",
    "The Crown Prince Mohammed bin Salman Foundation signed a deal with Egypt.",
    "Delegates met at the Queen Elizabeth II Conference Centre in London.",
    "The Emir Sheikh Tamim bin Hamad Stadium hosted the match between Qatar and Iran.",
]

TITLED_PEOPLE = [
    ("King Salman received President Erdogan in Riyadh.", "Q39259"),
    ("King Abdullah II met President Biden at the White House.", "Q57464"),
    (
        "President Ilham Aliyev received the Turkish foreign minister at the Heydar Aliyev Centre in Baku.",
        "Q57371",
    ),
    ("President Ilham Aliyev spoke at the President Heydar Aliyev Foundation.", "Q57371"),
]


@pytest.mark.parametrize("text", BODIES_NAMED_FOR)
def test_a_body_named_for_a_ruler_gives_no_tenure(text: str) -> None:
    found = facts_of(facts(text), "Tenure")
    assert not found, found


@pytest.mark.parametrize(("text", "holder"), TITLED_PEOPLE)
def test_a_titled_person_still_holds_the_office(text: str, holder: str) -> None:
    found = facts_of(facts(text), "Tenure")
    assert any(holder in keys(f.get("holder")) for f in found), found


# -- 2. a passive inside a clause told (or denied) is no subject's act --------------------------

TOLD_PASSIVES = [
    "Kagame said he did not tell Tshisekedi during talks in June that the rebels were backed by Kigali.",
    "Kagame said he told Tshisekedi during talks in June that the rebels were backed by Kigali.",
    "Kagame did not tell Tshisekedi that Uganda was backed by Kigali.",
    "Ruto said he never told Museveni that the militia was armed by Khartoum.",
]

PASSIVES = [
    ("Ukraine was praised by the United States for its reforms.", "SUPPORT", {"Q30"}, {"Q212"}),
    ("Officials said Belarus had been condemned by Poland.", "ACCUSE", {"Q36"}, {"Q184"}),
    (
        "The minister said that Kenya was thanked by Uganda for its help.",
        "SUPPORT",
        {"Q1036"},
        {"Q114"},
    ),
]


@pytest.mark.parametrize("text", TOLD_PASSIVES)
def test_a_passive_in_a_clause_told_is_no_act_of_the_speaker(text: str) -> None:
    found = typed_events(text)
    assert not [e for e in found if e[0] in {"SUPPORT", "ACCUSE", "AID"}], found


@pytest.mark.parametrize(("text", "kind", "actors", "recipients"), PASSIVES)
def test_a_plain_passive_is_still_read(
    text: str, kind: str, actors: set[str], recipients: set[str]
) -> None:
    found = typed_events(text)
    assert any(e[0] == kind and e[1] == actors and e[2] == recipients for e in found), found


# -- 3. a plan with its order told, and words planned, are no promise ---------------------------

PLANS = [
    "Macron will later meet Olaf Scholz in Berlin.",
    "Prime Minister Narendra Modi will then meet President Joe Biden at the White House.",
    "Secretary of State Antony Blinken will subsequently travel to Egypt.",
    "President Ruto will also visit Ethiopia next week.",
    "Lavrov will next travel to Ankara for talks with Hakan Fidan.",
    "Ruto said he would tell Kiir during talks next week that Kenya supports the peace process.",
    "Scholz told reporters he would tell Putin in their call next week to withdraw troops.",
    "Blinken said he would raise the issue with Wang Yi when they meet next month.",
    "Macron said he will ask Xi to press Russia to end the war.",
    "Albanese will urge Prabowo to release the Australian fishermen.",
    "Modi said he would discuss trade with Sheikh Mohamed bin Zayed when he visits Abu Dhabi.",
    "Erdogan said Turkey would later send a delegation to Damascus.",
    "China will send a high-level delegation to Pyongyang.",
    "Putin said he would congratulate Tokayev on his victory when they meet.",
    "Macron will then congratulate Meloni on the summit.",
    "Brazil will praise China's peace efforts at the summit, officials said.",
]

PROMISES = [
    ("China will then provide 50 million dollars to Kenya.", {"Q148"}, {"Q114"}),
    ("Japan will also provide aid to Sri Lanka.", {"Q17"}, {"Q854"}),
    ("Russia will press ahead with supplying gas to Serbia.", {"Q159"}, {"Q403"}),
    ("Japan will send aid to Turkey.", {"Q17"}, {"Q43"}),
    ("The United States will support Ukraine for as long as it takes.", {"Q30"}, {"Q212"}),
    (
        "Xi told Zelensky that China would send a special envoy to Ukraine to hold talks on a political settlement.",
        {"Q148"},
        {"Q212"},
    ),
    ("Putin told Modi that Russia would continue to supply oil to India.", {"Q159"}, {"Q668"}),
]


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_is_no_promise(text: str) -> None:
    found = typed_events(text)
    assert not [e for e in found if e[0] == "AGREE"], found


@pytest.mark.parametrize(("text", "actors", "recipients"), PROMISES)
def test_a_promise_with_its_order_is_still_read(
    text: str, actors: set[str], recipients: set[str]
) -> None:
    found = typed_events(text)
    assert any(e[0] == "AGREE" and e[1] == actors and e[2] == recipients for e in found), found


# -- 4. the partner of an unknown leader's act is not his state ---------------------------------

PARTNERS = [
    "Prime Minister Keir Starmer is expected to sign a defence pact with France next week.",
    "Prime Minister John Smithers signed a defence pact with France.",
    "President Jon Doe discussed trade with Kenya.",
    "President John Mahama thanked China for its support.",
    "Foreign Minister Tim Berg met his Chinese counterpart.",
    "President Omar Diallo condemned the coup in Niger.",
    "Foreign Minister Hana Sato congratulated India on its election.",
    "Prime Minister Jon Karlsen said Norway would send aid to Sudan.",
]


@pytest.mark.parametrize("text", PARTNERS)
def test_a_state_named_after_an_unknown_leader_is_not_his(text: str) -> None:
    found = facts_of(facts(text), "Tenure")
    assert not found, found


def test_an_unknown_leaders_state_is_still_the_one_named_for_him() -> None:
    found = facts_of(facts("Foreign Minister Jon Doe of Kenya met with France's envoy."), "Tenure")
    assert any(keys(f.get("jurisdiction")) == {"Q114"} for f in found), found
