"""A last-resort safety net for emergencies, used only when the NLP adapter itself fails.

The real urgency detection lives in `nlp/` (rules over lemmas plus the model). If that component
raises, the dialogue must still put 112 first for the plainest emergencies, so a short list of
unambiguous words is kept here, framework-free.
"""

from __future__ import annotations

import re

_EMERGENCY = re.compile(
    r"\b(brand|fire|gaslucht|ruik gas|smell gas|bewusteloos|unconscious|ademt niet|"
    r"not breathing|steekpartij|neergestoken|stabbed|pistool|vuurwapen|gun|mes getrokken|"
    r"zelfmoord|suicide|overval|reanimatie|hartstilstand|heart attack)\b",
    re.IGNORECASE,
)


def looks_like_emergency(text: str | None) -> bool:
    return bool(text) and bool(_EMERGENCY.search(text or ""))
