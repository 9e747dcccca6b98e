"""Reference lists through Fener's django-import-export Resources (siteconf.resources):
`row N, column X: reason`, all or nothing, new / updated / unchanged, set-based."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import TargetGroup
from siteconf.import_kinds import REFERENCE_KINDS
from trainings.imports import reference_import
from trainings.models import SOP, Agency, Module, Region

pytestmark = pytest.mark.django_db


def run(kind: str, text: str, **options):
    return reference_import(kind, text.encode(), filename=f"{kind}.csv", **options)


def test_semicolon_csv_keeps_a_quoted_list_in_one_cell():
    # given: Excel's "CSV" in an Albanian region: `;` between columns
    text = 'code;name;aliases\nMB;Ministria e Brendshme;"MoI;MPB"\n'
    # when
    result = run("agencies", text)
    # then
    assert result.ok, result.errors.report()
    assert Agency.objects.get(code="MB").aliases == "MoI; MPB"


def test_one_bad_row_refuses_the_whole_file_naming_every_bad_cell():
    text = (
        "code,name,kind,country\n"
        "MB,Ministry of Interior,state,AL\n"
        "NGO1,,charity,FR\n"
        "MB,Again,state,AL\n"
    )
    # when
    result = run("agencies", text)
    # then
    assert result.errors.report() == [
        "rreshti 3, kolona name: i detyrueshëm",
        "rreshti 3, kolona kind: 'charity' duhet të jetë një nga donor, io, ngo, state",
        "rreshti 3, kolona country: 'FR' duhet të jetë një nga AL, XK",
        "rreshti 4, kolona code: përsërit rreshtin 2 (code 'MB' përsëri)",
    ]
    assert not Agency.objects.exists()


def test_an_unknown_code_suggests_the_closest_codes_and_names():
    run("regions", "code,name\nAL-11,Tiranë\nAL-02,Durrës\n")
    # when
    result = run("regions", "code,name,parent\nAL-11-KAV,Kavajë,AL-1l\n")
    # then
    assert result.errors.report() == [
        "rreshti 2, kolona parent: kod i panjohur 'AL-1l' (mos keni parasysh AL-11 "
        "ose AL-02?)"
    ]


def test_dry_run_counts_new_updated_and_unchanged_and_writes_nothing():
    run("professions", "code,name\nPOL,Police officers\nJUD,Judges\n")
    text = "code,name\nPOL,Police officers\nJUD,Judges (all courts)\nLAB,Labour\n"
    # when
    result = run("professions", text, dry_run=True)
    # then
    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    assert [(number, kind) for number, kind, _row, _changed in result.preview] == [
        (2, "skip"),
        (3, "update"),
        (4, "new"),
    ]
    assert result.preview[1][3] == {"name"}
    assert not REFERENCE_KINDS["professions"].model.objects.filter(code="LAB")


def test_a_parent_listed_below_its_child_is_linked():
    text = (
        "code,name,kind,parent,valid_from,valid_to\n"
        "AL-11-KAV,Kavajë,municipality,AL-11,2015-07-01,\n"
        "AL-11,Tiranë,qark,,,\n"
    )
    # when
    result = run("regions", text)
    # then
    assert result.ok, result.errors.report()
    child = Region.objects.get(code="AL-11-KAV")
    assert (child.parent.code, str(child.valid_from)) == ("AL-11", "2015-07-01")


def test_modules_and_sops_take_their_title_from_the_name_column():
    run("sops", "code,name,country\nSOP-ID,Identification of victims,XK\n")
    # when
    result = run("modules", "code,name,sop\nMOD-ID,Identification,sop-id\n")
    # then
    assert result.ok, result.errors.report()
    assert SOP.objects.get().country == "XK"
    module = Module.objects.get()
    assert (module.title, module.sop.code, module.version) == (
        "Identification",
        "SOP-ID",
        "1.0",
    )


def test_every_editable_field_is_a_column_without_declaring_it():
    # TargetGroup's resource declares nothing: its labels in three languages come;
    # the agencies' English and Serbian names arrive the same way.
    resource = REFERENCE_KINDS["target_groups"].resource()
    assert resource.headers() == ["code", "name", "name_en", "name_sr"]
    assert REFERENCE_KINDS["agencies"].resource().headers() == [
        "code",
        "name",
        "kind",
        "country",
        "parent",
        "aliases",
        "name_en",
        "name_sr",
    ]


def test_import_reference_command_takes_target_groups_and_channels(tmp_path):
    path = tmp_path / "groups.csv"
    path.write_text("code,name,name_en,name_sr\npupils,Nxënës,Pupils,Ученици\n")
    out = io.StringIO()
    # when
    call_command("import_reference", "target_groups", str(path), stdout=out)
    # then
    assert "u krijuan 1" in out.getvalue()
    assert TargetGroup.objects.get(code="pupils").name_sr == "Ученици"


def test_the_queries_do_not_grow_with_the_rows():
    run("agencies", "code,name\nROOT,Root\n")

    def queries(first: int, count: int) -> int:
        rows = "".join(
            f"A{i},Agency {i},ngo,AL,ROOT,\n" for i in range(first, first + count)
        )
        with CaptureQueriesContext(connection) as captured:
            result = run("agencies", "code,name,kind,country,parent,aliases\n" + rows)
        assert result.created == count
        return len(captured)

    queries(0, 5)  # warms what any first import reads once (content types...)
    # when: 30 rows, then 300, each with a parent to look up
    few, many = queries(5, 30), queries(35, 300)
    # then the same queries, but for SQLite's INSERT batches (its 999-parameter
    # limit: 124 agencies a statement, so 300 rows take 2 statements more)
    assert many - few <= (2 if connection.vendor == "sqlite" else 0)
    assert Agency.objects.filter(parent__code="ROOT").count() == 335
