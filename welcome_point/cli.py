"""The `welcome-point` command: the GUI by default, and headless sub-commands.

Bad input ends with one line on stderr and a non-zero exit code, never a traceback:
2 for a wrong command line, 1 for anything the data or the machine refuses.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from welcome_point import APP_ID, APP_NAME, __version__
from welcome_point.domain.errors import DataFolderError, ValidationError, WelcomePointError

if TYPE_CHECKING:
    from welcome_point.services.audit import AuditService
    from welcome_point.services.container import Services
    from welcome_point.services.report_export import ExportResult
    from welcome_point.storage.engine import Database

LANGUAGE_CODES = ("de", "en", "ar", "fa", "uk", "tr")  # ui.i18n.LANGUAGES, without importing Qt
REPORT_LANGUAGES = ("de", "en")  # ui.report_text.REPORT_LANGUAGES


_NULL_HANDLER = logging.NullHandler()


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _months(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if not 1 <= value <= 60:
        raise argparse.ArgumentTypeError("must be between 1 and 60")
    return value


def _week(text: str) -> tuple[date, date]:
    """"2026-W48" → Monday and Sunday of ISO week 48 of 2026."""
    try:
        year, week = text.upper().split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be an ISO week like 2026-W48, not {text!r}") from None
    return monday, monday + timedelta(days=6)


def _month(text: str) -> tuple[date, date]:
    """"2026-11" → the first and the last day of November 2026."""
    try:
        year, month = (int(part) for part in text.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a month like 2026-11, not {text!r}") from None
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _year(text: str) -> tuple[date, date]:
    try:
        year = int(text)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a year like 2026, not {text!r}") from None


def _formats(text: str) -> tuple[str, ...]:
    """"pdf,json" → ("pdf", "json"), checked as the export checks them."""
    from welcome_point.services.report_export import FORMATS, check_formats

    try:
        return check_formats([part for part in text.split(",") if part.strip()])
    except ValidationError as error:
        raise argparse.ArgumentTypeError(
            f"must be one or more of {','.join(FORMATS)} separated by commas ({error})") from None


def _add_report_output(command: argparse.ArgumentParser) -> None:
    """--lang, --format and --out: shared by `report` and `merge`."""
    # dest differs from the window's --lang, which stays usable before the command.
    command.add_argument("--lang", dest="report_lang", choices=REPORT_LANGUAGES, metavar="de|en",
                         help="language of the PDF (default: de, or the --lang given before the command)")
    command.add_argument("--format", dest="formats", type=_formats, default=None,
                         metavar="pdf,csv,json", help="the files to write (default: all three)")
    command.add_argument("--out", type=Path, required=True, metavar="DIR",
                         help="the folder to write into (a USB stick, say); the files go into a new "
                              "subfolder named after the site and the month")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_ID,
        description=f"{APP_NAME}: record visits, plan shifts and write anonymised reports at a "
                    "walk-in advice desk. Without a command, the window opens.",
        epilog="Data folder: --data-dir, else $WELCOME_POINT_DATA, else the platform's user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder of the database and its backups")
    parser.add_argument("--lang", choices=LANGUAGE_CODES, metavar="CODE",
                        help="language of the window: " + ", ".join(LANGUAGE_CODES))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--quit-after-first-paint", action="store_true",
                     help="print the time of the first paint and quit (smoke tests, benchmarks)")

    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--months", type=_months, default=12, help="months up to today (default 12)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data (default 1)")
    demo.add_argument("--force", action="store_true",
                      help="replace data that is already there (a backup copy is taken first)")

    commands.add_parser("info", help="show the data folder, database, schema revision and row counts")

    roster = commands.add_parser("roster", help="write the shift roster of a week or a month as PDF")
    period = roster.add_mutually_exclusive_group(required=True)
    period.add_argument("--week", type=_week, metavar="YYYY-Www", help="an ISO week, e.g. 2026-W48")
    period.add_argument("--month", type=_month, metavar="YYYY-MM", help="a month, e.g. 2026-11")
    roster.add_argument("--public", action="store_true",
                        help="for the notice board: first names only, no phone numbers")
    roster.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")

    certificate = commands.add_parser("certificate", help="write a volunteer's hours certificate as PDF")
    certificate.add_argument("--volunteer", type=int, required=True, metavar="ID",
                             help="the volunteer's number (shown on the Volunteers page)")
    certificate.add_argument("--year", type=_year, required=True, metavar="YYYY", help="the calendar year")
    certificate.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")

    report = commands.add_parser(
        "report", help="write the anonymised monthly report as PDF, CSV and JSON with a SHA256SUMS manifest")
    report.add_argument("--month", metavar="YYYY-MM", help="the month, e.g. 2026-10 (default: last month)")
    report.add_argument("--site", metavar="CODE",
                        help="one Welcome Point by its code (default: the only one, or all together)")
    report.add_argument("--k", type=int, metavar="K",
                        help="hide counts from 1 to K-1 (3 to 50; default: the setting, usually 5)")
    _add_report_output(report)

    merge = commands.add_parser(
        "merge", help="merge the JSON reports of several Welcome Points for one month into a city report")
    merge.add_argument("reports", nargs="+", type=Path, metavar="REPORT.json",
                       help="monthly reports (format welcome-point-monthly, version 1)")
    merge.add_argument("--k", type=int, metavar="K",
                       help="k of the city report; never below the largest k of the reports (the default)")
    _add_report_output(merge)

    backup = commands.add_parser("backup", help="write a verified copy of the database into a folder")
    backup.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="an existing folder (a USB stick, say); the copy is named by date and time")

    restore = commands.add_parser(
        "restore", help="replace the data with a backup copy; the current data is kept aside first")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup copy (a .sqlite3 file)")

    commands.add_parser("check", help="check the database (integrity and references); exit 1 on a problem")
    return parser


def _data_dir(option: str | None) -> Path:
    from welcome_point.storage import location

    path, explicit = location.resolve_data_dir(option)
    return location.prepare_data_dir(path, explicit=explicit)


@contextmanager
def _only_instance(data_dir: Path) -> Iterator[None]:
    """Refuse to work on a data folder that the window (or another command) has open."""
    from welcome_point.ui.instance_lock import InstanceLock

    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _audit(database: Database) -> AuditService:
    from welcome_point.services.audit import AuditService

    return AuditService(database)


def _size(size_bytes: int) -> str:
    return f"{size_bytes / 1_000_000:,.1f} MB" if size_bytes >= 100_000 else f"{size_bytes:,} bytes"


def _cmd_backup(data_dir: Path, args: argparse.Namespace) -> int:
    from welcome_point.services.backups import BackupService
    from welcome_point.storage.opening import open_database

    folder = _folder(args.out)
    database = open_database(data_dir)
    try:
        info = BackupService(database, data_dir, audit=_audit(database)).backup_to(folder)
    finally:
        database.dispose()
    print(f"Backup written and verified ({_size(info.size_bytes)}): {info.path}")
    return 0


def _cmd_restore(data_dir: Path, args: argparse.Namespace) -> int:
    from welcome_point.domain.errors import CorruptDatabaseError
    from welcome_point.services.backups import BackupService
    from welcome_point.storage.opening import open_database, recover_from_backup

    chosen = Path(args.file).expanduser().absolute()
    try:
        database = open_database(data_dir)
    except CorruptDatabaseError as damaged:
        # The current file is damaged (now moved aside): put the backup in its place.
        print(f"The current database is damaged; it was moved to {damaged.moved_to}", flush=True)
        database = recover_from_backup(data_dir, chosen)
        try:
            _audit(database).record("restore")
        finally:
            database.dispose()
        print(f"Restored from {chosen}")
        return 0
    try:
        result = BackupService(database, data_dir, audit=_audit(database)).restore(chosen)
    finally:
        database.dispose()
    print(f"The data before the restore was kept in {result.set_aside}")
    upgraded = f" (upgraded from schema {result.upgraded_from})" if result.upgraded_from else ""
    print(f"Restored from {result.restored_from}{upgraded}")
    return 0


def _cmd_check(data_dir: Path) -> int:
    """Read only, without the lock: safe while the window is open (WAL readers see a consistent state)."""
    from welcome_point.storage import location
    from welcome_point.storage.backups import check_database

    result = check_database(location.database_file(data_dir))
    for name, problems in (("integrity_check", result.integrity), ("foreign_key_check", result.foreign_keys)):
        if not problems:
            print(f"{name}: ok")
            continue
        print(f"{name}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
        for problem in problems:
            print(f"  {problem}")
    if result.integrity:
        print("foreign_key_check: not run (the integrity check failed)")
    return 0 if result.ok else 1


def _cmd_info(data_dir: Path) -> int:
    from welcome_point.services.info import InfoService
    from welcome_point.storage.opening import open_database

    database = open_database(data_dir)
    try:
        info = InfoService(database, data_dir).database_info()
    finally:
        database.dispose()
    print(f"Data folder:     {info.data_dir}")
    print(f"Database file:   {info.database_file}")
    print(f"Schema revision: {info.revision} (this version: {info.head_revision})")
    print(f"Welcome Point:   {info.site.name + ' (' + info.site.code + ')' if info.site else '-'}")
    print("Rows:")
    for name, count in info.counts.items():
        print(f"  {name:<14} {count:>9,}")
    return 0


def _cmd_demo(data_dir: Path, args: argparse.Namespace) -> int:
    from welcome_point.services.demo import DemoService
    from welcome_point.storage import location
    from welcome_point.storage.opening import open_database

    database = open_database(data_dir)
    try:
        service = DemoService(database, location.backup_dir(data_dir), audit=_audit(database))
        service.check_may_fill(force=args.force)
        print(f"Writing {args.months} months of demo data (seed {args.seed}) to {database.path} …",
              flush=True)
        result = service.fill(
            months=args.months, seed=args.seed, force=args.force)
    finally:
        database.dispose()
    if result.backup:
        print(f"The previous data was copied to {result.backup}")
    print(f"Done: {result.visits:,} visits, {result.visitors:,} visitors with cards, "
          f"{result.volunteers} volunteers, {result.shifts} shifts.")
    return 0


def _services(data_dir: Path) -> tuple[Database, Services]:
    from welcome_point.services.container import build_services
    from welcome_point.storage.opening import open_database

    database = open_database(data_dir)
    return database, build_services(database, data_dir)


def _cmd_roster(data_dir: Path, args: argparse.Namespace) -> int:
    from welcome_point.documents.roster import write_roster
    from welcome_point.ui.printing import LabelLanguage, roster_document

    first, last = args.week or args.month
    database, services = _services(data_dir)
    try:
        facts = services.certificates.roster(first, last)
    finally:
        database.dispose()
    roster = roster_document(facts, args.public, LabelLanguage(args.lang or "de"), date.today())
    write_roster(roster, _output(args.out))
    print(f"Roster {first:%d.%m.%Y}–{last:%d.%m.%Y}: {len(facts.shifts)} shifts"
          f"{' (public: first names only)' if args.public else ''} → {args.out}")
    return 0


def _cmd_certificate(data_dir: Path, args: argparse.Namespace) -> int:
    from welcome_point.documents.certificate import write_certificate
    from welcome_point.ui.printing import LabelLanguage, certificate_document

    first, last = args.year
    database, services = _services(data_dir)
    try:
        facts = services.certificates.certificate(args.volunteer, first, last)
    finally:
        database.dispose()
    document = certificate_document(facts, LabelLanguage(args.lang or "de"), date.today())
    write_certificate(document, _output(args.out))
    hours = facts.hours.total.total_seconds() / 3600
    print(f"Certificate {first.year}: {facts.hours.shifts} shifts, {hours:.1f} hours, "
          f"code {facts.code} → {args.out}")
    return 0


def _report_language(args: argparse.Namespace) -> str:
    """--lang after the command; else the window's --lang when it is German or English; else German."""
    chosen = args.report_lang or args.lang
    return chosen if chosen in REPORT_LANGUAGES else "de"


def _folder(path: Path) -> Path:
    """The folder to write into: it must exist (a missing stick is an error, not a new folder)."""
    folder = path.expanduser()
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise DataFolderError(f"The folder {folder} {what}.")
    return folder


def _print_export(result: ExportResult) -> None:
    print(f"Written to {result.folder}:")
    for path in result.files:
        print(f"  {path.name}")


def _cmd_report(data_dir: Path, args: argparse.Namespace) -> int:
    from welcome_point.domain.report import Period, check_k
    from welcome_point.services.report_export import FORMATS
    from welcome_point.ui.report_text import report_text

    folder = _folder(args.out)
    k = None if args.k is None else check_k(args.k)
    database, services = _services(data_dir)
    try:
        reports = services.reports
        period = reports.default_period() if args.month is None else Period.parse(args.month)
        site = args.site
        if site is None:
            sites = reports.sites()
            site = sites[0].code if len(sites) == 1 else None
        report = reports.report(period, site, k)
    finally:
        database.dispose()
    formats = args.formats or FORMATS
    result = services.report_files.export(report, folder, formats, report_text(_report_language(args)))
    visits = report.total("visits")
    scope = (f"key figures only (fewer than {2 * report.k} visits)" if report.totals_only
             else f"{len(report.tables)} tables")
    print(f"Report {report.period}, {report.site.name} ({report.site.code}), k = {report.k}: "
          f"{visits:,} visits, {scope}.")
    _print_export(result)
    return 0


def _cmd_merge(args: argparse.Namespace) -> int:
    from welcome_point.domain.report import check_k
    from welcome_point.services.report_export import FORMATS, ReportExporter
    from welcome_point.ui.report_text import report_text

    folder = _folder(args.out)
    k = None if args.k is None else check_k(args.k)
    result = ReportExporter().merge(args.reports, folder, k=k, formats=args.formats or FORMATS,
                                    text=report_text(_report_language(args)))
    print(f"Merged {len(args.reports)} reports.")
    _print_export(result)
    return 0


def _output(path: Path) -> Path:
    """The PDF to write: its folder must exist (a typo or a missing stick is an error, not a new folder)."""
    target = path.expanduser()
    if not target.parent.is_dir():
        raise DataFolderError(f"The folder {target.parent} does not exist.")
    if target.is_dir():
        raise DataFolderError(f"{target} is a folder; name the PDF file to write.")
    return target


def _cmd_gui(data_dir: Path, args: argparse.Namespace) -> int:
    import sqlite3

    from welcome_point.domain.errors import DatabaseError, NewerDatabaseError
    from welcome_point.storage import location, schema

    with _only_instance(data_dir):  # one window per data folder, and no command beside it
        # Cheap (sqlite3 only) refusal of a newer or foreign database, before any window. A damaged
        # file goes on to the window: it moves the file aside and offers the newest verified backup.
        try:
            schema.inspect_schema(location.database_file(data_dir))
        except NewerDatabaseError:
            raise
        except DatabaseError as exc:
            if not isinstance(exc.__cause__, sqlite3.DatabaseError):
                raise
        from welcome_point.app import run

        return run(data_dir, args.lang, quit_after_first_paint=getattr(args, "quit_after_first_paint", False))


def main(argv: Sequence[str] | None = None, *, windowed: bool = False) -> int:
    """Run the command; ``windowed`` (the gui-scripts launcher) also shows errors in a box."""
    # Log records go to the log file once it is set up, never to stderr: errors are one line there.
    logging.getLogger("welcome_point").addHandler(_NULL_HANDLER)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"{exc} (see {APP_ID} --help)", 2, windowed)
    try:
        if args.command == "merge":  # files in, files out: no database
            return _cmd_merge(args)
        data_dir = _data_dir(args.data_dir)
        from welcome_point.logs import setup_logging

        with contextlib.suppress(OSError):  # a log that cannot be written is no reason not to work
            setup_logging(data_dir)
        if args.command == "check":
            return _cmd_check(data_dir)
        if args.command in LOCKED_COMMANDS:
            with _only_instance(data_dir):
                return LOCKED_COMMANDS[args.command](data_dir, args)
        return _cmd_gui(data_dir, args)
    except WelcomePointError as exc:
        return _fail(str(exc), 1, windowed, exc, args.lang)
    except KeyboardInterrupt:
        return _fail("interrupted", 130, windowed)
    except BrokenPipeError:
        # `welcome-point info | head`: the reader left; not an error of ours.
        sys.stdout = None  # no flush at exit into the closed pipe
        return 0
    except OSError as exc:  # a full disk, a read-only stick, no permission: one line, nothing half-written
        where = f": {exc.filename}" if exc.filename else ""
        return _fail(f"cannot write the file ({exc.strerror or exc}){where}", 1, windowed, None, args.lang)
    except Exception as exc:  # the last line of defence: one line, and the details kept
        logging.getLogger("welcome_point.cli").critical("unexpected error", exc_info=exc)
        report = _write_crash_report(exc)
        where = f" (details in {report})" if report else ""
        return _fail(f"unexpected error: {exc.__class__.__name__}: {exc}{where}", 1, windowed, exc,
                     args.lang)


# Every command that opens the database takes the data folder's lock first (the window takes it in
# app.py): a migration, a restore or demo data must never run under an open window.
LOCKED_COMMANDS: dict[str, Callable[[Path, argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "info": lambda data_dir, _args: _cmd_info(data_dir),
    "roster": _cmd_roster,
    "certificate": _cmd_certificate,
    "report": _cmd_report,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}


def _fail(message: str, code: int, windowed: bool, exc: Exception | None = None,
          language: str | None = None) -> int:
    if sys.stderr is not None:  # None under pythonw on Windows
        print(f"{APP_ID}: {message}", file=sys.stderr)
    if windowed:
        from welcome_point.app import show_startup_error

        show_startup_error(exc or WelcomePointError(message), language)
    return code


def _write_crash_report(exc: BaseException) -> Path | None:
    """The traceback, for a developer, in a file only this user can read."""
    import os
    import tempfile
    import traceback

    try:
        handle, name = tempfile.mkstemp(prefix=f"{APP_ID}-crash-", suffix=".txt")  # mode 0600
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(f"{APP_NAME} {__version__}\n")
            out.write("".join(traceback.format_exception(exc)))
        return Path(name)
    except OSError:
        return None


def gui_main() -> int:
    """Entry of the `gui-scripts` launcher: no console, so errors go to a message box too."""
    return main(sys.argv[1:], windowed=True)


if __name__ == "__main__":
    sys.exit(main())
