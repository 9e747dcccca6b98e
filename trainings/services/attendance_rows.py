"""Who a typed attendance row names: a person the trainer already has, or a new one."""

from django import forms
from django.utils.translation import gettext as _

from ..models import Trainee
from ..names import name_key


def attendance_row_person(*, form, typed: str, user) -> Trainee | None:
    """The row's person: the one already on the row while the name still folds
    to theirs; else the one person of that folded name the user may choose
    ("ARTA HOXHA" is "Arta Hoxha"); else a new, unsaved person from the row.
    Several people of that name: the row says so, and which to pick.
    No name: the person chosen by id (a script, the trainee chooser), if any;
    else a head-count row."""
    key = name_key(typed)
    current = form.cleaned_data.get("trainee") or form.instance.trainee
    if not key:
        return form.cleaned_data.get("trainee")
    if current is not None and current.name_key == key:
        return current
    known = list(form.fields["trainee"].queryset.filter(name_key=key)[:2])
    if len(known) == 1:
        return known[0]
    if known:
        form.add_error(
            "full_name",
            forms.ValidationError(
                _(
                    "Several of your people are called %(name)s: open the trainee "
                    "list and merge them, or add a middle name to tell them apart."
                ),
                params={"name": typed.strip()},
            ),
        )
        return current
    data = form.cleaned_data
    return Trainee(
        full_name=typed.strip(),
        name_key=key,
        gender=data.get("gender") or "",
        profession=data.get("profession"),
        agency=data.get("agency"),
        created_by=user,
    )
