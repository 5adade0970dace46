# ruff: noqa: E501  (a table of sentences)
"""Groups of states and organisations: counted groups after a list, memberships and chairs told
in passing, borders told as disputes or neighbours (session 28, groups).

A battery of 62 sentences written for this session before the extractor ran
(``/tmp/s28/groups-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): wire stories, readouts and ministry releases from
the Baltic, Central Asia, the Sahel, the Horn, Southern Africa, the Gulf, South and South-East
Asia, Latin America and the Pacific; counted groups ("all four countries", "the three
governments", "the five Central Asian republics"), memberships and chairs told in relative
clauses and appositions, borders told as disputes and neighbours; negations, plans, former
chairs. At 5210fe4 (main) it gave no wrong fact of this family and missed about 70 facts;
after three rounds: 0 wrong facts and 13 misses (4 of them the chairs' Tenures 4 below leaves
out, 2 of other families), and two terms' dates; 58 facts more, none lost. A second battery of 31 sentences written after the first
fixes (``battery2.txt``, negatives of each new rule above all) found one wrong fact of a new
rule (13 below, fixed) and two older ones (left, below). A third of 19 (``battery3.txt``),
after the second round (19-21), found no wrong fact of this family and one more miss (21).

Fixed (each with paraphrases below, positives and negatives):

1. "Estonia, Latvia, Lithuania and Poland asked ... to ban Russian grain. All four countries are
   members of the EU and NATO and border Russia" gave nothing: the demonym made five states of
   the sentence, so no set of four was known. A sentence's list of three or more states named
   one after the other is now a set of its own for a counted group after it
   (``mentions._state_lists``; the count must match: "Chile, Peru and Bolivia ... All four
   countries" gives nothing). This also gives the group's acts ("Kyiv accused the three
   governments of protectionism" after "Hungary, Poland and Slovakia extended their bans on
   Ukrainian grain").
2. Counted groups by other nouns: "the five Central Asian republics", "all three neighbours",
   "the four Mekong nations" (``mentions._GROUP``; up to two capitalised words before
   "states", "countries", "nations", "republics").
3. A group's borders: "All four countries border Russia", "Both countries border Afghanistan"
   (``relations._BORDERS_WITH`` reads a group slot as its subject).
4. Chairs of organisations held by a person: "took over the rotating chairmanship of the African
   Union on Saturday from Comoros President Azali Assoumani", "congratulated President Lourenco
   on assuming the chairmanship of SADC", "President Sall currently also chairs the African
   Union" (two adverbs): Tenure HeadOfOrganization of the organisation (the model's Tenure has no
   start, so none is given) and the state's Membership (both states for a chair handed on). Told
   in a relative clause or an apposition ("Macky Sall, who currently also chairs the African
   Union", "Joko Widodo, the current chair of ASEAN,"), only the state's Membership, as before
   (now also with two adverbs): a first version gave the Tenure there too, and two spent sets
   lost a fact each ("Hun Sen, who chairs ASEAN this year", "President X of Mozambique, the
   current Chairperson of SADC": their writers code no Tenure), while the lead's description
   of the sets spent this session has writers who do; a convention for the lead. Not a chair to
   come ("who will chair", "may take over"), a past one ("who chaired"), an outgoing one
   (membership only), nor "holds the presidency of" (a state's).
5. Borders told as a dispute: "the border dispute between Venezuela and Guyana", "Ethiopia and
   Sudan ... their long-running border dispute" (not "their border dispute with Eritrea", nor
   between two rebel factions).
6. "Peru is already a member of the Pacific Alliance and of the Andean Community" ("already").
7. "The Baltic states are members of the EU" after the three were named (the regional group
   without a count: all of its states, named in the article).
8. "whose country holds the pro tempore presidency of Mercosur".
9. "praised Fiji's leadership as Chair of the Pacific Islands Forum".
10. "Ecuador holds one of the ten non-permanent seats of the Security Council" ("of").
11. "Brazil, Russia, India, China and South Africa set up the New Development Bank in 2015"
    (founders, dated).
12. "Mongolia, wedged between its two giant neighbours Russia and China, ..." (an apposition).
13. "Brazil, Russia, India, China and South Africa, the bank's founding members, pledged ... to
    the New Development Bank" (the one organisation the sentence names whose name says the
    kind; not "the bloc's", which was a wrong fact in battery 2: "Brazil and India, the bloc's
    founding members, opposed the expansion of the SCO"; not shareholders).
14. "Cyprus signed the framework agreement of the International Solar Alliance on Tuesday,
    thereby joining the alliance" (not "thereby joining the fight against poverty").
15. "Mali expelled the UN mission. Neighbouring Niger followed suit": the border of the one
    state the sentence before was about, when this one names no other (a capital "N" was not
    read at all); not after two states ("Senegal and Gambia ... The move mirrors neighbouring
    Guinea"), nor when the sentence names another state or a city ("Neighbouring Poland, which
    shares a border ... with Belarus": a spent set's one wrong border of a first version), nor
    "Neighbouring countries".
16. "Mozambique, which began a two-year term as a non-permanent member of the UN Security
    Council in January" ("a" term, in a relative clause).
17. "Kenya and its northern neighbour Ethiopia signed a security pact", "Tanzania and its western
    neighbour Burundi agreed to build a railway": the pair's acts (a reading without the
    neighbour's title, ``patterns.neighbour_reading``; the border was read already).
18. A group of more than two is no pair of diplomatic relations: "The four countries lifted the
    boycott ..., and Qatar and Egypt restored diplomatic relations" (the relations were lost once
    fix 1 resolved "the four countries": a spent set's fact, kept).
19. "Kenya, Uganda and Tanzania ... All three are members of the EAC": "all three" alone before
    its verb, as "the three" was (``mentions._THE_NUMBER``; only opening its sentence: the rule
    dump's "Niger, Mali and Burkina Faso, all three suspended from ECOWAS, formed the Alliance of
    Sahel States" lost its memberships in a first version).
20. A person sworn in at an organisation's head: "the inauguration of former Brazilian President
    Dilma Rousseff as president of the New Development Bank", "was sworn in as Secretary-General
    of the United Nations" (Tenure HeadOfOrganization; not "will attend the inauguration ...
    next week", nor a commission's, council's or court's head).
21. "congratulated President Boric on assuming the pro tempore presidency of the Pacific
    Alliance": his state's membership (no Tenure for a presidency).
22. "Bolivia and its western neighbour Chile have had no diplomatic relations", "Egypt and its
    southern neighbour Sudan could sign a railway deal": the pair's border, presupposed when the
    negation or the hedge names no border (not "do not share a border", nor "may sign a border
    deal": left alone).

Left (one example each): "The Baltic states, which joined NATO in 2004, ..." with none of them
named (no KB group); "the pro tempore presidency of the group" ("the group" is no organisation's
anaphor: too often an armed group); "Comoros President Azali
Assoumani, who will take over the chairmanship of the AU next year" (no Membership, though a
state's chair to come is one); "The ban on Russian trawlers, agreed by the four governments"
(a passive act of a group); "Burkina Faso's military
government ordered French troops out ... The move mirrors neighbouring Mali" (two states in the
sentence before); the term's month in a relative clause ("which began a two-year term ... in
January": undated). Older wrong facts found, of other families: "Hungary, Poland and Slovakia
banned ... Romania, Bulgaria and Moldova did not. Brussels criticised the three governments"
(the last three named, an older choice); "Ecuador will hold one of the ten non-permanent seats
of the Security Council from January" and "Mozambique will begin a two-year term as a
non-permanent member" (AGREE to the UNSC).

Hit rate at 5210fe4 (before): positives 6/41 (four memberships of chairs, the relations of 18
and an aside's "all three" of 19, read already), negatives 33/33; after: 41/41 and 33/33."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find

EE, LV, LT, PL, RU = "Q191", "Q211", "Q37", "Q36", "Q159"
EU, NATO = "Q458", "Q7184"
AU, ASEAN, G7, SADC, ECOWAS, MERCOSUR = (
    "Q7159",
    "Q7768",
    "Q1764511",
    "Q816706",
    "Q193272",
    "Q4264",
)
NDB, ISA, UNSC, PIF, CAN, PA = (
    "Q8579145",
    "Q21594952",
    "Q37470",
    "Q757276",
    "Q471690",
    "Q7122288",
)


def _m(member: str, org: str) -> tuple[str, dict[str, set[str]]]:
    return ("Membership", {"member": {member}, "organization": {org}})


def _b(a: str, b: str) -> tuple[str, dict[str, set[str]]]:
    return ("SharedBorder", {"party": {a, b}})


def _chair(holder: str, org: str) -> tuple[str, dict[str, set[str]]]:
    return ("Tenure", {"holder": {holder}, "jurisdiction": {org}, "role": "HeadOfOrganization"})


POSITIVES = [
    # 1. a list of states, then a counted group
    pytest.param(
        "2024-03-15",
        "Estonia, Latvia, Lithuania and Poland urged the European Commission to curb Russian fertiliser imports. All four countries are members of the European Union and NATO.",
        [_m(s, o) for s in (EE, LV, LT, PL) for o in (EU, NATO)],
        id="all-four-members-after-demonym",
    ),
    pytest.param(
        "2024-03-15",
        "Estonia, Latvia, Lithuania and Poland asked Brussels for Russian sanctions. All four countries are members of the European Union and NATO and border Russia or its exclave of Kaliningrad.",
        [_b(s, RU) for s in (EE, LV, LT, PL)] + [_m(LT, NATO)],
        id="all-four-border-second-verb",
    ),
    pytest.param(
        "2023-09-20",
        "Hungary, Poland and Slovakia kept their curbs on Ukrainian wheat on Friday. Kyiv accused the three governments of protectionism.",
        [
            (
                "Event",
                {"actor": {"Q212"}, "recipient": {"Q28", "Q36", "Q214"}, "eventType": "ACCUSE"},
            )
        ],
        id="three-governments-recipient",
    ),
    # 2. counted groups by other nouns
    pytest.param(
        "2024-02-10",
        "The foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Tashkent on Friday. The five Central Asian republics pledged to share data on river flows.",
        [("Event", {"actor": {"Q232", "Q813", "Q863", "Q874", "Q265"}, "eventType": "AGREE"})],
        id="five-central-asian-republics",
    ),
    pytest.param(
        "2024-07-05",
        "Senegal, Gambia and Guinea-Bissau held talks in Banjul on Friday. All three neighbours agreed to set up joint patrols.",
        [("Event", {"actor": {"Q1041", "Q1005", "Q1007"}, "eventType": "AGREE"})],
        id="all-three-neighbours",
    ),
    pytest.param(
        "2022-05-10",
        "Thailand, Cambodia, Laos and Vietnam met in Vientiane on Tuesday. The four Mekong nations agreed to share flood warnings.",
        [("Event", {"actor": {"Q869", "Q424", "Q819", "Q881"}, "eventType": "AGREE"})],
        id="four-mekong-nations",
    ),
    # 3. a group's borders
    pytest.param(
        "2024-10-10",
        "Uzbekistan and Tajikistan agreed on Thursday to reopen two crossings. Both countries border Afghanistan.",
        [_b("Q265", "Q889"), _b("Q863", "Q889")],
        id="both-countries-border",
    ),
    pytest.param(
        "2024-10-10",
        "Niger, Chad and Nigeria signed a security pact on Monday. All three countries border Libya or Algeria.",
        [_b("Q1032", "Q1016"), _b("Q657", "Q1016"), _b("Q1033", "Q1016")],
        id="all-three-border",
    ),
    # 4. a person who chairs an organisation
    pytest.param(
        "2022-11-20",
        "Senegalese President Macky Sall, who currently also chairs the African Union, met French President Emmanuel Macron in Paris on Friday.",
        [_m("Q1041", AU)],
        id="who-currently-also-chairs",
    ),
    pytest.param(
        "2023-05-18",
        "Japanese Prime Minister Fumio Kishida, who chairs the Group of Seven this year, opened the summit in Hiroshima.",
        [_m("Q17", G7)],
        id="who-chairs-this-year",
    ),
    pytest.param(
        "2023-07-20",
        "Indonesian President Joko Widodo, the current chair of ASEAN, urged Myanmar's generals to end the violence.",
        [_m("Q252", ASEAN)],
        id="apposed-current-chair",
    ),
    pytest.param(
        "2023-01-09",
        "Guinea-Bissau President Umaro Sissoco Embalo, chairman of ECOWAS, flew to Conakry on Monday.",
        [_m("Q1007", ECOWAS)],
        id="apposed-chairman",
    ),
    pytest.param(
        "2022-11-20",
        "Senegalese President Macky Sall currently also chairs the African Union.",
        [_chair("Q57438", AU), _m("Q1041", AU)],
        id="currently-also-chairs-main-clause",
    ),
    pytest.param(
        "2024-02-18",
        "Mauritanian President Mohamed Ould Ghazouani took over the rotating chairmanship of the African Union on Saturday from Comoros President Azali Assoumani.",
        [_chair("Q12241106", AU), _m("Q1025", AU), _m("Q970", AU)],
        id="took-over-chair-from",
    ),
    pytest.param(
        "2023-08-25",
        "Chinese President Xi Jinping congratulated Angolan President Joao Lourenco on assuming the chairmanship of the Southern African Development Community.",
        [_chair("Q28650390", SADC), _m("Q916", SADC)],
        id="congratulated-on-assuming-chair",
    ),
    pytest.param(
        "2024-01-08",
        "Uruguayan President Luis Lacalle Pou, who currently chairs Mercosur, met Argentina's foreign minister in Montevideo on Monday.",
        [_m("Q77", MERCOSUR)],
        id="who-currently-chairs-mercosur",
    ),
    # 5. borders told as a dispute
    pytest.param(
        "2023-12-10",
        "The border dispute between Venezuela and Guyana deepened after Caracas held a referendum.",
        [_b("Q717", "Q734")],
        id="border-dispute-between",
    ),
    pytest.param(
        "2024-01-20",
        "Ethiopia and Sudan held talks in Khartoum on Saturday on their long-running border dispute.",
        [_b("Q115", "Q1049")],
        id="their-border-dispute",
    ),
    # 6. "already a member of A and of B"
    pytest.param(
        "2023-03-01",
        "Peru is already a member of the Pacific Alliance and of the Andean Community.",
        [_m("Q419", PA), _m("Q419", CAN)],
        id="already-member-and-of",
    ),
    # 7. a regional group without a count
    pytest.param(
        "2024-02-15",
        "Lithuania, Latvia and Estonia left the Soviet-era power grid this year. The Baltic states are members of NATO.",
        [_m(LT, NATO), _m(LV, NATO), _m(EE, NATO)],
        id="baltic-states-members",
    ),
    # 8. a pro tempore presidency
    pytest.param(
        "2023-07-04",
        "Argentine President Alberto Fernandez, whose country holds the pro tempore presidency of Mercosur, called for a deal with the EU.",
        [_m("Q414", MERCOSUR)],
        id="pro-tempore-presidency",
    ),
    # 9. leadership as chair
    pytest.param(
        "2022-07-14",
        "New Zealand commended Fiji's leadership as Chair of the Pacific Islands Forum.",
        [_m("Q712", PIF)],
        id="leadership-as-chair",
    ),
    # 10. a seat "of" the Security Council
    pytest.param(
        "2023-01-05",
        "Ecuador holds one of the ten non-permanent seats of the Security Council for 2023-2024.",
        [_m("Q736", UNSC)],
        id="seat-of-council",
    ),
    # 11. founders
    pytest.param(
        "2023-10-01",
        "Brazil, Russia, India, China and South Africa set up the New Development Bank in 2015.",
        [_m(s, NDB) for s in ("Q155", "Q159", "Q668", "Q148", "Q258")],
        id="set-up-the-bank",
    ),
    # 12. wedged between, in an apposition
    pytest.param(
        "2024-09-09",
        "Mongolia, wedged between its two giant neighbours Russia and China, courts Japan and South Korea.",
        [_b("Q711", RU), _b("Q711", "Q148")],
        id="wedged-apposed",
    ),
    # 13. the kind's possessive in an apposition
    pytest.param(
        "2024-08-20",
        "Brazil, Russia, India, China and South Africa, the bank's founding members, agreed to raise the capital of the New Development Bank.",
        [_m(s, NDB) for s in ("Q155", "Q159", "Q668", "Q148", "Q258")],
        id="the-banks-founding-members",
    ),
    # 14. thereby joining
    pytest.param(
        "2024-05-12",
        "Cyprus signed the framework agreement of the International Solar Alliance on Tuesday, thereby joining the alliance.",
        [_m("Q229", ISA)],
        id="thereby-joining",
    ),
    # 15. neighbouring X, of the state the sentence before was about
    pytest.param(
        "2023-06-05",
        "Mali expelled the UN mission. Neighbouring Niger followed suit in December.",
        [_b("Q912", "Q1032")],
        id="neighbouring-capital-n",
    ),
    pytest.param(
        "2023-06-05",
        "Burkina Faso expelled the French ambassador in January. The move mirrors neighbouring Mali.",
        [_b("Q965", "Q912")],
        id="neighbouring-sentence-before",
    ),
    # 16. a term begun, in a relative clause
    pytest.param(
        "2023-06-15",
        "Mozambique, which began a two-year term as a non-permanent member of the UN Security Council, called for a truce in Sudan.",
        [_m("Q1029", UNSC)],
        id="which-began-a-term",
    ),
    # 17. a pair with the neighbour's title
    pytest.param(
        "2023-03-15",
        "Kenya and its northern neighbour Ethiopia signed a defence pact in Addis Ababa on Tuesday.",
        [("TreatyRelation", {"party": {"Q114", "Q115"}}), _b("Q114", "Q115")],
        id="and-its-neighbour-signed",
    ),
    # 19. "all four" alone, before its verb
    pytest.param(
        "2024-04-02",
        "Kenya, Uganda and Tanzania launched a joint passport in Arusha. All three are members of the East African Community.",
        [_m("Q114", "Q337456"), _m("Q1036", "Q337456"), _m("Q924", "Q337456")],
        id="all-three-bare",
    ),
    pytest.param(
        "2024-01-01",
        "Guinea, Gabon and Niger, all three suspended from the African Union, set up a new bloc, the Alliance of Sahel States.",
        [("Membership", {"member": {"Q1006"}})],
        id="all-three-in-an-aside-stays",
    ),
    # 20. sworn in at an organisation's head
    pytest.param(
        "2023-04-14",
        "Lula attended the inauguration of former Brazilian President Dilma Rousseff as president of the New Development Bank in Shanghai on Thursday.",
        [("Tenure", {"jurisdiction": {NDB}, "role": "HeadOfOrganization"})],
        id="inauguration-as-president-of",
    ),
    pytest.param(
        "2024-02-19",
        "Antonio Guterres was sworn in as Secretary-General of the United Nations in 2017.",
        [_chair("Q311440", "Q1065")],
        id="sworn-in-as-secretary-general",
    ),
    # 21. a presidency taken: the state's membership
    pytest.param(
        "2024-02-19",
        "Lula congratulated President Boric on assuming the pro tempore presidency of the Pacific Alliance.",
        [_m("Q298", PA)],
        id="congratulated-on-presidency",
    ),
    # 22. a neighbour named beside a negation or a hedge of something else
    pytest.param(
        "2024-04-02",
        "Bolivia and its western neighbour Chile have had no diplomatic relations since 1978.",
        [_b("Q750", "Q298")],
        id="neighbour-beside-negation",
    ),
    pytest.param(
        "2024-04-02",
        "Egypt and its southern neighbour Sudan could sign a railway deal next year.",
        [_b("Q79", "Q1049")],
        id="neighbour-beside-hedge",
    ),
    # 18. a group of more than two is no pair of relations
    pytest.param(
        "2022-09-13",
        "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar in 2017. The four countries ended the embargo in January 2021, and Qatar and Egypt restored diplomatic relations later that month.",
        [("DiplomaticRelations", {"party": {"Q846", "Q79"}})],
        id="relations-after-four-countries",
    ),
    pytest.param(
        "2024-06-03",
        "Tanzania and its western neighbour Burundi agreed to build a railway line.",
        [("Event", {"actor": {"Q924", "Q967"}, "eventType": "AGREE"})],
        id="and-its-neighbour-agreed",
    ),
    pytest.param(
        "2024-05-01",
        "Kazakhstan and its neighbour Kyrgyzstan agreed on Monday to open a new crossing.",
        [("Event", {"actor": {"Q232", "Q813"}, "eventType": "AGREE"})],
        id="and-its-neighbour-plain",
    ),
]


@pytest.mark.parametrize(("date", "text", "wanted"), POSITIVES)
def test_found(date: str, text: str, wanted: list[tuple[str, dict[str, set[str]]]]) -> None:
    found = facts(text, dt.date.fromisoformat(date))
    for cls, roles in wanted:
        assert find(found, cls, **roles) is not None, (cls, roles)


NEGATIVES = [
    # the count must match the listed states
    pytest.param(
        "2023-10-02",
        "Chile, Peru and Bolivia held talks in Lima on Monday. All four countries are members of the Andean Community.",
        ("Membership", {"organization": {CAN}}),
        id="count-mismatch",
    ),
    pytest.param(
        "2024-03-15",
        "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan signed a water accord on Monday. The five Central Asian republics will meet again in May.",
        ("Membership", {}),
        id="five-after-four",
    ),
    pytest.param(
        "2024-09-01",
        "All three countries are members of the African Union.",
        ("Membership", {}),
        id="no-states-named",
    ),
    pytest.param(
        "2024-03-15",
        "Both countries border Afghanistan, the ministry said.",
        ("SharedBorder", {}),
        id="both-unresolved",
    ),
    pytest.param(
        "2024-09-01",
        "Egypt, Ethiopia and Sudan resumed talks on the dam on Sunday. All three neighbours share the Nile.",
        ("SharedBorder", {}),
        id="share-a-river",
    ),
    pytest.param(
        "2024-10-10",
        "Uzbekistan and Tajikistan held talks on Thursday. Both countries do not border Iran.",
        ("SharedBorder", {}),
        id="group-border-negated",
    ),
    # no chair to come, past, or outgoing as a Tenure
    pytest.param(
        "2023-02-20",
        "Comoros President Azali Assoumani, who will chair the African Union next year, visited Cairo on Sunday.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="will-chair",
    ),
    pytest.param(
        "2023-02-20",
        "Former Senegalese President Macky Sall, who chaired the African Union last year, spoke at the forum.",
        ("Tenure", {}),
        id="chaired-former",
    ),
    # a chair told in a relative clause or an apposition: the state's membership only (two
    # spent sets' writers give no Tenure there)
    pytest.param(
        "2023-05-18",
        "Japanese Prime Minister Fumio Kishida, who chairs the Group of Seven this year, opened the summit in Hiroshima.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="who-chairs-no-tenure",
    ),
    pytest.param(
        "2023-07-20",
        "Indonesian President Joko Widodo, the current chair of ASEAN, urged Myanmar's generals to end the violence.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="apposed-chair-no-tenure",
    ),
    pytest.param(
        "2024-02-10",
        "Comoros President Azali Assoumani, the outgoing chairman of the African Union, handed over to Mauritania on Saturday.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="outgoing-chairman",
    ),
    pytest.param(
        "2024-07-10",
        "Hungarian Prime Minister Viktor Orban, who holds the rotating presidency of the Council of the European Union, visited Kyiv.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="holds-presidency-no-tenure",
    ),
    pytest.param(
        "2024-02-18",
        "Mauritanian President Mohamed Ould Ghazouani may take over the chairmanship of the African Union from Comoros President Azali Assoumani.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="may-take-over",
    ),
    # disputes that are no border of the pair
    pytest.param(
        "2023-06-10",
        "The border dispute between the two rebel factions delayed the talks.",
        ("SharedBorder", {}),
        id="dispute-of-factions",
    ),
    pytest.param(
        "2023-06-10",
        "Ethiopia and Sudan accused each other over their border dispute with Eritrea.",
        ("SharedBorder", {"party": {"Q115", "Q1049"}}),
        id="dispute-with-a-third",
    ),
    # a regional group not all named
    pytest.param(
        "2024-06-11",
        "Denmark, Norway and Sweden held talks in Oslo. The Nordic countries are members of the Nordic Council.",
        ("Membership", {}),
        id="nordic-not-all-named",
    ),
    # the kind's possessive
    pytest.param(
        "2024-06-11",
        "Brazil and India, the bloc's founding members, opposed the expansion of the Shanghai Cooperation Organisation.",
        ("Membership", {}),
        id="the-blocs-other-body",
    ),
    pytest.param(
        "2024-06-11",
        "Russia and China, the bank's largest shareholders, backed the loan to the New Development Bank.",
        ("Membership", {}),
        id="shareholders",
    ),
    # thereby joining something else
    pytest.param(
        "2024-04-11",
        "Peru signed the charter of the Pacific Alliance in 2011, thereby joining the fight against poverty.",
        ("Membership", {}),
        id="thereby-joining-a-fight",
    ),
    pytest.param(
        "2024-05-12",
        "Cyprus could sign the framework agreement of the International Solar Alliance, thereby joining the alliance.",
        ("Membership", {}),
        id="thereby-joining-hedged",
    ),
    # neighbours without one state before
    pytest.param(
        "2023-06-05",
        "Senegal and Gambia closed their markets on Monday. The move mirrors neighbouring Guinea.",
        ("SharedBorder", {}),
        id="neighbouring-after-two",
    ),
    pytest.param(
        "2023-05-25",
        "Russia and Belarus signed the deal in Minsk. Neighbouring Lithuania, which shares a long border with Belarus, protested.",
        ("SharedBorder", {"party": {"Q159", "Q37"}}),
        id="neighbouring-with-its-own-neighbour",
    ),
    pytest.param(
        "2023-04-14",
        "Lula will attend the inauguration of former Brazilian President Dilma Rousseff as president of the New Development Bank next week.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="inauguration-to-come",
    ),
    pytest.param(
        "2024-02-19",
        "Kenyan President William Ruto attended the swearing-in of Tanzania's new foreign minister on Monday.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="swearing-in-no-organisation",
    ),
    pytest.param(
        "2024-02-19",
        "Lula congratulated President Boric on assuming the pro tempore presidency of the Pacific Alliance.",
        ("Tenure", {"role": "HeadOfOrganization"}),
        id="presidency-no-tenure",
    ),
    pytest.param(
        "2024-02-19",
        "Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan signed the convention in Aktau. All five countries border the Caspian Sea.",
        ("SharedBorder", {}),
        id="group-borders-a-sea",
    ),
    pytest.param(
        "2022-05-10",
        "Chile, Peru and Bolivia met in Lima on Tuesday. All four are members of the Andean Community.",
        ("Membership", {}),
        id="all-four-bare-mismatch",
    ),
    pytest.param(
        "2024-04-02",
        "Ghana and its neighbour Togo do not share a border.",
        ("SharedBorder", {}),
        id="neighbour-border-denied",
    ),
    pytest.param(
        "2023-06-05",
        "Ghana hosted the summit. Neighbouring countries sent delegations.",
        ("SharedBorder", {}),
        id="neighbouring-countries",
    ),
    pytest.param(
        "2023-06-05",
        "Kenya's Ruto met Museveni on Monday. In neighbouring Somalia, fighting continued.",
        ("SharedBorder", {}),
        id="neighbouring-after-people",
    ),
    # the pair's act negated
    pytest.param(
        "2024-05-01",
        "Kazakhstan and its neighbour Kyrgyzstan did not sign the agreement.",
        ("TreatyRelation", {}),
        id="and-its-neighbour-negated",
    ),
    pytest.param(
        "2024-05-01",
        "Kazakhstan and its neighbour Kyrgyzstan did not sign the agreement.",
        ("Event", {}),
        id="and-its-neighbour-negated-event",
    ),
    # a seat denied
    pytest.param(
        "2023-01-05",
        "Brazil does not hold a seat of the Security Council this year.",
        ("Membership", {}),
        id="seat-denied",
    ),
]


@pytest.mark.parametrize(("date", "text", "unwanted"), NEGATIVES)
def test_not_found(date: str, text: str, unwanted: tuple[str, dict[str, set[str]]]) -> None:
    cls, roles = unwanted
    assert find(facts(text, dt.date.fromisoformat(date)), cls, **roles) is None
