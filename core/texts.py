"""Every sentence a resident reads, in one place: plain Dutch (B1) first, English second.

Keys are stable identifiers used by the dialogue engine; `{name}` placeholders are filled by
`text(key, lang, **values)`. Editors change wording here, never in the engine.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "greeting": {
        "nl": "Hallo! Ik ben de digitale wijkassistent van de gemeente {municipality}. "
        "U kunt mij een vraag stellen of iets melden over uw buurt: overlast, verkeer, afval, "
        "een idee voor de wijk of zorgen om iemand. Als ik het niet zelf kan oplossen, geef ik het "
        "door aan de juiste medewerker.\n"
        "Privacy: ik bewaar alleen wat nodig is voor uw vraag. Typ 'privacy' om meer te lezen.",
        "en": "Hello! I am the digital neighbourhood assistant of the municipality of {municipality}. "
        "Ask me a question or report something about your neighbourhood: nuisance, traffic, waste, "
        "an idea for the area or a worry about someone. If I cannot help you myself, I pass it on "
        "to the right person.\n"
        "Privacy: I only keep what is needed for your question. Type 'privacy' to read more.",
    },
    "help": {
        "nl": "Wat ik kan:\n- vragen beantwoorden over bijvoorbeeld afval, parkeren of een buurtfeest;\n"
        "- een melding doorgeven aan de {title} van uw wijk;\n"
        "- 'status': uw meldingen en hoe het ermee staat;\n"
        "- 'privacy': wat ik met uw gegevens doe;\n- 'vergeet mij': uw gegevens wissen.\n"
        "Bij nood belt u altijd 112.",
        "en": "What I can do:\n- answer questions about e.g. waste, parking or a street party;\n"
        "- pass a report on to the neighbourhood coordinator ({title}) of your area;\n"
        "- 'status': your reports and how they are doing;\n"
        "- 'privacy': what I do with your data;\n- 'forget me': delete your data.\n"
        "In an emergency always call 112.",
    },
    "privacy": {
        "nl": "Wat gebeurt er met uw gegevens? Ik bewaar uw berichten en de plek die u noemt, "
        "alleen om uw vraag of melding af te handelen. Alleen de medewerker die uw melding oppakt "
        "kan ze zien. Afgehandelde meldingen worden na {days} dagen gewist. U kunt uw gegevens "
        "altijd zelf laten wissen: typ 'vergeet mij'. Typ 'status' om uw meldingen te zien.",
        "en": "What happens to your data? I keep your messages and the place you mention only to "
        "handle your question or report. Only the staff member who picks up your report can see "
        "them. Closed reports are deleted after {days} days. You can have your data deleted at any "
        "time: type 'forget me'. Type 'status' to see your reports.",
    },
    "urgent": {
        "nl": "⚠️ Is er direct gevaar? Bel nu 112. Kunt u niet bellen? Stuur dan een sms naar 112 "
        "(als u daarvoor bent aangemeld). Ik ben een chatassistent en kan geen hulp sturen.",
        "en": "⚠️ Is there immediate danger? Call 112 now. I am a chat assistant and cannot send "
        "help.",
    },
    "suicide_line": {
        "nl": "Denkt u aan zelfdoding, of maakt u zich zorgen om iemand? Praat erover met 113 "
        "Zelfmoordpreventie: bel 113 of gratis 0800-0113, of chat via 113.nl (dag en nacht).",
        "en": "Are you thinking about suicide, or worried about someone? Talk to 113 Suicide "
        "Prevention: call 113 or 0800-0113 (free), or chat at 113.nl (day and night).",
    },
    "urgent_offer": {
        "nl": "Wilt u dit daarna ook bij de gemeente melden? Dan leg ik het vast.",
        "en": "Do you also want to report this to the municipality afterwards? Then I will record it.",
    },
    "acute": {
        "nl": "Gebeurt het nu en is het niet levensbedreigend? Bel dan de politie op 0900-8844.",
        "en": "Is it happening now but not life-threatening? Call the police on 0900-8844.",
    },
    "safe_home": {
        "nl": "Gaat het om huiselijk geweld of kindermishandeling die nu niet gebeurt? Bel Veilig "
        "Thuis: 0800-2000 (gratis, dag en nacht).",
        "en": "Is it about domestic violence or child abuse that is not happening right now? Call "
        "Veilig Thuis: 0800-2000 (free, day and night).",
    },
    "faq_helpful": {"nl": "Heeft dit geholpen?", "en": "Did this help?"},
    "faq_thanks": {
        "nl": "Fijn dat ik u kon helpen. U kunt mij altijd iets nieuws vragen.",
        "en": "Glad I could help. You can always ask me something new.",
    },
    "faq_offer_handoff": {
        "nl": "Jammer. Zal ik uw vraag doorgeven aan een medewerker van de gemeente?",
        "en": "Sorry about that. Shall I pass your question on to a staff member?",
    },
    "handoff_declined": {
        "nl": "Goed, ik geef niets door. U kunt uw vraag ook anders stellen.",
        "en": "All right, I will not pass anything on. You can also ask your question differently.",
    },
    "confirm_theme": {
        "nl": "Ik wil uw bericht goed doorgeven. Waar gaat het vooral over?",
        "en": "I want to pass your message on correctly. What is it mainly about?",
    },
    "choose_theme": {
        "nl": "Kies het onderwerp dat het beste past.",
        "en": "Choose the subject that fits best.",
    },
    "ask_location": {
        "nl": "Waar is het? Noem de buurt, de straat met huisnummer of de postcode. "
        "U kunt ook uw locatie delen of hieronder uw wijk kiezen.",
        "en": "Where is it? Give the neighbourhood, the street with house number or the postcode. "
        "You can also share your location or pick your area below.",
    },
    "location_unknown": {
        "nl": "Die plek herken ik niet. Probeer een postcode (bijvoorbeeld 3511 AB), de naam van "
        "uw buurt, of kies hieronder uw wijk. Wilt u iets anders vragen? Typ dan 'annuleer'.",
        "en": "I do not recognise that place. Try a postcode (for example 3511 AB), the name of "
        "your neighbourhood, or pick your area below. Want to ask something else? Type 'cancel'.",
    },
    "location_outside": {
        "nl": "Die plek ligt niet in de gemeente {municipality}. {other}Woont u toch in "
        "{municipality}? Noem dan uw buurt of postcode.",
        "en": "That place is not in the municipality of {municipality}. {other}Is it in "
        "{municipality} after all? Then give your neighbourhood or postcode.",
    },
    "location_outside_other": {
        "nl": "Neem contact op met de gemeente {other}. ",
        "en": "Please contact the municipality of {other}. ",
    },
    "ask_details": {
        "nl": "Kunt u iets meer vertellen? Bijvoorbeeld wat er precies aan de hand is en sinds wanneer.",
        "en": "Could you tell me a bit more? For example what exactly is going on and since when.",
    },
    "summary": {
        "nl": "Ik geef dit door:\nOnderwerp: {theme}\nPlek: {place}\nBericht: {message}\nKlopt dit?",
        "en": "I will pass this on:\nSubject: {theme}\nPlace: {place}\nMessage: {message}\nIs this correct?",
    },
    "summary_edit": {
        "nl": "Wat wilt u aanpassen?",
        "en": "What would you like to change?",
    },
    "cancelled": {
        "nl": "Goed, ik heb niets doorgegeven. U kunt altijd opnieuw beginnen.",
        "en": "All right, I have not passed anything on. You can always start again.",
    },
    "handed_off": {
        "nl": "Dank u wel. Uw melding heeft nummer {reference}. {role} pakt dit op: {when}. "
        "U krijgt het antwoord hier in dit gesprek.",
        "en": "Thank you. Your report has number {reference}. {role} will pick it up: {when}. "
        "You will get the answer here in this chat.",
    },
    "referred": {
        "nl": "Dank u wel. Uw melding heeft nummer {reference}. Dit valt onder {partner}. "
        "Neem contact met hen op: {contact}.",
        "en": "Thank you. Your report has number {reference}. This is handled by {partner}. "
        "Please contact them: {contact}.",
    },
    "when_now": {"nl": "direct", "en": "right away"},
    "added_to_case": {
        "nl": "Ik heb uw bericht toegevoegd aan melding {reference}.",
        "en": "I have added your message to report {reference}.",
    },
    "photo_added": {
        "nl": "Dank u, de foto is toegevoegd.",
        "en": "Thank you, the photo has been added.",
    },
    "photo_alone": {
        "nl": "Dank u voor de foto. Wat wilt u ermee melden? Beschrijf het in een paar woorden.",
        "en": "Thank you for the photo. What would you like to report? Describe it in a few words.",
    },
    "location_alone": {
        "nl": "Dank u, ik heb de plek. Wat wilt u daar melden? Beschrijf het in een paar woorden.",
        "en": "Thank you, I have the place. What would you like to report there? Describe it in "
        "a few words.",
    },
    "status_none": {
        "nl": "U heeft nog geen meldingen bij mij.",
        "en": "You have no reports with me yet.",
    },
    "status_header": {"nl": "Uw meldingen:", "en": "Your reports:"},
    "status_line": {"nl": "- {reference} ({theme}): {status}", "en": "- {reference} ({theme}): {status}"},
    "forget_confirm": {
        "nl": "Weet u het zeker? Dan wis ik al uw berichten en meldingen bij mij. Dit kan niet "
        "ongedaan worden gemaakt. Een melding die al in behandeling is, kan dan niet verder "
        "met u worden afgestemd.",
        "en": "Are you sure? Then I delete all your messages and reports. This cannot be undone. "
        "A report that is being handled can then no longer be discussed with you.",
    },
    "forgotten": {
        "nl": "Uw gegevens zijn gewist. U kunt altijd opnieuw een bericht sturen.",
        "en": "Your data has been deleted. You can always send a new message.",
    },
    "forget_kept": {"nl": "Goed, ik wis niets.", "en": "All right, I will not delete anything."},
    "empty": {
        "nl": "Ik heb geen tekst ontvangen. Typ uw vraag of melding in een bericht.",
        "en": "I did not receive any text. Please type your question or report.",
    },
    "too_long": {
        "nl": "Uw bericht is erg lang. Ik heb het helemaal bewaard; ik lees voor nu het begin.",
        "en": "Your message is very long. I have kept all of it; for now I read the beginning.",
    },
    "not_understood": {
        "nl": "Sorry, dat begrijp ik niet goed. Kunt u het in een paar woorden anders zeggen? "
        "Bijvoorbeeld: 'de lantaarnpaal in mijn straat is kapot' of 'hoe vraag ik een "
        "parkeervergunning aan?'.",
        "en": "Sorry, I do not quite understand. Could you say it differently in a few words? "
        "For example: 'the street light in my street is broken' or 'how do I apply for a "
        "parking permit?'.",
    },
    "unsupported": {
        "nl": "Ik kan helaas geen {what} lezen. Wilt u uw vraag of melding in een tekstbericht typen?",
        "en": "Sorry, I cannot read {what}. Could you type your question or report as a text message?",
    },
    "photo_too_large": {
        "nl": "Die foto is te groot. Stuur een kleinere foto (tot 10 MB) of beschrijf het in tekst.",
        "en": "That photo is too large. Send a smaller photo (up to 10 MB) or describe it in text.",
    },
    "photo_type": {
        "nl": "Dat soort bestand kan ik niet openen. Stuur een foto (JPEG, PNG of WebP).",
        "en": "I cannot open that kind of file. Please send a photo (JPEG, PNG or WebP).",
    },
    "photo_failed": {
        "nl": "Het ophalen van de foto lukte niet. Probeer het nog eens, of beschrijf het in tekst.",
        "en": "I could not fetch the photo. Please try again, or describe it in text.",
    },
    "group_chat": {
        "nl": "Ik werk alleen in een persoonlijk gesprek. Stuur mij een privébericht.",
        "en": "I only work in a private chat. Please send me a direct message.",
    },
    "out_of_scope": {
        "nl": "Daarmee kan ik u niet direct helpen. Neem contact op met de gemeente {municipality}: "
        "bel {phone}{url}. Of zal ik uw vraag doorgeven aan een medewerker?",
        "en": "I cannot help you with that directly. Contact the municipality of {municipality}: "
        "call {phone}{url}. Or shall I pass your question on to a staff member?",
    },
    "stale_button": {
        "nl": "Die knop hoort bij een eerdere vraag. Waarmee kan ik u nu helpen?",
        "en": "That button belongs to an earlier question. How can I help you now?",
    },
    "greeting_reply": {
        "nl": "Hallo! Waarmee kan ik u helpen?",
        "en": "Hello! How can I help you?",
    },
    "thanks_reply": {
        "nl": "Graag gedaan! Kan ik nog ergens mee helpen?",
        "en": "You're welcome! Can I help with anything else?",
    },
    "error": {
        "nl": "Er ging bij mij iets mis. Uw bericht is wel bewaard. Probeer het over een paar "
        "minuten opnieuw. Bij nood belt u altijd 112.",
        "en": "Something went wrong on my side. Your message has been kept. Please try again in a "
        "few minutes. In an emergency always call 112.",
    },
    "error_unsaved": {
        "nl": "Er ging bij mij iets mis en ik kon uw bericht niet bewaren. Probeer het over een "
        "paar minuten opnieuw. Bij nood belt u altijd 112.",
        "en": "Something went wrong on my side and I could not keep your message. Please try "
        "again in a few minutes. In an emergency always call 112.",
    },
    "resident_reply_to_case": {
        "nl": "Dank u. Ik heb uw antwoord doorgegeven bij melding {reference}.",
        "en": "Thank you. I have passed your answer on with report {reference}.",
    },
    "staff_reply": {
        "nl": "Bericht van de gemeente over melding {reference}:\n{text}",
        "en": "Message from the municipality about report {reference}:\n{text}",
    },
    "handed_back": {
        "nl": "Een medewerker heeft uw melding teruggegeven aan de digitale assistent. U kunt hier "
        "verder met uw vraag.",
        "en": "A staff member has handed your report back to the digital assistant. You can "
        "continue with your question here.",
    },
    "staff_referred": {
        "nl": "Uw melding {reference} past beter bij {partner}. Wij hebben die doorgestuurd. "
        "U kunt hen ook zelf bereiken: {contact}.",
        "en": "Your report {reference} is better handled by {partner}. We have passed it on. "
        "You can also contact them yourself: {contact}.",
    },
    "staff_resolved": {
        "nl": "Uw melding {reference} is afgehandeld: {outcome}",
        "en": "Your report {reference} has been resolved: {outcome}",
    },
    "share_location": {"nl": "📍 Deel mijn locatie", "en": "📍 Share my location"},
    # button labels
    "btn_yes": {"nl": "Ja", "en": "Yes"},
    "btn_no": {"nl": "Nee", "en": "No"},
    "btn_yes_record": {"nl": "Ja, leg het vast", "en": "Yes, record it"},
    "btn_no_thanks": {"nl": "Nee, bedankt", "en": "No, thanks"},
    "btn_handoff": {"nl": "Ja, geef het door", "en": "Yes, pass it on"},
    "btn_something_else": {"nl": "Iets anders", "en": "Something else"},
    "btn_edit_theme": {"nl": "Onderwerp", "en": "Subject"},
    "btn_edit_location": {"nl": "Plek", "en": "Place"},
    "btn_cancel": {"nl": "Annuleren", "en": "Cancel"},
    "btn_new_report": {"nl": "Nieuwe melding", "en": "New report"},
    "btn_forget_yes": {"nl": "Ja, wis alles", "en": "Yes, delete everything"},
    "no_place": {"nl": "(geen plek)", "en": "(no place)"},
}

STATUS_NAMES: dict[str, dict[str, str]] = {
    "bot": {"nl": "bij de assistent", "en": "with the assistant"},
    "waiting": {"nl": "wacht op een medewerker", "en": "waiting for a staff member"},
    "in_progress": {"nl": "in behandeling", "en": "being handled"},
    "waiting_on_resident": {"nl": "wacht op uw antwoord", "en": "waiting for your answer"},
    "resolved": {"nl": "afgehandeld", "en": "resolved"},
    "referred": {"nl": "doorverwezen", "en": "referred"},
    "cancelled": {"nl": "geannuleerd", "en": "cancelled"},
}

UNSUPPORTED_NAMES: dict[str, dict[str, str]] = {
    "sticker": {"nl": "stickers", "en": "stickers"},
    "voice": {"nl": "spraakberichten", "en": "voice messages"},
    "audio": {"nl": "geluidsbestanden", "en": "audio files"},
    "video": {"nl": "video's", "en": "videos"},
    "document": {"nl": "documenten", "en": "documents"},
    "animation": {"nl": "animaties", "en": "animations"},
    "contact": {"nl": "contactkaartjes", "en": "contact cards"},
    "poll": {"nl": "peilingen", "en": "polls"},
    "edited": {"nl": "aangepaste berichten", "en": "edited messages"},
}

# Telegram's command menu (setMyCommands): command, description
TELEGRAM_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Begin een gesprek"),
    ("help", "Wat kan ik voor u doen?"),
    ("status", "Hoe staat het met mijn melding?"),
    ("privacy", "Wat gebeurt er met mijn gegevens?"),
    ("vergeet", "Wis alles wat ik van u weet"),
)

LANGS = ("nl", "en")


def text(key: str, lang: str = "nl", **values: object) -> str:
    """The resident-facing text for `key` in `lang` (Dutch when the language is unknown)."""
    variants = TEXTS[key]
    template = variants.get(lang) or variants["nl"]
    return template.format(**values) if values else template


def status_name(status: str, lang: str) -> str:
    names = STATUS_NAMES.get(status, {"nl": status, "en": status})
    return names.get(lang, names["nl"])


def unsupported_name(kind: str, lang: str) -> str:
    names = UNSUPPORTED_NAMES.get(kind, {"nl": "dit soort berichten", "en": "this kind of message"})
    return names.get(lang, names["nl"])
