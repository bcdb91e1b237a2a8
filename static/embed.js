/*
 * hip-explainer one-script embed. Paste where the explainer should go:
 *
 *   <div data-hip-explainer data-clinic="Hill Street Physio" data-accent="#005f99"></div>
 *   <script src="https://EXPLAINER-HOST/embed.js" async></script>
 *
 * Each <div data-hip-explainer> becomes a titled, lazy-loading <iframe> of embed.html. Its
 * data-* attributes become the frame's query parameters (data-cta-label -> cta-label); the
 * explainer checks them all in one place and says in the console why it skipped a bad one.
 * (data-title, if given, is the frame's accessible name instead of the explainer's title.)
 * Frames of embed.html already on the page (the plain frame code) are adopted too.
 *
 * The frames report their content height with postMessage
 *   { source: "hip-explainer", version: 1, type: "height", height }
 * and this script resizes a frame only from a message whose source is that frame's own
 * window. Everything else is ignored. Styles are set through CSSOM (no style attributes in
 * markup), so hosts with a strict Content-Security-Policy need only allow this script and
 * the frame. No build step, no dependencies, no cookies, nothing stored.
 */
(function () {
  "use strict";
  if (window.hipExplainerEmbed) {
    window.hipExplainerEmbed.scan();
    return;
  }
  var SOURCE = "hip-explainer";
  var VERSION = 1;
  var TITLE = __HIP_TITLE__;
  var script = document.currentScript;
  var base = new URL(".", script && script.src ? script.src : location.href);
  var page = new URL("embed.html", base);
  var frames = [];

  function settingsQuery(el) {
    var q = new URLSearchParams();
    for (var i = 0; i < el.attributes.length; i++) {
      var a = el.attributes[i];
      if (a.name.indexOf("data-") === 0 && a.name !== "data-hip-explainer" && a.name !== "data-title") {
        q.append(a.name.slice(5), a.value);
      }
    }
    var s = q.toString();
    return s ? "?" + s : "";
  }

  function fit(frame) {
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frames.push(frame);
  }

  // Asks a loaded frame for its height (a frame that loaded before this script ran has
  // already sent it). "*": the request carries nothing private, and a sandboxed frame's
  // origin is opaque.
  function ask(frame) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ source: SOURCE, version: VERSION, type: "request-height" }, "*");
    }
  }

  function isExplainer(src) {
    try {
      return new URL(src, location.href).href.indexOf(page.href) === 0;
    } catch (e) {
      return false; // not a URL at all
    }
  }

  function scan() {
    var slots = document.querySelectorAll("div[data-hip-explainer]");
    for (var i = 0; i < slots.length; i++) {
      var slot = slots[i];
      var frame = document.createElement("iframe");
      frame.src = page.href + settingsQuery(slot);
      frame.title = slot.getAttribute("data-title") || TITLE;
      frame.loading = "lazy";
      frame.height = "900";
      frame.className = "hip-explainer-frame";
      fit(frame);
      frame.addEventListener("load", ask.bind(null, frame));
      slot.replaceWith(frame);
    }
    var existing = document.querySelectorAll("iframe");
    for (var j = 0; j < existing.length; j++) {
      var f = existing[j];
      if (frames.indexOf(f) < 0 && isExplainer(f.getAttribute("src") || "")) {
        fit(f);
        if (f.contentDocument === null) ask(f); // cross-origin: already past about:blank
        f.addEventListener("load", ask.bind(null, f));
      }
    }
  }

  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || d.source !== SOURCE || d.version !== VERSION || d.type !== "height") return;
    var h = Number(d.height);
    if (!isFinite(h)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.round(Math.min(Math.max(h, 100), 30000)) + "px";
        return;
      }
    }
  });

  window.hipExplainerEmbed = { scan: scan };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan);
  } else {
    scan();
  }
})();
