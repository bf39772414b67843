"""Fonts for the PDF documents, and lines of text that come out right in every script we serve.

reportlab joins Arabic letters through HarfBuzz (uharfbuzz) but puts right-to-left text in
visual order only when the optional ``rlbidi`` package is installed, and it is not one of our
dependencies (without it a Paragraph with ``wordWrap="RTL"`` only warns). So this module orders
text itself with a reduced Unicode Bidirectional Algorithm (one paragraph level, no explicit
embeddings or isolates: enough for labels, addresses and opening hours typed at a desk), breaks
lines, and hands each directional run to HarfBuzz, which returns the glyphs of a right-to-left
run already in visual order.

Every character gets the font of its script: Arabic script Noto Sans Arabic, Ethiopic
(Tigrinya) Noto Sans Ethiopic, everything else DejaVu Sans. Spaces, digits and punctuation stay
in the font of their neighbour when it has them, so an Arabic run is not cut (and unjoined) at
every space.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.abag import ABag  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord  # type: ignore[import-untyped]

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"

# Languages written in Arabic script in our vocabulary. Kurdish ("ku") may be Latin (Kurmanji) or
# Arabic script (Sorani); its column turns right-to-left when its labels start with Arabic letters.
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ps"})

SANS = "WelcomePoint-DejaVuSans"
SANS_BOLD = "WelcomePoint-DejaVuSans-Bold"
ARABIC = "WelcomePoint-NotoSansArabic"
ARABIC_BOLD = "WelcomePoint-NotoSansArabic-Bold"
ETHIOPIC = "WelcomePoint-NotoSansEthiopic"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",  # no bold cut ships: bold Tigrinya stays regular
}
_registered = False
_lock = threading.Lock()

# Noto Sans Arabic has a smaller body than DejaVu Sans: at the same point size Arabic looks a
# size smaller next to Latin, so its runs are set a little larger (Ethiopic likewise).
_OPTICAL_SIZE = {ARABIC: 1.12, ARABIC_BOLD: 1.12, ETHIOPIC: 1.08}

ELLIPSIS = "…"
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_FEATURES = {"kern": True, "liga": True}  # reportlab adds "dlig", too ornate for a form
_PIECES = re.compile(r"\S+\s*|\s+")


def register_fonts() -> None:
    """Load the bundled TrueType fonts into reportlab once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
        _registered = True


def is_rtl_language(language: str) -> bool:
    return language in ARABIC_SCRIPT_LANGUAGES


def starts_right_to_left(text: str) -> bool | None:
    """The direction of the first strong character (rules P2/P3), None when there is none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return None


@dataclass(frozen=True)
class TextStyle:
    size: float
    bold: bool = False
    leading_factor: float = 1.38

    @property
    def leading(self) -> float:
        return self.size * self.leading_factor


@dataclass(frozen=True)
class Run:
    """Text in one font and one direction, ready to draw: glyphs already in visual order."""

    font: str
    size: float
    text: str  # a reportlab ShapedStr when HarfBuzz changed anything, else a plain str
    width: float


@dataclass(frozen=True)
class TextLine:
    runs: tuple[Run, ...]  # visual order, left to right
    size: float
    bold: bool
    rtl: bool  # the paragraph direction the line was ordered in
    logical: str  # the line as typed, for tests and truncation

    @property
    def width(self) -> float:
        return sum(run.width for run in self.runs)

    def draw(self, canvas: Any, x: float, y: float) -> None:
        for run in self.runs:
            canvas.setFont(run.font, run.size)
            canvas.drawString(x, y, run.text)
            x += run.width


# --- fonts per character -------------------------------------------------------------------

def _script_font(char: str, bold: bool) -> str | None:
    """The font of the character's script; None for characters any script uses (digits, spaces…)."""
    code = ord(char)
    if (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x0870 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
        if unicodedata.bidirectional(char) in ("AL", "R", "NSM", "AN"):
            return ARABIC_BOLD if bold else ARABIC
        return None  # Arabic comma, question mark…: follow the neighbours
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return ETHIOPIC
    if unicodedata.bidirectional(char) in ("L", "R"):
        return SANS_BOLD if bold else SANS
    return None


@functools.cache
def _covers(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def _fonts(text: str, bold: bool) -> list[str]:
    fallback = SANS_BOLD if bold else SANS
    fonts: list[str | None] = [_script_font(c, bold) for c in text]
    for i, font in enumerate(fonts):
        if font is not None and not _covers(font, text[i]):
            fonts[i] = fallback
    resolved: list[str] = []
    for i, char in enumerate(text):
        font = fonts[i]
        if font is None:
            previous = resolved[-1] if resolved else None
            following = next((f for f in fonts[i + 1:] if f is not None), None)
            font = next((f for f in (previous, following) if f is not None and _covers(f, char)), fallback)
        resolved.append(font)
    return resolved


# --- the reduced bidirectional algorithm ---------------------------------------------------

def _levels(text: str, rtl: bool) -> list[int]:
    """Embedding levels per character (UAX #9 rules W1–W7, N1–N2, I1–I2 for one paragraph)."""
    sos = "R" if rtl else "L"
    types = [unicodedata.bidirectional(c) or "ON" for c in text]
    n = len(types)
    previous = sos
    for i, kind in enumerate(types):  # W1
        if kind == "NSM":
            types[i] = previous
        else:
            previous = kind
    last_strong = sos
    for i, kind in enumerate(types):  # W2, W3
        if kind in ("L", "R", "AL"):
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
        if types[i] == "AL":
            types[i] = "R"
    for i in range(1, n - 1):  # W4
        before, after = types[i - 1], types[i + 1]
        if before == after and ((types[i] == "ES" and before == "EN")
                                or (types[i] == "CS" and before in ("EN", "AN"))):
            types[i] = before
    i = 0
    while i < n:  # W5
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j
    types = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]  # W6
    last_strong = sos
    for i, kind in enumerate(types):  # W7
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"

    def strong(kind: str) -> str | None:
        return "L" if kind == "L" else "R" if kind in ("R", "EN", "AN") else None

    i = 0
    while i < n:  # N1, N2
        if strong(types[i]) is not None:
            i += 1
            continue
        j = i
        while j < n and strong(types[j]) is None:
            j += 1
        # The neighbours are strong by construction; sos and eos are the paragraph direction.
        before = (strong(types[i - 1]) if i > 0 else None) or sos
        after = (strong(types[j]) if j < n else None) or sos
        types[i:j] = [before if before == after else sos] * (j - i)
        i = j
    if rtl:  # I2
        return [1 if kind == "R" else 2 for kind in types]
    return [0 if kind == "L" else 1 if kind == "R" else 2 for kind in types]  # I1


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2 over runs: reverse every sequence at level k or higher, from the highest k to 1."""
    order = list(range(len(levels)))
    if not levels:
        return order
    for k in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < k:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= k:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def visual_order(text: str, rtl: bool) -> str:
    """The characters of one line in display order, mirrored where right to left, unshaped.

    What the bidirectional algorithm alone makes of ``text``; ``shape_line`` orders runs the
    same way and lets HarfBuzz order the characters inside Arabic runs.
    """
    levels = _levels(text, rtl)
    return "".join(text[i].translate(_MIRRORED) if levels[i] % 2 else text[i] for i in _visual_order(levels))


def _shaped_run(text: str, font: str, size: float, level: int) -> Run:
    size *= _OPTICAL_SIZE.get(font, 1.0)
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        # Latin, Cyrillic and Ethiopic need no shaping, and HarfBuzz with reportlab's default
        # features would set "st" as a discretionary ligature. Neutral characters resolved
        # right-to-left between Arabic words are ordered and mirrored here.
        if level % 2:
            text = text[::-1].translate(_MIRRORED)
        return Run(font, size, text, pdfmetrics.stringWidth(text, font, size))
    # HarfBuzz guesses the script and direction (Arabic: right to left, brackets mirrored),
    # joins the letters and returns the glyphs in visual order.
    bag = ABag(fontName=font, fontSize=size)
    word = shapeFragWord([pdfmetrics.stringWidth(text, font, size), (bag, text)], features=_FEATURES)
    shaped = word[1][1]
    data = getattr(shaped, "__shapeData__", None)
    width = sum(item.x_advance for item in data) * size / 1000 if data else word[0]
    return Run(font, size, shaped, width)


@functools.lru_cache(maxsize=4096)
def shape_line(text: str, size: float, bold: bool, rtl: bool) -> TextLine:
    """One line in paragraph direction ``rtl``: runs by level and font, in visual order."""
    register_fonts()
    text = unicodedata.normalize("NFC", text)
    if not text:
        return TextLine((), size, bold, rtl, text)
    levels = _levels(text, rtl)
    fonts = _fonts(text, bold)
    spans: list[tuple[int, int, int, str]] = []  # start, end, level, font
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start] or fonts[i] != fonts[start]:
            spans.append((start, i, levels[start], fonts[start]))
            start = i
    order = _visual_order([level for _, _, level, _ in spans])
    runs = tuple(_shaped_run(text[spans[k][0]:spans[k][1]], spans[k][3], size, spans[k][2]) for k in order)
    return TextLine(runs, size, bold, rtl, text)


def text_width(text: str, style: TextStyle, rtl: bool = False) -> float:
    return shape_line(text, style.size, style.bold, rtl).width


# --- paragraphs ----------------------------------------------------------------------------

def wrap(text: str, style: TextStyle, width: float, *, rtl_default: bool = False) -> list[TextLine]:
    """Break ``text`` into lines no wider than ``width``; newlines start new paragraphs.

    Each paragraph takes its direction from its first strong character (``rtl_default`` when it
    has none, e.g. a phone number), and lines are broken in logical order before each is
    reordered, as UAX #9 prescribes. A word longer than a line is cut between characters.
    """
    lines: list[TextLine] = []
    for paragraph in text.splitlines() or [""]:
        paragraph = " ".join(paragraph.split())
        direction = starts_right_to_left(paragraph)
        rtl = rtl_default if direction is None else direction
        current = ""
        for piece in _PIECES.findall(paragraph):
            candidate = current + piece
            if not current or text_width(candidate.rstrip(), style, rtl) <= width:
                current = candidate
            else:
                lines.append(shape_line(current.rstrip(), style.size, style.bold, rtl))
                current = piece
            while text_width(current.rstrip(), style, rtl) > width:
                head = _longest_fitting_prefix(current.rstrip(), style, width, rtl)
                lines.append(shape_line(head, style.size, style.bold, rtl))
                current = current[len(head):].lstrip()
        lines.append(shape_line(current.rstrip(), style.size, style.bold, rtl))
    return lines


def _longest_fitting_prefix(text: str, style: TextStyle, width: float, rtl: bool) -> str:
    low, high = 1, len(text)  # at least one character, or a too-narrow box would loop forever
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle], style, rtl) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low]


def with_ellipsis(line: TextLine, width: float) -> TextLine:
    """The line cut short enough to end in "…" within ``width`` (the last visible line of a box)."""
    text = line.logical.rstrip(ELLIPSIS).rstrip()
    while text:
        candidate = shape_line(text + ELLIPSIS, line.size, line.bold, line.rtl)
        if candidate.width <= width:
            return candidate
        text = text[:-1].rstrip()
    return shape_line(ELLIPSIS, line.size, line.bold, line.rtl)


# --- boxes of text -------------------------------------------------------------------------

GREY = (0.36, 0.36, 0.36)
_ASCENT = 0.93  # of the font size: DejaVu and Noto ascenders, so the first line touches the top
_DESCENT = 0.3


@dataclass(frozen=True)
class Block:
    """A paragraph in a box; sizes and space are at scale 1 and shrink together when fitting."""

    text: str
    size: float
    bold: bool = False
    grey: bool = False
    space_before: float = 0.0
    rtl_default: bool = False  # direction when the text has no letters (phone numbers: False)
    max_lines: int | None = None


@dataclass(frozen=True)
class PlacedLine:
    line: TextLine
    baseline: float  # distance from the top of the box down to the baseline
    grey: bool


@dataclass(frozen=True)
class Box:
    lines: tuple[PlacedLine, ...]
    height: float  # from the top of the box to the lowest descender


def layout_blocks(blocks: Sequence[Block], width: float, scale: float = 1.0) -> Box:
    placed: list[PlacedLine] = []
    y = 0.0
    previous_size: float | None = None
    for block in blocks:
        style = TextStyle(block.size * scale, block.bold)
        lines = wrap(block.text, style, width, rtl_default=block.rtl_default)
        if block.max_lines is not None and len(lines) > block.max_lines:
            lines = [*lines[:block.max_lines - 1], with_ellipsis(lines[block.max_lines - 1], width)]
        if previous_size is not None:
            y += block.space_before * scale
        for line in lines:
            if previous_size is None:
                y += style.size * _ASCENT
            else:  # a small label under a large title needs more than its own leading
                y += max(style.leading, (previous_size * _DESCENT + style.size * _ASCENT) * 1.08)
            placed.append(PlacedLine(line, y, block.grey))
            previous_size = style.size
    height = y + (placed[-1].line.size * _DESCENT if placed else 0.0)
    return Box(tuple(placed), height)


def fit_boxes(boxes: Sequence[tuple[Sequence[Block], float]], height: float,
              scales: Sequence[float] = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62)) -> list[Box]:
    """Lay out boxes that share one height at the largest common scale at which all fit.

    Shrinking them together keeps both language columns of a slip at the same size; when even
    the smallest scale overflows, the lines below the box are dropped and the last one shown
    ends in "…" rather than running off the paper.
    """
    laid: list[Box] = []
    for scale in scales:
        laid = [layout_blocks(blocks, width, scale) for blocks, width in boxes]
        if all(box.height <= height for box in laid):
            return laid
    return [_cut(box, width, height) for box, (_, width) in zip(laid, boxes, strict=True)]


def _cut(box: Box, width: float, height: float) -> Box:
    if box.height <= height:
        return box
    kept = [p for p in box.lines if p.baseline + p.line.size * _DESCENT <= height]
    if kept:
        last = kept[-1]
        kept[-1] = PlacedLine(with_ellipsis(last.line, width), last.baseline, last.grey)
    return Box(tuple(kept), height)


def draw_box(canvas: Any, box: Box, x: float, top: float, width: float, *, align_right: bool) -> None:
    """Draw at ``top`` (PDF points from the bottom of the page); right-aligned for RTL columns."""
    for placed in box.lines:
        canvas.setFillColorRGB(*(GREY if placed.grey else (0, 0, 0)))
        left = x + width - placed.line.width if align_right else x
        placed.line.draw(canvas, left, top - placed.baseline)
    canvas.setFillColorRGB(0, 0, 0)
