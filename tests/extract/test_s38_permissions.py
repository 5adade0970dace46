"""Forces kept abroad under a treaty, and transit across a named state's network (session 38,
the lead).

"X's forces are stationed in Y under an agreement" has long been Y's permission to base them
(MilitaryBasing, territory Y). Two ways of telling it were missed: a count in the subject ("France
has about 1,500 troops stationed in Niger under ...": the count's comma broke the subject) and a
host named by its demonym ("keeps a naval presence in the Libyan port of Misrata under ...": the
demonym's state). And goods carried "via Kazakh pipelines" (a demonym) are Transit as "via its
pipelines" and "through Kazakhstan's network" were.

Conventions: no treaty or agreement named, no permission (forces simply "in" a state are a fact
of presence, not of consent); no forces (an embassy "based in" a city), no permission.

Hit rate at 5afc8d79 (before): 0/4 positives; the controls gave nothing before too.
"""

from __future__ import annotations

import pytest

from tests.extract.test_patterns import facts, keys

FRANCE, NIGER, TURKIYE, LIBYA, ITALY = "Q142", "Q1032", "Q43", "Q1016", "Q38"
UK, CYPRUS, KAZAKHSTAN, TURKMENISTAN, GERMANY = "Q145", "Q229", "Q232", "Q874", "Q183"


def _permissions(body: str) -> list[tuple[set[str], set[str], str]]:
    return [
        (keys(f.get("grantor")), keys(f.get("grantee")), str(f.get("activity")[0]))
        for f in facts(body)
        if f.cls.value == "Permission"
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "France has about 1,500 troops stationed in Niger under a defence agreement.",
            ({NIGER}, {FRANCE}, "MilitaryBasing"),
        ),
        (
            "The United Kingdom keeps some 2,300 troops based in Cyprus under the 1960 treaty.",
            ({CYPRUS}, {UK}, "MilitaryBasing"),
        ),
        (
            "Turkey keeps a naval presence in the Libyan port of Misrata under a security "
            "agreement signed with Tripoli in 2019.",
            ({LIBYA}, {TURKIYE}, "MilitaryBasing"),
        ),
        (
            "Kazakhstan lets Turkmenistan ship gas via Kazakh pipelines to China.",
            ({KAZAKHSTAN}, {TURKMENISTAN}, "Transit"),
        ),
    ],
)
def test_permission_read(body: str, want: tuple[set[str], set[str], str]) -> None:
    assert want in _permissions(body)


@pytest.mark.parametrize(
    "body",
    [
        # presence, no agreement
        "The United States has about 1,100 troops in Niger.",
        "France has 1,500 troops based in Chad, the army said.",
        # no forces
        "Germany's embassy is based in the Nigerien city of Niamey under the agreement.",
        # a port named by demonym, but no agreement
        "Italy keeps two ships in the Libyan port of Tripoli.",
    ],
)
def test_no_permission_from_a_near_miss(body: str) -> None:
    assert _permissions(body) == []
