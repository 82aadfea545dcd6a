"""Many literal words or phrases as one regular expression, factored as a trie.

Python's `re` tries the branches of an alternation one by one at every
position, so `a|b|c|…` with hundreds of words is slow; sharing prefixes
(`h(?:ear|ere)`) lets the engine reject a position after a character or two.
Used by the pack matcher and by the confusables scanner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

END = ""


def build(literals: Iterable[str]) -> dict:
    root: dict = {}
    for lit in literals:
        node = root
        for ch in lit:
            node = node.setdefault(ch, {})
        node[END] = True
    return root


def emit(node: dict, symbols: dict[str, str] | None = None) -> str:
    """The pattern for a trie node. `symbols` maps a character to its own
    pattern (e.g. a space to `\\s+`); other characters are escaped. Longer
    continuations are optional groups, so the match is the longest literal."""
    syms = symbols if symbols is not None else {}

    def sym(ch: str) -> str:
        if ch not in syms:
            syms[ch] = re.escape(ch)
        return syms[ch]

    def walk(n: dict) -> str:
        run: list[str] = []
        while len(n) == 1 and END not in n:
            ch, n = next(iter(n.items()))
            run.append(sym(ch))
        alts = [sym(ch) + walk(child) for ch, child in sorted(n.items()) if ch != END]
        head = "".join(run)
        if not alts:
            return head
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return head + (f"(?:{body})?" if END in n else body)

    return walk(node)


def pattern(literals: Iterable[str], symbols: dict[str, str] | None = None) -> str:
    """One pattern matching any of `literals` (longest first at a position)."""
    return emit(build(literals), symbols)
