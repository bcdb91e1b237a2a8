// The embedded page's height, told to the page that frames it. A tiny plain script that runs
// before and without the WebAssembly, so a frame gets its height even below the fold and even
// if the wasm never loads.
//
// Sent to the parent (target origin "*": a height is not a secret):
// - ours, versioned: { source: "hip-explainer", version: 1, type: "height", height };
// - WordPress's, only when the URL hash carries "#?secret=...": { message: "height", value, secret }.
// Answered, from the parent window only (everything else is ignored):
// - ours: { source: "hip-explainer", version: 1, type: "request-height" };
// - WordPress's: { message: "ready", secret } with this frame's secret.
//
// When: as soon as this script runs (end of <body>), at load, on every request whenever it
// comes, and on every size change. Chromium throttles ResizeObserver in offscreen
// cross-origin frames, so DOM changes (chapters opening, settings applied) and window
// resizes are watched too; reading the height forces layout and is never throttled.
(function () {
  "use strict";
  var parent = window.parent;
  if (!parent || parent === window) return; // not in a frame
  var SOURCE = "hip-explainer";
  var VERSION = 1;
  var match = /secret=([a-zA-Z0-9]{1,64})/.exec(location.hash);
  var secret = match ? match[1] : null;
  var last = -1;

  function height() {
    var page = document.querySelector(".page");
    return Math.ceil((page || document.body).getBoundingClientRect().height);
  }

  function send(force) {
    if (!document.body) return;
    var h = height();
    if (h === last && !force) return;
    last = h;
    parent.postMessage({ source: SOURCE, version: VERSION, type: "height", height: h }, "*");
    if (secret) parent.postMessage({ message: "height", value: h, secret: secret }, "*");
  }

  // Several changes in a row give one measurement.
  var pending = 0;
  function soon() {
    if (!pending) pending = setTimeout(function () { pending = 0; send(false); }, 50);
  }

  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.source !== parent || !d || typeof d !== "object") return;
    var ours = d.source === SOURCE && d.version === VERSION && d.type === "request-height";
    var wordpress = secret !== null && d.message === "ready" && d.secret === secret;
    if (ours || wordpress) send(true);
  });
  window.addEventListener("load", function () { send(true); });
  window.addEventListener("resize", soon);
  document.addEventListener("toggle", soon, true);
  if (document.fonts && document.fonts.addEventListener) document.fonts.addEventListener("loadingdone", soon);
  if (window.ResizeObserver && document.body) new ResizeObserver(soon).observe(document.body);
  if (window.MutationObserver && document.body) {
    new MutationObserver(soon).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["open", "hidden", "class"],
    });
  }
  send(true);
})();
