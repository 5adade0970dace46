"""AGREE told as a decision of an organisation's members and as an invitation accepted in the
sentence that tells it (session 41, agreements reached and decisions).

The sentences are written for this round (none from a gold set). Conventions followed (the
spent golds' clear majority):

- An organisation's leaders, heads of state, ministers or council admitting a state, agreeing
  to admit it or to grant it a status (observer, dialogue partner, candidate), or approving its
  entry or accession: the organisation's AGREE 030 to the state (seven of seven spent gold
  facts), as "ASEAN admitted Timor-Leste" already was. Not a state's own approval of an
  accession, a refusal, a plan or an expectation, nor an admission of an earlier year.
- A wire's lead with its dateline before the agreement: a city-state read as its state
  ("SINGAPORE, Nov 29 (Bernama) -- ..."), the agency in brackets with no dash ("NEW DELHI, Jul
  18 (PTI) India and ..."); an occasion "At that meeting" without its comma: the agreement of
  the subject, as with "At the meeting" (both spent leads coded).
- "X invited Y to visit ..., and the invitation was accepted" / "and she accepted the
  invitation" / "an invitation the President accepted": besides X's invitation (036), Y's
  AGREE 036 to X (five of six spent sentences code both). Not an invitation not accepted or
  still to be accepted.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import typed_events

ASEAN, EAC, SCO, EU, EUCO = "Q7768", "Q337456", "Q485207", "Q458", "Q8886"
TIMOR, SOMALIA, BELARUS, BULGARIA = "Q574", "Q1045", "Q184", "Q219"
UKRAINE, MOLDOVA = "Q212", "Q217"

# (text, organisation, states admitted)
ADMITTED = [
    (
        "The East African Community heads of state admitted Somalia into the bloc at a summit "
        "in Arusha on Friday.",
        EAC,
        {SOMALIA},
    ),
    (
        "At the summit in Jakarta, the ASEAN leaders also agreed to grant Timor-Leste observer "
        "status at all ASEAN meetings.",
        ASEAN,
        {TIMOR},
    ),
    (
        "The leaders of the Association of Southeast Asian Nations agreed in principle on Friday "
        "to admit Timor-Leste as the bloc's eleventh member.",
        ASEAN,
        {TIMOR},
    ),
    (
        "European Union interior ministers on Friday approved Bulgaria's entry into the "
        "Schengen area of passport-free travel.",
        EU,
        {BULGARIA},
    ),
    (
        "Leaders of the Shanghai Cooperation Organization on Friday approved the start of the "
        "procedure for Belarus's full membership in the organization.",
        SCO,
        {BELARUS},
    ),
    (
        "The European Council, meeting in Brussels, decided on Thursday evening to grant "
        "candidate status to Ukraine and Moldova.",
        EUCO,
        {UKRAINE, MOLDOVA},
    ),
]


@pytest.mark.parametrize(("text", "org", "states"), ADMITTED)
def test_an_organisations_members_admit_a_state(text: str, org: str, states: set[str]) -> None:
    got = [e for e in typed_events(text) if e[0] == "AGREE"]
    assert ("AGREE", {org}, states, "030") in got
    # (one act, one code: not also the clause rules' 036 or 033)
    assert all(e[3] == "030" for e in got if e[1] == {org} and e[2] == states)


NOT_ADMITTED = [
    # refused
    "NATO leaders did not agree to admit Ukraine as a member.",
    # a state's own approval: its ratification, not the organisation's admission
    "Hungary approved Sweden's accession to NATO on Friday.",
    # expected, not done
    "EU interior ministers are expected to approve Bulgaria's entry into the Schengen area "
    "next month.",
    # background of an earlier year
    "The East African Community heads of state admitted South Sudan into the bloc in 2016.",
]


@pytest.mark.parametrize("text", NOT_ADMITTED)
def test_no_admission_by_the_organisation(text: str) -> None:
    for org in (EAC, EU, "Q7184"):
        assert not [e for e in typed_events(text) if e[:2] == ("AGREE", {org}) and e[3] == "030"]


MODI, TEBBOUNE, DRAGHI, PHUC, WIDODO = "Q1058", "Q2821166", "Q294460", "Q10800073", "Q3318231"

# (text, who invited, the guest)
ACCEPTED = [
    (
        "President Phuc also invited President Joko Widodo to visit Viet Nam, and the invitation "
        "was accepted.",
        PHUC,
        WIDODO,
    ),
    (
        "Italian Prime Minister Mario Draghi invited President Tebboune to pay a state visit to "
        "Italy, an invitation the Algerian leader accepted.",
        DRAGHI,
        TEBBOUNE,
    ),
    (
        "Italian Prime Minister Mario Draghi invited President Tebboune to pay a state visit to "
        "Italy, an invitation the President accepted.",
        DRAGHI,
        TEBBOUNE,
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), ACCEPTED)
def test_an_invitation_accepted_in_its_sentence(text: str, host: str, guest: str) -> None:
    got = typed_events(text)
    assert ("AGREE", {host}, {guest}, "036") in got
    assert ("AGREE", {guest}, {host}, "036") in got


def test_she_accepted_the_invitation() -> None:
    got = typed_events(
        "Prime Minister Narendra Modi invited Prime Minister Giorgia Meloni to visit India, and "
        "she accepted the invitation."
    )
    assert any(e[:2] == ("AGREE", {MODI}) and e[3] == "036" for e in got)
    assert any(e[0] == "AGREE" and e[2] == {MODI} and e[3] == "036" for e in got)


NOT_ACCEPTED = [
    "Italian Prime Minister Mario Draghi invited President Tebboune to pay a state visit to "
    "Italy, an invitation the President has yet to accept.",
    "Italian Prime Minister Mario Draghi invited President Tebboune to pay a state visit to "
    "Italy, and the invitation was not accepted.",
    "Italian Prime Minister Mario Draghi invited President Tebboune to pay a state visit to "
    "Italy, and the invitation was accepted by parliament.",
]


@pytest.mark.parametrize("text", NOT_ACCEPTED)
def test_an_invitation_not_accepted(text: str) -> None:
    got = typed_events(text)
    assert ("AGREE", {DRAGHI}, {TEBBOUNE}, "036") in got
    assert not [e for e in got if e[1] == {TEBBOUNE}]


# (text, the states or people who agreed, code)
DATELINED = [
    (
        "LUXEMBOURG, June 3 (Reuters) - Belgium and the Netherlands agreed on Friday to build a "
        "joint naval base.",
        {"Q31", "Q29999"},
        "030",
    ),
    (
        "SINGAPORE, March 2 (Bernama) -- Malaysia and Indonesia today agreed to hold the next "
        "round of border talks in Kuala Lumpur.",
        {"Q833", "Q252"},
        "036",
    ),
    (
        "NEW DELHI, Sep 6 (PTI) India and Bangladesh agreed on Tuesday to begin negotiations on a "
        "trade pact.",
        {"Q902", "Q668"},
        "036",
    ),
    (
        "DHAKA, Sep 6 (UNB) Bangladesh and Nepal agreed on Tuesday to expand power trade.",
        {"Q902", "Q837"},
        None,
    ),
    (
        "Prime Minister Kishida met President Yoon on Monday. At that meeting the two leaders "
        "agreed to resume shuttle diplomacy.",
        {"Q16090635", "Q359480"},
        "030",
    ),
    (
        "Prime Minister Kishida met President Yoon on Monday. At this meeting the two leaders also "
        "agreed to restore the military intelligence pact.",
        {"Q16090635", "Q359480"},
        "030",
    ),
]


@pytest.mark.parametrize(("text", "actors", "code"), DATELINED)
def test_an_agreement_after_a_dateline_or_a_bare_occasion(
    text: str, actors: set[str], code: str | None
) -> None:
    got = [e for e in typed_events(text) if e[0] == "AGREE" and e[1] == actors]
    assert got
    assert code is None or got[0][3] == code


NOT_AGREED_HERE = [
    "SINGAPORE, March 2 (Bernama) -- Malaysia and Indonesia today did not agree to hold talks.",
    "Prime Minister Kishida met President Yoon on Monday. At that meeting the two leaders did "
    "not agree to resume shuttle diplomacy.",
]


@pytest.mark.parametrize("text", NOT_AGREED_HERE)
def test_no_agreement_when_refused(text: str) -> None:
    assert not [e for e in typed_events(text) if e[0] == "AGREE"]


def test_a_city_state_without_a_day_is_no_dateline() -> None:
    got = typed_events("Singapore, Malaysia and Indonesia agreed on Tuesday to hold talks.")
    assert ("AGREE", {"Q334", "Q833", "Q252"}, set(), "036") in got
