"""Items for collection writers: a small summary of each in memory, the whole item loaded on demand.

A collection of 10,000 articles must not sit in memory at once. The writers need two things of
every member: what orders, groups and describes it (date, headline, section, people …), for the
table of contents and the book's metadata, and the whole item once, when its chapter, pages or
node are written. So a collection is an :class:`Items` sequence: ``summary(i)`` is a
:class:`Summary` kept in memory, ``items[i]`` loads the item (from a spool file the parallel
readers filled, from the store, or from a plain list), and a writer sorts indices by summary and
loads each item once, when it renders it. ``loads`` counts the loads, so a test can check that.

Plain lists still work everywhere: :func:`of` wraps them (their items are in memory already).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import IO, NamedTuple, overload

from archive.model import NewsItem, Role


class Summary(NamedTuple):
    """What collection writers need of an item without loading it: order, contents, book metadata."""

    guid: str
    version: int
    headline: str
    language: str
    published: str | None = None  # as in the item: the sort key and the date group
    section: str | None = None
    source: str | None = None
    publisher: str | None = None
    people: tuple[tuple[str, Role], ...] = ()  # (name, role) in printed order: credits
    filename: str | None = None  # the original's file name: where diagnostics point

    @classmethod
    def of(cls, item: NewsItem) -> Summary:
        """Return the summary of ``item``."""
        return cls(item.guid, item.version, item.headline, item.language, item.published, item.section,
                   item.source, item.publisher, tuple((p.name, p.role) for p in item.people),
                   item.original.filename if item.original else None)


# What order, group and metadata functions accept: a summary, or the item itself (both have the fields).
Described = Summary | NewsItem


class Items(Sequence[NewsItem]):
    """A collection: ``len``, ``summary(i)`` from memory, ``items[i]`` loaded when asked for."""

    def __init__(self) -> None:
        self.loads = 0  # items loaded so far (each load parses or unpickles one item)
        self._strings: dict[str, str] = {}

    def _share(self, summary: Summary) -> Summary:
        """Return ``summary`` with the values many items repeat (language, source, names …) shared.

        Summaries come unpickled from workers or read from the catalogue, each with its own copy
        of every string; sharing them keeps a 10,000-item collection's summaries small.
        """
        table = self._strings

        def shared(value: str | None) -> str | None:
            return None if value is None else table.setdefault(value, value)

        return summary._replace(language=shared(summary.language), section=shared(summary.section),
                                source=shared(summary.source), publisher=shared(summary.publisher),
                                people=tuple((table.setdefault(name, name), role) for name, role in summary.people))

    def summary(self, index: int) -> Summary:
        raise NotImplementedError

    def _load(self, index: int) -> NewsItem:
        raise NotImplementedError

    def made(self, index: int) -> bytes | None:
        """Return what the collection's writer made of item ``index`` ahead of time, or None.

        A writer whose per-item work does not depend on the rest of the collection (an EPUB
        chapter) can have it done where the item was read, in a worker (``writers.make_member``);
        it then takes these bytes instead of loading and rendering the item. None: render it.
        """
        return None

    def summaries(self) -> list[Summary]:
        """Return every summary, in collection order."""
        return [self.summary(index) for index in range(len(self))]

    @overload
    def __getitem__(self, index: int) -> NewsItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[NewsItem]: ...

    def __getitem__(self, index: int | slice) -> NewsItem | list[NewsItem]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        self.loads += 1
        return self._load(index % len(self))


class InMemory(Items):
    """Items already in memory (a list a caller built): each summary is made when asked for, not kept,
    so wrapping a list costs no memory of its own."""

    def __init__(self, items: Sequence[NewsItem]) -> None:
        super().__init__()
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    def summary(self, index: int) -> Summary:
        return Summary.of(self._items[index])

    def _load(self, index: int) -> NewsItem:
        return self._items[index]


def of(items: Sequence[NewsItem]) -> Items:
    """Return ``items`` as an :class:`Items` sequence (wrapping a plain list)."""
    return items if isinstance(items, Items) else InMemory(items)


def pack(item: NewsItem) -> bytes:
    """Return ``item`` in the spool's form (a pickle: the fastest form to write and read back)."""
    import pickle  # here, as the spool's imports: a one-article conversion never spools

    return pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)


class Spool(Items):
    """Items appended as packed bytes to a temporary file; summaries and offsets stay in memory.

    The file is this process's own (unnamed, removed on close), so unpickling it trusts nothing
    outside the run. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, folder: str | None = None) -> None:
        super().__init__()
        import tempfile

        # Closed by close() or the with block, not here: the spool outlives this call.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="archive-items-", dir=folder)  # noqa: SIM115
        self._offsets = array("q")
        self._sizes = array("q")
        self._made = array("q")  # bytes of the writer's rendering stored after the item (0: none)
        self._summaries: list[Summary] = []
        self._end = 0

    def append(self, packed: bytes, summary: Summary, made: bytes = b"") -> None:
        """Add one item, given as :func:`pack` made it, with its summary and what a writer made of it.

        ``packed`` may be empty when ``made`` is given: the writer then never loads the item.
        """
        self._file.seek(self._end)
        self._file.write(packed)
        if made:
            self._file.write(made)
        self._offsets.append(self._end)
        self._sizes.append(len(packed))
        self._made.append(len(made))
        self._end += len(packed) + len(made)
        self._summaries.append(self._share(summary))

    def extend(self, items: Iterable[NewsItem]) -> None:
        """Add items built in this process."""
        for item in items:
            self.append(pack(item), Summary.of(item))

    def __len__(self) -> int:
        return len(self._summaries)

    def summary(self, index: int) -> Summary:
        return self._summaries[index]

    def _load(self, index: int) -> NewsItem:
        import pickle

        if not self._sizes[index]:  # a programming error: the collection was spooled for its writer
            raise RuntimeError(f"item {index} was spooled only as what its writer made of it")
        self._file.seek(self._offsets[index])
        item: NewsItem = pickle.loads(self._file.read(self._sizes[index]))
        return item

    def made(self, index: int) -> bytes | None:
        if not self._made[index]:
            return None
        self._file.seek(self._offsets[index] + self._sizes[index])
        return self._file.read(self._made[index])

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
