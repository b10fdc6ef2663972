// Resident web chat: talks to /api/chat; no framework. Keyboard and screen reader friendly:
// the log is an aria-live region, buttons are real <button>s, focus returns to the input.
(function () {
  "use strict";
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var statusLine = document.getElementById("chat-status");
  var locationButton = document.getElementById("chat-location");
  var store = window.sessionStorage;
  var session = null;
  var after = 0;
  var busy = false;
  var POLL_MS = 5000;

  function setStatus(text) { statusLine.textContent = text || ""; }

  function bubble(kind, text, meta) {
    var item = document.createElement("li");
    item.className = "bubble " + kind;
    item.textContent = text;  // never innerHTML: messages are untrusted text
    if (meta) {
      var small = document.createElement("span");
      small.className = "meta";
      small.textContent = meta;
      item.appendChild(small);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function clearButtons() {
    var groups = log.querySelectorAll(".chat-buttons");
    for (var i = 0; i < groups.length; i++) { groups[i].remove(); }
  }

  function showButtons(buttons) {
    if (!buttons || !buttons.length) { return; }
    var group = document.createElement("li");
    group.className = "chat-buttons";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Kies een antwoord");
    buttons.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = b.label;
      button.addEventListener("click", function () {
        send({ button: b.value }, b.label);
      });
      group.appendChild(button);
    });
    log.appendChild(group);
    log.scrollTop = log.scrollHeight;
  }

  function showReplies(replies) {
    clearButtons();
    (replies || []).forEach(function (r) {
      bubble("out", r.text);
      showButtons(r.buttons);
      if (r.request_location) { locationButton.classList.add("primary"); }
    });
  }

  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    if (session) { headers["Authorization"] = "Bearer " + session.token; }
    if (method === "POST" && session) {
      headers["Idempotency-Key"] = Date.now().toString(36) + Math.random().toString(36).slice(2);
    }
    return fetch(path, {
      method: method, headers: headers, credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data.error || data.detail || "Er ging iets mis.");
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function start() {
    setStatus("Verbinden…");
    return api("POST", "/api/chat/sessions", { lang: (navigator.language || "nl").slice(0, 2) === "en" ? "en" : "nl" })
      .then(function (data) {
        session = { id: data.session_id, token: data.token };
        store.setItem("wijkbot-chat", JSON.stringify(session));
        store.setItem("wijkbot-after", "0");
        setStatus("");
        showReplies(data.replies);
      })
      .catch(function (e) { setStatus(e.message); });
  }

  function send(payload, shownText) {
    if (busy || !session) { return; }
    busy = true;
    clearButtons();
    if (shownText) { bubble("in", shownText); }
    setStatus("Versturen…");
    api("POST", "/api/chat/sessions/" + encodeURIComponent(session.id) + "/messages", payload)
      .then(function (data) { setStatus(""); showReplies(data.replies); })
      .catch(function (e) {
        setStatus(e.message);
        if (e.status === 401) { store.removeItem("wijkbot-chat"); session = null; start(); }
      })
      .then(function () { busy = false; input.focus(); });
  }

  function poll() {
    if (!session || document.hidden) { return; }
    api("GET", "/api/chat/sessions/" + encodeURIComponent(session.id) + "/messages?after=" + after)
      .then(function (data) {
        (data.messages || []).forEach(function (m) { bubble("staff", m.text, m.sender); });
        after = data.after || after;
        store.setItem("wijkbot-after", String(after));
      })
      .catch(function () { /* try again at the next tick */ });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { setStatus("Typ eerst een bericht."); input.focus(); return; }
    input.value = "";
    send({ text: text }, text);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
    }
  });

  locationButton.addEventListener("click", function () {
    if (!navigator.geolocation) { setStatus("Uw browser kan geen locatie delen. Typ de straat of postcode."); return; }
    setStatus("Locatie opvragen…");
    navigator.geolocation.getCurrentPosition(
      function (position) {
        locationButton.classList.remove("primary");
        send({ lat: position.coords.latitude, lon: position.coords.longitude }, "📍 Mijn locatie");
      },
      function () { setStatus("Locatie delen lukte niet. Typ de straat, buurt of postcode."); },
      { enableHighAccuracy: true, timeout: 10000 }
    );
  });

  var saved = store.getItem("wijkbot-chat");
  if (saved) {
    try { session = JSON.parse(saved); } catch (e) { session = null; }
    after = parseInt(store.getItem("wijkbot-after") || "0", 10) || 0;
  }
  function restore() {
    api("GET", "/api/chat/sessions/" + encodeURIComponent(session.id) + "/history")
      .then(function (data) {
        (data.messages || []).forEach(function (m) {
          bubble(m.direction === "in" ? "in" : m.direction === "staff" ? "staff" : "out", m.text, m.sender);
        });
        after = Math.max(after, data.after || 0);
        poll();
      })
      .catch(function (e) {
        if (e.status === 401) { store.removeItem("wijkbot-chat"); session = null; start(); }
      });
  }

  if (session) { restore(); } else { start(); }
  window.setInterval(poll, POLL_MS);
})();
