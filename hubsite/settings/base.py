"""Settings shared by every environment. Values that differ come from the environment."""

from pathlib import Path

import environ
from csp.constants import NONCE
from django.conf.locale import LANG_INFO

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "hubsite"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False) if (BASE_DIR / ".env").exists() else None

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while the in-process task runner writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL;", "transaction_mode": "IMMEDIATE"}
    )

# In-process by default: room for every guide and the popular directory pages (about
# 40 MB per process at most, against Django's default of 300 entries).
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://hubsite?max_entries=1000")}
# Public pages are cached for this long at most; publishing clears them at once.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Directory pages show the next sessions, so they are kept for less (changes still clear them).
LIVE_PAGE_CACHE_SECONDS = env.int("LIVE_PAGE_CACHE_SECONDS", default=120)

# Search: unset means the embedded database backend (no search server needed).
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="hubsite")
ELASTICSEARCH_TIMEOUT = env.float("ELASTICSEARCH_TIMEOUT", default=0.8)

INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "hubsite",
    "content",
    "directory",
    "search",
    "reminders",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed for phones on slow connections (static files come compressed from
    # WhiteNoise above). Django's GZip pads each response against BREACH; CSRF tokens are
    # masked per response too.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hubsite.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside the CSP middleware, so a page from the cache gets a fresh nonce and header.
    "hubsite.cache.PageCacheMiddleware",
    "hubsite.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a clear page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hubsite.urls"
WSGI_APPLICATION = "hubsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
                "hubsite.i18n.language_context",
            ],
        },
    },
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Staff sign-in is throttled: five failures lock that user name from that address for an hour.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_HOURS", default=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_META_PRECEDENCE_ORDER = [env("AXES_CLIENT_ADDRESS_META", default="REMOTE_ADDR")]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# (code, name in English, name in itself, right-to-left). Adding a language is
# a line here, a catalog under locale/ and translated content.
SITE_LANGUAGES = [
    ("en", "English", "English", False),
    ("gu", "Gujarati", "ગુજરાતી", False),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ", False),
    ("ur", "Urdu", "اردو", True),
    ("pl", "Polish", "Polski", False),
    ("so", "Somali", "Soomaali", False),
    ("ar", "Arabic", "العربية", True),
    ("bn", "Bengali", "বাংলা", False),
    ("ro", "Romanian", "Română", False),
]
for _code, _name, _local, _bidi in SITE_LANGUAGES:
    # Django lacks Somali and Gujarati; without an entry /so/ is not a prefix.
    LANG_INFO.setdefault(_code, {"bidi": _bidi, "code": _code, "name": _name, "name_local": _local})

LANGUAGE_CODE = "en"
LANGUAGES = [(code, name) for code, name, _local, _bidi in SITE_LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

# --- Static and media -------------------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Family Hubs"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background tasks ---------------------------------------------------------
# Embedded default: run at once in the process. Production: the database queue
# and `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")
    }
}

# --- Security headers ---------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # the admin gets SAMEORIGIN for previews (hubsite.middleware)
PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # Inline scripts only with the per-response nonce (folium maps); never 'unsafe-inline'.
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", NONCE],
        "img-src": ["'self'", "data:", *env.list("MAP_TILES_HOSTS", default=[])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# The Wagtail admin uses inline styles and scripts of its own.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
    }
}

# Contact details that are not content: used in logs and the VAPID claim.
SITE_CONTACT_EMAIL = env("SITE_CONTACT_EMAIL", default="admin@example.org")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    "loggers": {
        # Request logs would carry IP addresses and paths; keep them to errors.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "ERROR"},
    },
}

# --- Reminders ---------------------------------------------------------------
# VAPID keys: `manage.py generate_vapid_keys` prints a pair. Unset, a development
# pair is created once and kept in var/ (gitignored); production must set both.
VAPID_PUBLIC_KEY = env("VAPID_PUBLIC_KEY", default="")
VAPID_PRIVATE_KEY = env("VAPID_PRIVATE_KEY", default="")
VAPID_SUBJECT = env("VAPID_SUBJECT", default=f"mailto:{SITE_CONTACT_EMAIL}")
VAPID_DEV_KEY_FILE = BASE_DIR / "var" / "vapid-development-keys.json"
# Push services the server may post to ("*." = any subdomain); empty = any public host.
PUSH_SERVICE_HOSTS = env.list(
    "PUSH_SERVICE_HOSTS",
    default=[
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        "*.notify.windows.com",
        "web.push.apple.com",
    ],
)
# Tests and development only: also allow http:// and loopback endpoints (a local receiver).
PUSH_ALLOW_INSECURE_LOCAL = False
PUSH_TTL_SECONDS = env.int("PUSH_TTL_SECONDS", default=3 * 24 * 3600)
PUSH_URGENCY = env("PUSH_URGENCY", default="normal")
PUSH_SEND_THREADS = env.int("PUSH_SEND_THREADS", default=32)
PUSH_TIMEOUT_SECONDS = env.float("PUSH_TIMEOUT_SECONDS", default=10.0)
PUSH_CHUNK_SIZE = env.int("PUSH_CHUNK_SIZE", default=500)
PUSH_CLAIM_LEASE_SECONDS = env.int("PUSH_CLAIM_LEASE_SECONDS", default=15 * 60)
PUSH_RETRY_BASE_SECONDS = env.int("PUSH_RETRY_BASE_SECONDS", default=15 * 60)
PUSH_MAX_ATTEMPTS = env.int("PUSH_MAX_ATTEMPTS", default=6)
# Reminders go out only between these hours (local time), never in the night.
PUSH_SEND_FROM_HOUR = env.int("PUSH_SEND_FROM_HOUR", default=9)
PUSH_SEND_UNTIL_HOUR = env.int("PUSH_SEND_UNTIL_HOUR", default=20)
# (requests, seconds) per client; the client's address is only hashed into a cache key.
REMINDERS_RATE_LIMITS = {"subscribe": (10, 3600), "manage": (60, 3600), "test": (5, 3600)}
# Where the client's address is, for rate limiting behind a proxy (e.g. "HTTP_X_REAL_IP").
REMINDERS_CLIENT_ADDRESS_META = env("REMINDERS_CLIENT_ADDRESS_META", default="REMOTE_ADDR")
# Push endpoints are secret URLs: urllib3's debug lines would name them, so keep it to warnings.
LOGGING["loggers"]["urllib3"] = {"level": "WARNING"}

# --- Directory ----------------------------------------------------------------
# Map tiles: none by default, so maps load nothing from other sites (markers on a
# plain background). To use a tile server set MAP_TILE_URL (Leaflet URL template)
# and MAP_TILE_ATTRIBUTION, and list its host in MAP_TILES_HOSTS for the CSP.
MAP_TILE_URL = env("MAP_TILE_URL", default="")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", default="")
MAP_TILES_HOSTS = env.list("MAP_TILES_HOSTS", default=[])
# Postcode areas the directory covers; other postcodes get "outside the area we cover".
DIRECTORY_COVERED_POSTCODE_AREAS = env.list("DIRECTORY_COVERED_POSTCODE_AREAS", default=["LE"])
DIRECTORY_DEFAULT_COUNTY = env("DIRECTORY_DEFAULT_COUNTY", default="Leicestershire")
DIRECTORY_SEARCH_RADIUS_MILES = env.float("DIRECTORY_SEARCH_RADIUS_MILES", default=10.0)
DIRECTORY_RESULTS_PER_PAGE = env.int("DIRECTORY_RESULTS_PER_PAGE", default=10)
DIRECTORY_API_MAX_PER_PAGE = 100
# Optional online geocoder for full postcodes missing from the local table, e.g.
# "https://api.postcodes.io/postcodes/{postcode}". Empty: no network call, ever.
DIRECTORY_GEOCODER_URL = env("DIRECTORY_GEOCODER_URL", default="")
DIRECTORY_GEOCODER_TIMEOUT = env.float("DIRECTORY_GEOCODER_TIMEOUT", default=2.0)
# Where the "Directions" link goes ({lat} and {lon} are filled in).
DIRECTORY_DIRECTIONS_URL = env(
    "DIRECTORY_DIRECTIONS_URL",
    default="https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}",
)
