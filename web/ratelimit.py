"""In-process token buckets: rate limits per chat session, per client address, per login address."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


class RateLimited(Exception):
    """Too many requests; the app answers 429 with a Retry-After header."""

    def __init__(self, retry_after: int = 1) -> None:
        super().__init__("rate limited")
        self.retry_after = retry_after


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBucket:
    """`capacity` requests at once, refilled at `per_second`; one bucket per key.

    Keys that have been full for a while are dropped so memory stays bounded.
    """

    def __init__(
        self,
        capacity: float,
        per_second: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, cost: float = 1.0) -> bool:
        with self._lock:
            now = self._clock()
            bucket = self._buckets.get(key) or _Bucket(self.capacity, now)
            bucket.tokens = min(
                self.capacity, bucket.tokens + (now - bucket.updated) * self.per_second
            )
            bucket.updated = now
            self._buckets[key] = bucket
            if len(self._buckets) > self._max_keys:
                self._prune(now)
            if bucket.tokens < cost:
                return False
            bucket.tokens -= cost
            return True

    def retry_after(self, key: str) -> int:
        bucket = self._buckets.get(key)
        if bucket is None or self.per_second <= 0:
            return 1
        return max(1, int((1 - bucket.tokens) / self.per_second) + 1)

    def _prune(self, now: float) -> None:
        full_after = self.capacity / self.per_second if self.per_second else 0
        stale = [k for k, b in self._buckets.items() if now - b.updated > full_after]
        for key in stale:
            del self._buckets[key]
