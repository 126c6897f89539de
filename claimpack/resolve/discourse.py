"""Speakers across sentences: what a statement says about the statements around it.

Each rule is a small function over an article's statement drafts, in reading order, with the
Norwegian it reads in its docstring. They run after every sentence has its own speaker (or none),
and only give a speaker to a statement that has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from claimpack.extract.attributions import AUXILIARIES
from claimpack.extract.words import is_first_name, organisation_type
from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import ordbank
from claimpack.resolve.entities import Entity, of_its_type
from claimpack.resolve.statements import StatementDraft

# 'Det opplyser Statens vegvesen': the fronted 'Det' is what was said before
POINTING_BACK: Final = ("Det", "Dette", "Dét")
# A sentence opening a clause of its own time, not the report before it: 'Da streiken startet …,'
BACKGROUND_OPENERS: Final = ("Da ", "Etter at ", "Før ")
# The reporter's own reckoning from the figures given: 'Med andre ord har rundt 20 prosent …', 'Dermed
# vil nesten 1.800 vektere være i streik' (after 1.150 and 620 more)
INFERENCE_OPENERS: Final = ("Med andre ord ", "Dermed ")
# The reporter sets other figures beside the report's: 'Universitetet i Bergen fikk til
# sammenligning 151 millioner kroner.', 'Til sammenligning var snittet 71 dager i fjor.'
COMPARED_BY_THE_REPORTER: Final = re.compile(r"\b[Tt]il sammenligning\b")
REPORTED_KINDS: Final = ("indirect", "mixed")
LEAD: Final = 0  # the block of the lead: the title is metadata, not text
# 'De fleste ble pågrepet for narkotika.': the narrator's word on the figures just given, as a 'Det …' remark
REFERS_TO_COUNT: Final = ("De fleste", "Flertallet", "Resten", "De øvrige", "De resterende")
# A paragraph that opens on the figures just given: 'Det er 18 færre enn året før.', 'Det
# tilsvarer 2,2 prosent …', 'Av dem omkom 13 i juli.', 'Av underskuddet kommer 118 millioner …',
# 'En tredel av dem driver med husdyr.'
OPENS_ON_FIGURES: Final = re.compile(
    r"(?:(?:Det|Dette) (?:tilsvarer|tilsvarte|utgjør|utgjorde)\b"
    # 'Det er 18 færre enn året før' compares with the figures before; 'Det er rundt 180 000
    # tamrein i Finnmark' says what there is
    r"|(?:Det|Dette) (?:er|var)\b(?=(?:\s+\S+){0,5}?\s+(?:færre|flere|mer|mindre|høyere|lavere|økning"
    r"|nedgang|oppgang|reduksjon|dobbelt|ganger|halvparten|enn)\b)"
    r"|(?:Av|Blant) (?:dem|disse|de \w+|\w+(?:ene|et|en|a))\b"
    r"|\w+ av (?:dem|disse)\b"
    rf"|(?:{'|'.join(REFERS_TO_COUNT)})\b)"
)

# A sentence that ranks the figure before it and names its own source: 'Dette er det høyeste
# junitallet som er registrert, og 4,3 prosent mer enn i fjor, ifølge SSB' gives SSB that figure
RANKS_THE_FIGURE_BEFORE: Final = re.compile(r"(?:Det|Dette) (?:er|var) det (?:høyeste|laveste|største|minste)\b")
# Words that rank the figure just given: 'Det er det høyeste antallet som er registrert', 'Det er ny rekord'
RANKS: Final = re.compile(
    r"\b(?:høyeste|laveste|største|minste|flest|færrest|\w*rekord\w*|antallet|tallet)\b", re.IGNORECASE
)

# A paragraph that adds to the report before it: 'I tillegg er han tiltalt for …', 'Dessuten …'
GOES_ON: Final = re.compile(r"(?:I tillegg|Dessuten)\b")
# 'Ifølge ubekreftede opplysninger har minst tre …': a sentence according to information or sources
# nobody owns has a source of its own, if no one, and goes on with no one else's report ('ifølge
# foreningens egne tellinger' does: the association reported before)
UNOWNED_SOURCE: Final = re.compile(r"\b(?:[Ii]følge|I følge) (?:\w+ ){0,2}(?:opplysninger|kilder)\b")
# An item of a list a report announces with a colon: a paragraph that opens on a number ('1 462
# tonn i fisket etter torsk.', '– 536 tonn …')
LIST_ITEM: Final = re.compile(r"(?:[–•*-]\s*)?[0-9]")

Texts = Callable[[StatementDraft], str]
Figures = Callable[[StatementDraft], bool]  # does the statement hold a figure?


def points_back(draft: StatementDraft, text: str) -> bool:
    """'Det opplyser Brann til NTB.', 'Dette skriver VG.', 'Det fremgår av en børsmelding
    selskapet sendte ut.': the cue follows a fronted 'Det'. Not 'Det tror ikke X': X denies what
    came before, and did not say it."""
    words = text.split(maxsplit=3)
    if draft.entity is None or draft.cue is None or len(words) < 2 or words[0] not in POINTING_BACK:
        return False
    verb = draft.cue.split()[0].lower()
    if words[1].lower() in AUXILIARIES:  # 'Det kan politiet bekrefte.', 'Det har NTB fått opplyst.'
        return verb in re.findall(r"\w+", text.lower())
    return words[1].lower() == verb and (len(words) < 3 or words[2].lower() != "ikke")


def said_before(drafts: list[StatementDraft], text: Texts, figures: Figures) -> list[StatementDraft]:
    """'Brann har solgt spissen for 15 millioner kroner. Det opplyser klubben til NTB.': the
    statements before a 'Det opplyser X' in its paragraph, back to the last one with a speaker,
    are X's. When 'Det sier X' opens a paragraph, it names the speaker of the paragraph before, if
    that one has none ('– Vi skal i bryllup på lørdag.' / 'Det sier Marius Bakken (41) …'). A
    sentence that opens on the figures before, or ranks them, and names its source ('Det er 18
    færre enn året før, opplyser Statens vegvesen.', 'Dette er det høyeste tallet …, og 4,3 prosent
    mer enn i fjor, ifølge SSB') gives them that source too, in its paragraph."""
    result = list(drafts)
    for k, draft in enumerate(drafts):
        if not draft.primary:
            continue
        fronted = points_back(draft, text(draft))
        opening = OPENS_ON_FIGURES.match(text(draft)) or RANKS_THE_FIGURE_BEFORE.match(text(draft))
        opens_on_figures = opening and figures(draft)
        if not fronted and not (draft.entity is not None and draft.cue and opens_on_figures):
            # 'Til sammen 92 omkom. Det er 18 færre enn året før, opplyser X.': X gave both; but
            # 'Det er alvorlig, mener X' only judges the figure before it
            continue
        j = k - 1
        while j >= 0 and result[j].block == draft.block and result[j].entity is None and result[j].kind == "narration":
            j -= 1
        earlier = range(j + 1, k)
        if fronted and not earlier and j >= 0 and result[j].block == draft.block - 1:
            earlier = _speakerless_block(result, j)
        for i in earlier:
            result[i] = _said_by(result[i], draft)
    return result


def _said_by(earlier: StatementDraft, later: StatementDraft) -> StatementDraft:
    """`earlier` was said by the speaker a later statement names."""
    kind = earlier.kind if earlier.kind == "direct_quote" else "indirect"
    return replace(
        earlier,
        kind=kind,
        entity=later.entity,
        mention=later.mention,
        cue=later.cue,
        via="explicit",
        evidence="said-before",
    )


def _speakerless_block(drafts: list[StatementDraft], last: int) -> range:
    """The statements of the paragraph ending at `last`, when none of them has a speaker of its own
    and all are quotes or narration (not a heading or caption). A quote's speaker carried on from
    the paragraph before is a guess that 'Det sa X' after it corrects ('– Vi fant over 1000 kilo.' /
    'Det sa Grete Metlid i Oslo-politiet.')."""
    first = last
    while first > 0 and drafts[first - 1].block == drafts[last].block:
        first -= 1
    block = drafts[first : last + 1]
    if any(
        (d.entity is not None and d.evidence != "quote-continued") or d.kind not in ("direct_quote", "narration")
        for d in block
    ):
        return range(0)
    return range(first, last + 1)


def carried_on(drafts: list[StatementDraft], text: Texts, figures: Figures) -> list[StatementDraft]:
    """'Ifølge byrået ble det født 51 980 barn i fjor. Det er drøyt 900 færre enn året før.': a
    sentence that goes on with figures in the paragraph of a report, naming no source of its own,
    is the same source's. Not a sentence without figures ('Tallet er ikke bekreftet.' is the
    narrator's word on them), not one that opens a time of its own ('Da streiken startet 3. mars,
    ble 1.300 tatt ut.'). A new paragraph with no source is the narrator's, unless it goes on
    with the report before it (`_goes_on_with`)."""
    result = list(drafts)
    named = _speakers_by_name(drafts)
    reports: dict[int, tuple[str, set[str]]] = {}  # block -> what its report said, and its verbs
    anchor = 0  # the statement before k, past k's paragraph's remarks on the report (one pass: no walk back)
    for k in range(1, len(result)):
        draft, previous = result[k], result[k - 1]
        if previous.block != draft.block or not (
            _remark(previous, text, figures) or _parallel_without_figures(previous, result[anchor], text, figures)
        ):
            anchor = k - 1  # 'Det er det største utbruddet på over ti år.' is passed over
        if draft.entity is not None or draft.kind != "narration":
            continue
        before = result[anchor]
        announced = False  # the lead cites figures it does not give: the next paragraph gives them
        if before.block == LEAD and draft.block == LEAD + 1:
            before = _lead_report(result, k, figures)
            announced = not figures(before) and before.entity is not None and cites_a_document(text(before))
            if not figures(before) and before.evidence == "cue-before" and " at " not in text(before) and not announced:
                continue  # 'Foreldrene varsler kamp mot vedtaket.': a stance, with no report to detail
        if before.block != draft.block and not announced and not _goes_on_with(before, draft, text):
            if before.block != draft.block - 1 or before.entity is None:
                continue
            if before.block not in reports:  # once per block, reading back over that block only
                j = k - 1  # result[k - 1] is `before`, the last statement of its block
                while j > 0 and result[j - 1].block == before.block:
                    j -= 1
                said = " ".join(text(d) for d in result[j:k] if d.entity is before.entity)
                reports[before.block] = said.lower(), _verbs(re.findall(r"\w+", said.lower()))
            report, verbs = reports[before.block]
            if not (repeats_the_report(verbs, text(draft)) or counts_part_of(report, text(draft))):
                continue
        if before.entity is None or before.kind not in REPORTED_KINDS or not before.primary or _requests(before):
            continue
        if not figures(draft):
            continue
        if text(draft).startswith(BACKGROUND_OPENERS + INFERENCE_OPENERS) or another_actor(before.entity, text(draft)):
            continue
        if COMPARED_BY_THE_REPORTER.search(text(draft)):
            continue
        if UNOWNED_SOURCE.search(text(draft)):
            continue
        if introduces_a_person(before.entity, text(draft)):
            continue
        if another_speaker_acts(before.entity, named, text(draft)):
            continue
        result[k] = replace(
            draft,
            kind="indirect",
            entity=before.entity,
            mention=before.mention,
            via="continuation",
            evidence="carried-on",
        )
    return result


FRESH: Final = frozenset({"ny", "nye", "nytt", "fersk", "ferske", "ferskt"})  # 'nye tall', 'en ny måling'


def cites_a_document(text: str) -> bool:
    """'Ventetiden er lengst i Helse Fonna, ifølge nye tall fra Helsedirektoratet.', 'viser en ny
    måling', '… mener det reelle tallet er langt høyere': a lead that names figures a body has
    (tall) or a fresh document of it (lexicons/documents.tsv) but gives none of them announces
    them; the paragraph after it gives them ('I januar ventet pasientene i snitt 71 dager …'). Not
    a lead that gives a figure of its own ('… slapp ut 41 prosent flere laks i fjor, opplyser
    Fiskeridirektoratet.' / 'Totalt rømte 112 000 fisk …' is the narrator's), nor a verdict or a
    decision ('I en dom …', 'Foreldrene varsler kamp mot vedtaket.'): what follows tells of it."""
    documents = lexicon().documents
    words = re.findall(r"\w+", text.lower())
    for before, word in zip(["", *words], words, strict=False):
        lemma = ordbank().noun_lemma(word) or word
        if lemma in documents and (lemma == "tall" or before in FRESH):
            return True
    return False


def another_actor(source: Entity, text: str) -> bool:
    """'Brannvesenet anslår at etterslukkingen vil ta flere dager. Sivilforsvaret har sendt 30
    mannskaper …': a sentence whose subject is another public body, before its verb, tells what
    that body did, in the narrator's words. Not a body the source is ('Etaten har gjennomført 23
    tilsyn' after Mattilsynet), nor a party ('Arbeiderpartiet går fram 3,6 poeng', what a poll
    says of it)."""
    words = re.findall(r"[\w-]+", text[:120])
    if len(words) < 2 or not words[0][0].isupper() or "verb" not in ordbank().classes(words[1]):
        return False
    first = words[0].lower()
    role = lexicon().role_stem(first) or (first if first in COURT_ACTORS else None)
    if role is not None and role not in source.role_heads:
        return True  # 'Aktor hadde lagt ned påstand om 1,6 millioner' after 'Ifølge tingretten …'
    typed = organisation_type(first)
    if typed is None or typed[1] != "government" or first in source.name.lower():
        return False
    return not of_its_type(typed, source)


COURT_ACTORS: Final = frozenset({"aktor", "forsvarer", "aktoratet", "forsvareren"})  # roles named bare in court reports
FULL_NAME: Final = re.compile(r"\b([A-ZÆØÅ]\w+)(?= ([A-ZÆØÅ]\w+))")  # a capital word and the next (overlapping)


def introduces_a_person(source: Entity, text: str) -> bool:
    """'Blant de fornærmede er Randi Sæther (58) fra Heimdal, som betalte 640.000 kroner …' after
    the prosecutor's report: a sentence that brings in someone by full name tells of that person,
    in the narrator's words, not the source's."""
    for match in FULL_NAME.finditer(text):
        first, name = match.group(1), f"{match.group(1)} {match.group(2)}"
        if is_first_name(first) and name not in source.name:
            return True
    return False


def _speakers_by_name(drafts: list[StatementDraft]) -> dict[str, set[Entity]]:
    """The article's speakers by the first and the last word of their names."""
    named: dict[str, set[Entity]] = {}
    for entity in {d.entity for d in drafts if d.entity is not None}:
        words = entity.name.split()
        for word in {words[0], words[-1]} if words else set():
            named.setdefault(word, set()).add(entity)
    return named


def another_speaker_acts(source: Entity, named: dict[str, set[Entity]], text: str) -> bool:
    """'Distriktssenteret anslår at minst 40 lokalsamfunn er uten butikk.' / 'Matnær har i dag 212
    butikker …': a sentence whose subject is another source of the article, by its name (a
    person's first or last), before its verb, tells in the narrator's words what that source has
    or did."""
    words = re.findall(r"[\w-]+", text[:120])
    if len(words) < 2 or "verb" not in ordbank().classes(words[1].lower()):
        return False
    return bool(named.get(words[0], set()) - {source})


def _remark(draft: StatementDraft, text: Texts, figures: Figures) -> bool:
    """'Det er det største utbruddet i Norge på over ti år.': the narrator's word on what was just
    reported, with no figures, which the report's figures go on past ('Samtidig blir det dyrere å
    reise.' opens a matter of its own)."""
    return (
        draft.entity is None
        and draft.kind == "narration"
        and not figures(draft)
        and text(draft).startswith((*POINTING_BACK, *(f"{words} " for words in REFERS_TO_COUNT)))
    )


def _parallel_without_figures(draft: StatementDraft, report: StatementDraft, text: Texts, figures: Figures) -> bool:
    """'Tallene fra Helsedirektoratet viser at ventetidene økte …' / 'I somatisk sektor økte
    ventetiden med én dag.' / 'Innen psykisk helsevern er den redusert med fire dager.': a
    sentence of the report's paragraph with no figure of its own that says, with the report's
    own verb, the same of something else is one more line of the report; the figures after it
    go on with the report past it."""
    return (
        draft.entity is None
        and draft.kind == "narration"
        and draft.block == report.block
        and report.entity is not None
        and report.kind in REPORTED_KINDS
        and not figures(draft)
        and repeats_the_report(_verbs(re.findall(r"\w+", text(report).lower())), text(draft))
    )


def _cue_use(draft: StatementDraft) -> str | None:
    """How the statement's reporting verb reports (reporting_verbs.tsv): 'any', 'request', 'opinion', …"""
    lex = lexicon()
    form = lex.cue_forms.get((draft.cue or "").lower())
    return lex.cue_uses.get(form[0]) if form is not None else None


def _requests(draft: StatementDraft) -> bool:
    """'Politiet ber folk holde seg unna området.': a request reports no figures, so the sentence
    after it ('Det er innført et flyforbud i en radius på fem kilometer.') is the narrator's."""
    return _cue_use(draft) == "request"


def _lead_report(drafts: list[StatementDraft], k: int, figures: Figures) -> StatementDraft:
    """The lead's report that the paragraph after it goes on with: its last statement, or the last
    reported one when only sentences without figures follow it ('Boligprisene steg med 2,8
    prosent, ifølge Eiendom Norge. Det er den sterkeste januarveksten siden 2017.')."""
    j = k - 1
    while j > 0 and drafts[j - 1].block == LEAD and not figures(drafts[j]):
        j -= 1  # past '… Men Frp mener tallene gir et misvisende bilde.': a view, no figures to go on with
    return drafts[j] if drafts[j].entity is not None and figures(drafts[j]) else drafts[k - 1]


def _goes_on_with(before: StatementDraft, draft: StatementDraft, text: Texts) -> bool:
    """The paragraph of `draft` goes on with the report that ends the paragraph before it: it
    opens on the figures just given ('Av dem omkom 13 i juli alene.', 'Det tilsvarer 2,2 prosent
    av arbeidsstyrken.'), adds to them ('I tillegg …'), or is an item of the list the report
    announced with a colon ('Fiskeridirektøren opplyser at kvotene blir som følger:' / '1 462 tonn
    i fisket etter torsk.' / '536 tonn i fisket etter hyse.'). Being the paragraph after a reported
    lead is not enough: 'Fylkets fiskeoppdrettere slapp ut 41 prosent flere laks i fjor, opplyser
    Fiskeridirektoratet.' / 'Totalt rømte 112 000 fisk fra 19 anlegg.' is the narrator's second
    figure, as the dev corpus and the annotators of holdout39-50 read it (a source is not guessed)."""
    if before.block != draft.block - 1:
        return False
    opening = text(draft)
    if LIST_ITEM.match(opening):
        # the first item after the colon; each next one after an item already carried
        said = text(before)
        if said.rstrip().endswith(":") or (before.via == "continuation" and LIST_ITEM.match(said)):
            return True
    return bool(OPENS_ON_FIGURES.match(opening) or GOES_ON.match(opening))


# Verbs too common to make two sentences say the same kind of thing: 'er', 'har', 'blir'
PLAIN_VERBS: Final = frozenset({"være", "ha", "bli", "gjøre"})


def _verbs(words: list[str]) -> set[str]:
    """The verb forms among these words that could say what a report says (not 'er', 'har', a
    reporting verb or a function word)."""
    lex = lexicon()
    return {
        word
        for word in words
        if word not in lex.function_words
        and word not in AUXILIARIES
        and word not in lex.cue_forms
        and not ordbank().verb_lemmas(word) <= PLAIN_VERBS
    }


def repeats_the_report(report_verbs: set[str], text: str) -> bool:
    """'Ifølge en ny måling Norstat har gjort, får Høyre 26,4 prosent.' / 'Arbeiderpartiet får 19,8
    prosent, mens …' / 'SV får 9,1 prosent, …': a paragraph that opens by saying, with the very verb
    form of the report, what it says of something else goes on with the report (a poll's list of
    parties). 'Høyre er fortsatt største parti med 26,1 prosent.' has no verb of the report's: the
    narrator's; nor has 'Staten kjøper …' after 'ordningen med statlig kjøp' (a noun)."""
    opening = [w for w in re.findall(r"\w+", text)[:4] if w.islower()]
    return bool(_verbs(opening) & report_verbs)


# 'Ukrainere utgjør den største gruppen: 1 940 av søknadene …': a count out of a definite noun
PART_OF_NOUN: Final = re.compile(r"\b(\d[\d.,]*(?:\s\d[\d.,]*)*|\w+)\s+av\s+(?:de\s+)?(\w+?)(?:ene|a)\b")


def _count_word(word: str) -> bool:
    """A number in digits or in words ('1 940', 'Tolv'), not a quantifier ('mange av dem')."""
    return word[:1].isdigit() or word.lower() in lexicon().number_words


def counts_part_of(report: str, text: str) -> bool:
    """'… ble det registrert 2 880 asylsøknader, opplyser UDI.' / 'Ukrainere utgjør fortsatt den
    største gruppen: 1 940 av søknadene …' (or 'Tolv av de smittede …'): a paragraph that counts
    out of what the report before counted (`report`, in lower case) goes on with it: the noun, or
    a compound of it, stands in the report."""
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    found = next((m for m in PART_OF_NOUN.finditer(first) if _count_word(m.group(1))), None)
    if found is None:
        return False
    lemmas = ordbank().noun_lemmas(found.group(0).split()[-1]) | {found.group(2).lower()}
    return any(len(lemma) >= 4 and lemma in report for lemma in lemmas)


def _reports_what_follows(text: str, cue: str) -> bool:
    """After a fronted clause the verb comes first and 'at' opens what was said: 'I en sak som ble
    lagt ut onsdag, anslår eiendomsavdelingen at prisen havner på …'."""
    after = text.split(f", {cue}", 1)[1]
    return " at " in f" {after} "


def closes_paragraph(drafts: list[StatementDraft], text: Texts, figures: Figures) -> list[StatementDraft]:
    """'Byrået intervjuet 801 personer i mai. Feilmarginen er 3,5 prosentpoeng, opplyser Respons
    Analyse.': a source named after its words at the end of a paragraph ('…, opplyser X.') gave
    the paragraph's figures before it that have no source of their own. Only figures, and not a
    sentence that opens a time of its own."""
    result = list(drafts)
    for k, draft in enumerate(drafts):
        last_of_block = k + 1 == len(drafts) or drafts[k + 1].block != draft.block
        if not last_of_block or draft.entity is None or draft.kind not in REPORTED_KINDS or not draft.cue:
            continue
        # 'Det er det høyeste antallet som er registrert, ifølge FHI.': a sentence with no figures
        # that points back at the one before gives its 'ifølge' to that one's figures too
        words = text(draft)
        pointing = not figures(draft) and words.split(maxsplit=1)[0] in POINTING_BACK and bool(RANKS.search(words))
        if f", {draft.cue}" not in text(draft) or (draft.cue.lower() in lexicon().source_prepositions and not pointing):
            continue  # a verb after what was said ('…, opplyser X.'); 'ifølge X' covers its own sentence
        if _reports_what_follows(words, draft.cue):
            continue  # 'I en sak som ble lagt ut onsdag, anslår X at …': the words come after the cue
        if _cue_use(draft) == "opinion" and not figures(draft):
            continue  # 'I juni ble 13.000 tatt. Det er alvorlig, mener X.': X judges the figure, not gives it
        j = k - 1
        while j >= 0 and result[j].block == draft.block and result[j].entity is None and result[j].kind == "narration":
            earlier = result[j]
            # not the narrator's words a colon hands over to the quote: 'da Naf testet elbiler: – …'
            introduces = text(earlier).rstrip().endswith(":")
            if figures(earlier) and not text(earlier).startswith(BACKGROUND_OPENERS) and not introduces:
                result[j] = _said_by(earlier, draft)
            j -= 1
    return result


def closed_by_next_quote(drafts: list[StatementDraft], text: Texts, figures: Figures) -> list[StatementDraft]:
    """'– Trygghet og tillit henger tett sammen.' / '– Dette er en positiv utvikling, sier
    politimester Arne Hammer.': a quoted paragraph with no speaker, right before a quoted paragraph
    whose quote names its own, is one quote cut in two; the reporter names the speaker at the
    first place the sentence allows (also when the second part lost its dash: `_goes_on_undashed`).
    Not a question ('– Det har vært en tøff sesong?'): in an interview that is the reporter's."""
    result = list(drafts)
    firsts: dict[int, StatementDraft] = {}  # block -> its first statement
    speakerless: dict[int, bool] = {}  # block -> all its statements are quotes with no speaker
    for draft in drafts:
        firsts.setdefault(draft.block, draft)
        quote = draft.kind == "direct_quote" and draft.entity is None and not text(draft).rstrip().endswith("?")
        speakerless[draft.block] = speakerless.get(draft.block, True) and quote
    for k, draft in enumerate(drafts):
        closing = firsts.get(draft.block + 1)
        if (
            not speakerless[draft.block]
            or closing is None
            or not (closing.kind == "direct_quote" or _goes_on_undashed(closing, text))
            or closing.entity is None
            or closing.evidence not in ("cue-after", "same-quote")
        ):
            continue
        result[k] = replace(
            draft,
            entity=closing.entity,
            mention=closing.mention,
            cue=closing.cue,
            via="explicit",
            evidence="same-quote",
        )
    return result


# a sentence that opens in the first person (attributions.FIRST_PERSON holds every first-person form)
FIRST_PERSON_SUBJECTS: Final = frozenset({"jeg", "vi"})


def _goes_on_undashed(closing: StatementDraft, text: Texts) -> bool:
    """'- Vi ser at …' / 'Vi ser også …, sier Linn Alicia Slora Kristiansen': a paragraph that opens
    in the first person and names its speaker after it goes on with the quote before it, its dash
    left out."""
    words = text(closing).split(maxsplit=1)
    return closing.evidence == "cue-after" and bool(words) and words[0].lower() in FIRST_PERSON_SUBJECTS


def asked_by_the_reporter(drafts: list[StatementDraft], text: Texts, figures: Figures) -> list[StatementDraft]:
    """'– Men i fjor var det vel rekordlave priser?' / '– Ja, men …': a quoted paragraph of
    questions only, with no reporting verb, that a quoted paragraph answers is the interviewer's,
    in the reporter's own voice: it neither goes on with the speaker before nor gives the answer
    a speaker (the answer goes on with the one before the question)."""
    result = list(drafts)
    blocks: dict[int, list[int]] = {}
    for k, draft in enumerate(drafts):
        blocks.setdefault(draft.block, []).append(k)
    for block, members in blocks.items():
        answer = blocks.get(block + 1)
        asked = all(
            drafts[k].kind == "direct_quote"
            and drafts[k].via == "continuation"
            and text(drafts[k]).rstrip().endswith("?")
            for k in members
        )
        if not asked or answer is None or drafts[answer[0]].kind != "direct_quote":
            continue
        for k in members:
            result[k] = replace(drafts[k], kind="narration", entity=None, mention=None, via="none", evidence=None)
    return result


Rule = Callable[[list[StatementDraft], Texts, Figures], list[StatementDraft]]
RULES: Final[tuple[Rule, ...]] = (
    said_before,
    closes_paragraph,
    carried_on,
    closed_by_next_quote,
    asked_by_the_reporter,
)


def apply_discourse(drafts: list[StatementDraft], text: Texts, figures: Figures) -> list[StatementDraft]:
    """Every rule above, in order."""
    for rule in RULES:
        drafts = rule(drafts, text, figures)
    return drafts
