"""List compiled patterns with a `^` (start of string) and their calls at a position.

`pattern.match(text, pos)` (and search, fullmatch, finditer, findall) does not let
`^` match at `pos`: without re.MULTILINE it matches only at the real start of the
string.  This script imports the extractor's modules, finds every compiled pattern
(module level, or inside module-level lists, tuples and dicts) whose parsed form has
an AT_BEGINNING node, then walks the modules' syntax trees for calls of those
patterns (directly, through an alias, a loop over a container of them, or a helper
that receives the pattern as a parameter) with a position argument.

    python bench/anchor_audit.py            # the (pattern, call site) pairs
    python bench/anchor_audit.py --all      # also the anchored patterns never called at a position
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
from collections.abc import Callable
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import dipld.extract as pkg

_POS_METHODS = {"match", "search", "fullmatch", "finditer", "findall"}


def _anchors(pattern: str, flags: int) -> list[str]:
    """Where the AT_BEGINNING nodes sit: 'start' (first thing matched), 'alt', 'group', 'other'."""
    found: list[str] = []

    def walk(seq: Any, where: str) -> None:
        for i, (op, av) in enumerate(seq):
            name = str(op)
            here = where if i == 0 else "other"
            if name == "AT" and str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                found.append(here)
            elif name == "BRANCH":
                for alt in av[1]:
                    walk(alt, "alt" if here != "other" else "other")
            elif name == "SUBPATTERN":
                walk(av[-1], "group" if here != "other" else "other")
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(av[1], "lookaround")
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(av[2], "other")
            elif name == "ATOMIC_GROUP":
                walk(av, here)
            elif name == "GROUPREF_EXISTS":
                walk(av[1], "other")
                if av[2] is not None:
                    walk(av[2], "other")

    walk(sre_parse.parse(pattern, flags), "start")
    return found


def _patterns(module: object, modname: str) -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}

    def visit(value: object, path: str, depth: int) -> None:
        if isinstance(value, re.Pattern):
            out[path] = value
        elif depth < 3 and isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                visit(v, f"{path}[{i}]", depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for k, v in value.items():
                visit(v, f"{path}[{k!r}]", depth + 1)

    for name, value in vars(module).items():
        if getattr(value, "__module__", modname) != modname and not isinstance(
            value, (re.Pattern, list, tuple, dict)
        ):
            continue
        visit(value, name, 0)
    return out


Anchored = dict[tuple[str, str], list[tuple[str, list[str], re.Pattern[str]]]]


def _resolver(
    short: str, imported: dict[str, tuple[str, str]], anchored: Anchored
) -> Callable[[ast.expr], tuple[str, str] | None]:
    """The anchored pattern (module, name) an expression names, if any."""

    def resolve(expr: ast.expr) -> tuple[str, str] | None:
        if isinstance(expr, ast.Name):
            key = imported.get(expr.id, (short, expr.id))
            return key if key in anchored else None
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            key = (expr.value.id, expr.attr)
            return key if key in anchored else None
        if isinstance(expr, ast.Subscript):
            return resolve(expr.value)
        if isinstance(expr, ast.IfExp):
            return resolve(expr.body) or resolve(expr.orelse)
        if isinstance(expr, ast.BoolOp):
            return next((k for v in expr.values if (k := resolve(v))), None)
        return None

    return resolve


def _has_pos(call: ast.Call) -> bool:
    return len(call.args) >= 2 or any(k.arg == "pos" for k in call.keywords)


def _calls(short: str, src: str, anchored: Anchored) -> set[tuple[str, str]]:
    """Print the calls at a position of anchored patterns in one module's source; return
    the patterns called."""
    tree = ast.parse(src)
    verbose = "-v" in sys.argv
    # names the module imports from another (from .patterns import DATELINE)
    imported: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            base = node.module.rsplit(".", 1)[-1]
            for a in node.names:
                imported[a.asname or a.name] = (base, a.name)
    resolve = _resolver(short, imported, anchored)
    # helpers: functions calling <param>.match(text, pos)
    helpers: dict[str, int] = {}
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = [a.arg for a in fn.args.args]
            for call in ast.walk(fn):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr in _POS_METHODS
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id in params
                    and _has_pos(call)
                ):
                    helpers[fn.name] = params.index(call.func.value.id)
    if verbose:
        print(f"# {short}: helpers {helpers}", file=sys.stderr)
    # loop variables and names bound to anchored patterns or containers of them
    aliases: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.comprehension)):
            if key := resolve(node.iter):
                for t in ast.walk(node.target):
                    if isinstance(t, ast.Name):
                        aliases[t.id] = key
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            if (key := resolve(node.value)) and isinstance(node.targets[0], ast.Name):
                aliases[node.targets[0].id] = key
        elif isinstance(node, ast.NamedExpr) and (key := resolve(node.value)):
            aliases[node.target.id] = key
    called: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in _POS_METHODS and _has_pos(node):
            how = ""
            key = resolve(f.value)
            if key is None and isinstance(f.value, ast.Name) and f.value.id in aliases:
                key = aliases[f.value.id]
                how = f" (via {f.value.id})"
            if key is None:
                if verbose:
                    where = f"{short}.py:{node.lineno}"
                    print(f"? {where}\t{ast.unparse(f.value)[:60]}", file=sys.stderr)
                continue
            pos = node.args[1] if len(node.args) >= 2 else node.keywords[0].value
            how = f".{f.attr}(…, {ast.unparse(pos)}){how}"
        elif isinstance(f, ast.Name) and f.id in helpers and len(node.args) > helpers[f.id]:
            key = resolve(node.args[helpers[f.id]])
            if key is None:
                continue
            how = f"via helper {f.id}({ast.unparse(node)[len(f.id) + 1 : -1][:80]})"
        else:
            continue
        called.add(key)
        for path, where_, rx in anchored[key]:
            print(
                f"{short}.py:{node.lineno}\t{key[0]}.{path}\t{','.join(where_)}\t{how}"
                f"\t{rx.pattern[:70]!r}"
            )
    return called


def main() -> None:
    show_all = "--all" in sys.argv
    modules = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        modname = f"{pkg.__name__}.{info.name}"
        modules[info.name] = importlib.import_module(modname)
    # anchored patterns by (module, top-level name)
    anchored: Anchored = {}
    ids: dict[int, tuple[str, str]] = {}
    total = 0
    for short, mod in modules.items():
        for path, rx in _patterns(mod, mod.__name__).items():
            total += 1
            where = _anchors(rx.pattern, rx.flags)
            if where:
                top = re.split(r"\[", path, maxsplit=1)[0]
                anchored.setdefault((short, top), []).append((path, where, rx))
                ids.setdefault(id(rx), (short, path))
    print(f"# {total} compiled patterns, {len(ids)} with '^'", file=sys.stderr)
    called: set[tuple[str, str]] = set()
    for short, mod in modules.items():
        called |= _calls(short, Path(mod.__file__).read_text(), anchored)  # type: ignore[arg-type]
    if show_all:
        for key, items in sorted(anchored.items()):
            if key not in called:
                for path, where, _rx in items:
                    print(f"-\t{key[0]}.{path}\t{','.join(where)}\tno call at a position")


if __name__ == "__main__":
    main()
