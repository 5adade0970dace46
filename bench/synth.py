"""Synthetic diplomacy news articles built from the reference KB, for load benchmarks.

Every article is made of varied sentence templates filled with real KB entities (states and
their capitals, officeholders with the office they held on the article's date, organisations
with their member states), so the extractor has real work: meetings, offices, memberships,
trade, permissions, agreements, aid, sanctions, protests and other events, plus filler
sentences. Output is deterministic for a given seed.

    python bench/synth.py 1000 /tmp/articles            # 1000 .txt files with front matter
    python bench/synth.py 1000 /tmp/news.jsonl --jsonl  # one JSON-lines collection

The articles are synthetic: they state nothing true about the world.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from dipld.kb.index import KbEntity, KbIndex, KbTenure, load_index
from dipld.model import EntityKind

PUBLISHERS = (
    "Diplomatic Wire",
    "Foreign Desk Daily",
    "The Embassy Bulletin",
    "Global Affairs Post",
)
TOPICS = (
    "bilateral trade and investment",
    "energy security",
    "regional security",
    "cooperation in education and culture",
    "the situation in the region",
    "transport links and logistics",
    "agricultural exports",
    "climate and the environment",
    "public health cooperation",
    "the implementation of earlier agreements",
)
ACTIVITIES = (
    "the stationing of military aircraft",
    "joint military exercises",
    "the transit of military equipment",
    "the use of its airspace for training flights",
    "the deployment of an air defence unit",
)
FILLERS = (
    "The sides noted the importance of regular political dialogue.",
    "Officials said further consultations would be held later this year.",
    "The talks took place in a constructive atmosphere.",
    "Both delegations expressed interest in expanding contacts between their business communities.",
    "No joint statement was issued after the meeting.",
    "Experts will continue work on the details in the coming months.",
    "The next round of consultations is expected to take place in the autumn.",
    "The parties agreed to keep in close contact.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Officeholder:
    person: KbEntity
    tenure: KbTenure


class World:
    """The KB entities the templates draw on."""

    def __init__(self, kb: KbIndex) -> None:
        qids = sorted({q for qs in kb.surface_names().values() for q in qs})
        entities = [e for e in (kb.entity(q) for q in qids) if e is not None]
        self.kb = kb
        self.states = [
            e for e in entities if e.kind is EntityKind.STATE and e.place_kind == "country"
        ]
        self.capitals = {s.qid: c for s in self.states if (c := kb.capital(s.qid)) is not None}
        self.states = [s for s in self.states if s.qid in self.capitals]
        self.organisations = [
            e for e in entities if e.kind is EntityKind.ORGANIZATION and len(kb.members(e.qid)) > 2
        ]
        self.holders: list[Officeholder] = []
        for person in (e for e in entities if e.kind is EntityKind.PERSON):
            for tenure in kb.tenures(person.qid):
                if tenure.role and tenure.jurisdiction and tenure.start is not None:
                    self.holders.append(Officeholder(person, tenure))
        self.by_state: dict[str, list[Officeholder]] = {}
        for holder in self.holders:
            assert holder.tenure.jurisdiction is not None
            self.by_state.setdefault(holder.tenure.jurisdiction, []).append(holder)


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _tenure_day(rng: random.Random, tenure: KbTenure) -> dt.date:
    assert tenure.start is not None
    start = dt.date(tenure.start.year, tenure.start.month or 1, tenure.start.day or 1)
    start = max(start, dt.date(1995, 1, 1))
    if tenure.end is not None:
        end = dt.date(tenure.end.year, tenure.end.month or 12, tenure.end.day or 28)
    else:
        end = dt.date(2022, 12, 31)
    if end <= start:
        return start
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _name(state: KbEntity) -> str:
    return state.label


class Writer:
    """Writes one article's sentences."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng

    def pair(self) -> tuple[KbEntity, KbEntity]:
        a, b = self.rng.sample(self.world.states, 2)
        return a, b

    def meeting(self, host: Officeholder, guest: Officeholder, day: dt.date) -> list[str]:
        r = self.rng
        hs, gs = host.tenure, guest.tenure
        city = self.world.capitals.get(hs.jurisdiction or "")
        place = f" in {city.label}" if city else ""
        first = r.choice(
            (
                f"{hs.office_label} {host.person.label} met {gs.office_label} "
                f"{guest.person.label}{place} on {WEEKDAYS[day.weekday()]}.",
                f"{host.person.label}, {hs.office_label}, held talks with {guest.person.label}"
                f"{place}.",
                f"{guest.person.label} was received by {host.person.label}{place} on "
                f"{_long_date(day)}.",
            )
        )
        return [first, f"During the meeting, they discussed {r.choice(TOPICS)}."]

    def membership(self) -> str:
        org = self.rng.choice(self.world.organisations)
        members = sorted(self.world.kb.members(org.qid))
        state = self.world.kb.entity(self.rng.choice(members))
        assert state is not None
        return self.rng.choice(
            (
                f"{state.label} is a member of the {org.label}.",
                f"As a member state of the {org.label}, {state.label} took part in the session.",
                f"{state.label} holds membership in the {org.label}.",
            )
        )

    def trade(self, day: dt.date) -> str:
        a, b = self.pair()
        year = day.year - self.rng.randrange(1, 3)
        amount = self.rng.randrange(2, 400) / 10
        return self.rng.choice(
            (
                f"Trade between {a.label} and {b.label} reached ${amount} billion in {year}.",
                f"{a.label} exported goods worth ${amount} billion to {b.label} in {year}.",
                f"{b.label} accounted for {self.rng.randrange(2, 60)}% of {a.label}'s foreign "
                f"trade in {year}.",
            )
        )

    def permission(self) -> str:
        a, b = self.pair()
        activity = self.rng.choice(ACTIVITIES)
        return self.rng.choice(
            (
                f"{a.label} allowed {b.label} {activity} on its territory.",
                f"The parliament of {a.label} ratified an agreement permitting {activity} by "
                f"{b.label} on its territory.",
            )
        )

    def event(self, day: dt.date) -> str:
        a, b = self.pair()
        topic = self.rng.choice(TOPICS)
        return self.rng.choice(
            (
                f"{a.label} and {b.label} signed an agreement on {topic}.",
                f"{a.label} pledged humanitarian aid to {b.label}.",
                f"{a.label} announced new sanctions against {b.label}.",
                f"{a.label} condemned the actions of {b.label}.",
                f"{a.label} accused {b.label} of violating the ceasefire.",
                f"{a.label} and {b.label} established diplomatic relations in "
                f"{day.year - self.rng.randrange(5, 60)}.",
                f"{a.label} called on {b.label} to resume negotiations on {topic}.",
                f"{a.label} rejected the proposal made by {b.label}.",
                f"{a.label} and {b.label} agreed to cooperate on {topic}.",
                f"{a.label} recalled its ambassador from {b.label} for consultations.",
            )
        )


def article(world: World, rng: random.Random, n: int) -> dict[str, str]:
    """The n-th synthetic article as front-matter fields and text."""
    host = rng.choice(world.holders)
    day = _tenure_day(rng, host.tenure)
    guests = [
        h
        for h in world.by_state.get(rng.choice(world.states).qid, [])
        if h.tenure.start is not None and h.person.qid != host.person.qid
    ]
    guest = rng.choice(guests) if guests else rng.choice(world.holders)
    writer = Writer(world, rng)
    city = world.capitals.get(host.tenure.jurisdiction or "")
    publisher = rng.choice(PUBLISHERS)
    lead = f"{city.label}, {_long_date(day)} ({publisher}): " if city else ""
    sentences = writer.meeting(host, guest, day)
    sentences[0] = lead + sentences[0]
    body = [sentences]
    makers = [writer.membership, lambda: writer.trade(day), writer.permission,
              lambda: writer.event(day), lambda: rng.choice(FILLERS)]  # fmt: skip
    for _ in range(rng.randrange(2, 5)):
        paragraph = [rng.choice(makers)() for _ in range(rng.randrange(2, 4))]
        body.append(paragraph)
    text = "\n\n".join(" ".join(p) for p in body) + "\n"
    title = f"{host.person.label} meets {guest.person.label}"
    return {
        "id": f"synthetic-{n:07d}",
        "title": title,
        "date": day.isoformat(),
        "publisher": publisher,
        "url": f"https://news.example.org/synthetic/{n:07d}",
        "text": text,
    }


def generate(count: int, seed: int = 7, kb: KbIndex | None = None) -> list[dict[str, str]]:
    world = World(kb or load_index())
    rng = random.Random(seed)
    return [article(world, rng, n) for n in range(count)]


def write_folder(articles: list[dict[str, str]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for item in articles:
        head = "".join(f"{k}: {item[k]}\n" for k in ("title", "date", "url", "publisher"))
        (folder / f"{item['id']}.txt").write_text(f"{head}---\n{item['text']}", encoding="utf-8")


def write_jsonl(articles: list[dict[str, str]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for item in articles:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path, help="a folder (or a .jsonl file with --jsonl)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jsonl", action="store_true", help="write one JSON-lines collection")
    args = parser.parse_args(argv)
    articles = generate(args.count, args.seed)
    if args.jsonl:
        write_jsonl(articles, args.out)
    else:
        write_folder(articles, args.out)
    print(f"wrote {len(articles)} synthetic articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
