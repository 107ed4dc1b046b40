// "Lire à voix haute": the browser's own speech synthesis reads the sheet, or one step.
// Nothing leaves the device. The controls come hidden in the page and are shown only
// where window.speechSynthesis exists; every word they show comes from the template.
(function () {
  "use strict";
  var controls = document.querySelector("[data-read-aloud]");
  if (!controls || !("speechSynthesis" in window) || !window.SpeechSynthesisUtterance) return;
  var synth = window.speechSynthesis;
  var sheet = controls.closest("article") || document.body;
  var lang = controls.dataset.lang || "fr-FR";
  var play = controls.querySelector("[data-read-aloud-play]");
  var pause = controls.querySelector("[data-read-aloud-pause]");
  var stop = controls.querySelector("[data-read-aloud-stop]");
  var status = controls.querySelector("[data-read-aloud-status]");
  // What is read: the blocks of text, in order, without the controls, the table of
  // contents or the learner's progress box.
  var READ = "h1, h2, h3, h4, p, li, dt, dd, blockquote, figcaption";
  var SKIP = "[data-read-aloud], .toc, .sheet-progress, .print-link, [hidden], .visually-hidden, .video-controls, .video-chapters, .video-downloads";
  var state = "stopped";
  var session = 0; // utterances of a stopped reading may still report; they are ignored
  var pressedStep = null;

  function frenchVoice() {
    var voices = synth.getVoices() || [];
    var exact = voices.filter(function (v) { return v.lang === lang || v.lang === lang.replace("-", "_"); });
    if (exact.length) return exact[0];
    return voices.filter(function (v) { return (v.lang || "").toLowerCase().indexOf("fr") === 0; })[0] || null;
  }

  function chunks(root) {
    var out = [];
    root.querySelectorAll(READ).forEach(function (element) {
      if (element.closest(SKIP)) return;
      if (element.querySelector(READ)) return; // its inner blocks are read one by one
      var text = element.textContent.replace(/\s+/g, " ").trim();
      if (text) out.push(text);
    });
    return out;
  }

  function setState(next) {
    state = next;
    controls.dataset.state = next;
    play.setAttribute("aria-pressed", next === "stopped" ? "false" : "true");
    pause.setAttribute("aria-pressed", next === "paused" ? "true" : "false");
    // Pause and stop only while reading: fewer buttons to choose from the rest of the time.
    pause.hidden = next === "stopped";
    stop.hidden = next === "stopped";
    if (pressedStep && next === "stopped") {
      pressedStep.setAttribute("aria-pressed", "false");
      pressedStep = null;
    }
    var text = controls.dataset["status" + next.charAt(0).toUpperCase() + next.slice(1)];
    status.textContent = text || "";
  }

  function read(root, stepButton) {
    synth.cancel();
    if (synth.paused) synth.resume(); // Chrome stays paused across a cancel otherwise
    session += 1;
    var mine = session;
    var texts = chunks(root);
    if (!texts.length) return;
    if (pressedStep) pressedStep.setAttribute("aria-pressed", "false");
    pressedStep = stepButton || null;
    if (pressedStep) pressedStep.setAttribute("aria-pressed", "true");
    var voice = frenchVoice();
    setState("playing");
    texts.forEach(function (text, index) {
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      if (voice) utterance.voice = voice;
      utterance.addEventListener("end", function () {
        if (mine === session && index === texts.length - 1) setState("stopped");
      });
      utterance.addEventListener("error", function (event) {
        if (mine !== session || event.error === "interrupted" || event.error === "canceled") return;
        session += 1;
        synth.cancel();
        setState("stopped");
        status.textContent = controls.dataset.statusFailed || "";
      });
      synth.speak(utterance);
    });
  }

  function halt() {
    session += 1;
    synth.cancel();
    setState("stopped");
    status.textContent = controls.dataset.statusEnded || "";
    play.focus(); // the stop button it may have been on is gone
  }

  // A toggle: pressed while a reading goes on (paused or not); pressing it again stops.
  play.addEventListener("click", function () {
    if (state === "stopped") read(sheet, null);
    else halt();
  });
  pause.addEventListener("click", function () {
    if (state === "playing") {
      synth.pause();
      setState("paused");
    } else if (state === "paused") {
      synth.resume();
      setState("playing");
    }
  });
  stop.addEventListener("click", halt);

  // One button a step or role play, after its heading ("Écouter cette partie").
  var stepLabel = controls.dataset.stepLabel;
  sheet.querySelectorAll(".sheet-body section.step, .sheet-body section.role-play").forEach(function (section) {
    var heading = section.querySelector("h3");
    if (!heading || !stepLabel) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "read-step";
    button.textContent = stepLabel;
    button.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-describedby", heading.id || "");
    if (!heading.id) {
      heading.id = (section.id || "section") + "-titre";
      button.setAttribute("aria-describedby", heading.id);
    }
    button.addEventListener("click", function () {
      if (pressedStep === button) {
        session += 1;
        synth.cancel();
        setState("stopped");
      } else {
        read(section, button);
      }
    });
    heading.insertAdjacentElement("afterend", button);
  });

  // Leaving the page stops the voice (some browsers keep speaking otherwise).
  window.addEventListener("pagehide", function () { synth.cancel(); });
  synth.getVoices(); // some browsers load their voices on the first ask
  setState("stopped");
  controls.hidden = false;
})();
