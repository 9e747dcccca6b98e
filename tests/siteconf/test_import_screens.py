"""The list imports in the admin (siteconf.import_views): upload → preview → confirm
without uploading again, blank templates, and exports that import back unchanged."""

import csv
import datetime
import io
import os
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from campaigns.models import ActivityKind, Channel, MediaOutlet, TargetGroup
from siteconf.import_kinds import REFERENCE_KINDS
from siteconf.import_uploads import import_uploads_purge
from siteconf.storage import private_media
from siteconf.tasks import import_uploads_purge_task
from tests import factories
from trainings.imports import reference_import
from trainings.models import Agency, Profession

pytestmark = pytest.mark.django_db
AGENCIES = (
    "code,name,kind,country,parent,aliases\n"
    "MB,Ministria e Brendshme,state,AL,,MoI\n"
    "DPP,Drejtoria e Policisë,state,AL,MB,\n"
)


@pytest.fixture
def office(client, make_user):
    user = make_user("office", "Office administrator")
    client.force_login(user)
    return user


def upload(client, kind: str, text: str, name: str = "list.csv"):
    file = SimpleUploadedFile(name, text.encode())
    return client.post(reverse("imports:upload", args=[kind]), {"file": file})


def not_found(response) -> bool:
    """A 404, which LocaleMiddleware may turn into a redirect to /sq/..."""
    return response.status_code == 404 or response["Location"].startswith("/sq/")


def kept_files() -> list[str]:
    try:
        return sorted(private_media.listdir("imports")[1])
    except FileNotFoundError:
        return []


def test_preview_shows_the_changes_and_confirm_imports_the_kept_file(client, office):
    factories.AgencyFactory(code="MB", name="Ministry of Interior", aliases="MoI")
    # when: the office uploads
    response = upload(client, "agencies", AGENCIES)
    preview = response.url
    page = client.get(preview).content.decode()
    # then: a preview, nothing written yet
    assert "1 të reja, 1 për t’u përditësuar, 0 të pandryshuara" in page
    assert "<strong>Ministria e Brendshme</strong>" in page
    assert Agency.objects.count() == 1
    # when: confirmed, with no file sent again
    response = client.post(preview)
    # then
    assert response.url == reverse("imports:upload", args=["agencies"])
    assert Agency.objects.get(code="DPP").parent.code == "MB"
    assert Agency.objects.get(code="MB").name == "Ministria e Brendshme"
    assert kept_files() == []
    assert not_found(client.get(preview))


def test_a_bad_file_shows_every_error_beside_its_cell_and_no_confirm(client, office):
    text = "code,name,kind\nMB,,ministry\n"
    # when
    page = client.get(upload(client, "agencies", text).url).content.decode()
    # then
    assert "rreshti 2, kolona name: i detyrueshëm" in page
    assert "rreshti 2, kolona kind: &#x27;ministry&#x27; duhet të jetë një nga" in page
    assert page.count('class="error-message"') == 2
    assert "Konfirmoni importin" not in page
    assert not Agency.objects.exists()


def test_a_refused_file_is_explained_on_the_preview(client, office):
    data = "code,name\nMB,Ministria e Brendshme\n".encode("utf-16")
    file = SimpleUploadedFile("list.csv", data)
    response = client.post(reverse("imports:upload", args=["agencies"]), {"file": file})
    page = client.get(response.url).content.decode()
    assert "skedari: skedari është tekst UTF-16" in page


def test_someone_elses_token_finds_nothing(client, office, make_user):
    preview = upload(client, "professions", "code,name\nPOL,Police\n").url
    # when: another office user tries the same address
    client.force_login(make_user("office2", "Office administrator"))
    # then
    assert not_found(client.get(preview))
    assert not_found(client.post(preview))
    assert not Profession.objects.exists()


def test_a_trainer_may_not_import_reference_lists(client, make_user):
    client.force_login(make_user("trainer", "Trainer"))
    response = upload(client, "professions", "code,name\nPOL,Police\n")
    assert response.status_code in (302, 403)
    assert kept_files() == []


def test_an_editor_imports_channels_but_not_agencies(client, make_user):
    client.force_login(make_user("editor", "Campaign editor"))
    page = client.get(reverse("imports:index")).content.decode()
    assert "Kanalet" in page and "Institucionet" not in page
    client.post(upload(client, "channels", "code,name\ntv,Televizion\n").url)
    assert Channel.objects.get().name == "Televizion"


def test_unconfirmed_uploads_are_deleted_after_a_day(client, office):
    upload(client, "professions", "code,name\nPOL,Police\n")
    old = kept_files()
    day_ago = time.time() - 25 * 3600
    for name in old:
        os.utime(private_media.path(f"imports/{name}"), (day_ago, day_ago))
    upload(client, "professions", "code,name\nJUD,Judges\n")
    # then: the next upload removed the old one, the task the rest
    assert len(kept_files()) == 2 and not set(old) & set(kept_files())
    assert import_uploads_purge(max_age=datetime.timedelta(0)) == 1
    assert import_uploads_purge_task.delay().get() == 0


@pytest.mark.parametrize("format", ["xlsx", "csv"])
def test_blank_template_has_the_header_an_example_and_the_codes(client, office, format):
    factories.SOPFactory(code="SOP-ID", title="Identification")
    url = reverse("imports:template", args=["modules", format])
    # when
    body = client.get(url).content
    # then
    if format == "csv":
        assert body.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        assert rows[0] == ["code", "name", "version", "sop", "title_en", "title_sr"]
        assert rows[1][3] == "SOP-ID"
        return
    book = load_workbook(io.BytesIO(body))
    assert [c.value for c in book.worksheets[0][1]] == [
        "code",
        "name",
        "version",
        "sop",
        "title_en",
        "title_sr",
    ]
    assert ["sop", "SOP-ID", "Identification"] in [
        [c.value for c in row] for row in book.worksheets[1].iter_rows()
    ]


def _export(client, kind: str, format: str) -> tuple[bytes, str]:
    response = client.get(reverse("imports:export", args=[kind, format]))
    assert response.status_code == 200
    return response.content, f"{kind}.{format}"


def _world():
    sop = factories.SOPFactory(code="SOP-ID", title="Identification")
    factories.ModuleFactory(code="MOD-1", title="Screening", sop=sop, version="2.1")
    root = factories.AgencyFactory(code="MB", name="Ministria", aliases="MoI; MPB")
    factories.AgencyFactory(code="DPP", name="Policia", kind="state", parent=root)
    factories.ProfessionFactory(code="POL", name="Police officers")
    qark = factories.RegionFactory(code="AL-11", name="Tiranë")
    factories.RegionFactory(
        code="AL-11-K",
        name="Kavajë",
        kind="municipality",
        parent=qark,
        valid_from=datetime.date(2015, 7, 1),
    )
    Channel.objects.create(code="tv", name="Televizion", name_sr="Телевизија")
    TargetGroup.objects.create(code="pupils", name="Nxënës", name_en="Pupils")
    factories.EventTypeFactory(code="ROUND_TABLE", name="Tryezë e rrumbullakët")
    ActivityKind.objects.create(code="exhibition", name="Ekspozitë", name_sr="Изложба")
    MediaOutlet.objects.create(code="klan-tv", name="Klan TV")


@pytest.mark.parametrize("format", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", list(REFERENCE_KINDS))
def test_an_export_imports_back_with_no_change(client, office, kind, format):
    _world()
    data, name = _export(client, kind, format)
    # when
    result = reference_import(kind, data, filename=name)
    # then
    assert result.errors.report() == []
    assert (result.created, result.updated) == (0, 0)
    assert result.unchanged == REFERENCE_KINDS[kind].model.objects.count() > 0


def test_export_escapes_formula_cells_and_the_import_refuses_them_plainly(
    client, office
):
    # A name typed in a form as "=HYPERLINK(...)" is exported as text...
    factories.ProfessionFactory(code="X", name='=HYPERLINK("http://x","y")')
    data, name = _export(client, "professions", "csv")
    assert "'=HYPERLINK" in data.decode("utf-8-sig")
    # ... and the import asks for the plain value rather than keeping a formula
    result = reference_import("professions", data, filename=name)
    assert result.errors.report() == [
        'rreshti 2, kolona name: \'\'=HYPERLINK("http://x","y")\' është formulë, ose '
        "do të bëhej e tillë kur hapet në Excel (fillon me =, +, - ose @): shkruani "
        "vlerën e thjeshtë"
    ]
