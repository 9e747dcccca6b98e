"""QR self check-in on a phone (375 px, Albanian): the trainer projects the day's
code, two trainees check in, yesterday's code is refused, the trainer confirms."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests import factories
from trainings.models import Participation, Trainee

pytestmark = pytest.mark.browser
ALBANIAN = {"locale": "sq-AL"}
PHONE = {**ALBANIAN, "viewport": {"width": 375, "height": 740}, "is_mobile": True}
ENGLISH = ["Check", "Name", "Gender", "Profession", "Institution", "Confirm", "Day"]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, **ALBANIAN}


@pytest.fixture
def session(transactional_db, make_user):
    """A three-day session running today; Drita Hoxha was trained before."""
    agency = factories.AgencyFactory(code="MES", name="Ministria e Arsimit")
    factories.ProfessionFactory(code="TEACH", name="Mësues")
    Trainee.objects.create(full_name="Drita Hoxha", agency=agency)
    today = timezone.localdate()
    session = factories.TrainingSessionFactory(
        ref="AL-2026-031",
        title="Identifikimi i viktimave në shkolla",
        start_date=today - datetime.timedelta(days=1),
        end_date=today + datetime.timedelta(days=1),
        language="sq",
    )
    session.trainers.add(make_user("alice", "Trainer"))
    return session


def test_trainees_check_in_by_phone_and_the_trainer_confirms(
    session, live_server, page, other_person, admin_sign_in, screenshot
):
    # given the trainer on the session's check-in screen
    admin_sign_in(page, "alice")
    page.goto(f"{live_server.url}/admin/trainings/sessions/edit/{session.pk}/")
    page.get_by_role("link", name="Regjistrimi (kodi QR)").click()
    expect(page.get_by_role("heading", name="0 regjistrime në pritje")).to_be_visible()

    # when they put today's code on the projector
    today = timezone.localdate()
    link = page.locator(f"a[href$='day={today:%Y-%m-%d}']")
    expect(link).to_contain_text("Kodi QR për")
    page.goto(live_server.url + link.get_attribute("href"))
    expect(
        page.get_by_role("heading", name="Skanoni për t'u regjistruar")
    ).to_be_visible()
    screenshot(page, "checkin-projector")
    path = urlsplit(page.locator(".url").inner_text()).path
    assert path.startswith("/sq/checkin/")

    # and a trainee opens it on a phone, in Albanian
    phone = other_person(**PHONE)
    response = phone.goto(live_server.url + path)
    weight = len(response.body())
    assert weight < 30_000, weight  # a small page on a weak connection
    _no_english(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    expect(phone.get_by_text("Identifikimi i viktimave në shkolla")).to_be_visible()
    assert "Drita Hoxha" not in phone.content()  # nobody else's name

    # and fills in the form
    phone.get_by_label("Emri dhe mbiemri juaj").fill("Arta Gashi")
    phone.get_by_label("Femër").check()
    phone.get_by_label("Profesioni", exact=True).select_option(label="Mësues")
    phone.get_by_label("Institucioni", exact=True).fill("Ministria e Arsimit")
    phone.get_by_label("Pranoj që emri").check()
    screenshot(phone, "checkin-phone-form")
    phone.get_by_role("button", name="Regjistrohem").click()

    # then she is thanked, and sees nothing of anybody else
    expect(phone.get_by_role("status")).to_contain_text(
        "Faleminderit, Arta Gashi: jeni regjistruar për sot."
    )
    screenshot(phone, "checkin-phone-done")

    # when a second person, trained before, checks in in capitals
    second = other_person(**PHONE)
    second.goto(live_server.url + path)
    second.get_by_label("Emri dhe mbiemri juaj").fill("DRITA HOXHA")
    second.get_by_label("Pranoj që emri").check()
    second.get_by_role("button", name="Regjistrohem").click()
    expect(second.get_by_role("status")).to_contain_text("DRITA HOXHA")

    # and somebody scans a photo of yesterday's code
    ticket = path.split("/")[3]
    pk, day = ticket.split(":")[0].split(".")
    yesterday = f"{today - datetime.timedelta(days=1):%Y%m%d}"
    late = other_person(**PHONE)
    late.goto(f"{live_server.url}/sq/checkin/{pk}.{yesterday}:{ticket.split(':')[1]}/")

    # then they are refused with a sentence (the signature is yesterday's no more)
    expect(late.get_by_role("alert")).to_have_text(
        "Ky kod regjistrimi nuk është i vlefshëm. "
        "Skanoni sërish kodin QR që tregon trajneri."
    )
    screenshot(late, "checkin-phone-refused")

    # when the trainer reloads the list and confirms everyone
    page.goto(f"{live_server.url}/admin/trainings/sessions/{session.pk}/check-in/")
    expect(page.get_by_role("heading", name="2 regjistrime në pritje")).to_be_visible()
    expect(page.locator("tr", has_text="DRITA HOXHA")).to_contain_text(
        "person i njohur"
    )
    expect(page.locator("tr", has_text="Arta Gashi")).to_contain_text("person i ri")
    screenshot(page, "checkin-pending")
    page.get_by_role("button", name="Konfirmo të gjitha").click()

    # then both are in the attendance, Drita as the person already known
    expect(page.get_by_text("2 regjistrime u konfirmuan")).to_be_visible()
    rows = Participation.objects.filter(session=session)
    assert sorted(r.trainee.full_name for r in rows) == ["Arta Gashi", "Drita Hoxha"]
    assert Trainee.objects.count() == 2
    arta = rows.get(trainee__full_name="Arta Gashi")
    assert (arta.gender, arta.agency.code, arta.profession.code) == (
        "F",
        "MES",
        "TEACH",
    )

    # when the trainer opens the day grid: today is marked present by the phone
    page.goto(f"{live_server.url}/admin/trainings/sessions/edit/{session.pk}/")
    page.get_by_role("link", name="Pjesëmarrja sipas ditëve").click()
    cell = page.get_by_label(f"Arta Gashi, {today:%d.%m.%Y}")
    expect(cell).to_have_value("present")

    # and marks her absent tomorrow (the rule: 80 % of 3 days, all 3)
    tomorrow = today + datetime.timedelta(days=1)
    page.get_by_label(f"Arta Gashi, {tomorrow:%d.%m.%Y}").select_option("absent")
    page.get_by_role("button", name="Ruaj").click()

    # then she counts 2 of 3 days and is not trained
    row = page.locator("tr", has_text="Arta Gashi")
    expect(row).to_contain_text("2 / 3")
    expect(row.locator("td").last).to_have_text("jo")
    screenshot(page, "attendance-by-day")
    assert not rows.get(trainee__full_name="Arta Gashi").trained


def _no_english(page) -> None:
    text = page.locator("main").inner_text()
    assert not [word for word in ENGLISH if word in text.split()], text[:2000]
