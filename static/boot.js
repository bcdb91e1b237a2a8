// Wakes the page's islands (interactive figures and small tools) when they are about to be
// read. The article is complete prerendered HTML; the WebAssembly only makes islands work,
// so it is not fetched on the first load: it starts when the first island comes near the
// viewport, or on the first focus or pointer on one, whichever is first, and each island is
// hydrated as it approaches. The embedded page does the same, once its settings are applied.
// A control moved before its island woke is honoured: its value is handed to the island,
// through the same event the reader's own input would have sent, once the island is awake;
// a button pressed before then is pressed again once it works.
// Also here, so they work without the wasm: the reading-progress bar.
// If the wasm cannot load (old browser, blocked file, network), the article stays readable
// and a short notice says the interactive parts are unavailable.

const root = document.documentElement;
const ISLAND = "[data-island]";
const AWAKE = "data-awake";

// A reader who leaves while the wasm is still loading aborts it: that is not a failure.
let leaving = false;
for (const type of ["beforeunload", "pagehide"]) {
  addEventListener(type, () => {
    leaving = true;
  });
}

function unavailable(error) {
  if (leaving) return;
  console.error("hip-explainer: interactive diagrams unavailable:", error);
  const notice = document.getElementById("interactive-unavailable");
  if (notice) notice.removeAttribute("hidden");
  root.classList.add("wasm-failed");
}

let started = null;
/** Loads and starts the wasm once; resolves to its exports. */
function start() {
  if (!started) {
    started = import("__APP_JS__")
      .then((app) => app.default({ module_or_path: new URL("__APP_WASM__", import.meta.url) }).then(() => app))
      .catch((error) => {
        unavailable(error);
        return null;
      });
  }
  return started;
}

/** What the reader has set in an island's native controls. */
function held(slot) {
  return [...slot.querySelectorAll("input")].map((input) => ({ input, value: input.value, checked: input.checked }));
}

/** Hands values set before waking to the awake island, as the reader's input would. */
function replay(controls) {
  for (const { input, value, checked } of controls) {
    const box = input.type === "checkbox" || input.type === "radio";
    if (box ? checked === input.defaultChecked : value === input.defaultValue) continue;
    if (box) input.checked = checked;
    else input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

/** Resolves once `slot` says it is awake (figures say so after their first render). */
function awake(slot) {
  if (slot.hasAttribute(AWAKE)) return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!slot.hasAttribute(AWAKE)) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(slot, { attributes: true, attributeFilter: [AWAKE] });
  });
}

const waking = new WeakSet();
function wake(slot) {
  if (waking.has(slot)) return;
  waking.add(slot);
  start().then((app) => {
    if (!app || root.classList.contains("wasm-failed")) return;
    const controls = held(slot);
    if (!app.wake(slot)) {
      console.warn(`hip-explainer: no island "${slot.getAttribute("data-island")}"`);
      return;
    }
    awake(slot).then(() => {
      replay(controls);
      // A button pressed before its island woke (the press only woke it) is pressed again.
      const button = pressed.get(slot);
      pressed.delete(slot);
      if (button && button.isConnected) button.click();
    });
  });
}

// A tap on a muscle hotspot (chapters 4 and 5) focuses it, so the line under the drawing
// names it (by CSS `:focus`) in every browser: not every browser focuses an SVG shape that
// is tapped. Plain script, so it works before and without the wasm.
document.addEventListener(
  "pointerdown",
  (e) => {
    const spot = e.target instanceof Element ? e.target.closest(".dg-spot") : null;
    if (spot) spot.focus({ preventScroll: true });
  },
  { passive: true },
);

// The button, per slot, that the reader pressed while its island was still asleep.
const pressed = new WeakMap();
document.addEventListener(
  "click",
  (e) => {
    const button = e.target instanceof Element ? e.target.closest('button, [role="button"]') : null;
    const slot = button && button.closest(ISLAND);
    if (!slot || slot.hasAttribute(AWAKE)) return;
    pressed.set(slot, button);
    wake(slot);
  },
  { capture: true },
);

// Islands wake as they come within a quarter screen of the viewport. A figure's slot has no
// box of its own (`display: contents`), so its figure is watched for it.
const watched = new Map();
const near =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const e of entries) if (e.isIntersecting) (watched.get(e.target) || []).forEach(wake);
        },
        { rootMargin: "25% 0px" },
      )
    : null;
function watch(slot) {
  const box = slot.closest("figure") || slot;
  watched.set(box, [...(watched.get(box) || []), slot]);
  near.observe(box);
}

// ... or as soon as the reader reaches for one.
for (const type of ["focusin", "pointerdown", "pointerover"]) {
  document.addEventListener(
    type,
    (e) => {
      const slot = e.target instanceof Element ? e.target.closest(ISLAND) : null;
      if (slot) wake(slot);
    },
    { capture: true, passive: true },
  );
}

// The embedded page first applies its clinic's settings (chapters, start, theme, clinic
// details) with a small build of its own, at once; only then do its islands start to watch,
// so a chapter the settings remove never wakes. If that build fails, the page keeps its
// neutral default and its islands still work.
function settings() {
  if (!root.hasAttribute("data-embed") || !"__SETTINGS_JS__") return Promise.resolve();
  return import("__SETTINGS_JS__")
    .then((s) => s.default({ module_or_path: new URL("__SETTINGS_WASM__", import.meta.url) }))
    .catch((error) => {
      if (!leaving) console.error("hip-explainer: embed settings not applied:", error);
    });
}

settings().then(() => {
  const slots = document.querySelectorAll(ISLAND);
  if (near) slots.forEach(watch);
  else start().then(() => slots.forEach(wake));
});

// The reading-progress bar: how far through the page the reader is.
const bar = document.getElementById("reading-progress");
if (bar) {
  let queued = false;
  const update = () => {
    queued = false;
    const scrollable = root.scrollHeight - root.clientHeight;
    const read = scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1;
    bar.style.setProperty("--read", read.toFixed(3));
    bar.setAttribute("aria-valuenow", String(Math.round(read * 100)));
  };
  const later = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  };
  window.addEventListener("scroll", later, { passive: true });
  window.addEventListener("resize", later, { passive: true });
  update();
}

// The language switch keeps the reader's place: the chapter they last stayed on (or a plan
// in the address) goes with the link, and on the embedded page the clinic's settings too.
// The switch sits at the top, so a reader scrolls up to it: a chapter counts once the page
// has rested on it for a moment, and passing chapters on the way up do not. On the embedded
// page, `?lang=xx` opens the page in that language when the site has it (the switch's links
// say which languages there are).
function chapterInView() {
  let id = "";
  for (const chapter of document.querySelectorAll("section.chapter[id]")) {
    if (chapter.getBoundingClientRect().top > innerHeight / 3) break;
    id = chapter.id;
  }
  return id;
}
// The rest is measured between scroll events, not by a timer: a timer that a busy page runs
// late is cancelled by the next scroll and the chapter is lost (CI caught that once).
const REST_MS = 600;
let readingChapter = "";
let stoppedOn = "";
let stoppedAt = 0;
function noteRest(now) {
  if (stoppedOn && now - stoppedAt >= REST_MS) readingChapter = stoppedOn;
}
addEventListener(
  "scroll",
  () => {
    const now = performance.now();
    noteRest(now);
    stoppedOn = chapterInView();
    stoppedAt = now;
  },
  { passive: true },
);
function otherLanguage(link) {
  noteRest(performance.now());
  const url = new URL(link.getAttribute("href"), location.href);
  if (root.hasAttribute("data-embed")) url.search = location.search;
  url.hash = location.hash.startsWith("#plan=") ? location.hash : readingChapter || location.hash;
  return url;
}
document.addEventListener("click", (e) => {
  const link = e.target instanceof Element ? e.target.closest("a[data-lang-switch]") : null;
  if (link) link.href = otherLanguage(link).href;
});
if (root.hasAttribute("data-embed")) {
  const asked = (new URLSearchParams(location.search).get("lang") || "").toLowerCase().split(/[-_]/)[0];
  const link = asked && asked !== root.lang ? document.querySelector(`a[data-lang-switch][hreflang="${CSS.escape(asked)}"]`) : null;
  if (link) location.replace(otherLanguage(link).href);
}
