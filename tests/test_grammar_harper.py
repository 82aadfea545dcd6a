"""Harper backend (harper-py): offline, so these run everywhere, CI included."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import grammar_check

from newslint.grammar import make_backend
from newslint.grammar.harper import DUPLICATE_RULES, HarperBackend

pytest.importorskip("harper", reason="harper-py is in the test extra")

SEED = Path("/work/shared/seeds/000_c03326aa99d09636.txt")
if not SEED.exists():
    SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_c03326aa99d09636.txt"


def run(tmp_path: Path, capsys, files: dict[str, str], grammar: str = "", *args: str):
    """`newslint check --format json` with a Harper config; (exit code, findings, stderr)."""
    return grammar_check(tmp_path, capsys, files, f'backend = "harper"\n{grammar}', *args)


def harper_of(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["rule"].startswith("grammar.harper.")]


def test_agreement_error_with_fix_at_line_and_column(tmp_path, capsys):
    text = "A headline\n\nThe first paragraph is fine.\n\nEvery morning he go to school early.\n"
    rc, findings, err = run(tmp_path, capsys, {"a.txt": text})
    assert rc == 1, err
    [f] = [f for f in findings if f["rule"] == "grammar.harper.PronounVerbAgreement"]
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (5, 18, 5, 20)
    assert text[f["start"] : f["end"]] == "go"
    assert f["severity"] == "warning"
    assert f["fix"] == {
        "applicability": "unsafe",
        "edits": [{"start": f["start"], "end": f["end"], "replacement": "goes"}],
    }


def test_seed_positions_and_duplicates(tmp_path, capsys):
    """Every Harper finding on the seed points at the text it names; the seed's
    missing spaces after commas are newslint's (spacing), never Harper's
    CommaFixes, and `Time.news` is not a sentence start."""
    text = SEED.read_text(encoding="utf-8")
    rc, findings, err = run(tmp_path, capsys, {"seed.txt": text}, "spelling = true")
    assert "error" not in err, err
    harper = harper_of(findings)
    assert harper
    lines = text.split("\n")
    for f in harper:
        source = text[f["start"] : f["end"]]
        assert lines[f["line"] - 1][f["column"] - 1 :].startswith(source.split("\n")[0])
    names = {f["rule"].removeprefix("grammar.harper.") for f in harper}
    assert not names & set(DUPLICATE_RULES)
    assert any(f["rule"].startswith("spacing.") for f in findings)
    spelled = [f for f in harper if f["rule"] == "grammar.harper.SpellCheck"]
    # "Dr. Evelyn Reed: Turkiye has cultivated ..." (line 67)
    assert any((f["line"], f["column"]) == (67, 18) for f in spelled), spelled
    assert any(
        e["replacement"] == "Türkiye" for f in spelled for e in (f["fix"] or {}).get("edits", [])
    )


def test_spelling_is_off_by_default(tmp_path, capsys):
    _, findings, _ = run(tmp_path, capsys, {"seed.txt": SEED.read_text(encoding="utf-8")})
    assert not [f for f in findings if f["rule"] == "grammar.harper.SpellCheck"]


def test_positions_exact_in_markdown(tmp_path, capsys):
    text = (
        "---\n"
        'title: "Talks resume in Istanbul"\n'
        "date: 2025-06-02\n"
        "---\n"
        "\n"
        "The **envoy**, in [a statement](https://example.com/a?b=c) on *Monday*, said he go to"
        " the talks every day.\n"
    )
    rc, findings, err = run(tmp_path, capsys, {"a.md": text})
    [f] = [f for f in findings if f["rule"] == "grammar.harper.PronounVerbAgreement"]
    start = text.index("he go to") + 3
    assert (f["start"], f["end"]) == (start, start + 2)
    assert (f["line"], f["column"]) == (6, start - text.rindex("\n", 0, start))
    assert f["fix"]["edits"] == [{"start": start, "end": start + 2, "replacement": "goes"}]


def test_finding_beside_emphasis_keeps_its_fix(tmp_path, capsys):
    """`a *apple*`: the lint's span is plain text next to markup, so its fix maps."""
    text = "They said it was a *apple* pie.\n"
    _, findings, _ = run(tmp_path, capsys, {"a.md": text})
    [f] = [f for f in findings if f["rule"] == "grammar.harper.AnA"]
    assert text[f["start"] : f["end"]] == "a"
    assert f["fix"]["edits"][0]["replacement"] == "an"


def test_rule_config_and_dialect(tmp_path, capsys):
    text = "They said it was a apple. The road runs ten kilometres.\n"
    _, findings, _ = run(tmp_path, capsys, {"a.txt": text}, "harper-rules = { AnA = false }")
    assert not harper_of(findings)
    us = 'spelling = true\nlanguage = "en-US"'
    _, findings, _ = run(tmp_path, capsys, {"a.txt": text}, us)
    assert "grammar.harper.SpellCheck" in {f["rule"] for f in findings}
    gb = 'spelling = true\nlanguage = "british"'
    _, findings, _ = run(tmp_path, capsys, {"a.txt": text}, gb)
    assert "grammar.harper.SpellCheck" not in {f["rule"] for f in findings}
    assert "grammar.harper.AnA" in {f["rule"] for f in findings}


def test_safe_rules(tmp_path, capsys):
    text = "They said it was a apple.\n"
    _, findings, _ = run(tmp_path, capsys, {"a.txt": text}, 'safe-rules = ["grammar.harper.AnA"]')
    [f] = harper_of(findings)
    assert f["fix"]["applicability"] == "safe"


def test_unknown_rule_and_dialect_are_config_errors(tmp_path, capsys):
    rc, _, err = run(tmp_path, capsys, {"a.txt": "Hi.\n"}, "harper-rules = { AnAA = false }")
    assert rc == 2
    assert "unknown Harper rule 'AnAA'; did you mean 'AnA'?" in err
    rc, _, err = run(tmp_path, capsys, {"a.txt": "Hi.\n"}, 'language = "klingon"')
    assert rc == 2
    assert "Harper has no dialect for language 'klingon'" in err


def test_second_run_hits_the_grammar_cache(tmp_path, capsys, monkeypatch):
    files = {"a.txt": "Every morning he go to school early.\n"}
    calls: list[str] = []
    real = HarperBackend.check_text
    monkeypatch.setattr(
        HarperBackend, "check_text", lambda self, t: calls.append(t) or real(self, t)
    )
    _, first, _ = run(tmp_path, capsys, files)
    assert len(calls) == 1
    _, second, _ = run(tmp_path, capsys, files, "", "--ignore", "spacing")
    assert len(calls) == 1
    assert harper_of(first) == harper_of(second) != []


def test_one_linter_per_process_built_lazily():
    backend = make_backend({"backend": "harper"})
    assert backend._linter is None  # building the rule set costs nothing
    assert backend.check_text("He go to school.")
    linter = backend._linter
    backend.check_text("She have a car.")
    assert backend._linter is linter
