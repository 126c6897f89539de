"""Who says what: reporting cues ('sier', 'hevder', 'ifølge') paired with the phrase naming the
speaker, before the cue ('Røde Kors har bekreftet at'), after it ('…, sier Marianne Gasser') or
after 'ifølge', together with the part of the sentence each one covers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import Final, Literal

from claimpack.extract.phrases import ARTICLES, NounPhrase, PhraseParser
from claimpack.extract.quotes import (
    bullet_list,
    guillemet_spans,
    opens_with_dash,
    opens_with_guillemet,
    quote_carried_in,
    quote_dash,
    quoted_throughout,
)
from claimpack.extract.words import (
    CONTACT_VERBS,
    PERSONAL_PRONOUNS,
    SENTENCE_ENDS,
    TIME_UNITS,
    definite_noun,
    is_time_noun,
    organisation_type,
)
from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import ordbank
from claimpack.segment.sentences import Sentence
from claimpack.segment.tokens import Token

# a preposition before an infinitive makes it the verb's complement, not what is urged: 'venter på å'
INFINITIVE_PREPOSITIONS: Final = frozenset({"for", "på", "med", "om", "til"})
PERIOD_WORDS: Final = 4  # words of the period a document covers ('for tredje kvartal 2020')
TOPIC_WORDS: Final = 3  # words of what a document is about ('prognoser for årets kornhøst')
ORDINAL_WORDS: Final = frozenset({"første", "andre", "tredje", "fjerde", "siste", "forrige"})
PERIODS: Final = frozenset({"kvartal", "kvartalet", "halvår", "halvåret", "tertial", "tertialet"})
SUBJECT_REACH: Final = 8  # tokens a subject between a verb and its particle may span ('peker kvinnens forsvarer på')
ABLE: Final = frozenset({"kan", "kunne"})  # 'kunne slå fast': a verb and its particle report after these
AUXILIARIES: Final = frozenset({"har", "hadde", "ha", "vil", "skal", "kan", "må", "kunne", "ville", "skulle", "måtte"})
FRONTED_REACH: Final = 12  # tokens back from a verb to the 'ifølge' its sentence opens with
FIRST_PERSON: Final = frozenset({"jeg", "vi", "meg", "oss", "min", "mitt", "mine", "vår", "vårt", "våre"})
MODALS: Final = AUXILIARIES - {"har", "hadde", "ha"}  # 'kan bekrefte': an infinitive reports after these
ADVERBS: Final = frozenset(
    {
        "også",
        "nå",
        "selv",
        "derimot",
        "fortsatt",
        "likevel",
        "dessuten",
        "allerede",
        "bare",
        "ikke",
        "aldri",
        "verken",
        "heller",
        "igjen",
        "videre",
        "samtidig",
        "tidligere",
        "i",
        "dag",
        "går",
    }
)
# Adverbs that open a clause after 'og' or 'men', putting its subject after the verb: 'og nå
# mener kommunen', 'men likevel hevder forbundet' (not 'og også mener', which shares a subject)
FRONTED_ADVERBS: Final = frozenset(
    {"nå", "derfor", "dermed", "likevel", "derimot", "dessuten", "samtidig", "tidligere"}
)
# Words that may stand between a relative 'som' and its reporting verb: 'som først meldte', 'som i dag krever'
WHEN_SAID: Final = ADVERBS | {"først", "sist"}
# A particle that turns a reporting verb into a deed: 'Grønset Metall sier opp 64 ansatte'
# or a feeling: 'Fiskerne frykter for inntektene' ('frykter for at …' still reports), or what turned
# out: 'boligmarkedet har vist seg å gå imot konjunkturen', or signing up: 'Rekordmange barn har
# meldt seg på sommerskolen'
NOT_SPEECH_PARTICLES: Final = frozenset({("si", "opp"), ("frykte", "for"), ("vise", "seg"), ("melde", "seg")})
RECEIVING: Final = frozenset({"få", "får", "fikk", "fått"})  # 'få bekreftet': the subject is told, not telling
# a newsroom's verbs: '…, melder NRK', 'skriver iFinnmark' relay a report, never take it over
RELAYING_CUES: Final = frozenset({"melde", "skrive", "rapportere"})
MARKERS: Final = frozenset({"på", "at", ":", "ifølge", "«"})  # words looked for later in a sentence (later_in_sentence)
# Verbs that say nothing when negated: 'har ikke bekreftet', 'vil ikke kommentere'
UNSAID_WHEN_NEGATED: Final = frozenset({"bekrefte", "avkrefte", "kommentere", "opplyse", "oppgi", "svare"})
PLACE_STEPS: Final = 8  # places and bodies after a subject, one after another, before its cue
RELATIVE_REACH: Final = 8  # words back from 'som' to the start of the phrase it refers to
FUTURE_MODALS: Final = frozenset({"vil", "skal"})  # 'vil foreslå at': what is planned, not yet said
NEGATIONS: Final = frozenset({"ikke", "aldri", "verken"})
# conjunctions that open a subordinate clause, whose subject stands before its verb
SUBORDINATORS: Final = frozenset({"fordi", "ettersom", "dersom", "hvis"})  # not 'siden': 'siden sommeren' is a time
# words that open the clause a reporting verb reports: 'mener at …', 'mener de har …'
REPORTED_CLAUSE_OPENERS: Final = frozenset({"at", "de", "det", "den", "han", "hun", "vi", "jeg", "dette", "disse"})
SUBORDINATE_REACH: Final = 12  # tokens from the conjunction to the verb looked at: linear time
PERFECT_AUXILIARIES: Final = frozenset({"har", "hadde"})  # 'har hele tiden opplyst': the subject stands before
# nouns of an adverbial of time or repetition: 'hele tiden', 'flere ganger', 'hele veien'
ADVERBIAL_NOUNS: Final = frozenset({"tid", "gang", "år", "uke", "måned", "dag", "stund", "periode", "vei", "runde"})
ADVERBIAL_PREPOSITIONS: Final = frozenset(
    {"i", "på", "ved", "etter", "under", "gjennom", "med", "fra", "hos", "overfor"}
)
ADVERBIAL_WORDS: Final = 3  # words an adverbial between an auxiliary and its participle may have ('i lang tid')
# words that open a clause or join one, never part of an adverbial: 'har de som opplyst'
CLAUSE_WORDS: Final = frozenset({"som", "at", "og", "men", "eller", "der", "da", "når", "hvis", "om"})
AUXILIARIES_OR_ADVERBS: Final = AUXILIARIES | ADVERBS
BODY_PREPOSITIONS: Final = frozenset({"i", "ved", "hos", "fra"})  # 'leder X i …', 'forsker Y ved …'
QUOTED_NAME_WORDS: Final = 6  # words of a body's name in guillemets ('«Trygg søvn Alta»')
# Cues whose object is a clause, which a fronted noun of it may precede: 'Rekorden tror X blir …'
CLAUSE_CUES: Final = frozenset({"opinion", "that", "forecast"})
NEGATIONS_OR_ADVERBS: Final = NEGATIONS | ADVERBS
CLAIM_NOUNS: Final = frozenset(
    {"tall", "påstand", "anslag", "beskrivelse", "anklage", "framstilling", "fremstilling", "kritikk"}
)
PLEAS: Final = frozenset({"straffskyld", "skyld"})  # what a court's defendant admits or denies
# Adverbs between a reporting verb and the subject after it
SENTENCE_ADVERBS: Final = frozenset({"derimot", "også", "likevel", "dessuten", "samtidig", "imidlertid", "nå"})
# What a quote tail's verb follows: '– …, smilte hun', '«…?» spurte han'
QUOTE_TAIL_OPENERS: Final = frozenset({",", "?", "!", "»", "”", '"'})
# the words that open a question: 'Hvordan forklarer ministeren …?' asks, and reports nothing
QUESTION_WORDS: Final = frozenset({"hva", "hvem", "hvorfor", "hvordan", "hvor", "når", "hvilken", "hvilket", "hvilke"})
CLOSING_PREPOSITIONS: Final = frozenset({"i", "til", "overfor", "på", "ved", "etter"})  # '…, foreslår X i budsjettet.'
SAID_WHERE_REACH: Final = 6  # 'i en pressemelding til NTB': where a quote's speaker said it, after the name
# tokens after a closing subject read for the end of the sentence, and after a forecast verb for a cue
# closing it; one name, so one value (a second definition once overrode it)
CLOSING_REACH: Final = 10
PASSIVE: Final = frozenset({"er", "ble", "var", "blir", "bli", "vært", "blitt"})
CONJUNCTIONS: Final = frozenset({"og", "mens", "men", "samt", "eller"})
FOCUS_ADVERBS: Final = frozenset({"også", "selv"})  # before a subject: who else, or who even, says it
CORRELATIVES: Final = frozenset({"både", "enten", "verken", "hverken"})  # 'både … og', 'enten … eller'
CLAUSE_CONJUNCTIONS: Final = frozenset({"og", "mens", "men"})
CLAUSE_MARKS: Final = CLAUSE_CONJUNCTIONS | {";", ":"}  # the only tokens `_opens_clause` holds at
COMMA: Final = frozenset({","})  # the only token `_opens_relative_clause` holds at
QUOTE_CLOSERS: Final = frozenset({"»", "”", '"'})
# what may stand before a verb whose subject follows it: 'Det slår retten fast', '» peker forsvareren på'
FRONTING: Final = frozenset({"det", "dette", ","}) | QUOTE_CLOSERS | ADVERBS
DOCUMENT_BACK: Final = 30  # tokens looked back from 'ifølge den' for the document it points to
TOLD_REACH: Final = 8  # tokens after a verb looked through for 'overfor' and whom it was said to
SAID_REACH: Final = 40  # tokens looked back for a reporting verb before 'i målingen'
SENTENCE_REACH: Final = (
    60  # tokens looked ahead for the end of a sentence: its figure (figure_in_sentence), its '?' (asks)
)
SURVEYS: Final = ("måling", "undersøkelse", "kartlegging")  # documents that measure what they report
OWN_FIGURE_NOUNS: Final = frozenset({"tall", "beregning", "opplysning", "anslag", "oversikt", "telling", "måling"})
OBJECT_BEFORE_COLON: Final = 4  # words of an object between a verb that says and the colon after it


# where something was said, between a verb and its at-clause: 'i en ny utredning', 'til NRK'
WHERE_SAID: Final = frozenset({"i", "på", "til", "overfor", "under"})
WHERE_SAID_WORDS: Final = 5
CuePosition = Literal["pre", "post", "prep"]  # 'X sier at …', '…, sier X', 'ifølge X'


@cache
def _person_lemmas() -> frozenset[str]:
    """The lemmas of the nouns that count people (person_nouns.tsv): 'mannen', 'pasienten' speak."""
    return frozenset(ordbank().noun_lemma(noun) or noun for noun in lexicon().person_nouns)


@dataclass(eq=False)  # keyed by identity: its speakers are resolved later (pipeline.py)
class Attribution:
    sentence: int  # index of the sentence in its block
    cue: str  # as written ('sier', 'hevder', 'ifølge')
    lemma: str
    cue_start: int
    cue_end: int
    position: CuePosition
    speaker: NounPhrase | None
    clause_start: int  # char offset where the clause this cue governs begins
    coordinated: bool = False  # 'og anslår': the speaker is the subject of an earlier verb
    quote: bool = False  # attached to a direct quote
    extra_speakers: list[NounPhrase] = field(default_factory=list)


@dataclass
class SentenceAnalysis:
    sentence: Sentence
    first: int  # token range of the sentence in the block
    last: int
    attributions: list[Attribution]
    quote: bool  # the sentence is (part of) a direct quote
    quote_tail: Attribution | None  # the attribution that closes the quote, when in this sentence
    guillemets: list[tuple[int, int]]


class AttributionFinder:
    """Finds the attributions of one paragraph block."""

    def __init__(
        self,
        text: str,
        offset: int,
        tokens: list[Token],
        sentences: list[Sentence],
        is_dash_block: bool,
        proper_nouns: frozenset[str] = frozenset(),
        spoken_to: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.offset = offset
        self.tokens = tokens
        self.sentences = sentences
        self.is_dash_block = is_dash_block
        self.bullets = bullet_list(text)  # a list's dashes open no quotes
        self.lex = lexicon()
        self.starts = [t.start for t in tokens]
        self.ranges = [self._token_range(s) for s in sentences]
        self.clause_marks = _clause_marks(tokens)
        self.relative_commas = _last_where(tokens, _opens_relative_clause, COMMA)
        starts = {first for first, _ in self.ranges}
        dashes = (quote_dash(tokens, first) for first, _ in self.ranges)
        starts |= {dash + 1 for dash in dashes if dash is not None}
        starts |= {first + 1 for first, _ in self.ranges if opens_with_guillemet(tokens, first)}
        self.parser = PhraseParser(text, offset, tokens, starts, proper_nouns, spoken_to)
        self._markers_table: dict[str, list[int]] | None = None  # filled when `_markers` is first asked for

    def _token_range(self, sentence: Sentence) -> tuple[int, int]:
        return bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end)

    def run(self) -> list[SentenceAnalysis]:
        analyses: list[SentenceAnalysis] = []
        in_quote = False
        whole = quoted_throughout(self.tokens)
        carried = None if whole else quote_carried_in(self.tokens)  # the quote's last token here
        for index, sentence in enumerate(self.sentences):
            first, last = self.ranges[index]
            if (opens_with_dash(self.tokens, first) and not self.bullets) or (
                index == 0 and (whole or carried is not None)
            ):
                in_quote = True
            elif index == 0 or (carried is not None and first > carried):
                in_quote = False  # past the mark that closes a quote carried in from the paragraph before
            guillemets = guillemet_spans(self.tokens[first:last])
            guillemets = [(a + first, b + first) for a, b in guillemets]
            tail = self.quote_tail(index, first, last) if in_quote else None
            if tail is None and not in_quote and opens_with_guillemet(self.tokens, first) and guillemets:
                tail = self.quote_tail(index, guillemets[0][1] - 1, last, after_guillemet=True)
            attributions: list[Attribution] = []
            is_quote = in_quote or (tail is not None and tail.quote)
            if tail is not None:
                attributions.append(tail)
                scan_from = self.index_at(tail.cue_start)
            else:
                scan_from = last if in_quote else first
            masked = {k for a, b in guillemets for k in range(a, b)}
            attributions.extend(self.cues(index, first, last, scan_from, masked, attributions))
            analyses.append(SentenceAnalysis(sentence, first, last, attributions, is_quote, tail, guillemets))
            if tail is not None:
                # '– Fjorårets tall var lave, sier Guro Ranes. Men vi må tilbake til 2016 …': the
                # quote goes on after its tag while the next sentence speaks in the first person
                in_quote = tail.quote and self.speaks_on(index + 1)
            elif in_quote and index > 0 and analyses[index - 1].quote_tail is not None:
                in_quote = self.speaks_on(index + 1)
        return analyses

    def speaks_on(self, index: int) -> bool:
        """Sentence `index` of the block, after a quote's tag, goes on with the quote: it speaks in
        the first person ('vi', 'jeg', 'vår') and opens on no dash of its own (a tag of its own
        still names its speaker: 'Vi har 30 ansatte, sier hun')."""
        if index >= len(self.sentences):
            return False
        first, last = self.ranges[index]
        words = {t.lower for t in self.tokens[first:last] if t.is_word}
        return bool(words & FIRST_PERSON) and not opens_with_dash(self.tokens, first)

    def index_at(self, char: int) -> int:
        """The first token starting at or after `char`; the token count when none does (a speaker
        that ends the block: '…, sier Tone Hansen' with no full stop)."""
        return bisect_left(self.starts, char)

    # -- quotes --------------------------------------------------------------------------------

    def quote_tail(self, index: int, first: int, last: int, after_guillemet: bool = False) -> Attribution | None:
        """', sier innsatsleder Marte Rognstad …' closing a quote; the last one that parses wins."""
        found: Attribution | None = None
        for k in range(first + 1, last):
            previous = self.tokens[k - 1].text
            inverted = None
            # '– …, det forteller arrangementsansvarlig Margunn Vik': 'det' stands for the quote
            resumed = previous.lower() == "det" and k >= 2 and self.tokens[k - 2].text == ","
            # '– 118 døde er 118 for mange. Det sier Ingrid Dahl Hovland i en pressemelding.'
            said_of_quote = not after_guillemet and k - 1 == first and previous.lower() in ("det", "dette")
            resumed = resumed or said_of_quote
            if (
                previous not in (",", "?", "!")
                and not resumed
                and not (after_guillemet and previous in QUOTE_CLOSERS)
                and not self.stop_for_comma(k)
            ):
                word = self.tokens[k].lower
                if word not in self.lex.cue_forms and word not in self.lex.cue_uses:
                    continue  # only a verb can close an inverted clause: no look back from other words
                inverted = self.inverted_subject(k)  # '…, har direktør Kari Lie sagt til NRK'
                if inverted is None:
                    continue
            cue = self.cue_at(k)
            if cue is None:
                continue
            lemma, end = cue
            extra: list[NounPhrase] = []
            speaker: NounPhrase | None = inverted
            if lemma == "ifølge":
                # '– På bildet skimter dere en politimann, ifølge UP-sjefen.': closing the quote, as
                # 'sier UP-sjefen' would; not 'ifølge SSB' inside it, where the speaker cites figures
                cited, _ = self.speaker_after(end, cited=True)
                if cited is None or not self.ends_quote(cited.last):
                    continue
                speaker = cited
            elif inverted is None and self.lex.cue_uses.get(lemma) == "document":
                # '– …, heter det i meldingen fra Statens vegvesen', '– …, heter det på Yr.no'
                speaker = self.owner_after(end)
            elif inverted is None:
                speaker, extra = self.speaker_after(end)
            if speaker is None or (said_of_quote and not self.names_the_quote_speaker(speaker, last)):
                continue
            found = Attribution(
                index,
                self.span(k, end),
                lemma,
                self.tokens[k].start,
                self.tokens[end - 1].end,
                "post",
                speaker,
                self.tokens[first].start,
                quote=True,
                extra_speakers=extra,
            )
        return found

    def names_the_quote_speaker(self, speaker: NounPhrase, last: int) -> bool:
        """'Det sier Ingrid Dahl Hovland i en pressemelding.' after a quote: a named or titled
        speaker and at most where it was said; not 'Det sier noe om hvor presset folk er' nor 'Det
        mener vi retten ikke har tatt hensyn til', which go on with the quote; 'Det sier hun til NRK'."""
        third_person = speaker.kind == "pronoun" and self.tokens[speaker.first].lower in ("han", "hun")
        if speaker.kind not in ("name", "role") and not third_person:
            return False
        rest = [t.lower for t in self.tokens[speaker.last : last] if t.text not in SENTENCE_ENDS]
        where = bool(rest) and rest[0] in CLOSING_PREPOSITIONS and len(rest) <= SAID_WHERE_REACH
        return not rest or where or rest[:2] == [",", "som"]  # ', som leder utvalget'

    def ends_quote(self, k: int) -> bool:
        """At most a full stop and a closing guillemet stand from token k to the paragraph's end:
        the quote ends here."""
        closing = SENTENCE_ENDS | QUOTE_CLOSERS
        return len(self.tokens) - k <= 2 and all(t.text in closing for t in self.tokens[k:])

    def own_figures_subject(self, clause: int, k: int) -> NounPhrase | None:
        """Whose 'egne tall' the 'ifølge' at k cites: the subject the clause opens with ('Høyskolen
        Kristiania har fått nærmere 11.000 søkere, i følge egne tall'), or the one right before it
        after an inverted verb ('…, skal høyskolen i følge egne tall ha slått alle rekorder')."""
        opening = self.parser.parse(clause, speaker=True) if clause < k else None
        if opening is not None and opening.first == clause:
            return opening
        before = self.parser.parse(k - 1, speaker=True) if clause < k - 1 else None
        verb = self.tokens[k - 2].lower if k >= 2 else ""
        if before is not None and before.last == k and verb in AUXILIARIES_OR_ADVERBS:
            return before
        return None

    def own_figures(self, k: int) -> bool:
        """Tokens k.. read 'egne tall', 'egne beregninger', 'eget anslag': the subject's own figures."""
        if k + 1 >= len(self.tokens) or self.tokens[k].lower not in ("egne", "eget", "sine", "sitt"):
            return False
        noun = self.tokens[k + 1].lower
        return noun in self.lex.documents or ordbank().noun_lemma(noun) in OWN_FIGURE_NOUNS

    def stop_for_comma(self, k: int) -> bool:
        """'– … på Østafjells. sier Borander.': a full stop before a lower-case reporting verb is a
        mistyped comma (the sentence goes on: no sentence opens in lower case)."""
        token = self.tokens[k]
        return self.tokens[k - 1].text == "." and token.text == token.lower and token.lower in self.lex.cue_forms

    # -- cues ----------------------------------------------------------------------------------

    def span(self, a: int, b: int) -> str:
        return self.text[self.tokens[a].start - self.offset : self.tokens[b - 1].end - self.offset]

    def cue_at(self, k: int) -> tuple[str, int] | None:
        """(lemma, end index) when a reporting cue starts at token k."""
        token = self.tokens[k]
        if self.document_opens_sentence(k):
            return "ifølge", k
        if token.lower not in _cue_openers():
            return None  # asked of every token: no cue, preposition or use opens with this word
        forms = self.lex.cue_forms
        pair = f"{token.lower} {self.tokens[k + 1].lower}" if k + 1 < len(self.tokens) else ""
        if pair in self.lex.source_prepositions:
            return "ifølge", k + 2  # 'I følge X'
        if token.lower in self.lex.source_prepositions:
            return "ifølge", k + 1
        if token.lower == "i":
            return ("ifølge", k + 1) if self.opens_with_a_document(k) else None
        if token.lower == "etter":
            return ("ifølge", k + 2) if self.as_the_source_knows(k) else None
        if pair in _long_form_openings() and (long_cue := self.long_cue_at(k)) is not None:
            return long_cue  # 'er tydelig på at', '…, går det fram av rapporten'
        adverb = k + 2 < len(self.tokens) and self.tokens[k + 1].lower in ADVERBS
        split = f"{token.lower} {self.tokens[k + 2].lower}" if adverb else ""  # 'viser også til'
        if pair in forms:
            (lemma, tense), end = forms[pair], k + 2  # 'la til', 'slår fast'
        elif split in forms:
            (lemma, tense), end = forms[split], k + 3  # 'viser også til', 'slår nå fast'
        elif token.lower in _particle_verbs() and (split_cue := self.particle_after_subject(k)) is not None:
            # 'Det slår Buskerud tingrett fast i en dom': the speaker is sought after the verb, what
            # is said after the particle ('I anken peker forsvareren på at …')
            (lemma, tense), particle = split_cue
            return (lemma, k + 1) if self.reports_speech(k, particle + 1, lemma, tense, split=True) else None
        elif token.lower in forms and " " not in forms[token.lower][0]:
            (lemma, tense), end = forms[token.lower], k + 1  # 'slå fast' needs its particle
        elif pair in self.lex.cue_uses and k > 0 and self.tokens[k - 1].lower in ABLE and self.says_that(k + 2):
            # 'Han kunne slå fast at …'; not 'Kommunen må regne med lavere inntekter', an expectation,
            # nor 'Sogn og Fjordane kan vise til en vekst', what the figures show
            (lemma, tense), end = (pair, "infinitive"), k + 2
        elif token.lower in self.lex.cue_uses and k > 0:
            (lemma, tense), end = (token.lower, "infinitive"), k + 1  # 'Politiet kan bekrefte at …'
        else:
            return None
        return (lemma, end) if self.reports_speech(k, end, lemma, tense) else None

    def document_opens_sentence(self, k: int) -> bool:
        """'Forslaget fra rådmannen er å ta 322.000 kroner …', 'Tallene fra SSB er klare: …': a
        sentence whose subject is a document from someone, before a verb that reports nothing and
        a figure, reads as 'Ifølge' them ('Tall fra SSB viser at …' is the reporting verb's;
        'Søknaden til kommunen' was sent to it, not made by it)."""
        if not self.parser.at_start(k) or k + 2 >= len(self.tokens) or self.tokens[k + 1].lower != "fra":
            return False
        if not self.parser.is_document(k):
            return False
        owner = self.parser.evidence_owner(k)
        if owner is None or owner.kind not in ("name", "group", "role", "person") or owner.last >= len(self.tokens):
            return False
        verb = self.tokens[owner.last].lower
        if ordbank().classes(verb) != {"verb"} or verb in self.lex.cue_forms:
            return False
        return self.figure_in_sentence(owner.last + 1)

    def figure_in_sentence(self, k: int) -> bool:
        """A number, in digits or words, from token k to the sentence's end: a document's sentence
        with no figure says what happened to it ('Dommen fra tingretten ble avsagt fredag')."""
        for token in self.tokens[k : k + SENTENCE_REACH]:
            if token.text in SENTENCE_ENDS:
                return False
            if token.is_number or token.lower in self.lex.number_words:
                return True
        return False

    def as_the_source_knows(self, k: int) -> bool:
        """'…, etter det NRK kjenner til', 'Etter det VG erfarer, …': 'etter det', a name and a verb
        of knowing read as 'ifølge' the name; not 'Etter det har kommunen brukt …' (after that)."""
        if k + 2 >= len(self.tokens) or self.tokens[k + 1].lower != "det":
            return False
        named = self.parser.parse(k + 2, speaker=True)
        if named is None or named.first != k + 2:
            return False
        after = " ".join(t.lower for t in self.tokens[named.last : named.last + 3])
        return any(after == verb or after.startswith(verb + " ") for verb in self.lex.knowing_verbs)

    def opens_with_a_document(self, k: int) -> bool:
        """'I en ny måling fra Respons Analyse svarer 61 prosent …', 'I rapporten fra Menon anslås
        det at …': a sentence that opens on 'I' and a document a body made reads as 'Ifølge' it;
        so does 'i den nye målingen' closing a sentence with no reporting verb of its own."""
        if k + 1 >= len(self.tokens):
            return False
        owner = self.parser.evidence_owner(k + 1)
        if owner is None:
            return False
        # a poll or survey named before ('40 millioner i budsjettet' is no budget's claim)
        survey = owner.document == "*" and any(t.endswith(SURVEYS) for t in owner.types)
        if not self.parser.at_start(k):
            # '… står på 14,6 prosent i den nye målingen': closing the sentence, it measured the figure
            return survey and self.closes_sentence(owner.last) and not self.said_before(k)
        if survey and owner.first == k + 1:
            return True  # 'I målingen svarer 64 prosent': as 'Ifølge målingen'
        if owner.kind not in ("name", "group") or owner.owns is None:
            return False
        # not 'I søknaden til kommunen er det oppgitt 180 …, skriver Rana Blad': sent to it, not made by it
        return all(self.tokens[m].lower != "til" for m in range(k + 1, min(owner.first, len(self.tokens))))

    def said_before(self, k: int) -> bool:
        """A reporting verb stands earlier in the sentence (at most SAID_REACH tokens back): 'påpeker
        at Rødt …, som får 4,6 prosent i målingen' is the political scientist's."""
        for m in range(k - 1, max(-1, k - 1 - SAID_REACH), -1):
            if self.tokens[m].text in SENTENCE_ENDS:
                return False
            if self.tokens[m].lower in self.lex.cue_forms:
                return True
        return False

    def closes_sentence(self, k: int) -> bool:
        """Token k ends the sentence (a full stop or the block's end)."""
        return k >= len(self.tokens) or self.tokens[k].text in SENTENCE_ENDS

    def long_cue_at(self, k: int) -> tuple[str, int] | None:
        """(lemma, end index) of the longest cue of three words or more starting at token k."""
        forms, openings = self.lex.cue_forms, _long_form_openings()
        words, found = self.tokens[k].lower, None
        for last in range(k + 1, len(self.tokens)):
            words = f"{words} {self.tokens[last].lower}"
            if last - k >= 2 and words in forms and self.reports_speech(k, last + 1, *forms[words]):
                found = forms[words][0], last + 1
            if words not in openings:
                break
        return found

    def particle_after_subject(self, k: int) -> tuple[tuple[str, str], int] | None:
        """'Det slår Buskerud tingrett fast', 'Det viser ordføreren til', '…, slår retten fast.': after
        a fronted word or what was said, the subject stands between a verb and its particle; the
        (lemma, tense) of the cue whose particle closes the subject, if one does, and where the
        particle stands."""
        if k == 0:
            return None
        verb = self.tokens[k].lower
        # 'Han slår ballen fast': the subject stood first, so none stands between; but 'I anken peker
        # forsvareren på at …': after any fronted phrase, the particle and an at-clause (looked for
        # in a few tokens before any phrase is parsed: most such verbs have neither)
        fronted = self.tokens[k - 1].lower in FRONTING
        if not fronted and not self.particle_then_that(k, verb):
            return None
        subject = self.parser.parse(k + 1, speaker=True)
        if subject is None or subject.first != k + 1 or subject.last >= len(self.tokens):
            return None
        if not fronted and not (subject.last + 1 < len(self.tokens) and self.tokens[subject.last + 1].lower == "at"):
            return None
        form = f"{verb} {self.tokens[subject.last].lower}"
        if form not in _particle_verbs()[verb]:
            return None
        return self.lex.cue_forms[form], subject.last

    def particle_then_that(self, k: int, verb: str) -> bool:
        """A particle of the verb at k, then 'at', within SUBJECT_REACH tokens after it."""
        particles = {form.split()[1] for form in _particle_verbs()[verb]}
        window = self.tokens[k + 2 : k + 3 + SUBJECT_REACH]
        return any(a.lower in particles and b.lower == "at" for a, b in pairwise(window))

    def reports_speech(self, k: int, end: int, lemma: str, tense: str, split: bool = False) -> bool:
        """Does the verb form at token k report speech here? Not negated ('har ikke bekreftet'),
        not passive ('burde vært lagt til sommeren', 'er ikke bekreftet'), a participle only after
        'har', and each verb only where it reports (reporting_verbs.tsv). `split`: the verb's
        particle stands after its subject, and `end` after the particle."""
        token = self.tokens[k]
        before = k - 1
        while before >= 0 and self.tokens[before].lower in ADVERBS:
            if self.tokens[before].lower in NEGATIONS and lemma in UNSAID_WHEN_NEGATED:
                return False  # 'Kommunen har ikke bekreftet tallet': nothing was said
            before -= 1
        previous = self.tokens[before].lower if before >= 0 else ""
        if lemma in UNSAID_WHEN_NEGATED and end < len(self.tokens) and self.tokens[end].lower in NEGATIONS:
            return False  # 'Sørli svarer ikke', 'Kommunen bekrefter ikke tallet': the negation after the verb
        if previous == "eller" and lemma in UNSAID_WHEN_NEGATED and self.after_verken(before):
            return False  # 'har verken bekreftet eller avkreftet tallet'
        if previous in PASSIVE:
            return False  # 'Tallet er ikke bekreftet'
        if previous in QUESTION_WORDS and self.asks(before):
            return False  # 'Hvordan forklarer ministeren at …?': the newsroom asks; nobody has said it
        if self.after_fronted_source(k) and not self.says_that(end) and not self.that_after_subject(end):
            return False  # 'Ifølge dommen skrev legen over 400 attester': what the source says was done
        if previous == "som" and self.object_noun(end) and not self.says_that(end):
            return False  # 'lokalitetene som rapporterte lusetall': a deed in a relative clause
        if previous in RECEIVING:
            return False  # 'NRK har ikke fått bekreftet tallene': a confirmation got, not given
        if previous == "de" and tense != "present" and before > 0 and self.tokens[before - 1].is_word:
            return False  # 'av de spurte', 'blant de spurte': the asked, not 'they asked'
        perfect = previous in ("har", "hadde", "ha") or self.auxiliary_before(0, k) < k  # 'har hele tiden opplyst'
        if tense == "participle" and not perfect and self.inverted_subject(k) is None:
            return False
        if tense == "infinitive" and previous not in MODALS and self.inverted_subject(k) is None:
            return False  # 'kan bekrefte', 'Det kan politiet bekrefte'; not 'å si', 'vil ha sagt
        pleads = next((t.lower for t in self.tokens[end : end + 3] if t.lower not in NEGATIONS_OR_ADVERBS), "")
        if pleads in PLEAS:
            return False  # 'Den tiltalte erkjenner ikke straffskyld', 'nekter straffskyld': a plea, not a report
        that = end + 1 < len(self.tokens) and self.tokens[end + 1].lower == "at"
        if end < len(self.tokens) and (lemma, self.tokens[end].lower) in NOT_SPEECH_PARTICLES and not that:
            return False
        closing = k > 0 and self.tokens[k - 1].text in QUOTE_TAIL_OPENERS
        if lemma == "si" and not closing and self.answers_yes_or_no(end):
            return False
        if lemma == "svare" and not closing and self.answers_calls(end):
            return False
        use = self.lex.cue_uses.get(lemma, "any")
        if use == "forecast" and self.expects(end):
            return True
        if use == "that" and tense == "infinitive" and self.planned(k, previous):
            return False  # 'direktoratet vil foreslå at …': a plan, not something said
        pointed_back = previous in ("det", "dette") and (before == 0 or self.tokens[before - 1].text in SENTENCE_ENDS)
        if (
            use in ("that", "forecast")
            and not self.says_that(end)
            and not pointed_back  # 'Det foreslår kommunedirektøren': what the sentence before says
            and self.as_someone_puts_it(k) is None
            and not self.said_to_someone(end)
            and not (use == "that" and self.closes_with_its_subject(k, end))
        ):
            return False  # 'FHI anbefaler at …' says something; 'hadde anbefalt en kvote' reports a deed
        if use == "calls" and not self.later_in_sentence(end, "«"):
            return False  # 'kaller forslaget «et svik»' reports; 'en gruppe som kaller seg X' does not
        if use == "quote" and not closing:
            return False  # '– …, smilte hun' reports speech; 'Hun smilte' does not
        if not closing and end == k + 1 and ordbank().classes(token.lower) == {"noun"} and not self.says_that(end):
            return False  # 'Søndagens seier var …': Bokmål knows 'seier' only as a noun; '…, seier ho' reports
        if (
            not closing
            and "noun" in ordbank().classes(token.lower)
            and " ".join(t.lower for t in self.tokens[k:end]) not in self.lex.cue_listed  # 'kommer fram i'
            and not ((tense == "infinitive" or split) and " " in lemma)  # 'kunne slå fast', 'peker X på'
            and " ".join([token.lower, *(t.lower for t in self.tokens[k + 1 : end] if t.lower not in ADVERBS)])
            not in self.lex.cue_listed  # the verb itself stays, though 'går' is an adverb in 'i går'
        ):
            return False  # 'sukket' is a sigh unless it closes a quote
        return True

    def asks(self, k: int) -> bool:
        """The question word at k opens its sentence, which ends in a question mark: 'Hva sier
        ordføreren til kuttet?' (not '– Hvorfor? spør hun', where the verb closes the quote)."""
        if not self.parser.at_start(k):
            return False
        for token in self.tokens[k + 1 : k + SENTENCE_REACH]:
            if token.text in SENTENCE_ENDS:
                return token.text == "?"
        return False

    def after_fronted_source(self, k: int) -> bool:
        """'Ifølge dommen fra Helgeland tingrett skrev legen …': the verb at k comes right after a
        sentence-opening 'ifølge' and its phrase, in the clause's second place (or is the infinitive
        of a modal there: 'Ifølge DNB vil banken gjenta …'): the clause says what that source says,
        and the verb is a deed of its subject unless a that-clause follows."""
        start = k - 1
        while start > 0 and k - start < FRONTED_REACH and self.tokens[start - 1].text not in SENTENCE_ENDS:
            start -= 1
        opens = start == 0 or self.tokens[start - 1].text in SENTENCE_ENDS
        if start >= k or self.tokens[start].lower != "ifølge" or not opens:
            return False
        source = self.parser.parse(start + 1, speaker=True)
        if source is None or source.first != start + 1:
            return False
        if source.last == k:
            return True
        # 'Ifølge DNB vil banken gjenta undersøkelsen': a modal in second place, then the subject
        # and the infinitive at k
        subject = self.parser.parse(source.last + 1) if self.tokens[source.last].lower in MODALS else None
        return subject is not None and subject.first == source.last + 1 and subject.last == k

    def that_after_subject(self, end: int) -> bool:
        """'skriver avisen at …': the inverted subject at `end`, then 'at' or a colon."""
        subject = self.parser.parse(end, speaker=True)
        after = subject.last if subject is not None and subject.first == end else end
        return after < len(self.tokens) and self.tokens[after].lower in ("at", ":")

    def closes_with_its_subject(self, k: int, end: int) -> bool:
        """'Kommunen bør bygge ny svømmehall til 180 millioner kroner, foreslår kommunedirektør Siv
        Reinertsen i budsjettet.': after a comma the verb and its subject close the sentence, as
        '…, sier X' does, so the clause before is what is proposed (nothing but a place or whom it
        was said to follows the subject: not '…, anbefaler rådmannen bygging av …')."""
        if k == 0 or self.tokens[k - 1].text != ",":
            return False
        subject = self.parser.parse(end, speaker=True)
        if subject is None or subject.first != end:
            return False
        tail = self.tokens[subject.last : subject.last + CLOSING_REACH]
        if not tail or tail[0].text in SENTENCE_ENDS:
            return True
        # 'i budsjettet som ble lagt fram mandag': where it was proposed, with no figure in it
        closing = next((i for i, t in enumerate(tail) if t.text in SENTENCE_ENDS), None)
        words = tail if closing is None else tail[:closing]
        return tail[0].lower in CLOSING_PREPOSITIONS and not any(t.is_number for t in words)

    def planned(self, k: int, previous: str) -> bool:
        """'vil foreslå', 'vil direktoratet foreslå': 'vil' or 'skal' before the infinitive at k,
        or before its subject in an inverted clause."""
        if previous in FUTURE_MODALS:
            return True
        subject = self.inverted_subject(k)
        return subject is not None and subject.first > 0 and self.tokens[subject.first - 1].lower in FUTURE_MODALS

    def later_in_sentence(self, k: int, word: str) -> bool:
        """Does `word` (one of MARKERS) stand at token k or after it in k's sentence (the
        segmenter's, so 'mrd.' ends none)? A lookup, not a scan: a block may be one long sentence."""
        index = bisect_right(self.ranges, (k, len(self.tokens))) - 1
        last = self.ranges[index][1] if index >= 0 else len(self.tokens)
        positions = self._markers.get(word, [])
        found = bisect_left(positions, k)
        return found < len(positions) and positions[found] < last

    @property
    def _markers(self) -> dict[str, list[int]]:
        """Where each of MARKERS stands, in token order."""
        if self._markers_table is None:
            where: dict[str, list[int]] = {}
            for i, token in enumerate(self.tokens):
                if token.lower in MARKERS:
                    where.setdefault(token.lower, []).append(i)
            self._markers_table = where
        return self._markers_table

    def as_someone_puts_it(self, k: int) -> int | None:
        """'et hyttetak på 150 kvadratmeter, slik Erik Solheim foreslår': 'slik' and a name before
        the verb at k frame what came before as what that one says; 'Som Andreassen sier, er …'
        opening a sentence frames what follows; where 'slik' or 'som' stands."""
        j = k - 1
        while (
            j >= 0
            and k - j <= 4
            and self.tokens[j].is_word
            and self.tokens[j].is_capitalized
            and self.tokens[j].lower not in ("slik", "som")
        ):
            j -= 1
        if not 0 <= j < k - 1:
            return None
        word = self.tokens[j].lower
        opens = j == 0 or self.tokens[j - 1].text in SENTENCE_ENDS
        comma = k + 1 < len(self.tokens) and self.tokens[k + 1].text == ","
        return j if word == "slik" or (word == "som" and opens and comma) else None

    def object_noun(self, end: int) -> bool:
        """Token `end` is a lower-case noun, by Norsk Ordbank's lemma (compounds it lacks by their
        last known part: 'lusetall'), and no other word class: the verb's object."""
        token = self.tokens[end] if end < len(self.tokens) else None
        if token is None or not token.is_word or not token.text.islower():
            return False
        return ordbank().classes(token.lower) <= {"noun"} and ordbank().noun_lemma(token.lower) is not None

    def said_to_someone(self, end: int) -> bool:
        """'peker på strengere miljøkrav overfor Sunnmørsposten': the verb's clause names whom it
        was said to ('overfor' and a name), so it reports speech without an at-clause."""
        for m in range(end, min(len(self.tokens) - 1, end + TOLD_REACH)):
            token = self.tokens[m]
            if token.text in SENTENCE_ENDS or token.lower == "at":
                return False
            if token.lower == "overfor" and self.tokens[m + 1].is_capitalized:
                return True
        return False

    def says_that(self, end: int) -> bool:
        """An at-clause after the verb ('Retten fant det bevist at …' too), an infinitive after it
        or after its object ('anbefaler å se på snittet', 'anbefaler folk å sjekke avtalen'), or
        'det' closing the sentence: 'Solbakk avviser det.' answers what was just said."""
        following = [t.lower for t in self.tokens[end : end + 3]]
        judged = following[:1] == ["det"] and following[2:] == ["at"]  # 'fant det bevist at'
        urged = "å" in following and all(
            self.tokens[end + n].is_word and word not in INFINITIVE_PREPOSITIONS
            for n, word in enumerate(following[: following.index("å")])
        )  # not 'kritiserer dem for å …', 'De venter på å få sakene opp'
        adverb_then_at = len(following) > 1 and following[0] in SENTENCE_ADVERBS and following[1] == "at"
        return (
            following[:1] == ["at"]
            or adverb_then_at  # 'Eiendom Norge venter også at …'
            or judged
            or urged
            or (following[:1] in (["det"], ["dette"]) and following[1:2] in ([], ["."]))
            or self.where_said_then_that(end)
            or self.answers_a_claim(end)
            or self.object_then_colon(end)
        )

    def object_then_colon(self, end: int) -> bool:
        """'Hun peker på disse hovedgrepene: eiendomsskatt, …', 'nevner tre grunner:': a short
        object and a colon, after which comes what is said."""
        for m in range(end + 1, min(end + OBJECT_BEFORE_COLON + 1, len(self.tokens))):
            if self.tokens[m].text == ":":
                return all(t.is_word or t.is_number for t in self.tokens[end:m])
        return False

    def answers_a_claim(self, end: int) -> bool:
        """'Hovda avviser det tallet.', 'Banken bestrider tallene': the object is something said
        before (a figure, a claim), so the verb says something back."""
        k = end + 1 if end < len(self.tokens) and self.tokens[end].lower in ("det", "dette", "de", "disse") else end
        if k >= len(self.tokens) or not self.tokens[k].is_word:
            return False
        closes = k + 1 >= len(self.tokens) or not self.tokens[k + 1].is_word
        return closes and ordbank().noun_lemma(self.tokens[k].lower) in CLAIM_NOUNS

    def where_said_then_that(self, end: int) -> bool:
        """'foreslår i en ny utredning at …', 'opplyser i en e-post til NRK at …': where it was said,
        a preposition and at most WHERE_SAID_WORDS words, then the at-clause."""
        if end >= len(self.tokens) or self.tokens[end].lower not in WHERE_SAID:
            return False
        for k in range(end + 1, min(end + 2 + WHERE_SAID_WORDS, len(self.tokens))):
            token = self.tokens[k]
            if token.lower == "at":
                return k > end + 1
            if not token.is_word:
                return False
        return False

    def answers_yes_or_no(self, end: int) -> bool:
        """'Innbyggerne sa et klart nei til sammenslåing', 'sier ja til forslaget': a vote or a
        decision, not speech."""
        following = [t.lower for t in self.tokens[end : end + 4]]
        return any(word in ("ja", "nei") and following[i + 1 : i + 2] == ["til"] for i, word in enumerate(following))

    def answers_calls(self, end: int) -> bool:
        """'svare på' with nothing said after it answers calls, letters or a survey: 'Der svarer
        legevakta innen to minutter på 94 prosent av anropene'; 'svarer på kritikken: – …' and
        'svarte på spørsmålet at …' report."""
        said = self.later_in_sentence(end, "at") or self.later_in_sentence(end, ":")
        return self.later_in_sentence(end, "på") and not said

    def expects(self, end: int) -> bool:
        """The verb before `end` has an indefinite object or a figure that is no span of time:
        'Eiendom Norge venter (selv) en prisvekst på 4 prosent', 'Hun forventer rundt 1,2 millioner
        besøkende' forecast, unless the sentence names another source with 'ifølge'; 'venter en
        time', 'venter to timer', 'venter på svar' wait."""
        kept = [t for t in self.tokens[end : end + 6] if t.lower not in ADVERBS]
        words = [t.lower for t in kept]
        # an article ('en prisvekst på 4 prosent') or a figure ('rundt 1,2 millioner besøkende')
        figure = bool(kept) and (
            kept[0].is_number or words[0] in self.lex.number_words or words[0] in self.lex.qualifiers
        )
        if not words or not (words[0] in ARTICLES or figure):
            return False
        if self.later_in_sentence(end, "ifølge") or self.cue_closes_sentence(end):
            # 'Meglerne ventet et overskudd på …, ifølge en konsensus innhentet av X': X's figure;
            # 'Forskerne hadde anbefalt en kvote på 200 dyr, opplyser direktoratet': a deed reported
            return False
        return not any(w in self.lex.time_units or self.lex.units.get(w) in TIME_UNITS for w in words[1:3])

    def cue_closes_sentence(self, end: int) -> bool:
        """A comma and a reporting verb after token `end` in its sentence (within CLOSING_REACH
        tokens, so a long sentence costs no more): another speaker reports what came before."""
        index = bisect_right(self.ranges, (end, len(self.tokens))) - 1
        last = min(self.ranges[index][1] if index >= 0 else len(self.tokens), end + CLOSING_REACH)
        tokens, forms = self.tokens, self.lex.cue_forms
        return any(tokens[m].text == "," and tokens[m + 1].lower in forms for m in range(end, last - 1))

    def cues(
        self, index: int, first: int, last: int, scan_from: int, masked: set[int], found: list[Attribution]
    ) -> list[Attribution]:
        attributions: list[Attribution] = []
        k = scan_from
        while k < last:
            if k in masked or (found and self.tokens[k].start < found[0].cue_end):
                k += 1
                continue
            cue = self.cue_at(k)
            if cue is None:
                k += 1
                continue
            lemma, end = cue
            attribution = self.attribute(index, first, last, k, end, lemma, [*found, *attributions])
            if attribution is not None:
                attributions.append(attribution)
                k = max(
                    end,
                    self.index_at(attribution.speaker.end)
                    if attribution.speaker and attribution.position != "pre"
                    else end,
                )
            else:
                k = end
        return self.within_a_tail_report(attributions)

    def within_a_tail_report(self, attributions: list[Attribution]) -> list[Attribution]:
        """'Påtalemyndigheten hadde bedt om to års fengsel, opplyser politiadvokat Henriette Solum':
        a report opened in the clause an inverted tail ('…, opplyser X') closes is what X reports,
        not a report of its own; X speaks for the sentence. A newsroom's tail ('OSSE anslår at …,
        melder NRK') relays the report; it stays OSSE's."""
        tails = [a for a in attributions if a.position == "post" and not a.quote]
        if not tails:
            return attributions
        tail = tails[-1]
        k = self.index_at(tail.cue_start)
        if k == 0 or self.tokens[k - 1].text != "," or tail.lemma in RELAYING_CUES:
            return attributions  # '…, melder NRK': a newsroom relays who said it
        return [a for a in attributions if not (a.position == "pre" and a.cue_end <= tail.cue_start)]

    def attribute(
        self, index: int, first: int, last: int, k: int, end: int, lemma: str, earlier: list[Attribution]
    ) -> Attribution | None:
        cue_text = self.span(k, end)
        start, cue_end = self.tokens[k].start, self.tokens[end - 1].end
        clause = self.clause_start(first, k)

        def said(
            position: CuePosition,
            speaker: NounPhrase,
            extra: list[NounPhrase] | None = None,
            coordinated: bool = False,
            opens: int | None = None,
        ) -> Attribution:
            """This cue's attribution to `speaker`, governing its clause (or from `opens` on)."""
            clause_start = self.tokens[clause].start if opens is None else opens
            return Attribution(
                index,
                cue_text,
                lemma,
                start,
                cue_end,
                position,
                speaker,
                clause_start,
                coordinated=coordinated,
                extra_speakers=extra or [],
            )

        if lemma == "ifølge":
            speaker, extra = self.speaker_after(end, cited=True)
            if speaker is None and self.own_figures(end):
                speaker = self.own_figures_subject(clause, k)
            if speaker is None:
                return None
            return said("prep", speaker, extra=extra, opens=self.relative_clause_opening(k))
        opener = self.as_someone_puts_it(k)
        if opener is not None:
            named = self.parser.parse(opener + 1, speaker=True)
            if named is not None and named.first == opener + 1 and named.last == k:
                return said("pre", named, opens=self.tokens[first].start)  # the whole sentence is as X puts it
        antecedent = self.relative_antecedent(first, k)
        if antecedent is not None and (self.lex.cue_uses.get(lemma) != "document" or self.issued(antecedent)):
            # not '30,4 prosent er prosenttallet som viser at …': a figure shows, nobody says
            return said("pre", antecedent, opens=antecedent.start)
        if self.relative_som(k) is not None:
            return None  # 'en brannalarm som først varslet brannen': 'som' is the subject, 'brannen' no speaker
        subordinate = self.subordinate_subject(clause, k, end)
        if subordinate is not None:
            return said("pre", subordinate)
        inverted = self.inverted_subject(k)
        if inverted is not None:
            return said("post", inverted)
        region_start = clause
        while region_start < k and self.tokens[region_start].lower in CONJUNCTIONS | CORRELATIVES:
            region_start += 1  # 'Både Rema 1000 og Kiwi opplyser': the subjects the correlative joins
        if region_start + 1 < k and self.tokens[region_start].lower in FOCUS_ADVERBS:
            region_start += 1  # 'Også Roskildefestivalen melder om …', 'Selv politiet mener'
        if region_start + 1 < k and self.compound_adjective(region_start):
            region_start += 1  # 'NorgesGruppen-eide Kiwi opplyser': the adjective describes the speaker
        region_end = self.auxiliary_before(region_start, k)
        while region_end > region_start and self.tokens[region_end - 1].lower in AUXILIARIES_OR_ADVERBS:
            region_end -= 1
        restrictive = self.restrictive_subject(region_start, region_end, end)
        if restrictive is not None:
            return said("pre", restrictive)
        subject_end = self.before_relative_clause(region_start, region_end)
        relative = subject_end < region_end and self.closes_at(subject_end + 1, k - 1)
        region_end = subject_end
        if self.lex.cue_uses.get(lemma) == "document":
            return self.document_cue(index, cue_text, lemma, k, cue_end, region_start, region_end, end, clause)
        owner = self.parser.evidence_owner(region_start) if region_start < region_end else None
        if owner is not None and self.place_until(owner.last, region_end, owner):
            # 'Tallene fra Statistisk sentralbyrå bekrefter at …': the body behind the figures
            return said("pre", owner)
        previous = self.tokens[k - 1].text if k > first else ""
        if previous in QUOTE_CLOSERS:
            named = self.parser.parse(region_start, speaker=True)
            if named is not None and named.first == region_start and self.place_until(named.last, k, named):
                # 'Aksjonsgruppa «Trygg vei Hølonda» mener': the guillemets close a name, not a quote
                return said("pre", named)
            if named is not None and named.first == region_start and self.quoted_body_until(named.last, k):
                # 'Leder Marte Eira i foreldreaksjonen «Trygg søvn Alta» sier': her body's name
                return said("pre", named)
        if relative and not self.tokens[region_start].is_number:
            # 'Tromsø IL, som slo Molde forrige helg, oppfordrer supporterne': the comma closes a
            # relative clause on the subject, not a quote
            subject = self.parser.parse(region_start, speaker=True)
            if (
                subject is not None
                and subject.first == region_start
                and self.place_until(subject.last, region_end, subject)
            ):
                return said("pre", subject)
        if previous == "," and region_start < region_end:
            # 'Rektor ved NTNU, Kari Sofie Lervik, sier …': the comma closes an apposition that is the
            # whole subject, not a quote before the verb
            subject = self.parser.parse(region_start, speaker=True)
            # the whole subject up to the comma: 'Mannens forsvarer, advokat Henrik Stai, hevder'
            if subject is None or subject.first != region_start or subject.last not in (k, k - 1):
                subject = (
                    self.named_in_apposition(region_start, k)
                    or self.described_in_apposition(region_start, k)
                    or self.comma_after_subject(region_start, k, end)
                )
            if subject is not None:
                return said("pre", subject)
        # 'vil be regjeringen om …': an infinitive's subject stands before its modal, never after it
        split = " " in lemma and end == k + 1  # 'Det slår retten fast': the subject before the particle
        after_allowed = self.tokens[k].lower in self.lex.cue_forms or end > k + 1 or split
        closes = (
            previous == "," or previous in QUOTE_CLOSERS or (k > first + 1 and self.tokens[k - 2].text in QUOTE_CLOSERS)
        )
        if after_allowed and closes:
            speaker, extra = self.speaker_after(end)
            if speaker is not None:
                return said("post", speaker, extra=extra)
        before = k - 1
        while before > first and self.tokens[before].lower in AUXILIARIES_OR_ADVERBS:
            before -= 1
        fronted = region_start < k and region_start >= region_end  # 'Nå forteller X at …', 'I dag mener X'
        if before > first and self.tokens[before].lower in ("og", "men"):
            if after_allowed and self.tokens[before + 1].lower in FRONTED_ADVERBS:
                # 'Fristen er for kort, og nå mener kommunen at …': an adverb opens a clause of its
                # own, whose verb comes second and its subject after it ('og nå mener de' is the
                # subject before, as a coordinated verb's)
                speaker, extra = self.speaker_after(end)
                if speaker is not None and speaker.kind != "pronoun" and not self.clause_goes_on(speaker):
                    return said("post", speaker, extra=extra)
            region_end = region_start  # 'advarer og sier', '… nekter … og hevder'
            fronted = False
        if fronted and after_allowed:
            # only adverbs before the verb: it comes second, and its subject after it
            speaker, extra = self.speaker_after(end)
            if speaker is not None and not self.clause_goes_on(speaker):
                return said("post", speaker, extra=extra)
        if region_start >= region_end:
            # 'og hevder', 'advarer og sier': the subject of the earlier verb speaks.
            subject = earlier[-1].speaker if earlier else self.subject_of(first, k)
            if subject is None:
                return None
            return said("pre", subject, coordinated=True)
        if after_allowed and self.fronted_object(region_start, region_end, lemma):
            # 'Rekorden tror senioranalytiker Dag Sletmo i DNB blir den siste': the thing thought
            # about opens the sentence, and the one who thinks it, titled, stands after the verb
            # (not 'Moen mener KLP burde …', 'Statsadvokaten mener Nav har …': a body or a bare
            # name after the verb is what is thought about)
            speaker, extra = self.speaker_after(end)
            titled = speaker is not None and speaker.kind == "name" and speaker.role is not None
            if speaker is not None and titled and self.verb_after(speaker.last):
                return said("post", speaker, extra=extra)
        subject = self.parser.parse(region_start, speaker=True)
        if (
            subject is not None
            and subject.first == region_start
            and self.place_until(subject.last, region_end, subject)
        ):
            return said("pre", subject)
        joined = self.joined_subject(subject, region_start, region_end)
        if subject is not None and joined is not None:
            shared = self.regions_of_one_body(subject, joined)
            if shared is not None:
                return said("pre", shared)
            return said("pre", subject, extra=[joined])
        if (
            subject is not None
            and subject.first == region_start
            and self.short_phrase_of_place(subject.last, region_end)
        ):
            return said("pre", subject)  # 'Beboerne i sentrum mener havna pynter på tallene': not 'havna'
        if not after_allowed or self.inside_a_report(k, earlier[-1] if earlier else None, index):
            return None
        speaker, extra = self.speaker_after(end)
        numbered = self.tokens[region_start].is_number and not self.dated(region_start, k)
        if speaker is not None and not numbered and not self.clause_goes_on(speaker):
            return said("post", speaker, extra=extra)
        return None

    def dated(self, i: int, k: int) -> bool:
        """The tokens from i to the verb at k are a date: '9. august anslo politiet at …', '7. august
        2018 sa Nordtømme at …' (a fronted time, as 'Lørdag sa …'; not a number that is the subject)."""
        words = [t.text for t in self.tokens[i:k]]
        if len(words) < 3 or words[1] != "." or not words[0].isdigit() or not 1 <= int(words[0]) <= 31:
            return False
        return words[2].lower() in self.lex.months and all(w.isdigit() and len(w) == 4 for w in words[3:])

    def inside_a_report(self, k: int, last: Attribution | None, sentence: int) -> bool:
        """The cue at k stands in the at-clause of a report earlier in its sentence: 'sier til NRK at
        etterforskerne mener mannen samarbeidet' - 'mannen' after it is no inverted subject."""
        if last is None or last.sentence != sentence:
            return False
        for m in range(k - 1, -1, -1):  # back to the earlier cue only
            if self.tokens[m].start < last.cue_end:
                return False
            if self.tokens[m].lower == "at":
                return True
        return False

    def document_cue(
        self,
        index: int,
        cue: str,
        lemma: str,
        verb: int,
        end: int,
        region_start: int,
        region_end: int,
        after: int,
        clause: int,
    ) -> Attribution | None:
        """'Tallene fra Etaten viser at …', '…, viser tallene fra Etaten', '«…», heter det i dommen':
        a verb that reports only what figures or a document show speaks for the body behind them,
        and for nobody else ('Det viser at …' reports nothing). After a comma the documents come
        after the verb: 'Antallet som fikk hjelp, økte med 11 prosent, viser nye tall fra SSB'."""
        start = self.tokens[verb].start
        if verb > 0 and self.tokens[verb - 1].text == ",":
            owner = self.parser.evidence_owner(self.document_after(after))
            if owner is not None:
                return Attribution(index, cue, lemma, start, end, "post", owner, self.tokens[clause].start)
        owner = (
            self.parser.evidence_owner(region_start) or self.parser.document_showing(region_start)
            if region_start < region_end
            else None
        )
        if owner is not None and (
            self.place_until(owner.last, region_end, owner)
            or self.period_until(owner.last, region_end)
            or self.topic_until(owner.last, region_end)
        ):
            return Attribution(index, cue, lemma, start, end, "pre", owner, self.tokens[clause].start)
        owner = self.owner_after(after)
        if owner is not None:
            return Attribution(index, cue, lemma, start, end, "post", owner, self.tokens[clause].start)
        return None

    def document_after(self, after: int) -> int:
        """Where the document after a document cue starts: '«…», heter det i dommen', 'heter det på
        Yr.no' after 'det i', 'det på'."""
        words = [t.lower for t in self.tokens[after : after + 2]]
        return after + 2 if words in (["det", "i"], ["det", "på"]) else after

    def owner_after(self, after: int) -> NounPhrase | None:
        """The body behind the document, or the site, after a document cue ending at `after`."""
        later = self.document_after(after)
        return self.parser.evidence_owner(later) or self.site(later)

    def site(self, k: int) -> NounPhrase | None:
        """'heter det på Yr.no', 'står det på Yr.': after 'på', the body whose pages say it (a name
        closing the sentence, no person; 'på Politiets nettsider' is a document's owner); after
        'i', a paper ('står det i Hamar Arbeiderblad')."""
        if k == 0 or self.tokens[k - 1].lower not in ("på", "i"):
            return None
        named = self.parser.parse(k, speaker=True)
        if named is None or named.first != k or named.source_kind in ("person", "anonymous"):
            return None
        if self.tokens[k - 1].lower == "i" and named.source_kind != "media":
            return None  # 'står det i Bergen' names where, not who
        return named if self.closes_sentence(named.last) else None  # not 'på Yr.no sine sider om …'

    def inverted_subject(self, k: int) -> NounPhrase | None:
        """'…, har Sit regnet ut', 'Det kan politiet bekrefte', 'Til NRK kan pressevakt X bekrefte at':
        after a fronted part of the sentence the auxiliary comes before its subject and the verb at k
        after it; the subject, when one stands there."""
        for j in range(k - 1, max(k - 7, 0), -1):
            if self.tokens[j].lower in AUXILIARIES:
                if j + 1 == k or not self.tokens[j - 1].text.strip("–—-"):
                    return None
                subject = self.parser.parse(j + 1, speaker=True)
                return subject if subject is not None and subject.first == j + 1 and subject.last == k else None
            if not self.tokens[j].is_word:
                return None
        return None

    def named_in_apposition(self, region_start: int, k: int) -> NounPhrase | None:
        """'Forsvarer for en av de siktede, advokat Jon Are Lunde, sier': a role with words the name
        parse does not take, then the person's name between commas: the name, over the whole subject."""
        opener = self.tokens[region_start]
        genitive = self.parser.is_genitive(region_start) or (opener.is_capitalized and opener.lower.endswith("s"))
        described = opener.is_word and ("noun" in ordbank().classes(opener.lower) or genitive)
        if not (self.parser.is_role_word(region_start) or described):
            return None  # 'Bostyrer, advokat X, …', 'Fellesforbundets tillitsvalgte ved bedriften, X, …'
        comma = next((c for c in range(k - 2, region_start, -1) if self.tokens[c].text == ","), None)
        if comma is None:
            return None
        name = self.parser.parse(comma + 1, speaker=True)
        if name is None or name.source_kind != "person" or not self.place_until(name.last, k, name):
            return None  # the name reaches the cue, or a place it is of ('i advokatfirmaet Lund & Co,')
        held = opener.lower.split("-")[-1]
        # the closing comma is the subject's; 'Aktor, statsadvokat X,': 'aktor' later is X too
        whole = replace(name, last=k, role_heads=name.role_heads | ({held} if self.lex.is_role(held) else set()))
        return self.parser.rebase(whole, region_start, role=name.role or self.tokens[region_start].lower)

    def described_in_apposition(self, region_start: int, k: int) -> NounPhrase | None:
        """'Larvik kulturråd, paraplyorganisasjonen for det frivillige kulturlivet, mener kuttet …':
        a name, then between commas a common noun phrase saying what it is: the name speaks, not
        the noun after the verb."""
        subject = self.parser.parse(region_start, speaker=True)
        if subject is None or subject.first != region_start or subject.kind != "name":
            return None
        comma = subject.last
        if comma + 2 >= k - 1 or k - 1 - comma > APPOSITION_REACH or self.tokens[comma].text != ",":
            return None
        head = self.tokens[comma + 1]
        inside = self.tokens[comma + 1 : k - 1]
        if not head.is_word or head.is_capitalized or any(t.text in (",", "«", "»", "–") for t in inside):
            return None
        noun = head.lower if head.lower not in ("en", "ei", "et") else self.tokens[comma + 2].lower
        return subject if ordbank().noun_lemma(noun) is not None and "verb" not in ordbank().classes(noun) else None

    def compound_adjective(self, k: int) -> bool:
        """'NorgesGruppen-eide', 'Equinor-eide': a name written together with an adjective, which
        describes the name after it."""
        head, _, tail = self.tokens[k].text.rpartition("-")
        return bool(head) and tail[:1].islower() and "adj" in ordbank().classes(tail) and self.parser.name_like(k + 1)

    def relative_antecedent(self, first: int, k: int) -> NounPhrase | None:
        """'… aksjonsgruppen «Folk før båt», som krever at …', 'en gruppe som mener at …': the cue
        opens a relative clause; who speaks is the noun phrase 'som' refers to, the longest one
        that ends right before it (at most RELATIVE_REACH words)."""
        som = self.relative_som(k)
        if som is None:
            return None
        end = som - 1 if self.tokens[som - 1].text == "," else som
        found = None
        j = end - 1
        while j >= max(first, end - RELATIVE_REACH):
            token = self.tokens[j]
            if token.text in ("»", "”"):  # '«Folk før båt»': a name in guillemets is one word here
                j = next(
                    (
                        m
                        for m in range(j - 1, max(first, j - RELATIVE_REACH) - 1, -1)
                        if self.tokens[m].text in ("«", "“")
                    ),
                    j,
                )
            elif self.number_in_name(j):
                pass  # 'på TV 2 Sport, som opplyser': the digit is a word of the name
            elif not token.is_word or ordbank().classes(token.lower) & {"verb", "noun"} == {"verb"}:
                break  # 'Vi møtte bøndene, som mener …': the phrase starts after the verb
            phrase = self.parser.parse(j, speaker=True)
            if phrase is not None and phrase.first == j and phrase.last == end and phrase.kind in ("name", "group"):
                found = phrase
            j -= 1
        return found

    def number_in_name(self, j: int) -> bool:
        """Token j is a number right after a capitalised word, inside a name: 'TV 2 Sport', 'Rema 1000'."""
        token, before = self.tokens[j], self.tokens[j - 1] if j > 0 else None
        return token.is_number and before is not None and before.is_capitalized and before.end + 1 == token.start

    def relative_som(self, k: int) -> int | None:
        """Where the 'som' stands whose relative clause the cue at k opens ('en gruppe som mener',
        'som mandag skrev', 'som først varslet'), or None."""
        som = k - 1
        while (
            som > 1
            and k - som <= 2
            and (self.tokens[som].lower in WHEN_SAID or self.tokens[som].lower in self.lex.weekdays)
        ):
            som -= 1  # 'Det var Gudbrandsdølen Dagningen som mandag skrev at …', 'som først meldte'
        return som if som >= 1 and self.tokens[som].lower == "som" else None

    def issued(self, phrase: NounPhrase) -> bool:
        """'tall fra Statens vegvesen som viser at …', 'en rapport fra SSB som viser at …': the
        body issued the document the relative clause is about, so what it shows is the body's."""
        inside = range(phrase.first, phrase.last - 1)
        return any(self.tokens[m + 1].lower == "fra" and self.parser.is_document(m) for m in inside)

    def comma_after_subject(self, region_start: int, k: int, end: int) -> NounPhrase | None:
        """'Statsråd Henrik Asheim (H), mener kunnskapssektoren er …': a stray comma between a named
        subject and its verb, when what follows the verb is a clause of its own ('at …', or a noun
        and its verb), not the speaker of an inverted '…, mener X'."""
        subject = self.parser.parse(region_start, speaker=True)
        if subject is None or subject.first != region_start or subject.last != k - 1 or subject.kind != "name":
            return None
        if end < len(self.tokens) and self.tokens[end].lower == "at":
            return subject
        after, _ = self.speaker_after(end)
        return subject if after is not None and self.clause_goes_on(after) else None

    def joined_subject(self, subject: NounPhrase | None, region_start: int, region_end: int) -> NounPhrase | None:
        """'Forskerforbundet og Unio mener …': the second of two names joined by 'og' that make the
        whole subject; the first is the speaker."""
        if subject is None or subject.first != region_start or subject.kind != "name":
            return None
        if subject.last + 1 >= region_end or self.tokens[subject.last].lower != "og":
            return None
        other = self.parser.parse(subject.last + 1, speaker=True)
        if other is None or other.kind != "name" or other.first != subject.last + 1:
            return None
        return other if self.place_until(other.last, region_end, other) else None

    def regions_of_one_body(self, first: NounPhrase, second: NounPhrase) -> NounPhrase | None:
        """'Oslo og Akershus Bondelag mener …': one body of two places, its type noun after the
        second ('Bondelag'); a single untyped word before 'og' shares it. 'Høyre og Senterpartiet'
        are two (the second is one word), as 'Forskerforbundet og Unio' are."""
        if not first.single_word or first.types or second.single_word or not second.types:
            return None
        if second.last - second.first != 2 or not self.tokens[second.first].is_capitalized:
            return None  # the second place and the type noun, nothing more
        name = self.parser.span(first.first, second.last)
        return self.parser.make(
            first.first,
            second.last,
            "name",
            name,
            first.first,
            second.last,
            source_kind=second.source_kind,
            types=second.types,
        )

    def quoted_body_until(self, k: int, end: int) -> bool:
        """Tokens k..end read 'i foreldreaksjonen «Trygg søvn Alta»': a preposition, at most one
        noun in small letters, and a name in guillemets closing right before `end`."""
        if k + 3 >= end or self.tokens[k].lower not in BODY_PREPOSITIONS:
            return False
        opening = k + 1
        if self.tokens[opening].is_word and self.tokens[opening].text.islower():
            opening += 1  # 'foreldreaksjonen'
        if self.tokens[opening].text not in ("«", '"') or self.tokens[end - 1].text not in QUOTE_CLOSERS:
            return False
        inside = self.tokens[opening + 1 : end - 1]
        return 0 < len(inside) <= QUOTED_NAME_WORDS and all(t.is_word or t.is_number for t in inside)

    def fronted_object(self, start: int, end: int, lemma: str) -> bool:
        """Tokens start..end are one definite noun that names a thing, opening the sentence before a
        verb of belief ('Rekorden tror …'): what is thought about, not who thinks;
        not a body or a person ('Selskapet tror', 'Lederen mener')."""
        if end - start != 1 or self.lex.cue_uses.get(lemma) not in CLAUSE_CUES:
            return False
        word = self.tokens[start].lower
        return (
            definite_noun(word)
            and organisation_type(word) is None
            and not self.parser.is_role_word(start)
            and self.lex.group_nouns.get(word) is None
            and ordbank().noun_lemma(word) not in _person_lemmas()
        )

    def verb_after(self, k: int) -> bool:
        """Token k is a verb, no other word: the verb of the clause a fronted object belongs to."""
        if k >= len(self.tokens) or not self.tokens[k].is_word:
            return False
        word = self.tokens[k].lower
        if word in AUXILIARIES:
            return True
        classes = ordbank().classes(word)
        return word not in self.lex.function_words and "verb" in classes and "noun" not in classes

    def clause_goes_on(self, phrase: NounPhrase) -> bool:
        """'… mener ulvebestanden i Norge bør reduseres', '… mener Molde har solgt': a noun (or a name
        before an auxiliary) after the cue that a verb follows is the subject of what was said, not
        the one who said it ('opplyser kommunen til NTB')."""
        if phrase.kind not in ("group", "name") or phrase.last >= len(self.tokens):
            return False
        after = self.tokens[phrase.last]
        if after.lower in AUXILIARIES or after.lower in PASSIVE or after.lower in ("bør", "burde"):
            return True  # 'mener Molde har solgt for billig': a name too
        if phrase.kind == "name":
            return False
        if not after.is_word or after.lower in self.lex.function_words:
            return False
        return ordbank().classes(after.lower) == {"verb"}

    def period_until(self, k: int, end: int) -> bool:
        """Tokens k..end say what time a document covers ('Eiendom Norges regionsrapporter for tredje
        kvartal 2020 viser'): 'for' or 'fra', then at most PERIOD_WORDS years, months, ordinals or
        time nouns."""
        if k >= end or end - k > PERIOD_WORDS + 1 or self.tokens[k].lower not in ("for", "fra"):
            return False
        lex = self.lex
        return all(
            (t.text.isdigit() and len(t.text) == 4)
            or t.lower in lex.months
            or t.lower in ORDINAL_WORDS
            or t.lower in PERIODS
            or (t.is_word and is_time_noun(t.lower))
            for t in self.tokens[k + 1 : end]
        )

    def topic_until(self, k: int, end: int) -> bool:
        """Tokens k..end say what a document is about ('Felleskjøpets prognoser for årets kornhøst
        viser'): 'for' or 'om', then at most TOPIC_WORDS nouns and adjectives in small letters, or
        time nouns in the genitive; no name, number or verb, which would make another subject."""
        if k >= end or end - k > TOPIC_WORDS + 1 or self.tokens[k].lower not in ("for", "om"):
            return False
        return all(
            t.is_word
            and not t.is_capitalized
            and (bool(ordbank().classes(t.lower) & {"noun", "adj"}) or self.parser.dates_a_thing(n))
            for n, t in enumerate(self.tokens[k + 1 : end], start=k + 1)
        )

    def place_until(self, k: int, end: int, phrase: NounPhrase | None = None) -> bool:
        """Does the subject reach the cue, or only a place after it ('Rederiet Keros Maritime på
        Kypros hevder')? A place names where the speaker is, not another speaker. Places may follow
        places ('i Velferdstinget i Gjøvik, Ålesund og Trondheim mener'), at most PLACE_STEPS of them:
        a loop, not a recursion, so no chain of them in hostile text reaches Python's stack limit."""
        for _ in range(PLACE_STEPS):
            if k >= end or (k + 1 == end and self.tokens[k].text == ","):
                return True  # 'Forsvarer, advokat Per Dahl, sier': the comma closes the apposition
            token = self.tokens[k]
            person = phrase is not None and phrase.source_kind == "person"
            if (
                person
                and token.text == "("
                and k + 2 < end
                and self.tokens[k + 1].is_acronym
                and self.tokens[k + 2].text == ")"
            ):
                k += 3  # 'Vegard Holm i foreldrerådets arbeidsutvalg (FAU) mener': the short name of his body
                continue
            if k > 1 and self.tokens[k - 2].is_capitalized and self.closing_noun(k - 1) and self.parser.name_like(k):
                k = self.parser.name_run(k)  # the place run took 'Kristiansund lufthavn': 'Kvernberget' names it
                continue
            if k > 0 and self.tokens[k - 1].is_capitalized and self.closing_noun(k):
                if k + 1 == end:
                    return True  # the place run before ended, and a common noun closes the body's name
                if self.parser.name_like(k + 1):  # 'ved Kristiansund lufthavn Kvernberget mener'
                    k = self.parser.name_run(k + 1)
                    continue
            if token.lower not in ("i", "på", "fra", "ved", "hos") or k + 1 >= end:
                return False
            if self.tokens[k + 1].text == "«":
                # 'Skipper Arnt Rusten (58) på «Torbas» sier': a vessel's or a place's name in guillemets
                return self.name_in_guillemets(k + 1, end)
            if self.parser.slogan_end(k + 1) == end:
                return True  # 'Leder Kristine Eide i Nei til EU sier': a campaign's slogan up to the cue
            if self.place_compound(k + 1):
                k += 2  # 'Brannvesenet i Hamar-regionen oppfordrer', 'i Oslo-området'
                continue
            if self.parser.name_like(k + 1):
                k = self.parser.place_run(k + 1)  # 'i Gjøvik, Ålesund og Trondheim'
                continue
            # 'Daglig leder Rune Solbakk (46) ved utestedet forteller': a common place or body;
            # 'Klinikksjef X ved kirurgisk klinikk sier': adjectives before it, and any form of the noun
            m = k + 1
            if m + 3 < end and self.tokens[m + 1].text == "-" and self.tokens[m + 2].lower in ("og", "eller"):
                m += 3  # 'i plan- og bygningsetaten': first parts that share the noun at the end
            while m + 1 < end and self.parser.lowercase_word(m) and ordbank().classes(self.tokens[m].lower) == {"adj"}:
                m += 1
            owner = self.tokens[m].lower
            if m + 1 < end and self.parser.lowercase_word(m) and owner.endswith("s") and definite_noun(owner[:-1]):
                m += 1  # 'i foreldrerådets arbeidsutvalg': a body's genitive before the noun it owns
            nxt = self.tokens[m]
            lemma = ordbank().noun_lemma(nxt.lower) if nxt.is_word and not nxt.is_capitalized else None
            if lemma is not None and lemma != nxt.lower and self.parser.name_like(m + 1):
                k = self.parser.name_run(m + 1)  # 'i reiselivsselskapet Fjordporten Opplevingar', '… Lund & Co,'
                continue
            if lemma is not None and lemma != nxt.lower and m + 1 < end and self.tokens[m + 1].text == "«":
                return self.name_in_guillemets(m + 1, end)  # 'på kystnotbåten «Remøybuen» sier'
            if lemma is None or (lemma == nxt.lower and m == k + 1):
                return False
            k = m + 1
            if self.parser.named_for(m):
                # 'Leder X i hovedutvalget for helse og omsorg hevder': the field the body is named for
                k = max(k, self.parser.field_end(k))
        return False

    def place_compound(self, k: int) -> bool:
        """Token k is a name joined by a hyphen to a common noun in the definite form: a place and
        the area around it ('Hamar-regionen', 'Oslo-området')."""
        head, joined, tail = self.tokens[k].text.partition("-")
        return bool(joined) and head[:1].isupper() and head.isalpha() and tail.islower() and definite_noun(tail)

    def name_in_guillemets(self, k: int, end: int) -> bool:
        """Tokens k to end are «…» around capitalised words only: a vessel's, a place's or a
        work's name ('«Remøybuen»'), not a quote."""
        return (
            k + 2 < end
            and self.tokens[k].text == "«"
            and self.tokens[end - 1].text == "»"
            and all(t.is_word and t.is_capitalized for t in self.tokens[k + 1 : end - 1])
        )

    def short_phrase_of_place(self, k: int, end: int) -> bool:
        """'i sentrum', 'på bygda', 'ved skolen': a preposition and at most two lower-case words
        between the subject and its verb say where the subject is; they leave no room for another."""
        words = self.tokens[k:end]
        return (
            1 < len(words) <= 3
            and words[0].lower in ("i", "på", "ved", "fra", "hos")
            and all(t.is_word and not t.is_capitalized for t in words[1:])
        )

    def after_verken(self, k: int) -> bool:
        """Is the 'eller' at k the second half of 'verken … eller', within a few words?"""
        for j in range(k - 1, max(-1, k - 6), -1):
            if self.tokens[j].lower == "verken":
                return True
            if not self.tokens[j].is_word:
                return False
        return False

    def closing_noun(self, k: int) -> bool:
        """'i Agder og Telemark statsadvokatembeter': a common noun right after a place closes a
        body's name (Norsk Ordbank knows the noun; no list of body types is needed)."""
        word = self.tokens[k].lower
        return (
            self.parser.lowercase_word(k)
            and ordbank().classes(word) == {"noun"}
            and word not in self.lex.function_words
        )

    def subordinate_subject(self, clause: int, k: int, end: int) -> NounPhrase | None:
        """'… fordi politiet mener de har handlet …': after a subordinating conjunction the subject
        comes before its verb, so 'mener de' is no inverted 'de mener'. The subject is the phrase
        that opens the subordinate clause and reaches the verb (past its auxiliaries and adverbs),
        and the verb reports a clause ('at' or a pronoun opening it after the verb; not 'fordi UDI
        ikke regner med klagesakene', a deed)."""
        if end >= len(self.tokens) or self.tokens[end].lower not in REPORTED_CLAUSE_OPENERS:
            return None
        reach = range(k - 2, max(clause, k - SUBORDINATE_REACH) - 1, -1)  # bounded: linear time
        opener = next((j for j in reach if self.tokens[j].lower in SUBORDINATORS), None)
        if opener is None:
            return None
        end = self.auxiliary_before(opener + 1, k)
        while end > opener + 1 and self.tokens[end - 1].lower in AUXILIARIES_OR_ADVERBS:
            end -= 1
        subject = self.parser.parse(opener + 1, speaker=True)
        if subject is None or subject.first != opener + 1 or subject.kind == "pronoun":
            return None
        return subject if self.place_until(subject.last, end, subject) else None

    def auxiliary_before(self, region_start: int, k: int) -> int:
        """Where the subject before the participle at `k` ends: at its auxiliary, past the adverbial
        between them. 'Orgelkomiteen har hele tiden opplyst at …', 'Forbundet har flere ganger
        hevdet at …': in a main clause the finite verb comes second, so what stands between it
        and the participle is no part of the subject. At most ADVERBIAL_WORDS lower-case words,
        none a noun but of time ('I hele Agder har minst tolv vannverk bedt …': the subject
        follows its verb), a negation ('har ennå ikke funnet': nothing said) or a clause word."""
        for aux in range(k - 2, max(region_start, k - 2 - ADVERBIAL_WORDS), -1):
            if self.tokens[aux].lower in PERFECT_AUXILIARIES:
                between = self.tokens[aux + 1 : k]
                # 'har i en uttalelse påpekt': a subject never opens on a preposition
                phrase = between[0].lower in ADVERBIAL_PREPOSITIONS
                return aux if all(self.adverbial_word(t, phrase) for t in between) else k
        return k

    def adverbial_word(self, token: Token, in_phrase: bool = False) -> bool:
        """A word of an adverbial between an auxiliary and its participle: 'lenge', 'hele tiden',
        'de siste årene', 'flere ganger'; not a number or a noun only (Norsk Ordbank) of anything
        but time ('minst tolv vannverk' is a subject), unless `in_phrase`, a prepositional phrase
        ('i saksframlegget', 'i en uttalelse')."""
        word = token.lower
        if not (token.text.isalpha() and token.text.islower()) or word in CLAUSE_WORDS or word in NEGATIONS:
            return False
        if in_phrase or word in self.lex.function_words:
            return True
        if word in self.lex.number_words:
            return False
        if ordbank().classes(word) != {"noun"}:
            return True
        return bool(ordbank().noun_lemmas(word) & ADVERBIAL_NOUNS) or is_time_noun(word)

    def restrictive_subject(self, start: int, end: int, after: int) -> NounPhrase | None:
        """'Butikken som selger billig bacon og brus melder at …': a subject opening the clause
        with a relative clause and no comma, then the reporting verb and 'at' (`after` is the
        token after the verb): the subject speaks, not a noun inside the relative clause. Only a
        name or a definite body noun ('Butikken', not 'De som')."""
        if end - start < 3 or not self.says_that(after):
            return None
        subject = self.parser.parse(start, speaker=True)
        if subject is None or subject.first != start or subject.kind not in ("name", "group"):
            return None
        som = subject.last
        if som + 1 >= end or self.tokens[som].lower != "som":
            return None
        if any(not t.is_word or t.lower in ("at", "som") for t in self.tokens[som + 1 : end]):
            return None  # a comma, a figure or a second clause: not one plain relative clause
        return subject

    def before_relative_clause(self, start: int, end: int) -> int:
        """'En fjellfører i Lyngen, som ikke vil stå fram med navn, sier': the subject ends at the
        comma that opens the relative clause."""
        if end - 1 <= start or self.tokens[end - 1].text != ",":
            return end
        j = self.relative_commas[end - 2]
        if j > start:
            return j
        # 'En ansatt som ikke vil stå fram med navn, sier': a relative clause with no comma before it
        found = next((m for m in range(start + 1, end - 1) if self.tokens[m].lower == "som"), end)
        if found == end and self.tokens[end - 2].lower == "med":
            # 'En trailersjåfør NRK har snakket med, forteller': one with no 'som' at all, who the
            # reporter spoke with: a name or a pronoun and its verb, closed by 'med'
            found = next((m for m in range(start + 1, end - 2) if self.opens_contact_clause(m)), end)
        return found

    def opens_contact_clause(self, m: int) -> bool:
        """'NRK har snakket med', 'Adresseavisen har vært i kontakt med', 'vi møtte': a name or a
        personal pronoun and a verb of the reporter's contact right after it."""
        token, verb = self.tokens[m], self.tokens[m + 1]
        return (token.is_capitalized or token.lower in PERSONAL_PRONOUNS) and verb.lower in CONTACT_VERBS

    def closes_at(self, start: int, comma: int) -> bool:
        """Is the token at `comma` the first comma from `start`: the one that closes a relative
        clause ('Skipet, som har et mannskap på 19, ble dratt …, opplyser X' closes it earlier)?"""
        return self.tokens[comma].text == "," and all(t.text != "," for t in self.tokens[start:comma])

    def subject_of(self, first: int, k: int) -> NounPhrase | None:
        """The sentence subject, for a coordinated verb: 'Opposisjonen … nekter … og hevder'."""
        start = first
        while start < k and (self.tokens[start].lower in CONJUNCTIONS or not self.tokens[start].is_word):
            start += 1
        subject = self.parser.parse(start, speaker=True)
        return subject if subject is not None and subject.first == start else None

    def speaker_after(self, k: int, cited: bool = False) -> tuple[NounPhrase | None, list[NounPhrase]]:
        """The phrase after a cue; 'både X og Y' gives two speakers. `cited`: the cue is 'ifølge'
        (PhraseParser.evidence_owner)."""
        while k < len(self.tokens) and (self.tokens[k].lower in SENTENCE_ADVERBS or self.tokens[k].lower == "ikke"):
            k += 1  # 'Fredag anslo derimot Bærum kommune at …', 'Det bekrefter også politiet', 'Det tror ikke X'
        if k < len(self.tokens) and self.tokens[k].lower == "både":
            k += 1
        if k < len(self.tokens) and self.tokens[k].lower in ("den", "denne"):
            document = self.document_pointed_to(k)
            if document is not None:
                return document, []
        speaker = self.parser.evidence_owner(k, cited=cited) or self.parser.parse(k, speaker=True)
        if speaker is None:
            return None, []
        extra: list[NounPhrase] = []
        joiner = speaker.last
        if joiner < len(self.tokens) and self.tokens[joiner].lower == "og":
            other = self.parser.parse(joiner + 1)
            if other is not None and other.kind in ("name", "group"):
                extra.append(other)
        return speaker, extra

    def document_pointed_to(self, k: int) -> NounPhrase | None:
        """'En måling Respons Analyse har gjort for VG, gir et annet bilde. Ifølge den vil bare 51
        prosent …': 'den' alone before a verb is the document named just before, and speaks for its
        maker."""
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        if nxt is None or not ordbank().verb_lemmas(nxt.lower) or "noun" in ordbank().classes(nxt.lower):
            return None  # 'ifølge den nye rapporten': 'den' opens a phrase
        for m in range(k - 2, max(-1, k - 2 - DOCUMENT_BACK), -1):
            if not self.parser.is_document(m) or (self.tokens[m].is_capitalized and not self.parser.at_start(m)):
                continue  # 'Respons Analyse' is a name, no document
            for start in (m - 1, m):  # 'En måling Respons Analyse har gjort', 'måling fra X'
                owner = self.parser.evidence_owner(start) if start >= 0 else None
                if owner is not None and owner.kind == "name":
                    return owner
            return None
        return None

    def relative_clause_opening(self, k: int) -> int | None:
        """Where the relative clause an 'ifølge' at k opens begins: 'Ledelsen sier de vil slå
        fjorårets tall, som i følge Hoves hjemmeside er 72.000 besøkende' (the site's figure, not
        the management's). None: the cue governs its whole clause."""
        if k >= 2 and self.tokens[k - 1].lower == "som" and self.tokens[k - 2].text == ",":
            return self.tokens[k - 1].start
        return None

    def clause_start(self, first: int, k: int) -> int:
        """Token index where the clause holding token k begins (after ', og', ', mens', ';')."""
        j = self.clause_marks[k - 1] if k > 0 else -1
        if j > first:
            return j + 1 if self.tokens[j].text in (";", ":") else j
        return first + 1 if first < len(self.tokens) and self.tokens[first].text in ("–", "—", "-") else first


# tokens of a describing apposition: 'paraplyorganisasjonen for det frivillige kulturlivet i kommunen'
APPOSITION_REACH: Final = 12


def _opens_relative_clause(tokens: list[Token], j: int) -> bool:
    """', som': the comma before a relative clause; or before a participle and 'av', one said short
    ('En analyse fra Handelshøyskolen BI, bestilt av Stavanger kommune, anslår')."""
    if tokens[j].text != "," or j + 1 >= len(tokens):
        return False
    if tokens[j + 1].lower == "som":
        return True
    by = tokens[j + 2] if j + 2 < len(tokens) else None
    return by is not None and by.lower == "av" and "verb" in ordbank().classes(tokens[j + 1].lower)


def _opens_clause(tokens: list[Token], j: int) -> bool:
    """';', ':' or ', og' / ', mens' / ', men' at token j; not ', og som', a second relative clause
    of the same subject ('En drosjesjåfør som har kjørt i mange år, og som ikke vil stå fram, sier')."""
    token = tokens[j]
    if token.text in (";", ":"):
        return True
    relative = j + 1 < len(tokens) and tokens[j + 1].lower == "som"
    return j > 0 and token.lower in CLAUSE_CONJUNCTIONS and tokens[j - 1].text == "," and not relative


def _clause_marks(tokens: list[Token]) -> list[int]:
    return _last_where(tokens, _opens_clause, CLAUSE_MARKS)


def _last_where(tokens: list[Token], test: Callable[[list[Token], int], bool], words: frozenset[str]) -> list[int]:
    """For each token index, the last index at or before it where `test` holds (-1: none). Read
    once per block, so a rule that looks back to the last such token costs nothing per use.
    `test` holds only at a token whose lower-case text is one of `words`: only those are tried."""
    found: list[int] = []
    last = -1
    for j, token in enumerate(tokens):
        if token.lower in words and test(tokens, j):
            last = j
        found.append(last)
    return found


@cache
def _particle_verbs() -> dict[str, frozenset[str]]:
    """The two-word cues ('slår fast', 'viser til') by their verb: where a subject may stand
    between the verb and its particle."""
    found: dict[str, set[str]] = {}
    for form in lexicon().cue_forms:
        if form.count(" ") == 1:
            found.setdefault(form.split()[0], set()).add(form)
    return {verb: frozenset(forms) for verb, forms in found.items()}


@cache
def _cue_openers() -> frozenset[str]:
    """The first words of every cue form, source preposition and verb use: `cue_at` looks up
    a token's pairs and phrases only when it is one of them, as every branch there needs."""
    lex = lexicon()
    phrases = [*lex.cue_forms, *lex.source_prepositions, *lex.cue_uses, *_particle_verbs()]
    # 'i': a sentence opening on a document ('I en ny måling fra Respons Analyse …')
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases) | {"i", "etter"}


@cache
def _long_form_openings() -> frozenset[str]:
    """The openings of two words or more of the cues of three words or more ('er tydelig' of 'er
    tydelig på'; 'går det' and 'går det fram' of 'går det fram av'), so words are looked up as a
    longer cue only where one can start, and no further than one can go."""
    return frozenset(
        " ".join(words[:n])
        for form in lexicon().cue_forms
        if len(words := form.split()) >= 3
        for n in range(2, len(words))
    )
