// Starts "Your plan" only when the page was opened from a plan link (#plan=...), or when the
// address changes to one: the plan's code is a small build of its own, so the page's first
// load does not carry it. Nothing is sent anywhere: the plan stays in the fragment.
let started = false;

function start() {
  if (started || !location.hash.startsWith("#plan=")) return;
  started = true;
  import("__PLAN_JS__")
    .then((m) => m.default({ module_or_path: new URL("__PLAN_WASM__", import.meta.url) }))
    .catch((error) => console.error("hip-explainer: the plan could not be shown:", error));
}

start();
if (!started) addEventListener("hashchange", start);
