"""A large synthetic directory for benchmarks: N services across the LE postcode districts."""

import csv
import datetime
import random
import uuid

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from directory.models import (
    Hub,
    Language,
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from directory.reference import DISTRICTS_CSV, ensure_reference_data
from hubsite.cache import bump_public_cache

ORIGIN = "synthetic"
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]
KINDS = ["group"] * 6 + ["clinic"] * 3 + ["family-hub"]
WORDS = [
    "Little",
    "Busy",
    "Happy",
    "Tiny",
    "Sunny",
    "Rainbow",
    "Growing",
    "Bright",
    "Cosy",
    "Jolly",
]
NOUNS = ["Feet", "Steps", "Stars", "Explorers", "Sprouts", "Bees", "Owls", "Acorns", "Ducklings"]


class Command(BaseCommand):
    help = "Builds a synthetic directory of N services (for benchmarks). --clear removes an earlier one."

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--clear", action="store_true", help="Remove earlier synthetic data first"
        )

    def handle(self, services, seed, clear, **options):
        rng = random.Random(seed)
        ensure_reference_data()
        with translation.override("en"), transaction.atomic():
            if clear:
                self._clear()
            counts = self._build(services, rng)
        bump_public_cache()  # bulk inserts send no signals
        self.stdout.write(
            "{services} services, {locations} places, {schedules} sessions created.".format(
                **counts
            )
        )

    def _clear(self):
        Schedule.objects.filter(service__origin=ORIGIN).delete()
        Service.objects.filter(origin=ORIGIN).delete()
        Location.objects.filter(hub__slug__startswith="synthetic-").delete()
        Hub.objects.filter(slug__startswith="synthetic-", kind="spoke").delete()
        Hub.objects.filter(slug__startswith="synthetic-").delete()

    def _build(self, count, rng):
        with open(DISTRICTS_CSV, newline="", encoding="utf-8") as handle:
            districts = [
                (row["postcode"], float(row["latitude"]), float(row["longitude"]))
                for row in csv.DictReader(handle)
            ]
        tag = uuid.uuid4().hex[:6]
        central = Hub.objects.create(
            name_en=f"Synthetic central hub {tag}", slug=f"synthetic-{tag}-central", kind="central"
        )
        hubs = [central] + [
            Hub.objects.create(
                name_en=f"Synthetic hub {tag} {i}",
                slug=f"synthetic-{tag}-{i}",
                kind="spoke",
                central=central,
            )
            for i in range(1, 10)
        ]
        organisations = [
            Organisation.objects.create(
                name_en=f"Synthetic provider {i}", description_en="Synthetic."
            )
            for i in range(5)
        ]
        terms = list(TaxonomyTerm.objects.all())
        languages = list(Language.objects.all())

        locations = []
        for i in range(max(1, count // 2)):
            # Two thirds in the city districts, the rest across the county.
            code, lat, lon = (
                rng.choice(districts[:5]) if rng.random() < 0.66 else rng.choice(districts)
            )
            locations.append(
                Location(
                    id=uuid.UUID(int=rng.getrandbits(128), version=4),
                    hub=rng.choice(hubs),
                    name=f"Community venue {i}",
                    name_en=f"Community venue {i}",
                    address_1=f"{rng.randint(1, 300)} Synthetic Street",
                    city="Leicester",
                    postcode=f"{code} {rng.randint(1, 9)}AA",
                    latitude=lat + rng.gauss(0, 0.02),
                    longitude=lon + rng.gauss(0, 0.03),
                    step_free_access=rng.random() < 0.7,
                    baby_change=rng.random() < 0.8,
                    parking=rng.random() < 0.4,
                )
            )
        Location.objects.bulk_create(locations, batch_size=1000)

        services, links, schedules, category_links, language_links = [], [], [], [], []
        category_through = Service.categories.through
        language_through = Service.languages.through
        start = datetime.date(2026, 9, 1)
        for i in range(count):
            location = rng.choice(locations)
            name = f"{rng.choice(WORDS)} {rng.choice(NOUNS)} {i}"
            low = rng.choice([0, 0, 0, 6, 12, 24])
            service = Service(
                id=uuid.UUID(int=rng.getrandbits(128), version=4),
                hub=location.hub,
                organisation=rng.choice(organisations),
                name=name,
                name_en=name,
                kind=rng.choice(KINDS),
                description=f"A synthetic service number {i} for benchmarks.",
                description_en=f"A synthetic service number {i} for benchmarks.",
                serves_pregnancy=rng.random() < 0.2,
                min_age_months=low,
                max_age_months=rng.choice([12, 24, 36, 60, 60]),
                is_free=rng.random() < 0.8,
                cost_description="",
                origin=ORIGIN,
            )
            if not service.is_free:
                service.cost_description = service.cost_description_en = "£2 per session"
            services.append(service)
            links.append(
                ServiceAtLocation(
                    id=uuid.UUID(int=rng.getrandbits(128), version=4),
                    service=service,
                    location=location,
                )
            )
            monthly = rng.random() < 0.2
            day = rng.choice(DAYS)
            opens = datetime.time(rng.choice([9, 10, 11, 13, 14]), rng.choice([0, 30]))
            schedules.append(
                Schedule(
                    id=uuid.UUID(int=rng.getrandbits(128), version=4),
                    service=service,
                    location=location,
                    freq="MONTHLY" if monthly else "WEEKLY",
                    interval=1,
                    byday=f"{rng.choice([1, 2, 3, -1])}{day}" if monthly else day,
                    valid_from=start,
                    opens_at=opens,
                    closes_at=datetime.time(opens.hour + 1, opens.minute),
                    term_time_only=rng.random() < 0.3,
                )
            )
            for term in rng.sample(terms, rng.choice([1, 1, 2, 3])):
                category_links.append(
                    category_through(service_id=service.id, taxonomyterm_id=term.id)
                )
            for language in rng.sample(languages, rng.choice([1, 2, 3])):
                language_links.append(
                    language_through(service_id=service.id, language_id=language.id)
                )
        Service.objects.bulk_create(services, batch_size=1000)
        ServiceAtLocation.objects.bulk_create(links, batch_size=1000)
        Schedule.objects.bulk_create(schedules, batch_size=1000)
        category_through.objects.bulk_create(category_links, batch_size=2000)
        language_through.objects.bulk_create(language_links, batch_size=2000)
        return {"services": len(services), "locations": len(locations), "schedules": len(schedules)}
