"""Run the ``archive`` CLI in a subprocess, as a user would (same interpreter as the tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EPOCH = "1580342400"  # 2020-01-30T00:00:00Z


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
        epoch: str | None = EPOCH) -> subprocess.CompletedProcess[str]:
    """Run ``archive ARGS`` and return the finished process (text output)."""
    environment = dict(os.environ)
    environment.pop("SOURCE_DATE_EPOCH", None)
    if epoch is not None:
        environment["SOURCE_DATE_EPOCH"] = epoch
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "archive", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env=environment, timeout=600)
