"""Folium maps that load nothing from other sites and pass a strict Content-Security-Policy.

- Leaflet comes from our own static files (`SiteMap.default_js/default_css`).
- Tiles only if MAP_TILE_URL is set; otherwise markers on a plain background.
- Names and popups never go through folium's Popup/Tooltip, which paste raw text
  into JavaScript template literals. `SafeMarkers` passes them as JSON with
  <, > and & escaped, and popups are HTML built with `format_html`.
- Every inline <script> and <style> folium emits gets the response's CSP nonce.
"""

import json
import re
from dataclasses import dataclass

import folium
from branca.element import CssLink, Element, JavascriptLink, MacroElement
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from folium.template import Template

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
_SCRIPT_LINK = re.compile(r"<script src=[^>]*></script>")
_OPEN_TAG = re.compile(r"<(script|style)\b(?![^>]*\bnonce=)", re.IGNORECASE)


def js_literal(value):
    """A JSON value safe inside an HTML <script> element."""
    return json.dumps(value, ensure_ascii=False).translate(JSON_ESCAPES)


def add_csp_nonce(html, nonce):
    """Give every <script> and <style> tag the nonce so the CSP lets it run."""
    return _OPEN_TAG.sub(lambda m: f'<{m.group(1)} nonce="{nonce}"', html)


class _Text(Element):
    """Text a macro has already rendered (branca would compile it as a Jinja template again)."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def render(self, **kwargs):
        return self.text


class DirectRender:
    """Render the header/html/script macros once, straight into the figure."""

    def render(self, **kwargs):
        figure = self.get_root()
        module = self._template.module
        for part, target in (
            ("header", figure.header),
            ("html", figure.html),
            ("script", figure.script),
        ):
            macro = getattr(module, part, None)
            if macro is not None:
                target.add_child(_Text(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class SiteMap(DirectRender, folium.Map):
    """A folium map with self-hosted Leaflet and no page-wide CSS of its own."""

    # Nothing from folium's CDN lists; the self-hosted copies are set per map in __init__
    # (static() needs the storage, which is not ready when this module is imported).
    default_js = []
    default_css = []

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>#{{ this.get_name() }} { position: relative; }</style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
            <div class="map" id={{ this.get_name()|tojson }}></div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.map(
                {{ this.get_name()|tojson }},
                {center: {{ this.location|tojson }}, crs: L.CRS.{{ this.crs }}, ...{{ this.options|tojavascript }}}
            );
        {% endmacro %}
        """
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_js = [("leaflet", static("vendor/leaflet/leaflet.js"))]
        self.default_css = [("leaflet_css", static("vendor/leaflet/leaflet.css"))]

    def render(self, **kwargs):
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        super().render(**kwargs)


def marker_icon():
    """Leaflet's default marker with explicit URLs.

    Leaflet finds its images from leaflet.css's own URL, which fails once the static
    files have hashed names (ManifestStaticFilesStorage in production): the icons
    would then be fetched relative to the page and 404.
    """
    images = "vendor/leaflet/images/"
    return {
        "iconUrl": static(images + "marker-icon.png"),
        "iconRetinaUrl": static(images + "marker-icon-2x.png"),
        "shadowUrl": static(images + "marker-shadow.png"),
        "iconSize": [25, 41],
        "iconAnchor": [12, 41],
        "popupAnchor": [1, -34],
        "tooltipAnchor": [16, -28],
        "shadowSize": [41, 41],
    }


class SafeMarkers(DirectRender, MacroElement):
    """All markers in one element (one template, however many places).

    Each marker's accessible name (`title`, `alt`) and popup HTML come from one
    JSON literal with <, > and & escaped, never from raw text in the script.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }}_icon = L.icon({{ this.icon_js }});
            {{ this.markers_js }}.forEach(function (m) {
                L.marker(m[0], {icon: {{ this.get_name() }}_icon, title: m[1], alt: m[1], keyboard: true})
                    .addTo({{ this._parent.get_name() }})
                    .bindPopup(m[2]);
            });
            {% if this.bounds_js %}{{ this._parent.get_name() }}.fitBounds({{ this.bounds_js }}, {padding: [24, 24]});{% endif %}
        {% endmacro %}
        """
    )

    def __init__(self, points, bounds=None):
        super().__init__()
        self._name = "SafeMarkers"
        self.bounds_js = js_literal(bounds) if bounds else ""
        self.icon_js = js_literal(marker_icon())
        self.markers_js = js_literal(
            [
                [[float(p.latitude), float(p.longitude)], str(p.name), str(p.popup_html)]
                for p in points
            ]
        )


class OriginMarker(DirectRender, MacroElement):
    """Where the parent searched from: a circle, labelled for screen readers in the list instead."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            L.circleMarker({{ this.location_js }}, {radius: 8, color: "#0b0c0c", fillColor: "#ffdd00", fillOpacity: 1})
                .addTo({{ this._parent.get_name() }})
                .bindTooltip({{ this.label_js }});
        {% endmacro %}
        """
    )

    def __init__(self, latitude, longitude, label):
        super().__init__()
        self._name = "OriginMarker"
        self.location_js = js_literal([float(latitude), float(longitude)])
        self.label_js = js_literal(label)


@dataclass
class RenderedMap:
    head: str
    body: str
    script: str


@dataclass
class MapPoint:
    latitude: float
    longitude: float
    name: str
    popup_html: str


def popup_for(service, location, url, distance=None):
    """Popup HTML: the service name as a link, the place and the distance, all escaped."""
    if distance is None:
        return format_html(
            '<p class="map-popup"><a href="{}">{}</a><br>{}</p>', url, service.name, location.name
        )
    return format_html(
        '<p class="map-popup"><a href="{}">{}</a><br>{}<br>{}</p>',
        url,
        service.name,
        location.name,
        _("%(miles).1f miles away") % {"miles": distance},
    )


def render_map(points, nonce, origin=None):
    """The map's <head> part, its <div> and its script, ready for a template; None if no points."""
    if not points:
        return None
    lats = [p.latitude for p in points] + ([origin.latitude] if origin else [])
    lons = [p.longitude for p in points] + ([origin.longitude] if origin else [])
    tiles = None
    if settings.MAP_TILE_URL:
        tiles = folium.TileLayer(tiles=settings.MAP_TILE_URL, attr=settings.MAP_TILE_ATTRIBUTION)
    center = [sum(lats) / len(lats), sum(lons) / len(lons)]
    site_map = SiteMap(location=center, zoom_start=13, tiles=tiles, control_scale=True)
    bounds = [[min(lats), min(lons)], [max(lats), max(lons)]] if len(lats) > 1 else None
    SafeMarkers(points, bounds).add_to(site_map)
    if origin is not None:
        OriginMarker(origin.latitude, origin.longitude, origin.label).add_to(site_map)
    figure = site_map.get_root()
    figure.render()
    head = re.sub(r"<meta[^>]*>", "", figure.header.render())
    # Script files go to the end of the body, before the inline script that needs them.
    script_links = _SCRIPT_LINK.findall(head)
    head = _SCRIPT_LINK.sub("", head)
    script = "".join(script_links) + f"<script>{figure.script.render()}</script>"
    return RenderedMap(
        head=mark_safe(add_csp_nonce(head.strip(), nonce)),
        body=mark_safe(figure.html.render().strip()),
        script=mark_safe(add_csp_nonce(script, nonce)),
    )
