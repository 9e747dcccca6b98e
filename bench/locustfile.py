"""Anonymous visitors of the public site, for `make load` (bench/load_site.py).

The URLs come from the demo database (LOAD_URLS, a JSON file of lists per endpoint
group), so this file knows nothing of Django. Loopback only: any other host stops
the run before the first request.
"""

import json
import os
import random
from pathlib import Path
from urllib.parse import urlparse

from locust import FastHttpUser, constant, events, task

URLS: dict[str, list[str]] = json.loads(Path(os.environ["LOAD_URLS"]).read_text())


@events.init.add_listener
def loopback_only(environment, **kwargs):
    if urlparse(environment.host or "").hostname != "127.0.0.1":
        raise SystemExit(f"refusing to load {environment.host!r}: 127.0.0.1 only")


class Visitor(FastHttpUser):
    """Reads campaigns in sq/en/sr, filters listings, downloads a brochure.

    No think time: each simulated visitor sends its next request as soon as the last
    one is answered, so requests/s is what the server manages at that concurrency.
    """

    wait_time = constant(0)

    def visit(self, group: str, stream: bool = False) -> None:
        with self.client.get(
            random.choice(URLS[group]), name=group, catch_response=True, stream=stream
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif stream:
                response.stream.read()

    @task(5)
    def campaign_page(self):
        self.visit("campaign page")

    @task(2)
    def home(self):
        self.visit("home")

    @task(2)
    def campaign_index(self):
        self.visit("campaign index")

    @task(2)
    def campaign_index_filtered(self):
        self.visit("campaign index + filters")

    @task(1)
    def library(self):
        self.visit("library (+ filters)")

    @task(1)
    def download(self):
        # Streamed: Wagtail's serve view sends "Content-Encoding: None", which
        # geventhttpclient refuses to decode (browsers ignore it).
        self.visit("brochure download", stream=True)
