"""URL map: admin, documents, language-free endpoints, then localised Wagtail pages."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    # /verify/<code>/ is printed on certificates, so it must not depend on a language.
    path("", include("trainings.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages live under /sq/, /en/, /sr/; "/" redirects to the visitor's language.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)), prefix_default_language=True
)
