"""The phone form of QR self check-in: a few fields, no script, in the reader's language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models.sessions import Gender
from .names import name_key
from .selectors.checkins import checkin_agencies, checkin_professions


class CheckInForm(forms.Form):
    full_name = forms.CharField(
        max_length=200,
        label=_("Your full name"),
        help_text=_("As it should be written on your certificate."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        required=False,
        choices=[
            (Gender.FEMALE, Gender.FEMALE.label),
            (Gender.MALE, Gender.MALE.label),
            ("", _("I prefer not to say")),
        ],
        widget=forms.RadioSelect,
    )
    profession = forms.ModelChoiceField(
        queryset=None, required=False, label=_("Profession"), empty_label="–"
    )
    agency_text = forms.CharField(
        max_length=200,
        required=False,
        label=_("Institution"),
        help_text=_("Start typing: the phone suggests the institutions we know."),
        widget=forms.TextInput(attrs={"list": "agencies", "autocomplete": "off"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my name, gender, profession and institution are kept to "
            "record my attendance and issue my certificate."
        ),
        error_messages={
            "required": _("Without your agreement we cannot record your attendance.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["profession"].queryset = checkin_professions()
        self.fields["profession"].label_from_instance = lambda p: p.shown
        self.agencies = checkin_agencies()

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name_key(name)) < 3:
            raise forms.ValidationError(_("Please write your first and last name."))
        return name

    def clean(self):
        """The institution typed: a known one (by any of its names), else kept as
        typed for the trainer."""
        data = super().clean()
        typed = name_key(data.get("agency_text") or "")
        data["agency_id"] = None
        for pk, _shown, spellings in self.agencies:
            if typed and typed in {name_key(s) for s in spellings.split(";") if s}:
                data["agency_id"], data["agency_text"] = pk, ""
                break
        return data
