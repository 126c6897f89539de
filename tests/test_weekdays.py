"""Weekdays resolved from the publication date (Friday 2016-12-16 for the seed)."""

from __future__ import annotations

from datetime import date

import pytest

from claimpack.extract.weekdays import find_weekdays

FRIDAY = date(2016, 12, 16)


@pytest.mark.parametrize(
    ("text", "expected", "relation"),
    [
        ("etter at kolonner forlot Øst-Aleppo torsdag", date(2016, 12, 15), "past"),
        ("Fredag formiddag kom det melding", FRIDAY, "same_day"),
        ("Streiken trappes opp fra mandag", date(2016, 12, 19), "future"),
        ("veien blir trolig stengt til søndag", date(2016, 12, 18), "future"),
        ("OSSE legger fram rapporten tirsdag", date(2016, 12, 20), "future"),
        ("vil reise hjem allerede onsdag", date(2016, 12, 21), "future"),
        ("drept i kampene siden lørdag", date(2016, 12, 10), "past"),
        ("resultatet av søndagens valg ble klart", date(2016, 12, 11), "past"),
        ("Brannen brøt ut natt til onsdag", date(2016, 12, 14), "past"),
        ("Svaret kommer tidligst tirsdag", date(2016, 12, 20), "future"),
        ("Skipet skulle etter planen gå videre lørdag", date(2016, 12, 17), "future"),
        ("De evakuerte får mandag vite mer", date(2016, 12, 19), "future"),
        ("Laget møter Brann hjemme søndag", date(2016, 12, 18), "future"),
        # a forecast is of the days ahead
        ("Meteorologisk institutt varsler nye regnbyger torsdag", date(2016, 12, 22), "future"),
        # a verb in the present tense, not in any list: Ordbank knows it
        ("Museet inviterer til åpen dag søndag", date(2016, 12, 18), "future"),
        ("Søndag går kvinnene jaktstart", date(2016, 12, 18), "future"),  # the verb after a fronted day
        ("Søndag gikk kvinnene jaktstart", date(2016, 12, 11), "past"),
        ("NRK melder søndag at brua er stengt", date(2016, 12, 11), "past"),  # a report of a day gone
        ("Skolen skal stenges etter planen som rektor la fram tirsdag", date(2016, 12, 13), "past"),
        # the s-passive of the present schedules what is ahead; a clock time between 'til' and the day
        ("Finalene spilles lørdag på hovedbanen", date(2016, 12, 17), "future"),
        ("Søndag avsluttes rittet med en lang etappe", date(2016, 12, 18), "future"),  # after a fronted day
        ("90 passasjerer måtte evakueres onsdag kveld", date(2016, 12, 14), "past"),  # after a past modal
        ("sa hun da fylkestinget møttes tirsdag", date(2016, 12, 13), "past"),  # 'møtes' in the past
        ("Veien er stengt fra klokken 22 onsdag", date(2016, 12, 21), "future"),
        ("Vi krever et svar før tirsdag", date(2016, 12, 20), "future"),
        ("Skolen ble stengt før tirsdag", date(2016, 12, 13), "past"),
    ],
)
def test_resolution(text: str, expected: date, relation: str) -> None:
    [found] = find_weekdays(text, 0, FRIDAY)
    assert (found.date, found.relation) == (expected, relation)
    assert text[found.start : found.end] == found.text


def test_captions_describe_the_past() -> None:
    [found] = find_weekdays("Syrere evakuerer torsdag kveld.", 0, FRIDAY, caption=True)
    assert found.date == date(2016, 12, 15)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # no tense in the sentence: the nearer of the last and the next such day
        (
            "Strømmen koster i snitt 1,87 kroner per kilowattime søndag, ifølge Nord Pool.",
            date(2025, 12, 13),
            date(2025, 12, 14),
        ),
        ("Kvinnenes tremil går søndag klokken 12.00.", date(2026, 3, 7), date(2026, 3, 8)),
        ("Billetten er 200 kroner billigere på lørdag.", date(2026, 3, 12), date(2026, 3, 14)),
        ("Billetten er 200 kroner billigere på mandag.", date(2026, 3, 12), date(2026, 3, 9)),  # Monday was nearer
        # a past verb anywhere before it in the sentence, or right after a fronted day
        (
            "Over 41.000 biler kjørte over brua mandag, den første hverdagen etter åpningen fredag.",
            date(2026, 11, 10),
            date(2026, 11, 6),
        ),
        ("Torsdag kveld møtte nesten 200 mennesker opp på et folkemøte.", date(2026, 2, 9), date(2026, 2, 5)),
    ],
)
def test_with_no_tense_the_nearer_day(text: str, published: date, expected: date) -> None:
    assert find_weekdays(text, 0, published)[-1].date == expected


def test_fronted_days_before_a_past_verb_are_past() -> None:
    """'Fra tirsdag til torsdag ble det spilt 86 forestillinger': the days just gone; 'stengt fra
    mandag til fredag' stays ahead."""
    found = find_weekdays("Fra tirsdag til torsdag ble det spilt 86 forestillinger.", 0, FRIDAY)
    assert [(w.date, w.relation) for w in found] == [(date(2016, 12, 13), "past"), (date(2016, 12, 15), "past")]
    found = find_weekdays("Veien er stengt fra mandag til onsdag.", 0, FRIDAY)
    assert [w.relation for w in found] == ["future", "future"]
    found = find_weekdays("Fra mandag kan pasientene sjekke ventetidene.", 0, FRIDAY)  # a modal looks ahead
    assert [w.relation for w in found] == ["future"]
    found = find_weekdays("Fra mandag kan pasientene sjekke ventetidene.", 0, FRIDAY)  # a modal looks ahead
    assert [w.relation for w in found] == ["future"]


def test_unknown_publication_date_gives_no_date() -> None:
    [found] = find_weekdays("torsdag", 0, None)
    assert found.date is None


def test_a_modal_with_ha_looks_back() -> None:
    text = "Opptil 50 000 laks kan ha rømt etter uværet natt til mandag."
    (mention,) = find_weekdays(text, 0, date(2025, 3, 18))
    assert (mention.date, mention.relation) == (date(2025, 3, 17), "past")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Direktoratet vil ha et møte med bøndene mandag.", date(2025, 3, 24)),  # 'ha' with an object
        ("Forbundet vil ha et svar fra kommunen innen fredag.", date(2025, 3, 21)),
        ("Politiet vil ha to ekstra patruljer i byen fredag.", date(2025, 3, 21)),  # a count is an object
        ("Fangen skal ha rømt fra anstalten mandag.", date(2025, 3, 17)),  # a perfect looks back
    ],
)
def test_ha_with_an_object_is_no_perfect(text: str, expected: date) -> None:
    (mention,) = find_weekdays(text, 0, date(2025, 3, 18))
    assert mention.date == expected


def test_a_written_date_decides() -> None:
    (mention,) = find_weekdays("Departementet behandler saken torsdag 2. oktober.", 0, date(2025, 9, 29))
    assert (mention.date, mention.relation) == (date(2025, 10, 2), "future")


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # the week named after the weekday counts from the week of publication, the same day too
        ("Neste oppdatering kommer onsdag neste uke.", date(2026, 4, 22), date(2026, 4, 29)),
        ("Møtet er onsdag neste uke.", date(2026, 3, 5), date(2026, 3, 11)),
        ("Det skjedde mandag forrige uke.", date(2026, 4, 20), date(2026, 4, 13)),
        ("Han kom mandag i forrige uke.", date(2026, 4, 22), date(2026, 4, 13)),
    ],
)
def test_a_week_named_after_the_weekday(sentence: str, published: date, expected: date) -> None:
    [mention] = find_weekdays(sentence, 0, published)
    assert mention.date == expected


def test_a_verb_that_reports_only_closing_a_quote_is_ordinary_elsewhere() -> None:
    """'aksjonen fortsetter onsdag' is ahead ('…, fortsetter hun' would report); 'opplyser politiet
    søndag' reports a day gone."""
    tuesday = date(2026, 6, 9)
    assert [m.date for m in find_weekdays("Foss forteller at aksjonen fortsetter onsdag.", 0, tuesday)] == [
        date(2026, 6, 10)
    ]
    assert [m.date for m in find_weekdays("Det opplyser politiet søndag.", 0, tuesday)] == [date(2026, 6, 7)]


def test_a_weekday_takes_the_tense_of_its_own_clause_after_at() -> None:
    """'Striden blusser opp igjen etter at Miljødirektoratet onsdag la fram tallene': the main
    clause's present tense says nothing of the 'at'-clause's Wednesday, which is past."""
    thursday = date(2026, 5, 7)
    text = "Striden blusser opp igjen etter at Miljødirektoratet onsdag la fram nye bestandstall."
    [found] = find_weekdays(text, 0, thursday)
    assert (found.date, found.relation) == (date(2026, 5, 6), "past")
    [ahead] = find_weekdays("Han sier at møtet skal holdes onsdag.", 0, thursday)
    assert (ahead.date, ahead.relation) == (date(2026, 5, 13), "future")


def test_a_past_clause_keeps_fra_and_til_in_the_past() -> None:
    """'38.000 besøkende var innom fra fredag til søndag', published on a Monday: the weekend just
    gone; 'Lørdag var det fullt': 'var' is a past, not a present that schedules. 'stengt fra
    mandag' is still ahead."""
    monday = date(2026, 7, 6)
    text = "Arrangøren oppgir at 38.000 besøkende var innom festivalområdet fra fredag til søndag."
    assert [m.date for m in find_weekdays(text, 0, monday)] == [date(2026, 7, 3), date(2026, 7, 5)]
    assert [m.date for m in find_weekdays("Lørdag var det så fullt at vi stengte.", 0, monday)] == [date(2026, 7, 4)]
    assert [m.date for m in find_weekdays("Veien holdes stengt fra onsdag.", 0, monday)] == [date(2026, 7, 8)]


def test_a_present_form_that_is_also_a_noun_is_the_verb_before_a_definite_noun() -> None:
    """'stenger dørene for godt på lørdag', published on a Tuesday: 'stenger' (also the plural of
    'stang') takes 'dørene', so it is the verb, and the Saturday is ahead; a comma after a past
    'som'-clause does not make it past."""
    tuesday = date(2026, 10, 6)
    text = "Bingohallen Fortuna i Skien, som åpnet i 1991, stenger dørene for godt på lørdag."
    assert [m.date for m in find_weekdays(text, 0, tuesday)] == [date(2026, 10, 10)]


def test_the_point_of_a_clock_time_is_no_clause_break() -> None:
    """'starter klokken 18.00 på lørdag': the clause runs on through '18.00' to the Saturday ahead."""
    tuesday = date(2026, 10, 6)
    text = "Kaasa sier at den siste bingokvelden starter klokken 18.00 på lørdag."
    assert [m.date for m in find_weekdays(text, 0, tuesday)] == [date(2026, 10, 10)]
    assert [m.date for m in find_weekdays("Han ble funnet klokken 14.30 på lørdag.", 0, tuesday)] == [date(2026, 10, 3)]


def test_before_a_weekday_is_ahead_unless_its_clause_is_in_the_past() -> None:
    """'krever en forklaring før fredag' looks ahead; 'Feilen oppsto like før klokken 07 søndag'
    (published on a Monday) tells of the Sunday just gone."""
    monday = date(2025, 2, 3)
    assert [m.date for m in find_weekdays("Kommunen krever en forklaring før fredag.", 0, monday)] == [date(2025, 2, 7)]
    text = "Feilen oppsto like før klokken 07 søndag morgen."
    assert [m.date for m in find_weekdays(text, 0, monday)] == [date(2025, 2, 2)]


def test_ahead_of_a_weekday_is_ahead() -> None:
    """'Skuespillerne øver foran lørdagens premiere' (a caption, published on a Tuesday): the coming Saturday."""
    text = "PREMIERE: Skuespillerne øver på hovedscenen foran lørdagens premiere."
    assert [m.date for m in find_weekdays(text, 0, date(2026, 9, 15), caption=True)] == [date(2026, 9, 19)]


@pytest.mark.parametrize(
    "text",
    [
        "Statsforvalteren har invitert bøndene til et møte på Lærdalsøyri torsdag.",
        "Ordføreren har kalt inn til krisemøte torsdag.",
        "Statsforvalteren har bedt om et møte med kommunen om tallene torsdag.",
    ],
)
def test_a_meeting_called_for_is_ahead(text: str) -> None:
    (mention,) = find_weekdays(text, 0, date(2025, 3, 18))
    assert (mention.date, mention.relation) == (date(2025, 3, 20), "future")


def test_as_planned_is_ahead_unless_done() -> None:
    """'ferja er etter planen tilbake i drift søndag' (published on a Friday): the coming Sunday;
    'ble avsluttet etter planen søndag' went as planned, last Sunday."""
    friday = date(2025, 7, 4)
    (ahead,) = find_weekdays("Fjord1 opplyser at ferja etter planen er tilbake i drift søndag.", 0, friday)
    assert (ahead.date, ahead.relation) == (date(2025, 7, 6), "future")
    (done,) = find_weekdays("Arbeidet ble avsluttet etter planen søndag.", 0, friday)
    assert (done.date, done.relation) == (date(2025, 6, 29), "past")


def test_a_meeting_held_is_done() -> None:
    (mention,) = find_weekdays("Det ble holdt et møte om saken torsdag.", 0, date(2025, 3, 18))
    assert mention.relation == "past"


def test_a_forecast_looks_ahead() -> None:
    """'venter at tåka letter i løpet av lørdag': a forecast, not a report of a day just gone."""
    text = "Meteorologisk institutt venter at tåka letter i løpet av lørdag."
    (mention,) = find_weekdays(text, 0, date(2025, 3, 21))  # a Friday: tomorrow, not last week
    assert (mention.date, mention.relation) == (date(2025, 3, 22), "future")


def test_som_normalt_opens_no_clause() -> None:
    """'de ansatte kan etter planen møte på jobb som normalt fredag': 'som normalt' is 'as usual',
    so the clause's 'kan' puts Friday ahead (published Tuesday 2026-06-16)."""
    (found,) = find_weekdays("de ansatte kan etter planen møte på jobb som normalt fredag.", 0, date(2026, 6, 16))
    assert (found.date, found.relation) == (date(2026, 6, 19), "future")


def test_a_present_verb_after_its_definite_subject_looks_ahead() -> None:
    """'temperaturen stiger … mandag' (published on a Thursday): 'stiger' is a noun too, but after
    a definite noun, its subject, it is the verb, in the present: the coming Monday."""
    thursday = date(2025, 2, 6)
    text = "Meteorologisk institutt venter at temperaturen stiger til rundt minus 20 grader mandag."
    assert [m.date for m in find_weekdays(text, 0, thursday)] == [date(2025, 2, 10)]
    assert [m.date for m in find_weekdays("Temperaturen steg til minus 20 grader mandag.", 0, thursday)] == [
        date(2025, 2, 3)
    ]


def test_a_weekday_in_the_genitive_after_fra_names_a_thing_of_that_day() -> None:
    """'fra søndagens fiske' in a caption (published Monday 2025-08-18) is from Sunday's fishing,
    just gone: 'fra' before a genitive opens no span of days ('stengt fra søndag' does)."""
    monday = date(2025, 8, 18)
    (caption,) = find_weekdays("Halvorsen med en av torskene fra søndagens fiske.", 0, monday, caption=True)
    assert (caption.date, caption.relation) == (date(2025, 8, 17), "past")
    (span,) = find_weekdays("Veien er stengt fra søndag.", 0, monday)
    assert (span.date, span.relation) == (date(2025, 8, 24), "future")
