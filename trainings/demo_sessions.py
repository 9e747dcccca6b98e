"""Demo training sessions (from `demo_data.trainings`) that feed the plans' indicators.

Named trainees come from a per-profession pool, so the same prosecutors and
judges come back to later sessions and "unique people" differs from
"participants", as in real data. Names are generated, not real people.
"""

import random
from datetime import date

from .demo_data import trainings as data
from .models import (
    Agency,
    Indicator,
    Module,
    Participation,
    PlanNode,
    Profession,
    Region,
    Trainee,
    TrainingSession,
)

FEMALE = ["Arta", "Blerta", "Drita", "Elira", "Fjolla", "Jonida", "Mirela", "Teuta"]
MALE = ["Arben", "Besnik", "Dritan", "Erion", "Gentian", "Ilir", "Kastriot", "Luan"]
SURNAMES = [
    "Hoxha",
    "Krasniqi",
    "Gashi",
    "Berisha",
    "Shehu",
    "Leka",
    "Dervishi",
    "Kola",
]


def build_sessions() -> None:
    """Every demo session with its links and attendance; safe to run again."""
    lookups = {
        "agency": {a.code: a for a in Agency.objects.all()},
        "region": {r.code: r for r in Region.objects.all()},
        "module": {m.code: m for m in Module.objects.all()},
        "profession": {p.code: p for p in Profession.objects.all()},
        "measure": {
            f"{n.plan.code}:{n.code}": n
            for n in PlanNode.objects.select_related("plan")
        },
    }
    for row in data.SESSIONS:
        _build_session(row, lookups)
    _kosovo_training_goal()


def _build_session(row: dict, lookups: dict) -> None:
    session, _ = TrainingSession.objects.update_or_create(
        ref=row["ref"],
        defaults={
            "title": row["title"],
            "start_date": date.fromisoformat(row["start_date"]),
            "end_date": date.fromisoformat(row["end_date"]),
            "venue": row.get("venue", ""),
            "language": row.get("language", "sq"),
            "organiser": lookups["agency"].get(row.get("organiser")),
            "region": lookups["region"].get(row.get("region")),
        },
    )
    session.funders.set(lookups["agency"][c] for c in row.get("funders", []))
    session.modules.set(lookups["module"][c] for c in row.get("modules", []))
    session.measures.set(lookups["measure"][c] for c in row.get("measures", []))
    session.participations.all().delete()
    rows = []
    for code, count in row["participants"].items():
        profession = lookups["profession"][code]
        if row["named"]:
            country = row["ref"][:2]
            rows += [_named(session, t) for t in _pool(country, profession, count)]
        else:
            rows.append(
                Participation(
                    session=session, profession=profession, count=count, gender=""
                )
            )
    Participation.objects.bulk_create(rows)


def _named(session: TrainingSession, trainee: Trainee) -> Participation:
    return Participation(
        session=session,
        trainee=trainee,
        profession=trainee.profession,
        agency=trainee.agency,
        gender=trainee.gender,
    )


def _pool(country: str, profession: Profession, count: int) -> list[Trainee]:
    """The first `count` people of this profession in this country, created once."""
    people = []
    for number in range(count):
        rng = random.Random(f"{country}-{profession.code}-{number}")
        gender = rng.choice("FM")
        first = rng.choice(FEMALE if gender == "F" else MALE)
        tag = f"{country} {profession.code.lower().replace('_', ' ')} {number + 1}"
        name = f"{first} {rng.choice(SURNAMES)} ({tag})"
        trainee, _ = Trainee.objects.get_or_create(
            full_name=name,
            defaults={
                "name_key": name.lower(),
                "gender": gender,
                "profession": profession,
            },
        )
        people.append(trainee)
    return people


def _kosovo_training_goal() -> None:
    """KS Strategic Goal 6.1 "Training of the Police, Prosecutors and Judges".

    The plan gives activity-level indicators only; the office follows the
    objective as a whole: unique people trained under any 6.1.x activity.
    """
    node = PlanNode.objects.filter(
        plan__code="XK-NSAP-2011-2014", code="INV-6.1"
    ).first()
    if node is None:
        return
    Indicator.objects.update_or_create(
        node=node,
        code="INV-6.1",
        defaults={
            "name": "People trained under objective 6.1 (police, prosecutors, "
            "judges), each person once",
            "unit": "people",
            "source": Indicator.Source.TRAINING_UNIQUE_PEOPLE,
            "counting": Indicator.Counting.CUMULATIVE,
            "breakdowns": ["profession", "gender"],
        },
    )
