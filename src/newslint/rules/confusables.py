"""Confusables: a real word typed for its sound-alike (`being hear`, `there own`).

A spell-checker passes every one of these, and most sound-alikes are fine on
their own: `hear` and `here` are both words. So each rule speaks only where
the words around the suspect make it clearly wrong (`being hear`, `more then
40%`, `sneak peak`), from a context table in `confusables_data.py`. One rule
id per confusable set (`confusables.hear-here`), generated from the table, so
an editor can switch off one set without losing the others.

Speed: the first confusables rule that sees a block scans its words once for
every set and caches the hits on the block; the other rules only read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from newslint import trie
from newslint.document import Block, Document
from newslint.rule import Example, Reporter, Rule
from newslint.rules.confusables_data import SETS, ConfusableSet, Ctx

_WORDCHARS = r"[\w'’-]"


@dataclass
class _Compiled:
    """One context: which word it fixes into what, and its test.

    The pattern is compiled on first use: a pre-commit run over one story
    meets a handful of suspect words, so start-up must not pay for all 300.
    """

    key: str
    wrong: str
    right: str
    pattern: str
    safe: bool
    caps: bool
    # What must follow the word (no lookbehinds, so stdlib `re` compiles it
    # quickly): a necessary condition for the per-word prefilter.
    after_word: str = ""
    _test: regex.Pattern[str] | None = None

    @property
    def test(self) -> regex.Pattern[str]:
        if self._test is None:
            # VERSION0 (simple case folding) compiles four times faster than VERSION1.
            self._test = regex.compile(self.pattern, regex.IGNORECASE | regex.VERSION0)
        return self._test


def _compile(cset: ConfusableSet, ctx: Ctx) -> list[_Compiled]:
    """Compile one context into a pattern matched at the suspect word's start."""
    wrongs = ctx.wrong.split("|")
    rights = ctx.right.split("|")
    if len(rights) == 1:
        rights *= len(wrongs)
    if len(rights) != len(wrongs):
        raise ValueError(f"{cset.key}: {ctx.wrong!r} and {ctx.right!r} differ in length")
    out = []
    for wrong, right in zip(wrongs, rights):
        word = regex.escape(wrong).replace("'", "['’]")
        parts = []
        if ctx.before:
            parts.append(f"(?<=(?:{ctx.before})\\s*)")
        if ctx.not_before:
            parts.append(f"(?<!(?:{ctx.not_before})\\s*)")
        parts.append(f"{word}(?!{_WORDCHARS})")
        tail = [f"(?!{_WORDCHARS})"]
        if ctx.after:
            parts.append(f"(?=\\s*(?:{ctx.after}))")
            tail.append(f"(?=\\s*(?:{ctx.after}))")
        if ctx.not_after:
            parts.append(f"(?!\\s*(?:{ctx.not_after}))")
            tail.append(f"(?!\\s*(?:{ctx.not_after}))")
        out.append(
            _Compiled(
                cset.key,
                wrong.replace("’", "'"),
                right,
                "".join(parts),
                ctx.safe,
                ctx.caps,
                after_word="".join(tail),
            )
        )
    return out


# Every context of every set, by the lower-case suspect word (straight apostrophe).
_INDEX: dict[str, list[_Compiled]] = {}
for _set in SETS:
    for _ctx in _set.contexts:
        for _c in _compile(_set, _ctx):
            _INDEX.setdefault(_c.wrong.lower(), []).append(_c)


# Every suspect word in one pattern, so a block is scanned at C speed and only
# candidates reach Python; the lookarounds keep WORD_RE's token boundaries.
_SUSPECTS = re.compile(
    r"(?<![\w'’\-–])(?:" + trie.pattern(_INDEX, {"'": "['’]"}) + r")(?![\w\-–]|['’]\w)",
    re.IGNORECASE,
)


def _starts_sentence(text: str, i: int) -> bool:
    """Whether offset i begins a sentence (opening quotes and brackets skipped)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\n\"'“‘([":
        j -= 1
    return j < 0 or text[j] in ".!?:…"


_PREFILTERS: dict[str, regex.Pattern[str]] = {}


def _prefilter(key: str) -> regex.Pattern[str]:
    """One pattern per suspect word: the word where at least one of its contexts holds.

    Common words ("to", "their", "its") are suspects thousands of times and
    almost never wrong; scanning for word-plus-context in C and handing only
    those positions to Python is what keeps confusables fast.
    """
    pat = _PREFILTERS.get(key)
    if pat is None:
        entries = _INDEX[key]
        word = regex.escape(entries[0].wrong).replace("'", "['’]")
        alts = "|".join(f"(?:{c.after_word})" for c in entries)
        pat = regex.compile(rf"(?<![\w'’\-–]){word}(?:{alts})", regex.IGNORECASE | regex.VERSION0)
        _PREFILTERS[key] = pat
    return pat


def _scan(block: Block) -> dict[str, list[tuple[int, int, _Compiled]]]:
    """Find every confusable in the block, for all sets.

    The suspect words present are found in one C-level pass; each one's
    prefilter then finds the few positions where a context may apply, and
    only there does Python run the contexts in order (first match wins).
    """
    hits: dict[str, list[tuple[int, int, _Compiled]]] = {}
    text = block.text
    present = {w.lower().replace("’", "'") for w in _SUSPECTS.findall(text)}
    if not present:
        return hits
    found: list[tuple[int, int, str]] = []
    for key in present:
        for m in _prefilter(key).finditer(text):
            start = m.start()
            whole = _SUSPECTS.match(text, start)  # the suspect the trie sees here
            if whole is not None and whole.group().lower().replace("’", "'") == key:
                found.append((start, whole.end(), key))
    for start, end, key in sorted(found):
        word = text[start:end]
        title = word[0].isupper() and not word.isupper()
        for c in _INDEX[key]:
            if title and not c.caps and not _starts_sentence(text, start):
                continue  # a name or a title: "Soul Survivor", "Reign of Fire"
            if c.test.match(text, start):
                hits.setdefault(c.key, []).append((start, end, c))
                break
    return hits


def _doc_hits(doc: Document) -> dict[str, list[tuple[Block, int, int, _Compiled]]]:
    found = doc.cache.get(__name__)
    if found is None:
        found = {}
        for block in doc.blocks:
            for key, spans in _scan(block).items():
                found.setdefault(key, []).extend((block, s, e, c) for s, e, c in spans)
        doc.cache[__name__] = found
    return found


def match_case(model: str, word: str) -> str:
    """Spell `word` in the case of `model`: Hear -> Here, HEAR -> HERE."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _phrase(block: Block, start: int, end: int, replacement: str) -> tuple[str, str]:
    """The suspect with its neighbouring words, as written and as corrected."""
    text = block.text
    words = block.words
    k = next(i for i, w in enumerate(words) if w.start == start)
    s = words[k - 1].start if k > 0 and words[k - 1].end >= start - 2 else start
    e = words[k + 1].end if k + 1 < len(words) and words[k + 1].start <= end + 2 else end
    return text[s:e], text[s:start] + replacement + text[end:e]


class ConfusableRule(Rule):
    """Base for the generated rules: report this set's cached hits."""

    key: str = ""
    fix = "sometimes"

    def check(self, doc: Document, report: Reporter) -> None:
        for block, start, end, c in _doc_hits(doc).get(self.key, ()):
            written = block.text[start:end]
            right = c.right
            if "'" in right and "’" in block.text:
                right = right.replace("'", "’")
            replacement = match_case(written, right)
            shown, fixed = _phrase(block, start, end, replacement)
            message = f'"{shown}" confuses {written.lower()} with {right.lower()}; write "{fixed}".'
            report(
                block,
                start,
                end,
                message,
                replacement=replacement,
                applicability="safe" if c.safe else "unsafe",
            )


def _explanation(cset: ConfusableSet) -> str:
    safe = [c for c in cset.contexts if c.safe]
    unsafe = [c for c in cset.contexts if not c.safe]
    if safe and unsafe:
        safety = (
            "Safe where the context allows only one reading; unsafe (applied with "
            "`--unsafe-fixes`) where a rarer reading of the written word remains possible."
        )
    elif safe:
        safety = "Safe: the rule only speaks where the context allows one reading."
    else:
        safety = "Unsafe: a rarer reading of the written word remains possible, so check it."
    return (
        f"## What it flags\n\n{cset.words} written for its sound-alike where the words "
        f"around it leave only one reading, e.g. `{cset.bad[0][0]}`.\n\n"
        f"## Why\n\n{cset.why} Spell-checkers pass it because both are real words; the "
        "rule looks only at contexts where the written word cannot be meant, so it stays "
        "quiet on correct uses.\n\n"
        f"## Fix safety\n\n{safety}\n"
    )


def _make_rule(cset: ConfusableSet) -> type[ConfusableRule]:
    """Build the rule class for one confusable set."""
    name = "Confusable" + "".join(p.title() for p in regex.split(r"[-']", cset.key))
    attrs = {
        "__module__": __name__,
        "__doc__": f"{cset.words}: {cset.why}",
        "id": f"confusables.{cset.key}",
        "key": cset.key,
        "summary": f"{cset.words} confused where the context leaves one reading.",
        "explanation": _explanation(cset),
        "bad": tuple(Example(t, fixed=f) for t, f in cset.bad),
        "good": tuple(cset.good),
    }
    return type(name, (ConfusableRule,), attrs)


RULES: list[type[ConfusableRule]] = [_make_rule(s) for s in SETS]
globals().update({r.__name__: r for r in RULES})
