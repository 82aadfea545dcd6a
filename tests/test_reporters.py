"""Output formats on one shared set of findings: JSON contract, SARIF schema, GitHub."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "Headline here\n\nDr. Reed,a renowned expert, said 100% “of, course”.\n\nShe was hear.\n"


@pytest.fixture
def story(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def test_json_contract(cli, story):
    res = cli("check", "--format", "json", story)
    data = res.json()
    assert isinstance(data, list) and data
    keys = [
        "path",
        "rule",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "start",
        "end",
        "fix",
    ]
    for f in data:
        assert list(f) == keys
        assert isinstance(f["path"], str) and isinstance(f["rule"], str)
        assert f["severity"] in ("error", "warning", "info")
        for k in ("line", "column", "end_line", "end_column", "start", "end"):
            assert isinstance(f[k], int) and f[k] >= (0 if k in ("start", "end") else 1)
        if f["fix"] is not None:
            assert set(f["fix"]) == {"applicability", "edits"}
            assert f["fix"]["applicability"] in ("safe", "unsafe")
            for e in f["fix"]["edits"]:
                assert set(e) == {"start", "end", "replacement"}
    comma = [f for f in data if f["rule"] == "spacing.after-comma"][0]
    assert TEXT[comma["start"] : comma["end"]] in ("Reed,a", ",", ",a")
    assert comma["fix"] == {
        "applicability": "safe",
        "edits": [{"start": 24, "end": 24, "replacement": " "}],
    }


def test_json_empty_is_empty_array(cli, tmp_path):
    p = tmp_path / "ok.txt"
    p.write_text("Calm day\n\nNothing happened today.\n")
    assert cli("check", "--format", "json", p).json() == []


def test_sarif_validates_against_official_schema(cli, story):
    res = cli("check", "--format", "sarif", story)
    doc = json.loads(res.out)
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    assert run["tool"]["driver"]["name"] == "newslint"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "spacing.after-comma" in rule_ids
    result = [r for r in run["results"] if r["ruleId"] == "spacing.after-comma"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 5)
    assert (
        result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
        == " "
    )


def test_github_annotations(cli, story):
    res = cli("check", "--format", "github", story)
    lines = res.out.splitlines()
    line = [ln for ln in lines if "spacing.after-comma" in ln][0]
    assert line.startswith("::warning file=")
    assert ",line=3,col=5,endLine=3,endColumn=" in line
    assert ",title=spacing.after-comma::" in line


def test_github_escaping():
    from newslint.reporters.github import escape_data, escape_property

    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_text_no_colour_when_piped_or_no_color(cli, story, monkeypatch):
    res = cli("check", story)
    assert "\x1b[" not in res.out
    from newslint.reporters.text import use_colour

    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour(Tty())
    monkeypatch.delenv("NO_COLOR")
    assert use_colour(Tty())
