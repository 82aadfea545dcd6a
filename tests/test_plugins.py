"""A third-party plugin, installed like any package, works end to end.

`tests/fixtures/plugin_pkg` is a tiny package (`newslint-demo`) with three
entry points in the `newslint` group: `demo` (a rule, a reader for `.demo`
files, an output format and a YAML pack), `demo-crashy` (a rule that raises
on a trigger word) and `demo-broken` (fails to import when
`NEWSLINT_DEMO_BROKEN` is set). It is pip-installed into a temporary folder
once per session; newslint runs as a subprocess with that folder on
`PYTHONPATH`, so the entry points are discovered through package metadata,
exactly as for a real installation.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).parent / "fixtures" / "plugin_pkg"


@pytest.fixture(scope="session")
def plugin_site(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("plugin-site")
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.append("--no-build-isolation")  # no network needed: the backend is here
    cmd.append(str(PKG))
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(target.glob("newslint_demo-*.dist-info/entry_points.txt"))
    return target


def run(site: Path, *args: str, cwd: Path, env: dict | None = None, stdin: str | None = None):
    e = dict(os.environ)
    e.pop("NEWSLINT_DEMO_BROKEN", None)
    e["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [e.get("PYTHONPATH")])])
    e["NEWSLINT_CACHE_DIR"] = str(cwd / ".cache")
    e["NO_COLOR"] = "1"
    e.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd,
        env=e,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


DEMO = "The minister was FURIOUS today.\nThe merger promises synergy.\n\nAll quiet here.\n"


def test_rule_reader_format_and_pack_end_to_end(plugin_site, tmp_path):
    (tmp_path / "story.demo").write_text(DEMO, encoding="utf-8")
    r = run(plugin_site, "check", "story.demo", "--format", "demo", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    # The reader made line 1 and line 2 separate paragraphs; the rule and the
    # pack rule each flagged theirs; the format printed them its own way.
    assert "DEMO story.demo:1 demo.shouting" in lines
    assert "DEMO story.demo:2 demo.no-synergy" in lines
    assert lines[-1] == "DEMO total 2"
    assert "Traceback" not in r.stderr


def test_plugin_rule_in_json_with_correct_position(plugin_site, tmp_path):
    (tmp_path / "story.demo").write_text(DEMO, encoding="utf-8")
    r = run(plugin_site, "check", "story.demo", "--format", "json", cwd=tmp_path)
    import json

    found = {f["rule"]: f for f in json.loads(r.stdout)}
    shout = found["demo.shouting"]
    assert (shout["line"], shout["column"], shout["end_column"]) == (1, 18, 25)
    assert DEMO[shout["start"] : shout["end"]] == "FURIOUS"


def test_plugin_rule_runs_on_builtin_formats_too(plugin_site, tmp_path):
    (tmp_path / "story.md").write_text("# Headline\n\nThey were FURIOUS.\n", encoding="utf-8")
    r = run(plugin_site, "check", "story.md", "--select", "demo", "--format", "demo", cwd=tmp_path)
    assert "DEMO story.md:3 demo.shouting" in r.stdout.splitlines(), r.stdout + r.stderr


def test_rules_lists_plugin_rules(plugin_site, tmp_path):
    r = run(plugin_site, "rules", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    ids = {line.split()[0] for line in r.stdout.splitlines()[1:] if line.strip()}
    assert {"demo.shouting", "demo.no-synergy", "demo.crashy"} <= ids


def test_rule_docs_and_examples(plugin_site, tmp_path):
    r = run(plugin_site, "rule", "demo.shouting", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# demo.shouting")
    assert "four or more capital letters" in r.stdout
    assert "The minister was FURIOUS about it." in r.stdout  # bad example
    assert "The NATO summit opened on Monday." in r.stdout  # good example
    r = run(plugin_site, "rule", "demo.no-synergy", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "The merger promises synergy." in r.stdout


def test_raising_rule_is_an_internal_error_and_the_run_goes_on(plugin_site, tmp_path):
    (tmp_path / "a.demo").write_text("KABOOM went the rule.\n", encoding="utf-8")
    (tmp_path / "b.demo").write_text("Nothing LOUDER here.\n", encoding="utf-8")
    r = run(plugin_site, "check", "a.demo", "b.demo", "--format", "json", "-j", "1", cwd=tmp_path)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    import json

    findings = json.loads(r.stdout)
    errors = [f for f in findings if f["rule"] == "newslint.internal-error"]
    assert len(errors) == 1
    msg = errors[0]["message"]
    assert errors[0]["path"] == "a.demo"
    assert "demo.crashy" in msg and "a.demo" in msg
    assert "ValueError" in msg and "exploded on purpose" in msg
    # Other rules still ran on the same file and on the next one.
    got = {(f["path"], f["rule"]) for f in findings}
    assert ("a.demo", "demo.shouting") in got
    assert ("b.demo", "demo.shouting") in got


def test_raising_rule_in_text_output(plugin_site, tmp_path):
    (tmp_path / "a.demo").write_text("KABOOM went the rule.\n", encoding="utf-8")
    r = run(plugin_site, "check", "a.demo", cwd=tmp_path)
    assert r.returncode == 2
    assert "newslint.internal-error" in r.stdout
    assert "demo.crashy" in r.stdout
    assert "demo.shouting" in r.stdout


def test_plugin_that_fails_to_import_is_one_line_and_exit_2(plugin_site, tmp_path):
    (tmp_path / "a.demo").write_text("Fine.\n", encoding="utf-8")
    r = run(plugin_site, "check", "a.demo", cwd=tmp_path, env={"NEWSLINT_DEMO_BROKEN": "1"})
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    err = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(err) == 1, r.stderr
    assert "demo-broken" in err[0] and "newslint-demo" in err[0]
    assert "NEWSLINT_DEMO_BROKEN is set" in err[0]


def test_pluggy_check_pending_and_hook_registration(plugin_site, tmp_path):
    code = """
import newslint.plugins as p
pm = p.plugin_manager()
pm.check_pending()
names = sorted(n for n, _ in pm.list_name_plugin())
print(",".join(names))
"""
    e = {"PYTHONPATH": str(plugin_site)}
    r = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **e},
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    names = r.stdout.strip().split(",")
    assert {"builtin", "demo", "demo-crashy", "demo-broken"} <= set(names)
