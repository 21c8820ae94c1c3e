"""Parents using the site, for locust (run by bench/load.py, which discovers the URLs).

The mix, by weight: guide pages in English, Polish and Urdu (35), directory search by
postcode LE1 to LE5 with and without filters (25), site search with everyday
misspellings (25), service pages (15). Each simulated parent waits 1 to 3 seconds
between pages. A response counts as an error unless it is a 200 with the page's
own content in it. Search pages say which engine answered (data-search-backend);
the counts go to $LOAD_REPORT for the fault scripts.

FastHttpUser (geventhttpclient; it asks for gzip, deflate and brotli as browsers do)
rather than HttpUser: locust shares the two cores with the server, and the CPU that
HttpUser spends per request showed up as the server's latency (on 7 December, same server:
p99 910 ms with HttpUser, 490 and 540 ms with FastHttpUser).
"""

import json
import os
import random
import re
from collections import Counter

from locust import FastHttpUser, between, events, task

TARGETS = json.loads(open(os.environ["LOAD_TARGETS"], encoding="utf-8").read())
BACKEND = re.compile(rb'data-search-backend="([a-z]+)"')
backends = Counter()

SEARCHES = [
    "feeding",
    "feding",
    "breastfeeding",
    "brestfeeding",
    "sleep",
    "slep",
    "stay and play",
    "stay an play",
    "health visitor",
    "helth visiter",
    "weaning",
    "weening",
    "speech",
    "speach",
    "baby massage",
    "babby masage",
    "immunisations",
    "imunisations",
    "crying",
    "postnatal",
    "karmienie",
    "دودھ",
]
POSTCODES = ["LE1", "LE2", "LE3", "LE4", "LE5", "LE1 5ZZ", "LE4 6ZZ", "LE3 1ZZ"]


def check(response, marker, name):
    if response.status_code == 0:  # no answer: the connection failed
        response.failure(f"{name}: {type(response.error).__name__}: {str(response.error)[:120]}")
    elif response.status_code != 200:
        response.failure(f"{name}: status {response.status_code}")
    elif marker not in response.content:
        response.failure(f"{name}: the page lacks {marker!r}")
    else:
        response.success()


class Parent(FastHttpUser):
    wait_time = between(1, 3)

    @task(35)
    def guide(self):
        lang = random.choice(["en", "en", "pl", "ur"])
        url = random.choice(TARGETS["guides"][lang])
        with self.client.get(url, name=f"guide page ({lang})", catch_response=True) as response:
            check(response, b"<main", "guide page")

    @task(25)
    def directory_search(self):
        params = {"postcode": random.choice(POSTCODES)}
        if random.random() < 0.5:
            choice = random.choice(
                [
                    {"kind": "group"},
                    {"kind": "clinic"},
                    {"free": "on"},
                    {"age": "baby"},
                    {"day": random.choice(["MO", "TU", "WE", "TH", "FR"])},
                    {"category": random.choice(TARGETS["categories"])},
                    {"step_free": "on", "age": "2"},
                ]
            )
            params.update(choice)
        name = "directory search" + (" + filter" if len(params) > 1 else "")
        with self.client.get(
            "/en/directory/results/", params=params, name=name, catch_response=True
        ) as response:
            check(response, b"<main", name)

    @task(25)
    def site_search(self):
        params = {"q": random.choice(SEARCHES)}
        if random.random() < 0.2:
            params["postcode"] = random.choice(POSTCODES[:5])
        lang = random.choice(["en", "en", "en", "pl", "ur"])
        with self.client.get(
            f"/{lang}/search/", params=params, name="site search", catch_response=True
        ) as response:
            found = BACKEND.search(response.content or b"")
            backends[found.group(1).decode() if found else "none"] += 1
            check(response, b"data-search-backend", "site search")

    @task(15)
    def service_page(self):
        url = random.choice(TARGETS["services"])
        with self.client.get(url, name="service page", catch_response=True) as response:
            check(response, b"<main", "service page")


@events.quitting.add_listener
def write_report(environment, **kwargs):
    path = os.environ.get("LOAD_REPORT")
    if path:
        with open(path, "w", encoding="utf-8") as out:
            json.dump({"search_backends": dict(backends)}, out)
