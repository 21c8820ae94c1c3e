"""Which push endpoints the server may post to (no server-side request forgery).

An endpoint must be https on the default port, its host must be one of the
allowed push services (setting PUSH_SERVICE_HOSTS; empty allows any public
host) and every address it resolves to must be public. The sender checks the
address again when it connects (see push.GuardedAdapter), so a name that
resolves differently later (DNS rebinding) is refused then too.

PUSH_ALLOW_INSECURE_LOCAL (tests and development only, never on by default)
additionally allows http and loopback addresses, so a local receiver on
127.0.0.1 can stand in for a push service.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext_lazy as _

MAX_ENDPOINT_LENGTH = 1024


class EndpointRejected(ValueError):
    """The endpoint is not one the server will post to; `message` is for the parent."""

    def __init__(self, message, reason):
        super().__init__(reason)
        self.message = message
        self.reason = reason


def insecure_local_allowed():
    return bool(getattr(settings, "PUSH_ALLOW_INSECURE_LOCAL", False))


def address_allowed(address):
    """A public unicast address; loopback too when insecure local sending is on."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return insecure_local_allowed()
    return ip.is_global and not (
        ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified
    )


def host_allowlisted(host):
    allowed = [h.lower().strip() for h in getattr(settings, "PUSH_SERVICE_HOSTS", []) if h.strip()]
    if not allowed:
        return True
    for entry in allowed:
        if entry.startswith("*."):
            if host.endswith(entry[1:]):
                return True
        elif host == entry:
            return True
    return False


def _ip_literal(host):
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def origin_of(url):
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    default = 443 if parts.scheme == "https" else 80
    port = f":{parts.port}" if parts.port and parts.port != default else ""
    return f"{parts.scheme}://{host}{port}"


def check_endpoint_url(url):
    """Checks that need no DNS; returns (scheme, host, port) or raises EndpointRejected."""
    bad = _("This browser gave a push address that this site cannot use.")
    if not isinstance(url, str) or not url or len(url) > MAX_ENDPOINT_LENGTH:
        raise EndpointRejected(bad, "length")
    if any(ord(c) < 33 or ord(c) > 126 for c in url):
        raise EndpointRejected(bad, "characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise EndpointRejected(bad, "unparsable") from error
    local = insecure_local_allowed()
    if parts.scheme != "https" and not (local and parts.scheme == "http"):
        raise EndpointRejected(bad, "scheme")
    if parts.username is not None or parts.password is not None or not parts.hostname:
        raise EndpointRejected(bad, "authority")
    host = parts.hostname.lower().rstrip(".")
    if port not in (None, 443) and not local:
        raise EndpointRejected(bad, "port")
    literal = _ip_literal(host)
    if literal is not None:
        if not address_allowed(host):
            raise EndpointRejected(bad, "address")
        if not (local and literal.is_loopback) and not host_allowlisted(host):
            raise EndpointRejected(bad, "not allowlisted")
    elif not host_allowlisted(host) and not (local and host == "localhost"):
        raise EndpointRejected(bad, "not allowlisted")
    return parts.scheme, host, port or (443 if parts.scheme == "https" else 80)


def check_endpoint(url, resolve=socket.getaddrinfo):
    """All checks, including that every address the host resolves to is public.

    `resolve` is getaddrinfo by default; tests pass their own resolver to stand
    in for DNS answers this machine cannot get.
    """
    _scheme, host, port = check_endpoint_url(url)
    if _ip_literal(host) is not None:
        return origin_of(url)
    try:
        answers = resolve(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as error:
        raise EndpointRejected(
            _("We could not reach your browser's push service. Try again later."), "dns"
        ) from error
    addresses = {answer[4][0] for answer in answers}
    if not addresses or not all(address_allowed(a) for a in addresses):
        raise EndpointRejected(
            _("This browser gave a push address that this site cannot use."), "address"
        )
    return origin_of(url)
