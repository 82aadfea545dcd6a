"""The documentation's examples are real: pack snippets in rules/README.md load and pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.packs import RULE_TYPES, load_pack, validate_examples

ROOT = Path(__file__).resolve().parents[1]


def test_rule_type_examples_in_pack_reference(tmp_path):
    text = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    section = text.split("## Rule types, one example each", 1)[1]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    types = {re.search(r"type: (\w+)", b).group(1) for b in blocks}
    assert types == set(RULE_TYPES)
    pack = tmp_path / "readme.yaml"
    pack.write_text("pack: readme\nrules:\n" + "".join(blocks), encoding="utf-8")
    validate_examples(load_pack(pack))


@pytest.mark.parametrize("name", ["house-style.yaml"])
def test_example_house_style_pack(name):
    validate_examples(load_pack(ROOT / "examples" / "newsroom" / name))


def test_readme_opens_with_install_and_test_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    assert "newslint check examples/" in blocks[0]
    assert blocks[1].strip() == "python -m pytest -n 2 -q"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\n" + blocks[1].strip() + "\n" in ci
