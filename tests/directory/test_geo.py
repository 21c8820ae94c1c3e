import math

import pytest

from directory.geo import bounding_box, great_circle_miles, in_uk
from directory.osgb import _grid_to_osgb36, grid_to_wgs84


def test_great_circle_leicester_to_loughborough():
    # Clock Tower to Loughborough town centre: about 10 miles as the crow flies.
    assert great_circle_miles(52.6365, -1.1332, 52.7721, -1.2062) == pytest.approx(9.9, abs=0.3)
    assert great_circle_miles(52.6, -1.1, 52.6, -1.1) == 0


def test_bounding_box_contains_the_radius():
    box = bounding_box(52.63, -1.13, 5)
    for lat, lon in [(box.max_lat, -1.13), (52.63, box.min_lon)]:
        assert great_circle_miles(52.63, -1.13, lat, lon) == pytest.approx(5, rel=0.01)


def test_in_uk():
    assert in_uk(52.63, -1.13)
    assert not in_uk(-1.13, 52.63)
    assert not in_uk(48.85, 2.35)  # Paris


def test_national_grid_projection_matches_the_os_worked_example():
    # Ordnance Survey's "A guide to coordinate systems in Great Britain", worked example:
    # E 651409.903, N 313177.270 is 52°39'27.2531"N, 1°43'4.5177"E on OSGB36.
    import math

    lat, lon = _grid_to_osgb36(651409.903, 313177.270)
    assert math.degrees(lat) == pytest.approx(52 + 39 / 60 + 27.2531 / 3600, abs=1e-6)
    assert math.degrees(lon) == pytest.approx(1 + 43 / 60 + 4.5177 / 3600, abs=1e-6)


def test_national_grid_to_wgs84_in_leicester():
    # The datum shift is about 100 m; the point stays in central Leicester.
    lat, lon = grid_to_wgs84(458800, 304500)
    assert great_circle_miles(lat, lon, 52.6365, -1.1332) < 0.2
    osgb_lat, osgb_lon = (math.degrees(v) for v in _grid_to_osgb36(458800, 304500))
    assert 0.03 < great_circle_miles(lat, lon, osgb_lat, osgb_lon) < 0.1
