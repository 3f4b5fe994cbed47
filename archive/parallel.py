"""Worker processes for batch commands: map a function over inputs, results back in input order.

``convert`` on many inputs, ``ingest`` and ``build`` take ``--jobs N``; this module is how they
spread the work. The design keeps the output independent of N:

- results come back in input order, whatever order the workers finish in, so whatever the parent
  prints or writes from them is the same for any N;
- ``jobs == 1`` runs the function in this process (no pool, nothing pickled), which is also what
  a run with one input does;
- inputs go out in chunks and only a bounded number of chunks is in flight, so a long run holds a
  window of results, not all of them (memory flat in the number of inputs);
- workers are forked where the platform allows it: they start with the modules the parent has
  already imported (the reader, a writer, its fonts) instead of importing them again, and import
  nothing else. ``warm`` runs before the fork, so what it loads is loaded once for all workers.

Workers ignore SIGINT: Ctrl-C reaches the parent, which stops the pool and exits 130.
Functions given to :meth:`Workers.map` must be picklable (module-level, or ``functools.partial``
of one) and should return small values: diagnostics and errors, not rendered outputs.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import accumulate, islice, repeat
from typing import TYPE_CHECKING, TypeVar

from archive.errors import UsageError

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts: one-file commands never need it
    from multiprocessing.pool import AsyncResult, Pool

T = TypeVar("T")
R = TypeVar("R")

CHUNK_MAX = 32  # inputs per task at most: small enough that the last chunks balance across workers
TASKS_PER_WORKER = 16  # aim for this many chunks per worker over a run (load balance vs overhead)
TAIL_CHUNKS = 4  # chunks per worker the last inputs are shared over (see chunk_sizes)
AHEAD = 4  # chunks in flight per worker: enough to keep workers busy while the parent catches up


def default_jobs() -> int:
    """Return the number of cores this process may run on (the default of ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """Return ``jobs``, or the default when None; refuse a number below one."""
    if jobs is None:
        return default_jobs()
    if jobs < 1:
        raise UsageError(f"--jobs {jobs}: give at least 1 (1 runs everything in this process)")
    return jobs


def chunk_size(count: int, jobs: int) -> int:
    """Return how many inputs go in one task for ``count`` inputs over ``jobs`` workers."""
    return max(1, min(CHUNK_MAX, count // (jobs * TASKS_PER_WORKER)))


def chunk_sizes(count: int, jobs: int) -> Iterator[int]:
    """Yield the sizes of the tasks ``count`` inputs are cut into: ``chunk_size``, then smaller at the end.

    Why: the run ends when the last chunk does, and a worker that takes the last full chunk leaves
    the others idle for up to a chunk's time (a tenth of a second for EPUBs: a few per cent of a
    1,000-article run). Once fewer than ``TAIL_CHUNKS`` full chunks per worker remain, each chunk
    is the remaining inputs shared over that many chunks per worker (guided scheduling), so the
    workers finish within a few inputs of each other. Sizes depend on ``count`` and ``jobs`` only.
    """
    size = chunk_size(count, jobs)
    remaining = count
    while remaining > 0:
        step = min(size, max(1, remaining // (jobs * TAIL_CHUNKS)))
        yield step
        remaining -= step


def _start_method() -> str:
    """Fork where it exists (workers inherit loaded modules); spawn elsewhere."""
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _worker_started(warm: Callable[[], None] | None) -> None:
    """Set up a worker: leave SIGINT to the parent; under spawn, load what ``warm`` loads."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if warm is not None:
        warm()


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Run ``func`` on each input of one chunk, in a worker."""
    return [func(value) for value in chunk]


def _call(task: tuple[Callable[[list[T]], list[R]], list[T]]) -> list[R]:
    """Run a batch function on its chunk, in a worker."""
    func, chunk = task
    return func(chunk)


class Workers:
    """A pool of ``jobs`` worker processes, or none when ``jobs`` is 1; use it as a context manager.

    ``warm`` is called once before work starts: in this process before the workers are forked (so
    they share what it loaded), or in each worker where processes are spawned. With one job it is
    not called: the work itself loads what it needs, when it needs it.
    """

    def __init__(self, jobs: int, *, warm: Callable[[], None] | None = None) -> None:
        self.jobs = jobs
        self._warm = warm
        self._pool: Pool | None = None

    @property
    def parallel(self) -> bool:
        """True when work goes to worker processes."""
        return self._pool is not None

    def __enter__(self) -> Workers:
        if self.jobs == 1:
            return self
        import multiprocessing

        method = _start_method()
        if self._warm is not None and method == "fork":
            self._warm()
        if self.jobs > 1:
            # Buffered output would be flushed again by every forked worker when it exits.
            sys.stdout.flush()
            sys.stderr.flush()
            # What is loaded by now (modules, fonts, schemas) lives as long as the process: frozen,
            # the collector here and in the workers never walks it again, and since walking an
            # object writes to it, the workers' copies of those pages stay shared with this one.
            gc.freeze()
            context = multiprocessing.get_context(method)
            warm = self._warm if method != "fork" else None
            self._pool = context.Pool(self.jobs, initializer=_worker_started, initargs=(warm,))
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        gc.unfreeze()
        if kind is None:
            pool.close()
        else:  # an error or Ctrl-C in the parent: stop the workers now, not after their queue
            pool.terminate()
        pool.join()

    def map(self, func: Callable[[T], R], inputs: Iterable[T], *, chunk: int | None = None,
            ahead: int = AHEAD) -> Iterator[R]:
        """Return ``func(x)`` for each input, in input order.

        With workers, the first chunks are submitted before this returns, so the caller can do
        other work (import a writer, load fonts) while they run. At most ``ahead`` chunks per
        worker are in flight; the next is submitted as each result is taken.
        """
        if self._pool is None:
            return map(func, inputs)
        if chunk is not None:
            sizes: Iterator[int] = repeat(chunk)
        elif isinstance(inputs, Sequence):
            sizes = chunk_sizes(len(inputs), self.jobs)
        else:
            sizes = repeat(CHUNK_MAX)
        return self._ordered(self._pool, func, iter(inputs), sizes, max(1, ahead * self.jobs))

    def map_batches(self, func: Callable[[list[T]], list[R]], inputs: Sequence[T], *,
                    chunk: int | None = None) -> Iterator[R]:
        """Like :meth:`map`, but ``func`` takes a whole chunk and returns one result per input.

        For work that is cheaper done together (outputs made durable with one sync per chunk).
        With one job the chunks are made the same way and run here.
        """
        if chunk is not None:
            sizes = [chunk] * -(-len(inputs) // chunk)
        elif self._pool is not None:
            sizes = list(chunk_sizes(len(inputs), self.jobs))
        else:
            sizes = [CHUNK_MAX] * -(-len(inputs) // CHUNK_MAX)
        starts = accumulate(sizes, initial=0)  # one more than sizes: its last is the total
        chunks = [list(inputs[start:start + size]) for start, size in zip(starts, sizes, strict=False)]
        if self._pool is None:
            return (result for piece in chunks for result in func(piece))
        results = self._ordered(self._pool, _call, iter(zip([func] * len(chunks), chunks, strict=True)), repeat(1),
                                max(1, AHEAD * self.jobs))
        return (result for piece in results for result in piece)

    def submit(self, func: Callable[[T], R], value: T) -> Callable[[], R]:
        """Start ``func(value)`` in a worker now; return a function that waits for its result.

        With one job nothing starts: the returned function does the work when called.
        """
        if self._pool is None:
            return partial(func, value)
        return self._pool.apply_async(func, (value,)).get

    @staticmethod
    def _ordered(pool: Pool, func: Callable[[T], R], inputs: Iterator[T], sizes: Iterator[int],
                 limit: int) -> Iterator[R]:
        pending: deque[AsyncResult[list[R]]] = deque()

        def submit() -> bool:
            batch = list(islice(inputs, next(sizes, 0)))
            if batch:
                pending.append(pool.apply_async(_run_chunk, (func, batch)))
            return bool(batch)

        while len(pending) < limit and submit():
            pass
        return _drain(pending, submit)


def _drain(pending: deque[AsyncResult[list[R]]], submit: Callable[[], bool]) -> Iterator[R]:
    """Yield the results of the pending chunks in order, submitting one more as each is taken."""
    while pending:
        results = pending.popleft().get()
        submit()
        yield from results


@contextlib.contextmanager
def workers(jobs: int | None, *, warm: Callable[[], None] | None = None) -> Iterator[Workers]:
    """Open a :class:`Workers` pool for ``--jobs`` (None: one per core)."""
    with Workers(resolve_jobs(jobs), warm=warm) as pool:
        yield pool
