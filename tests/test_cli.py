"""The command line as users meet it: exit codes, bad inputs, config, suppressions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BAD = "Headline here\n\nDr. Reed,a renowned expert joined us.\n"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def rules_of(res) -> list[str]:
    return [f["rule"] for f in res.json()]


# -- exit codes and output -------------------------------------------------------


def test_findings_exit_1_with_position(cli, tmp_path):
    p = write(tmp_path, "story.txt", BAD)
    res = cli("check", p)
    assert res.code == 1
    assert f"{p}:3:5: spacing.after-comma" in res.out
    assert "Reed,a" in res.out and "^" in res.out
    assert "fixable with `newslint fix`" in res.out


def test_clean_file_exits_0(cli, tmp_path):
    p = write(tmp_path, "story.txt", "Markets rise\n\nShares rose on Monday, traders said.\n")
    res = cli("check", p)
    assert res.code == 0, res.out
    assert "All clear" in res.out


def test_empty_file_is_fine(cli, tmp_path):
    p = write(tmp_path, "empty.md", "")
    assert cli("check", p).code == 0


def test_missing_path_is_one_line_exit_2(cli, tmp_path):
    res = cli("check", tmp_path / "nope.md")
    assert res.code == 2
    assert res.err.strip().count("\n") == 0
    assert "nope.md: no such file or folder" in res.err
    assert "Traceback" not in res.err


def test_invalid_utf8_reported_others_linted(cli, tmp_path):
    bad = write(tmp_path, "a.txt", b"Head\n\nCaf\xe9 au lait,a drink.\n")
    good = write(tmp_path, "b.txt", BAD)
    res = cli("check", "--format", "json", bad, good)
    assert res.code == 2
    assert f"{bad}: not valid UTF-8 (byte 0xe9 at offset 9)" in res.err
    assert any(f["path"] == str(good) for f in res.json())


def test_binary_file_skipped_with_a_line(cli, tmp_path):
    p = write(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    res = cli("check", p)
    assert res.code == 0
    assert "binary file, not linted" in res.out + res.err


def test_bom_and_crlf_columns(cli, tmp_path):
    p = write(tmp_path, "crlf.txt", "\ufeffHeadline here\r\n\r\nDr. Reed,a renowned expert.\r\n")
    res = cli("check", "--format", "json", p)
    f = [f for f in res.json() if f["rule"] == "spacing.after-comma"][0]
    assert (f["line"], f["column"]) == (3, 5)


def test_stdin_with_filename(cli):
    res = cli(
        "check",
        "--format",
        "json",
        "--stdin-filename",
        "story.md",
        "-",
        stdin="# Head\n\nReed,a word.\n",
    )
    assert res.code == 1
    f = res.json()[0]
    assert f["path"] == "story.md" and f["line"] == 3


def test_unknown_format_did_you_mean(cli, tmp_path):
    p = write(tmp_path, "s.txt", BAD)
    res = cli("check", "--format", "jsn", p)
    assert res.code == 2 and "did you mean 'json'" in res.err


def test_select_ignore_on_command_line(cli, tmp_path):
    p = write(tmp_path, "s.txt", BAD + "\nThey went to to the shop.\n")
    assert set(rules_of(cli("check", "--format", "json", "--select", "repetition", p))) == {
        "repetition.doubled-word"
    }
    assert "spacing.after-comma" not in rules_of(
        cli("check", "--format", "json", "--ignore", "spacing", p)
    )
    res = cli("check", "--select", "spacing.after-coma", p)
    assert res.code == 2 and "did you mean 'spacing.after-comma'" in res.err


def test_version(capsys):
    from newslint import __version__
    from newslint.cli import main

    try:
        main(["--version"])
    except SystemExit as e:
        assert e.code == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m_works(tmp_path):
    p = write(tmp_path, "s.txt", BAD)
    r = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-cache", str(p)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1 and "spacing.after-comma" in r.stdout


def test_the_script_flushes_everything_before_its_quick_exit(tmp_path):
    for i in range(300):
        write(tmp_path, f"s{i:03d}.txt", BAD)
    script = Path(sys.executable).with_name("newslint")
    for cmd in ([str(script)], [sys.executable, "-m", "newslint"]):
        r = subprocess.run(
            [*cmd, "check", "--no-cache", "--format", "json", str(tmp_path)],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 1, r.stderr
        assert len(json.loads(r.stdout)) == 300
        r = subprocess.run(
            [*cmd, "check", "--no-cache", str(tmp_path / "nope")], capture_output=True, text=True
        )
        assert r.returncode == 2 and r.stderr.endswith("no such file or folder\n")


def test_exit_handlers_still_run(tmp_path):
    code = (
        "import atexit, sys; atexit.register(lambda: print('handler ran', file=sys.stderr)); "
        "sys.argv = ['newslint', 'check', '--no-cache', sys.argv[1]]; "
        "from newslint.cli import run; run()"
    )
    p = write(tmp_path, "s.txt", BAD)
    r = subprocess.run([sys.executable, "-c", code, str(p)], capture_output=True, text=True)
    assert r.returncode == 1 and "spacing.after-comma" in r.stdout
    assert r.stderr.endswith("handler ran\n")


def test_output_file(cli, tmp_path):
    p = write(tmp_path, "s.txt", BAD)
    out = tmp_path / "report.json"
    res = cli("check", "--format", "json", "--output-file", out, p)
    assert res.code == 1 and res.out == ""
    assert json.loads(out.read_text())[0]["rule"] == "spacing.after-comma"


def test_statistics(cli, tmp_path):
    p = write(tmp_path, "s.txt", BAD)
    assert "spacing.after-comma" in cli("check", "--statistics", p).out.splitlines()[-1]


# -- config -------------------------------------------------------------------------


def test_pyproject_config_nearest_wins(cli, tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.newslint]\nignore = ["spacing"]\n')
    write(tmp_path, "sub/.newslint.toml", 'select = ["spacing"]\n')
    a = write(tmp_path, "a.txt", BAD)
    b = write(tmp_path, "sub/b.txt", BAD)
    res = cli("check", "--format", "json", a, b)
    by_path = {}
    for f in res.json():
        by_path.setdefault(Path(f["path"]).name, set()).add(f["rule"])
    assert "a.txt" not in by_path or not any(r.startswith("spacing") for r in by_path["a.txt"])
    assert by_path["b.txt"] == {"spacing.after-comma"}


def test_yaml_config_and_fail_on(cli, tmp_path):
    write(tmp_path, ".newslint.yaml", "fail-on: error\n")
    p = write(tmp_path, "a.txt", BAD)
    res = cli("check", p)
    assert res.code == 0 and "spacing.after-comma" in res.out


def test_unknown_key_names_file_line_and_suggestion(cli, tmp_path):
    cfg = write(tmp_path, ".newslint.toml", 'select = ["spacing"]\nignor = ["headline"]\n')
    p = write(tmp_path, "a.txt", BAD)
    res = cli("check", p)
    assert res.code == 2
    assert f"{cfg}:2: unknown key 'ignor'; did you mean 'ignore'?" in res.err
    assert "Traceback" not in res.err


def test_unknown_rule_in_config(cli, tmp_path):
    cfg = write(tmp_path, "pyproject.toml", '[tool.newslint]\n\nignore = ["spacing.after-coma"]\n')
    p = write(tmp_path, "a.txt", BAD)
    res = cli("check", p)
    assert res.code == 2
    assert f"{cfg}:3: unknown rule 'spacing.after-coma'" in res.err
    assert "did you mean 'spacing.after-comma'" in res.err


def test_wrong_type_in_config(cli, tmp_path):
    cfg = write(tmp_path, ".newslint.toml", 'select = "spacing"\n')
    res = cli("check", write(tmp_path, "a.txt", BAD))
    assert res.code == 2 and f"{cfg}:1: 'select' must be a list, not str" in res.err


def test_broken_toml(cli, tmp_path):
    cfg = write(tmp_path, ".newslint.toml", "select = [\n")
    res = cli("check", write(tmp_path, "a.txt", BAD))
    assert res.code == 2 and f"{cfg}: invalid TOML" in res.err


def test_per_file_ignores(cli, tmp_path):
    write(tmp_path, ".newslint.toml", '[per-file-ignores]\n"archive/*" = ["spacing"]\n')
    a = write(tmp_path, "archive/old.txt", BAD)
    b = write(tmp_path, "new.txt", BAD)
    res = cli("check", "--format", "json", tmp_path)
    paths = {Path(f["path"]).name for f in res.json() if f["rule"].startswith("spacing")}
    assert paths == {"new.txt"}, (a, b)


def test_exclude_and_gitignore_and_hidden(cli, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write(tmp_path, ".gitignore", "build/\n")
    write(tmp_path, ".newslint.toml", 'exclude = ["drafts/**"]\n')
    write(tmp_path, "build/gen.md", BAD)
    write(tmp_path, ".hidden/x.md", BAD)
    write(tmp_path, "node_modules/y.md", BAD)
    write(tmp_path, "drafts/z.md", BAD)
    write(tmp_path, "notes.py", "x = 1\n")
    keep = write(tmp_path, "story.md", BAD)
    res = cli("check", "--format", "json", tmp_path)
    assert {f["path"] for f in res.json()} == {str(keep)}


# -- suppressions -----------------------------------------------------------------------


def test_markdown_disable_enable(cli, tmp_path):
    p = write(
        tmp_path,
        "s.md",
        "# Head\n\n<!-- newslint-disable spacing -->\n\nReed,a one.\n\n<!-- newslint-enable -->\n\nReed,a two.\n",
    )
    res = cli("check", "--format", "json", p)
    lines = [f["line"] for f in res.json() if f["rule"] == "spacing.after-comma"]
    assert lines == [9]


def test_markdown_disable_next_line_and_unused(cli, tmp_path):
    p = write(
        tmp_path,
        "s.md",
        "# Head\n\n<!-- newslint-disable-next-line spacing.after-comma -->\nReed,a one.\n\n"
        "<!-- newslint-disable-next-line confusables -->\nNothing wrong here.\n",
    )
    res = cli("check", "--format", "json", p)
    rules = [(f["rule"], f["line"]) for f in res.json()]
    assert ("spacing.after-comma", 4) not in rules
    assert ("newslint.unused-suppression", 6) in rules
    unused = [f for f in res.json() if f["rule"] == "newslint.unused-suppression"][0]
    assert unused["severity"] == "info"


def test_html_disable(cli, tmp_path):
    p = write(tmp_path, "s.html", "<h1>Head</h1>\n<!-- newslint-disable -->\n<p>Reed,a one.</p>\n")
    assert not [
        f for f in cli("check", "--format", "json", p).json() if f["rule"].startswith("spacing")
    ]


def test_text_ignore_comment(cli, tmp_path):
    p = write(
        tmp_path,
        "s.txt",
        "Head\n\nReed,a one. newslint: ignore[spacing.after-comma]\n\nReed,a two.\n",
    )
    res = cli("check", "--format", "json", p)
    assert [f["line"] for f in res.json() if f["rule"] == "spacing.after-comma"] == [5]


# -- rules and rule -------------------------------------------------------------------


def test_rules_table_and_rule_docs(cli):
    res = cli("rules")
    assert res.code == 0
    header, *rows = res.out.splitlines()
    assert header.split()[:4] == ["rule", "on", "severity", "fix"]
    ids = [r.split()[0] for r in rows]
    assert "spacing.after-comma" in ids and ids == sorted(ids)
    doc = cli("rule", "spacing.after-comma")
    assert doc.code == 0 and "## Flagged" in doc.out and "## Not flagged" in doc.out
    miss = cli("rule", "spacing.after-coma")
    assert miss.code == 2 and "did you mean 'spacing.after-comma'" in miss.err


# -- progress bar and big inputs ------------------------------------------------------


class _Tty:
    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, s: str) -> None:
        self.text += s

    def flush(self) -> None:
        pass


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch):
    from newslint import cli

    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("NO_PROGRESS", raising=False)
    assert list(cli._with_progress(iter(range(100)), 100, quiet=False)) == list(range(100))
    assert "100/100 files" in tty.text
    for env, quiet in (({"CI": "true"}, False), ({}, True)):
        tty.text = ""
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        list(cli._with_progress(iter(range(100)), 100, quiet=quiet))
        assert tty.text == ""
        monkeypatch.delenv("CI", raising=False)


def test_no_progress_bar_when_piped(cli, tmp_path):
    for i in range(60):
        write(tmp_path, f"s{i}.txt", BAD)
    res = cli("check", "--jobs", "2", tmp_path)
    assert res.code == 1 and "files" not in res.err and "\r" not in res.err


def test_parallel_check_reports_what_a_serial_check_reports(cli, tmp_path):
    for i in range(90):
        write(tmp_path, f"s{i:02d}.txt", BAD if i % 4 else "Headline\n\nAll is well here.\n")
    one = cli("check", "--format", "json", "--no-cache", "--jobs", "1", tmp_path)
    two = cli("check", "--format", "json", "--no-cache", "--jobs", "2", tmp_path)
    assert one.code == two.code == 1
    assert one.out == two.out and len(one.json()) >= 67


def test_huge_file_is_linted(cli, tmp_path):
    para = "Shares rose on Monday after the figures, traders said. " * 40
    p = write(tmp_path, "huge.txt", "Markets\n\n" + (para + "\n\n") * 2500 + "Reed,a end.\n")
    assert p.stat().st_size > 5_000_000
    res = cli("check", "--format", "json", "--select", "spacing", p)
    assert res.code == 1
    (f,) = res.json()
    assert f["line"] == 2 + 2 * 2500 + 1 and f["column"] == 1


@pytest.mark.parametrize("columns", ["", "50", "0", "x", "132"])
def test_help_width_is_read_as_shutil_reads_it(monkeypatch, columns):
    import shutil

    from newslint import cli as cli_module

    monkeypatch.setenv("COLUMNS", columns)
    assert cli_module._columns() == shutil.get_terminal_size().columns


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "-q", "--no-cache", "a.md", "b"],
        ["check", "--select", "spacing,quotes", "--jobs", "2", "--format", "json", "x"],
        ["fix", "--diff", "--unsafe-fixes", "x.txt"],
        ["rules", "--format", "json"],
        ["rule", "spacing.after-comma"],
    ],
)
def test_one_command_parser_parses_as_the_full_parser(argv):
    from newslint import cli as cli_module

    full = cli_module.build_parser().parse_args(argv)
    assert cli_module.build_parser(argv[0]).parse_args(argv) == full
