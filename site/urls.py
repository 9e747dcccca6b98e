"""URL map: admin, documents, language-free endpoints, then localised Wagtail pages."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from campaigns import views as campaign_views
from campaigns.sitemaps import MultilingualSitemap
from siteconf.storage import private_no_store
from trainings import checkin_views

from . import accounts

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Before Wagtail's admin URLs, which they replace (same paths and names).
    path(
        "admin/logout/",
        accounts.AdminLogoutView.as_view(),
        name="wagtailadmin_logout",
    ),
    path(
        "admin/password_reset/",
        accounts.AdminPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Every library file passes the download gate (counted, partners-only refused
    # to others): a cached copy would skip both.
    path(
        "documents/",
        include(decorate_urlpatterns(wagtaildocs_urls.urlpatterns, private_no_store)),
    ),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("figures/", include("trainings.indicators.urls")),
    path("api/v1/", include("trainings.indicators.api_urls")),
    # /verify/<code>/ is printed on certificates, so it must not depend on a language.
    path("", include("trainings.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages live under /sq/, /en/, /sr/; "/" redirects to the visitor's language.
urlpatterns += i18n_patterns(
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("partners/", include("materials.urls")),
    path("reporting/", include("trainings.monitoring.urls")),
    path("search/", campaign_views.search_view, name="search"),
    # QR self check-in: in the language the phone reads, no account.
    path("checkin/<str:ticket>/", checkin_views.checkin_view, name="checkin"),
    path("feed/", campaign_views.CampaignFeed(), name="campaign_feed"),
    path("feed/atom/", campaign_views.CampaignAtomFeed(), name="campaign_feed_atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
