"""factory_boy factories for the apps' models."""

import datetime

import factory

from trainings.models import (
    SOP,
    Agency,
    Module,
    Participation,
    Plan,
    PlanNode,
    Profession,
    Region,
    Trainee,
    TrainingSession,
)


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"AG{n}")
    name = factory.LazyAttribute(lambda o: f"Agency {o.code}")


class ProfessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profession
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"PR{n}")
    name = factory.LazyAttribute(lambda o: f"Profession {o.code}")


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"R{n}")
    name = factory.LazyAttribute(lambda o: f"Region {o.code}")


class SOPFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SOP
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"SOP{n}")
    title = "SOP for the identification of victims"


class ModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Module
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"MOD{n}")
    title = "Identification of children victims"


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"PLAN-{n}")
    title = "National Action Plan"
    country = "AL"
    start_year = 2021
    end_year = 2023
    level_names = ["Goal", "Objective", "Measure"]


class PlanNodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanNode

    plan = factory.SubFactory(PlanFactory)
    level = 2
    code = factory.Sequence(lambda n: f"1.1.{n}")
    title = "Train police on identifying victims"


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingSession

    ref = factory.Sequence(lambda n: f"AL-2022-{n:03}")
    title = "Training on the identification of victims"
    start_date = datetime.date(2022, 3, 1)
    end_date = datetime.date(2022, 3, 2)


class TraineeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Trainee

    full_name = factory.Sequence(lambda n: f"Trainee {n}")


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    session = factory.SubFactory(TrainingSessionFactory)
    trainee = factory.SubFactory(TraineeFactory)
