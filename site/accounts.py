"""Sign-out and password reset: the screens Django and Wagtail give, closed where
they leak."""

import logging

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django_ratelimit.core import is_ratelimited
from wagtail.admin.views import account as wagtail_account

logger = logging.getLogger(__name__)


class AdminLogoutView(wagtail_account.LogoutView):
    """Wagtail's sign-out, reached by POST only.

    Wagtail's `dispatch` deletes the session cookie on whatever its view answers,
    the 405 to a GET included, so a link, an `<img>` or a prefetch of
    /admin/logout/ signed the user out. Other methods get Django's own answer
    (405, or the Allow list for OPTIONS) and keep the cookie.
    """

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return auth_views.LogoutView.dispatch(self, request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


class AdminPasswordResetView(wagtail_account.PasswordResetView):
    """Wagtail's password reset, throttled per address and per network.

    Beyond either limit no e-mail goes out and the answer is the same "check your
    e-mail" page: the form can flood neither a mailbox nor the mail server, and
    never tells which addresses have an account.
    """

    def form_valid(self, form):
        if password_reset_throttled(self.request, email=form.cleaned_data["email"]):
            logger.warning("Password reset e-mail not sent: too many requests")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


def password_reset_throttled(request, *, email: str) -> bool:
    """Count one request against its address and its client's network (counters in
    the default cache, shared by every web worker when it is Redis); whether
    either is now over its rate (PASSWORD_RESET_RATE_PER_ADDRESS / _PER_IP)."""
    address = email.strip().casefold()  # accounts match addresses case-blind
    over_address = is_ratelimited(
        request,
        group="password-reset:address",
        key=lambda group, request: address,
        rate=settings.PASSWORD_RESET_RATE_PER_ADDRESS,
        increment=True,
    )
    over_network = is_ratelimited(
        request,
        group="password-reset:ip",
        key="ip",
        rate=settings.PASSWORD_RESET_RATE_PER_IP,
        increment=True,
    )
    return over_address or over_network
