"""API documentation at /docs, rendered on the server from the OpenAPI schema (no CDN, no JS).

The machine-readable schema stays at /openapi.json.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from web.templating import render

router = APIRouter(include_in_schema=False)

METHODS = ("get", "post", "put", "patch", "delete")


def _schema_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref", "")
    if ref:
        return str(ref).rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list[{_schema_name(schema.get('items', {}))}]"
    return str(schema.get("type", "object"))


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": op.get("parameters", []),
                    "body": _schema_name(body.get("schema", {})) if body else None,
                    "responses": {
                        code: _response_schema(r) for code, r in op.get("responses", {}).items()
                    },
                }
            )
    return out


def _response_schema(response: dict[str, Any]) -> str:
    content = response.get("content", {}).get("application/json", {})
    name = _schema_name(content.get("schema", {})) if content else ""
    return f"{response.get('description', '')} {name}".strip()


def _models(schema: dict[str, Any]) -> dict[str, list[tuple[str, str, bool]]]:
    models = {}
    for name, model in schema.get("components", {}).get("schemas", {}).items():
        required = set(model.get("required", []))
        fields = [
            (field, _field_type(spec), field in required)
            for field, spec in model.get("properties", {}).items()
        ]
        models[name] = fields
    return models


def _field_type(spec: dict[str, Any]) -> str:
    if "anyOf" in spec:
        return " | ".join(_schema_name(s) for s in spec["anyOf"])
    return _schema_name(spec)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    schema = request.app.openapi()
    context = {
        "info": schema.get("info", {}),
        "operations": _operations(schema),
        "models": _models(schema),
        "public_url": str(request.app.state.container.settings.public_url).rstrip("/"),
    }
    return render(request, "docs.html", context)
