"""Acts told by a noun inside another act (session 18): a welcomed signing or adoption with its
place and day between the noun and the document ("welcomed the signing in Jeddah on May 20 of
the Agreement ... by X and Y", "welcomes today's adoption by the Security Council of ...", "the
signing yesterday in Bridgetown, Barbados, of an agreement between X and representatives of
Y"), an arrangement's topic before the relative clause naming its parties, "X's agreement at the
Vilnius Summit on July 10 to ...", a visit "at the invitation of" its host told after the visit,
"spoke with X and invited him to ...", the inviter's own invitation when it is accepted, and
aid thanked for "in January" (a time, no good office); and the guards: negations, hopes, calls,
background signings."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import date_values, facts, keys

DAY = dt.date(2023, 10, 18)  # a Wednesday
RUSSIA, CHINA, US, KAZAKHSTAN, TURKIYE, SWEDEN = "Q159", "Q148", "Q30", "Q232", "Q43", "Q34"
PHILIPPINES, INDIA, UNSC, ARMENIA, AZERBAIJAN = "Q928", "Q668", "Q37470", "Q399", "Q227"
PUTIN, BIDEN, MODI = "Q7747", "Q6279", "Q1058"


def _events(text: str, event_type: str) -> list[tuple[set[str], set[str], str, tuple[str, ...]]]:
    """(actors, recipients, cameo, dates) of the events of one type."""
    return [
        (
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
            date_values(f, "date"),
        )
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]) == event_type
    ]


def _signings(text: str) -> list[tuple[set[str], tuple[str, ...]]]:
    return [(a, d) for a, _, c, d in _events(text, "SUPPORT") if c == "057"]


# ---- a welcomed signing or adoption, its place and day before the document ---------------


def test_signing_in_a_city_on_a_day_of_a_document_by_two_parties() -> None:
    text = (
        "The Secretary of State welcomed the signing in Jeddah on October 10 of the Agreement on "
        "a Short-Term Ceasefire by Armenia and Azerbaijan."
    )
    assert ({ARMENIA, AZERBAIJAN}, ("2023-10-10",)) in _signings(text)


def test_todays_adoption_by_the_council() -> None:
    text = (
        "The United States welcomes today's adoption by the United Nations Security Council of "
        "Resolution 2699, which authorizes the deployment of a mission to Haiti."
    )
    assert ({UNSC}, ("2023-10-18",)) in _signings(text)
    assert any(a == {US} and r == {UNSC} for a, r, c, _ in _events(text, "SUPPORT") if c == "051")


def test_signing_yesterday_in_a_city_between_two_parties() -> None:
    text = (
        "The United States welcomes the signing yesterday in Baku, Azerbaijan, of a peace "
        "agreement between Armenia and Azerbaijan."
    )
    assert ({ARMENIA, AZERBAIJAN}, ("2023-10-17",)) in _signings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a call for it, a hope, a negation
        "The Secretary called for the signing in Jeddah of the agreement by Armenia and "
        "Azerbaijan.",
        "The Secretary hopes to welcome the signing in Baku of a peace agreement between Armenia "
        "and Azerbaijan.",
        "The Secretary did not welcome the signing in Baku of a peace agreement between Armenia "
        "and Azerbaijan.",
    ],
)
def test_no_signing_called_for_hoped_or_negated(text: str) -> None:
    assert _signings(text) == []


def test_background_signing_is_no_event() -> None:
    text = (
        "The Secretary welcomed the signing in Baku on May 5, 2019 of the agreement by Armenia "
        "and Azerbaijan."
    )
    assert _signings(text) == []


# ---- an agreement or arrangement named by a noun ------------------------------------------


def test_arrangement_with_its_topic_before_the_parties() -> None:
    text = (
        "They also welcomed the provisional arrangement on resupply missions to Second Thomas "
        "Shoal that Manila and Beijing reached on October 2."
    )
    found = _events(text, "AGREE")
    assert any(a == {PHILIPPINES, CHINA} and d == ("2023-10-02",) for a, _, _, d in found)


def test_agreement_at_a_summit_to_act() -> None:
    text = (
        "President Biden welcomed Türkiye's agreement at the Vilnius Summit on July 10 to forward "
        "Sweden's accession protocol to the Grand National Assembly for ratification."
    )
    found = _events(text, "AGREE")
    assert any(a == {TURKIYE} and r == {SWEDEN} for a, r, _, _ in found)


def test_agreement_between_others_is_no_agreement_to_act() -> None:
    text = "President Biden welcomed the agreement of the two leaders on trade."
    assert _events(text, "AGREE") == []


# ---- invitations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "Prime Minister Narendra Modi paid a State Visit to Russia on October 16 at the "
            "invitation of President Vladimir Putin.",
            PUTIN,
            MODI,
        ),
        (
            "Narendra Modi arrived in Russia on an official visit at the invitation of the "
            "President of Russia.",
            RUSSIA,  # (the office's holder not resolved on this day: the state)
            MODI,
        ),
    ],
)
def test_visit_at_the_invitation_of_the_host_told_after(text: str, host: str, guest: str) -> None:
    found = _events(text, "AGREE")
    assert any(a == {host} and r == {guest} and c == "036" for a, r, c, _ in found)


def test_not_a_visit_at_an_invitation() -> None:
    text = "Narendra Modi did not visit Russia at the invitation of Vladimir Putin."
    assert _events(text, "AGREE") == []


def test_spoke_with_him_and_invited_him() -> None:
    text = (
        "On Monday, President Biden spoke by phone with President Vladimir Putin and invited him "
        "to meet in the United States this fall."
    )
    found = _events(text, "AGREE")
    assert any(a == {BIDEN} and r == {PUTIN} and c == "036" for a, r, c, _ in found)


def test_accepted_invitation_is_also_the_inviters_act() -> None:
    text = "Narendra Modi accepted Vladimir Putin's invitation to attend the summit in Kazan."
    found = {(frozenset(a), frozenset(r)) for a, r, c, _ in _events(text, "AGREE") if c == "036"}
    assert (frozenset({PUTIN}), frozenset({MODI})) in found
    assert (frozenset({MODI}), frozenset({PUTIN})) in found


def test_declined_invitation_is_no_invitation() -> None:
    text = "Narendra Modi has not accepted Vladimir Putin's invitation to attend the summit."
    assert _events(text, "AGREE") == []


# ---- aid thanked for, told with its time ----------------------------------------------------


def test_assistance_in_a_month_is_aid() -> None:
    text = (
        "Kassym-Jomart Tokayev thanked Russia for its assistance in January, when peacekeeping "
        "forces were deployed to Kazakhstan at his request."
    )
    assert any(a == {RUSSIA} and r == {KAZAKHSTAN} for a, r, _, _ in _events(text, "AID"))


def test_assistance_in_a_process_is_no_aid() -> None:
    text = "Kassym-Jomart Tokayev thanked Russia for its assistance in the exchange of prisoners."
    assert _events(text, "AID") == []
