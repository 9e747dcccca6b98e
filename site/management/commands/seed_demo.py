"""Build a believable demo site from the real action plans; safe to run again."""

import random

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from campaigns import demo as campaigns_demo
from campaigns.models import Channel, TargetGroup
from materials import demo as materials_demo
from materials.models import Topic
from siteconf import demo as site_demo
from siteconf.roles import roles_grant_content, roles_sync
from trainings import demo as trainings_demo
from trainings.demo_data import awareness
from trainings.demo_names import vocabulary_names_apply
from trainings.monitoring import demo as monitoring_demo

# Vocabularies the awareness data names in English, and their files of names.
VOCABULARY_NAMES = (
    (TargetGroup, "target_groups.csv"),
    (Channel, "channels.csv"),
    (Topic, "topics.csv"),
)


class Command(BaseCommand):
    help = (
        "Load demo data (agencies, professions, the AL NAP 2021-2023 and KS 2011-2014 "
        "plans, campaigns and materials in sq/en/sr, one user per role). Idempotent."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        roles_sync()
        trainings_demo.build_reference()
        trainings_demo.build_plans()
        monitoring_demo.build_statuses()
        home = campaigns_demo.build_pages()
        roles_grant_content(home_page=home)
        passwords = site_demo.build_users()
        monitoring_demo.build_submissions()  # by the demo reporter and monitor
        rng = random.Random(42)
        campaigns_demo.build_vocabularies()
        campaigns_demo.build_workflow(home=home)
        campaigns_demo.build_campaigns(awareness.CAMPAIGNS, home=home)
        campaigns_demo.build_report_activities()
        materials_demo.build_library_page(home=home)
        materials_demo.build_materials(awareness.MATERIALS, rng=rng)
        for model, file in VOCABULARY_NAMES:
            vocabulary_names_apply(model, file)
        trainings_demo.build_certificate_template()
        trainings_demo.build_sessions()  # after the users: demo trainers own sessions
        self.stdout.write(self.style.SUCCESS(_("Demo data ready.")))
        self.stdout.write(
            _("Sign in at /admin/ with (passwords are new on every run):")
        )
        for username, password in passwords.items():
            self.stdout.write(f"  {username:<10} {password}")
