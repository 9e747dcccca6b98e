"""No secret is committed: detect-secrets over every tracked file, and .env ignored."""

import subprocess

from detect_secrets import SecretsCollection
from detect_secrets.settings import default_settings

from tests.conftest import ROOT

# Values detect-secrets flags that are placeholders, each with the reason it is safe.
# A real key or password is another value, and fails the test.
KNOWN_PLACEHOLDERS = {
    "insecure-local-development-key-only-used-with-debug-on": "settings: DEBUG only",
    "ci-only-secret-key": ".ci/run: the CI's throwaway database",
    "production-like-secret-value-0123456789": "test_settings: a fake production key",
    "password": ".env.example: a URL's example password",
    "pw": "README and test_settings: example URLs",
    "pass": "tests: the password of test users",
    "ABCDEFGHJKLMNPQRSTUVWXYZ23456789": "certificate code alphabet, not a key",
}


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def test_no_tracked_file_holds_a_key_or_password(monkeypatch):
    monkeypatch.chdir(ROOT)
    tracked = git("ls-files").stdout.split()
    found = SecretsCollection()
    with default_settings():
        found.scan_files(*tracked)

    leaks = [
        f"{name}:{secret.line_number} {secret.type}"
        for name, secret in found
        if secret.secret_value not in KNOWN_PLACEHOLDERS
    ]
    assert len(tracked) > 100 and leaks == []


def test_env_files_and_keys_are_never_tracked():
    assert git("check-ignore", "-q", ".env").returncode == 0
    tracked = git("ls-files").stdout.split()
    assert not [
        name
        for name in tracked
        if name.rsplit("/", 1)[-1] == ".env"
        or name.endswith((".pem", ".key", ".p12", ".sqlite3"))
    ]
