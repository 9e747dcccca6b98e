"""The untranslated-names report: what each list still lacks in English or Serbian."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

URL = "/admin/reports/untranslated-names/"


@pytest.fixture
def office(client, make_user):
    client.force_login(make_user("office", "Office administrator"))
    return client


@pytest.fixture
def agencies(db):
    return {
        "untranslated": factories.AgencyFactory(
            code="KMD", name="Komisioneri për Mbrojtjen e të Dhënave"
        ),
        "translated": factories.AgencyFactory(
            code="GDSP",
            name="Drejtoria e Përgjithshme e Policisë së Shtetit",
            name_en="General Directorate of State Police",
            name_sr="Генерална дирекција државне полиције",
        ),
        "half": factories.AgencyFactory(
            code="ONAC",
            name="Zyra e Koordinatorit Kombëtar",
            name_en="Office of the National Coordinator",
        ),
    }


def agency_counts(html: str) -> list[str]:
    row = re.search(r"<td>Institucionet</td>(.*?)</tr>", html, re.S)
    return re.findall(r"<td>(\d+)</td>", row[1])


def test_counts_rows_lacking_each_language(office, agencies):
    html = office.get(URL).content.decode()

    # three agencies, two without English, two without Serbian
    assert agency_counts(html) == ["3", "1", "2"]
    assert "Mungon: Anglisht" in html


def test_lists_the_untranslated_agency_and_not_the_translated_one(office, agencies):
    html = office.get(URL, {"list": "trainings.agency"}).content.decode()

    assert "KMD – Komisioneri për Mbrojtjen e të Dhënave" in html
    assert "ONAC" in html
    assert "GDSP" not in html
    edit = f"/admin/trainings/agency/edit/{agencies['untranslated'].pk}/"
    assert f'href="{edit}"' in html


def test_monitoring_officer_sees_the_list_without_edit_links(
    client, make_user, agencies
):
    client.force_login(make_user("monitor", "Monitoring officer"))

    html = client.get(URL, {"list": "trainings.agency"}).content.decode()

    assert "KMD" in html
    assert "/edit/" not in html  # reference data is the office's to change


def test_query_count_does_not_grow_with_rows(office, agencies):
    def queries_for_the_listing() -> int:
        office.get(URL, {"list": "trainings.profession"})  # session, user cached
        with CaptureQueriesContext(connection) as queries:
            response = office.get(URL, {"list": "trainings.profession"})
        assert response.status_code == 200
        return len(queries)

    factories.ProfessionFactory.create_batch(3)
    few = queries_for_the_listing()
    factories.ProfessionFactory.create_batch(60)  # a second page, too

    assert queries_for_the_listing() == few


def test_plans_lacking_translated_level_names_are_counted(db):
    from siteconf.selectors import missing_translation_counts
    from trainings.models import Plan

    factories.PlanFactory(
        code="P1", title="Plani", title_en="Plan", title_sr="План", level_names=["Masë"]
    )
    factories.PlanFactory(
        code="P2",
        title="Plani 2",
        title_en="Plan 2",
        title_sr="План 2",
        level_names=["Masë"],
        level_names_en=["Measure"],
        level_names_sr=["Мера"],
    )

    [counts] = missing_translation_counts([Plan])

    assert (counts["rows"], counts["en"], counts["sr"]) == (2, 1, 1)
