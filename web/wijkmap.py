"""A wijk drawn as an inline SVG from its GeoJSON polygon (no map tiles, nothing external)."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

Ring = list[tuple[float, float]]

SIZE = 300.0
PAD = 10.0


def _rings(geometry: dict[str, Any]) -> list[Ring]:
    """Outer rings of a Polygon or MultiPolygon as (lon, lat) lists."""
    kind = geometry.get("type")
    coords = geometry.get("coordinates") or []
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    return [[(float(x), float(y)) for x, y, *_ in polygon[0]] for polygon in polygons if polygon]


@lru_cache(maxsize=8)
def _geojson_file(path: str) -> dict[str, dict[str, Any]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for feature in data.get("features", []):
        code = feature.get("id") or (feature.get("properties") or {}).get("statcode")
        if code and feature.get("geometry"):
            out[str(code)] = feature["geometry"]
    return out


def wijk_geometry(db: Any, municipality_dir: Path | None, code: str) -> dict[str, Any] | None:
    """The wijk's geometry from the database (wijken.geometry), else from the municipality folder."""
    from storage.models import WijkRow

    row = db.get(WijkRow, code)
    if row is not None and row.geometry:
        geometry: dict[str, Any] = json.loads(row.geometry)
        return geometry
    if municipality_dir is not None:
        path = municipality_dir / "wijken.geojson"
        if path.exists():
            return _geojson_file(str(path)).get(code)
    return None


def wijk_svg(
    geometry: dict[str, Any], name: str, point: tuple[float, float] | None = None
) -> Markup:
    """An accessible SVG of the wijk, with the case's point (lon, lat) when known."""
    rings = _rings(geometry)
    if not rings:
        return Markup("")
    lons = [x for ring in rings for x, _ in ring] + ([point[0]] if point else [])
    lats = [y for ring in rings for _, y in ring] + ([point[1]] if point else [])
    squash = math.cos(math.radians(sum(lats) / len(lats)))  # keep the shape's proportions
    width = max((max(lons) - min(lons)) * squash, 1e-9)
    height = max(max(lats) - min(lats), 1e-9)
    scale = (SIZE - 2 * PAD) / max(width, height)

    def xy(lon: float, lat: float) -> str:
        x = PAD + (lon - min(lons)) * squash * scale
        y = PAD + (max(lats) - lat) * scale
        return f"{x:.1f},{y:.1f}"

    shapes = "".join(
        f'<polygon class="wijk" points="{" ".join(xy(*p) for p in ring)}"/>' for ring in rings
    )
    if point:
        cx, cy = xy(*point).split(",")
        shapes += f'<circle class="point" cx="{cx}" cy="{cy}" r="6"/>'
    label = escape(f"Kaart van wijk {name}" + (" met de plek van de melding" if point else ""))
    view_h = PAD * 2 + height * scale
    return Markup(
        f'<svg class="wijk-map" viewBox="0 0 {SIZE:.0f} {view_h:.0f}" role="img" '
        f'aria-label="{label}" xmlns="http://www.w3.org/2000/svg"><title>{label}</title>'
        f"{shapes}</svg>"
    )
