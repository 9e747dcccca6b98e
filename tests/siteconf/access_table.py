"""Who reaches which URL: one row per URL pattern the project registers.

Keys are the patterns as Django's resolver prints them ("[lang]/" stands for
/sq/, /en/ and /sr/). A row names the roles that reach the screen; every other
role is refused (a redirect to a sign-in page or to the admin home with
"Sorry, you do not have permission", a 403 or a 404). Requests are GETs, so a
screen that only takes POSTs "reaches" as a 405 once past the sign-in.

Whose trainees' names a role may read is not in the rows: trainers read their
own people's, the office and superusers everyone's, every other role nobody's
(tests/siteconf/test_roles.py). The one exception is `verify/<str:code>/`,
which shows the certificate's holder to whoever holds the code.
"""

from dataclasses import dataclass

ANONYMOUS, PARTNER = "anonymous", "partner"
REPORTER = "reporter"  # an implementing institution's officer (public site only)
TRAINER, TRAINER2 = "trainer", "trainer2"  # the trainers of sessions A and B
MONITOR, EDITOR, MODERATOR = "monitor", "editor", "moderator"
OFFICE, SUPERUSER = "office", "superuser"

NOBODY: frozenset[str] = frozenset()
SUPER = frozenset({SUPERUSER})
OFFICE_ = SUPER | {OFFICE}
OWN = OFFICE_ | {TRAINER}  # session A's rows and people: its trainer and the office
TRAINERS = OWN | {TRAINER2}
FIGURES = OFFICE_ | {MONITOR}
REFERENCE = TRAINERS | {MONITOR}
CONTENT = OFFICE_ | {EDITOR, MODERATOR}
PUBLISHERS = OFFICE_ | {MODERATOR}
OUTREACH = CONTENT | {MONITOR}
ADMIN = TRAINERS | OUTREACH  # every role with admin access
PUBLIC = ADMIN | {ANONYMOUS, PARTNER, REPORTER}
# Partners-only library files: partners and staff; a reporter is neither.
SIGNED_IN = ADMIN | {PARTNER}
PARTNERS = frozenset({PARTNER})
ROLES = PUBLIC

PAGE, MOVED, POST_ONLY, RAISES = "page", "moved", "post only", "raises"


@dataclass(frozen=True)
class Expect:
    reach: frozenset[str]
    ok: str = PAGE  # what reaching looks like: a page, a redirect, a 405
    moved: frozenset[str] = frozenset()  # roles of `reach` sent on elsewhere

    def outcome(self, role: str) -> str:
        if role not in self.reach:
            return "refused"
        return MOVED if role in self.moved else self.ok


def row(reach, ok=PAGE, *, moved=()) -> Expect:
    return Expect(frozenset(reach), ok, frozenset(moved))


def model_views(
    prefix, *, view, add, change, delete, inspect=None, copy=None, usage=None
) -> dict[str, Expect]:
    """Wagtail's ModelViewSet routes. History and usage need a change permission on
    the row; copy is "add" from an existing row."""
    rows = {
        "": view,
        "results/": view,
        "new/": add,
        "edit/<int:pk>/": change,
        "delete/<int:pk>/": delete,
        "history/<int:pk>/": change,
        "history-results/<int:pk>/": change,
        "usage/<int:pk>/": change if usage is None else usage,
        "copy/<int:pk>/": add if copy is None else copy,
    }
    if inspect is not None:
        rows["inspect/<int:pk>/"] = inspect
    return {prefix + path: row(reach) for path, reach in rows.items()}


def chooser(prefix, *, choose, chosen, create) -> dict[str, Expect]:
    """Wagtail's ChooserViewSet routes; `chosen` for the one row the matrix asks
    about, "chosen-multiple" (asked about every row) as the listing."""
    rows = {
        "": choose,
        "results/": choose,
        "chosen/<str:pk>/": chosen,
        "chosen-multiple/": choose,
        "create/": create,
    }
    return {prefix + path: row(reach) for path, reach in rows.items()}


def django_admin(model) -> dict[str, Expect]:
    """Django's own admin: staff only, and no role is staff."""
    paths = ["", "add/"] + [
        f"<path:object_id>/{view}" for view in ("history/", "delete/", "change/", "")
    ]
    return {f"django-admin/{model}/{path}": row(NOBODY) for path in paths}


REFERENCE_VIEWS = {
    "view": REFERENCE,
    "add": OFFICE_,
    "change": OFFICE_,
    "delete": OFFICE_,
}
CONTENT_VIEWS = {"view": CONTENT, "add": CONTENT, "change": CONTENT, "delete": CONTENT}
OUTREACH_VIEWS = CONTENT_VIEWS | {"view": OUTREACH}
# The logs are read-only for everyone, superusers included.
LOG_VIEWS = {"add": NOBODY, "change": NOBODY, "delete": NOBODY}
SUPER_ONLY = {"add": SUPER, "change": SUPER, "delete": SUPER}

TABLE: dict[str, Expect] = {
    # --- Django's admin (nobody) -------------------------------------------------
    "django-admin/": row(NOBODY),
    "django-admin/login/": row(PUBLIC),
    "django-admin/logout/": row(PUBLIC, MOVED),
    "django-admin/password_change/": row(NOBODY),
    "django-admin/password_change/done/": row(NOBODY),
    "django-admin/autocomplete/": row(NOBODY),
    "django-admin/jsi18n/": row(NOBODY),
    # Django's "view on site": a redirect to get_absolute_url, which no model with
    # names has (a 404 whether the row exists or not).
    "django-admin/r/<path:content_type_id>/<path:object_id>/": row(NOBODY),
    "django-admin/taggit/tag/merge-tags/": row(NOBODY),
    **django_admin("taggit/tag"),
    **django_admin("axes/accessattempt"),
    **django_admin("axes/accesslog"),
    **django_admin("axes/accessfailurelog"),
    **django_admin("auditlog/logentry"),
    **django_admin("auth/group"),
    "django-admin/^(?P<app_label>taggit|axes|auditlog|auth)/$": row(NOBODY),
    "django-admin/(?P<url>.*)$": row(NOBODY),
}

TABLE |= {
    # --- Wagtail's admin: home, API, pages -------------------------------------------
    "admin/": row(ADMIN),
    "admin/test404/": row(ADMIN),  # Wagtail's sample "not found" screen
    # Wagtail's deliberate error, to test error reports: an exception by design.
    "admin/failwhale/": row(ADMIN, RAISES),
    # The admin API lists page titles, documents and images (no file content) to
    # every admin user, as Wagtail does; the files themselves stay gated.
    "admin/api/main/pages/": row(ADMIN),
    "admin/api/main/pages/<int:pk>/": row(CONTENT),
    "admin/api/main/pages/find/": row(NOBODY),
    "admin/api/main/pages/<int:pk>/action/<str:action_name>/": row(ADMIN, POST_ONLY),
    "admin/api/main/documents/": row(ADMIN),
    "admin/api/main/documents/<int:pk>/": row(ADMIN),
    "admin/api/main/documents/find/": row(NOBODY),
    "admin/api/main/images/": row(ADMIN),
    "admin/api/main/images/<int:pk>/": row(ADMIN),
    "admin/api/main/images/find/": row(NOBODY),
    "admin/pages/": row(CONTENT),
    "admin/pages/<int:parent_page_id>/": row(CONTENT),
    "admin/pages/<int:parent_page_id>/results/": row(CONTENT),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": row(NOBODY),
    # A campaign page belongs under the campaign index, not the home page.
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>"
    "/<int:parent_page_id>/": row(NOBODY),
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>"
    "/<int:parent_page_id>/preview/": row(NOBODY),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": row(
        CONTENT
    ),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>"
    "/results/": row(CONTENT),
    # "Where to add a campaign": the content roles are sent on to the one parent
    # they may use; the other admin users see an empty choice.
    "admin/pages/create/<slug:app_label>/<slug:model_name>": row(ADMIN, moved=CONTENT),
    "admin/pages/<int:page_id>/usage/": row(CONTENT),
    "admin/pages/<int:page_id>/edit/": row(CONTENT),
    "admin/pages/<int:page_id>/edit/preview/": row(CONTENT),
    "admin/pages/<int:page_id>/view_draft/": row(CONTENT),
    "admin/pages/<int:parent_page_id>/add_subpage/": row(NOBODY),  # one home, full
    "admin/pages/<int:page_id>/delete/": row(SUPER),  # the home page of a site
    "admin/pages/<int:page_id>/unpublish/": row(PUBLISHERS),
    "admin/pages/<int:page_id>/convert_alias/": row(NOBODY),  # not an alias
    "admin/pages/search/": row(CONTENT),
    "admin/pages/search/results/": row(CONTENT),
    "admin/pages/<int:page_to_move_id>/move/": row(PUBLISHERS),
    # Wagtail shows the confirmation to any admin user (titles only); the move
    # itself checks the permission.
    "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": row(ADMIN),
    "admin/pages/<int:page_to_move_id>/set_position/": row(ADMIN, POST_ONLY),
    "admin/pages/<int:page_id>/copy/": row(CONTENT),
    "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": (
        row(NOBODY)
    ),
    "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>"
    "/<int:task_state_id>/": row(NOBODY),
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/": row(ADMIN),
    "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/": row(NOBODY),
    "admin/pages/<int:page_id>/privacy/": row(PUBLISHERS),
    "admin/pages/<int:page_id>/lock/": row(ADMIN, POST_ONLY),
    "admin/pages/<int:page_id>/unlock/": row(ADMIN, POST_ONLY),
    "admin/pages/<int:page_id>/revisions/": row(ADMIN, MOVED),  # → history
    # The sample page (the home page) has revisions: the page's editors read them.
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/": row(CONTENT),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/": row(CONTENT),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": row(
        PUBLISHERS
    ),
    r"admin/pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)"
    r"\.\.\.(?P<revision_id_b>live|latest|\d+)/$": row(CONTENT),
    "admin/pages/<int:page_id>/workflow_history/": row(CONTENT),
    "admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": row(
        NOBODY
    ),
    "admin/pages/<int:page_id>/history/": row(CONTENT),
    "admin/pages/<int:page_id>/history/results/": row(CONTENT),
    "admin/choose-page/": row(ADMIN),
    "admin/choose-page/<int:parent_page_id>/": row(ADMIN),
    "admin/choose-page/search/": row(ADMIN),
    "admin/choose-page/chosen-multiple/": row(ADMIN),
    "admin/choose-external-link/": row(ADMIN),
    "admin/choose-email-link/": row(ADMIN),
    "admin/choose-phone-link/": row(ADMIN),
    "admin/choose-anchor-link/": row(ADMIN),
    "admin/tag-autocomplete/": row(ADMIN),
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": row(NOBODY),
    # --- Wagtail's settings screens: superusers ---------------------------------------
    "admin/collections/": row(SUPER),
    "admin/collections/add/": row(SUPER),
    "admin/collections/<int:pk>/": row(NOBODY),  # the root collection
    "admin/collections/<int:pk>/delete/": row(NOBODY),
    "admin/collections/<int:collection_id>/privacy/": row(SUPER),
    "admin/workflows/list/": row(SUPER),
    "admin/workflows/list/results/": row(SUPER),
    "admin/workflows/add/": row(SUPER),
    "admin/workflows/enable/<int:pk>/": row(ADMIN, POST_ONLY),
    "admin/workflows/disable/<int:pk>/": row(SUPER),
    "admin/workflows/edit/<int:pk>/": row(SUPER),
    "admin/workflows/usage/<int:pk>/": row(SUPER),
    "admin/workflows/usage/<int:pk>/results/": row(SUPER),
    "admin/workflows/remove/<int:page_pk>/": row(ADMIN, POST_ONLY),
    "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/": row(ADMIN, POST_ONLY),
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": row(NOBODY),
    "admin/workflows/tasks/select_type/": row(SUPER, MOVED),  # one task type
    "admin/workflows/tasks/index/": row(SUPER),
    "admin/workflows/tasks/index/results/": row(SUPER),
    "admin/workflows/tasks/edit/<int:pk>/": row(SUPER),
    "admin/workflows/tasks/disable/<int:pk>/": row(SUPER),
    "admin/workflows/tasks/enable/<int:pk>/": row(ADMIN, POST_ONLY),
    # Wagtail's task chooser opens for any admin user; creating a task through it
    # needs the "add task" permission (a 400 without).
    "admin/workflows/task_chooser/": row(ADMIN),
    "admin/workflows/task_chooser/results/": row(ADMIN),
    "admin/workflows/task_chooser/create/": row(ADMIN),
    "admin/workflows/task_chooser/<int:task_id>/": row(ADMIN),
    # --- reports ---------------------------------------------------------------------
    "admin/reports/locked/": row(SUPER),
    "admin/reports/locked/results/": row(SUPER),
    "admin/reports/workflow/": row(CONTENT),
    "admin/reports/workflow/results/": row(CONTENT),
    "admin/reports/workflow_tasks/": row(CONTENT),
    "admin/reports/workflow_tasks/results/": row(CONTENT),
    # Filtered per user: trainers see their own actions (PersonLogEntry), no names.
    "admin/reports/site-history/": row(ADMIN),
    "admin/reports/site-history/results/": row(ADMIN),
    "admin/reports/aging-pages/": row(CONTENT),
    "admin/reports/aging-pages/results/": row(CONTENT),
    "admin/reports/page-types-usage/": row(CONTENT),
    "admin/reports/page-types-usage/results/": row(CONTENT),
    "admin/reports/missing-translations/": row(CONTENT),
    "admin/reports/missing-translations/results/": row(CONTENT),
    "admin/reports/pending-translations/": row(CONTENT),
    # Upload a brochure from the campaign page's editor (a modal).
    "admin/campaigns/<int:campaign_id>/brochure/": row(CONTENT),
    "admin/reports/pending-translations/results/": row(CONTENT),
    # The translation editor's labels for those who send for approval: no data.
    "admin/translations/send-labels.js": row(ADMIN),
    # Untranslated names of vocabularies: the officers who read the figures.
    "admin/reports/untranslated-names/": row(FIGURES),
    "admin/reports/downloads/": row(OUTREACH),
    # --- account ---------------------------------------------------------------------
    "admin/account/": row(ADMIN),
    "admin/logout/": row(PUBLIC, POST_ONLY),  # GET: 405 for anyone, no sign-out
    "admin/dismissibles/": row(ADMIN),
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>"
    "/<int:session_id>/": row(ADMIN, POST_ONLY),
    "admin/editing-sessions/release/<int:session_id>/": row(ADMIN, POST_ONLY),
    "admin/block-preview/": row(NOBODY),  # a 404 without a block to preview
    "admin/sprite/": row(PUBLIC),
    # Signed-in users are sent to the admin home, which the matrix counts as refused.
    "admin/login/": row({ANONYMOUS, PARTNER, REPORTER}),
    "admin/password_reset/": row(PUBLIC),
    "admin/password_reset/done/": row(PUBLIC),
    "admin/password_reset/confirm/<uidb64>/<token>/": row(PUBLIC),  # "link invalid"
    "admin/password_reset/complete/": row(PUBLIC),
    "admin/jsi18n/": row(PUBLIC),
    "admin/^.*/$": row(NOBODY),
    # --- indicators ------------------------------------------------------------------
    "admin/indicators/": row(FIGURES),
    "admin/indicators/export/<str:format>/": row(FIGURES),
    "admin/indicators/dashboard/": row(FIGURES),
    "admin/indicators/dashboard/<slug:chart>.csv": row(FIGURES),  # a chart's figures
    "admin/indicators/jobs/": row(ADMIN, POST_ONLY),
    # A background report: whoever asked for it (the monitor), and superusers.
    "admin/indicators/jobs/<uuid:job_id>/": row(SUPER | {MONITOR}),
    "admin/indicators/jobs/<uuid:job_id>/status/": row(SUPER | {MONITOR}),
    "admin/indicators/jobs/<uuid:job_id>/download/": row(SUPER | {MONITOR}),
    "admin/indicators/<int:indicator_id>/values/": row(FIGURES),
    "admin/indicators/plans/import/": row(OFFICE_),
    # Institutions' reports: the office's tracker and review of a submitted one.
    "admin/monitoring/tracker/": row(FIGURES),
    "admin/monitoring/submissions/<int:pk>/": row(FIGURES),
    **model_views(
        "admin/trainings/reporting-schedule/",
        view=OFFICE_,
        add=OFFICE_,
        change=OFFICE_,
        delete=OFFICE_,
    ),
    # Implementation status: monitoring officers set it; only the office deletes.
    **model_views(
        "admin/trainings/implementation-status/",
        view=FIGURES,
        add=FIGURES,
        change=FIGURES,
        delete=OFFICE_,
    ),
    # Denominators are plan data, like targets: whoever may change a plan.
    "admin/indicators/<int:indicator_id>/denominators/": row(OFFICE_),
    "admin/indicators/training-plan/": row(FIGURES),
    # --- trainings -------------------------------------------------------------------
    "admin/trainings/trainees/<int:pk>/merge/": row(OFFICE_),
    "admin/trainings/trainees/<int:pk>/personal-data/": row(OFFICE_),
    "admin/trainings/trainees/<int:pk>/erase/": row(OFFICE_),
    "admin/trainings/sessions/<int:pk>/certificates/": row(OWN),
    "admin/trainings/sessions/<int:pk>/attendance-days/": row(OWN),
    "admin/trainings/sessions/<int:pk>/paste/": row(OWN),
    # QR check-in: the pending list and the projector page, for who may add people.
    "admin/trainings/sessions/<int:pk>/check-in/": row(OWN),
    "admin/trainings/sessions/<int:pk>/check-in/qr/": row(OWN),
    **model_views(
        "admin/trainings/sessions/",
        view=REFERENCE,
        add=TRAINERS,
        change=OWN,
        delete=OFFICE_,
        inspect=OWN | {MONITOR},
        copy=OWN,
    ),
    **model_views(
        "admin/trainings/trainees/",
        view=TRAINERS,
        add=TRAINERS,
        change=OWN,
        delete=OFFICE_,
        copy=OWN,
    ),
    # Attendance is added on the session form, never on its own.
    **model_views(
        "admin/trainings/attendance/", view=TRAINERS, add=NOBODY, change=OWN, delete=OWN
    ),
    # Series head-counts: no names; the office keeps them, monitoring reads them.
    **model_views(
        "admin/trainings/series-attendance/",
        view=FIGURES,
        add=OFFICE_,
        change=OFFICE_,
        delete=OFFICE_,
    ),
    "admin/trainings/import/": row(OFFICE_),
    "admin/trainings/calendar/": row(TRAINERS),  # the user's own feed address
    # --- list imports (siteconf.import_views): rows the role may add and change --------
    # Editors import target groups and channels; trainers their own attendance.
    "admin/imports/": row(CONTENT | TRAINERS),
    "admin/imports/<str:kind>/": row(OFFICE_),  # the sample kind is agencies
    # A kept upload's token belongs to its uploader (none has this one): a 404.
    "admin/imports/<str:kind>/<str:token>/": row(NOBODY),
    "admin/imports/<str:kind>/template/<str:format>/": row(OFFICE_),
    "admin/imports/<str:kind>/export/<str:format>/": row(REFERENCE | OFFICE_),
    **model_views("admin/trainings/agency/", **REFERENCE_VIEWS),
    **model_views("admin/trainings/profession/", **REFERENCE_VIEWS),
    **model_views("admin/trainings/region/", **REFERENCE_VIEWS),
    **model_views("admin/trainings/sop/", **REFERENCE_VIEWS),
    **model_views("admin/trainings/module/", **REFERENCE_VIEWS),
    **model_views("admin/trainings/eventtype/", **REFERENCE_VIEWS),
    # The training plan: the office writes it, monitoring officers read it.
    **model_views(
        "admin/trainings/plannedtraining/",
        view=FIGURES,
        add=OFFICE_,
        change=OFFICE_,
        delete=OFFICE_,
    ),
    **model_views("admin/trainings/export-log/", view=OFFICE_, **LOG_VIEWS),
    **model_views("admin/trainings/erasure-log/", view=OFFICE_, **LOG_VIEWS),
    **model_views("admin/trainings/audit-log/", view=FIGURES, **LOG_VIEWS),
    # The trainee chooser (on the session form): the people the user may see.
    **chooser("admin/trainee_chooser/", choose=TRAINERS, chosen=OWN, create=TRAINERS),
    # --- campaigns and materials -----------------------------------------------------
    **model_views("admin/campaignactivity/", **OUTREACH_VIEWS),
    **model_views("admin/targetgroup/", **CONTENT_VIEWS),
    **model_views("admin/channel/", **CONTENT_VIEWS),
    **model_views("admin/activitykind/", **CONTENT_VIEWS),
    **model_views("admin/mediaoutlet/", **CONTENT_VIEWS),
    **model_views("admin/publication/", **CONTENT_VIEWS),
    **model_views("admin/topic/", **CONTENT_VIEWS),
    **model_views("admin/printrun/", **OUTREACH_VIEWS),
    **model_views("admin/distribution/", **OUTREACH_VIEWS),
    # Downloads are counted, never entered or changed by hand.
    **model_views(
        "admin/materialdownload/", view=OUTREACH, inspect=OUTREACH, **SUPER_ONLY
    ),
}

TABLE |= {
    # --- translations (wagtail-localize) ---------------------------------------------
    "admin/localize/jsi18n/": row(ADMIN),
    "admin/localize/submit/page/<int:page_id>/": row(CONTENT),
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": row(
        NOBODY  # no translatable snippet models
    ),
    "admin/localize/update/<int:translation_source_id>/": row(NOBODY),
    "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>"
    "/edit/": row(ADMIN, POST_ONLY),
    "admin/localize/translate/<int:translation_id>/overrides/"
    "<int:overridable_segment_id>/edit/": row(ADMIN, POST_ONLY),
    "admin/localize/translate/<int:translation_id>/pofile/download/": row(NOBODY),
    "admin/localize/translate/<int:translation_id>/pofile/upload/": row(
        ADMIN, POST_ONLY
    ),
    "admin/localize/translate/<int:translation_id>/machine_translate/": row(
        ADMIN, POST_ONLY
    ),
    "admin/localize/translate/<int:translation_id>/preview/": row(NOBODY),
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": row(NOBODY),
    "admin/localize/translate/<int:translation_id>/disable/": row(ADMIN, POST_ONLY),
    "admin/localize/page/<int:page_id>/convert_to_alias/": row(NOBODY),
    # Titles of translated pages, for any admin user (as Wagtail's site history).
    "admin/localize/reports/translations/": row(ADMIN),
    "admin/localize/reports/translations/results/": row(ADMIN),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": row(NOBODY),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": row(
        NOBODY
    ),
    # --- forms, redirects, settings, embeds, snippets ---------------------------------
    "admin/forms/": row(CONTENT),
    "admin/forms/results/": row(CONTENT),
    "admin/forms/submissions/<int:page_id>/": row(NOBODY),  # no form pages
    "admin/forms/submissions/<int:page_id>/results/": row(NOBODY),
    "admin/forms/submissions/<int:page_id>/delete/": row(NOBODY),
    "admin/redirects/": row(SUPER),
    "admin/redirects/results/": row(SUPER),
    "admin/redirects/add/": row(SUPER),
    "admin/redirects/<int:redirect_id>/": row(SUPER),
    "admin/redirects/<int:redirect_id>/delete/": row(SUPER),
    "admin/redirects/import/": row(SUPER),
    "admin/redirects/import/process/": row(SUPER, POST_ONLY),
    "admin/settings/<slug:app_name>/<slug:model_name>/": row(NOBODY),  # none
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": row(NOBODY),
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": row(NOBODY),
    "admin/embeds/chooser/": row(ADMIN),
    "admin/embeds/chooser/upload/": row(ADMIN),
    "admin/snippets/": row(NOBODY),
    # --- documents (the materials library's files) and images -------------------------
    "admin/documents/": row(CONTENT),
    "admin/documents/results/": row(CONTENT),
    "admin/documents/add/": row(CONTENT),
    "admin/documents/edit/<int:document_id>/": row(CONTENT),
    "admin/documents/delete/<int:document_id>/": row(CONTENT),
    "admin/documents/multiple/add/": row(CONTENT),
    "admin/documents/multiple/<int:doc_id>/": row(ADMIN, POST_ONLY),
    "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": (
        row(ADMIN, POST_ONLY)
    ),
    "admin/documents/multiple/<int:doc_id>/delete/": row(ADMIN, POST_ONLY),
    "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/": row(
        ADMIN, POST_ONLY
    ),
    "admin/documents/usage/<int:document_id>/": row(CONTENT),
    # The document and image choosers list titles to any admin user (Wagtail's
    # default); choosing one needs the collection's "choose" permission.
    **chooser("admin/documents/chooser/", choose=ADMIN, chosen=CONTENT, create=CONTENT),
    "admin/images/": row(CONTENT),
    "admin/images/results/": row(CONTENT),
    "admin/images/<int:image_id>/": row(CONTENT),
    "admin/images/<int:image_id>/delete/": row(CONTENT),
    "admin/images/<int:image_id>/generate_url/": row(NOBODY),  # no image serve view
    "admin/images/<int:image_id>/generate_url/output/": row(NOBODY),
    "admin/images/<int:image_id>/preview/<str:filter_spec>/": row(CONTENT),
    "admin/images/add/": row(CONTENT),
    "admin/images/usage/<int:image_id>/": row(CONTENT),
    "admin/images/multiple/add/": row(CONTENT),
    "admin/images/multiple/<int:image_id>/": row(ADMIN, POST_ONLY),
    "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": row(
        ADMIN, POST_ONLY
    ),
    "admin/images/multiple/<int:image_id>/delete/": row(ADMIN, POST_ONLY),
    "admin/images/multiple/delete_upload/<int:uploaded_file_id>/": row(
        ADMIN, POST_ONLY
    ),
    **chooser("admin/images/chooser/", choose=ADMIN, chosen=CONTENT, create=CONTENT),
    "admin/images/chooser/<int:image_id>/select_format/": row(CONTENT),
    # --- Wagtail's settings: superusers only ----------------------------------------
    **model_views("admin/locales/", view=SUPER, **SUPER_ONLY),
    **model_views("admin/sites/", view=SUPER, **SUPER_ONLY),
    **model_views("admin/users/", view=SUPER, **SUPER_ONLY),
    **{
        route: expect
        for route, expect in model_views(
            "admin/groups/", view=SUPER, **SUPER_ONLY
        ).items()
        if "copy" not in route
    },
    # --- outside the admin -----------------------------------------------------------
    # Library files: public ones for anyone, partners-only ones for signed-in
    # partners and staff (the sample URLs are one of each; a refusal fails both).
    r"documents/^(\d+)/(.*)$": row(SIGNED_IN),
    "documents/authenticate_with_password/<int:restriction_id>/": row(NOBODY),
    "sitemap.xml": row(PUBLIC),
    "figures/summary.json": row(PUBLIC),  # counts, small ones suppressed
    # Open data (docs/open-data.md): aggregates, small counts suppressed.
    "api/v1/": row(PUBLIC),
    "api/v1/<slug:subject>/<slug:name>.<slug:format>": row(PUBLIC),
    "verify/<str:code>/": row(PUBLIC),  # the name on the certificate, by design
    "trainings/sessions/<int:pk>/sign-in-sheet.pdf": row(OWN),
    "trainings/sessions/<int:pk>/files/<str:field>": row(OWN),
    "trainings/certificates/<str:code>.pdf": row(OWN),
    # The trainer's calendar feed, for whoever holds its secret address (a calendar
    # app signs in to nothing): titles, dates and places, no names.
    "calendar/<int:user_id>/<str:key>.ics": row(PUBLIC),
    "trainings/sessions/<int:pk>/certificates.zip": row(OWN),
    "[lang]/accounts/login/": row(PUBLIC),
    "[lang]/accounts/logout/": row(PUBLIC, POST_ONLY),
    "[lang]/partners/": row(PARTNERS),
    "[lang]/partners/distributions/new/": row(PARTNERS),
    # The partner's own report (the world's IOM one, reported just now); the office
    # corrects distributions in the admin, not here.
    "[lang]/partners/distributions/<int:pk>/edit/": row(PARTNERS),
    "[lang]/partners/distributions/<int:pk>/withdraw/": row(PARTNERS),
    # The reporter's own institution's reports; its evidence also for the office.
    "[lang]/reporting/": row({REPORTER}),
    "[lang]/reporting/<str:plan>/<str:period>/": row({REPORTER}),
    "[lang]/reporting/evidence/<int:pk>/": row(FIGURES | {REPORTER}),
    "[lang]/search/": row(PUBLIC),
    # The phone form a session's QR code opens (today's code of a session running
    # today): no account, no names but the person's own.
    "[lang]/checkin/<str:ticket>/": row(PUBLIC),
    "[lang]/feed/": row(PUBLIC),
    "[lang]/feed/atom/": row(PUBLIC),
    "[lang]/_util/authenticate_with_password/<int:page_view_restriction_id>"
    "/<int:page_id>/": row(NOBODY),  # no private pages
    "[lang]/_util/login/": row(PUBLIC),
    r"[lang]/^((?:[\w\-]+/)*)$": row(PUBLIC),  # every live page in sq, en and sr
}
