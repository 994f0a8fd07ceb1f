"""The review pages over HTTP: login, CSRF, claims, approval, rejection, audit."""

from __future__ import annotations

import csv
import io
import re

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from review_fixtures import PASSWORD, csrf_of, days_ago, login, page_csrf, read_record
from starlette.routing import Mount


def _concrete(path: str) -> str:
    return re.sub(
        r"\{(\w+)(:\w+)?\}", lambda m: "1" if m.group(1) == "number" else "abc123def456", path
    )


def test_every_route_needs_a_login(app, add_document) -> None:
    """Enumerates app.routes, so a route added later is covered without editing this test."""
    add_document("abc123def456")
    checked = 0
    with TestClient(app) as anon:
        for route in app.routes:
            if isinstance(route, Mount):
                assert route.path == "/static", f"unexpected mount {route.path}"
                continue
            assert isinstance(route, APIRoute), f"unexpected route type {route!r}"
            if route.path == "/login":
                continue
            for method in route.methods:
                url = _concrete(route.path)
                for accept in ("text/html", "application/json"):
                    r = anon.request(
                        method, url, headers={"accept": accept}, follow_redirects=False
                    )
                    if r.status_code == 303:
                        assert r.headers["location"].startswith("/login"), (method, url)
                    else:
                        assert r.status_code == 401, (method, url, r.status_code)
                    assert "abc123def456" not in r.text
                    checked += 1
        # unknown paths too, and a forged cookie is no session
        assert anon.get("/nothing-here", follow_redirects=False).status_code == 401
        anon.cookies.set("caseclerk_session", "forged")
        assert anon.get("/documents/abc123def456/record.json").status_code == 401
    assert checked >= 2 * 12


def test_docs_and_openapi_are_not_served(client) -> None:
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert client.get(path).status_code == 404


def test_stylesheet_is_public_but_nothing_else_static_leaks(app) -> None:
    with TestClient(app) as anon:
        assert anon.get("/static/review.css").status_code == 200
        assert anon.get("/static/../app.py").status_code in (401, 404)


def test_login_sets_httponly_samesite_cookie_and_logout_ends_session(app, add_user) -> None:
    add_user("bob")
    with TestClient(app) as c:
        r = login(c, "bob")
        assert r.status_code == 303
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie
        assert c.get("/queue").status_code == 200
        token = page_csrf(c)
        assert (
            c.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
        )
        assert c.get("/queue", follow_redirects=False).status_code == 401


def test_login_redirect_is_local_only(app, add_user) -> None:
    add_user("bob")
    with TestClient(app) as c:
        page = c.get("/login")
        r = c.post(
            "/login",
            data={
                "username": "bob",
                "password": PASSWORD,
                "csrf_token": csrf_of(page.text),
                "next": "//evil.example/x",
            },
            follow_redirects=False,
        )
        assert r.headers["location"] == "/queue"


def test_post_without_or_with_wrong_csrf_token_is_rejected(client, add_document) -> None:
    folder = add_document("abc123def456")
    for data in ({}, {"csrf_token": "wrong"}, {"csrf_token": ""}):
        for path in ("/documents/abc123def456/claim", "/documents/abc123def456/approve", "/next"):
            r = client.post(path, data=data | {"judge": "X"}, follow_redirects=False)
            assert r.status_code == 403, (path, data)
    assert read_record(folder)["status"] == "needs_review"
    # the login form has its own token too
    c2 = TestClient(client.app)
    r = c2.post("/login", data={"username": "alice", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_failed_logins_slow_down_then_refuse_even_the_right_password(app, add_user) -> None:
    add_user("carol")
    with TestClient(app) as c:
        codes = []
        for _ in range(4):
            codes.append(login(c, "carol", "wrong password!").status_code)
        assert codes[:3] == [401, 401, 401]
        r = login(c, "carol", PASSWORD)
        assert r.status_code == 429
        assert int(r.headers["retry-after"]) >= 1
        assert c.cookies.get("caseclerk_session") is None


def test_queue_lists_needs_review_with_reasons_counts_filter_and_order(
    client, add_document
) -> None:

    add_document("aaa111aaa111", received_at=days_ago(3), confidence=0.4)
    add_document("bbb222bbb222", received_at=days_ago(5), confidence=0.55, doc_type="la_check")
    add_document("ccc333ccc333", received_at=days_ago(1), confidence=0.2)
    page = client.get("/queue").text
    assert page.index("bbb222bbb222") < page.index("aaa111aaa111") < page.index("ccc333ccc333")
    assert "low OCR confidence" in page
    assert re.search(r"<b>3</b> needs review", page)
    page = client.get("/queue?order=lowest_confidence").text
    assert page.index("ccc333ccc333") < page.index("aaa111aaa111") < page.index("bbb222bbb222")
    page = client.get("/queue?doc_type=la_check").text
    assert "bbb222bbb222" in page and "aaa111aaa111" not in page


def test_queue_paginates(client, add_document) -> None:

    for i in range(52):
        add_document(f"doc{i:09d}", received_at=days_ago(100 - i))
    first = client.get("/queue").text
    assert "doc000000000" in first and "doc000000051" not in first and "page=2" in first
    second = client.get("/queue?page=2").text
    assert "doc000000051" in second and "doc000000000" not in second


def test_two_analysts_cannot_claim_the_same_document(client, app, add_user, add_document) -> None:
    add_document("abc123def456")
    token = page_csrf(client)
    client.post("/documents/abc123def456/claim", data={"csrf_token": token})
    add_user("dave")
    with TestClient(app) as dave:
        login(dave, "dave")
        page = dave.get("/documents/abc123def456").text
        assert "alice is working this document" in page
        dave_token = page_csrf(dave)
        r = dave.post(
            "/documents/abc123def456/approve",
            data={"csrf_token": dave_token, "judge": "X"},
            follow_redirects=False,
        )
        assert r.status_code == 409
        # "next" skips the claimed document
        r = dave.post("/next", data={"csrf_token": dave_token}, follow_redirects=False)
        assert r.headers["location"] == "/queue?empty=1"
        # releasing someone else's claim is a no-op for an analyst
        dave.post("/documents/abc123def456/release", data={"csrf_token": dave_token})
        assert app.state.db.claim_of("abc123def456").user == "alice"
        client.post("/documents/abc123def456/release", data={"csrf_token": token})
        assert app.state.db.claim_of("abc123def456") is None
        r = dave.post("/next", data={"csrf_token": dave_token}, follow_redirects=False)
        assert r.headers["location"] == "/documents/abc123def456"
        assert app.state.db.claim_of("abc123def456").user == "dave"


def test_document_page_shows_fields_confidence_and_boxes(client, add_document) -> None:
    add_document("abc123def456")
    page = client.get("/documents/abc123def456").text
    assert 'name="judge" value="District Judge Sarah Thomsen"' in page
    assert 'class="box box-red" data-field="judge"' in page  # 0.5 < 0.6
    assert 'class="box box-green" data-field="case_number"' in page
    assert 'class="box box-amber" data-field="children[0].name"' in page
    # the box is placed as a percentage of the OCR page: top 400 of 1754 px
    assert re.search(r'data-field="judge"[^>]*top:22\.805%', page)
    png = client.get("/documents/abc123def456/pages/1.png")
    assert png.status_code == 200 and png.content[:4] == b"\x89PNG"
    assert client.get("/documents/abc123def456/pages/9.png").status_code == 404
    assert client.get("/documents/abc123def456/record.json").json()["id"] == "abc123def456"
    assert client.get("/documents/..%2F..%2Fetc/record.json").status_code == 404


def test_approve_rewrites_record_moves_case_folder_and_audits(
    client, app, settings, add_document
) -> None:
    folder = add_document("abc123def456")
    original = (folder / "abc123def456.png").read_bytes()
    token = page_csrf(client, "/documents/abc123def456")
    client.post("/documents/abc123def456/claim", data={"csrf_token": token})
    form = {
        "csrf_token": token,
        "case_number": "ls24c00999",
        "court": "Family Court at Leeds",
        "judge": "District Judge Sarah Thompson",
        "children[0].name": "Amy Smith",
        "children[0].date_of_birth": "01/02/2019",
        "children[1].name": "Ben Smith",
        "children[1].date_of_birth": "2021-07-04",
        "people[0].remove": "on",
        "people[0].name": "Jane Smith",
    }
    r = client.post("/documents/abc123def456/approve", data=form, follow_redirects=False)
    assert r.status_code == 303, r.text
    assert not folder.exists()
    moved = settings.cases / "LS24C00999" / folder.name
    data = read_record(moved)
    assert data["status"] == "reviewed"
    judge = data["fields"]["judge"]
    assert judge["value"] == "District Judge Sarah Thompson"
    assert judge["source"] == "review" and judge["confidence"] == 1.0
    assert data["fields"]["court"]["source"] == "pattern"  # unchanged keeps its evidence
    assert [c["name"]["value"] for c in data["fields"]["children"]] == ["Amy Smith", "Ben Smith"]
    assert data["fields"]["people"] == []
    edited = {h["field"]: h for h in data["history"] if h["action"] == "edited"}
    assert edited["judge"]["actor"] == "alice"
    assert edited["case_number"]["old"] == "LS24C00123"
    assert edited["case_number"]["new"] == "LS24C00999"
    assert (moved / "abc123def456.png").read_bytes() == original
    row = app.state.store.get("abc123def456")
    assert row.status == "reviewed" and row.case_number == "LS24C00999"
    entries = app.state.db.audit_entries()
    fields = {e.field: e for e in entries}
    assert set(fields) == {
        "case_number",
        "judge",
        "children[1].name",
        "children[1].date_of_birth",
        "people[0]",
        "status",
    }
    assert fields["judge"].old == "District Judge Sarah Thomsen"
    assert all(e.user == "alice" and e.case_number == "LS24C00999" for e in entries)
    assert app.state.db.claim_of("abc123def456") is None


def test_invalid_case_number_is_a_form_error_not_a_path(client, settings, add_document) -> None:
    folder = add_document("abc123def456")
    before = (folder / "record.json").read_text()
    token = page_csrf(client, "/documents/abc123def456")
    for bad in ("../../etc", "LS24C00123/../../x", "not a case"):
        r = client.post(
            "/documents/abc123def456/approve",
            data={"csrf_token": token, "case_number": bad, "judge": "Changed"},
        )
        assert r.status_code == 400
        assert "not a valid family-court case number" in r.text
    assert (folder / "record.json").read_text() == before
    assert sorted(p.name for p in settings.cases.iterdir()) == ["LS24C00123"]


def test_reject_needs_a_reason_and_is_audited(client, app, add_document) -> None:
    folder = add_document("abc123def456")
    token = page_csrf(client, "/documents/abc123def456")
    r = client.post("/documents/abc123def456/reject", data={"csrf_token": token, "reason": " "})
    assert r.status_code == 400
    r = client.post(
        "/documents/abc123def456/reject",
        data={"csrf_token": token, "reason": "Duplicate of an earlier scan"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    data = read_record(folder)
    assert data["status"] == "rejected"
    assert data["history"][-1]["note"] == "Duplicate of an earlier scan"
    [entry] = app.state.db.audit_entries()
    assert entry.action == "rejected" and entry.note == "Duplicate of an earlier scan"


def test_audit_page_filters_and_csv_export(client, app, add_user, add_document) -> None:
    add_document("abc123def456")
    add_document("fff000fff000", case_number="MA23C00042")
    token = page_csrf(client, "/documents/abc123def456")
    client.post(
        "/documents/abc123def456/approve", data={"csrf_token": token, "judge": "HHJ Judge One"}
    )
    add_user("erin")
    with TestClient(app) as erin:
        login(erin, "erin")
        t2 = page_csrf(erin)
        erin.post(
            "/documents/fff000fff000/approve", data={"csrf_token": t2, "court": "=HYPERLINK(1)"}
        )
    page = client.get("/audit").text
    assert "HHJ Judge One" in page and "MA23C00042" in page
    page = client.get("/audit?user=erin").text
    assert "HHJ Judge One" not in page and "MA23C00042" in page
    page = client.get("/audit?case=ls24c00123").text
    assert "HHJ Judge One" in page and "MA23C00042" not in page
    assert "HHJ Judge One" not in client.get("/audit?date_to=2000-01-01").text
    r = client.get("/audit.csv?user=erin")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0][:3] == ["at", "user", "document"]
    court = next(row for row in rows[1:] if row[5] == "court")
    assert court[1] == "erin" and court[7] == "'=HYPERLINK(1)"  # not run as a formula


@pytest.mark.parametrize("path", ["/queue", "/audit"])
def test_pages_send_no_store_and_security_headers(client, path: str) -> None:
    r = client.get(path)
    assert r.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
