"""Reference data every installation needs: categories, languages and the LE postcode districts.

Loaded by a data migration (and again by `seed_demo`, harmlessly) so that a fresh
database can already turn "LE4" into a place.
"""

import csv
import uuid
from pathlib import Path

from django.utils import translation

DATA_DIR = Path(__file__).resolve().parent / "data"
DISTRICTS_CSV = DATA_DIR / "le_postcode_districts.csv"

# Fixed ids, so the ORUK taxonomy keeps the same ids on every installation.
ID_NAMESPACE = uuid.UUID("6f1d9a3e-2c47-4b8e-9f0a-5d3c1e7b2a90")
TAXONOMY_ID = uuid.uuid5(ID_NAMESPACE, "taxonomy:family-hubs-categories")

LANGUAGES = [
    ("en", "English", "English"),
    ("pl", "Polish", "Polski"),
    ("ur", "Urdu", "اردو"),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    ("gu", "Gujarati", "ગુજરાતી"),
    ("so", "Somali", "Soomaali"),
    ("ar", "Arabic", "العربية"),
    ("bn", "Bengali", "বাংলা"),
    ("ro", "Romanian", "Română"),
    ("hi", "Hindi", "हिन्दी"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("ku", "Kurdish", "Kurdî"),
    ("bfi", "British Sign Language", "British Sign Language"),
]


def term_id(code):
    return uuid.uuid5(ID_NAMESPACE, f"term:{code}")


def _upsert(model, lookup, values):
    """update_or_create that does not save rows that are already right (saves trigger reindexing)."""
    found = model.objects.filter(**lookup).first()
    if found is None:
        return model.objects.create(**lookup, **values)
    changed = [name for name, value in values.items() if getattr(found, name) != value]
    if changed:
        for name in changed:
            setattr(found, name, values[name])
        found.save(update_fields=changed)
    return found


def ensure_reference_data(apps=None):
    """Create or update the categories, languages and postcode districts."""
    from django.apps import apps as live_apps

    from .taxonomy import CATEGORIES

    apps = apps or live_apps
    Taxonomy = apps.get_model("directory", "Taxonomy")
    TaxonomyTerm = apps.get_model("directory", "TaxonomyTerm")
    Language = apps.get_model("directory", "Language")
    PostcodePlace = apps.get_model("directory", "PostcodePlace")

    taxonomy = _upsert(
        Taxonomy,
        {"id": TAXONOMY_ID},
        {
            "name": "Family Hubs service categories",
            "description": "The kinds of help parents look for, from pregnancy to five.",
            "version": "1",
        },
    )
    with translation.override("en"):
        for code, label in CATEGORIES:
            name = str(label)
            if not TaxonomyTerm.objects.filter(code=code).exists():
                TaxonomyTerm.objects.create(
                    id=term_id(code), code=code, taxonomy=taxonomy, name=name, name_en=name
                )
    for code, name, local in LANGUAGES:
        _upsert(Language, {"code": code}, {"name": name, "name_local": local})
    with open(DISTRICTS_CSV, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            postcode = row["postcode"].strip().upper()
            if not PostcodePlace.objects.filter(postcode=postcode).exists():
                PostcodePlace.objects.create(
                    postcode=postcode,
                    kind="district",
                    latitude=float(row["latitude"]),
                    longitude=float(row["longitude"]),
                )
