"""The monthly report as JSON, format 1 of REPORT-FORMAT.md: the file Welcome Points and cities exchange.

Every file written and every file read is checked twice: against the JSON Schema that ships in
``schema/`` (the structure a partner city can check with any tool), and here against what the
schema cannot say (the codes of each table's vocabularies, every cell listed once, no count
below k published). A file that fails either check is refused with one sentence naming the file.

The output is byte-for-byte reproducible: keys in the order of the format, two-space indent,
totals and cells one per line, UTF-8, a final newline.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from welcome_point.domain.errors import ReportFileError, ValidationError
from welcome_point.domain.report import (
    DIMENSIONS,
    FORMAT,
    SPECS_BY_NAME,
    TABLE_SPECS,
    TOTAL_KEYS,
    VERSION,
    Cell,
    Key,
    MonthlyReport,
    Period,
    SiteRef,
    Table,
    Total,
)

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "monthly-report-1.json"
MAX_FILE_BYTES = 5_000_000  # a real report is a few dozen kilobytes
FLOAT_TOTALS = frozenset({"volunteer_hours"})
_SHOWN = 40  # characters of a bad value quoted in a message


class _Error(Exception):
    """What is wrong with a document, in plain words, without the file name."""


# --- writing -------------------------------------------------------------------------------

def report_to_json(report: MonthlyReport) -> bytes:
    """The report as format-1 JSON; the same report always gives the same bytes.

    Raises ValidationError when the report does not fit the format (a bug upstream, since
    ``anonymise`` and ``merge_reports`` only make reports that fit).
    """
    document = _document(report)
    try:
        _check_schema(document)
        _report(document)
    except _Error as problem:
        raise ValidationError(f"The report does not fit format {VERSION}: {problem}") from None
    return (_dump(document, 0) + "\n").encode("utf-8")


def _document(report: MonthlyReport) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "site": {"code": report.site.code, "name": report.site.name},
        "sites": list(report.sites),
        "period": str(report.period),
        "generated": report.generated.isoformat(),
        "k": report.k,
        "totals": [{"key": total.key, "value": _total_value(total.key, total.value)}
                   for total in report.totals],
        "tables": [_table_document(table) for table in report.tables],
    }


def _total_value(key: str, value: int | float) -> int | float:
    if key in FLOAT_TOTALS:
        return float(value)
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _table_document(table: Table) -> dict[str, Any]:
    document: dict[str, Any] = {"name": table.name, "dimensions": list(table.dimensions),
                                "total": table.total}
    if table.multi:
        document["multi"] = True
    cells = []
    for cell in table.cells:
        item: dict[str, Any] = {"key": list(cell.key), "value": cell.value}
        if cell.suppressed is not None:
            item["suppressed"] = cell.suppressed
        cells.append(item)
    document["cells"] = cells
    return document


def _dump(value: Any, level: int) -> str:
    """JSON with containers of plain values on one line (a cell, a total) and the rest indented."""
    if not isinstance(value, dict | list) or _flat(value):
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    inner = "  " * (level + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(key, ensure_ascii=False)}: {_dump(item, level + 1)}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    if not value:
        return "[]"
    return "[\n" + ",\n".join(inner + _dump(item, level + 1) for item in value) + "\n" + "  " * level + "]"


def _flat(value: dict[str, Any] | list[Any]) -> bool:
    items = value.values() if isinstance(value, dict) else value
    return all(not isinstance(item, dict | list)
               or (isinstance(item, list) and not any(isinstance(x, dict | list) for x in item))
               for item in items)


# --- reading -------------------------------------------------------------------------------

def report_from_json(data: bytes, source: str) -> MonthlyReport:
    """The report in ``data``; any problem raises ReportFileError starting with ``source``."""
    try:
        document = _load(data)
        _check_header(document)
        _check_schema(document)
        return _report(document)
    except _Error as problem:
        message = f"{source}: {problem}"
        if len(message) > 380:
            message = message[:379] + "…"
        raise ReportFileError(message) from None


def _load(data: bytes) -> Any:
    if len(data) > MAX_FILE_BYTES:
        raise _Error(f"not a monthly report (the file is {len(data) // 1_000_000} MB, far too large)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Error("not a monthly report (the file is not UTF-8 text)") from None
    if not text.strip():
        raise _Error("not a monthly report (the file is empty)")
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
                              parse_float=_finite)
    except json.JSONDecodeError as error:
        place = f"line {error.lineno}, column {error.colno}"
        raise _Error(f"not a JSON file ({error.msg} at {place})") from None
    except RecursionError:
        raise _Error("not a monthly report (its brackets are nested far too deeply)") from None
    except ValueError:  # Python refuses to read an integer of thousands of digits
        raise _Error("not a monthly report (a number in it is far too long)") from None
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # "\ud800": a half character that no file can be written with
        raise _Error("not a monthly report (it holds a broken character)") from None
    return document


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Error(f"the number {_shown(text)} is too large")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Error(f"the field {_shown(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise _Error(f"the file holds {name}, which is not a number JSON allows")


def _check_header(document: Any) -> None:
    """Format and version first: a file of another kind gets a message about that, not its fields."""
    if not isinstance(document, dict):
        kind = "a list" if isinstance(document, list) else "a single value"
        raise _Error(f"not a monthly report (the file holds {kind}, not an object)")
    if "format" not in document:
        raise _Error("not a monthly report (it has no \"format\" field)")
    if document["format"] != FORMAT:
        raise _Error(f"not a monthly report (format is {_shown(document['format'])})")
    if "version" not in document:
        raise _Error("not a monthly report of a known version (it has no \"version\" field)")
    version = document["version"]
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise _Error(f"version {version} is newer than this app reads ({VERSION}); please update the app")
    if version != VERSION:
        raise _Error(f"version {_shown(version)} is not a version of the format this app reads ({VERSION})")


@functools.cache
def _validator() -> Any:
    import jsonschema  # type: ignore[import-untyped]  # imported late: start-up needs no schema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(_inline(schema, schema.get("$defs", {})))


def _inline(node: Any, definitions: Mapping[str, Any]) -> Any:
    """The schema with each local "$ref" replaced by its definition: the same rules, validated in
    half the time (jsonschema resolves a reference anew for each of a report's hundreds of cells)."""
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/") and len(node) == 1:
            return _inline(definitions[reference.removeprefix("#/$defs/")], definitions)
        return {key: _inline(value, definitions) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(item, definitions) for item in node]
    return node


def _check_schema(document: Any) -> None:
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    error = best_match(_validator().iter_errors(document))
    if error is not None:
        raise _Error(_describe(error, document))


def _report(document: Mapping[str, Any]) -> MonthlyReport:
    """The report of a schema-valid document, after the checks the schema cannot make."""
    try:
        period = Period.parse(document["period"])
    except ValidationError:
        raise _Error(f"period {_shown(document['period'])} is not a month this app can read") from None
    try:
        generated = date.fromisoformat(document["generated"])
    except ValueError:
        raise _Error(f"generated {_shown(document['generated'])} is not a date") from None
    k = int(document["k"])
    report = MonthlyReport(
        site=SiteRef(document["site"]["code"], document["site"]["name"]),
        sites=tuple(document["sites"]),
        period=period,
        generated=generated,
        k=k,
        totals=_totals(document["totals"]),
        tables=_tables(document["tables"], k),
    )
    _check_totals(report)
    return report


def _check_totals(report: MonthlyReport) -> None:
    """Key figures that contradict each other would make a merged city report meaningless."""
    figure = report.total
    if any(figure(key) > MAX_COUNT for key in ("visits", "referrals", "volunteer_hours")):
        raise _Error("a key figure is larger than any Welcome Point's month can be")
    if figure("visits_anonymous") > figure("visits"):
        raise _Error("visits_anonymous is larger than visits")
    if figure("visitors_new") > figure("visitors_distinct"):
        raise _Error("visitors_new is larger than visitors_distinct")
    if figure("visitors_distinct") > figure("visits") - figure("visits_anonymous"):
        raise _Error("visitors_distinct is larger than the visits with a card")
    if report.tables and figure("visits") < 2 * report.k:
        raise _Error(f"it publishes tables for {figure('visits')} visits, fewer than 2k = {2 * report.k}: "
                     "the file was not anonymised")


# A month of one city's Welcome Points stays far below this; larger numbers are damage.
MAX_COUNT = 10_000_000


def _totals(items: Sequence[Mapping[str, Any]]) -> tuple[Total, ...]:
    values: dict[str, int | float] = {}
    for item in items:
        key, value = item["key"], item["value"]
        if key in values:
            raise _Error(f"the key figure {key!r} appears twice")
        values[key] = float(value) if key in FLOAT_TOTALS else int(value)
    missing = [key for key in TOTAL_KEYS if key not in values]
    if missing:
        raise _Error(f"the key figure {missing[0]!r} is missing")
    return tuple(Total(key, values[key]) for key in TOTAL_KEYS)


def _tables(items: Sequence[Mapping[str, Any]], k: int) -> tuple[Table, ...]:
    tables: dict[str, Table] = {}
    for item in items:
        name = item["name"]
        if name not in SPECS_BY_NAME:
            raise _Error(f"unknown table {_shown(name)}")
        if name in tables:
            raise _Error(f"the table {name!r} appears twice")
        tables[name] = _table(item, k)
    missing = [spec.name for spec in TABLE_SPECS if spec.name not in tables]
    if tables and missing:
        raise _Error(f"the table {missing[0]!r} is missing (a report has all {len(TABLE_SPECS)} tables "
                     "or, for a small month, none)")
    return tuple(tables[spec.name] for spec in TABLE_SPECS if spec.name in tables)


def _table(item: Mapping[str, Any], k: int) -> Table:
    spec = SPECS_BY_NAME[item["name"]]
    where = f"table {spec.name!r}"
    dimensions = tuple(item["dimensions"])
    if dimensions != spec.dimensions:
        raise _Error(f"{where} should have the dimensions {' × '.join(spec.dimensions)}, "
                     f"not {' × '.join(dimensions)}")
    multi = bool(item.get("multi", False))
    if multi != spec.multi:
        said = "true" if spec.multi else "false (or be left out)"
        raise _Error(f"{where} should say \"multi\": {said}")
    total = item["total"]
    if total is not None and 0 < total < k:
        raise _Error(f"{where} publishes the total {total}, which is below k = {k}: "
                     "the file was not anonymised")
    cells: dict[Key, Cell] = {}
    for cell_item in item["cells"]:
        cell = _cell(cell_item, spec.dimensions, where, k)
        if cell.key in cells:
            raise _Error(f"{where} lists the cell {_key_text(cell.key)} twice")
        cells[cell.key] = cell
    keys = spec.cell_keys()
    for key in keys:
        if key not in cells:
            raise _Error(f"{where} lacks the cell {_key_text(key)} (every category is listed, zeros too)")
    return Table(spec.name, spec.dimensions, total, spec.multi, tuple(cells[key] for key in keys))


def _cell(item: Mapping[str, Any], dimensions: tuple[str, ...], where: str, k: int) -> Cell:
    key: Key = tuple(item["key"])
    if len(key) != len(dimensions):
        raise _Error(f"{where}: the cell {_key_text(key)} needs {len(dimensions)} code(s), "
                     f"one per dimension ({', '.join(dimensions)})")
    for dimension, code in zip(dimensions, key, strict=True):
        if code not in DIMENSIONS[dimension]:
            raise _Error(f"{where}: {_shown(code)} is not a code of the dimension {dimension}")
    value, suppressed = item["value"], item.get("suppressed")
    if value is not None and 0 < value < k:
        raise _Error(f"{where}, cell {_key_text(key)}: the count {value} is below k = {k} and published: "
                     "the file was not anonymised")
    return Cell(key, None if value is None else int(value), suppressed)


# --- messages ------------------------------------------------------------------------------

def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


def _key_text(key: Sequence[Any]) -> str:
    return "[" + ", ".join(_shown(code) for code in key) + "]"


def _where(document: Any, path: Sequence[Any]) -> str:
    """A place in the document in words: "table 'visits_by_language', cell ['ar'], value"."""
    parts: list[str] = []
    node = document
    steps: Iterator[Any] = iter(path)
    for step in steps:
        listed = isinstance(node, dict) and isinstance(node.get(step), list)
        if step in ("tables", "totals", "cells") and listed:
            items = node[step]
            index = next(steps, None)
            if index is None:
                parts.append(step)
                break
            node = items[index]
            label = {"tables": "table", "totals": "key figure", "cells": "cell"}[step]
            parts.append(f"{label} {_item_name(step, node, index)}")
            continue
        parts.append(str(step) if isinstance(step, str) else f"entry {step + 1}")
        node = node[step] if isinstance(node, dict | list) else None
    return ", ".join(parts)


def _item_name(kind: str, node: Any, index: int) -> str:
    if isinstance(node, dict):
        if kind == "tables" and isinstance(node.get("name"), str):
            return _shown(node["name"])
        if kind == "totals" and isinstance(node.get("key"), str):
            return _shown(node["key"])
        if kind == "cells" and isinstance(node.get("key"), list):
            return _key_text(node["key"])
    return str(index + 1)


_EXPECTED = {
    "value": "a whole number of at least 0, or null when suppressed",
    "total": "a whole number of at least 0, or null",
    "k": "a whole number from 3 to 50",
    "period": "a month written YYYY-MM",
    "generated": "a date written YYYY-MM-DD",
    "suppressed": "\"primary\" or \"complementary\"",
}


def _describe(error: Any, document: Any) -> str:
    """One sentence for the most relevant schema error."""
    try:
        return _sentence(error, document)
    except (LookupError, TypeError, ValueError):  # a document odd enough to trip the wording
        place = "/".join(str(step) for step in error.absolute_path) or "the report"
        return f"{place}: {error.message[:200]}"


def _sentence(error: Any, document: Any) -> str:
    path = list(error.absolute_path)
    where = _where(document, path) or "the report"
    field = path[-1] if path and isinstance(path[-1], str) else None
    kind = error.validator
    if kind == "required":
        missing = next((name for name in error.validator_value if name not in error.instance), "a field")
        if missing == "suppressed":
            return f"{where} has no value but does not say why (\"suppressed\" is missing)"
        return f"{where}: the field {missing!r} is missing"
    if kind == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(name for name in error.instance if name not in allowed)
        return f"{where}: unknown field {_shown(extra[0] if extra else '?')}"
    if kind == "not" and isinstance(error.instance, dict) and "suppressed" in error.instance:
        return f"{where} has a value and yet is marked suppressed"
    if field == "value" and path[:1] == ["totals"]:
        owner = _where(document, path[:-1])
        key = document["totals"][path[1]].get("key") if len(path) == 3 else None
        whole = "a number" if key == "volunteer_hours" else "a whole number"
        return f"{owner}: the value must be {whole} of at least 0 (found {_shown(error.instance)})"
    if field in _EXPECTED:
        return f"{where} must be {_EXPECTED[field]} (found {_shown(error.instance)})"
    if kind == "type":
        return f"{where} must be {_type_words(error.validator_value)} (found {_shown(error.instance)})"
    if kind == "enum" and field == "key" and path[:1] == ["totals"]:
        return f"{_shown(error.instance)} is not a key figure of format {VERSION}"
    if kind == "enum" and len(path) >= 2 and path[-2] == "dimensions":
        owner = _where(document, path[:-2])
        return f"{owner}: {_shown(error.instance)} is not a dimension of format {VERSION}"
    if kind in ("enum", "const"):
        return f"{where}: {_shown(error.instance)} is not allowed here"
    if kind == "minItems":
        return f"{where} must not be empty"
    if kind == "maxItems":
        return f"{where} has too many entries"
    if kind == "uniqueItems":
        return f"{where} lists the same entry twice"
    if kind in ("minLength", "maxLength", "pattern"):
        return f"{where}: {_shown(error.instance)} is empty, too long or not in the expected form"
    if kind in ("minimum", "maximum"):
        return f"{where}: {_shown(error.instance)} is out of range"
    return f"{where}: {error.message[:200]}"


def _type_words(kind: Any) -> str:
    words = {"object": "an object {…}", "array": "a list […]", "string": "text", "integer": "a whole number",
             "number": "a number", "boolean": "true or false", "null": "null"}
    kinds = kind if isinstance(kind, list) else [kind]
    return " or ".join(words.get(name, str(name)) for name in kinds)

