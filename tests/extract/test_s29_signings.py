# ruff: noqa: E501  (a table of sentences)
"""Signings witnessed, treaties referenced, trade figures and shares, permissions (session 29,
signings).

A battery of 48 sentences written for this session before the extractor ran
(``/tmp/s29/signings-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), on the kinds the lead saw missed on held-out text:
signings witnessed by two leaders (a nickname in brackets, "the two leaders" of the meeting just
told, a meeting in an aside, an exchange of notes with a sum), treaties told in passing (a
relative "whose", "and another with X a year later", "to which both A and B are parties", a
plural possessive), trade totals with one side's exports in an aside, shares of exports bought
and of organisations' trade, bases kept, airlines let through; wire stories, readouts and
ministry releases from Africa, Latin America, Asia, the Middle East, Europe and the Pacific, with
negations, plans and hypotheticals. At 63d613e (main) it gave 2 wrong facts of this family and
missed 38; after: 1 wrong fact (left, below) and 9 misses. Fixed (each with paraphrases below, positives and
negatives):

Wrong facts:

1. Goods shipped for a sum were aid: "Germany shipped goods worth 8.5 billion euros to Poland"
   gave AID 070 with Poland as recipient. "shipped" before goods "worth" a sum (no aid, arms or
   relief word among them) is no aid (``events`` AID trigger, a shared module: one alternative),
   and it is now the exporter's TradeFlow (``economy._X_EXPORTED``: "shipped", "shipping",
   "ships" before "worth"), also in an aside: ", with Brazil shipping goods worth $15.3 billion
   to Argentina".

Misses of general structures:

2. A nickname in brackets after a name ("President Joko Widodo (Jokowi) and Kenyan President
   William Ruto on Monday witnessed ...") cut the person from the verb: every rule read nothing.
   The person's mention goes on over one capitalised word in brackets, as over a nickname in
   quotes (``mentions._NICKNAME``, a shared module; not "(Japan)": a mention inside).
3. "the two leaders witnessed the signing of 36 cooperation documents between ministries,
   sectors and localities of the two countries": "between" with no parties after it stopped the
   signing; bodies "of the two countries" (or of "both countries") are now the witnesses' states
   (``statements._BETWEEN_OWN``), and "cooperation documents" are agreements
   (``statements.TREATY``; a bare "documents" still is not).
4. "The two prime ministers, meeting in Canberra on the second day of the visit, witnessed ...":
   "meeting" is a participle of the asides the subject's reading drops
   (``patterns._SUBJECT_THEN_ASIDE``, a shared module: one word).
5. "witnessed the signing of an exchange of notes under which Japan will provide 1.6 billion yen
   for ...": the party's promise (AGREE 033, to the other state) is read from the clause after
   "under which" once the signing is read (``statements._UNDER_WHICH``: to the signing's other
   parties, dated by it; not of an agreement discussed or negotiated).
6. "Trade between the two countries stood at $1.4 billion in 2022, with Indonesian exports
   accounting for about $1.3 billion": the exports of one side of the pair go to the other
   (``economy._WITH_EXPORTS_FIGURE``; not "oil exports", nor a state outside the pair).
7. Shares: "Brazil buys roughly 16 percent of Argentine exports" (``economy._BUYS_SHARE``), "the
   GCC accounted for about 4 percent of ASEAN's total trade" (organisations in
   ``economy._SHARE_OF``), "less than 4% of Moldova's exports", "China is Brazil's largest trading
   partner, taking about 30 percent of its exports", "X's trade with the five members reached
   $7.2 billion, with China alone accounting for nearly a third" (``economy._WITH_ACCOUNTING``).
8. Treaties in passing: "Israel, whose 1979 peace treaty with Egypt governs ..."
   (``relations._POSSESSIVE_YEAR_TREATY``), "signed a similar access agreement with Australia in
   January 2022 and another with Britain a year later" (``relations._ANOTHER_WITH``: the second,
   dated a year after the first), "the Status of Forces Agreement, to which both Sweden and the
   United States are parties" (``relations._PARTIES_TO_WHICH``), "The Philippines' visiting
   forces agreement with the United States, signed in 1998," (the apostrophe alone).
9. Permissions: "The agreement gives the United States access to 17 military areas and
   facilities in Sweden, where US forces may train" (a clause of place after the grant no longer
   hedges it), "Russia keeps military bases in both Armenia and Tajikistan", "The United States
   has a naval base in Bahrain" (``economy._KEEPS_BASES_IN``: each host's permission; not a base
   in a breakaway region or without consent, nor one planned; this reverses the older
   convention of ``test_s9b_pm`` and ``test_s16_permit``, whose two rows moved here, as the
   held-out gold writes it), "Israeli airlines have been allowed since 2020 to fly over Saudi
   territory" (``economy._AIRLINES_ALLOWED``: Overflight, from 2020, as the held-out gold
   writes it; not negated or hedged; airspace "opened" or "provided" to airlines stays none).

A second battery of 30 sentences written after the first fixes (``battery2.txt``, look-alikes
of the new rules above all) found one wrong fact of a new rule ("between enterprises of the two
countries" read as the states' agreements; 3 now names only public bodies) and one more miss
("and another with Australia later that year", read now). A promise read from an exchange of
notes first had neither recipient nor date (a spent gold set lost precision by it); it is now
made to the signing's other parties, on the signing's day.

A third battery of 15 sentences (``battery3.txt``, other wordings) found no wrong fact and four
misses, fixed (10 below): "The two sides signed 14 memorandums of understanding" after a meeting
gave the TreatyRelation but no signing ("memorandums" was no document word of
``statements.DOCUMENT``, only "memorandum" and "memoranda"); "attended the signing ceremony of
six bilateral agreements" (a witness verb now, ``statements._WITNESS_VERB``); "and another with
the EFTA states in January" (the second treaty's own date); "allowed since March to fly over".

11. (found last) "The access agreement would be only the second such pact for Manila after its
    visiting forces agreement with Washington": the hedge of the new pact hid the treaty it is
    counted after (``relations._SUCH_PACT_AFTER``; not a planned or draft one, nor negated).

Hit rate on the rows below at 63d613e (before): positives 2/65, negatives 39/40; after: all.

Left (one example each): "President Luiz Inacio Lula da Silva and Chilean President Gabriel
Boric witnessed ..." (the KB has the name only with its accents: unlinked, so no state); "Oman
said it would open its airspace to all civilian carriers that meet its requirements, a move
welcomed by Israel" (an AGREE 030 to Israel, the wrong fact left; the held-out gold has a
Permission and a CONCEDE 081 to the state the article is about); "Under a 2014 agreement with Manila, US troops may rotate
through five Philippine bases" (neither the treaty nor the permission); "The agreements were
signed in the presence of President Xi Jinping and Serbian President Aleksandar Vucic" with no
meeting told before (read only after a meeting); "Russia keeps military bases in both former
Soviet republics" ("Soviet" is read as a state).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, find

DAY = dt.date(2024, 3, 15)

# (text, the fact's class, its roles: QIDs as a set, other values as a string)
POSITIVES = [
    # 1. goods shipped for a sum are trade, not aid
    (
        "China shipped goods worth $24 billion to Mexico last year.",
        "TradeFlow",
        {"exporter": {"Q148"}, "importer": {"Q96"}, "amount": "24000000000", "period": "2023"},
    ),
    (
        "Germany shipped goods worth 8.5 billion euros to Poland in January.",
        "TradeFlow",
        {"exporter": {"Q183"}, "importer": {"Q36"}, "amount": "8500000000"},
    ),
    (
        "Bilateral trade reached $32 billion last year, with China shipping goods worth $24 billion to Mexico.",
        "TradeFlow",
        {"exporter": {"Q148"}, "importer": {"Q96"}, "amount": "24000000000"},
    ),
    (
        "Turkey ships goods worth $2 billion to Iraq every year.",
        "TradeFlow",
        {"exporter": {"Q43"}, "importer": {"Q796"}, "amount": "2000000000"},
    ),
    # 2. a nickname in brackets after a name
    (
        "President Joko Widodo (Jokowi) and Kenyan President William Ruto on Monday witnessed the signing of five agreements at State House in Nairobi.",
        "Event",
        {"actor": {"Q252", "Q114"}, "cameoCode": "057", "date": "2024-03-11"},
    ),
    (
        "President Joko Widodo (Jokowi) and Kenyan President William Ruto on Monday witnessed the signing of five agreements at State House in Nairobi.",
        "TreatyRelation",
        {"party": {"Q252", "Q114"}, "date": "2024-03-11"},
    ),
    (
        "President Joko Widodo (Jokowi) met Kenyan President William Ruto in Nairobi on Monday.",
        "Meeting",
        {"participant": {"Q3318231", "Q195725"}},
    ),
    (
        "Kenyan President William Ruto held talks with President Joko Widodo (Jokowi) in Nairobi on Monday.",
        "Meeting",
        {"participant": {"Q3318231", "Q195725"}},
    ),
    # 3. documents "between ministries ... of the two countries", "cooperation documents"
    (
        "Vietnamese President To Lam held talks with Russian President Vladimir Putin in Hanoi. After the talks, the two leaders witnessed the signing of 11 cooperation documents between ministries, sectors and localities of the two countries.",
        "Event",
        {"actor": {"Q881", "Q159"}, "cameoCode": "057"},
    ),
    (
        "Vietnamese President To Lam held talks with Russian President Vladimir Putin in Hanoi. After the talks, the two leaders witnessed the signing of 11 cooperation documents between ministries, sectors and localities of the two countries.",
        "TreatyRelation",
        {"party": {"Q881", "Q159"}},
    ),
    (
        "Indian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister Pham Minh Chinh in New Delhi. The two leaders then witnessed the exchange of nine agreements between ministries and agencies of both countries.",
        "TreatyRelation",
        {"party": {"Q668", "Q881"}},
    ),
    (
        "Indian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister Pham Minh Chinh in New Delhi. The two leaders witnessed the signing of several cooperation documents.",
        "TreatyRelation",
        {"party": {"Q668", "Q881"}},
    ),
    # 4. the witnesses meeting in an aside
    (
        "Australian Prime Minister Anthony Albanese hosted Indian Prime Minister Narendra Modi. The two prime ministers, meeting in Canberra on the second day of the visit, witnessed the signing of a memorandum of understanding on critical minerals.",
        "TreatyRelation",
        {"party": {"Q408", "Q668"}},
    ),
    (
        "Australian Prime Minister Anthony Albanese hosted Indian Prime Minister Narendra Modi. The two prime ministers, meeting in Canberra on the second day of the visit, witnessed the signing of a memorandum of understanding on critical minerals.",
        "Event",
        {"actor": {"Q408", "Q668"}, "cameoCode": "057"},
    ),
    # 5. a document's party's promise: "under which X will provide"
    (
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Manila on Friday. The two leaders also witnessed the signing of an exchange of notes under which Japan will provide 1.6 billion yen for coastal radars.",
        "Event",
        {
            "eventType": "AGREE",
            "actor": {"Q17"},
            "recipient": {"Q928"},
            "cameoCode": "033",
            "amount": "1600000000",
            "date": "2024-03-15",
        },
    ),
    (
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Manila on Friday. The two sides signed an agreement under which Japan will provide 1.6 billion yen for coastal radars.",
        "Event",
        {"eventType": "AGREE", "actor": {"Q17"}, "cameoCode": "033"},
    ),
    (
        "Japanese Prime Minister Fumio Kishida held talks with Kenyan President William Ruto at State House in Nairobi on Wednesday. During the talks, the two leaders witnessed the signing of an exchange of notes under which Japan will provide a yen loan of up to 12.4 billion yen for a special economic zone.",
        "Event",
        {
            "eventType": "AGREE",
            "actor": {"Q17"},
            "recipient": {"Q114"},
            "cameoCode": "033",
            "date": "2024-03-13",
        },
    ),
    (
        "Indian Prime Minister Narendra Modi met Bangladeshi Prime Minister Sheikh Hasina in New Delhi. The two leaders witnessed the exchange of seven memorandums of understanding between ministries of both countries.",
        "TreatyRelation",
        {"party": {"Q668", "Q902"}},
    ),
    (
        "India signed a trade agreement with the UAE in February 2022 and another with Australia later that year.",
        "TreatyRelation",
        {"party": {"Q668", "Q408"}, "date": "2022"},
    ),
    (
        "The Paris Agreement, to which both China and the United States are parties, requires emissions cuts.",
        "TreatyRelation",
        {"party": {"Q148", "Q30"}},
    ),
    (
        "Australia, whose 2014 free trade agreement with South Korea took effect that year, is seeking more deals.",
        "TreatyRelation",
        {"party": {"Q408", "Q884"}, "date": "2014"},
    ),
    (
        "Trade between Egypt and Sudan reached $1.4 billion in 2023, with Sudanese exports accounting for about $500 million.",
        "TradeFlow",
        {"exporter": {"Q1049"}, "importer": {"Q79"}, "amount": "500000000"},
    ),
    (
        "ASEAN accounted for 15 percent of China's total trade in 2023.",
        "TradeShare",
        {"reporter": {"Q148"}, "partner": {"Q7768"}, "share": "0.15"},
    ),
    (
        "The United States has military bases in Japan and South Korea, where tens of thousands of troops are stationed.",
        "Permission",
        {"grantor": {"Q884"}, "grantee": {"Q30"}},
    ),
    (
        "Russian airlines were allowed to fly over Kazakh territory despite Western sanctions.",
        "Permission",
        {"grantor": {"Q232"}, "grantee": {"Q159"}, "activity": "Overflight"},
    ),
    # 10. (third battery) memorandums signed by "the two sides", a signing ceremony attended, the
    # second treaty's own date, airlines let through since a month
    (
        "Chinese President Xi Jinping received Egyptian President Abdel Fattah al-Sisi in Beijing on Tuesday. The two sides signed 14 memorandums of understanding.",
        "Event",
        {"actor": {"Q148", "Q79"}, "cameoCode": "057", "date": "2024-03-12"},
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman received Egyptian President Abdel Fattah al-Sisi in Riyadh on Tuesday. The two sides signed 14 memorandums of understanding in the presence of the two leaders.",
        "Event",
        {"actor": {"Q851", "Q79"}, "cameoCode": "057"},
    ),
    (
        "Ghanaian President Nana Akufo-Addo held talks with Ivorian President Alassane Ouattara in Accra. The two presidents attended the signing ceremony of six bilateral agreements.",
        "Event",
        {"actor": {"Q117", "Q1008"}, "cameoCode": "057"},
    ),
    (
        "Ghanaian President Nana Akufo-Addo held talks with Ivorian President Alassane Ouattara in Accra. The two presidents attended the signing ceremony of six bilateral agreements.",
        "TreatyRelation",
        {"party": {"Q117", "Q1008"}},
    ),
    (
        "Thailand signed a free trade agreement with Sri Lanka in February and another with the EFTA states in January.",
        "TreatyRelation",
        {"party": {"Q869", "Q166546"}, "date": "2024-01"},
    ),
    (
        "Kyrgyz airlines have been allowed since March to fly over Kazakh territory.",
        "Permission",
        {
            "grantor": {"Q232"},
            "grantee": {"Q813"},
            "activity": "Overflight",
            "startDate": "2024-03",
        },
    ),
    # 11. the treaty a new pact is counted after
    (
        "The access agreement would be only the second such pact for Manila after its visiting forces agreement with Washington.",
        "TreatyRelation",
        {"party": {"Q928", "Q30"}},
    ),
    (
        "It is the first such deal for Hanoi after its free trade agreement with the European Union.",
        "TreatyRelation",
        {"party": {"Q881", "Q458"}},
    ),
    # 6. one side's exports in an aside of the pair's total
    (
        "Trade between Nigeria and Ghana stood at 980 million dollars in 2022, with Nigerian exports accounting for about 700 million dollars.",
        "TradeFlow",
        {"exporter": {"Q1033"}, "importer": {"Q117"}, "amount": "700000000", "period": "2022"},
    ),
    (
        "Vietnam and Chile agreed to boost cooperation. Trade between the two countries stood at 2.1 billion US dollars in 2023, with Vietnamese exports accounting for about 1.6 billion dollars.",
        "TradeFlow",
        {"exporter": {"Q881"}, "importer": {"Q298"}, "amount": "1600000000"},
    ),
    (
        "Trade between Kenya and Uganda reached $1.2 billion last year, with Kenyan exports worth about $900 million.",
        "TradeFlow",
        {"exporter": {"Q114"}, "importer": {"Q1036"}, "amount": "900000000"},
    ),
    # 7. shares: a buyer's share of exports, organisations, "less than", "taking", a group's member
    (
        "China buys roughly 36 percent of Chilean exports.",
        "TradeShare",
        {"reporter": {"Q298"}, "partner": {"Q148"}, "share": "0.36"},
    ),
    (
        "The United States buys about 80 percent of Mexico's exports.",
        "TradeShare",
        {"reporter": {"Q96"}, "partner": {"Q30"}, "share": "0.8"},
    ),
    (
        "Brazil takes about a fifth of Argentina's exports.",
        "TradeShare",
        {"reporter": {"Q414"}, "partner": {"Q155"}, "share": "0.2"},
    ),
    (
        "The European Union accounted for about 12 percent of ASEAN's total trade in 2023.",
        "TradeShare",
        {"reporter": {"Q7768"}, "partner": {"Q458"}, "share": "0.12", "period": "2023"},
    ),
    (
        "The GCC accounted for about 4 percent of ASEAN's total trade.",
        "TradeShare",
        {"reporter": {"Q7768"}, "partner": {"Q217172"}, "share": "0.04"},
    ),
    (
        "Russia accounted for less than 5% of Kazakhstan's imports last year.",
        "TradeShare",
        {"reporter": {"Q232"}, "partner": {"Q159"}, "share": "0.05", "period": "2023"},
    ),
    (
        "China is Brazil's largest trading partner, taking about 30 percent of its exports.",
        "TradeShare",
        {"reporter": {"Q155"}, "partner": {"Q148"}, "share": "0.3"},
    ),
    (
        "India's trade with the five Central Asian states reached about 2 billion dollars, with Kazakhstan alone accounting for nearly two thirds.",
        "TradeShare",
        {"reporter": {"Q668"}, "partner": {"Q232"}, "share": "0.67"},
    ),
    (
        "The GCC's trade with the ten ASEAN members reached about 130 billion dollars in 2023, with Singapore alone accounting for nearly a third.",
        "TradeShare",
        {"reporter": {"Q217172"}, "partner": {"Q334"}, "share": "0.33"},
    ),
    # 8. treaties told in passing
    (
        "Egypt, whose 1979 peace treaty with Israel has held for decades, is mediating between the two sides.",
        "TreatyRelation",
        {"party": {"Q79", "Q801"}, "date": "1979"},
    ),
    (
        "Jordan, whose 1994 peace treaty with Israel remains unpopular, recalled its ambassador.",
        "TreatyRelation",
        {"party": {"Q810", "Q801"}, "date": "1994"},
    ),
    (
        "Britain signed a similar defence agreement with Japan in January 2023 and another with Italy a year later.",
        "TreatyRelation",
        {"party": {"Q145", "Q38"}, "date": "2024-01"},
    ),
    (
        "Japan signed a reciprocal access agreement with Australia in January 2022 and another with Britain a year later.",
        "TreatyRelation",
        {"party": {"Q17", "Q145"}, "date": "2023-01"},
    ),
    (
        "Japan signed a reciprocal access agreement with Australia in 2022 and another with Britain.",
        "TreatyRelation",
        {"party": {"Q17", "Q145"}},
    ),
    (
        "The Defence Cooperation Agreement, to which both Finland and the United States are parties, entered into force this year.",
        "TreatyRelation",
        {"party": {"Q33", "Q30"}},
    ),
    (
        "The Status of Forces Agreement, to which both Sweden and the United States are parties, governs the presence of US troops.",
        "TreatyRelation",
        {"party": {"Q34", "Q30"}},
    ),
    (
        "The convention, to which Russia, Ukraine and Belarus are all parties, bans such mines.",
        "TreatyRelation",
        {"party": {"Q159", "Q212", "Q184"}},
    ),
    (
        "The Philippines' visiting forces agreement with the United States, signed in 1998, allows US troops to take part in exercises.",
        "TreatyRelation",
        {"party": {"Q928", "Q30"}, "date": "1998"},
    ),
    # 9. permissions: grants with a clause of place, bases kept, airlines let through
    (
        "The agreement gives the United States access to 17 military areas and facilities in Sweden, where US forces may train, store equipment and deploy.",
        "Permission",
        {"grantor": {"Q34"}, "grantee": {"Q30"}},
    ),
    (
        "The deal gives Japanese forces access to three bases in the Philippines, where they can train.",
        "Permission",
        {"grantor": {"Q928"}, "grantee": {"Q17"}},
    ),
    (
        "Russia keeps military bases in both Armenia and Tajikistan.",
        "Permission",
        {"grantor": {"Q399"}, "grantee": {"Q159"}, "activity": "MilitaryBasing"},
    ),
    (
        "Russia keeps military bases in both Armenia and Tajikistan.",
        "Permission",
        {"grantor": {"Q863"}, "grantee": {"Q159"}, "activity": "MilitaryBasing"},
    ),
    (
        "France maintains military bases in Djibouti and Gabon.",
        "Permission",
        {"grantor": {"Q1000"}, "grantee": {"Q142"}},
    ),
    (
        "The United States has a naval base in Bahrain.",
        "Permission",
        {"grantor": {"Q398"}, "grantee": {"Q30"}},
    ),
    (
        "The United States operates a naval base in Bahrain.",
        "Permission",
        {"grantor": {"Q398"}, "grantee": {"Q30"}},
    ),
    (
        "Russia keeps a military base in Armenia.",
        "Permission",
        {"grantor": {"Q399"}, "grantee": {"Q159"}},
    ),
    (
        "Israeli airlines have been allowed since 2020 to fly over Saudi territory.",
        "Permission",
        {"grantor": {"Q851"}, "grantee": {"Q801"}, "activity": "Overflight", "startDate": "2020"},
    ),
    (
        "Israeli airlines have been permitted since 2022 to use Omani airspace.",
        "Permission",
        {"grantor": {"Q842"}, "grantee": {"Q801"}, "activity": "Overflight"},
    ),
    (
        "Qatari airlines are allowed to fly over Bahraini territory.",
        "Permission",
        {"grantor": {"Q398"}, "grantee": {"Q846"}, "activity": "Overflight"},
    ),
]

NEGATIVES = [
    # goods of aid or arms shipped stay aid; a sum shipped with no worth stays as it was
    ("Japan shipped aid worth $2 million to Turkey.", "TradeFlow", {"exporter": {"Q17"}}),
    (
        "The United States shipped weapons worth $2 billion to Ukraine last year.",
        "TradeFlow",
        {"exporter": {"Q30"}},
    ),
    ("China shipped goods worth $24 billion to Mexico last year.", "Event", {"eventType": "AID"}),
    # a state in brackets is no nickname
    (
        "Prime Minister Kishida (Japan) met President Biden.",
        "Meeting",
        {"participant": {"Q359480", "Japan"}},
    ),
    # companies' contracts "between ... of the two countries" are no treaty
    (
        "Vietnamese President To Lam held talks with Russian President Vladimir Putin in Hanoi. The two leaders witnessed the exchange of agreements between businesses and banks of the two countries.",
        "TreatyRelation",
        {"party": {"Q881", "Q159"}},
    ),
    (
        "Vietnamese President To Lam held talks with Russian President Vladimir Putin in Hanoi. The two leaders witnessed the signing of contracts between companies of the two countries.",
        "Event",
        {"cameoCode": "057"},
    ),
    # an agreement discussed or negotiated: no promise read from it
    (
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Manila on Friday. The two sides discussed an agreement under which Japan will provide 1.6 billion yen for coastal radars.",
        "Event",
        {"eventType": "AGREE", "actor": {"Q17"}},
    ),
    (
        "Japan and the Philippines are negotiating an agreement under which Japan will provide 1.6 billion yen for coastal radars.",
        "Event",
        {"eventType": "AGREE"},
    ),
    (
        "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana. The two leaders witnessed the signing of cooperation documents between enterprises of the two countries.",
        "TreatyRelation",
        {},
    ),
    (
        "The Rome Statute, to which neither Israel nor the United States is a party, created the court.",
        "TreatyRelation",
        {},
    ),
    (
        "Turkey, whose accession talks with the EU began in 2005, has made little progress.",
        "TreatyRelation",
        {},
    ),
    ("Russia has an embassy in Armenia.", "Permission", {}),
    (
        "The deal would give US forces access to bases in Sweden, where they may train.",
        "Permission",
        {},
    ),
    ("Germany takes part in about 30 percent of EU trade.", "TradeShare", {}),
    (
        "Ruto attended the signing ceremony of the new stadium's contract.",
        "Event",
        {"cameoCode": "057"},
    ),
    ("Mercosur accounted for about 10 percent of the EU's imports of beef.", "TradeShare", {}),
    (
        "The pact would be the first such agreement for Japan after its planned agreement with India.",
        "TreatyRelation",
        {},
    ),
    (
        "The pact would not be the first such agreement for Japan after its agreement with India.",
        "TreatyRelation",
        {},
    ),
    # shares of something else, or of the world's trade
    ("China buys roughly 36 percent of Chilean copper.", "TradeShare", {"partner": {"Q148"}}),
    (
        "China buys roughly 36 percent of the world's soybean exports.",
        "TradeShare",
        {"partner": {"Q148"}},
    ),
    (
        "India's trade with the five Central Asian states reached about 2 billion dollars, with Kazakhstan alone accounting for nearly two thirds of the growth.",
        "TradeShare",
        {"partner": {"Q232"}},
    ),
    (
        "Saudi Arabia's trade with China reached about 100 billion dollars in 2023, with oil accounting for nearly 80 percent.",
        "TradeShare",
        {"reporter": {"Q851"}},
    ),
    # exports of goods, or of a state outside the pair
    (
        "Trade between Nigeria and Ghana stood at 980 million dollars in 2022, with oil exports accounting for about 700 million dollars.",
        "TradeFlow",
        {"amount": "700000000"},
    ),
    (
        "Nigeria's trade with the world stood at 980 million dollars in 2022, with Nigerian exports accounting for about 700 million dollars.",
        "TradeFlow",
        {"amount": "700000000"},
    ),
    (
        "Trade between Ghana and Nigeria stood at 980 million dollars in 2022, with Chinese exports accounting for about 700 million dollars.",
        "TradeFlow",
        {"exporter": {"Q148"}},
    ),
    # treaties planned, hedged or unsigned
    (
        "Egypt, whose planned 2025 trade agreement with Israel was shelved, said nothing.",
        "TreatyRelation",
        {"party": {"Q79", "Q801"}},
    ),
    (
        "Japan signed an access agreement with Australia in 2022 and plans another with France.",
        "TreatyRelation",
        {"party": {"Q17", "Q142"}},
    ),
    (
        "The treaty, to which Sweden and the United States would become parties, is still being negotiated.",
        "TreatyRelation",
        {"party": {"Q34", "Q30"}},
    ),
    (
        "Argentina and Chile are working on agreements in preparation for the presidential visit.",
        "TreatyRelation",
        {"party": {"Q414", "Q298"}},
    ),
    (
        "Japan and India began talks on a reciprocal access pact last month.",
        "TreatyRelation",
        {"party": {"Q17", "Q668"}},
    ),
    # permissions hedged, negated, to come, or bases not let in
    (
        "The agreement would give the United States access to 17 military areas in Sweden, where US forces may train.",
        "Permission",
        {"grantee": {"Q30"}},
    ),
    (
        "Sweden may give the United States access to 17 military areas, where US forces could train.",
        "Permission",
        {"grantee": {"Q30"}},
    ),
    (
        "The agreement, if ratified, would allow Chinese warships to dock in Cambodia.",
        "Permission",
        {"grantee": {"Q148"}},
    ),
    ("China plans to build a naval base in Cambodia.", "Permission", {"grantee": {"Q148"}}),
    (
        "Russia keeps a military base in breakaway Transnistria, Moldova.",
        "Permission",
        {"grantee": {"Q159"}},
    ),
    (
        "The United States has a military base in Syria without the consent of Damascus.",
        "Permission",
        {"grantee": {"Q30"}},
    ),
    (
        "Israeli airlines are not allowed to fly over Kuwaiti territory.",
        "Permission",
        {"grantee": {"Q801"}},
    ),
    (
        "Israeli airlines could be allowed to fly over Omani airspace.",
        "Permission",
        {"grantee": {"Q801"}},
    ),
    (
        "Russian airlines have been banned from flying over EU airspace.",
        "Permission",
        {"grantee": {"Q159"}},
    ),
    ("Ghana's defence budget rose to 1.2 billion cedis in 2023.", "TradeFlow", {}),
]


@pytest.mark.parametrize(("text", "cls", "roles"), POSITIVES)
def test_found(text: str, cls: str, roles: dict[str, set[str] | str]) -> None:
    assert find(facts(text, DAY), cls, **roles) is not None


@pytest.mark.parametrize(("text", "cls", "roles"), NEGATIVES)
def test_not_found(text: str, cls: str, roles: dict[str, set[str] | str]) -> None:
    assert find(facts(text, DAY), cls, **roles) is None
