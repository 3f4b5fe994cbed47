"""Fonts rebuilt from the cache are reportlab's parsed fonts field for field, and PDFs do not change.

If a reportlab release changes what its font objects hold, these tests fail here (and the cache's
format must follow), never a user's PDF.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from archive.writers import fontcache
from archive.writers.fonts import FONT_FILES, _FontBytes

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_d3c6fe3a4f49bc7c.txt"
PROBES = [0, 1, 12.5, 1000, 2048, 1 / 3]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", str(tmp_path))
    return tmp_path


def _comparable(font: TTFont) -> dict[str, object]:
    """A font's fields, with its face's fields in place of the face and the scale function by its values."""
    fields = {key: value for key, value in vars(font).items() if key not in ("face", "encoding", "state")}
    face = dict(vars(font.face))
    scale = face.pop("_pdfScale")
    fields["face"] = {key: (value, type(value)) for key, value in face.items()}
    fields["face name strings"] = {key: value.ustr for key, value in face.items() if hasattr(value, "ustr")}
    fields["scale"] = [scale(x) for x in PROBES]
    fields["encoding"] = vars(font.encoding)
    fields["state"] = dict(font.state)
    return fields


@pytest.mark.parametrize("key", sorted(FONT_FILES))
def test_a_cached_face_is_the_parsed_face(cache, key):
    spec = FONT_FILES[key]
    parsed = TTFont(spec.pdf_name, _FontBytes(spec.path), subfontIndex=spec.subfont)
    first = fontcache.load(spec.pdf_name, _FontBytes(spec.path), spec.subfont)  # parses, and keeps it
    assert (cache / f"font-{spec.pdf_name}-{spec.subfont}.marshal").exists()
    rebuilt = fontcache.load(spec.pdf_name, _FontBytes(spec.path), spec.subfont)
    assert _comparable(first) == _comparable(parsed)
    assert _comparable(rebuilt) == _comparable(parsed)
    assert rebuilt.face._ttf_data is parsed.face._ttf_data  # one copy of the file, shared
    sample = "新聞 News 2024年"
    assert rebuilt.stringWidth(sample, 12) == parsed.stringWidth(sample, 12)
    assert rebuilt.face.makeSubset([0, 32, 65, 0x65B0]) == parsed.face.makeSubset([0, 32, 65, 0x65B0])


def _entry(key: str, cache: Path) -> Path:
    spec = FONT_FILES[key]
    fontcache.load(spec.pdf_name, _FontBytes(spec.path), spec.subfont)
    return cache / f"font-{spec.pdf_name}-{spec.subfont}.marshal"


@pytest.mark.parametrize("damage", ["empty", "garbage", "stale", "other shape"])
def test_a_damaged_or_stale_entry_is_parsed_afresh_and_replaced(cache, damage):
    path = _entry("serif", cache)
    stamp, state = marshal.loads(path.read_bytes())
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(b"\x00not a marshal stream")
    elif damage == "stale":  # the font file was replaced since (another size)
        path.write_bytes(marshal.dumps(((*stamp[:3], stamp[3] + 1, *stamp[4:]), state)))
    else:
        path.write_bytes(marshal.dumps((stamp, {"fields": {}})))
    spec = FONT_FILES["serif"]
    font = fontcache.load(spec.pdf_name, _FontBytes(spec.path), spec.subfont)
    parsed = TTFont(spec.pdf_name, _FontBytes(spec.path), subfontIndex=spec.subfont)
    assert _comparable(font) == _comparable(parsed)
    assert marshal.loads(path.read_bytes())[0] == stamp


def _pdf(target: Path, cache: str) -> bytes:
    env = dict(os.environ, ARCHIVE_CACHE_DIR=cache, SOURCE_DATE_EPOCH="1700000000")
    subprocess.run([sys.executable, "-m", "archive", "convert", str(SEED), "-o", str(target)], env=env,
                   check=True, capture_output=True)
    return target.read_bytes()


def test_pdfs_are_byte_identical_without_a_cache_and_with_a_cold_or_warm_one(tmp_path):
    folder = str(tmp_path / "cache")
    without = _pdf(tmp_path / "without.pdf", "")
    cold = _pdf(tmp_path / "cold.pdf", folder)
    assert any(name.startswith("font-") for name in os.listdir(folder))
    warm = _pdf(tmp_path / "warm.pdf", folder)
    assert without == cold == warm
