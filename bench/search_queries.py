"""Search latency: 10,000 services and 1,000 guides, 200 mixed queries, three engines.

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/search_queries.py

Builds a throwaway database (SQLite unless DATABASE_URL is set), fills it with
`manage.py generate_directory --services 10000` and 1,000 generated guides,
indexes them into the database backend and (when ELASTICSEARCH_URL is set)
into Elasticsearch under a throwaway index prefix, then runs the same 200
queries (text; text with a postcode; filters) through `search.service.search`
on each backend, and the text queries through Wagtail's own database search
(`GuidePage.objects.live().search(text)`). Prints p50 and p95 per engine.
Not a test: the figures depend on the machine. Options: --services, --guides,
--queries, --seed.
"""

import argparse
import os
import random
import sys
import time
import uuid

from _setup import django_with_throwaway_db, percentile

TOPICS = [
    ("breastfeeding", "Breastfeeding", "karmienie piersią", "دودھ پلانا"),
    ("formula", "Formula feeding", "karmienie mlekiem modyfikowanym", "فارمولا دودھ"),
    ("weaning", "Starting solid foods", "rozszerzanie diety", "ٹھوس غذا"),
    ("sleep", "Safe sleep", "bezpieczny sen", "محفوظ نیند"),
    ("crying", "Crying and colic", "płacz i kolka", "رونا"),
    ("jaundice", "Jaundice", "żółtaczka", "یرقان"),
    ("teething", "Teething", "ząbkowanie", "دانت نکلنا"),
    ("vaccinations", "Vaccinations", "szczepienia", "ٹیکے"),
    ("talking", "Talking with your baby", "rozmowa z dzieckiem", "بچے سے بات چیت"),
    ("tantrums", "Toddler tantrums", "napady złości", "غصہ"),
    ("postnatal", "Postnatal depression", "depresja poporodowa", "ڈپریشن"),
    ("smoking", "Stopping smoking", "rzucanie palenia", "تمباکو نوشی"),
    ("movements", "Baby movements", "ruchy dziecka", "بچے کی حرکت"),
    ("potty", "Potty training", "nauka korzystania z nocnika", "پاٹی ٹریننگ"),
    ("reading", "Reading together", "wspólne czytanie", "مل کر پڑھنا"),
]
ASPECTS = [
    "the first weeks",
    "what helps",
    "when to get help",
    "for dads",
    "at night",
    "a checklist",
    "common worries",
    "in hot weather",
    "twins",
    "when you go back to work",
]
SENTENCES = [
    "Every baby is different, and that is normal.",
    "Talk to your health visitor if you are worried.",
    "Family hubs run free groups where you can ask questions.",
    "Keep going: most problems get easier after a few weeks.",
    "Call NHS 111 for urgent advice, or 999 in an emergency.",
    "Your midwife can visit you at home in the first days.",
    "Ask for an interpreter if English is not your first language.",
    "Look after yourself too: rest when your baby sleeps.",
]
TEXT_QUERIES = [
    "breastfeeding",
    "brestfeeding",
    "safe sleep",
    "weaning",
    "jaundise",
    "teething",
    "vacinations",
    "stay and play",
    "baby massage",
    "speech and language",
    "dads",
    "antenatal classes",
    "midwife clinic",
    "toddler tantrums",
    "postnatal depression",
    "potty training",
    "family support",
    "feeding help near me",
    "health visiting clinic",
    "little feet",
    "happy stars",
    "sensory play",
]
TEXT_QUERIES_PL = ["karmienie piersią", "szczepienia", "bezpieczny sen", "zabawa", "ząbkowanie"]
TEXT_QUERIES_UR = ["دودھ پلانا", "ٹیکے", "محفوظ نیند", "یرقان"]
POSTCODES = ["LE1", "LE2", "LE3", "LE4", "LE5", "LE1 6ZG", "LE3 1QA", "LE4 6LF"]
FILTERS = [
    {"category": "stay-and-play"},
    {"category": "infant-feeding", "free": True},
    {"kind": "clinic"},
    {"day": "sat"},
    {"language": "pl"},
    {"age": "pregnancy"},
    {"age": "1-2", "step_free": True},
    {"stage": "feeding"},
]


def build_guides(count, rng):
    """A page tree with `count` guides over four stages, some translated to Polish and Urdu."""
    from django.utils import translation
    from wagtail.models import Page, Site

    from content.models import GuidePage, GuidesIndexPage, HomePage, StagePage

    def add(parent, page):
        parent.add_child(instance=page)
        return page

    with translation.override("en"):
        root = Page.get_first_root_node()
        for child in root.get_children():
            child.delete()
        home = add(root, HomePage(title_en="Home", slug_en="home", live=True))
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        index = add(home, GuidesIndexPage(title_en="Guides", slug_en="guides", live=True))
        stages = [
            add(index, StagePage(title_en=name, slug_en=code, stage=code, live=True))
            for code, name in [
                ("pregnancy", "Pregnancy"),
                ("first-weeks", "The first weeks"),
                ("feeding", "Feeding"),
                ("talking-and-play", "Talking and play"),
            ]
        ]
        for i in range(count):
            key, title, polish, urdu = rng.choice(TOPICS)
            aspect = rng.choice(ASPECTS)
            start = rng.randint(-40, 200)
            fields = {
                "title_en": f"{title}: {aspect} ({i})",
                "slug_en": f"{key}-{i}",
                "summary_en": f"{title}, {aspect}. " + rng.choice(SENTENCES),
                "body_en": [
                    {
                        "type": "paragraph",
                        "value": "<p>" + " ".join(rng.sample(SENTENCES, 4)) + f" {title}.</p>",
                    }
                ],
                "age_from_weeks": start,
                "age_to_weeks": min(260, start + rng.randint(4, 60)),
                "last_reviewed": "2026-09-01",
                "next_review_due": "2027-09-01",
                "live": True,
            }
            if rng.random() < 0.3:
                fields.update(
                    title_pl=f"{polish} ({i})", slug_pl=f"{key}-{i}-pl", summary_pl=f"{polish}."
                )
            if rng.random() < 0.3:
                fields.update(
                    title_ur=f"{urdu} ({i})", slug_ur=f"{key}-{i}-ur", summary_ur=f"{urdu}۔"
                )
            add(rng.choice(stages), GuidePage(**fields))


def make_queries(count, rng):
    from search.geo import place_for_postcode
    from search.query import SearchQuery

    places = {code: place_for_postcode(code)[0] for code in POSTCODES}
    queries = []
    for i in range(count):
        mix = i % 4
        if mix in (0, 1):
            lang, pool = rng.choice(
                [("en", TEXT_QUERIES)] * 4 + [("pl", TEXT_QUERIES_PL), ("ur", TEXT_QUERIES_UR)]
            )
            queries.append(("text", SearchQuery(text=rng.choice(pool), lang=lang)))
        elif mix == 2:
            code = rng.choice(POSTCODES)
            queries.append(
                (
                    "text+postcode",
                    SearchQuery(
                        text=rng.choice(TEXT_QUERIES),
                        place=places[code],
                        radius_miles=rng.choice([1, 3, 5]),
                    ),
                )
            )
        else:
            text = rng.choice(["", "", rng.choice(TEXT_QUERIES)])
            queries.append(("filters", SearchQuery(text=text, filters=rng.choice(FILTERS))))
    return queries


def say(line):
    print(line, flush=True)


CPU_TIMES = {}


def timed(function, items):
    """Wall-clock ms per call; the calls' CPU ms (this process only) go to CPU_TIMES[function]."""
    times, cpu = [], []
    for item in items:
        started, started_cpu = time.perf_counter(), time.process_time()
        function(item)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    CPU_TIMES[function] = cpu
    return times


def cpu_note(function):
    """For in-process engines: CPU time is what the query costs when the machine is not shared."""
    cpu = CPU_TIMES[function]
    return f" (CPU in this process: p50 {percentile(cpu, 0.5):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms)"


def summary(label, times, extra=""):
    return f"{label}: p50 {percentile(times, 0.5):.1f} ms, p95 {percentile(times, 0.95):.1f} ms over {len(times)} queries{extra}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--guides", type=int, default=1_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="DATABASE_URL already holds the data and the database index: only time queries",
    )
    args = parser.parse_args()
    if args.reuse and not os.environ.get("DATABASE_URL"):
        parser.error("--reuse needs DATABASE_URL")

    es_url = os.environ.get("ELASTICSEARCH_URL", "")
    vendor = django_with_throwaway_db()
    from django.conf import settings
    from django.core.management import call_command

    from search import indexing, service
    from search.signals import suspended

    settings.ELASTICSEARCH_URL = ""
    settings.ELASTICSEARCH_INDEX_PREFIX = f"bench-{uuid.uuid4().hex[:8]}"
    rng = random.Random(args.seed)

    if not args.reuse:
        started = time.perf_counter()
        with suspended():
            call_command(
                "generate_directory",
                services=args.services,
                seed=args.seed,
                stdout=open(os.devnull, "w"),
            )
            build_guides(args.guides, rng)
        say(
            f"data: {args.services} services and {args.guides} guides on {vendor} "
            f"in {time.perf_counter() - started:.0f} s ({settings.DATABASES['default']['NAME']})"
        )
        started = time.perf_counter()
        count = indexing.rebuild_database()
        say(f"database index: {count} documents in {time.perf_counter() - started:.1f} s")
    if es_url:
        settings.ELASTICSEARCH_URL = es_url
        started = time.perf_counter()
        _name, count = indexing.rebuild_elasticsearch()
        say(f"Elasticsearch index: {count} documents in {time.perf_counter() - started:.1f} s")

    queries = make_queries(args.queries, random.Random(args.seed + 1))
    text_only = [q for kind, q in queries if kind == "text"]
    try:
        if es_url:
            settings.ELASTICSEARCH_URL = es_url
            for _kind, query in queries[:30]:  # warm-up, not timed
                service.search(query)
            fallbacks = 0

            def run_es(query):
                nonlocal fallbacks
                results = service.search(query)
                fallbacks += results.fell_back

            times = timed(run_es, [q for _k, q in queries])
            say(
                summary("elasticsearch backend", times, f" ({fallbacks} fell back to the database)")
            )
            by_kind = {}
            for (kind, _q), ms in zip(queries, times, strict=True):
                by_kind.setdefault(kind, []).append(ms)
            for kind, values in by_kind.items():
                say(summary(f"  elasticsearch, {kind}", values))

        settings.ELASTICSEARCH_URL = ""
        for _kind, query in queries[:30]:
            service.search(query)
        times = timed(service.search, [q for _k, q in queries])
        say(summary(f"database backend ({vendor})", times, cpu_note(service.search)))
        by_kind, cpu_by_kind = {}, {}
        for (kind, _q), ms, cpu in zip(queries, times, CPU_TIMES[service.search], strict=True):
            by_kind.setdefault(kind, []).append(ms)
            cpu_by_kind.setdefault(kind, []).append(cpu)
        for kind, values in by_kind.items():
            cpu = cpu_by_kind[kind]
            say(
                summary(f"  database, {kind}", values)
                + f" (CPU p50 {percentile(cpu, 0.5):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms)"
            )

        text_times = timed(service.search, text_only)
        say(summary("database backend, text queries only", text_times, cpu_note(service.search)))

        from content.models import GuidePage

        def wagtail_search(query):
            list(GuidePage.objects.live().search(query.text)[:10])

        for query in text_only[:10]:
            wagtail_search(query)
        wagtail_times = timed(wagtail_search, text_only)
        say(
            summary(
                f"wagtail database search ({vendor}), same text queries, guides only",
                wagtail_times,
                cpu_note(wagtail_search),
            )
        )
    finally:
        if es_url:
            from search.backends.elastic import admin_client, indices_behind_alias

            settings.ELASTICSEARCH_URL = es_url

            client = admin_client()
            for name in indices_behind_alias(client):
                client.indices.delete(index=name)
    print(
        f"load average during the run: {os.getloadavg()[0]:.1f} (this machine has {os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    sys.exit(main())
