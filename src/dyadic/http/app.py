"""The FastAPI app: the JSON API under ``/api``, OpenAPI at ``/docs``, the dashboard at ``/``.

Everything the browser loads comes from this app (the dashboard's scripts, the chart library,
the world map and the API docs' assets are shipped in ``dyadic/web/static``), so the dashboard
works without a network.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from dyadic import __version__
from dyadic.http import analysis, code, errors, export, routes
from dyadic.http.context import Context
from dyadic.http.options import ServeOptions
from dyadic.http.pool import StorePool
from dyadic.web import STATIC_DIR

logger = logging.getLogger(__name__)

#: The dashboard loads nothing from elsewhere and runs no inline script.
DASHBOARD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


def create_app(options: ServeOptions, *, pool: StorePool | None = None) -> FastAPI:
    """The HTTP app over the store ``options.db`` (opened read-only).

    Raises:
        StoreError: the store is missing, not a Dyadic store, or held by a writer.
    """
    store_pool = pool or StorePool(
        options.db, size=options.connections, time_limit=options.time_limit
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store_pool.close()

    app = FastAPI(
        title="Dyadic",
        version=__version__,
        description=(
            "Political event data from news text: who did what to whom, when and where. "
            "Read-only over one Dyadic store; every route is described in docs/API.md."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.dyadic = Context(options=options, pool=store_pool)
    errors.install(app)
    for module in (routes, analysis, export, code):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Dyadic API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
        )

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith("/docs"):
            response.headers.setdefault("Content-Security-Policy", DASHBOARD_CSP)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app
