"""Materials fixtures: a public brochure in three languages and a partners-only manual."""

import pytest

from tests.factories import AgencyFactory, MaterialFactory, PublicationFactory


@pytest.fixture
def brochure(db):
    """A public brochure with sq, en and sr files; returns {language: Material}."""
    publication = PublicationFactory(title="Broshura 116 006", kind="brochure")
    return {
        language: MaterialFactory(
            publication=publication, language=language, title=f"116 006 ({language})"
        )
        for language in ("sq", "en", "sr")
    }


@pytest.fixture
def manual(db):
    """A training manual for partner organisations only."""
    publication = PublicationFactory(
        title="Manual SOP", kind="training_manual", partners_only=True
    )
    return MaterialFactory(publication=publication, title="Manual SOP")


@pytest.fixture
def partner(make_user):
    """A signed-in-able user of the IOM partner organisation."""
    return make_user(
        "iom", "Partner", organisation=AgencyFactory(code="IOM", name="IOM Tirana")
    )
