"""Reads for the materials library, partner pages and admin download counts.

Who may see partners-only files is decided in `materials.permissions`.
"""

from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    Max,
    Prefetch,
    Q,
    QuerySet,
    Sum,
)
from django.utils.translation import get_language

from trainings.models import Agency

from .models import Distribution, Material, Publication
from .permissions import distribution_edit_cutoff, user_sees_partner_materials


def publication_list(
    *,
    user,
    kind: str | None = None,
    language: str | None = None,
    audience=None,
    campaign=None,
    q: str | None = None,
) -> QuerySet[Publication]:
    """Publications a visitor may see, newest first, narrowed by the filters.

    Lazy, so a list shows one page of it: pass the page to `with_display_files`.
    """
    publications = Publication.objects.filter(files__isnull=False)
    if not user_sees_partner_materials(user=user):
        publications = publications.filter(partners_only=False)
    if kind:
        publications = publications.filter(kind=kind)
    if language:
        publications = publications.filter(files__language=language)
    if audience:
        publications = publications.filter(audiences=audience)
    if campaign:
        publications = publications.filter(
            campaigns__translation_key=campaign.translation_key
        )
    if q:
        publications = publications.filter(
            Q(title__icontains=q)
            | Q(description__icontains=q)
            | Q(files__title__icontains=q)
        )
    files = Prefetch("files", queryset=Material.objects.order_by("language"))
    publications = publications.distinct().select_related("topic")
    return publications.prefetch_related(files, "audiences")


def publication_list_for_campaign(*, campaign, user) -> list[Publication]:
    """Materials made for a campaign, whichever translation of its page is shown."""
    return with_display_files(publication_list(user=user, campaign=campaign))


def with_display_files(publications) -> list[Publication]:
    """Each publication with `display_file`: its file in the visitor's language when
    there is one, so titles and previews follow the site language."""
    language = (get_language() or "sq")[:2]
    publications = list(publications)
    for publication in publications:
        files = list(publication.files.all())
        publication.display_file = next(
            (f for f in files if f.language == language), files[0] if files else None
        )
    return publications


def material_download_counts() -> QuerySet[Material]:
    """Every file with its download count, most downloaded first (admin report)."""
    return (
        Material.objects.select_related("publication")
        .annotate(download_count=Count("downloads"))
        .order_by("-download_count", "title")
    )


def organisation_download_counts() -> QuerySet[Agency]:
    """Partner organisations with their downloads and reported distributions."""
    return (
        Agency.objects.annotate(download_count=Count("material_downloads"))
        .filter(download_count__gt=0)
        .order_by("-download_count", "code")
    )


def download_list_for_organisation(*, organisation: Agency) -> QuerySet[Material]:
    """The files an organisation downloaded, each with its `download_count` and
    `last_download` (partner page), by title and language."""
    return (
        Material.objects.filter(downloads__organisation=organisation)
        .select_related("publication")
        # After the filter, so only this organisation's downloads are counted.
        .annotate(download_count=Count("downloads"), last_download=Max("downloads__at"))
        .order_by("publication__title", "title", "language")
    )


def distributed_quantity_for_organisation(*, organisation: Agency) -> int:
    """Copies an organisation reported handing out, all materials together."""
    total = Distribution.objects.filter(partner=organisation).aggregate(
        total=Sum("quantity")
    )["total"]
    return total or 0


def downloadable_materials(*, user) -> QuerySet[Material]:
    """The files `user` may download, partners-only ones first (the partner home)."""
    materials = Material.objects.select_related("publication")
    if not user_sees_partner_materials(user=user):
        materials = materials.filter(
            Q(publication__isnull=True) | Q(publication__partners_only=False)
        )
    return materials.order_by(
        "-publication__partners_only", "publication__title", "title", "language"
    )


def distribution_list_for_organisation(*, organisation: Agency) -> QuerySet:
    """An organisation's reported distributions, newest first, each `editable` while
    its partner may still correct or withdraw it (`DistributionPolicy`'s period)."""
    editable = ExpressionWrapper(
        Q(reported_at__gte=distribution_edit_cutoff()), output_field=BooleanField()
    )
    return (
        Distribution.objects.filter(partner=organisation)
        .select_related("material__publication", "region")
        .annotate(editable=editable)
        .order_by("-date", "-pk")
    )
