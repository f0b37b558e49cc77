"""``/docs``: the OpenAPI description as a plain page (Swagger UI would need a CDN and an
inline script)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from lagebild.web.pages import render

router = APIRouter()


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each path and method with its summary, description and parameters."""
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            out.append(
                {
                    "path": path,
                    "method": method.upper(),
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "tags": op.get("tags", []),
                    "parameters": [
                        {
                            "name": p["name"],
                            "in": p["in"],
                            "required": p.get("required", False),
                            "description": p.get("description", ""),
                            "type": _type(p.get("schema", {})),
                        }
                        for p in op.get("parameters", [])
                    ],
                }
            )
    return sorted(out, key=lambda o: (o["tags"][:1], o["path"]))


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs_page(request: Request) -> HTMLResponse:
    schema = request.app.openapi()
    return render(request, "docs.html", {"info": schema["info"], "operations": operations(schema)})


def _type(schema: dict[str, Any]) -> str:
    """'integer', 'string | null', 'json | csv' from a parameter's JSON schema."""
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    return str(schema.get("type", ""))
