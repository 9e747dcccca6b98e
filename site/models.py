"""Accounts: staff, trainers and partner organisations' users."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in; partners belong to an organisation (agency)."""

    organisation = models.ForeignKey(
        "trainings.Agency",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="users",
        verbose_name=_("organisation"),
        help_text=_("Partner users see and report on behalf of this organisation."),
    )
