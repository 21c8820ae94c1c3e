"""Nothing private is reachable through a public URL: a crawl of the seeded site.

The crawl starts at the home page in each of the nine languages and follows
same-origin links (pages, calendar files, the manifest) to depth 3, then reads
the whole ORUK API. No response may contain a reminder subscription's
endpoint, keys or token digests, or a staff member's user name or e-mail
address, and no response may be a server error.
"""

from collections import deque
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from bs4 import BeautifulSoup
from django.conf import settings

MAX_DEPTH = 3
MAX_VARIANTS_PER_PATH = 3  # query-string variants (facets, pages) of one path
# Records look the same in every language: English pages are crawled in full (but
# for calendar files), every other language up to a few pages of each kind.
PAGES_PER_KIND_IN_OTHER_LANGUAGES = 4
CALENDARS_IN_ENGLISH = 5
NOT_PUBLIC = ("/admin/", "/django-admin/", "/static/", "/media/")


def normalise(url):
    parts = urlsplit(url)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
        return None
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.path + (f"?{query}" if query else "")


def within_budget(path, counts):
    """Whether to fetch `path`: every English page (calendars up to a limit), and a few
    pages of each kind in the other languages."""
    parts = path.strip("/").split("/")
    if len(parts) < 2:
        return True
    language = parts[0]
    kind = "/".join(parts[1:3]) if parts[1] == "directory" else parts[1]
    if language == "en" and "sessions" not in kind:
        return True
    key = (language, kind)
    counts[key] = counts.get(key, 0) + 1
    limit = CALENDARS_IN_ENGLISH if language == "en" else PAGES_PER_KIND_IN_OTHER_LANGUAGES
    return counts[key] <= limit


def links_of(response, base):
    content_type = response.get("Content-Type", "")
    if "html" not in content_type:
        return []
    page = BeautifulSoup(response.content, "html.parser")
    found = []
    for element in page.find_all(["a", "link"], href=True):
        if "stylesheet" in (element.get("rel") or []) or "icon" in (element.get("rel") or []):
            continue
        found.append(urljoin(base, element["href"]))
    return found


def check_response(site, url, response, problems):
    if response.status_code >= 500:
        problems.append((url, response.status_code, "server error"))
        return
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    body = raw.decode("utf-8", errors="replace")
    headers = "\n".join(f"{k}: {v}" for k, v in response.items())
    for secret in site.secrets:
        if secret in body or secret in headers:
            problems.append((url, response.status_code, f"shows {secret!r}"))


def crawl(site, client):
    languages = [code for code, _name in settings.LANGUAGES]
    queue = deque((f"/{code}/", 0) for code in languages)
    queue.extend(
        (path, MAX_DEPTH)
        for path in ("/robots.txt", "/manifest.webmanifest", "/sw.js", "/en/search/suggest/?q=fe")
    )
    seen, variants, problems, fetched = set(), {}, [], []
    while queue:
        url, depth = queue.popleft()
        url = normalise(url)
        if url is None or url in seen or url.startswith(NOT_PUBLIC):
            continue
        path = url.split("?")[0]
        if not within_budget(path, variants):
            continue
        if "?" in url:
            variants[path] = variants.get(path, 0) + 1
            if variants[path] > MAX_VARIANTS_PER_PATH:
                continue
        seen.add(url)
        response = client.get(url)
        fetched.append((url, response.status_code))
        check_response(site, url, response, problems)
        if response.status_code in (301, 302) and depth < MAX_DEPTH:
            queue.append((urljoin(url, response["Location"]), depth + 1))
        if depth < MAX_DEPTH:
            queue.extend((link, depth + 1) for link in links_of(response, url))
    return fetched, problems


def api_urls(client):
    """Every list page and every record of the ORUK API."""
    urls = ["/api/oruk/"]
    for listing in ("services", "service_at_locations", "taxonomies", "taxonomy_terms"):
        page = 1
        while True:
            url = f"/api/oruk/{listing}?page={page}&per_page=100"
            body = client.get(url).json()
            urls.append(url)
            urls += [f"/api/oruk/{listing}/{item['id']}" for item in body["contents"]]
            if body["last_page"] or not body["contents"]:
                break
            page += 1
    return urls


def test_no_private_data_on_any_public_page(site, client):
    fetched, problems = crawl(site, client)
    assert not problems, problems[:20]
    ok = [url for url, status in fetched if status == 200]
    # The crawl really covered the site: every language, guides, services, hubs, calendars.
    assert len(ok) >= 150, len(ok)
    for code, _name in settings.LANGUAGES:
        assert any(url.startswith(f"/{code}/") for url in ok), code
    assert any("/directory/services/" in url for url in ok)
    assert any("/directory/hubs/" in url for url in ok)
    assert any(url.endswith(".ics") for url in ok)


def test_no_private_data_in_the_api(site, client):
    problems = []
    urls = api_urls(client)
    assert len(urls) > 60
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        check_response(site, url, response, problems)
    assert not problems, problems[:20]


def test_staff_and_subscriptions_are_not_searchable(site, client):
    """The search index holds guides and services only, and nothing of staff or subscriptions;
    suggestions, the API search and the postcode box find nothing of them either."""
    from django.db.models import Q

    from search.models import SearchEntry, SearchTerm, SearchText

    assert set(SearchEntry.objects.values_list("kind", flat=True)) <= {"guide", "service"}
    assert SearchEntry.objects.count() >= 50
    for secret in site.secrets:
        text_match = Q()
        for field in ("title", "summary", "body", "keywords"):
            text_match |= Q(**{f"{field}__icontains": secret})
        assert not SearchText.objects.filter(text_match).exists(), secret
        assert not SearchEntry.objects.filter(Q(title__icontains=secret)).exists(), secret
        assert not SearchTerm.objects.filter(term__icontains=secret[:100]).exists(), secret
    problems = []
    subscription = site.subscriptions[0]
    for secret in site.secrets[:8] + [subscription.endpoint, subscription.p256dh]:
        for url in (
            "/en/search/suggest/?" + urlencode({"q": secret[:40]}),
            "/api/oruk/services?" + urlencode({"search": secret}),
            "/en/directory/results/?" + urlencode({"postcode": secret[:10]}),
        ):
            response = client.get(url)
            if response.status_code >= 500:
                problems.append((url, response.status_code))
            if "/en/directory/" not in url:  # the form shows back what was typed
                check_response(site, url, response, problems)
    assert not problems, problems


def test_reminder_pages_do_not_leak_other_subscriptions(site, client):
    response = client.get("/en/reminders/")
    assert response.status_code == 200
    check_response(site, "/en/reminders/", response, problems := [])
    assert not problems
    # The page is never cached by a shared cache and sends no referrer with the token page.
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
