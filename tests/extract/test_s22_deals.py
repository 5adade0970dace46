"""Deals, requests told by a noun and suspensions across independent writers (session 22).

The misses of COOPERATE, REQUEST, SANCTION and REJECT over the 29 pooled spent gold sets (the
development gold, blind, blind2 ... blind31 without blind19 and blind29), grouped by structure,
with the distinct sets each group recurs in:

Structure -- sets (misses) -- chosen or not, and why:

1. A deal of stated worth whose parties are two states written as "Kazakh and Uzbek companies"
   (demonyms before companies, firms, businesses) or "the two governments" (the talks' pair):
   COOPERATE 061 -- blind2 blind11 blind24: 3 sets (3). CHOSEN: the deal rule read "companies of
   the two countries" and two named states only. blind11's "the two governments" stays a miss:
   the mention stage leaves that group unresolved there (the sentence before names one state by
   a title, "The President of Zimbabwe"), a group-resolution matter outside this family.
2. A state's purchase from another told with the deal it was made under ("bought wheat from
   India under a government-to-government deal", "had agreed in 2016 to buy the vessels from
   France in a deal worth ...", "the Czech Republic's purchase of 24 F-35 ... signed a letter of
   offer and acceptance"): COOPERATE 061/062 -- blind13 blind20 blind23: 3 sets (3). CHOSEN for
   the verb forms (blind20, blind23); the nominal purchase of blind13 is left (one set). An
   "agreed to buy ... in a deal" is the deal concluded: its AGREE 031 goes (one act).
3. A deal between companies the KB lacks, the companies as actors ("a loan agreement between
   Vnesheconombank and China Development Bank ... were signed", "a $7.8 billion agreement for
   Vietnam Airlines to purchase 50 Boeing 737 MAX", "Uranium One Group ... signed a contract
   worth about $450 million with ...", "the Qatar Investment Authority signed an agreement with
   the Egyptian sovereign fund"): COOPERATE 061 -- gold blind blind13 blind25: 4 sets (4). NOT
   CHOSEN: the brief (and the project's "company contracts" rule for treaties) keep company
   contracts out of the states' facts, while these writers code them between the companies;
   the parties need company names the KB lacks (a mention-stage matter). A convention mismatch,
   reported.
4. Other COOPERATE (extradition welcomed, a rotating naval command, a warship protected, a
   railway inaugurated, arrests coordinated, gas bought under a contract with "the Uzbek side",
   "Russia delivered Pantsir-S1 systems to Serbia" read as AID): 7 sets, one structure each:
   the long tail.
5. A request told by its noun ("at the request of X", "X's request for assistance to Y",
   "rejected demands from X that Y ...", "Tehran's main demand on Washington", "as the Armenian
   side requested"): blind4 blind14 blind18 blind21 blind22 blind25 blind30: 7 sets (9). NOT
   CHOSEN: each finds its recipient another way (the main clause's actor, the subject of
   "rejected", a "to" after the noun, the United Nations, a party the KB lacks), and four of
   the nine have a recipient that is no linked state; no one mechanism covers two.
6. A call on a non-state armed party or a plural group ("the SAF and the RSF", "the Taliban",
   "M23", "member states", "the four governments"): ~12 sets. Not this family's (actors the KB
   lacks; groups named by a plural noun): left to the engineers on those.
7. A state suspended from an organisation told with an anaphor ("the bloc has suspended
   them", "the African Union suspended its membership", "The League suspended Syria",
   "had been suspended from its decision-making bodies", a passive with the organisation only
   in the article): blind4 blind6 blind20 blind25 blind31: 5 sets (5), plus blind5's "will be
   represented at a non-political level" and blind18's "has frozen its participation". NOT
   CHOSEN: the active, passive and "its membership" forms with the organisation named are read
   already (session 20); each miss left needs another anaphor resolved ("the bloc", "the
   League", "its", "them", "All three countries"), one set each.
8. An agreement suspended, revoked, annulled or not renewed ("suspended part of the 2018
   inter-Korean military agreement", "declared the memorandum null and void", "revoked the
   agreement that allowed United States military personnel ...", "decided not to renew a 2019
   agreement with India", "is suspending its participation in the New START Treaty"): REJECT
   127/121 -- blind11 blind14 blind15 blind16: 4 sets (5). NOT CHOSEN: a convention mismatch.
   The extractor codes "suspended the friendship treaty with Spain" SANCTION 160, as blind24's
   and blind30's writers do ("ending a 2016 agreement" SANCTION 160), while these four code
   REJECT 127/121; ANNOTATION.md says neither. Reported rather than bent to one side.
9. A proposal, demand, remarks or pretexts rejected, their maker told in an earlier sentence
   ("Britain swiftly rejected the proposal", "Jaishankar rejected the remarks", "rejected 'the
   fallacious ... pretexts'", "a demand U.S. officials have said they cannot meet", "which
   Washington said was not credible"): REJECT 120/125 -- blind blind21 blind30 blind31: 4 sets
   (5). NOT CHOSEN: the maker is an earlier sentence's speaker or the article's other side,
   each time by another path; a discourse mechanism beyond this round's budget. Next candidate.
10. Other SANCTION (designations and visa restrictions on people and companies the KB lacks,
    borders closed, relations severed told in the background, embassies evacuated, gas halted
    by Gazprom, sanctions kept or adopted from the EU): ~40 misses over ~20 sets, each another
    verb, voice or party: the long tail, or actors the KB lacks.

The chosen structure, in sentences written for this test (not from any gold set): a deal of
stated worth concluded by the companies of two states named by their demonyms ("Kazakh and Uzbek
companies signed contracts worth ...") or by the two states of the talks named as a group ("the
two governments concluded a $58 million deal ...") is those states' COOPERATE (061, 062 for
arms), as the deals of "companies of the two countries" and of two named states already were;
a state that bought goods from another under, in or through a deal, contract or agreement
("bought ... from X under a government-to-government deal", "had agreed in 2016 to buy ... from
X in a deal worth ...") concluded that deal with it: COOPERATE of the two, and no AGREE beside.

Hit rate of the 19 positive rows before the change (main at 1dccaba): 2 of 19 (the two rows
of forms read before: two named states, companies "from" two named states), the 24 negative
rows all passing; after: 19 of 19, the 24 negative rows still passing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import events

DAY = dt.date(2022, 12, 22)
KAZAKHSTAN, UZBEKISTAN, TURKEY, AZERBAIJAN = "Q232", "Q265", "Q43", "Q227"
INDIA, BANGLADESH, RUSSIA, CHINA = "Q668", "Q902", "Q159", "Q148"
EGYPT, SAUDI, GERMANY, FRANCE = "Q79", "Q851", "Q183", "Q142"
BELARUS, ZIMBABWE, HUNGARY, SERBIA = "Q184", "Q954", "Q28", "Q403"

TALKS_KZ = (
    "President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev in Astana. "
)
TALKS_IN = "Prime Minister Narendra Modi met Prime Minister Sheikh Hasina in New Delhi on Tuesday. "
TALKS_DE = "Chancellor Olaf Scholz received President Emmanuel Macron in Berlin on Monday. "
TALKS_BY = "President Alexander Lukashenko held talks with President Emmerson Mnangagwa in Harare. "
TALKS_TR = "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara on Monday. "


@pytest.mark.parametrize(
    ("text", "sides", "cameo"),
    [
        # the companies of two states named by their demonyms
        (
            "Kazakh and Uzbek companies signed contracts worth $500 million at a business forum "
            "in Tashkent.",
            {KAZAKHSTAN, UZBEKISTAN},
            "061",
        ),
        (
            "Turkish and Azerbaijani firms concluded agreements worth more than $2 billion on "
            "Tuesday.",
            {TURKEY, AZERBAIJAN},
            "061",
        ),
        (
            "Indian and Bangladeshi businesses have signed deals worth $300 million, the "
            "ministry said.",
            {INDIA, BANGLADESH},
            "061",
        ),
        (
            "Russian and Chinese companies inked contracts worth 15 billion yuan during the visit.",
            {RUSSIA, CHINA},
            "061",
        ),
        (
            "On the sidelines of the forum, Egyptian and Saudi enterprises signed commercial "
            "agreements valued at $1.5 billion.",
            {EGYPT, SAUDI},
            "061",
        ),
        (
            "German and French firms had struck contracts worth 4 billion euros for military "
            "helicopters in 2021.",
            {GERMANY, FRANCE},
            "062",
        ),
        # the two states of the talks named as a group
        (
            TALKS_KZ + "The two governments signed a $90 million contract for the supply of grain.",
            {KAZAKHSTAN, UZBEKISTAN},
            "061",
        ),
        (
            TALKS_IN + "The two countries concluded a deal worth $1 billion for power supplies.",
            {INDIA, BANGLADESH},
            "061",
        ),
        (
            TALKS_DE + "The two sides have clinched a 4 billion euro contract for military "
            "helicopters.",
            {GERMANY, FRANCE},
            "062",
        ),
        (
            TALKS_BY + "In March, the two states finalised a $30 million deal for the supply of "
            "buses to Zimbabwe.",
            {BELARUS, ZIMBABWE},
            "061",
        ),
        (
            TALKS_BY + "In December, the two governments concluded a $58 million deal for the "
            "delivery of Belarusian tractors and harvesters.",
            {BELARUS, ZIMBABWE},
            "061",
        ),
        (
            TALKS_TR + "Last year, both governments sealed an agreement worth $600 million for "
            "gas deliveries.",
            {TURKEY, AZERBAIJAN},
            "061",
        ),
        # a purchase from a state told with the deal it was made under
        (
            "Egypt bought 500,000 tonnes of wheat from Russia under a government-to-government "
            "deal last year.",
            {EGYPT, RUSSIA},
            "061",
        ),
        (
            "Hungary had agreed in 2019 to buy the trains from Russia in a deal worth 800 million "
            "euros.",
            {HUNGARY, RUSSIA},
            "061",
        ),
        (
            "Serbia acquired air defence systems from China through a contract worth $300 million "
            "in 2020.",
            {SERBIA, CHINA},
            "062",
        ),
        (
            "Saudi Arabia, the ministry said, has purchased 20 trucks from Germany as part of a "
            "trade agreement.",
            {SAUDI, GERMANY},
            "061",
        ),
        (
            "India purchased fighter jets from France under a 2016 contract.",
            {INDIA, FRANCE},
            "062",
        ),
        # as before: two named states, the companies of two named states
        (
            "Hungary and Serbia signed a deal worth 200 million euros for electricity on Monday.",
            {HUNGARY, SERBIA},
            "061",
        ),
        (
            "Companies from Hungary and Serbia signed agreements worth 200 million euros.",
            {HUNGARY, SERBIA},
            "061",
        ),
    ],
)
def test_a_deal_of_stated_worth_is_the_two_states_cooperation(
    text: str, sides: set[str], cameo: str
) -> None:
    found = [(a, c) for a, _, c in events(text, "COOPERATE", DAY)]
    assert (sides, cameo) in found


@pytest.mark.parametrize(
    "text",
    [
        # future, hypothetical, negated, under negotiation
        "Kazakh and Uzbek companies may sign contracts worth $500 million next year.",
        "Kazakh and Uzbek companies are negotiating contracts worth $500 million.",
        "Kazakh and Uzbek companies did not sign contracts worth $500 million.",
        "Turkish and Azerbaijani firms could conclude deals worth up to $2 billion, the minister "
        "said.",
        TALKS_KZ + "The two governments will sign a $90 million contract for grain next month.",
        TALKS_KZ + "The two governments hope to conclude a $90 million deal for grain.",
        TALKS_IN + "The two countries discussed a deal worth $1 billion for power supplies.",
        TALKS_IN + "The two sides failed to conclude a deal worth $1 billion.",
        TALKS_DE + "The two sides are still negotiating a 4 billion euro helicopter contract.",
        # no worth, or no deal: a document signed, trade, a target
        "Kazakh and Uzbek companies signed a memorandum of understanding on cooperation.",
        TALKS_KZ + "The two governments signed an agreement on visa-free travel.",
        TALKS_IN + "Trade between the two countries was worth $15 billion last year.",
        TALKS_BY + "The two governments set a goal of raising trade to $100 million.",
        # one company's contract, a state's demonym only in a company's description
        "Rosatom signed a contract worth $450 million with a Bolivian state company.",
        "A Turkish company signed a contract worth $80 million to build a road in Azerbaijan.",
        # a purchase to come, talked of, without a deal, or of a company
        "Egypt will buy wheat from Russia under a new deal.",
        "Egypt plans to buy wheat from Russia under a government-to-government deal.",
        "Egypt is in talks to purchase wheat from Russia under a deal worth $1 billion.",
        "Egypt bought 500,000 tonnes of wheat from Russia last year.",
        "Egypt did not buy wheat from Russia under the deal.",
        "Egypt would buy wheat from Russia under such a deal, the minister said.",
        "Rosatom bought uranium from Kazakhstan under a long-term contract.",
        # the companies of one state only
        "Kazakh companies signed contracts worth $500 million at the forum.",
    ],
)
def test_no_cooperation_without_a_concluded_deal_of_two_states(text: str) -> None:
    assert events(text, "COOPERATE", DAY) == []


def test_a_purchase_agreed_in_a_deal_is_no_agreement_beside_it() -> None:
    text = (
        "Hungary had agreed in 2019 to buy the trains from Russia in a deal worth 800 million "
        "euros."
    )
    assert events(text, "AGREE", DAY) == []
    assert [a for a, _, _ in events(text, "COOPERATE", DAY)] == [{HUNGARY, RUSSIA}]
