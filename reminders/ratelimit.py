"""A small cache-based rate limit per client, without keeping the client's address.

The address is only mixed into a keyed hash (HMAC with SECRET_KEY) that names a
cache entry living for one period; it is never written to the database or a log.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_key(request):
    address = request.META.get(settings.REMINDERS_CLIENT_ADDRESS_META, "") or ""
    address = address.split(",")[-1].strip()
    return salted_hmac("reminders.ratelimit", address).hexdigest()[:32]


def over_limit(bucket, who, limit=None, period=None):
    """Count one request of `who` in `bucket`; True once the limit for this period is passed."""
    default_limit, default_period = settings.REMINDERS_RATE_LIMITS[bucket]
    limit = limit or default_limit
    period = period or default_period
    window = int(time.time() // period)
    key = f"reminders:rl:{bucket}:{who}:{window}"
    if cache.add(key, 1, period + 5):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, period + 5)
            count = 1
    return count > limit


def seconds_left_in_period(bucket):
    period = settings.REMINDERS_RATE_LIMITS[bucket][1]
    return int(period - time.time() % period) + 1
