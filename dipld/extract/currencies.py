"""Currencies: ISO 4217 codes and the Wikidata QIDs a recorded source gives for them.

The table is ``dipld/data/currencies.csv``; a currency without a sourced QID is published as an
unlinked entity named by its code, never with a guessed QID.

>>> CURRENCY_QIDS["USD"]
'Q4917'
>>> "EUR" in CURRENCY_QIDS
False
"""

from __future__ import annotations

import csv
import io
from importlib import resources


def _load() -> tuple[dict[str, str], dict[str, str]]:
    text = resources.files("dipld").joinpath("data/currencies.csv").read_text(encoding="utf-8")
    qids: dict[str, str] = {}
    labels: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(text)):
        labels[row["code"]] = row["label"]
        if row["qid"]:
            if not row["source"]:
                raise ValueError(f"currencies.csv: {row['code']} has a QID without a source")
            qids[row["code"]] = row["qid"]
    return qids, labels


CURRENCY_QIDS, CURRENCY_LABELS = _load()
