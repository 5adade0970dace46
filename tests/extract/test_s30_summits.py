# ruff: noqa: E501  (a table of sentences)
"""Summits and councils acting as their organisation, their declarations, and the summit
meeting itself (session 30, summits).

A battery of 45 sentences written for this session before the extractor ran
(``/tmp/s30/summits-work/battery.txt``, kept out of the repository with the facts ANNOTATION.md
expects beside each; none from a gold set): wire stories and communiques of summits of the AU,
ECOWAS, SADC, the EAC, IGAD, the Arab League, the GCC, the OIC, ASEAN, the SCO, BRICS, the G7,
the G20, CELAC, Mercosur, CARICOM and the Pacific Islands Forum; "the Summit", "the Council",
"the meeting", "the leaders", "the presidents", a declaration by name as the subject of the
organisation's acts; summits told at their close or chaired; negations, plans, notes, hopes,
themes, shared views, one member's own words at a summit. At 07aa230 (main) it gave 1 wrong
fact of this family (and 3 of others) and read 29 of the 72 facts it expects; after: 0 wrong
facts of this family (2 of others, left) and 63 of 72. A second battery of 15 (``battery2.txt``,
negatives of the new rules above all) gave no wrong fact.

Wrong facts, fixed:

1. "The ECOWAS summit was held in Abuja on Sunday. President X and President Y attended.
   Leaders agreed that Secretary-General Z will continue in office" gave an AGREE of the two
   presidents (the people named last): "the leaders", "leaders", "the heads of state", "the
   presidents" after one organisation's own summit (the article's meeting, no person in it but
   its chair, no meeting of people told since) are the organisation, as they were already the
   parties of a summit of two (``mentions._summit_parties(single=True)``).
2. "President Tinubu hosted the ECOWAS summit in Abuja. ECOWAS agreed to create a standby
   force" gave the AGREE a recipient, the host: an organisation's act at its own summit (043)
   has no counterpart among the people who hosted or chaired it (``statements._counterparts``).
3. "called for an end to the embargo imposed by the United States on Cuba" gave a SANCTION of
   the United States (the measure is background there; sanctions family, fixed with 4:
   ``events._CONDEMNED`` now also reads a call to end or lift it).

Misses of general structures, fixed:

4. A demand to ease a measure: "called for the lifting of the sanctions imposed on X by A and
   B", "called for an end to the embargo imposed by A on B", "the lifting of the US embargo on
   Cuba": REQUEST 1054 to those who imposed it (``events._LIFTED_MEASURE``); none when no one
   is named as imposing it ("an end to the embargo on Cuba").
5. The summit, its council or assembly, the meeting, its communique or declaration (by name:
   "The Riyadh Declaration") opening a sentence before the verb of an act, after an
   organisation's summit, are the organisation (``mentions._SUMMIT_BODY``): "The Summit
   approved ...", "The Council also decided to appoint a Special Envoy for X" (AGREE to X),
   "The meeting also agreed to hold the next summit with the EU" (036), "The final communique
   condemned X and urged Y to ..." (ACCUSE, REQUEST). A city or state naming the declaration is
   no party of it. Not after a meeting of states or people ("Senegal and Gambia held talks. The
   meeting agreed ..."), nor a summit negated ("The summit did not condemn ...").
6. A summit told at its close: "The summit of ECOWAS closed on Sunday in Abuja", "ended in
   Astana on Thursday with the adoption of ...", "concluded in Apulia" (the organisation's
   meeting, as "opened"; not "will close"); "The EAC heads of state summit was held", "The 44th
   and 45th ASEAN Summits opened" (more words about the summit); "The Council of Heads of State
   of the SCO met in Astana" (the organisation after the council's name, ``_BODY_MET``).
7. A summit chaired: "The GCC summit, chaired by Emir X, was held in Kuwait City", "The ASEAN
   summit opened in Jakarta on Tuesday, chaired by President Y", "The meeting of the Council of
   Heads of State of the GCC chaired by X was held today in Doha": one meeting (043) of the
   chair and the organisation, as "X chaired the GCC summit" was.
8. A decision told by its object: "approved the extension of the mandate of its mission in
   Guinea-Bissau", "approved the establishment of a regional standby force" (AGREE 030, as
   "decided to extend ..."); not "approved the extension of sanctions" (a SANCTION, as before),
   a negation or a hedge. ("authorised the deployment of US troops" is left: a permission.)
9. "CARICOM leaders met in Georgetown. They agreed to send a police contingent to Haiti":
   "they" after a sentence whose subject was one organisation whose summit it told is the
   organisation (not "it", too often another's; not after a meeting of people since).
10. "The summit of the SCO ended in Astana on Thursday with the adoption of the Astana
    Declaration": the organisation's SUPPORT 057 (``patterns.summit_reading``, shared; not
    "without the adoption", nor "will close with").

Paraphrases below: positives 0/27 before (07aa230), 27/27 after; negatives 19/19 before and
after.

Left (one example each): "urged the junta to de-escalate", "called on the army and the Rapid
Support Forces to ..." (a recipient named by a common noun: no mention); "ended in Astana with
the adoption of the Astana Declaration, which condemned Israel" (the relative clause's
ACCUSE); "The
Ibero-American Summit closed in Cuenca" (no KB organisation: no meeting, nor its acts); "The GCC
summit in Kuwait City approved the establishment of a joint military command on Tuesday" (no
meeting from a summit as the subject of an act; "command" is no decided body here);
"The AU Assembly concluded its ordinary session in Addis Ababa" (an organ the KB lacks, named
with the organisation's acronym); "The ASEAN leaders welcomed Timor-Leste ... at the summit in
Kuala Lumpur on Sunday" (no meeting from a summit named as a setting); the participants an
article names as attending a summit in a later sentence ("Presidents X and Y took part") are
not added to the organisation's meeting.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys, typed_events

AU, ECOWAS, MERCOSUR, SADC, ARAB_LEAGUE, OIC = (
    "Q7159",
    "Q193272",
    "Q4264",
    "Q816706",
    "Q7172",
    "Q47543",
)
ASEAN, G7, PIF, GCC, SCO = "Q7768", "Q1764511", "Q757276", "Q217172", "Q485207"
US, UK, CUBA = "Q30", "Q145", "Q241"


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _events(text: str, date: str) -> list[tuple[str, set[str], set[str], str]]:
    return typed_events(text, _day(date))


def _meetings(text: str, date: str) -> list[tuple[set[str], set[str], list[str]]]:
    return [
        (keys(f.get("participant")), keys(f.get("place")), [str(v) for v in f.get("date")])
        for f in facts(text, _day(date))
        if f.cls.value == "Meeting"
    ]


@pytest.mark.parametrize(
    ("date", "text", "want"),
    [
        # 1: the leaders after an organisation's own summit are the organisation
        (
            "2024-07-08",
            "The ECOWAS summit opened in Abuja on Sunday. Presidents Tinubu and Mahama took part. Leaders agreed that Secretary-General Omar Touray would remain in office.",
            ("AGREE", {ECOWAS}, {"Omar Touray"}, "030"),
        ),
        (
            "2024-09-01",
            "The Pacific Islands Forum summit was held in Nuku'alofa on Friday. The leaders adopted a regional security declaration.",
            ("SUPPORT", {PIF}, set(), "057"),
        ),
        (
            "2024-06-16",
            "The G7 summit concluded in Apulia on Saturday. The presidents agreed to provide a loan of 50 billion dollars to Ukraine.",
            ("AGREE", {G7}, {"Q212"}, "033"),
        ),
        # 2: the summit, its council, the meeting, its communique or declaration
        (
            "2024-02-20",
            "The 37th ordinary summit of the African Union closed in Addis Ababa on Sunday. The Summit also decided to deploy observers to Somalia.",
            ("AGREE", {AU}, {"Q1045"}, "030"),
        ),
        (
            "2024-12-09",
            "The summit of Mercosur ended in Montevideo on Friday. The meeting also agreed to invite Bolivia to the next summit.",
            ("AGREE", {MERCOSUR}, {"Q750"}, "036"),
        ),
        (
            "2024-11-12",
            "The Arab League summit closed in Riyadh on Monday. The final communique condemned Israel and urged Iran to stop arming militias.",
            ("REQUEST", {ARAB_LEAGUE}, {"Q794"}, "100"),
        ),
        (
            "2024-11-12",
            "The Arab League summit closed in Riyadh on Monday. The final communique condemned Israel and urged Iran to stop arming militias.",
            ("ACCUSE", {ARAB_LEAGUE}, {"Q801"}, "111"),
        ),
        (
            "2024-11-12",
            "The OIC summit closed in Riyadh on Monday. The Riyadh Declaration called on Israel to withdraw from the occupied territories.",
            ("REQUEST", {OIC}, {"Q801"}, "100"),
        ),
        (
            "2024-10-15",
            "The ASEAN summit opened in Vientiane on Wednesday. The Council also decided to appoint a special envoy for Myanmar.",
            ("AGREE", {ASEAN}, {"Q836"}, "030"),
        ),
        # 3: a demand to ease a measure, on those who imposed it
        (
            "2024-08-19",
            "The SADC heads of state summit was held in Harare on Saturday. The Summit called for the lifting of the sanctions imposed on Zimbabwe by Britain and the United States.",
            ("REQUEST", {SADC}, {UK, US}, "1054"),
        ),
        (
            "2024-11-20",
            "Mexico called for the lifting of the US embargo on Cuba.",
            ("REQUEST", {"Q96"}, {US}, "1054"),
        ),
    ],
)
def test_summit_acts_as_its_organisation(
    date: str, text: str, want: tuple[str, set[str], set[str], str]
) -> None:
    found = _events(text, date)
    assert want in found, found


def test_embargo_called_to_end_is_no_sanction() -> None:
    found = _events(
        "The OAS General Assembly called for an end to the embargo imposed by the United States on Cuba.",
        "2024-11-20",
    )
    assert [(t, r, c) for t, _, r, c in found] == [("REQUEST", {US}, "1054")]


@pytest.mark.parametrize(
    ("date", "text", "want"),
    [
        # 4: a summit told at its close
        (
            "2024-07-08",
            "The summit of the Economic Community of West African States closed on Sunday in Abuja.",
            ({ECOWAS}, {"Q3787"}, ["2024-07-07"]),
        ),
        (
            "2024-02-20",
            "The AU summit ended in Addis Ababa on Sunday with the adoption of a declaration.",
            ({AU}, {"Q3624"}, ["2024-02-18"]),
        ),
        (
            "2024-08-19",
            "The SADC heads of state summit was held in Harare on Saturday.",
            ({SADC}, {"Q3921"}, ["2024-08-17"]),
        ),
        # 5: the Council of Heads of State of an organisation
        (
            "2024-07-05",
            "The Council of Heads of State of the SCO met in Astana on Thursday.",
            ({SCO}, {"Q1520"}, ["2024-07-04"]),
        ),
    ],
)
def test_summit_told_at_its_close(
    date: str, text: str, want: tuple[set[str], set[str], list[str]]
) -> None:
    assert _meetings(text, date) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting of people since: "the leaders" stay theirs (unchanged)
        "The ECOWAS summit opened in Abuja on Sunday. President Tinubu met President Mahama on the sidelines. The leaders agreed to boost trade.",
        "The ECOWAS summit opened in Abuja on Sunday. The summit did not condemn Mali.",
        "The ECOWAS summit opened in Abuja on Sunday. The leaders noted progress in Guinea.",
        "The ECOWAS summit opened in Abuja on Sunday. The leaders expressed hope that the talks would resume.",
        # a meeting of states: "the meeting" is no organisation
        "Senegal and Gambia held talks in Dakar. The meeting agreed to reopen the border.",
        "The talks ended without agreement. The Council decided to extend the mandate.",
    ],
)
def test_no_act_of_the_organisation(text: str) -> None:
    found = _events(text, "2024-07-08")
    assert all(a <= {"Tinubu", "Mahama"} for _, a, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The ECOWAS summit will open in Abuja on Sunday.",
        "The border closed on Sunday in Abuja.",
        "The summit of the Organisation of Turkic States will be held in Bishkek in November.",
    ],
)
def test_no_summit_meeting(text: str) -> None:
    assert _meetings(text, "2024-07-08") == []


@pytest.mark.parametrize(
    "text",
    [
        "Cuba condemned the embargo imposed by the United States. The UN called for an end to the war.",
        "The AU called for an end to the embargo on Cuba.",
    ],
)
def test_no_request_to_lift_without_who_imposed_it(text: str) -> None:
    assert not [e for e in _events(text, "2024-07-08") if e[3] == "1054"]


def test_a_sanction_imposed_is_still_one() -> None:
    found = _events("The United States imposed new sanctions on Iran on Friday.", "2024-07-08")
    assert [(t, a, r) for t, a, r, _ in found] == [("SANCTION", {US}, {"Q794"})]


@pytest.mark.parametrize(
    ("date", "text", "chair", "place", "day"),
    [
        (
            "2025-03-10",
            "The meeting of the Supreme Council of Heads of State of the Gulf Cooperation Council chaired by Emir Tamim bin Hamad was held today in Doha.",
            "Q1855372",
            "Q3861",
            "2025-03-10",
        ),
        (
            "2024-10-12",
            "The ASEAN summit opened in Jakarta on Tuesday, chaired by President Joko Widodo.",
            "Q3318231",
            "Q3630",
            "2024-10-08",
        ),
        (
            "2024-10-12",
            "The 44th and 45th ASEAN Summits, chaired by President Joko Widodo, opened in Jakarta on Tuesday.",
            "Q3318231",
            "Q3630",
            "2024-10-08",
        ),
    ],
)
def test_summit_chaired_by_a_leader(date: str, text: str, chair: str, place: str, day: str) -> None:
    found = [f for f in facts(text, _day(date)) if f.cls.value == "Meeting"]
    assert len(found) == 1
    assert chair in keys(found[0].get("participant"))
    assert keys(found[0].get("place")) == {place}
    assert [str(v) for v in found[0].get("cameoCode")] == ["043"]
    assert [str(v) for v in found[0].get("date")] == [day]


def test_leaders_of_a_chaired_summit_are_the_organisation_alone() -> None:
    text = "Kuwait's Emir Sheikh Meshal chaired the GCC summit in Kuwait City on Tuesday. The leaders agreed to set up a joint customs union."
    found = [e for e in _events(text, "2024-10-12") if e[0] == "AGREE"]
    assert found == [("AGREE", {GCC}, set(), "030")]


def test_an_organisation_at_a_summit_its_host_chaired_has_no_counterpart() -> None:
    text = "President Tinubu hosted the ECOWAS summit in Abuja on Sunday. ECOWAS agreed to create a standby force."
    found = [e for e in _events(text, "2024-10-12") if e[0] == "AGREE"]
    assert found == [("AGREE", {ECOWAS}, set(), "030")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ECOWAS approved the extension of the mandate of its mission in Guinea-Bissau for another year.",
            [("AGREE", {ECOWAS}, {"Q1007"}, "030")],
        ),
        (
            "SADC approved the establishment of a regional standby force.",
            [("AGREE", {SADC}, set(), "030")],
        ),
        # not a measure against a state, a negation nor a hedge
        (
            "The EU approved the extension of sanctions on Russia.",
            [("SANCTION", {"Q458"}, {"Q159"}, "163")],
        ),
        ("The summit did not approve the extension of the mandate of the mission in Somalia.", []),
        ("The AU may approve the deployment of troops to Sudan.", []),
    ],
)
def test_decision_told_by_what_was_approved(
    text: str, want: list[tuple[str, set[str], set[str], str]]
) -> None:
    assert _events(text, "2024-07-05") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "CARICOM leaders met in Georgetown on Tuesday. They agreed to send a police contingent to Haiti.",
            ("AGREE", {"Q205995"}, {"Q790"}, "033"),
        ),
        (
            "The AU summit opened in Addis Ababa on Sunday. They agreed to send troops to Somalia.",
            ("AGREE", {AU}, {"Q1045"}, "0334"),  # (troops: 0334 since session 33)
        ),
    ],
)
def test_they_after_an_organisations_summit(
    text: str, want: tuple[str, set[str], set[str], str]
) -> None:
    assert want in _events(text, "2024-03-02")


@pytest.mark.parametrize(
    "text",
    [
        # the people who met since, and "it" (too often another's), stay as they were
        "ECOWAS leaders met in Abuja on Sunday. President Tinubu met President Faye. They agreed to boost trade.",
        "ECOWAS leaders met in Abuja on Sunday. It agreed to send troops to Guinea-Bissau.",
    ],
)
def test_they_of_others_is_no_organisation(text: str) -> None:
    assert not [e for e in _events(text, "2024-03-02") if ECOWAS in e[1]]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The summit of the Shanghai Cooperation Organisation ended in Astana on Thursday with the adoption of the Astana Declaration.",
            SCO,
        ),
        ("The AU summit closed in Addis Ababa with the adoption of a declaration on Sudan.", AU),
    ],
)
def test_summit_closed_with_the_adoption_of_a_document(text: str, org: str) -> None:
    assert [e for e in _events(text, "2024-07-05") if e[0] == "SUPPORT"] == [
        ("SUPPORT", {org}, set(), "057")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The AU summit closed in Addis Ababa without the adoption of a declaration.",
        "The AU summit will close in Addis Ababa with the adoption of a declaration.",
    ],
)
def test_no_adoption_at_a_close_negated_or_to_come(text: str) -> None:
    assert not [e for e in _events(text, "2024-07-05") if e[0] == "SUPPORT"]
