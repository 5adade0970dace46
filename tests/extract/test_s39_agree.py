"""What kind of commitment an AGREE is, told by the words of its object (session 39, agree).

The sentences are written for this session (none from a gold set). Conventions followed (all
earlier sessions' except where said):

- Trade, investment, tariffs or supply chains named only as the field of a framework are intent
  to cooperate in general (030), not material cooperation (031): the object of a preposition
  after a word of cooperation or of a body ("expand cooperation with Chile in trade, mining and
  energy", "a joint working group on battery supply chains", "a roadmap for trade and economic
  cooperation"), a modifier of such a word ("trade and economic cooperation", "a trade
  house", "their trade ministers"), or an economic relation itself ("deepen economic
  cooperation", "commercial ties"). An investment, purchase, supply or trade
  flow promised plainly keeps 031, also beside a field ("... and to encourage its companies to
  invest in Ghana"), and so do barriers to trade removed (the gold sets code them both ways).
- A dialogue or a mechanism founded, widened or worked through ("agreed to establish a strategic
  dialogue", "to launch a dialogue on critical minerals", "to set up an early warning
  mechanism", "to settle their differences through dialogue") is a standing framework, intent
  to cooperate (030), not intent to meet (036); holding, convening or restoring one ("agreed to
  hold the next round of their strategic dialogue") stays 036, as do negotiations launched.
- An invitation told in the past perfect of reported speech ("Anwar said he had invited Prayut
  to visit Malaysia", "announced that she had invited President Kovind to pay a state visit")
  is the invitation (036), as the present perfect already was; not when denied, negated or in
  an "if" clause, nor by a name the KB lacks ("told reporters that Jokowi had invited ...":
  mostly a KB leader's short name, whose link the rules cannot know).

Hit rate of the positives before the change: see the commit message.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dipld.extract import extract
from dipld.kb.index import load_index
from dipld.model import Article, Fact
from tests.extract.test_patterns import keys

DAY = dt.date(2024, 3, 15)  # a Friday

Row = tuple[str, set[str], set[str], str]


def _facts(body: str, title: str | None = None) -> list[Fact]:
    article = Article(id="t", source="t.txt", body=body, title=title, date=DAY)
    return extract(article, load_index())


def rows(body: str, title: str | None = None) -> list[Row]:
    """(type, actors, recipients, CAMEO code) of every Event the article gives."""
    return [
        (
            str(f.get("eventType")[0]),
            keys(f.get("actor")),
            keys(f.get("recipient")),
            str(f.get("cameoCode")[0]),
        )
        for f in _facts(body, title)
        if f.cls.value == "Event"
    ]


def agree_codes(body: str, title: str | None = None) -> set[str]:
    """The CAMEO codes of the article's AGREE Events."""
    return {code for kind, _, _, code in rows(body, title) if kind == "AGREE"}


# (body, the AGREE code it must give, a code it must not give)
FIELDS = [
    # the field of cooperation after a preposition
    (
        "China and Chile held talks in Beijing on Friday. The two sides agreed to expand "
        "cooperation in trade, mining and renewable energy.",
        "030",
        "031",
    ),
    (
        "China and Ghana held talks in Beijing on Friday. China said it was ready to deepen "
        "cooperation with Ghana in investment, agriculture and infrastructure.",
        "030",
        "031",
    ),
    # a body whose field it is
    (
        "Japan and Kenya held talks in Tokyo on Friday. The two countries agreed to set up a "
        "joint working group on battery supply chains.",
        "030",
        "031",
    ),
    (
        "Russia and Egypt held talks in Cairo on Friday. The sides agreed to draft a roadmap for "
        "trade and economic cooperation for the next three years.",
        "030",
        "031",
    ),
    # an economic relation itself
    (
        "Türkiye and Vietnam held talks in Ankara on Friday. The two countries pledged to deepen "
        "economic cooperation and people-to-people exchanges.",
        "030",
        "031",
    ),
    (
        "Indonesia and Japan held talks in Jakarta on Friday. The two sides committed to "
        "strengthen their commercial ties.",
        "030",
        "031",
    ),
    # a trade office opened
    (
        "Russia and Egypt held talks in Cairo on Friday. The sides agreed to open a Russian trade "
        "house in Alexandria.",
        "030",
        "031",
    ),
]

# material cooperation promised plainly stays 031
MATERIAL = [
    (
        "India and Brazil held talks in New Delhi on Friday. The two governments agreed to do "
        "away with the non-tariff barriers that hold up their exporters.",
        "031",
        "030",
    ),
    (
        "China and Ghana held talks in Beijing on Friday. China said it was ready to import "
        "more cocoa from Ghana.",
        "031",
        "030",
    ),
    (
        "Japan and Kenya held talks in Tokyo on Friday. Japan pledged to invest in Kenya's "
        "geothermal plants.",
        "031",
        "030",
    ),
    # a plain investment beside a field keeps the sentence material
    (
        "China and Ghana held talks in Beijing on Friday. The two sides agreed to expand "
        "cooperation in agriculture and to encourage Chinese companies to invest in Ghana.",
        "031",
        "030",
    ),
    (
        "India and Brazil held talks in New Delhi on Friday. The two governments agreed to "
        "increase trade in farm goods.",
        "031",
        "030",
    ),
]


# dialogues and mechanisms founded
FRAMEWORKS = [
    (
        "Japan and Kenya held talks in Tokyo on Friday. The two sides agreed to establish a "
        "high-level strategic dialogue on maritime security.",
        "030",
        "036",
    ),
    (
        "India and Brazil held talks in New Delhi on Friday. The leaders agreed to launch an "
        "annual dialogue on critical minerals and clean energy.",
        "030",
        "036",
    ),
    (
        "Russia and Egypt held talks in Cairo on Friday. The two countries agreed to set up a "
        "joint mechanism to monitor grain shipments.",
        "030",
        "036",
    ),
    (
        "China and Vietnam held talks in Hanoi on Friday. The two sides pledged to settle their "
        "differences at sea through dialogue.",
        "030",
        "036",
    ),
]

# meetings of a dialogue held, and negotiations launched, stay intent to meet
MEETINGS = [
    (
        "Japan and Kenya held talks in Tokyo on Friday. The two sides agreed to hold the next "
        "round of their strategic dialogue in Nairobi.",
        "036",
        "030",
    ),
    (
        "India and Brazil held talks in New Delhi on Friday. The ministers agreed to restore "
        "the bilateral security dialogue suspended in 2019.",
        "036",
        "030",
    ),
    (
        "Indonesia and Japan held talks in Jakarta on Friday. The two sides agreed to launch "
        "negotiations on a defence cooperation agreement.",
        "036",
        "030",
    ),
]


@pytest.mark.parametrize(("body", "code", "not_code"), FIELDS + MATERIAL + FRAMEWORKS + MEETINGS)
def test_agree_code(body: str, code: str, not_code: str) -> None:
    got = agree_codes(body)
    assert code in got and not_code not in got, rows(body)


# (body, inviter, guest)
HAD_INVITED = [
    (
        "Fumio Kishida met Anthony Albanese in Tokyo on Friday. Kishida said he had invited "
        "Albanese to visit Japan again next year.",
        "Q359480",
        "Q335697",
    ),
    (
        "Recep Tayyip Erdoğan spoke with Vladimir Putin on Friday. Erdoğan told reporters that he "
        "had also invited Putin to visit Türkiye in the spring.",
        "Q39259",
        "Q7747",
    ),
    (
        "Narendra Modi spoke with Joe Biden on Friday. Modi announced that he had invited Biden "
        "to be the chief guest at the Republic Day parade.",
        "Q1058",
        "Q6279",
    ),
]


@pytest.mark.parametrize(("body", "inviter", "guest"), HAD_INVITED)
def test_had_invited(body: str, inviter: str, guest: str) -> None:
    assert ("AGREE", {inviter}, {guest}, "036") in rows(body)


@pytest.mark.parametrize(
    "body",
    [
        "Olaf Scholz met Emmanuel Macron in Paris on Friday. Scholz said Macron would have come "
        "to Berlin if Scholz had invited him.",
        "Olaf Scholz met Emmanuel Macron in Paris on Friday. Scholz said he had not invited "
        "Macron to visit Berlin.",
        "Olaf Scholz met Emmanuel Macron in Paris on Friday. Scholz denied that he had invited "
        "Macron to visit Berlin.",
        "Olaf Scholz met Emmanuel Macron in Paris on Friday. Scholz said he had never invited "
        "Macron to visit Berlin.",
        # a name the KB lacks (most often a leader's short name) as the inviter: no link known
        "Olaf Scholz met Emmanuel Macron in Paris on Friday. A spokesman told reporters that "
        "Bolo had also invited Macron to visit Berlin.",
    ],
)
def test_had_invited_denied_or_unreal(body: str) -> None:
    assert "036" not in agree_codes(body)
