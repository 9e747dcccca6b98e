import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0012_activity_kinds_as_reference_data"),
    ]

    operations = [
        migrations.RemoveField(model_name="campaignactivity", name="kind"),
        migrations.RenameField(
            model_name="campaignactivity", old_name="kind_row", new_name="kind"
        ),
        migrations.AlterField(
            model_name="campaignactivity",
            name="kind",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="activities",
                to="campaigns.activitykind",
                verbose_name="kind",
            ),
        ),
    ]
