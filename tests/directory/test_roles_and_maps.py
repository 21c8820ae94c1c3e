"""Roles and the map's safety properties."""

import folium
import pytest
from django.contrib.auth.models import Group

from directory.maps import SiteMap, add_csp_nonce, js_literal, render_map
from directory.permissions import user_hub_ids
from directory.roles import COMMS_EDITORS, grant_comms_editor_permissions, hub_staff_group

from .factories import make_user

pytestmark = pytest.mark.django_db


def test_comms_editors_reach_every_hub(hub_a, hub_b):
    group = Group.objects.create(name=COMMS_EDITORS)
    grant_comms_editor_permissions(group)
    editor = make_user("editor", groups=[group])
    assert user_hub_ids(editor) is None
    assert editor.has_perms(
        ["directory.change_service", "directory.delete_location", "directory.add_hub"]
    )


def test_hub_staff_group_is_made_with_the_hub(hub_a, worker_a):
    group = hub_staff_group(hub_a)
    assert group == hub_a.staff_group and group.name == "Hub staff: belgrave"
    assert user_hub_ids(worker_a) == {hub_a.pk}
    assert worker_a.has_perm("directory.change_schedule")
    assert not worker_a.has_perm("directory.manage_all_hubs")
    assert not worker_a.has_perm("directory.add_hub")


def test_site_map_loads_leaflet_from_our_static_files():
    site_map = SiteMap(location=[52.6, -1.1])
    assert site_map.default_js == [("leaflet", "/static/vendor/leaflet/leaflet.js")]
    assert site_map.default_css == [("leaflet_css", "/static/vendor/leaflet/leaflet.css")]
    assert SiteMap.default_js == [] and SiteMap.default_css == []
    assert folium.Map.default_js[0][1].startswith("https://")  # folium's own list is untouched


def test_nonce_is_added_to_inline_scripts_and_styles_only_once():
    html = '<script>a()</script><style>p{}</style><script nonce="x">b()</script>'
    assert add_csp_nonce(html, "N") == (
        '<script nonce="N">a()</script><style nonce="N">p{}</style><script nonce="x">b()</script>'
    )


def test_js_literal_cannot_close_the_script():
    assert js_literal("</script><b>&") == '"\\u003C/script\\u003E\\u003Cb\\u003E\\u0026"'


def test_no_points_no_map():
    assert render_map([], "n") is None


def test_marker_icons_have_explicit_static_urls():
    """Leaflet's own icon-path guess breaks with hashed static names (production storage)."""
    from directory.maps import MapPoint

    rendered = render_map([MapPoint(52.6, -1.1, "A", "<p>A</p>")], "n")
    assert '"iconRetinaUrl": "/static/vendor/leaflet/images/marker-icon-2x.png"' in rendered.script
    assert "icon: safe_markers_" in rendered.script
