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
 * data-lang picks the language: data-lang="es" frames es/embed.html, titled in Spanish; a
 * language the site does not have falls back to the default one.
 * Frames of embed.html already on the page (the plain frame code) are adopted too.
 *
 * The frames report their content height with postMessage
 *   { source: "hip-explainer", version: 1, type: "height", height }
 * and this script resizes a frame only from a message whose source is that frame's own
 * window. Everything else is ignored. Styles are set through CSSOM (no style attributes in
 * markup), with priority "important", so a host theme's rules (even `!important` ones) do
 * not collapse or cap the frame; hosts with a strict Content-Security-Policy need only allow
 * this script and the frame. No build step, no dependencies, no cookies, nothing stored.
 *
 * It may be loaded with Subresource Integrity (integrity="sha384-..." crossorigin) or as a
 * module (type="module"): the explainer's site sends it with Access-Control-Allow-Origin.
 * Its one global is keyed by a symbol, which no element id or name can clobber.
 */
(function () {
  "use strict";
  var KEY = Symbol.for("hip-explainer.embed");
  var running = window[KEY];
  if (running && typeof running.scan === "function") {
    running.scan();
    return;
  }
  var SOURCE = "hip-explainer";
  var VERSION = 1;
  // The site's languages, default first: [code, title of the explainer in it].
  var LANGUAGES = __HIP_LANGUAGES__;
  var base = scriptBase();
  var page = new URL("embed.html", base);
  var frames = [];

  // Where this script was loaded from (its folder). A module script has no currentScript:
  // then the last script on the page whose address ends in /embed.js.
  function scriptBase() {
    var s = document.currentScript;
    var src = s && s.src;
    if (!src) {
      var all = document.querySelectorAll("script[src]");
      for (var i = all.length - 1; i >= 0 && !src; i--) {
        if (/\/embed\.js(?:[?#]|$)/.test(all[i].src)) src = all[i].src;
      }
    }
    return new URL(".", src || location.href);
  }

  // Sets a style property so that no host rule overrides it: inline, with priority
  // "important" (an inline !important declaration beats every stylesheet rule, even
  // `* { all: unset !important }`).
  function force(frame, name, value) {
    frame.style.setProperty(name, value, "important");
  }

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

  // The frame's box: full width of its column, no border or padding, and no host limit on
  // its height (it takes the height its content reports; until then, its height attribute
  // or 900 px). Whether it shows at all (display, visibility) stays the host's choice.
  function fit(frame) {
    var h = frame.getAttribute("height");
    frame.style.display = "block";
    force(frame, "height", (/^\d+$/.test(h || "") ? h : "900") + "px");
    force(frame, "box-sizing", "content-box");
    force(frame, "width", "100%");
    force(frame, "min-width", "0");
    force(frame, "max-width", "100%");
    force(frame, "min-height", "0");
    force(frame, "max-height", "none");
    force(frame, "border", "0");
    force(frame, "padding", "0");
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

  // The language a slot asks for ([code, title]; the default one if it names none we have),
  // and its embedded page.
  function language(slot) {
    var asked = (slot.getAttribute("data-lang") || "").toLowerCase().split(/[-_]/)[0];
    for (var i = 1; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i][0] === asked) return LANGUAGES[i];
    }
    return LANGUAGES[0];
  }
  function pageIn(lang) {
    return lang === LANGUAGES[0][0] ? page : new URL(lang + "/embed.html", base);
  }

  function isExplainer(src) {
    try {
      var href = new URL(src, location.href).href;
      for (var i = 0; i < LANGUAGES.length; i++) {
        if (href.indexOf(pageIn(LANGUAGES[i][0]).href) === 0) return true;
      }
      return false;
    } catch (e) {
      return false; // not a URL at all
    }
  }

  function scan() {
    var slots = document.querySelectorAll("div[data-hip-explainer]");
    for (var i = 0; i < slots.length; i++) {
      var slot = slots[i];
      var frame = document.createElement("iframe");
      var lang = language(slot);
      frame.src = pageIn(lang[0]).href + settingsQuery(slot);
      frame.title = slot.getAttribute("data-title") || lang[1];
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
        force(frames[i], "height", Math.round(Math.min(Math.max(h, 100), 30000)) + "px");
        return;
      }
    }
  });

  window[KEY] = { scan: scan };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan);
  } else {
    scan();
  }
})();
