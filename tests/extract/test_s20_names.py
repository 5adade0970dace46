"""Session 20's speed pass on name finding: rewrites that must not change a match. The
gazetteer reads the tokens after a name's first word with one regex search each, inline (it
made them with a generator over text.tokens_at), and takes a one-word name that starts no
longer name without calling Gazetteer._longest; _gazetteer_mentions tests a name's first letter
before the regnal-number patterns; _unknown_orgs compiles its inline patterns once."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dipld.extract import mentions
from dipld.extract.gazetteer import _END, Gazetteer, Match, _case_ok, gazetteer_for, token_key
from dipld.extract.text import NEXT_TOKEN, Token, sentences, tokens_at
from dipld.kb.index import load_index

from .test_s11_spd import GAZETTEER_TEXTS

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _tokens_after(text: str, first: Token, after: int) -> Iterator[tuple[Token, int]]:
    """The generator the gazetteer read the tokens after a name's first one with."""
    if first.end < after:
        yield Token(first.end, after, text[first.end : after]), after
    yield from tokens_at(text, after)


def _longest_plain(
    text: str, first: Token, after: int, offset: int, node: dict[str, Any]
) -> tuple[Match | None, int]:
    """Gazetteer._longest as it was written, with :func:`_tokens_after`."""
    toks = [first]
    found: tuple[Match | None, int] = (None, after)
    stream: Iterator[tuple[Token, int]] | None = None
    while True:
        entries = node.get(_END)
        if entries:
            for entry in entries:
                if not entry.upper or _case_ok(toks, entry):
                    match = Match(offset + first.begin, offset + toks[-1].end, entry.qids)
                    found = (match, after)
                    break
            if len(node) == 1:
                return found
        if stream is None:
            stream = _tokens_after(text, first, after)
        step = next(stream, None)
        if step is None:
            return found
        token, after = step
        toks.append(token)
        deeper = node.get(token_key(token.text))
        if deeper is None:
            return found
        node = deeper


def _find_plain(gazetteer: Gazetteer, text: str, offset: int) -> list[Match]:
    """Gazetteer.find with :func:`_longest_plain`."""
    out: list[Match] = []
    pos = 0
    while (step := NEXT_TOKEN.match(text, pos)) is not None:
        first = step.group("token")
        after = step.end()
        if not (first[0].isupper() or first[0].isdigit()):
            pos = after
            continue
        if len(first) > 2 and first[-2] in "'’" and first[-1] in "sS" and first[0].isalpha():
            first = first[:-2]
        node = gazetteer._root.get(token_key(first))
        if node is None:
            pos = after
            continue
        pos = step.start("token")
        found, pos = _longest_plain(text, Token(pos, pos + len(first), first), after, offset, node)
        if found is not None:
            out.append(found)
    return out


def test_the_gazetteer_reads_the_tokens_after_a_first_word_as_the_generator_did() -> None:
    gazetteer = gazetteer_for(load_index())
    texts = list(GAZETTEER_TEXTS)
    texts += [
        "The United States of America's and the United Kingdom's envoys met in Saint Petersburg.",
        "the Republic of Korea’s President, the Democratic People's Republic of Korea's leader",
        "Bank of China's, Shanghai Cooperation Organisation's SCO's U.S.-China 2024's",
        "United Nations Security Council'S members and the European Union",
        "Kim Jong Un",
        "United",
        "United Nations",
    ]
    for path in sorted(_CORPUS.glob("*.txt"))[:12]:
        texts += [s.text for s in sentences(path.read_text(encoding="utf-8"))]
    words = [*" ".join(texts).split(), "'s", "’s", "'S", "5", "U.S.", "Russia's", "-", ",", "’"]
    rnd = random.Random(20)
    texts += [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 15))) for _ in range(1500)]
    # glued on without spaces too: possessives and punctuation right after a name
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 6))) for _ in range(500)]
    longer = 0
    for text in texts:
        expected = _find_plain(gazetteer, text, 5)
        assert gazetteer.find(text, 5) == expected, text
        longer += sum(1 for m in expected if " " in text[m.begin - 5 : m.end - 5])
    assert longer > 50  # (names of several tokens were read)


def test_every_regnal_number_starts_with_a_gate_letter() -> None:
    # the gate: a name whose first character is none of these is no regnal number
    pattern = mentions._REGNAL.pattern
    body = pattern[3 : pattern.index(")")]
    numbers = body.split("|")
    assert len(numbers) > 5 and all(n and n[0] in mentions._REGNAL_FIRST for n in numbers)
    # blanking the gate's letters out of the pattern leaves nothing it can match
    blanked = re.compile(re.sub(f"[{mentions._REGNAL_FIRST}]", "\0", pattern))
    samples = [*numbers, "VI", "XIV", "Tupou", "II.", "Islands", "Virgin Islands", "Vienna"]
    assert all(mentions._REGNAL.fullmatch(n) for n in numbers)
    assert not any(blanked.fullmatch(s) for s in samples)
    rnd = random.Random(21)
    alphabet = "IVXivx .-'LCMDAb"
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 5)))
        if mentions._REGNAL.fullmatch(s):
            assert s[0] in mentions._REGNAL_FIRST, s


def test_the_patterns_unknown_orgs_compiles_once_are_those_it_wrote_inline() -> None:
    assert mentions._LINK_OR_BACKER.pattern == (
        r"(?:of|the|for|and)\s|[\w.]+-(?:led|backed|dominated|headed)\s"
    )
    assert mentions._AND.pattern == r"\s+and\s+"
    assert mentions._AND_THE.pattern == r"\sand\s+(?:the\s+)?"
    assert not any(p.flags & ~re.UNICODE for p in (mentions._AND, mentions._AND_THE))
    assert not mentions._LINK_OR_BACKER.flags & ~re.UNICODE
