"""Distances and areas on the Earth's surface, in miles (what parents in the UK use)."""

import math
from dataclasses import dataclass

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE_LATITUDE = 69.05

# A generous box around Great Britain and Northern Ireland (Scilly to Shetland,
# Fermanagh to Lowestoft). Used to catch swapped or mistyped coordinates.
UK_MIN_LAT, UK_MAX_LAT = 49.8, 60.95
UK_MIN_LON, UK_MAX_LON = -8.75, 1.8


@dataclass(frozen=True)
class Box:
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float


def in_uk(latitude, longitude):
    """Whether a point lies inside the UK's bounding box."""
    return UK_MIN_LAT <= latitude <= UK_MAX_LAT and UK_MIN_LON <= longitude <= UK_MAX_LON


def great_circle_miles(lat1, lon1, lat2, lon2):
    """Great-circle distance by the haversine formula."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(latitude, longitude, radius_miles):
    """A latitude/longitude box that contains every point within `radius_miles`.

    Cheap to test with two indexed range conditions; the exact distance is
    computed afterwards for the points inside it.
    """
    d_lat = radius_miles / MILES_PER_DEGREE_LATITUDE
    cos_lat = max(math.cos(math.radians(latitude)), 0.01)
    d_lon = radius_miles / (MILES_PER_DEGREE_LATITUDE * cos_lat)
    return Box(latitude - d_lat, latitude + d_lat, longitude - d_lon, longitude + d_lon)
