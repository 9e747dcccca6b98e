"""Sign-out and password reset: the screens Django and Wagtail give, closed where
they leak."""

from django.contrib.auth import views as auth_views
from wagtail.admin.views import account as wagtail_account


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
