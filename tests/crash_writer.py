"""Records visits through the service layer as fast as it can, until it is killed.

Run by tests/test_crash_safety.py as ``python tests/crash_writer.py DATA_DIR [SEED]``. After each
visit that ``DeskService.save_visit`` acknowledged, one line goes to stdout and is flushed:

    <visit id> <number of topics> <number of referrals> <number of volunteers>

so the test knows exactly what must be in the database after a SIGKILL at any moment. The visits
write several tables at once: visits, visit_topics, visit_volunteers, referrals, visitors (a new
visitor now and then), queue_entries (some visits come through the queue).
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the checkout's root holds the package
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from welcome_point.domain.desk import ReferralChoice, VisitForm
from welcome_point.domain.models import Organisation, Volunteer
from welcome_point.domain.vocabulary import LANGUAGES, OUTCOMES, TOPICS
from welcome_point.services.desk import DeskService
from welcome_point.services.directory import DirectoryService
from welcome_point.services.volunteers import VolunteerService
from welcome_point.storage.opening import open_database


def _fixtures(database) -> tuple[list[int], list[int]]:
    """An organisation and two volunteers to refer to (made by the first run, found by the next)."""
    directory = DirectoryService(database)
    organisations = [o.id for o in directory.search("", include_archived=False) if o.id is not None]
    if not organisations:
        organisations = [directory.save(Organisation(
            id=None, name="Crash Test Beratung", category="counselling", topics=("housing",))).id or 0]
    people = VolunteerService(database)
    volunteers = [p.id for p in people.search("") if p.id is not None]
    if len(volunteers) < 2:
        made = [people.save(Volunteer(id=None, display_name=f"Writer {n}", joined_on=date(2024, 1, 1)))
                for n in range(2)]
        volunteers = [person.id or 0 for person in made]
    return organisations, volunteers


def main(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    database = open_database(data_dir)
    desk = DeskService(database)
    desk.site()
    organisations, volunteers = _fixtures(database)
    cards: list[str] = []
    out = sys.stdout
    while True:
        now: datetime = desk.now()
        topics = tuple(rng.sample(TOPICS.codes, rng.randint(1, 3)))
        card, new = None, False
        roll = rng.random()
        if roll < 0.3:
            card, new = desk.new_card_code(), True
        elif roll < 0.6 and cards:
            card = rng.choice(cards)
        queue_entry = None
        arrived = now - timedelta(minutes=20)
        started = now - timedelta(minutes=10)
        if rng.random() < 0.25:  # through the queue: the entry is removed in the visit's transaction
            entry = desk.arrive(rng.choice(LANGUAGES.codes), card)
            called = desk.call_next(entry.id)
            assert called is not None
            queue_entry, arrived, started = called.id, called.arrived_at, called.called_at
            now = max(desk.now(), started or now)
        referrals = tuple(ReferralChoice(organisation, topics[0])
                          for organisation in organisations[:1] if rng.random() < 0.4)
        helpers = tuple(rng.sample(volunteers, rng.randint(0, min(2, len(volunteers)))))
        saved = desk.save_visit(VisitForm(
            language=rng.choice(LANGUAGES.codes), topics=topics, arrived_at=arrived, started_at=started,
            ended_at=now, card_code=card, new_visitor=new, outcome=rng.choice(OUTCOMES.codes),
            referrals=referrals, volunteer_ids=helpers, queue_entry_id=queue_entry))
        if new and card is not None:
            cards.append(card)
        out.write(f"{saved.visit_id} {len(topics)} {len(saved.referral_ids)} {len(helpers)}\n")
        out.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
