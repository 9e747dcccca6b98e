"""The world every role meets in the URL matrix: two trainers' people, one erased.

Names are distinctive (one in Cyrillic, one in Serbian Latin) so that finding
one in a response body means the page shows that person.
"""

import datetime
import io
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from django.utils import timezone
from PIL import Image
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Page,
    Task,
    Workflow,
    WorkflowTask,
)
from wagtail_localize.models import Translation

from campaigns.models import CampaignIndexPage, Channel, MediaOutlet
from materials.demo import build_library_page
from materials.models import (
    CustomImage,
    Distribution,
    Material,
    MaterialDownload,
    PrintRun,
)
from siteconf.roles import roles_grant_content
from tests.factories import (
    AgencyFactory,
    CampaignActivityFactory,
    CampaignPageFactory,
    EventTypeFactory,
    IndicatorFactory,
    MaterialFactory,
    ModuleFactory,
    ParticipationFactory,
    ProfessionFactory,
    PublicationFactory,
    RegionFactory,
    SOPFactory,
    TargetGroupFactory,
    TraineeFactory,
    TrainingSessionFactory,
    pdf_bytes,
)
from tests.siteconf.url_walk import Route, routes
from trainings.calendar_feed import calendar_key
from trainings.models import (
    Certificate,
    Indicator,
    NodeStatus,
    Participation,
    PlannedTraining,
    ReportingSchedule,
    ReportJob,
    SeriesAttendance,
    Submission,
    SubmissionEvidence,
    Trainee,
    TrainingSession,
)
from trainings.services.audit import personal_data_export_record
from trainings.services.checkins import checkin_ticket
from trainings.services.personal_data import trainee_erase

# Role → group in siteconf.roles (None: a superuser; "": nobody signed in).
ROLES = {
    "anonymous": "",
    "partner": "Partner",
    "reporter": "Institution reporter",
    "trainer": "Trainer",
    "trainer2": "Trainer",
    "monitor": "Monitoring officer",
    "editor": "Campaign editor",
    "moderator": "Moderator",
    "office": "Office administrator",
    "superuser": None,
}
PEOPLE = {
    "trainer": ("Drita Zefiqurti", "Милош Драгутиновић"),
    "trainer2": ("Agron Xhemalaku", "Đurđa Ćirković"),
}
ERASED_NAME = "Shpresa Harruar"


@pytest.fixture
def world(make_user, home_page):
    """Two trainers' sessions with named people, a head-count row, an erased
    person, a certificate, materials, a report job and the page tree."""
    roles_grant_content(home_page=home_page)
    library = build_library_page(home=home_page)
    partner_org = AgencyFactory(code="IOM", name="IOM")
    reporter_org = AgencyFactory(code="ASP", name="ASP")
    users = {"anonymous": None}
    for role, group in ROLES.items():
        if group != "":
            extra = {"organisation": partner_org} if role == "partner" else {}
            extra = {"organisation": reporter_org} if role == "reporter" else extra
            users[role] = make_user(role, group, **extra)
    sessions, attendance = {}, {}
    reference = {
        "profession": ProfessionFactory(code="POLICE"),
        "region": RegionFactory(code="TR"),
        "sop": SOPFactory(code="SOP1"),
        "event_type": EventTypeFactory(code="SEMINAR"),
        "series": SeriesAttendance.objects.create(series="RATC-2014", count=62),
        "planned": PlannedTraining.objects.create(
            ref="TP-2022-01", year=2022, topic="SOPs", people=20
        ),
    }
    for number, trainer in enumerate(PEOPLE, start=1):
        session = TrainingSessionFactory(
            ref=f"AL-2022-00{number}",
            title=f"Police training {number}",
            region=reference["region"],
            modules=[ModuleFactory(code=f"MOD{number}")],
        )
        session.trainers.add(users[trainer])
        sessions[trainer] = session
        attendance[trainer] = [
            ParticipationFactory(
                session=session,
                trainee=TraineeFactory(
                    full_name=name, profession=reference["profession"]
                ),
            )
            for name in PEOPLE[trainer]
        ]
        ParticipationFactory(session=session, trainee=None, count=12)
    session = sessions["trainer"]
    session.agenda.save("agenda.pdf", ContentFile(pdf_bytes()))
    first = attendance["trainer"][0]
    certificate = Certificate.objects.create(participation=first)
    certificate.pdf.save("certificate.pdf", ContentFile(pdf_bytes()))
    erased = ParticipationFactory(
        session=session, trainee=TraineeFactory(full_name=ERASED_NAME)
    ).trainee
    trainee_erase(trainee=erased, user=users["office"])
    # The trainer edits a person in the admin: Wagtail keeps a history entry.
    client = Client()
    client.force_login(users["trainer"])
    edit = f"/admin/trainings/trainees/edit/{first.trainee_id}/"
    response = client.post(edit, {"full_name": PEOPLE["trainer"][0], "gender": "F"})
    assert response.status_code == 302
    manual = MaterialFactory(
        publication=PublicationFactory(partners_only=True), title="Manual SOP"
    )
    brochure = MaterialFactory(title="Public brochure")
    PrintRun.objects.create(
        material=brochure, date=datetime.date(2022, 5, 1), quantity=500
    )
    distribution = Distribution.objects.create(
        material=brochure,
        date=datetime.date(2022, 6, 1),
        quantity=40,
        partner=partner_org,
        reported_by=users["partner"],
    )
    campaign = CampaignPageFactory(
        parent=CampaignIndexPage.objects.get(locale=home_page.locale)
    )
    TargetGroupFactory(code="pupils")
    Channel.objects.create(code="radio", name="Radio")
    MediaOutlet.objects.create(code="klan-tv", name="Klan TV")
    MaterialDownload.objects.create(material=brochure, user=users["partner"])
    personal_data_export_record(user=users["office"], what="trainee list (csv)")
    job = ReportJob.objects.create(
        period_start=datetime.date(2022, 1, 1),
        period_end=datetime.date(2022, 12, 31),
        period_label="2022",
        format="csv",
        state=ReportJob.State.DONE,
        created_by=users["monitor"],
    )
    job.file.save("report.csv", ContentFile(b"indicator,actual\n"))
    # A session running today: its QR check-in code opens the public form.
    today = TrainingSessionFactory(
        ref="AL-TODAY", start_date=timezone.localdate(), end_date=timezone.localdate()
    )
    indicator = IndicatorFactory(source=Indicator.Source.MANUAL)
    NodeStatus.objects.create(node=indicator.node, period="2022-H1", status="partial")
    submission = _submission(indicator, users["reporter"])
    return SimpleNamespace(
        checkin_ticket=checkin_ticket(session=today, day=today.start_date),
        users=users,
        home=home_page,
        library=library,
        sessions=sessions,
        attendance=attendance,
        erased=erased,
        certificate=certificate,
        manual=manual,
        brochure=brochure,
        distribution=distribution,
        job=job,
        indicator=indicator,
        submission=submission,
        activity=CampaignActivityFactory(campaign=campaign),
        image=_image(),
        redirect=Redirect.objects.create(old_path="/old-page", redirect_link="/sq/"),
        workflow=_workflow(),
    )


def _submission(indicator, reporter) -> Submission:
    """The reporter's institution's submitted 2022-H1 report on the indicator's
    plan, with an evidence file; the plan reports every half-year."""
    node = indicator.node
    node.lead_agencies.set([reporter.organisation])
    ReportingSchedule.objects.create(plan=node.plan, cadence="half")
    submission = Submission.objects.create(
        plan=node.plan,
        agency=reporter.organisation,
        period="2022-H1",
        period_start=datetime.date(2022, 1, 1),
        period_end=datetime.date(2022, 6, 30),
        state=Submission.State.SUBMITTED,
    )
    SubmissionEvidence.objects.create(
        submission=submission,
        file=ContentFile(pdf_bytes(), name="minutes.pdf"),
        uploaded_by=reporter,
    )
    return submission


def _workflow() -> Workflow:
    """A workflow of one task, made here: a flushing test elsewhere may have removed
    the one Wagtail's migrations create."""
    workflow = Workflow.objects.create(name="Office approval (matrix)")
    task = GroupApprovalTask.objects.create(name="Office approval (matrix)")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def _image() -> CustomImage:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#14593b").save(buffer, format="PNG")
    return CustomImage.objects.create(
        title="Poster", file=ImageFile(buffer, name="poster.png")
    )


@pytest.fixture
def world_urls(world) -> dict[str, list[str]]:
    """Every registered route (tests/siteconf/url_walk.py) → the URLs to request,
    path arguments filled with the world's rows."""
    return {route.route: _urls(world, route) for route in routes()}


def _urls(world, route: Route) -> list[str]:
    if not route.literal:
        urls = [url.format(**_ids(world)) for url in _samples(world)[route.route]]
    else:
        urls = route.urls({**_values(world), "pk": _pk(world, route)})
    query = _query(world, route)
    return [f"{url}?{query}" if query else url for url in urls]


def _query(world, route: Route) -> str:
    """What a screen is normally asked: every person for "chosen-multiple" views."""
    if route.name == "chosen_multiple" and route.model is not None:
        ids = route.model._default_manager.values_list("pk", flat=True)
        return urlencode([("id", pk) for pk in ids])
    return {
        "[lang]/search/": f"q={PEOPLE['trainer'][0].split()[0]}",
        "figures/summary.json": "period=2022",
        "admin/indicators/": "kind=year&year=2022",
        "admin/indicators/export/<str:format>/": "kind=year&year=2022",
    }.get(route.route, "")


def _ids(world) -> dict[str, object]:
    return {
        "home": world.home.pk,
        "manual": world.manual.pk,
        "manual_file": world.manual.filename,
    }


# Routes written as regular expressions: the URLs that stand for them.
def _samples(world) -> dict[str, list[str]]:
    pages = [page.url for page in Page.objects.live().filter(depth__gt=1)]
    return {
        r"django-admin/^(?P<app_label>taggit|axes|auditlog|auth)/$": [
            "/django-admin/auth/"
        ],
        "django-admin/(?P<url>.*)$": ["/django-admin/no-such-screen/"],
        r"admin/pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest"
        r"|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$": [
            "/admin/pages/{home}/revisions/compare/earliest...latest/"
        ],
        "admin/^.*/$": ["/admin/no-such-screen/"],
        # The partners-only file: the one a role may be refused.
        r"documents/^(\d+)/(.*)$": ["/documents/{manual}/{manual_file}"],
        # Wagtail's pages: every live page of every language.
        r"[lang]/^((?:[\w\-]+/)*)$": pages,
    }


def _pk(world, route: Route):
    """The row a `pk` argument names: by the route, else by the view's model."""
    by_route = {
        "admin/api/main/pages/": world.home,
        "admin/api/main/documents/": world.manual,
        "admin/api/main/images/": world.image,
        "admin/trainings/trainees/": world.attendance["trainer"][0].trainee,
        "admin/trainings/sessions/": world.sessions["trainer"],
        "trainings/sessions/": world.sessions["trainer"],
        "admin/workflows/usage/": world.workflow,
        "admin/monitoring/submissions/": world.submission,
        "[lang]/reporting/evidence/": world.submission.evidence.get(),
        "admin/workflows/tasks/": world.workflow.tasks.get(),
        "admin/localize/submit/snippet/": world.activity,
        "[lang]/partners/distributions/": world.distribution,
    }
    by_model = {
        TrainingSession: world.sessions["trainer"],
        Trainee: world.attendance["trainer"][0].trainee,
        Participation: world.attendance["trainer"][0],
        get_user_model(): world.users["trainer"],
        Group: Group.objects.get(name="Trainer"),
        Material: world.manual,
        CustomImage: world.image,
        Redirect: world.redirect,
        Workflow: world.workflow,
        Task: world.workflow.tasks.get(),
    }
    # The route first: a workflow's usage view lists pages (its model is Page).
    for prefix, row in by_route.items():
        if route.route.startswith(prefix):
            return row.pk
    if route.model in by_model:
        return by_model[route.model].pk
    if route.model is not None:
        row = route.model._default_manager.order_by("pk").first()
        return row.pk if row else 1
    return 1


def _values(world) -> dict[str, object]:
    """Path arguments by name (`pk` is filled per route)."""
    home, trainee = world.home, world.attendance["trainer"][0].trainee
    index = CampaignIndexPage.objects.get(locale=home.locale)
    translation = Translation.objects.first()
    return {
        # pages
        "page_id": home.pk,
        "parent_page_id": home.pk,
        "page_to_move_id": index.pk,
        "destination_id": home.pk,
        "page_pk": home.pk,
        "campaign_id": world.activity.campaign_id,
        "revision_id": home.latest_revision_id or 1,
        "content_type_app_name": "campaigns",
        "content_type_model_name": "campaignpage",
        "app_label": "campaigns",
        "model_name": "campaignpage",
        "app_name": "campaigns",
        "action": "delete",
        "action_name": "approve",
        "task_state_id": 1,
        "workflow_state_id": 1,
        "task_id": world.workflow.tasks.get().pk,
        "workflow_pk": world.workflow.pk,
        # documents, images, collections
        "document_id": world.manual.pk,
        "doc_id": world.manual.pk,
        "image_id": world.image.pk,
        "filter_spec": "original",
        "uploaded_file_id": 1,
        "collection_id": Collection.get_first_root_node().pk,
        "restriction_id": 1,
        "page_view_restriction_id": 1,
        "redirect_id": world.redirect.pk,
        # trainings and indicators
        "code": world.certificate.code,
        "field": "agenda",
        "format": "csv",
        "subject": "training",  # /api/v1/training/region.csv
        "chart": "gender",  # the dashboard's chart as CSV
        "name": "region",
        "kind": "agencies",
        "job_id": world.job.pk,
        "indicator_id": world.indicator.pk,
        "plan": world.submission.plan.code,
        "period": world.submission.period,
        # translations
        "translation_id": translation.pk if translation else 1,
        "translation_source_id": translation.source_id if translation else 1,
        "string_segment_id": 1,
        "overridable_segment_id": 1,
        "mode": "",
        # the rest
        "session_id": 1,
        "object_id": trainee.pk,
        "content_type_id": ContentType.objects.get_for_model(Trainee).pk,
        "uidb64": "MQ",
        "token": "set-password",
        "ticket": world.checkin_ticket,
        "user_id": world.users["trainer"].pk,
        "key": calendar_key(world.users["trainer"]),
    }
