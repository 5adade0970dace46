"""The reference KB: a bundled, versioned Wikidata subset (``dipld/data/kb.nt.gz``) and its index.

``dipld.kb.build`` turns the offline Wikidata snapshot (CSV) into the committed N-Triples file;
``dipld.kb.index`` turns that file into the fast, cached lookup tables the linker uses.
"""

from __future__ import annotations

from pathlib import Path

KB_FILE = Path(__file__).resolve().parent.parent / "data" / "kb.nt.gz"

__all__ = ["KB_FILE"]
