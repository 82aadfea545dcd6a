"""Every rule's own examples, one test per rule id (Harper/sqlfluff style).

A bad example must be flagged by its rule and, when it names `fixed`, the
rule's fixes (unsafe included) must turn it into exactly that text; a good
example must not be flagged. Pack rules are covered in test_packs.py.
"""

from __future__ import annotations

import pytest

from newslint.registry import base_registry
from newslint.testing import apply_fixes, run_rule

RULES = sorted(base_registry().python_rules.items())


def test_every_family_has_rules():
    families = {rid.split(".")[0] for rid, _ in RULES}
    for family in (
        "spacing",
        "confusables",
        "capitalization",
        "headline",
        "quotes",
        "boilerplate",
        "repetition",
        "consistency",
    ):
        assert family in families, family


@pytest.mark.parametrize("rule_id,cls", RULES, ids=[r for r, _ in RULES])
def test_rule_examples(rule_id, cls):
    info = cls.info()
    assert info.summary.strip(), f"{rule_id} has no summary"
    assert info.explanation.strip(), f"{rule_id} has no docs"
    assert info.bad, f"{rule_id} has no bad examples"
    assert info.good, f"{rule_id} has no good examples"
    for ex in info.bad:
        found = [
            f for f in run_rule(cls, ex.text, ex.format, ex.options or None) if f.rule == rule_id
        ]
        assert found, f"{rule_id} did not flag its bad example {ex.text!r}"
        for f in found:
            assert f.message.strip() and f.line >= 1 and f.column >= 1
        if ex.fixed is not None:
            assert apply_fixes(ex.text, found) == ex.fixed, f"{rule_id} fix of {ex.text!r}"
    for ex in info.good:
        found = [
            f for f in run_rule(cls, ex.text, ex.format, ex.options or None) if f.rule == rule_id
        ]
        assert not found, f"{rule_id} flagged its good example {ex.text!r}: {found[0].message}"
