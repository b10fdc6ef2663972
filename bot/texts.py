"""The few resident-facing words that only exist on Telegram (everything else comes from the engine)."""

from __future__ import annotations

# Shown in Telegram's command menu (setMyCommands); plain Dutch, B1.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Begin een gesprek"),
    ("help", "Wat kan ik voor u doen?"),
    ("status", "Hoe staat het met mijn melding?"),
    ("privacy", "Wat gebeurt er met mijn gegevens?"),
    ("vergeet", "Wis alles wat ik van u weet"),
)

# The reply-keyboard button that asks Telegram to share the resident's location.
SHARE_LOCATION = "📍 Deel mijn locatie"
