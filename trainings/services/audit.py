"""The personal-data export log."""

from ..models import PersonalDataExport


def personal_data_export_record(*, user, what: str, detail: str = "") -> None:
    """Note that `user` took names out of Fener, so the office can answer who did."""
    PersonalDataExport.objects.create(
        user=user if user and user.is_authenticated else None,
        what=what[:100],
        detail=detail[:255],
    )
