"""seed_demo adds believable sessions from the plans (a re-run adds nothing: checked
with every app's rows in tests/siteconf/test_seed_demo.py)."""

from django.db.models import Count, Sum

from trainings.models import Trainee, TrainingSession


def test_seed_adds_sessions(demo):
    assert TrainingSession.objects.count() >= 20


def test_seeded_sessions_are_the_plans_trainings_owned_by_demo_trainers(demo):
    titles = " ".join(TrainingSession.objects.values_list("title", flat=True)).lower()
    assert "training of trainers" in titles
    assert "journalists" in titles or "media" in titles
    assert "school" in titles or "teachers" in titles
    police = TrainingSession.objects.get(ref="AL-2021-003")
    assert [u.username for u in police.trainers.all()] == ["trainer"]
    assert police.measures.filter(code="1.1.5").exists()
    assert TrainingSession.objects.filter(trainers__username="trainer2").exists()
    # some people attend more than one session: unique people < participations
    repeaters = Trainee.objects.annotate(n=Count("participations")).filter(n__gt=1)
    assert repeaters.exists()
    # sessions without names are head-counts
    school = TrainingSession.objects.get(ref="XK-2014-003")
    assert (
        school.participations.filter(trainee__isnull=True).aggregate(n=Sum("count"))[
            "n"
        ]
        == 24
    )
