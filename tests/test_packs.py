"""YAML rule packs: every rule type, strict validation with positions, safe
patterns, the combined matcher, and every built-in pack's examples.

Built-in packs are validated here rather than at start-up (start-up stays
fast); the per-rule tests are generated from the packs, so adding a rule
with examples adds its tests.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.errors import NewslintError
from newslint.packs import (
    Pack,
    PackMatcher,
    PackRule,
    check_text,
    load_pack,
    parse_pack,
    validate_examples,
)
from newslint.rule import Reporter
from newslint.testing import apply_fixes, read_text

ROOT = Path(__file__).resolve().parents[1]
BUILTIN_PACKS = sorted((ROOT / "rules").glob("*.yaml"))


def write(tmp_path: Path, text: str, name: str = "house.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def rules_of(tmp_path: Path, rules_yaml: str) -> list[PackRule]:
    """A pack made of `rules_yaml` (the items under `rules:`), loaded and validated."""
    body = textwrap.indent(textwrap.dedent(rules_yaml).strip("\n"), "  ")
    path = tmp_path / "t.yaml"
    path.write_text(f"pack: t\nrules:\n{body}\n", encoding="utf-8")
    pack = load_pack(path)
    validate_examples(pack)
    return pack.rules


def run(rules: list[PackRule], text: str, fmt: str = "txt"):
    findings, problems = check_text(rules, text, fmt)
    assert not problems
    return findings


def error_of(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(NewslintError) as e:
        validate_examples(load_pack(path))
    return str(e.value).replace(str(path), "P")


# -- rule types ----------------------------------------------------------------


def test_existence_tokens_patterns_and_exceptions(tmp_path):
    rules = rules_of(
        tmp_path,
        r"""
        - id: web.cruft
          type: existence
          summary: Web page furniture.
          message: Remove "{match}".
          tokens: [click here, read more]
          patterns: ['\bKeywords:']
          exceptions: ['read more about']
          bad: [Please click here.]
          good: [Read more about it.]
        """,
    )
    found = run(rules, "Click here. Read more. Read more about it.\n\nKeywords: peace, war")
    assert [(f.line, f.column, f.message) for f in found] == [
        (1, 1, 'Remove "Click here".'),
        (1, 13, 'Remove "Read more".'),
        (3, 1, 'Remove "Keywords:".'),
    ]
    assert all(f.fix is None and f.rule == "web.cruft" for f in found)


def test_substitution_fix_capital_context_and_applicability(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: spun.phrase
          type: substitution
          summary: Spun phrases.
          message: '"{match}" reads like spun text; write "{replacement}".'
          swap:
            frequently enough: often
            towards:
              replacement: toward
              applicability: safe
              before: '(?<!look )'
              after: '(?! the end)'
          bad:
            - text: It can frequently enough indicate change.
              fixed: It can often indicate change.
          good: [We look towards them., He ran towards the end.]
        """,
    )
    text = "Frequently  enough,\nit moved towards us."
    found = run(rules, text)
    assert [f.message for f in found] == [
        '"Frequently  enough" reads like spun text; write "Often".',
        '"towards" reads like spun text; write "toward".',
    ]
    assert [f.fix.applicability for f in found] == ["unsafe", "safe"]
    assert apply_fixes(text, found) == "Often,\nit moved toward us."
    assert apply_fixes(text, found, unsafe=False) == "Frequently  enough,\nit moved toward us."


def test_substitution_regex_with_group_reference(tmp_path):
    rules = rules_of(
        tmp_path,
        r"""
        - id: style.dates
          type: substitution
          summary: AP month abbreviations.
          message: Write "{replacement}".
          regex: true
          swap:
            '\bJun (\d{1,2})\b': June \1
          bad:
            - text: It was Monday (Jun 2).
              fixed: It was Monday (June 2).
          good: [It was June 2.]
        """,
    )
    assert [f.message for f in run(rules, "On Jun 12 and Jun 3.")] == [
        'Write "June 12".',
        'Write "June 3".',
    ]


def test_consistency_reports_minority_naming_both_forms(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: house.ceasefire
          type: consistency
          summary: One spelling per story.
          message: 'Mixed forms: {forms}; write "{replacement}" ({count} to change).'
          sets: [[ceasefire, cease-fire], [e-mail, email]]
          bad:
            - text: A ceasefire. The ceasefire. The cease-fire.
              fixed: A ceasefire. The ceasefire. The ceasefire.
          good: [A ceasefire. The ceasefire.]
        """,
    )
    text = "Headline\n\nCease-fire talks. The ceasefire held; a ceasefire is rare. Email us."
    found = run(rules, text)
    assert [f.message for f in found] == [
        'Mixed forms: “ceasefire” (2) and “cease-fire” (1); write "ceasefire" (1 to change).'
    ]
    assert found[0].fix.applicability == "unsafe"
    assert apply_fixes(text, found).startswith("Headline\n\nCeasefire talks.")


def test_consistency_tie_goes_to_first_used_form(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: house.mail
          type: consistency
          summary: One spelling.
          message: Write "{replacement}".
          default: false
          sets: [[email, e-mail]]
        """,
    )
    found = run(rules, "Send e-mail. Send email.")
    assert [(f.column, f.message) for f in found] == [(19, 'Write "e-mail".')]


def test_capitalization_terms(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: house.brands
          type: capitalization
          summary: Canonical casing of names.
          message: Write "{replacement}", not "{match}".
          applicability: safe
          terms: [NATO, iPhone, YouTube]
          bad:
            - text: The Nato summit and youtube's rules.
              fixed: The NATO summit and YouTube's rules.
          good: [NATO met. The iPhone sold.]
        """,
    )
    assert run(rules, "IPhone sales and NATO.")[0].message == 'Write "iPhone", not "IPhone".'
    # An all-caps subhead is a style, not a casing error.
    assert run(rules, "Headline\n\nYOUTUBE AND IPHONE\n\nBody text here.") == []


def test_repetition_window(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: house.repeat
          type: repetition
          summary: An adverb repeated close together.
          message: '"{match}" is repeated within {window} words.'
          tokens: [repeatedly, reportedly]
          window: 5
          bad: [He repeatedly said no and repeatedly called.]
          good: [He repeatedly said no to all of the many requests and repeatedly called.]
        """,
    )
    found = run(rules, "It reportedly fell, Reportedly rose.")
    assert [(f.column, f.message) for f in found] == [
        (21, '"Reportedly" is repeated within 5 words.')
    ]
    # A config option overrides the window.
    doc = read_text("He repeatedly said no to all of the many requests and repeatedly called.")
    rep = Reporter(doc)
    PackMatcher(rules, {"house.repeat": {"window": 20}}).check(doc, rep)
    assert len(rep.findings) == 1


def test_occurrence_max_per_document(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: house.very
          type: occurrence
          summary: Too many intensifiers.
          message: '"{match}" appears {count} times; keep it to {max}.'
          tokens: [very]
          max: 2
          bad: [Very good. Very nice. Very very bad.]
          good: [Very good. Very nice.]
        """,
    )
    found = run(rules, "Very good.\n\nVery nice.\n\nIt was very, very bad.")
    assert [(f.line, f.column, f.message) for f in found] == [
        (5, 8, '"very" appears 4 times; keep it to 2.')
    ]


def test_metrics(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: house.long-sentence
          type: metric
          summary: Long sentences.
          message: This sentence has {count} words; keep it under {max}.
          metric: sentence-words
          max: 8
          scope: body
          bad: [This sentence is made of many many words that go on.]
          good: [Short one here. Another short one.]
        - id: house.long-headline
          type: metric
          summary: Long headlines.
          message: The headline has {count} characters (at most {max}).
          metric: headline-chars
          max: 20
          bad: ["A headline that runs on far too long\\n\\nBody."]
          good: ["Short headline\\n\\nBody."]
        - id: house.wordy-headline
          type: metric
          summary: Wordy headlines.
          message: The headline has {count} words (at most {max}).
          metric: headline-words
          max: 4
          bad: ["One two three four five\\n\\nBody."]
          good: ["One two three four\\n\\nBody text that is long enough to matter here, yes."]
        """,
    )
    text = "A headline of some length here\n\nOne two three. One two three four five six seven eight nine."
    found = run(rules, text)
    assert [(f.rule, f.line, f.column, f.message) for f in found] == [
        ("house.long-headline", 1, 1, "The headline has 30 characters (at most 20)."),
        ("house.wordy-headline", 1, 1, "The headline has 6 words (at most 4)."),
        ("house.long-sentence", 3, 16, "This sentence has 9 words; keep it under 8."),
    ]


# -- matching modes --------------------------------------------------------------


def test_case_and_whole_word(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: t.insensitive
          type: existence
          summary: s
          message: m
          default: false
          tokens: [hear]
        - id: t.sensitive
          type: existence
          summary: s
          message: m
          default: false
          ignore-case: false
          tokens: [Hear]
        - id: t.part
          type: existence
          summary: s
          message: m
          default: false
          whole-word: false
          tokens: [fire]
        """,
    )
    text = "Hear, hear! Shear ceasefire cease-fire."
    got = [(f.rule, f.column) for f in run(rules, text)]
    assert sorted(got) == [
        ("t.insensitive", 1),
        ("t.insensitive", 7),
        ("t.part", 24),
        ("t.part", 35),
        ("t.sensitive", 1),
    ]
    # Hyphens and apostrophes join words; a possessive does not.
    more = rules_of(
        tmp_path,
        """
        - id: t.can
          type: existence
          summary: s
          message: m
          default: false
          tokens: [can, fire, nato]
        """,
    )
    assert [f.column for f in run(more, "can't cease-fire fire-fly Nato's can")] == [27, 34]


def test_phrase_matches_across_line_breaks_and_curly_apostrophes(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: t.dont
          type: existence
          summary: s
          message: m
          default: false
          tokens: ["don't look back"]
        """,
    )
    assert len(run(rules, "We don’t\nlook   back.")) == 1


def test_scope(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: t.headline-only
          type: existence
          summary: s
          message: m
          default: false
          scope: headline
          tokens: [slams]
        - id: t.body-and-subhead
          type: existence
          summary: s
          message: m
          default: false
          scope: [body, subhead]
          tokens: [slams]
        """,
    )
    text = "# Minister slams plan\n\n## Critic slams back\n\nHe slams it.\n\n- She slams it.\n"
    got = [(f.rule, f.line) for f in run(rules, text, "md")]
    assert got == [
        ("t.headline-only", 1),
        ("t.body-and-subhead", 3),
        ("t.body-and-subhead", 5),
        ("t.body-and-subhead", 7),
    ]


def test_ignore_quotes(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: t.quotes
          type: existence
          summary: s
          message: m
          default: false
          ignore-quotes: true
          tokens: [gonna]
        """,
    )
    assert [f.column for f in run(rules, "“We’re gonna win,” he said. We are gonna see.")] == [36]


# -- the combined matcher equals rule-by-rule ---------------------------------------

SHARED_RULES = """
- id: t.a
  type: substitution
  summary: s
  message: '{match} -> {replacement}'
  default: false
  swap: {frequently enough: often, enough indicate: show}
- id: t.b
  type: existence
  summary: s
  message: '{match}'
  default: false
  tokens: [frequently, enough, indicate change, change]
- id: t.c
  type: existence
  summary: s
  message: '{match}'
  default: false
  ignore-case: false
  tokens: [Enough, frequently enough indicate]
- id: t.d
  type: consistency
  summary: s
  message: '{match} -> {replacement}'
  default: false
  sets: [[change, shift]]
- id: t.e
  type: capitalization
  summary: s
  message: '{match} -> {replacement}'
  default: false
  terms: [Enough, NATO]
- id: t.f
  type: repetition
  summary: s
  message: '{match}'
  default: false
  tokens: [enough]
  patterns: ['\\bshift\\b']
  window: 3
- id: t.g
  type: existence
  summary: s
  message: '{match}'
  default: false
  whole-word: false
  tokens: [nough, "x:"]
- id: t.h
  type: existence
  summary: s
  message: '{match}'
  default: false
  tokens: ["Keywords:", "x:", enough]
"""


def _keyed(findings):
    return sorted((f.rule, f.start, f.end, f.message, f.fix) for f in findings)


def _combined_equals_single(rules: list[PackRule], text: str) -> None:
    combined = run(rules, text)
    single = [f for r in rules for f in run([r], text)]
    assert _keyed(combined) == _keyed(single)


@pytest.fixture(scope="module")
def shared_rules(tmp_path_factory) -> list[PackRule]:
    return rules_of(tmp_path_factory.mktemp("shared"), SHARED_RULES)


@pytest.mark.parametrize(
    "text",
    [
        "It can frequently enough indicate change.",
        "Frequently Enough indicate a shift, enough, enough nough.",
        "Keywords: x: Nato enough indicate change and shift shift.",
        "frequently enough\nindicate change; the change is a shift.",
    ],
)
def test_combined_matcher_equals_rule_by_rule(shared_rules, text):
    _combined_equals_single(shared_rules, text)


WORDS = [
    "frequently",
    "Frequently",
    "enough",
    "Enough",
    "indicate",
    "change",
    "shift",
    "nough",
    "Keywords:",
    "x:",
    "NATO",
    "nato",
    "the",
    "a",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([" ", "\n", ", ", ". "]))
def test_combined_matcher_equals_rule_by_rule_property(shared_rules, words, sep):
    _combined_equals_single(shared_rules, sep.join(words))


# Words that put the ways of looking literals up to the test: joiners beside
# and inside words, possessives, digits, case, letters outside ASCII.
TRICKY = [
    *WORDS,
    "enough's",
    "Enough’s-x",
    "x'-enough",
    "enough'5",
    "'frequently",
    "frequently-",
    "re-frequently",
    "NATO’s",
    "x:5",
    "énough",
    "enoughé",
    "shift--shift",
]


def _three_ways(rules: list[PackRule], text: str) -> list:
    """Findings of the article path (tokens, then letter runs) and of the block tries."""
    from newslint.document import letter_runs

    out = []
    for way in ("tokens", "runs", "tries"):
        doc = read_text(text)
        matcher = PackMatcher(rules)
        if way == "runs":
            letter_runs(doc)
        if way == "tries":
            matcher.small_doc = -1
        rep = Reporter(doc)
        matcher.check(doc, rep)
        out.append(_keyed(rep.findings))
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(TRICKY), max_size=30),
    st.sampled_from([" ", "\n", ", ", ". ", "  ", "\n\n", "-", "'"]),
)
def test_article_lookups_equal_block_tries_property(shared_rules, words, sep):
    tokens, runs, tries = _three_ways(shared_rules, sep.join(words))
    assert tokens == tries and runs == tries


def test_parsed_packs_are_kept_between_runs(tmp_path, monkeypatch):
    from newslint import engine, packs

    monkeypatch.setattr(engine, "_OPTIONS", engine.RunOptions())  # no --cache-dir from others
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    text = RULE_HEAD.lstrip("\n") + "    default: false\n    tokens: [a, bb]\n"
    first = load_pack(write(tmp_path, text, "one.yaml"))
    (entry,) = [f for f in (tmp_path / "cache").rglob("*") if f.is_file()]
    monkeypatch.setattr(packs, "parse_pack", lambda *a: pytest.fail("parsed again"))
    other = write(tmp_path, text, "two.yaml")  # the same text elsewhere: the same entry
    second = load_pack(other)
    assert [r.literals for r in second.rules] == [r.literals for r in first.rules]
    assert second.path == other and second.rules[0].path == other
    assert second.rules[0].info.source == str(other)
    monkeypatch.undo()
    monkeypatch.setattr(engine, "_OPTIONS", engine.RunOptions())
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    entry.write_bytes(b"not a pickle")  # damaged: parsed again and rewritten
    third = load_pack(write(tmp_path, text, "three.yaml"))
    assert third.rules[0].id == "house.x" and entry.read_bytes() != b"not a pickle"


CACHED_PACK = r"""
pack: t
rules:
  - id: web.cruft
    type: existence
    summary: Web page furniture.
    message: Remove "{match}".
    default: false
    tokens: [click here, read more]
    patterns: ['\bKeywords:']
    exceptions: ['read more about']
  - id: spun.phrase
    type: substitution
    summary: Spun phrases.
    message: '"{match}" -> "{replacement}"'
    default: false
    swap:
      frequently enough: often
      towards: {replacement: toward, before: '(?<!look )', after: '(?! the end)'}
  - id: style.dates
    type: substitution
    summary: Dates.
    message: Write "{replacement}".
    default: false
    regex: true
    swap:
      '\bJun (\d{1,2})\b': June \1
"""


def test_a_cached_pack_matches_like_a_parsed_one(tmp_path, monkeypatch):
    """Patterns come back from the cache uncompiled (see patterns.deferred) and
    must then match exactly as the freshly parsed ones do."""
    from newslint import engine, packs

    monkeypatch.setattr(engine, "_OPTIONS", engine.RunOptions())
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    fresh = load_pack(write(tmp_path, CACHED_PACK, "one.yaml"))
    monkeypatch.setattr(packs, "parse_pack", lambda *a: pytest.fail("parsed again"))
    cached = load_pack(write(tmp_path, CACHED_PACK, "two.yaml"))
    assert isinstance(cached.rules[0].patterns[0].compiled, packs.patterns.Lazy)
    text = (
        "Click here. Read more. Read more about it. On Jun 12 we look towards them, "
        "then moved towards us, frequently enough.\n\nKeywords: peace"
    )
    keyed = [(f.rule, f.start, f.end, f.message, f.fix) for f in run(fresh.rules, text)]
    assert len(keyed) == 6
    assert [(f.rule, f.start, f.end, f.message, f.fix) for f in run(cached.rules, text)] == keyed


# -- safe patterns ----------------------------------------------------------------


def test_catastrophic_pattern_times_out_once_and_other_rules_still_run(tmp_path):
    path = write(
        tmp_path,
        r"""
        pack: user
        rules:
          - id: user.slow
            type: existence
            summary: A catastrophic pattern.
            message: m
            default: false
            whole-word: false
            patterns: ['(a+)+$']
          - id: user.word
            type: existence
            summary: A word.
            message: 'found {match}'
            default: false
            tokens: [needle]
        """,
    )
    rules = load_pack(path).rules
    text = ("a" * 50_000 + "b\n\n") * 2 + "A needle here."
    doc = read_text(text)
    rep = Reporter(doc)
    matcher = PackMatcher(rules)
    t0 = time.monotonic()
    matcher.check(doc, rep)
    matcher.check(doc, rep)  # the rule is skipped from now on: no second wait
    assert time.monotonic() - t0 < 4
    assert rep.problems == [
        f"{path}: rule user.slow: pattern '(a+)+$' timed out (limit 1s per block); "
        "the rule is skipped for the rest of the run"
    ]
    assert [f.message for f in rep.findings] == ["found needle", "found needle"]


# -- validation: every mistake names file:line:column ---------------------------------

RULE_HEAD = """
pack: house
rules:
  - id: house.x
    type: existence
    summary: s
    message: m
"""


@pytest.mark.parametrize(
    "extra,expected",
    [
        ("    tokenz: [a]\n", "P:7:5: unknown key 'tokenz' in rule (did you mean 'tokens'?)"),
        (
            "    tokens: [a]\n    swap: {a: b}\n",
            "P:8:5: key 'swap' does not apply to a rule of type 'existence'",
        ),
        ("    tokens: a\n", "P:7:13: 'tokens' must be a list of strings, not a string ('a')"),
        (
            "    tokens: [a]\n    default: 'no'\n",
            "P:8:14: 'default' must be true or false, not a string ('no')",
        ),
        (
            "    tokens: [a]\n    severity: fatal\n",
            "P:8:15: 'severity' must be one of error, warning, info, not 'fatal'",
        ),
        (
            "    patterns: ['(unclosed']\n",
            "P:7:16: 'patterns': invalid regex '(unclosed': missing ) at position 9",
        ),
        (
            "    tokens: [a]\n    scope: footer\n",
            "P:8:12: 'scope' must be one of all, headline, subhead, body, not 'footer'",
        ),
        ("    tokens: [a, b, a]\n", "P:7:20: rule house.x: 'a' is listed twice (also at line 7)"),
        (
            "    default: false\n",
            "P:3:5: rule house.x: a existence rule needs 'tokens' or 'patterns'",
        ),
        (
            "    tokens: [a]\n",
            "P:3:5: rule house.x: a rule that is on by default needs 'bad' examples",
        ),
    ],
    ids=[
        "unknown-key",
        "key-of-other-type",
        "wrong-type-list",
        "wrong-type-bool",
        "bad-choice",
        "invalid-regex",
        "bad-scope",
        "duplicate-token",
        "no-tokens",
        "no-bad-examples",
    ],
)
def test_validation_errors(tmp_path, extra, expected):
    assert error_of(tmp_path, RULE_HEAD.lstrip("\n") + extra) == expected


def test_missing_required_key(tmp_path):
    text = "pack: house\nrules:\n  - id: house.x\n    type: existence\n    tokens: [a]\n"
    assert error_of(tmp_path, text) == "P:3:5: rule is missing required key 'summary'"


def test_duplicate_id(tmp_path):
    rule = "  - id: house.x\n    type: existence\n    summary: s\n    message: m\n    default: false\n    tokens: [a]\n"
    text = "pack: house\nrules:\n" + rule + rule
    assert (
        error_of(tmp_path, text) == "P:9:9: duplicate rule id 'house.x' (first defined at line 3)"
    )


def test_unknown_placeholder(tmp_path):
    text = RULE_HEAD.lstrip("\n").replace("message: m", "message: 'no {replacement}'")
    assert error_of(tmp_path, text + "    tokens: [a]\n") == (
        "P:6:14: 'message': unknown placeholder {replacement} for a existence rule (use {match})"
    )


def test_invalid_yaml(tmp_path):
    # The wording comes from PyYAML (C or Python parser); the position is ours to pin.
    assert error_of(tmp_path, "pack: house\nrules: [\n").startswith("P:3:1: invalid YAML: ")


def test_bad_example_not_flagged(tmp_path):
    text = (
        RULE_HEAD.lstrip("\n") + "    tokens: [hear]\n    bad:\n      - Thank you for being here.\n"
    )
    assert error_of(tmp_path, text) == "P:9:9: bad example is not flagged by rule house.x"


def test_good_example_flagged(tmp_path):
    text = (
        RULE_HEAD.lstrip("\n")
        + "    tokens: [hear]\n    bad: [being hear]\n    good:\n      - text: Hear this.\n"
    )
    assert error_of(tmp_path, text) == "P:10:9: good example is flagged by rule house.x: m"


def test_bad_example_wrong_fix(tmp_path):
    text = """
    pack: house
    rules:
      - id: house.x
        type: substitution
        summary: s
        message: m
        swap: {towards: toward}
        bad:
          - text: Go towards it.
            fixed: Go to it.
    """
    assert error_of(tmp_path, text) == (
        "P:9:9: bad example of rule house.x fixes to 'Go toward it.', not the expected 'Go to it.'"
    )


def test_not_a_pack(tmp_path):
    assert error_of(tmp_path, "- a\n- b\n") == "P:1:1: the pack must be a mapping, not a list"
    assert error_of(tmp_path, "") == "P:1:1: empty rule pack: expected keys 'pack' and 'rules'"


def test_load_is_cached_until_the_file_changes(tmp_path):
    text = RULE_HEAD.lstrip("\n") + "    default: false\n    tokens: [a]\n"
    path = write(tmp_path, text)
    first = load_pack(path)
    assert load_pack(path) is first
    path.write_text(text.replace("tokens: [a]", "tokens: [a, bb]"), encoding="utf-8")
    second = load_pack(path)
    assert second is not first and len(second.rules[0].literals) == 2


def test_rule_info_carries_docs(tmp_path):
    rules = rules_of(
        tmp_path,
        """
        - id: t.docs
          type: substitution
          summary: One line.
          explanation: Longer words.
          message: m
          severity: error
          swap: {towards: toward}
          bad: [Go towards it.]
          good: [Go toward it.]
        """,
    )
    info = rules[0].info
    assert (info.summary, info.explanation, info.severity, info.fix) == (
        "One line.",
        "Longer words.",
        "error",
        "always",
    )
    assert info.source.endswith("t.yaml") and info.bad[0].text == "Go towards it."


def test_parse_pack_keeps_yes_and_no_as_words(tmp_path):
    text = "pack: p\nrules:\n  - {id: p.x, type: substitution, summary: s, message: m, default: false, swap: {no: yes}}\n"
    rule = parse_pack(text, tmp_path / "p.yaml").rules[0]
    assert rule.literals[0][0] == "no" and rule.literals[0][1].replacement == "yes"


# -- built-in packs ------------------------------------------------------------------


def _builtin_rule_params():
    params = []
    for path in BUILTIN_PACKS:
        try:
            pack = load_pack(path)
        except NewslintError:
            continue  # test_builtin_pack_loads reports it
        for rule in pack.rules:
            params.append(pytest.param(path, rule.id, id=rule.id))
    return params


@pytest.mark.parametrize("path", BUILTIN_PACKS, ids=[p.stem for p in BUILTIN_PACKS])
def test_builtin_pack_loads(path):
    pack = load_pack(path)
    assert pack.rules, f"{path} has no rules"
    for rule in pack.rules:
        assert rule.info.summary.strip() and rule.info.bad, f"{rule.id} needs docs and examples"


@pytest.mark.parametrize("path,rule_id", _builtin_rule_params())
def test_builtin_rule_examples(path, rule_id):
    pack = load_pack(path)
    rule = next(r for r in pack.rules if r.id == rule_id)
    validate_examples(Pack(pack.name, pack.path, [rule]))


def test_two_code_versions_keep_their_own_pack_entries(tmp_path, monkeypatch):
    """Checkouts sharing a cache folder must not replace each other's entries."""
    from newslint import engine, packs

    monkeypatch.setattr(engine, "_OPTIONS", engine.RunOptions())
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    text = RULE_HEAD.lstrip("\n") + "    default: false\n    tokens: [a, bb]\n"
    load_pack(write(tmp_path, text, "one.yaml"))
    monkeypatch.setattr(packs, "__version__", "another-version")
    load_pack(write(tmp_path, text, "two.yaml"))
    entries = [f for f in (tmp_path / "cache").rglob("*") if f.is_file()]
    assert len(entries) == 2
