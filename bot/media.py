"""Photos from residents: downloaded through the Bot API, checked, stored under WIJKBOT_DATA_DIR/uploads."""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from telegram import Bot
from telegram.error import TelegramError

from bot.adapter import PhotoRef
from core.messages import Attachment

log = logging.getLogger(__name__)

MAX_PHOTO_BYTES = 10 * 1024 * 1024
UPLOADS = "uploads"

# Recognised by their first bytes, not by what the sender claims.
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", "png"),
    (b"WEBP", 8, "image/webp", "webp"),
)


@dataclass(frozen=True)
class PhotoResult:
    attachment: Attachment | None = None
    problem: str | None = None  # "photo_too_large" | "photo_type" | "photo_failed"


def sniff_image(data: bytes) -> tuple[str, str] | None:
    """(content type, extension) of a JPEG, PNG or WebP image, else None."""
    for magic, offset, content_type, ext in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            if content_type == "image/webp" and not data.startswith(b"RIFF"):
                continue
            return content_type, ext
    return None


def check_photo(data: bytes, limit: int = MAX_PHOTO_BYTES) -> tuple[str, str] | str:
    """The image type, or the name of the problem."""
    if len(data) > limit:
        return "photo_too_large"
    kind = sniff_image(data)
    return kind if kind is not None else "photo_type"


def store_photo(data_dir: Path, chat_id: int, ref: PhotoRef, data: bytes) -> PhotoResult:
    """Write the photo under a name derived from chat and Telegram's file id (a redelivered update
    overwrites the same file instead of leaving a copy)."""
    checked = check_photo(data)
    if isinstance(checked, str):
        return PhotoResult(problem=checked)
    content_type, ext = checked
    digest = hashlib.sha256(f"telegram:{chat_id}:{ref.file_unique_id}".encode()).hexdigest()[:32]
    relative = Path(UPLOADS) / f"tg-{digest}.{ext}"
    target = data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(target.suffix + ".part")
    temporary.write_bytes(data)
    os.replace(temporary, target)
    attachment = Attachment("photo", relative.as_posix(), content_type, len(data))
    return PhotoResult(attachment=attachment)


async def fetch_photo(bot: Bot, data_dir: Path, chat_id: int, ref: PhotoRef) -> PhotoResult:
    """Download and store a photo; never raises."""
    if ref.size is not None and ref.size > MAX_PHOTO_BYTES:
        return PhotoResult(problem="photo_too_large")
    try:
        file = await bot.get_file(ref.file_id)
        if file.file_size is not None and file.file_size > MAX_PHOTO_BYTES:
            return PhotoResult(problem="photo_too_large")
        data = bytes(await file.download_as_bytearray())
    except TelegramError as error:
        log.warning("photo download failed: %s", type(error).__name__)
        return PhotoResult(problem="photo_failed")
    try:
        return store_photo(data_dir, chat_id, ref, data)
    except OSError as error:  # disk full, no permission: the resident is told, nothing is lost
        log.error("storing a photo failed: %s", type(error).__name__)
        return PhotoResult(problem="photo_failed")
