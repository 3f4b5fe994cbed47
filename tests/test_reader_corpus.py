"""The importer on the labelled dev corpus, scored through the CLI by the shared scorer, against floors.

``tests/import_floors.json`` pins each field's accuracy; scores only ratchet up (GUIDE, 11). The
scorer is ``../shared/tools/score_import.py``, the same tool that scores the held-out set at review,
run on the real CLI (``python -m archive``), so what is measured is what a user gets.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require_shared

FLOORS = Path(__file__).with_name("import_floors.json")
BAR_FIELD, BAR_ALL = 0.95, 0.90  # the bar: every field, and all fields right on a document


@pytest.fixture(scope="module")
def floors() -> dict[str, float]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    scorer = require_shared("tools", "score_import.py")
    corpus = require_shared("corpus", "dev")
    cli = shlex.join([sys.executable, "-m", "archive"])
    done = subprocess.run([sys.executable, str(scorer), str(corpus), "--cli", cli, "--json"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    report, _ = json.JSONDecoder().raw_decode(done.stdout)  # the scorer prints a summary line after it
    return report


def test_every_document_converts(scores):
    assert scores["errors"] == {}, scores["errors"]


def test_no_field_falls_below_its_floor(scores, floors):
    accuracy = scores["accuracy"]
    below = {field: (accuracy[field], floor) for field, floor in floors.items() if accuracy[field] < floor}
    failures = {stem: fields for stem, fields in scores["failures"].items() if fields}
    assert not below, f"below the floor (score, floor): {below}; failing documents: {failures}"


def test_floors_cover_every_field_and_meet_the_bar(scores, floors):
    assert set(floors) == set(scores["accuracy"]), "a field without a floor cannot ratchet"
    assert all(floor >= BAR_FIELD for field, floor in floors.items() if field != "all"), floors
    assert floors["all"] >= BAR_ALL, floors
