"""The platform's roles as Django groups, with least-privilege model permissions.

`roles_sync()` is idempotent: run by `seed_demo` and `manage.py sync_roles` after
each deploy, so a permission added in code reaches every installation.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext, gettext_noop
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

ADMIN_ACCESS = ("wagtailadmin.access_admin",)
# wagtail-localize's "Translate" action (pages are written in Albanian first).
TRANSLATE = ("wagtail_localize.submit_translation",)
ALL = ("add", "change", "delete", "view")
VIEW = ("view",)

TRAINING_DATA = ("trainingsession", "participation", "trainee")
REFERENCE_DATA = ("agency", "profession", "region", "sop", "module", "eventtype")
PLAN_DATA = (
    "plan",
    "plannode",
    "indicator",
    "indicatortarget",
    "indicatordenominator",
    "plannedtraining",
)
# Head-counts given for a whole series: no names, owned by no trainer.
SERIES_DATA = ("seriesattendance",)
CAMPAIGN_DATA = (
    "campaignactivity",
    "targetgroup",
    "channel",
    "activitykind",
    "mediaoutlet",
)
MATERIAL_DATA = ("material", "publication", "topic", "printrun", "distribution")


def _perms(app: str, models: tuple[str, ...], actions: tuple[str, ...]) -> list[str]:
    return [f"{app}.{action}_{model}" for model in models for action in actions]


# Role names are keys: roles_sync, each installation's database and the tests
# find groups by them, and a Django group has one name, not one per language. So
# they stay English in the database and are translated where shown (role_label).
ROLES: dict[str, list[str]] = {
    gettext_noop("Office administrator"): [
        *ADMIN_ACCESS,
        *TRANSLATE,
        *_perms("trainings", TRAINING_DATA + REFERENCE_DATA + PLAN_DATA, ALL),
        *_perms("trainings", ("manualvalue", "nodestatus"), ALL),
        *_perms("trainings", ("reportingschedule",), ALL),
        *_perms("trainings", ("submission",), VIEW),
        "trainings.review_submission",
        *_perms("trainings", SERIES_DATA, ALL),
        "trainings.manage_all_sessions",
        *_perms("trainings", ("certificate",), ALL),
        *_perms("trainings", ("certificatetemplate",), ("change", "view")),
        *_perms("trainings", ("personaldataexport", "personaldataerasure"), VIEW),
        "trainings.export_trainee_data",
        "trainings.erase_trainee",
        "auditlog.view_logentry",
        *_perms("campaigns", CAMPAIGN_DATA, ALL),
        *_perms("materials", MATERIAL_DATA, ALL),
        *_perms("materials", ("materialdownload",), VIEW),
        *_perms("materials", ("customimage",), ("add", "change", "delete")),
    ],
    gettext_noop("Campaign editor"): [
        *ADMIN_ACCESS,
        *TRANSLATE,
        *_perms("campaigns", CAMPAIGN_DATA, ALL),
        *_perms("materials", MATERIAL_DATA, ALL),
        *_perms("materials", ("materialdownload",), VIEW),
        *_perms("materials", ("customimage",), ("add", "change")),
    ],
    gettext_noop("Moderator"): [
        *ADMIN_ACCESS,
        *TRANSLATE,
        *_perms("campaigns", CAMPAIGN_DATA, ALL),
        *_perms("materials", MATERIAL_DATA, ALL),
        *_perms("materials", ("materialdownload",), VIEW),
        *_perms("materials", ("customimage",), ("add", "change")),
    ],
    gettext_noop("Trainer"): [
        *ADMIN_ACCESS,
        *_perms("trainings", TRAINING_DATA, ("add", "change", "view")),
        *_perms("trainings", ("participation",), ("delete",)),
        *_perms("trainings", ("certificate",), ("add", "view")),
        *_perms("trainings", REFERENCE_DATA, VIEW),
    ],
    gettext_noop("Monitoring officer"): [
        *ADMIN_ACCESS,
        *_perms(
            "trainings",
            ("trainingsession",) + SERIES_DATA + REFERENCE_DATA + PLAN_DATA,
            VIEW,
        ),
        *_perms("trainings", ("manualvalue",), ALL),
        # Monitoring officers set each measure's implementation status.
        *_perms("trainings", ("nodestatus",), ("add", "change", "view")),
        # They review institutions' reports and follow who reported.
        *_perms("trainings", ("submission",), VIEW),
        "trainings.review_submission",
        # Only the history of indicators, targets and manual values (selectors.audit_log).
        "auditlog.view_logentry",
        *_perms("campaigns", ("campaignactivity",), VIEW),
        *_perms("materials", ("distribution", "printrun", "materialdownload"), VIEW),
    ],
    # Partners use the public site signed in; they never enter the admin.
    gettext_noop("Partner"): [],
    # An implementing institution's officer reports on its measures on the
    # public site (/<lang>/reporting/), never in the admin; they see only
    # their own institution's reports (trainings/permissions.py).
    gettext_noop("Institution reporter"): [
        *_perms("trainings", ("submission",), ("add", "change", "view")),
    ],
}


def role_label(group: Group) -> str:
    """A role's name in the reader's language; a group the office made, as named."""
    return gettext(group.name) if group.name in ROLES else group.name


def role_labels_show() -> None:
    """Every screen naming a group (the user form's checkboxes, the users filter,
    the group's own page) shows its role in the reader's language."""
    Group.__str__ = role_label


def roles_sync() -> dict[str, Group]:
    """Create or update every role group so it holds exactly its permissions."""
    groups = {}
    for name, perm_names in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(perm_names))
        groups[name] = group
    return groups


# Permissions on the page tree and on the root collection (documents, images).
PAGE_ROLES = {
    "Campaign editor": ("add_page", "change_page"),
    "Moderator": ("add_page", "change_page", "publish_page", "lock_page"),
    "Office administrator": (
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "delete_page",
    ),
}
# Wagtail checks collection permissions against its own Document and Image models
# (the policies' `auth_model`), not against the swapped-in Material/CustomImage.
COLLECTION_PERMS = (
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
)


def roles_grant_content(*, home_page: Page) -> None:
    """Let the content roles edit pages under `home_page` and its translations
    (each language is its own tree, so the sq home alone would leave en and sr
    pages, and their translations, to superusers) and the root collection."""
    collection = Collection.get_first_root_node()
    collection_perms = _permissions(list(COLLECTION_PERMS))
    homes = list(home_page.get_translations(inclusive=True))
    for name, codenames in PAGE_ROLES.items():
        group = Group.objects.get(name=name)
        for perm in _permissions([f"wagtailcore.{c}" for c in codenames]):
            for home in homes:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=perm
                )
        for perm in collection_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=perm
            )


def _permissions(perm_names: list[str]) -> list[Permission]:
    wanted = {tuple(p.split(".")) for p in perm_names}
    apps = {app for app, _ in wanted}
    candidates = Permission.objects.filter(content_type__app_label__in=apps)
    found = [
        p
        for p in candidates.select_related("content_type")
        if (p.content_type.app_label, p.codename) in wanted
    ]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        raise LookupError(f"Unknown permissions for roles: {sorted(missing)}")
    return found
