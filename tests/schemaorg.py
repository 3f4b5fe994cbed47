"""Check a JSON-LD document against the schema.org vocabulary, offline.

    vocabulary = load_vocabulary(schemaorg_dir / "schemaorg-current-https.jsonld")
    assert check(json.loads(data), vocabulary) == []

``check`` walks the document and returns one line per problem, each with a JSONPath-like location:
a type or property the vocabulary does not define, a superseded term, a property on a node none
of whose types is in the property's domain (``domainIncludes``, following ``rdfs:subClassOf``),
and a value outside the property's range (``rangeIncludes``): text where only things are
expected, a nested node of a wrong type, a malformed Date or DateTime, a number where text is
expected. It understands documents written with schema.org terms (``"@context":
"https://schema.org"``), which is what the project's writers produce; it is not a JSON-LD processor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

PREFIX = "schema:"
SCHEMA_IRIS = ("https://schema.org/", "http://schema.org/")
CONTEXTS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
NODE_KEYWORDS = {"@id", "@type"}

# The value forms of schema.org's data types (ISO 8601 for dates and times).
DATE_RE = re.compile(r"-?\d{4,}-\d{2}-\d{2}")
DATETIME_RE = re.compile(r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
TIME_RE = re.compile(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
DURATION_RE = re.compile(r"-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")
IRI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


@dataclass(frozen=True)
class Property:
    """What the vocabulary says of one property: the types it applies to and the values it takes."""

    domain: frozenset[str]
    range: frozenset[str]
    superseded_by: str | None


@dataclass(frozen=True)
class Vocabulary:
    """The classes (each with all its superclasses), properties and enumeration members of schema.org."""

    ancestors: dict[str, frozenset[str]]
    properties: dict[str, Property]
    members: dict[str, frozenset[str]]  # enumeration member -> its types ("ItemListOrderAscending")
    datatypes: frozenset[str]

    def is_a(self, types: frozenset[str], wanted: frozenset[str]) -> bool:
        """Tell whether any of ``types`` is, or is a subclass of, any of ``wanted``."""
        return any(self.ancestors.get(t, frozenset({t})) & wanted for t in types)


def _ids(value: Any) -> list[str]:
    """Return the schema.org names in a vocabulary reference or list of them, without the prefix."""
    values = value if isinstance(value, list) else [] if value is None else [value]
    out = []
    for v in values:
        ref = v["@id"] if isinstance(v, dict) else v
        if isinstance(ref, str) and ref.startswith(PREFIX):
            out.append(ref.removeprefix(PREFIX))
    return out


@cache
def load_vocabulary(path: Path) -> Vocabulary:
    """Read the vocabulary file once per process (1.5 MB of JSON; every test shares it)."""
    graph = json.loads(Path(path).read_text(encoding="utf-8"))["@graph"]
    parents: dict[str, list[str]] = {}
    properties: dict[str, Property] = {}
    members: dict[str, frozenset[str]] = {}
    datatypes: set[str] = set()
    for node in graph:
        name = node["@id"].removeprefix(PREFIX)
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdf:Property" in kinds:
            superseded = _ids(node.get("schema:supersededBy"))
            properties[name] = Property(frozenset(_ids(node.get("schema:domainIncludes"))),
                                        frozenset(_ids(node.get("schema:rangeIncludes"))),
                                        superseded[0] if superseded else None)
        elif "rdfs:Class" in kinds:
            parents[name] = _ids(node.get("rdfs:subClassOf"))
            if "schema:DataType" in kinds:
                datatypes.add(name)
        else:  # an enumeration member, typed by its enumeration(s)
            members[name] = frozenset(_ids(kinds))
    ancestors = {name: _closure(name, parents) for name in parents}
    # Text, Number … are DataTypes; their subclasses (URL, Integer …) are data types too.
    datatypes |= {name for name, up in ancestors.items() if up & datatypes}
    return Vocabulary(ancestors, properties, members, frozenset(datatypes))


def _closure(name: str, parents: dict[str, list[str]]) -> frozenset[str]:
    """Return ``name`` and every class above it (the hierarchy is a DAG: Place/Organization …)."""
    seen = {name}
    todo = [name]
    while todo:
        for parent in parents.get(todo.pop(), []):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return frozenset(seen)


# ---------------------------------------------------------------------------------------------
# checking


def check(document: Any, vocabulary: Vocabulary) -> list[str]:
    """Return the problems of a schema.org JSON-LD document; an empty list means it fits."""
    if not isinstance(document, dict):
        return ["$: a JSON-LD document here is one JSON object"]
    problems = []
    if document.get("@context") not in CONTEXTS:
        got = document.get("@context")
        problems.append(f"$.@context: expected the string 'https://schema.org', got {got!r}")
    if "@graph" in document:
        extra = sorted(set(document) - {"@context", "@graph"})
        if extra:
            problems.append(f"$: keys beside @graph describe no node: {', '.join(extra)}")
        nodes = document["@graph"] if isinstance(document["@graph"], list) else [document["@graph"]]
        roots = [(f"$.@graph[{i}]", node) for i, node in enumerate(nodes)]
    else:
        roots = [("$", {k: v for k, v in document.items() if k != "@context"})]
    known = dict(_identified(node for _, node in roots))
    for path, node in roots:
        problems.extend(_check_node(node, path, vocabulary, known))
    return problems


def _identified(nodes: Any) -> Iterator[tuple[str, frozenset[str]]]:
    """Yield (@id, types) of every typed node with an @id, so references can be range-checked."""
    for node in nodes:
        if isinstance(node, dict):
            if isinstance(node.get("@id"), str) and "@type" in node:
                yield node["@id"], frozenset(_types(node))
            for key, value in node.items():
                if not key.startswith("@"):
                    yield from _identified(value if isinstance(value, list) else [value])


def _types(node: dict[str, Any]) -> list[str]:
    """Return a node's types as schema.org names (full schema.org IRIs are accepted too)."""
    value = node.get("@type", [])
    types = value if isinstance(value, list) else [value]
    return [_local(t) if isinstance(t, str) else repr(t) for t in types]


def _local(name: str) -> str:
    """Strip a schema.org IRI or prefix, leaving the term."""
    for prefix in (*SCHEMA_IRIS, PREFIX):
        if name.startswith(prefix):
            return name.removeprefix(prefix)
    return name


def _check_node(node: Any, path: str, vocabulary: Vocabulary, known: dict[str, frozenset[str]]) -> list[str]:
    """Check one node object: its types, then each property against its domain and range."""
    if not isinstance(node, dict):
        return [f"{path}: expected a node object, got {type(node).__name__}"]
    problems = []
    types = _types(node)
    if not types:
        problems.append(f"{path}: node has no @type")
    for name in types:
        if name not in vocabulary.ancestors:
            problems.append(f"{path}.@type: {name!r} is not a schema.org type")
        elif name in vocabulary.datatypes:
            problems.append(f"{path}.@type: {name!r} is a data type, not a node type")
    for key, value in node.items():
        if key.startswith("@"):
            if key not in NODE_KEYWORDS:
                problems.append(f"{path}: keyword {key!r} is not expected in a node")
            elif key == "@id" and not isinstance(value, str):
                problems.append(f"{path}.@id: must be a string")
            continue
        problems.extend(_check_property(key, value, frozenset(types), f"{path}.{key}", vocabulary, known))
    return problems


def _check_property(key: str, value: Any, types: frozenset[str], path: str, vocabulary: Vocabulary,
                    known: dict[str, frozenset[str]]) -> list[str]:
    """Check that ``key`` is a current schema.org property fitting the node's types, then its values."""
    prop = vocabulary.properties.get(key)
    if prop is None:
        return [f"{path}: {key!r} is not a schema.org property"]
    problems = []
    if prop.superseded_by:
        problems.append(f"{path}: {key!r} is superseded by {prop.superseded_by!r}")
    if types and prop.domain and not vocabulary.is_a(types, prop.domain):  # untyped: reported once
        problems.append(f"{path}: {key!r} does not apply to {'/'.join(sorted(types))} "
                        f"(domain: {', '.join(sorted(prop.domain))})")
    values = value if isinstance(value, list) else [value]
    if not values:
        problems.append(f"{path}: empty list (leave the property out instead)")
    for i, item in enumerate(values):
        where = f"{path}[{i}]" if isinstance(value, list) else path
        problems.extend(_check_value(item, prop, key, where, vocabulary, known))
    return problems


def _check_value(value: Any, prop: Property, key: str, path: str, vocabulary: Vocabulary,
                 known: dict[str, frozenset[str]]) -> list[str]:
    """Check one value against the property's range; recurse into nested nodes."""
    expected = ", ".join(sorted(prop.range))
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    if isinstance(value, dict):
        if set(value) == {"@id"}:  # a reference: its type is that of the node it names, if here
            types = known.get(value["@id"])
            if types is None or vocabulary.is_a(types, prop.range):
                return []
            return [f"{path}: refers to a {'/'.join(sorted(types))}, expected {expected}"]
        types = frozenset(_types(value))
        problems = _check_node(value, path, vocabulary, known)
        if types and not vocabulary.is_a(types, prop.range):
            problems.append(f"{path}: a {'/'.join(sorted(types))} node, expected {expected}")
        return problems
    if _fits_literal(value, prop.range, vocabulary):
        return []
    return [f"{path}: {value!r} does not fit {key!r} (expected {expected})"]


def _fits_literal(value: Any, wanted: frozenset[str], vocabulary: Vocabulary) -> bool:
    """Tell whether a JSON scalar is a value of one of the ``wanted`` types."""
    if isinstance(value, bool):  # before int: True is an int to Python, not to JSON
        return vocabulary.is_a(wanted, frozenset({"Boolean"}))
    if isinstance(value, int):
        return vocabulary.is_a(wanted, frozenset({"Number"}))  # Number, Integer, Float
    if isinstance(value, float):
        return vocabulary.is_a(frozenset({"Float"}), wanted)  # Number or Float, not Integer
    if not isinstance(value, str):
        return False
    # Text and its subclasses take any string, except URL, which takes an absolute IRI.
    if any(t != "URL" and vocabulary.is_a(frozenset({t}), frozenset({"Text"})) for t in wanted):
        return True
    if "URL" in wanted and IRI_RE.fullmatch(value):
        return True
    if "DateTime" in wanted and DATETIME_RE.fullmatch(value):
        return True
    if "Date" in wanted and DATE_RE.fullmatch(value):
        return True
    if "Time" in wanted and TIME_RE.fullmatch(value):
        return True
    if "Duration" in wanted and DURATION_RE.fullmatch(value):
        return True
    # Other quantities are DataTypes in 30.0 whose values are strings such as "3 kg".
    if any(t != "Duration" and vocabulary.is_a(frozenset({t}), frozenset({"Quantity"})) for t in wanted):
        return True
    member = vocabulary.members.get(_local(value))  # "ItemListOrderAscending" for an enumeration
    return member is not None and vocabulary.is_a(member, wanted)
