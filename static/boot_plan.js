// Starts the plan builder's WebAssembly (plan.html): the form, the live preview, the link
// and its QR code. The page has no islands to wake, so it starts at once. If it cannot load
// (old browser, blocked file, network), the page says the builder is unavailable.
import init from "__APP_JS__";

function unavailable(error) {
  console.error("hip-explainer: the plan builder is unavailable:", error);
  const notice = document.getElementById("interactive-unavailable");
  if (notice) notice.removeAttribute("hidden");
  document.documentElement.classList.add("wasm-failed");
}

init({ module_or_path: new URL("__APP_WASM__", import.meta.url) }).catch(unavailable);
