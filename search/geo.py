"""Distances for search: great-circle miles, a bounding box, the nearest place, postcodes."""

import math
from dataclasses import dataclass

from .query import EARTH_RADIUS_MILES

MILES_PER_DEGREE_LATITUDE = 69.05


@dataclass(frozen=True)
class Box:
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def great_circle_miles(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat, lon, radius_miles):
    """A box holding every point within `radius_miles`: two indexed range tests before the exact distance."""
    d_lat = radius_miles / MILES_PER_DEGREE_LATITUDE
    d_lon = radius_miles / (MILES_PER_DEGREE_LATITUDE * max(math.cos(math.radians(lat)), 0.01))
    return Box(lat - d_lat, lat + d_lat, lon - d_lon, lon + d_lon)


def nearest_place(places, origin):
    """(place, miles) for the place nearest `origin`; the first place and None without an origin."""
    located = [p for p in places or [] if p.get("lat") is not None and p.get("lon") is not None]
    if origin is None or not located:
        return (places[0] if places else None), None
    best = min(located, key=lambda p: great_circle_miles(origin[0], origin[1], p["lat"], p["lon"]))
    return best, round(great_circle_miles(origin[0], origin[1], best["lat"], best["lon"]), 1)


def place_for_postcode(text):
    """((lat, lon), None) for a postcode, or (None, message for the parent).

    Uses the directory's postcode lookup: its own table, and an online geocoder
    only when one is configured there (none by default).
    """
    try:
        from directory.postcodes import PostcodeError, find_place
    except ImportError:  # the directory app is optional for search
        return None, None
    try:
        place = find_place(text)
    except PostcodeError as error:
        return None, error.message
    return (place.latitude, place.longitude), None
