"""Files residents sent (photos), stored under the data folder by the channel adapters."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)


class LocalFileStore:
    """core.ports.FileStore on the local disk; paths are relative to `root` and never leave it."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def delete(self, paths: Sequence[str]) -> None:
        for relative in paths:
            target = (self.root / relative).resolve()
            if not target.is_relative_to(self.root):
                log.warning("refusing to delete a file outside the data folder")
                continue
            try:
                target.unlink(missing_ok=True)
            except OSError:
                log.exception("could not delete an uploaded file")
