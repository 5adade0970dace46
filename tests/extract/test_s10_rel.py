"""The cheap paths of date, money and membership reading (session 10): each skips work only where
the work cannot find anything; these tests keep the shortcuts in step with the patterns."""

from __future__ import annotations

import datetime as dt
import random
import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from dipld import temporal
from dipld.extract import amounts, economy, memberships, partnerships, treaties

DIGIT, LETTER, OTHER = "digit", "letter", "other"
ANY = frozenset({DIGIT, LETTER, OTHER})


def _kind(code: int) -> str:
    char = chr(code)
    return DIGIT if char.isdecimal() else LETTER if char.isalpha() else OTHER


def _class_kinds(items: list[tuple[object, object]]) -> frozenset[str]:
    kinds: set[str] = set()
    for op, av in items:
        if op is c.NEGATE:
            return ANY
        if op is c.LITERAL:
            kinds.add(_kind(av))  # type: ignore[arg-type]
        elif op is c.RANGE:
            low, high = av  # type: ignore[misc]
            kinds.update(_kind(code) for code in range(low, min(high, low + 2000) + 1))
            if high > low + 2000:
                return ANY
        elif op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            kinds.add(DIGIT)
        elif op is c.CATEGORY and av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
            kinds.add(OTHER)
        else:
            return ANY
    return frozenset(kinds)


def _first(items: list[tuple[object, object]]) -> tuple[frozenset[str], bool]:
    """What kinds of character a match of the items can start with, and whether it can be
    empty (a conservative reading: what it cannot tell, it counts as possible)."""
    kinds: set[str] = set()
    for op, av in items:
        item, empty = _first_of(op, av)
        kinds |= item
        if not empty:
            return frozenset(kinds), False
    return frozenset(kinds), True


def _first_of(op: object, av: object) -> tuple[frozenset[str], bool]:
    if op is c.LITERAL:
        return frozenset({_kind(av)}), False  # type: ignore[arg-type]
    if op is c.IN:
        return _class_kinds(av), False  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset(), True  # (zero width)
    if op is c.SUBPATTERN:
        return _first(list(av[-1]))  # type: ignore[index]
    if op is c.BRANCH:
        alternatives = [_first(list(branch)) for branch in av[1]]  # type: ignore[index]
        return (
            frozenset().union(*(kinds for kinds, _ in alternatives)),
            any(empty for _, empty in alternatives),
        )
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        least, _, sub = av  # type: ignore[misc]
        kinds, empty = _first(list(sub))
        return kinds, empty or least == 0
    return ANY, True


def _starts(pattern: str) -> frozenset[str]:
    kinds, empty = _first(list(_parser.parse(pattern, re.IGNORECASE)))
    assert not empty, f"{pattern!r} can match nothing, anywhere"
    return kinds


@pytest.mark.parametrize(("name", "pattern"), temporal._PATTERNS)
def test_a_date_pattern_is_tried_at_every_anchor_it_can_start_at(name: str, pattern: str) -> None:
    starts = _starts(pattern)
    if name in temporal._LETTER_FIRST:
        assert DIGIT not in starts, f"{name} can start with a digit: not in _LETTER_FIRST"
    if name in temporal._DIGIT_FIRST:
        assert LETTER not in starts, f"{name} can start with a letter: not in _DIGIT_FIRST"
    assert not temporal._LETTER_FIRST & temporal._DIGIT_FIRST


def test_the_first_character_reading_tells_digits_from_letters() -> None:
    assert _starts(r"\b(?:last\s+)?(?P<wd>Monday)") == {LETTER}
    assert _starts(r"(?:from\s+)?(?P<d>[0-3]?\d)") == {LETTER, DIGIT}
    assert _starts(r"(?P<n>an?|\d)\s+days") == {LETTER, DIGIT}


@pytest.mark.parametrize(
    ("text", "lexicals"),
    [
        ("In 2021, the trade volume was $40.1Billion.", ["2021"]),
        ("On 2 September 2022, in 2019-2021 and on Friday", ["2022-09-02", "2019", "2022-09-02"]),
        (
            "Ministers met in March, a week ago and 2 days ago.",
            ["2022-03", "2022-08-26", "2022-08-31"],
        ),
        ("Belarus’s trade grew in the 1990s and on 16–17 May", ["1990", "2022-05-16"]),
        ("«Today» the İnönü talks of 12 May 2022 began", ["2022-09-02", "2022-05-12"]),
        ("The ٢٠٢١ figure, reported today", ["2022-09-02"]),
    ],
)
def test_dates_in_ascii_and_other_text(text: str, lexicals: list[str]) -> None:
    found = temporal.find_dates(text, dt.date(2022, 9, 2))
    assert [d.value.lexical for d in found] == lexicals


def _texts() -> list[str]:
    rng = random.Random(10)
    pieces = ["USD", "KZT", "TRY", "SAR", "ASEAN", "KZTX", "xKZT", "_KZT", "KZT5", "5KZT", "é", " "]
    pieces += [" ", ", ", "(", ")", "1.5", "billion", "-", "TRYing", "ÉKZT", "KZT’s"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)] + [
        "1.7 billion USD",
        "KZT 5,000",
        "the Hong Kong SAR 25th anniversary",
        "in 2023 SAR",
    ]


def test_the_currency_codes_are_words_of_three_capitals() -> None:
    for code in (*amounts._UPPER_CODES, *amounts._CODES_AFTER):
        assert re.fullmatch("[A-Z]{3}", code), code


def test_a_code_is_found_as_the_alternation_of_the_codes_finds_it() -> None:
    before = re.compile(rf"\b(?:{'|'.join(amounts._UPPER_CODES)})(?![A-Za-z])")
    after = re.compile(rf"\b(?:{'|'.join(amounts._CODES_AFTER)})\b")
    for text in _texts():
        assert amounts._has_code(text, amounts._THREE_CAPITALS_BEFORE, amounts._OTHER_CODES) == (
            before.search(text) is not None
        ), text
        assert amounts._has_code(text, amounts._THREE_CAPITALS_AFTER, amounts._CODES_AFTER_SET) == (
            after.search(text) is not None
        ), text


def test_the_organisation_slot_is_read_past_its_first_character() -> None:
    # each look-behind of _NOT_OF ends with the slot's first character, which the patterns
    # that use it read just before it
    for look_behind in re.findall(r"\(\?<!(.*?)\)(?=\(\?<!|$)", memberships._NOT_OF):
        assert look_behind.endswith("§"), look_behind
    for regex in (memberships._NAMED_MEMBERS, memberships._MEMBERS_INCLUDING):
        assert regex.pattern.startswith("(?P<o>§" + memberships._NOT_OF), regex.pattern


@pytest.mark.parametrize(
    ("masked", "member"),
    [
        ("§O0§ members §S1§ and §S2§ agreed", True),
        ("fellow §O0§ member states §S1§ and §S2§ agreed", True),
        ("non-§O0§ member §S1§ agreed", False),
        ("non §O0§ member §S1§ agreed", False),
        ("Former §O0§ member §S1§ agreed", False),
        ("ex-§O0§ member §S1§ agreed", False),
        ("would-be §O0§ member §S1§ agreed", False),
        ("future §O0§ member §S1§ agreed", False),
        ("potential §O0§ member §S1§ agreed", False),
        ("§O0§ allies, including §S1§ and §S2§, agreed", True),
        ("non-§O0§ members, including §S1§, agreed", False),
    ],
)
def test_no_members_of_what_a_state_is_not_a_member_of(masked: str, member: bool) -> None:
    found = memberships._NAMED_MEMBERS.search(masked) or memberships._MEMBERS_INCLUDING.search(
        masked
    )
    assert (found is not None) == member, masked


@pytest.mark.parametrize(
    "masked",
    [
        "The rotating presidency of the §O0§ passed from §S1§ to §S2§",
        "The CHAIRMANSHIP of the §O0§ will pass from §S1§ to §S2§",
        "§S0§'s presidency of the §O1§",
        "§S0§’s rotating chairmanship of the annual §O1§",
        "§S0§'s §O1§ Presidency",
        "§S0§ holds the §O1§ presidency",
        "§S0§ took over the rotating §O1§ Chairmanship",
    ],
)
def test_every_presidency_the_rules_read_passes_its_precheck(masked: str) -> None:
    assert memberships._PRESIDENCY.search(masked) or memberships._HOLDS_PRESIDENCY.search(masked)
    assert memberships.may_name(masked, memberships._PRESIDENCY_WORDS), masked


def test_a_letter_ignorecase_reads_as_ascii_passes_the_precheck() -> None:
    masked = "§S0§ holds the §O1§ preſidency"
    assert memberships._HOLDS_PRESIDENCY.search(masked)
    assert memberships.may_name(masked, memberships._PRESIDENCY_WORDS)


def _never(items: list[tuple[object, object]]) -> bool:
    """Whether a pattern can never match: it has an impossible part ("(?!)") on every path."""
    return any(_never_of(op, av) for op, av in items)


def _never_of(op: object, av: object) -> bool:
    if op is c.ASSERT_NOT:
        return not list(av[1])  # type: ignore[index]
    if op is c.SUBPATTERN:
        return _never(list(av[-1]))  # type: ignore[index]
    if op is c.BRANCH:
        return all(_never(list(branch)) for branch in av[1])  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        least, _, sub = av  # type: ignore[misc]
        return bool(least >= 1 and _never(list(sub)))
    return False


@pytest.mark.parametrize("regex", economy._SHARE_PATTERNS)
def test_every_share_pattern_reads_a_percentage_or_half(regex: re.Pattern[str]) -> None:
    impossible = regex.pattern.replace("§R(?P<r>\\d+)§", "(?!)").replace(economy._FRACTION, "(?!)")
    assert impossible != regex.pattern
    assert _never(list(_parser.parse(impossible, regex.flags))), regex.pattern


def test_the_impossible_reading_sees_an_alternative_without_the_slot() -> None:
    assert not _never(list(_parser.parse("(?:(?!)|x)y", 0)))
    assert _never(list(_parser.parse("(?:(?!)|a(?!))y", 0)))


def _without(regex: re.Pattern[str], words: tuple[str, ...]) -> str:
    """The pattern with each of the words (as the pattern spells them) made impossible."""
    pattern = regex.pattern
    for word in words:
        pattern = pattern.replace(word, "(?!)")
    return pattern


@pytest.mark.parametrize(
    ("regex", "words"),
    [
        (partnerships._PLANNED, partnerships._PLANNED_WORDS),
        (partnerships._PARTNERSHIP, partnerships._ALLIANCE_WORDS),
    ],
)
def test_a_partnership_pattern_cannot_match_without_its_words(
    regex: re.Pattern[str], words: tuple[str, ...]
) -> None:
    impossible = _without(regex, words)
    assert _never(list(_parser.parse(impossible, regex.flags))), impossible


def test_a_strategic_partnership_passes_the_precheck_in_any_case() -> None:
    for masked in (
        "the STRATEGIC ALLIANCE of §S0§",
        "a Comprehensive Partnership",
        "strategicalliance",
    ):
        assert partnerships._PARTNERSHIP.search(masked)
        assert memberships.may_name(masked, partnerships._ALLIANCE_WORDS)


def test_a_candidacy_cannot_be_read_without_its_words() -> None:
    impossible = _without(memberships._CANDIDATE, memberships._CANDIDATE_WORDS)
    assert _never(list(_parser.parse(impossible, memberships._CANDIDATE.flags))), impossible


@pytest.mark.parametrize(
    "masked",
    [
        "§S0§, an EU CANDIDATE country,",
        "its Candidacy",
        "§S0§'s Accession to the §O1§",
        "§S0§ aspires to join",
        "§S0§ APPLIED for membership",
        "§S0§ submitted its application",
        "§S0§'s bid to join §O1§",
        "§S0§ is seeking membership",
        "on the path to membership",
        "a prospective member",
        "a future member",
        "integration into the §O1§",
        "§S0§ has Observer status",
    ],
)
def test_every_candidacy_passes_its_precheck(masked: str) -> None:
    assert memberships._CANDIDATE.search(masked), masked
    assert memberships.may_name(masked, memberships._CANDIDATE_WORDS), masked


def test_no_parties_to_a_treaty_without_its_verbs() -> None:
    impossible = _without(treaties._PARTIES_TO, treaties._PARTIES_TO_VERBS)
    assert _never(list(_parser.parse(impossible, treaties._PARTIES_TO.flags))), impossible
    for i, verb in enumerate(treaties._PARTIES_TO_VERBS):  # (and each verb is one of them)
        fewer = treaties._PARTIES_TO_VERBS[:i] + treaties._PARTIES_TO_VERBS[i + 1 :]
        possible = _without(treaties._PARTIES_TO, fewer)
        assert not _never(list(_parser.parse(possible, treaties._PARTIES_TO.flags))), verb


def test_every_organisation_comprising_members_passes_its_hint() -> None:
    pattern = memberships._ORG_COMPRISES.pattern
    # every match has one of the organisation's slots ...
    blanked = pattern.replace("(?P<o>§[OS]\\d+§)", "(?!)").replace("(?P<o2>§[OS]\\d+§)", "(?!)")
    assert blanked != pattern
    assert _never(list(_parser.parse(blanked, memberships._ORG_COMPRISES.flags))), blanked
    # ... which the pattern reads, as the hint does, before one of the hint's verbs
    assert (
        "(?P<o>§[OS]\\d+§)\\s+(?:now\\s+|currently\\s+|also\\s+)?"
        "(?:(?:comprises|includes|groups|unites|brings\\s+together|consists\\s+of|"
        "(?:is|was)\\s+(?:made\\s+up|composed)\\s+of)|"
        "(?:has|had|counts)\\s+"
    ) in pattern
    assert "(?P<o2>§[OS]\\d+§)\\s+(?:are|were|include)" in pattern
    assert pattern.count("§[OS]\\d+§") == 2


@pytest.mark.parametrize(
    "masked",
    [
        "The §O0§ includes §S1§, §S2§ and §S3§.",
        "§O0§ now comprises §S1§ and §S2§",
        "The §O0§ groups §S1§ and §S2§",
        "§O0§ brings together §S1§ and §S2§",
        "§O0§ consists of §S1§ and §S2§",
        "The §O0§ is made up of §S1§ and §S2§",
        "§O0§ was composed of §S1§ and §S2§",
        "The §O0§ has nine members: §S1§, §S2§",
        "§O0§ currently counts 10 full members, including §S1§",
        "The members of the §O0§ are §S1§, §S2§ and §S3§.",
        "Founding member states of §S0§ were §S1§ and §S2§",
        "member countries of the §O0§ include §S1§",
        "Trade grew; §O0§ unites §S1§ and §S2§",
    ],
)
def test_an_organisation_comprising_members_passes_its_hint(masked: str) -> None:
    assert memberships._ORG_COMPRISES.search(masked), masked
    assert memberships._COMPRISES_HINT.search(masked), masked
