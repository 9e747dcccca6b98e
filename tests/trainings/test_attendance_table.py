"""A trainer types people straight into the session's participants table.

Each person took a pop-up and about eight clicks; now a line is the name,
gender, profession and institution, typed (suggested from one shared list),
and the name folds onto the trainer's known person ("ARTA HOXHA" is "Arta Hoxha").
"""

import pytest
from django.urls import reverse

from tests.factories import (
    session_post,
)
from trainings.models import Trainee

pytestmark = pytest.mark.django_db


def _typed(session, trainer, rows):
    data = session_post(session, trainer, rows=len(rows))
    for i, (name, gender, profession, agency) in enumerate(rows):
        data |= {
            f"participations-{i}-full_name": name,
            f"participations-{i}-gender": gender,
            f"participations-{i}-profession": profession,
            f"participations-{i}-agency": agency,
            f"participations-{i}-count": "1",
        }
    return data


def _post(client, session, data):
    return client.post(reverse("training_sessions:edit", args=[session.pk]), data)


def test_typed_names_fold_onto_known_people_or_become_new_ones(client, alice_with_arta):
    session, user = alice_with_arta["session"], alice_with_arta["user"]
    client.force_login(user)
    rows = [
        ("ARTA  HOXHA", "F", "POL", "Policia"),  # Alice's known Arta, by alias
        ("Dritan Shehu", "M", "Oficer policie", "DPP – Drejtoria e Policisë"),
    ]
    response = _post(client, session, _typed(session, user, rows))
    assert response.status_code == 302
    people = dict(session.participations.values_list("trainee__full_name", "gender"))
    assert people == {"Arta Hoxha": "F", "Dritan Shehu": "M"}
    assert Trainee.objects.filter(full_name__iexact="arta hoxha").count() == 1
    dritan = Trainee.objects.get(full_name="Dritan Shehu")
    assert (dritan.agency.code, dritan.profession.code) == ("DPP", "POL")
    assert dritan.created_by == user
    # reopened, each line shows the person and the institution as the list says it
    page = client.get(reverse("training_sessions:edit", args=[session.pk]))
    html = page.content.decode()
    assert 'value="Dritan Shehu"' in html
    assert html.count('value="DPP – Drejtoria e Policisë"') == 3  # 2 rows + list


def test_an_unknown_institution_is_a_sentence_and_nothing_is_saved(
    client, alice_with_arta
):
    session, user = alice_with_arta["session"], alice_with_arta["user"]
    client.force_login(user)
    rows = [("Dritan Shehu", "M", "POL", "Bashkia e Hënës")]
    response = _post(client, session, _typed(session, user, rows))
    assert response.status_code == 200
    assert "Asnjë institucion nuk quhet &#x27;Bashkia e Hënës&#x27;" in (
        response.content.decode()
    )
    assert not session.participations.exists()
    assert not Trainee.objects.filter(full_name="Dritan Shehu").exists()
