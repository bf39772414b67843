"""The monthly exchange report: the true counts of a month, and the anonymised report made of them.

Counting is one short read session (storage/report_queries.py); anonymising is pure domain code
(domain/suppression.py). Only ``report()`` results may leave the Welcome Point, and the page shows
nothing else: ``counts()`` holds the small numbers that suppression hides, and exists for the tests
and the benchmark.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from welcome_point.domain.access import Role
from welcome_point.domain.errors import ValidationError
from welcome_point.domain.report import DEFAULT_K, MonthCounts, MonthlyReport, Period, SiteRef, check_k
from welcome_point.domain.report_merge import merge_reports
from welcome_point.domain.suppression import anonymise
from welcome_point.services.access import Access, requires
from welcome_point.storage.engine import Database
from welcome_point.storage.report_queries import month_figures, site_rows
from welcome_point.storage.repositories import SqlSettingsRepository

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService

REPORT_K_KEY = "reports.k"
ALL_SITES = SiteRef("ALL", "All Welcome Points")


class ReportService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today,
                 *, access: Access | None = None, audit: AuditService | None = None) -> None:
        self._access = access or Access()
        self._audit = audit
        self._db = database
        self._today = today

    @requires(Role.STAFF)
    def sites(self) -> list[SiteRef]:
        """Every site, by code."""
        with self._db.read() as session:
            return [SiteRef(code, name) for _, code, name in site_rows(session)]

    @requires(Role.STAFF)
    def default_period(self) -> Period:
        """Last month: the one a report is due for."""
        return Period.before(self._today())

    @requires(Role.STAFF)
    def k(self) -> int:
        with self._db.read() as session:
            stored = SqlSettingsRepository(session).get(REPORT_K_KEY)
        if stored is None:
            return DEFAULT_K
        try:
            return check_k(int(stored))
        except ValueError:  # a damaged setting (ValidationError is a ValueError too) falls back
            return DEFAULT_K

    @requires(Role.STAFF)
    def set_k(self, k: int) -> None:
        check_k(k)
        with self._db.write() as session:
            SqlSettingsRepository(session).set(REPORT_K_KEY, str(k))
            if self._audit is not None:
                self._audit.record_in(session, "settings_changed", "report_k", k)

    @requires(Role.STAFF)
    def counts(self, period: Period, site_code: str | None = None) -> MonthCounts:
        """The true figures of ``period`` for the site with ``site_code``, or all sites together (None)."""
        with self._db.read() as session:
            known = site_rows(session)
            if site_code is None:
                site, codes, site_id = ALL_SITES, tuple(code for _, code, _ in known), None
            else:
                site_id, site = _find(known, site_code)
                codes = (site.code,)
            figures = month_figures(session, period, site_id)
        return MonthCounts(site=site, sites=codes, period=period, totals=figures.totals,
                           tables=figures.tables)

    @requires(Role.STAFF)
    def report(self, period: Period, site_code: str | None = None, k: int | None = None) -> MonthlyReport:
        """The anonymised report of a finished month; ``k`` None takes the stored setting.

        All sites together is the merge of each site's own report, never a fresh suppression of the
        summed counts: else "all sites" minus one site's report would give back another site's
        hidden cells. A month still running is refused: two exports of it a week apart would tell
        that week's figures.
        """
        chosen = self.k() if k is None else check_k(k)
        today = self._today()
        if period.end > today:
            raise ValidationError(f"{period} is not over yet: a report covers a finished month", "period")
        if site_code is not None:
            return anonymise(self.counts(period, site_code), chosen, today)
        sites = self.sites()
        if not sites:
            raise ValidationError("no Welcome Point is set up yet: save the first visit at the desk", "site")
        reports = [anonymise(self.counts(period, site.code), chosen, today) for site in sites]
        if len(reports) == 1:
            return reports[0]
        return merge_reports(reports, today, ALL_SITES, chosen)


def _find(known: list[tuple[int, str, str]], site_code: str) -> tuple[int, SiteRef]:
    """The site with exactly this code, else the only one whose code differs from it in case only."""
    wanted = site_code.strip()
    exact = [(site_id, SiteRef(code, name)) for site_id, code, name in known if code == wanted]
    loose = [(site_id, SiteRef(code, name)) for site_id, code, name in known
             if code.casefold() == wanted.casefold()]
    for found in (exact, loose):
        if len(found) == 1:
            return found[0]
    shown = wanted if len(wanted) <= 40 else wanted[:40] + "…"
    raise ValidationError(f"no Welcome Point with code {shown!r}", "site")
