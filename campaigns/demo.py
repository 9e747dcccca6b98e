"""Demo page tree: a home page and a campaign index in Albanian, English and Serbian."""

import datetime
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from trainings.models import Agency, PlanNode, Region

from .models import (
    ActivityKind,
    CampaignActivity,
    CampaignIndexPage,
    CampaignPage,
    Channel,
    HomePage,
    TargetGroup,
)

HOME = {
    "sq": {
        "title": "Fener: kundër trafikimit të qenieve njerëzore",
        "intro": "<p>Fushata ndërgjegjësimi, materiale dhe trajnime të Zyrës së "
        "Koordinatorit Kombëtar kundër Trafikimit.</p>",
    },
    "en": {
        "title": "Fener: against trafficking in human beings",
        "intro": "<p>Awareness campaigns, materials and trainings of the Office of "
        "the National Anti-Trafficking Coordinator.</p>",
    },
    "sr": {
        "title": "Fener: против трговине људима",
        "intro": "<p>Кампање подизања свести, материјали и обуке Канцеларије "
        "националног координатора за борбу против трговине људима.</p>",
    },
}
# The demo's home page as the office would arrange it (raw StreamField data).
HOME_BLOCKS = {
    "sq": (
        "Fener: kundër trafikimit të qenieve njerëzore",
        "Ju mund të ndihmoni. Nëse dyshoni për trafikim, telefononi linjën falas.",
        ("Fushatat aktuale", "Materialet më të reja", "Shifrat kryesore"),
        ("Linja 116 006", "Falas, konfidenciale, 24 orë në ditë."),
    ),
    "en": (
        "Fener: against trafficking in human beings",
        "You can help. If you suspect trafficking, call the free hotline.",
        ("Current campaigns", "Latest materials", "Key figures"),
        ("Hotline 116 006", "Free, confidential, 24 hours a day."),
    ),
    "sr": (
        "Fener: против трговине људима",
        "Можете да помогнете. Ако сумњате на трговину људима, позовите бесплатну линију.",
        ("Актуелне кампање", "Најновији материјали", "Кључни подаци"),
        ("Линија 116 006", "Бесплатно, поверљиво, 24 сата дневно."),
    ),
}


def home_blocks(code: str) -> list[dict]:
    heading, text, (campaigns, materials, figures), hotline = HOME_BLOCKS[code]
    return [
        {"type": "hero", "value": {"heading": heading, "text": f"<p>{text}</p>"}},
        {"type": "campaigns", "value": {"heading": campaigns, "count": 3}},
        {"type": "figures", "value": {"heading": figures, "year": None}},
        {"type": "materials", "value": {"heading": materials, "count": 4}},
        {"type": "hotline", "value": {"heading": hotline[0], "text": hotline[1]}},
    ]


CAMPAIGN_INDEX = {
    "sq": {"title": "Fushatat", "slug": "fushatat"},
    "en": {"title": "Campaigns", "slug": "campaigns"},
    "sr": {"title": "Кампање", "slug": "kampanje"},
}


def build_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _ in settings.LANGUAGES
    }


def build_pages() -> HomePage:
    """Create (or find) the home page and campaign index with their translations."""
    locales = build_locales()
    home = _home_page(locales[settings.LANGUAGE_CODE])
    index = CampaignIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = home.add_child(
            instance=CampaignIndexPage(**CAMPAIGN_INDEX[settings.LANGUAGE_CODE])
        )
    home.body = home_blocks(settings.LANGUAGE_CODE)
    home.save_revision().publish()
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            publish_translation(home, locale, {**HOME[code], "body": home_blocks(code)})
            publish_translation(index, locale, CAMPAIGN_INDEX[code])
    return home


def _home_page(locale: Locale) -> HomePage:
    home = HomePage.objects.filter(locale=locale).first()
    if home:
        return home
    # Replace Wagtail's placeholder "Welcome" page (and the site pointing at it).
    Page.objects.filter(depth=2).not_type(HomePage).delete()
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(slug="home", locale=locale, **HOME[locale.language_code])
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "Fener"},
    )
    return home


def publish_translation(page: Page, locale: Locale, fields: dict) -> Page:
    """Copy `page` into `locale` (once), set the translated fields and publish."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


# Vocabularies of the awareness demo data (AL NAP 3.1.x, KS PREV-1/2/3), labelled
# in English (the data's key), Albanian and Serbian.
TARGET_GROUPS = [
    ("general public", "Publiku i gjerë", "Шира јавност"),
    ("girls and women", "Vajza dhe gra", "Девојке и жене"),
    ("women", "Gra", "Жене"),
    ("boys", "Djem", "Дечаци"),
    ("children", "Fëmijë", "Деца"),
    ("children and young people", "Fëmijë dhe të rinj", "Деца и млади"),
    ("young people", "Të rinj", "Млади"),
    ("unaccompanied children", "Fëmijë të pashoqëruar", "Деца без пратње"),
    ("pupils", "Nxënës", "Ученици"),
    ("teachers", "Mësues", "Наставници"),
    ("parents", "Prindër", "Родитељи"),
    (
        "Roma and Egyptian communities",
        "Komunitetet rome dhe egjiptiane",
        "Ромска и египћанска заједница",
    ),
    ("community leaders", "Drejtues të komunitetit", "Лидери заједнице"),
    ("rural communities", "Komunitete rurale", "Руралне заједнице"),
    ("persons at risk", "Persona në rrezik", "Особе у ризику"),
    ("asylum seekers", "Azilkërkues", "Тражиоци азила"),
    ("irregular migrants", "Migrantë të parregullt", "Нерегуларни мигранти"),
    ("migrants and travellers", "Migrantë dhe udhëtarë", "Мигранти и путници"),
]
CHANNELS = [
    ("tv", "TV", "Televizion", "Телевизија"),
    ("radio", "Radio", "Radio", "Радио"),
    ("print", "Print", "Materiale të shtypura", "Штампа"),
    ("posters", "Posters", "Postera", "Постери"),
    ("leaflets", "Leaflets", "Fletëpalosje", "Леци"),
    ("social_media", "Social media", "Rrjete sociale", "Друштвене мреже"),
    ("website", "Website", "Faqja në internet", "Веб-сајт"),
    ("school", "Schools", "Shkolla", "Школе"),
    ("field", "Field work", "Në terren", "Теренски рад"),
    (
        "face_to_face",
        "Face-to-face meetings",
        "Takime ballë për ballë",
        "Састанци лицем у лице",
    ),
    (
        "debates",
        "Debates and roundtables",
        "Debate dhe tryeza",
        "Дебате и округли столови",
    ),
    ("hotline", "Hotline 116 006", "Linja 116 006", "Линија 116 006"),
    (
        "mobile_app",
        "Report and Save app",
        "Aplikacioni Raporto dhe Shpëto",
        "Апликација Пријави и спаси",
    ),
]


DEMO_DATA = Path(__file__).parent / "demo_data"


def build_vocabularies() -> None:
    """Target groups, channels and activity kinds with labels in sq, en and sr."""
    build_activity_kinds()
    rows = [(TargetGroup, (slugify(en), en, sq, sr)) for en, sq, sr in TARGET_GROUPS]
    rows += [(Channel, row) for row in CHANNELS]
    for model, (code, name_en, name, name_sr) in rows:
        model.objects.update_or_create(
            code=code, defaults={"name": name, "name_en": name_en, "name_sr": name_sr}
        )


def build_activity_kinds() -> None:
    """The kinds the 2014 implementation report names, and media outlets, from
    files a person can edit, through the Resources `import_reference` runs."""
    from .resources import ActivityKindResource, MediaOutletResource

    demo_file_import(ActivityKindResource(), "activity_kinds.csv")
    demo_file_import(MediaOutletResource(), "media_outlets.csv")


def build_report_activities() -> None:
    """Awareness records of ONAC's 2014 implementation report as it states them
    (a year, 14 units, 135 airings on three channels), through `import_activities`'
    Resource. After the plans and campaigns, which the rows name."""
    from .resources import ActivityResource

    demo_file_import(ActivityResource(), "activities_2014.csv")


def demo_file_import(resource, name: str) -> None:
    path = DEMO_DATA / name
    result = resource.import_file(path.read_bytes(), filename=path.name)
    if result.errors:
        raise ValueError([str(error) for error in result.errors])


def build_campaigns(rows: list[dict], *, home: HomePage) -> list[CampaignPage]:
    """One campaign page per row, published in sq and translated to en and sr.

    Rows follow `trainings.demo_data.awareness.CAMPAIGNS`; activities are attached
    to the Albanian page only (see `CampaignActivity`).
    """
    index = CampaignIndexPage.objects.child_of(home).get()
    campaigns = []
    locales = build_locales()
    for row in rows:
        page = CampaignPage.objects.child_of(index).filter(slug=row["slug"]).first()
        if page is None:
            page = index.add_child(
                instance=CampaignPage(slug=row["slug"], title=row["title_sq"])
            )
        for name, value in _campaign_fields(row, settings.LANGUAGE_CODE).items():
            setattr(page, name, value)
        page.save_revision().publish()
        for code, locale in locales.items():
            if code != settings.LANGUAGE_CODE:
                publish_translation(page, locale, _campaign_fields(row, code))
        _build_activities(page, row.get("activities", []))
        campaigns.append(page)
    return campaigns


def _campaign_fields(row: dict, code: str) -> dict:
    """Page fields of a campaign row in one language (shared ones repeated)."""
    summary = _in_language(row.get("summary", ""), code)
    return {
        "title": row.get(f"title_{code}") or row["title_sq"],
        "start_date": as_date(row.get("start")),
        "end_date": as_date(row.get("end")),
        "summary": summary,
        "objectives": _in_language(row.get("objectives", ""), code),
        "target_groups": vocabulary_rows(TargetGroup, row.get("target_groups", [])),
        "channels": vocabulary_rows(Channel, row.get("channels", [])),
        "regions": list(Region.objects.filter(code__in=row.get("regions", []))),
        "measures": plan_nodes(row.get("measures", [])),
        "body": [
            ("paragraph", RichText(f"<p>{summary}</p>")),
            ("call_to_action", {"text": HOTLINE_CTA[code], "url": "tel:116006"}),
        ],
    }


def _in_language(value, code: str) -> str:
    if isinstance(value, dict):
        return value.get(code) or value.get("sq") or ""
    if isinstance(value, list):
        return "<ul>" + "".join(f"<li>{item}</li>" for item in value) + "</ul>"
    return value if not value or value.startswith("<") else f"<p>{value}</p>"


HOTLINE_CTA = {
    "sq": "Telefononi 116 006, falas dhe konfidenciale",
    "en": "Call 116 006, free and confidential",
    "sr": "Позовите 116 006, бесплатно и поверљиво",
}


def vocabulary_rows(model, values: list[str]) -> list:
    """Rows by code, accepting labels too ("Roma and Egyptian communities")."""
    found = []
    for value in values:
        code = slugify(value)[:40]
        row = model.objects.filter(
            Q(code=code) | Q(name_en__iexact=value) | Q(name__iexact=value)
        ).first()
        found.append(row or model.objects.create(code=code, name=value, name_en=value))
    return found


def plan_nodes(references: list[str]) -> list[PlanNode]:
    """Plan nodes from "PLAN:CODE" references; unknown ones are skipped."""
    nodes = []
    for reference in references:
        plan_code, _, code = reference.partition(":")
        node = PlanNode.objects.filter(plan__code=plan_code, code=code).first()
        if node:
            nodes.append(node)
    return nodes


def _build_activities(page: CampaignPage, rows: list[dict]) -> None:
    for row in rows:
        activity, _ = CampaignActivity.objects.update_or_create(
            campaign=page,
            title=row["title"],
            date=as_date(row["date"]),
            defaults={
                "kind": ActivityKind.objects.get(code=row.get("kind") or "event"),
                "place": row.get("place") or "",
                "region": Region.objects.filter(code=row.get("region")).first(),
                "organiser": Agency.objects.filter(code=row.get("organiser")).first(),
                **{
                    field: row.get(key, default)
                    for field, (key, default) in ACTIVITY_FIGURES.items()
                },
            },
        )
        activity.measures.set(plan_nodes(row.get("measures", [])))


# Model field ← demo-data key, default.
ACTIVITY_FIGURES = {
    "audience_total": ("audience_total", None),
    "audience_female": ("audience_f", None),
    "audience_male": ("audience_m", None),
    "broadcasts": ("broadcasts", None),
    "articles": ("articles", None),
}


def as_date(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


# The office names its workflow in its working language, like its pages: the name
# reaches editors and moderators as typed ("Dërgo për Miratimi i Zyrës"), in e-mails too.
WORKFLOW_NAME = "Miratimi i Zyrës"
EARLIER_NAMES = ["Office approval"]  # what earlier demos called it


def build_workflow(*, home: HomePage):
    """The office's approval: an editor's changes wait for a moderator or the office.

    Assigned to the home page, so it covers every campaign in every language.
    """
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    names = [WORKFLOW_NAME, *EARLIER_NAMES]
    task = GroupApprovalTask.objects.filter(name__in=names).first()
    task = task or GroupApprovalTask(name=WORKFLOW_NAME)
    task.name = WORKFLOW_NAME
    task.save()
    task.groups.set(
        Group.objects.filter(name__in=["Moderator", "Office administrator"])
    )
    workflow = Workflow.objects.filter(name__in=names).first()
    workflow = workflow or Workflow(name=WORKFLOW_NAME)
    workflow.name = WORKFLOW_NAME
    workflow.save()
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for page in home.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )
    return workflow
