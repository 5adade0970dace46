# ruff: noqa: E501  (a table of sentences)
"""Organisations' collective acts and their members: the variants round 1 missed (session 30,
orgs).

A battery of 44 short articles written for this session before the extractor ran
(``/tmp/s30/orgs-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set), each naming the organisation in an earlier
sentence: summits of the AU, ECOWAS, SADC, the EAC, ASEAN, the SCO, BRICS, CARICOM, the Arab
League, the Pacific Islands Forum, the GCC, IGAD, the OIC, Mercosur, the OAS, the EU, NATO and
the Alliance of Sahel States; lists of suspended members, chairs in appositions, leaders acting
for their organisation, admissions, statuses granted, calls to lift sanctions, plans and
negations. At ce68199 (main) it gave 3 wrong facts of this family and missed 35 facts; after: 1
wrong fact and 14 misses (left, below). Fixed (each with paraphrases below, positives and
negatives):

Wrong facts:

1. "Xi Jinping and Vladimir Putin attended the SCO summit in Samarkand. The leaders also decided
   to launch the procedure for admitting Belarus" gave the AGREE to Xi and Putin (the people
   named last), with no recipient; "Leaders of the SCO met in Samarkand, with X and Y in
   attendance. The heads of state also approved a roadmap" the SUPPORT 057 to the two. "The
   leaders", "the heads of state" after a sentence telling those people attending one
   organisation's summit are the organisation, as they were after its summit told alone (round
   1's convention): ``spans.Context.summit_attended`` (shared, one field), set in
   ``mentions`` (not a meeting on the sidelines, nor "the two leaders").
2. "The leaders also lifted the sanctions on Guinea imposed in September" dated the CONCEDE to
   September (the measure's date): a date after a measure's participle is not its lifting's
   (``events._MEASURE_IMPOSED_AT``).
3. Left: "The AU Assembly called for the lifting of the economic embargo imposed by the United
   States on Cuba" gives the REQUEST to an unlinked "AU Assembly", not the AU.

Misses of general structures:

4. Suspended members listed in commas after their count, with a negated predicate after: "Three
   member states suspended after coups, Mali, Burkina Faso and Guinea, were not represented":
   the organisation's SANCTION 160 to each (``events._MEMBERS_SUSPENDED``, the count must fit;
   the negation after the list does not stop it), beside round 1's memberships.
5. "Gabon is now the sixth AU member state barred from the body's activities, alongside A, B,
   ...": the memberships of all (``relations._SUSPENDED_MEMBERS``: the organisation before
   "member state", the body's possessive).
6. A standby force ordered activated or deployed: MOBILIZE 154 of the organisation, at the state
   of "imposed sanctions on X ... and ordered" or "to restore constitutional order in X".
7. "urged the junta to de-escalate": the REQUEST's recipient is the state whose junta the
   article named before (session 29's convention for "the junta" as a subject).
8. "X, admitted in principle as the bloc's 11th member last November, attended as an observer":
   the organisation's AGREE 030, dated; no Membership ("in principle"); "Sweden, admitted as the
   alliance's 32nd member in March": the Membership (dated) and the AGREE.
9. "A, B and C were granted the status of dialogue partners", "The SCO granted X the status of
   dialogue partners": the organisation's AGREE 030 to them; no Membership.
10. "Myanmar's junta, which has been barred from ASEAN summits since 2021": the SANCTION 160 (as
    round 1's "junta chief, who has ..."; ``events._BARRED``).

Kept as round 1 left them: "The bloc's chairman, Ghanaian President X, has insisted" gives
Ghana's membership and X's Tenure as head of state, no HeadOfOrganization Tenure (session 28's
convention for appositions); "The heads of state also approved a roadmap" after the summit told
alone is the organisation's SUPPORT 057.

Hit rate of the paraphrases below at ce68199 (main): positives 0/15, negatives 15/15, kept
forms 1/1 (a lifting dated by its own day); after: 15/15, 15/15, 1/1. The rule dump (1,263
articles) did not change.

Left (one example each): "The leaders of ECOWAS imposed sanctions on Mali on January 9" (no
actor for "the leaders of X" before a verb); "urged the junta to de-escalate" when the article
named no "X's junta" (none); "Ukraine and Moldova were granted candidate status" after "The EU
summit" (the EU is masked as a state, no article organisation); "The AU Assembly called for the
lifting of ..." (actor the unlinked "AU Assembly"); "Syria, readmitted to the League earlier this month", "Bolivia, which joined as a full member in
July" (no Membership: the organisation by a bare noun, or none); "The Democratic Republic of
Congo, admitted as the bloc's seventh member" after "The EAC ... summit" (the bare "EAC" is
unlinked: none, as round 1 left it); "Argentina, Egypt, ... were
invited to join the bloc" (no AGREE); "The Alliance of Sahel States" is no KB organisation and
WAEMU unlinked. The date resolver reads "imposed sanctions on Niger on July 30" in a June story
as this year's (a date after the article's), not last year's: shared, left.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 8, 20)

AU = "Q7159"
ECOWAS = "Q193272"
ASEAN = "Q7768"
SCO = "Q485207"
NATO = "Q7184"
SADC = "Q816706"
MALI, GUINEA, BURKINA, NIGER, SUDAN, GABON = "Q912", "Q1006", "Q965", "Q1032", "Q1049", "Q1000"
MYANMAR, BELARUS, TIMOR, SWEDEN = "Q836", "Q184", "Q574", "Q34"
XI, PUTIN = "Q15031", "Q7747"


def _events(text: str, date: dt.date = DAY) -> list[tuple[str, str, set[str], set[str], str]]:
    """(type, code, actors, recipients, date) of each Event the text gives."""
    return [
        (
            str(f.get("eventType")[0]),
            str(f.get("cameoCode")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("date")[0]) if f.get("date") else "",
        )
        for f in facts(text, date)
        if f.cls.value == "Event"
    ]


def _members(text: str, date: dt.date = DAY) -> set[tuple[str, str]]:
    return {
        (m, o)
        for f in facts(text, date)
        if f.cls.value == "Membership"
        for m in keys(f.get("member"))
        for o in keys(f.get("organization"))
    }


def _has(
    text: str, kind: str, code: str, actors: set[str], recipients: set[str], date: str | None = None
) -> bool:
    return any(
        t == kind and c == code and a == actors and r == recipients and (date is None or d == date)
        for t, c, a, r, d in _events(text)
    )


@pytest.mark.parametrize(
    ("text", "kind", "code", "actors", "recipients", "date"),
    [
        # 1: the leaders who attended one organisation's summit act as the organisation
        (
            "Xi Jinping and Vladimir Putin took part in the SCO summit in Astana on Thursday. The leaders decided to launch the procedure for admitting Belarus as a member state.",
            "AGREE",
            "030",
            {SCO},
            {BELARUS},
            None,
        ),
        (
            "Leaders of the SCO met in Astana on Thursday, with Xi Jinping and Vladimir Putin in attendance. The heads of state also approved a roadmap for cooperation on energy.",
            "SUPPORT",
            "057",
            {SCO},
            set(),
            None,
        ),
        # 4: suspended members listed in commas after their count
        (
            "The African Union summit opened in Addis Ababa on Saturday. Four member states suspended after military takeovers, Mali, Guinea, Burkina Faso and Niger, were absent.",
            "SANCTION",
            "160",
            {AU},
            {MALI, GUINEA, BURKINA, NIGER},
            None,
        ),
        (
            "ECOWAS leaders met in Abuja on Sunday. Three member states suspended after coups, Mali, Burkina Faso and Guinea, were not represented.",
            "SANCTION",
            "160",
            {ECOWAS},
            {MALI, BURKINA, GUINEA},
            None,
        ),
        # 6: a standby force
        (
            "ECOWAS leaders met in Abuja on Thursday. The bloc imposed sanctions on Niger on July 30 and ordered the activation of a standby force on August 10.",
            "MOBILIZE",
            "154",
            {ECOWAS},
            {NIGER},
            "2023-08-10",
        ),
        (
            "ECOWAS heads of state met in Accra. The leaders ordered the deployment of the standby force to restore constitutional order in Niger.",
            "MOBILIZE",
            "154",
            {ECOWAS},
            {NIGER},
            None,
        ),
        # 7: "the junta" named before
        (
            "ASEAN leaders met in Jakarta on Tuesday. Myanmar's junta has ignored the peace plan. The leaders urged the junta to end the violence.",
            "REQUEST",
            "100",
            {ASEAN},
            {MYANMAR},
            None,
        ),
        # 8: an admission in an aside
        (
            "ASEAN leaders gathered in Labuan Bajo. Timor-Leste, admitted in principle as the bloc's 11th member last November, took part as an observer.",
            "AGREE",
            "030",
            {ASEAN},
            {TIMOR},
            "2022-11",
        ),
        (
            "NATO leaders met in Vilnius. Sweden, admitted as the alliance's 32nd member in March, attended as an ally.",
            "AGREE",
            "030",
            {NATO},
            {SWEDEN},
            "2023-03",
        ),
        # 9: a status granted
        (
            "The Shanghai Cooperation Organisation summit ended on Thursday. Bahrain, Maldives and Myanmar were granted the status of dialogue partners, and procedures were started for Laos.",
            "AGREE",
            "030",
            {SCO},
            {"Q398", "Q826", MYANMAR},
            None,
        ),
        (
            "The SCO granted Egypt and Qatar the status of dialogue partners on Thursday.",
            "AGREE",
            "030",
            {SCO},
            {"Q79", "Q846"},
            None,
        ),
        # 10: a state's body kept out, in a relative clause with "which"
        (
            "The ASEAN summit opened in Vientiane. Myanmar's military government, which has been barred from the bloc's summits since 2021, sent an envoy.",
            "SANCTION",
            "160",
            {ASEAN},
            {MYANMAR},
            None,
        ),
        # 2: the lifting undated by the measure's date
        (
            "The ECOWAS summit closed in Abuja. The leaders also lifted the sanctions on Guinea imposed in September.",
            "CONCEDE",
            "085",
            {ECOWAS},
            {GUINEA},
            "",
        ),
    ],
)
def test_organisation_acts(
    text: str, kind: str, code: str, actors: set[str], recipients: set[str], date: str | None
) -> None:
    assert _has(text, kind, code, actors, recipients, date), _events(text)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "The AU Peace and Security Council met on Friday. Gabon is now the sixth AU member state barred from the body's activities, alongside Mali, Guinea, Sudan, Burkina Faso and Niger.",
            {(s, AU) for s in (GABON, MALI, GUINEA, SUDAN, BURKINA, NIGER)},
        ),
        (
            "NATO leaders met in Vilnius. Sweden, admitted as the alliance's 32nd member in March, attended as an ally.",
            {(SWEDEN, NATO)},
        ),
    ],
)
def test_members(text: str, members: set[tuple[str, str]]) -> None:
    assert members <= _members(text)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # the two who met on the sidelines are the leaders; "the two leaders" is the pair
        (
            "Xi Jinping and Vladimir Putin held talks on the sidelines of the SCO summit in Astana. The leaders agreed to expand trade.",
            {SCO},
        ),
        (
            "Xi Jinping and Vladimir Putin attended the SCO summit in Astana. The two leaders agreed to expand trade.",
            {SCO},
        ),
        # an invitation to attend is no attendance
        (
            "Xi Jinping invited Luiz Inacio Lula da Silva to attend the SCO summit in Tianjin. The leaders agreed to stay in touch.",
            {SCO},
        ),
        # no people attending: people named last stay the leaders
        (
            "Xi Jinping met Vladimir Putin in Moscow. The leaders agreed to expand trade.",
            {SCO},
        ),
    ],
)
def test_leaders_not_the_organisation(text: str, forbidden: set[str]) -> None:
    assert not any(a & forbidden for _, _, a, _, _ in _events(text)), _events(text)


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        # counts that do not fit, plans, negations, observers, another's act
        (
            "ECOWAS leaders met in Abuja on Sunday. Four member states suspended after coups, Mali, Burkina Faso and Guinea, were not represented.",
            "SANCTION",
            "160",
        ),
        (
            "ECOWAS leaders said they could order the activation of the standby force if diplomacy fails in Niger.",
            "MOBILIZE",
            "154",
        ),
        (
            "ECOWAS has not yet ordered the activation of the standby force for Niger.",
            "MOBILIZE",
            "154",
        ),
        (
            "ASEAN leaders gathered in Labuan Bajo. Timor-Leste, admitted as an observer last year, attended.",
            "AGREE",
            "030",
        ),
        (
            "ASEAN leaders gathered in Labuan Bajo. Timor-Leste, which hopes to be admitted as the bloc's 11th member, attended.",
            "AGREE",
            "030",
        ),
        (
            "The SCO summit ended in Astana. Laos hopes to be granted the status of a dialogue partner next year.",
            "AGREE",
            "030",
        ),
        ("The SCO summit ended in Astana. Laos was not granted observer status.", "AGREE", "030"),
        (
            "The ASEAN summit opened in Vientiane. Myanmar's junta, which has not been barred from ASEAN summits, sent an envoy.",
            "SANCTION",
            "160",
        ),
        # (no junta named before: no recipient for "the junta")
        (
            "ASEAN leaders met in Jakarta to discuss the crisis in Myanmar. The leaders urged the junta to end the violence.",
            "REQUEST",
            "100",
        ),
    ],
)
def test_no_fact(text: str, kind: str, code: str) -> None:
    if kind == "REQUEST":
        assert not any(t == kind and c == code and r for t, c, _, r, _ in _events(text)), _events(
            text
        )
    else:
        assert not any(t == kind and c == code for t, c, _, _, _ in _events(text)), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN leaders gathered in Labuan Bajo. Timor-Leste, admitted in principle as the bloc's 11th member last November, took part as an observer.",
        "The Shanghai Cooperation Organisation summit ended on Thursday. Bahrain, Maldives and Myanmar were granted the status of dialogue partners.",
    ],
)
def test_no_membership(text: str) -> None:
    assert not _members(text), _members(text)


def test_lifting_keeps_its_own_day() -> None:
    assert _has(
        "ECOWAS on Sunday lifted the sanctions imposed on Niger in July.",
        "CONCEDE",
        "085",
        {ECOWAS},
        {NIGER},
        "2023-08-20",
    )
