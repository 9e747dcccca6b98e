"""PostgreSQL: the extensions and indexes the site search needs to forgive accents
("Kukes" finds "Kukës") and typos (modelsearch's Fuzzy with unaccent). SQLite's
full-text index folds accents by itself; nothing to do there."""

import io

from django.core.management import call_command
from django.db import migrations


def enable_fuzzy_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for command in ("enable_unaccent", "enable_trigram"):
        call_command(command, stdout=io.StringIO())


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0009_home_page_blocks"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(enable_fuzzy_search, migrations.RunPython.noop),
    ]
