"""Reference data the sample files in tests/data/ refer to."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests import factories

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def reference(db, make_user):
    """Agencies, professions, regions, modules, a plan and two trainers."""
    for code in ("GDSP", "MES", "OSCE", "IOM", "AMA", "UNICEF"):
        factories.AgencyFactory(code=code)
    factories.ProfessionFactory(code="POL", name="Police officers")
    factories.ProfessionFactory(code="TEACH", name="Teachers")
    factories.RegionFactory(code="TR", name="Tirana")
    factories.RegionFactory(code="SH", name="Shkodër")
    factories.ModuleFactory(code="MOD-ID")
    factories.ModuleFactory(code="MOD-REF", title="Referral")
    plan = factories.PlanFactory(code="AL-NAP")
    for code in ("1.1.5", "3.1.13"):
        factories.PlanNodeFactory(plan=plan, code=code)
    return {
        "trainer": make_user("trainer", "Trainer"),
        "trainer2": make_user("trainer2", "Trainer"),
    }


@pytest.fixture
def world(reference):
    """The reference data, session AL-2022-001 and an empty two-level plan
    (what the bad-input tests import into)."""
    factories.TrainingSessionFactory(ref="AL-2022-001")
    return factories.PlanFactory(code="BAD-PLAN", level_names=["Goal", "Measure"])


def data_file(name: str) -> tuple[bytes, str]:
    path = DATA / name
    return path.read_bytes(), path.name


@pytest.fixture
def upload_as_office(client, make_user):
    """Post a file to an admin upload screen as the office; the page it answers."""
    client.force_login(make_user("office", "Office administrator"))

    def post(url: str, name: str, content: bytes, **data) -> str:
        data["file"] = SimpleUploadedFile(name, content)
        response = client.post(reverse(url), data)
        assert response.status_code == 200
        return response.content.decode()

    return post


@pytest.fixture
def alice_with_arta(make_user):
    """Alice trained Arta Hoxha earlier; her new session is empty."""
    alice = make_user("alice", "Trainer")
    police = factories.AgencyFactory(
        code="DPP", name="Drejtoria e Policisë", aliases="Policia"
    )
    factories.ProfessionFactory(code="POL", name="Oficer policie")
    earlier, new = (
        factories.TrainingSessionFactory(),
        factories.TrainingSessionFactory(),
    )
    earlier.trainers.add(alice)
    new.trainers.add(alice)
    arta = factories.TraineeFactory(full_name="Arta Hoxha", gender="F", agency=police)
    factories.ParticipationFactory(session=earlier, trainee=arta)
    return {"user": alice, "session": new, "arta": arta}
