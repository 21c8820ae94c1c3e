"""Every URL pattern of the project, made concrete with sample arguments.

`concrete_urls(prefixes, samples)` walks the URL resolver and turns each
pattern under the given prefixes into a path: route converters
(`<int:pk>`) and regex groups (`(?P<pk>\\d+)`) are filled from `samples`
(by argument name, then by converter), and the path is checked to resolve
back to the same view.
"""

import re
import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RegexPattern, RoutePattern

ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
SAMPLE_UUID = str(uuid.UUID(int=1))
BY_CONVERTER = {"int": "1", "uuid": SAMPLE_UUID, "slug": "sample", "str": "1", "path": "1"}
BY_NAME = {
    "app_label": "directory",
    "app_name": "directory",
    "content_type_app_name": "content",
    "model_name": "service",
    "content_type_model_name": "guidepage",
    "action": "delete",
    "action_name": "publish",
    "filter_spec": "original",
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
    "url": "auth/user/",
}


@dataclass
class ConcreteURL:
    path: str
    name: str
    pattern: str
    callback: object


def _fill_route(route, samples):
    def replace(match):
        name, converter = match.group("name"), match.group("converter") or "str"
        value = str(samples.get(name, BY_NAME.get(name, BY_CONVERTER.get(converter, "1"))))
        if converter == "uuid" and not _is_uuid(value):
            return SAMPLE_UUID
        if converter == "int" and not value.isdigit():
            return "1"
        return value

    return ROUTE_PARAM.sub(replace, route)


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _group_end(text, start):
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "\\":
            continue
        if char == "(" and (index == 0 or text[index - 1] != "\\"):
            depth += 1
        elif char == ")" and text[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(text)


def _fill_regex(regex, samples):
    """A string matching a simple URL regex: named groups from samples, the rest literal."""
    out, index = [], 0
    regex = regex.lstrip("^")
    if regex.endswith("$"):
        regex = regex[:-1]
    while index < len(regex):
        if regex.startswith("(?P<", index):
            name = regex[index + 4 : regex.index(">", index)]
            end = _group_end(regex, index)
            body = regex[regex.index(">", index) + 1 : end]
            if name in samples:
                value = str(samples[name])
            elif name in BY_NAME:
                value = BY_NAME[name]
            elif body in (r"\d+", "[0-9]+"):
                value = "1"
            elif "|" in body and "\\" not in body.split("|")[0]:
                value = body.split("|")[0]
            else:
                value = "1"
            out.append(value)
            index = end + 1
        elif regex.startswith(".*", index) or regex.startswith(".+", index):
            out.append("x")
            index += 2
        elif regex[index] == "\\" and index + 1 < len(regex):
            out.append(regex[index + 1])
            index += 2
        else:
            out.append(regex[index])
            index += 1
    return "".join(out)


def _fill(pattern, samples):
    if isinstance(pattern, RoutePattern):
        return _fill_route(str(pattern), samples)
    if isinstance(pattern, RegexPattern):
        return _fill_regex(pattern.regex.pattern, samples)
    return str(pattern)


def walk(patterns=None, prefix="", namespace=None, samples=None, raw=""):
    samples = samples or {}
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        text = _fill(entry.pattern, samples)
        raw_text = raw + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from walk(entry.url_patterns, prefix + text, inner, samples, raw_text)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else (entry.name or "")
            yield ConcreteURL("/" + prefix + text, name, raw_text, entry.callback)


def concrete_urls(prefixes, samples=None):
    """[(ConcreteURL)] under `prefixes` whose filled-in path resolves to its own view."""
    found, unresolved = [], []
    for url in walk(samples=samples):
        if not url.path.lstrip("/").startswith(prefixes):
            continue
        try:
            match = resolve(url.path.split("?")[0])
        except Resolver404:
            unresolved.append(url)
            continue
        if match.func is url.callback or getattr(match.func, "__wrapped__", None) is url.callback:
            found.append(url)
        elif _same_view(match.func, url.callback):
            found.append(url)
        else:
            unresolved.append(url)
    return found, unresolved


def _same_view(a, b):
    def key(func):
        view_class = getattr(func, "view_class", None)
        initkwargs = getattr(func, "view_initkwargs", None)
        return (view_class, repr(sorted((initkwargs or {}).items(), key=lambda kv: kv[0])))

    return getattr(a, "view_class", None) is not None and key(a) == key(b)
