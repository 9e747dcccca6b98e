"""Factories for tests. Keep one section per app."""

import datetime
import io
import zipfile

import factory
from django.core.files.base import ContentFile
from PIL import Image

from campaigns.models import CampaignPage
from trainings import models

# --- trainings ---------------------------------------------------------------------


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Region"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"R{n:02d}")
    name = factory.Sequence(lambda n: f"Qarku {n}")


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Agency"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"ORG{n}")
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "ngo"


class SOPFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.SOP"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"SOP{n}")
    title = "SOP for the identification of victims"


# --- campaigns -------------------------------------------------------------------


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "campaigns.TargetGroup"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Grupi {n}")
    name_en = factory.Sequence(lambda n: f"Group {n}")
    name_sr = factory.Sequence(lambda n: f"Група {n}")


class CampaignPageFactory(factory.Factory):
    """A published campaign under `parent` (a CampaignIndexPage)."""

    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Fushata {n}")
    start_date = datetime.date(2022, 10, 1)
    end_date = datetime.date(2022, 10, 31)
    summary = "Java kundër trafikimit në shkolla."

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("parent", None)
        return model_class(**kwargs)

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        m2m = {k: kwargs.pop(k) for k in ("target_groups", "regions") if k in kwargs}
        page = parent.add_child(instance=model_class(**kwargs))
        for name, values in m2m.items():
            getattr(page, name).set(values)
        page.save_revision().publish()
        return page


class ActivityKindFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "campaigns.ActivityKind"
        django_get_or_create = ("code",)

    code = "school_session"
    name = "Seancë në shkollë"
    name_en = "School session"


class CampaignActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "campaigns.CampaignActivity"

    title = "Orë mësimi"
    date = datetime.date(2022, 10, 12)
    kind = factory.SubFactory(ActivityKindFactory)
    audience_total = 60


# --- materials -------------------------------------------------------------------


def pdf_bytes(text: str = "Broshurë") -> bytes:
    """A real one-page PDF (Pillow writes it), cheap enough for every test."""
    buffer = io.BytesIO()
    Image.new("RGB", (200, 280), "#14593b").save(buffer, format="PDF")
    return buffer.getvalue()


def image_bytes(kind: str = "PNG") -> bytes:
    """A real small image in Pillow's format `kind` (PNG, JPEG, WEBP)."""
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "#14593b").save(buffer, format=kind)
    return buffer.getvalue()


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "materials.Topic"
        django_get_or_create = ("code",)

    code = "hotline"
    name = "linja 116-006"
    name_en = "hotline 116-006"
    name_sr = "линија 116-006"


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "materials.Publication"

    title = factory.Sequence(lambda n: f"Broshura {n}")
    kind = "brochure"
    topic = factory.SubFactory(TopicFactory)


class MaterialFactory(factory.django.DjangoModelFactory):
    """One language file of a publication, with a real PDF behind it."""

    class Meta:
        model = "materials.Material"

    title = factory.Sequence(lambda n: f"Broshura {n}")
    publication = factory.SubFactory(PublicationFactory)
    language = "sq"
    file = factory.LazyAttribute(
        lambda o: ContentFile(pdf_bytes(), name=f"brochure-{o.language}.pdf")
    )


# --- trainings: plans, indicators, sessions -------------------------------------


class ProfessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Profession
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"PROF{n}")
    name = factory.LazyAttribute(lambda o: o.code.title())


class EventTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.EventType
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"EVENT{n}")
    name = factory.LazyAttribute(lambda o: o.code.title())


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

    ref = factory.Sequence(lambda n: f"AL-2022-{n:04d}")
    title = factory.LazyAttribute(lambda o: f"Training {o.ref}")
    start_date = datetime.date(2022, 3, 1)
    end_date = factory.LazyAttribute(lambda o: o.start_date + datetime.timedelta(1))

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


def office_file(kind: str, *, main: bytes = b"<?xml version='1.0'?><doc/>") -> bytes:
    """The smallest ZIP each office program's file is recognised by."""
    parts = {
        "docx": ("[Content_Types].xml", "word/document.xml"),
        "pptx": ("[Content_Types].xml", "ppt/presentation.xml"),
        "xlsx": ("[Content_Types].xml", "xl/workbook.xml"),
        "odt": ("mimetype", "content.xml"),
    }[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        first, main_part = parts
        if first == "mimetype":
            archive.writestr(first, "application/vnd.oasis.opendocument.text")
        else:
            archive.writestr(first, "<?xml version='1.0'?><Types/>")
        archive.writestr(main_part, main)
    return buffer.getvalue()


def session_post(session, trainer, *, rows: int, existing: int = 0) -> dict:
    """The session edit form's own fields as posted, with `rows` attendance lines
    of which `existing` are already saved (the lines' fields are the caller's)."""
    return {
        "ref": session.ref,
        "title": session.title,
        "start_date": session.start_date.isoformat(),
        "end_date": session.end_date.isoformat(),
        "language": "sq",
        "trainers": [trainer.pk],
        "participations-TOTAL_FORMS": str(rows),
        "participations-INITIAL_FORMS": str(existing),
        "participations-MIN_NUM_FORMS": "0",
        "participations-MAX_NUM_FORMS": "1000",
    }
