"""``POST /api/code``: code posted text and return its Event JSON, without storing it.

Off unless the server was started with ``--allow-code`` (coding costs CPU and loads the spaCy
pipeline); the text is capped; with ``--token`` the request needs ``Authorization: Bearer``.
"""

from __future__ import annotations

import datetime as dt
import hmac
import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from dyadic.api import code_text
from dyadic.errors import InputError
from dyadic.http.context import Ctx
from dyadic.http.errors import ApiError
from dyadic.model import Document

router = APIRouter(prefix="/api")

#: spaCy pipelines are not safe to share between threads: one coding request at a time.
_CODING = threading.Lock()


class CodeRequest(BaseModel):
    """A text to code."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the article text (a dateline at its head is recognised)")
    date: dt.date | None = Field(default=None, description="publication date (YYYY-MM-DD)")
    doc_id: str | None = Field(default=None, max_length=200, description="an id to echo back")
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=200, description="the publisher")


_OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": CodeRequest.model_json_schema()}},
    }
}


def _check_token(request: Request, token: str | None) -> None:
    if token is None:
        return
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip(), token):
        raise ApiError(
            401,
            "this server needs a token: send the header Authorization: Bearer <token>",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def _read_capped(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > cap:
        raise ApiError(413, f"the request body is larger than this server accepts ({cap} bytes)")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            raise ApiError(
                413, f"the request body is larger than this server accepts ({cap} bytes)"
            )
    return bytes(body)


@router.post("/code", summary="Code posted text (not stored)", openapi_extra=_OPENAPI_BODY)
async def code(request: Request, ctx: Ctx) -> JSONResponse:
    """The Event JSON v1 object of the posted text (``{"text": ..., "date": ...}``), with
    ``text_chars``; nothing is written to the store."""
    options = ctx.options
    if not options.allow_code:
        raise ApiError(403, "coding is off on this server; start it with dyadic serve --allow-code")
    _check_token(request, options.token)
    content_type = request.headers.get("content-type", "")
    if not content_type.split(";")[0].strip().lower() == "application/json":
        raise ApiError(415, 'send JSON ({"text": "...", "date": "YYYY-MM-DD"}) as application/json')
    raw = await _read_capped(request, options.max_code_chars * 4 + 4096)
    try:
        payload = CodeRequest.model_validate_json(raw)
    except ValidationError as exc:
        details = [
            {"loc": ["body", *(str(p) for p in e["loc"])], "msg": e["msg"], "type": e["type"]}
            for e in exc.errors()
        ]
        where = "; ".join(f"{'.'.join(d['loc'][1:]) or 'body'}: {d['msg']}" for d in details)
        raise ApiError(422, f"invalid request: {where}", details=details) from None
    if len(payload.text) > options.max_code_chars:
        raise ApiError(
            413,
            f"the text has {len(payload.text)} characters; this server codes at most "
            f"{options.max_code_chars}",
        )
    if not payload.text.strip():
        raise ApiError(400, "the text is empty")
    document = await _code(payload)
    body = document.to_dict()
    body["text_chars"] = len(payload.text)
    return JSONResponse(body)


async def _code(payload: CodeRequest) -> Document:
    def run() -> Document:
        with _CODING:
            try:
                return code_text(
                    payload.text, date=payload.date, doc_id=payload.doc_id, title=payload.title,
                    source=payload.source,
                )  # fmt: skip
            except InputError as exc:
                raise ApiError(400, f"the text could not be coded: {exc.message}") from None

    return await run_in_threadpool(run)
