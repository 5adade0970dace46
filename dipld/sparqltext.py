"""Lexical analysis of SPARQL query text: tokens, the query form, the outermost WHERE group.

Enough of SPARQL's grammar to find things by position without a full parser: strings, IRIs and
comments are single tokens, so a brace or a keyword inside them is never mistaken for syntax.
:mod:`dipld.queries` uses it to bind parameters (a ``VALUES`` block right after the opening
brace of the outermost ``WHERE`` group) and to tell which prefixes a query uses.

>>> text = 'SELECT ?s WHERE { ?s ?p "{ WHERE }" # }\\n FILTER(?s = ?x) }'
>>> query_form(tokenize(text))
'SELECT'
>>> text[: where_group(tokenize(text))]
'SELECT ?s WHERE {'
>>> sorted(variables(tokenize(text)))
['p', 's', 'x']
>>> uses_service(tokenize("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"))
True
>>> sorted(used_prefixes(tokenize("PREFIX wd: <http://x/> SELECT * { wd:Q1 dipld:p ?o }")))
['dipld', 'wd']
>>> sorted(declared_prefixes(tokenize("PREFIX wd: <http://x/> SELECT * { wd:Q1 dipld:p ?o }")))
['wd']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum


class TokenKind(StrEnum):
    """What a token of SPARQL text is."""

    STRING = "string"
    IRI = "iri"
    COMMENT = "comment"
    VAR = "var"
    PNAME = "pname"
    WORD = "word"
    OPEN = "open"
    CLOSE = "close"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind, its text and where it starts and ends (character offsets)."""

    kind: TokenKind
    text: str
    start: int
    end: int


_TOKENS = re.compile(
    r"""
    (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
   |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
   |(?P<comment>\#[^\n\r]*)
   |(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
   |(?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w:%\-]|\\.|\.(?=[\w:%\-]))*)
   |(?P<word>[^\W\d][\w\-]*)
   |(?P<open>\{)
   |(?P<close>\})
   |(?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)

FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


def tokenize(text: str) -> list[Token]:
    """The tokens of a SPARQL text, comments included, whitespace left out."""
    out: list[Token] = []
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        out.append(Token(TokenKind(kind), match.group(), match.start(), match.end()))
    return out


def keywords(text: str) -> Iterator[str]:
    """The bare words of a SPARQL text, upper-cased, outside strings, IRIs and comments; lazily,
    so that a caller looking for the query form stops at the prologue."""
    for match in _TOKENS.finditer(text):
        if match.lastgroup == "word":
            yield match.group().upper()


def _code(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind is not TokenKind.COMMENT]


def query_form(tokens: list[Token]) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a query, or None (an update, say)."""
    for token in _code(tokens):
        if token.kind is TokenKind.WORD and token.text.upper() in FORMS:
            return token.text.upper()
    return None


def where_group(tokens: list[Token]) -> int | None:
    """The offset just after the ``{`` that opens the outermost WHERE group, or None.

    That is the brace after a ``WHERE`` keyword outside any braces; a SELECT, ASK or DESCRIBE
    query may leave out the keyword, and then it is the first brace after the query form.
    """
    depth = 0
    form: str | None = None
    after_where = False
    for token in _code(tokens):
        if token.kind is TokenKind.OPEN:
            if depth == 0 and (after_where or form in {"SELECT", "ASK", "DESCRIBE"}):
                return token.end
            depth += 1
        elif token.kind is TokenKind.CLOSE:
            depth = max(0, depth - 1)
        elif token.kind is TokenKind.WORD and depth == 0:
            word = token.text.upper()
            if word == "WHERE":
                after_where = True
            elif word in FORMS and form is None:
                form = word
    return None


def variables(tokens: list[Token]) -> set[str]:
    """The names of the variables a query mentions (``?x`` and ``$x`` are the same variable)."""
    return {t.text[1:] for t in tokens if t.kind is TokenKind.VAR}


def uses_service(tokens: list[Token]) -> bool:
    """True if the query has a SERVICE clause (a federated call to another endpoint)."""
    return any(t.kind is TokenKind.WORD and t.text.upper() == "SERVICE" for t in tokens)


def declared_prefixes(tokens: list[Token]) -> set[str]:
    """The prefixes the query's prologue declares (``PREFIX wd: <…>`` gives ``wd``)."""
    code = _code(tokens)
    return {
        nxt.text.split(":", 1)[0]
        for tok, nxt in itertools.pairwise(code)
        if tok.kind is TokenKind.WORD
        and tok.text.upper() == "PREFIX"
        and nxt.kind is TokenKind.PNAME
    }


def used_prefixes(tokens: list[Token]) -> set[str]:
    """The prefixes of the prefixed names the query uses outside its PREFIX declarations."""
    code = _code(tokens)
    used: set[str] = set()
    for index, token in enumerate(code):
        if token.kind is not TokenKind.PNAME:
            continue
        before = code[index - 1] if index else None
        if before is not None and before.kind is TokenKind.WORD and before.text.upper() == "PREFIX":
            continue
        prefix = token.text.split(":", 1)[0]
        if prefix != "_":  # a blank node label, not a prefixed name
            used.add(prefix)
    return used
