"""Lighthouse budgets on a production-like copy of the site.

    .venv/bin/python bench/lighthouse.py

Builds the site in a temporary directory (fresh SQLite database with the demo content,
`hubsite.settings.production`, DEBUG off, static files collected hashed and compressed
by WhiteNoise), serves it with gunicorn on 127.0.0.1, and runs Lighthouse 12 (mobile,
default simulated throttling, no network) against the home page, a guide, directory
results (postcode LE1, free only) and a service page, three times each (Lighthouse's
scores vary from run to run with the machine's load; the run with the median performance
score counts). One line per page; exit status 1 when any budget is missed:

    performance >= 95, accessibility = 100, best practices >= 95, SEO >= 95;
    a guide page transfers at most 50 KB of HTML + CSS + JS (compressed, images aside);
    no request goes to any host but the site's own.

Needs Chromium (`chromium` on PATH or CHROME_PATH) and `npm ci` (node_modules/.bin/lighthouse).
LIGHTHOUSE_RUNS=<n> changes the number of runs per page (default 3);
HUBSITE_BROWSER_SITE_DIR=<dir> serves a copy built there before instead of building one.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.pages import GUIDE_PATH, find_cancelled_service  # noqa: E402
from tests.browser.site_server import LiveSite  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
BUDGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
GUIDE_TRANSFER_BUDGET = 50 * 1024
TEXT_TYPES = {"Document", "Stylesheet", "Script"}


def lighthouse(url, chrome, out, attempts=3):
    """One Lighthouse report; a run Lighthouse itself gives up on (NO_NAVSTART and the like,
    seen on a busy machine) is tried again, up to `attempts` times."""
    for attempt in range(1, attempts + 1):
        result = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--output=json",
                f"--output-path={out}",
                "--only-categories=performance,accessibility,best-practices,seo",
                f"--chrome-flags={CHROME_FLAGS}",
                "--quiet",
            ],
            env={**os.environ, "CHROME_PATH": chrome},
            capture_output=True,
            text=True,
            timeout=180,
        )
        if result.returncode == 0:
            return json.loads(Path(out).read_text())
        print(
            f"# lighthouse run {attempt} on {url} failed: {result.stderr.strip()[-300:]}",
            file=sys.stderr,
        )
    raise SystemExit(f"lighthouse failed {attempts} times on {url}")


def summarise(report, origin):
    scores = {key: round(report["categories"][key]["score"] * 100) for key in BUDGETS}
    requests = report["audits"]["network-requests"]["details"]["items"]
    foreign = sorted(
        {
            item["url"]
            for item in requests
            if urlsplit(item["url"]).scheme in ("http", "https")
            and f"{urlsplit(item['url']).scheme}://{urlsplit(item['url']).netloc}" != origin
        }
    )
    text_bytes = sum(
        item.get("transferSize", 0) for item in requests if item.get("resourceType") in TEXT_TYPES
    )
    all_bytes = sum(item.get("transferSize", 0) for item in requests)
    failing = [
        f"{audit['id']} ({audit['score']})"
        for category in BUDGETS
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0
        for audit in [report["audits"][ref["id"]]]
        if audit.get("score") is not None and audit["score"] < 1
    ]
    return scores, foreign, text_bytes, all_bytes, failing


def main():
    chrome = (
        os.environ.get("CHROME_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )
    if not chrome:
        raise SystemExit("Chromium not found: install it (scripts/browser-deps) or set CHROME_PATH")
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse not found: run `npm ci` (scripts/browser-deps)")
    site = LiveSite(
        workdir=os.environ.get("HUBSITE_BROWSER_SITE_DIR") or None,
        log=lambda message: print(f"# {message}", file=sys.stderr),
    )
    problems = []
    try:
        site.build().start()
        _hub, service = find_cancelled_service(site)
        pages = {
            "home": "/en/",
            "guide": GUIDE_PATH,
            "directory results": "/en/directory/results/?postcode=LE1&free=on",
            "service": service,
        }
        for path in pages.values():  # warm the page cache, as a live site's would be
            site.get(path)
        out = Path(tempfile.mkdtemp(prefix="lighthouse-"))
        runs = max(1, int(os.environ.get("LIGHTHOUSE_RUNS", "3")))
        for name, path in pages.items():
            results = sorted(
                (
                    summarise(lighthouse(site.url + path, chrome, out / "report.json"), site.url)
                    for _ in range(runs)
                ),
                key=lambda result: result[0]["performance"],
            )
            scores, foreign, text_bytes, all_bytes, failing = results[len(results) // 2]
            performance_runs = "/".join(str(result[0]["performance"]) for result in results)
            line = (
                f"lighthouse {name}: performance {scores['performance']}, accessibility "
                f"{scores['accessibility']}, best practices {scores['best-practices']}, SEO "
                f"{scores['seo']}; HTML+CSS+JS {text_bytes / 1024:.1f} KB, all {all_bytes / 1024:.1f} KB; "
                f"other hosts {len(foreign)}; performance in {runs} runs {performance_runs}"
            )
            print(line + (f"; audits below 1: {', '.join(failing)}" if failing else ""), flush=True)
            for key, floor in BUDGETS.items():
                if scores[key] < floor:
                    problems.append(f"{name}: {key} {scores[key]} < {floor}")
            if foreign:
                problems.append(f"{name}: requests to other hosts: {foreign}")
            if name == "guide" and text_bytes > GUIDE_TRANSFER_BUDGET:
                problems.append(
                    f"guide: {text_bytes} bytes of HTML+CSS+JS > {GUIDE_TRANSFER_BUDGET}"
                )
        shutil.rmtree(out, ignore_errors=True)
    finally:
        site.cleanup()
    for problem in problems:
        print(f"BUDGET MISSED: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
