from .indicators import admin_views  # noqa: F401
