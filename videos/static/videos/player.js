// Video-trainings: speed, light version, chapters, and external players that load
// nothing from the third party until the trainee asks. Without JavaScript the browser's
// own controls, the download links and the chapter links (media fragments) still work.
(function () {
  "use strict";

  // Choices remembered on this device only (nothing is sent): the light version and the
  // caption size. Storage may be refused (private browsing): the choice then lasts the page.
  var QUALITY = "ecole.video.quality", CAPTIONS = "ecole.video.captions";
  function remembered(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function remember(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* kept for this page */ }
  }

  function showCaptionSize(size) {
    document.querySelectorAll("[data-video]").forEach(function (figure) {
      figure.classList.toggle("captions-large", size === "large");
      figure.querySelectorAll("[data-caption-size]").forEach(function (radio) {
        radio.checked = radio.value === size;
      });
    });
  }

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
      radio.addEventListener("change", function (event) {
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
        // Only the trainee's own choice is kept: not Save-Data's start below.
        if (event.isTrusted) remember(QUALITY, radio.value);
      });
    });
    // Her last choice on this device; else Save-Data asks for less: the light version.
    var wanted = remembered(QUALITY);
    if (!wanted && navigator.connection && navigator.connection.saveData) wanted = "light";
    if (wanted === "light" && video.dataset.lightSrc) {
      var light = figure.querySelector('[data-quality][value="light"]');
      if (light) { light.checked = true; light.dispatchEvent(new Event("change")); }
    }

    figure.querySelectorAll("[data-caption-size]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        if (!radio.checked) return;
        showCaptionSize(radio.value);
        remember(CAPTIONS, radio.value);
      });
    });

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

  function timecode(seconds) {
    seconds = Math.floor(seconds);
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  // Reports the intervals actually played (never the position alone) to /progress/.
  function trackPlayback(figure, video) {
    var progress = window.schoolProgress;
    var pageId = parseInt(figure.dataset.pageId, 10);
    var videoId = parseInt(figure.dataset.videoId, 10);
    if (!progress || !pageId || !videoId) return;
    var start = null, last = 0, pending = [];
    var round = function (t) { return Math.round(t * 100) / 100; };

    function close() {
      if (start !== null && last > start) pending.push([round(start), round(last)]);
      start = null;
    }
    function flush(useBeacon) {
      if (!pending.length) return;
      var events = [{ id: progress.newId(), type: "video.played", video: videoId, page: pageId,
                      intervals: pending, position: round(video.currentTime) }];
      var sent = pending;
      pending = [];
      if (useBeacon) { progress.beacon(events); return; }
      progress.send(events).catch(function () { pending = sent.concat(pending); });
    }
    video.addEventListener("timeupdate", function () {
      if (video.paused || video.seeking) return;
      var now = video.currentTime;
      // A jump larger than playback can explain is a seek: it does not count as watched.
      if (start === null || now < last || now - last > 1 + video.playbackRate) {
        close();
        start = now;
      }
      last = now;
    });
    video.addEventListener("seeking", close);
    video.addEventListener("pause", function () { close(); flush(false); });
    video.addEventListener("ended", function () {
      last = video.duration || last;
      close();
      flush(false);
    });
    window.setInterval(function () {
      if (video.paused || start === null) return;
      close();
      start = last;
      flush(false);
    }, 5000);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState !== "hidden") return;
      var playing = start !== null;
      close();
      if (playing) start = last;
      flush(true);
    });
  }

  function offerResume(figure, video) {
    var data = document.getElementById("video-progress");
    if (!data) return;
    var state = (JSON.parse(data.textContent) || {})[figure.dataset.videoId];
    if (!state || state.done || state.position < 5) return;
    var bar = document.createElement("p");
    bar.className = "video-resume";
    var resume = document.createElement("button");
    resume.type = "button";
    resume.textContent = "Reprendre à " + timecode(state.position);
    var restart = document.createElement("button");
    restart.type = "button";
    restart.textContent = "Recommencer";
    function go(at) {
      video.currentTime = at;
      bar.remove();
      video.focus();
      var playing = video.play();
      if (playing && playing.catch) playing.catch(function () {});
    }
    resume.addEventListener("click", function () { go(state.position); });
    restart.addEventListener("click", function () { go(0); });
    bar.append(resume, " ", restart);
    video.before(bar);
  }

  // External players cannot report what was played: the learner says so.
  function offerWatchedButton(figure) {
    var progress = window.schoolProgress;
    var box = figure.querySelector("[data-watched]");
    var pageId = parseInt(figure.dataset.pageId, 10);
    if (!progress || !box || !pageId) return;
    box.hidden = false;
    var button = box.querySelector("button"), status = box.querySelector("[data-watched-status]");
    button.addEventListener("click", function () {
      button.disabled = true;
      progress.send([{ id: progress.newId(), type: "video.watched",
                       video: parseInt(figure.dataset.videoId, 10), page: pageId }])
        .then(function () { status.textContent = "C’est noté : vidéo regardée."; })
        .catch(function () {
          status.textContent = "Ce n’a pas pu être enregistré. Réessayez.";
          button.disabled = false;
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

  if (remembered(CAPTIONS) === "large") showCaptionSize("large");
  document.querySelectorAll("[data-video]").forEach(function (figure) {
    setupPlayer(figure);
    var video = figure.querySelector("video[data-player]");
    if (video) {
      trackPlayback(figure, video);
      offerResume(figure, video);
    }
    figure.querySelectorAll("[data-external]").forEach(setupExternal);
    offerWatchedButton(figure);
  });
})();
