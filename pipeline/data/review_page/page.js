/* The review page's behaviour: every minutes item one click from its moment in the recording.
 * No network, no libraries: the page is one file opened from the disk. */
(function () {
  "use strict";
  var began = performance.now();
  var L = JSON.parse(document.getElementById("page-labels").textContent);
  var audio = document.getElementById("audio");
  var player = document.querySelector(".player");
  var statusBox = document.getElementById("audio-status");
  var pane = document.getElementById("transcript");
  var lines = Array.prototype.slice.call(document.querySelectorAll("#lines li.line"));
  var items = Array.prototype.slice.call(document.querySelectorAll(".item"));
  var LEAD = 0.25; // seconds: a line counts as heard this much before its start (seeks land a little early)

  // --- the transcript, by time ------------------------------------------------------
  var starts = new Float64Array(lines.length);
  var index = Object.create(null); // utterance id -> line
  lines.forEach(function (li, i) { starts[i] = parseFloat(li.getAttribute("data-s")); index[li.getAttribute("data-u")] = li; });
  var order = lines.map(function (_, i) { return i; }).sort(function (a, b) { return starts[a] - starts[b]; });

  function lineAt(t) { // the line last started at time t
    var lo = 0, hi = order.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[order[mid]] <= t + LEAD) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found < 0 ? null : lines[order[found]];
  }
  function startOf(li) { return parseFloat(li.getAttribute("data-s")); }

  var current = null, userScrolledAt = 0;
  ["wheel", "touchmove"].forEach(function (kind) {
    pane.addEventListener(kind, function () { userScrolledAt = Date.now(); }, { passive: true });
  });
  function setCurrent(li, scroll) {
    if (li !== current) {
      if (current) { current.classList.remove("playing"); current.removeAttribute("aria-current"); }
      current = li;
      if (li) { li.classList.add("playing"); li.setAttribute("aria-current", "true"); }
    }
    if (li && scroll) { keepVisible(li, scroll === "force"); }
  }
  function keepVisible(li, force) {
    if (!force && Date.now() - userScrolledAt < 4000) { return; } // the reader is looking elsewhere
    var r = li.getBoundingClientRect(), p = pane.getBoundingClientRect();
    if (r.top < p.top || r.bottom > p.bottom) { li.scrollIntoView({ block: "center" }); }
  }

  // --- the audio ------------------------------------------------------------------
  function say(text) { statusBox.textContent = text || ""; }
  var hasAudio = !!audio.getAttribute("src") || !!document.getElementById("audio-data");
  if (!hasAudio) { player.classList.add("no-audio"); say(L.no_audio); }
  audio.addEventListener("error", function () {
    if (!audio.getAttribute("src")) { return; }
    player.classList.add("no-audio");
    say(L.audio_missing.replace("{src}", decodeURI(audio.getAttribute("src"))));
  });
  audio.addEventListener("loadedmetadata", function () { player.classList.remove("no-audio"); say(""); });
  function follow() { setCurrent(lineAt(audio.currentTime), !audio.paused); }
  audio.addEventListener("timeupdate", follow);
  audio.addEventListener("seeked", follow);

  function playFrom(t) {
    if (!audio.getAttribute("src")) { say(L.no_audio); return; }
    audio.currentTime = Math.max(0, t);
    var started = audio.play();
    if (started && started.catch) {
      started.catch(function (e) { if (e && e.name !== "AbortError") { say(L.play_blocked); } });
    }
  }
  function togglePlay() {
    if (audio.paused) { playFrom(audio.currentTime); } else { audio.pause(); }
  }

  var chooser = document.getElementById("audio-file");
  chooser.addEventListener("change", function () {
    var file = chooser.files && chooser.files[0];
    if (!file) { return; }
    audio.src = URL.createObjectURL(file);
    player.classList.remove("no-audio");
    say("");
  });

  var embedded = document.getElementById("audio-data");
  if (embedded) { // a compressed copy inside the page: made playable once the page is shown
    setTimeout(function () {
      fetch("data:" + embedded.getAttribute("data-mime") + ";base64," + embedded.textContent.trim())
        .then(function (r) { return r.blob(); })
        .then(function (blob) { audio.src = URL.createObjectURL(blob); })
        .catch(function () { player.classList.add("no-audio"); say(L.embed_failed); });
    }, 0);
  }

  // --- the minutes items --------------------------------------------------------------
  var selected = null, marked = [];
  function evidenceOf(item) {
    return (item.getAttribute("data-ev") || "").split(" ")
      .map(function (id) { return index[id]; }).filter(Boolean);
  }
  function select(item, from) {
    if (selected) { selected.classList.remove("selected"); }
    marked.forEach(function (li) { li.classList.remove("evidence"); });
    selected = item;
    item.classList.add("selected");
    item.scrollIntoView({ block: "nearest" });
    marked = evidenceOf(item);
    marked.forEach(function (li) { li.classList.add("evidence"); });
    var first = from || marked.slice().sort(function (a, b) { return startOf(a) - startOf(b); })[0];
    if (!first) { say(L.no_evidence); return; }
    setCurrent(first, "force");
    playFrom(startOf(first));
  }
  items.forEach(function (item) {
    item.addEventListener("click", function (e) {
      var chip = e.target.closest("button.chip");
      select(item, chip ? index[chip.getAttribute("data-u")] : null);
    });
    item.addEventListener("keydown", function (e) { if (e.key === "Enter" && e.target === item) { select(item); } });
  });
  document.querySelectorAll("[data-target]").forEach(function (el) {
    el.addEventListener("click", function () {
      var item = document.getElementById(el.getAttribute("data-target"));
      if (item) { select(item); item.focus({ preventScroll: true }); }
    });
  });
  document.querySelectorAll(".speakers button.chip").forEach(function (chip) { // "listen": one turn of a speaker
    chip.addEventListener("click", function () {
      var li = index[chip.getAttribute("data-u")];
      if (li) { setCurrent(li, "force"); playFrom(startOf(li)); }
    });
  });
  lines.forEach(function (li) {
    li.addEventListener("click", function () { setCurrent(li, false); playFrom(startOf(li)); });
  });
  function step(by) {
    if (!items.length) { return; }
    var i = selected ? items.indexOf(selected) + by : (by > 0 ? 0 : items.length - 1);
    i = Math.max(0, Math.min(items.length - 1, i));
    items[i].focus({ preventScroll: true });
    select(items[i]);
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target, tag = (t && t.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || tag === "audio" || (t && t.isContentEditable)) { return; }
    if (e.key === " " || e.code === "Space") {
      if (tag === "button") { return; } // a focused button is pressed by space
      e.preventDefault();
      togglePlay();
    } else if (e.key === "j" || e.key === "J") {
      e.preventDefault(); step(1);
    } else if (e.key === "k" || e.key === "K") {
      e.preventDefault(); step(-1);
    }
  });

  // --- naming the speakers ---------------------------------------------------------------
  var inputs = Array.prototype.slice.call(document.querySelectorAll("input.speaker-name"));
  var snippet = document.getElementById("speakers-snippet");
  var names = Object.create(null); // label -> the elements showing that speaker's name
  document.querySelectorAll(".who[data-spk]").forEach(function (el) {
    var label = el.getAttribute("data-spk");
    (names[label] = names[label] || []).push(el);
  });
  function tomlString(s) { return "\"" + s.replace(/\\/g, "\\\\").replace(/"/g, "\\\"") + "\""; }
  function updateSpeakers(rename) {
    var rows = [];
    inputs.forEach(function (input) {
      var label = input.getAttribute("data-label"), auto = input.getAttribute("data-auto") || "";
      var typed = input.value.trim().replace(/\s+/g, " ");
      var shown = typed || auto || label;
      if (rename) { // the name typed, shown wherever the speaker is
        (names[label] || []).forEach(function (el) {
          if (el.textContent !== shown) { el.textContent = shown; }
          el.classList.toggle("unnamed", !typed && !auto);
        });
      }
      if (typed && (typed !== auto || input.getAttribute("data-sidecar") === "1")) {
        rows.push(label + " = " + tomlString(typed));
      }
    });
    snippet.value = L.snippet_head + "\n[speakers]\n" + (rows.length ? rows.join("\n") : "# " + L.type_a_name) + "\n";
  }
  inputs.forEach(function (input) { input.addEventListener("input", function () { updateSpeakers(true); }); });
  if (snippet) { updateSpeakers(false); }

  var copy = document.getElementById("copy-speakers"), copied = document.getElementById("copied");
  function copiedSay(text) { copied.textContent = text; setTimeout(function () { copied.textContent = ""; }, 2500); }
  function copyByHand() {
    snippet.focus();
    snippet.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    copiedSay(ok ? L.copied : L.copy_by_hand);
  }
  if (copy) {
    copy.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(snippet.value).then(function () { copiedSay(L.copied); }, copyByHand);
      } else {
        copyByHand();
      }
    });
  }
  document.documentElement.setAttribute("data-ready", "1");
  var timing = window.minutesReview = { began: began, ready: performance.now() };
  requestAnimationFrame(function () { setTimeout(function () { timing.shown = performance.now(); }, 0); });
})();
