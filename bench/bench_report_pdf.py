"""The AL NAP 2022 indicator report of the demo as PDF and XLSX, with the office's logo.

Seeds the demo into a throwaway SQLite database (DATABASE_URL to use another),
gives the certificate template a logo, builds the report in Albanian, then
times `report_pdf` and `report_xlsx`: the first PDF (WeasyPrint's import and
font set-up included, as a fresh worker pays them) and the median of the next
runs, wall clock and CPU (the CPU figure moves less on a busy machine). The
last line is `report PDF AL NAP 2022: X s (N pages)`; the goal is under 1.5 s.
"""

import io
import os
import statistics
import sys
import time

from throwaway import django_setup  # noqa: E402

django_setup("report")

RUNS = 5


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def clock(function, *args) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def logo_set() -> None:
    """A 600 × 240 logo, the size the certificate template prints."""
    from django.core.files.base import ContentFile
    from PIL import Image
    from wagtail.images import get_image_model

    from trainings.models import CertificateTemplate

    buffer = io.BytesIO()
    Image.new("RGB", (600, 240), "#14593b").save(buffer, format="PNG")
    template = CertificateTemplate.load()
    template.logo = get_image_model().objects.create(
        title="Bench logo", file=ContentFile(buffer.getvalue(), name="logo.png")
    )
    template.save()


def main() -> None:
    import pypdfium2
    from django.core.management import call_command
    from django.utils import translation

    from trainings.indicators.exports import report_pdf, report_xlsx
    from trainings.indicators.periods import period_year
    from trainings.indicators.report import report_build
    from trainings.models import Plan

    call_command("migrate", verbosity=0)
    if not Plan.objects.filter(code="AL-NAP-2021-2023").exists():
        began = time.perf_counter()
        with open(os.devnull, "w") as quiet:
            call_command("seed_demo", stdout=quiet, stderr=quiet)
        say(f"demo seeded in {time.perf_counter() - began:.0f} s")
    logo_set()
    translation.activate("sq")
    plan = Plan.objects.get(code="AL-NAP-2021-2023")
    report = report_build(period=period_year(2022), plan=plan)

    first_wall, first_cpu, pdf = clock(report_pdf, report)
    pages = len(pypdfium2.PdfDocument(pdf))
    runs = [clock(report_pdf, report)[:2] for _ in range(RUNS)]
    xlsx = [clock(report_xlsx, report)[0] for _ in range(RUNS)]
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    say(f"first PDF (WeasyPrint import included): {first_wall:.2f} s")
    say(f"XLSX: {statistics.median(xlsx):.2f} s")
    say(f"report PDF CPU time: {cpu:.2f} s")
    say(f"report PDF AL NAP 2022: {wall:.2f} s ({pages} pages, {len(pdf)} bytes)")


if __name__ == "__main__":
    main()
