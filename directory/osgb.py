"""British National Grid (OSGB36 eastings/northings) to WGS84 latitude/longitude.

OS Code-Point Open gives positions as grid references. This is the standard
inverse transverse Mercator projection on the Airy 1830 ellipsoid followed by a
seven-parameter Helmert shift to WGS84, good to a few metres: plenty for finding
the nearest family hub.
"""

import math

# Airy 1830 ellipsoid and the National Grid projection.
_AIRY_A, _AIRY_B = 6377563.396, 6356256.909
_F0 = 0.9996012717
_LAT0, _LON0 = math.radians(49), math.radians(-2)
_N0, _E0 = -100000.0, 400000.0

# GRS80 / WGS84 ellipsoid.
_WGS_A, _WGS_B = 6378137.000, 6356752.3141

# Helmert parameters, OSGB36 -> WGS84.
_TX, _TY, _TZ = 446.448, -125.157, 542.060
_S = -20.4894e-6
_RX, _RY, _RZ = (math.radians(v / 3600) for v in (0.1502, 0.2470, 0.8421))


def _grid_to_osgb36(easting, northing):
    a, b = _AIRY_A, _AIRY_B
    e2 = 1 - (b * b) / (a * a)
    n = (a - b) / (a + b)
    n2, n3 = n * n, n * n * n

    lat, meridional = _LAT0, 0.0
    while abs(northing - _N0 - meridional) >= 0.00001:
        lat = (northing - _N0 - meridional) / (a * _F0) + lat
        ma = (1 + n + 1.25 * n2 + 1.25 * n3) * (lat - _LAT0)
        mb = (3 * n + 3 * n2 + 2.625 * n3) * math.sin(lat - _LAT0) * math.cos(lat + _LAT0)
        mc = (1.875 * n2 + 1.875 * n3) * math.sin(2 * (lat - _LAT0)) * math.cos(2 * (lat + _LAT0))
        md = (35 / 24) * n3 * math.sin(3 * (lat - _LAT0)) * math.cos(3 * (lat + _LAT0))
        meridional = b * _F0 * (ma - mb + mc - md)

    sin_lat, cos_lat, tan_lat = math.sin(lat), math.cos(lat), math.tan(lat)
    nu = a * _F0 / math.sqrt(1 - e2 * sin_lat * sin_lat)
    rho = a * _F0 * (1 - e2) / (1 - e2 * sin_lat * sin_lat) ** 1.5
    eta2 = nu / rho - 1
    sec_lat = 1 / cos_lat
    vii = tan_lat / (2 * rho * nu)
    viii = tan_lat / (24 * rho * nu**3) * (5 + 3 * tan_lat**2 + eta2 - 9 * tan_lat**2 * eta2)
    ix = tan_lat / (720 * rho * nu**5) * (61 + 90 * tan_lat**2 + 45 * tan_lat**4)
    x = sec_lat / nu
    xi = sec_lat / (6 * nu**3) * (nu / rho + 2 * tan_lat**2)
    xii = sec_lat / (120 * nu**5) * (5 + 28 * tan_lat**2 + 24 * tan_lat**4)
    xiia = sec_lat / (5040 * nu**7) * (61 + 662 * tan_lat**2 + 1320 * tan_lat**4 + 720 * tan_lat**6)
    de = easting - _E0
    latitude = lat - vii * de**2 + viii * de**4 - ix * de**6
    longitude = _LON0 + x * de - xi * de**3 + xii * de**5 - xiia * de**7
    return latitude, longitude


def _to_cartesian(lat, lon, a, b):
    e2 = 1 - (b * b) / (a * a)
    nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    return (
        nu * math.cos(lat) * math.cos(lon),
        nu * math.cos(lat) * math.sin(lon),
        (1 - e2) * nu * math.sin(lat),
    )


def _from_cartesian(x, y, z, a, b):
    e2 = 1 - (b * b) / (a * a)
    p = math.hypot(x, y)
    lat = math.atan2(z, p * (1 - e2))
    for _ in range(10):
        nu = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
        lat = math.atan2(z + e2 * nu * math.sin(lat), p)
    return lat, math.atan2(y, x)


def grid_to_wgs84(easting, northing):
    """(latitude, longitude) in degrees for a British National Grid reference in metres."""
    lat, lon = _grid_to_osgb36(float(easting), float(northing))
    x, y, z = _to_cartesian(lat, lon, _AIRY_A, _AIRY_B)
    x2 = _TX + (1 + _S) * x - _RZ * y + _RY * z
    y2 = _TY + _RZ * x + (1 + _S) * y - _RX * z
    z2 = _TZ - _RY * x + _RX * y + (1 + _S) * z
    lat, lon = _from_cartesian(x2, y2, z2, _WGS_A, _WGS_B)
    return math.degrees(lat), math.degrees(lon)
