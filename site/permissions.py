"""The one way code asks "may this user do this?": the model's Wagtail permission policy.

Each app registers a policy per model whose rule is more than "has the model
permission" (`trainings/permissions.py`: a trainer's own sessions and people); every
other model gets Wagtail's fallback, the plain model permission. Wagtail's generic
views, choosers and buttons ask the same registry, so a view asking `may()` and the
admin listing of the same rows cannot disagree. No literal "app.action_model"
strings elsewhere.
"""

import functools

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404
from wagtail.permissions import policy_registry

# The action a chooser (or a form's choice of rows) asks about: needs "view".
CHOOSE = "choose"


def may(user, action: str, target) -> bool:
    """May `user` do `action` on this row (a model instance), or on some rows of
    this model (a model class)?"""
    if isinstance(target, Model):
        policy = policy_registry.get_by_type(type(target))
        return policy.user_has_permission_for_instance(user, action, target)
    return policy_registry.get_by_type(target).user_has_permission(user, action)


def rows_for(user, action: str, model) -> QuerySet:
    """The rows of `model` on which `user` may do `action` (none, some or all)."""
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_permission_for(user, action)


def row_or_404(user, action: str, model, pk):
    """The row, if `user` may do `action` on it. Otherwise 404, not 403: Wagtail turns
    403 into a redirect, and 404 does not even confirm that the row exists."""
    row = rows_for(user, action, model).filter(pk=pk).first()
    if row is None:
        raise Http404
    return row


def policy_required(action: str, model):
    """View decorator: 403 unless `may(user, action, model)`; Django's
    `permission_required(..., raise_exception=True)`, asked of the policy."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if not may(request.user, action, model):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
