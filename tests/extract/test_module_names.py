"""No rule module binds a module-level name twice.

A second ``_NAMED_AFTER = re.compile(...)`` further down a module silently replaces the first
for every function that reads it at call time: two helpers of session 30 met it (``_NAMED_AFTER``,
``_PASSIVE_END`` in ``events.py``), and ruff does not flag it. The eight names that were bound
twice before this test existed were untangled in session 38: copies of one value dropped, and each
of the others read by the rule it was written for (checked on the rule dump and every gold set).
The check covers every module of the package.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import dipld


def _rebound(path: Path) -> set[str]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                lines[target.id].append(node.lineno)
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
    return {name for name, at in lines.items() if len(at) > 1}


def test_no_module_level_name_is_bound_twice() -> None:
    folder = Path(dipld.__file__).parent
    found = {(p.name, name) for p in sorted(folder.rglob("*.py")) for name in _rebound(p)}
    assert found == set()


def test_the_check_sees_a_second_binding(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('a')\n\n_A = re.compile('b')\n_B = 1\n")
    assert _rebound(module) == {"_A"}
