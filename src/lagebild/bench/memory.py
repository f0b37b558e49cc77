"""Resident memory of a process and its children, sampled while a benchmark runs."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

_VMRSS = re.compile(r"VmRSS:\s+(\d+)")


class PeakRss:
    """Samples the resident memory of this process and its children (summed) in a thread;
    ``peak`` is the largest sum seen, ``peak_single`` the largest single process."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak = 0
        self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            sizes = tree_rss(os.getpid())
            self.peak = max(self.peak, sum(sizes))
            self.peak_single = max(self.peak_single, max(sizes, default=0))
            self._stop.wait(self.interval)


def tree_rss(pid: int) -> list[int]:
    """Resident bytes of ``pid`` and each of its descendants (Linux /proc; empty elsewhere)."""
    sizes = []
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            match = _VMRSS.search(Path(f"/proc/{p}/status").read_text())
            if match:
                sizes.append(int(match.group(1)) * 1024)
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return sizes
