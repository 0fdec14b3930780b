"""One error shape for every error the HTTP API returns::

    {"error": {"status": 404, "type": "not_found", "message": "no article 'x'", "details": []}}

``status`` repeats the HTTP status, ``type`` is a stable machine-readable name, ``message`` says
what was wrong and what to do, ``details`` lists the parameters that failed validation (each
with ``loc``, ``msg`` and ``type``) and is empty otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyadic.errors import ConfigError, StoreError, UsageError
from dyadic.http.pool import BusyError
from dyadic.store.query import QueryTimeout

logger = logging.getLogger(__name__)

#: HTTP status -> the ``type`` of the error body.
ERROR_TYPES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error a route raises on purpose, rendered in the error shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type_: str | None = None,
        headers: Mapping[str, str] | None = None,
        details: Sequence[Any] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type_ or ERROR_TYPES.get(status, "error")
        self.headers = dict(headers or {})
        self.details = list(details)


def error_body(
    status: int, message: str, *, type_: str | None = None, details: Sequence[Any] = ()
) -> dict[str, Any]:
    """The JSON body of an error."""
    return {
        "error": {
            "status": status,
            "type": type_ or ERROR_TYPES.get(status, "error"),
            "message": message,
            "details": list(details),
        }
    }


def error_response(
    status: int,
    message: str,
    *,
    type_: str | None = None,
    details: Sequence[Any] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        error_body(status, message, type_=type_, details=details),
        status_code=status,
        headers=dict(headers or {}),
    )


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    details = []
    for item in exc.errors():
        details.append(
            {
                "loc": [str(part) for part in item.get("loc", ())],
                "msg": str(item.get("msg", "")),
                "type": str(item.get("type", "")),
            }
        )
    return details


def install(app: FastAPI) -> None:
    """Render every error in the one shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(
            exc.status, exc.message, type_=exc.type, details=exc.details, headers=exc.headers
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route {request.url.path}; see /docs for the API"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(exc.status_code, message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        where = "; ".join(f"{'.'.join(d['loc'][1:] or d['loc'])}: {d['msg']}" for d in details)
        return error_response(422, f"invalid request: {where}", details=details)

    @app.exception_handler(UsageError)
    async def usage_error(request: Request, exc: UsageError) -> JSONResponse:
        return error_response(400, exc.message)

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError) -> JSONResponse:
        return error_response(400, exc.message)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        if isinstance(exc, QueryTimeout) or "time limit" in exc.message:
            return error_response(503, exc.message, type_="query_timeout")
        if isinstance(exc, BusyError):
            return error_response(503, exc.message, type_="busy", headers={"Retry-After": "1"})
        logger.error("store error on %s: %s", request.url.path, exc)
        return error_response(503, exc.message, type_="store_error")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("internal error on %s", request.url.path)
        return error_response(500, "internal error; the server log has the details")
