"""Translations go through the office's approval like any other page change.

wagtail-localize's translation editor knows only "Publish": for an editor who may
not publish, its main button fell back to Delete, and nothing could be sent to
the moderators. For such an editor the same button now sends the translation
into the page's workflow (Wagtail then e-mails the moderators), and its label
says so (a catalogue of our own, since the editor's labels come from one).
"""

import json

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.i18n import JavaScriptCatalog
from wagtail.models import WorkflowState

from siteconf.permissions import may

# wagtail-localize's labels of its publish button, as they read for a sender.
SEND_LABELS = {
    "Publish in ": gettext_lazy("Send for approval: "),
    "Publishing...": gettext_lazy("Sending…"),
}


def translation_sends_for_approval(user, page) -> bool:
    """Does the editor's main button send `page` for approval (rather than
    publish it)? Only for those who may edit but not publish, on a page under a
    workflow: a publisher keeps Publish."""
    return (
        may(user, "change", page)
        and not may(user, "publish", page)
        and page.get_workflow() is not None
    )


def translation_send_for_approval(*, translation, page, user) -> None:
    """Save the translation as a draft revision and put it in the page's
    workflow: resumed if a moderator returned it, started otherwise (as
    Wagtail's page editor does on "Submit")."""
    translation.save_target(user=user, publish=False)
    page.refresh_from_db()
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif not page.workflow_in_progress:
        page.get_workflow().start(page, user)


def translation_post_intercept(request, page):
    """`before_edit_page`: the editor's "publish" from a sender is a sending."""
    from wagtail_localize.models import Translation

    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()
    if translation is None or not translation_sends_for_approval(request.user, page):
        return None
    translation_send_for_approval(translation=translation, page=page, user=request.user)
    messages.success(
        request,
        _("'%(title)s' was sent for approval in %(language)s.")
        % {"title": page.title, "language": page.locale.get_display_name()},
    )
    return redirect(request.path)


def props_as_sender(props: str) -> str:
    """The editor's props with the main action turned on for a sender."""
    data = json.loads(props)
    data["perms"]["canPublish"] = True
    return json.dumps(data)


class SenderCatalog(JavaScriptCatalog):
    """wagtail-localize's JavaScript catalogue, its publish labels worded for
    sending."""

    packages = ["wagtail_localize"]

    def get_catalog(self):
        catalog = super().get_catalog()
        catalog.update({source: str(label) for source, label in SEND_LABELS.items()})
        return catalog
