"""Repetition: a word typed twice (`the the`) and an adverb used twice in a sentence.

Doubled words are the commonest slip that spell-checkers miss, but English
has legitimate doubles (`had had`, `that that`), names (`Duran Duran`, `Bora
Bora`), song and show titles (`Please Please Me`), tennis scores and phone
numbers, and spoken intensifiers (`really really`, `no no no`). The rule
only speaks when the second word is lowercase and none of those readings
fits, so it can stay on by default with a safe fix.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import compress, islice
from operator import eq

from newslint.document import (
    SMALL_DOC,
    Block,
    Document,
    Word,
    doc_text,
    word_after,
    word_at,
    word_before,
)
from newslint.rule import Example, Reporter, Rule
from newslint.word_bytes import Words, document_words, marked_word_bytes

# Only whitespace (a line break included) between the two words: "the, the" is prose.
_GAP_RE = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")
# Where a doubled word can be: a word, such a gap, and the same letters again in any
# case, ending the word (or before a digit: `don't` ends before `5`). A C-level
# pre-filter; each hit is checked against the exact words.
_DOUBLED_RE = re.compile(
    r"(?<![^\W_])((?>[^\W_]++(?:[-–'’][^\W_]++)*+))(?=[ \t\u00a0\n])"
    r"[ \t\u00a0]*+\n?[ \t\u00a0]*+(?i:\1)(?:(?![^\W_])|(?=\d))"
)
# Where `re`'s case-insensitive back-reference and str.lower() may disagree.
_CASE_EXOTIC = ("İ", "Σ")
# The end of a word ending in -ly: where an -ly adverb can be.
_LY_RE = re.compile(r"ly(?![^\W_])")
_DIGITS = b"0123456789"
# Two equal tokens with only spaces between, in \x01 + `marked_word_bytes`.
_SPACED_PAIR_RE = re.compile(rb"[ \x01\x02]([^ \x01\x02]+) +\1(?![^ \x01\x02])")
_SEPARATORS = b" \x01\x02"  # what stands between tokens in `marked_word_bytes`

# Doubles that are grammatical ("he had had enough") or spoken emphasis.
ALWAYS_FINE: frozenset[str] = frozenset(
    [
        "had",
        "very",
        "really",
        "so",
        "no",
        "yes",
        "yeah",
        "yep",
        "bye",
        "knock",
        "tut",
        "ha",
        "ho",
        "hee",
        "hip",
        "hush",
        "pom",
        "chop",
        "boo",
        "blah",
        "bla",
        "la",
        "da",
        "tsk",
        "tick",
        "tock",
        "tom",
        "ding",
        "dong",
        "beep",
        "bang",
        "clap",
        "cha",
        "choo",
        "chug",
        "go",
        "quack",
        "woof",
        "meow",
        "baa",
        "hear",
        "oh",
        "ah",
        "aha",
        "wow",
        "well",
        "now",
        "many",
        "much",
        "far",
        "more",
        "ever",
        "too",
        "again",
        "over",
        "round",
        "around",
        "bit",
        "little",
    ]
)
# "that that announcement" is fine; "that that the likelihood" is a slip.
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your"]
)
# "Add to this this new law": after a preposition the second "this" is a determiner.
_PREPOSITIONS = frozenset(
    [
        "to",
        "of",
        "with",
        "about",
        "on",
        "from",
        "for",
        "at",
        "by",
        "in",
        "into",
        "onto",
        "like",
        "than",
        "over",
        "under",
        "after",
        "before",
    ]
)
# "waiting for for years": a duration after the doubled "for".
_DURATIONS = frozenset(
    [
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "hour",
        "minutes",
        "minute",
        "seconds",
        "decades",
        "decade",
        "ages",
        "centuries",
        "century",
        "generations",
        "long",
        "so",
        "too",
        "some",
        "most",
        "much",
        "several",
        "the",
        "a",
        "an",
        "at",
        "more",
        "nearly",
        "almost",
        "about",
        "over",
        "up",
        "around",
        "just",
        "another",
    ]
)
# "the situation we've been placed in in the past": a stranded preposition.
_STRANDING_VERBS = frozenset(
    [
        "placed",
        "involved",
        "interested",
        "engaged",
        "invested",
        "believe",
        "believes",
        "believed",
        "participate",
        "participated",
        "participating",
        "trapped",
        "stuck",
        "caught",
    ]
)
# "what it is is a disgrace": a clause as subject.
_IS_SUBJECTS = frozenset(["it", "this", "that", "what"])


def _has_digit(text: str) -> bool:
    """Numbers and scores repeat legitimately (`6-3 6-3`, `505 505`)."""
    return any(c.isdigit() for c in text)


def _is_name_pair(block: Block, first: Word, second: Word) -> bool:
    """Capitalised doubles are names and titles (`Duran Duran`, `Lord Bingham` after `lord`)."""
    if not second.text[0].islower():
        return True
    # "Will will go": a person named Will
    return first.text[0].isupper() and not _starts_sentence(block, first.start)


def _starts_sentence(block: Block, i: int) -> bool:
    """Whether offset i is the first word of a sentence (quotes and brackets skipped)."""
    j = i - 1
    while j >= 0 and block.text[j] in " \t\n\"'“‘([":
        j -= 1
    return j < 0 or block.text[j] in ".!?:…"


def _legitimate(word: str, prev: str | None, nxt: str | None) -> bool:
    """Whether a lowercase double is grammatical in its context."""
    if word in ALWAYS_FINE:
        return True
    if word == "that":
        return nxt not in _DETERMINERS
    if word == "this":
        return prev in _PREPOSITIONS
    if word == "for":
        return nxt in _DURATIONS or (nxt is not None and nxt[:1].isdigit())
    if word == "in":
        return prev in _STRANDING_VERBS
    if word == "is":
        return prev in _IS_SUBJECTS
    return False


class DoubledWord(Rule):
    id = "repetition.doubled-word"
    summary = "A word typed twice in a row (`the the`)."
    explanation = """\
## What it flags
The same word twice in a row, separated only by spaces or a line break:
`the the`, `for for`, `to\\nto`. Case does not matter for the first word
(`The the`), but the second must be lowercase.

## Why
A doubled word is the classic slip of fast editing; the eye skips it and
spell-checkers accept it.

## What it leaves alone
Grammatical doubles (`had had`, `that that announcement`, `waiting for for
years`, `add to this this law`, `what it is is`), names and titles, which are
capitalised (`Duran Duran`, `Please Please Me`, `Bora Bora`, `lord Lord
Bingham`), numbers and scores (`6-3 6-3`), and spoken emphasis (`really
really`, `no no no`, `bye bye`).

## Fix safety
Safe: the fix deletes the second word and the space before it.
"""
    severity = "warning"
    fix = "always"
    bad = (
        Example(
            "The gains tracked the the surge in prices.",
            fixed="The gains tracked the surge in prices.",
        ),
        Example(
            "They will not take voters for for granted.",
            fixed="They will not take voters for granted.",
        ),
        Example(
            "Exports will grow in\nin coming months.", fixed="Exports will grow in coming months."
        ),
        Example("The the board met on Monday.", fixed="The board met on Monday."),
        Example(
            "I'd say that that the likelihood is low.", fixed="I'd say that the likelihood is low."
        ),
    )
    good = (
        "He said he had had enough of the work.",
        "We can tell our audience that that programme is paid for.",
        "The moment I've been waiting for for years, said Moya.",
        "Add to this this new legislation.",
        "Chart stars Duran Duran are to appear in a special.",
        "The Beatles' suits from the Please Please Me cover sold well.",
        "Senior law lord Lord Bingham said the rules were wrong.",
        "He won 6-3 6-3 in the final.",
        '"I\'m always really really nervous," Cook said.',
        'Fans scream "no no no no" at the screen.',
        "What it is is a disgrace.",
        "The situation we've been placed in in the past year was hard.",
    )

    def check(self, doc: Document, report: Reporter) -> None:
        words = document_words(doc) if len(doc_text(doc)[0]) <= SMALL_DOC else None
        if words is None:  # a long document, or lower-casing moves offsets: every block
            super().check(doc, report)
            return
        for k in _blocks_with_double(doc, words):
            block = doc.blocks[k]
            if block.role in self.roles:
                self.check_block(block, report)

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        for first, second in _same_word_pairs(block):
            if not _GAP_RE.fullmatch(text, first.end, second.start) or first.end == second.start:
                continue
            if _has_digit(second.text) or _is_name_pair(block, first, second):
                continue
            word = second.text.lower()
            before, after = word_before(text, first.start), word_after(text, second.end)
            prev = before.text.lower() if before else None
            nxt = after.text.lower() if after else None
            if nxt == word or _legitimate(word, prev, nxt):
                continue  # a triple is deliberate ("no no no")
            if prev == word:
                continue
            report(
                block,
                first.start,
                second.end,
                f'"{first.text} {second.text}" repeats a word; write "{first.text}".',
                edits=[(first.end, second.end, "")],
                applicability="safe",
            )


def _blocks_with_double(doc: Document, words: Words) -> Iterable[int]:
    """Indexes of the blocks of `doc` that may report a doubled word, in order.

    A reported pair is two words without digits, equal once lower-cased,
    with only spaces, tabs, no-break spaces and one newline between: in
    `word_bytes` two equal tokens in a row (a joiner beside either word is
    dropped or made a space, or it would have joined the word to a letter).
    Sentences often end and begin with the same word ("it. It"), so such a
    document is looked at again with the gaps shown (`marked_word_bytes`,
    \x02 between blocks): the pair needs only spaces between its tokens.
    One regex pass over every block costs ~0.2 s on 3.7 MB; this rules out
    almost every document and block.
    """
    if words.letters_then_digit:
        return range(len(doc.blocks))  # don't don't5: the second token runs into the digit
    doubled = _doubled_tokens(words.tokens)
    if not doubled:
        return ()
    _, low, starts = doc_text(doc)
    if "\x02" in low:
        return range(len(doc.blocks))
    ends = [start - 1 for start in starts[1:]] + [len(low)]
    marked = b"\x01" + marked_word_bytes(
        "\x02".join([low[s:e] for s, e in zip(starts, ends, strict=True)])
    )
    # A pair never spans blocks, and one that a search steps over shares its
    # block with the pair found before it.
    if len(doubled) <= 8:  # a search per word, each for the word itself: fast
        starts_at = [pos for t in doubled for pos in _spaced_pair_starts(t, marked)]
    else:  # many words: one pass for all
        starts_at = [m.start(1) for m in _SPACED_PAIR_RE.finditer(marked)]
    found: list[int] = []
    k = last = 0
    for pos in sorted(starts_at):
        k += marked.count(b"\x02", last, pos)
        last = pos
        if not found or found[-1] != k:
            found.append(k)
    return found


def _doubled_tokens(tokens: list[bytes]) -> set[bytes]:
    """The tokens (`Words.tokens`) without digits that follow themselves.

    A C-level comparison of neighbours (`map(eq, …)`): measured in a full
    run, faster than a back-referencing search of `Words.text` for a token
    repeated, which must try every space."""
    return {
        t
        for t in compress(tokens, map(eq, tokens, islice(tokens, 1, None)))
        if len(t.translate(None, _DIGITS)) == len(t)
    }


def _spaced_pair_starts(token: bytes, marked: bytes) -> Iterator[int]:
    """Where `token` stands twice with only spaces between, each whole (in
    \x01 + `marked_word_bytes`), left to right without overlaps.

    What `finditer` of `token(?<=[ \x01\x02]token) +token(?![^ \x01\x02])`
    gives, without a pattern compiled per token (tens to hundreds of µs each,
    in every process): `token` holds no separator, so the spaces between the
    two are the whole run after the first."""
    n, size = len(token), len(marked)
    needle = token + b" "
    pos = 0
    while (s := marked.find(needle, pos)) >= 0:
        pos = s + 1
        if s == 0 or marked[s - 1] not in _SEPARATORS:
            continue
        j = s + n + 1
        while j < size and marked[j] == 32:  # the rest of the spaces
            j += 1
        e = j + n
        if marked.startswith(token, j) and (e == size or marked[e] in _SEPARATORS):
            yield s
            pos = e


def _same_word_pairs(block: Block) -> Iterator[tuple[Word, Word]]:
    """Consecutive words of the block equal but for case, in text order."""
    text = block.text
    if any(c in text for c in _CASE_EXOTIC):
        words = block.words
        for k in range(1, len(words)):
            if words[k - 1].text.lower() == words[k].text.lower():
                yield words[k - 1], words[k]
        return
    pos = 0
    search = _DOUBLED_RE.search
    while (m := search(text, pos)) is not None:
        s1, e1 = m.span(1)
        s2 = m.end() - (e1 - s1)
        first = word_at(text, s1)
        second = word_at(text, s2) if first is not None and first.end == e1 else None
        if (
            first is None
            or first.start != s1
            or second is None
            or second.start != s2
            or first.text.lower() != second.text.lower()
        ):
            pos = m.start() + 1
            continue
        yield first, second
        pos = s2


# -ly words that are not manner adverbs, or that speech repeats naturally.
_NOT_ADVERBS = frozenset(
    [
        "family",
        "likely",
        "unlikely",
        "only",
        "early",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "quarterly",
        "hourly",
        "nightly",
        "fortnightly",
        "elderly",
        "friendly",
        "unfriendly",
        "lonely",
        "lovely",
        "ugly",
        "holy",
        "silly",
        "assembly",
        "supply",
        "apply",
        "reply",
        "rely",
        "italy",
        "july",
        "rally",
        "ally",
        "belly",
        "bully",
        "jelly",
        "monopoly",
        "anomaly",
        "costly",
        "deadly",
        "orderly",
        "lively",
        "timely",
        "untimely",
        "manly",
        "worldly",
        "scholarly",
        "heavenly",
        "ghastly",
        "cowardly",
        "leisurely",
        "melancholy",
        "homely",
        "comely",
        "wily",
        "curly",
        "burly",
        "surly",
        "firstly",
        "secondly",
        "thirdly",
        "lastly",
        "finally",
        "really",
        "partly",
    ]
)


class WordInSentence(Rule):
    id = "repetition.word-in-sentence"
    summary = "The same adverb used twice in one sentence."
    explanation = """\
## What it flags
An adverb ending in -ly used twice in one sentence outside quotation marks:
`has repeatedly pushed back … and repeatedly called for`.

## Why
The echo reads as careless and weakens both uses; one of them can usually go
or be replaced.

## What it leaves alone
Quoted speech (people repeat themselves), deliberate pairings (`partly
because … and partly because`), adjectives ending in -ly (`daily`, `likely`,
`family`), and nouns, which news copy rightly repeats for clarity (`million`,
`government`).

## Fix safety
No fix: choosing the word to cut needs an editor.
"""
    severity = "info"
    default_enabled = False  # info-level checks are opt-in: extend-select them
    fix = "never"
    bad = ("The Kremlin has repeatedly pushed back, having repeatedly called for talks.",)
    good = (
        "The Kremlin has repeatedly pushed back. It has repeatedly called for talks.",
        'He said: "It is really, really hard and I really mean it."',
        "The daily paper and the daily show merged.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        found: list[tuple[Word, str]] = []
        for m in _LY_RE.finditer(text):
            w = word_at(text, m.start())
            if w is None or w.end != m.end():
                continue
            t = w.text
            if len(t) < 6 or not t.isalpha():
                continue
            low = t.lower()
            if low in _NOT_ADVERBS or (t[0].isupper() and not _starts_sentence(block, w.start)):
                continue
            found.append((w, low))
        if len({low for _, low in found}) == len(found):
            return  # no adverb twice in the block, let alone in a sentence
        sentences = block.sentences
        seen: dict[tuple[int, str], list[Word]] = defaultdict(list)
        si = 0
        for w, low in found:
            while si < len(sentences) - 1 and w.start >= sentences[si][1]:
                si += 1
            if block.in_quotes(w.start, w.end):
                continue
            seen[(si, low)].append(w)
        for ws in seen.values():
            if len(ws) < 2:
                continue
            first = ws[0]
            times = "twice" if len(ws) == 2 else f"{len(ws)} times"
            report(
                block,
                first.start,
                first.end,
                f'"{first.text}" is used {times} in this sentence; cut or vary one of them.',
            )
