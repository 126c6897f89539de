"""Weekdays resolved to dates: 'torsdag' in an article published Friday 2016-12-16 is 2016-12-15;
'fra mandag' is the coming Monday. The tense cues are data files in the lexicon folder."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import pairwise
from typing import Final

from claimpack.extract.words import definite_noun
from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import ordbank
from claimpack.model import DateRelation
from claimpack.resources import lexicon_path

# Clause boundaries: punctuation, and a relative 'som' ('budsjettet som rådmannen la fram tirsdag');
# not the point or comma inside a number ('starter klokken 18.00 på lørdag'), nor 'som normalt',
# 'som vanlig', 'som planlagt' ('kan møte på jobb som normalt fredag'), which open no clause
CLAUSE_BREAK: Final = re.compile(
    r"[,.](?!\d)|[;:!?]|\bat\b|\bsom\b(?!\s+(?:normalt|vanlig|planlagt|avtalt)\b)", re.IGNORECASE
)
# before an s-passive, what makes it past: 'måtte evakueres onsdag', 'ble stengt'
RELATION_REACH: Final = 12  # words before a weekday read for its tense cues ('ble stengt før fredag')
SPAN_VERB_REACH: Final = 4  # words after 'fra torsdag' read for the verb: 'til søndag ble det'
SPAN_WORDS: Final = frozenset({"fra", "til"})  # the words of a span of days: 'fra torsdag til søndag'
SPAN_VERB_CHARS: Final = 60  # characters read for those words
PAST_OF_PASSIVE: Final = frozenset({"måtte", "kunne", "ville", "burde", "ble", "var"})
# 'vil ha et møte mandag': 'ha' with an object is a verb of its own, not the perfect of 'kan ha rømt'
HA_OBJECT: Final = frozenset({"en", "ei", "et", "ett", "noen", "flere", "mange", "mer", "sin", "sitt", "sine"})
# a clause these put in the past keeps its weekday there, after 'før', 'fra' or 'til' too
PAST_AUXILIARIES: Final = frozenset({"ble", "var", "hadde"})
# 'onsdag neste uke', 'mandag i forrige uke': the week named after the weekday, counted from
# the week of publication
WEEK_AFTER: Final = re.compile(r"\s+(?:i\s+)?(?P<week>neste|kommende|forrige)\s+uke\b", re.IGNORECASE)
WEEKS: Final = {"neste": 1, "kommende": 1, "forrige": -1}
DAY_MONTH: Final = re.compile(r"\s+(?:den\s+)?(?P<day>\d{1,2})\.\s*(?P<month>[a-zæøå]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    start: int
    end: int
    text: str
    date: date | None
    relation: DateRelation


@cache
def _cues(name: str) -> frozenset[str]:
    with lexicon_path(name).open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@cache
def _pattern() -> re.Pattern[str]:
    days = "|".join(lexicon().weekdays)
    firsts = "".join(sorted({day[0] for day in lexicon().weekdays}))
    # The lookahead only skips, at C speed, where no weekday can start (about twice as fast).
    return re.compile(rf"(?=[{firsts}])\b(?P<day>{days})(?:ens|en|s)?\b", re.IGNORECASE)


def find_weekdays(text: str, offset: int, published: date | None, caption: bool = False) -> list[WeekdayMention]:
    found: list[WeekdayMention] = []
    matches = list(_pattern().finditer(text))
    if not matches:
        return found  # most blocks name no weekday: their clauses are not read
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text)]  # where clauses start, found once
    clause = _ClauseWords(text)
    for match in matches:
        day = lexicon().weekdays[match.group("day").lower()]
        k = bisect_right(breaks, match.start())
        before = clause.read(breaks[k - 1] if k else 0, match.start())
        following = _next_word(text, match.end())
        fronted = not before and (_ahead(following, fronted=True) or _passive_present(following))
        ahead = clause.future_modal() or fronted  # 'Søndag avsluttes rittet med …'
        after_words = _words_to_sentence_end(text, match.end())
        genitive = match.group().lower().endswith("s")  # 'søndagens', 'lørdags'
        relation = _relation(before, ahead, caption, after_words, genitive)
        if relation is None:
            # no tense in the clause ('Strømmen koster 1,87 kroner søndag', 'Kvinnenes tremil går
            # søndag'): the occurrence nearer the publication day
            sentence = _sentence_before(text, match.start())
            # and the words right after it ('Torsdag kveld møtte nesten 200 mennesker opp')
            after = text[match.end() : match.end() + 40].lower().split()[:2]
            past = caption or _past_in([*sentence, *after])
            relation = "past" if past else _nearer(published, day)
        if (
            published is not None
            and day == published.weekday()
            and not (set(before[-1:]) & {"neste", "forrige", "sist"})
        ):
            relation = "same_day"
        resolved = _resolve(published, day, relation) if published else None
        week = WEEK_AFTER.match(text, match.end())
        if week is not None and published is not None:
            # 'Neste oppdatering kommer onsdag neste uke', published on a Wednesday: a week on
            weeks = WEEKS[week.group("week").lower()]
            resolved = published + timedelta(days=7 * weeks + day - published.weekday())
            relation = "future" if weeks > 0 else "past"
        written = _written_date(text, match.end(), published, day)
        if written is not None and published is not None:
            # 'torsdag 2. oktober': the text says which Thursday
            resolved = written
            relation = "past" if written < published else "future" if written > published else "same_day"
        if published is not None and relation != "same_day" and resolved == published:
            relation = "same_day"
        found.append(WeekdayMention(match.start() + offset, match.end() + offset, match.group(), resolved, relation))
    return found


class _ClauseWords:
    """The lower-cased words from a clause start to a weekday. Two weekdays in one clause share
    its start, so the words are read on from the last weekday, not again from the start: a long
    clause (a text with no punctuation) is read once, not once per weekday in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.end = -1
        self.words: list[str] = []
        self.paired = 0  # words[:paired] are settled into `future`, with the word after each
        self.future = False

    def read(self, start: int, end: int) -> list[str]:
        """text[start:end].lower().split(); do not change the list."""
        if start != self.start or end < self.end:
            self.start = self.end = start
            self.words, self.paired, self.future = [], 0, False
        piece = self.text[self.end : end].lower().split()
        if piece and self.words and not self.text[self.end - 1].isspace() and not self.text[self.end].isspace():
            self.words[-1] += piece.pop(0)  # the last word read went on past where reading stopped
        self.words.extend(piece)
        self.end = end
        return self.words

    def future_modal(self) -> bool:
        """A future cue in the clause not followed by 'ha' ('kan ha rømt' looks back), or a verb in
        the present tense ('alle går jaktstarten søndag')."""
        words = self.words
        # The last word may still grow, and a word is read with the two after it ('vil ha et'), so
        # words are settled only up to the third from the end.
        while self.paired < len(words) - 3:
            self.future = self.future or _looks_ahead(words, self.paired)
            self.paired += 1
        # at most the last three words are unsettled: no copy of the clause per weekday
        return self.future or any(_looks_ahead(words, i) for i in range(self.paired, len(words)))


def _looks_ahead(words: list[str], i: int) -> bool:
    """Word i of the clause puts a weekday after it ahead (`_ahead`), the word after it not 'ha'
    ('kan ha rømt' looks back) unless 'ha' has an object ('vil ha et møte'); an s-passive not after
    a past modal or 'ble' ('måtte evakueres onsdag' is done)."""
    word, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    if _passive_present(word):
        return i == 0 or words[i - 1] not in PAST_OF_PASSIVE
    # a present form Ordbank also knows as a noun is the verb before or after a definite noun:
    # 'stenger dørene', 'bingokvelden starter klokken 18.00' (no noun stands next to another's
    # definite form)
    after_ha = words[i + 2] if i + 2 < len(words) else ""
    # 'vil ha to ekstra patruljer': a count is an object too
    looks_back = nxt == "ha" and after_ha not in HA_OBJECT and not _counts(after_ha)
    # and the verb after a definite noun, its subject: 'temperaturen stiger til minus 20 grader mandag'
    subject_before = i > 0 and definite_noun(words[i - 1])
    return _ahead(word, fronted=definite_noun(nxt.strip(",.;:!?")) or subject_before) and not looks_back


def _counts(word: str) -> bool:
    """A number in digits or words ('to', '40'): what 'ha' has, never a participle."""
    return word.isdigit() or word in lexicon().number_words


def _next_word(text: str, position: int) -> str:
    words = text[position : position + 40].lower().split(maxsplit=1)
    return words[0].strip(",.;:!?") if words else ""


@cache
def _ahead(word: str, fronted: bool = False) -> bool:
    """Does `word` put a weekday in its clause ahead of publication? A future cue ('vil', 'fra',
    'neste'), or a verb in the present tense that reports nothing: 'skolen holder stengt mandag'
    only when Norsk Ordbank knows the word as a verb alone; right after a fronted weekday the
    finite verb stands, so there any verb reading will do ('Søndag går kvinnene jaktstart').
    'er' and 'har' say nothing about when; 'opplyser politiet søndag' reports a day just gone."""
    if word in _future_modals():
        return True
    lex = lexicon()
    cue = lex.cue_forms.get(word)
    # a verb that reports only closing a quote ('…, fortsetter hun') is an ordinary verb elsewhere:
    # 'aksjonen fortsetter onsdag'
    reports = cue is not None and lex.cue_uses.get(cue[0]) != "quote"
    if not word.endswith("r") or word in ("er", "har", "var") or reports or word in lex.function_words:
        return False
    classes = ordbank().classes(word)
    return "verb" in classes and (fronted or classes == {"verb"})


@cache
def _passive_present(word: str) -> bool:
    """'Finalene spilles lørdag', 'Stasjonen stenges tirsdag': a verb in the s-passive of the
    present tense (Ordbank knows the form as a verb only, its infinitive and an 's') schedules
    what is ahead; 'fylkestinget møttes tirsdag' is a past ('møtes')."""
    if len(word) < 5 or not word.endswith("s") or ordbank().classes(word) != {"verb"}:
        return False
    return any(word == lemma + "s" for lemma in ordbank().verb_lemmas(word))


def _relation(
    before: list[str], future_modal: bool, caption: bool, after: list[str], genitive: bool = False
) -> DateRelation | None:
    """Past or future by the clause's cues; None when they say neither. `after`: the first words
    after the weekday, up to the sentence's end. A `genitive` ('fra søndagens fiske') names a
    thing of that day, not the day a span starts from."""
    before = before[-RELATION_REACH:]  # a constant tail: a long clause with many weekdays stays linear
    if before[-2:-1] in (["klokken"], ["kl."]):
        before = before[:-2]  # 'fra klokken 22 tirsdag': the preposition before the time
    if before and before[-1] in _cues("past_cues.txt"):
        return "past"
    done = bool(set(before) & PAST_AUXILIARIES)
    if before and before[-1] in ("fra", "til") and before[-2:-1] != ["natt"] and not done and not genitive:
        # 'stengt fra mandag'; not 'var innom festivalområdet fra fredag til søndag', nor 'Fra
        # torsdag til søndag ble det spilt 86 forestillinger' (the past verb after the fronted days)
        weekdays = lexicon().weekdays
        fronted = all(w in SPAN_WORDS or w in weekdays for w in before)  # the clause opens on the days
        return "past" if fronted and _past_verb_after(after) else "future"
    if before and before[-1] in ("neste", "kommende", "innen", "foran"):
        return "future"  # 'foran lørdagens premiere': ahead of it
    if before and before[-1] == "før" and not done and not _past_verb_in(before[:-1]):
        # 'krever en forklaring før fredag'; not 'ble stengt før fredag', nor 'Feilen oppsto like
        # før klokken 07 søndag': a verb in the past puts the day behind
        return "future"
    # 'kan ha rømt', 'skal ha sagt': a modal with 'ha' looks back, not ahead.
    if not caption and future_modal:
        return "future"
    if not done and _meeting_called(before):
        return "future"
    if not done and not _past_verb_in(before) and _scheduled(before):
        return "future"  # 'ferja er etter planen tilbake i drift søndag'
    return "past" if done else None


def _scheduled(before: list[str]) -> bool:
    """'etter planen' before the weekday: what the plan says is ahead ('er etter planen tilbake i
    drift søndag'); with a past verb it says how something went ('ble ferdig etter planen')."""
    return any(a == "etter" and b == "planen" for a, b in pairwise(before))


MEETING_REACH: Final = 3  # words from 'til' or 'om' to the meeting: 'til et møte', 'om et nytt møte'


def _meeting_called(before: list[str]) -> bool:
    """'har invitert bøndene til et møte på Lærdalsøyri torsdag', 'har kalt inn til krisemøte
    torsdag', 'har bedt om et møte … mandag': a meeting someone has called or asked for is ahead."""
    if "har" not in before:
        return False
    for i, word in enumerate(before):
        if word in ("til", "om") and any(w.endswith("møte") for w in before[i + 1 : i + 1 + MEETING_REACH]):
            return True
    return False


SENTENCE_REACH: Final = 24  # words before a weekday read for a past verb ('kjørte …, etter åpningen fredag')
SENTENCE_END: Final = re.compile(r"[.!?](?!\d)\s")


def _sentence_before(text: str, position: int) -> list[str]:
    """The last SENTENCE_REACH words of the sentence before `position` (bounded: linear time)."""
    window = text[max(0, position - 12 * SENTENCE_REACH) : position]
    ends = list(SENTENCE_END.finditer(window))
    return window[ends[-1].end() if ends else 0 :].lower().split()[-SENTENCE_REACH:]


def _past_verb_after(after: list[str]) -> bool:
    """The verb right after days that open their clause ('Fra torsdag til søndag ble det spilt')
    is in the past; a reporting verb is not that verb."""
    words = [w.strip(",.;:!?") for w in after[:SPAN_VERB_REACH]]
    while len(words) >= 2 and words[0] in SPAN_WORDS and words[1] in lexicon().weekdays:
        words = words[2:]  # 'til søndag'
    if not words or words[0] in _future_modals():
        return False  # 'Fra mandag kan pasientene …', 'skal undervisningen foregå': ahead
    return words[0] in PAST_AUXILIARIES or (words[0] not in lexicon().cue_forms and _past_form(words[0]))


def _words_to_sentence_end(text: str, position: int) -> list[str]:
    """The lower-case words after `position`, at most SPAN_VERB_REACH, up to the sentence's end."""
    window = position + SPAN_VERB_CHARS  # searched only this far: a block of weekdays stays linear
    end = SENTENCE_END.search(text, position, window)
    return text[position : end.start() if end is not None else window].lower().split()[:SPAN_VERB_REACH]


def _past_verb_in(words: list[str]) -> bool:
    """A verb in the past tense or a past participle among `words`, a reporting verb not counted
    ('krever en forklaring før fredag' asks ahead)."""
    cues = lexicon().cue_forms
    return any(word not in cues and _past_form(word) for word in (w.strip(",.;:!?") for w in words))


def _past_in(words: list[str]) -> bool:
    """A verb in the past tense or a past participle ('testet', 'falt', 'kjørte', 'fikk'), or a
    reporting verb ('opplyser politiet søndag' reports a day just gone), among `words`."""
    return any(_past_form(word.strip(",.;:!?")) for word in words)


@lru_cache(maxsize=1 << 16)  # any word of the text can be asked: bounded, as phrases' word caches
def _past_form(word: str) -> bool:
    lex = lexicon()
    cue = lex.cue_forms.get(word)
    # a report says what was just said; a forecast ('venter at tåka letter i løpet av lørdag') looks ahead
    if word in PAST_AUXILIARIES or (cue is not None and lex.cue_uses.get(cue[0]) != "forecast"):
        return True
    if len(word) < 3 or word.endswith(("r", "s")) or word in lex.function_words:
        return False  # a present ('koster', 'går'), an s-passive ('spilles'), or no verb
    words = ordbank()
    classes = words.classes(word)
    # not an infinitive, nor a noun that is also a verb's form ('snitt')
    return "verb" in classes and "noun" not in classes and word not in words.verb_lemmas(word)


def _nearer(published: date | None, day: int) -> DateRelation:
    """The relation of the nearer of the last and the next such weekday ('søndag' in an article of
    Saturday is tomorrow, in one of Monday yesterday)."""
    if published is None:
        return "past"
    ahead = (day - published.weekday()) % 7
    return "future" if 0 < ahead < 7 - ahead else "past"


@cache
def _future_modals() -> frozenset[str]:
    return _cues("future_cues.txt") - {"fra", "til"}


def _written_date(text: str, position: int, published: date | None, day: int) -> date | None:
    """The date written right after the weekday (at `position`), in the year (around publication)
    it falls on that day."""
    match = DAY_MONTH.match(text, position)
    if match is None or published is None:
        return None
    month = lexicon().months.get(match.group("month").lower())
    if month is None:
        return None
    for year in (published.year, published.year + 1, published.year - 1):
        try:
            candidate = date(year, month, int(match.group("day")))
        except ValueError:
            continue
        if candidate.weekday() == day:
            return candidate
    return None


def _resolve(published: date, day: int, relation: DateRelation) -> date:
    if relation == "same_day":
        return published
    delta = (day - published.weekday()) % 7
    if relation == "future":
        return published + timedelta(days=delta or 7)
    return published - timedelta(days=(published.weekday() - day) % 7 or 7)
