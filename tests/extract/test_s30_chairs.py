# ruff: noqa: E501  (a table of sentences)
"""Who chairs and who belongs: rotating chairs, organisations' officials, memberships told in
passing (session 30, chairs).

A battery of 51 sentences written for this session before the extractor ran
(``/tmp/s30/chairs-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), then two probe files (``probe1.txt``: chairs of
organs; ``probe2.txt``: chairs taken, handed and succeeded by people) and a battery of 22
negatives and near misses (``battery2.txt``): wire stories and releases about the AU, SADC, the
EAC, ECOWAS, the OIC, the SCO, CARICOM, the Council of Europe, the OSCE, Mercosur, the GCC, the
Arab League, ASEAN, IGAD and the IORA; hand-overs, appositions, relative clauses, passives,
plans, negations, former chairs, suspended members. At 07aa230 (main) the battery gave 3 wrong
facts (2 of this family) and missed 55 facts of this family; probe1 gave 4 more wrong facts (the
organ names below). After: 1 wrong fact (another family's, below) and 15 misses. Fixed (each
with paraphrases below, positives and negatives):

Wrong facts:

1. An organ of the members named without its organisation was an organisation of its own:
   "Lithuania took over the chairmanship of the Committee of Ministers from Liechtenstein" gave
   both states memberships of an unlinked "Committee of Ministers"; "the Council of Heads of
   State of the SCO", "the Conference of Heads of Government of CARICOM" gave "Council of
   Heads", "Conference of Heads". A membership of such an organ (``relations._MEMBERS_ORGAN``)
   is now one of the organisation named right after it, else of the one organisation the
   article named, else none (``relations._organ_owner``); an organ's name between a chair and
   its organisation ("the chairmanship of the Executive Council of the African Union", "the
   50th Session of the Council of Foreign Ministers of the OIC") is read past
   (``_ORGAN_BEFORE_ORG``, ``_ORGAN_SLOT_BEFORE_ORG``), as is "the presidency of the summit"
   at an organisation's summit the sentence names.
2. An admission of an earlier year was an act of the story: "Montenegro was admitted to the
   Council of Europe in 2007" gave the organisation's AGREE 030 dated 2007 (``events``
   applications, a shared module: one condition). It is background: the dated Membership only;
   an admission of the story's days keeps its AGREE. (Session 29's summits tests read two
   such admissions, "in March 2022" and "in 2016", as AGREE; they are here now, reversed, as
   this session's brief describes the held-out writers' reading.)

Misses of general structures:

3. Chairs handed over (``relations._HANDED_OVER_CHAIR``): "Uganda handed over the chairmanship
   of the EAC to Burundi", "Tokayev handed over the SCO chairmanship to Xi Jinping", "X was
   handed the rotating chairmanship of the AU by Y", "X succeeds Y as chairman of the AU": both
   states members (a person's state, any official's: the OSCE's Chair-in-Office is a foreign
   minister), and the person it went to a HeadOfOrganization Tenure (a chair, not a state's
   presidency; none when the sentence dates it to an earlier year).
4. Chairs taken "from" after a date or "succeeding" ("took over the chairmanship of the OSCE on
   1 January from North Macedonia", "..., succeeding Mauritanian President X"), "assumed the
   role of Chairman-in-Office of the OSCE from ...", "took over the SADC chairmanship" (the
   organisation before the chair), "Mercosur's pro tempore presidency passed from A to B",
   "Cambodia, which holds the ASEAN chair this year", "The Arab League Council, chaired by
   Bahrain", "X, whose government held the pro tempore presidency of CELAC during 2022, handed
   over the post to Y" (both states; no Tenure for a presidency), "Azali Assoumani chaired the
   African Union in 2023" (a past chair: his state's membership, no Tenure).
5. Chairs in appositions: "Ian Borg, Chairman-in-Office of the OSCE,", "The OSCE
   Chair-in-Office, X,", "The AU chair, Comoros President Azali Assoumani,", "The bloc's
   chairman, Nigerian President Bola Tinubu," (the organisation named before): the state's
   membership only, as session 28 chose for appositions (not the AU Commission's chair, nor a
   former chair).
6. Memberships told with a suspension (``relations._SUSPENDED_MEMBERS``, ``_SUSPENDED_LISTED``):
   "Gabon and Niger, both suspended from the AU and ECOWAS", "Guinea, which was suspended from
   ECOWAS", "Niger is now the fifth member barred from the African Union's activities,
   alongside Mali, Guinea, Sudan and Burkina Faso", "Four member states suspended after coups,
   A, B, C and D, were not represented" (the count must fit; the organisation the article
   named); a suspended member is still a member (the suspension is another family's event).
7. "SADC has 16 member states; the Comoros became the latest member in 2017" (dated), "Morocco
   joined the AU's predecessor, the Organisation of African Unity, in 1963" (the OAU, unlinked).
8. Heads of organisations by title (``offices``, ``people``: shared modules, one alternative
   and one condition each): "SADC Executive Secretary Elias Magosi", "IGAD Executive Secretary
   X"; "Secretary-General X of the Organisation of Islamic Cooperation" (the organisation after
   the name); a KB tenure without a jurisdiction whose title names the organisation now fits
   one that has it, so "UN Secretary-General Antonio Guterres" keeps his post (Q81066).

Hit rate at 07aa230 (main, before): positives 0/40, kept forms 2/2 (an admission of the week's
AGREE, Guterres's post), negatives 17/18 (the organ alone gave a membership); after: 40/40, 2/2,
18/18.

The rule dump (1,263 articles) changed in 10 articles: nine Tenures of "UN Secretary-General
Antonio Guterres" now carry his post (fix 8), and "Niger, Mali and Burkina Faso, all three
suspended from ECOWAS, formed the Alliance of Sahel States" gives their ECOWAS memberships beside
the Alliance's (fix 6; ``test_s12_rel3`` expected the Alliance's only, and now both). Spent gold
sets: blind21 F1 0.785 -> 0.789, blind39 links P 0.929 -> 0.930, no other set changed.

Left (one example each): the Commonwealth is no KB organisation ("Samoa's Prime Minister
assumed the role of Chair-in-Office of the Commonwealth": nothing); a chair's Tenure told in a
relative clause or an apposition ("Joko Widodo, who chairs ASEAN this year, opened the summit",
"The bloc's chairman, Nigerian President Bola Tinubu, said": membership only, session 28's
convention, which the lead's description of blind41/42 contradicts: a convention for the lead);
"Moussa Faki Mahamat, the
Commission's chairperson" (a commission by its possessive); "Kenya's President William Ruto,
the current chairman of the EAC" (the bare "EAC" is unlinked and no organisation to the rules);
"Bolivia, which applied
to join Mercosur years ago, became a full member in July" (the candidacy blanking takes the
organisation); "Tongan Prime Minister X, the new Forum Chair" ("Forum" alone). Of other
families: "Mali and Burkina Faso, both members of the Alliance of Sahel States, left ECOWAS in
January" gives a SANCTION 160 of the Alliance (suspensions); "Maltese Foreign Minister Ian Borg,
Chairman-in-Office of the OSCE, visited Kyiv" gives the visit to the OSCE, not to Borg (people /
gatherings); "Secretary-General X welcomed the ceasefire" gives a SUPPORT 051 with no recipient, as any titled
speaker's welcome does in main (reactions).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2024, 6, 14)

AU = "Q7159"
SADC = "Q816706"
EAC = "Q337456"
ECOWAS = "Q193272"
OIC = "Q47543"
SCO = "Q485207"
CARICOM = "Q205995"
COE = "Q8908"
OSCE = "Q81299"
MERCOSUR = "Q4264"
ARAB_LEAGUE = "Q7172"
ASEAN = "Q7768"
IORA = "Q2297691"
IGAD = "Q499039"
UN = "Q1065"


def _members(text: str, date: dt.date = DAY) -> set[tuple[str, str]]:
    """(member, organisation) of each Membership the text gives."""
    return {
        (m, o)
        for f in facts(text, date)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _starts(text: str, date: dt.date = DAY) -> dict[tuple[str, str], str]:
    """(member, organisation) -> startDate of each dated Membership the text gives."""
    return {
        (m, o): str(f.get("startDate")[0])
        for f in facts(text, date)
        if f.cls.value == "Membership" and f.get("startDate")
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _heads(text: str, date: dt.date = DAY) -> set[tuple[str, str]]:
    """(holder, organisation) of each HeadOfOrganization Tenure the text gives."""
    return {
        (h, j)
        for f in facts(text, date)
        if f.cls.value == "Tenure" and str(f.get("role")[0]) == "HeadOfOrganization"
        for h in keys(f.get("holder"))
        for j in keys(f.get("jurisdiction"))
    }


def _agrees(text: str, date: dt.date = DAY) -> list[tuple[set[str], set[str]]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")))
        for f in facts(text, date)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == "AGREE"
    ]


# 1. an organ of the members named without its organisation is no organisation of its own
ORGANS = [
    pytest.param(
        "Uzbekistan assumed the presidency of the Council of Heads of State of the SCO on Friday.",
        {("Q265", SCO)},
        id="council-of-heads-of-state-of",
    ),
    pytest.param(
        "Barbados took over the chairmanship of the Conference of Heads of Government of CARICOM from Jamaica.",
        {("Q244", CARICOM), ("Q766", CARICOM)},
        id="conference-of-heads-of-government-of",
    ),
    pytest.param(
        "Egypt assumed the chairmanship of the 48th Session of the Council of Foreign Ministers of the OIC in Cairo.",
        {("Q79", OIC)},
        id="session-of-the-council-of",
    ),
    pytest.param(
        "Namibia took over the chairmanship of the Executive Council of the African Union.",
        {("Q1030", AU)},
        id="executive-council-of",
    ),
    pytest.param(
        "Ireland handed over the chairmanship of the Committee of Ministers of the Council of Europe to Liechtenstein in November.",
        {("Q27", COE), ("Q347", COE)},
        id="committee-of-ministers-of-handed",
    ),
    pytest.param(
        "The Council of Europe marked its anniversary in Strasbourg. Iceland took over the chairmanship of the Committee of Ministers from Ireland.",
        {("Q189", COE), ("Q27", COE)},
        id="committee-of-ministers-article-org",
    ),
    # (no organisation named at all: no membership of "the Committee of Ministers")
    pytest.param(
        "Iceland took over the chairmanship of the Committee of Ministers from Ireland.",
        set(),
        id="committee-of-ministers-alone",
    ),
    pytest.param(
        "At the Arab League summit in Manama, Bahrain assumed the presidency of the summit from Saudi Arabia.",
        {("Q398", ARAB_LEAGUE), ("Q851", ARAB_LEAGUE)},
        id="presidency-of-the-summit",
    ),
]


@pytest.mark.parametrize(("text", "want"), ORGANS)
def test_organs_chairs(text: str, want: set[tuple[str, str]]) -> None:
    got = _members(text)
    assert got == want
    assert not any(
        o.startswith(("Council of", "Conference of", "Committee of", "Session")) for _, o in got
    )


# 2. chairs handed over, taken over, passed: both sides members, the new chair's Tenure
CHAIRS = [
    pytest.param(
        "Uganda handed over the chairmanship of the East African Community to Burundi on Friday.",
        {("Q1036", EAC), ("Q967", EAC)},
        id="state-handed-to-state",
    ),
    pytest.param(
        "Sri Lanka handed over the chairmanship of the Indian Ocean Rim Association to India on Thursday.",
        {("Q854", IORA), ("Q668", IORA)},
        id="handed-iora",
    ),
    pytest.param(
        "Laos took over the ASEAN chairmanship on 1 January, succeeding Indonesia.",
        {("Q819", ASEAN), ("Q252", ASEAN)},
        id="state-took-succeeding",
    ),
    pytest.param(
        "Malta took over the chairmanship of the OSCE on 1 January from North Macedonia.",
        {("Q233", OSCE), ("Q221", OSCE)},
        id="state-took-date-from",
    ),
    pytest.param(
        "Mercosur's pro tempore presidency passed from Brazil to Argentina at the summit in Puerto Iguazu.",
        {("Q155", MERCOSUR), ("Q414", MERCOSUR)},
        id="possessive-pro-tempore-passed",
    ),
    pytest.param(
        "Cambodia, which holds the ASEAN chair this year, hosted the foreign ministers in Phnom Penh.",
        {("Q424", ASEAN)},
        id="which-holds-the-org-chair",
    ),
    pytest.param(
        "The Arab League Council, chaired by Bahrain, met in Cairo on Tuesday.",
        {("Q398", ARAB_LEAGUE)},
        id="org-council-chaired-by",
    ),
    pytest.param(
        "SADC leaders gathered in Harare on Saturday. The bloc's chairman, Zimbabwean President Emmerson Mnangagwa, opened the summit.",
        {("Q954", SADC)},
        id="the-blocs-chairman",
    ),
    pytest.param(
        "Maltese Foreign Minister Ian Borg, Chairman-in-Office of the OSCE, arrived in Chisinau on Monday.",
        {("Q233", OSCE)},
        id="chairman-in-office-of",
    ),
    pytest.param(
        "The OSCE Chair-in-Office, Maltese Foreign Minister Ian Borg, arrived in Chisinau on Monday.",
        {("Q233", OSCE)},
        id="org-chair-in-office-apposed-before",
    ),
    pytest.param(
        "The AU chair, Comoros President Azali Assoumani, called for calm in Khartoum.",
        {("Q970", AU)},
        id="org-chair-apposed-before",
    ),
]


@pytest.mark.parametrize(("text", "want"), CHAIRS)
def test_chairs(text: str, want: set[tuple[str, str]]) -> None:
    assert _members(text) >= want


def test_person_handed_over_chair() -> None:
    text = "Uzbek President Shavkat Mirziyoyev handed over the SCO chairmanship to Kazakh President Kassym-Jomart Tokayev at the close of the summit."
    assert _members(text) >= {("Q265", SCO), ("Q232", SCO)}
    assert {h for h, j in _heads(text) if j == SCO} == {"Q200881"}


def test_person_took_chair_succeeding() -> None:
    text = "Angolan President Joao Lourenco took over the chairmanship of SADC on Saturday, succeeding Mozambican President Filipe Nyusi."
    assert _members(text) >= {("Q916", SADC), ("Q1029", SADC)}
    assert {h for h, j in _heads(text) if j == SADC} == {"Q28650390"}


@pytest.mark.parametrize(
    ("text", "want_members", "want_heads"),
    [
        pytest.param(
            "Maltese Foreign Minister Ian Borg assumed the role of Chairman-in-Office of the OSCE from North Macedonian Foreign Minister Bujar Osmani on Monday.",
            {("Q233", OSCE), ("Q221", OSCE)},
            {("Q38220741", OSCE)},
            id="role-of-chairman-in-office-from",
        ),
        pytest.param(
            "Mauritanian President Mohamed Ould Ghazouani was handed the rotating chairmanship of the African Union by Comoros President Azali Assoumani.",
            {("Q1025", AU), ("Q970", AU)},
            {("Q12241106", AU)},
            id="was-handed-the-chairmanship-by",
        ),
        pytest.param(
            "Mauritanian President Mohamed Ould Ghazouani succeeds Comoros President Azali Assoumani as chairman of the African Union.",
            {("Q1025", AU), ("Q970", AU)},
            {("Q12241106", AU)},
            id="succeeds-as-chairman-of",
        ),
        pytest.param(
            "Zimbabwean President Emmerson Mnangagwa, who took over the SADC chairmanship from Angola on Saturday, pledged to promote peace.",
            {("Q954", SADC), ("Q916", SADC)},
            {("Q510523", SADC)},
            id="took-over-the-org-chairmanship",
        ),
        pytest.param(
            "In Astana, Tokayev handed over the rotating presidency of the SCO to Xi Jinping.",
            {("Q232", SCO), ("Q148", SCO)},
            set(),
            id="presidency-handed-no-tenure",
        ),
        # (handed on in an earlier year: no Tenure now)
        pytest.param(
            "Senegalese President Macky Sall succeeded Congolese President Felix Tshisekedi as chairman of the African Union in February 2022.",
            {("Q1041", AU), ("Q974", AU)},
            set(),
            id="succeeded-in-an-earlier-year",
        ),
    ],
)
def test_people_chairs(
    text: str, want_members: set[tuple[str, str]], want_heads: set[tuple[str, str]]
) -> None:
    assert _members(text) >= want_members
    assert _heads(text) == want_heads


def test_post_handed_over_after_whose_clause() -> None:
    text = "Argentine President Alberto Fernandez, whose government held the pro tempore presidency of CELAC during 2022, handed over the post to Ralph Gonsalves, Prime Minister of Saint Vincent and the Grenadines."
    assert _members(text, dt.date(2023, 1, 25)) == {("Q414", "CELAC"), ("Q757", "CELAC")}
    assert _heads(text, dt.date(2023, 1, 25)) == set()  # (a presidency: the state's)


def test_whose_country_chairs_an_organ() -> None:
    text = "The Council of Europe ministers met in Strasbourg. Irish Foreign Minister Micheal Martin, whose country currently chairs the Committee of Ministers, said the meeting was productive."
    assert _members(text) == {("Q27", COE)}


def test_past_chair_is_a_member() -> None:
    text = "Comoros President Azali Assoumani chaired the African Union in 2023."
    assert _members(text) == {("Q970", AU)}
    assert _heads(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Comoros President Azali Assoumani never chaired the African Union.", id="never"
        ),
        pytest.param(
            "Comoros President Azali Assoumani chaired the African Union summit in Addis Ababa.",
            id="a-summit",
        ),
    ],
)
def test_past_chair_negatives(text: str) -> None:
    assert _members(text) == set()


CHAIR_NEGATIVES = [
    pytest.param(
        "Kenya will hand over the chairmanship of the East African Community to South Sudan next year.",
        id="plan",
    ),
    pytest.param("Nigeria did not hand over the ECOWAS chairmanship to Senegal.", id="negated"),
    pytest.param(
        "The EU and the AU handed over the chairmanship of the joint committee to the UN.",
        id="not-a-member-chair",
    ),
    pytest.param(
        "The bloc's chairman, Senegalese President Macky Sall, could not attend.",
        id="the-bloc-no-org-named",
    ),
    pytest.param(
        "Former OSCE Chairman-in-Office Bujar Osmani of North Macedonia spoke at the event.",
        id="former-chair",
    ),
    pytest.param(
        "The African Union Commission Chairperson, Moussa Faki Mahamat, called for calm.",
        id="commission-chair",
    ),
]


@pytest.mark.parametrize("text", CHAIR_NEGATIVES)
def test_chair_negatives(text: str) -> None:
    assert _members(text) == set()


def test_chair_to_come_gives_no_tenure() -> None:
    text = "Uzbek President Shavkat Mirziyoyev is expected to hand over the SCO chairmanship to Kazakh President Kassym-Jomart Tokayev on Thursday."
    assert _heads(text) == set()


def test_commission_presidency_handed_over_is_no_membership() -> None:
    text = "Ghana's President Nana Akufo-Addo handed over the presidency of the ECOWAS Commission to Omar Touray."
    assert _members(text) == set()


# 3. memberships told in passing: suspended members, the latest member, a predecessor
PASSING = [
    pytest.param(
        "Burkina Faso and Guinea, both suspended from the African Union and ECOWAS, sent no delegation.",
        {("Q965", AU), ("Q1006", AU), ("Q965", ECOWAS), ("Q1006", ECOWAS)},
        id="both-suspended-from",
    ),
    pytest.param(
        "Guinea, which was suspended from ECOWAS after the 2021 coup, held talks with Mali.",
        {("Q1006", ECOWAS)},
        id="which-was-suspended-from",
    ),
    pytest.param(
        "Gabon is now the sixth member barred from the African Union's activities, alongside Mali, Guinea, Sudan, Burkina Faso and Niger.",
        {("Q1000", AU), ("Q912", AU), ("Q1006", AU), ("Q1049", AU), ("Q965", AU), ("Q1032", AU)},
        id="nth-member-barred-alongside",
    ),
    pytest.param(
        "The African Union summit opened on Sunday. Three member states suspended after coups, Mali, Guinea and Niger, were absent.",
        {("Q912", AU), ("Q1006", AU), ("Q1032", AU)},
        id="counted-suspended-members-listed",
    ),
]


@pytest.mark.parametrize(("text", "want"), PASSING)
def test_memberships_in_passing(text: str, want: set[tuple[str, str]]) -> None:
    assert _members(text) >= want


PASSING_NEGATIVES = [
    pytest.param("Guinea could be suspended from the African Union.", id="hypothetical"),
    pytest.param(
        "Three member states suspended after coups, Mali, Guinea and Niger, were absent.",
        id="no-organisation",
    ),
    pytest.param(
        "The African Union summit opened on Sunday. Two member states suspended after coups, Mali, Guinea and Niger, were absent.",
        id="count-does-not-fit",
    ),
    pytest.param(
        "The African Union threatened to suspend Mali, Guinea and Burkina Faso.", id="threat"
    ),
    pytest.param(
        "ASEAN has ten member states, and Timor-Leste is expected to become the latest member.",
        id="latest-to-come",
    ),
]


@pytest.mark.parametrize("text", PASSING_NEGATIVES)
def test_memberships_in_passing_negatives(text: str) -> None:
    assert _members(text) == set()


def test_latest_member_dated() -> None:
    text = "The East African Community has eight member states; Somalia became the newest member in 2024."
    assert _starts(text) == {("Q1045", EAC): "2024"}


def test_predecessor_joined() -> None:
    text = "Ghana joined the AU's predecessor, the Organisation of African Unity, in 1963."
    assert _starts(text) == {("Q117", "Organisation of African Unity"): "1963"}


# 4. an admission of an earlier year is background: its Membership, no AGREE
def test_old_admission_is_background() -> None:
    text = "Finland was admitted to the Council of Europe in 1989."
    assert _starts(text) == {("Q33", COE): "1989"}
    assert _agrees(text) == []


@pytest.mark.parametrize(
    ("text", "member", "org", "start"),
    [
        # (session 29 read these as the organisation's AGREE: test_s29_summits.py)
        pytest.param(
            "The Democratic Republic of the Congo was admitted as the seventh member of the East African Community in March 2022.",
            "Q974",
            EAC,
            "2022-03",
            id="month-of-an-earlier-year",
        ),
        pytest.param(
            "South Sudan was admitted to the East African Community in 2016.",
            "Q958",
            EAC,
            "2016",
            id="year",
        ),
    ],
)
def test_old_admissions_are_background(text: str, member: str, org: str, start: str) -> None:
    assert _starts(text) == {(member, org): start}
    assert _agrees(text) == []


def test_news_admission_is_still_agreed() -> None:
    text = "South Sudan was admitted to the East African Community on Tuesday."
    assert _agrees(text) == [({EAC}, {"Q958"})]


# 5. heads of organisations by title
def test_executive_secretary() -> None:
    text = "IGAD Executive Secretary Workneh Gebeyehu met Kenyan President William Ruto in Nairobi on Monday."
    assert _heads(text) == {("Workneh Gebeyehu", IGAD)}


def test_secretary_general_of_after_name() -> None:
    text = "Secretary-General Hissein Brahim Taha of the Organisation of Islamic Cooperation condemned the attack."
    assert _heads(text) == {("Hissein Brahim Taha", OIC)}


def test_secretary_general_of_after_name_keeps_post() -> None:
    text = "Secretary-General Antonio Guterres of the United Nations condemned the attack."
    tenures = [f for f in facts(text, DAY) if f.cls.value == "Tenure"]
    assert [(keys(f.get("jurisdiction")), keys(f.get("post"))) for f in tenures] == [
        ({UN}, {"Q81066"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Brazil's Executive Secretary of the Foreign Ministry, Maria Laura da Rocha, met Chinese officials.",
            id="ministry-executive-secretary",
        ),
        pytest.param(
            "Secretary-General Jim Smith of the Ministry of Defence attended.",
            id="ministry-secretary-general",
        ),
    ],
)
def test_heads_negatives(text: str) -> None:
    assert _heads(text) == set()
