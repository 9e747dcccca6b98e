"""`make bench`: run every bench/bench_*.py in turn and print their figures."""

import subprocess
import sys
from pathlib import Path


def main() -> int:
    failures = 0
    for script in sorted(Path(__file__).parent.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)  # noqa: T201
        failures += (
            subprocess.run([sys.executable, str(script)], check=False).returncode != 0
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
