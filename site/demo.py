"""Demo accounts: one user per role, with fresh random passwords on every run."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

DEMO_USERS = [
    # username, role, organisation code (partners act for an organisation)
    ("admin", None, None),
    ("office", "Office administrator", "MI"),
    ("editor", "Campaign editor", "MI"),
    ("moderator", "Moderator", "MI"),
    ("trainer", "Trainer", "GDSP"),
    ("trainer2", "Trainer", "SHM"),
    ("monitor", "Monitoring officer", "MI"),
    ("partner", "Partner", "IOM"),
    # Reports on the AL NAP measures the Ministry of Health and Social Protection leads.
    ("reporter", "Institution reporter", "MHSP"),
]


def build_users() -> dict[str, str]:
    """Create or refresh the demo users; return username → new password."""
    from trainings.models import Agency

    User = get_user_model()
    passwords = {}
    for username, role, org_code in DEMO_USERS:
        user, _ = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@fener.example"}
        )
        user.is_staff = user.is_superuser = role is None
        user.organisation = Agency.objects.filter(code=org_code).first()
        passwords[username] = secrets.token_urlsafe(9)
        user.set_password(passwords[username])
        user.save()
        if role:
            user.groups.set([Group.objects.get(name=role)])
    return passwords
