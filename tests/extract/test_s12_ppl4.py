"""People named by what they are in the text: "I" in a statement one person issues is that
person; "the guest" and "the visiting Prime Minister" are the guest of the visit the article
reports (never the host's own); and each name of a list of possessive names after a plural title
("the foreign ministers of the other Quad members, Japan's ... and India's ...") holds the title's
office for its own state."""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Entity, Fact

DAY = dt.date(2023, 9, 14)

Row = tuple[str, str, str]

WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2023/09/14/x/"
STATE_DEPT = "https://www.state.gov/remarks/1"
KREMLIN = "http://en.kremlin.ru/events/president/news/1"
MEA = "https://www.mea.gov.in/press-releases.htm?dtl/1"
AKORDA = "https://www.akorda.kz/en/1"

BIDEN, BLINKEN, SULLIVAN = "Q6279", "Q7821917", "Q16730147"
PUTIN, RAHMON, ALIYEV, TOKAYEV = "Q7747", "Q57366", "Q57371", "Q200881"
MODI, ALBANESE, RUTO, MURMU = "Q1058", "Q335697", "Q195725", "Q19901232"


def _facts(
    body: str, title: str | None = None, url: str | None = None, date: dt.date = DAY
) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, title=title, date=date, url=url)
    return extract(article, load_index())


def _key(e: object) -> str:
    assert isinstance(e, Entity)
    return e.qid or e.label


def events(
    body: str, title: str | None = None, url: str | None = None, date: dt.date = DAY
) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """(type, actors, recipients) of the article's events and meetings (participants as
    actors)."""
    out: set[tuple[str, frozenset[str], frozenset[str]]] = set()
    for f in _facts(body, title, url, date):
        if f.cls.value == "Meeting":
            out.add(("CONSULT", frozenset(_key(e) for e in f.get("participant")), frozenset()))
        elif f.cls.value == "Event":
            out.add(
                (
                    str(f.get("eventType")[0]),
                    frozenset(_key(e) for e in f.get("actor")),
                    frozenset(_key(e) for e in f.get("recipient")),
                )
            )
    return out


def tenures(
    body: str, title: str | None = None, url: str | None = None, date: dt.date = DAY
) -> set[Row]:
    """(holder, role, jurisdiction) of the article's Tenures, by QID or label."""
    out: set[Row] = set()
    for f in _facts(body, title, url, date):
        if f.cls.value != "Tenure":
            continue
        for holder in f.get("holder"):
            for place in f.get("jurisdiction"):
                out.add((_key(holder), str(f.get("role")[0]), _key(place)))
    return out


def acts_of(found: set[tuple[str, frozenset[str], frozenset[str]]], who: str) -> set[str]:
    return {kind for kind, actors, _ in found if who in actors}


# ---- "I" in a statement one person issues --------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "url", "want"),
    [
        (
            "Statement from President Joe Biden on the Anniversary of AUKUS",
            "I thank Prime Minister Anthony Albanese for his steadfast partnership.",
            WHITE_HOUSE,
            ("SUPPORT", BIDEN, ALBANESE),
        ),
        (
            "Statement by President Biden on Kenya's Leadership in Haiti",
            "I commend Kenya for its leadership of the multinational mission.",
            WHITE_HOUSE,
            ("SUPPORT", BIDEN, "Q114"),
        ),
        (
            "Statement from National Security Advisor Jake Sullivan on Georgia",
            "I urge Georgia to reverse course.",
            WHITE_HOUSE,
            ("REQUEST", SULLIVAN, "Q230"),
        ),
        (
            "Statement by Secretary Antony J. Blinken on the South Caucasus",
            "I call on Azerbaijan to reopen the Lachin corridor without delay.",
            STATE_DEPT,
            ("REQUEST", BLINKEN, "Q227"),
        ),
        (
            "Statement by President Joe Biden on the Election in Kenya",
            "I congratulate President William Ruto on his inauguration.",
            WHITE_HOUSE,
            ("SUPPORT", BIDEN, RUTO),
        ),
    ],
)
def test_i_in_a_one_person_statement_is_the_person_it_is_from(
    title: str, body: str, url: str, want: tuple[str, str, str]
) -> None:
    kind, actor, recipient = want
    found = events(body, title, url)
    assert any(
        k == kind and actor in actors and recipient in recipients for k, actors, recipients in found
    ), found


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # two issuers: "I" is neither
        (
            "Joint Statement by President Biden and Prime Minister Albanese",
            "I thank Japan for its partnership.",
        ),
        # not a statement from a person
        ("Readout of President Biden's Call with Prime Minister Albanese", "I thank Japan."),
        # a transcript: others speak in it too
        (
            "Remarks by President Biden at a Press Conference in Hanoi",
            "Q Mr. President, I thank you. I thank Japan for its patience.",
        ),
        ("Statement on the Situation in Sudan", "I thank Japan for its partnership."),
        # a quotation of someone else
        (
            "Statement from President Joe Biden on AUKUS",
            'Prime Minister Albanese told reporters: "I thank Japan for its partnership."',
        ),
        (
            "Statement from President Joe Biden on AUKUS",
            'As one minister put it, "I thank Japan for standing with us."',
        ),
    ],
)
def test_no_author_for_i_in_other_texts(title: str, body: str) -> None:
    found = events(body, title, WHITE_HOUSE)
    assert "SUPPORT" not in acts_of(found, BIDEN), found


def test_the_statements_headline_gives_its_author_a_tenure() -> None:
    found = tenures(
        "I thank Prime Minister Anthony Albanese for his partnership.",
        "Statement from President Joe Biden on the Anniversary of AUKUS",
        WHITE_HOUSE,
    )
    assert (BIDEN, "HeadOfState", "Q30") in found, found


# ---- the guest ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "url", "want"),
    [
        (
            "Vladimir Putin held talks with President of Tajikistan Emomali Rahmon, who is in "
            "Russia on a working visit. The Russian President thanked the guest for the "
            "invitation to Dushanbe.",
            KREMLIN,
            ("SUPPORT", PUTIN, RAHMON),
        ),
        (
            "President Ilham Aliyev paid an official visit to Kazakhstan on Thursday. "
            "President Kassym-Jomart Tokayev congratulated his distinguished guest on the "
            "success of the peace talks.",
            AKORDA,
            ("SUPPORT", TOKAYEV, ALIYEV),
        ),
        (
            "Emomali Rahmon arrived in Moscow on Monday. Later, Putin invited the Tajik guest "
            "to attend the summit in Kazan.",
            None,
            ("AGREE", PUTIN, RAHMON),
        ),
        (
            # the host's own prime minister named before: still the guest
            "Prime Minister Anthony Albanese paid a state visit to India at the invitation of "
            "Prime Minister Narendra Modi. President Droupadi Murmu received the visiting "
            "Prime Minister at Rashtrapati Bhavan.",
            MEA,
            ("CONSULT", MURMU, ALBANESE),
        ),
        (
            # no visit told: the one prime minister of another state than the publisher's
            "Prime Minister Narendra Modi met Prime Minister Anthony Albanese in New Delhi. "
            "Modi thanked the visiting Prime Minister for his support.",
            MEA,
            ("SUPPORT", MODI, ALBANESE),
        ),
        (
            "President Vladimir Putin received President Emomali Rahmon in the Kremlin. "
            "Putin thanked the visiting President for the invitation.",
            None,
            ("SUPPORT", PUTIN, RAHMON),
        ),
    ],
)
def test_the_guest_is_the_one_on_a_visit(
    body: str, url: str | None, want: tuple[str, str, str]
) -> None:
    kind, actor, other = want
    found = events(body, url=url)
    if kind == "CONSULT":
        assert any(k == kind and {actor, other} <= actors for k, actors, _ in found), found
    else:
        assert any(
            k == kind and actor in actors and other in recipients for k, actors, recipients in found
        ), found


@pytest.mark.parametrize(
    ("body", "url"),
    [
        # two guests: which one is unclear
        (
            "Vladimir Putin received President Emomali Rahmon and President Ilham Aliyev in "
            "St Petersburg. He thanked the guest for the invitation.",
            KREMLIN,
        ),
        # no visit: a call
        (
            "Vladimir Putin had a telephone conversation with Emomali Rahmon. He thanked the "
            "guest for the invitation.",
            KREMLIN,
        ),
        # a visit that did not happen
        (
            "Emomali Rahmon did not pay a visit to Russia this year. Putin thanked the guest "
            "for the invitation.",
            None,
        ),
        # the guest country is a state, not a person
        (
            "President Emomali Rahmon paid a state visit to Russia. Putin thanked the guest "
            "country for the invitation.",
            None,
        ),
    ],
)
def test_no_guest_when_it_is_unclear(body: str, url: str | None) -> None:
    found = events(body, url=url)
    assert not any(RAHMON in recipients or ALIYEV in recipients for _, _, recipients in found), (
        found
    )


def test_the_visiting_prime_minister_is_never_the_hosts_own() -> None:
    # the guest is a president: no prime minister is visiting
    body = (
        "President William Ruto paid a state visit to India. Prime Minister Narendra Modi "
        "thanked the visiting Prime Minister for the invitation."
    )
    found = events(body, url=MEA)
    assert not any(MODI in recipients for _, _, recipients in found), found


# ---- a plural title before a list of possessive names ---------------------------------------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Blinken joined the foreign ministers of the other two Quad partners, Japan's "
            "Yoshimasa Hayashi and India's Subrahmanyam Jaishankar, in Tokyo.",
            {("Q1141271", "ForeignMinister", "Q17"), ("Q16186720", "ForeignMinister", "Q668")},
        ),
        (
            "Lavrov held talks with the foreign ministers of fellow Central Asian states, "
            "Tajikistan's Sirojiddin Muhriddin and Kyrgyzstan's Jeenbek Kulubaev.",
            {
                ("Sirojiddin Muhriddin", "ForeignMinister", "Q863"),
                ("Q111744930", "ForeignMinister", "Q813"),
            },
        ),
        (
            "Lavrov met the foreign ministers, Iran's Hossein Amir-Abdollahian and Türkiye's "
            "Mevlüt Çavuşoğlu, in Moscow.",
            {("Q17991320", "ForeignMinister", "Q794"), ("Q249206", "ForeignMinister", "Q43")},
        ),
        (
            # people the KB does not know: unlinked holders
            "The Secretary met the defence ministers of three Gulf states, Oman's Shihab Al "
            "Said, Qatar's Khalid Al Attiyah and Kuwait's Ahmad Al Sabah.",
            {
                ("Shihab Al Said", "Minister", "Q842"),
                ("Khalid Al Attiyah", "Minister", "Q846"),
                ("Ahmad Al Sabah", "Minister", "Q817"),
            },
        ),
    ],
)
def test_a_plural_title_before_possessive_names_gives_each_their_state(
    body: str, want: set[Row]
) -> None:
    found = tenures(body, date=dt.date(2023, 3, 3))
    assert want <= found, found


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # former ministers
        (
            "He met the former foreign ministers of both countries, Russia's Igor Ivanov and "
            "Japan's Yoshimasa Hayashi.",
            ("Q378027", "ForeignMinister", "Q159"),
        ),
        # one name without a state: not Japan's
        (
            "Blinken joined the foreign ministers of the Quad partners, Japan's Yoshimasa "
            "Hayashi and Penny Wong.",
            ("Q456759", "ForeignMinister", "Q17"),
        ),
        # names with offices of their own
        (
            "The call brought together the defence ministers, Japan's Prime Minister Fumio "
            "Kishida and India's Prime Minister Narendra Modi.",
            (MODI, "Minister", "Q668"),
        ),
    ],
)
def test_no_state_from_a_possessive_list_that_is_not_the_titles(body: str, wrong: Row) -> None:
    found = tenures(body, date=dt.date(2023, 3, 3))
    assert wrong not in found, found


# ---- ministers accompanying a leader --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "url", "want"),
    [
        (
            "Vladimir Putin held talks with President Sadyr Japarov of Kyrgyzstan. President "
            "Japarov was accompanied by Energy Minister Taalaibek Ibraev.",
            KREMLIN,
            ("Taalaibek Ibraev", "Minister", "Q813"),
        ),
        (
            "Secretary Blinken met President Sadyr Japarov of Kyrgyzstan. Accompanying "
            "President Sadyr Japarov were Foreign Minister Jeenbek Kulubaev and Economy "
            "Minister Daniyar Amangeldiev.",
            STATE_DEPT,
            ("Daniyar Amangeldiev", "Minister", "Q813"),
        ),
        (
            "Vladimir Putin met Emomali Rahmon in the Kremlin. The Tajik President was "
            "accompanied by Energy Minister Daler Juma.",
            KREMLIN,
            ("Daler Juma", "Minister", "Q863"),
        ),
        (
            "Prime Minister Narendra Modi met Vladimir Putin in Moscow. Finance Minister "
            "Nirmala Sitharaman, who accompanied Prime Minister Modi, met Russian officials.",
            KREMLIN,
            ("Nirmala Sitharaman", "Minister", "Q668"),
        ),
    ],
)
def test_a_minister_accompanying_a_leader_is_of_the_leaders_state(
    body: str, url: str, want: Row
) -> None:
    found = tenures(body, url=url)
    assert want in found, found


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        # not a leader: the release's own state, as before
        (
            "Sergey Lavrov met Jeenbek Kulubaev. Lavrov was accompanied by Energy Minister "
            "Nikolai Shulginov.",
            "Nikolai Shulginov",
        ),
        # not accompanying the leader
        (
            "Vladimir Putin met Emomali Rahmon. Energy Minister Daler Juma accompanied the "
            "delegation.",
            "Daler Juma",
        ),
    ],
)
def test_no_state_of_a_leader_not_accompanied(body: str, holder: str) -> None:
    found = tenures(body, url=KREMLIN)
    assert not {place for h, _, place in found if h == holder} & {"Q813", "Q863"}, found


# ---- the pre-checks of the new patterns: each phrase passes its gate, and fails without it ----

GUEST_CUES = [
    "§P1§, who has arrived in §S2§ on an official visit",
    "§P1§, who is in §S2§ on a working visit",
    "§P1§ came to §C2§ for a two-day visit",
    "§P0§ paid a state visit to §S1§",
    "§P0§ pays an official visit to §S1§",
    "§P0§ is paying a state visit to §S1§",
    "§P0§ was on a working visit to §S1§",
    "§P0§, who is visiting §S1§",
    "§P0§ arrived in §C1§",
    "the visit of §P0§ to §S1§",
    "State Visit of §S0§ to §S1§",
    "§P0§ received §P1§",
    "§P0§ hosted the §P1§",
]


@pytest.mark.parametrize("masked", GUEST_CUES)
def test_every_guest_cue_passes_its_word_gate(masked: str) -> None:
    from dipld.extract import guests

    assert guests._GUEST_CUE.search(masked), f"the pattern no longer reads {masked!r}"
    assert any(w in masked for w in guests._CUE_WORDS), f"{masked!r} fails the gate"
    blanked = masked
    for word in guests._CUE_WORDS:
        blanked = blanked.replace(word, "x" * len(word))
    assert not guests._GUEST_CUE.search(blanked), f"{blanked!r} matches without a gate word"


GUEST_PHRASES = [
    "thanked the guest for",
    "thanked his distinguished guest for",
    "told our guest that",
    "invited the Tajik guest to",
    "welcomed the visitor",
    "praised the visiting leader for",
]


@pytest.mark.parametrize("phrase", GUEST_PHRASES)
def test_every_guest_phrase_passes_its_word_gate(phrase: str) -> None:
    from dipld.extract import guests

    assert guests._THE_GUEST.search(phrase), f"the pattern no longer reads {phrase!r}"
    assert any(w in phrase for w in guests._GUEST_WORDS), f"{phrase!r} fails the gate"
    blanked = phrase.replace("uest", "xxxx").replace("visit", "xxxxx")
    assert not guests._THE_GUEST.search(blanked), f"{blanked!r} matches without a gate word"


ACCOMPANYING = [
    ("President X was accompanied by ", people_pattern := "_ACCOMPANIED_BY"),
    ("President X, accompanied by ", people_pattern),
    ("President X was also accompanied by ", people_pattern),
    ("Accompanying ", people_pattern),
    (", who accompanied ", "_WENT_WITH"),
    (" accompanied ", "_WENT_WITH"),
]


@pytest.mark.parametrize(("phrase", "name"), ACCOMPANYING)
def test_every_accompanying_phrase_passes_its_word_gate(phrase: str, name: str) -> None:
    from dipld.extract import people

    pattern = getattr(people, name)
    assert pattern.search(phrase), f"the pattern no longer reads {phrase!r}"
    assert "ccompan" in phrase
    assert not pattern.search(phrase.replace("ccompan", "xxxxxxx"))


def _last_mentions(body: str, url: str | None = None) -> dict[str, set[str]]:
    """The mentions of the body's last sentence: their text and what they refer to."""
    from dipld.extract.facts import home_state
    from dipld.extract.mentions import MentionFinder
    from dipld.extract.text import sentences

    kb = load_index()
    article = Article(id="t", source="t.txt", body=body, date=DAY, url=url)
    finder = MentionFinder(kb, DAY, home_state(article, kb))
    analysis = None
    for sentence in sentences(body):
        analysis = finder.analyse(sentence)
    assert analysis is not None
    return {m.text: {_key(e) for e in m.entities} for m in analysis.mentions}


def test_a_counterpart_of_a_person_named_before_it_holds_that_persons_office() -> None:
    # two officials named: the counterpart is of the one whose it is
    body = (
        "Vladimir Putin held talks with President Shavkat Mirziyoyev. Mirziyoyev's Russian "
        "counterpart also thanked Uzbekistan's Foreign Minister Bakhtiyor Saidov for the "
        "preparations."
    )
    found = _last_mentions(body, KREMLIN)
    assert found.get("Russian counterpart") == {PUTIN}, found


def test_the_guest_of_honour_is_the_guest() -> None:
    body = (
        "Emomali Rahmon arrived in Moscow on a state visit. The guest of honour thanked "
        "Vladimir Putin for the invitation."
    )
    found = events(body, url=KREMLIN)
    assert any(k == "SUPPORT" and RAHMON in actors for k, actors, _ in found), found
