"""Capitalisation: proper nouns written in lowercase, sentences that start lowercase.

The document is its own style guide: a word it capitalises in mid-sentence
again and again is a proper noun, so the one place it is written in
lowercase is a slip (`istanbul Talks` in a story that says Istanbul
throughout). The hard part is precision: many names are also ordinary
words (Bill/bill, Labour/labour, Virgin/virgin), so a word English uses in
lowercase needs more evidence before it is flagged.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from newslint import patterns, trie
from newslint.document import (
    _ABBREV_BEFORE_DOT,
    _ALNUM_RE,
    _TOKEN_BEFORE,
    BODY_ROLES,
    LETTER_RUN_RE,
    SMALL_DOC,
    WORD_RE,
    Block,
    Document,
    Word,
    _is_abbreviation,
    doc_text,
    word_at,
    words_by_key,
)
from newslint.rule import Example, Reporter, Rule
from newslint.rules.headline import case_style
from newslint.rules.names import NAME_PARTICLES

# Ordinary English words that are also names, places, brands or parties. When
# one of these is written in lowercase, the document's capitalised use is not
# enough evidence on its own: the lowercase word must sit in the name it
# belongs to (`Nicolas cage` beside `Nicolas Cage`) or follow a title (`Mr`).
COMMON_WORDS = frozenset(
    """
    a abbey able about above academy act action adam advance age agency air alliance
    all also amber an and angel angels apple april arch archer army arrow arsenal
    art arts as ash assembly association at august autumn award awards baker bank
    banks bar baron bass bath bay beach bear bears bell bells bench best big bill
    bills bird bishop black blue blues board bob body bond booker boots born boss
    bowl box boy boys bradford branch brand bridge bright brook brooks brother brothers
    brown buck budget bull bulls bunch burns bush butler by cabinet cage call camp
    campbell can cannon capital cardinal carpenter carter cash castle cat cave centre
    center chamber champion champions chancellor chapel chapter charity chart chase
    cherry chief child china christian church circle cities citizen city civic civil
    clay clear cliff close club co coach coast code cole college colonel commission
    committee common commons commonwealth community company conference congress
    conservative conservatives constable constitution cook cooper corporation cost
    council counsel count country county court cox craft crane cross crown crystal
    cup customs daily dale dance dawn day days dean deal democrat democratic democrats
    department deputy desert design development diamond digital direct director
    district dock doctor dole dome down drake dream drew duke dune earl earth east
    eastern echo edge education election embassy empire energy england? english
    enterprise entertainment environment equity estate euro eve evening event evening
    exchange executive express faith fall falls family farm farmer father federal
    federation fellow field fields film finance finch fisher fleet flint flower ford
    foreign forest fort fortune forum foster fox frank free friday friend friends
    front fund future gallery game games garden gate general gentle german giant
    glass global glory gold golden good gordon government governor grace graham grand
    grant gray great green grey ground group grove guard guardian guild gulf guy hall
    hammer hand harbour hardy harper harris? hart harvest hawk hay head health heart
    heath herald heritage high highway hill hills holiday holly home hood hope horn
    house houses howard hunt hunter independent industry information inn institute
    interior internal international iris island islands ivy jack jade james? jewel
    joy judge june junior justice keen key king kingdom kings knight labour lady lake
    land lane law lawrence leader league lee left legal liberal liberals liberty
    library life light lily lincoln line link lion lions little live local lodge long
    lord lords lotus love low lower major mall man manor march marine mark market
    marsh martin mason master matt may mayor media medical member members mercury
    mid middle miles mill miller mills minister ministry mint mission mobile modern
    monday money moon moss mother motor mount mountain museum music nation national
    nations native navy new news next noble north northern nurse oak ocean office
    officer old online open opera orange order organisation organization palace palm
    paradise park parker parliament parry party pass patch pat peace peak pearl penny
    people pepper petty pike pine pink pitt place plain planet plant plaza pole police
    pool poor pope port post pound power powers premier premiership president press
    price primary prime prince princess prison private prize probe program programme
    project prospect providence provost public quarry queen race radio rain range
    ranger rangers rapid raven ray read real record red reed reform region regional
    republic republican republicans research reserve review rice rich ridge right ring
    river road robin rock rocks rose ross round rover royal ruby rugby rule rush sage
    saint sales sands saturday savage school science sea seal season second secretary
    security select senate senator senior service services sergeant shadow share
    sharp shaw shell sheriff ship shepherd shore short silver singer sky smart smith
    social society soldier son sons south southern space sparrow speaker special
    spencer spring square squash stage standard star stars start state states station
    steel sterling stock stone storm strand street strong studio studios summer
    summit sun sunday super supreme supply swan swift table talent tax taylor team
    temple territory test thursday tiger time times tomorrow top tory tower towers
    town trade traffic transport travel treasury tree trinity trust tuesday turkey
    turner union unit united unity universal university upper valley van vale vice
    victoria victory view village vine virgin vision voice wall walker war ward
    warner water waters watt wave way wednesday welfare well wells west western white
    whitehall wild will winter wise wolf wood woods word work works world worth
    worthy wright yard year york young youth zone
    about after again against all also although among and another any are around as
    at because before being below between both but can could did does down during
    each either even ever every few for from further had has have having here how
    however if in into its just least less many more most much must neither never
    no nor not now off often on once one only other our out over own same several
    should since so some still such than that the their them then there these they
    this those though through thus till too toward towards under unless until very
    was were what whatever when whenever where whereas whether which while who whom
    whose why with within without would yes yet
    aids commission dam exhibition flight freedom governance growth labs link mini
    mobile mobiles prison rights run song sevens stadium records magazine expo
    """.replace("?", "").split()
)
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "lord",
        "lady",
        "dame",
        "rev",
        "st",
        "president",
        "senator",
        "sen",
        "gov",
        "general",
        "gen",
        "captain",
        "capt",
        "colonel",
        "col",
        "sergeant",
        "sgt",
        "judge",
        "justice",
        "king",
        "queen",
        "prince",
        "princess",
        "duke",
        "saint",
    ]
)
# Name particles that stay lowercase inside names (Robin van Persie, Arjan de Zeeuw).
_PARTICLES = NAME_PARTICLES
# Words before a lowercase noun that mark it as an ordinary word (`the bill`).
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "any",
        "no",
        "every",
        "each",
        "another",
        "such",
        "what",
        "which",
        "whose",
        "one",
        "two",
        "three",
        "many",
        "more",
        "most",
        "few",
        "less",
        "all",
        "both",
    ]
)
# Small words inside names: Bank of England, Fuel for Growth.
_CONNECTORS = frozenset(["of", "for", "and", "the", "de", "on", "in", "to"])
_BODY_PLUS_HEADS = BODY_ROLES | {"headline", "subhead"}
_LEAD_IN_RE = re.compile(r"[\W_]*")
# What may separate two words of one name: spaces, and quote marks (`"New" Labour`).
_NAME_GAP = " \"“”‘’'"
# -- where a capitalised word can be strong evidence ---------------------------
# The scan below finds, for each capitalised word that may be strong evidence
# (`_Evidence.add`), its first run of letters and digits: `Istanbul` of
# `Istanbul's`, which lowercases to the word's base (a possessive or joined
# tail either folds away or makes the base no plain word).
#
# Every character `str.isupper` accepts in a word (A-Z, Latin-1 capitals, and
# anything past U+00FF but general punctuation), as the leading character class
# of the pattern, so that the engine skips to candidates in C. Written as what
# it leaves out: a class reaching U+10FFFF takes milliseconds to compile.
_CAP_CHAR = r"[^\x00-@\[-¿×ß-ÿ\u2000-\u206f]"
# After that first character: a letter or digit where a word starts (as WORD_RE
# splits text: not after a letter or digit, nor after one and a joiner).
_WORD_START = r"(?<=[^\W_])(?<![^\W_].)(?<![^\W_][-–'’].)"
# What `_sentence_initial` always calls a sentence start, as checks behind the
# first character: the start of the text, a lead-in mark (`:"“‘'-–—(•*`) right
# before the word or before one space, and one of `!?…` or a full stop that
# surely ends a sentence (`_plain_stop`), with at most one closing mark, then
# one space. A newline counts as a space: blocks may hold newlines.
_LEAD_MARKS = r":\"“‘'\-–—(•*"
_SPACE = r"[ \t\n\xa0]"
_CLOSER = r"[\"”’')\]]"
# Where every newline separates two blocks, a word right after one (or after one
# and a space) starts its block.
_BLOCK_START = rf"(?<!\n.)(?<!\n{_SPACE}.)"
# The common case, checked first: an ASCII capital after a space that follows a
# letter, a digit, `,`, `;` or `%`, which none of the checks above rejects.
_MID_SENTENCE = r"(?<=[A-Za-z0-9,;%] [A-Z])"
# Words up to this long before a full stop are checked against the abbreviations.
_LONGEST_CHECKED = 15


def _plain_stop() -> str:
    """Checks behind a full stop (already matched) that `_is_abbreviation`
    rejects it, so that a sentence ends there: no letter before it, or a whole
    word of 2 to _LONGEST_CHECKED ASCII letters (after a character that is
    neither a letter nor a full stop) that is not a listed abbreviation.
    Anything else (`U.S.`, `J.`, `Mr.`, longer or non-ASCII words) may be an
    abbreviation: the word after it stays a candidate."""
    by_len: dict[int, list[str]] = {}
    for a in sorted(_ABBREV_BEFORE_DOT):
        if "." not in a:
            by_len.setdefault(len(a), []).append(re.escape(a))
    edge = r"(?:[^\w.]|[\d_])"
    alts = [r"(?<=(?:[^\w.!?…]|[\d_])\.)"]
    for k in range(2, _LONGEST_CHECKED + 1):
        alt = rf"(?<={edge}[A-Za-z]{{{k}}}\.)"
        if k in by_len:
            alt += rf"(?<!(?i:{'|'.join(by_len[k])})\.)"
        alts.append(alt)
    return "(?:" + "|".join(alts) + ")"


def _initial() -> str:
    """Negative checks for `_sentence_initial` starts (see above)."""
    stop = r"\." + _plain_stop()
    return (
        rf"(?<!^.)(?<!^{_SPACE}.)(?<![{_LEAD_MARKS}].)(?<![{_LEAD_MARKS}]{_SPACE}.)"
        rf"(?<![^.!?…][!?…]{_SPACE}.)(?<![^.!?…][!?…]{_CLOSER}{_SPACE}.)"
        rf"(?<!{stop}{_SPACE}.)(?<!{stop}{_CLOSER}{_SPACE}.)"
    )


@functools.cache
def _capitalised_word_re() -> re.Pattern[str]:
    """Capitalised words anywhere (for headlines); compiled on first use."""
    return patterns.compile(_CAP_CHAR + _WORD_START + r"[^\W_]*")


@functools.cache
def _strong_word_re(blocks_end_lines: bool) -> re.Pattern[str]:
    """Capitalised words outside sentence starts (`_initial`), for text whose
    newlines all separate blocks or for any text; compiled on first use."""
    checks = (_BLOCK_START if blocks_end_lines else "") + _initial()
    return patterns.compile(f"{_CAP_CHAR}(?:{_MID_SENTENCE}|{_WORD_START}{checks})" + r"[^\W_]*")


# What joins two parts of one word (WORD_RE): don't, cease-fire.
_JOINERS = "'’-–"
# Headline words that start in lowercase (case_style's words are ASCII letters).
_LOWER_START_RE = re.compile(r"(?<![A-Za-z])[a-z]")
# Bytes: ASCII lowercase letters stay, every other byte becomes a space.
_ASCII_LOWER_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Bytes: ASCII lowercase letters and UTF-8 bytes stay; ASCII capitals, digits
# and the joiners ' and - become `#`; the rest (spaces, ASCII punctuation) a
# space. A token that is a lowercase word (letters only) is that word, whole.
_PLAIN_WORDS = bytes(
    c if 97 <= c <= 122 or c >= 128 else 35 if chr(c).isalnum() or c in b"'-" else 32
    for c in range(256)
)
_RUNS_KEY = "newslint.capitalization.lowercase_runs"
_PLAIN_KEY = "newslint.capitalization.plain_words"
# Up to this many words to look for, a C-level search each (`list.count`,
# `str.find`) beats a pass that takes them all at once.
_FEW_HITS = 16


# A full stop, then spaces, then a lowercase word. Only full stops: `?` and `!`
# end titles inside sentences (`Shall We Dance? at number three`, `Wham! partner`).
# (ASCII capitals are skipped in C: only a lowercase start is reported.)
_SENTENCE_GAP_RE = re.compile(r"(\.)( +)((?![A-Z])[^\W\d_][\w'’-]*)")


def _title_form(text: str) -> bool:
    """A word written like a name: capital first, not all capitals (`Istanbul`)."""
    return text[:1].isupper() and not text.isupper()


def _sentence_initial(block: Block, w: Word) -> bool:
    """Whether only punctuation (quotes, dashes, brackets) precedes the word in its sentence.

    Colons and quotation marks also start a capitalised run (`said: "The`).
    """
    start, _ = block.sentence_at(w.start)
    lead = block.text[start : w.start]
    if _LEAD_IN_RE.fullmatch(lead):
        return True
    tail = lead.rstrip()
    return bool(tail) and tail[-1] in ":\"“‘'-–—(•*"


def _prev_word(text: str, start: int) -> Word | None:
    """The word before the word at `start`, if only a name gap separates them."""
    g = start
    while g > 0 and text[g - 1] in _NAME_GAP:
        g -= 1
    if g == start or g == 0 or not text[g - 1].isalnum():
        return None
    return word_at(text, g - 1)


def _next_word(text: str, end: int) -> Word | None:
    """The word after the word ending at `end`, if only a name gap separates them."""
    j = end
    n = len(text)
    while j < n and text[j] in _NAME_GAP:
        j += 1
    if j in (end, n) or not text[j].isalnum():
        return None
    m = WORD_RE.match(text, j)
    return tuple.__new__(Word, (*m.span(), m.group())) if m else None


def _context_words(block: Block, w: Word | None) -> tuple[str, str]:
    """The words right before and after `w`, if only a space separates them."""
    if w is None:
        return "", ""
    p = _prev_word(block.text, w.start)
    n = _next_word(block.text, w.end)
    return (p.text if p else ""), (n.text if n else "")


class ProperNoun(Rule):
    id = "capitalization.proper-noun"
    summary = "A proper noun the document capitalises is written in lowercase."
    explanation = """\
## What it flags
A word the document capitalises in mid-sentence (so a proper noun: `Istanbul`,
`Reuters`) written in lowercase elsewhere in the same document: `istanbul
Talks`, `media group reuters`. The fix uses the document's own dominant form.

Not flagged: words the document also uses in lowercase as ordinary words,
ordinary English words that double as names (Bill/bill, May/may,
Labour/labour) unless the lowercase word sits inside the name it belongs to
(`Nicolas cage` beside `Nicolas Cage`) or follows a title (`Mr`), text inside
quotation marks, brand names with inner capitals (`iPod`), hashtags, handles,
URLs and e-mail addresses.

## Why
A lowercased name is a typo readers notice at once, and the rest of the
story shows how it should be written.

## Fix safety
Safe: the word takes the form the document uses everywhere else.
"""
    severity = "warning"
    fix = "always"
    bad = (
        Example(
            "Talks in Istanbul\n\nThe talks in Istanbul begin today. Delegates flew to "
            "Istanbul overnight.\n\nistanbul Talks: what next",
            fixed="Talks in Istanbul\n\nThe talks in Istanbul begin today. Delegates flew to "
            "Istanbul overnight.\n\nIstanbul Talks: what next",
        ),
        Example(
            "Film tops chart\n\nThe new film from Nicolas Cage topped the chart. Critics said "
            "Nicolas Cage was on form.\n\nA spokesman for Nicolas cage was delighted.",
            fixed="Film tops chart\n\nThe new film from Nicolas Cage topped the chart. Critics "
            "said Nicolas Cage was on form.\n\nA spokesman for Nicolas Cage was delighted.",
        ),
    )
    good = (
        "Bill passes\n\nMinisters backed Bill Smith, and Bill Jones agreed. The bill now goes "
        "to the Lords.",
        "Rose wins\n\nThe singer Rose won, and Rose thanked fans. Sales rose by 5%.",
        "Apple results\n\nSales of the iPod rose, and iPod users cheered. The ipod case sold well.",
        'Talks\n\nThe talks in Paris began. Delegates left Paris later. He wrote "paris is '
        'lovely" on a sign.',
    )

    def check(self, doc: Document, report: Reporter) -> None:
        for base, occurrences in _by_base(doc).items():
            self._check_word(base, occurrences, doc, report)

    def _check_word(
        self, key: str, occurrences: list[_Use], doc: Document, report: Reporter
    ) -> None:
        lower = [u for u in occurrences if u.base == key]
        if not lower or len(lower) == len(occurrences) or key in _PARTICLES:
            return
        titled = [u for u in occurrences if _title_form(u.base)]
        if not _could_flag(key, lower, titled):
            return
        ev = _Evidence(doc)
        for u in titled:
            ev.add(u)
        if ev.strong == 0 or len(lower) > max(1, ev.strong // 4):
            return
        form = ev.form()
        name_ok = key not in COMMON_WORDS and ev.is_name()
        for u in lower:
            b, w = u.block, u.word
            if b.role not in _BODY_PLUS_HEADS or not _candidate(b, w):
                continue
            p = _prev_word(b.text, w.start)
            prev = p.text if p else ""
            before_prev = _context_words(b, p)[0] if p else ""
            if ev.in_name(prev, before_prev, key):
                why = f"the document writes {form!r} in this name"
            elif name_ok and prev.lower() not in _DETERMINERS:
                why = f"the document writes {form!r} elsewhere"
            else:
                continue
            report(
                b,
                w.start,
                w.start + len(key),
                f"{u.base!r} is a proper noun here: {why}; capitalise it as {form!r}.",
                replacement=form,
            )


def _could_flag(key: str, lower: list[_Use], titled: list[_Use]) -> bool:
    """Whether `_check_word` could report one of the `lower` uses, whatever the
    evidence says: cheap context checks that spare most words the sentence
    splitting `_Evidence` needs.

    A use is reported in a name (`in_name`: after a word in title form that a
    title-form use also follows, twice unless it is a title) or as a name the
    document writes alone (`is_name`: not a common word, not after a
    determiner, with two title-form uses, one of which can stand alone).
    """
    prevs: list[str] = []
    for u in lower:
        b, w = u.block, u.word
        if b.role in _BODY_PLUS_HEADS and _candidate(b, w):
            p = _prev_word(b.text, w.start)
            prevs.append(p.text if p else "")
    named = [p for p in prevs if p[:1].isupper() and not p.isupper()]
    if named and _follows_as_in_name(titled, named):
        return True
    if key in COMMON_WORDS or len(titled) < 2:
        return False
    if all(p.lower() in _DETERMINERS for p in prevs):
        return False
    return any(_stands_alone(u.block, u, *_context_words(u.block, u.word)) for u in titled)


def _follows_as_in_name(titled: list[_Use], named: list[str]) -> bool:
    """Whether the title-form uses could give `_Evidence.pairs` an entry that
    `in_name` accepts for one of the words in `named`: a title before one use,
    or another word before two."""
    before = Counter()
    for u in titled:
        p = _prev_word(u.block.text, u.word.start)
        if p is not None and p.text[:1].isupper():
            before[p.text] += 1
            if p.text.lower() in _TITLES:
                before[p.text.lower()] += 1
    for p in named:
        low = p.lower()
        if before[low] >= 1 if low in _TITLES else before[p] >= 2:
            return True
    return False


class _Use:
    """One use of a word: its block, token and base form."""

    __slots__ = ("block", "word", "base")

    def __init__(self, block: Block, word: Word, base: str) -> None:
        self.block, self.word, self.base = block, word, base


def _strip_possessive(key: str) -> str:
    return key[:-2] if key[-2:] in ("'s", "’s") else key


def _by_base(doc: Document) -> dict[str, list[_Use]]:
    """Uses of each word whose lowercase form also occurs, possessives folded in.

    Most documents hold no word `_check_word` could flag, so cheap necessary
    conditions come first: the word is capitalised where that is strong
    evidence (`_strong_bounds`), the document writes it in lowercase, rarely
    enough for the evidence (`_check_word` needs 1 <= lowercase uses <=
    max(1, strong // 4)), and once where a lowercase use can be flagged
    (`_title_uses_needed`), given how many title-form uses it may have.
    Only the words left are looked up in full.
    """
    bounds = _strong_bounds(doc)
    if not bounds:
        return {}
    joined, low, _ = doc_text(doc)
    if len(joined) > SMALL_DOC:
        # A find loop per word would be quadratic here. A C-level count of the
        # lowercase uses that are certain leaves out the words written in
        # lowercase too often; the full lookup (one pass for all words) counts
        # the uses of the rest and checks them.
        certain = _plain_lowercase_counts(doc)
        bases = [
            b
            for b, n in bounds.items()
            if certain.get(b.encode("utf-8", "surrogatepass"), 0) <= max(1, n // 4)
        ]
        return _uses_of(doc, bases, bounds) if bases else {}
    bases = []
    for base, n in bounds.items():
        starts = _lowercase_starts(joined, base, max(1, n // 4))
        if not starts:
            continue
        need = _title_uses_needed(base, ((joined, i) for i in starts))
        if need == 1 or (need == 2 and _titled_at_most(low, base, starts) >= 2):
            bases.append(base)
    return _uses_of(doc, bases, None) if bases else {}


def _titled_at_most(low: str | None, base: str, starts: list[int]) -> float:
    """An upper bound on the title-form uses of `base`, given all its lowercase
    uses (`starts`): every use of the word, whatever its case, is a place where
    the lowercased text holds `base`, and no two such places overlap (a word
    cannot start inside another). Without a lowercased text that keeps the
    offsets (`doc_text`), no bound."""
    return math.inf if low is None else low.count(base) - len(starts)


def _uses_of(
    doc: Document, bases: list[str], bounds: dict[str, int] | None
) -> dict[str, list[_Use]]:
    """Every use of each base, for the bases a proper noun's counts allow:
    written in lowercase at least once and at most max(1, title-form uses // 4)
    times, and mostly capitalised. With `bounds` (a big document), the checks
    `_by_base` makes in an article are made here on the lowercase uses, which
    are counted as whole lowercase words (`_whole_lowercase`)."""
    groups: dict[str, list[tuple[Block, Word]]] = {}
    for key, uses in _uses_by_key(doc, bases).items():
        groups.setdefault(_strip_possessive(key), []).extend(uses)
    out: dict[str, list[_Use]] = {}
    for base, uses in groups.items():
        n = len(base)
        lower = [(b.text, w.start) for b, w in uses if w.text[:n] == base]
        n_lower = len(lower)
        n_title = sum(1 for _, w in uses if w.text[0].isupper() and not w.text[:n].isupper())
        count = n_lower if bounds is None else _whole_lowercase(base, uses)
        if n_title == 0 or not 0 < count <= max(1, n_title // 4):
            continue
        # A proper noun needs its capitalised form to dominate (see _check_word).
        if n_lower == 0 or n_lower == len(uses) or n_lower > max(1, (len(uses) - n_lower) // 4):
            continue
        if bounds is not None:
            if max(count, n_lower) > max(1, bounds[base] // 4):
                continue
            need = _title_uses_needed(base, lower)
            if not (need == 1 or (need == 2 and n_title >= 2)):
                continue
        out[base] = [_Use(b, w, w.text[:n]) for b, w in uses]
    return out


def _uses_by_key(doc: Document, bases: list[str]) -> dict[str, list[tuple[Block, Word]]]:
    """`words_by_key` for the keys of `bases` (each base and its possessives), with
    the same result, found from the bases alone (a possessive starts with its
    base): one find loop per base in an article, one pass in a big document."""
    joined, low, _ = doc_text(doc)
    if low is None or "word_index" in doc.__dict__:
        return words_by_key(doc, [k for b in bases for k in (b, b + "'s", b + "’s")])
    hits: list[tuple[int, str]] = []
    for i, base in _base_starts(low, bases):
        w = _word_starting(joined, i)
        if w is not None and w.lower() in (base, base + "'s", base + "’s"):
            hits.append((i, w))
    hits.sort(key=lambda h: h[0])
    out: dict[str, list[tuple[Block, Word]]] = {}
    for use in _located(doc, hits):
        out.setdefault(use[1].text.lower(), []).append(use)
    return out


def _uses_of_word(doc: Document, key: str) -> list[tuple[Block, Word]]:
    """`words_by_key(doc, (key,))[key]` (or []), the uses of one lowercase word:
    a find loop, also in a big document, which `words_by_key` scans with a
    pattern compiled for the word."""
    joined, low, _ = doc_text(doc)
    first = key[:1]
    if low is None or "word_index" in doc.__dict__ or not first.isalnum() or first.isdecimal():
        return words_by_key(doc, (key,)).get(key, [])
    n = len(key)
    hits: list[tuple[int, str]] = []
    i = low.find(key)
    while i >= 0:
        w = _word_starting(joined, i)
        if w is not None and len(w) == n and w.lower() == key:
            hits.append((i, w))
        i = low.find(key, i + 1)
    return list(_located(doc, hits))


def _located(doc: Document, hits: list[tuple[int, str]]) -> Iterator[tuple[Block, Word]]:
    """Words at offsets of the joined text (`doc_text`), as (block, word) pairs."""
    starts = doc_text(doc)[2]
    blocks = doc.blocks
    new = tuple.__new__  # as Block.words makes them
    for i, w in hits:
        k = bisect.bisect_right(starts, i) - 1
        s = i - starts[k]
        yield blocks[k], new(Word, (s, s + len(w), w))


def _base_starts(text: str, bases: list[str]) -> Iterator[tuple[int, str]]:
    """Where one of `bases` starts a word of `text` and no letter follows it:
    every place a word made of the base (and maybe a possessive) can start.
    Each base is found with str.find in an article; all at once with one
    pattern in a big document (a find loop per base would be quadratic)."""
    if len(text) > SMALL_DOC:
        pattern = re.compile(_TOKEN_BEFORE + "(?:" + trie.pattern(bases) + r")(?![^\W\d_])")
        for m in pattern.finditer(text):
            yield m.start(), m.group()
        return
    for base in bases:
        n = len(base)
        i = text.find(base)
        while i >= 0:
            if not text[i + n : i + n + 1].isalpha():
                yield i, base
            i = text.find(base, i + 1)


def _word_starting(text: str, i: int) -> str | None:
    """The word (as WORD_RE splits text) that starts at offset i, a letter, or
    None when i is inside a word: one match instead of `word_at`'s walk back."""
    if i and (
        text[i - 1].isalnum() or (text[i - 1] in _JOINERS and i > 1 and text[i - 2].isalnum())
    ):
        return None
    m = WORD_RE.match(text, i)
    return m.group() if m else None


def _strong_bounds(doc: Document) -> dict[str, int]:
    """Each base written in title form where it may be strong evidence, and in
    lowercase too (a necessary condition), with how often it is so capitalised
    (an upper bound on `_Evidence.strong`).

    The scan skips only words `_Evidence.add` never counts as strong: sentence
    starts in body text and headline words, unless the headline may be in
    sentence case. The words are lowercased and matched against the lowercase
    runs in batches: most documents leave no word for a Python-level step.
    """
    joined = doc_text(doc)[0]
    scan = _strong_word_re(joined.count("\n") == len(doc.blocks) - 1)
    words = scan.findall(joined) + _headline_words(doc)
    names = "\n".join(words)
    lowered = names.lower()
    if names.isascii():
        # The common case: the lowercased words as bytes are what the runs
        # hold, so they are matched and counted without decoding each one.
        folded_bytes = lowered.encode().split(b"\n")
        hits = _written_in_lowercase(doc, folded_bytes)
        return _tally_ascii(words, folded_bytes, hits) if hits else {}
    folded = lowered.split("\n")
    hits = _written_in_lowercase(doc, lowered.encode("utf-8", "surrogatepass").split(b"\n"))
    present = {h.decode("ascii") for h in hits}
    if "Σ" in names:
        # `ΟΔΟΣ` lowercases to a final `ς`, but to `σ` before a possessive.
        sigma = [w for w in words if w.endswith("Σ")]
        words += sigma
        folded += [(w + "'s").lower()[:-2] for w in sigma]
    # A non-ASCII word in title form (`_tally` counts no other): a find each
    # for a few; for many, or in a big document, a look in the letter runs.
    odd = {b for w, b in zip(words, folded) if w[0].isupper() and not b.isascii()}
    if len(odd) > _FEW_HITS or len(joined) > SMALL_DOC:
        present |= odd & _non_ascii_runs(doc)
    else:
        present.update(b for b in odd if b in joined)
    return _tally(words, folded, {b: b for b in present}) if present else {}


def _tally_ascii(words: list[str], folded: list[bytes], hits: set[bytes]) -> dict[str, int]:
    """`_tally` for ASCII words (a capital A-Z, then letters or digits), with
    `hits` the lowercased ones the document also writes in lowercase. Of the
    words that lowercase to a base, all are in title form but the base in
    capitals, so the counts come from C: a `list.count` per base for a few
    bases, one `Counter` for many (a big document), which keeps it linear."""
    if len(hits) > _FEW_HITS:
        folded_count, words_count = Counter(folded).__getitem__, Counter(words).__getitem__
    else:
        folded_count, words_count = folded.count, words.count
    bounds: dict[str, int] = {}
    for key in sorted(hits):
        base = key.decode()
        if len(base) < 2 or base in _PARTICLES:
            continue
        n = folded_count(key) - words_count(base.upper())
        if n > 0:
            bounds[base] = n
    return bounds


def _tally(words: list[str], folded: list[str], present: dict[str, str]) -> dict[str, int]:
    """How often each base in `present` (keyed by its form in `folded`, the
    lowercased `words`) is written in title form among `words`: capital first,
    not all capitals. Bases `_check_word` never flags (particles, single
    letters, words with digits) are left out."""
    bounds: dict[str, int] = {}
    for w, key in zip(words, folded):
        base = present.get(key)
        if base is not None and w[0].isupper() and not w[: len(base)].isupper():
            bounds[base] = bounds.get(base, 0) + 1
    for base in [b for b in bounds if b in _PARTICLES or len(b) < 2 or not b.isalpha()]:
        del bounds[base]
    return bounds


def _headline_words(doc: Document) -> list[str]:
    """Capitalised words of the headline blocks but their first words, if the
    headline may be in sentence case (`case_style` needs two lowercase words)."""
    head = doc.headline  # the first headline block: most documents stop here
    if head is None or len(_LOWER_START_RE.findall(head.text)) < 2:
        return []
    words: list[str] = []
    for b in doc.blocks:
        if b.role != "headline":
            continue
        first = _ALNUM_RE.search(b.text)
        if first is not None:
            words += _capitalised_word_re().findall(b.text, first.start() + 1)
    return words


def _lowercase_runs(doc: Document) -> list[bytes]:
    """The runs of ASCII lowercase letters in the prose, once per document.

    A word of ASCII lowercase letters is written as a word of its own only if
    it is one of these runs: whatever borders it is no ASCII letter. Bytes
    make this a C-level pass (translate, split) for any text: every non-ASCII
    character becomes bytes above 127, which turn into spaces. A list, not a
    set: callers probe it once with a small set of their own.
    """
    got = doc.cache.get(_RUNS_KEY)
    if got is None:
        data = doc_text(doc)[0].encode("utf-8", "surrogatepass")
        got = doc.cache[_RUNS_KEY] = data.translate(_ASCII_LOWER_ONLY).split()
    return got


def _written_in_lowercase(doc: Document, words: list[bytes]) -> set[bytes]:
    """The `words` (lowercase, UTF-8) that are lowercase runs of the document.

    The calendar names ride along in the same pass over the runs, for
    `CalendarName` (see `_calendar_names_written`). A big document's runs come
    from the tokens `_by_base` counts there (`_lowercase_run_set`).
    """
    big = len(doc_text(doc)[0]) > SMALL_DOC and _RUNS_KEY not in doc.cache
    runs = _lowercase_run_set(doc) if big else _lowercase_runs(doc)
    hits = (_CALENDAR_BYTES | set(words)).intersection(runs)
    doc.cache[_CALENDAR_KEY] = hits & _CALENDAR_BYTES
    return hits


def _calendar_names_written(doc: Document) -> set[bytes]:
    """The calendar names that are lowercase runs of the document (a name the
    pattern matches has no letter before or after it): most documents have none."""
    got = doc.cache.get(_CALENDAR_KEY)
    if got is None:
        got = doc.cache[_CALENDAR_KEY] = _CALENDAR_BYTES.intersection(_lowercase_runs(doc))
    return got


def _lowercase_starts(text: str, base: str, limit: int) -> list[int] | None:
    """Where `text` writes `base` (or its possessive) as a lowercase word, or
    None if more than `limit` times (the rest need not be found)."""
    n = len(base)
    found: list[int] = []
    i = text.find(base)
    while i >= 0:
        if text[i + n : i + n + 1].isalpha():  # inside a longer word
            i = text.find(base, i + 1)
            continue
        w = _word_starting(text, i)
        if w is None or _strip_possessive(w.lower()) != base:
            i = text.find(base, i + 1)
            continue
        found.append(i)
        if len(found) > limit:
            return None
        i = text.find(base, i + len(w))
    return found


def _plain_lowercase_counts(doc: Document) -> Counter[bytes]:
    """How often each token of `_PLAIN_WORDS` occurs, once per document. A
    token that is a lowercase word is that word, whole, between plain
    separators (spaces, ASCII punctuation but the joiners), so its count is a
    lower bound on the word's lowercase uses. One C-level pass (translate,
    split, count): linear in a big document."""
    got = doc.cache.get(_PLAIN_KEY)
    if got is None:
        data = doc_text(doc)[0].encode("utf-8", "surrogatepass")
        got = doc.cache[_PLAIN_KEY] = Counter(data.translate(_PLAIN_WORDS).split())
    return got


def _lowercase_run_set(doc: Document) -> set[bytes]:
    """The runs of `_lowercase_runs` as a set, for a big document: from the
    distinct tokens `_plain_lowercase_counts` counted (which `_by_base` needs
    there anyway), each a run or runs joined by `#` and UTF-8 bytes, rather
    than a second split of the whole text."""
    tokens = _plain_lowercase_counts(doc)
    mixed = [t for t in tokens if not t.isalpha()]  # bytes: a-z only
    runs = set(tokens).difference(mixed)
    runs.update(b" ".join(mixed).translate(_ASCII_LOWER_ONLY).split())
    return runs


def _non_ascii_runs(doc: Document) -> set[str]:
    """Runs of letters, each holding a non-ASCII one, that the document
    writes: a lowercase word is one of its maximal runs of letters. From the
    distinct tokens `_plain_lowercase_counts` counted: a token never cuts a
    UTF-8 character, and what it turned into `#` is no letter or a capital."""
    odd = [t for t in _plain_lowercase_counts(doc) if not t.isascii()]
    text = b" ".join(odd).decode("utf-8", "surrogatepass")
    return {r for r in LETTER_RUN_RE.findall(text) if not r.isascii()}


def _whole_lowercase(base: str, uses: list[tuple[Block, Word]]) -> int:
    """How many of `uses` (the words `base` and its possessives, in any case)
    are `base`, `base's` or `base’s`, ended where `document._TOKEN_AFTER` ends
    a word: not `paris's5`, a possessive WORD_RE ends before a digit. This is
    how a big document's lowercase uses have always been counted (by a
    pattern over the text), so the results stay the same."""
    n = len(base)
    count = 0
    for b, w in uses:
        t = w.text
        if t == base or (
            t[:n] == base and t[n:] in ("'s", "’s") and not b.text[w.end : w.end + 1].isdecimal()
        ):
            count += 1
    return count


def _title_uses_needed(base: str, places: Iterable[tuple[str, int]]) -> int:
    """How many title-form uses of `base` `_could_flag` needs to pass one of
    its lowercase uses at `places` (text, offset): 1 after a title (`Mr
    lishman` beside one `Mr Lishman`); 2 after another word in title form
    (`in_name` wants two uses after it) or, for a word not in COMMON_WORDS,
    after no determiner (`is_name` wants two title-form uses); 0 if no use
    can pass at all."""
    common = base in COMMON_WORDS
    need = 0
    for text, i in places:
        p = _prev_word(text, i)
        prev = p.text if p else ""
        low = prev.lower()
        if prev[:1].isupper() and not prev.isupper():
            if low in _TITLES:
                return 1
            need = 2
        elif not common and low not in _DETERMINERS:
            need = 2
    return need


def _candidate(block: Block, w: Word) -> bool:
    """Lowercase use that could be a slip: not quoted, a tag, a handle or a domain."""
    text = block.text
    before = text[w.start - 1] if w.start else " "
    after = text[w.end] if w.end < len(text) else " "
    if before in "@#./\\_" or after in "@_/":
        return False
    if after == "." and text[w.end + 1 : w.end + 2].isalpha():
        return False  # example.com
    return not block.in_quotes(w.start, w.end)


class _Evidence:
    """How a document capitalises one word.

    Strong evidence is a capital in mid-sentence (quoted speech included) or
    in mid-headline under a sentence-case headline; weak evidence is a
    capital at a sentence start, which any word takes. `standalone` counts
    strong uses with no capitalised neighbour (`in Istanbul today`): the word
    is a name on its own. Uses inside a longer name (`Human Rights Act`) only
    vouch for that name, so they are kept as the word before (`pairs`).
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.forms: dict[str, int] = {}
        self.strong = self.weak = self.standalone = 0
        self.pairs: dict[str, int] = {}

    def add(self, u: _Use) -> None:
        b, w = u.block, u.word
        if b.role in BODY_ROLES:
            if _sentence_initial(b, w):
                self.weak += 1
                return
        elif not (
            b.role == "headline"
            and _ALNUM_RE.search(b.text, 0, w.start)  # not the first word
            and _sentence_case_headline(self.doc)
        ):
            if b.role == "headline" and not _ALNUM_RE.search(b.text, 0, w.start):
                self.weak += 1
            return
        self.forms[u.base] = self.forms.get(u.base, 0) + 1
        self.strong += 1
        prev, nxt = _context_words(b, w)
        if prev[:1].isupper():
            k = prev.lower() if prev.lower() in _TITLES else prev
            self.pairs[k] = self.pairs.get(k, 0) + 1
        if _stands_alone(b, u, prev, nxt):
            self.standalone += 1

    def is_name(self) -> bool:
        """Capitalised on its own in mid-sentence, and more than once in all."""
        return self.standalone >= 2 or (self.standalone >= 1 and self.strong + self.weak >= 2)

    def form(self) -> str:
        return max(self.forms, key=self.forms.__getitem__)

    def in_name(self, prev: str, before_prev: str, key: str) -> bool:
        """Whether a lowercase use sits in a two-word name the document capitalises.

        `Nicolas cage` beside `Nicolas Cage`, `Mr lishman` beside `Mr Lishman`.
        The word before must be a title, or a name part that never stands
        alone and is never an ordinary word: `Wembley stadium`, `European
        parliament` and `Human rights` are house style, not slips.
        """
        if not prev[:1].isupper() or prev.isupper():
            return False
        if prev.lower() in _TITLES:
            return prev.lower() in self.pairs
        if self.pairs.get(prev, 0) < 2 or before_prev[:1].isupper() or not before_prev:
            return False  # `Human rights` at a sentence start: Human is capitalised anyway
        return _only_in_names(self.doc, prev, key)


def _stands_alone(block: Block, u: _Use, prev: str, nxt: str) -> bool:
    """A capitalised use that is a name by itself: `in Istanbul today`.

    Not `Three Gorges Dam`, `HIV/Aids`, `Campaign for Borders Rail` (part of a longer
    name) nor `the Labs` (an ordinary noun capitalised as a short form).
    """
    if prev[:1].isupper() and prev.lower() not in _TITLES or nxt[:1].isupper():
        return False
    start = u.word.start
    if start and block.text[start - 1] in "/-–":
        return False
    low = prev.lower()
    if low in _DETERMINERS:
        return False
    text = block.text
    if low in _CONNECTORS and _context_words(block, _prev_word(text, start))[0][:1].isupper():
        return False
    return not (
        nxt in _CONNECTORS and _context_words(block, _next_word(text, u.word.end))[1][:1].isupper()
    )


def _sentence_case_headline(doc: Document) -> bool:
    got = doc.cache.get(__name__)
    if got is None:
        head = doc.headline
        got = doc.cache[__name__] = head is not None and case_style(head.text, doc) == "sentence"
    return got


def _only_in_names(doc: Document, word: str, key: str) -> bool:
    """Whether the document uses `word` only capitalised and only beside other capitals."""
    low = word.lower()
    memo = doc.cache.setdefault("newslint.capitalization.uses", {})
    if low not in memo:  # a full pass over the document: once per word
        memo[low] = _uses_of_word(doc, low)
    for b, w in memo[low]:
        if not w.text[:1].isupper():
            return False
        if b.role in BODY_ROLES and not _sentence_initial(b, w):
            prev, nxt = _context_words(b, w)
            if not prev[:1].isupper() and not nxt[:1].isupper() and nxt.lower() != key:
                return False
    return True


class SentenceStart(Rule):
    id = "capitalization.sentence-start"
    summary = "A sentence starts with a lowercase letter."
    explanation = """\
## What it flags
A sentence inside a paragraph that starts in lowercase after a full stop,
question mark or exclamation mark: `said Mr Maran. the decision to raise`.

Not flagged: abbreviations (`e.g.`, `U.S.`, `Mr.`), ellipses, brand names
with inner capitals (`iPhone`, `eBay`, `mRNA`), words after `?` and `!`
(which also end titles: `Shall We Dance? at number three`), quoted text,
and list items. A paragraph that starts in lowercase is left alone: in
scraped copy that is usually a lost line break or a stripped link.

## Why
A lowercase sentence start is a typo, often left behind when two sentences
were joined or split.

## Fix safety
Unsafe: capitalising is right when a capital was lost, but when a stray
full stop split one sentence in two the full stop should go instead.
"""
    severity = "warning"
    fix = "always"
    roles = frozenset({"paragraph", "blockquote", "caption"})
    # `_SENTENCE_GAP_RE` without its groups: one search of the whole document.
    hint = re.compile(r"\. +(?![A-Z])[^\W\d_]")
    bad = (
        Example(
            "Profits rose 5%, said Mr Maran. the decision was welcomed.",
            fixed="Profits rose 5%, said Mr Maran. The decision was welcomed.",
        ),
    )
    good = (
        'Profits rose. "Why not?" he asked. The answer came later.',
        "Sales rose in the U.S. economy last year.",
        "Shares fell... then they rose again.",
        "He bought a phone. iPhone sales rose.",
        "Results are due, e.g. sales and profits.",
    )

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        for m in _SENTENCE_GAP_RE.finditer(text):
            if not m.group(3)[0].islower():
                continue  # see _flag
            dot = m.start(1)
            if _is_abbreviation(text, dot) or text.endswith(("..", "…"), 0, dot + 1):
                continue
            before = text[dot - 1] if dot else " "
            if not before.isalnum():
                continue  # `.)`, `”.` and stray full stops: not a plain sentence end
            token = text[text.rfind(" ", 0, dot) + 1 : dot]
            if len(token) > 1 and token.isupper():
                continue  # LLC., PLC.
            s = m.start(3)
            if block.in_quotes(s, m.end(3)):
                continue  # quoted text keeps its source's style (text messages, tweets)
            self._flag(block, s, m.group(3), report, "This sentence")

    @staticmethod
    def _flag(block: Block, s: int, word: str, report: Reporter, what: str) -> None:
        if not word[0].islower() or _is_brand(word):
            return
        report(
            block,
            s,
            s + len(word),
            f"{what} starts with lowercase {word!r}; write {word[0].upper() + word[1:]!r}"
            " (or drop the full stop before it if the sentence goes on).",
            edits=[(s, s + 1, word[0].upper())],
            applicability="unsafe",
        )


def _is_brand(word: str) -> bool:
    """iPod, eBay, mRNA: a lowercase first letter with capitals after it is intentional."""
    return any(c.isupper() for c in word[1:])


# Day and month names that are never ordinary lowercase words (may, march and
# august are, so they are left out).
_CALENDAR_WORDS = (
    "january|february|april|june|july|september|october|november|december"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_CALENDAR_BYTES = frozenset(_CALENDAR_WORDS.encode().split(b"|"))
_CALENDAR_KEY = "newslint.capitalization.calendar_names"
_CALENDAR_RE = re.compile(
    r"(?<![\w#@/.\-'’])(" + _CALENDAR_WORDS + r")(?:['’]s)?(?![\w\-]|[./_]\w)"
)


class CalendarName(Rule):
    id = "capitalization.calendar-name"
    summary = "A day or month name is written in lowercase."
    explanation = """\
## What it flags
The name of a day or a month in lowercase: `talks resume in january`,
`released friday`. `may`, `march` and `august` are left alone, because they
are also ordinary words (`it may rain`, `troops march`, `an august body`).

Not flagged: text inside double quotes (a post quoted as written), hashtags,
handles, file names and URLs.

## Why
Days and months are proper nouns in English; a lowercase one is a slip that
spell-checkers pass.

## Fix safety
Safe: capitalising a day or month name cannot change the meaning.
"""
    severity = "warning"
    fix = "always"
    bad = (
        Example("The shop reopens on monday.", fixed="The shop reopens on Monday."),
        Example(
            "Talks resume in january, officials said.",
            fixed="Talks resume in January, officials said.",
        ),
        Example(
            "Headline\n\nIt was released friday's evening.",
            fixed="Headline\n\nIt was released Friday's evening.",
        ),
    )
    good = (
        "The shop reopens on Monday.",
        "It may rain in March, troops march on and an august body meets in August.",
        'He posted "see you friday" on Thursday.',
        "Join in with #friday or write to @sunday_paper.",
        "The minutes are in friday.txt on the council website.",
    )

    def check(self, doc: Document, report: Reporter) -> None:
        names = _calendar_names_written(doc)
        if not names:
            return
        # Only the blocks that hold one of the names can match.
        joined, _, starts = doc_text(doc)
        found: set[int] = set()
        for name in names:
            word = name.decode()
            i = joined.find(word)
            while i >= 0:
                found.add(bisect.bisect_right(starts, i) - 1)
                i = joined.find(word, i + 1)
        for k in sorted(found):
            if doc.blocks[k].role in self.roles:
                self.check_block(doc.blocks[k], report)

    def check_block(self, block: Block, report: Reporter) -> None:
        text = block.text
        for m in _CALENDAR_RE.finditer(text):
            s, e = m.span(1)
            if block.in_quotes(s, e):
                continue
            name = m.group(1)
            right = name[0].upper() + name[1:]
            report(
                block,
                s,
                e,
                f'"{name}" is the name of a {"day" if name.endswith("day") else "month"}; write "{right}".',
                replacement=right,
            )
