"""Canonical XML: lossless round trips and validity against our profile and the IPTC XSD."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree
from samples import ALL, ZH_CN
from strategies import news_item

from archive.errors import ValidationError
from archive.model.validate import check, problems
from archive.model.xml import dumps, loads, parse

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def iptc(iptc_xsd):
    return etree.XMLSchema(etree.parse(str(iptc_xsd)))


@SETTINGS
@given(news_item)
def test_item_to_xml_and_back_is_lossless(item):
    assert loads(dumps(item)) == item


@SETTINGS
@given(news_item)
def test_xml_to_item_to_xml_gives_identical_bytes(item):
    data = dumps(item)
    assert dumps(loads(data)) == data


@SETTINGS
@given(news_item)
def test_every_generated_item_validates_against_both_schemas(iptc, item):
    data = dumps(item)
    tree = parse(data)
    assert problems(tree) == []
    assert iptc.validate(tree.getroottree()), iptc.error_log


@pytest.mark.parametrize("item", ALL, ids=lambda i: i.language + ":" + i.headline[:12])
def test_samples_validate_against_iptc_directly(iptc, item):
    tree = etree.fromstring(dumps(item))
    assert iptc.validate(tree.getroottree()), iptc.error_log


def _broken(item, **changes) -> bytes:
    return dumps(dataclasses.replace(item, **changes))


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"published": "2020-01-29T07:40:11"}, None),  # allowed: kept in arc:publishedLocal
    ],
)
def test_wall_clock_time_is_kept_apart_and_valid(change, needle):
    data = _broken(ZH_CN, **change)
    check(data)
    assert b"<contentCreated>2020-01-29</contentCreated>" in data
    assert b"<arc:publishedLocal>2020-01-29T07:40:11</arc:publishedLocal>" in data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda x: x.replace(b"<contentCreated>2020-01-29T07:40:11+08:00", b"<contentCreated>2020-01-29T07:40:11"),
         "contentCreated"),
        (lambda x: x.replace(b"<headline>", b"<headline role=\"arc-hlrole:original\">", 1), "headline"),
        (lambda x: x.replace(b'<language tag="zh-CN"/>', b""), "language"),
        (lambda x: x.replace(b"<p>", b"<div>").replace(b"</p>", b"</div>"), "div"),
        (lambda x: x.replace(b"<hash hashtypeuri", b"<hashx hashtypeuri").replace(b"</hash>", b"</hashx>"), "hash"),
    ],
    ids=["time-without-offset", "first-headline-with-role", "no-language", "body-not-paragraphs", "no-hash"],
)
def test_profile_is_stricter_than_iptc(iptc, mutate, message):
    """Each broken document is rejected by our profile, naming a line; the IPTC XSD may accept it."""
    data = mutate(dumps(ZH_CN))
    with pytest.raises(ValidationError) as caught:
        check(data, file="x.xml")
    assert caught.value.line and caught.value.line > 1
    assert "x.xml" in str(caught.value)


def test_headline_is_required():
    data = dumps(ZH_CN)
    start = data.index(b"<headline>")
    end = data.index(b"</headline>") + len(b"</headline>")
    with pytest.raises(ValidationError):
        check(data[:start] + data[end:])
