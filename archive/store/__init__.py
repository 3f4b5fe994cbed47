"""The archive on disk: item folders (the truth), a catalogue (an index of them), corrections and fixity.

Modules, each with one job: ``layout`` (where things are, the item manifest), ``disk`` (writes
that survive a kill), ``lock`` (one writer at a time), ``store`` (opening, recovery, reading),
``commit`` (adding items and versions), ``catalogue`` and ``textindex`` (the SQLite index and its
search text), ``ingest``, ``edit``, ``search``, ``fixity``, ``bag`` (the commands' work), and
``release_check`` (verifying a release folder). Nothing here prints or exits: ``archive.cli`` does.
"""

from archive.store.store import Store, store_path

__all__ = ["Store", "store_path"]
