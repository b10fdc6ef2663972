"""The rate limiter's per-chat part (the overall limit and RetryAfter retries are PTB's own)."""

from __future__ import annotations

from contextlib import nullcontext

from aiolimiter import AsyncLimiter

from bot.ratelimit import ChatRateLimiter


def test_private_chats_get_their_own_limiter_with_a_small_burst() -> None:
    limiter = ChatRateLimiter()
    first = limiter._chat_limiter(5551001)
    assert isinstance(first, AsyncLimiter)
    assert first is limiter._chat_limiter("5551001")  # the same chat, however it is spelled
    assert first is not limiter._chat_limiter(5551002)
    assert first.max_rate == 3 and first.time_period == 3.0  # on average 1 message per second


def test_groups_and_requests_without_chat_are_left_to_ptb() -> None:
    limiter = ChatRateLimiter()
    assert isinstance(limiter._chat_limiter(-100200), nullcontext)
    assert isinstance(limiter._chat_limiter(None), nullcontext)
    assert isinstance(limiter._chat_limiter("@channel"), nullcontext)


async def test_burst_passes_without_waiting_then_capacity_is_used_up() -> None:
    limiter = ChatRateLimiter(chat_rate=0.001, chat_burst=3)  # slow refill: no timing involved
    chat = limiter._chat_limiter(42)
    assert isinstance(chat, AsyncLimiter)
    for _ in range(3):
        assert chat.has_capacity()
        await chat.acquire()
    assert not chat.has_capacity()
