"""The analyst's review pages: FastAPI, server-rendered Jinja templates, no build step.

Two guards sit in front of every route so that a new route cannot forget them: a
middleware that answers 401 (or redirects a browser to /login) for anything but the login
page and the stylesheet when there is no live session, and an app-wide dependency that
rejects any POST whose CSRF token does not match the session's.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from pipeline.errors import CaseclerkError
from pipeline.records import DOC_TYPES, ORDER_TYPES, Record
from pipeline.settings import Settings
from review import edits
from review.auth import attempt_login, new_token, same_token
from review.db import AuditFilter, ReviewDB, Session, utcnow
from review.images import PageImages, find_original
from review.suggestions import case_suggestions
from review.views import confidence_band, document_view

log = logging.getLogger("caseclerk.review")

HERE = Path(__file__).parent
SESSION_COOKIE = "caseclerk_session"
LOGIN_CSRF_COOKIE = "caseclerk_login_csrf"
PUBLIC_PATHS = {"/login"}
PUBLIC_PREFIXES = ("/static/",)
QUEUE_PAGE = 50
AUDIT_PAGE = 200
_DOC_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self'; script-src 'self'; "
        "style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
}


def _session(request: Request) -> Session:
    session = getattr(request.state, "session", None)
    if session is None:  # the middleware lets no such request through; belt and braces
        raise HTTPException(status_code=401, detail="login required")
    return session


async def csrf_guard(request: Request) -> None:
    """App-wide dependency: every state-changing request must carry the session's token."""
    if request.method not in _UNSAFE_METHODS:
        return
    form = await request.form()
    given = form.get("csrf_token") or request.headers.get("x-csrf-token")
    session: Session | None = getattr(request.state, "session", None)
    if request.url.path == "/login":
        expected = request.cookies.get(LOGIN_CSRF_COOKIE)
    else:
        expected = session.csrf if session else None
    if not same_token(expected, given if isinstance(given, str) else None):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token; reload the page")


def _safe_next(target: str | None) -> str:
    """Only a local path may be a post-login destination (no open redirect)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/queue"


def _check_id(doc_id: str) -> str:
    if not _DOC_ID.match(doc_id):
        raise HTTPException(status_code=404, detail="no such document")
    return doc_id


def create_app(settings: Settings, *, store: Any = None) -> FastAPI:
    """The review application over the data directory and state database in ``settings``.

    ``store`` is a :class:`pipeline.store.Store`; one is opened on ``settings.db_url``
    when not given. The review tables are created on the same engine.
    """
    if store is None:
        from pipeline.store import open_store

        store = open_store(settings)
    db = ReviewDB(store.engine)
    images = PageImages(settings)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(band=confidence_band, doc_types=DOC_TYPES, order_types=ORDER_TYPES)
    templates.env.filters["combine_page"] = lambda params, page: {**params, "page": page}
    home = settings.home.resolve()

    app = FastAPI(
        title="caseclerk review",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(csrf_guard)],
    )
    app.state.settings = settings
    app.state.store = store
    app.state.db = db
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def require_login(request: Request, call_next):  # type: ignore[no-untyped-def]
        token = request.cookies.get(SESSION_COOKIE)
        session = await run_in_threadpool(db.get_session, token) if token else None
        request.state.session = session
        request.state.token = token
        path = request.url.path
        public = path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)
        if session is None and not public:
            wants_html = "text/html" in request.headers.get("accept", "")
            if request.method == "GET" and wants_html:
                response: Response = RedirectResponse(
                    "/login?" + urlencode({"next": path}), status_code=303
                )
            else:
                response = PlainTextResponse("login required", status_code=401)
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not path.startswith(PUBLIC_PREFIXES):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    def render(
        request: Request, name: str, context: dict[str, Any], status_code: int = 200
    ) -> HTMLResponse:
        session = getattr(request.state, "session", None)
        base = {"session": session, "csrf": session.csrf if session else ""}
        return templates.TemplateResponse(request, name, base | context, status_code=status_code)

    def folder_of(row: Any) -> Path:
        """The case folder of an index row, refusing anything outside the data directory."""
        if not row.folder:
            raise HTTPException(status_code=404, detail="document has no folder")
        folder = (home / row.folder).resolve()
        if not folder.is_relative_to(home):
            raise HTTPException(status_code=404, detail="no such document")
        return folder

    def load(doc_id: str) -> tuple[Any, Path, Record]:
        from pipeline.filing import load_record

        row = store.get(_check_id(doc_id))
        if row is None:
            raise HTTPException(status_code=404, detail="no such document")
        folder = folder_of(row)
        try:
            record = load_record(folder)
        except (OSError, ValueError) as exc:
            log.warning("record of %s could not be read: %s", doc_id, type(exc).__name__)
            raise HTTPException(status_code=404, detail="record not readable") from exc
        return row, folder, record

    # --- login --------------------------------------------------------------------------
    def login_form(
        request: Request, target: str, *, status_code: int = 200, **extra: str
    ) -> Response:
        """The login page with a fresh form token in its own strict cookie."""
        token = new_token()
        response = render(
            request,
            "login.html",
            {"next": target, "login_csrf": token, **extra},
            status_code=status_code,
        )
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            token,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            max_age=3600,
        )
        return response

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "/queue") -> Response:
        return login_form(request, _safe_next(next))

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        name = str(form.get("username", ""))[:64]
        password = str(form.get("password", ""))[:1024]
        target = _safe_next(str(form.get("next", "/queue")))
        address = request.client.host if request.client else "unknown"
        result = await run_in_threadpool(attempt_login, db, name, password, address)
        if result.user is None:
            if result.wait_seconds:
                log.warning("login refused during slowdown (address %s)", address)
                message = f"Too many failed attempts. Try again in {result.wait_seconds} seconds."
                status = 429
            else:
                log.warning("failed login (address %s)", address)
                message = "Wrong user name or password."
                status = 401
            response = login_form(request, target, status_code=status, error=message, username=name)
            if result.wait_seconds:
                response.headers["Retry-After"] = str(result.wait_seconds)
            return response
        token = new_token()
        await run_in_threadpool(db.create_session, token, result.user.name, new_token())
        log.info("user %s logged in", result.user.name)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            token,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/",
        )
        response.delete_cookie(LOGIN_CSRF_COOKIE)
        return response

    @app.post("/logout")
    def logout(request: Request) -> Response:
        if request.state.token:
            db.delete_session(request.state.token)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # --- queue --------------------------------------------------------------------------
    @app.get("/")
    def root() -> Response:
        return RedirectResponse("/queue", status_code=303)

    def reasons_of(row: Any) -> list[dict[str, str]]:
        """Review reasons straight from record.json (plain JSON: fast for a page of 50)."""
        try:
            data = json.loads((folder_of(row) / "record.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, HTTPException):
            return []
        return [r for r in data.get("review_reasons", []) if isinstance(r, dict)]

    @app.get("/queue", response_class=HTMLResponse)
    def queue(
        request: Request,
        order: Literal["oldest", "lowest_confidence"] = "oldest",
        doc_type: str = "",
        page: int = Query(1, ge=1, le=100_000),
        approved: str = "",
        rejected: str = "",
        empty: str = "",
    ) -> HTMLResponse:
        session = _session(request)
        doc_type = doc_type if doc_type in DOC_TYPES else ""
        rows = store.list_documents(
            status="needs_review",
            doc_type=doc_type or None,
            order=order,
            limit=QUEUE_PAGE + 1,
            offset=(page - 1) * QUEUE_PAGE,
        )
        has_next = len(rows) > QUEUE_PAGE
        rows = rows[:QUEUE_PAGE]
        claims = db.claims_for([r.id for r in rows])
        items = [{"row": r, "claim": claims.get(r.id), "reasons": reasons_of(r)} for r in rows]
        params = {"order": order, "doc_type": doc_type}
        return render(
            request,
            "queue.html",
            {
                "items": items,
                "counts": store.counts_by_status(),
                "order": order,
                "doc_type": doc_type,
                "page": page,
                "has_next": has_next,
                "params": params,
                "urlencode": urlencode,
                "me": session.user,
                "approved": approved if _DOC_ID.match(approved) else "",
                "rejected": rejected if _DOC_ID.match(rejected) else "",
                "empty": bool(empty),
            },
        )

    @app.post("/next")
    async def next_document(request: Request) -> Response:
        """Claim the first document in the queue nobody else is working and open it."""
        session = _session(request)
        form = await request.form()
        order = form.get("order") if form.get("order") == "lowest_confidence" else "oldest"
        doc_type = str(form.get("doc_type", ""))
        doc_type = doc_type if doc_type in DOC_TYPES else None
        skip = str(form.get("skip", ""))

        def pick() -> str | None:
            offset = 0
            while True:
                rows = store.list_documents(
                    status="needs_review", doc_type=doc_type, order=order, limit=100, offset=offset
                )
                if not rows:
                    return None
                claims = db.claims_for([r.id for r in rows])
                for r in rows:
                    held = claims.get(r.id)
                    if r.id == skip or (held and held.user != session.user):
                        continue
                    if db.claim(r.id, session.user):
                        return r.id
                offset += len(rows)

        doc_id = await run_in_threadpool(pick)
        if doc_id is None:
            return RedirectResponse("/queue?empty=1", status_code=303)
        return RedirectResponse(f"/documents/{doc_id}", status_code=303)

    @app.post("/documents/{doc_id}/claim")
    def claim(request: Request, doc_id: str) -> Response:
        session = _session(request)
        if store.get(_check_id(doc_id)) is None:
            raise HTTPException(status_code=404, detail="no such document")
        db.claim(doc_id, session.user)  # when someone else holds it the page says who
        return RedirectResponse(f"/documents/{doc_id}", status_code=303)

    @app.post("/documents/{doc_id}/release")
    def release(request: Request, doc_id: str) -> Response:
        session = _session(request)
        db.release(_check_id(doc_id), None if session.role == "admin" else session.user)
        return RedirectResponse("/queue", status_code=303)

    # --- one document -------------------------------------------------------------------
    def document_page(
        request: Request,
        row: Any,
        record: Record,
        *,
        values: dict[str, str] | None = None,
        errors: dict[str, str] | None = None,
        status_code: int = 200,
    ) -> HTMLResponse:
        session = _session(request)
        held = db.claim_of(record.id)
        return render(
            request,
            "document.html",
            {
                "row": row,
                "record": record,
                "view": document_view(record),
                "values": values or {},
                "errors": errors or {},
                "claim": held,
                "mine": held is not None and held.user == session.user,
                "roles": edits.ROLES,
                "suggestions": case_suggestions(record, store, lambda i: load(i)[2]),
            },
            status_code=status_code,
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        row, _, record = load(doc_id)
        return document_page(request, row, record)

    @app.get("/documents/{doc_id}/record.json")
    def record_json(doc_id: str) -> JSONResponse:
        _, _, record = load(doc_id)
        return JSONResponse(record.model_dump(mode="json"))

    @app.get("/documents/{doc_id}/pages/{number}.png")
    def page_image(doc_id: str, number: int) -> Response:
        _, folder, record = load(doc_id)
        if not 1 <= number <= max(record.source.pages, len(record.ocr.pages)):
            raise HTTPException(status_code=404, detail="no such page")
        original = find_original(folder, record)
        if original is None:
            raise HTTPException(status_code=404, detail="the original scan is not in the folder")
        try:
            data = images.png(original, number - 1)
        except (IndexError, CaseclerkError, OSError, ValueError) as exc:
            log.warning("page %d of %s not rendered: %s", number, doc_id, type(exc).__name__)
            raise HTTPException(status_code=404, detail="page not rendered") from exc
        return Response(
            data, media_type="image/png", headers={"Cache-Control": "private, max-age=600"}
        )

    def take(doc_id: str, session: Session) -> bool:
        return db.claim(doc_id, session.user) is not None

    def refile(record: Record) -> Path:
        from pipeline.filing import refile as do_refile

        return do_refile(record, settings, store)

    @app.post("/documents/{doc_id}/approve")
    async def approve(request: Request, doc_id: str) -> Response:
        session = _session(request)
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        row, _, record = await run_in_threadpool(load, doc_id)
        if not await run_in_threadpool(take, doc_id, session):
            raise HTTPException(status_code=409, detail="another analyst is working this document")
        outcome = edits.apply_review(record, form)
        if outcome.errors:
            return document_page(
                request, row, record, values=form, errors=outcome.errors, status_code=400
            )
        now = utcnow()
        reviewed = edits.approve(outcome.record, outcome.changes, session.user, now)
        try:
            await run_in_threadpool(refile, reviewed)
        except CaseclerkError as exc:  # e.g. UnsafePathError from the case folder name
            log.warning("approval of %s not filed: %s", doc_id, type(exc).__name__)
            return document_page(
                request,
                row,
                record,
                values=form,
                errors={"case_number": "this case number cannot be filed; check it"},
                status_code=400,
            )
        case = reviewed.fields.case_number.value if reviewed.fields.case_number else None
        entries = [
            {
                "at": now,
                "user": session.user,
                "doc_id": doc_id,
                "case_number": case,
                "action": "edited",
                "field": c.field,
                "old": c.old,
                "new": c.new,
                "note": None,
            }
            for c in outcome.changes
        ]
        entries.append(
            {
                "at": now,
                "user": session.user,
                "doc_id": doc_id,
                "case_number": case,
                "action": "approved",
                "field": "status",
                "old": record.status,
                "new": "reviewed",
                "note": None,
            }
        )
        await run_in_threadpool(db.add_audit, entries)
        await run_in_threadpool(db.release, doc_id, session.user)
        log.info(
            "document %s approved by %s (%d changes)", doc_id, session.user, len(outcome.changes)
        )
        return RedirectResponse(f"/queue?approved={doc_id}", status_code=303)

    @app.post("/documents/{doc_id}/reject")
    async def reject(request: Request, doc_id: str) -> Response:
        session = _session(request)
        form = await request.form()
        reason = " ".join(str(form.get("reason", "")).split())[:500]
        row, _, record = await run_in_threadpool(load, doc_id)
        if not reason:
            return document_page(
                request, row, record, errors={"reason": "say why it is rejected"}, status_code=400
            )
        if not await run_in_threadpool(take, doc_id, session):
            raise HTTPException(status_code=409, detail="another analyst is working this document")
        now = utcnow()
        await run_in_threadpool(refile, edits.reject(record, reason, session.user, now))
        case = record.fields.case_number.value if record.fields.case_number else None
        await run_in_threadpool(
            db.add_audit,
            [
                {
                    "at": now,
                    "user": session.user,
                    "doc_id": doc_id,
                    "case_number": case,
                    "action": "rejected",
                    "field": "status",
                    "old": record.status,
                    "new": "rejected",
                    "note": reason,
                }
            ],
        )
        await run_in_threadpool(db.release, doc_id, session.user)
        log.info("document %s rejected by %s", doc_id, session.user)
        return RedirectResponse(f"/queue?rejected={doc_id}", status_code=303)

    # --- audit --------------------------------------------------------------------------
    def audit_filter(user: str, case: str, date_from: str, date_to: str) -> AuditFilter:
        def day(text: str) -> date | None:
            try:
                return date.fromisoformat(text) if text else None
            except ValueError:
                return None

        return AuditFilter(
            user=user.strip() or None,
            case_number=case.strip().upper() or None,
            date_from=day(date_from),
            date_to=day(date_to),
        )

    @app.get("/audit", response_class=HTMLResponse)
    def audit_page(
        request: Request,
        user: str = "",
        case: str = "",
        date_from: str = "",
        date_to: str = "",
        page: int = Query(1, ge=1, le=100_000),
    ) -> HTMLResponse:
        flt = audit_filter(user, case, date_from, date_to)
        entries = db.audit_entries(flt, limit=AUDIT_PAGE + 1, offset=(page - 1) * AUDIT_PAGE)
        params = {"user": user, "case": case, "date_from": date_from, "date_to": date_to}
        return render(
            request,
            "audit.html",
            {
                "entries": entries[:AUDIT_PAGE],
                "has_next": len(entries) > AUDIT_PAGE,
                "page": page,
                "params": params,
                "query": urlencode(params),
                "urlencode": urlencode,
                "users": db.user_names(),
                "total": db.audit_count(flt),
            },
        )

    @app.get("/audit.csv")
    def audit_csv(
        user: str = "", case: str = "", date_from: str = "", date_to: str = ""
    ) -> StreamingResponse:
        flt = audit_filter(user, case, date_from, date_to)

        def rows() -> Iterator[str]:
            buf = io.StringIO()
            writer = csv.writer(buf)
            writer.writerow(
                ["at", "user", "document", "case", "action", "field", "old", "new", "note"]
            )
            for e in db.iter_audit(flt):
                writer.writerow(
                    [
                        _cell(x)
                        for x in (
                            e.at.isoformat(),
                            e.user,
                            e.doc_id,
                            e.case_number,
                            e.action,
                            e.field,
                            e.old,
                            e.new,
                            e.note,
                        )
                    ]
                )
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
            yield buf.getvalue()

        return StreamingResponse(
            rows(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="caseclerk-audit.csv"'},
        )

    return app


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula (values were typed by people)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
