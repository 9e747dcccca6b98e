"""Public figures never point at individuals: small counts are withheld.

Three judges from one region could point at individuals; zero stays zero
because it reveals no one.
"""

from django.conf import settings


def is_withheld(value: int) -> bool:
    """Whether `value` is too small to publish (above zero, below PUBLIC_MIN_COUNT)."""
    return 0 < value < settings.PUBLIC_MIN_COUNT


def small_count_suppressed(value: int) -> int | str:
    """`value`, or "<N" (N = PUBLIC_MIN_COUNT) when it is withheld."""
    return f"<{settings.PUBLIC_MIN_COUNT}" if is_withheld(value) else value
