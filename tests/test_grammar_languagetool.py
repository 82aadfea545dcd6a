"""LanguageTool backend, against the real server that `.ci/run` starts.

The server's URL comes from NEWSLINT_LT_URL (`eval "$(bash
tests/languagetool/start-server.sh)"`). Without it the real-server tests skip,
or fail under CI, where a missing server is a broken pipeline, not a reason
to skip. Failure modes use closed ports and tiny in-test HTTP servers, so
they need no Java at all.

Note: LanguageTool 6.8 does not flag the seed's "location and neutrality
allows them" (not in isolation, not in the whole article, not picky, not
en-GB), so positions are pinned on "He go to school" (HE_VERB_AGR), and the
seed test pins what LanguageTool does find there.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import grammar_check

from newslint import cache
from newslint.cli import main
from newslint.grammar import GrammarConfig

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_c03326aa99d09636.txt"
if not SEED.exists():
    SEED = Path("/work/shared/seeds/000_c03326aa99d09636.txt")


@pytest.fixture
def lt_url() -> str:
    url = os.environ.get("NEWSLINT_LT_URL")
    if not url:
        reason = (
            "NEWSLINT_LT_URL is not set: start a LanguageTool server with"
            ' eval "$(bash tests/languagetool/start-server.sh)"'
        )
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI must run these tests against a real server)")
        pytest.skip(reason)
    return url.rstrip("/")


def run(tmp_path: Path, capsys, files: dict[str, str], grammar: str, *args: str):
    """Run `newslint check --format json` on files; (exit code, findings, stderr)."""
    if "backend" not in grammar:
        grammar = f'backend = "languagetool"\n{grammar}'
    return grammar_check(tmp_path, capsys, files, grammar, *args)


def grammar_of(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["rule"].startswith("grammar.")]


def server_line(url: str) -> str:
    return f'server = "{url}"'


# -- the real server -----------------------------------------------------------


def test_agreement_error_reported_with_suggestion_at_line_and_column(tmp_path, capsys, lt_url):
    text = "A headline\n\nThe first paragraph is fine.\n\nEvery morning he go to school early.\n"
    rc, findings, err = run(tmp_path, capsys, {"a.txt": text}, server_line(lt_url))
    assert rc == 1, err
    [f] = [f for f in findings if f["rule"] == "grammar.HE_VERB_AGR"]
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (5, 18, 5, 20)
    assert text[f["start"] : f["end"]] == "go"
    assert f["severity"] == "warning"
    assert "third-person" in f["message"]
    assert f["fix"] == {
        "applicability": "unsafe",
        "edits": [{"start": f["start"], "end": f["end"], "replacement": "goes"}],
    }


def test_safe_rules_make_the_fix_safe(tmp_path, capsys, lt_url):
    cfg = f'{server_line(lt_url)}\nsafe-rules = ["HE_VERB_AGR"]'
    _, findings, _ = run(tmp_path, capsys, {"a.txt": "Today he go to school.\n"}, cfg)
    [f] = [f for f in findings if f["rule"] == "grammar.HE_VERB_AGR"]
    assert f["fix"]["applicability"] == "safe"


def test_seed_article(tmp_path, capsys, lt_url):
    """What LanguageTool 6.8 finds in the seed: `Turkiye` (a TYPOS pattern rule),
    at its exact place, never a disabled duplicate and never inside `Time.news`."""
    text = SEED.read_text(encoding="utf-8")
    rc, findings, err = run(tmp_path, capsys, {"seed.txt": text}, server_line(lt_url))
    assert rc == 1 and "error" not in err, err
    grammar = grammar_of(findings)
    turkiye = [
        f for f in grammar if f["rule"] == "grammar.EN_DIACRITICS_REPLACE_ORTHOGRAPHY_TURKIYE"
    ]
    assert turkiye, grammar
    lines = text.split("\n")
    for f in turkiye:
        assert text[f["start"] : f["end"]] == "Turkiye"
        assert lines[f["line"] - 1][f["column"] - 1 :].startswith("Turkiye")
        assert f["fix"]["edits"][0]["replacement"] == "Türkiye"
    # "Dr. Evelyn Reed: Turkiye has cultivated ..." (line 67)
    assert any((f["line"], f["column"]) == (67, 18) for f in turkiye)
    disabled = {"COMMA_PARENTHESIS_WHITESPACE", "SENTENCE_WHITESPACE", "UPPERCASE_SENTENCE_START"}
    assert not [f for f in grammar if f["rule"].removeprefix("grammar.") in disabled]
    assert not [f for f in grammar if f["rule"].startswith("grammar.MORFOLOGIK")]  # spelling off
    # LanguageTool's HEAR_HERE on "being hear" yields to newslint's confusables rule.
    if any(f["rule"].startswith("confusables.hear") for f in findings):
        assert "grammar.HEAR_HERE" not in {f["rule"] for f in grammar}


def test_positions_exact_in_markdown(tmp_path, capsys, lt_url):
    text = (
        "---\n"
        'title: "Talks *resume* in Istanbul"\n'
        "date: 2025-06-02\n"
        "---\n"
        "\n"
        "The **envoy**, in [a statement](https://example.com/a?b=c) on *Monday*, said he go to"
        " the talks every day.\n"
    )
    rc, findings, err = run(tmp_path, capsys, {"a.md": text}, server_line(lt_url))
    [f] = [f for f in findings if f["rule"] == "grammar.HE_VERB_AGR"]
    start = text.index("he go to") + 3
    assert (f["start"], f["end"]) == (start, start + 2)
    assert (f["line"], f["column"]) == (6, start - text.rindex("\n", 0, start))
    assert f["fix"]["edits"] == [{"start": start, "end": start + 2, "replacement": "goes"}]


def test_positions_exact_after_emoji(tmp_path, capsys, lt_url):
    """LanguageTool counts UTF-16 units; newslint columns count characters."""
    text = "Fans cheered 😀😀 loudly.\n\nThen 🎉 he go to the 🎉 stadium.\n"
    _, findings, _ = run(tmp_path, capsys, {"a.txt": text}, server_line(lt_url))
    [f] = [f for f in findings if f["rule"] == "grammar.HE_VERB_AGR"]
    assert text[f["start"] : f["end"]] == "go"
    assert (f["line"], f["column"]) == (3, 11)


def test_disabled_duplicates_are_left_to_newslint(tmp_path, capsys, lt_url):
    text = "Hello ,world, said Dr. Reed,a renowned expert, and the the cat. the dog barked.\n"
    _, findings, _ = run(tmp_path, capsys, {"a.txt": text}, server_line(lt_url))
    rules = {f["rule"] for f in findings}
    assert "spacing.after-comma" in rules, rules
    for dup in (
        "COMMA_PARENTHESIS_WHITESPACE",
        "ENGLISH_WORD_REPEAT_RULE",
        "SENTENCE_WHITESPACE",
        "UPPERCASE_SENTENCE_START",
    ):
        assert f"grammar.{dup}" not in rules


def test_config_disables_rules_and_picks_variant(tmp_path, capsys, lt_url):
    cfg = f'{server_line(lt_url)}\nlanguage = "en-GB"\ndisable = ["HE_VERB_AGR"]'
    rc, findings, err = run(tmp_path, capsys, {"a.txt": "Today he go to school.\n"}, cfg)
    assert not grammar_of(findings), findings
    cfg = f'{server_line(lt_url)}\nspelling = true\nlanguage = "en-GB"'
    _, findings, _ = run(tmp_path, capsys, {"a.txt": "The colour of the flagg.\n"}, cfg)
    assert [f["rule"] for f in grammar_of(findings)] == ["grammar.MORFOLOGIK_RULE_EN_GB"]


def test_warm_run_uses_the_grammar_cache_with_real_server(tmp_path, capsys, lt_url, monkeypatch):
    files = {"a.txt": "Every day he go to school.\n"}
    _, first, _ = run(tmp_path, capsys, files, server_line(lt_url))
    import requests

    posts: list[str] = []
    real_post = requests.Session.post
    monkeypatch.setattr(
        requests.Session,
        "post",
        lambda self, url, **kw: posts.append(url) or real_post(self, url, **kw),
    )
    # --ignore changes the result-cache key; the grammar cache key stays.
    _, second, _ = run(tmp_path, capsys, files, server_line(lt_url), "--ignore", "spacing")
    assert posts == []
    assert grammar_of(first) == grammar_of(second) != []


def test_overlap_is_deduplicated_in_favour_of_newslint(monkeypatch):
    """Same span, or an overlap within an equivalent family: newslint's finding wins."""
    from newslint import engine
    from newslint.findings import Finding
    from newslint.grammar import GrammarBackend, Match
    from newslint.readers.text import read
    from newslint.rule import Reporter

    monkeypatch.setattr(engine, "_OPTIONS", engine.RunOptions(use_cache=False))

    class Fake(GrammarBackend):
        name = "fake"

        def version(self) -> str:
            return "1"

        def check_text(self, text: str) -> list[Match]:
            def at(word: str, rule: str, category: str, fix: str) -> Match:
                i = text.index(word)
                return Match(i, len(word), f"grammar.{rule}", rule, (fix,), category)

            return [
                at("being hear", "HEAR_HERE", "CONFUSED_WORDS", "being here"),
                at("go", "HE_VERB_AGR", "GRAMMAR", "goes"),
                at("Reed,a", "COMMA_X", "TYPOGRAPHY", "Reed, a"),
            ]

    source = "Thanks for being hear.\n\nSo he go home, said Dr. Reed,a man.\n"
    doc = read("a.txt", source)
    hear = source.index("hear")
    comma = source.index(",a")
    own = [
        Finding("confusables.hear-here", "warning", "here", hear, hear + 4),
        Finding("spacing.after-comma", "warning", "space", comma + 1, comma + 1),
        Finding("headline.x", "warning", "unrelated", source.index("go"), source.index("go") + 2),
    ]
    merged = Fake(GrammarConfig()).merge(doc, list(own), Reporter(doc))
    grammar = [f for f in merged if f.rule.startswith("grammar.")]
    assert [f.rule for f in grammar] == ["grammar.HE_VERB_AGR"]  # a different family stays
    assert source[grammar[0].start : grammar[0].end] == "go"
    assert merged[:3] == own


# -- failure modes -------------------------------------------------------------


class FakeLT:
    """A tiny LanguageTool look-alike on 127.0.0.1: ok, slow, or HTTP 500."""

    def __init__(self, mode: str = "ok", delay: float = 3.0) -> None:
        self.mode = mode
        self.delay = delay
        self.checks = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def reply(self, status: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except OSError:
                    pass

            def do_GET(self) -> None:
                if self.path.startswith("/v2/languages"):
                    self.reply(200, [{"name": "English (US)", "code": "en", "longCode": "en-US"}])
                elif self.path.startswith("/v2/configinfo"):
                    self.reply(200, {"software": {"name": "LanguageTool", "version": "fake-1"}})
                else:
                    self.reply(404, {})

            def do_POST(self) -> None:
                from urllib.parse import parse_qs

                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                text = form.get("text", [""])[0]
                fake.checks += 1
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if fake.mode == "500":
                    self.reply(500, {"matches": []})  # JSON body: language-tool-python misses it
                    return
                i = text.find("he go ")
                matches = []
                if i >= 0:
                    matches.append(
                        {
                            "message": "Use a third-person verb.",
                            "replacements": [{"value": "goes"}],
                            "offset": i + 3,
                            "length": 2,
                            "context": {"text": text, "offset": i + 3, "length": 2},
                            "sentence": text,
                            "rule": {
                                "id": "HE_VERB_AGR",
                                "description": "agreement",
                                "issueType": "grammar",
                                "category": {"id": "GRAMMAR", "name": "Grammar"},
                            },
                        }
                    )
                self.reply(200, {"software": {"version": "fake-1"}, "matches": matches})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLT:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TWO_FILES = {
    "a.txt": "Dr. Reed,a renowned expert, said every day he go to school.\n",
    "b.txt": "Dr. Evelyn Reed,a renowned expert, joins us.\n",
}


def assert_one_problem(rc: int, findings: list[dict], err: str, line: str) -> None:
    assert rc == 2
    lines = [x for x in err.splitlines() if x.startswith("newslint: error:")]
    assert lines == [f"newslint: error: {line}"], err
    paths = {Path(f["path"]).name for f in findings if f["rule"].startswith("spacing.")}
    assert paths == {"a.txt", "b.txt"}  # every other rule still ran on every file
    assert not grammar_of(findings)


def test_connection_refused(tmp_path, capsys):
    url = f"http://127.0.0.1:{closed_port()}"
    rc, findings, err = run(tmp_path, capsys, TWO_FILES, server_line(url))
    assert_one_problem(
        rc, findings, err, f"grammar: LanguageTool at {url} did not answer: connection refused"
    )


def test_slow_server_times_out_once(tmp_path, capsys):
    with FakeLT("slow", delay=3) as fake:
        t0 = time.monotonic()
        rc, findings, err = run(
            tmp_path, capsys, TWO_FILES, f"{server_line(fake.url)}\ntimeout = 0.5"
        )
        elapsed = time.monotonic() - t0
        assert fake.checks == 1  # fail fast: no retry, and no request for the second file
    assert_one_problem(
        rc,
        findings,
        err,
        f"grammar: LanguageTool at {fake.url} did not answer: timed out after 0.5 s",
    )
    assert elapsed < 2.5


def test_http_500_is_an_error_even_with_a_json_body(tmp_path, capsys):
    with FakeLT("500") as fake:
        rc, findings, err = run(tmp_path, capsys, TWO_FILES, server_line(fake.url))
        assert fake.checks == 1
    assert_one_problem(rc, findings, err, f"grammar: LanguageTool at {fake.url} answered HTTP 500")


def test_second_run_hits_grammar_cache_and_corrupt_entries_are_ignored(tmp_path, capsys):
    files = {"a.txt": "Every day he go to school.\n"}
    with FakeLT("ok") as fake:
        rc, first, err = run(tmp_path, capsys, files, server_line(fake.url))
        assert rc == 1, err
        assert [f["rule"] for f in grammar_of(first)] == ["grammar.HE_VERB_AGR"]
        assert fake.checks == 1
        # A new ignore list misses the result cache but not the grammar cache.
        _, second, _ = run(tmp_path, capsys, files, server_line(fake.url), "--ignore", "spacing")
        assert fake.checks == 1
        assert grammar_of(second) == grammar_of(first)
        entries = list((tmp_path / "cache").rglob("grammar/*/*.json"))
        assert len(entries) == 1
        entries[0].write_text("{not json", encoding="utf-8")
        _, third, _ = run(tmp_path, capsys, files, server_line(fake.url), "--ignore", "headline")
        assert fake.checks == 2
        assert grammar_of(third) == grammar_of(first)
        assert json.loads(entries[0].read_text(encoding="utf-8"))  # rewritten whole


def test_local_mode_without_java_is_one_line(tmp_path):
    """No server and no Java: language-tool-python checks for Java before it
    downloads anything, so this runs nothing and fetches nothing."""
    import subprocess
    import sys

    empty = tmp_path / "bin"
    empty.mkdir()
    (tmp_path / "a.txt").write_text("Dr. Reed,a man, said he go home.\n", encoding="utf-8")
    (tmp_path / "n.toml").write_text(
        '[tool.newslint.grammar]\nbackend = "languagetool"\n', encoding="utf-8"
    )
    env = {**os.environ, "PATH": str(empty), "LTP_PATH": str(tmp_path / "ltp")}
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-cache", "--format", "json"]
        + ["--config", str(tmp_path / "n.toml"), str(tmp_path / "a.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("newslint: error: grammar: LanguageTool local mode needs Java 17")
    assert len(proc.stderr.splitlines()) == 1
    assert "spacing.after-comma" in {f["rule"] for f in json.loads(proc.stdout)}
    assert not (tmp_path / "ltp").exists()


def test_grammar_flag_alone_means_languagetool(tmp_path, capsys):
    url = f"http://127.0.0.1:{closed_port()}"
    (tmp_path / "a.txt").write_text("Hello ,world.\n", encoding="utf-8")
    config = tmp_path / "newslint.toml"
    config.write_text(f'[tool.newslint.grammar]\nserver = "{url}"\n', encoding="utf-8")
    cache.reset()
    rc = main(
        ["check", "--grammar", "--no-cache", "--config", str(config), str(tmp_path / "a.txt")]
    )
    assert rc == 2
    assert "grammar: LanguageTool at" in capsys.readouterr().err


# -- config validation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"sever": "http://x"}, "unknown key 'sever'; did you mean 'server'?"),
        ({"spelling": "no"}, "spelling must be true or false"),
        ({"timeout": 0}, "timeout must be between 0 and 3600"),
        ({"server": "localhost:8081"}, "server must be an http(s) URL"),
        ({"enable": "HE_VERB_AGR"}, "enable must be a list"),
        ({"harper-rules": {"AnA": 1}}, "harper-rules.AnA must be true or false"),
    ],
)
def test_config_errors_are_one_clear_line(table, message):
    from newslint.errors import NewslintError

    with pytest.raises(NewslintError) as e:
        GrammarConfig.from_dict(table, "pyproject.toml")
    assert "[tool.newslint.grammar]" in str(e.value)
    assert message in str(e.value)


def test_unknown_backend_exits_2(tmp_path, capsys):
    rc, _, err = run(tmp_path, capsys, {"a.txt": "Hi.\n"}, 'backend = "langtool"')
    assert rc == 2
    assert "unknown grammar backend 'langtool'; did you mean 'languagetool'?" in err


def test_no_heavy_imports_without_grammar():
    import subprocess
    import sys

    code = (
        "import sys, newslint.grammar, newslint.grammar.languagetool, newslint.grammar.harper;"
        "print([m for m in ('language_tool_python', 'harper', 'requests') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
