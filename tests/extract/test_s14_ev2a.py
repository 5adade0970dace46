"""Appeals, accusations and rejections told about several parties (session 14): an alliance
added to a state it is allied with ("the United States and its NATO allies"); demands named as
a noun inside a rejection ("rejected the demands of Britain, France and Germany to ...") that
give the REJECT only, never a REQUEST of the rejecter; blame shifted in reported speech ("it was
not Russia but Ukraine that refused to negotiate"); a visiting delegation named by what it is to
its host ("thanked the African friends") or by its region ("The African leaders urged ...", not
the Russian host); bare titles of the one untitled person the KB has in
that office ("The Head of State invited the Federal Chancellor ..."); and their near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_patterns import facts, keys

DAY = dt.date(2023, 6, 17)
RUSSIA, UKRAINE, US, NATO, IRAN, UK, FRANCE = "Q159", "Q212", "Q30", "Q7184", "Q794", "Q145", "Q142"
GERMANY, BELARUS, EU, TURKEY, VENEZUELA, BRAZIL = "Q183", "Q184", "Q458", "Q43", "Q717", "Q155"
COLOMBIA, NORTH_KOREA, SOUTH_KOREA, JAPAN, CHINA = "Q739", "Q423", "Q884", "Q17", "Q148"
LITHUANIA, ARMENIA, AZERBAIJAN, ISRAEL = "Q37", "Q399", "Q227", "Q801"
PUTIN, RAMAPHOSA, SALL, HICHILEMA = "Q7747", "Q1148669", "Q57438", "Q717185"
TOKAYEV, SCHOLZ, MACRON, LAVROV, ZAKHAROVA = "Q200881", "Q61053", "Q3052772", "Q58217", "Q20812953"
MODI, ALBANESE = "Q1058", "Q335697"


def _events(text: str, kind: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("actor")), keys(f.get("recipient")), str(f.get("cameoCode")[0]))
        for f in facts(text, DAY)
        if f.cls.value == "Event" and str(f.get("eventType")[0]).endswith(kind)
    ]


# ---- an alliance added to the state it is allied with ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipients"),
    [
        (
            "The Russian Foreign Ministry accused the United States and its NATO allies of "
            "building up forces near the border.",
            "ACCUSE",
            RUSSIA,
            {US, NATO},
        ),
        (
            "Moscow has accused Lithuania and its EU partners of blocking transit to Kaliningrad.",
            "ACCUSE",
            RUSSIA,
            {LITHUANIA, EU},
        ),
        (
            "Beijing urged Washington and its NATO allies to stop interfering in the region.",
            "REQUEST",
            CHINA,
            {US, NATO},
        ),
        (
            "Tehran blamed Washington and its European Union partners for the failed talks.",
            "ACCUSE",
            IRAN,
            {US, EU},
        ),
    ],
)
def test_an_alliance_added_to_its_ally_is_a_recipient(
    text: str, kind: str, actor: str, recipients: set[str]
) -> None:
    assert ({actor}, recipients) in [(a, r) for a, r, _ in _events(text, kind)]


@pytest.mark.parametrize(
    "text",
    [
        # "European" is no union: the allies are not named
        "Tehran blamed Washington and its European allies for the failure of the talks.",
        "Moscow accused Lithuania and its partners of blocking transit to Kaliningrad.",
    ],
)
def test_allies_no_organisation_names_are_no_recipient(text: str) -> None:
    found = _events(text, "ACCUSE")
    assert found
    assert all(len(r) == 1 for _, r, _ in found)


def test_coordinated_recipients_of_an_appeal_are_all_kept() -> None:
    text = "Emmanuel Macron called on Armenia and Azerbaijan to resume the peace talks."
    assert ({MACRON}, {ARMENIA, AZERBAIJAN}) in [(a, r) for a, r, _ in _events(text, "REQUEST")]


# ---- demands named inside a rejection --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "recipients"),
    [
        (
            "Tehran rejected the demands of Britain, France and Germany to curtail its missile "
            "programme.",
            IRAN,
            {UK, FRANCE, GERMANY},
        ),
        ("Minsk dismissed the EU's demand to release political prisoners.", BELARUS, {EU}),
        (
            "Ankara rejected the European Union's repeated demands to lift the restrictions.",
            TURKEY,
            {EU},
        ),
        (
            "Caracas rejects the requests of Brazil and Colombia to publish the results.",
            VENEZUELA,
            {BRAZIL, COLOMBIA},
        ),
        (
            "North Korea has rebuffed the calls of South Korea and Japan to resume dialogue.",
            NORTH_KOREA,
            {SOUTH_KOREA, JAPAN},
        ),
    ],
)
def test_a_rejected_demand_is_a_rejection_of_the_demanders(
    text: str, actor: str, recipients: set[str]
) -> None:
    assert [(a, r) for a, r, _ in _events(text, "REJECT")] == [({actor}, recipients)]
    assert _events(text, "REQUEST") == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Russia demands that Ukraine withdraw its forces.", RUSSIA, UKRAINE),
        ("China requests India to return the vessel.", CHINA, "Q668"),
        ("The EU repeatedly demands Minsk release the prisoners.", EU, BELARUS),
        # the subject's own demands, named as a noun
        ("China renewed its demands that Japan stop the discharge.", CHINA, JAPAN),
    ],
)
def test_a_demand_of_the_subject_is_still_a_request(text: str, actor: str, recipient: str) -> None:
    assert ({actor}, {recipient}) in [(a, r) for a, r, _ in _events(text, "REQUEST")]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing rejected the idea.",
        "The United Nations urged restraint.",
        "The Kremlin said the demands of Kyiv were unrealistic.",
    ],
)
def test_no_rejection_or_request_without_a_party_asked(text: str) -> None:
    assert _events(text, "REJECT") == []
    assert _events(text, "REQUEST") == []


# ---- blame shifted in reported speech -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "blamed"),
    [
        (
            "Sergey Lavrov spoke to reporters in Moscow on Tuesday. He said that it was not "
            "Russia but Ukraine that had refused to negotiate.",
            LAVROV,
            UKRAINE,
        ),
        (
            "Maria Zakharova claimed that it was Kyiv, not Moscow, that broke the ceasefire.",
            ZAKHAROVA,
            UKRAINE,
        ),
        (
            "Armenia insisted that it was Baku, not Yerevan, which violated the truce.",
            ARMENIA,
            AZERBAIJAN,
        ),
        (
            "Russia said it was not Russia but the United States that was to blame for the crisis.",
            RUSSIA,
            US,
        ),
    ],
)
def test_blame_shifted_to_another_party_is_the_speakers_accusation(
    text: str, speaker: str, blamed: str
) -> None:
    assert ({speaker}, {blamed}, "112") in _events(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "It was not clear whether Moscow would respond to the proposal.",
        # credit, not blame
        "Wang Yi said it was not Washington but Beijing that brokered the deal.",
        # no other party named
        "Israel said it was not Israel that fired the missile.",
        # the speaker's own side
        "Sergey Lavrov said it was Russia, not Ukraine, that launched the strike.",
    ],
)
def test_no_shifted_blame_without_another_party_blamed(text: str) -> None:
    assert _events(text, "ACCUSE") == []


# ---- a visiting delegation named by what it is to the host ----------------------------------

_SUMMIT = (
    "Vladimir Putin met Cyril Ramaphosa, Macky Sall and Hakainde Hichilema in St Petersburg on "
    "Saturday. "
)


@pytest.mark.parametrize(
    "praise",
    [
        "Vladimir Putin thanked the African friends for their balanced approach.",
        "Putin thanked the African guests for their balanced approach.",
        "Putin welcomed his distinguished guests.",
        "Putin thanked the visitors for the frank discussion.",
    ],
)
def test_thanks_to_the_guests_go_to_the_visiting_delegation(praise: str) -> None:
    found = _events(_SUMMIT + praise, "SUPPORT")
    assert ({PUTIN}, {RAMAPHOSA, SALL, HICHILEMA}, "051") in found


@pytest.mark.parametrize(
    "appeal",
    [
        "The African leaders urged Russia and Ukraine to begin negotiations.",
        "The African heads of state called on Russia and Ukraine to exchange prisoners of war.",
    ],
)
def test_a_regional_group_of_the_meeting_leaves_out_the_host(appeal: str) -> None:
    found = _events(_SUMMIT + appeal, "REQUEST")
    assert [(a, r) for a, r, _ in found] == [({RAMAPHOSA, SALL, HICHILEMA}, {RUSSIA, UKRAINE})]


def test_a_regional_group_no_host_is_outside_of_is_everyone() -> None:
    text = (
        "Macky Sall hosted Cyril Ramaphosa and Hakainde Hichilema in Dakar. The African leaders "
        "urged Russia and Ukraine to begin negotiations."
    )
    found = _events(text, "REQUEST")
    assert [a for a, _, _ in found] == [{RAMAPHOSA, SALL, HICHILEMA}]


@pytest.mark.parametrize(
    "text",
    [
        # no meeting reported: no delegation
        "Vladimir Putin thanked the guests for coming.",
        # a bare "friends"
        "Narendra Modi met Anthony Albanese in Delhi. Modi thanked his friends for the support.",
    ],
)
def test_guests_of_no_meeting_are_nobody(text: str) -> None:
    assert _events(text, "SUPPORT") == []


# ---- bare titles of the one untitled holder --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inviter", "guest"),
    [
        (
            "Kassym-Jomart Tokayev held talks with Olaf Scholz in Berlin on Thursday. The Head of "
            "State invited the Federal Chancellor to pay an official visit to Kazakhstan.",
            TOKAYEV,
            SCHOLZ,
        ),
        (
            "Kassym-Jomart Tokayev held talks with Olaf Scholz in Berlin. The President invited "
            "the Chancellor to visit Astana.",
            TOKAYEV,
            SCHOLZ,
        ),
        (
            "President Kassym-Jomart Tokayev held talks with Federal Chancellor Olaf Scholz in "
            "Berlin. The Head of State invited the Federal Chancellor to visit Kazakhstan.",
            TOKAYEV,
            SCHOLZ,
        ),
    ],
)
def test_bare_titles_of_the_one_holder_named(text: str, inviter: str, guest: str) -> None:
    found = _events(text, "AGREE")
    assert ({inviter}, {guest}, "036") in found


def test_the_invitation_accepted_is_the_guests_agreement() -> None:
    text = (
        "Kassym-Jomart Tokayev held talks with Olaf Scholz in Berlin on Thursday.\n\n"
        "The Head of State invited the Federal Chancellor to pay an official visit to Kazakhstan "
        "next year.\n\nOlaf Scholz accepted the invitation with gratitude."
    )
    found = _events(text, "AGREE")
    assert ({SCHOLZ}, {TOKAYEV}, "036") in found


@pytest.mark.parametrize(
    "text",
    [
        # two heads of state named: "the Head of State" is unclear
        "Kassym-Jomart Tokayev held talks with Emmanuel Macron in Astana. The Head of State "
        "invited the guest to visit the Turkestan region.",
        "Kassym-Jomart Tokayev held talks with Olaf Scholz in Berlin. The Federal Chancellor "
        "declined the invitation.",
    ],
)
def test_no_invitation_of_an_unclear_title(text: str) -> None:
    assert _events(text, "AGREE") == []
