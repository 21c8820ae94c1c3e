"""Server time and compressed weight of a guide page.

    .venv/bin/python bench/guide_page.py

Seeds the demo guidance into a throwaway database, then requests guide pages
through the full middleware stack with DEBUG off: cold (cache cleared before
each request) and warm (served from the page cache). Weight is HTML + CSS + JS
as a browser receives them compressed (gzip and brotli), images aside.
"""

import gzip
import re
import statistics
import time

from _setup import ROOT, django_with_throwaway_db, percentile

ROUNDS = 200


def main():
    vendor = django_with_throwaway_db()
    import brotli
    from django.core.cache import cache
    from django.test import Client
    from django.utils import translation

    from content.demo import seed_content
    from content.models import GuidePage

    seed_content()
    client = Client()
    with translation.override("en"):
        urls = [page.url for page in GuidePage.objects.live()]
    with translation.override("ur"):
        urls += [page.url for page in GuidePage.objects.live()[:4]]

    def timed(clear):
        times = []
        for i in range(ROUNDS):
            url = urls[i % len(urls)]
            if clear:
                cache.clear()
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, url
        return times

    cold = timed(clear=True)
    warm = timed(clear=False)
    print(
        f"guide page server time, uncached ({vendor}): p50 {statistics.median(cold):.1f} ms, p95 {percentile(cold, 0.95):.1f} ms"
    )
    print(
        f"guide page server time, cached ({vendor}): p50 {statistics.median(warm):.1f} ms, p95 {percentile(warm, 0.95):.1f} ms"
    )

    html = client.get(urls[0]).content
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
    bodies = [html] + [
        (ROOT / "hubsite" / asset.decode().lstrip("/")).read_bytes() for asset in assets
    ]
    raw = sum(len(b) for b in bodies)
    gz = sum(len(gzip.compress(b, 9)) for b in bodies)
    br = sum(len(brotli.compress(b)) for b in bodies)
    print(
        f"guide page weight (HTML + {len(assets)} CSS/JS files): raw {raw / 1024:.1f} KB, gzip {gz / 1024:.1f} KB, brotli {br / 1024:.1f} KB"
    )


if __name__ == "__main__":
    main()
