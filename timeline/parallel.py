"""Analysis on several cores: documents go to a pool of worker processes in chunks.

Python threads share one core for this kind of work (the GIL), so a large batch is split into chunks that
worker processes analyse side by side. Workers are started with `spawn` (never `fork`: the parent may run
Prefect's threads) and live until the run's analysis is done (`release_workers`), so their start-up (about a
second each) is paid once per run.
Small batches are analysed in the calling process: starting workers would cost more than it saves.
As with any `spawn` pool, a script that calls the pipeline should do so under `if __name__ == "__main__":`;
without it the workers cannot start and the work falls back to the calling process.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL_ITEMS = 64   # below this, one process is faster than starting workers
CHUNK_ITEMS = 25          # documents per chunk sent to a worker

_pools: dict[int, ProcessPoolExecutor] = {}
# A flow analyses its batches on several threads at once: without the lock each could start a pool of its
# own (seen: 28 worker processes and 3.7 GB for a 10,000-article flow on two cores).
_pools_lock = threading.Lock()


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _exit_with_parent(parent: int) -> None:
    """Runs in each worker: a worker whose parent was killed (even by SIGKILL) exits within a second
    instead of waiting forever for work."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="newsline-parent-watch", daemon=True).start()


def _pool(workers: int) -> ProcessPoolExecutor:
    with _pools_lock:
        if workers not in _pools:
            _pools[workers] = ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent, initargs=(os.getpid(),))
        return _pools[workers]


def release_workers() -> None:
    """Stop the worker processes; the next large batch starts them again. A run calls it when its
    analysis is done, so the workers' memory (~130 MB each: rules, lexicons, gazetteer) is free for
    assembling and exporting."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.shutdown(wait=True)


@atexit.register
def _shutdown() -> None:
    for pool in _pools.values():
        pool.shutdown(wait=False, cancel_futures=True)


def _apply_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def map_in_workers(function: Callable[[T], R], items: list[T], workers: int) -> list[R]:
    """`[function(item) for item in items]`, on `workers` processes when the batch is large enough.

    `function` must be a module-level function (it is pickled by name); results keep the input order.
    """
    if workers <= 1 or len(items) < MIN_PARALLEL_ITEMS:
        return [function(item) for item in items]
    chunks = [items[i : i + CHUNK_ITEMS] for i in range(0, len(items), CHUNK_ITEMS)]
    try:
        pool = _pool(workers)
        futures = [pool.submit(_apply_chunk, function, chunk) for chunk in chunks]
        return [result for future in futures for result in future.result()]
    except BrokenProcessPool:
        # Workers could not start, e.g. a script that runs newsline at import time without an
        # `if __name__ == "__main__":` guard (a spawned worker re-imports the main script): do the work here.
        with _pools_lock:
            _pools.pop(workers, None)
        warnings.warn("newsline: analysis worker processes could not run; analysing in this process",
                      RuntimeWarning, stacklevel=2)
        return [function(item) for item in items]
