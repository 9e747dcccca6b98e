"""A training session with N named people of the real reference lists, and its
trainer: what the session editor's bench and its size test open."""

import datetime
import itertools


def session_with_people(people: int, *, username: str):
    from django.contrib.auth import get_user_model

    from siteconf.roles import roles_sync
    from trainings.models import (
        Agency,
        Participation,
        Profession,
        Trainee,
        TrainingSession,
    )
    from trainings.names import name_key

    trainer = get_user_model().objects.create_user(username=username, password="x")
    trainer.groups.add(roles_sync()["Trainer"])
    session = TrainingSession.objects.create(
        ref=f"BENCH-{username}",
        title="Identifikimi i viktimave",
        start_date=datetime.date(2026, 3, 2),
        end_date=datetime.date(2026, 3, 4),
        language="sq",
    )
    session.trainers.add(trainer)
    agencies = itertools.cycle(Agency.objects.order_by("pk"))
    professions = itertools.cycle(Profession.objects.order_by("pk"))
    trainees = Trainee.objects.bulk_create(
        Trainee(
            full_name=f"Arta Hoxha {username} {n}",
            name_key=name_key(f"Arta Hoxha {username} {n}"),
            gender="F" if n % 2 else "M",
            agency=next(agencies),
            profession=next(professions),
            created_by=trainer,
        )
        for n in range(people)
    )
    Participation.objects.bulk_create(
        Participation(
            session=session,
            trainee=person,
            agency=person.agency,
            profession=person.profession,
            gender=person.gender,
        )
        for person in trainees
    )
    return session, trainer
