"""Request limits and security headers, as plain ASGI middleware (no per-request task)."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
    " frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


@dataclass(frozen=True, slots=True)
class Limits:
    """max_body: bytes a request may carry (the app only reads); max_url: characters of
    path and query together."""

    max_body: int = 16_384
    max_url: int = 4_096


class Guard:
    """Refuses oversized requests (413, 414) and adds the security headers to every answer."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url_length = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if url_length > self.limits.max_url:
            await _refuse(send, 414, b"request URL too long")
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (
                not value.isdigit() or int(value) > self.limits.max_body
            ):
                await _refuse(send, 413, b"request body too large")
                return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limits.max_body:
                raise _TooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _TooLarge:
            await _refuse(send, 413, b"request body too large")


class _TooLarge(Exception):
    pass


async def _refuse(send: Send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})
