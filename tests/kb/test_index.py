"""The linker index of the committed KB: resolutions, abstentions, tenures, caching, load time."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from dipld.extract.gazetteer import Gazetteer
from dipld.kb import KB_FILE
from dipld.kb.index import (
    KbIndex,
    KbTenure,
    build_index,
    cached_index,
    cached_table,
    cached_version,
    load_index,
)
from dipld.model import EntityKind, Precision, TimeValue


@pytest.mark.parametrize(
    ("name", "qid"),
    [
        ("Belarus", "Q184"),
        ("Russia", "Q159"),
        ("Ukraine", "Q212"),
        ("Minsk", "Q2280"),
        ("CIS", "Q7779"),
        ("CSTO", "Q318693"),
        ("Union State", "Q166110"),
        ("the Union State", "Q166110"),
        ("United Nations", "Q1065"),
        ("Vladimir Makei", "Q2026222"),
        ("Boris Gryzlov", "Q188296"),
        ("Belarusian", "Q184"),
        ("Republic of Belarus", "Q184"),
        ("Commonwealth of Independent States", "Q7779"),
        ("Collective Security Treaty Organization", "Q318693"),
    ],
)
def test_done_when_resolutions(kb: KbIndex, name: str, qid: str) -> None:
    entity = kb.resolve(name)
    assert entity is not None and entity.qid == qid


def test_resolutions_come_with_kinds(kb: KbIndex) -> None:
    assert kb.kind_of("Q184") is EntityKind.STATE
    assert kb.kind_of("Q2280") is EntityKind.CITY
    assert kb.kind_of("Q7779") is EntityKind.ORGANIZATION
    assert kb.kind_of("Q2026222") is EntityKind.PERSON
    assert kb.kind_of("Q2045068") is EntityKind.POST
    minsk = kb.entity("Q2280")
    assert minsk is not None and minsk.country == "Q184" and minsk.national_capital


def test_belarusian_is_belarus(kb: KbIndex) -> None:
    for word in ("Belarusian", "Belarusians", "belarusian"):
        state = kb.demonym_of(word)
        assert state is not None and state.qid == "Q184"


def test_unknown_name_gives_nothing(kb: KbIndex) -> None:
    assert kb.resolve("Atlantis") is None
    assert kb.lookup("Atlantis") == ()
    assert kb.demonym_of("Atlantean") is None
    assert kb.entity("Q1") is None and kb.kind_of("Q1") is None
    assert kb.resolve("") is None


def test_ambiguous_name_gives_nothing(kb: KbIndex) -> None:
    assert {e.qid for e in kb.lookup("Congo")} == {"Q971", "Q974"}
    assert kb.resolve("Congo") is None
    assert kb.demonym_of("Korean") is None  # North and South Korea


def test_kinds_narrow_an_ambiguous_name(kb: KbIndex) -> None:
    assert kb.resolve("Kuwait") is None  # the state and Kuwait City (NE name "Kuwait")
    state = kb.resolve("Kuwait", {EntityKind.STATE})
    city = kb.resolve("Kuwait", {EntityKind.CITY})
    assert state is not None and state.qid == "Q817"
    assert city is not None and city.kind is EntityKind.CITY
    assert kb.resolve("Belarus", {EntityKind.CITY}) is None


def test_eu_is_a_state_and_an_organisation(kb: KbIndex) -> None:
    eu = kb.resolve("European Union", {EntityKind.ORGANIZATION})
    assert eu is not None and eu.qid == "Q458" and eu.kind is EntityKind.STATE
    assert kb.resolve("EU", {EntityKind.STATE}) == eu


def test_makei_was_foreign_minister_of_belarus_in_2022(kb: KbIndex) -> None:
    day = dt.date(2022, 6, 1)
    current = [t for t in kb.tenures("Q2026222") if t.covers(day)]
    assert [(t.post, t.role, t.jurisdiction) for t in current] == [
        ("Q2045068", "ForeignMinister", "Q184")
    ]
    assert "Q2026222" in kb.holders("Q2045068", day)
    assert "Q2026222" not in kb.holders("Q2045068", dt.date(2010, 1, 1))
    assert [p.qid for p in kb.posts("Q184", "ForeignMinister")] == ["Q2045068"]


def test_gryzlov_is_ambassador_to_belarus_without_a_post(kb: KbIndex) -> None:
    ambassador = [t for t in kb.tenures("Q188296") if t.role == "Ambassador"]
    assert len(ambassador) == 1
    assert ambassador[0].office_label == "Ambassador to Belarus"
    assert ambassador[0].post is None and ambassador[0].jurisdiction == "Q159"
    assert ambassador[0].covers(dt.date(2022, 3, 1))


def test_tenure_covers_at_the_precision_given() -> None:
    tenure = KbTenure(
        person="Q1",
        post=None,
        office_label="x",
        jurisdiction=None,
        role=None,
        start=TimeValue(2017, precision=Precision.YEAR),
        end=TimeValue(2022, 2, precision=Precision.MONTH),
    )
    assert tenure.covers(dt.date(2017, 1, 1))
    assert tenure.covers(dt.date(2022, 2, 28))
    assert not tenure.covers(dt.date(2022, 3, 1))
    assert not tenure.covers(dt.date(2016, 12, 31))
    no_start = KbTenure("Q1", None, "x", None, None, None, None)
    assert not no_start.covers(dt.date(2020, 1, 1))


def test_capitals_and_memberships(kb: KbIndex) -> None:
    capital = kb.capital("Q184")
    assert capital is not None and capital.qid == "Q2280"
    country = kb.capital_of("Q2280")
    assert country is not None and country.qid == "Q184"
    assert kb.capital_of("Q184") is None
    assert {"Q184", "Q159"} <= kb.members("Q7779")
    assert {"Q7779", "Q318693", "Q1065"} <= kb.memberships("Q184")
    assert kb.members("Q1") == frozenset()


def test_names_are_normalised_and_surface_names_keep_case(kb: KbIndex) -> None:
    names = kb.names()
    assert names["belarus"] == ("Q184",)
    assert all(key == KbIndex.normalise(key) for key in names)
    assert kb.surface_names()["CSTO"] == ("Q318693",)
    assert "Belarusians" in kb.surface_names()
    assert kb.normalise("  The  Union’s   State ") == "union's state"


def test_role_classes_are_not_names(kb: KbIndex) -> None:
    head_of_state = kb.entity("Q48352")
    assert head_of_state is not None and head_of_state.role_class
    assert "Q48352" not in kb.names().get("head of state", ())


def test_index_reports_version_counts_and_sources(kb: KbIndex) -> None:
    assert len(kb.version) == 12
    counts = kb.counts()
    assert counts["state"] == 280 and counts["city"] > 2000 and counts["person"] > 3000
    ids = [s.id for s in kb.sources]
    assert "S7" in ids and "S5" not in ids and "S6" not in ids
    assert all(s.license and s.url for s in kb.sources)


def test_cache_cold_and_warm_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    cold = cached_index(KB_FILE, tmp_path)
    cold_seconds = time.perf_counter() - started
    assert len(list(tmp_path.glob("kb-index-*.pickle"))) == 1
    started = time.perf_counter()
    warm = cached_index(KB_FILE, tmp_path)
    warm_seconds = time.perf_counter() - started
    assert warm is not cold and warm.version == cold.version
    assert warm.resolve("Belarus") == cold.resolve("Belarus")
    with capsys.disabled():
        print(f"\nKB index: cold build {cold_seconds:.3f} s, warm load {warm_seconds:.3f} s")


def test_corrupt_cache_is_rebuilt(tmp_path: Path) -> None:
    cached_index(KB_FILE, tmp_path)
    (pickle_file,) = tmp_path.glob("kb-index-*.pickle")
    pickle_file.write_bytes(b"not a pickle")
    assert cached_index(KB_FILE, tmp_path).resolve("Minsk") is not None
    assert pickle_file.read_bytes() != b"not a pickle"


def test_cached_version_is_the_index_version_without_reading_the_index(tmp_path: Path) -> None:
    version = cached_version(KB_FILE, tmp_path)
    assert version == load_index().version and version
    (index_file,) = tmp_path.glob("kb-index-*.pickle")
    (version_file,) = tmp_path.glob("kb-version-*.pickle")
    index_file.unlink()  # a warm cache answers from the small file alone
    assert cached_version(KB_FILE, tmp_path) == version
    assert not index_file.exists()
    version_file.write_bytes(b"\x80\x05K\x07.")  # a pickle of the wrong type: rebuilt
    assert cached_version(KB_FILE, tmp_path) == version


def test_unwritable_cache_builds_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    index = cached_index(KB_FILE, blocker / "dipld")
    assert index.resolve("Belarus") is not None


def test_load_index_is_cached_per_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_index.cache_clear()
    try:
        first = load_index()
        assert load_index() is first
        assert list((tmp_path / "dipld").glob("kb-index-*.pickle"))
    finally:
        load_index.cache_clear()


def test_former_names_do_not_compete_with_current_names(kb: KbIndex) -> None:
    """Factbook former names (dipld:formerName) are kept in the KB but are not lookup names:
    "Zaire" is the historical state, not also DR Congo; "Quito" is the city, not Ecuador."""
    zaire = kb.resolve("Zaire")
    assert zaire is not None and zaire.qid == "Q6500954"
    quito = kb.resolve("Quito")
    assert quito is not None and quito.kind is EntityKind.CITY
    assert kb.resolve("Byelorussian SSR") == kb.entity("Q2895")


def test_every_post_role_is_a_known_role_concept(kb: KbIndex) -> None:
    from dipld.kb.roles import ROLES

    roles = {e.role for e in (kb.entity(q) for qs in kb.names().values() for q in qs) if e}
    roles |= {t.role for qid in ("Q2026222", "Q188296", "Q2866") for t in kb.tenures(qid)}
    assert roles - {None} <= set(ROLES)
    assert {"HeadOfState", "ForeignMinister", "Ambassador", "Minister"} <= roles


def test_tables_built_from_the_index_are_cached_beside_it(tmp_path: Path) -> None:
    """A derived table (the gazetteer) is read back from disk by a later process: same lookups;
    keyed by the code that builds it, so an edit to that code builds a new one."""
    from dipld.extract.gazetteer import _build

    index = cached_index(KB_FILE, tmp_path)
    code = tmp_path / "builder.py"
    code.write_text("# version 1")
    built = cached_table(index, "gazetteer", [code], Gazetteer, lambda: _build(index))
    (cached,) = tmp_path.glob("gazetteer-*.pickle")
    again = cached_table(index, "gazetteer", [code], Gazetteer, lambda: pytest.fail("rebuilt"))
    assert again is not built
    text = "Belarus and the Commonwealth of Independent States"
    assert again.find(text) == built.find(text) and len(built.find(text)) == 2
    code.write_text("# version 2")
    cached_table(index, "gazetteer", [code], Gazetteer, lambda: _build(index))
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 2
    cached.write_bytes(b"not a pickle")  # a corrupt file is rebuilt, a wrong type too
    code.write_text("# version 1")
    assert cached_table(index, "gazetteer", [code], Gazetteer, lambda: built) is built
    assert cached_table(index, "gazetteer", [code], dict, lambda: {"rebuilt": 1}) == {"rebuilt": 1}


def test_tables_of_an_index_not_from_the_cache_are_built_in_memory(tmp_path: Path) -> None:
    index = build_index(KB_FILE)
    assert index.cache is None
    table = cached_table(index, "t", [], dict, lambda: {"built": 1})
    assert table == {"built": 1} and not list(tmp_path.glob("*"))
