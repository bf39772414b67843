"""The labels of the monthly report's PDF in German or English, whatever the window's language.

The window and `welcome-point report` both build the PDF's texts here, so that the same month
gives the same PDF from either. Every text field of ``ReportText`` holds its English source
(marked for lupdate in the context "ReportText"); a ``LabelLanguage`` translates it, and the
codes of the report's dimensions get their vocabulary labels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from welcome_point.documents.report_pdf import ReportText
from welcome_point.domain import vocabulary as v
from welcome_point.domain.report import DIMENSIONS
from welcome_point.ui.labels import label
from welcome_point.ui.printing import LabelLanguage

CONTEXT = "ReportText"
# The PDF goes to the city and to partner cities: German and English only.
REPORT_LANGUAGES = ("de", "en")


def report_language(language: str | None) -> str:
    return language if language in REPORT_LANGUAGES else "de"


def term_labels(lang: LabelLanguage) -> Callable[[str, str], str]:
    """(dimension, code) → the code's label in ``lang``; an unknown code shows as it is."""

    def term(dimension: str, code: str) -> str:
        vocabulary = DIMENSIONS.get(dimension)
        if vocabulary is None or code not in vocabulary:
            return code
        return lang.text(v.CONTEXT, vocabulary.term(code).label)

    return term


def report_text(language: str) -> ReportText:
    """Every text of the PDF and the e-mail in ``language`` (de or en)."""
    lang = LabelLanguage(report_language(language))
    return ReportText().translated(lambda source: lang.text(CONTEXT, source), term_labels(lang))


def window_text() -> ReportText:
    """The same texts in the window's language, for the preview: it names things as the PDF does."""
    return ReportText().translated(lambda source: QCoreApplication.translate(CONTEXT, source),
                                   lambda dimension, code: label(DIMENSIONS[dimension], code)
                                   if dimension in DIMENSIONS else code)
