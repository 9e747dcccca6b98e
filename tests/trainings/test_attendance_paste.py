"""A trainer pastes a block of people copied from a spreadsheet into a session.

Ten people were ten pop-ups and about 80 clicks. Now the four columns (name,
gender, profession, institution) pasted at once become the session's rows; a
known name is the same person, and one bad line adds nobody and says which.
"""

import pytest
from django.urls import reverse

from trainings.models import Trainee

pytestmark = pytest.mark.django_db

NAMES = [
    "Arta Hoxha",
    "Dritan Shehu",
    "Elira Kola",
    "Besnik Gjoka",
    "Mirela Dushku",
    "Gentian Cela",
    "Ilda Meta",
    "Klodian Rama",
    "Lindita Bregu",
    "Olsi Zeneli",
]


def _block(names) -> str:
    return "\n".join(
        f"{name}\t{'Femër' if n % 2 == 0 else 'M'}\tPOL\tPolicia"
        for n, name in enumerate(names)
    )


def _paste(client, session, block):
    url = reverse("trainings_session_paste", args=[session.pk])
    return client.post(url, {"block": block})


def test_ten_pasted_people_become_the_sessions_rows(client, alice_with_arta):
    session = alice_with_arta["session"]
    client.force_login(alice_with_arta["user"])
    block = _block([n.upper() if n == "Arta Hoxha" else n for n in NAMES])
    response = _paste(client, session, block + "\n\n")
    assert response.status_code == 302
    rows = session.participations.select_related("trainee", "agency", "profession")
    assert sorted(r.trainee.full_name for r in rows) == sorted(NAMES)
    assert {(r.agency.code, r.profession.code) for r in rows} == {("DPP", "POL")}
    # "ARTA HOXHA" is Alice's Arta: the same person, not a new one
    assert rows.get(trainee__full_name="Arta Hoxha").trainee == alice_with_arta["arta"]
    assert Trainee.objects.count() == 10
    assert rows.get(trainee__full_name="Dritan Shehu").gender == "M"
    page = client.get(response.url).content.decode()
    assert "10 persona u shtuan." in page
    # pasted again: nobody twice
    assert _paste(client, session, block).status_code == 302
    assert session.participations.count() == 10


def test_a_bad_line_adds_nobody_and_says_which(client, alice_with_arta):
    session = alice_with_arta["session"]
    client.force_login(alice_with_arta["user"])
    block = _block(NAMES[:3]) + "\nBora Lleshi\tX\tPOL\tBashkia e Hënës"
    response = _paste(client, session, block)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Asgjë nuk u shtua." in page
    assert "Rreshti 4: " in page
    assert "&#x27;X&#x27; nuk është gjini: shkruani F ose M." in page
    assert "Asnjë institucion nuk quhet &#x27;Bashkia e Hënës&#x27;" in page
    assert not session.participations.exists()
    assert Trainee.objects.count() == 1


def test_only_the_sessions_trainers_may_paste(client, alice_with_arta, make_user):
    client.force_login(make_user("bob", "Trainer"))
    url = reverse("trainings_session_paste", args=[alice_with_arta["session"].pk])
    response = client.post(url, {"block": _block(NAMES[:1])}, follow=True)
    assert response.status_code == 404
    assert not alice_with_arta["session"].participations.exists()
