# ruff: noqa: E501  (a table of sentences)
"""Ties between states cut, lowered, restored and told in passing, probed with fresh sentences
(session 27, ties).

A battery of 50 sentences written for this session before the extractor ran
(``/tmp/s27/ties-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects; none from a gold set): relations severed, broken off, lowered and restored, told as
decisions, lists and passives; envoys expelled, recalled, declared persona non grata;
boycotts lifted; treaties, partnerships and borders told in passing; trade shares; wire stories,
readouts and ministry releases from Africa, Latin America, Asia, the Middle East, Europe and the
Pacific, with negations, threats and hypotheticals; then 25 more after the first fixes
(``battery2.txt``). At ce9f3ec (main) the first 50 gave 2 wrong facts of this family and missed
24; after: 1 wrong fact (the AGREE code of "agreed to restore", left below) and 11 misses. The
second 25 gave no wrong fact and 5 misses (3 fixed: 12 and 13 below). Probes written while fixing found
seven more wrong facts (3, 9, 11 and 12 below).

Fixed (each with paraphrases below, positives and negatives):

1. A decision taken to cut or lower ties ("has decided to sever diplomatic relations with",
   "decided on Thursday to break off relations with", "decided to lower the level of its
   diplomatic relations with"; not "decided not to"), ties of several kinds ("cut diplomatic and
   trade ties with"), relations lowered ("lowered its relations with"), a chargé d'affaires
   recalled, and an envoy masked with his title expelled ("expelled German ambassador N",
   "ordered the expulsion of the French Ambassador, N": the title's state) are SANCTION 161
   (``events._TIES_CUT``, ``events._envoy_home``).
2. Wrong: "Lithuania lowered its diplomatic relations with Belarus" gave DiplomaticRelations
   (lowered relations are ended ones, as downgraded ones were since session 25).
3. Wrong (found in probes): "The opposition urged Paraguay to cut diplomatic ties with Venezuela"
   gave Paraguay's SANCTION 161: "cut" after "to" is an infinitive, no act done.
4. Relations restored, told with the day ("restored diplomatic relations on Thursday", "has today
   decided to restore diplomatic relations with"): DiplomaticRelations with that day as
   startDate (a decision taken, as "decided to resume" was; restorations dated by a year keep
   no start, as session 9 decided; "agreed to restore" stays relations to come, session 23).
5. "The boycott of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt was lifted in January
   2021", "... lifted their boycott of Qatar": CONCEDE 085 by the boycotting states
   (``events.boycott_lifted``, one line in ``facts.py``'s rule list).
6. "Mongolia shares borders only with Russia and China"; "Qatar and Bahrain, whose maritime
   boundary was settled by the ICJ in 2001, ...": SharedBorders.
7. Anniversaries counted in words ("marked the fifth anniversary of their Comprehensive
   Strategic Partnership", "the sixtieth anniversary of diplomatic relations") date the start
   as digits did; "the A-B Comprehensive Strategic Partnership, which will mark its fifth
   anniversary next year" is a partnership (the "will" is the anniversary's), started five
   years before next year.
8. "signed a Declaration on Comprehensive Strategic Partnership and more than ten
   intergovernmental documents": the partnership (a second thing signed after "and" no longer
   hides it).
9. Wrong (found in probes): "The EU hopes to broker an agreement between Azerbaijan and
   Armenia", "Russia wants an agreement between ... by the end of the year" gave a
   TreatyRelation: an agreement wanted, called or hoped for, or to be brokered, is none yet
   (``relations._GOAL_BEFORE``; "brokered an agreement between ..." still is one).
10. A trade figure's share written as a fraction ("Bilateral trade between Mongolia and China
   reached 14 billion dollars, accounting for more than two-thirds of Mongolia's foreign trade",
   "..., or almost a third of its total exports"): TradeShare, as a percentage was
   (``economy._FIGURE_SHARE``).
11. "Modi and Hasina witnessed the signing of seven memorandums of understanding" (or "of an
   exchange of notes"): the states' signing and TreatyRelation, as "memoranda" were
   (``statements._STATE_DOCUMENT``, ``statements.TREATY``). Wrong (found in probes):
   "... seven memorandums between Indian and Bangladeshi companies", "The agreements between
   Indian and Bangladeshi firms were signed" gave the two states' TreatyRelation (contracts of
   companies named by demonyms; ``relations._AGREEMENT_BETWEEN``).
12. An envoy expelled in the passive with no agent, told with his host ("France's ambassador to
   Niger was expelled", "The French ambassador in Niamey was expelled"), or declared persona
   non grata in the passive ("Ecuador's ambassador to Mexico was declared persona non grata"):
   SANCTION 161 by the host (not a summons with no agent: "was summoned home", "was summoned to
   Quito"); "recalled its ambassador to Paris": the recipient is France. "Peru declared Mexican
   ambassador Pablo Monroy persona non grata", "declared the Belarusian chargé d'affaires persona
   non grata", "declared Pablo Monroy, the Mexican ambassador, persona non grata" gave nothing
   (the trigger ended in a space, so a slot after it broke its closing word boundary; an
   apostrophe or a comma stopped the words before "persona"). Wrong (found in probes):
   "Russia declared journalist Evan Gershkovich persona non grata", "... two journalists ..."
   gave Russia's SANCTION 161 (no envoy).
13. "Israel recalled its ambassador to South Africa for consultations on Tuesday" was undated:
   the day after "consultations" was read as the day of talks a reaction is about; after "for
   consultations" it is the recall's.

Found and left (one example each): "Egypt recalled its ambassador from Tel Aviv" (Tel Aviv is
no capital the KB knows: no recipient); "The deal builds on a 2019 maritime boundary accord
between Ankara and Tripoli", "... under a security cooperation agreement signed with Tripoli in
2019" (Tripoli is not in the KB; "between Ankara and Cairo" is read as the two states already);
"Bahrain and Qatar agreed on Wednesday to restore diplomatic relations" (AGREE 032 from
statements.py, no DiplomaticRelations: session 23's convention, against the lead's note of an
AGREE 030 and relations starting that day); "Bilateral trade reached 14 billion dollars,
accounting for more than two-thirds of Mongolia's foreign trade" with the pair only in the
sentence before, "Iran's non-oil exports to its western neighbour" (the partner is the
article's); "The cabinet of Ecuador decided on Thursday to break off diplomatic relations with
Mexico" (no actor: "The cabinet of" a state is no mention of it); "Indonesia and Vietnam
concluded negotiations on the delimitation of their exclusive economic zone boundary" (no
TreatyRelation); "Presidents Tokayev and Mirziyoyev signed ... more than ten intergovernmental
documents" (the signing, no TreatyRelation).

Hit rate at ce9f3ec (before): positives 2/41, negatives 31/39; after: 41/41 and 39/39. The rule
dump (1,263 articles) is byte-identical: none of these forms is in the corpus, the probes or
the synthetic articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find, typed_events

DAY = dt.date(2024, 3, 15)  # a Friday


def _sanctions(text: str) -> list[tuple[set[str], set[str]]]:
    return [(a, r) for t, a, r, c in typed_events(text, DAY) if t == "SANCTION" and c == "161"]


CUT = [
    pytest.param(
        "Niger has decided to sever diplomatic relations with Ukraine.",
        {"Q1032"},
        {"Q212"},
        id="decided-sever",
    ),
    pytest.param(
        "Ecuador decided on Thursday to break off diplomatic relations with Mexico.",
        {"Q736"},
        {"Q96"},
        id="decided-on-day",
    ),
    pytest.param(
        "Latvia has decided to lower the level of its diplomatic relations with Russia to that of chargé d'affaires.",
        {"Q211"},
        {"Q159"},
        id="decided-lower-level",
    ),
    pytest.param(
        "Mali decided today to suspend diplomatic relations with Algeria.",
        {"Q912"},
        {"Q262"},
        id="decided-suspend-today",
    ),
    pytest.param(
        "Saudi Arabia and Egypt cut diplomatic and trade ties with Qatar in June 2017.",
        {"Q851", "Q79"},
        {"Q846"},
        id="several-kinds",
    ),
    pytest.param(
        "Bahrain severed diplomatic, trade and transport ties with Iran.",
        {"Q398"},
        {"Q794"},
        id="three-kinds",
    ),
    pytest.param(
        "Lithuania lowered its diplomatic relations with Belarus on Monday.",
        {"Q37"},
        {"Q184"},
        id="lowered",
    ),
    pytest.param(
        "In solidarity with Estonia, Latvia lowered its relations with Russia.",
        {"Q211"},
        {"Q159"},
        id="lowered-solidarity",
    ),
    pytest.param(
        "Earlier on Monday, Turkey recalled its chargé d'affaires from Stockholm.",
        {"Q43"},
        {"Q34"},
        id="charge-recalled",
    ),
    pytest.param(
        "Chad expelled German ambassador Jan Christian Gordon Kricke on Friday.",
        {"Q657"},
        {"Q183"},
        id="expelled-titled",
    ),
    pytest.param(
        "Chad ordered the expulsion of the German ambassador, Jan Christian Gordon Kricke, accusing him of disrespect.",
        {"Q657"},
        {"Q183"},
        id="expulsion-apposition",
    ),
    pytest.param(
        "Niger ordered the expulsion of French Ambassador Sylvain Itte.",
        {"Q1032"},
        {"Q142"},
        id="expulsion-titled",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), CUT)
def test_ties_cut(text: str, actors: set[str], recipients: set[str]) -> None:
    found = _sanctions(text)
    assert (actors, recipients) in found, found


NOT_CUT = [
    pytest.param(
        "Paraguay decided not to sever diplomatic relations with Venezuela.", id="decided-not"
    ),
    pytest.param(
        "Paraguay could decide to sever diplomatic relations with Venezuela.", id="could-decide"
    ),
    pytest.param(
        "Paraguay threatened to lower its diplomatic relations with Venezuela.",
        id="threatened-lower",
    ),
    pytest.param(
        "Paraguay said it would lower its relations with Venezuela if the arrests continue.",
        id="would-lower",
    ),
    pytest.param(
        "The opposition urged Paraguay to cut diplomatic ties with Venezuela.", id="urged-to-cut"
    ),
    pytest.param(
        "Paraguay's parliament called on the government to cut diplomatic and trade ties with Venezuela.",
        id="called-to-cut-kinds",
    ),
    pytest.param("Turkey did not recall its chargé d'affaires from Stockholm.", id="not-recalled"),
    pytest.param("Russia expelled Evan Gershkovich on Monday.", id="expelled-no-envoy"),
    pytest.param("Honduras said it would not cut relations with Taiwan.", id="would-not-cut"),
]


@pytest.mark.parametrize("text", NOT_CUT)
def test_ties_not_cut(text: str) -> None:
    assert not _sanctions(text), _sanctions(text)


def test_lowered_relations_are_no_relations() -> None:
    found = facts("Lithuania lowered its diplomatic relations with Belarus on Monday.", DAY)
    assert not find(found, "DiplomaticRelations"), found
    found = facts("Latvia decided to lower the level of its diplomatic relations with Russia.", DAY)
    assert not find(found, "DiplomaticRelations"), found


RESTORED = [
    pytest.param(
        "The Government of Paraguay has today decided to restore diplomatic relations with the Republic of Venezuela.",
        {"Q733", "Q717"},
        "2024-03-15",
        id="decided-today",
    ),
    pytest.param(
        "Paraguay decided on Wednesday to restore diplomatic relations with Venezuela.",
        {"Q733", "Q717"},
        "2024-03-13",
        id="decided-on-day",
    ),
    pytest.param(
        "Kenya and Somalia restored diplomatic relations on Thursday after a year-long row.",
        {"Q114", "Q1045"},
        "2024-03-14",
        id="restored-on-day",
    ),
    pytest.param(
        "Morocco and Iran resumed diplomatic relations on 12 March 2024.",
        {"Q1028", "Q794"},
        "2024-03-12",
        id="resumed-full-date",
    ),
]


@pytest.mark.parametrize(("text", "parties", "start"), RESTORED)
def test_relations_restored_start_then(text: str, parties: set[str], start: str) -> None:
    found = facts(text, DAY)
    assert find(found, "DiplomaticRelations", party=parties, startDate=start), found


NOT_RESTORED = [
    pytest.param(
        "Paraguay decided not to restore diplomatic relations with Venezuela.", id="decided-not"
    ),
    pytest.param(
        "Paraguay has not restored diplomatic relations with Venezuela since 2019.",
        id="not-restored",
    ),
    pytest.param(
        "Paraguay would restore diplomatic relations with Venezuela if elections were held.",
        id="would",
    ),
    pytest.param(
        "Paraguay may decide to restore diplomatic relations with Venezuela next year.",
        id="may-decide",
    ),
]


@pytest.mark.parametrize("text", NOT_RESTORED)
def test_relations_not_restored(text: str) -> None:
    found = facts(text, DAY)
    assert not find(found, "DiplomaticRelations"), found


def test_restored_in_a_year_keeps_no_start() -> None:
    # (session 9: "re-established ... in 2007" tells no start of the relations)
    found = facts("Kenya and Somalia re-established diplomatic relations in 2019.", DAY)
    relation = find(found, "DiplomaticRelations", party={"Q114", "Q1045"})
    assert relation is not None and not relation.get("startDate"), found


BOYCOTT_LIFTED = [
    pytest.param(
        "The blockade of Qatar by Saudi Arabia, the UAE, Bahrain and Egypt was lifted at a summit in January 2021.",
        id="passive-blockade",
    ),
    pytest.param(
        "Saudi Arabia, the UAE, Bahrain and Egypt lifted their boycott of Qatar in January 2021.",
        id="active-boycott",
    ),
]


@pytest.mark.parametrize("text", BOYCOTT_LIFTED)
def test_boycott_lifted(text: str) -> None:
    found = typed_events(text, DAY)
    assert ("CONCEDE", {"Q851", "Q878", "Q398", "Q79"}, {"Q846"}, "085") in found, found
    event = find(facts(text, DAY), "Event", cameoCode="085")
    assert event is not None and [str(d) for d in event.get("date")] == ["2021-01"], event


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The boycott of Qatar by Saudi Arabia and Egypt was not lifted.", id="not-lifted"
        ),
        pytest.param("Saudi Arabia may lift its boycott of Qatar next month.", id="may-lift"),
        pytest.param("Fans lifted the boycott of the stadium.", id="no-state"),
    ],
)
def test_boycott_not_lifted(text: str) -> None:
    assert not [e for e in typed_events(text, DAY) if e[0] == "CONCEDE"]


BORDERS = [
    pytest.param(
        "Mongolia shares borders only with Russia and China.",
        [{"Q711", "Q159"}, {"Q711", "Q148"}],
        id="only-with",
    ),
    pytest.param(
        "Lesotho shares a border only with South Africa.", [{"Q1013", "Q258"}], id="only-with-one"
    ),
    pytest.param(
        "Qatar and Bahrain, whose maritime boundary was settled by the International Court of Justice in 2001, restored ties in 2023.",
        [{"Q846", "Q398"}],
        id="whose-boundary",
    ),
]


@pytest.mark.parametrize(("text", "pairs"), BORDERS)
def test_borders(text: str, pairs: list[set[str]]) -> None:
    found = facts(text, DAY)
    for pair in pairs:
        assert find(found, "SharedBorder", party=pair), (pair, found)


def test_whose_border_with_a_third_is_none() -> None:
    found = facts("Peru and Chile, whose border with Bolivia is closed, signed a trade deal.", DAY)
    assert not find(found, "SharedBorder", party={"Q419", "Q298"}), found


ANNIVERSARIES = [
    pytest.param(
        "Indonesia and Australia marked the fifth anniversary of their Comprehensive Strategic Partnership.",
        "Partnership",
        {"Q252", "Q408"},
        "2019",
        id="fifth-partnership",
    ),
    pytest.param(
        "Kenya and Tanzania celebrated the sixtieth anniversary of diplomatic relations.",
        "DiplomaticRelations",
        {"Q114", "Q924"},
        "1964",
        id="sixtieth-relations",
    ),
    pytest.param(
        "The ministers reviewed the implementation of the Indonesia-Australia Comprehensive Strategic Partnership, which will mark its fifth anniversary next year.",
        "Partnership",
        {"Q252", "Q408"},
        "2020",
        id="will-mark-next-year",
    ),
    pytest.param(
        "The ministers reviewed the Indonesia-Australia Comprehensive Strategic Partnership, which will mark its 5th anniversary in 2026.",
        "Partnership",
        {"Q252", "Q408"},
        "2021",
        id="will-mark-in-year",
    ),
]


@pytest.mark.parametrize(("text", "cls", "parties", "start"), ANNIVERSARIES)
def test_anniversaries(text: str, cls: str, parties: set[str], start: str) -> None:
    found = facts(text, DAY)
    assert find(found, cls, party=parties, startDate=start), found


def test_partnership_to_come_is_none() -> None:
    found = facts(
        "The ministers discussed a possible Indonesia-Australia Comprehensive Strategic "
        "Partnership, which will mark its fifth anniversary next year.",
        DAY,
    )
    assert not find(found, "Partnership"), found


def test_declaration_on_partnership_then_documents() -> None:
    found = facts(
        "Kazakhstan and Uzbekistan signed a Declaration on Comprehensive Strategic Partnership "
        "and more than ten intergovernmental documents.",
        DAY,
    )
    assert find(found, "Partnership", party={"Q232", "Q265"}), found
    # (not "an Enhanced Partnership and Cooperation Agreement": one instrument's name)
    found = facts(
        "Kazakhstan and the European Union signed an Enhanced Partnership and Cooperation "
        "Agreement in 2015.",
        DAY,
    )
    assert not find(found, "Partnership"), found


NO_TREATY = [
    pytest.param(
        "A new security pact between Canberra and Jakarta is expected next year.", id="new"
    ),
    pytest.param("Talks on a draft treaty between Baku and Yerevan stalled.", id="draft"),
    pytest.param(
        "The peace treaty between Baku and Yerevan would be signed on Monday.", id="would"
    ),
    pytest.param("A peace treaty between Baku and Yerevan has not been signed.", id="not-signed"),
    pytest.param(
        "The EU hopes to broker an agreement between Baku and Yerevan.", id="to-broker-capitals"
    ),
    # (wrong facts before, with the states named: an agreement wanted is none yet)
    pytest.param(
        "The EU hopes to broker an agreement between Azerbaijan and Armenia.", id="to-broker"
    ),
    pytest.param(
        "Russia wants an agreement between Azerbaijan and Armenia by the end of the year.",
        id="wants",
    ),
]


@pytest.mark.parametrize("text", NO_TREATY)
def test_no_treaty(text: str) -> None:
    found = facts(text, DAY)
    assert not find(found, "TreatyRelation"), found


def test_treaty_brokered_is_one() -> None:
    found = facts(
        "The United States brokered an agreement between Israel and the UAE in 2020.", DAY
    )
    assert find(found, "TreatyRelation", party={"Q801", "Q878"}), found


FRACTION_SHARES = [
    pytest.param(
        "Bilateral trade between Mongolia and China reached 14 billion dollars, accounting for more than two-thirds of Mongolia's foreign trade.",
        {"Q711"},
        {"Q148"},
        "0.67",
        id="two-thirds",
    ),
    pytest.param(
        "Brazil's exports to China reached $104 billion, or almost a third of its total exports.",
        {"Q155"},
        {"Q148"},
        "0.33",
        id="a-third-exports",
    ),
]


@pytest.mark.parametrize(("text", "reporter", "partner", "share"), FRACTION_SHARES)
def test_figure_share_as_fraction(
    text: str, reporter: set[str], partner: set[str], share: str
) -> None:
    found = facts(text, DAY)
    assert find(found, "TradeShare", reporter=reporter, partner=partner, share=share), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Trade between Laos and China reached $8 billion, more than half of the region's total trade.",
            id="region",
        ),
        pytest.param(
            "Trade between Laos and China reached $8 billion, more than half of China's total trade growth.",
            id="growth",
        ),
    ],
)
def test_figure_share_fraction_not(text: str) -> None:
    found = facts(text, DAY)
    assert not find(found, "TradeShare"), found


WITNESSED = [
    pytest.param(
        "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina witnessed the signing of seven memorandums of understanding on Monday.",
        id="memorandums",
    ),
    pytest.param(
        "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina witnessed the signing of an exchange of notes on Monday.",
        id="exchange-of-notes",
    ),
]


@pytest.mark.parametrize("text", WITNESSED)
def test_witnessed_signing(text: str) -> None:
    found = facts(text, DAY)
    assert find(found, "TreatyRelation", party={"Q668", "Q902"}, date="2024-03-11"), found
    assert ("SUPPORT", {"Q668", "Q902"}, set(), "057") in typed_events(text, DAY), found


def test_witnessed_companies_contracts_are_none() -> None:
    found = facts(
        "Modi and Hasina witnessed the signing of seven memorandums between Indian and "
        "Bangladeshi companies on Monday.",
        DAY,
    )
    assert not find(found, "TreatyRelation"), found
    # (a wrong fact before: contracts between companies named by their states' demonyms)
    found = facts("The agreements between Indian and Bangladeshi firms were signed on Monday.", DAY)
    assert not find(found, "TreatyRelation"), found


EXPELLED_PASSIVE = [
    pytest.param(
        "France's ambassador to Niger was expelled on Tuesday.", {"Q1032"}, {"Q142"}, id="posted-to"
    ),
    pytest.param(
        "The French ambassador in Niamey was expelled on Tuesday.",
        {"Q1032"},
        {"Q142"},
        id="posted-in-capital",
    ),
    pytest.param(
        "Ecuador's ambassador to Mexico was declared persona non grata.",
        {"Q96"},
        {"Q736"},
        id="png-no-agent",
    ),
    pytest.param(
        "The French ambassador was declared persona non grata by Niger on Tuesday.",
        {"Q1032"},
        {"Q142"},
        id="png-agent",
    ),
    pytest.param(
        "Algeria recalled its ambassador to Paris, the presidency said.",
        {"Q262"},
        {"Q142"},
        id="recalled-to-capital",
    ),
    pytest.param(
        "Peru declared Pablo Monroy, the Mexican ambassador, persona non grata on Wednesday.",
        {"Q419"},
        {"Q96"},
        id="png-apposition",
    ),
    pytest.param(
        "Peru declared Mexican ambassador Pablo Monroy persona non grata on Wednesday.",
        {"Q419"},
        {"Q96"},
        id="png-titled-name",
    ),
    pytest.param(
        "Lithuania declared the Belarusian chargé d'affaires persona non grata on Friday.",
        {"Q37"},
        {"Q184"},
        id="png-charge",
    ),
]


@pytest.mark.parametrize(("text", "actors", "recipients"), EXPELLED_PASSIVE)
def test_envoy_expelled_by_host(text: str, actors: set[str], recipients: set[str]) -> None:
    found = _sanctions(text)
    assert (actors, recipients) in found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ecuador's ambassador to Mexico was not declared persona non grata.", id="not-declared"
        ),
        pytest.param(
            "Ecuador's ambassador to Mexico could be declared persona non grata.", id="could-be"
        ),
        pytest.param(
            "Ecuador's ambassador to Mexico was expelled from the ruling party on Tuesday.",
            id="from-party",
        ),
        pytest.param(
            "Ecuador's ambassador to Mexico was summoned home for consultations.",
            id="summoned-home",
        ),
        pytest.param(
            "Ecuador's ambassador to Mexico was summoned to Quito on Tuesday.",
            id="summoned-to-own-capital",
        ),
        # (wrong facts before: no envoy declared persona non grata)
        pytest.param(
            "Russia declared Evan Gershkovich, a reporter, persona non grata.",
            id="png-reporter-apposition",
        ),
        pytest.param(
            "Russia declared journalist Evan Gershkovich persona non grata on Wednesday.",
            id="png-journalist",
        ),
        pytest.param("Russia declared two journalists persona non grata.", id="png-journalists"),
    ],
)
def test_envoy_not_expelled(text: str) -> None:
    found = typed_events(text, DAY)
    assert not [e for e in found if e[3] in {"161", "114", "111"}], found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Israel recalled its ambassador to South Africa for consultations on Tuesday.",
            "2024-03-12",
            id="to-state",
        ),
        pytest.param(
            "Chad recalled its ambassador in Paris for consultations on Monday after the remarks.",
            "2024-03-11",
            id="in-capital",
        ),
    ],
)
def test_recalled_for_consultations_on_a_day(text: str, day: str) -> None:
    event = find(facts(text, DAY), "Event", cameoCode="161")
    assert event is not None and [str(d) for d in event.get("date")] == [day], event


def test_consultations_of_another_keep_their_day() -> None:
    # (the day of what a reaction is about stays its own)
    text = "Israel recalled its ambassador after South Africa held consultations with Hamas on Tuesday."
    event = find(facts(text, DAY), "Event", cameoCode="161")
    assert event is not None and not event.get("date"), event
