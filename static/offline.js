// Keeps an offline copy of the explainer (dist/sw.js) once the page has loaded. Only on
// the explainer and the plan builder; never on the embedded page, which lives inside other
// sites. A browser without service workers simply has no offline copy. `xtask build` appends
// this to the boot script of the article and the builder, in a block of its own.
if ("serviceWorker" in navigator) {
  addEventListener("load", () => {
    navigator.serviceWorker.register(new URL("../sw.js", import.meta.url)).catch((error) => {
      console.info("hip-explainer: no offline copy:", error);
    });
  });
}
