"""Small server-side charts as inline SVG strings (no JavaScript, no CDN).

Every text that ends up in the SVG is XML-escaped here, so callers may pass user data.
Each chart carries a <title> and role="img"; the page shows the same numbers in a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

# Colour-blind friendly palette (Okabe-Ito), dark enough for white text contrast where used.
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#6B6B6B",
    "#8C564B",
    "#332288",
    "#117733",
)


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    label = escape(title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{label}" class="chart">'
        f"<title>{label}</title>{''.join(body)}</svg>"
    )


def _text(x: float, y: float, text: str, **attrs: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(text)}</text>'


def bar_chart(labels: Sequence[str], values: Sequence[float], title: str) -> str:
    """Vertical bars, one per label, with the value above each bar."""
    width, height, left, bottom, top = 720, 220, 30, 30, 20
    plot_h = height - bottom - top
    peak = max(values, default=0) or 1
    step = min((width - left) / max(len(values), 1), 80)
    body = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#444"/>'
    ]
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        bar_h = plot_h * value / peak
        x = left + i * step + step * 0.15
        y = height - bottom - bar_h
        body.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{bar_h:.1f}" '
            f'fill="{PALETTE[0]}"><title>{escape(label)}: {value:g}</title></rect>'
        )
        if value:
            body.append(
                _text(x + step * 0.35, y - 4, f"{value:g}", text_anchor="middle", font_size="11")
            )
        body.append(
            _text(
                x + step * 0.35, height - bottom + 16, label, text_anchor="middle", font_size="11"
            )
        )
    return _svg(width, height, title, body)


def stacked_bars(
    columns: Sequence[str],
    series: Sequence[str],
    values: dict[str, dict[str, int]],
    title: str,
) -> str:
    """One stacked bar per column (e.g. week) with one segment per series (e.g. theme) and a legend."""
    width, left, bottom, top = 720, 30, 30, 20
    legend_rows = (len(series) + 3) // 4
    height = 220 + legend_rows * 18
    plot_h = 220 - bottom - top
    base = 220 - bottom
    totals = [sum(values.get(c, {}).values()) for c in columns]
    peak = max(totals, default=0) or 1
    step = min((width - left) / max(len(columns), 1), 90)
    body = [f'<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" stroke="#444"/>']
    for i, column in enumerate(columns):
        x = left + i * step + step * 0.15
        y = float(base)
        for s, name in enumerate(series):
            n = values.get(column, {}).get(name, 0)
            if not n:
                continue
            seg = plot_h * n / peak
            y -= seg
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{seg:.1f}" '
                f'fill="{colour(s)}"><title>{escape(column)} · {escape(name)}: {n}</title></rect>'
            )
        body.append(
            _text(x + step * 0.35, y - 4, str(totals[i]), text_anchor="middle", font_size="11")
        )
        body.append(_text(x + step * 0.35, base + 16, column, text_anchor="middle", font_size="11"))
    for s, name in enumerate(series):
        lx, ly = left + (s % 4) * 170, 228 + (s // 4) * 18
        body.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour(s)}"/>')
        body.append(_text(lx + 16, ly + 10, name, font_size="12"))
    return _svg(width, height, title, body)


def heatmap(
    rows: Sequence[str],
    columns: Sequence[str],
    cells: dict[tuple[str, str], int],
    title: str,
    row_labels: dict[str, str] | None = None,
    column_labels: dict[str, str] | None = None,
) -> str:
    """A grid with one shaded square per (row, column) and the count written in it."""
    row_labels = row_labels or {}
    column_labels = column_labels or {}
    cell, left, top = 44, 150, 110
    width = left + cell * max(len(columns), 1) + 90  # room for the last rotated label
    height = top + cell * max(len(rows), 1) + 10
    peak = max(cells.values(), default=0) or 1
    body: list[str] = []
    for j, column in enumerate(columns):
        cx = left + j * cell + cell / 2
        label = column_labels.get(column, column)
        body.append(
            f'<text transform="translate({cx:.1f},{top - 6}) rotate(-45)" font-size="11">'
            f"{escape(label)}</text>"
        )
    for i, row in enumerate(rows):
        y = top + i * cell
        body.append(
            _text(
                left - 6,
                y + cell / 2 + 4,
                row_labels.get(row, row),
                text_anchor="end",
                font_size="12",
            )
        )
        for j, column in enumerate(columns):
            n = cells.get((row, column), 0)
            shade = 0.08 + 0.92 * n / peak if n else 0.0
            x = left + j * cell
            body.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="{PALETTE[0]}" fill-opacity="{shade:.2f}" stroke="#ccc">'
                f"<title>{escape(row_labels.get(row, row))} · "
                f"{escape(column_labels.get(column, column))}: {n}</title></rect>"
            )
            fill = "#fff" if shade > 0.55 else "#222"
            body.append(
                _text(
                    x + cell / 2 - 1,
                    y + cell / 2 + 4,
                    str(n),
                    text_anchor="middle",
                    font_size="12",
                    fill=fill,
                )
            )
    return _svg(width, height, title, body)
