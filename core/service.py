"""Use cases: what channels and the inbox call. Transactions are drawn here, nowhere else.

`Assistant.handle` stores the resident's input in its own committed transaction *before* anything
that can fail (analysis, routing, replies); the dialogue step then runs in a second transaction.
If that step fails, the message stays stored (unhandled) and is picked up with the resident's next
report, and the resident gets a clear answer that still points to 112.
"""

from __future__ import annotations

import logging
from datetime import datetime

from core.config import MunicipalityConfig
from core.dialogue import DialogueEngine
from core.domain import (
    CaseStatus,
    Direction,
    DomainError,
    Message,
    OutboxItem,
    Resident,
)
from core.intake import Intake
from core.messages import Inbound, Reply
from core.ports import (
    Analyzer,
    Conversation,
    FileStore,
    HandoffPlanner,
    Locator,
    Router,
    Schedule,
    UnitOfWork,
    UnitOfWorkFactory,
)
from core.safety import looks_like_emergency
from core.texts import text
from core.turn import Turn

log = logging.getLogger(__name__)

MAX_STORED_CHARS = 20_000


def _inbound_text(inbound: Inbound) -> tuple[str, str]:
    """(kind, text) of what the resident did, for the transcript."""
    if inbound.unsupported:
        return inbound.unsupported, ""
    if inbound.attachment:
        return inbound.attachment.kind, (inbound.text or "")[:MAX_STORED_CHARS]
    if inbound.point:
        return "location", f"{inbound.point.lat:.6f},{inbound.point.lon:.6f}"
    if inbound.button and not inbound.text:
        return "button", inbound.button
    return "text", (inbound.text or "")[:MAX_STORED_CHARS]


class Assistant:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        analyzer: Analyzer,
        locator: Locator,
        router: Router,
        schedule: Schedule,
        planner: HandoffPlanner,
        config: MunicipalityConfig,
        retention_days: int = 365,
        files: FileStore | None = None,
    ) -> None:
        self.uow_factory = uow_factory
        self.files = files
        self.intake = Intake(config, locator, router, schedule, planner)
        self.engine = DialogueEngine(config, analyzer, self.intake, retention_days)

    @property
    def config(self) -> MunicipalityConfig:
        return self.engine.config

    def reconfigure(self, config: MunicipalityConfig, locator: Locator | None = None,
                    router: Router | None = None, schedule: Schedule | None = None,
                    planner: HandoffPlanner | None = None) -> None:
        """Use edited configuration (admin changes) from the next message on."""
        self.engine.config = config
        self.intake.config = config
        self.intake.locator = locator or self.intake.locator
        self.intake.router = router or self.intake.router
        self.intake.schedule = schedule or self.intake.schedule
        self.intake.planner = planner or self.intake.planner

    # --- the resident writes ----------------------------------------------------------------

    def handle(self, inbound: Inbound) -> list[Reply]:
        """Answer one resident input. Never raises; a duplicate input gets no replies."""
        try:
            stored = self._store_inbound(inbound)
        except Exception:
            log.exception("could not store inbound message (channel=%s)", inbound.channel.value)
            return self._apology(inbound, "error_unsaved")
        if stored is None:
            log.info("duplicate input ignored (channel=%s)", inbound.channel.value)
            return []
        try:
            return self._respond(inbound, *stored)
        except Exception:
            log.exception("dialogue step failed; message %s kept unhandled", stored[1])
            return self._apology(inbound, "error", stored[2])

    def _store_inbound(self, inbound: Inbound) -> tuple[int, int, str] | None:
        with self.uow_factory() as uow:
            if inbound.external_id and uow.messages.seen_external(inbound.channel, inbound.external_id):
                return None
            resident = uow.residents.get_by_ref(inbound.channel, inbound.resident_ref)
            if resident is None:
                resident = uow.residents.add(
                    Resident(None, inbound.channel, inbound.resident_ref, inbound.now)
                )
            kind, body = _inbound_text(inbound)
            message = uow.messages.add(Message(
                id=None, resident_id=int(resident.id or 0), direction=Direction.IN, text=body,
                created_at=inbound.now, channel=inbound.channel, external_id=inbound.external_id,
                kind=kind,
                attachment_path=inbound.attachment.path if inbound.attachment else None,
                attachment_type=inbound.attachment.content_type if inbound.attachment else None,
                attachment_size=inbound.attachment.size if inbound.attachment else None,
            ))
            try:
                uow.commit()
            except Exception:
                if inbound.external_id and self._is_duplicate(inbound):
                    return None
                raise
            return int(resident.id or 0), int(message.id or 0), resident.lang

    def _is_duplicate(self, inbound: Inbound) -> bool:
        with self.uow_factory() as uow:
            return uow.messages.seen_external(inbound.channel, inbound.external_id or "")

    def _respond(self, inbound: Inbound, resident_id: int, message_id: int, _: str) -> list[Reply]:
        with self.uow_factory() as uow:
            resident = uow.residents.get(resident_id)
            if resident is None:  # deleted between the two transactions
                return []
            conversation = uow.conversations.get(resident_id) or Conversation(resident_id, lang=resident.lang)
            turn = Turn(uow, resident, conversation, inbound, message_id)
            self.engine.run(turn)
            if not turn.forgotten:
                self._save_turn(uow, turn)
            uow.commit()
        if turn.files_to_delete and self.files is not None:
            self.files.delete(turn.files_to_delete)
        return turn.replies

    def _save_turn(self, uow: UnitOfWork, turn: Turn) -> None:
        now = turn.inbound.now
        turn.conversation.updated_at = now
        uow.conversations.save(turn.conversation)
        uow.residents.update(turn.resident)
        uow.messages.mark_handled(turn.message_id, now)
        for reply in turn.replies:
            uow.messages.add(Message(
                id=None, resident_id=int(turn.resident.id or 0), direction=Direction.OUT,
                text=reply.text, created_at=now, channel=turn.inbound.channel, case_id=turn.case_id,
                handled_at=now, delivered_at=now,
            ))

    @staticmethod
    def _apology(inbound: Inbound, key: str, lang: str = "nl") -> list[Reply]:
        replies = []
        if looks_like_emergency(inbound.text):
            replies.append(Reply(text("urgent", lang)))
        replies.append(Reply(text(key, lang)))
        return replies

    # --- staff write back -----------------------------------------------------------------------

    def reply_to_resident(self, case_id: int, author: str, body: str, now: datetime,
                          ask_resident: bool = False) -> Message:
        """Store a coordinator's reply and queue its delivery on the resident's own channel."""
        with self.uow_factory() as uow:
            case = uow.cases.get(case_id)
            if case is None:
                raise DomainError(f"no case {case_id}")
            resident = uow.residents.get(case.resident_id)
            if resident is None:
                raise DomainError(f"the resident of {case.reference} deleted their data")
            if ask_resident:
                case.transition(CaseStatus.WAITING_ON_RESIDENT, now)
                uow.cases.update(case)
            message = uow.messages.add(Message(
                id=None, resident_id=resident.id or 0, direction=Direction.STAFF, text=body,
                created_at=now, channel=case.channel, case_id=case_id, author=author,
            ))
            uow.outbox.add(OutboxItem(
                id=None, kind="deliver_to_resident", created_at=now, due_at=now,
                dedupe_key=f"deliver:{message.id}",
                payload={"message_id": message.id, "channel": case.channel.value,
                         "resident_ref": resident.external_ref, "case_reference": case.reference,
                         "lang": resident.lang},
            ))
            uow.commit()
            return message
