"""Builds each page of the main window with the services and signals it needs (lazily imported)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from welcome_point.ui.settings_page import SettingsPage

if TYPE_CHECKING:
    from welcome_point.services.container import Services
    from welcome_point.ui.main_window import MainWindow


class PageFactory:
    """One method per page key; each imports its page module only when the page is first shown."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def build(self, key: str) -> QWidget:
        page: QWidget = getattr(self, f"{key}_page")()
        return page

    def desk_page(self) -> QWidget:
        from welcome_point.ui.desk_page import DeskPage

        window = self._window
        services = window.services
        return DeskPage(services.desk, services.directory.suggest, window.hub, window.printing(),
                        settings=window.ui_settings)

    def visits_page(self) -> QWidget:
        from welcome_point.ui.visits_page import VisitsPage

        return VisitsPage(self._window.services.visits, self._window.hub)

    def referrals_page(self) -> QWidget:
        from welcome_point.ui.referrals_page import ReferralsPage

        window = self._window
        page = ReferralsPage(window.services.referrals, window.hub)
        page.slip_requested.connect(lambda referral_id: window.printing().referral_slips((referral_id,)))
        return page

    def directory_page(self) -> QWidget:
        from welcome_point.ui.directory_page import DirectoryPage

        return DirectoryPage(self._window.services.directory, self._window.hub)

    def volunteers_page(self) -> QWidget:
        from welcome_point.ui.volunteers_page import VolunteersPage

        window = self._window
        page = VolunteersPage(window.services.volunteers, window.hub)
        page.certificate_requested.connect(lambda volunteer: window.printing().ask_certificate(volunteer))
        page.calendar_requested.connect(lambda volunteer: window.printing().ask_calendar(volunteer))
        return page

    def shifts_page(self) -> QWidget:
        from welcome_point.ui.shifts_page import ShiftsPage

        page = ShiftsPage(self._window.services.shifts, self._window.hub)
        page.roster_requested.connect(lambda monday: self._window.printing().ask_roster(monday))
        return page

    def reports_page(self) -> QWidget:
        from welcome_point.ui.reports_page import ReportsPage

        services = self._window.services
        return ReportsPage(services.reports, services.report_files, self._window.hub,
                           exports_dir=services.exports_dir, language=self._window.language)

    def settings_page(self) -> QWidget:
        page = SettingsPage(self._window.language)
        page.language_requested.connect(self._window.language_requested)
        page.site_saved.connect(lambda site: self._window.show_site(site.name))
        page.lock_minutes_changed.connect(self._window.use_lock_minutes)
        return page

    def accounts_page(self) -> QWidget:
        from welcome_point.ui.accounts_page import AccountsPage

        services = self._window.services
        page = AccountsPage(services.auth, lambda: services.volunteers.search("", include_inactive=True))
        page.accounts_changed.connect(self._window.check_principal)
        return page

    def privacy_page(self) -> QWidget:
        from welcome_point.ui.privacy_page import PrivacyPage

        page = PrivacyPage(self._window.services, self._window.hub, language=self._window.language)
        page.restored.connect(self._window.after_restore)
        return page


class RuleAccess:
    """The shift rules and the certificate threshold, from their two services, for Settings."""

    def __init__(self, services: Services) -> None:
        self.rules = services.shifts.rules
        self.set_rules = services.shifts.set_rules
        self.threshold = services.certificates.threshold
        self.set_threshold = services.certificates.set_threshold


