# ruff: noqa: E501  (a table of sentences)
"""Names run together, Gulf lineages, capitals standing for their states, envoys' fields
(session 43, tenure and person names).

Sentences written for this session (none from a gold set), with invented officeholders the KB
lacks except the Saudi crown prince and Qatar's emir. Conventions followed (ANNOTATION.md §4, and
the spent sets' coding of the same constructions):

- a given name written with a capital inside it ("MaryKay", "LaToya", "DeShawn") is one word of
  the name, not a name cut after its first capital ("Mary");
- a Gulf name written with its whole lineage ("Prince Mohammed bin Salman bin Abdulaziz Al Saud")
  is the KB person whose name is its given and father's names ("Mohammad bin Salman"), and a
  title apposed after the whole name is that person's;
- a capital's possessive before an envoy's or a leader's title stands for its state ("Beijing's
  special envoy to the region, X", "Tokyo's ambassador, X"), as the state's own would; not a
  city's own offices ("Tokyo's governor");
- a special envoy *for* a state (or a process, or talks) works on it: that state is never the
  envoy's own (the gold codes every such envoy with the sending state or organisation); "The
  United States' special envoy for Iran" is the United States' (a plural possessive);
- a special envoy or representative "for the (normalisation) process" / "for the talks" is an
  envoy's title, lower case and all, when the name is apposed after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.test_s42_tenure import _tenures  # (one wire article's tenures)

US, SAUDI, QATAR, CHINA, JAPAN, RUSSIA = "Q30", "Q851", "Q846", "Q148", "Q17", "Q159"
KOREA, ARMENIA, UK, SERBIA = "Q884", "Q399", "Q145", "Q403"
SUDAN, YEMEN, SYRIA = "Q1049", "Q805", "Q858"
MBS, TAMIM = "Q6892571", "Q1855372"
POSITIVES = [
    # a given name run together
    (
        "U.S. Ambassador to Ghana LaToya Henderson presented her credentials to the president on Monday.",
        ("LaToya Henderson", "Ambassador", US),
    ),
    (
        "The talks were attended by U.S. Ambassador to Kenya MaryKay Dalton and the foreign minister.",
        ("MaryKay Dalton", "Ambassador", US),
    ),
    (
        "Deputy Secretary of State DeShawn Rivers condemned the attack in a statement.",
        ("DeShawn Rivers", "DeputyMinister", US),
    ),
    # a Gulf lineage written whole, with the title apposed after it
    (
        "His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received the visiting minister in Riyadh.",
        (MBS, "HeadOfGovernment", SAUDI),
    ),
    (
        "Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, presided over the weekly cabinet session in Jeddah.",
        (MBS, "HeadOfGovernment", SAUDI),
    ),
    # a capital's possessive for its state
    (
        "Tokyo's ambassador, Kenji Harada, was summoned to the foreign ministry on Tuesday.",
        ("Kenji Harada", "Ambassador", JAPAN),
    ),
    (
        "Beijing's special envoy for Eurasian affairs, Li Wenhua, arrived in Kyiv for talks.",
        ("Li Wenhua", "SpecialEnvoy", CHINA),
    ),
    (
        "Moscow's ambassador to Kazakhstan, Ivan Sokolov, handed over the note.",
        ("Ivan Sokolov", "Ambassador", RUSSIA),
    ),
    (
        "Seoul's special representative for peninsula affairs, Park Min-ho, held phone talks with his counterparts.",
        ("Park Min-ho", "SpecialEnvoy", KOREA),
    ),
    # an envoy for a state: the sender's (a plural possessive)
    (
        "The United States' special envoy for Sudan, Thomas Mercer, met both generals in Jeddah.",
        ("Thomas Mercer", "SpecialEnvoy", US),
    ),
    # an envoy for a process or talks, in lower case
    (
        "Armenia's special representative for the normalisation process, Hayk Sargsyan, met his Turkish counterpart in Vienna.",
        ("Hayk Sargsyan", "SpecialEnvoy", ARMENIA),
    ),
    (
        "Serbia's special envoy for the talks, Petar Novakovic, said the meeting had been useful.",
        ("Petar Novakovic", "SpecialEnvoy", SERBIA),
    ),
]


# counterparts of coordinated states, each of the state in the same place
COUNTERPARTS = [
    (
        "Special Representative Kim Dae-sung of South Korea held phone talks with his U.S. and Japanese counterparts, Mark Ellison and Kenji Harada, on Monday.",
        [("Mark Ellison", "SpecialEnvoy", US), ("Kenji Harada", "SpecialEnvoy", JAPAN)],
    ),
    (
        "Foreign Minister Hayk Sargsyan of Armenia met his Japanese and Chinese counterparts, Kenji Harada and Li Wenhua, in Astana.",
        [("Kenji Harada", "ForeignMinister", JAPAN), ("Li Wenhua", "ForeignMinister", CHINA)],
    ),
]
POSITIVES += [(text, one) for text, wants in COUNTERPARTS for one in wants]


@pytest.mark.parametrize(("text", "wants"), COUNTERPARTS)
def test_each_counterpart_not_the_last_state_s(
    text: str, wants: list[tuple[str, str, str]]
) -> None:
    found = _tenures(text)
    first, second = wants
    assert (first[0], first[1], second[2]) not in found, found


# the heir's title first in a list of titles apposed to a lineage
def test_the_heir_s_titles_apposed_to_a_lineage() -> None:
    found = _tenures(
        "The minister held talks with His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister and Minister of Defence of the Kingdom of Saudi Arabia.",
        dt.date(2022, 1, 25),
    )
    assert (MBS, "DeputyHeadOfGovernment", SAUDI) in found
    assert not any(holder == "Crown Prince" for holder, _, _ in found), found


@pytest.mark.parametrize(("text", "want"), POSITIVES)
def test_tenure_read(text: str, want: tuple[str, str, str]) -> None:
    assert want in _tenures(text)


def test_a_name_run_together_is_not_cut() -> None:
    found = _tenures(
        "U.S. Ambassador to Ghana LaToya Henderson presented her credentials on Monday."
    )
    assert not any(holder == "La" for holder, _, _ in found), found


NEGATIVES = [
    # a city's own office: not the state's
    ("Tokyo's governor, Emiko Sato, met the ambassador on Tuesday.", "Emiko Sato", None),
    # a capital named as a place, not a possessive
    (
        "The envoy arrived in Beijing on Monday, where special envoy Li Wenhua had met him.",
        "Li Wenhua",
        CHINA,
    ),
    # an envoy for a state is not that state's
    (
        "Its special envoy for Yemen, Thomas Mercer, arrived in Riyadh on Monday.",
        "Thomas Mercer",
        YEMEN,
    ),
    (
        "Britain's special envoy for Syria, Anne Holloway, met the opposition.",
        "Anne Holloway",
        SYRIA,
    ),
    # no name after the envoy's field
    ("Armenia's special representative for the process said the talks would resume.", None, None),
    # a former office after a lineage
    (
        "Sheikh Tamim bin Hamad bin Khalifa Al Thani, a former Prime Minister, attended the ceremony.",
        TAMIM,
        QATAR,
    ),
]


@pytest.mark.parametrize(("text", "holder", "place"), NEGATIVES)
def test_no_such_tenure(text: str, holder: str | None, place: str | None) -> None:
    found = _tenures(text)
    if holder is None:
        assert not any(role == "SpecialEnvoy" for _, role, _ in found), found
        return
    if place is None:
        assert not any(h == holder for h, _, _ in found), found
    else:
        assert not any(h == holder and p == place for h, _, p in found), found


def test_the_sender_keeps_an_envoy_for_another_state() -> None:
    found = _tenures("Britain's special envoy for Syria, Anne Holloway, met the opposition.")
    assert ("Anne Holloway", "SpecialEnvoy", UK) in found
