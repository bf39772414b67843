"""The partner directory as a CSV file: reading a spreadsheet's export, and writing one back.

Reading never stops at the first bad row: every problem of every row is collected with the
line it is on, so that a person can correct the file once and import it again. Problems carry
stable codes (``MISSING_NAME``, ``BAD_PHONE``…) that the UI turns into sentences in the user's
language. A file as a whole can be refused too (not UTF-8, too large): ``DirectoryFileError``.

Line numbers are the rows a spreadsheet shows: the header is line 1, the first organisation
line 2 (a cell with a line break inside still counts as one row).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from welcome_point.domain import vocabulary as v
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.models import CONTROL_CHARACTERS, ORGANISATION_TEXT_LIMITS, Organisation

# Absurd files are refused before any row is looked at: a directory of a city has hundreds
# of entries, not tens of thousands.
MAX_ROWS = 5000
MAX_BYTES = 2 * 1024 * 1024

# The columns of an export, in order; an import accepts them in any order (and German names).
COLUMNS = ("name", "category", "address", "phone", "email", "website", "opening_hours", "what_to_bring",
           "topics", "languages", "example", "archived")
REQUIRED_COLUMNS = ("name", "category")
TEXT_FIELDS = tuple(ORGANISATION_TEXT_LIMITS)

# Problem codes: stable, translated by the UI.
MISSING_NAME = "missing_name"
MISSING_CATEGORY = "missing_category"
UNKNOWN_CATEGORY = "unknown_category"
BAD_PHONE = "bad_phone"
BAD_EMAIL = "bad_email"
BAD_URL = "bad_url"
UNKNOWN_TOPIC = "unknown_topic"
UNKNOWN_LANGUAGE = "unknown_language"
TOO_LONG = "too_long"
CONTROL_CHARACTER = "control_character"
BAD_YES_NO = "bad_yes_no"
WRONG_COLUMN_COUNT = "wrong_column_count"
MISSING_HEADER = "missing_header"
UNKNOWN_COLUMN = "unknown_column"
DUPLICATE_COLUMN = "duplicate_column"
VALUE_WITHOUT_HEADER = "value_without_header"
DUPLICATE_ROW = "duplicate_row"  # value: the line of the first occurrence
ALREADY_IN_DIRECTORY = "already_in_directory"  # found by the service, not here
INVALID = "invalid"  # a rule of the Organisation class this module does not know; value: its message

# File-level errors.
FILE_TOO_LARGE = "too_large"
FILE_TOO_MANY_ROWS = "too_many_rows"
FILE_NOT_UTF8 = "not_utf8"
FILE_UTF16 = "utf16"
FILE_EMPTY = "empty"
FILE_BAD_CSV = "bad_csv"
FILE_UNREADABLE = "unreadable"


class DirectoryFileError(ValidationError):
    """The file cannot be read as a directory at all; ``code`` says why, ``line`` where (or 0)."""

    def __init__(self, code: str, message: str, line: int = 0) -> None:
        super().__init__(message, "file")
        self.code = code
        self.line = line


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    field: str  # a column key of COLUMNS, or "" for the row as a whole
    code: str
    value: str = ""  # the offending value (shortened), for the message


@dataclass(frozen=True, slots=True)
class ImportedRow:
    line: int
    organisation: Organisation


@dataclass(frozen=True, slots=True)
class DirectoryImport:
    rows: tuple[ImportedRow, ...]
    problems: tuple[RowProblem, ...]
    delimiter: str
    row_count: int  # data rows read, good and bad

    @property
    def organisations(self) -> tuple[Organisation, ...]:
        return tuple(row.organisation for row in self.rows)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({problem.line for problem in self.problems}))


# -- field rules shared with the form --------------------------------------------------------

# Same set as models.check_text: line breaks and tabs are text, the rest of C0 is not.
_PHONE_CHARACTERS = frozenset("0123456789 +/-()")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def text_problem(field: str, value: str) -> str | None:
    """The problem code of one text field's (stripped) value, or None when it is fine.

    The form and the import both use it, so that whatever a form saves re-imports cleanly.
    """
    if field == "name" and not value.strip():
        return MISSING_NAME
    limit = ORGANISATION_TEXT_LIMITS.get(field)
    if limit is not None and len(value) > limit:
        return TOO_LONG
    if any(c in CONTROL_CHARACTERS for c in value):
        return CONTROL_CHARACTER
    if not value:
        return None
    if field == "phone" and not _is_phone(value):
        return BAD_PHONE
    if field == "email" and not _EMAIL.fullmatch(value):
        return BAD_EMAIL
    if field == "website" and not _is_web_address(value):
        return BAD_URL
    return None


def _is_phone(value: str) -> bool:
    return set(value) <= _PHONE_CHARACTERS and sum(c.isdigit() for c in value) >= 5


def _is_web_address(value: str) -> bool:
    if any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # a malformed port or IPv6 literal
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host) and "." in (host or "")


def check_organisation(organisation: Organisation) -> None:
    """Raise ValidationError (naming the field) for a value the directory does not accept.

    The Organisation class bounds lengths and codes; this adds the formats of phone, e-mail
    and website, which only the directory cares about.
    """
    for field in TEXT_FIELDS:
        code = text_problem(field, getattr(organisation, field))
        if code is not None:
            raise ValidationError(f"{field}: {_ENGLISH.get(code, code)}", field)


_ENGLISH = {
    MISSING_NAME: "an organisation needs a name",
    TOO_LONG: "the text is too long",
    CONTROL_CHARACTER: "the text contains a control character",
    BAD_PHONE: "only digits, spaces and + / - ( ) are allowed, with at least 5 digits",
    BAD_EMAIL: "not an e-mail address",
    BAD_URL: "a web address starts with http:// or https:// and names a host",
}


# -- reading ---------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Öffnungszeiten" and "offnungszeiten" meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", fold(text).strip().rstrip(":*").strip())


_HEADER_ALIASES = {
    "name": ("name", "organisation", "organization", "einrichtung", "organisation_name",
             "name_der_einrichtung"),
    "category": ("category", "kategorie", "art", "typ"),
    "address": ("address", "adresse", "anschrift"),
    "phone": ("phone", "telephone", "phone_number", "telefon", "telefonnummer", "tel", "tel."),
    "email": ("email", "e_mail", "mail", "e_mail_adresse", "email_address"),
    "website": ("website", "web", "url", "homepage", "webseite", "internet", "internetseite"),
    "opening_hours": ("opening_hours", "hours", "offnungszeiten", "oeffnungszeiten", "sprechzeiten"),
    "what_to_bring": ("what_to_bring", "bring", "mitzubringen", "mitbringen", "was_mitbringen",
                      "unterlagen"),
    "topics": ("topics", "topic", "themen", "thema"),
    "languages": ("languages", "language", "sprachen", "sprache"),
    "example": ("example", "is_example", "beispiel", "beispieldaten"),
    "archived": ("archived", "archiviert"),
}
HEADER_ALIASES = {_header_key(alias): key for key, aliases in _HEADER_ALIASES.items() for alias in aliases}

# German names as the German window shows them, so that a list typed from the German screen
# imports as it is. English labels and codes are accepted for every vocabulary.
_GERMAN = {
    "organisation_category": {
        "behörde": "authority", "amt": "authority", "beratungsstelle": "counselling",
        "beratung": "counselling",
        "sprachkurs": "language_course", "gesundheitsversorgung": "health", "gesundheit": "health",
        "wohnungshilfe": "housing", "wohnen": "housing", "rechtsberatung": "legal_aid",
        "rechtshilfe": "legal_aid", "bildung": "education", "arbeitsmarkt": "labour_market",
        "begegnung & freizeit": "community", "begegnung": "community", "freizeit": "community",
        "anderes angebot": "other", "sonstiges": "other",
    },
    "topic": {
        "aufenthalt & asyl": "residence", "wohnen": "housing", "deutschkurse": "german_course",
        "arbeit & ausbildung": "work", "schule & kinderbetreuung": "school", "gesundheit": "health",
        "leistungen & jobcenter": "benefits", "familie & familiennachzug": "family",
        "briefe & formulare": "letters", "freizeit & begegnung": "leisure", "ehrenamt": "volunteering",
        "spenden": "donations", "anderes thema": "other",
    },
    "language": {
        "deutsch": "de", "englisch": "en", "arabisch": "ar", "persisch": "fa", "farsi": "fa", "dari": "fa",
        "ukrainisch": "uk", "russisch": "ru", "türkisch": "tr", "kurdisch": "ku", "tigrinisch": "ti",
        "somalisch": "so", "paschtu": "ps", "französisch": "fr", "albanisch": "sq", "rumänisch": "ro",
        "bulgarisch": "bg", "spanisch": "es", "andere sprache": "other",
    },
}


def _lookup_table(vocabulary: v.Vocabulary) -> dict[str, str]:
    table: dict[str, str] = {}
    for term in vocabulary:
        for name in (term.code, term.label, term.native):
            if name:
                table[fold(name)] = term.code
    for name, code in _GERMAN.get(vocabulary.name, {}).items():
        table.setdefault(fold(name), code)
    return table


_CATEGORY_NAMES = _lookup_table(v.ORGANISATION_CATEGORIES)
_TOPIC_NAMES = _lookup_table(v.TOPICS)
_LANGUAGE_NAMES = _lookup_table(v.LANGUAGES)
_YES = {"yes", "y", "ja", "j", "true", "wahr", "1", "x"}
_NO = {"", "no", "n", "nein", "false", "falsch", "0"}
# write_csv defuses these with a leading apostrophe; reading takes it off again.
_DEFUSED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def decode_directory_bytes(data: bytes) -> str:
    """The text of a CSV file: UTF-8, with or without a byte order mark; others refused clearly."""
    if len(data) > MAX_BYTES:
        raise DirectoryFileError(FILE_TOO_LARGE, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DirectoryFileError(FILE_UTF16, "the file is UTF-16 text; save it as CSV UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DirectoryFileError(FILE_NOT_UTF8, f"line {line} is not UTF-8 text; save the file as CSV UTF-8",
                                 line) from None


def detect_delimiter(text: str) -> str:
    """``;`` (German spreadsheets) or ``,``: whichever the header line holds more of."""
    header = next((line for line in text.lstrip("\ufeff").splitlines() if line.strip()), "")
    return ";" if header.count(";") > header.count(",") else ","


def _cell(value: str) -> str:
    value = value.replace("\r\n", "\n").strip()
    if value.startswith(_DEFUSED):
        value = value[1:]
    return value


def _short(value: str, length: int = 60) -> str:
    return value if len(value) <= length else value[:length] + "…"


def _codes(text: str, names: dict[str, str]) -> tuple[list[str], list[str]]:
    """Codes named in a cell ("residence|family", "de en", "Arabic | Farsi/Dari"), and the unknown names."""
    found: list[str] = []
    unknown: list[str] = []
    for part in text.split("|"):
        part = part.strip()
        if not part:
            continue
        if fold(part) in names:
            found.append(names[fold(part)])
            continue
        for word in re.split(r"[\s,;]+", part):
            if word and fold(word) in names:
                found.append(names[fold(word)])
            elif word:
                unknown.append(word)
    return found, unknown


def _in_order(codes: Iterable[str], vocabulary: v.Vocabulary) -> tuple[str, ...]:
    chosen = set(codes)
    return tuple(code for code in vocabulary.codes if code in chosen)


def identity_key(name: str, address: str) -> tuple[str, str]:
    return " ".join(fold(name).split()), " ".join(fold(address).split())


def identity(organisation: Organisation) -> tuple[str, str]:
    """What makes two entries the same organisation: name and address, case and accents aside."""
    return identity_key(organisation.name, organisation.address)


def _header(cells: Sequence[str], line: int, problems: list[RowProblem]) -> list[str | None]:
    keys: list[str | None] = []
    for cell in cells:
        text = _cell(cell)
        if not text:
            keys.append(None)  # an empty column at the edge of a spreadsheet's export
            continue
        key = HEADER_ALIASES.get(_header_key(text))
        if key is None:
            problems.append(RowProblem(line, "", UNKNOWN_COLUMN, _short(text)))
        elif key in keys:
            problems.append(RowProblem(line, key, DUPLICATE_COLUMN, _short(text)))
            key = None
        keys.append(key)
    for key in REQUIRED_COLUMNS:
        if key not in keys:
            problems.append(RowProblem(line, key, MISSING_HEADER, key))
    return keys


def _row(values: dict[str, str], line: int) -> tuple[Organisation | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(field: str, code: str, value: str = "") -> None:
        problems.append(RowProblem(line, field, code, _short(value)))

    for field in TEXT_FIELDS:
        code = text_problem(field, values.get(field, ""))
        if code is not None:
            problem(field, code, values.get(field, ""))
    category_text = values.get("category", "")
    category = _CATEGORY_NAMES.get(fold(category_text))
    if not category_text:
        problem("category", MISSING_CATEGORY)
    elif category is None:
        problem("category", UNKNOWN_CATEGORY, category_text)
    topics, unknown = _codes(values.get("topics", ""), _TOPIC_NAMES)
    for word in unknown:
        problem("topics", UNKNOWN_TOPIC, word)
    languages, unknown = _codes(values.get("languages", ""), _LANGUAGE_NAMES)
    for word in unknown:
        problem("languages", UNKNOWN_LANGUAGE, word)
    flags: dict[str, bool] = {}
    for field in ("example", "archived"):
        text = fold(values.get(field, ""))
        if text not in _YES | _NO:
            problem(field, BAD_YES_NO, values.get(field, ""))
        flags[field] = text in _YES
    if problems:
        return None, sorted(problems, key=lambda p: COLUMNS.index(p.field))
    assert category is not None
    try:
        organisation = Organisation(
            id=None, name=values["name"], category=category, address=values.get("address", ""),
            phone=values.get("phone", ""), email=values.get("email", ""), website=values.get("website", ""),
            opening_hours=values.get("opening_hours", ""), what_to_bring=values.get("what_to_bring", ""),
            topics=_in_order(topics, v.TOPICS), languages=_in_order(languages, v.LANGUAGES),
            is_example=flags["example"], archived=flags["archived"])
    except ValidationError as exc:  # a rule added to the class later: reported, never a crash
        return None, [RowProblem(line, exc.field or "", INVALID, _short(str(exc)))]
    return organisation, []


def parse_directory_csv(text: str) -> DirectoryImport:
    """Every organisation of the file, and every problem of every line.

    Raises DirectoryFileError for a file that cannot be a directory at all (empty, too many
    rows, broken CSV quoting).
    """
    if len(text) > MAX_BYTES:
        raise DirectoryFileError(FILE_TOO_LARGE, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    text = text.removeprefix("\ufeff")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    problems: list[RowProblem] = []
    rows: list[ImportedRow] = []
    keys: list[str | None] | None = None
    first_line: dict[tuple[str, str], int] = {}
    row_count = 0
    line = 0
    try:
        for cells in reader:
            line += 1
            if not any(cell.strip() for cell in cells):
                continue  # blank lines (often at the end of a spreadsheet's export)
            if keys is None:
                keys = _header(cells, line, problems)
                if problems:
                    break  # with columns unknown, every row would be misread
                continue
            row_count += 1
            if row_count > MAX_ROWS:
                raise DirectoryFileError(FILE_TOO_MANY_ROWS, f"the file has more than {MAX_ROWS} rows")
            if len(cells) > len(keys):
                if any(cell.strip() for cell in cells[len(keys):]):
                    problems.append(RowProblem(line, "", WRONG_COLUMN_COUNT, str(len(cells))))
                    continue
            elif len(cells) < len(keys):
                problems.append(RowProblem(line, "", WRONG_COLUMN_COUNT, str(len(cells))))
                continue
            if any(key is None and cell.strip() for key, cell in zip(keys, cells, strict=False)):
                problems.append(RowProblem(line, "", VALUE_WITHOUT_HEADER))
                continue
            values = {key: _cell(cell) for key, cell in zip(keys, cells, strict=False) if key is not None}
            organisation, found = _row(values, line)
            problems.extend(found)
            if organisation is None:
                continue
            earlier = first_line.setdefault(identity(organisation), line)
            if earlier != line:
                problems.append(RowProblem(line, "name", DUPLICATE_ROW, str(earlier)))
                continue
            rows.append(ImportedRow(line, organisation))
    except csv.Error as exc:
        raise DirectoryFileError(FILE_BAD_CSV, f"line {line + 1}: {exc}", line + 1) from None
    if keys is None:
        raise DirectoryFileError(FILE_EMPTY, "the file is empty")
    return DirectoryImport(rows=tuple(rows), problems=tuple(problems), delimiter=delimiter,
                           row_count=row_count)


# -- writing ---------------------------------------------------------------------------------

def directory_csv_rows(organisations: Iterable[Organisation]) -> tuple[tuple[str, ...], list[list[str]]]:
    """The header and rows of an export; ``parse_directory_csv`` reads them back unchanged."""
    rows = [[o.name, o.category, o.address, o.phone, o.email, o.website, o.opening_hours, o.what_to_bring,
             "|".join(o.topics), "|".join(o.languages), "yes" if o.is_example else "",
             "yes" if o.archived else ""]
            for o in organisations]
    return COLUMNS, rows
