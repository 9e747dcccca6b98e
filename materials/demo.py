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
from trainings.models import Agency, Region

from .models import (
    Distribution,
    Material,
    MaterialDownload,
    MaterialLibraryPage,
    PrintRun,
    Publication,
    Topic,
)
from .samples import sample_image, sample_pdf

LIBRARY = {
    "sq": {"title": "Materiale", "slug": "materiale"},
    "en": {"title": "Materials", "slug": "materials"},
    "sr": {"title": "Материјали", "slug": "materijali"},
}
IMAGE_KINDS = {Publication.Kind.POSTER, Publication.Kind.VIDEO}
# The demo data titles are English; each language file gets its own title.
TITLES = {
    '116-006 / "Report and Save": report suspected trafficking': {
        "sq": '116-006 / "Raporto dhe Shpëto": raportoni dyshimet për trafikim',
        "sr": '116-006 / "Пријави и спаси": пријавите сумњу на трговину људима',
    },
    '"The job offer": TV spot on online recruitment': {
        "sq": '"Oferta e punës": spot televiziv për rekrutimin në internet',
        "sr": '"Понуда за посао": ТВ спот о регрутовању преко интернета',
    },
    "Where to get help: trafficking, child begging and early marriage": {
        "sq": "Ku të kërkoni ndihmë: trafikimi, lypja e fëmijëve dhe martesat e hershme",
        "sr": "Где потражити помоћ: трговина људима, дечје просјачење и рани бракови",
    },
    "Know your rights: protection from trafficking for asylum seekers and migrants": {
        "sq": "Njihni të drejtat tuaja: mbrojtja nga trafikimi për azilkërkuesit dhe migrantët",
        "sr": "Знајте своја права: заштита од трговине људима за тражиоце азила и мигранте",
        # For asylum seekers "in languages that they understand" (AL NAP 3.1.5).
        "ar": "اعرف حقوقك: الحماية من الاتجار بالبشر لطالبي اللجوء والمهاجرين",
        "fa": "حقوق خود را بدانید: حمایت در برابر قاچاق انسان برای پناهجویان و مهاجران",
    },
    "Manual on child trafficking": {
        "sq": "Manual për trafikimin e fëmijëve",
        "sr": "Приручник о трговини децом",
    },
    "Helpline for victims of trafficking and other crimes": {
        "sq": "Linja e ndihmës për viktimat e trafikimit dhe krimeve të tjera",
        "sr": "Линија за помоћ жртвама трговине људима и других кривичних дела",
    },
}


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
    """Publications with a generated file per language, print runs, distributions.

    Rows follow `trainings.demo_data.awareness.MATERIALS`. Files already present
    are kept, so a second run writes nothing new. Downloads are simulated with `rng`
    so the admin counts have something to show.
    """
    publications = []
    for row in rows:
        publication = _publication(row)
        files = [
            _material_file(publication, language, _title(row["title"], language))
            for language in row.get("languages") or [settings.LANGUAGE_CODE]
        ]
        _print_run(files[0], row.get("print_run"))
        _distributions(files[0], row.get("distributions", []))
        for material in files:
            _downloads(material, rng)
        publications.append(publication)
    return publications


def _publication(row: dict) -> Publication:
    publication, _ = Publication.objects.update_or_create(
        title=row["title"],
        defaults={
            "kind": row.get("kind") or Publication.Kind.BROCHURE,
            "topic": _topic(row.get("topic")),
            "partners_only": bool(row.get("restricted")),
        },
    )
    audiences = [a.strip() for a in (row.get("audience") or "").split(",")]
    publication.audiences.set(vocabulary_rows(TargetGroup, [a for a in audiences if a]))
    publication.campaigns.set(
        CampaignPage.objects.filter(
            slug=row.get("campaign"), locale__language_code=settings.LANGUAGE_CODE
        )
    )
    publication.measures.set(plan_nodes(row.get("measures", [])))
    return publication


def _topic(text: str | None) -> Topic | None:
    return vocabulary_rows(Topic, [text])[0] if text else None


def _title(title: str, language: str) -> str:
    return TITLES.get(title, {}).get(language, title)


def _material_file(publication: Publication, language: str, title: str) -> Material:
    material = Material.objects.filter(
        publication=publication, language=language
    ).first()
    if material:
        return material
    sample = sample_image if publication.kind in IMAGE_KINDS else sample_pdf
    extension = "png" if sample is sample_image else "pdf"
    material = Material(title=title, publication=publication, language=language)
    material.file.save(
        f"{publication.kind}-{publication.pk}-{language}.{extension}",
        ContentFile(sample(title=title, language=language, kind=publication.kind)),
        save=False,
    )
    material._set_document_file_metadata()
    material.save()
    return material


def _print_run(material: Material, quantity: int | None) -> None:
    if quantity:
        PrintRun.objects.get_or_create(
            material=material,
            date=datetime.date(2022, 6, 1),
            defaults={"quantity": quantity},
        )


def _distributions(material: Material, rows: list[dict]) -> None:
    """Copies partners handed out, as the data lists them (feeds the indicators)."""
    for row in rows:
        distribution, _ = Distribution.objects.get_or_create(
            material=material,
            date=as_date(row["date"]),
            place=row.get("place") or "",
            defaults={
                "quantity": row["quantity"],
                "people_informed": row.get("people_informed"),
                "region": Region.objects.filter(code=row.get("region")).first(),
                "partner": Agency.objects.filter(code=row.get("partner")).first(),
            },
        )
        distribution.measures.set(plan_nodes(row.get("measures", [])))


def _downloads(material: Material, rng: random.Random) -> None:
    if material.downloads.exists():
        return
    partner = User.objects.filter(username="partner").select_related("organisation")
    partner = partner.first()
    rows = [MaterialDownload(material=material) for _ in range(rng.randint(3, 40))]
    if partner and not material.partners_only and rng.random() < 0.5:
        rows.append(
            MaterialDownload(
                material=material, user=partner, organisation=partner.organisation
            )
        )
    MaterialDownload.objects.bulk_create(rows)
