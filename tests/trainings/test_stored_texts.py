"""Texts Fener stores in English read in the reader's language, old rows too."""

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.users.models import UserProfile

from trainings.models import PersonalDataExport, Profession

pytestmark = pytest.mark.django_db


@pytest.fixture
def serbian_reader(client, make_user):
    """Sign in a user who chose Serbian: `role` None is a superuser."""

    def sign_in(role):
        user = make_user("reader", role)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "sr"
        profile.save()
        client.force_login(user)
        return client

    return sign_in


def test_export_log_says_what_was_taken_in_the_readers_language(serbian_reader):
    # rows written before the log was translated, and one it does not know
    for what in ("trainee list (xlsx)", "sign-in sheet (pdf)", "sign-in sheet scan"):
        PersonalDataExport.objects.create(what=what)
    PersonalDataExport.objects.create(what="printed list (paper)")

    page = serbian_reader("Office administrator").get(reverse("exportlog:index"))

    text = page.content.decode()
    for shown in (
        "списак полазника (xlsx)",
        "листа присуства (pdf)",
        "скенирана листа присуства",
        "printed list (paper)",
    ):
        assert shown in text
    assert "trainee list" not in text and "sign-in sheet" not in text


def test_an_import_runs_audit_entry_reads_in_the_readers_language(serbian_reader):
    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Profession),
        object_pk="",
        object_repr="Import of professions.csv",
        action=LogEntry.Action.CREATE,
        changes={"file": [None, "professions.csv"], "created": [None, "2"]},
    )

    page = serbian_reader("Office administrator").get(reverse("audit_log:index"))

    text = page.content.decode()
    assert "Увоз датотеке professions.csv" in text
    assert "направљено: – → 2" in text
    assert "Import of" not in text


def test_role_names_read_in_the_readers_language(serbian_reader, roles):
    client = serbian_reader(None)

    groups = client.get(reverse("wagtailusers_groups:index")).content.decode()
    user_form = client.get(reverse("wagtailusers_users:add")).content.decode()

    for page in (groups, user_form):
        assert "Администратор канцеларије" in page and "Тренер" in page
        assert "Office administrator" not in page and "Trainer<" not in page
