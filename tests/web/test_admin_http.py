"""The admin over HTTP against the real app, on SQLite and PostgreSQL: roles, CSRF, escaping,
and that every change is audited and used by the running assistant at once."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from core.domain import Channel, Location
from core.messages import Inbound
from storage.models import (
    AbsenceRow,
    AuditLogRow,
    CoordinatorWijkRow,
    FaqEntryRow,
    FaqFeedbackRow,
    OpeningHoursRow,
    RoutingRuleRow,
    SpecialDayRow,
    ThemeRow,
    UserRow,
)
from tests.web.conftest import WEST, Login, login

ADMIN_PAGES = [
    "/admin",
    "/admin/faq",
    "/admin/faq/nieuw",
    "/admin/faq/grofvuil-ophalen",
    "/admin/themas",
    "/admin/wijkregisseurs",
    "/admin/wijkregisseurs/wr-west",
    "/admin/regels",
    "/admin/openingstijden",
    "/admin/gebruikers",
    "/admin/logboek",
    "/admin/logboek.csv",
]
ADMIN_FORMS = [
    "/admin/faq/nieuw",
    "/admin/faq/grofvuil-ophalen",
    "/admin/faq/grofvuil-ophalen/intrekken",
    "/admin/faq/grofvuil-ophalen/terugzetten",
    "/admin/themas",
    "/admin/themas/afval",
    "/admin/themas/afval/actief",
    "/admin/wijkregisseurs",
    "/admin/wijkregisseurs/wr-west",
    "/admin/wijkregisseurs/wr-west/afwezig",
    "/admin/wijkregisseurs/wr-west/afwezig/1/verwijderen",
    "/admin/wijkregisseurs/wr-west/actief",
    "/admin/regels",
    "/admin/regels/1",
    "/admin/regels/1/verplaats",
    "/admin/regels/1/verwijderen",
    "/admin/openingstijden/tijden",
    "/admin/openingstijden/tijden/1/verwijderen",
    "/admin/openingstijden/dagen",
    "/admin/openingstijden/dagen/1/verwijderen",
    "/admin/gebruikers",
    "/admin/gebruikers/1/rol",
    "/admin/gebruikers/1/actief",
    "/admin/gebruikers/1/wachtwoord",
]


def post(client: TestClient, path: str, token: str | None, **data: Any) -> Any:
    body = {**data, **({"csrf_token": token} if token else {})}
    return client.post(path, data=body, follow_redirects=False)


def audit_rows(container: Any, action: str) -> list[AuditLogRow]:
    with container.session_factory() as db:
        return list(db.scalars(select(AuditLogRow).where(AuditLogRow.action == action)))


def ask(container: Any, text: str, ref: str) -> list[str]:
    inbound = Inbound(Channel.WEB, ref, datetime.now(UTC), text=text)
    return [reply.text for reply in container.assistant.handle(inbound)]


# --- who may do what -------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_login(client: TestClient) -> None:
    for path in ADMIN_PAGES:
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=/admin"), path
    for path in ADMIN_FORMS:
        assert client.post(path, data={"x": "1"}, follow_redirects=False).status_code in (
            401,
            403,
        ), path


def test_a_crafted_link_cannot_show_a_notice(client: TestClient, users: dict[str, Login]) -> None:
    login(client, users["admin"])
    page = client.get("/admin/faq", params={"saved": "Bel 0900-OPLICHTER"}).text
    assert "OPLICHTER" not in page


def test_a_coordinator_gets_403_on_every_admin_route(
    client: TestClient, users: dict[str, Login]
) -> None:
    token = login(client, users["west"])
    for path in ADMIN_PAGES:
        assert client.get(path).status_code == 403, path
    for path in ADMIN_FORMS:
        assert post(client, path, token, answer_nl="x", name_nl="x").status_code == 403, path
    with client.app.state.container.session_factory() as db:  # type: ignore[attr-defined]
        assert db.scalar(select(AuditLogRow).where(AuditLogRow.action != "login")) is None


def test_an_admin_sees_every_admin_page(client: TestClient, users: dict[str, Login]) -> None:
    login(client, users["admin"])
    for path in ADMIN_PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Veelgestelde vragen" in client.get("/admin").text


def test_a_form_without_or_with_a_wrong_csrf_token_is_refused(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    form = {"theme": "afval", "questions": "Grofvuil?", "answer_nl": "Gewijzigd zonder token"}
    assert post(client, "/admin/faq/grofvuil-ophalen", None, **form).status_code == 403
    assert post(client, "/admin/faq/grofvuil-ophalen", token[:-2] + "xx", **form).status_code == 403
    with container.session_factory() as db:
        assert db.get(FaqEntryRow, "grofvuil-ophalen").answer_nl != "Gewijzigd zonder token"
    assert audit_rows(container, "faq.update") == []


# --- FAQ -----------------------------------------------------------------------------------------


def test_faq_edit_reaches_the_assistant_even_if_routing_cannot_be_rebuilt(
    client: TestClient, users: dict[str, Login], container: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wijkbot.bootstrap

    def broken(*_: Any) -> Any:
        raise RuntimeError("geography unreadable")

    monkeypatch.setattr(wijkbot.bootstrap, "build_policy", broken)
    token = login(client, users["admin"])
    with container.session_factory() as db:
        questions = "\n".join(db.get(FaqEntryRow, "grofvuil-ophalen").questions)
    new_answer = "NIEUW: grofvuil ophalen gaat via 14 030, optie 3."
    response = post(client, "/admin/faq/grofvuil-ophalen", token, theme="afval",
                    questions=questions, answer_nl=new_answer, answer_en="")
    assert response.status_code == 303  # stored; the routing policy catches up at restart
    assert new_answer in ask(container, "Hoe kan ik grofvuil laten ophalen?", "after-broken")


def test_faq_edit_is_used_by_the_assistant_at_once_and_audited(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    question = "Hoe kan ik grofvuil laten ophalen?"
    assert any("grofvuil" in text.lower() for text in ask(container, question, "before"))
    with container.session_factory() as db:
        entry = db.get(FaqEntryRow, "grofvuil-ophalen")
        questions = "\n".join(entry.questions)
    new_answer = "NIEUW: bel 14 030 en kies optie 3 voor een grofvuilafspraak."
    response = post(
        client,
        "/admin/faq/grofvuil-ophalen",
        token,
        theme="afval",
        questions=questions,
        answer_nl=new_answer,
        answer_en="",
    )
    assert (
        response.status_code == 303
        and response.headers["location"] == "/admin/faq/grofvuil-ophalen"
    )
    shown = client.get("/admin/faq/grofvuil-ophalen").text
    assert '<p class="notice" role="status">Opgeslagen</p>' in shown
    assert "Opgeslagen</p>" not in client.get("/admin/faq/grofvuil-ophalen").text  # shown once
    assert new_answer in ask(container, question, "after")
    (row,) = audit_rows(container, "faq.update")
    assert (
        row.actor == "admin" and row.entity_id == "grofvuil-ophalen" and "NIEUW" in str(row.detail)
    )


def test_a_new_faq_entry_is_recognised_by_the_running_analyzer(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    question = "Waar kan ik mijn kerstboom inleveren na de feestdagen?"
    response = post(
        client,
        "/admin/faq/nieuw",
        token,
        slug="kerstboom-inleveren",
        theme="afval",
        questions=f"{question}\nKerstboom inleveren",
        answer_nl="Leg de kerstboom op 8 januari bij de container.",
    )
    assert response.status_code == 303
    assert "Leg de kerstboom op 8 januari bij de container." in ask(container, question, "xmas")
    with container.session_factory() as db:
        db.add_all(
            [
                FaqFeedbackRow(slug="kerstboom-inleveren", helpful=h, at=datetime.now(UTC))
                for h in (True, False, True, True)
            ]
        )
        db.commit()
    assert '75% <span class="muted">van 4</span>' in client.get("/admin/faq").text
    tested = client.get("/admin/faq", params={"vraag": question}).text
    assert 'href="/admin/faq/kerstboom-inleveren"' in tested and 'data-testid="faq-score"' in tested
    assert post(client, "/admin/faq/kerstboom-inleveren/intrekken", token).status_code == 303
    assert "Leg de kerstboom" not in " ".join(ask(container, question, "xmas-2"))
    assert [r.action for r in audit_rows(container, "faq.retire")] == ["faq.retire"]


def test_faq_validation_says_what_to_fix_and_stores_nothing(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    response = post(
        client,
        "/admin/faq/nieuw",
        token,
        slug="Met Spatie",
        theme="afval",
        questions="",
        answer_nl="",
    )
    assert response.status_code == 400
    assert "Nog niet opgeslagen" in response.text and "Schrijf minstens één vraag" in response.text
    assert 'aria-invalid="true"' in response.text
    with container.session_factory() as db:
        assert db.get(FaqEntryRow, "met spatie") is None


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_xss_in_faq_text_is_shown_as_text(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    post(
        client,
        "/admin/faq/nieuw",
        token,
        slug="xss-test",
        theme="afval",
        questions=f"Vraag {XSS}",
        answer_nl=f"Antwoord {XSS}",
    )
    preview = post(
        client,
        "/admin/faq/xss-test",
        token,
        theme="afval",
        questions=f"Vraag {XSS}",
        answer_nl=f"Nieuw {XSS}",
        action="preview",
    )
    pages = [
        client.get("/admin/faq").text,
        client.get("/admin/faq/xss-test").text,
        preview.text,
        client.get("/admin/faq", params={"vraag": f"Vraag {XSS}"}).text,
    ]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(" in html
    assert 'data-testid="preview-answer">Nieuw &lt;script&gt;' in preview.text
    with container.session_factory() as db:
        assert (
            db.get(FaqEntryRow, "xss-test").answer_nl == f"Antwoord {XSS}"
        )  # preview saved nothing


# --- themes, coordinators, hours, users -------------------------------------------------------


def test_themes_add_rename_retire(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    assert (
        post(
            client, "/admin/themas", token, slug="groen", name_nl="Groen", name_en="Green"
        ).status_code
        == 303
    )
    assert (
        post(client, "/admin/themas", token, slug="groen", name_nl="Groen", name_en="").status_code
        == 400
    )
    assert (
        post(
            client, "/admin/themas/groen", token, name_nl="Groen en bomen", name_en="Green"
        ).status_code
        == 303
    )
    assert post(client, "/admin/themas/groen/actief", token, active="nee").status_code == 303
    with container.session_factory() as db:
        theme = db.get(ThemeRow, "groen")
        assert (theme.name_nl, theme.active) == ("Groen en bomen", False)
    assert container.config.theme("groen").name_nl == "Groen en bomen"  # the running app reloaded
    actions = [
        r.action
        for r in audit_rows(container, "theme.create")
        + audit_rows(container, "theme.rename")
        + audit_rows(container, "theme.retire")
    ]
    assert actions == ["theme.create", "theme.rename", "theme.retire"]


def test_coordinator_wijken_and_absence_with_substitute(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    page = client.get("/admin/wijkregisseurs/wr-west").text
    name = re.search(r'id="f-name" name="name" type="text" value="([^"]*)"', page).group(1)  # type: ignore[union-attr]
    role = re.search(r'id="f-role" name="role" type="text" value="([^"]*)"', page).group(1)  # type: ignore[union-attr]
    response = client.post(
        "/admin/wijkregisseurs/wr-west",
        data={
            "csrf_token": token,
            "name": name,
            "role": role,
            "wijken": [WEST, "WK034402"],
            "email": "west@utrecht.nl",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert container.config.coordinator_wijken["wr-west"] == (WEST, "WK034402")
    bad = post(
        client,
        "/admin/wijkregisseurs/wr-west/afwezig",
        token,
        starts_at="2026-12-24T09:00",
        ends_at="2026-12-20T09:00",
        substitute_id="wr-west",
    )
    assert bad.status_code == 400 and "Het einde moet na het begin liggen." in bad.text
    good = post(
        client,
        "/admin/wijkregisseurs/wr-west/afwezig",
        token,
        starts_at="2026-12-24T09:00",
        ends_at="2027-01-04T09:00",
        substitute_id="wr-noordwest",
    )
    assert good.status_code == 303
    with container.session_factory() as db:
        (absence,) = db.scalars(select(AbsenceRow).where(AbsenceRow.coordinator_id == "wr-west"))
        assert absence.substitute_id == "wr-noordwest"
        assert (
            len(
                list(
                    db.scalars(
                        select(CoordinatorWijkRow).where(
                            CoordinatorWijkRow.coordinator_id == "wr-west"
                        )
                    )
                )
            )
            == 2
        )
    person = container.config.coordinator("wr-west")
    assert (
        person.is_absent(datetime(2026, 12, 28, 12, tzinfo=UTC))
        and person.absences[0].substitute_id == "wr-noordwest"
    )
    assert audit_rows(container, "coordinator.update") and audit_rows(container, "absence.create")


def test_office_hours_and_closing_days(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    with container.session_factory() as db:
        before = len(list(db.scalars(select(OpeningHoursRow))))
    assert (
        post(
            client,
            "/admin/openingstijden/tijden",
            token,
            weekday="5",
            opens="10:00",
            closes="12:00",
        ).status_code
        == 303
    )
    wrong = post(
        client, "/admin/openingstijden/tijden", token, weekday="5", opens="12:00", closes="10:00"
    )
    assert wrong.status_code == 400 and "De sluitingstijd moet later zijn" in wrong.text
    assert (
        post(
            client,
            "/admin/openingstijden/dagen",
            token,
            day="2026-12-24",
            open="dicht",
            reason="Kerstavond",
        ).status_code
        == 303
    )
    with container.session_factory() as db:
        assert len(list(db.scalars(select(OpeningHoursRow)))) == before + 1
        (day,) = db.scalars(select(SpecialDayRow).where(SpecialDayRow.reason == "Kerstavond"))
    assert any(d.reason == "Kerstavond" and not d.open for d in container.config.special_days)
    assert (
        post(client, f"/admin/openingstijden/dagen/{day.id}/verwijderen", token).status_code == 303
    )
    assert not any(d.reason == "Kerstavond" for d in container.config.special_days)
    assert [r.action for r in audit_rows(container, "special_day.delete")] == ["special_day.delete"]


def test_users_create_reset_and_deactivate(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    short = post(
        client,
        "/admin/gebruikers",
        token,
        username="nieuw",
        role="coordinator",
        coordinator_id="wr-west",
        password="kort",
        password_repeat="kort",
    )
    assert (
        short.status_code == 400
        and "minstens 12 tekens" in short.text
        and "kort" not in re.findall(r'value="([^"]*)"', short.text)
    )
    created = post(
        client,
        "/admin/gebruikers",
        token,
        username="nieuw",
        role="coordinator",
        coordinator_id="wr-west",
        password="een-lang-wachtwoord",
        password_repeat="een-lang-wachtwoord",
    )
    assert created.status_code == 303
    with container.session_factory() as db:
        row = db.scalar(select(UserRow).where(UserRow.username == "nieuw"))
        assert row.password_hash.startswith("$argon2") and "een-lang" not in row.password_hash
        user_id = row.id
    reset = post(client, f"/admin/gebruikers/{user_id}/wachtwoord", token)
    password = re.search(r'data-testid="new-password">([^<]+)<', reset.text).group(1)  # type: ignore[union-attr]
    other = TestClient(client.app, base_url="http://testserver")
    login(other, Login("nieuw", password, "coordinator"))
    assert (
        post(client, f"/admin/gebruikers/{user_id}/actief", token, active="nee").status_code == 303
    )
    assert (
        other.get("/inbox", follow_redirects=False).status_code == 303
    )  # session ended with the account
    assert [r.action for r in audit_rows(container, "user.deactivate")] == ["user.deactivate"]
    assert audit_rows(container, "user.create")[0].entity_id == "nieuw"


def test_audit_log_page_and_csv_list_changes(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    post(client, "/admin/themas", token, slug="groen", name_nl="Groen", name_en="Green")
    page = client.get("/admin/logboek").text
    assert "theme.create" in page and "admin" in page
    assert "theme.create" in client.get("/admin/logboek", params={"onderdeel": "theme"}).text
    assert "theme.create" not in client.get("/admin/logboek", params={"onderdeel": "faq"}).text
    csv = client.get("/admin/logboek.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    lines = csv.text.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("tijd (UTC);wie;actie") and any(
        ";admin;theme.create;theme;groen;" in line for line in lines
    )


# --- routing rules ------------------------------------------------------------------------------


def route_west_afval(container: Any) -> str:
    decision = container.router.route(
        "afval",
        Location(kind="wijk", text="West", wijk=WEST),
        False,
        Channel.WEB,
        datetime(2026, 11, 24, 10, tzinfo=UTC),
    )
    return str(decision.target_id)


def test_moving_a_rule_up_changes_where_a_case_goes(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    pytest.importorskip("routing.rules")
    token = login(client, users["admin"])
    for target in ("coordinator:wr-noordwest", "coordinator:wr-overvecht"):
        response = post(
            client,
            "/admin/regels",
            token,
            target=target,
            theme="afval",
            area_kind="wijk",
            area=WEST,
            position="1",
        )
        assert response.status_code == 303
    # both inserted at the top: the second one is now rule 1
    assert route_west_afval(container) == "wr-overvecht"
    with container.session_factory() as db:
        rules = list(db.scalars(select(RoutingRuleRow).order_by(RoutingRuleRow.position)))
        assert [r.position for r in rules] == list(range(1, len(rules) + 1))
        second = rules[1]
        assert second.target_id == "wr-noordwest"
    assert (
        post(client, f"/admin/regels/{second.id}/verplaats", token, richting="omhoog").status_code
        == 303
    )
    assert route_west_afval(container) == "wr-noordwest"
    coverage = client.get("/admin/regels").text
    cell = re.search(
        rf'data-cell="afval/{WEST}"[^>]*>([^<]*)<span class="muted">\(regel (\d+)\)', coverage
    )
    assert (
        cell
        and cell.group(1).strip() == container.config.coordinator("wr-noordwest").name
        and cell.group(2) == "1"
    )
    assert post(client, f"/admin/regels/{second.id}/verwijderen", token).status_code == 303
    assert route_west_afval(container) == "wr-overvecht"
    assert [r.action for r in audit_rows(container, "rule.move")] == ["rule.move"]


def test_rule_form_explains_a_missing_target(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    response = post(
        client, "/admin/regels", token, target="", theme="afval", area_kind="wijk", area="WK999999"
    )
    assert response.status_code == 400
    assert (
        "Kies naar wie de melding gaat." in response.text
        and "Kies een wijk uit de lijst." in response.text
    )


def test_editing_a_rule_changes_its_target_and_audits_before_and_after(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    pytest.importorskip("routing.rules")
    token = login(client, users["admin"])
    post(
        client,
        "/admin/regels",
        token,
        target="coordinator:wr-noordwest",
        theme="afval",
        area_kind="wijk",
        area=WEST,
        position="1",
    )
    with container.session_factory() as db:
        rule = db.scalar(select(RoutingRuleRow).where(RoutingRuleRow.position == 1))
    form = client.get("/admin/regels", params={"bewerk": rule.id}).text
    assert (
        f'action="/admin/regels/{rule.id}"' in form
        and 'value="coordinator:wr-noordwest" selected' in form
    )
    response = post(
        client,
        f"/admin/regels/{rule.id}",
        token,
        target="coordinator:wr-overvecht",
        theme="afval",
        area_kind="wijk",
        area=WEST,
        note="tijdelijk",
    )
    assert response.status_code == 303
    assert route_west_afval(container) == "wr-overvecht"
    (row,) = audit_rows(container, "rule.update")
    assert "wr-noordwest" in str(row.detail) and "wr-overvecht" in str(row.detail)


def test_opening_period_delete_and_user_role_change(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    with container.session_factory() as db:
        period = db.scalars(select(OpeningHoursRow)).first()
        before = len(container.config.opening_hours)
        coordinator = db.scalar(select(UserRow).where(UserRow.username == "wr-noordwest"))
    assert (
        post(client, f"/admin/openingstijden/tijden/{period.id}/verwijderen", token).status_code
        == 303
    )
    assert len(container.config.opening_hours) == before - 1
    assert (
        post(
            client,
            f"/admin/gebruikers/{coordinator.id}/rol",
            token,
            role="admin",
            coordinator_id="",
        ).status_code
        == 303
    )
    with container.session_factory() as db:
        assert db.get(UserRow, coordinator.id).role == "admin"
    me = users["admin"]
    with container.session_factory() as db:
        my_id = db.scalar(select(UserRow.id).where(UserRow.username == me.username))
    refused = post(client, f"/admin/gebruikers/{my_id}/actief", token, active="nee")
    assert refused.status_code == 303
    assert (
        "U kunt uw eigen account niet uitschakelen" in client.get(refused.headers["location"]).text
    )
    assert [r.action for r in audit_rows(container, "user.role")] == ["user.role"]


def test_a_coordinator_leaves_service_only_when_no_rule_sends_to_them(
    client: TestClient, users: dict[str, Login], container: Any
) -> None:
    token = login(client, users["admin"])
    with container.session_factory() as db:
        rules = list(
            db.scalars(select(RoutingRuleRow).where(RoutingRuleRow.target_id == "wr-west"))
        )
    assert rules, "the Utrecht demo routes West to wr-west"
    refused = post(client, "/admin/wijkregisseurs/wr-west/actief", token, active="nee")
    assert "pas eerst regel" in client.get(refused.headers["location"]).text
    assert container.config.coordinator("wr-west") is not None
    for rule in rules:
        post(
            client,
            f"/admin/regels/{rule.id}",
            token,
            target="coordinator:wr-noordwest",
            theme=rule.theme or "",
            area_kind=rule.area_kind or "",
            area=rule.area or "",
        )
    assert (
        post(client, "/admin/wijkregisseurs/wr-west/actief", token, active="nee").status_code == 303
    )
    assert container.config.coordinator("wr-west") is None  # no new cases for them
    assert "(uit dienst)" in client.get("/admin/wijkregisseurs").text
    assert [r.action for r in audit_rows(container, "coordinator.deactivate")] == [
        "coordinator.deactivate"
    ]


def test_the_matrix_above_covers_every_admin_route(app: Any) -> None:
    from fastapi.routing import APIRoute

    listed = {("GET", p.split("?")[0]) for p in ADMIN_PAGES} | {("POST", p) for p in ADMIN_FORMS}
    for route in app.routes:
        if not isinstance(route, APIRoute) or not route.path.startswith("/admin"):
            continue
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", route.path) + "$")
        for method in route.methods or ():
            assert any(m == method and pattern.match(p) for m, p in listed), (method, route.path)
