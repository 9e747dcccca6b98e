"""Fener settings: the one settings module, every deployment choice from the environment.

Defaults are safe for a laptop (SQLite, inline Celery tasks, DEBUG off unless asked);
production sets the variables listed in README.md and `.env.example`.
See https://docs.djangoproject.com/en/5.2/ref/settings/
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()
if (BASE_DIR / ".env").exists():
    env.read_env(BASE_DIR / ".env")

# --- Core ------------------------------------------------------------------
DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY is required when DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-only-used-with-debug-on"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
WAGTAILADMIN_BASE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
WAGTAIL_SITE_NAME = "Fener"

INSTALLED_APPS = [
    "siteconf",
    "trainings",
    "campaigns",
    "materials",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "siteconf.apps.UsersConfig",  # wagtail.users, role names translated
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "import_export",
    "axes",
    "csp",
    "auditlog",
    "siteconf.admin_app.FenerAdminConfig",  # django.contrib.admin
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads the path or the query string (site/request_guard.py).
    "siteconf.request_guard.RefuseNulMiddleware",
    "siteconf.csp.AreaCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Page cache, store side: outside every middleware that adds Vary or cookies.
    "campaigns.page_cache.PageCacheUpdateMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: records the signed-in user as the actor of audit entries.
    "auditlog.middleware.AuditlogMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Page cache, fetch side: after the language and the user are known.
    "campaigns.page_cache.PageCacheFetchMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "siteconf.urls"
WSGI_APPLICATION = "siteconf.wsgi.application"
AUTH_USER_MODEL = "siteconf.User"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Partners sign in on the public site (Django's LoginView, under the language prefix).
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "partner_home"
LOGOUT_REDIRECT_URL = "/"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# Persistent connections: a new one per request cost uncached pages a third of
# their time; health checks drop one the server closed before it is reused.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite is the quick start's database only (production is PostgreSQL).
    # Every request is a transaction, and a download reads then writes: with
    # SQLite's default deferred transactions concurrent downloads fail with
    # "database is locked" (18% under `make load`). Taking the write lock up front
    # serialises requests, which a demo can afford; WAL lets readers go on beside.
    # The lock is not fair: under load a request can wait several seconds while the
    # other workers keep winning it, beyond Python's 5 s busy timeout ("database is
    # locked", 1 in 3,470 requests of `make load`). 20 s, below gunicorn's 30 s.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        init_command="PRAGMA journal_mode=WAL;",
        timeout=20,
    )

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# --- Languages: Albanian first (the default), then English and Serbian --------
LANGUAGE_CODE = "sq"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("sq", "Shqip"),
    ("en", "English"),
    ("sr", "Српски"),
]
WAGTAIL_I18N_ENABLED = True
# Page addresses in ASCII ("jave-kunder", not "jav%C3%AB-kund%C3%ABr"): the editor's
# slug field transliterates as typed; siteconf.slugs does it on every save.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Tirane")
# Fener's own strings first; then its translations of Wagtail's admin, which ships
# no Albanian and next to no Serbian (kept current by `manage.py upstream_messages`).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
# Dates and figures per language ("7 dhjetor 2026", "50 677 784"): site/formats/.
# USE_THOUSAND_SEPARATOR stays off, or years and ids would be grouped too ("2 026");
# counts and money are grouped where they are shown (siteconf.formats).
FORMAT_MODULE_PATH = ["siteconf.formats"]

# --- Static and media files ------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Files with names, signatures or gated content (siteconf.storage): never served by
# the web server, only by views that check who asks. MEDIA_ROOT keeps the public
# ones (image renditions, library thumbnails).
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")
if Path(PRIVATE_MEDIA_ROOT).resolve().is_relative_to(Path(MEDIA_ROOT).resolve()):
    raise ImproperlyConfigured("PRIVATE_MEDIA_ROOT must not be inside MEDIA_ROOT.")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "siteconf.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Largest CSV/XLSX the import screens and commands read (refused by size, unread).
# Uploads above FILE_UPLOAD_MAX_MEMORY_SIZE stream to a temporary file, not memory;
# DATA_UPLOAD_MAX_MEMORY_SIZE counts the form fields only, never the file.
IMPORT_MAX_UPLOAD_MB = env.int("IMPORT_MAX_UPLOAD_MB", default=10)
# What an import reads of a file at most, checked while streaming it (a small XLSX
# can declare or unpack to millions of cells); errors past IMPORT_MAX_ERRORS are
# counted, not listed.
IMPORT_MAX_ROWS = env.int("IMPORT_MAX_ROWS", default=50_000)
IMPORT_MAX_COLUMNS = env.int("IMPORT_MAX_COLUMNS", default=60)
IMPORT_MAX_CELLS = env.int("IMPORT_MAX_CELLS", default=1_000_000)
IMPORT_MAX_UNZIPPED_MB = env.int("IMPORT_MAX_UNZIPPED_MB", default=100)
IMPORT_MAX_ERRORS = env.int("IMPORT_MAX_ERRORS", default=50)

# --- Wagtail ----------------------------------------------------------------
# Models swapped before the first migration, so later work needs no swap.
WAGTAILDOCS_DOCUMENT_MODEL = "materials.Material"
WAGTAILIMAGES_IMAGE_MODEL = "materials.CustomImage"
# Documents must pass through Wagtail's view so `before_serve_document` counts them.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Uploads are checked by content and size before they reach the library.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "materials.forms.MaterialDocumentForm"
MATERIAL_MAX_UPLOAD_MB = env.int("MATERIAL_MAX_UPLOAD_MB", default=50)
# Days a partner may correct or withdraw a distribution it reported; later, the
# office's figures rely on it and only the office changes it.
DISTRIBUTION_EDIT_DAYS = env.int("DISTRIBUTION_EDIT_DAYS", default=30)
# Training sessions' agenda and scanned sign-in sheet (PDF, JPEG or PNG).
SESSION_FILE_MAX_UPLOAD_MB = env.int("SESSION_FILE_MAX_UPLOAD_MB", default=10)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# "Translate" on a live page makes drafts: a translation goes live only when someone
# allowed to publish says so, like any other page (the "Office approval" workflow).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Celery: https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
# Without a broker (the quick start) tasks run inline in the web process.
CELERY_TASK_ALWAYS_EAGER = env.bool(
    "CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL
)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env.str(
    "CELERY_RESULT_BACKEND", default=CELERY_BROKER_URL or None
)
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_TIME_LIMIT = 5 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 4 * 60
CELERY_TASK_TRACK_STARTED = True
CELERY_BEAT_SCHEDULE: dict = {
    # Scheduled campaign pages go live within five minutes of their time.
    "publish-scheduled-pages": {
        "task": "campaigns.tasks.pages_publish_scheduled_task",
        "schedule": 300,
    },
    # People past TRAINEE_RETENTION_YEARS are anonymised every night.
    "personal-data-retention": {
        "task": "trainings.tasks.personal_data_retention_task",
        "schedule": crontab(hour=3, minute=15),
    },
    # Trainers: the day before a session, and after one with no attendance.
    "session-reminders": {
        "task": "trainings.tasks.session_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    # Institutions' reports: a reminder before the deadline, a notice after it.
    "reporting-reminders": {
        "task": "trainings.tasks.reporting_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    # Import files kept for a preview and never confirmed go after a day.
    "import-uploads-purge": {
        "task": "siteconf.tasks.import_uploads_purge_task",
        "schedule": crontab(hour=3, minute=45),
    },
}
# Task modules outside `<app>/tasks.py`, which autodiscovery finds by itself.
CELERY_IMPORTS = ["trainings.indicators.tasks"]

# --- E-mail -----------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="fener@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# --- Caching ----------------------------------------------------------------
CACHE_URL = env.str("CACHE_URL", default="locmemcache://")
CACHES = {
    "default": env.cache_url_config(CACHE_URL),
    # Whole public pages for anonymous visitors (campaigns.page_cache). Production:
    # Redis, shared by web and Celery processes so a publish anywhere empties it.
    "pages": env.cache("PAGE_CACHE_URL", default=CACHE_URL),
}
# How long an unchanged page is kept; 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# --- Security: https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Django's default, written out: no other window keeps a handle on ours.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's page preview is an iframe on our own origin.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
# Staff avatars would otherwise be fetched from gravatar.com with a hash of their
# e-mail: a leak for an anti-trafficking office, and a host the CSP would have to allow.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The dashboard would ask releases.wagtail.org for news: upgrades go through pip here.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Content-Security-Policy (django-csp 4): https://django-csp.readthedocs.io/
# The public site runs only our own files: no inline script or style anywhere, and
# no nonce either (a page served from the page cache would carry an old one).
VIDEO_HOSTS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "frame-src": [SELF, *VIDEO_HOSTS],  # campaign TV spots (EmbedBlock)
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "report-uri": env.list("CSP_REPORT_URI", default=[]) or None,
    }
}
# Directives replaced under ADMIN_CSP_PREFIXES (siteconf.csp): Wagtail 8's admin and
# wagtail-localize's editor still write inline <script> (inline panels, date pickers,
# chooser modals) and style="" (wagtail/wagtail#1288), and make images from data:
# and blob: URLs. Everything else stays as strict as the public site.
ADMIN_CSP_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "script-src-attr": [NONE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}
# Browser features no page of ours uses, refused to any script or frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "browsing-topics",
    )
}

# Login throttling (django-axes): https://django-axes.readthedocs.io/
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_TIME", default=1.0)  # hours
# Lock a username from one address: staff of a ministry share one NAT address (an
# address-only lock would shut them all out), and anyone could lock the coordinator
# out by typing her name (a username-only lock is a free denial of service).
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Its start-up banner would precede the output of every management command.
AXES_VERBOSE = False
# Behind a reverse proxy REMOTE_ADDR is the proxy: name the header it sets to the
# client's address (e.g. nginx `proxy_set_header X-Real-IP $remote_addr;` and
# AXES_IPWARE_META_PRECEDENCE_ORDER=HTTP_X_REAL_IP). Never a header clients can send.
AXES_IPWARE_META_PRECEDENCE_ORDER = env.list(
    "AXES_IPWARE_META_PRECEDENCE_ORDER", default=["REMOTE_ADDR"]
)
# Password reset e-mails (siteconf.accounts, django-ratelimit): counted in the default
# cache, so CACHE_URL must be a Redis shared by the web workers for the limits to hold
# across them. The client's address is read as django-axes reads it.
PASSWORD_RESET_RATE_PER_ADDRESS = env.str(
    "PASSWORD_RESET_RATE_PER_ADDRESS", default="3/h"
)
PASSWORD_RESET_RATE_PER_IP = env.str("PASSWORD_RESET_RATE_PER_IP", default="10/h")
RATELIMIT_IP_META_KEY = "axes.helpers.get_client_ip_address"

# --- import-export ------------------------------------------------------------
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# --- Fener ------------------------------------------------------------------
# Public figures hide any count below this, so no individual can be singled out.
PUBLIC_MIN_COUNT = env.int("PUBLIC_MIN_COUNT", default=5)
# The country whose figures the public summary and the dashboard show unless
# asked for another (AL or XK): each country's records are counted apart.
FENER_COUNTRY = env.str("FENER_COUNTRY", default="AL")
# A trainee passes a session's test with a post-test score (a percentage) of at
# least this. One office-wide mark, not one per session or module: a row holds
# one score for the whole session whatever modules it taught, and one mark keeps
# "share of trainees who pass" comparable across sessions and years.
LEARNING_PASS_MARK = env.float("LEARNING_PASS_MARK", default=70)
# Trainees whose last session ended this many years ago are anonymised (0 = never).
TRAINEE_RETENTION_YEARS = env.int("TRAINEE_RETENTION_YEARS", default=10)
# Pending QR check-ins one session may hold: a code shared beyond the room
# cannot flood the trainer's list (trainings.services.checkins).
CHECKIN_MAX_PER_SESSION = env.int("CHECKIN_MAX_PER_SESSION", default=300)
# Check-ins nobody confirmed go this many days after their session ended.
CHECKIN_KEEP_DAYS = env.int("CHECKIN_KEEP_DAYS", default=30)

# --- Audit log (django-auditlog): who changed what, before and after ----------
# Trainee rows are not logged (names would outlive an erasure); attendance is,
# by trainee id, and `personal_data` scrubs its entries when a person is erased.
AUDITLOG_INCLUDE_TRACKING_MODELS = (
    {
        "model": "trainings.trainingsession",
        "exclude_fields": ["created_at"],
        "m2m_fields": ["trainers", "modules", "measures", "funders"],
    },
    "trainings.participation",
    {"model": "trainings.indicator", "m2m_fields": ["professions", "event_types"]},
    "trainings.indicatortarget",
    "trainings.indicatordenominator",
    {"model": "trainings.manualvalue", "exclude_fields": ["entered_at"]},
    "trainings.plannedtraining",
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Per-task and per-PDF-step chatter would bury what commands print.
    "loggers": {
        name: {"level": "WARNING"}
        for name in (
            "celery.app.trace",
            "django_tasks",
            "weasyprint",
            "weasyprint.progress",
            "fontTools",
        )
    },
}
