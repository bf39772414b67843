"""The roster: who is on which shift, for a week or a month, on A4 landscape.

Each page is one week: a column per weekday, and in each column the day's shifts as cards,
stacked by start time; the n-th shifts of all days share a row (and its height), so that the
mornings line up across the page. A card shows the time, the staffing ("2/3", red when short),
the role, the people with their language codes, and the wanted languages nobody on the shift
speaks (amber). The colours repeat what the text says, so a black-and-white copy loses nothing.

Two versions: the internal one with phone numbers under the names, for the coordinators, and the
public one for the notice board, with first names only and no phone numbers. The public rules are
enforced here, not by the caller: ``Roster.public`` is the only switch, and in public mode the
surname and the phone number of a ``RosterPerson`` are never drawn.

When a week has more shifts than fit at the normal size, everything shrinks a little; when even
the smallest size does not fit, the week goes on over more pages (rows are never split).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from welcome_point.documents.atomic import write_atomically
from welcome_point.documents.pdf_fonts import (
    TextLine,
    TextStyle,
    register_fonts,
    shape_line,
    starts_right_to_left,
    with_ellipsis,
    wrap,
)
from welcome_point.domain.errors import ValidationError

PAGE_WIDTH: float = landscape(A4)[0]
PAGE_HEIGHT: float = landscape(A4)[1]
MARGIN: float = 11 * mm
HEADER_HEIGHT: float = 16 * mm
FOOTER_HEIGHT: float = 6 * mm
DAY_HEADER_HEIGHT: float = 6.5 * mm
COLUMN_GAP: float = 2 * mm
ROW_GAP: float = 1.8 * mm
PADDING: float = 1.5 * mm
SCALES = (1.6, 1.45, 1.3, 1.15, 1.0, 0.9, 0.8, 0.72, 0.65)
SPLIT_SCALE = 0.9

BLACK = (0.0, 0.0, 0.0)
GREY = (0.36, 0.36, 0.36)
LIGHT_GREY = (0.62, 0.62, 0.62)
RULE_GREY = (0.78, 0.78, 0.78)
HEADER_FILL = (0.92, 0.92, 0.92)
OUTSIDE_FILL = (0.97, 0.97, 0.97)
RED = (0.75, 0.1, 0.1)
GREEN = (0.1, 0.45, 0.22)
AMBER = (0.8, 0.5, 0.0)
AMBER_FILL = (1.0, 0.92, 0.72)
ROLE_FILL = (0.3, 0.3, 0.3)
BADGE_FILL = (0.9, 0.93, 0.97)
BADGE_STROKE = (0.55, 0.62, 0.72)


@dataclass(frozen=True)
class RosterLabels:
    """Texts already translated by the caller. ``{date}``, ``{week}``, ``{page}`` and
    ``{pages}`` are replaced; a translation may leave any of them out."""

    weekdays: tuple[str, ...]  # seven short names, Monday first: "Mo", "Di", …
    roles: Mapping[str, str] = field(default_factory=dict)  # role code -> label; the code when missing
    missing: str = "Missing:"  # before the wanted languages nobody on the shift speaks
    nobody: str = "nobody yet"
    no_shifts: str = "no shift"  # a day of the period without shifts
    week: str = "Week {week}"
    printed_on: str = "Printed on {date}"
    page: str = "Page {page} of {pages}"
    internal_note: str = ""  # e.g. "Internal: contains phone numbers, do not post"

    def __post_init__(self) -> None:
        if len(self.weekdays) != 7:
            raise ValidationError("a roster needs the names of all seven weekdays")

    def role(self, code: str) -> str:
        return self.roles.get(code, code)


ROSTER_LABELS_DE = RosterLabels(
    weekdays=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    roles={"desk": "Empfang", "interpreter": "Dolmetschen", "coordinator": "Koordination"},
    missing="Fehlt:", nobody="noch niemand", no_shifts="keine Schicht", week="KW {week}",
    printed_on="Gedruckt am {date}", page="Seite {page} von {pages}",
    internal_note="Intern – mit Telefonnummern, nicht aushängen",
)
ROSTER_LABELS_EN = RosterLabels(
    weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    roles={"desk": "Desk", "interpreter": "Interpreting", "coordinator": "Coordination"},
    internal_note="Internal – contains phone numbers, do not post",
)


@dataclass(frozen=True)
class RosterPerson:
    name: str  # the display name, e.g. "Anna Becker"
    phone: str = ""
    role: str = ""  # role code, shown as a badge when it differs from the shift's role
    languages: tuple[str, ...] = ()  # language codes, shown as badges


@dataclass(frozen=True)
class RosterShift:
    starts_at: datetime
    ends_at: datetime
    role: str  # role code
    min_staff: int
    people: tuple[RosterPerson, ...]  # who is (expected to be) there: no cancellations or no-shows
    wanted_languages: tuple[str, ...] = ()

    @property
    def staffed(self) -> int:
        return len(self.people)

    @property
    def understaffed(self) -> bool:
        return self.staffed < self.min_staff

    @property
    def missing_languages(self) -> tuple[str, ...]:
        spoken = {code for person in self.people for code in person.languages}
        return tuple(code for code in self.wanted_languages if code not in spoken)


@dataclass(frozen=True)
class Roster:
    site_name: str
    title: str  # "Dienstplan"
    period_label: str  # "KW 48, 23.–29.11.2026" or "November 2026"
    days: tuple[date, ...]  # the days of the period; days of a shown week outside it are greyed
    shifts: tuple[RosterShift, ...]
    public: bool  # True: first names only and no phone numbers (for the notice board)
    labels: RosterLabels
    printed_on: date
    weekdays: tuple[int, ...] | None = None  # columns, 0 = Monday; None: Mon–Sat, Sunday when it has shifts
    common_languages: tuple[str, ...] = ("de",)  # spoken by everybody at the desk: no badge

    @property
    def columns(self) -> tuple[int, ...]:
        shown = set(range(6)) if self.weekdays is None else set(self.weekdays)
        shown |= {shift.starts_at.weekday() for shift in self.shifts}  # never hide a shift
        return tuple(sorted(shown))


# Titles and forms of address that may lead a display name; compared without dots, case-folded.
_TITLES = frozenset({"dr", "prof", "dr-ing", "frau", "herr", "mr", "mrs", "ms", "mx", "miss"})
# The comma of "Becker, Anna", also as typed in Arabic script and on full-width keyboards.
_COMMAS = (",", "\u060c", "\uff0c")


def _is_title(word: str) -> bool:
    return word.replace(".", "").casefold() in _TITLES


def _bare(word: str) -> str:
    """The word without punctuation or symbols around it ("(Anna)" → "Anna"; "Anne-Marie" stays)."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(word[end - 1])[0] in "PS":
        end -= 1
    return word[start:end]


def _split_titles(text: str) -> tuple[list[str], list[str]]:
    """The titles leading ``text`` as written, and its other words bare of stray punctuation."""
    titles: list[str] = []
    words: list[str] = []
    for word in text.split():
        bare = _bare(word)
        if not words and _is_title(bare):
            titles.append(word)
        elif bare:
            words.append(bare)
    return titles, words


def _name_parts(display_name: str) -> tuple[list[str], list[str], bool]:
    """The titles, the words of the name in natural order, and whether the first word is known
    to be a first name: "Becker, Dr. Anna" → ["Dr."], ["Anna", "Becker"], True; "Frau Becker"
    → ["Frau"], ["Becker"], False (a form of address goes with the surname)."""
    text = display_name
    for comma in _COMMAS[1:]:
        text = text.replace(comma, ",")
    surname, comma, given = text.partition(",")
    if not comma:
        titles, words = _split_titles(text)
        return titles, words, not titles or len(words) > 1
    surname_titles, surnames = _split_titles(surname)
    given_titles, givens = _split_titles(given)
    return [*surname_titles, *given_titles], [*givens, *surnames], bool(givens)


def public_name(display_name: str) -> str:
    """The first name, what the notice board shows: "Anna Becker", "Becker, Anna" and
    "Dr. Anna Becker" all give "Anna".

    A name that is only a surname, with a form of address ("Frau Becker") or before a comma
    ("Becker,"), gives its initial ("Frau B.", "B."): the surname stays off the board. A name
    without any word (a placeholder such as "–") is shown as it is.
    """
    titles, words, first_known = _name_parts(display_name)
    if not words:
        return " ".join(display_name.split())
    if not first_known:
        return " ".join([*titles, f"{words[-1][0]}."])
    return words[0]


def shown_names(people: Sequence[RosterPerson], public: bool) -> list[str]:
    """The names as printed. In public, two people of one shift with the same first name are told
    apart by the initial of the next word of their name ("Anna B.", "Anna K."), never by the
    surname; titles and the order of "Becker, Anna" are looked through."""
    if not public:
        return [" ".join(person.name.split()) for person in people]
    firsts = [public_name(person.name) for person in people]
    keys = [first.casefold() for first in firsts]
    names = []
    for person, first, key in zip(people, firsts, keys, strict=True):
        _, words, first_known = _name_parts(person.name)
        if keys.count(key) > 1 and first_known and len(words) > 1:
            names.append(f"{first} {words[1][0]}.")
        else:
            names.append(first)
    return names


def week_days(monday: date, days: int = 7) -> tuple[date, ...]:
    return tuple(monday + timedelta(days=i) for i in range(days))


def month_days(year: int, month: int) -> tuple[date, ...]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return tuple(first + timedelta(days=i) for i in range((following - first).days))


def roster_pdf(roster: Roster) -> bytes:
    """The roster as PDF bytes, a page per week; the same roster always gives the same bytes."""
    register_fonts()
    pages = _paginate(roster)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1)
    canvas.setTitle(f"{roster.title} – {roster.period_label}")
    canvas.setAuthor(roster.site_name)
    canvas.setSubject(roster.period_label)
    several_weeks = len({page.monday for page in pages}) > 1
    for number, page in enumerate(pages, start=1):
        _draw_page(canvas, roster, page, number, len(pages), several_weeks)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_roster(roster: Roster, path: Path) -> Path:
    """Write the roster to ``path`` atomically (the old file stays whole if anything fails)."""
    return write_atomically(path, roster_pdf(roster))


# --- layout --------------------------------------------------------------------------------

Draw = Callable[[Canvas, float, float], None]  # canvas, left, top of the card


@dataclass(frozen=True)
class _Card:
    height: float
    accent: tuple[float, float, float]
    draws: tuple[Draw, ...]
    crowded: bool  # the staffing, a wrapped name or badges needed a line of their own


@dataclass(frozen=True)
class _Page:
    monday: date
    days: tuple[date, ...]  # one per column
    rows: tuple[tuple[_Card | None, ...], ...]  # rows of cells, a cell per column
    heights: tuple[float, ...]
    scale: float


def _column_width(count: int) -> float:
    return (PAGE_WIDTH - 2 * MARGIN - COLUMN_GAP * (count - 1)) / count


def _grid_height() -> float:
    return PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT - DAY_HEADER_HEIGHT - ROW_GAP


def _paginate(roster: Roster) -> list[_Page]:
    """The pages, at the largest scale at which every week fits on one page.

    One scale for the whole roster, so that the weeks of a month look alike; a roomy week is
    printed larger than normal, which helps on a notice board.
    """
    columns = roster.columns
    width = _column_width(len(columns))
    by_day: dict[date, list[RosterShift]] = {}
    for shift in roster.shifts:
        by_day.setdefault(shift.starts_at.date(), []).append(shift)
    for shifts in by_day.values():
        shifts.sort(key=lambda s: (s.starts_at, s.ends_at, s.role))
    # A week whose days of the period all fall on hidden weekdays (November 2026 begins on a
    # Sunday) would be an empty page.
    shown_days = [day for day in roster.days if day.weekday() in columns]
    mondays = sorted({day - timedelta(days=day.weekday()) for day in (*shown_days, *by_day)})
    if not mondays:
        raise ValidationError("a roster needs at least one day")
    weeks = [tuple(monday + timedelta(days=weekday) for weekday in columns) for monday in mondays]
    for scale in SCALES:
        laid, heights = _lay_weeks(roster, weeks, by_day, width, scale)
        # Larger than normal only while that costs no extra lines (a wrapped name, badges below).
        crowded = scale > 1 and any(card is not None and card.crowded
                                    for rows in laid for row in rows for card in row)
        if not crowded and all(sum(h) + ROW_GAP * max(0, len(h) - 1) <= _grid_height() for h in heights):
            break
    else:
        # Even the smallest size overflows: the week goes on over more pages, at the normal size
        # rather than in tiny print.
        scale = SPLIT_SCALE
        laid, heights = _lay_weeks(roster, weeks, by_day, width, scale)
    pages: list[_Page] = []
    for monday, days, rows, row_heights in zip(mondays, weeks, laid, heights, strict=True):
        pages += _split_rows(monday, days, rows, row_heights, scale)
    return pages


def _lay_weeks(roster: Roster, weeks: Sequence[tuple[date, ...]], by_day: Mapping[date, list[RosterShift]],
               width: float, scale: float) -> tuple[list[list[tuple[_Card | None, ...]]], list[list[float]]]:
    """The cards of each week, row by row (a cell per column), and the height of each row."""
    laid, heights = [], []
    for days in weeks:
        day_shifts = [by_day.get(day, []) for day in days]
        count = max(len(shifts) for shifts in day_shifts)
        rows = [tuple(_card(roster, shifts[row], width, scale) if row < len(shifts) else None
                      for shifts in day_shifts) for row in range(count)]
        laid.append(rows)
        heights.append([max(card.height for card in row if card is not None) for row in rows])
    return laid, heights


def _split_rows(monday: date, days: tuple[date, ...], rows: Sequence[tuple[_Card | None, ...]],
                heights: Sequence[float], scale: float) -> list[_Page]:
    """The rows of one week over as many pages as they need, each page starting a whole row."""
    pages: list[_Page] = []
    start, used = 0, 0.0
    for index, height in enumerate(heights):
        needed = height if index == start else used + ROW_GAP + height
        if index > start and needed > _grid_height():
            pages.append(_Page(monday, days, tuple(rows[start:index]), tuple(heights[start:index]), scale))
            start, used = index, height
        else:
            used = needed
    pages.append(_Page(monday, days, tuple(rows[start:]), tuple(heights[start:]), scale))
    return pages


def _line(text: str, size: float, bold: bool = False) -> TextLine:
    return shape_line(text, size, bold, starts_right_to_left(text) is True)


def _fitted(text: str, size: float, width: float, bold: bool = False) -> TextLine:
    line = _line(text, size, bold)
    return line if line.width <= width else with_ellipsis(line, width)


def _whole(text: str, size: float, width: float, bold: bool = False) -> TextLine:
    """The whole text within ``width``, set smaller if need be, never cut short."""
    line = _line(text, size, bold)
    if line.width <= width:
        return line
    return _line(text, size * width / line.width * 0.98, bold)


def _text(line: TextLine, dx: float, baseline: float, colour: tuple[float, float, float] = BLACK) -> Draw:
    def draw(canvas: Canvas, left: float, top: float) -> None:
        canvas.setFillColorRGB(*colour)
        line.draw(canvas, left + dx, top - baseline)
    return draw


@dataclass(frozen=True)
class _Badge:
    line: TextLine
    fill: tuple[float, float, float]
    stroke: tuple[float, float, float] | None
    ink: tuple[float, float, float]
    pad: float

    @property
    def width(self) -> float:
        return self.line.width + 2 * self.pad


def _badge_row(badges: Sequence[_Badge], dx: float, baseline: float, gap: float) -> Draw:
    """Badges side by side from ``dx``; their text sits on ``baseline``."""
    def draw(canvas: Canvas, left: float, top: float) -> None:
        x = left + dx
        for badge in badges:
            size = badge.line.size
            bottom = top - baseline - size * 0.32
            canvas.setFillColorRGB(*badge.fill)
            if badge.stroke is not None:
                canvas.setStrokeColorRGB(*badge.stroke)
                canvas.setLineWidth(0.4)
            canvas.roundRect(x, bottom, badge.width, size * 1.3, size * 0.3,
                             stroke=int(badge.stroke is not None), fill=1)
            canvas.setFillColorRGB(*badge.ink)
            badge.line.draw(canvas, x + badge.pad, top - baseline)
            x += badge.width + gap
    return draw


def _row_width(badges: Sequence[_Badge], gap: float) -> float:
    return sum(badge.width for badge in badges) + gap * max(0, len(badges) - 1)


def _card(roster: Roster, shift: RosterShift, width: float, scale: float) -> _Card:
    """A shift's card: everything measured from the card's top left corner, at ``scale``."""
    labels = roster.labels
    inner = width - 2 * PADDING - 1.5  # 1.5 pt more on the left keeps text clear of the coloured bar
    x0 = PADDING + 1.5
    s = scale
    time_size, name_size, phone_size, badge_size = 9 * s, 8.5 * s, 7 * s, 6 * s
    gap = 1.6 * s
    draws: list[Draw] = []
    crowded = False

    # Time and staffing on the first line. The time is what the card is for, so it is never cut
    # short: when both do not fit, the staffing goes on a line of its own, which counts as crowded
    # (a larger than normal scale is then given up first).
    y = PADDING + time_size * 0.93
    staffing = _line(f"{shift.staffed}/{shift.min_staff}", time_size, bold=True)
    when = _whole(f"{shift.starts_at:%H:%M}–{shift.ends_at:%H:%M}", time_size, inner, bold=True)
    draws.append(_text(when, x0, y))
    if when.width + 3 + staffing.width > inner:
        crowded = True
        y += time_size * 1.2
    draws.append(_text(staffing, x0 + inner - staffing.width, y, RED if shift.understaffed else GREEN))

    # The role as a dark badge.
    role = _Badge(_fitted(labels.role(shift.role), badge_size, inner - 2 * badge_size * 0.45, True),
                  ROLE_FILL, None, (1.0, 1.0, 1.0), badge_size * 0.45)
    y += time_size * 0.3 + badge_size * 1.25
    draws.append(_badge_row([role], x0, y, gap))
    y += badge_size * 0.45

    # The people: name, then the phone (internal only), language badges on the right.
    names = shown_names(shift.people, roster.public)
    for person, name in zip(shift.people, names, strict=True):
        badges = [_Badge(_line(code.upper(), badge_size), BADGE_FILL, BADGE_STROKE, BLACK, badge_size * 0.35)
                  for code in person.languages if code not in roster.common_languages]
        if person.role and person.role != shift.role:
            own_role = _fitted(labels.role(person.role), badge_size, inner - badge_size * 0.9, bold=True)
            badges.insert(0, _Badge(own_role, ROLE_FILL, None, (1.0, 1.0, 1.0), badge_size * 0.45))
        badges_width = _row_width(badges, gap)
        name_lines = wrap(name, TextStyle(name_size), inner)
        if len(name_lines) > 3:
            name_lines = [*name_lines[:2], with_ellipsis(name_lines[2], inner)]
        phone = "" if roster.public else " ".join(person.phone.split())
        # The badges go on the name's last line if they fit beside it, else on the phone's line,
        # else on a line of their own.
        placed = False
        y += name_size * 0.5
        for index, line in enumerate(name_lines):
            y += name_size * 1.2
            draws.append(_text(line, x0, y))
            if badges and index == len(name_lines) - 1 and line.width + 3 + badges_width <= inner:
                draws.append(_badge_row(badges, x0 + inner - badges_width, y, gap))
                placed = True
        if phone:
            y += phone_size * 1.25
            phone_line = _fitted(phone, phone_size, inner)
            draws.append(_text(phone_line, x0, y, GREY))
            if badges and not placed and phone_line.width + 3 + badges_width <= inner:
                draws.append(_badge_row(badges, x0 + inner - badges_width, y, gap))
                placed = True
        crowded = crowded or len(name_lines) > 1 or (bool(badges) and not placed)
        if badges and not placed:
            for row in _badge_lines(badges, inner, gap):
                y += badge_size * 1.45
                draws.append(_badge_row(row, x0 + inner - _row_width(row, gap), y, gap))
    if not shift.people:
        y += name_size * 1.7
        draws.append(_text(_fitted(labels.nobody, name_size, inner), x0, y, LIGHT_GREY))

    # Wanted languages nobody on the shift speaks.
    missing = shift.missing_languages
    if missing:
        label = _fitted(labels.missing, badge_size + 0.5 * s, inner / 2)
        badges = [_Badge(_line(code.upper(), badge_size, True), AMBER_FILL, AMBER, BLACK, badge_size * 0.35)
                  for code in missing]
        y += badge_size * 0.6 - badge_size * 0.2
        draws.append(_text(label, x0, y + badge_size * 1.45, AMBER))
        for row in _badge_lines(badges, inner - label.width - 3, gap):
            y += badge_size * 1.45
            draws.append(_badge_row(row, x0 + label.width + 3, y, gap))
    accent = RED if shift.understaffed else AMBER if missing else RULE_GREY
    return _Card(y + badge_size * 0.45 + PADDING, accent, tuple(draws), crowded)


def _badge_lines(badges: Sequence[_Badge], width: float, gap: float) -> list[list[_Badge]]:
    """The badges in as many lines as ``width`` needs (a narrow column, many languages)."""
    lines: list[list[_Badge]] = [[]]
    for badge in badges:
        if lines[-1] and _row_width([*lines[-1], badge], gap) > width:
            lines.append([])
        lines[-1].append(badge)
    return lines


# --- drawing -------------------------------------------------------------------------------

def _draw_page(canvas: Canvas, roster: Roster, page: _Page, number: int, pages: int, several_weeks: bool,
               ) -> None:
    _draw_header(canvas, roster, page, several_weeks)
    _draw_footer(canvas, roster, number, pages)
    width = _column_width(len(page.days))
    top = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT
    in_period = set(roster.days)
    shift_days = {shift.starts_at.date() for shift in roster.shifts}
    for column, day in enumerate(page.days):
        x = MARGIN + column * (width + COLUMN_GAP)
        inside = day in in_period or day in shift_days
        canvas.setFillColorRGB(*(HEADER_FILL if inside else OUTSIDE_FILL))
        canvas.rect(x, top - DAY_HEADER_HEIGHT, width, DAY_HEADER_HEIGHT, stroke=0, fill=1)
        title = f"{roster.labels.weekdays[day.weekday()]} {day.day:02d}.{day.month:02d}."
        line = _fitted(title, 9.5, width - 2 * PADDING, bold=True)
        canvas.setFillColorRGB(*(BLACK if inside else LIGHT_GREY))
        line.draw(canvas, x + PADDING, top - DAY_HEADER_HEIGHT / 2 - 9.5 * 0.35)
        if inside and day not in shift_days:
            note = _fitted(roster.labels.no_shifts, 8, width - 2 * PADDING)
            canvas.setFillColorRGB(*LIGHT_GREY)
            note.draw(canvas, x + PADDING, top - DAY_HEADER_HEIGHT - ROW_GAP - 10)
    y = top - DAY_HEADER_HEIGHT - ROW_GAP
    bottom_limit = MARGIN + FOOTER_HEIGHT
    for cells, height in zip(page.rows, page.heights, strict=True):
        for column, card in enumerate(cells):
            if card is not None:
                _draw_card(canvas, card, MARGIN + column * (width + COLUMN_GAP), y, width,
                           min(height, y - bottom_limit))
        y -= height + ROW_GAP


def _draw_card(canvas: Canvas, card: _Card, x: float, top: float, width: float, height: float) -> None:
    canvas.setStrokeColorRGB(*RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, top - height, width, height, stroke=1, fill=0)
    canvas.setFillColorRGB(*card.accent)
    canvas.rect(x, top - height, 2.2, height, stroke=0, fill=1)
    clipped = card.height > height
    if clipped:  # a single card taller than a page: cut at the page's grid, never over the footer
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(x, top - height, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
    for draw in card.draws:
        draw(canvas, x, top)
    if clipped:
        canvas.restoreState()
    canvas.setFillColorRGB(0, 0, 0)


def _draw_header(canvas: Canvas, roster: Roster, page: _Page, several_weeks: bool) -> None:
    top = PAGE_HEIGHT - MARGIN
    half = (PAGE_WIDTH - 2 * MARGIN - COLUMN_GAP * 4) / 2
    title = _fitted(roster.title, 16, half, bold=True)
    canvas.setFillColorRGB(*BLACK)
    title.draw(canvas, MARGIN, top - 16 * 0.93)
    # The period of a one-week roster already names its week; a month's pages need theirs.
    week = roster.labels.week.replace("{week}", str(page.monday.isocalendar()[1])) if several_weeks else ""
    period = _fitted(f"{roster.period_label} · {week}" if week.strip() else roster.period_label, 10.5, half)
    period.draw(canvas, MARGIN, top - 16 * 0.93 - 14)
    site = _fitted(roster.site_name, 10.5, half, bold=True)
    site.draw(canvas, PAGE_WIDTH - MARGIN - site.width, top - 10.5 * 0.93)
    if not roster.public and roster.labels.internal_note.strip():
        note = _fitted(roster.labels.internal_note, 8.5, half, bold=True)
        canvas.setFillColorRGB(*RED)
        note.draw(canvas, PAGE_WIDTH - MARGIN - note.width, top - 10.5 * 0.93 - 13)
    canvas.setFillColorRGB(*BLACK)


def _draw_footer(canvas: Canvas, roster: Roster, number: int, pages: int) -> None:
    labels = roster.labels
    day = roster.printed_on
    baseline = MARGIN + 1
    half = (PAGE_WIDTH - 2 * MARGIN) / 2
    canvas.setStrokeColorRGB(*RULE_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, MARGIN + FOOTER_HEIGHT - 2, PAGE_WIDTH - MARGIN, MARGIN + FOOTER_HEIGHT - 2)
    printed_on = labels.printed_on.replace("{date}", f"{day.day:02d}.{day.month:02d}.{day.year}")
    printed = _fitted(printed_on, 7.5, half)
    canvas.setFillColorRGB(*GREY)
    printed.draw(canvas, MARGIN, baseline)
    page = _fitted(labels.page.replace("{page}", str(number)).replace("{pages}", str(pages)), 7.5, half)
    page.draw(canvas, PAGE_WIDTH - MARGIN - page.width, baseline)
    canvas.setFillColorRGB(*BLACK)
