"""Vocabulary codes as the user reads them: translated labels, languages with their own name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from welcome_point.domain import vocabulary as v


def label(vocabulary: v.Vocabulary, code: str | None) -> str:
    """The translated label of ``code``; an unknown or empty code shows as it is."""
    if code is None or code not in vocabulary:
        return code or ""
    return QCoreApplication.translate(v.CONTEXT, vocabulary.term(code).label)


def language_label(code: str | None) -> str:
    """"Arabic – العربية": the name in the window's language and in the language's own script."""
    if code is None or code not in v.LANGUAGES:
        return code or ""
    term = v.LANGUAGES.term(code)
    name = QCoreApplication.translate(v.CONTEXT, term.label)
    if term.native and term.native != name:
        return f"{name} – {term.native}"
    return name


def choices(vocabulary: v.Vocabulary) -> list[tuple[str, str]]:
    """(code, translated label) in the vocabulary's order, for combo boxes and toggles."""
    return [(term.code, QCoreApplication.translate(v.CONTEXT, term.label)) for term in vocabulary]


def ltr(text: str) -> str:
    """``text`` isolated left to right (U+2066 … U+2069); empty text stays empty.

    In an Arabic or Farsi window a path, phone number, e-mail or web address is left-to-right
    text inside a right-to-left sentence; without the isolation the bidi algorithm reorders its
    parts ("+49 211 555" would show as "555 211 49+", a path's slashes jump about).
    """
    return f"\u2066{text}\u2069" if text else ""
