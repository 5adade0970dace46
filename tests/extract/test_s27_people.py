# ruff: noqa: E501  (a table of sentences)
"""People and organisations: names written otherwise, national titles, memberships told in
passing, probed with a battery of fresh sentences (session 27, people).

A battery of 49 sentences written for this session before the extractor ran
(``/tmp/s27/people-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): wire stories, readouts and ministry releases from
North and East Africa, the Gulf, South-East Asia, the Caribbean, Latin America, Europe and the
Pacific; leaders' names spelt otherwise than the KB spells them, styles of office, lesser
officials in appositions, memberships told in passing, in lists, in the future, negated. At
ce9f3ec (main) it gave 3 wrong facts of this family and missed 30; after: 1 wrong fact and 15
misses after the first round of fixes. With the second battery (below): 64 sentences, 5 wrong
facts and 35 misses before, 1 wrong fact and 14 misses after (left, below). Probes written
while fixing found one more wrong form (2). Fixed (each with paraphrases below, positives and
negatives):

Wrong facts:

1. "General Abdel Fattah al-Burhan, Chairman of the Transitional Sovereignty Council" gave a
   Tenure as head of an unlinked organisation 'Transitional Sovereignty Council'. Sudan's
   Sovereignty Council is its collective head of state: its chairman's title is now a head of
   state's title of Sudan (``offices._TITLES``, ``NATIONAL_TITLES``), in the forms the press
   uses ("Sovereign Council", with or without "Transitional").
2. A monarch or president titled without a state took the state of another state's head the
   sentence titles: "King Salman bin Abdulaziz received the Emir of Kuwait in Riyadh" gave a
   Tenure as King of Kuwait, "President Vo Van Thuong met the President of Laos" a Tenure as
   President of Laos. A state named as "the Emir of", "the President of", "the Prime Minister
   of" ... is now ruled out for a title of the same office (``People._fitting_state``).
3. "Barbados will remain a member of the Commonwealth of Nations" gave an AGREE of Barbados
   with the Commonwealth: staying in an organisation is a membership held, no promise
   (``statements._STAYS_MEMBER``); the membership is now read (``relations._BE``: "will
   remain", "will continue to be").

Misses:

4. A leader's name the KB spells otherwise stayed unlinked though the title names the office:
   "Libyan Prime Minister Abdul Hamid Dbeibah" (the KB's "Abdulhamid Dbeibeh"), "Somali
   President Hassan Sheikh" (its "Hassan Sheikh Mohamud"), "Egyptian President Abdel-Fattah
   el-Sissi" (its "Abdel Fattah el-Sisi"). Among the KB holders of the office the title names
   on the article date (two, when the KB's year-precision terms meet), the one whose label the
   name writes loosely: its first words (two and more), or its letters with words joined or
   split, a doubled letter once and at most one vowel for another
   (``people._written_loosely``, in ``_incumbent_written_otherwise``). A name that fits no
   holder ("Somali President Hassan Ali"), another office ("Somali Prime Minister Hassan
   Sheikh"), a former office, stay as before.
5. "The Custodian of the Two Holy Mosques King Salman bin Abdulaziz" gave no Tenure: the Saudi
   king's style is now a head of state's title of Saudi Arabia, and the monarch's name after
   it ("King Salman") the KB's "Salman of Saudi Arabia" (``People._monarch_of``). After a
   headline's "King Salman", the body's name was read from the words before the known name
   ("Holy Mosques King Salman ...", unlinked, as on main); the given names taken along now
   start after a monarch's title (``People._linked_around``). Found by the spent sets' gate
   (blind27 fell 0.819 -> 0.805 before this), reproduced with an article of my own below.
6. "Qatar's Special Envoy for Counterterrorism and Mediation, Dr. ...": no Tenure ("Mediation"
   was no field word of a title).
7. Memberships: "members of the six-nation GCC", "the 27-member EU" (a count before the
   organisation), "a proud member of NATO", "will assume the ASEAN chairmanship from Cambodia"
   (both states lead it in turn, as "took over ... from" was read).

A second battery of 15 sentences (``battery2.txt``), written after these fixes, found two more
wrong facts and five more misses; fixed, but one miss ("Libya's Government of National Unity
Prime Minister Abdul Hamid Dbeibah": no Tenure):

8. A host's official titled without a state took the state of the envoy received: "Prime
   Minister Hun Manet received the Japanese Ambassador" gave a Tenure as Prime Minister of
   Japan (with Japan's post), "Deputy Foreign Minister Khalid bin Mohammed received the Omani
   Ambassador" one as Oman's. A state's mention standing for its envoy ("the Japanese
   Ambassador", "the Chinese envoy") on the other side of a meeting is now ruled out, as a
   titled person there was (``People._fitting_state``); the meeting, lost with it, is back.
9. "thanked the member states of ASEAN, in particular Indonesia and Vietnam", "ASEAN member
   states, especially ...", "Members of the African Union, notably ...": members singled out
   after the organisation (``relations._MEMBERS_NAMED_AFTER``, ``_MEMBERS_INCLUDING``).

Left (misses, with one example each): "the North Atlantic Alliance" is not NATO in the KB's
names; "its membership of the Caribbean Community and the United Nations is unchanged" (a
pronoun owner); "Eritrea ... has since rejoined the bloc, while Somalia is among its founding
members" (the bloc and "its" after a suspension); "The two Presidents agreed to ..." after "met his Tanzanian
counterpart" (one of the two unnamed: no AGREE); "The Director General of the National
Intelligence and Security Agency, Mahad Salad" without the state in the sentence; "the foreign
ministry's undersecretary for political affairs" in lower case; "President Ferdinand Marcos
Jr." with no state named in the article (the wrong fact left: an unlinked 'Ferdinand Marcos',
the father's name, as actor).

A row of test_s26_names.py now expects the KB's "Shirley Ayorkor Botchway" for "Ghanaian
Foreign Minister Shirley Ayorkor Botchwey" (4: the same person, in office on the date).

Hit rate at ce9f3ec (before): positives 2/25, negatives 11/17; after: 25/25 and 17/17. Rule dump:
one fact changed, an improvement ("Foreign Minister of Uzbekistan Abdulaziz Kamilov" is now the
KB's "Abdulaziz Komilov", in office on the date, in his Tenure and meeting).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article
from tests.extract.test_patterns import facts, keys

D22 = dt.date(2022, 8, 20)
D23 = dt.date(2023, 6, 1)


def _tenures(text: str, day: dt.date) -> set[tuple[str, str, str]]:
    """(holder, jurisdiction, role) of each Tenure the text gives."""
    return {
        (h, j, str(f.get("role")[0]))
        for f in facts(text, day)
        if f.cls.value == "Tenure"
        for h in keys(f.get("holder"))
        for j in keys(f.get("jurisdiction"))
    }


def _memberships(text: str, day: dt.date) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts(text, day)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


# (date, sentence, a Tenure it must give)
TENURES = [
    # 4. names written otherwise, the title's office of the title's state
    (
        D22,
        "Libyan Prime Minister Abdul Hamid Dbeibah received the Turkish ambassador in Tripoli.",
        ("Q105319569", "Q1016", "HeadOfGovernment"),
    ),
    (
        D22,
        "Libya's Prime Minister Abdul Hamid Dbeibah said the elections would go ahead.",
        ("Q105319569", "Q1016", "HeadOfGovernment"),
    ),
    (
        D22,
        "Somali President Hassan Sheikh held talks with Kenyan President William Ruto in Nairobi.",
        ("Q319153", "Q1045", "HeadOfState"),
    ),
    (
        D22,
        "The President of Somalia, Hassan Sheikh, arrived in Addis Ababa on Sunday.",
        ("Q319153", "Q1045", "HeadOfState"),
    ),
    (
        D23,
        "Egyptian President Abdel-Fattah el-Sissi received the Sudanese envoy in Cairo.",
        ("Q307871", "Q79", "HeadOfState"),
    ),
    (
        D23,
        "Egypt's President Abdel Fattah el-Sissi spoke by phone with the Emir of Qatar.",
        ("Q307871", "Q79", "HeadOfState"),
    ),
    # 1. Sudan's Sovereignty Council
    (
        D23,
        "General Abdel Fattah al-Burhan, Chairman of the Transitional Sovereignty Council, met Egyptian Foreign Minister Sameh Shoukry in Khartoum.",
        ("Abdel Fattah al-Burhan", "Q1049", "HeadOfState"),
    ),
    (
        D23,
        "Chairman of the Sovereignty Council Abdel Fattah al-Burhan received the Eritrean President in Port Sudan.",
        ("Abdel Fattah al-Burhan", "Q1049", "HeadOfState"),
    ),
    (
        D23,
        "The head of the Sovereignty Council, General Abdel Fattah al-Burhan, flew to Cairo on Tuesday.",
        ("Abdel Fattah al-Burhan", "Q1049", "HeadOfState"),
    ),
    # 5. the Saudi king's style
    (
        D23,
        "The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud sent a cable of congratulations to the President of Brazil.",
        ("Q367825", "Q851", "HeadOfState"),
    ),
    (
        D23,
        "The Custodian of the Two Holy Mosques King Salman received the Emir of Kuwait.",
        ("Q367825", "Q851", "HeadOfState"),
    ),
    # 6. an envoy's field
    (
        D23,
        "Qatar's Special Envoy for Counterterrorism and Mediation, Dr. Mutlaq bin Majed Al-Qahtani, met Afghan officials in Kabul.",
        ("Mutlaq bin Majed Al-Qahtani", "Q846", "SpecialEnvoy"),
    ),
]


@pytest.mark.parametrize(("day", "text", "want"), TENURES)
def test_tenure(day: dt.date, text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text, day)


# (date, sentence, a (holder, jurisdiction) it must NOT give as a Tenure)
NOT_TENURES = [
    # a name no holder of the office writes; another office; a former one
    (D22, "Somali President Hassan Ali met the Kenyan ambassador.", ("Q319153", "Q1045")),
    (D22, "Somali Prime Minister Hassan Sheikh met the Kenyan ambassador.", ("Q319153", "Q1045")),
    (D22, "Former Somali President Hassan Sheikh met the Kenyan ambassador.", ("Q319153", "Q1045")),
    (
        D22,
        "Libyan Prime Minister Abdul Hamid met the Egyptian ambassador.",
        ("Q105319569", "Q1016"),
    ),
    # 1. no organisation of a council that is Sudan's head of state
    (
        D23,
        "General Abdel Fattah al-Burhan, Chairman of the Transitional Sovereignty Council, met Egyptian Foreign Minister Sameh Shoukry in Khartoum.",
        ("Abdel Fattah al-Burhan", "Transitional Sovereignty Council"),
    ),
    # 2. another state's titled head
    (
        D23,
        "King Salman bin Abdulaziz received the Emir of Kuwait in Riyadh.",
        ("Salman bin Abdulaziz", "Q817"),
    ),
    (D23, "President Vo Van Thuong met the President of Laos in Hanoi.", ("Vo Van Thuong", "Q819")),
    # 8. the state of the envoy received
    (
        D23,
        "Prime Minister Hun Manet received the Japanese Ambassador at the Peace Palace.",
        ("Hun Manet", "Q17"),
    ),
    (
        D23,
        "Deputy Foreign Minister Khalid bin Mohammed received the Omani Ambassador in Doha.",
        ("Khalid bin Mohammed", "Q842"),
    ),
    (
        D23,
        "Foreign Minister Ali Sabry met the Chinese envoy in Colombo on Tuesday.",
        ("Ali Sabry", "Q148"),
    ),
]


@pytest.mark.parametrize(("day", "text", "absent"), NOT_TENURES)
def test_no_tenure(day: dt.date, text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(h, j) for h, j, _ in _tenures(text, day)}


def test_state_of_the_envoy_received_host_still_read() -> None:
    """8. The host's own state, named besides, is the one left (before: none, two states
    fitting)."""
    found = _tenures(
        "President Vo Van Thuong received the Lao Ambassador, and said Vietnam valued its ties with Laos.",
        D23,
    )
    assert ("Vo Van Thuong", "Q881", "HeadOfState") in found


def test_state_of_the_other_title_still_read() -> None:
    """2. A state whose head is titled with the state's name still gives its own head's Tenure
    (before and after)."""
    assert ("Q58323", "Q819", "HeadOfState") in _tenures(
        "President Vo Van Thuong met Lao President Thongloun Sisoulith in Hanoi.", D23
    )


# (sentence, memberships it must give)
MEMBERSHIPS = [
    # 3. a membership held on
    (
        "Barbados will remain a member of the Commonwealth of Nations, and its membership of the Caribbean Community is unchanged.",
        {("Q244", "Commonwealth of Nations")},
    ),
    (
        "Barbados will remain a member of the United Nations after it becomes a republic.",
        {("Q244", "Q1065")},
    ),
    ("Kenya will continue to be a member of the East African Community.", {("Q114", "Q337456")}),
    # 7. a count before the organisation; a proud member; a chair handed on
    (
        "Qatar and Kuwait are both members of the six-nation GCC, along with Saudi Arabia, the UAE, Bahrain and Oman.",
        {
            ("Q846", "Q217172"),
            ("Q817", "Q217172"),
            ("Q851", "Q217172"),
            ("Q878", "Q217172"),
            ("Q398", "Q217172"),
            ("Q842", "Q217172"),
        },
    ),
    ("Hungary is a member of the 27-member EU.", {("Q28", "Q458")}),
    ("Finland is a proud member of NATO, the minister said.", {("Q33", "Q7184")}),
    (
        "Indonesia will assume the ASEAN chairmanship from Cambodia next year.",
        {("Q252", "Q7768"), ("Q424", "Q7768")},
    ),
    (
        "Laos is set to take over the ASEAN chairmanship from Indonesia in January.",
        {("Q819", "Q7768"), ("Q252", "Q7768")},
    ),
    # 9. members singled out
    (
        "Prime Minister Hun Sen thanked the ten member states of ASEAN, in particular Indonesia and Vietnam, for their support.",
        {("Q252", "Q7768"), ("Q881", "Q7768")},
    ),
    (
        "ASEAN member states, especially Vietnam and the Philippines, have protested.",
        {("Q881", "Q7768"), ("Q928", "Q7768")},
    ),
    (
        "Members of the African Union, notably Kenya and Ethiopia, sent troops.",
        {("Q114", "Q7159"), ("Q115", "Q7159")},
    ),
]


@pytest.mark.parametrize(("text", "want"), MEMBERSHIPS)
def test_membership(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= _memberships(text, D23)


NO_MEMBERSHIPS = [
    "Barbados will not remain a member of the Commonwealth.",
    "Indonesia would take over the ASEAN chairmanship from Cambodia if Myanmar is skipped.",
    "Ukraine will become a member of the EU one day, the minister said.",
    "Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the UAE were invited to join BRICS.",
    "EU member states, particularly those in the east, want more aid.",
]


@pytest.mark.parametrize("text", NO_MEMBERSHIPS)
def test_no_membership(text: str) -> None:
    assert not _memberships(text, D23)


def test_staying_is_no_promise() -> None:
    """3. No AGREE for staying in an organisation; a promise to stay a partner still is one."""
    found = facts("Barbados will remain a member of the Commonwealth of Nations.", D23)
    assert not [f for f in found if f.cls.value == "Event"]
    partner = facts("Kenya will remain a close partner of the United States.", D23)
    assert [f for f in partner if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"]


def test_style_after_a_headline_king() -> None:
    """5. A headline's "King Salman" (no state, unlinked) made the body's "the Custodian of the
    Two Holy Mosques King Salman bin Abdulaziz Al Saud, King of the Kingdom of Saudi Arabia" an
    unlinked 'Holy Mosques King Salman ...' (the words before the known name taken as given
    names, past the monarch's title); the leaders were then that label, no state, in what
    "the two sides" did. The given names now start after the monarch's title
    (``People._linked_around``)."""
    body = (
        "JEDDAH, July 11 (QNA) --- His Highness Emir Tamim bin Hamad Al Thani held talks today "
        "with the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud, King of the "
        "Kingdom of Saudi Arabia, at the start of a two-day visit.\n\nFollowing the talks, a "
        "memorandum of understanding on trade was signed in the presence of the two leaders."
        "\n\nThe two sides also agreed to encourage investment."
    )
    article = Article(
        id="t",
        source="t.txt",
        body=body,
        title="The Emir holds talks with King Salman in Jeddah",
        date=dt.date(2021, 7, 11),
    )
    found = extract(article, load_index())
    holders = {h for f in found if f.cls.value == "Tenure" for h in keys(f.get("holder"))}
    assert "Q367825" in holders
    assert not any("Holy" in h for h in holders)
    agree = [f for f in found if f.cls.value == "Event" and str(f.get("cameoCode")[0]) == "031"]
    assert agree and keys(agree[0].get("actor")) == {"Q846", "Q851"}
    assert [f for f in found if f.cls.value == "TreatyRelation"]
