"""Shared fixtures: where ../shared is, and the hand-built sample items.

Tests that need ``../shared`` (the IPTC XSD, the schema.org vocabulary, the dev corpus) skip with
a reason on a developer machine without it, and fail loudly under CI (``ARCHIVE_REQUIRE_SHARED=1``,
set by ``.ci/run``), so a missing checkout can never pass silently there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def require_shared(*parts: str) -> Path:
    """Return ``../shared/<parts>``; skip (or, under CI, fail) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing: clone the project with ../shared beside it"
        if os.environ.get("ARCHIVE_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def iptc_xsd() -> Path:
    return require_shared("standards", "newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")


@pytest.fixture(scope="session")
def schemaorg_dir() -> Path:
    return require_shared("standards", "schemaorg")


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    return require_shared("corpus", "dev")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return ROOT / "seeds" / "000_d3c6fe3a4f49bc7c.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite the golden files under tests/golden/ from the writers' current output")


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
