"""Demo library: a library page in three languages and generated sample materials."""

import datetime
import random

from django.conf import settings
from django.core.files.base import ContentFile

from campaigns.demo import (
    as_date,
    build_locales,
    plan_nodes,
    publish_translation,
    vocabulary_rows,
)
from campaigns.models import CampaignPage, HomePage, TargetGroup
from siteconf.models import User
from trainings.models import Region

from .models import Material, MaterialLibraryPage, PrintRun, Publication
from .samples import sample_image, sample_pdf
from .services import distribution_report

LIBRARY = {
    "sq": {"title": "Materiale", "slug": "materiale"},
    "en": {"title": "Materials", "slug": "materials"},
    "sr": {"title": "Materijali", "slug": "materijali"},
}
IMAGE_KINDS = {Publication.Kind.POSTER, Publication.Kind.VIDEO}


def build_library_page(*, home: HomePage) -> MaterialLibraryPage:
    """The public materials library under the home page, in sq, en and sr."""
    library = MaterialLibraryPage.objects.child_of(home).first()
    if library is None:
        library = home.add_child(
            instance=MaterialLibraryPage(**LIBRARY[settings.LANGUAGE_CODE])
        )
    for code, locale in build_locales().items():
        if code != settings.LANGUAGE_CODE:
            publish_translation(library, locale, LIBRARY[code])
    return library


def build_materials(rows: list[dict], *, rng: random.Random) -> list[Publication]:
    """Publications with a generated file per language, print runs and distributions.

    Rows follow `trainings.demo_data.awareness.MATERIALS`. Files already present
    are kept, so a second run writes nothing new.
    """
    publications = []
    for row in rows:
        title = _titles(row)
        publication, _ = Publication.objects.update_or_create(
            title=title["sq"],
            defaults={
                "kind": row.get("kind") or Publication.Kind.BROCHURE,
                "topic": row.get("topic") or Publication.Topic.GENERAL,
                "partners_only": bool(row.get("restricted")),
                "description": row.get("description", ""),
                "published_on": as_date(row.get("published_on")),
            },
        )
        publication.audiences.set(
            vocabulary_rows(TargetGroup, _as_list(row.get("audience")))
        )
        publication.campaigns.set(
            CampaignPage.objects.filter(
                slug__in=_as_list(row.get("campaign")),
                locale__language_code=settings.LANGUAGE_CODE,
            )
        )
        publication.measures.set(plan_nodes(row.get("measures", [])))
        files = [
            _material_file(publication, language, title.get(language) or title["sq"])
            for language in row.get("languages") or [settings.LANGUAGE_CODE]
        ]
        _print_run(files[0], row.get("print_run"))
        _distributions(files[0], rng)
        publications.append(publication)
    return publications


def _titles(row: dict) -> dict[str, str]:
    title = row.get("title")
    if isinstance(title, dict):
        return title
    titles = {code: row.get(f"title_{code}") for code, _ in settings.LANGUAGES}
    return {k: v for k, v in titles.items() if v} | {"sq": row.get("title_sq") or title}


def _material_file(publication: Publication, language: str, title: str) -> Material:
    material = Material.objects.filter(
        publication=publication, language=language
    ).first()
    if material:
        return material
    if publication.kind in IMAGE_KINDS:
        data, extension = (
            sample_image(title=title, language=language, kind=publication.kind),
            "png",
        )
    else:
        data, extension = (
            sample_pdf(title=title, language=language, kind=publication.kind),
            "pdf",
        )
    material = Material(title=title, publication=publication, language=language)
    material.file.save(
        f"{publication.kind}-{publication.pk}-{language}.{extension}",
        ContentFile(data),
        save=False,
    )
    material._set_document_file_metadata()
    material.save()
    return material


def _print_run(material: Material, print_run) -> None:
    if not print_run:
        return
    if isinstance(print_run, int):
        print_run = {"quantity": print_run}
    PrintRun.objects.get_or_create(
        material=material,
        date=as_date(print_run.get("date")) or datetime.date(2022, 9, 15),
        defaults={"quantity": print_run["quantity"]},
    )


def _distributions(material: Material, rng: random.Random) -> None:
    """A few distributions reported by the demo partner, for the indicators."""
    partner = User.objects.filter(
        username="partner", organisation__isnull=False
    ).first()
    if partner is None or material.distributions.exists():
        return
    regions = list(Region.objects.filter(kind=Region.Kind.QARK))
    for place in rng.sample(DISTRIBUTION_PLACES, 2):
        distribution_report(
            user=partner,
            material=material,
            quantity=rng.choice([50, 100, 200, 250]),
            date=datetime.date(2022, 10, rng.randint(1, 28)),
            place=place,
            region=rng.choice(regions) if regions else None,
        )


DISTRIBUTION_PLACES = [
    "Shkolla 9-vjeçare",
    "Pika e kalimit kufitar",
    "Qendra shëndetësore",
    "Zyra e punësimit",
]


def _as_list(value) -> list:
    if not value:
        return []
    return value if isinstance(value, list | tuple) else [value]
