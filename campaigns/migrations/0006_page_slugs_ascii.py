"""Page addresses in ASCII (issue 11): existing "javë-kundër" slugs become
"jave-kunder", each old address redirecting (301) to the new one."""

from django.db import migrations


def page_slugs_make_ascii(apps, schema_editor):
    # The historical model only looks: on a new database there is nothing to
    # fix, and nothing runs today's models against an older schema. Where there
    # is, the pages are saved as Wagtail saves them, so its redirects app records
    # the old addresses.
    Page = apps.get_model("wagtailcore", "Page")
    if all(slug.isascii() for slug in Page.objects.values_list("slug", flat=True)):
        return
    from siteconf.slugs import page_slugs_make_ascii

    page_slugs_make_ascii()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0005_translated_names"),
        ("materials", "0006_translated_names"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [
        migrations.RunPython(page_slugs_make_ascii, migrations.RunPython.noop),
    ]
