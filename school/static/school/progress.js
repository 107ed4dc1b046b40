// Progress for signed-in learners: the "J'ai terminé cette fiche" form updates the page
// in place, and window.schoolProgress lets the video player report what was played.
// Without JavaScript the form posts and the page reloads: same result.
(function () {
  "use strict";
  var endpoint = document.body.dataset.progressUrl;
  if (!endpoint) return;

  function csrfToken() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  function send(events) {
    return fetch(endpoint, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({ events: events })
    }).then(function (response) {
      if (!response.ok) throw new Error("progress " + response.status);
      return response.json();
    });
  }

  // On page hide only sendBeacon is sure to leave: a form body carries the CSRF token.
  function beacon(events) {
    var body = new FormData();
    body.append("csrfmiddlewaretoken", csrfToken());
    body.append("events", JSON.stringify(events));
    return navigator.sendBeacon && navigator.sendBeacon(endpoint, body);
  }

  window.schoolProgress = { send: send, beacon: beacon, newId: newId };

  var TEXT = {
    done: "Vous avez terminé cette fiche.",
    open: "Fiche marquée comme non terminée.",
    doneButton: "Marquer comme non terminée",
    openButton: "J’ai terminé cette fiche",
    error: "La progression n’a pas pu être enregistrée. Réessayez."
  };

  document.querySelectorAll("[data-progress-form]").forEach(function (form) {
    var status = form.closest("[data-sheet-progress]").querySelector("[data-progress-status]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var type = form.elements.type.value;
      var button = form.querySelector("button");
      button.disabled = true;
      send([{ id: newId(), type: type, sheet: parseInt(form.elements.sheet.value, 10) }])
        .then(function () {
          var done = type === "sheet.completed";
          form.elements.type.value = done ? "sheet.reopened" : "sheet.completed";
          button.textContent = done ? TEXT.doneButton : TEXT.openButton;
          button.className = done ? "button-secondary" : "button-primary";
          status.textContent = done ? TEXT.done : TEXT.open;
        })
        .catch(function () { status.textContent = TEXT.error; })
        .then(function () { button.disabled = false; button.focus(); });
    });
  });
})();
