"""factory_boy factories for the domain models, shared by tests and bench/."""

import datetime

import factory

from trainings import models


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Agency
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"AG{n}")
    name = factory.LazyAttribute(lambda o: f"Agency {o.code}")


class ProfessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Profession
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"PROF{n}")
    name = factory.LazyAttribute(lambda o: o.code.title())


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"R{n}")
    name = factory.LazyAttribute(lambda o: f"Region {o.code}")


class ModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Module
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"MOD{n}")
    title = factory.LazyAttribute(lambda o: f"Module {o.code}")


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Plan
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"PLAN-{n}")
    title = factory.LazyAttribute(lambda o: f"Plan {o.code}")
    country = "AL"
    start_year = 2021
    end_year = 2023
    level_names = ["Goal", "Measure"]


class PlanNodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PlanNode

    plan = factory.SubFactory(PlanFactory)
    level = 1
    code = factory.Sequence(lambda n: f"1.{n}")
    title = factory.LazyAttribute(lambda o: f"Measure {o.code}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Indicator

    node = factory.SubFactory(PlanNodeFactory)
    code = factory.LazyAttribute(lambda o: o.node.code)
    name = factory.LazyAttribute(lambda o: f"People trained under {o.node.code}")
    unit = "people"
    source = models.Indicator.Source.TRAINING_PARTICIPANTS


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.TrainingSession
        skip_postgeneration_save = True

    ref = factory.Sequence(lambda n: f"S-{n:05d}")
    title = factory.LazyAttribute(lambda o: f"Training {o.ref}")
    start_date = datetime.date(2022, 3, 1)
    end_date = factory.LazyAttribute(lambda o: o.start_date)

    @factory.post_generation
    def measures(self, create, extracted, **kwargs):
        if create and extracted:
            self.measures.set(extracted)

    @factory.post_generation
    def modules(self, create, extracted, **kwargs):
        if create and extracted:
            self.modules.set(extracted)


class TraineeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Trainee

    full_name = factory.Sequence(lambda n: f"Trainee {n}")
    name_key = factory.LazyAttribute(lambda o: o.full_name.lower())


class ParticipationFactory(factory.django.DjangoModelFactory):
    """A named attendance; pass trainee=None and count=n for a head-count row."""

    class Meta:
        model = models.Participation

    session = factory.SubFactory(TrainingSessionFactory)
    trainee = factory.SubFactory(TraineeFactory)
    profession = factory.LazyAttribute(
        lambda o: o.trainee.profession if o.trainee else None
    )
    agency = factory.LazyAttribute(lambda o: o.trainee.agency if o.trainee else None)
    gender = factory.LazyAttribute(lambda o: o.trainee.gender if o.trainee else "")
    count = 1
