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
