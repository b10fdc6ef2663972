"""Telegram's flood limits: about 30 messages/s per bot and 1 message/s per chat."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from contextlib import AbstractAsyncContextManager, nullcontext
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class ChatRateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (overall limit, group limits, RetryAfter retries) plus a per-chat limit
    for private chats: on average `chat_rate` messages per second, with short bursts of `chat_burst`
    (an answer plus a follow-up question go out together)."""

    def __init__(
        self,
        *,
        overall_rate: float = 30,
        chat_rate: float = 1.0,
        chat_burst: int = 3,
        max_retries: int = 3,
    ) -> None:
        super().__init__(
            overall_max_rate=overall_rate, overall_time_period=1, max_retries=max_retries
        )
        self._chat_rate = chat_rate
        self._chat_burst = chat_burst
        self._chat_limiters: dict[int, AsyncLimiter] = {}

    def _chat_limiter(self, chat_id: object) -> AbstractAsyncContextManager[Any]:
        try:
            key = int(chat_id)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return nullcontext()
        if key < 0 or not self._chat_rate:
            return nullcontext()  # groups and channels: AIORateLimiter's group limit applies
        if len(self._chat_limiters) > 1024:
            for old, limiter in list(self._chat_limiters.items()):
                if limiter.has_capacity(limiter.max_rate):
                    del self._chat_limiters[old]
        if key not in self._chat_limiters:
            period = self._chat_burst / self._chat_rate
            self._chat_limiters[key] = AsyncLimiter(self._chat_burst, period)
        return self._chat_limiters[key]

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        async with self._chat_limiter(data.get("chat_id")):
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
