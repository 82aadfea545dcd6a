"""The context table behind the confusables rules.

Each set lists contexts: the written (wrong) word, the word it should be, and
regexes for the words just before and after it that make the written word
clearly wrong. A context only goes in when edited copy essentially never has
that sequence: 2,000 edited BBC articles are the false-alarm test, and every
set's `good` examples pin the correct uses that sit closest to a context.

Regex fragments are matched case-insensitively. `before` must end at the
word (whitespace between is implied), `after` starts after optional
whitespace. `w("a|b c")` builds a word alternation: spaces become `\\s+`,
apostrophes match both ' and ’, and word boundaries close both ends. Prefer
`w()` lists: the rules compare them as words, where other regexes cost a
compile the first time a document needs them.
"""

from __future__ import annotations

from dataclasses import dataclass


def w(words: str) -> str:
    """A regex alternation of words or phrases, bounded on both sides."""
    alts = [a.strip().replace(" ", r"\s+").replace("'", "['’]") for a in words.split("|")]
    return r"(?<![\w'’-])(?:" + "|".join(alts) + r")(?![\w'’-])"


@dataclass(frozen=True)
class Ctx:
    """One context: `wrong` is wrong here and `right` is meant.

    `wrong`/`right` may list parallel forms ("wreck|wrecked" -> "wreak|wreaked").
    `safe` says whether the context allows only one reading. `caps` lets a
    Title Case word mid-sentence match (it is usually a name or a title).
    """

    wrong: str
    right: str
    before: str = ""
    after: str = ""
    not_before: str = ""
    not_after: str = ""
    safe: bool = True
    caps: bool = False


# The commonest suspect words in news copy (each met over 140 times in the
# 1,651 perf articles, `to` 18,500 times): the confusables scanner tests
# their contexts' lookaheads in the same C pass that finds them. Any other
# suspect is tested in Python where it occurs. Only speed depends on this
# list (scanning time against compiling time); findings are the same.
COMMON_SUSPECTS = frozenset(
    {"to", "their", "its", "were", "new", "there", "than", "it's", "then", "where", "too"}
    | {"past", "your", "whether", "role", "lead", "council", "led", "site", "quite", "break"}
)


@dataclass(frozen=True)
class ConfusableSet:
    """A confusable set: its rule key, the words, why they differ, contexts, examples."""

    key: str
    words: str
    why: str
    contexts: tuple[Ctx, ...]
    bad: tuple[tuple[str, str], ...]
    good: tuple[str, ...]


# Punctuation or the end of the block right after the word (not ":" or a
# straight quote, which open quotations: `you'd hear: "..."`).
END = r"[,.;!?)\]”]|—|–|$"
# Contractions hang on the word before: "you'd", "we'll", "he's" (not "let's").
MODAL = (
    w(
        "will|would|could|can|cannot|can't|should|shall|may|might|must|won't|wouldn't|"
        "couldn't|shouldn't|did|didn't|does|doesn't|don't|to|not|never"
    )
    + r"|\w['’](?:d|ll)"
)
BE = (
    w("is|are|was|were|be|been|being|am|isn't|aren't|wasn't|weren't") + r"|(?<!\blet)['’](?:s|re|m)"
)
POSS = w("my|your|his|her|its|our|their")
SUBJ = w("I|we|you|he|she|they")
# Bare infinitives that are never adjectives or adverbs ("too open" is fine).
BASE_VERBS = w(
    "be|go|get|make|take|see|do|have|give|keep|find|pay|play|win|help|put|bring|buy|"
    "sell|stop|start|leave|come|become|tell|say|meet|visit|continue|finish|improve|"
    "reach|avoid|raise|spend|build|hear|talk|speak|watch|ask|send|accept|decide|"
    "consider|introduce|launch|provide|allow|create"
)
ADVERB = r"\b\w+ly"

SETS: tuple[ConfusableSet, ...] = (
    ConfusableSet(
        "hear-here",
        "hear/here",
        "`hear` is to perceive a sound; `here` is this place.",
        (
            Ctx("hear", "here", before=BE, not_after=r",?\s*hear"),
            Ctx("hear", "here", before=w("over|right"), not_before=w("the|a|his|her|their|its|to")),
            Ctx(
                "hear",
                "here",
                before=w(
                    "from|near|around|live|stay|come back|get back|came back|moved|born|based"
                ),
                after=END,
            ),
            Ctx("hear", "here", after=w("and now|and there|we go|you go|to stay|is where")),
            Ctx("hear's", "here's"),
            # "consumer harm hear,": a singular noun cannot be the subject of bare "hear".
            Ctx(
                "hear",
                "here",
                before=r"\b\w+(?<![sS'’])",
                after=END,
                not_after=r",?\s*hear",
                not_before=MODAL
                + "|"
                + SUBJ
                + "|"
                + ADVERB
                + "|"
                + w(
                    "hear|let|make|made|help|helped|and|or|but|them|him|her|us|me|people|who|that|"
                    "which|even|ever|also|only|just|still|soon|then|want|what|police|public|jury|"
                    "crowd|audience|team|government|staff|family|club|board|world|children|men|"
                    "women|we'll|you'll|they'll|I'll|cannot|can't"
                )
                + r"|(?:let|make|made|help|helped|have|had)\s+(?:the\s+|his\s+|her\s+|their\s+)?\w+",
            ),
        ),
        (
            ("Dr. Reed, thank you for being hear.", "Dr. Reed, thank you for being here."),
            ("Come over hear and look.", "Come over here and look."),
            ("The consumer harm hear, he added.", "The consumer harm here, he added."),
            ("He said hear's the plan.", "He said here's the plan."),
        ),
        (
            "We will hear from the minister later.",
            "Here's what we know.",
            "Hear, hear, said the MPs.",
            "The judges will hear the case in London.",
            "I could barely hear.",
            "It is the first time she has been here.",
            "Voters want to hear.",
            "He said: \"Back then you'd hear: 'go west'.\"",
            "These are the cases judges hear.",
            "Let the jury hear.",
            "Let's hear it for the band.",
            "It is what fans rarely hear.",
            "The right to hear evidence.",
        ),
    ),
    ConfusableSet(
        "their-there",
        "their/there/they're",
        "`their` is possessive, `there` a place or the subject of `there is`, "
        "`they're` is `they are`.",
        (
            Ctx(
                "there|they're",
                "their",
                after=w("own"),
                not_before=w("is|are|was|were|isn't|aren't|wasn't|weren't"),
            ),
            Ctx(
                "there",
                "their",
                before=w(
                    "of|with|about|by|lose|lost|losing|win|won|perform|performed|do|did|"
                    "change|changed|defend|defending|sell|sold|raise|raised|keep|kept"
                ),
                after=w(
                    "homes|families|children|kids|wives|husbands|parents|lives|fans|supporters|"
                    "jobs|money|profits|shares|customers|members|players|plans|views"
                ),
                not_before=w("out of|over|up|down|in|from"),
            ),
            Ctx(
                "their",
                "there",
                after=w(
                    "is|are|was|were|isn't|aren't|wasn't|weren't|has been|have been|had been|"
                    "will be|would be|could be|may be|might be|must be|seems to|seem to|"
                    "appears to|appear to|used to be"
                ),
            ),
            Ctx("their", "they're", after=w("going to|not going|gonna"), safe=False),
            Ctx(
                "there",
                "they're",
                before=w("and|but|because|so|if|when|as|that"),
                after=w("going to") + r"\s+" + BASE_VERBS,
                safe=False,
            ),
            Ctx(
                "their",
                "there",
                before=w(
                    "over|out|in|up|down|from|here and|get|got|getting|go|went|going|gone|been|"
                    "stay|stayed|live|lived|moved|back"
                ),
                after=END,
            ),
        ),
        (
            (
                "The group will also perform there own live session.",
                "The group will also perform their own live session.",
            ),
            ("Their are many reasons to worry.", "There are many reasons to worry."),
            (
                "Fans said they're own team let them down.",
                "Fans said their own team let them down.",
            ),
            ("They lost there jobs.", "They lost their jobs."),
            ("We have been their.", "We have been there."),
        ),
        (
            "There are many reasons.",
            "They were there on time.",
            "Their own team let them down.",
            "Is there any hope?",
            "There is their house.",
            "They're going to win.",
            "Was there team spirit? There was.",
            "There will be a vote.",
            "They lost their way.",
            "Their remains were found in 2004.",
            "From there players went on to the final.",
            "Were there own goals? No.",
            'Leaders must wake up from their "state of denial".',
        ),
    ),
    ConfusableSet(
        "its-its",
        "its/it's",
        "`its` is possessive; `it's` is `it is` or `it has`.",
        (
            Ctx("it's", "its", after=w("own")),
            Ctx(
                "it's",
                "its",
                before=w("in|on|at|into|from|with|by|through|under|over|about|for|of|to|against"),
                after=w(
                    "profits|shares|customers|staff|headquarters|chief|chairman|annual|website|"
                    "members|history|debut|first-half|full-year|shareholders|fans|rivals|former|"
                    "biggest|largest|latest|best-selling"
                ),
            ),
            Ctx(
                "its",
                "it's",
                after=w(
                    "a|an|the|been|got|going to|never been|always been|just a|only a|no longer|"
                    "my|your|our|their|his|him|her|them|up to|all about"
                )
                + r"|\bnot(?![\w'’-])(?!\s+(?:in|un|im)\w+)",
            ),
            # At the start of a sentence: "Its clear that", "Its time to go".
            Ctx(
                "its",
                "it's",
                before=r"(?:^|[.!?:][\"”’']?)",
                after=w("time to|about time|no use|too late")
                + "|"
                + w(
                    "likely|clear|hard|difficult|important|possible|impossible|true|vital|essential"
                )
                + r"\s*(?:that|to|,)",
                not_after=w("time to market"),
            ),
        ),
        (
            ("The company said it's own profits fell.", "The company said its own profits fell."),
            ("Its a shame, he said.", "It's a shame, he said."),
            ("The value of it's shares fell.", "The value of its shares fell."),
            ("Its been a long year.", "It's been a long year."),
            ("Its clear that he lied.", "It's clear that he lied."),
            ("I think its the best song.", "I think it's the best song."),
        ),
        (
            "The firm said its own profits fell.",
            "It's time to act.",
            "It's the best result.",
            "The company cut its time to market.",
            "Its chairman resigned.",
            "The bank has its own rules.",
            "It's about time.",
            "A lot of it's just noise.",
            "The council said its not-for-profit arm would close.",
            "Its very existence is at stake.",
            "Its likely successor is Mr Brown.",
            "Its true value is unknown.",
            "The firm bided its time.",
            "Its not inconsiderable wealth grew.",
            "The club is known for its so far unbeaten run.",
        ),
    ),
    ConfusableSet(
        "than-then",
        "than/then",
        "`than` compares; `then` is a time or a consequence.",
        (
            Ctx(
                "then",
                "than",
                before=w(
                    "more|less|fewer|rather|greater|bigger|smaller|larger|higher|lower|better|"
                    "worse|older|younger|cheaper|faster|slower|stronger|weaker|easier|harder|"
                    "wider|other|longer|shorter|earlier|later|further"
                ),
                after=r"[£$€]?\d|"
                + w(
                    "expected|forecast|anticipated|predicted|ever|before|usual|normal|double|"
                    "half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|"
                    "hundred|a hundred|a thousand|a million|a third|a quarter|a half|a year|"
                    "a decade|a week|a month|a day|twice|tenfold|previously|originally|planned|"
                    "hoped|average|others|anyone|anything|anybody|last year|last season|at any|"
                    "in any|any other|at present"
                ),
                not_before=w("no|any|much|and|or|but|then|the") + r"\s+\w+",
            ),
            Ctx(
                "then",
                "than",
                before=w("rather|other|more|less|fewer|greater|higher|lower|better|worse"),
                after=w(
                    "a|an|the|that|those|its|their|his|her|we|they|he|she|you|I|it|us|them|him|"
                    "me|people|in|on|at|by|for|to|with|what|when"
                ),
                not_before=w("no|any|much|and|or|but|then|the") + r"\s+\w+",
                safe=False,
            ),
            Ctx("then", "than", before=w("rather"), not_after=w("on") + "|" + END),
            Ctx("then", "than", before=w("rather") + r"\s+\w+", not_after=w("on"), safe=False),
            Ctx(
                "than",
                "then",
                before=w("since|until|till|back|by|just|right|from|and only|only then"),
                not_before=r"(?:\w+er|more|less|fewer|rather|other|better|worse|else)\s+\w+",
                not_after=w(
                    "ever|expected|anticipated|usual|before|last|in|that|the|a|those|at|any|"
                    "anything|anyone|its|their|his|her|previously"
                ),
                safe=False,
            ),
        ),
        (
            ("Sales rose more then 40% in 2004.", "Sales rose more than 40% in 2004."),
            ("It has sold more then 800,000 units.", "It has sold more than 800,000 units."),
            ("He would rather walk then drive.", "He would rather walk than drive."),
            ("Back than, few people had phones.", "Back then, few people had phones."),
            ("It happened in less then six months.", "It happened in less than six months."),
        ),
        (
            "Sales rose more than 40%.",
            "He scored, then ran to the fans.",
            "He was later then named captain.",
            "The firm was then sold.",
            "She had no more then.",
            "Since then, prices have risen.",
            "It is better than last year.",
            "They went out, and later then returned.",
            "He wanted more, then left.",
            "He was no longer then a member.",
            "It dates further back than 1990.",
            "He was better even than Owen.",
        ),
    ),
    ConfusableSet(
        "lose-loose",
        "lose/loose",
        "`lose` is to fail to keep; `loose` is not tight.",
        (
            Ctx(
                "loose",
                "lose",
                before=MODAL,
                after=POSS
                + "|"
                + w(
                    "the|a|an|money|ground|weight|out|control|touch|sight|faith|heart|interest|"
                    "jobs|it|them|him|us|votes|seats|power|momentum|track"
                ),
            ),
            Ctx(
                "loosing",
                "losing",
                after=POSS
                + "|"
                + w(
                    "the|a|an|money|ground|weight|out|control|touch|sight|faith|heart|jobs|it|"
                    "them|streak|side|team|battle|run|to|by|power|patience|interest"
                ),
            ),
            Ctx("lose", "loose", after=w("ends|cannon|fitting|-fitting")),
            Ctx(
                "lose",
                "loose",
                before=w(
                    "on the|break|broke|broken|breaks|breaking|cut|cuts|cutting|set|turned|"
                    "turn|hang|shook|shake|tie up|tied up|tying up"
                ),
                not_after=POSS
                + "|"
                + w(
                    "the|a|an|it|them|him|her|us|me|money|out|to|weight|control|again|sight|"
                    "touch|interest|heart|faith"
                ),
            ),
        ),
        (
            ("They could loose their jobs.", "They could lose their jobs."),
            ("The dog was on the lose for days.", "The dog was on the loose for days."),
            ("There are still lose ends to tie up.", "There are still loose ends to tie up."),
            ("The team are loosing the battle.", "The team are losing the battle."),
        ),
        (
            "They could lose their jobs.",
            "The dog was on the loose.",
            "He let loose a volley of abuse.",
            "The screw came loose.",
            "They don't want to lose.",
            "Let them lose the argument.",
            "The rules are too loose.",
            "They lose grip on the ball.",
            "Teams that break lose the lead.",
        ),
    ),
    ConfusableSet(
        "affect-effect",
        "affect/effect",
        "`affect` is usually the verb (to influence); `effect` the noun (a result) "
        "or the formal verb `to effect change`.",
        (
            Ctx(
                "affect|affects",
                "effect|effects",
                before=w(
                    "an|no|any|little|positive|negative|adverse|knock-on|side|greenhouse|domino|"
                    "ripple|desired|significant|major|big|huge|real|lasting|profound|immediate|"
                    "full|dramatic|great|serious|opposite|same|devastating|damaging|chilling|"
                    "cumulative|calming|beneficial|detrimental|harmful|the"
                ),
                after=w("on|of|that|upon") + "|" + END,
            ),
            Ctx(
                "affect",
                "effect",
                before=w(
                    "into|in|take|takes|took|taken|taking|with immediate|come into|came into|"
                    "comes into|to no|to good|to great|to little"
                ),
                after=w("from|on|immediately|until|this|next|at|in") + "|" + END,
            ),
            Ctx(
                "effect|effected|effecting|effects",
                "affect|affected|affecting|affects",
                before=w(
                    "adversely|negatively|badly|seriously|directly|severely|greatly|"
                    "significantly|drastically|worst|profoundly|deeply|disproportionately|"
                    "indirectly|positively|hugely"
                ),
                not_after=w(
                    "change|changes|a change|reform|reforms|the change|the changes|the transfer|"
                    "a transfer|a cure|an escape|repairs|a rescue|a deal|a merger|the merger|"
                    "a takeover|a turnaround|the turnaround|real change|regime change|"
                    "improvement|improvements|an improvement|savings"
                ),
            ),
            Ctx(
                "effect",
                "affect",
                before=MODAL,
                after=w(
                    "them|us|him|me|everyone|anyone|everybody|anybody|people|children|families|"
                    "consumers|customers|house prices|the economy|the outcome|the result|"
                    "the way|how|whether"
                ),
            ),
            Ctx(
                "effected",
                "affected",
                before=w(
                    "those|people|areas|countries|families|regions|communities|businesses|firms|"
                    "customers|were|been|was|are|is|be"
                ),
                after=w("by")
                + r"\s+(?:the\s+)?"
                + w(
                    "floods|flooding|tsunami|disaster|strike|strikes|storm|storms|crisis|"
                    "decision|changes|cuts|ban|war|disease|outbreak|drought|earthquake|virus|"
                    "problem|problems|closure|rise|fall|slowdown|recession"
                ),
                safe=False,
            ),
        ),
        (
            ("The ruling had an affect on sales.", "The ruling had an effect on sales."),
            ("The ban will take affect next week.", "The ban will take effect next week."),
            (
                "Farmers were badly effected by the floods.",
                "Farmers were badly affected by the floods.",
            ),
            ("The cuts will adversely effect jobs.", "The cuts will adversely affect jobs."),
            ("The cuts could effect everyone.", "The cuts could affect everyone."),
        ),
        (
            "The ruling had an effect on sales.",
            "The cuts will affect jobs.",
            "The new boss vowed to effect change.",
            "The transfer was effected by the bank.",
            "People affected by the floods.",
            "The ban took effect on Monday.",
            "It could effect a real change.",
            "The effects of the war.",
            "The potential affects everyone.",
            "Patients with flat affect.",
            "They are likely to affect sales.",
        ),
    ),
    ConfusableSet(
        "led-lead",
        "led/lead",
        "`led` is the past of `to lead`; `lead` (rhymes with bed) is the metal.",
        (
            Ctx(
                "lead",
                "led",
                before=w("was|were|been|being|is|are|be"),
                after=w("by|away|astray|to believe|into"),
            ),
            Ctx(
                "lead",
                "led",
                before=w(
                    "has|have|had|having|has also|have also|had also|has now|have now|"
                    "has already|have already"
                )
                + r"|\w['’]ve",
                after=w(
                    "to|the|a|an|his|her|their|its|them|him|us|calls|efforts|protests|"
                    "opposition|criticism|talks|negotiations|by"
                ),
                not_after=r"(?:the|a|an|his|her|their|its)\s+"
                + w(
                    "role|roles|singer|vocalist|character|actor|actress|story|stories|pipes?|"
                    "poisoning|levels?|weight|paint|shot"
                ),
            ),
            Ctx(
                "led",
                "lead",
                before=w(
                    "will|would|could|should|must|might|can|cannot|can't|won't|wouldn't|to help|"
                    "didn't|doesn't|don't|may"
                )
                + r"|\w['’]ll",
                after=w(
                    "the|a|an|his|her|their|its|them|him|us|to|by|efforts|calls|opposition|"
                    "from|into|negotiations|talks"
                ),
            ),
        ),
        (
            ("The inquiry was lead by a judge.", "The inquiry was led by a judge."),
            (
                "The crisis has lead to calls for his resignation.",
                "The crisis has led to calls for his resignation.",
            ),
            ("She will led the team.", "She will lead the team."),
        ),
        (
            "He will lead the team.",
            "The talks were led by a judge.",
            "The pipes had lead in them.",
            "They lead by two points.",
            "Captains lead by example.",
            "The crisis has led to calls for change.",
            "Arsenal have a lead of five points.",
            "The city switched to LED lights.",
            "England are in the lead by five.",
            "She has the lead role.",
            "Old houses have lead pipes.",
        ),
    ),
    ConfusableSet(
        "passed-past",
        "passed/past",
        "`passed` is the past of `to pass`; `past` is an adjective, noun or preposition.",
        (
            Ctx(
                "past",
                "passed",
                before=w(
                    "has|have|had|having|has now|have now|has already|have already|has since|"
                    "has also|have also|who|which|he|she|they|quietly|peacefully|recently|sadly|"
                    "unanimously"
                )
                + r"|\w['’]ve",
                after=w(
                    "away|the test|the exam|the bill|the motion|the law|a law|a bill|a motion|"
                    "legislation|unanimously|the vote|a vote|the baton|the torch|the buck|"
                    "a resolution|the resolution|the budget|an amendment|the amendment|muster|"
                    "on the message|the ball|through"
                ),
            ),
            Ctx(
                "past",
                "passed",
                after=w("away")
                + r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|last|yesterday|peacefully|suddenly|aged|"
                r"at\s+the\s+age|after|following|early|this|at\s+(?:his|her)\s+home|overnight)\b)",
                not_before=w(
                    "get|got|gets|getting|go|went|goes|going|gone|run|ran|runs|running|move|"
                    "moved|walk|walked|slip|slipped|sail|sailed|steer|steered|way|ways|fly|flew|"
                    "look|looked|beyond|well|far|rush|rushed|swept|sweep|drive|drove|race|races|"
                    "raced|speed|sped|ease|eased|it|them|him|ball|shot|form|record"
                ),
            ),
            Ctx(
                "passed",
                "past",
                before=w("the|this|in the|over the|for the|during the|of the|in recent"),
                after=r"\d|"
                + w(
                    "few|two|three|four|five|six|seven|eight|nine|ten|year|years|week|weeks|"
                    "month|months|decade|decades|century|season|seasons|day|days|hour|hours|"
                    "fortnight|weekend|summer|winter|couple|twelve|twenty"
                ),
            ),
            Ctx(
                "passed",
                "past",
                before=w("half|quarter|ten|five|twenty|twenty-five"),
                after=r"\d|"
                + w(
                    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|"
                    "noon|the hour"
                ),
            ),
            Ctx(
                "passed",
                "past",
                before=w(
                    "walked|walk|walking|drove|drive|driving|ran|sped|speeding|flew|rushed|"
                    "rushing|marched|strolled|swept|drifted|rolled|raced|cruised"
                ),
                after=w("the|a|an|him|her|them|us|me|it|his|their"),
                not_after=w("the ball|it on|the torch|the baton|the buck"),
            ),
            Ctx("passed", "past", before=w("in the|of the|from the"), after=END),
            Ctx(
                "passed",
                "past",
                after=r"(?:his|her|their|its)\s+(?:best|prime|peak|sell-by\s+date)(?=\s*(?:[,.;!?]|$))"
                + "|"
                + w("caring"),
                safe=False,
            ),
        ),
        (
            ("The grandmother past away last week.", "The grandmother passed away last week."),
            ("MPs have past the bill.", "MPs have passed the bill."),
            ("Prices rose over the passed few months.", "Prices rose over the past few months."),
            ("The car sped passed the school.", "The car sped past the school."),
            ("It was half passed ten.", "It was half past ten."),
        ),
        (
            "MPs have passed the bill.",
            "Prices rose over the past few months.",
            "He was past his best.",
            "She ran past the keeper.",
            "He slotted it past the goalkeeper.",
            "They had past convictions.",
            "She walked past.",
            "It has passed into history.",
            "He passed the ball to Owen.",
            "Shares have passed the 100p mark.",
            "Half passed the test.",
            "He passed his best friend in the street.",
            "The winger ran past away defenders.",
            "We have passed the point of no return.",
        ),
    ),
    ConfusableSet(
        "principle-principal",
        "principle/principal",
        "`principal` means chief (or a head teacher); `principle` is a rule or belief.",
        (
            Ctx(
                "principle",
                "principal",
                before=w("the|a|his|her|their|its|our|one|two|the two|three"),
                after=w(
                    "reason|reasons|cause|causes|source|sources|factor|factors|aim|objective|"
                    "concern|author|architect|investigator|dancer|shareholder|shareholders|owner|"
                    "owners|role|character|characters|supplier|sponsor|beneficiary|suspect|"
                    "witness|players|player|instrument|amount|sum|secretary|private secretary|"
                    "officer|city|cities|language|component|ingredient|opponent|rival|rivals|"
                    "target|conductor|creditor|lender|lenders|backer|backers|economist|partner|"
                    "export|exports|figure|figures|actor|actors|cast|photography|adviser|advisor|"
                    "residence|market|markets|defendant|defendants|speaker|guest|negotiator|"
                    "shareholding|beneficiaries|victim|victims|contractor|component analysis"
                ),
            ),
            Ctx(
                "principle",
                "principal",
                before=w("school|head|assistant|deputy|college|high school|vice"),
                after=END + "|" + w("said|says|was|is|told|and"),
            ),
            Ctx(
                "principal|principals",
                "principle|principles",
                before=w("in|on"),
                after=END + "|" + w("that|but|agreement|to"),
                not_before=w(
                    "invested|involved|interest|repay|repaid|repaying|paid|pay|payments|rise|fall"
                )
                + r"\s+(?:in|on)",
            ),
            Ctx(
                "principal",
                "principle",
                before=w(
                    "matter of|question of|point of|man of|woman of|issue of|agreement in|"
                    "approved in|agreed in|deal in|on a matter of|guiding|fundamental|moral"
                ),
                after=END + "|" + w("that|of|is|was|behind|at"),
            ),
        ),
        (
            ("The principle reason was cost.", "The principal reason was cost."),
            ("They agreed in principal to the deal.", "They agreed in principle to the deal."),
            ("It is a matter of principal.", "It is a matter of principle."),
        ),
        (
            "The principal reason was cost.",
            "They agreed in principle.",
            "It is a matter of principle.",
            "The school principal said no.",
            "The principle of free speech.",
            "Repayments on principal fell.",
            "A principal dancer at the Royal Ballet.",
            "The repayment of principal.",
            "He was the founding principal of the school.",
            "The school principle of inclusion.",
        ),
    ),
    ConfusableSet(
        "whether-weather",
        "whether/weather",
        "`whether` introduces alternatives; `weather` is rain and sun.",
        (
            Ctx("weather", "whether", after=w("or not")),
            Ctx(
                "weather",
                "whether",
                before=w(
                    "decide|decided|decides|deciding|wonder|wondered|wonders|wondering|unclear|"
                    "unsure|uncertain|asked|asking|ask|asks|know|knows|knew|determine|determining|"
                    "consider|considering|question|questioned|doubt|doubts|doubtful|debate|"
                    "examine|examining|assess|assessing|see|decision on|as to|not clear|"
                    "depend on|depends on|depending on|investigate|investigating|check|checking"
                ),
                after=w(
                    "to|he|she|it|they|we|you|I|there|this|that|his|her|their|its|any|these|"
                    "those|Mr|Ms|Mrs|people|such|police|ministers|MPs|or"
                ),
                not_after=w("to|it|this|that")
                + r"\s+"
                + w(
                    "improve|improves|clear|clears|change|changes|worsen|worsens|break|breaks|"
                    "turn|turns|warm|cool|settle|settles|permit|permits|hold|holds|allow|allows"
                ),
            ),
            Ctx(
                "whether",
                "weather",
                before=w(
                    "bad|good|cold|wet|hot|severe|freezing|extreme|warm|poor|inclement|stormy|"
                    "winter|summer|fine|dry|sunny|windy|icy|harsh|mild|wintry|unseasonal|autumn|"
                    "spring|foul|glorious"
                ),
                not_after=w(
                    "or|to|it|he|she|they|we|you|I|this|that|the|a|an|there|in|at|on|for|his|"
                    "her|their|its|we're|they're|people|one|such|these|those|anyone|someone|"
                    "something|anything|Mr|Mrs|Ms|you're|it's"
                )
                + r"|(?-i:[A-Z])",
            ),
            Ctx(
                "whether",
                "weather",
                after=w(
                    "forecast|forecasts|forecaster|forecasters|conditions|permitting|warning|"
                    "warnings|station|stations|satellite|satellites|front|fronts"
                ),
            ),
        ),
        (
            ("He will decide weather to stand.", "He will decide whether to stand."),
            (
                "Weather or not it rains, the game is on.",
                "Whether or not it rains, the game is on.",
            ),
            ("Bad whether forced the match off.", "Bad weather forced the match off."),
            ("The whether forecast is poor.", "The weather forecast is poor."),
        ),
        (
            "He will decide whether to stand.",
            "The weather forecast is poor.",
            "Whether or not it rains, we go.",
            "They were waiting for the weather to improve.",
            "It depends on weather conditions.",
            "Bad weather forced the match off.",
            "We will see whether it works.",
            "It's good whether you win or lose.",
            "Fans wait to see if the weather holds.",
            "They check the weather to see if it will rain.",
            "It is fine whether Mr Blair goes or not.",
        ),
    ),
    ConfusableSet(
        "peak-peek-pique",
        "peak/peek/pique",
        "`peak` is a summit or maximum; `peek` a quick look; `pique` to arouse "
        "(interest) or irritation.",
        (
            Ctx("peak|peaks", "peek|peeks", before=w("sneak|sneaky")),
            Ctx(
                "peak|peaked|peaking|peaks",
                "pique|piqued|piquing|piques",
                after=POSS
                + r"\s+(?:own\s+)?(?:interest|curiosity)"
                + "|"
                + w(
                    "the interest of|the curiosity of|the public's interest|the public's curiosity"
                ),
            ),
            Ctx(
                "peek",
                "peak",
                after=w(
                    "hours|season|time|times|demand|period|performance|level|levels|form|rate|"
                    "viewing|oil"
                ),
            ),
            Ctx(
                "peek",
                "peak",
                before=w(
                    "at its|at their|at the|at his|at her|reached its|reached a|reached their|"
                    "hit a|hit its|reach a|reach its|passed its|past its|a new"
                ),
                not_after=w("at|into|inside|behind|through|under|of"),
            ),
            Ctx(
                "peeked", "peaked", after=w("at") + r"\s+[£$€]?\d|" + w("in") + r"\s+(?:19|20)\d\d"
            ),
        ),
        (
            ("Fans got a sneak peak at the new model.", "Fans got a sneak peek at the new model."),
            ("The trailer peaked my interest.", "The trailer piqued my interest."),
            ("Demand is highest at peek hours.", "Demand is highest at peak hours."),
            ("Prices peeked at $55 a barrel.", "Prices peaked at $55 a barrel."),
        ),
        (
            "Fans got a sneak peek.",
            "Peak demand is in winter.",
            "The film will pique interest.",
            "Prices peaked at $55 a barrel.",
            "He is at the peak of his powers.",
            "She peeked at the results.",
            "He reached his peak in 2002.",
            "There was a brief peak in prices.",
            "Peak interest rates hit 15%.",
            "It was the first peak of the year.",
        ),
    ),
    ConfusableSet(
        "rein-reign",
        "rein/reign",
        "`rein` is the strap that checks a horse (`rein in`, `free rein`); `reign` "
        "is a monarch's rule.",
        (
            Ctx(
                "reign|reigned|reigning|reigns",
                "rein|reined|reining|reins",
                after=w("in")
                + r"\s+(?:(?:his|her|their|its|the|public|government|executive)\s+)?"
                + w(
                    "spending|costs|cost|inflation|debt|borrowing|prices|excesses|deficit|"
                    "expenditure|budget|pay|salaries|bonuses|wages|lending|credit|expectations|"
                    "ambitions|excess|growth|rogue|them"
                ),
                not_before=w("his|her|their|its|the|a|whose|long|brief|short"),
            ),
            Ctx("reign", "rein", before=w("free|full|loose|tight|tighter")),
            Ctx(
                "reigns",
                "reins",
                before=w(
                    "take the|took the|taken the|taking the|takes the|hand over the|handed over the|"
                    "handing over the|handed the|hand the|grab the|seize the|seized the|hold the|"
                    "held the|holding the|holds the|pass the|passed the|passing the|assume the|"
                    "assumed the|tighten the|tightened the|loosen the|loosened the|take over the|"
                    "took over the"
                ),
            ),
            Ctx(
                "reigns",
                "reins",
                before=w("the"),
                after=w("of") + r"\s+(?:power|government|the\s+(?:club|company|team|party|country|"
                r"economy|firm|group|business|side|squad|nation|government|bank|organisation|"
                r"organization|corporation))\b",
            ),
            Ctx(
                "rein",
                "reign",
                before=w(
                    "the|his|her|their|its|whose|brief|short|year-long|decade-long|long|lengthy|"
                    "during"
                ),
                after=w(
                    "of terror|of the|as|over|ended|began|came|lasted|supreme|of King|of Queen|of Emperor"
                ),
                not_before=w("free|full|loose|tight|a free|a tight|a loose"),
            ),
            Ctx("rein", "reign", before=w("a"), after=w("of terror")),
            Ctx("rein|reins|reined", "reign|reigns|reigned", after=w("supreme")),
            Ctx("rein", "reign", before=w("long may") + r"\s+\w+"),
        ),
        (
            ("Ministers vowed to reign in spending.", "Ministers vowed to rein in spending."),
            ("The coach was given free reign.", "The coach was given free rein."),
            ("She will take the reigns of the company.", "She will take the reins of the company."),
            ("It was a rein of terror.", "It was a reign of terror."),
        ),
        (
            "Ministers vowed to rein in spending.",
            "The reign of Queen Victoria.",
            "His reign in Spain lasted 40 years.",
            "The coach was given free rein.",
            "She took the reins.",
            "Chelsea reign supreme.",
            "The reigning champions lost.",
            "During the reigns of Henry VIII and Elizabeth.",
            "He held the rein in one hand.",
            "Keep a tight rein on costs.",
        ),
    ),
    ConfusableSet(
        "were-where",
        "were/where/we're",
        "`were` is the past of `are`; `where` asks or names a place; `we're` is `we are`.",
        (
            Ctx(
                "where",
                "were",
                before=w("they|we|who"),
                after=w(
                    "not|first|also|all|both|never|still|just|only|being|forced|told|given|"
                    "unable|able|due|expected|going|very|killed|injured|arrested|found|asked|"
                    "sent|taken|made|held|seen|left|shown|born|paid|hit|sold|launched|released|"
                    "charged|convicted|jailed|involved|so|too|really|quite|right|wrong|hoping|"
                    "trying|looking|playing|working|aware|unaware|happy|pleased|delighted|"
                    "disappointed|concerned|worried|already|previously|later|again|once|"
                    "considered|shocked|surprised"
                ),
            ),
            Ctx(
                "were",
                "where",
                before=w("that's|this is|that is|here's|there's|no idea|not sure"),
                after=w("he|she|they|we|you|I|it|the|his|her|their|our|my|this|people|police"),
                not_after=r"\w+\s+(?:\w+\s+)?(?:not|to)\b",
                safe=False,
            ),
        ),
        (
            (
                "The phones had problems when they where first launched.",
                "The phones had problems when they were first launched.",
            ),
            ("Fans who where injured were treated.", "Fans who were injured were treated."),
            ("That's were the problem lies.", "That's where the problem lies."),
        ),
        (
            "This is where they were born.",
            "They were first launched in 2003.",
            "Where they went is unclear.",
            "I know where you were.",
            "Tell us where they are.",
            "We're going home.",
            "Places where they were welcome.",
            "Show them where there were problems.",
            "Nowhere were they more welcome.",
            "That is where the problems were.",
            "Out there where the wild things are.",
            "The clubs he came from were the best.",
            "Everywhere were signs of decay.",
            "Those I know were the best.",
        ),
    ),
    ConfusableSet(
        "quite-quiet",
        "quite/quiet",
        "`quite` means fairly or completely; `quiet` means silent or calm.",
        (
            Ctx(
                "quiet",
                "quite",
                after=w(
                    "a lot|a bit of|a number of|a lot of|an achievement|a challenge|a shock|"
                    "a surprise|a coup|a few"
                )
                + r"(?!\s+(?:days|hours|weeks|minutes|months|years|moments|seconds))",
                not_before=w(
                    "keep|kept|keeping|keeps|stay|stayed|staying|stays|remain|remained|remains|"
                    "remaining|fell|fall|falls|falling|go|went|gone|going|a|the"
                ),
            ),
            Ctx(
                "quiet",
                "quite",
                after=w(
                    "likely|possibly|literally|frankly|honestly|rightly|simply|certain|clear|"
                    "different|similar|good|bad|difficult|hard|easy|possible|impossible|happy|"
                    "pleased|confident|remarkable|extraordinary|surprising|unusual|understandable|"
                    "interesting|useful|important|expensive|cheap|badly|simple|true|serious|"
                    "unique|unlikely|nervous|right"
                ),
                not_before=w(
                    "keep|kept|keeping|keeps|stay|stayed|staying|stays|remain|remained|remains|"
                    "remaining|fell|fall|falls|falling|go|went|gone|going|was|were|been|very|a|"
                    "the|is|are|be|relatively|fairly|so|unusually|eerily|strangely|too|and|or|but"
                )
                + "|"
                + ADVERB,
            ),
            Ctx(
                "quiet",
                "quite",
                before=w("not|isn't|wasn't|aren't|weren't"),
                after=w("right|sure|the same|ready|finished|over|true"),
            ),
            Ctx(
                "quiet",
                "quite",
                before=w("not|isn't|wasn't|aren't|weren't"),
                after=w("as|what|a|an"),
                not_before=w("is|was|are|were|be|been|remained|remain|stayed|kept|keep")
                + r"\s+\w+",
            ),
            Ctx(
                "quite",
                "quiet",
                before=w(
                    "keep|kept|keeping|keeps|stay|stayed|staying|stays|remain|remained|remaining|"
                    "remains|fell|fall|falls|falling|very|relatively|fairly|unusually|eerily|"
                    "strangely|peace and|nice and|deathly|too"
                ),
                after=END + "|" + w("about|on|over|during|since|after|before|life|period|word"),
            ),
            Ctx(
                "quite",
                "quiet",
                before=w("a|the|his|her|their|its"),
                after=w(
                    "word|life|period|spell|night|day|week|weekend|time|start|year|revolution|"
                    "village|street|corner|moment|voice|diplomacy|man|woman|town|area|road|"
                    "evening|morning|afternoon|confidence|dignity|determination|storm"
                ),
            ),
        ),
        (
            ("There were quiet a few people there.", "There were quite a few people there."),
            ("Officials kept quite about the deal.", "Officials kept quiet about the deal."),
            ("It was a quite night in the city.", "It was a quiet night in the city."),
            ("We are not quiet ready yet.", "We are not quite ready yet."),
            ("It seemed quiet likely to happen.", "It seemed quite likely to happen."),
        ),
        (
            "There were quite a few people.",
            "Officials kept quiet about the deal.",
            "It was quite a night.",
            "It was a quiet night.",
            "It has been quiet so far.",
            "He is not quite ready.",
            "The streets were quiet.",
            "The market was quiet as traders waited.",
            "Things have gone quiet.",
            "It was quiet close to the border.",
            "It's not quiet enough to sleep.",
            "It is not quiet there.",
            "The streets were quiet a few hours later.",
            "The room was not quiet as the crowd grew.",
            "He kept quiet a long time.",
        ),
    ),
    ConfusableSet(
        "role-roll",
        "role/roll",
        "`role` is a part or function; `roll` is to turn over, a list or bread.",
        (
            Ctx(
                "roll|rolls",
                "role|roles",
                before=w(
                    "leading|key|starring|title|central|vital|crucial|important|pivotal|"
                    "supporting|significant|minor|cameo|dual|leadership|advisory|prominent|"
                    "decisive|villain's|comedy|comic|dramatic|acting|guest|recurring|coaching|"
                    "managerial|ambassadorial|ceremonial|non-executive"
                )
                + r"|(?:play|played|plays|playing)\s+(?:a|an|the)\s+(?!drum)(?:\w+\s+)?",
                not_after=w("call|calls|out|back|over|of honour|of honor|of the dice|on|up|with"),
            ),
            Ctx(
                "roll|rolls",
                "role|roles",
                before=POSS,
                after=w("in|as|model|models") + r"(?!\s+(?:the\s+)?(?:dice|hay|call|out))",
            ),
            Ctx("roll", "role", after=w("model|models|reversal|reversals")),
            Ctx("role|roles", "roll|rolls", after=w("call|calls")),
            Ctx("role", "roll", before=w("rock and|rock 'n'|rock n|sausage|egg|bread|toilet")),
            Ctx(
                "role",
                "roll",
                before=w("on a"),
                after=END,
                not_before=w("take|took|taking|takes|taken") + r"\s+on\s+a",
            ),
            Ctx(
                "role",
                "roll",
                before=w(
                    "to|will|would|could|can|plans to|plan to|began to|begin to|started to|"
                    "start to|set to"
                )
                + r"|\w['’](?:d|ll)",
                after=w("out|back|over|the dice|with the punches"),
            ),
            Ctx("role-out|role-call", "roll-out|roll-call"),
        ),
        (
            (
                "She landed the leading roll in the film.",
                "She landed the leading role in the film.",
            ),
            ("The team are on a role.", "The team are on a roll."),
            ("He was a roll model for many.", "He was a role model for many."),
            ("The firm will role out the service.", "The firm will roll out the service."),
        ),
        (
            "She landed the leading role.",
            "The team are on a roll.",
            "The firm will roll out the service.",
            "He is on the electoral roll.",
            "His role in the affair.",
            "A roll call of stars.",
            "Her role over the years has changed.",
            "Rock and roll star.",
            "The key roll-out of broadband.",
            "She took on a role.",
            "He played a drum roll.",
            "Their roll of honour is long.",
            "A film roll.",
        ),
    ),
    ConfusableSet(
        "advice-advise",
        "advice/advise",
        "`advice` is the noun; `advise` the verb.",
        (
            Ctx(
                "advise",
                "advice",
                before=w(
                    "the|some|good|bad|legal|medical|financial|expert|professional|sound|wise|"
                    "specialist|independent|his|their|my|our|your|any|no|seek|seeking|sought|"
                    "following|follow|followed|ignore|ignored|ignoring|piece of|word of|gave|"
                    "given|give|giving|offer|offered|offering|took|take|taking|heed|heeded|"
                    "heeding|travel|safety|useful|practical|helpful|contrary|conflicting"
                ),
                not_after=w(
                    "them|him|her|us|me|you|people|customers|clients|patients|investors|"
                    "consumers|users|that|against|on|the|their|his|our|its|to|whether|how|"
                    "caution|parents|travellers|drivers|residents|anyone|everyone|members|fans|"
                    "shareholders|staff|ministers|governments|firms|companies|businesses|banks"
                ),
            ),
            Ctx(
                "advice",
                "advise",
                before=w(
                    "will|would|could|should|can|may|might|must|strongly|I|we|they|to|not|also|"
                    "better|urged to|agreed to|able to|paid to|hired to|employed to|appointed to"
                ),
                not_before=w(
                    "listen|listened|listening|turn|turned|turning|according|contrary|open|"
                    "respond|responded|react|reacted|led|leading"
                )
                + r"\s+to",
                after=w(
                    "them|him|her|us|me|people|customers|clients|patients|investors|consumers|"
                    "users|travellers|drivers|residents|anyone|everyone|members|fans|"
                    "shareholders|staff|ministers|governments|the government|firms|companies|"
                    "the company|the board|caution"
                ),
            ),
        ),
        (
            ("She ignored the advise of her lawyers.", "She ignored the advice of her lawyers."),
            ("Doctors strongly advice people to rest.", "Doctors strongly advise people to rest."),
            ("He sought legal advise.", "He sought legal advice."),
            (
                "Guided by our legal advise, we will appeal.",
                "Guided by our legal advice, we will appeal.",
            ),
        ),
        (
            "She ignored the advice of her lawyers.",
            "Doctors advise people to rest.",
            "He was hired to advise the board.",
            "Contrary to advice from officials.",
            "She will advise on the deal.",
            "They turned to advice from experts.",
            "We would advise against travel.",
            "Advice against travel was issued.",
            "Firms that advise.",
            "The government advise travellers to stay away.",
            "Help her advise others.",
            "Listen to advice them all gave.",
        ),
    ),
    ConfusableSet(
        "accept-except",
        "accept/except",
        "`accept` is to receive or agree; `except` means but or excluding.",
        (
            Ctx(
                "except|excepting",
                "accept|accepting",
                before=w(
                    "will|would|could|can|cannot|can't|won't|wouldn't|refused to|refuse to|"
                    "refuses to|agreed to|agree to|willing to|ready to|prepared to|happy to|"
                    "had to|have to|has to|didn't|did not|doesn't|don't|finally|reluctantly|"
                    "readily|gladly|formally|duly"
                ),
                after=w(
                    "the|a|an|his|her|their|its|our|this|these|defeat|responsibility|blame|"
                    "liability|offers|bids|payment|payments|cash|money|donations|gifts|bribes|"
                    "apologies|cuts|changes|that"
                ),
            ),
            Ctx(
                "excepted",
                "accepted",
                after=w(
                    "the offer|an offer|his resignation|her resignation|the resignation|"
                    "the invitation|an invitation|the deal|the bid|a bid|the verdict|the ruling|"
                    "the decision|the result|the terms|the proposal|the proposals|the challenge|"
                    "defeat|responsibility|the blame|the apology|an apology|the nomination|"
                    "the award|the post|the job|the role|the position|a place|"
                    "the recommendations|the findings"
                ),
            ),
            Ctx("accept", "except", before=r",", after=w("for"), safe=False),
        ),
        (
            ("He refused to except the offer.", "He refused to accept the offer."),
            ("The board excepted his resignation.", "The board accepted his resignation."),
            (
                "Everything was ready, accept for the stage.",
                "Everything was ready, except for the stage.",
            ),
        ),
        (
            "He refused to accept the offer.",
            "Everyone except the captain was there.",
            "All the players, except Owen, trained.",
            "They all accept that it was wrong.",
            "Would anyone accept the terms?",
            "Present company excepted.",
            "They should move on, accept that they lost.",
            "Nobody would go except the captain.",
        ),
    ),
    ConfusableSet(
        "whose-whos",
        "whose/who's",
        "`whose` is possessive; `who's` is `who is` or `who has`.",
        (
            Ctx(
                "who's",
                "whose",
                after=w(
                    "own|parents|father|mother|wife|husband|son|sons|daughter|daughters|children|"
                    "family|families|name|names|job|jobs|company|death|deaths|house|body|car|team|"
                    "career|brother|sister|partner|girlfriend|boyfriend|music|films|books|album|"
                    "debut|latest|shares|profits|contract|previous|former|father's|mother's|"
                    "responsibility|fault|idea|turn|side|behalf|members|clients|staff|fans|"
                    "husband's|identity|life|lives|business|firm|plans|record|credits|songs|hits"
                )
                + r"(?!\s+(?:is|was|has|are|will|would|been))",
            ),
            Ctx(
                "whose",
                "who's",
                after=w("been|a|an|the|going to|not|got|who|to blame|responsible|afraid"),
            ),
        ),
        (
            (
                "The singer, who's own album is out, spoke.",
                "The singer, whose own album is out, spoke.",
            ),
            ("Whose been to Paris?", "Who's been to Paris?"),
            ("We know whose going to win.", "We know who's going to win."),
        ),
        (
            "The singer, whose own album is out, spoke.",
            "Who's been to Paris?",
            "Who's who of the music world.",
            "Whose side are you on?",
            "The man whose car was stolen.",
            "A firm whose shares rose.",
            "I don't know whose it is.",
            "The violinist, whose playing was superb, bowed.",
            "The band, whose next album is due, toured.",
            "Who's first in line?",
            "Who's home?",
            "A firm whose now defunct arm failed.",
        ),
    ),
    ConfusableSet(
        "your-youre",
        "your/you're",
        "`your` is possessive; `you're` is `you are`.",
        (
            Ctx("your", "you're", after=r"(?-i:a|an|the)(?![\w'’-])|" + w("not|going to|gonna")),
            Ctx(
                "you're",
                "your",
                after=w(
                    "own|name|family|car|money|life|friends|children|kids|job|parents|phone|"
                    "mobile|computer|team|fault|turn|way|choice|vote|views|behalf|eyes|hands|"
                    "head|heart|mind|wife|husband|partner|club|country|mother|father|account|"
                    "details|password|data|business|company|career"
                )
                + r"(?!\s+(?:is|was|has|are))",
            ),
        ),
        (
            ("Your not going to believe this.", "You're not going to believe this."),
            ("If your a fan, buy it.", "If you're a fan, buy it."),
            ("Do it you're own way.", "Do it your own way."),
        ),
        (
            "You're not going to believe this.",
            "Your welcome message is ready.",
            "Do it your own way.",
            "You're welcome.",
            "Your right to vote.",
            "Your so-called friends.",
            "You're right.",
            "Thank you for your welcome.",
            "Your A grade stands.",
        ),
    ),
    ConfusableSet(
        "to-too",
        "to/too",
        "`too` means also or excessively; `to` is the preposition and infinitive marker.",
        (
            Ctx(
                "to",
                "too",
                before=w(
                    "far|is|was|are|were|been|being|it's|that's|it is|seemed|seems|looks|looked|"
                    "felt|feels|become|became|becoming|getting|grown|simply|just|slightly|bit|"
                    "little|perhaps|maybe"
                ),
                after=w(
                    "much|many|late|early|often|far|soon|big|small|high|low|expensive|cheap|"
                    "difficult|hard|easy|young|old|strong|weak|good|bad|busy|tired|ill|sick|afraid|"
                    "scared|dangerous|risky|few|little|great|heavy|complex|complicated|costly|"
                    "severe|harsh|lenient|generous|optimistic|pessimistic|confident|ambitious|"
                    "keen|eager|large|tough|far-fetched"
                )
                + r"(?=\s*(?:[,.;!?)\]”]|—|–|$|(?:to|for|and|but|or)\s|now\b|yet\b))",
                not_before=r"\b(?:due|set|going|likely|up|back|down|forward|close|next|similar|"
                r"equivalent|compared|thanks|according|subject|prior|opposed|exposed|used|"
                r"linked|related|committed|open|closer|returned|moved|delayed|postponed)\s+to",
            ),
            Ctx(
                "to",
                "too",
                before=w("far"),
                after=w("many|much|few|little|late|early|long|often|soon"),
            ),
            Ctx(
                "to",
                "too",
                before=w("way"),
                after=w("many|much|few|little|late|early|long|often|soon"),
                not_after=r"\w+\s+\w+['’]",
            ),
            Ctx(
                "too",
                "to",
                before=w(
                    "want|wants|wanted|going|have|has|had|need|needs|needed|able|unable|tried|"
                    "try|trying|used|plans|planned|plan|hope|hoped|hopes|expected|expects|likely|"
                    "unlikely|decided|decide|ought|allowed|refused|agreed|continue|continued|"
                    "began|started|seems|seemed|due|about|willing|ready|failed|managed|wish|"
                    "wished|chose"
                ),
                after=BASE_VERBS + r"(?!\s*[,.;!?])",
            ),
            Ctx(
                "too",
                "to",
                before=w(
                    "went|go|going|goes|come|came|coming|according|due|next|thanks|compared|"
                    "listen|listened|talk|talked|talking|spoke|speak|moved|return|returned|"
                    "went back|sent|send|owing|prior|in addition|in response|in order"
                ),
                after=w(
                    "the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|"
                    "London|Paris|court"
                ),
                not_after=w("the same|a degree|an extent|the point"),
            ),
        ),
        (
            ("The price was to high for buyers.", "The price was too high for buyers."),
            ("There were far to many errors.", "There were far too many errors."),
            ("They want too go home.", "They want to go home."),
            ("The team went too the final.", "The team went to the final."),
            ("It is to late.", "It is too late."),
        ),
        (
            "The price was too high.",
            "The film opened to much acclaim.",
            "She spoke to many people.",
            "It was delayed to late 2005.",
            "They want to go home.",
            "I have too many.",
            "He came too, and stayed.",
            "The plan is to cut costs.",
            "Sales are set to rise.",
            "It is due to open in May.",
            "Jobs are to go.",
            "The plan is to close for two weeks.",
            "The aim is to slow growth.",
            "Much to many people's surprise, he won.",
            "It is the way to many voters' hearts.",
            "They seemed too open to criticism.",
            "He came, and me too, the next day.",
        ),
    ),
    ConfusableSet(
        "complement-compliment",
        "complement/compliment",
        "`complement` completes or suits; `compliment` is praise.",
        (
            Ctx(
                "compliment|compliments",
                "complement|complements",
                before=w(
                    "perfect|a perfect|ideal|an ideal|natural|a natural|useful|a useful|neat|a neat"
                ),
                after=w("to|for|of")
                + r"(?!\s+(?:him|her|them|us|me|you|the\s+(?:team|players?|manager|coach|chef|"
                r"staff|club|fans|crowd|side)))",
                safe=False,
            ),
            Ctx(
                "compliment",
                "complement",
                before=w("full|a full|the full|its full|their full|a complete"),
            ),
            Ctx(
                "compliments|complimented",
                "complements|complemented",
                before=w("that|which|and|it|will|would|should|perfectly|nicely|neatly|ideally"),
                after=w("each other|one another|the existing|its existing|their existing")
                + r"(?!\s+(?:on|for))",
                safe=False,
            ),
            Ctx(
                "complement|complements",
                "compliment|compliments",
                before=w(
                    "pay|paid|paying|pays|pay him a|paid him a|paid her a|pay her a|"
                    "a back-handed|a backhanded|backhanded|highest|the highest|take it as a|"
                    "took it as a|taken as a|fishing for"
                ),
            ),
            Ctx(
                "complementary",
                "complimentary",
                after=w(
                    "tickets|ticket|drinks|drink|meals|meal|breakfast|copies|copy|champagne|"
                    "refreshments|passes|upgrade|upgrades|about|towards|toward|remarks|review|"
                    "reviews"
                ),
            ),
        ),
        (
            (
                "The squad has a full compliment of players.",
                "The squad has a full complement of players.",
            ),
            ("Guests got complementary tickets.", "Guests got complimentary tickets."),
            ("He paid her a complement.", "He paid her a compliment."),
        ),
        (
            "The squad has a full complement of players.",
            "He paid her a compliment.",
            "It was a nice compliment to the team.",
            "The two skills complement each other.",
            "Guests got complimentary tickets.",
            "Complementary therapies are popular.",
            "It works as a complement to existing services.",
            "It is a great complement to the menu.",
            "They were quick to compliment each other.",
        ),
    ),
    ConfusableSet(
        "discreet-discrete",
        "discreet/discrete",
        "`discreet` is tactful or unobtrusive; `discrete` means separate.",
        (
            Ctx(
                "discrete",
                "discreet",
                after=w(
                    "inquiries|enquiries|word|silence|distance|manner|conversation|conversations|"
                    "lobbying|diplomacy|affair|glance"
                ),
                safe=False,
            ),
            Ctx(
                "discrete",
                "discreet",
                before=w(
                    "very|extremely|quietly|be|being|remain|remained|remains|stay|stayed|always|"
                    "highly|too|ever"
                ),
                after=END + "|" + w("about"),
            ),
            Ctx(
                "discreet",
                "discrete",
                after=w(
                    "units|components|parts|elements|categories|packages|sections|variables|data|"
                    "values|entities|chunks|modules|segments|graphics|mathematics|maths|"
                    "transistors|graphics card|cosine|logic"
                ),
            ),
        ),
        (
            ("Officials made discrete inquiries.", "Officials made discreet inquiries."),
            ("The laptop has discreet graphics.", "The laptop has discrete graphics."),
            ("She was very discrete about it.", "She was very discreet about it."),
        ),
        (
            "Officials made discreet inquiries.",
            "The laptop has discrete graphics.",
            "She was very discreet.",
            "The data falls into discrete categories.",
            "A discreet word in the ear.",
            "He took discreet steps to leave.",
            "The units are more discrete in time.",
        ),
    ),
    ConfusableSet(
        "breath-breathe",
        "breath/breathe",
        "`breath` is the noun; `breathe` the verb.",
        (
            Ctx(
                "breath",
                "breathe",
                before=w(
                    "to|can|can't|cannot|could|couldn't|will|would|unable to|able to|struggle to|"
                    "struggled to|struggling to|hard to|difficult to|didn't|don't|doesn't"
                )
                + r"|\w['’]ll",
                after=w(
                    "new life|life|a sigh|easy|easier|easily|again|freely|deeply|heavily|"
                    "normally|properly|in|out|through|fire|air|oxygen|smoke|fumes"
                )
                + "|"
                + END,
                not_before=w("breath to|from one breath to"),
            ),
            Ctx(
                "breath",
                "breathe",
                after=w("new life|life into|a sigh of relief|a collective sigh"),
                not_before=w(
                    "a|of|the|his|her|their|its|deep|last|fresh|second|first|short|bated|baited|"
                    "one|every|each|final"
                ),
            ),
            Ctx(
                "breathe",
                "breath",
                before=w(
                    "a|deep|his|her|their|my|your|our|of|under|hold|held|holding|catch|caught|"
                    "catching|out of|take a|took a|taking a|fresh|last|bated|baited|second|short|"
                    "every|each|final|bad|shortness of|waste of"
                ),
                not_after=w("a sigh|easy|easier|life|new life|in|out"),
            ),
        ),
        (
            ("Fans can breath a sigh of relief.", "Fans can breathe a sigh of relief."),
            ("He took a deep breathe.", "He took a deep breath."),
            (
                "The deal will breath new life into the town.",
                "The deal will breathe new life into the town.",
            ),
        ),
        (
            "Fans can breathe a sigh of relief.",
            "He took a deep breath.",
            "She was out of breath.",
            "He held his breath.",
            "A breath of fresh air.",
            "Let them breathe.",
            "Hard to catch your breath.",
            "From breath to breath.",
        ),
    ),
    ConfusableSet(
        "site-sight-cite",
        "site/sight/cite",
        "`site` is a place; `sight` is vision or a view; `cite` is to quote as evidence.",
        (
            Ctx(
                "sight|sights",
                "site|sites",
                before=w(
                    "web|building|construction|crash|archaeological|heritage|camp|launch|burial|"
                    "nuclear|landfill|brownfield|greenfield|dump|disposal|memorial|blast|"
                    "excavation|camping|caravan|world heritage|industrial|networking|"
                    "social networking|internet|e-commerce|auction|shopping|dating|"
                    "file-sharing|fan|disaster|accident"
                ),
            ),
            Ctx(
                "site",
                "sight",
                before=w(
                    "no end in|in plain|at first|line of|lines of|love at first|site for sore|a sight for sore"
                ),
            ),
            Ctx("site", "sight", before=w("out of"), after=END),
            Ctx(
                "site",
                "sight",
                before=w("lose|lost|losing|loses|caught|catch|catching|catches"),
                after=w("of"),
                not_before=w("the|a|its|their|his|her") + r"\s+\w+",
            ),
            Ctx(
                "sited|sighted",
                "cited",
                after=w(
                    "as the reason|as a reason|as one reason|as evidence|as an example|"
                    "as the main reason|concerns|figures|statistics"
                ),
            ),
        ),
        (
            (
                "Workers were injured on the building sight.",
                "Workers were injured on the building site.",
            ),
            ("There is no end in site.", "There is no end in sight."),
            ("The tower was out of site.", "The tower was out of sight."),
            ("Analysts sited concerns about growth.", "Analysts cited concerns about growth."),
            ("They lost site of the goal.", "They lost sight of the goal."),
        ),
        (
            "Workers were injured on the building site.",
            "There is no end in sight.",
            "He was on site all day.",
            "The site of the former factory.",
            "A familiar sight on the streets.",
            "The web site crashed.",
            "The plant was sited by the river.",
            "Analysts cited concerns.",
            "The work is within site boundaries.",
            "The lost site of Atlantis.",
            "A bomb sight.",
        ),
    ),
    ConfusableSet(
        "council-counsel",
        "council/counsel",
        "`council` is an elected or advisory body; `counsel` is advice or a lawyer.",
        (
            Ctx(
                "council",
                "counsel",
                before=w("queen's|king's|legal|prosecuting"),
                not_after=w(
                    "tax|house|houses|estate|estates|leader|leaders|meeting|election|elections|"
                    "chamber|official|officials|office|offices|worker|workers|staff|budget|"
                    "member|members|candidate|candidates|seat|seats|boss|bosses"
                ),
                safe=False,
            ),
            Ctx(
                "council",
                "counsel",
                before=w(
                    "keep his own|keep her own|keep their own|kept his own|kept her own|"
                    "kept their own|keeping his own|keeping her own|keeping their own|"
                    "keeps his own|keeps her own|keep my own"
                ),
            ),
            Ctx(
                "council", "counsel", after=w("for the defence|for the defense|for the prosecution")
            ),
            Ctx(
                "counsel",
                "council",
                after=w(
                    "tax|taxes|house|houses|estate|estates|leader|leaders|elections|chamber|flat|"
                    "flats|housing|officers|tenants|budget"
                ),
            ),
            Ctx(
                "counsel",
                "council",
                caps=True,
                before=w("town|district|borough|parish|security|privy"),
            ),
            Ctx(
                "counsel",
                "council",
                caps=True,
                before=w("city|county|local|european|regional"),
                after=w(
                    "tax|house|houses|estate|leader|elections|chamber|flat|flats|workers|worker|"
                    "housing|officers|offices|meeting|tenants|planning|spokesman|spokeswoman|"
                    "member|members"
                ),
            ),
        ),
        (
            ("He was defended by Queen's council.", "He was defended by Queen's counsel."),
            ("She prefers to keep her own council.", "She prefers to keep her own counsel."),
            ("Residents face a rise in counsel tax.", "Residents face a rise in council tax."),
            ("The UN Security Counsel met on Monday.", "The UN Security Council met on Monday."),
        ),
        (
            "Residents face a rise in council tax.",
            "She prefers to keep her own counsel.",
            "Their own council voted against it.",
            "The general counsel of the firm.",
            "Counsel for the defence said.",
            "The county counsel said the law was clear.",
            "The Defence Council met.",
            "A legal council member resigned.",
        ),
    ),
    ConfusableSet(
        "elicit-illicit",
        "elicit/illicit",
        "`elicit` is to draw out (a response); `illicit` means illegal.",
        (
            Ctx(
                "illicit",
                "elicit",
                before=w(
                    "to|will|would|could|may|might|can|failed to|trying to|tried to|designed to|"
                    "bid to|hope to|hoped to|aimed to|sought to|attempt to|attempted to"
                ),
                after=w(
                    "a|an|the|any|no|some|much|little|sympathy|support|information|responses|"
                    "response|reaction|reactions|comment|comments|confessions|a confession|praise|"
                    "criticism|laughter|applause|cheers|boos|tears|interest|details|views|answers|"
                    "their|his|her|its|from"
                ),
            ),
            Ctx("illicited|illiciting", "elicited|eliciting"),
            Ctx(
                "elicit",
                "illicit",
                after=w(
                    "drugs|drug|affair|affairs|trade|trading|substances|activities|activity|goods|"
                    "relationship|relationships|copies|downloads|file-sharing|trafficking|arms|"
                    "weapons|sex|liaison|software|traffic|market|markets|labs"
                ),
                not_before=MODAL,
            ),
        ),
        (
            ("The appeal failed to illicit a response.", "The appeal failed to elicit a response."),
            ("Police seized elicit drugs.", "Police seized illicit drugs."),
        ),
        (
            "The appeal failed to elicit a response.",
            "Police seized illicit drugs.",
            "An illicit affair.",
            "It will elicit sympathy.",
            "The trade in illicit copies.",
            "Appeals elicit funds from donors.",
        ),
    ),
    ConfusableSet(
        "stationary-stationery",
        "stationary/stationery",
        "`stationary` means not moving; `stationery` is paper and pens.",
        (
            Ctx(
                "stationery",
                "stationary",
                after=w(
                    "car|cars|vehicle|vehicles|traffic|bike|bicycle|position|object|objects|"
                    "target|targets|front|phase|engine|train|trains|lorry|lorries|truck|trucks|"
                    "bus|buses|state|queue|queues|satellite|orbit|wave"
                ),
            ),
            Ctx(
                "stationery",
                "stationary",
                before=w(
                    "was|were|remained|remain|remains|is|are|stood|stay|stayed|stays|held|kept|"
                    "been|be|become|became|becomes|almost|largely|virtually|completely|totally|"
                    "relatively|nearly|remaining"
                ),
                after=END
                + "|"
                + w("for|at|while|when|since|until|after|before|because|throughout"),
            ),
            Ctx(
                "stationary",
                "stationery",
                after=w(
                    "shop|shops|store|stores|supplies|supplier|suppliers|cupboard|items|business|"
                    "firm|company|retailer|retailers|chain|products|department|costs|budget|"
                    "bills|cabinet|catalogue|catalog|section"
                ),
            ),
            Ctx(
                "stationary",
                "stationery",
                before=w(
                    "office|paper and|pens and|books and|headed|personalised|personalized|"
                    "wedding|printed|luxury|cards and|writing|greeting cards and"
                ),
                not_after=w("bike|bikes|cycling|cycles|cycle|position|car|cars|vehicles"),
            ),
        ),
        (
            ("The car was stationery at the lights.", "The car was stationary at the lights."),
            ("He runs a stationary shop.", "He runs a stationery shop."),
            ("Costs of office stationary rose.", "Costs of office stationery rose."),
        ),
        (
            "The car was stationary at the lights.",
            "He runs a stationery shop.",
            "Office stationery costs rose.",
            "Prices remained stationary.",
            "An exercise on a stationary bike.",
            "Money spent on stationery.",
        ),
    ),
    ConfusableSet(
        "premier-premiere",
        "premier/premiere",
        "`premiere` is a first performance; `premier` means first in rank, or a prime minister.",
        (
            Ctx(
                "premier|premiers",
                "premiere|premieres",
                before=w(
                    "world|film|movie|gala|red-carpet|red carpet|season|series|broadway|west end|"
                    "the film's|the movie's|the show's|the play's|the opera's|star-studded|"
                    "glittering|opening-night|opening night"
                ),
                not_after=w(
                    "league|leagues|division|club|clubs|minister|ministers|rugby|golf|tour|event|"
                    "events|brand|destination"
                ),
            ),
            Ctx(
                "premier",
                "premiere",
                before=w("will|to|is set to|set to|would|due to") + r"|\w['’]ll",
                after=w("at|on|in")
                + r"\s+(?:the\s+)?(?:\w+\s+)?"
                + w(
                    "festival|cinema|cinemas|theatre|theater|channel|bbc|itv|sundance|cannes|"
                    "berlin|venice|toronto|television|tv|january|february|march|april|may|june|"
                    "july|august|september|october|november|december|next|this"
                ),
            ),
            Ctx(
                "premiere|premieres",
                "premier|premiers",
                after=w("league|leagues|division|minister|ministers|league's"),
                caps=True,
            ),
            Ctx(
                "premiere",
                "premier",
                before=w(
                    "chinese|china's|japanese|japan's|russian|russia's|french|canadian|"
                    "provincial|indian"
                ),
                after=w("wen|li|zhou|said|says"),
            ),
        ),
        (
            (
                "The film had its world premier in Cannes.",
                "The film had its world premiere in Cannes.",
            ),
            ("Arsenal lead the Premiere League.", "Arsenal lead the Premier League."),
            (
                "The show will premier on BBC One in May.",
                "The show will premiere on BBC One in May.",
            ),
        ),
        (
            "The film had its world premiere in Cannes.",
            "Arsenal lead the Premier League.",
            "The Chinese premier visited.",
            "The UK premier met Chirac.",
            "Its premier club won.",
            "The film premiered in Berlin.",
            "Europe's premier golf event.",
            "The Chinese premiere will be held in May.",
            "It is the world premier league of darts.",
        ),
    ),
    ConfusableSet(
        "formerly-formally",
        "formerly/formally",
        "`formerly` means previously; `formally` means officially.",
        (
            Ctx(
                "formerly",
                "formally",
                before=w(
                    "will|would|to|shall|must|should|could|can|may|might|not yet|yet to|been|"
                    "being|be"
                )
                + r"|\w['’]ll",
                after=w(
                    "announced|launched|charged|accused|apologised|apologized|requested|opened|"
                    "approved|agreed|signed|endorsed|adopted|recognised|recognized|notified|"
                    "invited|unveiled|confirmed|declared|ratified|rejected|accepted|welcomed|"
                    "cautioned|sworn|submitted|filed|lodged|registered|approve|announce|charge|"
                    "accuse|apologise|apologize|request|open|agree|sign|endorse|adopt|recognise|"
                    "recognize|complain|object|notify|invite|introduce|unveil|confirm|declare|"
                    "ratify|withdraw|resign|reject|accept|welcome|launch|appointed|appoint|"
                    "nominated|nominate|ask|apply|begin|start|lodge|submit|file|bid|investigated|"
                    "reprimanded|censured|questioned|interviewed|installed|elected|dissolve|"
                    "dissolved|conclude|concluded|inform|informed|present|presented|protest|"
                    "challenge|challenged|contest|contested"
                ),
                safe=False,
            ),
            Ctx(
                "formally",
                "formerly",
                before=r",",
                after=w(
                    "of|head of|chief executive|director|boss of|editor of|managing director|"
                    "chairman of|president of|part of|Mr|Ms|Mrs"
                ),
                safe=False,
            ),
            Ctx(
                "formally",
                "formerly",
                before=w("who was|which was|who were|which were|who had|which had"),
                after=w(
                    "called|owned by|run by|head of|chief executive of|boss of|married to|"
                    "based in|based at|employed by|a member of|an employee of"
                ),
                safe=False,
            ),
        ),
        (
            (
                "The deal will be formerly announced on Monday.",
                "The deal will be formally announced on Monday.",
            ),
            (
                "John Smith, formally of Sony, joined the firm.",
                "John Smith, formerly of Sony, joined the firm.",
            ),
        ),
        (
            "The deal was formally announced.",
            "John Smith, formerly of Sony, joined.",
            "The firm, formerly known as Acme, said.",
            "He was formerly employed at the bank.",
            "The disease, formally known as BSE, spread.",
            "The company was formerly owned by the state.",
            "The route formerly ended at the station.",
            "He formerly headed the firm.",
        ),
    ),
    ConfusableSet(
        "faze-phase",
        "faze/phase",
        "`faze` is to unsettle; `phase` is a stage.",
        (
            Ctx(
                "phased",
                "fazed",
                before=w(
                    "not|un|wasn't|weren't|isn't|aren't|seem|seemed|seems|looked|look|looks|"
                    "remain|remained|never|hardly|barely|totally|completely|remotely|easily|"
                    "seemingly|didn't seem|doesn't seem|don't seem"
                ),
                after=w("by|at all|in the least|one bit") + "|" + END,
                not_after=w("by") + r"\s+(?:\d|the\s+end|region|country|year|stage)",
            ),
            Ctx(
                "phase|phases",
                "faze|fazes",
                before=w(
                    "didn't|doesn't|don't|won't|wouldn't|did not|does not|will not|nothing|"
                    "never|seemed to|seems to|to"
                ),
                after=w("me|him|her|them|us|at all|one bit|in the least"),
            ),
            Ctx("faze|fazes", "phase|phases", after=w("out|in|one|two|three|four|1|2|3|of|ii|iii")),
            Ctx(
                "faze|fazes",
                "phase|phases",
                before=w(
                    "first|second|third|final|next|new|early|later|this|that|the|a|latest|"
                    "current|initial|group|knockout|testing|trial|development|planning|construction"
                ),
            ),
            Ctx("fazed|fazing", "phased|phasing", after=w("out|in")),
        ),
        (
            ("He was not phased by the crowd.", "He was not fazed by the crowd."),
            ("The first faze of the plan is done.", "The first phase of the plan is done."),
            ("The tax will be fazed out.", "The tax will be phased out."),
            ("It didn't phase him.", "It didn't faze him."),
        ),
        (
            "He was not fazed by the crowd.",
            "The first phase of the plan.",
            "The tax will be phased out.",
            "The work will be phased in.",
            "Nothing seemed to faze him.",
            "The scheme was phased over three years.",
            "The cuts were not phased by region.",
            "The project will be phased.",
        ),
    ),
    ConfusableSet(
        "sole-soul",
        "sole/soul",
        "`sole` means only (or is a foot's underside, or a fish); `soul` is the spirit.",
        (
            Ctx(
                "soul",
                "sole",
                before=w("the|a|his|her|their|its|our|my|your"),
                after=w(
                    "purpose|aim|reason|survivor|owner|responsibility|beneficiary|trader|source|"
                    "candidate|bidder|objective|focus|remaining|supplier|distributor|provider|"
                    "representative|heir|right|rights|charge|control|discretion|authority|"
                    "exception|agent|goal|task|job|function|intention|motive|concern|criterion|"
                    "basis|custody|ownership|shareholder|proprietor|surviving|means|income|"
                    "breadwinner|carer|guardian|arbiter|contender|occupant|user|member|director|"
                    "sponsor|backer|investor|winner|scorer|goal-scorer"
                ),
            ),
            Ctx(
                "soul",
                "sole",
                after=w(
                    "trader|traders|proprietor|proprietors|custody|discretion|responsibility|"
                    "ownership|breadwinner"
                ),
                not_before=w("the|a|his|her|their|its|our|my|your|of|neo|northern|deep|funk|jazz"),
            ),
            Ctx(
                "sole",
                "soul",
                before=w(
                    "heart and|body and|mind and|life and|lost|tortured|brave|kindred|gentle|"
                    "poor|immortal|not a|living|human|searching|his very|her very|the very|"
                    "northern"
                ),
                not_after=w(
                    "purpose|aim|reason|survivor|owner|responsibility|beneficiary|trader|source|"
                    "candidate|bidder|objective|focus|remaining|supplier|right|rights|charge|"
                    "control|authority|exception|agent|voice|goal|task|job|custody|ownership|"
                    "shareholder"
                ),
            ),
            Ctx(
                "sole",
                "soul",
                after=w("music|singer|singers|searching|mate|mates|food|ballad|ballads|revue"),
            ),
            Ctx(
                "sole-searching|sole-destroying|sole-mate",
                "soul-searching|soul-destroying|soul-mate",
            ),
        ),
        (
            ("He was the soul survivor of the crash.", "He was the sole survivor of the crash."),
            ("The firm did some sole-searching.", "The firm did some soul-searching."),
            ("She put heart and sole into it.", "She put heart and soul into it."),
        ),
        (
            "He was the sole survivor.",
            "She put heart and soul into it.",
            "A soul singer from Detroit.",
            "The sole of his shoe.",
            "His sole aim is to win.",
            "The Soul Survivor festival.",
            "Northern soul fans.",
            "He was the sole star of the show.",
            "The bare sole of his foot.",
            "Every sole trader pays tax.",
            "His soul voice is famous.",
        ),
    ),
    ConfusableSet(
        "brake-break",
        "brake/break",
        "`brake` slows a vehicle; `break` is to split, or a pause.",
        (
            Ctx(
                "breaks",
                "brakes",
                before=w(
                    "hit the|hits the|hitting the|slammed on the|slam on the|slams on the|"
                    "slamming on the|apply the|applied the|applying the|pumped the|jammed on the"
                ),
                after=w("on|and|as|when|hard") + "|" + END,
            ),
            Ctx("breaks", "brakes", before=w("put the|puts the|putting the"), after=w("on")),
            Ctx(
                "break",
                "brake",
                after=w(
                    "pads|pad|pedal|pedals|lights|fluid|discs|disks|cable|cables|failure|lever|"
                    "levers|linings|callipers|calipers|drums|horsepower"
                ),
            ),
            Ctx(
                "brake|brakes",
                "break|breaks",
                before=w(
                    "lunch|tea|summer|christmas|easter|half-term|commercial|coffee|tax|lucky|"
                    "clean|international|mid-season|career|prison|jail|toilet|maternity|"
                    "paternity|festive|two-week|week-long|month-long|weekend|holiday|comfort|"
                    "ad|advertising|smoking|cigarette|a lucky|a clean|the big|his big|her big|"
                    "their big"
                ),
            ),
            Ctx(
                "brake|brakes|braking|braked",
                "break|breaks|breaking|broke",
                after=w(
                    "even|free|loose|the record|a record|the deadlock|the silence|his silence|"
                    "her silence|their silence|its silence|the law|the rules|ranks|the mould|"
                    "the mold|new ground|the ice|the bank|the habit|the news|their duck|his duck|"
                    "records|the world record|the tie"
                ),
            ),
            Ctx("brake-up|brake-in|brakethrough", "break-up|break-in|breakthrough"),
        ),
        (
            ("The driver slammed on the breaks.", "The driver slammed on the brakes."),
            ("Staff get a lunch brake at noon.", "Staff get a lunch break at noon."),
            ("The firm will brake even this year.", "The firm will break even this year."),
            ("Police found faulty break pads.", "Police found faulty brake pads."),
        ),
        (
            "The driver slammed on the brakes.",
            "Staff get a lunch break.",
            "The firm will break even.",
            "A brake on growth.",
            "He had a short break.",
            "The emergency brake failed.",
            "Take breaks in the day.",
            "A short brake test.",
            "Drivers brake into the corner.",
            "They were dangerous on the breaks.",
            "Trucks use spring brakes.",
        ),
    ),
    ConfusableSet(
        "waiver-waver",
        "waiver/waver",
        "`waver` is to hesitate; `waiver` is giving up a right (and its form).",
        (
            Ctx(
                "waiver|waivered|waivering|waivers",
                "waver|wavered|wavering|wavers",
                before=w(
                    "not|never|didn't|did not|won't|will not|did|began to|begun to|begin to|"
                    "started to|would|may|might|could|can|cannot|seemed to|seems to|appears to|"
                    "appeared to|refused to|has never|had never|have never|support|resolve|"
                    "commitment|confidence|determination|faith|has not|had not|never once|"
                    "not once|slightly|briefly|still"
                ),
                not_after=w(
                    "of|for|from|on|form|forms|clause|clauses|fee|fees|scheme|programme|program|"
                    "request|requests|application|rights|rule|rules|the|a|an|any|his|her|their|its"
                ),
            ),
            Ctx("waivering", "wavering"),
            Ctx(
                "waver|wavers",
                "waiver|waivers",
                before=w(
                    "a|the|any|no|special|signed|sign|granted|grant|seek|sought|seeking|issued|"
                    "issue|obtain|obtained|request|requested"
                ),
                after=w(
                    "of|for|from|form|forms|clause|clauses|scheme|programme|program|application|"
                    "request|requests|fee|fees"
                )
                + r"(?!\s+(?:in|over|on|between))",
            ),
            Ctx(
                "waver|wavers",
                "waiver|waivers",
                before=w("visa|fee|tax|debt|liability|medical|draft"),
            ),
        ),
        (
            ("His support never waivered.", "His support never wavered."),
            ("Visitors need a visa waver.", "Visitors need a visa waiver."),
            ("She did not waiver in her resolve.", "She did not waver in her resolve."),
        ),
        (
            "His support never wavered.",
            "Visitors need a visa waiver.",
            "She signed a waiver.",
            "The firm sought a waiver of the fee.",
            "He did not waver.",
            "A waiver form for the trip.",
            "The club has waiver rights.",
            "They did not waive the fee.",
        ),
    ),
    ConfusableSet(
        "bated-baited",
        "bated/baited",
        "`bated breath` is held breath; `baited` has bait on it.",
        (
            Ctx("baited", "bated", after=w("breath|breaths")),
            Ctx("bated", "baited", after=w("hook|hooks|trap|traps|line|lines")),
        ),
        (
            ("Fans waited with baited breath.", "Fans waited with bated breath."),
            ("A bated trap caught the fox.", "A baited trap caught the fox."),
        ),
        (
            "Fans waited with bated breath.",
            "A baited trap caught the fox.",
            "He baited the crowd.",
        ),
    ),
    ConfusableSet(
        "pore-pour",
        "pore/pour",
        "`pore over` is to study closely; `pour` is to flow or tip out.",
        (
            Ctx(
                "pour|poured|pouring|pours",
                "pore|pored|poring|pores",
                after=w("over")
                + r"\s+(?:(?:the|his|her|their|its|every|a|thousands\s+of|hundreds\s+of|old)\s+)?"
                + w(
                    "documents|details|records|papers|files|evidence|figures|report|reports|data|"
                    "pages|maps|books|book|minutes|statements|accounts|text|transcripts|footage|"
                    "photos|photographs|results|contract|contracts|plans|designs|detail|"
                    "small print|fine print|manuscripts|letters|emails|e-mails|archives|texts|"
                    "charts|paperwork|notes|polls|tapes|document|file|dossier|every word|"
                    "legislation|statistics|spreadsheets"
                ),
            ),
            Ctx(
                "pore|pored|poring|pores",
                "pour|poured|pouring|pours",
                after=w("scorn|cold water|money|cash|funds|millions|billions|resources|troops"),
            ),
            Ctx("pored|poring", "poured|pouring", after=w("in|into|out|down|forth|onto")),
        ),
        (
            ("Lawyers poured over the documents.", "Lawyers pored over the documents."),
            ("Critics pored scorn on the plan.", "Critics poured scorn on the plan."),
        ),
        (
            "Lawyers pored over the documents.",
            "Critics poured scorn on the plan.",
            "Water poured over the top.",
            "Money poured in.",
            "Pour the sauce over the pasta.",
            "Skin pores in the face.",
        ),
    ),
    ConfusableSet(
        "flout-flaunt",
        "flout/flaunt",
        "`flout` is to break (a rule) openly; `flaunt` is to show off.",
        (
            Ctx(
                "flaunt|flaunted|flaunting|flaunts",
                "flout|flouted|flouting|flouts",
                after=r"(?:(?:the|its|their|his|her|international|un|eu|planning|safety|traffic|a)\s+)?"
                + w(
                    "rules|rule|law|laws|regulations|regulation|ban|bans|guidelines|convention|"
                    "conventions|sanctions|restrictions|ceasefire|curfew|embargo|resolutions|"
                    "resolution|court order|injunction|treaty|treaties|legislation|speed limit|"
                    "warnings"
                ),
            ),
            Ctx(
                "flout|flouted|flouting|flouts",
                "flaunt|flaunted|flaunting|flaunts",
                after=r"(?:his|her|their|its|your)\s+(?:(?:new|own)\s+)?"
                + w(
                    "wealth|riches|money|body|bodies|figure|success|talent|talents|status|style|"
                    "curves|assets|credentials|cash|looks|jewellery|jewelry|skills"
                ),
            ),
        ),
        (
            ("Drivers flaunted the rules.", "Drivers flouted the rules."),
            ("Stars flout their wealth.", "Stars flaunt their wealth."),
        ),
        (
            "Drivers flouted the rules.",
            "Stars flaunt their wealth.",
            "She flaunted her new dress.",
            "The regime flouts international law.",
            "He flaunted his authority.",
        ),
    ),
    ConfusableSet(
        "lightning-lightening",
        "lightning/lightening",
        "`lightning` is the flash in a storm; `lightening` is making lighter.",
        (
            Ctx(
                "lightening",
                "lightning",
                after=w(
                    "strike|strikes|struck|bolt|bolts|rod|rods|speed|fast|quick|storm|storms|war|"
                    "raid|raids|pace|reflexes|flash|flashes|visit|tour|counter-attack"
                ),
            ),
            Ctx(
                "lightening",
                "lightning",
                before=w(
                    "thunder and|struck by|bolt of|flash of|flashes of|like|greased|hit by|"
                    "killed by|forked|sheet|ball"
                ),
                not_after=w(
                    "the|their|its|his|her|our|my|your|of|a|an|up|load|mood|burden|effect|skin|"
                    "hair|cream|creams|products"
                ),
            ),
        ),
        (
            ("He was struck by lightening.", "He was struck by lightning."),
            ("The winger has lightening pace.", "The winger has lightning pace."),
        ),
        (
            "He was struck by lightning.",
            "A lightning strike.",
            "Lightening the load helped.",
            "The mood is lightening.",
            "Skin-lightening creams.",
            "It felt like lightening the mood.",
        ),
    ),
    ConfusableSet(
        "tenet-tenant",
        "tenet/tenant",
        "`tenet` is a principle or belief; `tenant` rents a property.",
        (
            Ctx(
                "tenant|tenants",
                "tenet|tenets",
                before=w("core|central|basic|fundamental|guiding|cardinal"),
            ),
            Ctx(
                "tenants",
                "tenets",
                after=w("of")
                + r"\s+(?:the\s+)?"
                + w(
                    "faith|belief|beliefs|islam|christianity|judaism|buddhism|hinduism|"
                    "capitalism|socialism|liberalism|conservatism|communism|democracy|journalism|"
                    "religion|thatcherism|blairism|new labour|science|economics|catholicism|"
                    "marxism"
                ),
            ),
        ),
        (
            (
                "Free speech is a core tenant of democracy.",
                "Free speech is a core tenet of democracy.",
            ),
            ("He broke the tenants of the faith.", "He broke the tenets of the faith."),
        ),
        (
            "Free speech is a core tenet of democracy.",
            "The tenants of the building complained.",
            "The mall lost its main tenant.",
            "Council tenants face higher rents.",
            "The founding tenants of the tower moved in.",
            "The tenants of its flats complained.",
        ),
    ),
    ConfusableSet(
        "wreak-wreck",
        "wreak/wreck",
        "`wreak` (havoc, revenge) is to inflict; `wreck` is to destroy, or a ruin.",
        (
            Ctx(
                "wreck|wrecked|wrecking|wrecks|reek|reeked|reeking|reeks",
                "wreak|wreaked|wreaking|wreaks|wreak|wreaked|wreaking|wreaks",
                after=w("havoc|havock|revenge|vengeance|mayhem"),
            ),
            Ctx("wreak", "wreck", before=w("car|train|ship|plane|nervous|total|complete")),
        ),
        (
            ("Storms could wreck havoc on the coast.", "Storms could wreak havoc on the coast."),
            ("The floods wrecked havoc.", "The floods wreaked havoc."),
        ),
        (
            "Storms could wreak havoc on the coast.",
            "The crash wrecked his car.",
            "Divers found the wreck.",
            "The plan is a wreck.",
        ),
    ),
    ConfusableSet(
        "loath-loathe",
        "loath/loathe",
        "`loath` means reluctant (`loath to`); `loathe` is to hate.",
        (
            Ctx(
                "loathe",
                "loath",
                before=w(
                    "is|was|are|were|be|been|seem|seems|seemed|remain|remains|remained|appear|"
                    "appears|appeared|very|rather|somewhat|equally|understandably|naturally|am"
                )
                + r"|(?<!\blet)['’](?:s|re|m)",
                after=w("to"),
            ),
            Ctx(
                "loath",
                "loathe",
                before=w("I|we|they|you|fans|critics|people|to|really|simply|genuinely|absolutely"),
                after=w(
                    "the|it|him|her|them|us|me|each other|one another|his|their|its|every|being|"
                    "this|that|all"
                ),
            ),
        ),
        (
            ("Ministers are loathe to act.", "Ministers are loath to act."),
            ("Fans loath the new kit.", "Fans loathe the new kit."),
        ),
        (
            "Ministers are loath to act.",
            "Fans loathe the new kit.",
            "I loathe to say it.",
            "They were still loath to act.",
        ),
    ),
    ConfusableSet(
        "cue-queue",
        "cue/queue",
        "`cue` is a signal (`on cue`, `take a cue`); `queue` is a line of people.",
        (
            Ctx(
                "queue",
                "cue",
                before=w(
                    "right on|as if on|bang on|exactly on|dead on|almost on|just on|perfectly on"
                ),
            ),
            Ctx(
                "queue|queues",
                "cue|cues",
                before=w("take|took|taking|takes|taken")
                + r"\s+(?:a|his|her|their|its|our|my|your)",
                after=w("from"),
            ),
        ),
        (
            ("Right on queue, the rain began.", "Right on cue, the rain began."),
            ("The firm took its queue from rivals.", "The firm took its cue from rivals."),
        ),
        (
            "Right on cue, the rain began.",
            "People waited in a queue.",
            "Fans queue from dawn.",
            "Callers were put on queue.",
        ),
    ),
    ConfusableSet(
        "pedal-peddle",
        "pedal/peddle",
        "`pedal` is pushed by a foot; `peddle` is to sell or spread (drugs, lies).",
        (
            Ctx(
                "peddle|peddled|peddling|peddles",
                "pedal|pedalled|pedalling|pedals",
                before=w("back|soft|to the|foot on the"),
                not_after=w("drugs|lies|the|a|an|his|her|their|its"),
            ),
            Ctx("peddle", "pedal", after=w("power|bin|bins|to the metal")),
            Ctx(
                "back-peddle|back-peddled|back-peddling|backpeddle|backpeddled|backpeddling",
                "back-pedal|back-pedalled|back-pedalling|back-pedal|back-pedalled|back-pedalling",
            ),
            Ctx(
                "pedal|pedalled|pedaled|pedalling|pedaling|pedals",
                "peddle|peddled|peddled|peddling|peddling|peddles",
                after=r"(?:\w+\s+)?"
                + w(
                    "drugs|lies|myths|misinformation|conspiracy theories|propaganda|falsehoods|"
                    "rumours|rumors|counterfeit|pirated|porn|pornography|untruths|nonsense|"
                    "snake oil"
                ),
            ),
        ),
        (
            ("The minister began to back peddle.", "The minister began to back pedal."),
            ("Gangs pedal drugs on the estate.", "Gangs peddle drugs on the estate."),
        ),
        (
            "The minister began to back-pedal.",
            "Gangs peddle drugs.",
            "He pushed the pedal.",
            "She pedalled up the hill.",
            "Dealers peddle cars and bikes.",
        ),
    ),
    ConfusableSet(
        "aloud-allowed",
        "aloud/allowed",
        "`allowed` is permitted; `aloud` is out loud.",
        (
            Ctx(
                "aloud",
                "allowed",
                before=BE + "|" + w("not|now|also|still|never|finally|legally|officially"),
                after=w("to|in|into|back|on|under|through|them|him|her|us|me"),
                not_before=w(
                    "read|reading|reads|think|thinking|thought|wonder|wondered|wondering|laugh|"
                    "laughed|laughing|said|say|cry|cried|crying|spoke|speak|speaking|sing|sang|"
                    "sung|singing"
                ),
            ),
            Ctx(
                "allowed",
                "aloud",
                before=w(
                    "read|reads|think|thinking|wonder|wondered|wondering|laugh|laughed|laughing|"
                    "spoke|speak|speaking|mused|musing"
                ),
                after=END + "|" + w("that|whether|about|why|how|if"),
                not_before=w("not|be|been|being|is|are|was|were|isn't|wasn't") + r"\s+\w+",
            ),
        ),
        (
            ("Fans are not aloud to drink.", "Fans are not allowed to drink."),
            ("He wondered allowed whether it mattered.", "He wondered aloud whether it mattered."),
        ),
        (
            "Fans are not allowed to drink.",
            "He wondered aloud whether it mattered.",
            "She read the letter aloud.",
            "Reading aloud to children helps.",
            "Smoking is allowed.",
            "She read aloud to the class.",
        ),
    ),
    ConfusableSet(
        "bare-bear",
        "bare/bear",
        "`bear` is to carry or endure (`bear in mind`, `bear the brunt`); `bare` "
        "means naked or minimal.",
        (
            Ctx(
                "bare|bares|bared|baring",
                "bear|bears|bore|bearing",
                after=w(
                    "in mind|the brunt|fruit|responsibility for|the cost|the costs|witness|"
                    "a grudge|the hallmarks|no relation|no resemblance|the burden|the weight|"
                    "the name"
                ),
                not_before=w("the|a|laid|lay|lays|laying|strip|stripped"),
            ),
            Ctx(
                "bare",
                "bear",
                before=w("please|just|will|can|could|to|I|we"),
                after=w("with me|with us|with them|with him|with her"),
            ),
            Ctx("bare", "bear", before=w("grin and"), after=w("it")),
            Ctx(
                "bear",
                "bare",
                after=w(
                    "hands|feet|foot|minimum|chest|chested|essentials|necessities|breasts|walls|"
                    "shelves|knuckle|knuckles|handed|headed|footed|-knuckle|-chested"
                ),
            ),
            Ctx(
                "bear",
                "bare",
                before=w("the|a|his|her|their|its"),
                after=w("minimum|essentials|necessities|facts|truth|majority|bones"),
            ),
            Ctx(
                "bear|bears|bearing",
                "bare|bares|baring",
                after=POSS
                + r"\s+"
                + w("soul|souls|teeth|chest|breasts|bottom|bottoms|backside|buttocks|torso"),
            ),
        ),
        (
            ("Please bare in mind the cost.", "Please bear in mind the cost."),
            ("They did the bear minimum.", "They did the bare minimum."),
            (
                "Farmers will bare the brunt of the cuts.",
                "Farmers will bear the brunt of the cuts.",
            ),
        ),
        (
            "Please bear in mind the cost.",
            "They did the bare minimum.",
            "The shelves were bare.",
            "He bore the brunt.",
            "She laid bare the truth.",
            "A bear market.",
            "Bear with me.",
            "The right to bear arms.",
            "Bear bones were found in the cave.",
            "A bear skin hat.",
            "He bore her body home.",
        ),
    ),
    ConfusableSet(
        "course-coarse",
        "course/coarse",
        "`course` is a route, a class or `of course`; `coarse` means rough.",
        (
            Ctx(
                "coarse",
                "course",
                before=w("of"),
                after=END + "|" + w("the|it|he|she|they|we|there|not|this|that|I|you"),
                not_before=w("made|mix|mixture|bag|bags|sack|layer|grains|pile|blend") + r"\s+of",
            ),
            Ctx(
                "coarse",
                "course",
                before=w(
                    "in due|golf|race|crash|training|collision|due|matter of|a crash|the golf|"
                    "the race"
                ),
            ),
            Ctx(
                "coarse",
                "course",
                after=w(
                    "of action|of events|of the|of treatment|of history|of study|correction|record"
                ),
            ),
        ),
        (
            ("It will, of coarse, cost more.", "It will, of course, cost more."),
            ("They changed the coarse of action.", "They changed the course of action."),
        ),
        (
            "It will, of course, cost more.",
            "A mix of coarse sand and gravel.",
            "Coarse fishing is popular.",
            "His language was coarse.",
            "Made of coarse wool.",
            "The coarse work was done by hand.",
        ),
    ),
    ConfusableSet(
        "desert-dessert",
        "desert/dessert",
        "`desert` is dry land or to abandon (and `just deserts`); `dessert` is pudding.",
        (
            Ctx(
                "dessert|desserts",
                "desert|deserts",
                after=w(
                    "island|islands|storm|sands|sand|heat|region|regions|town|city|landscape|"
                    "wind|winds|highway|rats|fox|camp|plain|plains|dunes|nomads|kingdom|warfare|"
                    "war|floor|oasis"
                ),
            ),
            Ctx(
                "dessert|desserts",
                "desert|deserts",
                before=w(
                    "sahara|gobi|arabian|kalahari|namib|atacama|mojave|sinai|negev|libyan|syrian|"
                    "iraqi|the sahara|the gobi|sonoran|nevada|arid|vast|the vast|remote|a remote|"
                    "barren"
                ),
                caps=True,
            ),
            Ctx("desserts", "deserts", before=w("just|their just|his just|her just|its just")),
            Ctx(
                "desert|deserts",
                "dessert|desserts",
                after=w(
                    "menu|menus|spoon|spoons|wine|wines|trolley|trolleys|chef|chefs|recipe|"
                    "recipes|plate|plates|bowl|bowls|dish|dishes|cart"
                ),
            ),
        ),
        (
            ("He was stranded on a dessert island.", "He was stranded on a desert island."),
            ("The chef showed off the desert menu.", "The chef showed off the dessert menu."),
            ("The criminals got their just desserts.", "The criminals got their just deserts."),
        ),
        (
            "He was stranded on a desert island.",
            "The chef showed off the dessert menu.",
            "They got their just deserts.",
            "Troops crossed the desert.",
            "She ordered dessert.",
            "The desert course of the rally.",
        ),
    ),
    ConfusableSet(
        "hoard-horde",
        "hoard/horde",
        "`horde` is a crowd; `hoard` is a stockpile, or to stockpile.",
        (
            Ctx(
                "hoard|hoards",
                "horde|hordes",
                after=w("of")
                + r"\s+(?:\w+\s+)?"
                + w(
                    "fans|people|tourists|journalists|photographers|supporters|shoppers|visitors|"
                    "reporters|protesters|children|teenagers|students|youngsters|zombies|invaders|"
                    "migrants|fighters|warriors|barbarians|admirers|well-wishers|onlookers|"
                    "spectators|paparazzi|cameramen|autograph hunters|followers|gamers|"
                    "holidaymakers|bargain hunters|rebels|soldiers|troops|horsemen"
                ),
            ),
            Ctx(
                "horde|hordes",
                "hoard|hoards",
                after=w("of")
                + r"\s+(?:\w+\s+)?"
                + w(
                    "cash|gold|money|treasure|coins|weapons|jewels|jewellery|silver|antiquities|"
                    "artefacts|artifacts|banknotes|bullion|savings|ammunition|stolen goods"
                ),
            ),
            Ctx(
                "horde|horded|hording|hordes",
                "hoard|hoarded|hoarding|hoards",
                before=w(
                    "to|will|would|could|who|which|that|they|people|firms|companies|banks|investors|consumers|shoppers|speculators"
                ),
                after=w(
                    "cash|gold|money|food|supplies|petrol|fuel|goods|their|it|them|stock|stocks|"
                    "dollars|coins|information|data|ammunition|weapons|medicines|drugs"
                ),
            ),
        ),
        (
            ("Hoards of fans greeted the team.", "Hordes of fans greeted the team."),
            ("Police found a horde of cash.", "Police found a hoard of cash."),
        ),
        (
            "Hordes of fans greeted the team.",
            "Police found a hoard of gold coins.",
            "Shoppers began to hoard food.",
            "A horde of photographers.",
        ),
    ),
    ConfusableSet(
        "moot-mute",
        "moot/mute",
        "`moot point` is a debatable (or irrelevant) point; `mute` means silent.",
        (
            Ctx("mute", "moot", after=w("point|points")),
            Ctx("moot", "mute", after=w("button|swan")),
        ),
        (("Whether he stays is a mute point.", "Whether he stays is a moot point."),),
        (
            "Whether he stays is a moot point.",
            "She pressed the mute button.",
            "The plan was first mooted in 2003.",
            "The response was muted.",
        ),
    ),
    ConfusableSet(
        "toe-tow",
        "toe/tow",
        "`toe the line` is to conform; `in tow` means following along; `tow` is to pull.",
        (
            Ctx(
                "tow|towed|towing|tows",
                "toe|toed|toeing|toes",
                after=r"(?:the\s+)?(?:(?:party|government|official|company|club)\s+)?" + w("line"),
            ),
            Ctx("toe", "tow", before=w("in"), after=END + "|" + w("and|as|for|to|at|while|when")),
            Ctx(
                "toe|toed|toeing",
                "tow|towed|towing",
                after=w("away|truck|trucks|lorry|rope|the car|the vehicle"),
            ),
        ),
        (
            ("MPs must tow the party line.", "MPs must toe the party line."),
            ("She arrived with her children in toe.", "She arrived with her children in tow."),
        ),
        (
            "MPs must toe the party line.",
            "She arrived with her children in tow.",
            "The car was towed away.",
            "He broke a toe in training.",
            "Dip a toe in the water.",
        ),
    ),
    ConfusableSet(
        "eminent-imminent",
        "eminent/imminent",
        "`imminent` means about to happen; `eminent` means distinguished.",
        (
            Ctx(
                "eminent",
                "imminent",
                after=w(
                    "danger|threat|threats|collapse|arrival|release|launch|departure|attack|"
                    "attacks|invasion|closure|announcement|death|risk|crisis|election|elections|"
                    "war|strike|strikes|takeover|bid|merger|sale|signing|resignation|retirement|"
                    "verdict|ruling|deployment|withdrawal|shutdown|bankruptcy|default|rate rise|"
                    "interest rate rise|demise|publication|arrest|arrests|recession|break-up"
                ),
                not_before=w("most|more|very|many|other|several|these|those|some"),
            ),
            Ctx(
                "eminent",
                "imminent",
                before=BE
                + "|"
                + w(
                    "seemed|seems|looks|looked|appeared|appears|become|became|deemed|believed|thought to be|seen as"
                ),
                after=END + "|" + w("after|following|amid|if|when|because"),
                safe=False,
            ),
            Ctx(
                "imminent",
                "eminent",
                after=w(
                    "scientist|scientists|surgeon|surgeons|lawyer|lawyers|professor|professors|"
                    "historian|historians|architect|architects|economist|economists|physicist|"
                    "physicists|writer|writers|author|authors|scholar|scholars|judge|judges|"
                    "physician|physicians|figure|figures|academic|academics|statesman|critic|"
                    "critics|mathematician|composer|QC|barrister|barristers|psychologist|"
                    "psychiatrist|engineer|engineers|theologian|philosopher|domain"
                ),
            ),
        ),
        (
            ("A deal is thought to be eminent.", "A deal is thought to be imminent."),
            ("Troops faced eminent danger.", "Troops faced imminent danger."),
            ("An imminent scientist spoke.", "An eminent scientist spoke."),
        ),
        (
            "A deal is thought to be imminent.",
            "An eminent scientist spoke.",
            "The eminent judge retired.",
            "An eminent domain case.",
            "He is eminent and respected.",
        ),
    ),
    ConfusableSet(
        "apprise-appraise",
        "apprise/appraise",
        "`apprise` is to inform (`apprised of`); `appraise` is to assess.",
        (Ctx("appraised|appraise", "apprised|apprise", after=w("of")),),
        (
            (
                "Ministers were fully appraised of the risks.",
                "Ministers were fully apprised of the risks.",
            ),
        ),
        (
            "Ministers were fully apprised of the risks.",
            "The jewels were appraised by experts.",
            "Staff will appraise the bids.",
        ),
    ),
    ConfusableSet(
        "chord-cord",
        "chord/cord",
        "`chord` is musical (`strike a chord`); `cord` is string (`vocal cords`, `spinal cord`).",
        (
            Ctx(
                "cord|cords",
                "chord|chords",
                before=w(
                    "strike a|struck a|strikes a|striking a|touch a|touched a|touches a|"
                    "strike the right|struck the right|a responsive"
                ),
            ),
            Ctx(
                "chord|chords",
                "cord|cords",
                before=w("vocal|spinal|umbilical|extension|electrical|telephone|bungee|rip"),
            ),
        ),
        (
            ("The speech struck a cord with voters.", "The speech struck a chord with voters."),
            ("The singer hurt his vocal chords.", "The singer hurt his vocal cords."),
        ),
        (
            "The speech struck a chord with voters.",
            "The singer hurt his vocal cords.",
            "He played a minor chord.",
            "A spinal cord injury.",
            "He played a power chord.",
        ),
    ),
    ConfusableSet(
        "whet-wet",
        "whet/wet",
        "`whet` is to sharpen (`whet the appetite`); `wet` means damp.",
        (
            Ctx(
                "wet|wets|wetted|wetting",
                "whet|whets|whetted|whetting",
                after=r"(?:the|his|her|their|your|my|our|its|people's|fans'|investors')\s+(?:own\s+)?"
                + w("appetite|appetites"),
            ),
        ),
        (
            (
                "The trailer will wet the appetite of fans.",
                "The trailer will whet the appetite of fans.",
            ),
        ),
        (
            "The trailer will whet the appetite.",
            "Wet weather hit sales.",
        ),
    ),
    ConfusableSet(
        "prostate-prostrate",
        "prostate/prostrate",
        "`prostate` is the gland; `prostrate` means lying face down.",
        (
            Ctx(
                "prostrate",
                "prostate",
                after=w(
                    "cancer|cancers|gland|glands|exam|exams|examination|screening|test|tests|"
                    "tumour|tumours|tumor|tumors|surgery|disease|biopsy|enlargement|health"
                ),
            ),
        ),
        (("He was treated for prostrate cancer.", "He was treated for prostate cancer."),),
        (
            "He was treated for prostate cancer.",
            "He lay prostrate on the floor.",
        ),
    ),
    ConfusableSet(
        "vain-vein",
        "vain/vein",
        "`in vain` means without success; `in the same vein` means in the same style.",
        (
            Ctx(
                "vain",
                "vein",
                before=w(
                    "in the same|in a similar|in similar|in a different|in a lighter|"
                    "in a more serious|in that|in this|in a rich|a rich|in the same comic"
                ),
                not_after=w(
                    "attempt|attempts|effort|efforts|bid|bids|hope|hopes|search|struggle|"
                    "pursuit|quest|gesture|fight"
                ),
            ),
            Ctx(
                "vein",
                "vain",
                before=w(
                    "all in|but in|not in|was in|were in|been in|be in|is in|searched in|tried in|looked in|waited in"
                ),
                after=END + "|" + w("as|because|since|for|but|and|when|to|while"),
            ),
        ),
        (
            ("In the same vain, he praised the coach.", "In the same vein, he praised the coach."),
            ("They searched in vein for survivors.", "They searched in vain for survivors."),
        ),
        (
            "In the same vein, he praised the coach.",
            "They searched in vain for survivors.",
            "A vein of gold.",
            "He is vain about his looks.",
            "The drug was injected in a vein.",
            "In a vain attempt to win.",
            "In this vain hope, he waited.",
        ),
    ),
    ConfusableSet(
        "grisly-grizzly",
        "grisly/grizzly",
        "`grisly` means gruesome; `grizzly` is a bear, or grey-haired.",
        (
            Ctx(
                "grizzly",
                "grisly",
                after=w(
                    "murder|murders|killing|killings|details|detail|death|deaths|discovery|"
                    "discoveries|scene|scenes|crime|crimes|fate|remains|images|footage|task|"
                    "slaying|slayings|injuries|wounds|execution|executions|torture|tale|tales"
                ),
            ),
        ),
        (("Police made a grizzly discovery.", "Police made a grisly discovery."),),
        (
            "Police made a grisly discovery.",
            "A grizzly bear attacked.",
            "The grizzly veteran coach.",
        ),
    ),
    ConfusableSet(
        "prey-pray",
        "prey/pray",
        "`prey` is hunted (`fall prey to`, `prey on`); `pray` is to ask a god.",
        (
            Ctx(
                "pray",
                "prey",
                before=w(
                    "fell|fall|falls|falling|fallen|birds of|bird of|an easy|easy|become easy|"
                    "became easy"
                ),
                after=w("to|for|of") + "|" + END,
                not_before=w("easy") + r"(?=\s*:)",
            ),
            Ctx(
                "pray|prays|prayed|praying",
                "prey|preys|preyed|preying",
                after=w("on|upon")
                + r"\s+(?:the\s+)?(?:\w+\s+)?"
                + w(
                    "vulnerable|elderly|weak|young|children|women|victims|tourists|pensioners|"
                    "fears|insecurities"
                ),
            ),
        ),
        (
            ("Many fell pray to the scam.", "Many fell prey to the scam."),
            ("Gangs pray on the vulnerable.", "Gangs prey on the vulnerable."),
        ),
        (
            "Many fell prey to the scam.",
            "Gangs prey on the vulnerable.",
            "They pray for peace.",
            "Fans pray for rain.",
            "We pray to God.",
            "They prayed on Sunday.",
            "Let us pray for the young.",
        ),
    ),
    ConfusableSet(
        "throes-throws",
        "throes/throws",
        "`throes` are violent pangs (`in the throes of`); `throws` is from `to throw`.",
        (
            Ctx(
                "throws",
                "throes",
                before=w(
                    "in the|death|in its death|in their death|final death|in the final|"
                    "in the last|in the early|in the dying"
                ),
                after=w("of") + "|" + END,
            ),
        ),
        (
            (
                "The company is in the throws of a takeover.",
                "The company is in the throes of a takeover.",
            ),
        ),
        (
            "The company is in the throes of a takeover.",
            "He throws the ball.",
            "The last throws of the javelin competition.",
        ),
    ),
    ConfusableSet(
        "averse-adverse",
        "averse/adverse",
        "`averse` means unwilling (`risk-averse`, `averse to`); `adverse` means harmful.",
        (
            Ctx(
                "adverse",
                "averse",
                before=w(
                    "not|no|never|particularly|hardly|not at all|is not|was not|wasn't|isn't|deeply|strongly"
                ),
                after=w("to")
                + r"(?!\s+(?:the\s+)?(?:health|patients?|children|business|their|its|his|her))",
            ),
            Ctx("adverse", "averse", before=w("risk|loss"), after=w("to") + "|" + END),
            Ctx(
                "averse",
                "adverse",
                after=w(
                    "effect|effects|weather|conditions|reaction|reactions|impact|impacts|publicity|"
                    "consequences|circumstances|events|event|affect|comment|comments|findings|"
                    "finding|outcome|outcomes|ruling|judgement|judgment|possession"
                ),
            ),
        ),
        (
            ("The new boss is not adverse to risk.", "The new boss is not averse to risk."),
            ("The drug had averse effects.", "The drug had adverse effects."),
        ),
        (
            "The new boss is not averse to risk.",
            "The drug had adverse effects.",
            "Adverse weather hit sales.",
            "Investors are risk-averse.",
            "It could risk adverse effects.",
            "Conditions were very adverse.",
            "A risk averse trading strategy.",
        ),
    ),
    ConfusableSet(
        "sought-sort",
        "sought/sort",
        "`sought` is the past of `to seek` (`sought-after`); `sort` is a kind.",
        (
            Ctx(
                "sort",
                "sought",
                before=w("much|highly|most|hotly|keenly|widely|eagerly|heavily|greatly"),
                after=w("after"),
            ),
            Ctx("sort-after", "sought-after"),
        ),
        (("The house is much sort after.", "The house is much sought after."),),
        (
            "The house is much sought after.",
            "He wants to sort out the mess.",
            "That sort of thing.",
        ),
    ),
    ConfusableSet(
        "hangar-hanger",
        "hangar/hanger",
        "`hangar` houses aircraft; `hanger` holds clothes (`cliff-hanger`).",
        (
            Ctx(
                "hanger|hangers",
                "hangar|hangars",
                before=w(
                    "aircraft|plane|airship|helicopter|jet|aeroplane|airplane|maintenance|"
                    "airport|zeppelin|aviation"
                ),
            ),
        ),
        (
            (
                "The jets were kept in an aircraft hanger.",
                "The jets were kept in an aircraft hangar.",
            ),
        ),
        (
            "The jets were kept in an aircraft hangar.",
            "A coat hanger.",
            "The match was a cliff-hanger.",
        ),
    ),
    ConfusableSet(
        "ordnance-ordinance",
        "ordnance/ordinance",
        "`ordnance` is military supplies (`unexploded ordnance`); `ordinance` is a decree.",
        (
            Ctx(
                "ordinance|ordinances",
                "ordnance|ordnance",
                before=w("unexploded|live|explosive|artillery"),
            ),
            Ctx(
                "ordinance",
                "ordnance",
                after=w("survey|disposal|factory|factories|depot|depots"),
                caps=True,
            ),
        ),
        (
            ("Troops cleared unexploded ordinance.", "Troops cleared unexploded ordnance."),
            ("The Ordinance Survey map.", "The Ordnance Survey map."),
        ),
        (
            "Troops cleared unexploded ordnance.",
            "A city ordinance bans smoking.",
            "A royal ordinance was issued.",
        ),
    ),
    ConfusableSet(
        "new-knew",
        "new/knew",
        "`knew` is the past of `to know`; `new` means not old.",
        (
            Ctx(
                "new",
                "knew",
                before=w("I|he|she|they|we|never|already|probably|clearly|certainly|obviously"),
                after=w(
                    "that|what|how|about|nothing|him|her|them|it|exactly|where|when|why|whether|"
                    "instantly|immediately|straight away|right away|better|little|all about|"
                    "very well|full well|the answer"
                ),
                not_before=w("the|a|an|of|to|in|on|at|for|by|with|and") + r"\s+\w+",
            ),
            Ctx(
                "knew",
                "new",
                before=w(
                    "a|the|brand|an entirely|a whole|a brand|the brand|whole|completely|entirely|"
                    "their|his|her|its|our"
                ),
                after=w(
                    "year|years|one|ones|car|cars|law|laws|job|jobs|home|homes|album|film|book|"
                    "season|system|systems|plan|plans|owner|owners|manager|boss|head|leader|coach|"
                    "chief|president|government|rules|era|look|generation|model|models|version|"
                    "range|product|products|service|services|deal|way|ways|evidence|stadium|"
                    "building|record|signing|signings|player|players|members|member|contract|"
                    "contracts|technology|technologies|world|life|start|phone|phones|game|games|"
                    "website|software|idea|ideas|approach|strategy|policy|policies|show|series|"
                    "single|song|tour|team|squad|talks|campaign|bid|scheme|schemes|company|firm|"
                    "business|chairman|director|face|faces|low|high|lows|highs"
                ),
            ),
        ),
        (
            ("He said he new nothing about it.", "He said he knew nothing about it."),
            ("The club unveiled its knew stadium.", "The club unveiled its new stadium."),
        ),
        (
            "He said he knew nothing about it.",
            "The club unveiled its new stadium.",
            "We welcome all new members.",
            "Nothing new about it.",
            "They bought a new car.",
            "Only new members may vote.",
            "Everyone new that joins gets a badge.",
        ),
    ),
    ConfusableSet(
        "palate-palette",
        "palate/palette/pallet",
        "`palate` is the sense of taste; `palette` is a range of colours; `pallet` a platform.",
        (
            Ctx(
                "palette|pallet|palettes|pallets",
                "palate|palate|palates|palates",
                before=w(
                    "cleanse the|cleanses the|cleansing the|please the|pleased the|pleasing the|"
                    "discerning|jaded|tickle the|tickled the|suit the|suits the"
                ),
                not_after=w("of|knife|truck|trucks|load|loads"),
            ),
            Ctx("palette|pallet", "palate", after=w("cleanser|cleansers|cleansing")),
        ),
        (("The sorbet acts as a pallet cleanser.", "The sorbet acts as a palate cleanser."),),
        (
            "The sorbet acts as a palate cleanser.",
            "The artist's palette of colours.",
            "A pallet of bricks.",
            "A sophisticated palette.",
        ),
    ),
    ConfusableSet(
        "foreword-forward",
        "foreword/forward",
        "`forward` means ahead; `foreword` is a book's introduction.",
        (
            Ctx(
                "foreword",
                "forward",
                before=w(
                    "move|moved|moves|moving|going|look|looking|looks|looked|go|goes|went|step|"
                    "stepped|steps|stepping|come|came|comes|coming|way|push|pushed|pushing|leap|"
                    "leaps|carried|carry|carrying|carries|press|pressed|pressing|surge|surged|"
                    "lunge|lunged|rush|rushed|lean|leaned|leant|leaning|charge|charged|charging|"
                    "a step|a big step|a giant step|the way|put|puts|putting|bring|brought|"
                    "bringing|brings|fast|straight"
                )
                + r"|(?:put|puts|putting|bring|brought|bringing|brings)\s+\w+",
                not_before=w("a|the|great|fine|short|long|new|brief|moving|touching"),
                not_after=w("to|by|of|for|written"),
            ),
            Ctx(
                "foreword",
                "forward",
                after=w(
                    "thinking|planning|momentum|line|lines|pass|passes|gear|march|motion|slash"
                ),
            ),
        ),
        (("The plan will move foreword next year.", "The plan will move forward next year."),),
        (
            "The plan will move forward next year.",
            "The book has a foreword by the author.",
            "She wrote the foreword to the book.",
            "A great foreword by the author.",
            "It has a moving foreword.",
        ),
    ),
    ConfusableSet(
        "dominant-dominate",
        "dominant/dominate",
        "`dominant` is the adjective; `dominate` the verb.",
        (
            Ctx(
                "dominate",
                "dominant",
                before=w(
                    "the|a|its|their|his|her|our|the most|the more|a more|a less|the once|once"
                ),
                after=w(
                    "force|forces|player|players|position|positions|role|team|teams|party|species|"
                    "share|partner|figure|figures|power|powers|group|groups|firm|firms|company|"
                    "companies|brand|brands|presence|theme|themes|side|sides|supplier|provider|"
                    "operator|carrier|language|culture|religion|ideology|influence|strain|gene|"
                    "genes|male|female|design|format|technology|source|feature|personality|"
                    "personalities|voice|voices|character|characters|story|issue|issues|"
                    "shareholder|shareholders|stake|stakes"
                ),
            ),
            Ctx(
                "dominate",
                "dominant",
                before=BE + "|" + w("remains|remained|became|become|becoming|so|very|too"),
                after=END + "|" + w("in|on|at|throughout|during|since|until|again"),
                not_before=r"(?:to|will|would|could|can|may|might)\s+\w+",
            ),
        ),
        (
            (
                "They were the dominate force in the league.",
                "They were the dominant force in the league.",
            ),
            (
                "Chelsea were dominate in the first half.",
                "Chelsea were dominant in the first half.",
            ),
        ),
        (
            "They were the dominant force in the league.",
            "Chelsea will dominate the league.",
            "Firms that dominate the market.",
            "They continue to dominate in Europe.",
            "The issues that dominate.",
            "Firms increasingly dominate in Asia.",
            "The ones who most dominate the market.",
        ),
    ),
)
