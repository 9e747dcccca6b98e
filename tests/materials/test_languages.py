"""Materials in the languages people read: any ISO 639 language, not only the site's."""

import pytest

from materials.demo import build_library_page
from materials.languages import language_choices
from tests.factories import MaterialFactory, PublicationFactory

pytestmark = pytest.mark.django_db


def test_the_site_languages_come_first_then_every_other_by_its_own_name():
    choices = dict(language_choices())
    codes = list(choices)

    assert codes[:3] == ["sq", "en", "sr"]
    assert choices["sq"] == "Shqip" and choices["sr"] == "Српски"
    assert choices["ar"] == "العربيّة" and choices["fa"] == "فارسی"
    assert choices["rom"] == "Romanes"  # Romani, which Django's list lacks
    assert len(codes) > 80


def test_a_leaflet_in_arabic_is_offered_and_filtered_by_its_language(client, home_page):
    library = build_library_page(home=home_page)
    leaflet = PublicationFactory(title="Know your rights", kind="leaflet")
    MaterialFactory(publication=leaflet, title="Njihni të drejtat", language="sq")
    MaterialFactory(publication=leaflet, title="اعرف حقوقك", language="ar")
    MaterialFactory(publication=PublicationFactory(title="Poster"), language="sq")

    html = client.get(library.url).content.decode()
    arabic = client.get(library.url, {"language": "ar"})

    # the filter offers the languages the library holds, not all of ISO 639
    assert '<option value="ar">العربيّة</option>' in html
    assert '<option value="de">' not in html
    assert "Shkarko العربيّة (PDF)" in html
    assert [p.title for p in arabic.context["publications"]] == ["Know your rights"]
