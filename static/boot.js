// Starts the WebAssembly that makes the prerendered diagrams interactive.
// If it cannot load (old browser, blocked file, network), the article stays readable and a
// short notice says the interactive parts are unavailable.
import init from "__APP_JS__";

function unavailable(error) {
  console.error("hip-explainer: interactive diagrams unavailable:", error);
  const notice = document.getElementById("interactive-unavailable");
  if (notice) notice.removeAttribute("hidden");
  document.documentElement.classList.add("wasm-failed");
}

init({ module_or_path: new URL("__APP_WASM__", import.meta.url) }).catch(unavailable);
