"""Ordered routing rules (first match wins) and the theme × wijk coverage matrix."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from web.admin.common import (
    apply_changes,
    coordinator_names,
    done,
    models,
    page,
    partner_names,
    team_names,
    theme_names,
    wijk_names,
)
from web.admin.forms import Checked, check_rule
from web.deps import ContainerDep, DbSession
from web.security import AdminUser, CsrfChecked, audit

router = APIRouter(prefix="/admin/regels")

Text = Annotated[str, Form()]
RULE_FIELDS = (
    "target_kind",
    "target_id",
    "theme",
    "area_kind",
    "area",
    "urgent",
    "channel",
    "note",
)


@dataclass(frozen=True)
class CoverageCell:
    target: str  # who gets it, in words
    rule: int | None  # position of the matching rule; None: no rule matched (fallback)
    explanation: str


NO_WIJK_LABEL = "zonder wijk"


def coverage(config: Any) -> tuple[list[str], list[str], dict[tuple[str, str], CoverageCell]]:
    """Who receives an ordinary case of each theme in each wijk (routing.rules.coverage: the
    first rule without buurt, urgency or channel condition that matches), in words."""
    from routing.rules import coverage as rule_coverage

    matrix = rule_coverage(config)
    by_position = {rule.position: rule for rule in config.rules}
    cells: dict[tuple[str, str], CoverageCell] = {}
    for key, position in matrix.cells.items():
        rule = by_position.get(position) if position is not None else None
        if rule is None:
            cells[key] = CoverageCell("geen regel: algemeen nummer", None, "")
        else:
            cells[key] = CoverageCell(_target_label(config, rule), position, rule.note)
    return list(matrix.themes), list(matrix.wijken), cells


def _matrix_labels(db: Session) -> dict[str, str]:
    from routing.rules import NO_WIJK

    return {**wijk_names(db), NO_WIJK: NO_WIJK_LABEL}


def _target_label(config: Any, rule: Any) -> str:
    if rule.target_kind == "coordinator":
        person = config.coordinator(rule.target_id)
        return person.name if person else rule.target_id
    names = {t.id: t.name for t in config.teams} | {p.id: p.name for p in config.partners}
    return str(names.get(rule.target_id, rule.target_id))


def _rules(db: Session) -> list[Any]:
    m = models()
    return list(db.scalars(select(m.RoutingRuleRow).order_by(m.RoutingRuleRow.position)))


def _targets(db: Session) -> dict[str, dict[str, str]]:
    return {
        "coordinator": coordinator_names(db, active_only=True),
        "team": team_names(db),
        "partner": partner_names(db),
    }


def _page(
    request: Request,
    db: Session,
    container: Any,
    checked: Checked | None = None,
    edit: Any = None,
    status: int = 200,
) -> Response:
    themes, wijken, cells = coverage(container.config)
    context = {
        "rules": _rules(db),
        "targets": _targets(db),
        "theme_names": theme_names(db),
        "wijk_names": wijk_names(db),
        "matrix_labels": _matrix_labels(db),
        "values": checked.values if checked else _values_of(edit),
        "errors": checked.errors if checked else {},
        "edit": edit,
        "matrix_themes": themes,
        "matrix_wijken": wijken,
        "cells": cells,
    }
    return page(request, "rules.html", context, status_code=status)


def _values_of(rule: Any) -> dict[str, Any]:
    return {f: getattr(rule, f) for f in RULE_FIELDS} if rule is not None else {}


@router.get("", response_class=HTMLResponse)
def rules_page(
    request: Request,
    user: AdminUser,
    db: DbSession,
    container: ContainerDep,
    bewerk: int | None = None,
) -> Response:
    edit = db.get(models().RoutingRuleRow, bewerk) if bewerk else None
    return _page(request, db, container, edit=edit)


def _check(db: Session, form: dict[str, str]) -> Checked:
    return check_rule(form, _targets(db), theme_names(db), wijk_names(db))


def _renumber(db: Session, ordered: list[Any]) -> None:
    """Positions 1..n in this order (two steps, because positions are unique)."""
    for i, rule in enumerate(ordered):
        rule.position = -(i + 1)
    db.flush()
    for i, rule in enumerate(ordered):
        rule.position = i + 1
    db.flush()


class RuleForm(BaseModel):
    """The rule form's fields, as text (`check_rule` reads them); other fields are ignored."""

    target: str = ""
    theme: str = ""
    area_kind: str = ""
    area: str = ""
    urgent: str = ""
    channel: str = ""
    note: str = ""


class NewRuleForm(RuleForm):
    position: str = ""  # where to insert it (1 = first); empty or out of range: last


@router.post("", dependencies=[CsrfChecked])
def rule_add(
    request: Request,
    user: AdminUser,
    db: DbSession,
    container: ContainerDep,
    form: Annotated[NewRuleForm, Form()],
) -> Response:
    checked = _check(db, form.model_dump(exclude={"position"}))
    if not checked.ok:
        return _page(request, db, container, checked, status=400)
    rules = _rules(db)
    rule = models().RoutingRuleRow(
        position=len(rules) + 1, **{f: checked.values[f] for f in RULE_FIELDS}
    )
    db.add(rule)
    rules.insert(_index(form.position, len(rules)), rule)
    _renumber(db, rules)
    audit(
        db,
        user.actor,
        "rule.create",
        "routing_rule",
        rule.id,
        {"positie": rule.position, **checked.values},
    )
    db.commit()
    apply_changes(request)
    return done("/admin/regels", f"Regel {rule.position} toegevoegd")


def _index(position: str, count: int) -> int:
    """Where a new rule goes among `count` rules: position 1..count, else at the end."""
    return int(position) - 1 if position.isdigit() and 0 < int(position) <= count else count


def _get(db: Session, rule_id: int) -> Any:
    rule = db.get(models().RoutingRuleRow, rule_id)
    if rule is None:
        raise HTTPException(404, "Deze regel bestaat niet.")
    return rule


@router.post("/{rule_id}", dependencies=[CsrfChecked])
def rule_save(
    request: Request,
    rule_id: int,
    user: AdminUser,
    db: DbSession,
    container: ContainerDep,
    form: Annotated[RuleForm, Form()],
) -> Response:
    rule = _get(db, rule_id)
    checked = _check(db, form.model_dump())
    if not checked.ok:
        return _page(request, db, container, checked, edit=rule, status=400)
    before = _values_of(rule)
    for f in RULE_FIELDS:
        setattr(rule, f, checked.values[f])
    audit(
        db,
        user.actor,
        "rule.update",
        "routing_rule",
        rule.id,
        {
            f: {"was": before[f], "wordt": checked.values[f]}
            for f in RULE_FIELDS
            if before[f] != checked.values[f]
        },
    )
    db.commit()
    apply_changes(request)
    return done("/admin/regels", f"Regel {rule.position} opgeslagen")


@router.post("/{rule_id}/verplaats", dependencies=[CsrfChecked])
def rule_move(
    request: Request, rule_id: int, user: AdminUser, db: DbSession, richting: Text = ""
) -> Response:
    rule = _get(db, rule_id)
    rules = _rules(db)
    index = rules.index(rule)
    other = index - 1 if richting == "omhoog" else index + 1
    if richting not in ("omhoog", "omlaag") or not 0 <= other < len(rules):
        return done("/admin/regels", "Deze regel staat al bovenaan of onderaan")
    rules[index], rules[other] = rules[other], rules[index]
    old = rule.position
    _renumber(db, rules)
    audit(
        db, user.actor, "rule.move", "routing_rule", rule.id, {"was": old, "wordt": rule.position}
    )
    db.commit()
    apply_changes(request)
    return done("/admin/regels", f"Regel verplaatst naar plaats {rule.position}")


@router.post("/{rule_id}/verwijderen", dependencies=[CsrfChecked])
def rule_delete(request: Request, rule_id: int, user: AdminUser, db: DbSession) -> Response:
    rule = _get(db, rule_id)
    detail = {"positie": rule.position, **_values_of(rule)}
    db.delete(rule)
    db.flush()
    _renumber(db, _rules(db))
    audit(db, user.actor, "rule.delete", "routing_rule", rule_id, detail)
    db.commit()
    apply_changes(request)
    return done("/admin/regels", "Regel verwijderd")
