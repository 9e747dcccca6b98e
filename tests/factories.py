"""Factories for tests. Keep one section per app."""

import datetime
import io

import factory
from django.core.files.base import ContentFile
from PIL import Image

from campaigns.models import CampaignPage

# --- trainings (reference rows the campaign tests point at) --------------------


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


# --- campaigns -------------------------------------------------------------------


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "campaigns.TargetGroup"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Grupi {n}")
    name_en = factory.Sequence(lambda n: f"Group {n}")
    name_sr = factory.Sequence(lambda n: f"Grupa {n}")


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


class CampaignActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "campaigns.CampaignActivity"

    title = "Orë mësimi"
    date = datetime.date(2022, 10, 12)
    kind = "school_session"
    audience_total = 60


# --- materials -------------------------------------------------------------------


def pdf_bytes(text: str = "Broshurë") -> bytes:
    """A real one-page PDF (Pillow writes it), cheap enough for every test."""
    buffer = io.BytesIO()
    Image.new("RGB", (200, 280), "#14593b").save(buffer, format="PDF")
    return buffer.getvalue()


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "materials.Publication"

    title = factory.Sequence(lambda n: f"Broshura {n}")
    kind = "brochure"
    topic = "hotline 116-006"


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
