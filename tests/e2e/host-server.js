// A second loopback origin for the embedding tests: host pages (tests/e2e/hosts/) served from
// http://localhost:PORT while the explainer runs on BASE_URL (http://127.0.0.1:...), so the
// explainer is always a cross-origin frame, as on a clinic's site. Each host page is sent
// with its own Content-Security-Policy. Node's http module only; loopback only.

const crypto = require("crypto");
const fs = require("fs");
const http = require("http");
const path = require("path");
const { ROOT, DIST } = require("./helpers");

const HOSTS = path.join(__dirname, "hosts");

/** The explainer's origin (no trailing slash). */
const BASE = (process.env.BASE_URL || "http://127.0.0.1:8081").replace(/\/+$/, "");

/** Each host page's policy: it allows the explainer only where the page needs it. */
function policy(name) {
  switch (name) {
    case "frame.html":
      return `default-src 'none'; frame-src ${BASE}; style-src 'self'; img-src 'self' data:`;
    case "script.html":
      return `default-src 'none'; script-src ${BASE}; frame-src ${BASE}; style-src 'self'; img-src 'self' data:`;
    case "sandbox.html":
      // img-src for the favicon Firefox asks for (the 204 above); the host's own policy.
      return `default-src 'none'; script-src 'self'; frame-src ${BASE}; img-src 'self'`;
    default:
      return `default-src 'self'; script-src 'self' ${BASE}; frame-src 'self' ${BASE}; style-src 'self'`;
  }
}

/** The Subresource Integrity value of the built embed.js (as a browser computes it). */
function integrity() {
  return "sha384-" + crypto.createHash("sha384").update(fs.readFileSync(path.join(DIST, "embed.js"))).digest("base64");
}

function attr(s) {
  return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function handler(req, res) {
  const url = new URL(req.url, "http://localhost");
  const name = url.pathname.replace(/^\/+/, "");
  const send = (status, type, body, headers = {}) => {
    res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers });
    res.end(body);
  };
  if (name === "favicon.ico") return send(204, "image/x-icon", "");
  if (name === "bootstrap.min.css") {
    return send(200, "text/css", fs.readFileSync(path.join(ROOT, "node_modules/bootstrap/dist/css/bootstrap.min.css")));
  }
  if (name === "wordpress-like.js") {
    return send(200, "text/javascript", fs.readFileSync(path.join(ROOT, "static/demo/wordpress-like.js")));
  }
  if (name.startsWith("demo/") && !name.includes("..")) {
    // The sample clinic page, pointed at the explainer's origin.
    const file = path.join(DIST, name === "demo/" ? "demo/index.html" : name);
    if (!fs.existsSync(file)) return send(404, "text/plain", "not found");
    const ext = path.extname(file);
    const type = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript" }[ext] || "application/octet-stream";
    let body = fs.readFileSync(file);
    if (ext === ".html") body = body.toString("utf8").replace(/"\.\.\/(embed[\w.-]*)/g, `"${BASE}/$1`);
    const csp = `default-src 'self'; script-src 'self' ${BASE}; frame-src ${BASE}; style-src 'self'; img-src 'self' data:`;
    return send(200, type, body, ext === ".html" ? { "Content-Security-Policy": csp } : {});
  }
  const file = path.join(HOSTS, name);
  if (!/^[\w-]+\.(html|css|js)$/.test(name) || !fs.existsSync(file)) return send(404, "text/plain", "not found");
  if (name.endsWith(".css")) return send(200, "text/css", fs.readFileSync(file));
  if (name.endsWith(".js")) return send(200, "text/javascript", fs.readFileSync(file));
  let html = fs.readFileSync(file, "utf8");
  if (url.searchParams.has("noembed")) html = html.replace(/<!--embed-->[\s\S]*?<!--\/embed-->/g, "");
  html = html
    .replace(/\{\{BASE\}\}/g, BASE)
    .replace(/\{\{CLINIC\}\}/g, attr(url.searchParams.get("clinic") ?? "Sunrise Physio"))
    .replace(/\{\{CTA\}\}/g, attr(url.searchParams.get("cta") ?? "https://sunrise-physio.example/book"))
    // wrap.html: the query the frame gets (`?q=<query without ?>`).
    .replace(/\{\{QUERY\}\}/g, () => attr(url.searchParams.get("q") ? `?${url.searchParams.get("q")}` : ""))
    // sri.html, module.html: the real value, or (`?bad-integrity`) one that does not match.
    .replace(/\{\{INTEGRITY\}\}/g, () => (url.searchParams.has("bad-integrity") ? `sha384-${"A".repeat(64)}` : integrity()));
  return send(200, "text/html; charset=utf-8", html, { "Content-Security-Policy": policy(name) });
}

/** Starts the host server on both loopback addresses of one free port; resolves to its origin. */
async function startHostServer() {
  const v4 = http.createServer(handler);
  await new Promise((resolve, reject) => v4.listen(0, "127.0.0.1", resolve).on("error", reject));
  const port = v4.address().port;
  const v6 = http.createServer(handler);
  await new Promise((resolve) => v6.listen(port, "::1", resolve).on("error", () => resolve()));
  const host = new URL(BASE).hostname === "localhost" ? "127.0.0.1" : "localhost";
  return {
    origin: `http://${host}:${port}`,
    close: () => Promise.all([v4, v6].map((s) => new Promise((r) => (s.listening ? s.close(r) : r())))),
  };
}

/**
 * Opens the host page wrap.html on `origin` (a host server's), whose plain frame shows
 * embed.html with the settings `params`, and waits until they are applied and the islands of
 * the open chapters are awake.
 * Returns the frame element's handle and the frame. Clinic settings apply only in a frame.
 */
async function openInClinicFrame(page, origin, params) {
  const { expect } = require("@playwright/test");
  const q = new URLSearchParams(params).toString();
  await page.goto(`${origin}/wrap.html?${new URLSearchParams({ q })}`);
  const handle = await page.waitForSelector("#explainer");
  const frame = await handle.contentFrame();
  await frame.waitForSelector("html.embed-ready, html.wasm-failed", { state: "attached", timeout: 20_000 });
  await wakeFrameIslands(frame);
  // Every island of the open chapters works (chapters still closed wake when opened).
  await expect
    .poll(
      () =>
        frame.evaluate(() =>
          [...document.querySelectorAll("[data-island]:not([data-awake])")]
            .filter((s) => (s.closest("figure") || s).checkVisibility())
            .map((s) => s.getAttribute("data-island")),
        ),
      { message: "every island of the open chapters wakes", timeout: 20_000 },
    )
    .toEqual([]);
  return { handle, frame };
}

/**
 * Wakes the islands of an embedded page as a reader reaching them by keyboard would: its
 * islands wake when read, and a frame's content may lie outside the host's viewport. Each
 * rendered island's first control is focused in turn (focus wakes an island), then the
 * focus goes back where it was.
 */
async function wakeFrameIslands(frame) {
  await frame.evaluate(() => {
    const before = document.activeElement;
    for (const slot of document.querySelectorAll("[data-island]:not([data-awake])")) {
      if (!(slot.closest("figure") || slot).checkVisibility()) continue;
      const control = slot.querySelector("input, button, select, textarea, [tabindex]");
      if (control) control.focus({ preventScroll: true });
    }
    if (before && before.focus) before.focus({ preventScroll: true });
    else document.activeElement.blur();
  });
}

module.exports = { BASE, integrity, openInClinicFrame, startHostServer, wakeFrameIslands };
