// Starts "Your plan" only when the page was opened from a plan link (#plan=...), or when the
// address changes to one: the plan's code and styles are a small build of their own, so the
// page's first load does not carry them. Nothing is sent anywhere: the plan stays in the
// fragment. Kept short on purpose (the embedded page's first load is nearly full); `xtask
// build` drops these comment lines and appends this to the boot script of the article and the
// embedded page, in a block of its own (one script per page on the first load).
let on = false;
function start() {
  if (on || !location.hash.startsWith("#plan=")) return;
  on = true;
  const at = (f) => new URL(f, import.meta.url);
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = at("__PLAN_CSS__");
  document.head.append(css);
  import("__PLAN_JS__").then((m) => m.default({ module_or_path: at("__PLAN_WASM__") }), console.error);
}
start();
on || addEventListener("hashchange", start);
