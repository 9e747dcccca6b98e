"""Which country a record belongs to, for country-scoped reports (issue 14, item 6).

The rule, once, in the two forms the report engine needs (ORM and SQL): a
record's country is its region's country; without a region, its organising
agency's (a session's or activity's organiser, a distribution's partner);
with neither, the installation's own country (FENER_COUNTRY), so a record
typed without a place is never dropped from every report.
The region wins because it says where the work happened: a training an
Albanian ministry ran in Prishtinë counts for Kosovo.
Print runs are not scoped: they have no place, and reach a plan only through
publications made for its measures.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q

from ..models import Agency, Region
from ..models.reference import Country


def in_country(country: str, *, region: str, agency: str) -> Q:
    """ORM condition: records whose `region` / `agency` paths put them in `country`."""
    condition = Q(**{f"{region}__country": country}) | Q(
        **{f"{region}__isnull": True, f"{agency}__country": country}
    )
    if country == home_country():
        condition |= Q(**{f"{region}__isnull": True, f"{agency}__isnull": True})
    return condition


def session_country_sql(session: str) -> tuple[str, str]:
    """SQL (joins, expression): the country of the training session aliased
    `session`, once its FROM clause has the joins.

    Joined, not looked up per session: PostgreSQL hashes the two small tables
    instead of scanning the regions once for every session of the period."""
    regions, agencies = Region._meta.db_table, Agency._meta.db_table
    region, agency = f"{session}_region", f"{session}_organiser"
    joins = (
        f"LEFT JOIN {regions} {region} ON {region}.id = {session}.region_id "
        f"LEFT JOIN {agencies} {agency} ON {agency}.id = {session}.organiser_id"
    )
    # A checked two-letter code: safe to write into the SQL.
    return joins, f"COALESCE({region}.country, {agency}.country, '{home_country()}')"


def home_country() -> str:
    """FENER_COUNTRY, checked: it is written into SQL and compared with codes."""
    country = settings.FENER_COUNTRY
    if country not in Country.values:
        raise ImproperlyConfigured(
            f"FENER_COUNTRY is {country!r}; use one of {', '.join(Country.values)}."
        )
    return country
