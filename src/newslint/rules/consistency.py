"""Consistency: one document, one spelling of each word.

Both rules read the whole document, count the competing forms and report only the minority, so a story that is
consistently British or consistently American is never touched. Words
capitalised mid-sentence are names (`Kennedy Space Center`, `Labor Party`,
`World Health Organization`), which keep their own spelling and never vote.

Speed: neither rule looks at every word, and most documents cost a few C-level
set and substring tests. `letter_runs` (shared with other rules) tells which
listed or -ise/-ize spellings a document can hold; only a document that holds
both varieties, or a word that two of its compounds or forms could share, goes
on to `words_by_key`, which finds every use of just the words that matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from newslint.document import (
    Block,
    Document,
    Word,
    doc_text,
    letter_runs,
    scan_words,
    words_by_key,
)
from newslint.rule import Example, Reporter, Rule
from newslint.rules.spelling_variants import UK, UK_TO_US, US, US_TO_UK, classify

_PART_RE = re.compile(r"[^-–]+")
_POSSESSIVE_RE = re.compile(r"['’]s$")
# Word parts `classify` knows are a listed spelling (all ASCII letters) or end in
# the -ise/-ize shape: either way a whole letter run of the lowercased text, so
# `letter_runs` shows which ones a document can hold.
_UK_SPELLINGS = frozenset(UK_TO_US)
_US_SPELLINGS = frozenset(US_TO_UK)  # disjoint from the UK ones
_SPELLINGS = _UK_SPELLINGS | _US_SPELLINGS
# An -ise/-ize ending at the end of a line: finds such runs among the letter runs.
_ISE_RUN_END_RE = re.compile(r"i[sz](?:e[sdr]?|ers|ing|ations?|able)$", re.MULTILINE)
# One of these is in any -ise (UK) word `classify` judges; `iz` in any -ize one.
_ISE_UK_HINTS = ("ise", "ising", "isation", "isable")
_HYPHENS_RE = re.compile("[-–]")


@lru_cache(maxsize=1)
def _spellings_re() -> re.Pattern[str]:
    """The listed spellings in any case (for text whose lowercasing moves offsets)."""
    from newslint import trie

    return re.compile(
        r"(?<![^\W_])(?:" + trie.pattern(sorted(_SPELLINGS)) + r")(?![^\W_])", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _ise_shape_re() -> re.Pattern[str]:
    """Where an -ise/-ize/-yse/-yze word ends (for text whose lowercasing moves offsets)."""
    return re.compile(r"[iy][sz](?:e[sdr]?|ers|ing|ations?|able)(?![^\W_])")


# Words that can differ from another word of the document only by hyphens, accents,
# a final doubled y or a capital possessive `'S` (see `VariantSpelling.check`).
# Each branch consumes only characters of the word it flags, so no word is skipped.
_VARIANT_RE = re.compile(r"-(?<=[^\W_]-)(?=[^\W_])|[yY](?=[yY])|['’](?=S)")
_NON_ASCII_LETTER_RE = re.compile(r"[^\W\x00-\x7f]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CAPITAL_POSSESSIVE_RE = re.compile(r"['’]S(?![^\W\d_])")  # ends a word: `KYIV'S`
_ASCII_BYTES = bytes(range(128))
# Chains of letter runs joined by hyphens (`state-of-the-art`), each hyphen between
# letters: the runs after a chain's first hyphen, and (in the reversed text) the
# run before it. Both patterns start with the literal hyphen, so they scan fast.
_CHAIN_TAIL_RE = re.compile(r"-(?<=[^\W\d_]-)([^\W\d_]+(?:-[^\W\d_]+)*)")
_CHAIN_HEAD_REVERSED_RE = re.compile(r"-(?<=[^\W\d_]-)([^\W\d_]+)(?![^\W\d_]|-[^\W\d_])")
_BODY = frozenset({"paragraph", "list_item", "blockquote", "caption"})

Occurrence = tuple[Block, int, int, str]  # block, prose start, prose end, surface text


def _starts_sentence(block: Block, i: int) -> bool:
    """Whether offset i begins a sentence (quotes and brackets before it skipped)."""
    j = i - 1
    while j >= 0 and block.text[j] in " \t\n\"'“‘([":
        j -= 1
    return j < 0 or block.text[j] in ".!?:…"


def _word_kind(block: Block, start: int, surface: str) -> str:
    """ "common" (lowercase), "initial" (capitalised at a body sentence start) or "name"."""
    if surface.islower():
        return "common"
    capitalised = surface[:1].isupper() and surface[1:].islower()
    if capitalised and block.role in _BODY and _starts_sentence(block, start):
        return "initial"
    return "name"  # capitalised mid-sentence or in a headline, all caps, inner capitals


def _split_names(
    occs: list[tuple[str, Occurrence]], named: bool | None = None
) -> tuple[list[Occurrence], list[Occurrence]]:
    """(common, names) for one word's occurrences tagged by `_word_kind`.

    A sentence-initial capital is a common word unless the document also
    writes the word (`named`: or one of its variants) capitalised mid-sentence:
    then it is the name again ("firm Email Systems … Email Systems refers").
    """
    if named is None:
        named = any(kind == "name" for kind, _ in occs)
    common = [o for kind, o in occs if kind == "common" or (kind == "initial" and not named)]
    names = [o for kind, o in occs if kind == "name" or (kind == "initial" and named)]
    return common, names


def _match_case(model: str, replacement: str) -> str:
    """Give `replacement` the capitalisation of `model` (its first letter, or all caps)."""
    if model.isupper() and len(model) > 1:
        return replacement.upper()
    if model[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _examples(occs: list[Occurrence], limit: int = 3) -> str:
    """The first few distinct forms (lowercased), in order of use."""
    forms = list(dict.fromkeys(surface.lower() for *_, surface in occs))
    shown = ", ".join(forms[:limit])
    return shown + (", …" if len(forms) > limit else "")


class UkUsSpelling(Rule):
    id = "consistency.uk-us-spelling"
    summary = "UK and US spellings mixed in one document."
    explanation = """\
## What it flags
A document that spells some words the British way and others the American
way (`kilometres` beside `legitimizing`). The document's dominant variety is
decided by counting; each word in the other variety is reported with both
counts and the dominant form.

The spellings come from the regular patterns (-our/-or, -ise/-ize,
-isation/-ization, -yse/-yze, -re/-er, -ogue/-og, doubled l as in
travelled/traveled, -ence/-ense as in defence/defense) and a list of one-off
pairs (grey/gray, tyre, programme, ageing/aging…).

## What it leaves alone
Words capitalised mid-sentence, which are names with their own spelling
(`Kennedy Space Center`, `Pearl Harbor`, `Australian Labor Party`, `World
Health Organization`); all-caps text; words the pattern misleads on
(`advertise`, `surprise`, `exercise`, `size`, `prize`, `seize`…); and words
both varieties use (`program` in computing, `license` the verb, `judgment`).
A document written consistently in either variety is never reported.

## Fix safety
Unsafe: the fix writes the dominant variety's form, but a quotation, a title
or a deliberate Americanism may need to keep its spelling.
"""
    severity = "warning"
    fix = "always"
    bad = (
        Example(
            "Bombers parked thousands of kilometres away. The colour of the debate "
            "changed, and a meeting might be seen as legitimizing him.",
            fixed="Bombers parked thousands of kilometres away. The colour of the debate "
            "changed, and a meeting might be seen as legitimising him.",
        ),
        Example(
            "The center of the city has a new theatre. Its colour is grey.",
            fixed="The centre of the city has a new theatre. Its colour is grey.",
        ),
    )
    good = (
        "The organisation travelled to the centre of town to analyse its behaviour.",
        "The organization traveled to the center of town to analyze its behavior.",
        "Staff at the Kennedy Space Center watched. The colour of the sky changed.",
        "The Australian Labor Party won. Its favourite policy is defence.",
        "Advertisers were surprised by the size of the prize. They realised it late.",
        "The BBC programme was written by a computer program. It was their favourite.",
    )

    def check(self, doc: Document, report: Reporter) -> None:
        votes: dict[str, list[Occurrence]] = {UK: [], US: []}
        other_form: dict[str, str] = {}
        keys = _uk_us_candidates(doc)
        if not keys:
            return
        for key, occs in words_by_key(doc, keys).items():
            parts = _parts(key) if "-" in key or "–" in key else ((key, 0, len(key)),)
            for word, ps, pe in parts:
                hit = classify(word)
                if hit is None:
                    continue
                variety, other = hit
                other_form[word] = other
                tagged = [t for b, w in occs if (t := _tag(b, w, ps, pe)) is not None]
                votes[variety] += _split_names(tagged)[0]
        uk, us = votes[UK], votes[US]
        if not uk or not us:
            return
        first_uk = min((b.index, s) for b, s, _, _ in uk)
        first_us = min((b.index, s) for b, s, _, _ in us)
        dominant = UK if (len(uk), first_us) > (len(us), first_uk) else US
        minority = US if dominant == UK else UK
        major, minor = votes[dominant], votes[minority]
        examples = _examples(major)
        for block, start, end, surface in sorted(minor, key=lambda o: (o[0].index, o[1])):
            fixed = _match_case(surface, other_form[surface.lower()])
            report(
                block,
                start,
                end,
                f'"{surface}" is {minority} spelling, but this story uses {dominant} spelling '
                f"{_plural(len(major), 'time')} ({examples}) against "
                f'{_plural(len(minor), "time")} for {minority}; write "{fixed}".',
                replacement=fixed,
                applicability="unsafe",
            )


def _uk_us_candidates(doc: Document) -> set[str]:
    """Lower-case forms of the words that may hold a UK or US spelling, or an empty
    set when the document cannot hold both (then no word can be reported).

    Every spelling `classify` judges is a whole run of letters in the lowercased
    text (a word, or a part of one between hyphens), so `letter_runs` holds it.
    """
    if doc_text(doc)[1] is None:
        return _uk_us_candidates_by_scan(doc)
    spellings = _both_varieties(doc)
    return _words_holding(doc, spellings) if spellings else set()


def _both_varieties(doc: Document) -> frozenset[str]:
    """The letter runs `classify` judges, or an empty set if they are all one variety.

    Listed spellings come from one set intersection; -ise/-ize runs are looked for
    only when a variety is still missing and its ending (`iz`, `ise`…) occurs.
    """
    low = doc_text(doc)[1]
    runs = letter_runs(doc)
    found = runs.intersection(_SPELLINGS)
    if found.isdisjoint(_US_SPELLINGS) and "iz" not in low:
        return frozenset()
    if found.isdisjoint(_UK_SPELLINGS) and not any(hint in low for hint in _ISE_UK_HINTS):
        return frozenset()
    found = found.union(run for run in _ise_runs(runs) if classify(run) is not None)
    if len({classify(run)[0] for run in found}) < 2:
        return frozenset()
    return found


def _ise_runs(runs: frozenset[str]) -> list[str]:
    """The runs ending like an -ise or -ize word (one C-level pass over all of them)."""
    text = "\n".join(runs)
    return [
        text[text.rfind("\n", 0, m.start()) + 1 : m.end()] for m in _ISE_RUN_END_RE.finditer(text)
    ]


def _words_holding(doc: Document, spellings: frozenset[str]) -> set[str]:
    """Lower-case forms of the words that may hold one of `spellings` as a part.

    A part is the whole word or a piece between hyphens: the spellings themselves
    and the hyphenated words (`well-organised`); words with an apostrophe in the
    part (`colour's`) never vote, so they are not needed.
    """
    keys = set(spellings)
    for _, w in scan_words(doc, _HYPHENS_RE):
        key = w.text.lower()
        if not spellings.isdisjoint(_PART_RE.findall(key)):
            keys.add(key)
    return keys


def _uk_us_candidates_by_scan(doc: Document) -> set[str]:
    """`_uk_us_candidates` for text whose lowercasing moves offsets (a superset)."""
    keys = {w.text.lower() for _, w in scan_words(doc, _ise_shape_re(), lowered=True)}
    keys.update(w.text.lower() for _, w in scan_words(doc, _spellings_re()))
    return keys


def _parts(key: str) -> list[tuple[str, int, int]]:
    """The hyphen-separated parts of a word with their offsets (`well-organised`)."""
    return [(m.group(), m.start(), m.end()) for m in _PART_RE.finditer(key)]


def _tag(block: Block, word: Word, ps: int, pe: int) -> tuple[str, Occurrence] | None:
    """The occurrence of part [ps, pe) of `word` with its kind, or None if unusable."""
    start, end = word.start + ps, word.start + pe
    surface = block.text[start:end]
    if surface.lower() != word.text.lower()[ps:pe] or block.overlaps_non_prose(start, end):
        return None  # case folding changed the length, or a URL
    return _word_kind(block, start, surface), (block, start, end, surface)


# Pairs that differ only by a hyphen but are different words.
_HYPHEN_DIFFERENT = frozenset(
    [
        "re-sign",
        "re-signed",
        "re-signing",
        "re-signs",
        "re-form",
        "re-formed",
        "re-forming",
        "re-forms",
        "re-creation",
        "re-create",
        "re-created",
        "re-count",
        "re-counted",
        "re-counts",
        "re-cover",
        "re-covered",
        "re-covering",
        "re-lay",
        "re-press",
        "re-pressed",
        "re-sort",
        "re-sorted",
        "re-serve",
        "re-served",
        "re-treat",
        "re-treated",
        "re-collect",
        "re-collected",
        "re-mark",
        "re-marked",
        "re-act",
        "re-acted",
        "re-dress",
        "re-dressed",
        "re-lease",
        "re-leased",
        "re-store",
        "re-stored",
        "re-solve",
        "re-solved",
        "re-sent",
        "re-present",
        "re-presented",
        "re-fuse",
        "re-fused",
        "re-claim",
        "re-claimed",
        "re-cede",
        "re-side",
        "re-search",
        "re-pair",
        "re-paired",
        "re-bound",
        "re-sound",
        "re-turn",
        "re-turned",
        "re-cord",
        "re-corded",
        "re-view",
        "re-viewed",
        "re-strain",
        "re-strained",
        "re-count",
        "re-creating",
        "re-member",
        "co-op",
        "co-ops",
        "un-ionised",
        "un-ionized",
        "de-fuse",
        "pre-sent",
        "pro-test",
        "pre-position",
        "be-all",
    ]
)
# Pairs that differ only by accents but are different words.
_ACCENT_DIFFERENT = frozenset(
    ["résumé", "résumés", "exposé", "exposés", "rosé", "lamé", "maté", "pâté", "saké", "née"]
)


@lru_cache(maxsize=65536)
def _variant_key(key: str) -> str | None:
    """Key shared by forms that differ only by hyphens and accents, or None to skip."""
    if "–" in key or any(c.isdigit() for c in key):
        return None
    base = _POSSESSIVE_RE.sub("", key)
    if base in _HYPHEN_DIFFERENT or base in _ACCENT_DIFFERENT:
        return None
    folded = _fold(base).replace("-", "")
    if len(folded) < 4 or not folded.isalpha():
        return None
    if folded.endswith("yy"):
        folded = folded[:-1]  # Zelenskyy / Zelensky: transliteration variants
    return folded


class VariantSpelling(Rule):
    id = "consistency.variant-spelling"
    summary = "One word or name spelt two ways in one document (`ceasefire`/`cease-fire`)."
    explanation = """\
## What it flags
A word or name written in two forms in one document that differ only by a
hyphen (`ceasefire`/`cease-fire`, `email`/`e-mail`, `co-operate`/`cooperate`),
by accents (`Türkiye`/`Turkiye`, `café`/`cafe`) or by a transliteration's
final doubled `y` (`Zelenskyy`/`Zelensky`). The form used more often (the
first one on a tie) is the document's; every other occurrence is reported
with both counts.

## What it leaves alone
Pairs that are different words (`re-sign`/`resign`, `re-cover`/`recover`,
`co-op`/`coop`, `résumé`/`resume`, `rosé`/`rose`), and spaced forms
(`long term` beside `long-term`), since a compound modifier is rightly
hyphenated where the same words elsewhere are not.

## Fix safety
Unsafe: the fix writes the dominant form, which is usually right, but the
minority form may be the correct one (a quoted title, a house style).
"""
    severity = "warning"
    fix = "always"
    bad = (
        Example(
            "The ceasefire held. Both sides said the ceasefire was fragile, "
            "and the cease-fire may end.",
            fixed="The ceasefire held. Both sides said the ceasefire was fragile, "
            "and the ceasefire may end.",
        ),
        Example(
            "Zelenskyy met envoys. Zelenskyy's aides said Zelensky would travel.",
            fixed="Zelenskyy met envoys. Zelenskyy's aides said Zelenskyy would travel.",
        ),
        Example(
            "Türkiye hosted the talks. Officials in Türkiye and Turkiye agreed.",
            fixed="Türkiye hosted the talks. Officials in Türkiye and Türkiye agreed.",
        ),
    )
    good = (
        "The players will re-sign next week. The captain did not resign.",
        "He hopes to recover the money and re-cover the roof.",
        "A long-term plan is needed in the long term.",
        "Send an email. Emails are free.",
        "She updated her résumé before talks resume.",
    )

    def check(self, doc: Document, report: Reporter) -> None:
        if not _variants_possible(doc):
            return
        # Two forms of one word differ by a hyphen, an accent (a non-ASCII letter), a
        # final `yy` or a capital possessive `'S` (the only way forms that differ by
        # the possessive alone count as two); otherwise they share their stem, so the
        # candidates are such words and the plain words with the same variant key.
        vkeys: set[str] = set()
        special: set[str] = set()
        found = scan_words(doc, _VARIANT_RE)
        if _has_non_ascii_letter(doc_text(doc)[0]):  # else only digits, which never count
            found += scan_words(doc, _NON_ASCII_LETTER_RE)
        for _, w in found:
            key = w.text.lower()
            vkey = _variant_key(key)
            if vkey is not None:
                vkeys.add(vkey)
                special.add(key)
        if not vkeys:
            return
        index = words_by_key(doc, _groupable(doc, special, vkeys))
        groups: dict[str, list[str]] = {}
        for key in index:
            vkey = _variant_key(key)
            if vkey is not None:
                groups.setdefault(vkey, []).append(key)
        for keys in groups.values():
            if len(keys) > 1:
                common, names = _forms_by_kind(index, keys)
                self._report_forms(common, report, lower=True)
                self._report_forms(names, report, lower=False)

    def _report_forms(
        self, forms: dict[str, list[Occurrence]], report: Reporter, *, lower: bool
    ) -> None:
        """Report the minority forms; `lower` for common words, whose fix is lowercase."""
        if len(forms) < 2:
            return  # only the possessive or the case differed
        ranked = sorted(
            forms.items(), key=lambda kv: (-len(kv[1]), min((b.index, s) for b, s, _, _ in kv[1]))
        )
        _, dom_occs = ranked[0]
        if len(dom_occs) < 2 or len(dom_occs) == len(ranked[1][1]):
            return  # no established form: a tie is not a slip we can name
        dom_surface = ranked[0][0] if lower else _most_common_surface(dom_occs)
        for _, occs in ranked[1:]:
            for block, start, end, surface in occs:
                if block.in_quotes(start, end) and _fold(surface) == _fold(dom_surface):
                    continue  # a quotation keeps its source's accents ("en el Bernabéu")
                fixed = _match_case(surface, dom_surface)
                report(
                    block,
                    start,
                    end,
                    f'"{surface}" is written "{dom_surface}" '
                    f"{_plural(len(dom_occs), 'time')} in this story against "
                    f'{_plural(len(occs), "time")} as "{surface}"; write "{fixed}".',
                    replacement=fixed,
                    applicability="unsafe",
                )


def _groupable(doc: Document, special: set[str], vkeys: set[str]) -> set[str]:
    """The words worth finding: the special ones and the plain forms of their variant
    keys (`ceasefire`, `ceasefire's`), each only if another of them shares its key.

    Leaving out the rest changes no group of two or more, the only ones reported:
    a plain form can occur only if its letters are a letter run of the document.
    """
    runs = letter_runs(doc) if doc_text(doc)[1] is not None else None
    keys = set(special)
    for v in vkeys:
        if runs is None or v in runs:
            keys.update((v, v + "'s", v + "’s"))
    counts = Counter(map(_variant_key, keys))
    return {k for k in keys if (vkey := _variant_key(k)) is not None and counts[vkey] > 1}


def _variants_possible(doc: Document) -> bool:
    """Whether two forms of one word may occur (False only when none can: no false negatives).

    Two forms differ by a capital possessive ending one (`KYIV'S` keeps its `'S`), or
    one of them holds a hyphen, a final `yy` or a non-ASCII letter. A `yy`, a
    non-ASCII letter or such a possessive anywhere sends the document on (rare);
    else only hyphenated words are left, and one clashes only with the same letters
    unhyphenated (a letter run) or hyphenated otherwise. All tests are C-level.
    """
    joined, low, _ = doc_text(doc)
    if low is None or "yy" in low or _has_non_ascii_letter(joined):
        return True
    if ("'S" in joined or "’S" in joined) and _CAPITAL_POSSESSIVE_RE.search(joined):
        return True  # the substring tests spare most texts the pattern
    return _compounds_clash(low, letter_runs(doc))


def _has_non_ascii_letter(text: str) -> bool:
    """Whether `text` holds a non-ASCII letter (as `letter_runs` counts letters).

    Deleting the ASCII bytes of its UTF-8 leaves the few curly quotes, dashes and
    accented letters: much cheaper than a pattern over the whole text.
    """
    if text.isascii():
        return False
    utf8 = text.encode("utf-8", "surrogatepass")  # a lone surrogate is no letter
    rest = utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return _LETTER_RE.search(rest) is not None


def _compounds_clash(low: str, runs: frozenset[str]) -> bool:
    """Whether a hyphenated chain of letter runs shares its letters with a letter run
    or with a chain hyphenated differently (`cease-fire`/`ceasefire`), or ends in `yy`."""
    tails = _CHAIN_TAIL_RE.findall(low)
    if not tails:
        return False
    # The reversed text gives each chain's first run, reversed, last chain first:
    # reversing their join restores both.
    heads = "\n".join(_CHAIN_HEAD_REVERSED_RE.findall(low[::-1]))[::-1].split("\n")
    if len(heads) != len(tails):
        return True  # cannot happen; be safe rather than silent
    chains = list(set(map("{}-{}".format, heads, tails)))
    letters = "\n".join(chains).replace("-", "") + "\n"
    if "yy\n" in letters:
        return True  # `_variant_key` drops the final y of these
    unhyphenated = letters[:-1].split("\n")
    return len(set(unhyphenated)) < len(chains) or not runs.isdisjoint(unhyphenated)


def _fold(text: str) -> str:
    """Lowercase without accents: the part two accent variants share."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _forms_by_kind(
    index: dict[str, list[tuple[Block, Word]]], keys: list[str]
) -> tuple[dict[str, list[Occurrence]], dict[str, list[Occurrence]]]:
    """Occurrences by form, names apart from common words (`Email Systems` vs `e-mail`).

    A word capitalised mid-sentence or in a headline is a name; lowercase and
    sentence-initial words are common words; the two never compete.
    """
    tagged: dict[str, list[tuple[str, Occurrence]]] = {}
    for key in keys:
        for block, word in index[key]:
            base = _POSSESSIVE_RE.sub("", word.text)
            occ = (block, word.start, word.start + len(base), base)
            tagged.setdefault(base.lower(), []).append((_word_kind(block, word.start, base), occ))
    common: dict[str, list[Occurrence]] = {}
    names: dict[str, list[Occurrence]] = {}
    named = any(kind == "name" for occs in tagged.values() for kind, _ in occs)
    for form, occs in tagged.items():
        c, n = _split_names(occs, named)
        if c:
            common[form] = c
        if n:
            names[form] = n
    return common, names


def _most_common_surface(occs: list[Occurrence]) -> str:
    """A name's dominant form as usually written (`Türkiye`, not `TÜRKIYE`)."""
    counts: dict[str, int] = {}
    for *_, surface in occs:
        counts[surface] = counts.get(surface, 0) + 1
    return max(counts, key=lambda s: (not s.isupper(), counts[s]))
