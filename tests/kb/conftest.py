"""Fixtures of the reference KB tests: the committed KB's index, the mini snapshot, the full one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dipld.kb.index import KbIndex, build_index

ROOT = Path(__file__).resolve().parents[2]
MINI = Path(__file__).resolve().parent / "fixtures" / "wikidata-mini"
SHARED = Path(os.environ.get("DIPLD_WIKIDATA_DIR", ROOT.parent / "shared" / "data" / "wikidata"))

# Made-up text tagged with the sources the build must leave out (ODbL S5, GPL-3 S6).
FORBIDDEN_LABELS = (
    "Q184,de,Marker-S5-label,name,countries-states-cities\n"
    "Q184,en,Marker-S5-demonym,demonym,countries-states-cities\n"
    "Q184,en,Marker-S6-name,official_name,country_converter\n"
)
FORBIDDEN_MEMBERSHIP = (
    "Q142,FR,Q7779,CIS,Commonwealth of Independent States,member,1977,,coco_column,"
    "country_converter 1.3.2 (country_data.tsv column CIS),2025-10\n"
)


@pytest.fixture(scope="session")
def kb() -> KbIndex:
    """The index of the committed KB file, built without touching any cache."""
    return build_index()


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the mini snapshot with S5 and S6 rows appended (which the build must drop)."""
    folder = tmp_path / "wikidata-mini"
    shutil.copytree(MINI, folder)
    with (folder / "labels.csv").open("a", encoding="utf-8") as handle:
        handle.write(FORBIDDEN_LABELS)
    with (folder / "memberships.csv").open("a", encoding="utf-8") as handle:
        handle.write(FORBIDDEN_MEMBERSHIP)
    return folder


@pytest.fixture
def shared() -> Path:
    """The full Wikidata snapshot; the test is skipped where it is absent (CI has only the repo)."""
    if not (SHARED / "countries.csv").is_file():
        pytest.skip(f"the Wikidata snapshot is not at {SHARED} (set DIPLD_WIKIDATA_DIR)")
    return SHARED
