// Video-trainings: speed, light version, chapters, and external players that load
// nothing from the third party until the trainee asks. Without JavaScript the browser's
// own controls, the download links and the chapter links (media fragments) still work.
(function () {
  "use strict";

  function setupPlayer(figure) {
    var video = figure.querySelector("video[data-player]");
    if (!video) return;
    var controls = figure.querySelector("[data-controls]");
    if (controls) controls.hidden = false;

    var speed = figure.querySelector("[data-speed]");
    if (speed) {
      speed.addEventListener("change", function () {
        video.playbackRate = parseFloat(speed.value) || 1;
      });
      // A new source resets the rate: keep the trainee's choice.
      video.addEventListener("loadedmetadata", function () {
        video.playbackRate = parseFloat(speed.value) || 1;
      });
    }

    figure.querySelectorAll("[data-quality]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        if (!radio.checked) return;
        var src = radio.value === "light" ? video.dataset.lightSrc : video.dataset.standardSrc;
        var at = video.currentTime, wasPlaying = !video.paused;
        video.src = src;
        video.addEventListener("loadedmetadata", function resume() {
          video.removeEventListener("loadedmetadata", resume);
          video.currentTime = at;
          if (wasPlaying) video.play();
        });
        video.load();
      });
    });
    // Save-Data asks for less: start on the light version when there is one.
    if (navigator.connection && navigator.connection.saveData && video.dataset.lightSrc) {
      var light = figure.querySelector('[data-quality][value="light"]');
      if (light) { light.checked = true; light.dispatchEvent(new Event("change")); }
    }

    figure.querySelectorAll("[data-seek]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        video.currentTime = parseFloat(link.dataset.seek) || 0;
        video.focus();
        var playing = video.play();
        if (playing && playing.catch) playing.catch(function () {});
      });
    });
  }

  function setupExternal(box) {
    var button = box.querySelector("[data-embed-play]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      var src = box.dataset.embedSrc;
      frame.src = src + (src.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
      frame.title = box.dataset.embedTitle || "";
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.className = "video-frame";
      box.replaceChildren(frame);
      frame.focus();
    });
  }

  document.querySelectorAll("[data-video]").forEach(function (figure) {
    setupPlayer(figure);
    figure.querySelectorAll("[data-external]").forEach(setupExternal);
  });
})();
