"""What editors and trainers type reaches visitors as text, never as markup that runs."""

import json
import re
from html import unescape
from unittest import mock

import pytest
from wagtail.test.utils.form_data import querydict_from_html

from campaigns.models import CampaignIndexPage, CampaignPage
from tests.factories import (
    CampaignPageFactory,
    ParticipationFactory,
    TraineeFactory,
    TrainingSessionFactory,
)
from trainings.models import Certificate
from trainings.services import certificates

NASTY_TEXT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
NASTY_URL = "javascript:alert(document.cookie)"


def contentstate(text: str, url: str) -> str:
    """What Draftail posts: the text, with a link over its first word."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": f"Call {text}",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
            },
        }
    )


@pytest.fixture
def campaign(home_page):
    index = CampaignIndexPage.objects.get(locale__language_code="sq")
    return CampaignPageFactory(parent=index, title="Java kundër trafikimit")


def edit_form(client, page) -> dict:
    """The page's edit form as the browser would submit it, unchanged."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def body_block(kind: str, value: dict | str, index: int = 0) -> dict:
    prefix = f"body-{index}"
    fields = {f"{prefix}-type": kind, f"{prefix}-deleted": "", f"{prefix}-order": "0"}
    if isinstance(value, dict):
        return fields | {f"{prefix}-value-{k}": v for k, v in value.items()}
    return fields | {f"{prefix}-value": value}


def main_html(response) -> str:
    return re.search(r"<main.*</main>", response.content.decode(), re.S).group(0)


def test_scripts_handlers_and_javascript_links_never_reach_the_public_page(
    client, make_user, campaign
):
    # given an editor's edit form with hostile rich text in both rich text places
    client.force_login(make_user("office"))
    form = edit_form(client, campaign)
    form["objectives"] = contentstate(NASTY_TEXT, NASTY_URL)
    form.update({"body-count": "1"} | body_block("paragraph", form["objectives"]))
    form["action-publish"] = "action-publish"

    # when it is published
    response = client.post(f"/admin/pages/{campaign.pk}/edit/", form)
    assert response.status_code == 302, response.context["form"].errors

    # then the public page shows the text, escaped, and no markup from it runs
    page = CampaignPage.objects.get(pk=campaign.pk)
    html = main_html(client.get(page.url))
    assert html.count("&lt;script&gt;") == 2  # objectives + body paragraph
    assert "<script" not in html
    assert not re.search(r"<[^>]+\sonerror=", html)
    assert "javascript:" not in html


def test_a_call_to_action_with_a_javascript_link_is_refused(
    client, make_user, campaign
):
    client.force_login(make_user("office"))
    form = edit_form(client, campaign)
    button = {"text": "Call 116 006", "url": NASTY_URL}
    form.update({"body-count": "1"} | body_block("call_to_action", button))
    form["action-publish"] = "action-publish"

    response = client.post(f"/admin/pages/{campaign.pk}/edit/", form)

    assert response.status_code == 200
    # The admin speaks Albanian to a user without a preferred language; block
    # errors reach the page as JSON inside an HTML attribute.
    error = "Përdorni një adresë interneti, ose një lidhje tel: ose mailto:."
    assert json.dumps(error)[1:-1] in unescape(response.content.decode())
    assert "javascript:" not in main_html(client.get(campaign.url))


@pytest.fixture
def hostile_trainee(db):
    session = TrainingSessionFactory(title="SOP training")
    trainee = TraineeFactory(full_name=f"Arta {NASTY_TEXT}")
    ParticipationFactory(session=session, trainee=trainee)
    return session


def rendered_html(render, **kwargs) -> str:
    """The HTML a PDF is made from (WeasyPrint would not run scripts, a viewer might)."""
    with mock.patch.object(certificates, "_pdf", wraps=certificates._pdf) as pdf:
        render(**kwargs)
    return pdf.call_args.args[0]


def test_a_trainee_name_with_markup_is_shown_as_text(client, hostile_trainee):
    certificates.certificates_issue(session=hostile_trainee)
    certificate = Certificate.objects.get()

    verify = main_html(client.get(f"/verify/{certificate.code}/"))
    sheet = rendered_html(
        certificates.session_signin_sheet_render, session=hostile_trainee
    )
    paper = rendered_html(certificates.certificate_pdf_render, certificate=certificate)

    for html in (verify, sheet, paper):
        assert "Arta &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
        assert "<script" not in html and "<img src=x" not in html
