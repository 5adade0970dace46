# ruff: noqa: E501  (a table of sentences)
"""Tenures of two titles before or after one name, of an organ's chair, of a listed pair, and
names that are a relative's, not the titled person's (session 23, Tenure).

A battery of 105 fresh sentences in wire, readout and ministry styles (kept out of the repository
with the expected facts written before the extractor ran, /tmp/s23/tenures-battery.txt), plus
24 more on coreference and appositions, gave at 4fc71f0 (main) 5 wrong Tenures and 26
missed ones; 16 more on aides and pairs, and 8 on envoys' regions, 6 more wrong. Among them:

| found | rows | kind |
|---|---|---|
| the first of two coordinated titles whose state the second names after it ("Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Murat Nurtleu", "X, the Deputy Prime Minister and Minister of Foreign Affairs of the UAE,"): no Tenure for the first unless the KB already listed the holder in that role | 9 | miss |
| an apposition "X, Jordan's Deputy Prime Minister and Minister of Foreign Affairs,": the second title bound to nobody | 1 | miss |
| "Chairman of the CSTO Collective Security Council": the organ, unlinked, as the jurisdiction | 3 | wrong (and miss) |
| "The Foreign Ministers of Kazakhstan and Uzbekistan, Murat Nurtleu and Bakhtiyor Saidov": both left out because the KB, whose sources predate their appointment, shows them in other posts | 2 | miss |
| "Chairman of the Supreme State Council of the Union State": the title stops at "Chairman", no Tenure | 1 | miss |
| "Vice-Chancellor Robert Habeck" (hyphenated): no title | 1 | miss |
| "The wife of the President of Brazil, Janja Lula da Silva", "The son of the King of Jordan, Crown Prince Hussein": the relative as head of state | 2 | wrong |
| "Mohammed bin Salman, the Saudi Crown Prince and Prime Minister,": no Tenure (without "Saudi" one) | 1 | miss |
| "The Chief of Staff of the President of Ukraine, Andriy Yermak", "The adviser to the President of Ukraine, X", "The envoy of the Prime Minister of India, X": the aide as head of state or government | 3 | wrong |
| "EU Special Representative for the South Caucasus Toivo Klaar", "... for the Western Balkans Miroslav Lajcak": the holder "Caucasus Toivo Klaar", "Balkans Miroslav Lajcak" | 2 | wrong |
| "Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan X" (a dash for "and", in the Kazakh releases' style): one Tenure, none at all in the apposition "X, Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan," | 3 | miss |
| "Former Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan X": the second office asserted current | 3 (paraphrases) | wrong |

Fixed in ``people.py`` and ``offices.py`` (one title form, region words), plus one guard in the
shared ``mentions.py``:

- the first of two titles joined by "and" (or a dash) takes the state the second names after it ("... of
  Kazakhstan"), before the name or in its apposition, when the first is a head, deputy head of
  government or minister, nobody else of the article holds it, and the KB shows no office of
  the holder in another state only (``_may_hold(stated=True)``, ``_stated_for_both``);
- an apposition opened by a state's possessive ("X, Jordan's Deputy Prime Minister and ...")
  binds its second title to the name like a plain apposition;
- an organ the KB lacks whose name opens with an organisation's ("the CSTO Collective Security
  Council") gives its chair the organisation as jurisdiction (ANNOTATION.md's convention of
  blind4, 22, 31);
- the chair of an organ the KB lacks told "of" a KB organisation ("Chairman of the Supreme
  State Council of the Union State") heads that organisation;
- regions an envoy is for ("Caucasus", "Balkans", "Sahel", "Middle East", "Horn of Africa")
  are words of a title's field, never the start of the holder's name;
- an envoy or ambassador is not linked to a KB namesake the KB shows as another state's head
  of state or government or foreign minister on the article date (with the region words, "EU
  Special Representative for the Sahel João Cravinho" would otherwise be João Gomes Cravinho);
- "Vice-Chancellor" is a deputy head of government's title;
- a title after "the wife / son / daughter ... of", "the adviser / envoy / chief of staff ...
  of / to" names no holder when the name is apposed after a comma: the name is the relative's
  or the aide's (a name right after the title is the leader's: "national security adviser to
  President Joe Biden");
- "former" before the first of two coordinated titles makes the second a former office too;
- an apposition "X, the Saudi Crown Prince and Prime Minister," gives X the second title
  (the heir's style with a state before it, as without one);
- a listed pair's states ("the Foreign Ministers of A and B, X and Y") stand even when the KB
  shows the holders in other posts of those states and in no top office on the article date;
- (``mentions.py``) a plural title whose own list follows ("held talks with the foreign
  ministers of two Pacific partners, Japan's X and New Zealand's Y") is no coreference to the
  foreign ministers named before: with more of them known (the fix above), the older reading
  made a probe's meeting one of the wrong four people.

Rows below (own paraphrases; officeholders of 2023). Before (4fc71f0): positives 15/44,
negatives 24/38. After: positives 44/44, negatives 38/38. The rule dump (1,263 articles) changed by
three facts, all right: the probe "the foreign ministers of two Central Asian states,
Kazakhstan's Murat Nurtleu and Uzbekistan's Bakhtiyor Saidov" now gives their two Tenures, and
a Kazakh MFA release's "The Kazakh side was represented by Deputy Prime Minister – Foreign
Minister Murat Nurtleu" his Deputy Prime Minister's. The spent gold sets: blind26 F1 0.849 ->
0.853 (Mohammed bin Salman as Deputy Prime Minister in 2022), no other set changed. A first
version of the aides' rule also blocked a leader named right after the title ("an adviser to
President X", "a special envoy of President Y": blind21 fell by three facts): the rule now needs
the apposed comma, and two positive rows of our own keep those readings.

Left (seen in the battery, not built): "Ambassador X" named by rank only and a later "The
Brazilian ambassador" (the same person or another one cannot be told apart: "The Chinese
ambassador was not present"); an untitled name, then "The Japanese ambassador"; the "Supreme
Eurasian Economic Council" for the EAEU (an organ told by a name of its own: a table of organs
would be needed, and the gold sets disagree on organ or organisation); "President of the
European Council Charles Michel and President of the European Commission Ursula von der Leyen"
(the first name of the pair is lost).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 5, 8)

NURTLEU, TAJANI, MBA_THANI, SAIDOV = "Q66648657", "Q440710", "Q23020336", "Q109656595"
ABZ, MARTIN, SAFADI, TILEUBERDI = "Q58301", "Q920403", "Q28336737", "Q70254110"
LUKASHENKO, PASHINYAN, TOKAYEV, LAVROV = "Q2866", "Q7035479", "Q200881", "Q58217"
RUTO, DARIGA, ALIYEV, PATRUSHEV = "Q195725", "Q376532", "Q57371", "Q446865"
KAZAKHSTAN, ITALY, QATAR, UZBEKISTAN, UAE = "Q232", "Q38", "Q846", "Q265", "Q878"
IRELAND, JORDAN, GERMANY, AUSTRIA, KENYA = "Q27", "Q810", "Q183", "Q40", "Q114"
RUSSIA, CSTO, EC, MBS = "Q159", "Q318693", "Q8880", "Q6892571"


def _tenures(text: str) -> set[tuple[str, str, str]]:
    """(holder, role, jurisdiction) of each Tenure the text gives."""
    out: set[tuple[str, str, str]] = set()
    for f in facts(text, DAY):
        if f.cls.value != "Tenure":
            continue
        for holder in keys(f.get("holder")):
            for place in keys(f.get("jurisdiction")):
                out.add((holder, str(f.get("role")[0]), place))
    return out


POSITIVES = [
    # two titles, the state after the second
    (
        "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received the Ambassador of Japan.",
        (NURTLEU, "DeputyHeadOfGovernment", KAZAKHSTAN),
    ),
    (
        "Deputy Prime Minister and Foreign Minister of Italy Antonio Tajani met José Manuel Albares in Rome.",
        (TAJANI, "DeputyHeadOfGovernment", ITALY),
    ),
    (
        "Prime Minister and Minister of Foreign Affairs of Qatar Sheikh Mohammed bin Abdulrahman Al Thani held talks with Antony Blinken.",
        (MBA_THANI, "HeadOfGovernment", QATAR),
    ),
    (
        "Tokayev met Mirziyoyev in Tashkent. Deputy Prime Minister and Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov also attended.",
        (SAIDOV, "DeputyHeadOfGovernment", UZBEKISTAN),
    ),
    (
        "Deputy Prime Minister and Minister of Trade of Kazakhstan Serik Zhumangarin met the Ambassador of Japan.",
        ("Serik Zhumangarin", "DeputyHeadOfGovernment", KAZAKHSTAN),
    ),
    (
        "Deputy Prime Minister and Minister of Trade of Kazakhstan Serik Zhumangarin met the Ambassador of Japan.",
        ("Serik Zhumangarin", "Minister", KAZAKHSTAN),
    ),
    # ... joined by a dash (Kazakhstan's own releases)
    (
        "Deputy Prime Minister – Foreign Minister of the Republic of Kazakhstan Murat Nurtleu met the Ambassador of Japan.",
        (NURTLEU, "DeputyHeadOfGovernment", KAZAKHSTAN),
    ),
    (
        "Murat Nurtleu, Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan, met the Ambassador of Japan.",
        (NURTLEU, "ForeignMinister", KAZAKHSTAN),
    ),
    (
        "Murat Nurtleu, Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan, met the Ambassador of Japan.",
        (NURTLEU, "DeputyHeadOfGovernment", KAZAKHSTAN),
    ),
    (
        "Kazakh Deputy Prime Minister - Foreign Minister Murat Nurtleu met the Ambassador of Japan.",
        (NURTLEU, "DeputyHeadOfGovernment", KAZAKHSTAN),
    ),
    # ... in the name's apposition
    (
        "Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, met Sergey Lavrov.",
        (NURTLEU, "DeputyHeadOfGovernment", KAZAKHSTAN),
    ),
    (
        "Sheikh Abdullah bin Zayed, the Deputy Prime Minister and Minister of Foreign Affairs of the UAE, met Sergey Lavrov.",
        (ABZ, "DeputyHeadOfGovernment", UAE),
    ),
    (
        "The Deputy Prime Minister and Minister of Foreign Affairs of Ireland, Micheál Martin, met Espen Barth Eide.",
        (MARTIN, "DeputyHeadOfGovernment", IRELAND),
    ),
    (
        "The Deputy Prime Minister and Minister of Foreign Affairs of Ireland, Micheál Martin, met Espen Barth Eide.",
        (MARTIN, "ForeignMinister", IRELAND),
    ),
    # an apposition opened by the state's possessive
    (
        "Ayman Safadi, Jordan's Deputy Prime Minister and Minister of Foreign Affairs, said the siege of Gaza must end.",
        (SAFADI, "ForeignMinister", JORDAN),
    ),
    (
        "Ayman Safadi, Jordan's Deputy Prime Minister and Minister of Foreign Affairs, said the siege of Gaza must end.",
        (SAFADI, "DeputyHeadOfGovernment", JORDAN),
    ),
    # "former" elsewhere in the sentence leaves a current pair current
    (
        "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met former President Nursultan Nazarbayev and Foreign Minister Sergey Lavrov.",
        (LAVROV, "ForeignMinister", RUSSIA),
    ),
    (
        "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met former President Nursultan Nazarbayev and Foreign Minister Sergey Lavrov.",
        (NURTLEU, "DeputyHeadOfGovernment", KAZAKHSTAN),
    ),
    (
        "Former Prime Minister and current Foreign Minister of Kazakhstan Murat Nurtleu attended the forum.",
        (NURTLEU, "ForeignMinister", KAZAKHSTAN),
    ),
    # an organ's chair: the organisation whose name the organ's opens with
    (
        "Alexander Lukashenko, Chairman of the CSTO Collective Security Council, chaired the session in Minsk.",
        (LUKASHENKO, "HeadOfOrganization", CSTO),
    ),
    (
        "Chairman of the CSTO Collective Security Council Nikol Pashinyan refused to sign the declaration.",
        (PASHINYAN, "HeadOfOrganization", CSTO),
    ),
    (
        "Kassym-Jomart Tokayev, Chairman of the CSTO Collective Security Council, opened the session.",
        (TOKAYEV, "HeadOfOrganization", CSTO),
    ),
    (
        "Ursula von der Leyen, President of the European Commission, met Narendra Modi.",
        ("Ursula von der Leyen", "HeadOfOrganization", EC),
    ),
    (
        "Nikolai Patrushev, Secretary of the Security Council of Russia, met Wang Yi.",
        (PATRUSHEV, "SeniorOfficial", RUSSIA),
    ),
    # ... or of the organisation its name is "of"
    (
        "Alexander Lukashenko, Chairman of the Supreme State Council of the Union State, met Vladimir Putin.",
        (LUKASHENKO, "HeadOfOrganization", "Q166110"),
    ),
    (
        "Chairman of the Executive Committee of the Commonwealth of Independent States Sergei Lebedev attended the summit.",
        ("Q36150", "HeadOfOrganization", "Q7779"),
    ),
    # "Vice-Chancellor"
    (
        "German Vice-Chancellor Robert Habeck met Chinese Premier Li Qiang in Berlin.",
        ("Robert Habeck", "DeputyHeadOfGovernment", GERMANY),
    ),
    (
        "Austrian Vice-Chancellor Werner Kogler visited Kyiv on Tuesday.",
        ("Werner Kogler", "DeputyHeadOfGovernment", AUSTRIA),
    ),
    # kinship words that are not a relative's title
    (
        "A son of the soil, President William Ruto said Kenya would not bow to pressure.",
        (RUTO, "HeadOfState", KENYA),
    ),
    (
        "Kenyan President William Ruto, the son of a farmer, met Yoweri Museveni.",
        (RUTO, "HeadOfState", KENYA),
    ),
    # the heir's style before a head of government's title in the apposition
    (
        "Mohammed bin Salman, the Saudi Crown Prince and Prime Minister, hosted the meeting.",
        (MBS, "HeadOfGovernment", "Q851"),
    ),
    (
        "Sheikh Salman bin Hamad Al Khalifa, the Bahraini Crown Prince and Prime Minister, received Sergey Lavrov.",
        ("Q58140", "HeadOfGovernment", "Q398"),
    ),
    # an aide's own title, not the one of whom they are the aide
    (
        "The Chief of Staff of the President of Ukraine, Andriy Yermak, met Jake Sullivan.",
        ("Q65200615", "SeniorOfficial", "Q212"),
    ),
    # ... but the leader's own name right after the title is the leader's
    (
        "Jake Sullivan, national security adviser to President Joe Biden, met Wang Yi in Vienna.",
        ("Q6279", "HeadOfState", "Q30"),
    ),
    (
        "Erlan Karin travelled to Moscow as a special envoy of Kazakh President Kassym-Jomart Tokayev.",
        (TOKAYEV, "HeadOfState", KAZAKHSTAN),
    ),
    # a former office, then another person's current one
    (
        "Former Prime Minister of Pakistan Imran Khan and Prime Minister Shehbaz Sharif traded barbs.",
        ("Q2096387", "HeadOfGovernment", "Q843"),
    ),
    # an envoy's region is part of the title, not of the name
    (
        "Ilham Aliyev received EU Special Representative for the South Caucasus Toivo Klaar.",
        ("Toivo Klaar", "SpecialEnvoy", "Q458"),
    ),
    (
        "Aleksandar Vucic met EU Special Representative for the Western Balkans Miroslav Lajcak.",
        ("Miroslav Lajcak", "SpecialEnvoy", "Q458"),
    ),
    (
        "Antony Blinken met U.S. Special Envoy for the Horn of Africa Mike Hammer in Washington.",
        ("Mike Hammer", "SpecialEnvoy", "Q30"),
    ),
    (
        "William Ruto met EU Special Representative for the Sahel João Cravinho in Nairobi.",
        ("João Cravinho", "SpecialEnvoy", "Q458"),
    ),
    # ... and an ambassador the KB knows stays linked
    (
        "Ambassador of Russia to Belarus Boris Gryzlov met Vladimir Makei in Minsk.",
        ("Q188296", "Ambassador", RUSSIA),
    ),
    # a listed pair with its states
    (
        "The Foreign Ministers of Kazakhstan and Uzbekistan, Murat Nurtleu and Bakhtiyor Saidov, met in Tashkent.",
        (NURTLEU, "ForeignMinister", KAZAKHSTAN),
    ),
    (
        "The Foreign Ministers of Kazakhstan and Uzbekistan, Murat Nurtleu and Bakhtiyor Saidov, met in Tashkent.",
        (SAIDOV, "ForeignMinister", UZBEKISTAN),
    ),
    (
        "The prime ministers of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, met in Prague.",
        (PASHINYAN, "HeadOfGovernment", "Q399"),
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_tenure_given(text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text)


# (text, holder, role or None for any role): no such Tenure
NEGATIVES = [
    # the first title has a holder of its own, or is no office of a state
    (
        "Prime Minister Alikhan Smailov and Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met the delegation.",
        NURTLEU,
        "HeadOfGovernment",
    ),
    (
        "The Prime Minister and the Minister of Foreign Affairs of Kazakhstan, Murat Nurtleu, attended.",
        NURTLEU,
        "HeadOfGovernment",
    ),
    (
        "Special Envoy and Minister of Foreign Affairs of Kazakhstan Murat Nurtleu attended the forum.",
        NURTLEU,
        "SpecialEnvoy",
    ),
    (
        "Former Prime Minister and current Foreign Minister of Kazakhstan Murat Nurtleu attended the forum.",
        NURTLEU,
        "HeadOfGovernment",
    ),
    # a dash between two people, not two titles
    (
        "President Vladimir Putin – Foreign Minister Sergey Lavrov stood beside him – said the talks were useful.",
        LAVROV,
        "HeadOfState",
    ),
    (
        "President Vladimir Putin – Foreign Minister Sergey Lavrov stood beside him – said the talks were useful.",
        "Q7747",
        "ForeignMinister",
    ),
    # former offices, both of the pair
    (
        "Former Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi attended the forum.",
        TILEUBERDI,
        None,
    ),
    (
        "Mukhtar Tileuberdi, former Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, attended the forum.",
        TILEUBERDI,
        None,
    ),
    (
        "Former Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi attended the forum.",
        TILEUBERDI,
        None,
    ),
    (
        "Ex-Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi attended the forum.",
        TILEUBERDI,
        None,
    ),
    # an organ whose name opens with no organisation's stays itself; a state's council is no organisation
    (
        "Ursula von der Leyen, President of the European Commission, met Narendra Modi.",
        "Ursula von der Leyen",
        "HeadOfState",
    ),
    (
        "Nikolai Patrushev, Secretary of the Security Council of Russia, met Wang Yi.",
        PATRUSHEV,
        "HeadOfOrganization",
    ),
    (
        "Chairman of the Board of Directors of Rosneft Igor Sechin attended the forum.",
        "Igor Sechin",
        None,
    ),
    (
        "Chairman of the Board of Directors of Rosneft Igor Sechin attended the forum.",
        "Q315514",
        None,
    ),
    # a university's vice-chancellor
    (
        "Vice-Chancellor of the University of Nairobi Stephen Kiama met the Ambassador of Japan.",
        "Stephen Kiama",
        None,
    ),
    # relatives told by another's office
    (
        "The wife of the President of Brazil, Janja Lula da Silva, visited the school.",
        "Janja Lula da Silva",
        None,
    ),
    (
        "The son of the King of Jordan, Crown Prince Hussein, attended the ceremony.",
        "Crown Prince Hussein",
        None,
    ),
    (
        "The son of the King of Jordan, Crown Prince Hussein, attended the ceremony.",
        "Hussein",
        None,
    ),
    ("The daughter of the Kazakh President, Dariga Nazarbayeva, met Sergey Lavrov.", DARIGA, None),
    (
        "The husband of Finland's Prime Minister, Markus Räikkönen, attended the reception.",
        "Markus Räikkönen",
        None,
    ),
    # the heir's style closes no list of two people
    (
        "Mohammed bin Salman, Saudi Crown Prince and Prime Minister Shehbaz Sharif met in Jeddah.",
        MBS,
        "HeadOfGovernment",
    ),
    # aides told by the office of the one they serve
    (
        "The Chief of Staff of the President of Ukraine, Andriy Yermak, met Jake Sullivan.",
        "Q65200615",
        "HeadOfState",
    ),
    (
        "The adviser to the President of Ukraine, Mykhailo Podolyak, said talks were impossible.",
        "Mykhailo Podolyak",
        None,
    ),
    (
        "The envoy of the Prime Minister of India, Ajit Doval, arrived in Moscow.",
        "Ajit Doval",
        "HeadOfGovernment",
    ),
    (
        "Redwan Hussien, National Security Advisor to the Prime Minister of Ethiopia, met Kenyan officials.",
        "Redwan Hussien",
        "HeadOfGovernment",
    ),
    ("The mother of the Emir of Qatar, Sheikha Moza, attended the opening.", "Moza", None),
    ("The mother of the Emir of Qatar, Sheikha Moza, attended the opening.", "Sheikha Moza", None),
    # a region's last word is no first name
    (
        "Ilham Aliyev received EU Special Representative for the South Caucasus Toivo Klaar.",
        "Caucasus Toivo Klaar",
        None,
    ),
    (
        "Aleksandar Vucic met EU Special Representative for the Western Balkans Miroslav Lajcak.",
        "Balkans Miroslav Lajcak",
        None,
    ),
    # an envoy is no namesake the KB shows as another state's foreign minister on the date
    (
        "William Ruto met EU Special Representative for the Sahel João Cravinho in Nairobi.",
        "Q57343622",
        None,
    ),
    # a listed pair: not a president as a prime minister
    (
        "The prime ministers of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, met in Prague.",
        ALIYEV,
        "HeadOfGovernment",
    ),
    ("Foreign Ministers Murat Nurtleu and Bakhtiyor Saidov met in Tashkent.", SAIDOV, None),
    # unchanged readings around the rules
    (
        "Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu met the Ambassador of Japan.",
        NURTLEU,
        "HeadOfGovernment",
    ),
    (
        "Lavrov received Ambassador Rodrigo Baena Soares. The Chinese ambassador was not present.",
        "Rodrigo Baena Soares",
        None,
    ),
    (
        "Lavrov received Ambassador Rodrigo Baena Soares. He said the Brazilian ambassador to Argentina was absent.",
        "Rodrigo Baena Soares",
        None,
    ),
    (
        "Lavrov received Rodrigo Baena Soares. The Brazilian ambassador presented copies of his credentials.",
        "Rodrigo Baena Soares",
        None,
    ),
    (
        "If elected, Kemal Kilicdaroglu would become President of Turkey.",
        "Kemal Kilicdaroglu",
        None,
    ),
    (
        "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received the Ambassador of Japan.",
        NURTLEU,
        "HeadOfState",
    ),
]


@pytest.mark.parametrize(("text", "holder", "role"), NEGATIVES)
def test_no_tenure(text: str, holder: str, role: str | None) -> None:
    assert not [t for t in _tenures(text) if t[0] == holder and role in (None, t[1])]


def test_listed_ministers_are_the_groups_people() -> None:
    """ "the foreign ministers of two Pacific partners, Japan's X and New Zealand's Y": the
    people the title lists, never the foreign ministers the article named before (shared
    ``mentions.py``: the group phrase is not read as a coreference when its own list follows)."""
    text = (
        "On September 21, Foreign Minister Wang Yi met in Beijing with the foreign ministers of "
        "two states, Russia's Sergey Lavrov and India's Subrahmanyam Jaishankar.\n\nSeparately, "
        "Penny Wong held talks in Canberra with the foreign ministers of two Pacific partners, "
        "Japan's Yoko Kamikawa and New Zealand's Nanaia Mahuta, on Friday."
    )
    meetings = [
        keys(f.get("participant"))
        for f in facts(text, dt.date(2023, 9, 22))
        if f.cls.value == "Meeting"
    ]
    assert {"Q456759", "Yoko Kamikawa", "Q3798833"} in meetings
    assert not [m for m in meetings if "Q456759" in m and LAVROV in m]
