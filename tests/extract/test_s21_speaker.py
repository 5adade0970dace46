# ruff: noqa: E501  (a table of sentences)
"""First-person releases (session 21, speaker): a leader or minister writing as "I" and "we".

A head of government's or state's, or a foreign minister's own release (an Australian, New
Zealand, Canadian or Indian prime minister's media release, a UK prime minister's statement, a
president's site, a foreign minister's statement) is written by the office its publisher or
URL names; "I", "me" and "my" are the person holding it on the article's date (the one named
with that office in the headline or body, else the KB's holder as far as the KB knows it, else
the state), "we" and "our two countries" after a meeting of the speaker with one other party are
the pair. Meetings, calls, hostings, agreements, invitations, thanks, congratulations, requests,
condemnations, signings, memberships and relations told in the first person must come out as
they do in the third person. A row passes when a fact of the kind, with a CAMEO code of its
family, has exactly the participants (Meeting) or actors and recipients (Event), members or
parties given. The negatives must give no such fact with the speaker's side in it: "I" inside a
quotation of someone else, a question of an interview transcript, a newspaper or a ministry as
publisher (no speaker), negated, hypothetical, future and hoped-for acts, what another told the
speaker.

Hit rate of the positives at cac4c89 (main): 1/44 (only the joint statement's "we"); after this
change (turns.release_office, MentionFinder.open_release: the author's standing turn; "we" after
the author's meeting of two the pair's states; "my counterpart, X"; "the Government and people
of X"; a state author's partners lifted to their states): 44/44. Negatives 12/12 held at both."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

# people
MORRISON, ALBANESE, ARDERN, JOHNSON, MODI = "Q7436908", "Q335697", "Q3606816", "Q180589", "Q1058"
TRUDEAU, KISHIDA, WONG, MAHUTA, JOKOWI = "Q3099714", "Q359480", "Q456759", "Q3798833", "Q3318231"
BAINIMARAMA, MARAPE, ZEL, MACRON, SCHOLZ = "Q57830", "Q6138903", "Q3874799", "Q3052772", "Q61053"
BIDEN, LEE, WANG = "Q6279", "Q57643", "Q701801"
# states and organisations
AU, NZ, PG, FJ, IN, JP, ID, UK = "Q408", "Q664", "Q691", "Q712", "Q668", "Q17", "Q252", "Q145"
UA, BY, CN, PIF = "Q212", "Q184", "Q148", "Q757276"

# the releases: publisher, URL, headline, date
SPEAKERS = {
    # Scott Morrison, as the KB knows him in June 2021
    "au": (
        "Prime Minister of Australia",
        "https://www.pm.gov.au/media/visit-pacific",
        "Visit to the Pacific",
        dt.date(2021, 6, 10),
    ),
    # Jacinda Ardern (a beehive release whose headline says the PM's)
    "nz": (
        "Beehive.govt.nz",
        "https://www.beehive.govt.nz/release/pm-meets-australian-prime-minister",
        "PM statement on Australia visit",
        dt.date(2021, 11, 5),
    ),
    "in": (
        "Prime Minister's Office",
        "https://www.pmindia.gov.in/en/news_updates/pms-visit-to-japan/",
        "PM's visit to Japan",
        dt.date(2022, 5, 24),
    ),
    "uk": (
        "Prime Minister's Office, 10 Downing Street",
        "https://www.gov.uk/government/news/pm-statement-on-us-visit",
        "PM statement on US visit",
        dt.date(2021, 9, 22),
    ),
    # Penny Wong, foreign minister
    "au-fm": (
        "Minister for Foreign Affairs",
        "https://www.foreignminister.gov.au/minister/media-release/visit-new-zealand",
        "Visit to New Zealand",
        dt.date(2022, 9, 20),
    ),
    # 2023: the KB's 2022 snapshot names no prime minister; the headline does
    "au-named": (
        "Prime Minister of Australia",
        "https://www.pm.gov.au/media/visit-india",
        "Prime Minister Albanese visits India",
        dt.date(2023, 3, 9),
    ),
    # 2023, and nobody named: the state speaks
    "au-state": (
        "Prime Minister of Australia",
        "https://www.pm.gov.au/media/visit-india-2",
        "Visit to India",
        dt.date(2023, 3, 9),
    ),
    "ca": (
        "Prime Minister of Canada",
        "https://pm.gc.ca/en/news/statements/2022/06/10/statement-prime-minister",
        "Statement by the Prime Minister",
        dt.date(2022, 6, 10),
    ),
    "ua": (
        "President of Ukraine",
        "https://www.president.gov.ua/en/news/address-by-the-president",
        "Address by the President",
        dt.date(2022, 6, 15),
    ),
    # a joint statement on a leader's site: its "we" are its issuers
    "au-joint": (
        "Prime Minister of Australia",
        "https://www.pm.gov.au/media/joint-statement-australia-new-zealand",
        "Joint Statement by Prime Minister Morrison and Prime Minister Ardern",
        dt.date(2021, 6, 10),
    ),
    # no speaker: a newspaper, a ministry
    "reuters": (
        "Reuters",
        "https://www.reuters.com/world/asia-pacific/column",
        "Column: a week in Port Moresby",
        dt.date(2021, 6, 10),
    ),
    "mfa-jp": (
        "Ministry of Foreign Affairs of Japan",
        "https://www.mofa.go.jp/press/release/press4e_003100.html",
        "Press release",
        dt.date(2022, 5, 24),
    ),
}


def _facts(speaker: str, body: str) -> list[Fact]:
    publisher, url, title, day = SPEAKERS[speaker]
    article = Article(
        id="t", source="t.txt", body=body, title=title, date=day, url=url, publisher=publisher
    )
    return extract(article, load_index())


def _keys(fact: Fact, role: str) -> set[str]:
    return {v.qid or v.label for v in fact.get(role) if isinstance(v, Entity)}  # type: ignore[misc]


def _found(found: list[Fact]) -> list[tuple[str, str, set[str], set[str]]]:
    """(kind, CAMEO code, first role's keys, second role's keys) of each fact."""
    out = []
    for f in found:
        cls = f.cls.value
        if cls == "Event":
            out.append(
                (
                    str(f.get("eventType")[0]),
                    str(f.get("cameoCode")[0]),
                    _keys(f, "actor"),
                    _keys(f, "recipient"),
                )
            )
        elif cls == "Meeting":
            out.append(("MEET", str(f.get("cameoCode")[0]), _keys(f, "participant"), set()))
        elif cls == "Membership":
            out.append(("MEMBER", "", _keys(f, "member"), _keys(f, "organization")))
        elif cls in {"TreatyRelation", "DiplomaticRelations"}:
            out.append((cls, "", _keys(f, "party"), set()))
    return out


# (speaker, body, kind, CAMEO code prefix, participants/actors/members/parties, recipients/orgs)
POSITIVES = [
    # meetings, calls, hostings
    (
        "au",
        "Today I met Prime Minister Frank Bainimarama in Suva.",
        "MEET",
        "04",
        {MORRISON, BAINIMARAMA},
        set(),
    ),
    (
        "au",
        "This morning I spoke by phone with Prime Minister Lee Hsien Loong about the pandemic.",
        "MEET",
        "041",
        {MORRISON, LEE},
        set(),
    ),
    (
        "au",
        "I have held talks with President Joko Widodo in Jakarta.",
        "MEET",
        "04",
        {MORRISON, JOKOWI},
        set(),
    ),
    (
        "au",
        "On Thursday, in Port Moresby, I met Prime Minister James Marape, who hosted the annual dialogue.",
        "MEET",
        "04",
        {MORRISON, MARAPE},
        set(),
    ),
    (
        "au",
        "Today I met my counterpart, Prime Minister Jacinda Ardern, in Queenstown.",
        "MEET",
        "04",
        {MORRISON, ARDERN},
        set(),
    ),
    (
        "au",
        "Yesterday I hosted Prime Minister Jacinda Ardern at Kirribilli House.",
        "MEET",
        "043",
        {MORRISON, ARDERN},
        set(),
    ),
    (
        "nz",
        "Earlier today I held a bilateral meeting with Prime Minister Scott Morrison in Sydney.",
        "MEET",
        "04",
        {ARDERN, MORRISON},
        set(),
    ),
    (
        "in",
        "Today I held talks with Prime Minister Fumio Kishida in Tokyo.",
        "MEET",
        "04",
        {MODI, KISHIDA},
        set(),
    ),
    (
        "in",
        "I met President Joe Biden on the sidelines of the Quad Leaders' Summit in Tokyo.",
        "MEET",
        "04",
        {MODI, BIDEN},
        set(),
    ),
    (
        "uk",
        "Today I met President Joe Biden at the White House.",
        "MEET",
        "04",
        {JOHNSON, BIDEN},
        set(),
    ),
    (
        "uk",
        "I spoke to Prime Minister Scott Morrison this evening.",
        "MEET",
        "04",
        {JOHNSON, MORRISON},
        set(),
    ),
    (
        "uk",
        "Earlier today I welcomed Prime Minister Scott Morrison to Downing Street.",
        "MEET",
        "04",
        {JOHNSON, MORRISON},
        set(),
    ),
    (
        "au-fm",
        "Today I met Foreign Minister Nanaia Mahuta in Wellington.",
        "MEET",
        "04",
        {WONG, MAHUTA},
        set(),
    ),
    (
        "au-fm",
        "In New York on Monday I held talks with Foreign Minister Wang Yi on the margins of the UN General Assembly.",
        "MEET",
        "04",
        {WONG, WANG},
        set(),
    ),
    (
        "au-named",
        "Today I met Prime Minister Narendra Modi in Ahmedabad.",
        "MEET",
        "04",
        {ALBANESE, MODI},
        set(),
    ),
    (
        "au-state",
        "Today I met Prime Minister Narendra Modi in New Delhi.",
        "MEET",
        "04",
        {AU, IN},
        set(),
    ),
    (
        "ca",
        "Today, I met with President Joe Biden in Los Angeles at the Summit of the Americas.",
        "MEET",
        "04",
        {TRUDEAU, BIDEN},
        set(),
    ),
    (
        "ua",
        "Today I had a phone call with Chancellor Olaf Scholz.",
        "MEET",
        "041",
        {ZEL, SCHOLZ},
        set(),
    ),
    # agreements, joint and one-sided
    (
        "au",
        "Prime Minister Bainimarama and I agreed to deepen our cooperation on climate resilience.",
        "AGREE",
        "03",
        {MORRISON, BAINIMARAMA},
        set(),
    ),
    # ("we agreed" of one side of the talks: the two states, as in a transcript's turn)
    (
        "au",
        "I met Prime Minister James Marape in Canberra on Thursday. We agreed to expand the Pacific labour scheme.",
        "AGREE",
        "03",
        {AU, PG},
        set(),
    ),
    (
        "nz",
        "I met Prime Minister Scott Morrison in Sydney today. We also agreed to reopen quarantine-free travel.",
        "AGREE",
        "03",
        {NZ, AU},
        set(),
    ),
    (
        "nz",
        "Prime Minister Morrison and I committed to a new climate finance partnership.",
        "AGREE",
        "03",
        {ARDERN, MORRISON},
        set(),
    ),
    (
        "in",
        "Prime Minister Kishida and I agreed to strengthen cooperation in clean energy.",
        "AGREE",
        "03",
        {MODI, KISHIDA},
        set(),
    ),
    (
        "au-fm",
        "Foreign Minister Nanaia Mahuta and I agreed to coordinate our development programs in the Pacific.",
        "AGREE",
        "03",
        {WONG, MAHUTA},
        set(),
    ),
    (
        "au-named",
        "Prime Minister Modi and I agreed to conclude a comprehensive economic cooperation agreement this year.",
        "AGREE",
        "03",
        {ALBANESE, MODI},
        set(),
    ),
    (
        "au",
        "I pledged a further $20 million to Fiji's economic recovery.",
        "AGREE",
        "03",
        {MORRISON},
        {FJ},
    ),
    # invitations
    (
        "au",
        "I have invited Prime Minister Marape to visit Canberra later this year.",
        "AGREE",
        "036",
        {MORRISON},
        {MARAPE},
    ),
    (
        "in",
        "I invited Prime Minister Kishida to visit India for the annual summit next year.",
        "AGREE",
        "036",
        {MODI},
        {KISHIDA},
    ),
    # thanks, congratulations, requests, condemnations
    (
        "au",
        "I thank the Government and people of Fiji for their warm hospitality.",
        "SUPPORT",
        "05",
        {MORRISON},
        {FJ},
    ),
    (
        "in",
        "I thank Prime Minister Kishida for his warm hospitality.",
        "SUPPORT",
        "05",
        {MODI},
        {KISHIDA},
    ),
    (
        "nz",
        "I congratulated President Joe Biden on his inauguration.",
        "SUPPORT",
        "05",
        {ARDERN},
        {BIDEN},
    ),
    (
        "ua",
        "I thank President Emmanuel Macron for his principled position.",
        "SUPPORT",
        "05",
        {ZEL},
        {MACRON},
    ),
    (
        "au-state",
        "I thank the Government and people of India for their warm welcome.",
        "SUPPORT",
        "05",
        {AU},
        {IN},
    ),
    (
        "uk",
        "I urged President Biden to lift the travel restrictions on British travellers.",
        "REQUEST",
        "10",
        {JOHNSON},
        {BIDEN},
    ),
    (
        "uk",
        "I condemn Belarus's reckless hijacking of the Ryanair flight.",
        "ACCUSE",
        "11",
        {JOHNSON},
        {BY},
    ),
    # signings, memberships, relations of "our two countries", "both our countries"
    (
        "au",
        "Prime Minister Marape and I signed a memorandum of understanding on climate cooperation in Canberra today.",
        "SUPPORT",
        "057",
        {MORRISON, MARAPE},
        set(),
    ),
    (
        "in",
        "I met Prime Minister Kishida in Tokyo today. We signed an agreement on semiconductor supply chains.",
        "TreatyRelation",
        "",
        {IN, JP},
        set(),
    ),
    (
        "au",
        "I met Prime Minister James Marape in Port Moresby today. Our two countries are both members of the Pacific Islands Forum.",
        "MEMBER",
        "",
        {PG},
        {PIF},
    ),
    (
        "au",
        "I met Prime Minister James Marape in Port Moresby today. Our two countries are both members of the Pacific Islands Forum.",
        "MEMBER",
        "",
        {AU},
        {PIF},
    ),
    (
        "nz",
        "I met Prime Minister Scott Morrison in Sydney today. Both our countries are members of the Pacific Islands Forum.",
        "MEMBER",
        "",
        {NZ},
        {PIF},
    ),
    (
        "au",
        "I met President Joko Widodo in Jakarta today. Our two countries established diplomatic relations in 1949.",
        "DiplomaticRelations",
        "",
        {AU, ID},
        set(),
    ),
    # a fronted time or visit, an aside
    (
        "in",
        "During my visit to Tokyo, I also met Prime Minister Anthony Albanese.",
        "MEET",
        "04",
        {MODI, ALBANESE},
        set(),
    ),
    (
        "ca",
        "I spoke with President Volodymyr Zelenskyy this morning, and I reaffirmed Canada's steadfast support for Ukraine.",
        "MEET",
        "041",
        {TRUDEAU, ZEL},
        set(),
    ),
    # the speaker as the one hosted, an act told as a pleasure, "my meeting with"
    (
        "au",
        "Prime Minister Jacinda Ardern hosted me in Wellington today.",
        "MEET",
        "043",
        {MORRISON, ARDERN},
        set(),
    ),
    (
        "au",
        "I was pleased to meet President Joko Widodo in Jakarta today.",
        "MEET",
        "04",
        {MORRISON, JOKOWI},
        set(),
    ),
    (
        "uk",
        "It was an honour to welcome Prime Minister Scott Morrison to Downing Street today.",
        "MEET",
        "04",
        {JOHNSON, MORRISON},
        set(),
    ),
    (
        "au-state",
        "It was a pleasure to host Prime Minister Narendra Modi in Sydney today.",
        "MEET",
        "043",
        {AU, IN},
        set(),
    ),
    (
        "in",
        "My meeting with Prime Minister Fumio Kishida today focused on clean energy.",
        "MEET",
        "04",
        {MODI, KISHIDA},
        set(),
    ),
    # a joint statement on the leader's site: "we" are the two issuers, not the site's leader
    (
        "au-joint",
        "We agreed to establish a new climate and clean energy partnership.",
        "AGREE",
        "03",
        {AU, NZ},
        set(),
    ),
]

# (speaker, body, kind, the party that must not be among its participants or actors)
NEGATIVES = [
    (
        "au",
        '"I am ready to meet Prime Minister Morrison," President Joko Widodo said.',
        "MEET",
        MORRISON,
    ),
    ("au", "I did not meet President Joko Widodo during the visit.", "MEET", MORRISON),
    ("au", "I will meet Prime Minister Jacinda Ardern in Queenstown next week.", "MEET", MORRISON),
    (
        "au",
        "If the situation allows, I would visit Jakarta and meet President Joko Widodo in the spring.",
        "MEET",
        MORRISON,
    ),
    ("au", "I hope to meet Prime Minister Narendra Modi later this year.", "MEET", MORRISON),
    (
        "au",
        "Prime Minister Marape told me that Papua New Guinea had no plans to sign a security agreement with China.",
        "TreatyRelation",
        AU,
    ),
    (
        "au",
        "I met Prime Minister Marape today. We have not agreed to any new security arrangements with Solomon Islands.",
        "AGREE",
        MORRISON,
    ),
    ("in", "I look forward to welcoming President Joe Biden to India.", "MEET", MODI),
    (
        "uk",
        '"I have invited Prime Minister Johnson to Kyiv," President Zelenskyy said.',
        "AGREE",
        JOHNSON,
    ),
    (
        "au",
        "JOURNALIST: I have invited President Joko Widodo to our studio. Will he come?\n\nPRIME MINISTER: I hope so.\n\nJOURNALIST: Thank you.",
        "AGREE",
        MORRISON,
    ),
    ("reuters", "I met Prime Minister James Marape in Port Moresby today.", "MEET", MARAPE),
    (
        "reuters",
        "It was a pleasure to meet Prime Minister James Marape in Port Moresby.",
        "MEET",
        MARAPE,
    ),
    (
        "au",
        "It would be a pleasure to meet Prime Minister Narendra Modi in Delhi.",
        "MEET",
        MORRISON,
    ),
    (
        "au",
        "I am pleased to meet Prime Minister Narendra Modi in Delhi next month.",
        "MEET",
        MORRISON,
    ),
    ("mfa-jp", "I have invited Foreign Minister Wang Yi to visit Japan.", "AGREE", WANG),
]


@pytest.mark.parametrize(("speaker", "body", "kind", "code", "first", "second"), POSITIVES)
def test_first_person_release(
    speaker: str, body: str, kind: str, code: str, first: set[str], second: set[str]
) -> None:
    found = _found(_facts(speaker, body))
    assert any(
        k == kind and c.startswith(code) and a == first and r == second for k, c, a, r in found
    ), found


@pytest.mark.parametrize(("speaker", "body", "kind", "party"), NEGATIVES)
def test_no_speaker_act(speaker: str, body: str, kind: str, party: str) -> None:
    found = _found(_facts(speaker, body))
    assert not any(k == kind and party in a for k, _c, a, _r in found), found
