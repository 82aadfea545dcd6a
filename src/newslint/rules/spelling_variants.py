"""UK and US spelling pairs, built once at import from compact stem lists.

Two sources: explicit stem families (-our/-or, -re/-er, -ogue/-og, doubled l,
-ence/-ense and one-off pairs), expanded with their inflections; and the
productive -ise/-ize, -isation/-ization, -yse/-yze patterns, which cover
thousands of verbs, minus the words where the pattern misleads (`advertise`
is never `advertize`, `size` never `sise`). Only forms that mark one variety
are listed: words both varieties use (`program` in computing, `license` the
verb, `judgment`) are left out so they never vote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

UK, US = "UK", "US"

# -our / -or families: stem without the ending, and the suffixes the family takes.
_OUR = {
    "colo": "|s|ed|ing|ful|fully|less|ist|ists",
    "discolo": "|s|ed|ing",
    "hono": "|s|ed|ing|able|ably",
    "dishono": "|s|ed|able",
    "favo": "|s|ed|ing|able|ably|ite|ites|itism",
    "unfavo": "able|ably",
    "labo": "|s|ed|ing|er|ers",
    "humo": "|s|ed|less",
    "neighbo": "|s|ing|hood|hoods|ly",
    "behavio": "|s|al|ally",
    "harbo": "|s|ed|ing",
    "rumo": "|s|ed",
    "vapo": "|s",
    "vigo": "",
    "flavo": "|s|ed|ing|ful|less|some",
    "savio": "|s",
    "endeavo": "|s|ed|ing",
    "armo": "|s|ed|y|ies",
    "parlo": "|s",
    "tumo": "|s",
    "cando": "",
    "clamo": "|s|ed|ing",
    "odo": "|s|less",
    "valo": "",
    "ranco": "",
    "splendo": "|s",
    "ardo": "",
    "fervo": "",
    "succo": "",
    "savo": "|s|ed|ing|y|ies",
    "demeano": "",
}

# -re / -er: (UK stem, US stem, suffixes).
_RE_ER = [
    ("centr", "cent", "e|es|ed|ing|epiece|epieces"),
    ("theatr", "theat", "e|es|egoer|egoers"),
    ("kilometr", "kilomet", "e|es"),
    ("centimetr", "centimet", "e|es"),
    ("millimetr", "millimet", "e|es"),
    ("litr", "lit", "e|es"),
    ("millilitr", "millilit", "e|es"),
    ("fibr", "fib", "e|es|eglass"),
    ("calibr", "calib", "e"),
    ("sabr", "sab", "e|es"),
    ("sombr", "somb", "e|ely"),
    ("spectr", "spect", "e|es"),
    ("lustr", "lust", "e|eless"),
    ("meagr", "meag", "e|ely"),
    ("sepulchr", "sepulch", "e|es"),
]

_OGUE = ["catalog", "monolog", "epilog", "prolog", "travelog", "analog", "demagog", "pedagog"]

# Doubled l before -ed/-ing/-er: UK travelled, US traveled.
_LL = [
    "travel",
    "cancel",
    "label",
    "model",
    "fuel",
    "level",
    "signal",
    "counsel",
    "total",
    "marvel",
    "jewel",
    "quarrel",
    "duel",
    "channel",
    "tunnel",
    "rival",
    "equal",
    "dial",
    "initial",
    "pedal",
    "shovel",
    "snorkel",
    "grovel",
    "revel",
    "swivel",
    "bevel",
    "enamel",
    "libel",
    "yodel",
    "unravel",
    "refuel",
    "remodel",
    "relabel",
]

# One-off pairs (UK, US), inflections written out.
_PAIRS = """
defence defense|defences defenses|defenceless defenseless|offence offense|offences offenses
pretence pretense|pretences pretenses|licence license|licences licenses
jewellery jewelry|woollen woolen|marvellous marvelous|libellous libelous
counsellor counselor|counsellors counselors
enrol enroll|enrols enrolls|enrolment enrollment|enrolments enrollments
fulfil fulfill|fulfils fulfills|fulfilment fulfillment|instil instill|instils instills
skilful skillful|skilfully skillfully|wilful willful|wilfully willfully|distil distill
instalment installment|instalments installments
aluminium aluminum|grey gray|greyer grayer|greyest grayest|greying graying|greyish grayish
plough plow|ploughs plows|ploughed plowed|ploughing plowing
mould mold|moulds molds|moulded molded|moulding molding|mouldy moldy
moustache mustache|moustaches mustaches|pyjamas pajamas
sceptic skeptic|sceptics skeptics|sceptical skeptical|sceptically skeptically|scepticism skepticism
artefact artifact|artefacts artifacts|cosy cozy|cosier cozier|cosiest coziest
manoeuvre maneuver|manoeuvres maneuvers|manoeuvred maneuvered|manoeuvring maneuvering
anaemia anemia|anaemic anemic|paediatric pediatric|paediatrician pediatrician
paediatricians pediatricians|leukaemia leukemia|anaesthetic anesthetic
anaesthetics anesthetics|anaesthesia anesthesia|anaesthetist anesthetist
oestrogen estrogen|foetus fetus|foetuses fetuses|foetal fetal|diarrhoea diarrhea
haemorrhage hemorrhage|haemophilia hemophilia|orthopaedic orthopedic|haemoglobin hemoglobin
ageing aging|programme program|programmes programs|tyre tire|tyres tires
cheque check|cheques checks|aeroplane airplane|aeroplanes airplanes
doughnut donut|doughnuts donuts|practise practice|practised practiced
practising practicing|analyse analyze|analysed analyzed
analysing analyzing|paralyse paralyze|paralysed paralyzed|paralysing paralyzing
catalyse catalyze|catalysed catalyzed|dialyse dialyze
"""

# Forms that only one side uses and whose counterpart is ambiguous: they vote, and
# are reported only in documents of the other variety with their listed counterpart.
# (`program`, `license`, `check`, `tire`, `practice` are ordinary words in UK copy,
# so the US side of those pairs never votes.)
_US_AMBIGUOUS = frozenset(
    ["license", "licenses", "program", "programs", "check", "checks", "tire", "tires", "practice"]
)


def _build() -> tuple[dict[str, str], dict[str, str]]:
    uk_to_us: dict[str, str] = {}
    for stem, sufs in _OUR.items():
        for suf in sufs.split("|"):
            uk_to_us[f"{stem}ur{suf}"] = f"{stem}r{suf}"
    for uk_stem, us_stem, sufs in _RE_ER:
        for suf in sufs.split("|"):
            # centre -> center, centred -> centered, centring -> centering
            us_suf = {"ed": "ered", "ing": "ering"}.get(suf, "er" + suf[1:])
            uk_to_us[uk_stem + suf] = us_stem + us_suf
    for base in _OGUE:
        for suf in ("", "s", "d"):
            uk = f"{base}ue{suf}" if suf != "d" else f"{base}ued"
            us = f"{base}{suf}" if suf != "d" else f"{base}ed"
            if suf == "d" and base != "catalog":
                continue
            uk_to_us[uk] = us
    for base in _LL:
        for suf in ("ed", "ing", "er", "ers"):
            uk_to_us[f"{base}l{suf}"] = f"{base}{suf}"
    for pair in _PAIRS.replace("\n", "|").split("|"):
        if pair.strip():
            uk, us = pair.split()
            uk_to_us[uk] = us
    uk_to_us = {k: v for k, v in uk_to_us.items() if v and k != v}
    us_to_uk = {v: k for k, v in uk_to_us.items() if v not in _US_AMBIGUOUS}
    return uk_to_us, us_to_uk


UK_TO_US, US_TO_UK = _build()

# -ise words that are never -ize, and -ize words that are never -ise.
ISE_ONLY = frozenset(
    [
        "advertise",
        "advise",
        "apprise",
        "arise",
        "chastise",
        "circumcise",
        "comprise",
        "compromise",
        "concise",
        "demise",
        "despise",
        "devise",
        "disguise",
        "enterprise",
        "excise",
        "exercise",
        "expertise",
        "franchise",
        "guise",
        "improvise",
        "incise",
        "merchandise",
        "noise",
        "otherwise",
        "paradise",
        "poise",
        "praise",
        "precise",
        "premise",
        "promise",
        "raise",
        "reprise",
        "revise",
        "rise",
        "supervise",
        "surmise",
        "surprise",
        "televise",
        "treatise",
        "wise",
        "likewise",
        "clockwise",
        "anticlockwise",
        "cruise",
        "bruise",
        "porpoise",
        "tortoise",
        "mortise",
        "turquoise",
        "valise",
        "cerise",
        "anise",
        "vise",
        "imprecise",
        "appraise",
        "upraise",
        "uprise",
        "sunrise",
        "moonrise",
        "highrise",
        "franchise",
        "disenfranchise",
        "enfranchise",
    ]
)
IZE_ONLY = frozenset(["size", "prize", "seize", "capsize", "maize", "baize", "assize"])
_SIZE_COMPOUND = re.compile(r"(?:size|prize|seize|capsize|maize|baize)")


@lru_cache(maxsize=1)
def _ise_re() -> regex.Pattern[str]:
    """The -ise/-ize shape, compiled on first use (import stays cheap)."""
    import regex  # \p{L}; imported only for documents with an -ise/-ize word

    return regex.compile(r"(\p{L}{2,}?)([iy])([sz])(e|es|ed|ing|er|ers|ation|ations|able)")


_PREFIXES = ("re", "un", "de", "pre", "mis", "over", "under", "dis", "super", "up", "out")


def _base_is_excluded(base: str) -> bool:
    """Whether `base` + ise/ize is a word the pattern must not judge (advertise, downsize)."""
    word = f"{base}ise"
    if word in ISE_ONLY or _SIZE_COMPOUND.search(f"{base}ize"):
        return True
    for p in _PREFIXES:
        if word.startswith(p) and word[len(p) :] in ISE_ONLY:
            return True
    # Endings that no -ize verb shares: fundraise, malaise, turquoise, disguise, revise, comprise.
    return word.endswith(("wise", "aise", "oise", "uise", "vise", "prise"))


@lru_cache(maxsize=65536)
def classify(word: str) -> tuple[str, str] | None:
    """(variety, the other variety's form) for a lowercase word, or None."""
    other = UK_TO_US.get(word)
    if other is not None:
        return UK, other
    other = US_TO_UK.get(word)
    if other is not None:
        return US, other
    m = _ise_re().fullmatch(word)
    if m is None:
        return None
    base, vowel, letter, suffix = m.groups()
    if vowel == "y":
        return None  # -yse/-yze: only the listed words (analyse, paralyse…)
    if len(base) < 3 or _base_is_excluded(base):
        return None
    if letter == "s":
        return UK, f"{base}iz{suffix}"
    return US, f"{base}is{suffix}"
