"""The exchange JSON: the shipped schema, deterministic bytes, and a plain message for every bad file."""

from __future__ import annotations

import copy
import functools
import json
import random
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from tests.documents.report_samples import anonymised_report, sample_report
from welcome_point.documents.report_json import SCHEMA_PATH, report_from_json, report_to_json
from welcome_point.domain.errors import ReportFileError, ValidationError
from welcome_point.domain.report import TABLE_SPECS, TOTAL_KEYS, Cell, SiteRef, Table

# The example of REPORT-FORMAT.md, verbatim: its table names are ours.
FORMAT_EXAMPLE = json.loads("""
{
  "format": "welcome-point-monthly",
  "version": 1,
  "site": {"code": "DUS-HBF", "name": "Welcome Point Hauptbahnhof"},
  "sites": ["DUS-HBF"],
  "period": "2026-10",
  "generated": "2026-11-02",
  "k": 5,
  "totals": [
    {"key": "visits", "value": 812},
    {"key": "visitors_distinct", "value": 540},
    {"key": "visitors_new", "value": 301},
    {"key": "visits_anonymous", "value": 120},
    {"key": "referrals", "value": 205},
    {"key": "volunteer_hours", "value": 644.5},
    {"key": "volunteers_active", "value": 37},
    {"key": "shifts_planned", "value": 88},
    {"key": "shifts_understaffed", "value": 6}
  ],
  "tables": [
    {
      "name": "visits_by_topic",
      "dimensions": ["topic"],
      "total": null,
      "multi": true,
      "cells": [
        {"key": ["housing"], "value": 190},
        {"key": ["health"], "value": null, "suppressed": "primary"},
        {"key": ["family"], "value": null, "suppressed": "complementary"}
      ]
    },
    {
      "name": "visits_by_language_and_age_band",
      "dimensions": ["language", "age_band"],
      "total": 812,
      "cells": [{"key": ["ar", "27-39"], "value": 41}]
    }
  ]
}
""")


def schema_errors(document: Any) -> list[str]:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return [error.message for error in jsonschema.Draft202012Validator(schema).iter_errors(document)]


def written() -> dict[str, Any]:
    return json.loads(report_to_json(sample_report()))


def test_the_schema_ships_in_the_package_and_is_a_valid_draft_2020_12_schema():
    assert SCHEMA_PATH.parent.parent.name == "documents"
    assert SCHEMA_PATH.parent.name == "schema"
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$defs"]["total"]["properties"]["key"]["enum"] == list(TOTAL_KEYS)


def test_the_schema_accepts_the_example_of_the_format_and_every_written_report():
    assert schema_errors(FORMAT_EXAMPLE) == []
    assert schema_errors(written()) == []
    assert schema_errors(json.loads(report_to_json(sample_report(totals_only=True)))) == []


@pytest.mark.parametrize("change", [
    lambda d: d.update(format="other"),
    lambda d: d.update(version=2),
    lambda d: d.update(k=2),
    lambda d: d.update(period="2026-13"),
    lambda d: d.update(sites=[]),
    lambda d: d.update(sites=["A", "A"]),
    lambda d: d.update(extra=1),
    lambda d: d["totals"].append({"key": "visitors_named", "value": 1}),
    lambda d: d["totals"][0].update(value=-1),
    lambda d: d["totals"][0].update(value=1.5),  # only volunteer hours have decimals
    lambda d: d["tables"][0]["cells"][0].update(value=None),  # hidden without saying why
    lambda d: d["tables"][0]["cells"][1].update(value=3),  # a value and "suppressed"
    lambda d: d["tables"][0]["cells"][1].update(suppressed="maybe"),
    lambda d: d["tables"][0]["cells"][0].update(value=-4),
    lambda d: d["tables"][0].update(multi="yes"),
    lambda d: d["tables"][1].update(dimensions=["language", "shoe_size"]),
])
def test_the_schema_rejects_what_the_format_forbids(change: Callable[[dict[str, Any]], None]):
    document = copy.deepcopy(FORMAT_EXAMPLE)
    change(document)
    assert schema_errors(document)


def test_a_report_reads_back_equal_and_writes_the_same_bytes():
    for report in (sample_report(), sample_report(totals_only=True), anonymised_report(),
                   sample_report(site=SiteRef("CITY", "Stadtbericht Düsseldorf"), sites=("B", "A"))):
        data = report_to_json(report)
        assert report_from_json(data, "A.json") == report
        assert report_to_json(report_from_json(data, "A.json")) == data


def test_the_bytes_are_deterministic_utf8_in_the_format_order():
    data = report_to_json(sample_report(site=SiteRef("DÜS", "Welcome Point Düsseldorf")))
    assert data == report_to_json(sample_report(site=SiteRef("DÜS", "Welcome Point Düsseldorf")))
    assert data.endswith(b"}\n")
    assert not data.endswith(b"\n\n")
    text = data.decode("utf-8")
    assert '"name": "Welcome Point Düsseldorf"' in text  # not \u00fc
    assert list(json.loads(text)) == ["format", "version", "site", "sites", "period", "generated", "k",
                                      "totals", "tables"]
    assert '\n  "totals": [\n    {"key": "visits", "value": 812},\n' in text
    assert '\n        {"key": ["housing"], "value": 5},\n' in text  # a cell per line, two-space indent
    assert '"value": null, "suppressed": "primary"}' in text
    assert '"multi": true' in text
    assert text.count('"multi"') == 2
    assert '{"key": "volunteer_hours", "value": 644.5}' in text


def test_volunteer_hours_stay_a_decimal_number_and_counts_whole_numbers():
    document = json.loads(report_to_json(sample_report()))
    document["totals"][5]["value"] = 644
    document["totals"][0]["value"] = 812.0
    report = report_from_json(json.dumps(document).encode(), "A.json")
    assert isinstance(report.total("volunteer_hours"), float)
    assert isinstance(report.total("visits"), int)


def test_cells_in_another_order_are_read_in_the_vocabulary_order():
    document = written()
    document["tables"][1]["cells"].reverse()
    document["tables"].reverse()
    document["totals"].reverse()
    assert report_from_json(json.dumps(document).encode(), "A.json") == sample_report()


def test_a_file_with_a_byte_order_mark_is_read():
    assert report_from_json(b"\xef\xbb\xbf" + report_to_json(sample_report()), "A.json") == sample_report()


def bad(data: bytes) -> str:
    with pytest.raises(ReportFileError) as caught:
        report_from_json(data, "B.json")
    message = str(caught.value)
    assert message.startswith("B.json: ")
    assert len(message) < 400
    assert "\n" not in message
    return message


def edited(change: Callable[[dict[str, Any]], Any]) -> bytes:
    document = written()
    change(document)
    return json.dumps(document, ensure_ascii=False).encode()


def cell(document: dict[str, Any], table: int, index: int) -> dict[str, Any]:
    return document["tables"][table]["cells"][index]


@pytest.mark.parametrize(("data", "expected"), [
    (b"{\"format\": ", "B.json: not a JSON file (Expecting value at line 1, column 12)"),
    (b"", "B.json: not a monthly report (the file is empty)"),
    (b"\xff\xfe{}", "B.json: not a monthly report (the file is not UTF-8 text)"),
    (b"[1, 2]", "B.json: not a monthly report (the file holds a list, not an object)"),
    (b"{}", "B.json: not a monthly report (it has no \"format\" field)"),
    (b'{"format": "x"}', "B.json: not a monthly report (format is 'x')"),
    (b'{"format": "welcome-point-monthly", "version": 2}', "B.json: version 2 is newer than this app reads (1)"),
    (b'{"format": "welcome-point-monthly", "version": "1"}', "B.json: version '1' is not a version"),
    (b'{"format": "welcome-point-monthly", "format": "x"}', "B.json: the field 'format' appears twice"),
])
def test_files_of_another_kind_are_refused_by_what_they_are(data: bytes, expected: str):
    assert bad(data).startswith(expected)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d.update(k=2), "B.json: k must be a whole number from 3 to 50 (found 2)"),
    (lambda d: d.update(period="2026-13"), "B.json: period must be a month written YYYY-MM (found '2026-13')"),
    (lambda d: d.update(generated="2026-02-30"), "B.json: generated '2026-02-30' is not a date"),
    (lambda d: d.update(names=["Anna"]), "B.json: the report: unknown field 'names'"),
    (lambda d: d.pop("sites"), "B.json: the report: the field 'sites' is missing"),
    (lambda d: d["site"].pop("name"), "B.json: site: the field 'name' is missing"),
    (lambda d: d.update(sites=[]), "B.json: sites must not be empty"),
    (lambda d: d["totals"].pop(4), "B.json: the key figure 'referrals' is missing"),
    (lambda d: d["totals"].append({"key": "visits", "value": 3}), "B.json: the key figure 'visits' appears twice"),
    (lambda d: d["totals"][0].update(value=-1), "B.json: key figure 'visits': the value must be"),
    (lambda d: d["totals"][0].update(value="812"), "B.json: key figure 'visits': the value must be"),
    (lambda d: cell(d, 1, 0).update(value=None),
     "B.json: table 'visits_by_language', cell ['de'] has no value but does not say why"),
    (lambda d: cell(d, 1, 1).update(value=12),
     "B.json: table 'visits_by_language', cell ['en'] has a value and yet is marked suppressed"),
    (lambda d: cell(d, 1, 1).update(suppressed="maybe"),
     "B.json: table 'visits_by_language', cell ['en'], suppressed must be \"primary\" or \"complementary\""),
    (lambda d: cell(d, 1, 0).update(value=-3),
     "B.json: table 'visits_by_language', cell ['de'], value must be a whole number of at least 0"),
    (lambda d: cell(d, 1, 0).update(value=3),
     "B.json: table 'visits_by_language', cell ['de']: the count 3 is below k = 5 and published"),
    (lambda d: cell(d, 1, 0).update(key=["xx"]), "B.json: table 'visits_by_language': 'xx' is not a code of"),
    (lambda d: cell(d, 1, 0).update(key=["de", "ar"]), "B.json: table 'visits_by_language': the cell ['de', 'ar']"),
    (lambda d: d["tables"][1]["cells"].pop(0), "B.json: table 'visits_by_language' lacks the cell ['de']"),
    (lambda d: d["tables"][1]["cells"].append(cell(d, 1, 0)), "B.json: table 'visits_by_language' lists the cell"),
    (lambda d: d["tables"][1].update(name="visits_by_name"), "B.json: unknown table 'visits_by_name'"),
    (lambda d: d["tables"][1].update(dimensions=["age_band"]),
     "B.json: table 'visits_by_language' should have the dimensions language, not age_band"),
    (lambda d: d["tables"][0].pop("multi"), "B.json: table 'visits_by_topic' should say \"multi\": true"),
    (lambda d: d["tables"][1].update(total=4), "B.json: table 'visits_by_language' publishes the total 4"),
    (lambda d: d["tables"].pop(3), "B.json: the table 'visits_by_gender' is missing"),
    (lambda d: d["tables"].append(d["tables"][0]), "B.json: the table 'visits_by_topic' appears twice"),
])
def test_every_problem_of_a_report_is_one_sentence_naming_the_file(change, expected: str):
    assert bad(edited(change)).startswith(expected)


def test_numbers_json_does_not_allow_are_refused():
    data = report_to_json(sample_report()).replace(b'"value": 812', b'"value": NaN')
    assert "NaN" in bad(data)


def test_the_example_of_the_format_lacks_the_zero_cells_a_report_must_list():
    message = bad(json.dumps(FORMAT_EXAMPLE).encode())
    assert message == ("B.json: table 'visits_by_topic' lacks the cell ['residence'] "
                       "(every category is listed, zeros too)")


def test_a_report_that_does_not_fit_the_format_is_not_written():
    with pytest.raises(ValidationError, match="does not fit format 1: k must be"):
        report_to_json(sample_report(k=2))
    report = sample_report()
    broken = Table("visits_by_language", ("language",), 100, False,
                   (Cell(("de",), 2), *report.table("visits_by_language").cells[1:]))
    tables = tuple(broken if t.name == broken.name else t for t in report.tables)
    with pytest.raises(ValidationError, match="below k = 5"):
        report_to_json(type(report)(report.site, report.sites, report.period, report.generated, 5,
                                    report.totals, tables))


def test_every_table_of_the_model_has_a_name_the_schema_allows():
    for spec in TABLE_SPECS:
        assert schema_errors({**FORMAT_EXAMPLE, "tables": [
            {"name": spec.name, "dimensions": list(spec.dimensions), "total": None, "cells": []}]}) == []


def test_reading_the_module_loads_no_schema_library():
    code = ("import sys, welcome_point.documents.report_json, welcome_point.documents.report_pdf, "
            "welcome_point.services.report_export; "
            "print(sorted(m for m in ('jsonschema', 'reportlab') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_random_damage_always_gives_one_plain_sentence():
    """Any edit of a good file (values swapped for odd ones, fields dropped or added) is read or refused
    with a ReportFileError, never another exception."""
    base = written()
    odd = [None, True, 0, -1, 2.5, 1e300, "", "x", "de", [], {}, [1], {"a": 1}, ["de"], "2026-10", 3, 5,
           "primary", "a" * 500, ["de", "ar", "x"]]

    def paths(node: Any, path: tuple = ()):
        yield path
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            yield from paths(child, (*path, key))

    every = [path for path in paths(base) if path]
    rng = random.Random(5)  # a longer run (20,000 edits, 5 seeds) passed when this was written
    for _ in range(150):
        document = copy.deepcopy(base)
        for _ in range(rng.choice((1, 1, 2, 3))):
            *head, last = rng.choice(every)
            try:
                parent = functools.reduce(lambda node, step: node[step], head, document)
                roll = rng.random()
                if roll < 0.6:
                    parent[last] = rng.choice(odd)
                elif roll < 0.7 and isinstance(parent, dict):
                    parent["extra"] = 1
                else:
                    parent.pop(last)
            except (KeyError, IndexError, TypeError, AttributeError):
                pass  # an earlier edit removed the place
        message = ""
        try:
            report_from_json(json.dumps(document).encode(), "F.json")
        except ReportFileError as error:
            message = str(error)
        if message:
            assert message.startswith("F.json: ")
            assert len(message) < 400


def test_nasty_files_are_refused_in_one_sentence_not_with_a_crash():
    written_bytes = report_to_json(sample_report())
    assert "nested far too deeply" in bad(b"[" * 100_000)
    assert "far too long" in bad(b'{"format": ' + b"9" * 5000 + b"}")
    hours = next(t for t in sample_report().totals if t.key == "volunteer_hours").value
    assert "too large" in bad(written_bytes.replace(f'"value": {hours}'.encode(), b'"value": 1e400'))
    assert "broken character" in bad(written_bytes.replace(b'"DUS-HBF"', b'"\\ud800"', 1))


def test_key_figures_that_contradict_each_other_are_refused():
    def totals(document: dict[str, Any], **values: int) -> None:
        for item in document["totals"]:
            if item["key"] in values:
                item["value"] = values[item["key"]]

    assert "visits_anonymous is larger than visits" in bad(edited(
        lambda d: totals(d, visits_anonymous=10**6)))
    assert "visitors_new is larger" in bad(edited(lambda d: totals(d, visitors_new=10**6)))
