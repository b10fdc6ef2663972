// Coordinator inbox: announce new cases (polls /inbox/new.json) and fill in canned replies.
(function () {
  "use strict";
  var state = document.getElementById("inbox-state");
  var banner = document.getElementById("new-cases");
  var POLL_MS = 15000;

  if (state && banner) {
    var after = parseInt(state.getAttribute("data-after") || "0", 10) || 0;
    var seen = 0;
    window.setInterval(function () {
      fetch("/inbox/new.json?after=" + after, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data || !data.cases.length) { return; }
          after = data.after;
          seen += data.cases.length;
          banner.textContent = "";
          var text = document.createTextNode(seen === 1 ? "Er is 1 nieuwe melding: " : "Er zijn " + seen + " nieuwe meldingen. Laatste: ");
          var last = data.cases[data.cases.length - 1];
          var link = document.createElement("a");
          link.href = last.url;
          link.textContent = last.reference + " (" + last.theme + (last.wijk ? ", " + last.wijk : "") + ")";
          var reload = document.createElement("a");
          reload.href = window.location.href;
          reload.textContent = "Ververs de lijst";
          banner.appendChild(text);
          banner.appendChild(link);
          banner.appendChild(document.createTextNode(" · "));
          banner.appendChild(reload);
          banner.hidden = false;
        })
        .catch(function () { /* next tick */ });
    }, POLL_MS);
  }

  var canned = document.getElementById("canned");
  var replyText = document.getElementById("reply-text");
  if (canned && replyText) {
    canned.addEventListener("change", function () {
      var option = canned.options[canned.selectedIndex];
      var text = option ? option.getAttribute("data-text") : "";
      if (text) { replyText.value = text; replyText.focus(); }
    });
  }
})();
