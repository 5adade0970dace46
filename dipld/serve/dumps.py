"""Prebuilt dataset dumps: one file per format and published version, built once, lazily.

A dump is written by a separate process (so the server's memory and event loop stay flat) to
``<store>/dumps/<version>/dataset.<ext>`` and ``dataset.<ext>.gz`` under temporary names, then
renamed; concurrent requests for the same file wait for the one build.
"""

from __future__ import annotations

import asyncio
import gzip
import multiprocessing
import shutil
from pathlib import Path

from dipld.errors import StoreError
from dipld.store import DUMPS, snapshot_path

#: seconds a dump build may take before it is abandoned
DUMP_TIMEOUT = 3600.0
#: gzip level of prebuilt dumps (6: zlib's default balance of size and speed)
GZIP_LEVEL = 6


def _build_dump(root: str, version: str, name: str) -> None:
    """Write ``dumps/<version>/<name>`` and ``<name>.gz`` (runs in its own process)."""
    import pyoxigraph as ox

    from dipld.export import ExportFormat, export

    fmt = {"ttl": ExportFormat.TURTLE, "trig": ExportFormat.TRIG, "nq": ExportFormat.NQUADS}[
        name.rsplit(".", 1)[1]
    ]
    folder = Path(root) / DUMPS / version
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    tmp = folder / f".{name}.tmp"
    store = ox.Store.read_only(str(snapshot_path(Path(root), version)))
    with tmp.open("wb") as out:
        export(store, out, fmt)
    gz_tmp = folder / f".{name}.gz.tmp"
    with (
        tmp.open("rb") as src,
        gz_tmp.open("wb") as raw,
        gzip.GzipFile(
            filename=name, mode="wb", fileobj=raw, mtime=0, compresslevel=GZIP_LEVEL
        ) as gz,
    ):
        shutil.copyfileobj(src, gz, 1 << 20)
    gz_tmp.replace(folder / f"{name}.gz")
    tmp.replace(target)


class Dumps:
    """Builds each dump file at most once per version, even under concurrent requests."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._builds: dict[tuple[str, str], asyncio.Task[Path]] = {}

    def path(self, version: str, name: str) -> Path:
        return self.root / DUMPS / version / name

    async def get(self, version: str, name: str) -> Path:
        base = name.removesuffix(".gz")
        path = self.path(version, name)
        if path.exists() and self.path(version, base).exists():
            return path
        key = (version, base)
        task = self._builds.get(key)
        if task is None or task.done():
            task = asyncio.get_running_loop().create_task(self._build(version, base))
            self._builds[key] = task
        await asyncio.shield(task)
        return path

    async def _build(self, version: str, name: str) -> Path:
        ctx = multiprocessing.get_context("spawn")
        process = ctx.Process(
            target=_build_dump, args=(str(self.root), version, name), name="dipld-dump", daemon=True
        )
        await asyncio.to_thread(process.start)
        await asyncio.to_thread(process.join, DUMP_TIMEOUT)
        if process.is_alive():
            process.kill()
            raise StoreError(f"building {name} took longer than {DUMP_TIMEOUT:g} s")
        if process.exitcode != 0:
            raise StoreError(
                f"building {name} for version {version} failed (exit code {process.exitcode}); "
                "see the server log"
            )
        return self.path(version, name)
