"""CSV downloads of dashboard and admin tables (UTF-8 with BOM so Excel reads the accents)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from fastapi import Response

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SAFE_NAME = re.compile(r"[^a-z0-9_-]+")


def safe_cell(value: object) -> str:
    """The cell as text, with a leading quote when a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    if isinstance(value, int):
        return text
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue()


def csv_response(name: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Response:
    filename = _SAFE_NAME.sub("-", name.lower()).strip("-") or "export"
    return Response(
        content="\ufeff" + to_csv(header, rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
    )
