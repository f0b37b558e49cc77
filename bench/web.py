"""Web benchmark: ``lagebild serve`` on a store of >= 10,000 documents, 20 concurrent clients
on loopback for a bounded time; p50/p95/p99 latency and errors for search, fact and document
pages, and the time from starting ``serve`` to its first page.

Store (built unless --db names one; kept at --store and reused while it holds enough
documents): the project's real articles (tests/data, tests/data/facts with its held-out set,
and the seed from ../shared when present; 21 articles, German and English) are analysed once
with the default pipeline; then copies of their analyses go through the store's own write
path (``Store.add_analysis``) until there are --docs documents. Copy k differs from its
original in a marker line appended to the text (a new checksum and id; every offset still
points at the same words), a " [k]" after the title and a publication date k * 400 days
later, so that copies fall into separate fact windows (45 days) as separate stories would
instead of piling into a handful of giant facts. Facts are filed once at the end
(``update_facts``). The texts repeat, so full-text posting lists are longer than a real
archive of the same size would have: searches are, if anything, slower.

Load: --clients threads, each with its own keep-alive HTTP connection, request pages in
turn: a search (claims or documents, words from the corpus, some with a language or date
filter), a fact page (ids sampled from the store's facts with figures) and a document page
(ids sampled from all documents), as fast as answers come (no think time), for --seconds
after a warm-up. The server is ``lagebild serve`` (--workers processes) on the same cores.

    .venv/bin/python bench/web.py [--docs 10000] [--clients 20] [--seconds 60] [--workers 1]
                                  [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIRS = [ROOT / "tests" / "data", ROOT / "tests" / "data" / "facts",
                ROOT / "tests" / "data" / "facts" / "heldout"]  # fmt: skip
SEED = ROOT.parent / "shared" / "seed" / "nordkorea-truppen-2024-10-18.txt"
SHIFT_DAYS = 400
WORDS = [
    "Soldaten", "Nordkorea", "Russland", "Regierung", "Angaben", "Hafen", "Minister",
    "Valencia", "Georgien", "Budanow", "Kiel", "flood", "troops", "Ukraine", "Polizei",
    "Maschinenbau", "Zinsen", "Kliniken", "Erdrutsche", "Präsident", "rate", "reactor",
    "Nordkorea Russland", '"nordkoreanische Soldaten"', "Trupp*", "Soldat* OR troops",
]  # fmt: skip


def articles() -> list[Path]:
    paths = [p for d in ARTICLE_DIRS for p in sorted(d.glob("*.txt"))]
    return ([SEED] if SEED.exists() else []) + paths


def build_store(path: Path, docs: int) -> dict[str, Any]:
    """Write ``docs`` documents into a new store at ``path`` (see the module docstring)."""
    import datetime as dt

    from lagebild.corroborate import list_facts, update_facts
    from lagebild.model import Provenance
    from lagebild.pipeline import Analyzer, analyze_file
    from lagebild.store import open_store

    started = time.perf_counter()
    analyzer = Analyzer()
    originals = [analyze_file(p, analyzer=analyzer) for p in articles()]
    analysed = time.perf_counter() - started
    path.unlink(missing_ok=True)
    written = 0
    with open_store(path) as store:
        for k in range(docs):
            if written >= docs:
                break
            for original in originals:
                if written >= docs:
                    break
                doc = original.document
                date = None
                if doc.date:
                    date = dt.date.fromisoformat(doc.date) + dt.timedelta(days=SHIFT_DAYS * k)
                    date = date.isoformat()
                copy = dataclasses.replace(
                    doc,
                    text=doc.text + f"\n\n(lagebild bench copy {k})" if k else doc.text,
                    title=f"{doc.title} [{k}]" if k else doc.title,
                    date=date,
                    provenance=[Provenance(reader="bench", path=f"copy-{k}")],
                )
                written += store.add_analysis(dataclasses.replace(original, document=copy))
        copied = time.perf_counter() - started - analysed
        filed = time.perf_counter()
        update_facts(store)
        counts = store.counts()
        counts["facts"] = len(list_facts(store))
    return {
        "articles": len(originals),
        "analyse_seconds": round(analysed, 1),
        "write_seconds": round(copied, 1),
        "facts_seconds": round(time.perf_counter() - filed, 1),
        "counts": counts,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, workers: int) -> tuple[subprocess.Popen[bytes], float]:
    """``lagebild serve`` on ``db``; the seconds until its first page answered 200."""
    lagebild = Path(sys.executable).parent / "lagebild"
    started = time.perf_counter()
    # the server's messages go to a file: a pipe nobody reads would stall it once full
    log = tempfile.TemporaryFile()  # noqa: SIM115 (open as long as the server runs)
    proc = subprocess.Popen(
        [str(lagebild), "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    while time.perf_counter() - started < 60:
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"serve exited: {log.read().decode(errors='replace')}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return proc, time.perf_counter() - started
        except OSError:
            time.sleep(0.02)
    proc.kill()
    raise RuntimeError("serve did not answer within 60 s")


def get_json(port: int, path: str) -> Any:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path)
    response = conn.getresponse()
    return json.loads(response.read())


def url_pools(port: int, rng: random.Random) -> dict[str, list[str]]:
    """Search, fact and document URLs to request."""
    facts: list[str] = []
    for page in range(1, 6):
        rows = get_json(port, f"/api/facts?size=200&page={page}")["results"]
        facts += [f"/facts/{quote(r['id'])}" for r in rows if r["figures"]]
    documents: list[str] = []
    for page in rng.sample(range(1, 50), 5):
        rows = get_json(port, f"/api/documents?size=200&page={page}")["results"]
        documents += [f"/documents/{quote(r['id'])}" for r in rows]
    searches = []
    for word in WORDS:
        for extra in ({}, {"kind": "documents"}, {"language": "de"}, {"since": "2100-01-01"}):
            searches.append("/search?" + urlencode({"q": word, **extra}))
    if not facts or not documents:
        raise RuntimeError("the store has no facts with figures or no documents")
    return {"search": searches, "fact": facts, "document": documents}


@dataclasses.dataclass
class Samples:
    latencies: dict[str, list[float]] = dataclasses.field(default_factory=dict)
    errors: dict[str, int] = dataclasses.field(default_factory=dict)
    warm: int = 0  # requests during the warm-up
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            if not ok:
                self.errors[kind] = self.errors.get(kind, 0) + 1


def client(port: int, pools: dict[str, list[str]], warm_until: float, stop_at: float,
           samples: Samples, seed: int) -> None:  # fmt: skip
    rng = random.Random(seed)
    kinds = list(pools)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    i = seed
    while (now := time.perf_counter()) < stop_at:
        kind = kinds[i % len(kinds)]
        i += 1
        url = rng.choice(pools[kind])
        started = time.perf_counter()
        try:
            conn.request("GET", url)
            response = conn.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        if now >= warm_until:
            samples.add(kind, time.perf_counter() - started, ok)
        else:
            with samples.lock:
                samples.warm += 1
    conn.close()


def server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of ``serve`` and its worker processes so far (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run_load(port: int, clients: int, seconds: float, warmup: float, pid: int) -> dict[str, Any]:
    pools = url_pools(port, random.Random(7))
    cpu_before = server_cpu_seconds(pid)
    samples = Samples()
    start = time.perf_counter()
    warm_until, stop_at = start + warmup, start + warmup + seconds
    threads = [
        threading.Thread(target=client, args=(port, pools, warm_until, stop_at, samples, i))
        for i in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out: dict[str, Any] = {}
    for kind, values in samples.latencies.items():
        out[kind] = {
            "requests": len(values),
            "errors": samples.errors.get(kind, 0),
            "p50_ms": round(percentile(values, 50) * 1000, 1),
            "p95_ms": round(percentile(values, 95) * 1000, 1),
            "p99_ms": round(percentile(values, 99) * 1000, 1),
            "mean_ms": round(statistics.fmean(values) * 1000, 1),
        }
    total = sum(len(v) for v in samples.latencies.values())
    out["requests_per_second"] = round(total / seconds, 1)
    # what a request costs the server, whatever else runs on the machine (warm-up requests included)
    cpu = server_cpu_seconds(pid) - cpu_before
    out["server_cpu_ms_per_request"] = round(cpu / max(total + samples.warm, 1) * 1000, 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--db", type=Path, help="Use this store as it is (no build).")
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "lagebild-bench-web.db",
        help="Where the built store is kept (reused while it holds --docs documents).",
    )  # fmt: skip
    parser.add_argument("--workers", type=int, default=1, help="serve --workers")
    parser.add_argument("--json", action="store_true", help="Print the result as JSON.")
    args = parser.parse_args()

    report: dict[str, Any] = {"clients": args.clients, "seconds": args.seconds,
                              "cpus": os.cpu_count()}  # fmt: skip
    db = args.db or args.store
    if args.db is None and not _holds(args.store, args.docs):
        report["build"] = build_store(args.store, args.docs)
    report["store"] = str(db)
    report["documents"] = _holds(db, 0)
    report["workers"] = args.workers
    proc, first_page = start_server(db, port := free_port(), args.workers)
    try:
        report["first_page_seconds"] = round(first_page, 2)
        # the CPU it took (imports, filing check, first page): what an idle machine waits
        report["first_page_server_cpu_seconds"] = round(server_cpu_seconds(proc.pid), 2)
        before = os.getloadavg()[0]
        report["load"] = run_load(port, args.clients, args.seconds, args.warmup, proc.pid)
        # other work on the machine slows every figure: say how busy it was
        report["load_average_1min"] = [round(before, 1), round(os.getloadavg()[0], 1)]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:  # requests still queued: no graceful end needed
            proc.kill()
            proc.wait()
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(
        f"store {db}: {report['documents']} documents; serve answered its first page in"
        f" {report['first_page_seconds']} s ({report['first_page_server_cpu_seconds']} s CPU)"
    )
    if "build" in report:
        print(f"built: {json.dumps(report['build'])}")
    load = report["load"]
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, {load['requests_per_second']} requests/s;"
        f" load average before/after {report['load_average_1min']} on {os.cpu_count()} cores;"
        f" server CPU {load['server_cpu_ms_per_request']} ms per request"
    )
    for kind in ("search", "fact", "document"):
        r = load.get(kind)
        if r:
            print(
                f"  {kind:9} n={r['requests']:5}  p50 {r['p50_ms']:6.1f} ms"
                f"  p95 {r['p95_ms']:6.1f} ms  p99 {r['p99_ms']:6.1f} ms  errors {r['errors']}"
            )


def _holds(db: Path, docs: int) -> int:
    """The number of documents in ``db`` if it has at least ``docs``, else 0."""
    import sqlite3

    if not db.is_file():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            n = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
            conn.execute("SELECT count(*) FROM facts").fetchone()
    except sqlite3.Error:
        return 0
    return n if n >= docs else 0


if __name__ == "__main__":
    main()
