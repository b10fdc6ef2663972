"""The dialogue engine: one conversation flow for every channel (Telegram, web, terminal).

`DialogueEngine.run(turn)` reads what the resident did and the stored conversation state, and
fills `turn.replies`. Order of concerns, on every input:
1. unsupported content gets a polite answer;
2. an emergency gets 112 first, in any state;
3. first contact gets the greeting;
4. commands (status, privacy, vergeet mij, help) work in any state;
5. buttons, shared locations and photos answer the question that was asked;
6. text is routed by state: an answer to the open question, or a fresh question/report.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from core.config import MunicipalityConfig
from core.domain import Case, CaseStatus, Direction
from core.intake import Intake, location_to_dict, new_draft
from core.ports import Analysis, Analyzer
from core.safety import looks_like_emergency
from core.texts import status_name, text, unsupported_name
from core.turn import Turn

log = logging.getLogger(__name__)

ANALYSIS_CHARS = 2000  # longer messages are stored whole, analysed by their beginning
LONG_MESSAGE_CHARS = 4000
NOT_UNDERSTOOD_CONFIDENCE = 0.30
NEW_SUBJECT_WORDS = 6  # a confident message of another theme this long starts a new report
_FOLLOW_UP_STATUSES = {CaseStatus.WAITING, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_ON_RESIDENT}

_COMMANDS: dict[str, str] = {
    "/start": "start", "start": "start", "/help": "help", "help": "help", "hulp": "help",
    "menu": "help", "/status": "status", "status": "status", "mijn meldingen": "status",
    "my reports": "status", "/privacy": "privacy", "privacy": "privacy", "/vergeet": "forget",
    "vergeet mij": "forget", "vergeet me": "forget", "forget me": "forget",
    "delete my data": "forget", "wis mijn gegevens": "forget", "annuleer": "cancel",
    "annuleren": "cancel", "cancel": "cancel", "stop": "cancel",
}
_YES = {"ja", "yes", "jazeker", "klopt", "ok", "oké", "oke", "goed", "prima", "j", "y", "graag", "yes please"}
_NO = {"nee", "no", "neen", "niet", "n", "nope", "nee hoor", "nee bedankt", "no thanks"}
_GREETING = re.compile(r"^(hallo|hoi|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|dag|good (morning|evening|afternoon))\b[\s!.,]*$", re.I)
_THANKS = re.compile(r"^(dank( je| u)?( wel)?|bedankt|thanks?( you)?|top|super|fijn)\b[\s!.,]*$", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).strip(" .!?")


class DialogueEngine:
    def __init__(
        self,
        config: MunicipalityConfig,
        analyzer: Analyzer,
        intake: Intake,
        retention_days: int = 365,
    ) -> None:
        self.config = config
        self.analyzer = analyzer
        self.intake = intake
        self.retention_days = retention_days

    # --- the turn ----------------------------------------------------------------------------

    def run(self, turn: Turn) -> None:
        inbound = turn.inbound
        if inbound.unsupported:
            self._unsupported(turn, inbound.unsupported)
            return
        text = (inbound.text or "").strip()
        if text:
            turn.analysis = self.analyze(text, turn.lang)
            self._update_language(turn, text, turn.analysis)
            if turn.analysis.urgent:
                self._urgent(turn, text)
                return
        command = _COMMANDS.get(normalise(text)) if text else None
        if inbound.lang_hint and turn.state == "new" and (not text or command in ("start", "help")):
            turn.conversation.lang = "en" if inbound.lang_hint.lower().startswith("en") else "nl"
        if turn.state == "new":
            turn.goto("idle", {})
            turn.say("greeting", municipality=self.config.name)
            if command in ("start", "help") or _GREETING.match(text) or not (text or inbound.button or inbound.point or inbound.attachment):
                return
        if command:
            self._command(turn, command)
        elif inbound.button:
            self._button(turn, inbound.button)
        elif inbound.point:
            self._point(turn)
        elif inbound.attachment:
            self._photo(turn, text)
        elif not text:
            turn.say("empty")
        else:
            self._text(turn, text)

    def analyze(self, text: str, lang: str) -> Analysis:
        try:
            return self.analyzer.analyze(text[:ANALYSIS_CHARS])
        except Exception:  # a failing classifier never loses a message
            log.exception("analyzer failed; using the safety net")
            return Analysis(theme="overig", confidence=0.0, scores={}, urgent=looks_like_emergency(text),
                            lang=lang, needs_confirmation=True)

    # --- emergencies, commands, unsupported ------------------------------------------------

    def _urgent(self, turn: Turn, text: str) -> None:
        turn.say("urgent")
        if turn.analysis is not None and turn.analysis.urgent_reason == "suicide":
            turn.say("suicide_line")  # 113 as well: someone to talk to, also for a worried friend
        if turn.state == "new":
            turn.goto("idle", {})
        draft = new_draft(text, turn.analysis, [*self._earlier_unhandled(turn), turn.message_id])
        draft["urgent"] = True
        turn.goto("urgent_offer", draft)
        turn.say("urgent_offer", buttons=turn.yes_no("urgent", "btn_yes_record", "btn_no_thanks"))

    def _unsupported(self, turn: Turn, kind: str) -> None:
        if kind == "group":
            turn.say("group_chat")
            return
        if kind in _PHOTO_PROBLEMS:
            turn.say(kind)
            return
        if turn.state == "new":
            turn.goto("idle", {})
            turn.say("greeting", municipality=self.config.name)
        turn.say("unsupported", what=unsupported_name(kind, turn.lang))

    def _command(self, turn: Turn, command: str) -> None:
        handlers: dict[str, Callable[[Turn], None]] = {
            "start": lambda t: t.say("greeting_reply"),
            "help": lambda t: t.say("help", title=self.config.coordinator_title),
            "privacy": lambda t: t.say("privacy", days=self.retention_days),
            "status": self._status,
            "forget": self._ask_forget,
            "cancel": self._cancel,
        }
        handlers[command](turn)

    def _status(self, turn: Turn) -> None:
        cases = turn.uow.cases.for_resident(int(turn.resident.id or 0))
        if not cases:
            turn.say("status_none")
            return
        lines = [text("status_header", turn.lang)]
        for case in sorted(cases, key=lambda c: c.created_at, reverse=True)[:10]:
            lines.append(text("status_line", turn.lang, reference=case.reference,
                              theme=self.intake.theme_name(case.theme, turn.lang),
                              status=status_name(case.status.value, turn.lang)))
        turn.say_text("\n".join(lines))

    def _ask_forget(self, turn: Turn) -> None:
        turn.goto("confirm_forget")
        turn.say("forget_confirm", buttons=turn.yes_no("forget", "btn_forget_yes", "btn_no"))

    def _cancel(self, turn: Turn) -> None:
        turn.goto("idle", {})
        turn.say("cancelled")

    # --- buttons ---------------------------------------------------------------------------------

    def _button(self, turn: Turn, value: str) -> None:
        kind, _, arg = value.partition(":")
        handler = {
            "theme": self.intake.on_theme, "wijk": self.intake.on_wijk, "edit": self.intake.on_edit,
            "summary": self._on_summary, "faq": self._on_faq_feedback, "handoff": self._on_handoff,
            "urgent": self._on_urgent_record, "forget": self._on_forget, "new": self._on_new,
        }.get(kind)
        if handler is None:  # not one of ours: treat what the channel sent as typed text
            self._text(turn, value)
        elif not self._button_fits_state(turn, kind):
            turn.say("stale_button")
        else:
            handler(turn, arg)

    def _button_fits_state(self, turn: Turn, kind: str) -> bool:
        expected = {
            "theme": {"confirm_theme"}, "wijk": {"ask_location"}, "edit": {"confirm_summary"},
            "summary": {"confirm_summary"}, "faq": {"faq_feedback"}, "handoff": {"offer_handoff"},
            "urgent": {"urgent_offer"}, "forget": {"confirm_forget"}, "new": {"idle"},
        }
        return turn.state in expected.get(kind, set())

    def _on_summary(self, turn: Turn, answer: str) -> None:
        if answer == "yes":
            self.intake.hand_off(turn, turn.inbound.now)
        else:
            turn.say("summary_edit", buttons=(turn.button("btn_edit_theme", "edit:theme"),
                                             turn.button("btn_edit_location", "edit:location"),
                                             turn.button("btn_cancel", "edit:cancel")))

    def _on_faq_feedback(self, turn: Turn, answer: str) -> None:
        slug = turn.draft.get("faq")
        if slug:
            turn.uow.insights.record_faq_feedback(str(slug), answer == "yes", turn.inbound.now)
        if answer == "yes":
            turn.goto("idle", {})
            turn.say("faq_thanks")
        else:
            turn.goto("offer_handoff")
            turn.say("faq_offer_handoff", buttons=turn.yes_no("handoff", "btn_handoff", "btn_no_thanks"))

    def _on_handoff(self, turn: Turn, answer: str) -> None:
        if answer != "yes":
            turn.goto("idle", {})
            turn.say("handoff_declined")
            return
        draft = turn.draft
        draft["needs_confirmation"] = draft.get("theme") in (None, "overig") or draft.get("needs_confirmation", True)
        turn.goto("intake", draft)
        if draft.get("location") is None:
            self.intake.take_location_from_text(turn, str(draft.get("text", "")))
        self.intake.advance(turn)

    def _on_urgent_record(self, turn: Turn, answer: str) -> None:
        if answer == "yes":
            draft = turn.draft
            turn.goto("intake", draft)
            self.intake.take_location_from_text(turn, str(draft.get("text", "")))
            self.intake.advance(turn)
        else:
            turn.goto("idle", {})
            turn.say("cancelled")

    def _on_forget(self, turn: Turn, answer: str) -> None:
        if answer == "yes":
            resident_id = int(turn.resident.id or 0)
            turn.files_to_delete = turn.uow.messages.attachments_for_resident(resident_id)
            turn.uow.residents.forget(resident_id)
            turn.forgotten = True
            turn.say("forgotten")
        else:
            turn.goto("idle", {})
            turn.say("forget_kept")

    def _on_new(self, turn: Turn, _: str) -> None:
        turn.goto("new_report", {})
        turn.say("greeting_reply")

    # --- locations and photos ---------------------------------------------------------------

    def _point(self, turn: Turn) -> None:
        point = turn.inbound.point
        assert point is not None
        if turn.state in ("ask_location", "intake", "confirm_summary"):
            self.intake.on_point(turn, point)
            return
        draft = new_draft("", None, [turn.message_id])
        turn.goto("await_report", draft)
        location = self.intake.locator.from_point(point)
        if location is not None and location.outside is None:
            draft["location"] = location_to_dict(location)
        turn.say("location_alone")

    def _photo(self, turn: Turn, caption: str) -> None:
        if turn.state in ("intake", "ask_location", "ask_details", "confirm_theme", "confirm_summary", "await_report"):
            turn.draft.setdefault("message_ids", []).append(turn.message_id)
            if caption:
                self.intake.append_text(turn, caption, turn.message_id)
            turn.say("photo_added")
            return
        case = self._open_case(turn)
        if case is not None:
            turn.uow.messages.attach_to_case([turn.message_id], int(case.id or 0))
            turn.case_id = case.id
            turn.say("photo_added")
            return
        if caption:
            self._text(turn, caption)
            turn.draft.setdefault("message_ids", []).append(turn.message_id)
            return
        turn.goto("await_report", new_draft("", None, [turn.message_id]))
        turn.say("photo_alone")

    # --- text -------------------------------------------------------------------------------------

    def _text(self, turn: Turn, text: str) -> None:
        yes_no = _yes_no(text)
        state = turn.state
        if state in _YES_NO_STATES and yes_no is not None:
            self._button(turn, f"{_YES_NO_STATES[state]}:{yes_no}")
        elif state == "ask_location" and not self._asks_a_new_question(turn):
            self.intake.on_location_text(turn, text)
        elif state == "ask_details":
            self.intake.on_details(turn, text, turn.message_id)
        elif state == "confirm_theme":
            self._theme_answer(turn, text)
        elif state == "confirm_summary":  # more details instead of yes/no: add them, summarise again
            self.intake.on_details(turn, text, turn.message_id)
        elif state == "await_report":
            self._fresh(turn, text, keep=turn.draft)
        else:
            self._fresh(turn, text, follow_up=state == "idle")

    def _fresh(self, turn: Turn, text: str, follow_up: bool = False, keep: dict | None = None) -> None:
        analysis = turn.analysis or self.analyze(text, turn.lang)
        if len(text) > LONG_MESSAGE_CHARS:
            turn.say("too_long")
        if _GREETING.match(text):
            turn.goto("idle", {})
            turn.say("greeting_reply")
            return
        if _THANKS.match(text):
            turn.goto("idle", {})
            turn.say("thanks_reply")
            return
        asks_faq = analysis.faq is not None
        if follow_up and self._is_follow_up(text, analysis, self._open_case(turn)):
            self._add_to_open_case(turn)
            return
        message_ids = [*self._earlier_unhandled(turn), turn.message_id, *((keep or {}).get("message_ids", []))]
        understood = bool(_WORD.search(text)) and (
            asks_faq or analysis.theme != "overig" or analysis.confidence >= NOT_UNDERSTOOD_CONFIDENCE
        )
        turn.uow.insights.record_analysis(turn.message_id, analysis, understood, turn.inbound.now)
        if asks_faq:
            self._answer_faq(turn, text, analysis, message_ids)
        elif not understood:
            turn.goto("idle", {})
            turn.say("not_understood")
        elif analysis.theme == "overig":
            self._out_of_scope(turn, text, analysis, message_ids)
        else:
            if analysis.acute:
                turn.say("acute")
            self.intake.start(turn, text, analysis, message_ids, (keep or {}).get("location"))

    def _out_of_scope(self, turn: Turn, text: str, analysis: Analysis, message_ids: list[int]) -> None:
        turn.goto("offer_handoff", new_draft(text, analysis, message_ids))
        url = self.config.contact_url
        suffix = (f" of kijk op {url}" if turn.lang == "nl" else f" or see {url}") if url else ""
        turn.say("out_of_scope", buttons=turn.yes_no("handoff", "btn_handoff", "btn_no_thanks"),
                 municipality=self.config.name, phone=self.config.contact_phone, url=suffix)

    def _answer_faq(self, turn: Turn, text: str, analysis: Analysis, message_ids: list[int]) -> None:
        entry = turn.uow.faq.get(str(analysis.faq))
        if entry is None:
            self.intake.start(turn, text, analysis, message_ids)
            return
        answer = entry.answer_en if turn.lang == "en" and entry.answer_en else entry.answer_nl
        draft = new_draft(text, analysis, message_ids)
        draft["faq"] = entry.slug
        draft["theme"] = entry.theme
        turn.goto("faq_feedback", draft)
        turn.say_text(answer)
        turn.say("faq_helpful", buttons=turn.yes_no("faq"))

    @staticmethod
    def _is_follow_up(text: str, analysis: Analysis, case: Case | None) -> bool:
        """Does this message belong to the resident's open case, or is it something new?"""
        if case is None:
            return False
        if analysis.faq is not None and analysis.is_question:
            return False  # a question the knowledge base answers
        new_subject = (
            not analysis.needs_confirmation
            and analysis.theme not in (case.theme, "overig")
            and len(_WORD.findall(text)) >= NEW_SUBJECT_WORDS
        )
        return not new_subject

    def _asks_a_new_question(self, turn: Turn) -> bool:
        analysis = turn.analysis
        return bool(analysis and analysis.faq and analysis.is_question)

    def _theme_answer(self, turn: Turn, text: str) -> None:
        analysis = turn.analysis
        slug = self._theme_from_text(text)
        if slug is None and analysis and not analysis.needs_confirmation and analysis.theme != "overig":
            slug = analysis.theme
        if slug is not None:
            self.intake.on_theme(turn, slug)
        else:  # still unsure: keep what they said and ask again
            self.intake.append_text(turn, text, turn.message_id)
            self.intake.advance(turn)

    def _add_to_open_case(self, turn: Turn) -> None:
        case = self._open_case(turn)
        assert case is not None and case.id is not None
        turn.uow.messages.attach_to_case([turn.message_id], case.id)
        turn.case_id = case.id
        if case.status == CaseStatus.WAITING_ON_RESIDENT:
            case.transition(CaseStatus.IN_PROGRESS, turn.inbound.now)
            turn.uow.cases.update(case)
            turn.say("resident_reply_to_case", reference=case.reference)
        else:
            turn.say("added_to_case", reference=case.reference,
                     buttons=(turn.button("btn_new_report", "new:report"),))

    def _open_case(self, turn: Turn) -> Case | None:
        cases = [c for c in turn.uow.cases.for_resident(int(turn.resident.id or 0)) if c.status in _FOLLOW_UP_STATUSES]
        return max(cases, key=lambda c: c.updated_at) if cases else None

    def _earlier_unhandled(self, turn: Turn) -> list[int]:
        """Messages stored but never answered (e.g. the process died): kept with the next report."""
        return [
            m.id for m in turn.uow.messages.for_resident(int(turn.resident.id or 0))
            if m.direction == Direction.IN and m.handled_at is None and m.id != turn.message_id
            and m.case_id is None and m.id is not None
        ]

    def _theme_from_text(self, text: str) -> str | None:
        """A theme the resident named ("afval", "het gaat om verkeer", "Nuisance")."""
        wanted = f" {normalise(text)} "
        for theme in self.config.themes:
            names = {theme.slug, theme.name_nl.lower(), theme.name_en.lower()}
            if any(f" {name} " in wanted for name in names):
                return theme.slug
        return None

    @staticmethod
    def _update_language(turn: Turn, text: str, analysis: Analysis) -> None:
        if len(_WORD.findall(text)) >= 3 and analysis.lang in ("nl", "en"):
            turn.conversation.lang = analysis.lang
            turn.resident.lang = analysis.lang


_PHOTO_PROBLEMS = {"photo_too_large", "photo_type", "photo_failed"}
_YES_NO_STATES = {
    "confirm_summary": "summary", "faq_feedback": "faq", "offer_handoff": "handoff",
    "urgent_offer": "urgent", "confirm_forget": "forget",
}


def _yes_no(text: str) -> str | None:
    word = normalise(text)
    if word in _YES:
        return "yes"
    if word in _NO:
        return "no"
    return None
