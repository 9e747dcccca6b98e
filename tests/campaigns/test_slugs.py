"""Page addresses in ASCII (issue 11): typed from posters, shared on social media."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from campaigns.models import CampaignIndexPage, CampaignPage
from siteconf.roles import roles_grant_content
from siteconf.slugs import AsciiSlugMixin, page_slugs_make_ascii
from tests.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db


def test_editor_typing_albanian_letters_gets_an_ascii_address(
    client, make_user, home_page, campaign_index
):
    roles_grant_content(home_page=home_page)
    client.force_login(make_user("editor", "Office administrator"))

    # when the slug reaches the server with "ë" and "ç" (no JavaScript, an old form)
    title = "Javë kundër çdo forme trafikimi"
    form = {"title": title, "slug": "javë-kundër-çdo-forme", "body-count": "0"}
    add = f"/admin/pages/add/campaigns/campaignpage/{campaign_index.pk}/"
    response = client.post(add, {**form, "action-publish": "Publish"})

    # then the page's address has plain letters, and it opens
    assert response.status_code == 302, response.context["form"].errors
    page = CampaignPage.objects.get(title=title)
    assert page.url == "/sq/fushatat/jave-kunder-cdo-forme/"
    assert client.get(page.url).status_code == 200


def test_serbian_cyrillic_title_gives_the_usual_latin_address(campaign_index):
    serbian_index = campaign_index.get_translation(
        Locale.objects.get(language_code="sr")
    )

    page = serbian_index.add_child(
        instance=CampaignPage(
            title="Ђурђевдан, Љубав, Њива, Џеп: Чачак, Ћуприја, Шабац, Жене"
        )
    )

    assert page.slug == "djurdjevdan-ljubav-njiva-dzep-cacak-cuprija-sabac-zene"


def test_a_translators_cyrillic_slug_becomes_latin(campaign_index):
    page = CampaignPageFactory(parent=campaign_index, title="Java", slug="java")
    serbian = Locale.objects.get(language_code="sr")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=serbian)
    typed = {"title": "Недеља против трговине", "slug": "ђурђевдан-кампања"}
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.context.path in typed:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=serbian,
                context=segment.context,
                data=typed[segment.context.path],
            )

    # when the translator's Serbian version is published
    translation.save_target(publish=True)

    assert page.get_translation(serbian).url == "/sr/kampanje/djurdjevdan-kampanja/"


def test_a_transliterated_slug_taken_by_a_sibling_gets_a_number(campaign_index):
    CampaignPageFactory(parent=campaign_index, title="Java", slug="jave")

    page = CampaignPageFactory(parent=campaign_index, title="Javë", slug="javë")

    assert page.slug == "jave-2"


def test_old_addresses_with_diacritics_redirect_to_the_ascii_ones(
    client, campaign_index, django_capture_on_commit_callbacks
):
    # given an index and a campaign saved before addresses were ASCII
    CampaignPageFactory(parent=campaign_index, title="Java", slug="java")
    CampaignPageFactory(parent=campaign_index, title="Javë e vjetër", slug="jave")
    legacy = CampaignPageFactory(parent=campaign_index, title="Javë", slug="javë")
    Page.objects.filter(pk=legacy.pk).update(
        slug="javë", url_path=legacy.url_path.replace("jave-2", "javë")
    )
    Page.objects.filter(pk=campaign_index.pk).update(slug="fushatë")
    for page in campaign_index.get_descendants(inclusive=True):
        Page.objects.filter(pk=page.pk).update(
            url_path=page.url_path.replace("/fushatat/", "/fushatë/")
        )

    # when the migration makes them ASCII
    with django_capture_on_commit_callbacks(execute=True):
        assert page_slugs_make_ascii() == 2

    # then the old addresses, the index's and its campaigns', answer with a
    # permanent redirect to the new ones
    legacy.refresh_from_db()
    assert legacy.url == "/sq/fushate/jave-2/"
    for old, new in (
        ("/sq/fushat%C3%AB/", "/sq/fushate/"),
        ("/sq/fushat%C3%AB/java/", "/sq/fushate/java/"),
        ("/sq/fushat%C3%AB/jav%C3%AB/", "/sq/fushate/jave-2/"),
    ):
        response = client.get(old)
        assert (response.status_code, response.headers["Location"]) == (301, new)
    assert client.get("/sq/fushate/jave-2/").status_code == 200


def test_every_page_type_makes_its_slug_ascii():
    ours = [m for m in get_page_models() if m is not Page]

    assert ours and all(issubclass(m, AsciiSlugMixin) for m in ours)


@pytest.mark.browser
def test_the_editors_slug_field_writes_serbian_cyrillic_the_usual_way(
    live_home_page, live_server, page, make_user, admin_sign_in
):
    roles_grant_content(home_page=live_home_page)
    make_user("editor", "Campaign editor")
    serbian_index = CampaignIndexPage.objects.get(locale__language_code="sr")
    admin_sign_in(page, "editor")

    # when the editor types a Cyrillic title on a new Serbian campaign
    page.goto(
        f"{live_server.url}/admin/pages/add/campaigns/campaignpage/{serbian_index.pk}/"
    )
    page.get_by_role("textbox", name="Title").fill("Шабац, Ниш и Џеп")
    page.get_by_role("textbox", name="Title").press("Tab")

    # then the address the script proposes is the one the server would make
    expect(page.locator("#id_slug")).to_have_value("sabac-nis-i-dzep")
