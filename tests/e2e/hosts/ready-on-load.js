// A WordPress-like host that says "ready" to each frame as soon as that frame has loaded
// (not at the page's load), and resizes a frame from its { message: "height" } messages,
// keeping the height between 200 and 1000 px. It notes when each height arrived
// (window.__heights: [{ value, at }], `at` in ms since navigation start).
(function () {
  "use strict";
  window.__heights = [];
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || d.message !== "height" || typeof d.secret !== "string" || /[^a-zA-Z0-9]/.test(d.secret)) return;
    var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== e.source) continue;
      var h = parseInt(d.value, 10) || 0;
      frames[i].height = String(Math.min(1000, Math.max(200, h)));
      window.__heights.push({ value: h, at: performance.now() });
    }
  });
  var frames = document.querySelectorAll("iframe[data-secret]");
  for (var i = 0; i < frames.length; i++) {
    (function (f) {
      f.addEventListener("load", function () {
        f.contentWindow.postMessage({ message: "ready", secret: f.getAttribute("data-secret") }, "*");
      });
    })(frames[i]);
  }
})();
