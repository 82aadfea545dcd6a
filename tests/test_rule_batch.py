"""Rules that share one scan run as one batch, with the findings of each rule alone."""

from __future__ import annotations

from pathlib import Path

from newslint import engine
from newslint.readers.text import read
from newslint.rule import Reporter, RuleBatch, batched
from newslint.rules.confusables import RULES

TEXT = (
    "Headline here\n\n"
    "I think its the best plan, and the rate is less then those of last year. "
    "They said there going to hear the case on Monday.\n"
)


def one_by_one(rules, doc):
    report = Reporter(doc)
    for rule in rules:
        report.rule_id, report.severity = rule.id, rule.severity
        rule.check(doc, report)
    return [(f.rule, f.start, f.end, f.message) for f in report.findings]


def as_batch(rules, doc):
    report = Reporter(doc)
    for runner in batched(rules):
        runner.check(doc, report)
    return [(f.rule, f.start, f.end, f.message) for f in report.findings]


def test_a_batch_reports_what_its_rules_report_one_by_one():
    rules = [cls() for cls in RULES]
    alone = one_by_one(rules, read("s.txt", TEXT))
    assert len({rule for rule, *_ in alone}) >= 2
    assert as_batch(rules, read("s.txt", TEXT)) == alone


def test_only_the_enabled_rules_of_a_batch_report():
    chosen = [cls() for cls in RULES if cls.id == "confusables.than-then"]
    found = as_batch(chosen, read("s.txt", TEXT))
    assert [rule for rule, *_ in found] == ["confusables.than-then"]


def test_batched_keeps_order_and_gathers_each_batch_once():
    rules = [cls() for cls in RULES]

    class Lone:
        batch = None

    lone = Lone()
    runners = batched([lone, *rules[:3], lone, *rules[3:]])
    assert runners[0] is lone and runners[2] is lone
    assert isinstance(runners[1], RuleBatch) and runners[1].rules == rules
    assert len(runners) == 3


def test_the_engine_runs_the_confusables_as_one_batch(tmp_path: Path):
    engine.set_options(engine.RunOptions())  # no --config or --select left by another test
    rs = engine.ruleset_for(engine.settings_for(tmp_path / "s.txt"))
    batches = [r for r in rs.runners if isinstance(r, RuleBatch)]
    assert [b.id for b in batches] == ["confusables"]
    assert len(batches[0].rules) == sum(r.id.startswith("confusables.") for r in rs.python_rules)
