"""Attendance typed or pasted on the session page: whose row each line is (a
person the trainer already has, or a new one), and a pasted block added at once."""

from types import SimpleNamespace

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import Agency, Participation, Profession, Trainee
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


class BlockRefused(Exception):
    """Every bad line of a pasted block, as sentences; nothing was saved."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


# What a spreadsheet's gender column says, in the three languages, folded.
GENDER_WORDS = {
    "f": "F",
    "femer": "F",
    "grua": "F",
    "female": "F",
    "woman": "F",
    "z": "F",
    "zensko": "F",
    "zena": "F",
    "m": "M",
    "mashkull": "M",
    "burre": "M",
    "male": "M",
    "man": "M",
    "musko": "M",
    "muskarac": "M",
    "": "",
}


@transaction.atomic
def attendance_block_add(*, session, text: str, user) -> int:
    """Add the people of a block copied from a spreadsheet (one per line: name,
    gender, profession, institution, separated by tabs) to the session; how
    many rows were added. Each name folds onto the one known person of that
    name the user may choose, else a new person is made; a person already in
    the session keeps their row. Any bad line: BlockRefused, nothing saved."""
    from ..reference_text import ReferenceChoices

    lines = [
        (n, line.split("\t"))
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]
    professions, agencies = ReferenceChoices(Profession), ReferenceChoices(Agency)
    errors, people = [], []
    for n, cells in lines:
        name, gender, profession, agency = [*map(str.strip, cells), "", "", ""][:4]
        problems = _block_line_problems(name, gender)
        problems += _unknown(
            professions,
            profession,
            _("No profession is called '%(value)s'. Pick one from the list."),
        )
        problems += _unknown(
            agencies,
            agency,
            _("No institution is called '%(value)s'. Pick one from the list."),
        )
        if problems:
            errors.append(
                _("Line %(line)s: %(problems)s")
                % {"line": n, "problems": " ".join(problems)}
            )
            continue
        people.append(
            Trainee(
                full_name=name,
                name_key=name_key(name),
                gender=GENDER_WORDS[name_key(gender)],
                profession_id=professions.ids.get(profession.casefold()),
                agency_id=agencies.ids.get(agency.casefold()),
                created_by=user,
            )
        )
    if errors or not people:
        raise BlockRefused(errors or [_("Paste at least one line with a name.")])
    known = _known_by_key(user, {p.name_key for p in people})
    new = {}
    for person in people:
        if person.name_key not in known:
            new.setdefault(person.name_key, person)
    Trainee.objects.bulk_create(new.values())
    known |= new
    return participations_add(
        session=session,
        people=[(known[p.name_key], p) for p in people],
        user=user,
        source=f"pasted {session.ref}",
    )


def participations_add(*, session, people, user, source: str) -> int:
    """One attendance row per (person, what was typed or checked in) in one
    insert; a person already in the session keeps their row. The row counts with
    the person's own profession, institution and gender where known. Recorded
    in the audit log as `source` (bulk inserts send no save signals); how many
    rows were added."""
    from .audit import import_run_record  # audit → certificates → ... → here

    rows = {}
    for trainee, typed in people:
        rows.setdefault(
            trainee.pk,
            Participation(
                session=session,
                trainee=trainee,
                gender=trainee.gender or typed.gender,
                profession_id=trainee.profession_id or typed.profession_id,
                agency_id=trainee.agency_id or typed.agency_id,
            ),
        )
    before = session.participations.count()
    Participation.objects.bulk_create(rows.values(), ignore_conflicts=True)
    created = session.participations.count() - before
    import_run_record(
        model=Participation,
        filename=source,
        result=SimpleNamespace(created=created, updated=0),
        user=user,
    )
    return created


def _block_line_problems(name: str, gender: str) -> list[str]:
    problems = []
    if not name_key(name):
        problems.append(_("The name is empty."))
    if name_key(gender) not in GENDER_WORDS:
        problems.append(
            _("'%(value)s' is not a gender: write F or M.") % {"value": gender}
        )
    return problems


def _unknown(choices, text: str, sentence: str) -> list[str]:
    if not text or text.casefold() in choices.ids:
        return []
    return [sentence % {"value": text}]


def _known_by_key(user, keys) -> dict:
    """The user's choosable people of these folded names, one per name (a name
    several people share folds onto the first, for the office's merge screen)."""
    from siteconf.permissions import CHOOSE

    from ..permissions import trainee_policy

    choosable = trainee_policy.instances_user_has_permission_for(user, CHOOSE)
    known = {}
    for person in choosable.filter(name_key__in=keys).order_by("pk"):
        known.setdefault(person.name_key, person)
    return known
