"""Admin list filters that stay small however long the history grows."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import Participation


class AttendanceFilterSet(WagtailFilterSet):
    """The session is typed (its code or part of its title), not picked from an
    <option> per session ever held (3 MB of HTML at 50,000 sessions)."""

    session = django_filters.CharFilter(
        label=_("Session"),
        method="session_typed",
        help_text=_("Its code, or a word of its title."),
    )

    class Meta:
        model = Participation
        fields = ["profession", "agency", "gender"]

    def session_typed(self, queryset, name, value):
        value = value.strip()
        if value.isdigit():  # a link from the session's own page names its id
            return queryset.filter(session_id=int(value))
        return queryset.filter(
            Q(session__ref__iexact=value) | Q(session__title__icontains=value)
        )
