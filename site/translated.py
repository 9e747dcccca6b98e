"""Names in three languages: one mechanism for every vocabulary and reference list.

The base field (`name`, `title`, `unit`...) holds the Albanian text, the offices'
working language (`LANGUAGE_CODE`); `@translated("name")` adds `name_en` and
`name_sr` (one column per other language of `settings.LANGUAGES`). What a user
reads is the active language's column, or the base text when that one is empty:
`row.label` / `row.translation("unit")` in Python, `label_expression("unit")` in
a query, so a report gets thousands of labels without a loop over rows.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.text import format_lazy
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _


def other_languages() -> list[str]:
    """The languages with a column of their own (all but the working language)."""
    return [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def active_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def column(field: str, language: str | None = None) -> str:
    """The column holding `field` in `language` (the base field for Albanian)."""
    language = language or active_language()
    return field if language not in other_languages() else f"{field}_{language}"


class Translated:
    """Mixin for models decorated with `@translated`: labels in the active language."""

    translated_fields: tuple[str, ...] = ()

    def translation(self, field: str, language: str | None = None):
        """`field` in `language` (default: the active one), else the base text."""
        return getattr(self, column(field, language)) or getattr(self, field)

    @property
    def label(self) -> str:
        return self.translation(self.translated_fields[0])

    def missing_languages(self) -> list[str]:
        """Languages lacking some translated field whose base text is filled in."""
        return [
            language
            for language in other_languages()
            if any(
                getattr(self, f) and not getattr(self, f"{f}_{language}")
                for f in self.translated_fields
            )
        ]


def translated(*fields: str):
    """Class decorator: a column per other language for each of `fields`.

    Each copy is the base field made optional, named "<verbose name> (<language>)"
    in the reader's language (Django's own language names).
    """

    def decorate(cls):
        if not issubclass(cls, Translated):
            raise TypeError(
                f"{cls.__name__} must inherit siteconf.translated.Translated"
            )
        for name in fields:
            base = cls._meta.get_field(name)
            for language in other_languages():
                _, _, args, kwargs = base.deconstruct()
                kwargs |= {"blank": True, "help_text": ""}
                kwargs["verbose_name"] = format_lazy(
                    "{} ({})",
                    base.verbose_name,
                    get_language_info(language)["name_translated"],
                )
                cls.add_to_class(f"{name}_{language}", type(base)(*args, **kwargs))
        cls.translated_fields = fields
        return cls

    return decorate


def label_expression(path: str, language: str | None = None):
    """`path` ("name", "profession__name") in `language`, in SQL: the column, or the
    base text when that one is NULL or empty."""
    name = column(path, language)
    if name == path:
        return F(path)
    return Coalesce(NullIf(F(name), Value("")), F(path))


@translated("name")
class Vocabulary(Translated, models.Model):
    """A small list editors maintain (target groups, channels, topics), labelled in
    three languages.

    Plain rows rather than translatable snippets: translated pages share the same
    choices, and the label is picked by the visitor's language at render time.
    """

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120, help_text=_("Albanian label."))

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.label
