"""Who each phrase refers to: names, surnames, aliases, pronouns, role nouns and back-references
resolved to one entity per person or body, in reading order.

'Hun' is the last woman who spoke or opened a sentence; 'Utenriksministeren' the last person
introduced as 'utenriksminister'; 'klubben' the last body whose type is a club; 'den statlige
TV-kanalen' the last broadcaster ('syrisk fjernsyn'). A phrase that refers to nobody seen before
starts a new entity; the first full mention is its canonical name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, takewhile
from typing import Final

from claimpack.extract.phrases import BODY_KINDS, NounPhrase
from claimpack.extract.words import (
    COMPANY_NOUNS,
    definite_noun,
    is_country_region,
    is_first_name,
    one_of_a_nation,
    organisation_type,
    spells,
    type_family,
)
from claimpack.lexicons import lexicon
from claimpack.lexicons.ordbank import LONGEST_WORD, ordbank
from claimpack.model import SourceKind, Via
from claimpack.segment.tokens import is_acronym

NATIONALITY: Final = re.compile(r"^(\w+?)(iske|ske|isk|sk)$")
PLACE_OR_BODY: Final = BODY_KINDS | {"place"}
AFFILIATION_REACH: Final = 40  # the latest entities looked through for a body met only as an affiliation
COURT_ROLES: Final = {"aktor": frozenset({"politiadvokat", "statsadvokat", "førstestatsadvokat", "aktor"})}
# The side of a case that speaks by its lawyer: 'ifølge aktoratet' after 'politiadvokat X' is X.
COURT_SIDES: Final = {"aktoratet": "aktor"}
NEWCOMER_REACH: Final = 60  # mentions a pronoun looks back over for a newcomer: two paragraphs' worth
POLLSTERS: Final = frozenset({"byrå", "institutt"})  # type nouns of those that make polls and surveys
CLUB_NOUNS: Final = frozenset({"klubb", "lag"})  # type nouns of a sports club, which is named for its place
HONOURED_HEAD: Final = 3  # the shortest noun a name joins to a proper noun: 'Ibsen|huset', 'Grieg|hallen'
TAIL_FORM: Final = 5  # the shortest definite noun read as the tail of a compound name ('sentralen', not 'en')
# Bodies and offices only a municipality has: 'Kommunestyret i Sortland', 'ordfører X i Moskenes'
# say that Sortland and Moskenes are municipalities.
MUNICIPAL_BODIES: Final = frozenset({"kommunestyre", "formannskap", "bystyre", "hjemmetjeneste"})
MUNICIPAL_ROLES: Final = frozenset({"ordfører", "varaordfører", "rådmann", "kommunedirektør"})
IN_PLACE: Final = re.compile(r"^\w+ i ([A-ZÆØÅ][\w-]+)$")


@dataclass(eq=False)  # an entity is who it is, not what its fields say: rows key on it
class Entity:
    name: str
    kind: SourceKind
    role: str | None = None
    role_heads: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    affiliation: Entity | None = None
    speaker: bool = False
    wrote: bool = False  # spoke through 'skriver' or 'melder': 'avisa' may refer back to it
    plural: bool = False  # a group ('naboene'): 'de' may refer back to it
    # For 'kommunen' met before any municipality is named: the type stem ('kommune')
    pending_type: str | None = None
    # For such a noun that names no body of its own ('kontoret'): the body the sentence before opened with
    pending_back: Entity | None = None
    # For 'kommuneoverlegen' met before anyone with that role is named
    pending_role: bool = False

    @property
    def surname(self) -> str | None:
        parts = self.name.split()
        return parts[-1] if self.kind == "person" and len(parts) >= 2 else None


def _bare_name(entity: Entity) -> bool:
    """A body known only by one capitalised word no lexicon lists, that says nothing of its type:
    'Krogstad', 'Tilla'; not 'NAV', 'Equinor' nor a newsroom that wrote."""
    name = entity.name
    return (
        entity.kind == "organization"
        and " " not in name
        and name[:1].isupper()
        and not name.isupper()
        and not (entity.types or entity.aliases or entity.wrote or entity.role_heads)
        and name.lower() not in lexicon().organisations
    )


@dataclass(eq=False)  # one place in the text, keyed by identity
class Mention:
    """One place an entity is referred to."""

    entity: Entity
    block: int
    start: int
    end: int
    text: str
    via: Via
    subject: bool = False


def slug(name: str) -> str:
    """'Røde Kors' -> 'rode-kors': a stable, ASCII part of a source_id."""
    folded = name.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "source"


# Type nouns whose compounds ('hjemmeklubben', 'salgslaget', 'besøkssenteret') describe a body named
# before rather than name one ('Fremskrittspartiet', 'Fagforbundet' are names): measured on the gold
# sets, a party's and a festival's compounds were names
KIND_COMPOUND_HEADS: Final = frozenset({"klubb", "lag", "senter"})
AGENT_SUFFIXES: Final = ("er", "ar", "ør", "ist", "ent", "ant")  # 'supporter', 'fisker': nouns for people


class Registry:
    """Entities of one article and the mentions that refer to them, in reading order.

    Lookups by name go through indexes kept as entities, aliases and mentions are added: the
    first entity (in the order they were added) under each key, and each surname's mentions.
    A scan of every entity or mention per phrase is quadratic in a long article.
    """

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.lex = lexicon()
        self._order: dict[Entity, int] = {}  # entity -> when it was added
        self._keys: dict[str, Entity] = {}  # lower-cased name or alias -> first entity
        self._lower_names: dict[str, Entity] = {}  # lower-cased name -> first entity
        self._first_words: dict[str, Entity] = {}  # first word of a name of several -> first entity
        self._last_words: dict[str, Entity] = {}  # last word of a name of several -> last entity
        self._surnames: dict[str, list[Mention]] = {}  # a later word of a name -> its mentions
        self._one_letter_off: dict[str, str] = {}  # a surname less one letter -> the surname (misspelt())
        self._positions: dict[Entity, list[int]] = {}  # entity -> where its mentions are in `mentions`
        self._subject_positions: dict[Entity, list[int]] = {}  # the same, for mentions opening a sentence
        self._recency: dict[Entity, None] = {}  # entities, ordered by their last mention
        self._documents: dict[frozenset[str], Entity] = {}  # a document noun's lemma -> its body
        self._club: Entity | None = None  # the club 'klubben' meant the first time (club_by_place)
        self._compound_referents: dict[str, Entity] = {}  # 'busselskapet' -> the body it meant first (group)
        self.asides: set[int] = set()  # captions and headings: no paragraph a person is brought in by
        self.sentence_starts: list[int] = []  # where each sentence of the article starts, in order
        self.lead_municipalities: frozenset[str] = frozenset()  # those the lead names (pipeline)

    # -- indexes -------------------------------------------------------------------------------

    def _first(self, index: dict[str, Entity], key: str, entity: Entity) -> None:
        """Keep under `key` whichever entity was added first."""
        known = index.get(key)
        if known is None or self._order[entity] < self._order[known]:
            index[key] = entity

    def _alias(self, entity: Entity, *aliases: str) -> None:
        entity.aliases.update(aliases)
        for alias in aliases:
            self._first(self._keys, alias, entity)

    def _mention(self, mention: Mention) -> None:
        key = mention.entity
        self._positions.setdefault(key, []).append(len(self.mentions))
        if mention.subject:
            self._subject_positions.setdefault(key, []).append(len(self.mentions))
        self._recency.pop(key, None)
        self._recency[key] = None  # entities by their last mention, the latest last
        self.mentions.append(mention)
        for word in set(mention.entity.name.split()[1:]):
            if word not in self._surnames and MISSPELT_SURNAME <= len(word) <= LONGEST_WORD:
                for variant in (word, *_one_letter_less(word)):  # bounded: a name is no longer than a word
                    self._one_letter_off.setdefault(variant, word)
            self._surnames.setdefault(word, []).append(mention)

    def _reindex(self) -> None:
        """Index the entities and mentions afresh, after entities were merged away."""
        entities, mentions = self.entities, self.mentions
        self.entities, self.mentions = [], []
        self._order, self._keys, self._lower_names, self._first_words, self._surnames = {}, {}, {}, {}, {}
        self._one_letter_off = {}
        self._last_words = {}
        self._positions, self._subject_positions, self._recency = {}, {}, {}
        for entity in entities:
            self.add(entity)
        for mention in mentions:
            self._mention(mention)

    # -- lookups -------------------------------------------------------------------------------

    def mentions_from(self, start: int) -> Iterator[Mention]:
        """The mentions at or after character `start`, in reading order (they are kept so)."""
        first = bisect_left(self.mentions, start, key=lambda m: m.start)
        return (self.mentions[k] for k in range(first, len(self.mentions)))  # no copy, no skipping

    def _opening(self, word: str) -> Entity | None:
        """The first entity whose name is `word`, a space and more."""
        if " " in word:
            return next((e for e in self.entities if e.name.startswith(word + " ")), None)
        return self._first_words.get(word)

    def spelled_by(self, acronym: str) -> Entity | None:
        """The last body named before whose name the acronym abbreviates: by the initials of its
        capitalised words, or inside its first word when that is a long compound ('HRS' for
        'Hovedredningssentralen Nord-Norge', 'FHI' for 'Folkehelseinstituttet'). Not 'NRK' for
        'Norsk Sau og Geit' nor 'OSSE' for 'opposisjonen'."""
        for entity in reversed(self.entities):
            if entity.kind in ("person", "anonymous", "country") or not entity.name[:1].isupper():
                continue
            words = entity.name.split()
            initials = "".join(w[0] for w in words if w[:1].isupper() and not w.isupper())  # not 'AS'
            if not acronym.isupper():
                initials = "".join(w[0] for w in words)  # 'UiA': 'Universitetet i Agder', its 'i' too
            if initials.lower() == acronym.lower() or (len(words[0]) >= 12 and spells(acronym, words[0])):
                self._alias(entity, acronym.lower())
                return entity
        return None

    def by_name(self, name: str) -> Entity | None:
        """The first entity named `name` or with it as an alias (any case)."""
        return self._keys.get(name.lower())

    def by_surname(self, word: str) -> Entity | None:
        """The person of the last mention whose name has `word` after its first word."""
        mentions = self._surnames.get(word, [])
        while mentions:
            entity = mentions[-1].entity
            if entity.kind == "person":
                return entity
            mentions.pop()  # a person may become a body, never the reverse: it will not count again
        return None

    def by_first_name(self, name: str) -> Entity | None:
        """The person whose full name opens with this given name: athletes and children are called
        by it ('sier Thomas' after '11-åringen Thomas Reitan')."""
        found = self._first_words.get(name)
        return found if found is not None and found.kind == "person" else None

    def misspelt(self, word: str) -> Entity | None:
        """'sier Tveiten' after 'Beate Tveitan', 'sa Myrhol' after 'Frode Myrhold': a lone word no
        lexicon knows, one letter off a person's surname (one letter changed, added, dropped or
        swapped; not its first letter: 'Jansen' is not 'Hansen'), is that person misspelt, as real
        copy has it. The surnames are indexed whole and less each letter, so the lookup costs the
        word's length, not the article's names."""
        if not MISSPELT_SURNAME <= len(word) <= LONGEST_WORD or word.isupper() or ordbank().is_known(word.lower()):
            return None
        if word.lower() in self.lex.organisations:
            return None
        for variant in (word, *_one_letter_less(word)):
            surname = self._one_letter_off.get(variant)
            if surname is not None and surname != word and surname[0] == word[0]:
                return self.by_surname(surname)
        return None

    def by_last_word(self, word: str) -> Entity | None:
        """The last body named before whose name of several words ends in `word`: 'Dagningen'
        after 'Gudbrandsdølen Dagningen', 'Organdonasjon' after 'Stiftelsen Organdonasjon'."""
        entity = self._last_words.get(word)
        return entity if entity is not None and entity.kind not in ("person", "anonymous", "country") else None

    def by_initials(self, name: str) -> Entity | None:
        """A person named before with the same first name and surname, whose middle names this
        name gives as initials or in full ('Erik G. Sønsterud' and 'Erik Gunset Sønsterud')."""
        words = name.split()
        if len(words) < 3:
            return None  # no middle name to give as an initial

        def same(e: Entity) -> bool:
            other = e.name.split()
            if e.kind != "person" or len(other) != len(words):
                return False
            if (other[0], other[-1]) != (words[0], words[-1]):
                return False
            return all(_initial_of(a, b) or _initial_of(b, a) for a, b in zip(words[1:-1], other[1:-1], strict=True))

        return next((e for e in islice(reversed(self.entities), AFFILIATION_REACH) if same(e)), None)

    def by_surnames(self, words: str) -> Entity | None:
        """'Strand Aasen' after 'Heidi Strand Aasen': the person of the last mention whose name ends
        in these words (a double surname)."""
        for mention in reversed(self._surnames.get(words.split()[-1], [])):
            entity = mention.entity
            if entity.kind == "person" and entity.name.endswith(" " + words) and entity.name != words:
                return entity
        return None

    def recent(self, before: int, accept: Callable[[Entity], bool], spoken: bool = False) -> Entity | None:
        """The entity of the last mention starting before `before` whose entity `accept`s; with
        `spoken`, only a mention opening its sentence counts, or any of an entity that spoke."""

        def which(entity: Entity) -> str | None:
            if not accept(entity):
                return None
            return "subject" if spoken and not entity.speaker else "any"

        return self._latest(before, which)

    def _latest(self, before: int, which: Callable[[Entity], str | None]) -> Entity | None:
        """The entity of the last mention starting before `before` among those `which` lets
        count for its entity: 'any' of them, the 'subject' ones (opening a sentence) or none.

        Entities are visited from the most recently mentioned back, and the visit stops at the
        first whose last mention is older than the best found: the mentions of one entity are
        not each tested again, as a scan of every mention back would.
        """
        best, best_entity = -1, None
        for key in reversed(self._recency):
            positions = self._positions[key]
            if positions[-1] < best:
                break
            entity = self.mentions[positions[-1]].entity
            counted = which(entity)
            if counted is None:
                continue
            if counted == "subject":
                positions = self._subject_positions.get(key, [])
            position = self._last_before(positions, before)
            if position > best:
                best, best_entity = position, entity
        return best_entity

    def _last_before(self, positions: list[int], before: int) -> int:
        """The last of these mentions that starts before `before` (-1: none)."""
        k = len(positions) - 1
        while k >= 0 and self.mentions[positions[k]].start >= before:
            k -= 1  # only mentions of the phrase being resolved and its neighbours start that late
        return positions[k] if k >= 0 else -1

    # -- resolution ----------------------------------------------------------------------------

    def resolve(self, phrase: NounPhrase, block: int, subject: bool = False, speaker: bool = False) -> Mention | None:
        """The mention for a phrase, creating an entity when it names someone new."""
        via: Via
        if phrase.kind == "pronoun":
            entity = self.newcomer(phrase, block) or self.introduced_just_before(phrase, block) or self.pronoun(phrase)
            via = "pronoun"
        elif phrase.kind == "role":
            entity = self.role(phrase)
            via = "role"
        elif phrase.kind == "group" and phrase.document:
            entity, via = self.document(phrase)
        elif phrase.kind == "group":
            entity, via = self.group(phrase, block)
            if phrase.alias:
                self._alias(entity, phrase.alias.lower())  # 'Det internasjonale skiforbundet (FIS)'
        elif phrase.kind == "anonymous" and phrase.name == "en av dem":
            entity = self.one_of_them(phrase)
            via = "pronoun"
        elif phrase.kind == "anonymous":
            entity = self.by_name(phrase.name) or self.add(Entity(phrase.name, "anonymous"))
            via = "explicit"
        else:
            entity = self.named(phrase)
            via = "explicit"
        if entity is None:
            return None
        if speaker:
            entity.speaker = True
        if phrase.owns is not None and entity.kind not in ("person", "anonymous"):
            self._documents[frozenset({phrase.owns})] = entity  # 'en måling Norstat har gjort'
        start, end = (phrase.name_start, phrase.name_end) if via == "explicit" else (phrase.start, phrase.end)
        mention = Mention(entity, block, start, end, phrase.name if via != "explicit" else "", via, subject)
        self._mention(mention)
        return mention

    def add(self, entity: Entity) -> Entity:
        self._order[entity] = len(self._order)
        self.entities.append(entity)
        words = entity.name.split()
        if len(words) >= 2 and words[-1] in self.lex.company_forms and not self._common(words[:-1]):
            # 'Fjordlaks Sunnfjord AS' is 'Fjordlaks Sunnfjord', 'Sørvind AS' is 'Sørvind'
            entity.aliases.add(" ".join(words[:-1]).lower())
        self._index_name(entity)
        for alias in entity.aliases:
            self._first(self._keys, alias, entity)
        return entity

    def _index_name(self, entity: Entity) -> None:
        """Index the entity under its name: lower-cased, and by its first word when it has several."""
        name = entity.name.lower()
        self._first(self._lower_names, name, entity)
        self._first(self._keys, name, entity)
        if " " in entity.name:
            self._first(self._first_words, entity.name.split(" ", 1)[0], entity)
            if all(part[:1].isupper() for part in re.split(r"[ -]", entity.name)):
                # not 'Premier League-klubben Brighton': a common noun in the name is no part of it
                self._last_words[entity.name.rsplit(" ", 1)[1]] = entity

    def _spell_out(self, entity: Entity, name: str) -> None:
        """'Foto: Eirik Hagesæter / BT', then 'Bergens Tidende har meldt': a body met first by its
        acronym takes its full name when that is written out (the canonical name is the first
        full mention); the acronym stays an alias."""
        acronym, entity.name = entity.name, name
        self._alias(entity, acronym.lower())
        self._index_name(entity)

    @staticmethod
    def _common(words: list[str]) -> bool:
        """One word that is also a common word ('Bygg AS'): too plain to stand for the company."""
        return len(words) == 1 and ordbank().is_known(words[0].lower())

    def named(self, phrase: NounPhrase) -> Entity:
        entity = self.by_name(phrase.name)
        if entity is not None and phrase.single_word and _bare_name(entity):
            # 'Legernes mener …' in a caption, then 'sier Lars-Kåre Legernes', then 'Legernes sier':
            # the word read as a body of no type is the surname of the person named since
            entity = self.by_surname(phrase.name) or entity
        if entity is None and phrase.single_word and phrase.name.isupper():
            # 'WWF' after 'WWF Verdens naturfond': the acronym that opens a body's name
            entity = self._opening(phrase.name)
        if entity is None and phrase.single_word:
            qualified = self._opening(phrase.name)  # 'Statsforvalteren' after 'Statsforvalteren i Troms'
            if qualified is not None and (
                _qualified(qualified) or _opened_by_a_noun(qualified, phrase.name) or _name_and_type(qualified)
            ):
                entity = qualified
        if entity is None and not phrase.single_word and phrase.source_kind != "person":
            qualified = self._opening(phrase.name)  # 'Pasient- og brukerombudet' after '… i Innlandet'
            if qualified is not None and _qualified(qualified):
                entity = qualified
        if entity is None and phrase.single_word and not phrase.name.isupper():
            entity = self.by_head(phrase)  # 'Fiskarlaget' after 'Norges Fiskarlag'
        if entity is None and phrase.single_word and not phrase.name.isupper():
            entity = self.by_own_type(phrase)  # 'Supporterklubben har talt' after 'Supporterklubben Nordre Vegg'
        if entity is None and phrase.single_word and not phrase.name.isupper():
            entity = self.by_kind_compound(phrase)  # 'Hjemmeklubben oppgir' after 'Finnsnes IL'
        if entity is None and phrase.single_word and not phrase.name.isupper():
            entity = self.by_field(phrase)  # 'Rådgivingstjenesten' after 'Norsk Landbruksrådgiving Trøndelag'
        if entity is None and phrase.single_word and phrase.source_kind != "country":
            entity = self.by_surname(phrase.name)
        if entity is None and phrase.single_word and phrase.source_kind != "country" and not phrase.name.isupper():
            entity = self.by_last_word(phrase.name)  # 'Organdonasjon' after 'Stiftelsen Organdonasjon'
        if entity is None and phrase.single_word and is_first_name(phrase.name):
            entity = self.by_first_name(phrase.name)  # 'sier Ingeborg' after 'Ingeborg Auran og …'
        if entity is None and phrase.single_word and phrase.source_kind in (None, "organization"):
            entity = self.misspelt(phrase.name)  # 'sier Tveiten' after 'Beate Tveitan'
        if entity is None and not phrase.single_word and phrase.source_kind != "country":
            # 'sier Kvamme Åsen' after 'Marte Kvamme Åsen': a double surname, whatever its words look like
            entity = self.by_surnames(phrase.name)
        if entity is None and not phrase.single_word and phrase.source_kind == "person":
            entity = self.by_initials(phrase.name)  # 'Erik Gunset Sønsterud' after 'Erik G. Sønsterud'
        if entity is None:
            entry = self.lex.organisations.get(phrase.name.lower())
            if entry is not None:
                names = {entry.name.lower(), *(a.lower() for a in entry.aliases)}
                known = [e for e in map(self._lower_names.get, names) if e is not None]
                entity = min(known, key=lambda e: self._order[e], default=None)
        if entity is None and phrase.single_word and is_acronym(phrase.name) and len(phrase.name) <= 6:
            entity = self.spelled_by(phrase.name)  # 'Ifølge HRS' after 'Hovedredningssentralen Nord-Norge'
        if entity is None:
            entity = self.add(
                Entity(phrase.name, phrase.source_kind or "organization", gender=phrase.gender, plural=phrase.plural)
            )
            entry = self.lex.organisations.get(phrase.name.lower())
            if entry is not None:
                self._alias(entity, entry.name.lower(), *(a.lower() for a in entry.aliases))
        elif entity.name.isupper() and " " in phrase.name and phrase.name.lower() in entity.aliases:
            self._spell_out(entity, phrase.name)
        entity.role = entity.role or phrase.role
        entity.role_heads |= set(phrase.role_heads)
        entity.types |= set(phrase.types)
        described = _describing_lemma(phrase)
        if described is not None:
            entity.types.add(described)  # 'opplyser arrangøren Otta idrettslag': 'arrangøren' later is the club
        if phrase.alias:
            self._alias(entity, phrase.alias.lower())
        if phrase.affiliation is not None and entity.affiliation is None and phrase.affiliation.name != entity.name:
            entity.affiliation = self.named(phrase.affiliation)
            if entity.affiliation.kind == "person" and not entity.affiliation.role:
                entity.affiliation.kind = "organization"  # 'direktør Siri Tveit i Eiendom Sør': a body
        return entity

    def newcomer(self, phrase: NounPhrase, block: int) -> Entity | None:
        """'Blant de fornærmede er Randi Sæther (58) fra Heimdal, …' / '– Pengene ser vi aldri igjen,
        sier hun.': the one person the paragraph before brought in by full name, who has not spoken
        yet, is the 'han' or 'hun' (or '27-åringen', of either gender) that speaks next, before any
        speaker further back."""
        aged = phrase.name.endswith("åringen")  # 'sier 27-åringen' after 'vunnet av Magnus Østbø Hjelle'
        if phrase.plural or (phrase.gender is None and not aged):
            return None
        before = block - 1
        while before in self.asides:
            before -= 1  # 'KØ: Morgentrafikken … Foto: Torunn Kjelsås Aune, NTB' credits, brings in nobody
        people: set[Entity] = set()
        for mention in islice(reversed(self.mentions), NEWCOMER_REACH):  # bounded: linear time
            if mention.block < before:
                break  # the paragraph before (past captions) and this one only
            if mention.start >= phrase.start or mention.entity.kind not in ("person", "anonymous"):
                continue
            if mention.block == block:
                return None  # 'En dørvakt var sikker … Han forklarte': someone nearer, in its own paragraph
            if mention.block == before:
                people.add(mention.entity)
        if len(people) != 1:
            return None
        [entity] = people
        named = entity.kind == "person" and " " in entity.name  # by full name, not 'en dørvakt'
        introduced = named and self.mentions[self._positions[entity][0]].block == before
        return entity if introduced and (aged or entity.gender == phrase.gender) and not entity.speaker else None

    def introduced_just_before(self, phrase: NounPhrase, block: int) -> Entity | None:
        """'Men også ordfører Paul-Erik Krogsvold (Ap) er bekymret … Han bekrefter at …': the person
        the sentence right before brought in by full name (the first it names, of the pronoun's
        gender), who has not spoken yet, is the 'han' or 'hun' after it in the same paragraph, before
        any speaker further back (`newcomer` reads the paragraph before, where two people leave the
        pronoun to the last speaker)."""
        if phrase.plural or phrase.gender is None:
            return None
        sentence = self.sentence_of(phrase.start)
        people: list[Entity] = []  # in reading order, last first
        for mention in islice(reversed(self.mentions), NEWCOMER_REACH):  # bounded: linear time
            if mention.start >= phrase.start:
                continue
            said_in = self.sentence_of(mention.start)
            if said_in == sentence:
                return None  # someone nearer, in the pronoun's own sentence
            if said_in < sentence - 1 or mention.block != block:
                break
            if mention.entity.kind == "person" and mention.entity not in people:
                people.append(mention.entity)
        if not people:
            return None
        # of several, the first named ('I kvinneklassen vant Ingrid Moe Skjelbred foran Tone Aasen.
        # Hun forteller …'), when the pronoun's gender says it is she or he
        entity = people[-1]
        if len(people) > 1 and (entity.gender is None or entity.gender != phrase.gender):
            return None
        first = self.mentions[self._positions[entity][0]]
        introduced = " " in entity.name and self.sentence_of(first.start) == sentence - 1
        return entity if introduced and entity.gender in (None, phrase.gender) and not entity.speaker else None

    def pronoun(self, phrase: NounPhrase) -> Entity | None:
        if phrase.plural:
            # 'Naboene på Prostneset er mindre begeistret. De forteller …': a group opening the
            # sentence before; else the last body that spoke or opened a sentence
            group = self.recent(phrase.start, lambda e: e.plural, spoken=True)
            body = self.recent(phrase.start, lambda e: e.kind not in ("person", "anonymous", "country"), spoken=True)
            return self._later(group, body) or self._body_just_named(phrase.start)

        def fits(e: Entity) -> bool:
            # 'En sykepleier …, som ikke vil stå fram, forteller … – …, sier hun': one unnamed person too
            one = e.kind == "person" or (e.kind == "anonymous" and not e.plural)
            return one and (phrase.gender is None or e.gender in (None, phrase.gender))

        preferred = self.recent(phrase.start, fits, spoken=True)
        if preferred is not None and preferred.gender is None and phrase.gender is not None:
            # 'en tidligere arbeidsleder forklarte … ved bistandsadvokat Hanne Sørli. Hun sier': a person
            # named since, of the pronoun's gender, is nearer than one whose gender nobody told
            return self._later(preferred, self.recent(phrase.start, lambda e: fits(e) and e.gender == phrase.gender))
        found = preferred or self.recent(phrase.start, fits)
        if found is None and phrase.gender is not None:
            # '– …, sier Krogstad.' … 'Han forteller om …': with no person named, a lone surname read
            # as a body that spoke is the one the pronoun points back to, and a person
            found = self.recent(phrase.start, _bare_name, spoken=True)
            if found is not None:
                found.kind, found.gender = "person", phrase.gender
        return found

    def role(self, phrase: NounPhrase) -> Entity | None:
        heads = set(phrase.role_heads)
        # 'ifølge aktor' after 'Politiadvokat Marianne Elvevold … sa i sitt innledningsforedrag': the
        # prosecution's lawyer holds the court's role
        heads |= {title for head in heads for title in COURT_ROLES.get(head, ())}
        if phrase.affiliation is not None:
            # 'Ottestads styreleder': the holder of the role at that body, or someone new
            owner = phrase.affiliation.name.lower()
            at_owner = self.recent(
                phrase.start,
                lambda e: (
                    bool(e.role_heads & heads)
                    and e.affiliation is not None
                    and _names_one_body(e.affiliation.name, owner)
                ),
            )
            return at_owner or self.add(Entity(phrase.name, "person", role_heads=heads, pending_role=True))
        found = self.recent(phrase.start, lambda e: bool(e.role_heads & heads))
        if found is None:
            found = self.recent(phrase.start, lambda e: compound_role_fits(heads, e))
        if found is None and len(phrase.name.split()) == 1:
            # 'Ifølge statsforvalteren' after 'Statsforvalteren i Oslo og Viken betaler …': the
            # office named before, not a new holder of the title
            qualified = self._opening(phrase.name[:1].upper() + phrase.name[1:])
            found = qualified if qualified is not None and _qualified(qualified) else None
        if found is None:
            # 'Ministeren' is the last «justisminister Eline Haug»; 'sier legen' after 'En lege ved
            # et legesenter, som ikke vil stå fram' is that unnamed doctor: the nearer one wins.
            found = self.recent(
                phrase.start,
                lambda e: generic_role_fits(heads, e) or any(_describes_unnamed(e, head) for head in heads),
            )
        if found is None:
            found = self.add(Entity(phrase.name, "person", role_heads=heads, pending_role=True))
        return found

    def group(self, phrase: NounPhrase, block: int) -> tuple[Entity, Via]:
        """'kommunen' refers back to 'Gjøvik kommune'; 'greske myndigheter' is a body of its own. A
        compound type noun ('busselskapet') refers to the body it referred to the first time: 'opplyser
        busselskapet' after 'Valdresekspressen kutter …' is Valdresekspressen, and so is 'Busselskapet
        anslår' after another body spoke."""
        key = phrase.name.lower()
        remembered = self._compound_referents.get(key)
        if remembered is not None:
            return remembered, "role"
        entity, via = self._group(phrase, block)
        typed = organisation_type(key) if " " not in key else None
        if via == "role" and typed is not None and typed[2] != typed[0]:
            self._compound_referents[key] = entity
        return entity, via

    def _group(self, phrase: NounPhrase, block: int) -> tuple[Entity, Via]:
        if one_of_a_nation(phrase.name):
            # 'Lindqvist tapte spurten. – …, sa svensken': the last person named, whoever spoke last
            person = self.recent(phrase.start, lambda e: e.kind == "person")
            if person is not None:
                return person, "role"
        side = COURT_SIDES.get(phrase.name.lower())
        lawyer = self.recent(phrase.start, lambda e: bool(e.role_heads & COURT_ROLES[side])) if side else None
        if lawyer is not None:
            return lawyer, "role"
        same = self.by_name(phrase.name)
        if same is not None and same.pending_type is None:
            return same, "explicit"
        if " " not in phrase.name:
            # 'Elveeierlaget opplyser' after 'opplyser elveeierlaget Namsen Laksefiske', 'bonden'
            # after 'bonden Ola Rustad': the noun that described the one named
            low = phrase.name.lower()
            described = self.recent(phrase.start, lambda e: e.kind != "anonymous" and e.role == low)
            if described is not None:
                return described, "role"
        qualified = self._opening(phrase.name[:1].upper() + phrase.name[1:])
        if qualified is not None and (
            _qualified(qualified) or _opened_by_a_noun(qualified, phrase.name) or _name_and_type(qualified)
        ):
            # 'Statsforvalteren' after 'Statsforvalteren i Nordland', 'direktoratet' after
            # 'Direktoratet for høyere utdanning og kompetanse', 'Felleskjøpet' after 'Felleskjøpet
            # Agri': the noun a body's name opens with refers back to it
            return qualified, "role"
        head = phrase.name.split()[-1]
        typed = organisation_type(head)
        # 'avisen', 'den nye etaten', 'samme avis' (after '…, skriver Helgelands Blad'): one named before
        anaphoric = phrase.name.split()[0] in ("den", "det", "de", "samme") or len(phrase.name.split()) == 1
        prefix = head.partition("-")[0]
        # not a compound Norsk Ordbank lists as a common noun ('den statlige TV-kanalen')
        acronym = prefix if "-" in head and prefix.isupper() and not ordbank().is_known(head.lower()) else None
        if typed is not None and anaphoric and acronym is not None:
            # 'AMK-sentralen', 'NAV-kontoret': the body its acronym names, or one of its own
            named = self.recent(phrase.start, lambda e: acronym in e.name.split() or acronym in e.aliases)
            if named is not None:
                return named, "role"
            anaphoric = False
        if typed is not None and anaphoric:
            type_noun, _, stem = typed
            generic = stem == type_noun or stem in type_family(type_noun)

            def compatible(e: Entity) -> bool:
                if e.kind in ("person", "anonymous") or (e.plural and not phrase.plural):
                    return False  # 'etaten' is not 'nødetatene'
                return of_its_type(typed, e) and not self.nationality_clash(phrase.name, e.name)

            # Prefer a body that spoke or opened a sentence: 'ifølge klubben' after 'Rosenborg oppgir
            # …, da laget slo Brann' is Rosenborg.
            found = None
            spoke = self.body_that_just_spoke(phrase.start, block)
            # 'Selskapet mener' after 'Ifølge velforeningen': an association of members is no company
            other_kind = (
                type_noun in COMPANY_NOUNS
                and spoke is not None
                and any(t.endswith(MEMBERS_BODIES) for t in spoke.types)
            )
            if spoke is not None and (
                compatible(spoke) or (spoke.kind in GENERIC_BODIES.get(type_noun, ()) and not other_kind)
            ):
                found = spoke  # 'Gjensidige ber kunder … Selskapet opplyser', though 'nettselskapet Tensio' came before
            if found is None and type_noun in GENERIC_BODIES and type_noun not in COMPANY_NOUNS:
                # 'Norsk Sau og Geit mener underskuddet er større enn det Nortura legger til grunn.
                # Organisasjonen anslår …': any body is an organisation, so the one that spoke, not
                # one named in what it said ('selskapet' is the company named there: a type it has)
                opener = self.body_that_just_spoke(phrase.start, block, past_content=True)
                found = opener if opener is not None and opener.kind in GENERIC_BODIES[type_noun] else None
            if found is None and type_noun in COMPANY_NOUNS:
                # 'SJ Norge satte opp buss for tog. Om lag 300 reisende ble berørt, opplyser
                # selskapet' ('Gjensidige har et annet bilde. Ifølge forsikringsselskapet …'): the
                # body of no other type the sentence before opened with; else, after 'Brekke Marine
                # ASA …, ifølge en oversikt fra Infront', the last body whose name says it is a
                # company, before any other that spoke
                opened = self.body_that_just_spoke(phrase.start, block, spoken=False)
                body = opened is not None and opened.kind == "organization"
                # 'Bane NOR … sitter på et lavere tall. Ifølge infrastrukturselskapet': a company is
                # what the compound's head says, whatever its field
                headed = (type_noun, typed[1], type_noun)
                fits = opened is not None and (compatible(opened) or not opened.types or of_its_type(headed, opened))
                found = opened if body and fits else None
                found = found or (self.recent(phrase.start, self.is_company) if generic else None)
            if found is None and type_noun in GENERIC_BODIES and generic:
                # 'Sanitetsmannskaper fra Norsk Folkehjelp behandlet 46 løpere, opplyser
                # organisasjonen': a body named before the noun in its own sentence
                found = self.body_in_sentence(phrase.start, GENERIC_BODIES[type_noun])
            if found is None and type_noun in GENERIC_BODIES and generic:
                # 'organisasjonen' after 'Eiendom Norge opplyser' or 'WWF vurderer å saksøke', and
                # 'selskapet' after 'Turoperatøren Arctic Fjord forteller': the last body that spoke
                # or opened a sentence, whatever its type
                found = self.last_body(phrase.start, GENERIC_BODIES[type_noun])
            found = found or self.recent(phrase.start, compatible, spoken=True) or self.recent(phrase.start, compatible)
            if found is None and not generic:
                # 'jernbaneforetaket' after 'Bane NOR opplyser': no body is known to run railways, so
                # the last body of the compound's head noun ('foretak', a company) that spoke
                headed = (type_noun, typed[1], type_noun)
                found = self.recent(
                    phrase.start,
                    lambda e: e.speaker and e.kind not in ("person", "anonymous") and of_its_type(headed, e),
                    spoken=True,
                )
            if found is None and type_noun in CLUB_NOUNS and generic:
                found = self.club_by_place(phrase.start)
            if found is None and typed[1] == "media":
                # 'Ifølge Budstikka var det …, og avisen anslår': first the body of no known type
                # this paragraph cites; then, 'ifølge avisa' after '…, skriver Nationen', a body
                # that writes is a publication
                cited = self.body_in_block(phrase.start, block)
                found = cited if cited is not None and cited.speaker else None
                found = found or self.recent(phrase.start, lambda e: e.wrote and e.kind in ("organization", "media"))
            if found is None and type_noun in POLLSTERS and generic:
                # 'viser en ny måling som Respons Analyse har gjort … Ifølge byrået' ('Tallene fra
                # instituttet'): a bureau or an institute is also one that makes polls, so the last
                # body that made a document and spoke
                makers = set(self._documents.values())
                found = self.recent(phrase.start, lambda e: e in makers and e.kind == "organization", spoken=True)
            untold = self.lex.group_nouns.get(head) is None
            if found is None and not generic:
                # 'Leder Jon Erik Bjørnstad i Innlandet Bondelag mener … Ifølge bondelaget': a compound
                # names the kind of body a person named before works for, whatever body spoke last
                found = self.employer(phrase.start, lambda e: stem in e.types or _name_is_a_compound_of(stem, e))
            if found is None and generic and type_noun.endswith(MEMBERS_BODIES):
                # 'hovedtillitsvalgt Geir Aksnes i Norsk Fengsels- og Friomsorgsforbund' … 'opplyser
                # forbundet': the association a member named before speaks for
                found = self.employer(phrase.start, compatible)
            any_body = typed[1] == "organization" or type_noun == "etat"
            if found is None and untold and len(phrase.name.split()) == 1 and any_body:
                # 'klubben' after 'Fjordbyen Håndball', 'Etaten sier' after 'Helfo oppgir': a body
                # whose type nobody told, that spoke or opened a sentence, may be the one
                # ('politiet' names a body of its own)
                found = self.last_body(phrase.start, untyped=True)
            if found is None and untold:
                found = self.body_in_block(phrase.start, block)
            if found is None and untold:  # 'politiet' after 'X i Vest politidistrikt' stays 'politiet'
                found = self.employer(phrase.start, compatible)
            elif found is None and typed[1] != "government":
                # a noun that may name a body of its own ('fagforeningen') is the one a person named
                # before works for when it is of the noun's type: 'klubbleder X i Fellesforbundet'
                found = self.employer(phrase.start, compatible, one_word=True)
            if found is None:
                # 'Direktoratet foreslår' after 'seksjonssjef Arne Vassbotn i Fiskeridirektoratet':
                # a body met only as someone's workplace, whose one-word name is a compound of the noun
                found = self.employer(phrase.start, lambda e: _name_is_a_compound_of(stem, e), one_word=True)
            if found is not None:
                return found, "role"
            if same is not None:  # the same unresolved 'kommunen' again
                return same, "explicit"
            entity = self.add(
                Entity(phrase.name, phrase.source_kind or "organization", types=set(phrase.types), plural=phrase.plural)
            )
            entity.pending_type = stem
            if untold:
                # 'NAV Trondheim sitter på en annen oversikt. Overfor NRK opplyser kontoret at …': a
                # noun for no body of its own means the body an earlier sentence opened with, when
                # no body of its type is named later (settle)
                entity.pending_back = self.body_that_just_spoke(phrase.start, block, spoken=False)
            return entity, "explicit"
        if anaphoric and typed is None:
            found = self.by_lemma(phrase)
            if found is not None:
                return found, "role"
        entity = self.add(
            Entity(phrase.name, phrase.source_kind or "organization", types=set(phrase.types), plural=phrase.plural)
        )
        return entity, "explicit"

    def one_of_them(self, phrase: NounPhrase) -> Entity:
        """'Naboene forteller … En av dem hevder …': one of the last group, unnamed ('en av naboene')."""
        group = self.recent(phrase.start, lambda e: e.plural, spoken=True) or self.recent(
            phrase.start, lambda e: e.plural
        )
        name = f"en av {group.name}" if group is not None else phrase.name
        return self.by_name(name) or self.add(Entity(name, "anonymous"))

    def _body_just_named(self, before: int) -> Entity | None:
        """'Fra nyttår gjennomførte Mattilsynet tilsyn … Tilsynet avdekket …, opplyser de': with no
        group or body that spoke or opened a sentence, 'de' is the body last named, when that was
        in its sentence or the one before."""
        found = self.recent(before, lambda e: e.kind not in ("person", "anonymous", "country"))
        if found is None:
            return None
        last = self._last_before(self._positions[found], before)
        near = last >= 0 and self.sentence_of(before) - self.sentence_of(self.mentions[last].start) <= 1
        return found if near else None

    def _later(self, a: Entity | None, b: Entity | None) -> Entity | None:
        """Whichever of two entities was mentioned last."""
        if a is None or b is None:
            return a or b
        order = list(self._recency)
        return a if order.index(a) > order.index(b) else b

    def document(self, phrase: NounPhrase) -> tuple[Entity, Via]:
        """'ifølge dommen' is the court that gave it ('Nord-Troms og Senja tingrett'); 'ifølge
        pressemeldingen', 'ifølge målingen' the last body that spoke or published, before any body
        merely named: in «Fremskrittspartiet får 14 prosent, ifølge målingen» the party is what the
        poll measured, not who made it. A document no body stands behind ('ifølge tiltalen' with no
        prosecutor named) is a source of its own. The same document met again ('Ifølge målingen'
        after an expert spoke) is the same body's."""
        issuer = phrase.document or "*"
        found = self._documents.get(phrase.types)
        if found is not None:
            return found, "role"
        if issuer != "*":
            found = self.recent(
                phrase.start,
                lambda e: e.kind not in ("person", "anonymous") and any(t.endswith(issuer) for t in e.types),
            )
        bodies = BODY_KINDS | {"media"}
        maker = _document_maker(phrase)
        if found is None and maker is not None:
            # 'Ifølge revisjonsrapporten' after 'Revisjon Midt-Norge gikk gjennom …': the body the
            # compound's first part names made it
            found = self.recent(
                phrase.start, lambda e: e.kind in bodies and any(w.lower().startswith(maker) for w in e.name.split())
            )
        if issuer == "*" and found is None:
            # a document of a named kind of issuer ('dommen', 'statsbudsjettet') is never the last
            # body's that spoke: with no such issuer named, it is a source of its own
            if phrase.name in ("den", "denne"):
                # 'Udir la fram sin kartlegging. Ifølge den …': the body that just opened a sentence
                found = self.last_body(phrase.start, bodies)
            found = found or self.last_body(phrase.start, bodies, spoken=True) or self.last_body(phrase.start, bodies)
            if found is not None and not found.speaker and self.named_in_sentence(found, phrase.start):
                # 'Arbeiderpartiet får 20 prosent, viser målingen': what it measured, not who made
                # it; a body named in the sentences before may have ('Norstat har spurt …')
                found = self.last_body(self.sentence_start(phrase.start), bodies)
        if found is not None:
            self._documents[phrase.types] = found
            return found, "role"
        return self.by_name(phrase.name) or self.add(
            Entity(phrase.name, "organization", types=set(phrase.types))
        ), "explicit"

    def body_that_just_spoke(
        self, before: int, block: int, spoken: bool = True, past_content: bool = False
    ) -> Entity | None:
        """The body that opened a sentence of this paragraph as a speaker, if no other body was
        named after it: what a type noun in the next sentence means first. Without `spoken`, the
        body the sentence just before opened with: not '«UNN» ligger an til …, opplyser
        sykehusledelsen', where the noun is another speaker on that body, nor a body two
        sentences back. With `past_content`, a body named inside what the opener says is no
        other body ('Norsk Sau og Geit mener … enn det Nortura legger til grunn')."""
        opener: Mention | None = None  # the body that opened the sentence of the mention looked at
        for mention in reversed(self.mentions):
            if mention.block != block:
                return None
            entity = mention.entity
            if mention.start >= before or entity.kind not in BODY_KINDS:
                continue
            if not spoken and self.sentence_of(mention.start) != self.sentence_of(before) - 1:
                return None
            if past_content and not mention.subject and opener is None:
                opener = self._sentence_opener(mention)
            if past_content and not mention.subject and opener is not None:
                continue  # 'Norsk Sau og Geit mener … enn det Nortura legger til grunn': in what it says
            return entity if mention.subject and (entity.speaker or not spoken) else None
        return None

    def _sentence_opener(self, mention: Mention) -> Mention | None:
        """The body mention that opened the sentence `mention` stands in, as its subject."""
        sentence = self.sentence_of(mention.start)
        for earlier in islice(reversed(self.mentions), SENTENCE_MENTIONS):  # bounded: linear time
            if earlier.start >= mention.start:
                continue
            if self.sentence_of(earlier.start) != sentence:
                return None
            if earlier.subject and earlier.entity.kind in BODY_KINDS:
                return earlier
        return None

    def body_in_sentence(self, before: int, kinds: frozenset[str]) -> Entity | None:
        """The last body of these kinds named earlier in the sentence at `before` by a name that is
        clearly a body's (a type, an alias, several words): not 'Tromsø har hatt …' or 'Hittil i år'."""
        sentence = self.sentence_of(before)
        for mention in islice(reversed(self.mentions), SENTENCE_MENTIONS):  # bounded: linear time
            if self.sentence_of(mention.start) != sentence:
                if mention.start < before:
                    return None
                continue
            entity = mention.entity
            body_like = bool(entity.types or entity.aliases) or len(entity.name.split()) >= 2
            if mention.start < before and mention.via == "explicit" and entity.kind in kinds and body_like:
                return entity
        return None

    def sentence_start(self, char: int) -> int:
        """Where the sentence of character `char` starts."""
        sentence = self.sentence_of(char)
        return self.sentence_starts[sentence - 1] if sentence > 0 else 0

    def named_in_sentence(self, entity: Entity, before: int) -> bool:
        """`entity` is mentioned in the sentence of character `before`, before it."""
        mentions = takewhile(lambda m: m.start < before, self.mentions_from(self.sentence_start(before)))
        return any(m.entity is entity for m in mentions)

    def sentence_of(self, char: int) -> int:
        """The number of the sentence the character at `char` stands in."""
        return bisect_right(self.sentence_starts, char)

    def club_by_place(self, before: int) -> Entity | None:
        """'Klubben oppgir' after 'Kolstad tapte 29–31 for Barcelona', when no club is known: clubs
        are named for their places, so a lone name that no dictionary knows, with no type, that
        opened a sentence may be the club. The club found first stays the club: a later 'opplyser
        klubben' after 'Barcelona avgjorde' is Kolstad."""

        def which(entity: Entity) -> str | None:
            name = entity.name
            known = ordbank().classes(name) or name.lower() in self.lex.function_words  # 'Publikum', 'Foran'
            lone = len(name.split()) == 1 and name[:1].isupper() and not known
            typed = any(organisation_type(t) for t in entity.types)
            return "subject" if lone and not typed and entity.kind in PLACE_OR_BODY else None

        if self._club is None:
            self._club = self._latest(before, which)
            if self._club is not None:
                # 'Narvik slo Stavanger Oilers' … 'daglig leder X i Narvik Hockey': the place names the
                # club the article names in full
                opening = self._club.name + " "
                named = [e for e in self.entities if e.kind in BODY_KINDS and e.name.startswith(opening)]
                self._club = named[0] if len(named) == 1 else self._club
        return self._club

    def body_in_block(self, before: int, block: int) -> Entity | None:
        """'… i Helse Nord, opplyser det regionale helseforetaket', 'Opinion … opplyser
        instituttet': the last body named earlier in the same paragraph whose type nobody told
        (a party or a municipality is not an institute)."""
        for mention in reversed(self.mentions):
            if mention.block != block:
                break
            entity = mention.entity
            untyped = not any(organisation_type(t) for t in entity.types)
            named = entity.name[:1].isupper()  # 'opposisjonen' is no name to refer back to
            if (
                mention.start < before
                and entity.kind in BODY_KINDS
                and entity.pending_type is None
                and untyped
                and named
            ):
                return entity
        return None

    def employer(self, before: int, accept: Callable[[Entity], bool], one_word: bool = False) -> Entity | None:
        """'ifølge kommunen' after 'kommuneoverlege Ingrid Solbakken i Drammen kommune': the body
        a person named before works for, when it has a proper name ('Drammen kommune'; with
        `one_word`, also one capitalised word, 'Fiskeridirektoratet')."""

        def which(entity: Entity) -> str | None:
            body = entity.affiliation
            words = 1 if one_word else 2
            named = body is not None and len(body.name.split()) >= words and body.name[:1].isupper()
            return "any" if entity.kind == "person" and named and body is not None and accept(body) else None

        found = self._latest(before, which)
        return found.affiliation if found is not None else None

    def is_company(self, entity: Entity) -> bool:
        """A body named with a company form ('Brekke Marine ASA', 'Havfisk Vest AS') or described
        as one ('flyselskapet Fjordfly', 'konsernet Orkla')."""
        words = entity.name.split()
        if entity.kind != "organization":
            return False
        formed = len(words) >= 2 and words[-1] in self.lex.company_forms
        return formed or any(t.endswith(noun) for t in entity.types for noun in COMPANY_NOUNS)

    def by_head(self, phrase: NounPhrase) -> Entity | None:
        """'Fiskarlaget' after 'Norges Fiskarlag', 'Bondelaget' after 'Norges Bondelag', 'meieriet'
        after 'Nord-Østerdal Meieri SA': a body named by an owner or a place and a noun (its
        company form after it) is met again as that noun, in the definite form."""
        lemmas = ordbank().noun_lemmas(phrase.name) - {phrase.name.lower()}

        def headed(e: Entity) -> bool:
            return e.kind not in ("person", "anonymous") and self._head_word(e.name) in lemmas

        if not lemmas:
            return None
        # a body met only as someone's affiliation has no mention of its own: 'Leder Per Ivar
        # Rønning i Orkla fiskeforening …', then 'Fiskeforeningen mener'
        found = self.recent(phrase.start, headed)
        recent = islice(reversed(self.entities), AFFILIATION_REACH)  # bounded: a constant per name
        return found or next((e for e in recent if headed(e)), None)

    def by_own_type(self, phrase: NounPhrase) -> Entity | None:
        """A common noun in the definite form, capitalised as it opens a sentence, that named the
        kind of a body met before ('Supporterklubben Nordre Vegg' … 'Supporterklubben har talt')."""
        low = phrase.name.lower()
        lemma = ordbank().noun_lemma(low)
        if lemma is None or lemma == low:
            return None
        return self.recent(phrase.start, lambda e: e.kind not in ("person", "anonymous") and lemma in e.types)

    def by_kind_compound(self, phrase: NounPhrase) -> Entity | None:
        """'Hjemmeklubben oppgir' after 'Finnsnes IL', 'Salgslaget opplyser' after 'Norges Råfisklag':
        a capitalised word (most often as it opens a sentence) that is a common noun in the definite
        form (Norsk Ordbank, or a compound it splits) of a club's, a team's or a centre's type noun
        (KIND_COMPOUND_HEADS), and no body the lexicon knows, is the last body of that type that
        opened a sentence or spoke (else the last named). A party's, a union's, a ministry's or a
        company's compound is a name of its own ('Fremskrittspartiet', 'Innenriksdepartementet',
        'Redningsselskapet'), and so is a place's or a people's ('Roskildefestivalen',
        'Supporterklubben')."""
        low = phrase.name.lower()
        typed = organisation_type(low)
        if typed is None or typed[0] not in KIND_COMPOUND_HEADS or typed[0] == typed[2]:
            return None  # 'Fremskrittspartiet', 'Naturvernforbundet', 'Redningsselskapet' are names
        if low in self.lex.organisations:
            return None
        modifier = typed[2][: -len(typed[0])]
        if not definite_noun(low, compound=True) or ordbank().is_proper_noun(modifier.capitalize()):
            return None  # 'Roskildefestivalen': a place's body, named
        people = modifier.removesuffix("s")
        if people.endswith(AGENT_SUFFIXES) and "noun" in ordbank().classes(people):
            return None  # 'Supporterklubben', 'Fiskerlaget': a body of those people, not the one named before
        head = (typed[0], typed[1], typed[0])

        def kind(e: Entity) -> bool:
            return e.kind in BODY_KINDS and e.name.lower() != low and of_its_type(head, e)

        # the one that opened its sentence before the one named after it: 'Finnsnes IL slo ut Tromsø IL'
        return self.recent(phrase.start, kind, spoken=True) or self.recent(phrase.start, kind)

    def by_field(self, phrase: NounPhrase) -> Entity | None:
        """'Rådgivingstjenesten opplyser' after 'Norsk Landbruksrådgiving Trøndelag': a capitalised
        compound type noun in the definite form, no body the lexicon knows nor a name Norsk Ordbank
        lists, is the last body a word of whose name ends in its field (`_field_closes_name`).
        The field must end a longer word: 'Energidepartementet' is no 'Nordvangen Energi'."""
        low = phrase.name.lower()
        typed = organisation_type(low)
        if typed is None or typed[0] == typed[2] or low in self.lex.organisations:
            return None
        if not definite_noun(low, compound=True) or ordbank().is_proper_noun(phrase.name):
            return None
        stem = typed[2]
        return self.recent(phrase.start, lambda e: e.name.lower() != low and _field_closes_name(stem, e))

    def _head_word(self, name: str) -> str | None:
        """'Norges Fiskarlag' -> 'fiskarlag', 'Nord-Østerdal Meieri SA' -> 'meieri': the last word of
        a name of two words or more, its company form passed over (None for one word)."""
        words = name.split()
        while len(words) > 2 and words[-1] in self.lex.company_forms:
            words.pop()
        return words[-1].lower() if len(words) >= 2 else None

    def by_lemma(self, phrase: NounPhrase) -> Entity | None:
        """'rederiet' after 'Fiskebåtrederiet Havbris', 'festivalen' after 'Festivalen Bergenfest',
        'sentralen' after 'Matsentralen Trøndelag':
        the last body one of whose types is the noun's lemma or ends with it (a compound), by
        Norsk Ordbank's lemma of the noun; 'jegeren' after 'en jeger i Åmot' is that unnamed one;
        'beitelaget' after 'leder i Vang beitelag, Arne Sørbøen'."""
        # a compound Ordbank lacks ('beitelaget') is known by the type the phrase parser read off it
        form = phrase.name.split()[-1].lower()
        lemma = ordbank().noun_lemma(form) or (min(phrase.types) if len(phrase.types) == 1 else None)
        if lemma is None or len(lemma) < 3:
            return None

        def compatible(e: Entity) -> bool:
            if e.kind == "person":
                return False
            one_of_many = phrase.plural and not e.plural  # 'utestedene' are not 'utestedet Kaia Scene'
            if not one_of_many and (
                any(t == lemma or t.endswith(lemma) for t in e.types) or self._head_word(e.name) == lemma
            ):
                return True  # 'meieriet' after 'Nord-Østerdal Meieri SA'
            if len(form) >= TAIL_FORM and any(len(w) > len(form) and w.lower().endswith(form) for w in e.name.split()):
                return True  # 'sentralen' after 'Matsentralen Trøndelag': the tail of its name's compound
            if _honours_a_name(lemma, e):
                return True  # 'kulturhuset' after 'Ibsenhuset': a house named for Ibsen is a house
            if phrase.plural and any(_members_body(lemma, t) for t in e.types):
                return True  # 'supporterne' after 'Supporterklubben Nordre Vegg': the body its members make
            return _describes_unnamed(e, lemma)  # 'jegeren': 'en jeger i Åmot'

        found = self.recent(phrase.start, compatible, spoken=True) or self.recent(phrase.start, compatible)
        return found or self.employer(phrase.start, compatible) or self._colleagues_employer(phrase, lemma)

    def _colleagues_employer(self, phrase: NounPhrase, lemma: str) -> Entity | None:
        """'Ifølge forskerne' after 'forsker Ingrid Lykke i NINA': a plural of the title a person
        named before holds, at a body, is that body's staff, so the body speaks (the gold
        convention: 'forskerne' is the institute)."""
        if not phrase.plural:
            return None

        def colleague(entity: Entity) -> str | None:
            body = entity.affiliation
            held = entity.kind == "person" and lemma in entity.role_heads
            return "any" if held and body is not None and body.kind in BODY_KINDS else None

        found = self._latest(phrase.start, colleague)
        return found.affiliation if found is not None else None

    def settle(self) -> None:
        """'…, bekrefter kommunen' in the lead, before 'Sandnes kommune' is named: a body noun that
        referred to nobody seen before refers forward to the one body of its type named later."""
        pending = [e for e in self.entities if e.pending_type is not None]
        # Mentions move only to a body that is not pending, so each pending entity's own mentions
        # can be collected in one pass before any of them moves.
        mentions_of: dict[Entity, list[Mention]] = {}
        for mention in self.mentions:
            if mention.entity.pending_type is not None:
                mentions_of.setdefault(mention.entity, []).append(mention)
        merged: set[Entity] = set()
        for entity in pending:
            stem = entity.pending_type
            own = mentions_of.get(entity, [])
            if not own:
                continue
            named_later = [
                body
                for m in self.mentions
                if m.start > own[0].start and m.via == "explicit"
                for body in (m.entity, m.entity.affiliation)  # 'kommunedirektør X i Sandnes kommune'
                if body is not None
            ]
            later = {
                body: body
                for body in named_later
                if body is not entity
                and body.pending_type is None
                and body.kind not in ("person", "anonymous", "country")
                and len(body.name.split()) >= 2  # a proper name, not another body noun
                and stem in body.types
            }
            if len(later) != 1:
                if later:
                    continue
                fallback = self._municipality() if stem == "kommune" else None
                fallback = fallback or entity.pending_back
                if fallback is None:
                    continue
                later = {fallback: fallback}
            (target,) = later.values()
            for mention in own:
                mention.entity, mention.via, mention.text = target, "role", entity.name
            target.speaker = target.speaker or entity.speaker
            merged.add(entity)
        merged |= self._settle_roles()
        merged |= self._settle_short_names()
        merged |= self._settle_genitives()
        merged |= self._settle_municipalities()
        if merged:
            self.entities = [e for e in self.entities if e not in merged]
            self._reindex()

    def _settle_short_names(self) -> set[Entity]:
        """'Turistforeningen tror …' in the lead, and 'Bodø og Omegns Turistforening' named in full
        later: a one-word name that is a body's type compound is the one body whose name ends in
        that word. Returns the short names merged."""
        tails: dict[str, list[Entity]] = {}
        for entity in self.entities:
            words = entity.name.split()
            if len(words) >= 2 and entity.kind not in ("person", "anonymous", "country"):
                tails.setdefault(words[-1].lower(), []).append(entity)
        short: dict[Entity, Entity] = {}
        for entity in self.entities:
            if " " in entity.name or entity.kind in ("person", "anonymous", "country"):
                continue
            typed = organisation_type(entity.name.lower())
            bodies = tails.get(typed[2], []) if typed is not None and typed[0] != typed[2] else []
            if len(bodies) == 1:
                short[entity] = bodies[0]
        return self._merge_into(short)  # 'leder X i Turistforeningen' is of the body named in full

    def _settle_municipalities(self) -> set[Entity]:
        """'I fjor brukte Asker rundt 41 millioner kroner …, opplyser kommunen' where 'Asker kommune'
        is named too: a municipality's bare name acting as a body is that municipality. Returns the
        bare names merged."""
        municipalities = self.lex.municipalities
        bare: dict[Entity, Entity] = {}
        for entity in self.entities:
            if entity.kind in ("organization", "government") and entity.name in municipalities:
                body = self.by_name(f"{entity.name} kommune")
                if body is not None and body is not entity:
                    bare[entity] = body
        return self._merge_into(bare)

    def _settle_genitives(self) -> set[Entity]:
        """'i Glitre Netts område' and 'direktør X i Glitre Nett': a body's name read with the
        genitive 's' is the body named without it. Returns the genitives merged."""
        bodies = {e.name: e for e in self.entities if e.kind not in ("person", "anonymous")}
        owners: dict[Entity, Entity] = {}
        for name, entity in bodies.items():
            bare = name[:-1] if name.endswith("s") and not name.endswith("ss") and " " in name else None
            owner = bodies.get(bare) if bare is not None else None
            if owner is not None and owner is not entity:
                owners[entity] = owner
        return self._merge_into(owners)

    def _merge_into(self, targets: dict[Entity, Entity]) -> set[Entity]:
        """Move each entity's mentions, speaking and the affiliations that name it to its target,
        the mention keeping the words it was made of. Returns the entities merged away."""
        for mention in self.mentions:
            target = targets.get(mention.entity)
            if target is not None:
                mention.entity, mention.via, mention.text = target, "role", mention.entity.name
        for entity, target in targets.items():
            target.speaker = target.speaker or entity.speaker
        for entity in self.entities:
            if entity.affiliation in targets:
                entity.affiliation = targets[entity.affiliation]
        return set(targets)

    def _municipality(self) -> Entity | None:
        """'kommunen' in an article on 'Kommunestyret i Sortland' that never names Sortland kommune:
        the one place a municipal body or office is of ('Hjemmetjenesten i Sandnes', 'ordfører
        Kjell Olav Andreassen i Moskenes') names the municipality; with none, the one municipality
        the lead names (lexicons/municipalities.txt) does; two, and nobody does."""
        places: set[str] = set()
        for entity in self.entities:
            at = IN_PLACE.match(entity.name)
            if entity.kind == "government" and at and entity.types & MUNICIPAL_BODIES:
                places.add(at.group(1))
            place = entity.affiliation
            if (
                entity.kind == "person"
                and {head.lower() for head in entity.role_heads} & MUNICIPAL_ROLES
                and place is not None
                and not place.types
                and re.fullmatch(r"[A-ZÆØÅ][\w-]+", place.name)
            ):
                places.add(place.name)
        if not places:
            # 'Det nye havnebadet i Kristiansund …, opplyser kommunen': the one municipality the lead names
            places = set(self.lead_municipalities)
        if len(places) != 1:
            return None
        (place_name,) = places
        name = f"{place_name} kommune"
        return self.by_name(name) or self.add(Entity(name, "government", types={"kommune"}))

    def _settle_roles(self) -> set[Entity]:
        """'… og kommuneoverlegen ber foreldre …' in the lead, before '…, sier kommuneoverlege
        Ingrid Solbakken': a role noun that referred to nobody seen before is the one person with
        that role named later. Returns the role entities merged into a person."""
        first_mention: dict[Entity, int] = {}
        own: dict[Entity, list[Mention]] = {}
        named: dict[str, list[tuple[int, Entity]]] = {}  # role head -> (start, person), in text order
        untitled: list[tuple[int, int, Entity]] = []  # (start, block, person): named, speaks, no role
        for mention in self.mentions:
            entity = mention.entity
            if entity.pending_role:
                first_mention.setdefault(entity, mention.start)
                own.setdefault(entity, []).append(mention)
            elif mention.via == "explicit" and entity.kind == "person":
                for head in entity.role_heads:
                    named.setdefault(head, []).append((mention.start, entity))
                if entity.speaker and not entity.role_heads:
                    untitled.append((mention.start, mention.block, entity))
        if not first_mention:
            return set()
        later_people = {head: _people_from(occurrences) for head, occurrences in named.items()}
        merged: set[Entity] = set()
        for entity, start in first_mention.items():
            later: set[Entity] = set()
            several = False  # two people with that role named later: nobody's for sure
            for head in entity.role_heads:
                occurrences = named.get(head, [])
                at = bisect_right(occurrences, start, key=lambda o: o[0])
                if at < len(occurrences):
                    first, more = later_people[head][at]
                    later.add(first)
                    several = several or more
            if not later and not several:
                # 'Turisthytta hadde over 6000 overnattinger, anslår vertinnen.' then '– …, sier Marit
                # Kvam': nobody is named with the role, so the first person named in full who speaks
                # in the next paragraph, with no role of her own, holds it
                block = own[entity][0].block
                after = islice(untitled, bisect_right(untitled, start, key=lambda u: u[0]), None)
                nxt = next(((b, p) for _, b, p in islice(after, NEWCOMER_REACH) if b > block), None)
                if nxt is not None and nxt[0] == block + 1:
                    later.add(nxt[1])
            if several or len(later) != 1:
                continue
            (person,) = later
            for mention in own[entity]:
                mention.entity, mention.via, mention.text = person, "role", entity.name
            person.speaker = person.speaker or entity.speaker
            merged.add(entity)
        return merged

    def last_body(
        self, before: int, kinds: frozenset[str] = BODY_KINDS, untyped: bool = False, spoken: bool = False
    ) -> Entity | None:
        """The body 'organisasjonen' or 'selskapet' means: the last one that spoke, opened a
        sentence under a name that is clearly a body's, or employs the last person who spoke
        ('generalsekretær Tone Midtbø i WWF'). A lone unknown name opening a sentence ('Tromsø har
        hatt') is a place, and so is one whose only type is a noun that names no kind of body
        ('Segmentet Nord'). With `spoken`, only a body that spoke counts."""

        def which(entity: Entity) -> str | None:
            if entity.kind == "person" and entity.speaker and entity.affiliation is not None:
                return "any" if entity.affiliation.kind in kinds else None
            typed = any(organisation_type(t) for t in entity.types)
            if entity.kind not in kinds or (untyped and typed):
                return None
            # 'NTNU har fått …': an acronym names a body, as a name of two words does
            acronym = len(entity.name) >= 2 and entity.name.isupper() and entity.name.isalpha()
            body_like = typed or bool(entity.aliases) or len(entity.name.split()) >= 2 or acronym
            return "any" if entity.speaker else "subject" if body_like and not spoken else None

        found = self._latest(before, which)
        return found.affiliation if found is not None and found.kind == "person" else found

    @staticmethod
    def nationality_clash(a: str, b: str) -> bool:
        """'det russiske forsvarsdepartementet' is not 'det syriske forsvarsdepartementet'."""

        def nations(name: str) -> set[str]:
            return {m.group(1) for word in name.lower().split() if (m := NATIONALITY.match(word))}

        left, right = nations(a), nations(b)
        return bool(left and right and not left & right)


MAKER_PART: Final = 4  # letters a document compound's first part needs to name its maker ('revisjon')


def _document_maker(phrase: NounPhrase) -> str | None:
    """'revisjon' for 'revisjonsrapporten', 'nav' for 'NAV-rapporten': the first part of a
    document compound (its linking s or hyphen dropped), which may name who made it; None for a
    document word that is no compound ('rapporten')."""
    name = phrase.name.lower()
    at = max((name.rfind(lemma) for lemma in phrase.types), default=-1)
    if at <= 0:
        return None
    first = name[:at]
    if first.endswith("-"):
        return first[:-1] or None  # an acronym names its body whole
    first = first[:-1] if first.endswith("s") and len(first) > MAKER_PART else first
    return first if len(first) >= MAKER_PART else None


def _opened_by_a_noun(entity: Entity, word: str) -> bool:
    """'Felleskjøpet' after 'Felleskjøpet Agri', 'Posten' after 'Posten Norge': a common noun in the
    definite form that opens a body's name refers back to the body (a place that opens one, as
    'Hamar' in 'Hamar Arbeiderblad', does not)."""
    low = word.lower()
    lemma = ordbank().noun_lemma(low)
    return entity.kind in BODY_KINDS and lemma is not None and lemma != low and not ordbank().is_proper_noun(word)


def _name_and_type(entity: Entity) -> bool:
    """'Sunnaas' after 'Sunnaas sykehus', 'Haukeland' after 'Haukeland universitetssjukehus',
    'Brynild' after 'Brynild Gruppen': a name that opens a body's name whose one other word is its
    type noun, in small letters or in the definite form, refers back to the body."""
    words = entity.name.split()
    if entity.kind not in BODY_KINDS or len(words) != 2:
        return False
    typed = organisation_type(words[1].lower())
    definite = typed is not None and words[1].lower() != typed[2]  # 'Gruppen'; not 'Sparebank', a type's own form
    return typed is not None and (words[1].islower() or definite)


def _names_one_body(name: str, owner: str) -> bool:
    """'Ottestad IL' and 'Ottestad' (from 'Ottestads'): one name opens the other."""
    name = name.lower()
    return name.startswith(owner) or owner.startswith(name)


def _qualified(entity: Entity) -> bool:
    """A body whose name is a type noun qualified by a place or a field ('Statsforvalteren i
    Troms', 'Sysselmesteren på Svalbard', 'Direktoratet for byggkvalitet', 'Hovedredningssentralen
    Nord-Norge'): the type noun alone refers back to it."""
    words = entity.name.split()
    # 'Hovedredningssentralen Nord-Norge', 'Utdanningsforbundet Fredrikstad': a type noun and its place
    regional = len(words) == 2 and (
        is_country_region(words[1])
        or (ordbank().is_proper_noun(words[1]) and organisation_type(words[0].lower()) is not None)
    )
    qualifier = any(f" {word} " in entity.name for word in ("i", "på", "for"))
    return entity.kind not in ("person", "anonymous") and (qualifier or regional)


def _describing_lemma(phrase: NounPhrase) -> str | None:
    """The lemma of the one common noun in the definite form a body's name comes after ('arrangøren
    Rogaland fotballkrets', 'rederiet Havbris'): what the body is, so that noun alone refers back."""
    role = phrase.role
    if phrase.source_kind not in BODY_KINDS or role is None or " " in role or not role.islower():
        return None
    lemma = ordbank().noun_lemma(role)
    return lemma if lemma is not None and lemma != role else None


def of_its_type(typed: tuple[str, SourceKind, str], entity: Entity) -> bool:
    """Can a noun of this type (organisation_type: 'etaten', 'byrået', 'salgslaget') name `entity`
    by what it is? 'byrået' is 'analysebyrået Sentio'; 'etaten' is 'Statens vegvesen' (a vegvesen
    is an etat); 'salgslaget' is 'Norges Sildesalgslag' (a type that is a compound of the noun)."""
    type_noun, _, stem = typed
    family = type_family(type_noun)
    generic = stem == type_noun or stem in family
    types = entity.types
    compound = any(t.endswith(stem) for t in types) or (generic and any(t.endswith(w) for t in types for w in family))
    return (
        stem in types
        or (generic and bool(types & family))
        or compound
        or _same_field(stem, types)
        or _field_opens_name(stem, entity)
        or _name_is_a_compound_of(stem, entity)
    )


def _describes_unnamed(entity: Entity, noun: str) -> bool:
    """'sjåføren' is 'en drosjesjåfør som ikke vil stå fram', 'jegeren' 'en jeger i Åmot': an unnamed
    source whose description holds the noun, or a compound ending in it."""
    if entity.kind != "anonymous" or len(noun) < 3:
        return False
    return any(word == noun or (len(noun) >= 4 and word.endswith(noun)) for word in entity.name.lower().split())


def _honours_a_name(lemma: str, entity: Entity) -> bool:
    """'kulturhuset' is 'Ibsenhuset', 'konserthallen' 'Grieghallen': a body whose one-word name is a
    proper noun joined to a common noun in the definite form (by Norsk Ordbank) is met again as any
    compound of that noun. The joined noun must be a real word of HONOURED_HEAD letters or more."""
    words = entity.name.split()
    if entity.kind not in BODY_KINDS or len(words) != 1:
        return False
    name = words[0]
    for cut in range(MAKER_PART, len(name) - HONOURED_HEAD + 1):
        tail = name[cut:].lower()
        head = ordbank().noun_lemma(tail)
        if head is None or head == tail or not lemma.endswith(head) or len(head) < HONOURED_HEAD:
            continue
        return ordbank().is_proper_noun(name[:cut])
    return False


def _name_is_a_compound_of(stem: str, entity: Entity) -> bool:
    """'rådet' is 'Forbrukerrådet', 'direktoratet' is 'Fiskeridirektoratet': a body whose name
    holds a compound noun (by Norsk Ordbank's lemma, compounds it lacks by their last known part)
    that ends in the type noun."""
    if entity.kind not in BODY_KINDS:
        return False
    for word in entity.name.split():
        lemma = ordbank().noun_lemma(word) if len(word) > len(stem) + 2 else None
        if lemma is not None and lemma.endswith(stem):
            return True
    return False


def _field_opens_name(stem: str, entity: Entity) -> bool:
    """'helseforetaket' is 'Helse Nord-Trøndelag', 'analysebyrået' is 'Respons Analyse',
    'reiselivsselskapet' is 'Lofoten Reiseliv': a compound type noun whose first part (a linking s
    dropped) is the first or the last word of a body's name of several words, or ends a longer
    one (`_field_closes_name`). Not a last word that is the body's own type: 'kommunerevisjonen'
    is not 'Bærum kommune'."""
    named = _name_and_field(stem, entity)
    if named is None:
        return False
    words, field = named
    # a linking 's' or 'e' dropped: 'reiselivsselskapet' is 'Lofoten Reiseliv', 'havneselskapet' 'Kristiansand Havn'
    fields = {field, field[:-1]} if field.endswith(("s", "e")) and len(field) > 4 else {field}
    # a company of the field is the body whose name ends in it, even as a type: 'Kristiansand Havn'
    company = stem[len(field) :] in COMPANY_NOUNS
    last = {words[-1]} if organisation_type(words[-1]) is None or company else set()
    return bool(fields & ({words[0]} | last)) or _closes_a_word(words, field)


def _name_and_field(stem: str, entity: Entity) -> tuple[list[str], str] | None:
    """A body's name of several words, in small letters, and the field a compound type noun opens
    with ('reiselivs' of 'reiselivsselskap'); None for a person, one word or no compound."""
    words = entity.name.lower().split()
    field = _compound_field(stem)
    if len(words) < 2 or entity.kind not in BODY_KINDS or field is None:
        return None
    return words, field


FIELD_PREFIX: Final = 4  # letters before a field that ends a word of a body's name ('landbruks|rådgiving')


def _field_closes_name(stem: str, entity: Entity) -> bool:
    """'rådgivingstjenesten' is 'Norsk Landbruksrådgiving Trøndelag': a compound type noun whose
    first part ends a longer word of a body's name of several words (FIELD_PREFIX letters before it)."""
    named = _name_and_field(stem, entity)
    return named is not None and _closes_a_word(*named)


def _closes_a_word(words: list[str], field: str) -> bool:
    """The field, a linking 's' dropped or not ('rådgivings|tjenesten'), ends one of the words,
    after at least FIELD_PREFIX letters."""
    fields = {field, field.removesuffix("s")}
    return any(w.endswith(f) and len(w) >= len(f) + FIELD_PREFIX for w in words for f in fields)


@cache
def _compound_field(stem: str) -> str | None:
    """'helseforetak' -> 'helse': the part of a compound type noun before the type noun it ends in
    (the longest one, and at least four letters)."""
    types = lexicon().org_types
    for cut in range(2, len(stem) - 3):
        if stem[cut:] in types:
            return stem[:cut]
    return None


def _same_field(stem: str, types: set[str]) -> bool:
    """'tollvesenet' is 'Tolletaten': the same field ('toll') before type nouns of one family."""
    typed = organisation_type(stem)
    if typed is None or not stem.endswith(typed[0]) or len(stem) - len(typed[0]) < 3:
        return False
    field, head = stem[: -len(typed[0])], typed[0]
    return any(
        t.startswith(field) and (t[len(field) :] in type_family(head) or head in type_family(t[len(field) :]))
        for t in types
    )


def compound_role_fits(heads: set[str], entity: Entity) -> bool:
    """'NSO-lederen' is «NSO-leder Ingrid Bøe»; 'Aksjonslederen' is «Ola Tjørhom, leder i aksjonen»:
    a compound role refers back to a person with its last part as role and its first part in
    the role text or the affiliation, or a place (Norsk Ordbank's proper nouns) when no
    affiliation says where the person is from ('stjørdalsordføreren' is «Ordfører Ivar Vigdenes»)."""
    if entity.kind != "person":
        return False
    context = " ".join(filter(None, [entity.role, entity.affiliation.name if entity.affiliation else None])).lower()
    for head in heads:
        for base in entity.role_heads:
            if head == base or not head.endswith(base):
                continue
            prefix = head[: -len(base)].rstrip("-")
            if prefix.endswith("s") and len(prefix) > 4:
                prefix = prefix[:-1]  # 'aksjons|leder': the linking s
            if len(prefix) >= 2 and prefix in context:
                return True
            if entity.affiliation is None and ordbank().is_proper_noun(prefix.capitalize()):
                return True  # 'stjørdalsordføreren' after 'Ordfører Ivar Vigdenes', of no place said
            if len(base) >= 5 and ordbank().classes(prefix) == {"noun"}:
                return True  # 'den erfarne sjarkfiskeren' after 'fisker Hans Rasmussen': what kind of fisher
    return False


SENTENCE_MENTIONS: Final = 16  # mentions looked back over for a body named earlier in the same sentence
# Type nouns of associations of members: 'velforeningen', 'fiskarlaget' is never 'selskapet'
MEMBERS_BODIES: Final = ("forening", "forbund", "lag")
# Type nouns that can refer back to a body of any type ('organisasjonen'), or of these kinds
# ('selskapet' is a company of whatever trade: 'Turoperatøren Arctic Fjord', 'Nordkyst Sjømat')
GENERIC_BODIES: Final[dict[str, frozenset[str]]] = {
    "organisasjon": frozenset({"organization", "government"}),
    "selskap": frozenset({"organization"}),
    "bedrift": frozenset({"organization"}),
    "firma": frozenset({"organization"}),
    "utbygger": frozenset({"organization"}),  # 'opplyser utbyggeren': the company that builds
    "konsern": frozenset({"organization"}),
    "virksomhet": frozenset({"organization", "government"}),
    "ledelse": frozenset({"organization", "government"}),  # 'Ledelsen varsler' speaks for the company
}


# A generic role that stands for a family of specific ones: 'Statsråden' is the justice minister,
# 'advokaten' the defence counsel ('forsvarer' does not end in 'advokat' as 'bistandsadvokat' does).
GENERIC_ROLES: Final = {"statsråd": "minister"}
# 'direktøren' is the company's «daglig leder» or «konsernsjef» when no director is named
ROLE_FAMILIES: Final = {"advokat": frozenset({"forsvarer", "aktor"}), "direktør": frozenset({"leder", "konsernsjef"})}


def generic_role_fits(heads: set[str], entity: Entity) -> bool:
    """'Ministeren', 'Sjefen', 'Statsråden' refer back to «justisminister Eline Haug» or
    «politisjef Ole Berg»: the specific role ends in the generic one."""
    if entity.kind != "person":
        return False
    generic = {GENERIC_ROLES.get(head, head) for head in heads}
    if any(entity.role_heads & ROLE_FAMILIES.get(head, frozenset()) for head in generic):
        return True
    return any(base != head and base.endswith(head) for base in entity.role_heads for head in generic)


def _people_from(occurrences: list[tuple[int, Entity]]) -> list[tuple[Entity, bool]]:
    """For each place in a role's list of named people: the person there, and whether another
    person with that role is named there or later (one pass from the end, so each question after
    it is a lookup)."""
    found: list[tuple[Entity, bool]] = []
    for _, person in reversed(occurrences):
        several = bool(found) and (found[-1][1] or found[-1][0] is not person)
        found.append((person, several))
    return found[::-1]


def _initial_of(short: str, full: str) -> bool:
    """'G.' is the initial of 'Gunset' (and 'Gunset' of itself)."""
    return short == full or (len(short) == 2 and short.endswith(".") and full.startswith(short[0]) and len(full) > 2)


def _members_body(member: str, body_type: str) -> bool:
    """'supporterklubb' is a body of 'supporter's: the member noun, then a body's type noun that is
    a word of its own ('klubb'); 'fiskeridirektorat' is no body of 'fisker's."""
    rest = body_type[len(member) :] if body_type.startswith(member) else ""
    typed = organisation_type(rest) if rest else None
    return typed is not None and typed[0] == rest and ordbank().is_known(rest)


MISSPELT_SURNAME: Final = 5  # letters a surname needs before a word one letter off it is read as it


def _one_letter_less(word: str) -> list[str]:
    """'Tveitan' less each letter in turn: two words one edit apart share one of these, or one is
    the other ('Myrhol' is 'Myrhold' less its 'd')."""
    return [word[:i] + word[i + 1 :] for i in range(len(word))]
