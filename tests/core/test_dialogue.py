"""Scripted transcripts through the dialogue engine: every branch of issue 2, item 3.

These run against in-memory fakes here (milliseconds); tests/test_dialogue_db.py runs the same
scripts on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.domain import CaseStatus, Channel, GeoPoint
from core.fakes import MemoryStore, MemoryUnitOfWorkFactory
from tests.core.chat import (
    CONFIG,
    FRIDAY_EVENING,
    TUESDAY_MORNING,
    Chat,
    fake_assistant,
    joined,
    values,
)


@pytest.fixture
def store() -> MemoryStore:
    store = MemoryStore()
    store.faq = {f.slug: f for f in CONFIG.faq}
    return store


@pytest.fixture
def chat(store: MemoryStore) -> Chat:
    return Chat(fake_assistant(MemoryUnitOfWorkFactory(store)))


def test_first_contact_greets_with_privacy_line(chat: Chat) -> None:
    replies = chat.send("/start")
    assert len(replies) == 1
    assert "wijkassistent" in replies[0].text and "privacy" in replies[0].text.lower()


def test_first_message_with_content_gets_greeting_then_answer(chat: Chat) -> None:
    replies = chat.send("er staat een auto al weken op de stoep in Overvecht")
    assert "wijkassistent" in replies[0].text
    assert "Klopt dit?" in replies[-1].text


def test_urgent_gets_112_first_in_any_state(chat: Chat) -> None:
    chat.send("/start")
    chat.send("er is herrie")  # now in intake, asked for the place
    replies = chat.send("er is brand in de flat!")
    assert "112" in replies[0].text
    assert values(replies) == ["urgent:yes", "urgent:no"]


def test_a_suicide_threat_gets_113_right_after_112(chat: Chat) -> None:
    replies = chat.send("mijn broer zegt dat hij zelfmoord wil plegen")
    assert "112" in replies[0].text
    assert "0800-0113" in replies[1].text
    assert "0800-0113" not in joined(chat.send("er is brand in de flat!"))


def test_urgent_on_first_contact_puts_112_before_greeting(chat: Chat) -> None:
    replies = chat.send("brand in de schuur naast ons")
    assert "112" in replies[0].text
    assert all("wijkassistent" not in r.text for r in replies)


def test_urgent_then_record_creates_urgent_case(chat: Chat, store: MemoryStore) -> None:
    chat.send("brand in de container bij de flat in Overvecht, het is al uit maar wel eng")
    chat.press("urgent:yes")
    replies = chat.press("summary:yes")
    assert "WB-2026-000001" in joined(replies)
    case = next(iter(store.cases.values()))
    assert case.urgent is True


def test_faq_helpful_yes(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    replies = chat.send("hoe vraag ik een parkeervergunning aan?")
    assert replies[0].text.startswith("U vraagt een parkeervergunning")
    assert replies[1].text == "Heeft dit geholpen?"
    assert values(replies) == ["faq:yes", "faq:no"]
    assert "Fijn" in joined(chat.press("faq:yes"))
    assert store.faq_feedback == [("parkeervergunning", True)]
    assert not store.cases


def test_faq_not_helpful_offers_handoff_and_hands_off(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("hoe vraag ik een parkeervergunning aan voor mijn bus in Overvecht?")
    replies = chat.send("nee")  # typed instead of pressed
    assert values(replies) == ["handoff:yes", "handoff:no"]
    chat.press("handoff:yes")
    replies = chat.press("summary:yes")
    assert "WB-2026-000001" in joined(replies)
    assert store.faq_feedback == [("parkeervergunning", False)]


def test_low_confidence_asks_to_confirm_theme(chat: Chat) -> None:
    chat.send("/start")
    replies = chat.send("misschien is het de container of een auto bij Lombok")
    assert "Waar gaat het vooral over?" in replies[-1].text
    buttons = values(replies)
    assert buttons[-1] == "theme:other" and len(buttons) == 3
    replies = chat.press("theme:other")
    assert "theme:overlast" in values(replies)
    replies = chat.press("theme:afval")
    assert "Onderwerp: Afval" in replies[-1].text and "West" in replies[-1].text


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("text", "Overvecht"),
        ("postcode", "3581"),
        ("point", "52."),
        ("button", "West"),
    ],
)
def test_location_given_each_way(chat: Chat, how: str, expected: str) -> None:
    chat.send("/start")
    replies = chat.send("al dagen veel herrie van de buren, elke nacht weer tot laat")
    assert replies[-1].request_location and "wijk:WK034401" in values(replies)
    if how == "text":
        replies = chat.send("in Overvecht")
    elif how == "postcode":
        replies = chat.send("3581 AB 12")
    elif how == "point":
        replies = chat.send(point=GeoPoint(52.1, 5.1))
    else:
        replies = chat.press("wijk:WK034401")
    assert "Klopt dit?" in replies[-1].text and expected in replies[-1].text


def test_unknown_and_outside_places_are_explained(chat: Chat) -> None:
    chat.send("/start")
    chat.send("al dagen veel herrie van de buren, elke nacht weer tot laat")
    assert "herken ik niet" in joined(chat.send("ergens achter de dijk"))
    replies = chat.send("het is in Amsterdam")
    assert "niet in de gemeente Testdorp" in joined(replies) and "Amsterdam" in joined(replies)


def test_short_message_gets_one_follow_up(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    replies = chat.send("herrie Overvecht")
    assert "meer vertellen" in replies[-1].text
    replies = chat.send("elke nacht")  # still short: no second follow-up
    assert "Klopt dit?" in replies[-1].text
    chat.press("summary:yes")
    case = next(iter(store.cases.values()))
    assert "elke nacht" in case.summary


def test_handoff_inside_office_hours_is_right_away(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    replies = chat.press("summary:yes")
    text = joined(replies)
    assert "WB-2026-000001" in text and "De wijkregisseur van WK034403 pakt dit op: direct" in text
    case = next(iter(store.cases.values()))
    assert case.status == CaseStatus.WAITING and case.coordinator_id == "wr-WK034403"
    assert "regel 2" in case.routing_explanation
    assert [o.kind for o in store.outbox.values()] == ["notify_coordinator"]
    messages = [m for m in store.messages.values() if m.case_id == case.id]
    assert {m.direction.value for m in messages} >= {"in", "out"}


def test_handoff_outside_office_hours_names_next_opening(chat: Chat) -> None:
    chat.now = FRIDAY_EVENING
    chat.send("/start")
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    text = joined(chat.press("summary:yes"))
    assert "Monday 30 November vanaf 08:30" in text


def test_summary_no_lets_resident_edit_or_cancel(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    replies = chat.press("summary:no")
    assert values(replies) == ["edit:theme", "edit:location", "edit:cancel"]
    replies = chat.press("edit:location")
    assert replies[-1].request_location
    chat.press("wijk:WK034401")
    assert "niets doorgegeven" in joined(chat.send("annuleer"))
    assert not store.cases


def test_referral_to_partner(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("er zit schimmel in de badkamer van mijn huurhuis in Overvecht")
    text = joined(chat.press("summary:yes"))
    assert "Woningcorporatie Thuis" in text and "030 000 0000" in text
    assert next(iter(store.cases.values())).status == CaseStatus.REFERRED


def test_follow_up_added_to_open_case_and_status(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    chat.press("summary:yes")
    replies = chat.send("hij staat er nu nog steeds, nu ook met een lekke band")
    assert "toegevoegd aan melding WB-2026-000001" in joined(replies)
    case = next(iter(store.cases.values()))
    assert any("lekke band" in m.text for m in store.messages.values() if m.case_id == case.id)
    status = joined(chat.send("status"))
    assert "WB-2026-000001" in status and "wacht op een medewerker" in status


def test_new_report_button_starts_fresh_while_case_open(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    chat.press("summary:yes")
    chat.send("nog een ding")
    chat.press("new:report")
    chat.send("de lantaarnpaal bij ons in Lombok is al een week kapot en het is erg donker")
    chat.press("summary:yes")
    assert len(store.cases) == 2


def test_resident_answer_moves_waiting_on_resident_case_back(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    chat.press("summary:yes")
    case = next(iter(store.cases.values()))
    case.transition(CaseStatus.IN_PROGRESS, chat.now)
    chat.assistant.reply_to_resident(case.id or 0, "wr-1", "Welke kleur is de auto?", chat.now,
                                     ask_resident=True)
    assert store.cases[case.id or 0].status == CaseStatus.WAITING_ON_RESIDENT
    replies = chat.send("hij is blauw")
    assert "doorgegeven" in joined(replies)
    assert store.cases[case.id or 0].status == CaseStatus.IN_PROGRESS
    assert any(o.kind == "deliver_to_resident" for o in store.outbox.values())


def test_forget_me_after_confirmation(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    chat.press("summary:yes")
    replies = chat.send("vergeet mij")
    assert values(replies) == ["forget:yes", "forget:no"]
    assert "wis niets" in joined(chat.press("forget:no"))
    chat.send("vergeet mij")
    assert "gewist" in joined(chat.press("forget:yes"))
    assert not store.residents and not store.messages and not store.cases
    assert "wijkassistent" in joined(chat.send("hallo"))  # a new start


def test_english_resident_gets_english(chat: Chat) -> None:
    replies = chat.send("there is a lot of noise from my neighbours every night in Overvecht")
    assert replies[0].text.startswith("Hello!")
    assert "Is this correct?" in replies[-1].text


@pytest.mark.parametrize("body", ["", "   ", None])
def test_empty_message(chat: Chat, body: str | None) -> None:
    chat.send("/start")
    assert "geen tekst" in joined(chat.send(body))


def test_very_long_message_is_kept_whole(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    body = ("Er is veel herrie van de buren in Overvecht. " * 250)[:10_000]
    replies = chat.send(body)
    assert "erg lang" in replies[0].text
    assert any(len(m.text) == 10_000 for m in store.messages.values())


def test_gibberish_is_not_understood(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    assert "begrijp" in joined(chat.send("asdf qwerty"))
    assert "begrijp" in joined(chat.send("!!!! ???? 1234"))
    assert [understood for _, _, understood in store.analyses] == [False, False]


@pytest.mark.parametrize("kind", ["sticker", "voice", "document"])
def test_unsupported_content_gets_polite_answer(chat: Chat, kind: str) -> None:
    chat.send("/start")
    text = joined(chat.send(unsupported=kind))
    assert "kan helaas geen" in text and "tekstbericht" in text


def test_out_of_scope_points_to_municipality(chat: Chat) -> None:
    chat.send("/start")
    replies = chat.send("wanneer kan ik mijn paspoort ophalen bij jullie")
    assert "14 030" in joined(replies) and values(replies) == ["handoff:yes", "handoff:no"]


def test_duplicate_input_is_answered_once(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start", external_id="u1")
    assert chat.send("/start", external_id="u1") == []
    assert len([m for m in store.messages.values() if m.direction.value == "in"]) == 1


def test_conversation_survives_a_new_assistant(store: MemoryStore) -> None:
    first = Chat(fake_assistant(MemoryUnitOfWorkFactory(store)))
    first.send("/start")
    first.send("al dagen veel herrie van de buren, elke nacht weer tot laat")
    second = Chat(fake_assistant(MemoryUnitOfWorkFactory(store)))  # "restarted"
    assert "Klopt dit?" in joined(second.send("Overvecht"))


def test_failing_step_keeps_message_and_apologises(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")

    def broken(*_: object) -> None:
        raise RuntimeError("database hiccup")

    chat.assistant.engine.run = broken  # type: ignore[method-assign,assignment]
    replies = chat.send("er is brand bij de buren")
    assert "112" in replies[0].text and "bewaard" in replies[-1].text
    kept = [m for m in store.messages.values() if "brand" in m.text]
    assert kept and kept[0].handled_at is None


def test_unhandled_message_joins_next_report(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    original = chat.assistant.engine.run

    def broken(*_: object) -> None:
        raise RuntimeError("crash")

    chat.assistant.engine.run = broken  # type: ignore[method-assign,assignment]
    chat.send("de container in Overvecht is kapot")
    chat.assistant.engine.run = original  # type: ignore[method-assign,assignment]
    chat.now += timedelta(minutes=5)
    chat.send("de container in Overvecht is nog steeds kapot en stinkt")
    chat.press("summary:yes")
    case = next(iter(store.cases.values()))
    texts = [m.text for m in store.messages.values() if m.case_id == case.id]
    assert "de container in Overvecht is kapot" in texts


def test_stale_button_is_explained_not_acted_on(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    replies = chat.press("summary:yes")  # no summary was shown
    assert "eerdere vraag" in joined(replies)
    assert not store.cases


def test_routing_decision_is_stored_with_the_case(chat: Chat, store: MemoryStore) -> None:
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    chat.press("summary:yes")
    [(case_id, decision)] = store.decisions.items()
    assert store.cases[case_id].coordinator_id == decision.coordinator_id == "wr-WK034403"
    assert decision.rule_index == 2


def test_forget_me_deletes_photos_after_commit(store: MemoryStore) -> None:
    from core.fakes import MemoryFileStore
    from core.messages import Attachment, Inbound

    files = MemoryFileStore()
    assistant = fake_assistant(MemoryUnitOfWorkFactory(store))
    assistant.files = files
    chat = Chat(assistant)
    chat.send("/start")
    photo = Attachment("photo", "uploads/tg-abc.jpg", "image/jpeg", 1234)
    assistant.handle(Inbound(chat.channel, chat.ref, chat.now, attachment=photo))
    chat.send("vergeet mij")
    chat.press("forget:yes")
    assert files.deleted == ["uploads/tg-abc.jpg"]


def test_language_hint_sets_the_greeting_language(store: MemoryStore) -> None:
    from core.messages import Inbound

    assistant = fake_assistant(MemoryUnitOfWorkFactory(store))
    replies = assistant.handle(Inbound(Channel.TELEGRAM, "42", TUESDAY_MORNING, text="/start", lang_hint="en-GB"))
    assert replies[0].text.startswith("Hello!")


@pytest.mark.parametrize("kind", ["photo_too_large", "photo_type", "photo_failed"])
def test_refused_photos_are_explained(chat: Chat, kind: str) -> None:
    chat.send("/start")
    text = joined(chat.send(unsupported=kind))
    assert "foto" in text.lower() and "dit soort berichten" not in text


def test_text_at_summary_adds_details_and_summarises_again(chat: Chat, store: MemoryStore) -> None:
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    replies = chat.send("hij is rood en staat voor nummer 12")
    assert "Klopt dit?" in replies[-1].text and "nummer 12" in replies[-1].text
    chat.press("summary:yes")
    assert "nummer 12" in next(iter(store.cases.values())).summary


def test_question_instead_of_a_place_gets_answered(chat: Chat) -> None:
    chat.send("al dagen veel herrie van de buren, elke nacht weer tot laat")
    replies = chat.send("hoe vraag ik een parkeervergunning aan?")
    assert replies[0].text.startswith("U vraagt een parkeervergunning")


def test_other_subject_with_open_case_starts_a_new_report(chat: Chat, store: MemoryStore) -> None:
    chat.send("er staat al drie weken een auto zonder kentekenplaten in Overvecht")
    chat.press("summary:yes")
    replies = chat.send("de container in Lombok zit al dagen helemaal vol met afval")
    assert "toegevoegd" not in joined(replies) and "Klopt dit?" in replies[-1].text
    chat.press("summary:yes")
    assert sorted(c.theme for c in store.cases.values()) == ["afval", "verkeer"]


def test_theme_named_in_a_sentence_is_understood(chat: Chat) -> None:
    chat.send("misschien is het de container of een auto bij Lombok")
    replies = chat.send("het gaat om afval")
    assert "Onderwerp: Afval" in replies[-1].text


def test_place_shared_first_is_kept_for_the_report(chat: Chat, store: MemoryStore) -> None:
    chat.send("/start")
    assert "ik heb de plek" in joined(chat.send(point=GeoPoint(52.1, 5.1)))
    replies = chat.send("de lantaarnpaal hier is al een week kapot en het is erg donker")
    assert "Klopt dit?" in replies[-1].text and "52.1000" in replies[-1].text
    assert not any(r.request_location for r in replies)
    chat.press("summary:yes")
    assert next(iter(store.cases.values())).location.point == GeoPoint(52.1, 5.1)  # type: ignore[union-attr]
