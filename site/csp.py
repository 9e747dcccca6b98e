"""Content-Security-Policy by area: strict on the public site, looser in the admin."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class AreaCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, giving paths under the admin its own directives.

    Wagtail's admin views are not ours to decorate with `@csp_replace`, so the
    admin's directives (settings.ADMIN_CONTENT_SECURITY_POLICY) are chosen here by
    path. A view's own `@csp_replace` still wins.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(
            settings.ADMIN_CSP_PREFIXES
        ):
            parts.replace = {
                **settings.ADMIN_CONTENT_SECURITY_POLICY,
                **(parts.replace or {}),
            }
        return parts
