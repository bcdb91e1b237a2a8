// The offline copy (dist/sw.js): after one online visit, the explainer, a plan link and the
// plan builder open with the network off; a new deployment's files replace the old ones
// on the next visit, and the page a reader gets online is never the old one.
// These tests run their own copy of dist/ on their own server, so changing it for a "new
// deployment" touches no other test.
// Offline is real, not emulated: the test's server stops answering (it resets every
// connection, old or new, while keeping its port so no other server can take it), so every
// request that reaches the network fails, as with the network down, and only the service
// worker's stored copy can answer. (Playwright's context.setOffline is not used: over
// WebDriver BiDi, Firefox's offline emulation now and then answered a navigation with
// NS_ERROR_OFFLINE before the service worker could.)

const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { DIST, waitForHydration } = require("./helpers");

test.use({ serviceWorkers: "allow" });

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/**
 * Serves `dir` on a free loopback port; returns its base URL, `offline()` (from then on every
 * connection is reset: the network is gone for the browser) and a stop function.
 */
async function serve(dir) {
  let down = false;
  const server = http.createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    let name = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "");
    if (name === "" || name.endsWith("/")) name += "index.html";
    const file = path.join(dir, name);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:",
      "Cache-Control": "no-cache",
    });
    res.end(fs.readFileSync(file));
  });
  server.on("connection", (socket) => {
    if (down) socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    async offline() {
      down = true;
      server.closeAllConnections();
      // Proof that nothing answers from the network now.
      await expect(fetch(`${base}/`, { cache: "no-store" })).rejects.toThrow();
    },
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

/** A fresh copy of dist/ to serve (and change). */
function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hip-offline-"));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** Waits until the page is controlled by an active offline copy with every file stored. */
async function waitForOfflineCopy(page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          return Boolean(reg && reg.active && reg.active.state === "activated" && navigator.serviceWorker.controller);
        }),
      { timeout: 20_000 },
    )
    .toBe(true);
}

async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

test("after one online visit, the page, a plan link and the builder open offline", async ({ context, page }) => {
  const dir = copyDist();
  const server = await serve(dir);
  try {
    await page.goto(`${server.base}/`);
    await waitForOfflineCopy(page);
    expect(await cacheNames(page)).toHaveLength(1);

    await server.offline();
    const again = await context.newPage();
    await again.goto(`${server.base}/`);
    await expect(again.locator("h1")).toBeVisible();
    // Islands wake as the reader scrolls to them: from the offline copy too.
    await waitForHydration(again);
    await expect(again.locator("#interactive-unavailable")).toBeHidden();

    const planPage = await context.newPage();
    await planPage.goto(`${server.base}/#plan=1&2=e3x12&d=2&w=8&n=Offline%20works`);
    await expect(planPage.locator(".your-plan")).toBeVisible();
    await expect(planPage.locator(".your-plan [data-exercise]:visible h4")).toHaveText(["2. Clamshell"]);
    await expect(planPage.locator(".your-plan bdi[data-text='note']")).toHaveText("Offline works");

    const builder = await context.newPage();
    await builder.goto(`${server.base}/plan.html`);
    await builder.waitForSelector("[data-island='builder'][data-ready]");
    await builder.locator("#b-include-1").check();
    await expect(builder.locator(".builder-qr-dark")).toHaveAttribute("d", /M/);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a new deployment replaces the old files on the next visit", async ({ context, page }) => {
  const dir = copyDist();
  const server = await serve(dir);
  try {
    await page.goto(`${server.base}/`);
    await waitForOfflineCopy(page);
    const [oldCache] = await cacheNames(page);

    // Deploy: a changed page and a new asset, hence a new sw.js (as `xtask build` writes it).
    const index = fs.readFileSync(path.join(dir, "index.html"), "utf8");
    const oldStyle = index.match(/assets\/style-[0-9a-f]+\.css/)[0];
    const newStyle = oldStyle.replace(/style-[0-9a-f]+/, "style-0000000new");
    fs.copyFileSync(path.join(dir, oldStyle), path.join(dir, newStyle));
    fs.writeFileSync(
      path.join(dir, "index.html"),
      index.replace(oldStyle, newStyle).replace("<body>", '<body data-deployment="new">'),
    );
    const sw = fs.readFileSync(path.join(dir, "sw.js"), "utf8");
    const version = sw.match(/const VERSION = "([0-9a-f]+)"/)[1];
    fs.writeFileSync(path.join(dir, "sw.js"), sw.replace(version, "0000000new").replace(oldStyle, newStyle));

    // The next visit, online: the new page at once (never the stored old one) ...
    const next = await context.newPage();
    await next.goto(`${server.base}/`);
    await expect(next.locator("body")).toHaveAttribute("data-deployment", "new");
    // ... and the new copy replaces the old files.
    await expect.poll(() => cacheNames(next), { timeout: 20_000 }).toEqual(["hip-explainer-0000000new"]);
    expect(oldCache).not.toBe("hip-explainer-0000000new");

    // Offline now, the reader gets the new deployment with its new file.
    await server.offline();
    const offline = await context.newPage();
    await offline.goto(`${server.base}/`);
    await expect(offline.locator("body")).toHaveAttribute("data-deployment", "new");
    await expect(offline.locator(`link[href='${newStyle}']`)).toHaveCount(1);
    await waitForHydration(offline);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the embedded page keeps no offline copy", async ({ page }) => {
  await page.goto("/embed.html");
  await page.waitForSelector("html.embed-ready");
  // Give a registration every chance to happen, then check there is none.
  await page.waitForTimeout(500);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
