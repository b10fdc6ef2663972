"""Report intake: confirm the theme, find the place, ask for details, summarise, hand off.

The draft of a report lives in the conversation (`Conversation.draft`), so every step survives a
restart. Each step asks for exactly one missing thing; `advance` picks the next one.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from core import texts
from core.config import MunicipalityConfig
from core.domain import Case, CaseStatus, GeoPoint, Location
from core.messages import Button
from core.ports import Analysis, HandoffPlanner, Locator, Router, Schedule
from core.turn import Turn

SHORT_REPORT_WORDS = 5  # fewer words than this: ask one follow-up for details
SUMMARY_CHARS = 280


def new_draft(text: str, analysis: Analysis | None, message_ids: list[int]) -> dict[str, Any]:
    scores = dict(analysis.scores) if analysis else {}
    return {
        "text": text,
        "theme": analysis.theme if analysis else None,
        "confidence": analysis.confidence if analysis else 0.0,
        "scores": scores,
        "needs_confirmation": analysis.needs_confirmation if analysis else True,
        "urgent": analysis.urgent if analysis else False,
        "theme_confirmed": False,
        "details_asked": False,
        "location": None,
        "message_ids": list(message_ids),
    }


def location_to_dict(location: Location) -> dict[str, Any]:
    return dataclasses.asdict(location)


def location_from_dict(data: dict[str, Any] | None) -> Location | None:
    if not data:
        return None
    point = data.get("point")
    return Location(**{**data, "point": GeoPoint(**point) if point else None})


def top_themes(scores: dict[str, float], n: int = 2) -> list[str]:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    return [slug for slug, _ in ranked if slug != "overig"][:n]


class Intake:
    def __init__(
        self,
        config: MunicipalityConfig,
        locator: Locator,
        router: Router,
        schedule: Schedule,
        planner: HandoffPlanner,
    ) -> None:
        self.config = config
        self.locator = locator
        self.router = router
        self.schedule = schedule
        self.planner = planner

    # --- entry points ------------------------------------------------------------------

    def start(self, turn: Turn, text: str, analysis: Analysis | None, message_ids: list[int],
              location: dict[str, Any] | None = None) -> None:
        """Begin a report; `location` is a place the resident already shared (a point)."""
        draft = new_draft(text, analysis, message_ids)
        turn.goto("intake", draft)
        if location is not None:
            draft["location"] = location
        else:
            self.take_location_from_text(turn, text)
        self.advance(turn)

    def advance(self, turn: Turn) -> None:
        draft = turn.draft
        if not draft.get("theme") or (draft.get("needs_confirmation") and not draft.get("theme_confirmed")):
            self._ask_theme(turn)
        elif draft.get("location") is None:
            self._ask_location(turn, "ask_location")
        elif len(str(draft.get("text", "")).split()) < SHORT_REPORT_WORDS and not draft.get("details_asked"):
            draft["details_asked"] = True
            turn.goto("ask_details")
            turn.say("ask_details")
        else:
            self._summarise(turn)

    # --- answers to the questions --------------------------------------------------------

    def on_theme(self, turn: Turn, value: str) -> None:
        if value == "other":
            turn.goto("confirm_theme")
            turn.say("choose_theme", buttons=self._all_theme_buttons(turn))
            return
        if self.config.theme(value) is None and value not in turn.draft.get("scores", {}):
            turn.say("choose_theme", buttons=self._all_theme_buttons(turn))
            return
        turn.draft["theme"] = value
        turn.draft["theme_confirmed"] = True
        self.advance(turn)

    def on_location_text(self, turn: Turn, text: str) -> None:
        if self.take_location_from_text(turn, text, announce_unknown=True):
            self.advance(turn)

    def on_point(self, turn: Turn, point: GeoPoint) -> None:
        location = self.locator.from_point(point)
        if location is None:
            location = Location(kind="point", text=f"{point.lat:.5f}, {point.lon:.5f}", point=point)
        self._accept_location(turn, location)

    def on_wijk(self, turn: Turn, code: str) -> None:
        wijk = self.locator.wijk_by_code(code)
        if wijk is None:
            self._ask_location(turn, "location_unknown")
            return
        self._accept_location(turn, Location(kind="choice", text=wijk.name, wijk=wijk.code))

    def on_details(self, turn: Turn, text: str, message_id: int) -> None:
        self.append_text(turn, text, message_id)
        if turn.draft.get("location") is None:
            self.take_location_from_text(turn, text)
        self.advance(turn)

    def on_edit(self, turn: Turn, what: str) -> None:
        if what == "theme":
            turn.draft["theme_confirmed"] = False
            turn.draft["needs_confirmation"] = True
            self._ask_theme(turn)
        elif what == "location":
            turn.draft["location"] = None
            self._ask_location(turn, "ask_location")
        else:
            turn.goto("idle", {})
            turn.say("cancelled")

    @staticmethod
    def append_text(turn: Turn, text: str, message_id: int) -> None:
        draft = turn.draft
        draft["text"] = f"{draft.get('text', '')}\n{text}".strip()
        draft.setdefault("message_ids", []).append(message_id)

    # --- steps -----------------------------------------------------------------------------

    def _ask_theme(self, turn: Turn) -> None:
        candidates = top_themes(turn.draft.get("scores", {}))
        if turn.draft.get("theme") and turn.draft["theme"] not in candidates:
            candidates = [turn.draft["theme"], *candidates][:2]
        buttons = tuple(Button(self.theme_name(slug, turn.lang), f"theme:{slug}") for slug in candidates)
        turn.goto("confirm_theme")
        turn.say("confirm_theme", buttons=(*buttons, turn.button("btn_something_else", "theme:other")))

    def _ask_location(self, turn: Turn, key: str) -> None:
        turn.goto("ask_location")
        turn.say(key, buttons=self._wijk_buttons(), request_location=True)

    def take_location_from_text(self, turn: Turn, text: str, announce_unknown: bool = False) -> bool:
        location = self.locator.from_text(text)
        if location is None:
            if announce_unknown:
                self._ask_location(turn, "location_unknown")
            return False
        return self._accept_location(turn, location, advance=False)

    def _accept_location(self, turn: Turn, location: Location, advance: bool = True) -> bool:
        if location.outside is not None or (location.wijk is None and location.kind == "point"):
            other = location.outside or ""
            other_text = texts.text("location_outside_other", turn.lang, other=other) if other else ""
            turn.goto("ask_location")
            turn.say("location_outside", buttons=self._wijk_buttons(), request_location=True,
                     municipality=self.config.name, other=other_text)
            return False
        turn.draft["location"] = location_to_dict(location)
        if advance:
            self.advance(turn)
        return True

    def _summarise(self, turn: Turn) -> None:
        draft = turn.draft
        location = location_from_dict(draft.get("location"))
        message = str(draft.get("text", ""))
        if len(message) > SUMMARY_CHARS:
            message = message[: SUMMARY_CHARS - 1].rstrip() + "…"
        turn.goto("confirm_summary")
        turn.say(
            "summary",
            buttons=turn.yes_no("summary"),
            theme=self.theme_name(str(draft.get("theme")), turn.lang),
            place=self.place_name(location, turn.lang),
            message=message,
        )

    # --- hand-off ----------------------------------------------------------------------------

    def hand_off(self, turn: Turn, now: datetime) -> Case:
        draft = turn.draft
        location = location_from_dict(draft.get("location"))
        theme = str(draft.get("theme") or "overig")
        decision = self.router.route(theme, location, bool(draft.get("urgent")), turn.inbound.channel, now)
        case = Case(
            id=None,
            reference=turn.uow.cases.next_reference(now.year),
            theme=theme,
            urgent=bool(draft.get("urgent")),
            status=CaseStatus.BOT,
            channel=turn.inbound.channel,
            resident_id=int(turn.resident.id or 0),
            created_at=now,
            updated_at=now,
            summary=str(draft.get("text", ""))[:1000],
            confidence=float(draft.get("confidence") or 0.0),
            location=location,
            coordinator_id=decision.coordinator_id,
            routing_explanation=decision.explanation,
        )
        referral = decision.target_kind == "partner"
        case.transition(CaseStatus.REFERRED if referral else CaseStatus.WAITING, now)
        case = turn.uow.cases.add(case)
        assert case.id is not None
        turn.uow.cases.set_routing(case.id, decision)
        turn.uow.messages.attach_to_case([*draft.get("message_ids", []), turn.message_id], case.id)
        for item in self.planner.plan(case, decision, now):
            turn.uow.outbox.add(item)
        turn.case_id = case.id
        turn.goto("idle", {})
        if referral:
            partner = next((p for p in self.config.partners if p.id == decision.target_id), None)
            turn.say("referred", reference=case.reference, partner=partner.name if partner else decision.role,
                     contact=decision.partner_contact or (partner.contact if partner else self.config.contact_phone))
        else:
            turn.say("handed_off", reference=case.reference, role=_capitalise(decision.role),
                     when=self.pickup_phrase(now, decision.team, turn.lang))
        return case

    def pickup_phrase(self, now: datetime, team: str | None, lang: str) -> str:
        if self.schedule.is_open(now, team):
            return texts.text("when_now", lang)
        return self.schedule.describe_pickup(self.schedule.next_pickup(now, team), lang)

    # --- names ---------------------------------------------------------------------------------

    def theme_name(self, slug: str, lang: str) -> str:
        theme = self.config.theme(slug)
        if theme is None:
            return slug
        return theme.name_en if lang == "en" and theme.name_en else theme.name_nl

    def place_name(self, location: Location | None, lang: str) -> str:
        if location is None:
            return texts.text("no_place", lang)
        wijk = self.locator.wijk_by_code(location.wijk) if location.wijk else None
        if wijk and location.text.lower() != wijk.name.lower():
            return f"{location.text} ({wijk.name})"
        return location.text

    def _wijk_buttons(self) -> tuple[Button, ...]:
        return tuple(Button(w.name, f"wijk:{w.code}") for w in self.locator.wijken())

    def _all_theme_buttons(self, turn: Turn) -> tuple[Button, ...]:
        return tuple(
            Button(self.theme_name(t.slug, turn.lang), f"theme:{t.slug}")
            for t in self.config.themes
            if t.active
        )


def _capitalise(value: str) -> str:
    return value[:1].upper() + value[1:]


