// Stands in for WordPress on this sample page. WordPress puts a pasted link's oEmbed frame
// in <iframe sandbox="allow-scripts" data-secret="..." src="...#?secret=..."> and resizes
// it from { message: "height", value, secret } messages sent by that same frame, keeping
// the height between 200 and 1000 px. This is a small re-implementation of that behaviour,
// not WordPress's code.
(function () {
  "use strict";
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || d.message !== "height" || typeof d.secret !== "string" || /[^a-zA-Z0-9]/.test(d.secret)) return;
    var frames = document.querySelectorAll('iframe[data-secret="' + d.secret + '"]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== e.source) continue;
      var h = parseInt(d.value, 10) || 0;
      frames[i].height = String(Math.min(1000, Math.max(200, h)));
    }
  });
  // WordPress says "ready" to each frame once the page has loaded.
  window.addEventListener("load", function () {
    var frames = document.querySelectorAll("iframe[data-secret]");
    for (var i = 0; i < frames.length; i++) {
      frames[i].contentWindow.postMessage({ message: "ready", secret: frames[i].getAttribute("data-secret") }, "*");
    }
  });
})();
