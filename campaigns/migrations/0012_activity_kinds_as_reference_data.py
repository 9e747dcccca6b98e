"""Activity kinds become a list the office extends (issue 13 item 8).

The eight kinds that were choices in code become rows, with the names the
translation catalogues gave them, and every activity points at its row.
Two migrations, because PostgreSQL refuses to alter a table whose rows this
transaction has just updated with a deferred foreign key.
"""

import django.db.models.deletion
from django.db import migrations, models

import siteconf.translated

# code: (Albanian, English, Serbian), as the catalogues translated the choices.
EARLIER_KINDS = {
    "school_session": ("Seancë në shkollë", "School session", "Сесија у школи"),
    "community_meeting": (
        "Takim me komunitetin",
        "Community meeting",
        "Састанак са заједницом",
    ),
    "roundtable": ("Tryezë e rrumbullakët", "Roundtable", "Округли сто"),
    "tv_spot": ("Transmetim spoti televiziv", "TV spot broadcast", "Емитовање ТВ спота"),
    "radio_spot": (
        "Transmetim spoti në radio",
        "Radio spot broadcast",
        "Емитовање радио спота",
    ),
    "social_media": (
        "Postim në rrjetet sociale",
        "Social media post",
        "Објава на друштвеним мрежама",
    ),
    "distribution_point": ("Pikë shpërndarjeje", "Distribution point", "Место поделе"),
    "event": ("Ngjarje publike", "Public event", "Јавни догађај"),
}


def kinds_to_rows(apps, schema_editor):
    kind_model = apps.get_model("campaigns", "ActivityKind")
    activity = apps.get_model("campaigns", "CampaignActivity")
    used = set(activity.objects.values_list("kind", flat=True).distinct())
    rows = {}
    for code in sorted(set(EARLIER_KINDS) | used):
        name, name_en, name_sr = EARLIER_KINDS.get(code, (code, code, ""))
        rows[code], _ = kind_model.objects.get_or_create(
            code=code, defaults={"name": name, "name_en": name_en, "name_sr": name_sr}
        )
    for code, row in rows.items():  # one UPDATE per kind, not per activity
        activity.objects.filter(kind=code).update(kind_row=row)


def rows_to_kinds(apps, schema_editor):
    activity = apps.get_model("campaigns", "CampaignActivity")
    for code in activity.objects.values_list("kind_row__code", flat=True).distinct():
        activity.objects.filter(kind_row__code=code).update(kind=code)


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0011_checks_answer_on_their_field"),
    ]

    operations = [
        migrations.CreateModel(
            name="ActivityKind",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "code",
                    models.SlugField(max_length=40, unique=True, verbose_name="code"),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Albanian label.", max_length=120, verbose_name="name"
                    ),
                ),
                (
                    "name_en",
                    models.CharField(
                        blank=True, max_length=120, verbose_name="name (English)"
                    ),
                ),
                (
                    "name_sr",
                    models.CharField(
                        blank=True, max_length=120, verbose_name="name (Serbian)"
                    ),
                ),
            ],
            options={
                "verbose_name": "activity kind",
                "verbose_name_plural": "activity kinds",
                "ordering": ["name"],
                "abstract": False,
            },
            bases=(siteconf.translated.Translated, models.Model),
        ),
        migrations.AddField(
            model_name="campaignactivity",
            name="kind_row",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="campaigns.activitykind",
            ),
        ),
        migrations.RunPython(kinds_to_rows, rows_to_kinds),
    ]
