"""Run every bench/bench_*.py in turn (`make bench`); each prints its own figures."""

import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


for script in sorted(Path(__file__).parent.glob("bench_*.py")):
    say(f"== {script.name}")
    runpy.run_path(str(script), run_name="__main__")
