import csv
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from directory.geo import in_uk
from directory.models import PostcodePlace
from directory.osgb import grid_to_wgs84
from directory.postcodes import postcode_area
from directory.validators import is_full_postcode, normalise_postcode
from hubsite.cache import bump_public_cache


def _rows_onspd(reader, header):
    """ONS Postcode Directory: one row per postcode with pcds, doterm, lat, long."""
    columns = {name.strip().lower(): i for i, name in enumerate(header)}
    pc = columns.get("pcds", columns.get("pcd2", columns.get("pcd")))
    lat, lon, term = columns.get("lat"), columns.get("long"), columns.get("doterm")
    if pc is None or lat is None or lon is None:
        raise CommandError("This ONSPD file has no pcds/lat/long columns.")
    for row in reader:
        terminated = term is not None and row[term].strip()
        yield row[pc], row[lat], row[lon], bool(terminated)


def _rows_codepoint(reader, first_row):
    """OS Code-Point Open: postcode, quality, eastings, northings, ... (no header)."""
    for row in [first_row, *reader] if first_row else reader:
        if len(row) < 4:
            continue
        if row[1].strip() == "90":  # no coordinates for this postcode
            continue
        try:
            lat, lon = grid_to_wgs84(float(row[2]), float(row[3]))
        except ValueError:
            continue
        yield row[0], lat, lon, False


def _rows_simple(reader, header):
    columns = {name.strip().lower(): i for i, name in enumerate(header)}
    for row in reader:
        yield row[columns["postcode"]], row[columns["latitude"]], row[columns["longitude"]], False


class Command(BaseCommand):
    help = (
        "Loads postcode centres from the ONS Postcode Directory (ONSPD) CSV, OS Code-Point Open "
        "CSVs, or a simple postcode,latitude,longitude CSV. Keeps only the covered areas unless --all."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="CSV files")
        parser.add_argument(
            "--format", choices=["auto", "onspd", "codepoint", "simple"], default="auto"
        )
        parser.add_argument(
            "--areas", help="Postcode areas to keep, e.g. LE,NG (default: the covered areas)"
        )
        parser.add_argument("--all", action="store_true", help="Keep every area")
        parser.add_argument("--include-terminated", action="store_true")
        parser.add_argument(
            "--centroids",
            action="store_true",
            help="Afterwards, recompute sector and district centres from the full postcodes",
        )
        parser.add_argument("--batch-size", type=int, default=5000)

    def handle(self, paths, **options):
        areas = None
        if not options["all"]:
            areas = {
                a.strip().upper()
                for a in (
                    options["areas"] or ",".join(settings.DIRECTORY_COVERED_POSTCODE_AREAS)
                ).split(",")
                if a.strip()
            }
        loaded = skipped = 0
        batch = []
        for path in paths:
            for raw, lat, lon, terminated in self._rows(Path(path), options["format"]):
                postcode = normalise_postcode(raw)
                if not postcode or (terminated and not options["include_terminated"]):
                    skipped += 1
                    continue
                if areas is not None and postcode_area(postcode) not in areas:
                    continue
                try:
                    lat, lon = float(lat), float(lon)
                except (TypeError, ValueError):
                    skipped += 1
                    continue
                if not in_uk(lat, lon):  # ONSPD uses 99.999999 for "no grid reference"
                    skipped += 1
                    continue
                kind = PostcodePlace.UNIT if is_full_postcode(postcode) else PostcodePlace.DISTRICT
                batch.append(
                    PostcodePlace(postcode=postcode, kind=kind, latitude=lat, longitude=lon)
                )
                if len(batch) >= options["batch_size"]:
                    loaded += self._save(batch)
                    batch = []
        loaded += self._save(batch)
        self.stdout.write(f"{loaded} postcodes loaded, {skipped} skipped.")
        if options["centroids"]:
            self.stdout.write(
                f"{self._rebuild_centroids(areas)} sector and district centres updated."
            )
        bump_public_cache()  # bulk inserts send no signals

    def _rows(self, path, fmt):
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        handle = open(path, newline="", encoding="utf-8-sig")
        reader = csv.reader(handle)
        first = next(reader, None)
        if first is None:
            return
        lowered = [cell.strip().lower() for cell in first]
        if fmt == "auto":
            if {"lat", "long"} <= set(lowered) and ({"pcds", "pcd", "pcd2"} & set(lowered)):
                fmt = "onspd"
            elif {"postcode", "latitude", "longitude"} <= set(lowered):
                fmt = "simple"
            else:
                fmt = "codepoint"
        with handle:
            if fmt == "onspd":
                yield from _rows_onspd(reader, first)
            elif fmt == "simple":
                yield from _rows_simple(reader, first)
            else:
                header_like = not any(ch.isdigit() for ch in "".join(first[2:4]))
                yield from _rows_codepoint(reader, None if header_like else first)

    def _save(self, batch):
        if not batch:
            return 0
        PostcodePlace.objects.bulk_create(
            batch,
            update_conflicts=True,
            unique_fields=["postcode"],
            update_fields=["kind", "latitude", "longitude"],
        )
        return len(batch)

    def _rebuild_centroids(self, areas):
        sums = defaultdict(lambda: [0.0, 0.0, 0])
        units = PostcodePlace.objects.filter(kind=PostcodePlace.UNIT).values_list(
            "postcode", "latitude", "longitude"
        )
        for postcode, lat, lon in units.iterator(chunk_size=10_000):
            if areas is not None and postcode_area(postcode) not in areas:
                continue
            outward, inward = postcode.split(" ")
            for key in (outward, f"{outward} {inward[0]}"):
                total = sums[key]
                total[0] += lat
                total[1] += lon
                total[2] += 1
        places = [
            PostcodePlace(
                postcode=key,
                kind=PostcodePlace.SECTOR if " " in key else PostcodePlace.DISTRICT,
                latitude=lat_sum / count,
                longitude=lon_sum / count,
            )
            for key, (lat_sum, lon_sum, count) in sums.items()
        ]
        return self._save(places)
