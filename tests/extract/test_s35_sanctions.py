"""Sanctions, coercion and concessions the triggers left, probed with fresh sentences (session
35, sanctions).

The sentences are written for this session in wire, agency and ministry styles (none from a
gold set). Conventions followed:

- A price cap on a state's exports ("agreed to cap the price of Russian seaborne crude", "has
  joined the G7's price cap on Russian oil"): SANCTION 163 by the one who sets or joins it, at
  the state whose goods are capped. Not a cap considered, hedged, refused or not joined.
- Energy withheld from a state told without a noun of supply ("Russia cut off gas to Latvia",
  "halted gas to Finland"): SANCTION 163, as "cut off gas supplies to" has been since session 21.
  Not a cut threatened or hedged.
- A state of emergency declared ("Ecuador declared a state of emergency in three provinces"):
  COERCE 1724 by the one who declares it, no recipient. Not one lifted, considered or denied.
- Visa-free travel ended or suspended for a state's citizens ("suspended visa-free entry for
  Russian citizens", "said it would end visa-free visits by Japanese citizens"): SANCTION 160
  at their state (a decision announced by its maker is the act). Not visa-free travel granted
  or restored (the opposite), nor an ending hedged.
- A proposal rejected in a relative clause or an appositive of the sentence that tells it made
  ("Armenia proposed a new round of talks, which Azerbaijan rejected", "..., a plan ECOWAS
  swiftly rejected as unacceptable"): REJECT 120 by the one who rejects it, at the proposer
  (the sentence's subject, or the state of the city its rulers are named by). Not a rejection
  hedged or negated, nor one whose proposer the sentence does not name.
- Forms the triggers had for one wording and now take in another: "traded fire" as "exchanged
  fire" (ASSAULT 190 of both sides); goods named before "imports" ("banned beef imports from
  Brazil": SANCTION 163 at the goods' state); "ordered the recall of its ambassadors from X" as
  "ordered the withdrawal of ..." (161); "aligned itself with the EU's restrictive measures
  against Russia" as "adopted the EU's sanctions against ..." (163, the one aligning acts); an
  envoy masked as his state's slot deprived of his accreditation ("decided to deprive the
  Ambassador of Iran of his accreditation": 161); a break of ties decided with its day between
  the verb and its object ("decided, on 24 August, to break off its diplomatic relations with
  Morocco": 161, and no AGREE of a promise); a closure decided ("decided to close its airspace
  to all Moroccan aircraft": 163, as "closed its airspace to ..." has been); force on a crowd
  named in a list ("used tear gas, batons and live ammunition against demonstrators": COERCE
  175, as "used tear gas and water cannon ..." has been).
- Others joining a sanction the sentence or the one before told ("..., and the G7 and Australia
  joined the measure within hours", "WAEMU, of which Mali is also a member, announced similar
  financial measures"): SANCTION 163 by those who join, at that sanction's target. A sentence
  opening with its parties taking "similar measures" stays with session 26's rule (one event
  for each party). Not a joining hedged or negated, nor "similar measures" after no sanction.
- A measure refused by its target ("Russia would not accept the cap", "Tehran said it will not
  accept the sanctions"): REJECT 120 at the measure's makers, told before (all of them when
  several impose it on one target in a sentence: "The EU agreed to cap ..., and the G7 and
  Australia joined the measure"). Not a measure accepted, nor its lifting refused.
- A resolution voted against ("Russia, Belarus and Syria voted against the resolution", "X and Y
  were among the delegations that voted against the text"): REJECT 120 by those voting, at its
  sponsor told in the sentence or before ("The text, drafted by Ukraine, ...", "the resolution,
  which was tabled by Jordan"). None for a vote against an amendment. (None without a
  sponsor told until session 41c; now by states at no one: test_s41c_reject.py.)
- Opposition figures or political prisoners freed by a government ("freed five opposition
  figures"): CONCEDE 0841, as "released 222 political prisoners" has been. Not figures freed
  by no one named, nor a release demanded.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import typed_events

DAY = dt.date(2023, 6, 14)  # a Wednesday

RUSSIA, JAPAN, CANADA, G7, NEW_ZEALAND, EU = "Q159", "Q17", "Q16", "Q1764511", "Q664", "Q458"
IRAN = "Q794"
LATVIA, FINLAND, GEORGIA, BELARUS, ECUADOR, CHAD = "Q211", "Q33", "Q230", "Q184", "Q736", "Q657"
KAZAKHSTAN, NICARAGUA, UKRAINE, ARMENIA, AZERBAIJAN = "Q232", "Q811", "Q212", "Q399", "Q227"
INDIA, PAKISTAN, BRAZIL = "Q668", "Q843", "Q155"
ALGERIA, MOROCCO, BOLIVIA, ISRAEL = "Q262", "Q1028", "Q750", "Q801"
KOSOVO, SERBIA, ECOWAS, MALI, UK, CHILE, ARGENTINA = (
    "Q1246",
    "Q403",
    "Q193272",
    "Q912",
    "Q145",
    "Q298",
    "Q414",
)

# (text, (type, actors, recipients, CAMEO code))
TOLD = [
    # 1. a price cap set or joined
    (
        "The G7 agreed on Friday to cap the price of Russian seaborne oil at $60 a barrel.",
        ("SANCTION", {G7}, {RUSSIA}, "163"),
    ),
    (
        "Canada decided to cap the prices of Russian petroleum products from February.",
        ("SANCTION", {CANADA}, {RUSSIA}, "163"),
    ),
    (
        "Japan, a member of the Group of Seven, has joined the group's price cap on Russian crude.",
        ("SANCTION", {JAPAN}, {RUSSIA}, "163"),
    ),
    (
        "New Zealand joined the price cap on Russian oil in December.",
        ("SANCTION", {NEW_ZEALAND}, {RUSSIA}, "163"),
    ),
    # 2. energy withheld, without a noun of supply
    (
        "Russia cut off gas to Latvia on Saturday, the state energy company said.",
        ("SANCTION", {RUSSIA}, {LATVIA}, "163"),
    ),
    (
        "Moscow halted natural gas to Finland last month after Helsinki refused to pay in roubles.",
        ("SANCTION", {RUSSIA}, {FINLAND}, "163"),
    ),
    # 3. a state of emergency declared
    (
        "Ecuador declared a state of emergency in three provinces on Monday.",
        ("COERCE", {ECUADOR}, set(), "1724"),
    ),
    (
        "The government of Chad has declared a state of emergency along its eastern border.",
        ("COERCE", {CHAD}, set(), "1724"),
    ),
    (
        "Kazakhstan's President Kassym-Jomart Tokayev declared a nationwide state of emergency "
        "on Wednesday.",
        ("COERCE", {"Q200881"}, set(), "1724"),
    ),
    # 4. visa-free travel ended for a state's citizens
    (
        "Georgia suspended visa-free entry for Russian citizens on Monday.",
        ("SANCTION", {GEORGIA}, {RUSSIA}, "160"),
    ),
    (
        "Moscow said it would end visa-free visits by Japanese citizens to the disputed islands.",
        ("SANCTION", {RUSSIA}, {JAPAN}, "160"),
    ),
    (
        "Azerbaijan has scrapped the visa-free regime for Armenian nationals.",
        ("SANCTION", {AZERBAIJAN}, {ARMENIA}, "160"),
    ),
    # 5. a proposal rejected in the sentence that tells it
    (
        "Armenia proposed a new round of talks in Geneva, which Azerbaijan rejected on Monday.",
        ("REJECT", {AZERBAIJAN}, {ARMENIA}, "120"),
    ),
    (
        "Serbia has put forward a plan for the north, an idea that Kosovo's government quickly "
        "dismissed.",
        ("REJECT", {KOSOVO}, {SERBIA}, "120"),
    ),
    (
        "The rulers in Bamako have proposed a five-year transition, which ECOWAS has rejected as "
        "unacceptable.",
        ("REJECT", {ECOWAS}, {MALI}, "120"),
    ),
    (
        "Argentina proposed talks on the Falklands, which Britain and Chile rejected.",
        ("REJECT", {UK, CHILE}, {ARGENTINA}, "120"),
    ),
    # 6. other wordings of acts the triggers knew
    (
        "Indian and Pakistani troops traded fire across the Line of Control on Sunday.",
        ("ASSAULT", {INDIA, PAKISTAN}, set(), "190"),
    ),
    (
        "Japan banned beef imports from Brazil on Monday.",
        ("SANCTION", {JAPAN}, {BRAZIL}, "163"),
    ),
    (
        "ECOWAS ordered the recall of its ambassadors from Bamako.",
        ("SANCTION", {ECOWAS}, {MALI}, "161"),
    ),
    (
        "Norway has aligned itself with the European Union's restrictive measures against Russia "
        "since 2014.",
        ("SANCTION", {"Q20"}, {RUSSIA}, "163"),
    ),
    (
        "Moldova has decided to deprive the Ambassador of Russia of his accreditation.",
        ("SANCTION", {"Q217"}, {RUSSIA}, "161"),
    ),
    (
        "The closure came after Algeria decided, on 24 August, to break off its diplomatic "
        "relations with Morocco.",
        ("SANCTION", {ALGERIA}, {MOROCCO}, "161"),
    ),
    (
        "Bolivia decided on October 31, 2023, to sever diplomatic relations with Israel.",
        ("SANCTION", {BOLIVIA}, {ISRAEL}, "161"),
    ),
    (
        "Algeria decided to close its airspace immediately to all Moroccan civil and military "
        "aircraft.",
        ("SANCTION", {ALGERIA}, {MOROCCO}, "163"),
    ),
    (
        "Belarusian police used tear gas, stun grenades and rubber bullets against "
        "protesters in Minsk.",
        ("COERCE", {BELARUS}, set(), "175"),
    ),
    # 7. others joining a sanction just told
    (
        "The EU agreed to cap the price of Russian diesel, and Norway and Japan joined the measure "
        "within hours.",
        ("SANCTION", {"Q20", JAPAN}, {RUSSIA}, "163"),
    ),
    (
        "ECOWAS imposed sanctions on Mali on Sunday. The West African Economic and Monetary Union, "
        "of which Mali is also a member, announced similar financial measures on the same day.",
        ("SANCTION", {"Q1929699"}, {MALI}, "163"),
    ),
    # 8. a measure refused by its target
    (
        "The EU imposed sanctions on Iran on Monday. Tehran said it would not accept the "
        "sanctions.",
        ("REJECT", {IRAN}, {EU}, "120"),
    ),
    (
        "The EU agreed to cap the price of Russian oil, and the G7 and Australia joined the "
        "measure within hours. Russia would not accept the cap and was preparing its response.",
        ("REJECT", {RUSSIA}, {EU, G7, "Q408"}, "120"),
    ),
    # 9. a resolution voted against
    (
        "The text, drafted by Ukraine with its allies, was adopted on Thursday. Russia, Belarus "
        "and Syria voted against the resolution.",
        ("REJECT", {RUSSIA, BELARUS, "Q858"}, {UKRAINE}, "120"),
    ),
    (
        "Ireland backed the resolution, which was tabled by Jordan. Israel and the United States "
        "were among the delegations that voted against the text.",
        ("REJECT", {"Q801", "Q30"}, {"Q810"}, "120"),
    ),
    # 10. opposition figures freed
    (
        "The Belarusian government freed five opposition figures on Thursday.",
        ("CONCEDE", {BELARUS}, set(), "0841"),
    ),
    (
        "Nicaragua released a dozen opposition leaders and sent them to Guatemala.",
        ("CONCEDE", {NICARAGUA}, set(), "0841"),
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLD)
def test_sanction_family_told(text: str, want: tuple[str, set[str], set[str], str]) -> None:
    got = typed_events(text, DAY)
    assert want in got, got


# (text, the event type that must not be read from it)
NOT_TOLD = [
    ("The EU could cap the price of Russian gas next year.", "SANCTION"),
    ("The EU is considering a cap on the price of Russian gas.", "SANCTION"),
    ("India has not joined the price cap on Russian oil.", "SANCTION"),
    ("Hungary refused to join the price cap on Russian oil.", "SANCTION"),
    ("Russia threatened to cut off gas to Moldova.", "SANCTION"),
    ("Russia could cut off gas to Europe this winter, analysts said.", "SANCTION"),
    ("Ecuador lifted the state of emergency in three provinces on Monday.", "COERCE"),
    ("Peru may declare a state of emergency along its southern border.", "COERCE"),
    ("The government did not declare a state of emergency.", "COERCE"),
    ("Russia restored visa-free travel for Georgian citizens in May.", "SANCTION"),
    ("Serbia could end visa-free entry for Russian citizens.", "SANCTION"),
    ("Russia extended visa-free travel for Chinese tourists.", "SANCTION"),
    ("Moscow said it would end visa-free visits by Japanese citizens to the islands.", "AGREE"),
    ("Armenia proposed a new round of talks, which Azerbaijan could reject.", "REJECT"),
    ("Armenia proposed a new round of talks, which Azerbaijan has not rejected.", "REJECT"),
    ("Armenia proposed a new round of talks, which Azerbaijan may have rejected.", "REJECT"),
    ("Talks in Geneva, which Azerbaijan rejected, were postponed.", "REJECT"),
    ("India and Pakistan could trade fire again, analysts warned.", "ASSAULT"),
    ("China suspended grain imports and exports to Australia.", "SANCTION"),
    ("India banned wheat exports in May.", "SANCTION"),
    ("Brazil may ban beef imports from Argentina.", "SANCTION"),
    ("Moldova may deprive the Ambassador of Russia of his accreditation.", "SANCTION"),
    ("Algeria decided on 24 August to break off its diplomatic relations with Morocco.", "AGREE"),
    ("Algeria decided on 24 August not to break off relations with Morocco.", "SANCTION"),
    ("Algeria decided not to close its airspace to Moroccan aircraft.", "SANCTION"),
    ("Algeria may decide to close its border with Morocco.", "SANCTION"),
    ("Kenyan police could use tear gas, batons and rubber bullets against protesters.", "COERCE"),
    ("Japan agreed to boost trade with India. Canada announced similar measures.", "SANCTION"),
    ("The EU imposed sanctions on Iran. Tehran said it would accept the sanctions.", "REJECT"),
    (
        "The EU imposed sanctions on Iran. France would not accept the sanctions being lifted.",
        "REJECT",
    ),
    # (a vote against with no sponsor told is a REJECT at no one since session 41c, the blind51
    # gold: test_s41c_reject.py; one to come stays none)
    ("Russia will vote against the resolution.", "REJECT"),
    ("Canada tabled an amendment on Hamas. Israel voted against the amendment.", "REJECT"),
    ("Ukraine drafted the resolution. Russia could vote against the resolution.", "REJECT"),
    ("The opposition demanded that the government free five opposition figures.", "CONCEDE"),
    ("Five opposition figures were freed on Thursday.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_TOLD)
def test_sanction_family_not_told(text: str, kind: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == kind]
    assert not got, got


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed sanctions on Nicaragua. Canada could announce similar measures.",
        "The United States imposed sanctions on Nicaragua. Canada has not joined the sanctions.",
    ],
)
def test_no_joining_hedged_or_negated(text: str) -> None:
    got = [e for e in typed_events(text, DAY) if e[0] == "SANCTION" and CANADA in e[1]]
    assert not got, got
