"""A production-like copy of the site for browser checks: its own database, collected
static files and gunicorn, in a temporary directory.

Used by the browser tests' conftest and by bench/lighthouse.py. Settings are
`hubsite.settings.production` (DEBUG off, hashed and compressed static files served by
WhiteNoise, secure cookies, HSTS) with only what plain http on 127.0.0.1 needs changed:
no redirect to https, and the loopback host names allowed.
"""

import base64
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def vapid_pair():
    """A throwaway VAPID key pair (public point, raw private scalar), base64url."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return _b64url(public), _b64url(key.private_numbers().private_value.to_bytes(32, "big"))


class SiteError(RuntimeError):
    pass


class LiveSite:
    """Build (migrate, seed, collect static) and serve the site; `url` is its origin."""

    SAVED = ("SECRET_KEY", "VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY", "DATABASE_URL", "STATIC_ROOT")

    def __init__(self, workdir=None, workers=2, threads=4, log=None):
        self.temporary = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="hubsite-browser-"))
        self.port = free_port()
        self.host = "127.0.0.1"
        self.url = f"http://{self.host}:{self.port}"
        self.workers = workers
        self.threads = threads
        self.log_path = self.workdir / "server.log"
        self.process = None
        self.log = log or (lambda message: None)
        public, private = vapid_pair()
        # Everything is explicit, so a developer's .env cannot change what is tested.
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hubsite.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "DATABASE_URL": f"sqlite:///{self.workdir / 'site.sqlite3'}",
            "STATIC_ROOT": str(self.workdir / "static"),
            "MEDIA_ROOT": str(self.workdir / "media"),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CSRF_TRUSTED_ORIGINS": self.url,
            "SECURE_SSL_REDIRECT": "False",
            "CACHE_URL": "locmemcache://browser-checks",
            "ELASTICSEARCH_URL": "",
            # Search index updates run at once instead of waiting for `db_worker`.
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "VAPID_PUBLIC_KEY": public,
            "VAPID_PRIVATE_KEY": private,
            "DEBUG": "False",
            "LOG_LEVEL": "WARNING",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        # A directory built before (HUBSITE_BROWSER_SITE_DIR) is served again as it is.
        saved = self.workdir / "env.json"
        self.reused = saved.exists()
        if self.reused:
            self.env.update(json.loads(saved.read_text()))
        self.env["CSRF_TRUSTED_ORIGINS"] = self.url

    @property
    def vapid_public_key(self):
        return self.env["VAPID_PUBLIC_KEY"]

    # --- building -------------------------------------------------------------
    def manage(self, *args, timeout=600):
        """Run a management command in the site's environment; its stdout."""
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise SiteError(
                f"manage.py {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
            )
        return result.stdout

    def shell(self, code, timeout=120):
        """Run Python in the site's Django (with its database); its stdout."""
        return self.manage("shell", "--no-imports", "-c", code, timeout=timeout)

    def build(self):
        if self.reused:
            self.log(f"serving the site built before in {self.workdir}")
            return self
        started = time.monotonic()
        self.workdir.mkdir(parents=True, exist_ok=True)
        # Collecting static files does not need the database: run it beside migrate.
        collect = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            self.manage("migrate", "--noinput", "-v", "0")
            self.log(f"migrated in {time.monotonic() - started:.0f} s")
            self.manage("seed_demo")
            self.log(f"seeded in {time.monotonic() - started:.0f} s")
        finally:
            out, err = collect.communicate(timeout=600)
        if collect.returncode != 0:
            raise SiteError(
                "collectstatic (production storage: hashed, compressed) failed:\n" + err[-4000:]
            )
        saved = {key: self.env[key] for key in self.SAVED}
        (self.workdir / "env.json").write_text(json.dumps(saved))
        self.log(f"built in {time.monotonic() - started:.0f} s")
        return self

    # --- serving --------------------------------------------------------------
    def start(self, timeout=60):
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "hubsite.wsgi",
                "--bind",
                f"{self.host}:{self.port}",
                "--workers",
                str(self.workers),
                "--threads",
                str(self.threads),
                "--worker-class",
                "gthread",
                "--timeout",
                "60",
                "--preload",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SiteError(f"gunicorn exited: {self.server_log()[-4000:]}")
            try:
                with urllib.request.urlopen(self.url + "/robots.txt", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        raise SiteError("gunicorn did not answer in time: " + self.server_log()[-4000:])

    def server_log(self):
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def stop(self):
        if self.process and self.process.poll() is None:
            # SIGINT is gunicorn's quick shutdown; a throwaway server need not wait long for it.
            os.kill(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(timeout=10)
        self.process = None

    def cleanup(self):
        self.stop()
        if self.temporary:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # --- requests -------------------------------------------------------------
    def get(self, path, headers=None, timeout=30):
        """(status, headers, body bytes) of a plain GET, without following redirects."""

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with opener.open(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()
