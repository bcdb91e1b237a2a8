// Benchmark (not a test): first paint, largest paint and time to interactive as Chromium itself
// reports them (PerformanceObserver), with Lighthouse's mobile throttling applied for real
// through the Chrome DevTools Protocol: 150 ms round trip, 1.6 Mbit/s down, 4x CPU slowdown.
// Lighthouse's own LCP is simulated from the request graph, so it counts every request that
// starts before the paint (the preloaded wasm among them) even when the paint does not wait
// for it; this measures what the browser paints and when.
// Usage: node tests/bench/observed-load.js APP_URL NO_SCRIPT_URL
const { chromium } = require("@playwright/test");

const RUNS = 3;

async function once(browser, url, scripted) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__paints = { fcp: null, lcp: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__paints.fcp = e.startTime;
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paints.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  // Let the last paints be reported, with no scrolling (the app fetches no wasm yet).
  await page.waitForTimeout(500);
  const p = await page.evaluate(() => window.__paints);
  p.wasmBeforeScroll = await page.evaluate(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith(".wasm")));
  // Then the reader reaches the first island: time from its entering the viewport to its
  // working (`data-awake`), wasm fetch, compile and hydration included.
  p.interactive = scripted
    ? await page.evaluate(async () => {
        const slot = document.querySelector("[data-island]");
        const box = slot.closest("figure") || slot;
        const t0 = performance.now();
        box.scrollIntoView({ block: "end", behavior: "instant" });
        await new Promise((resolve) => {
          const check = () => (slot.hasAttribute("data-awake") ? resolve() : setTimeout(check, 5));
          check();
        });
        return performance.now() - t0;
      })
    : null;
  await context.close();
  return p;
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};

(async () => {
  const [appUrl, limitUrl] = process.argv.slice(2);
  if (!appUrl || !limitUrl) throw new Error("usage: observed-load.js APP_URL NO_SCRIPT_URL");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const results = {};
  for (const [name, url] of [["app", appUrl], ["no-script", limitUrl]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, url, name === "app"));
    results[name] = {
      fcp: median(runs.map((r) => r.fcp)),
      lcp: median(runs.map((r) => r.lcp)),
      interactive: median(runs.map((r) => r.interactive)),
      wasmBeforeScroll: runs.some((r) => r.wasmBeforeScroll),
    };
  }
  await browser.close();
  const ms = (v) => (v === null ? "-" : `${Math.round(v)}ms`);
  console.log(`\nObserved in Chromium with the same throttling applied (median of ${RUNS} loads each)`);
  console.log(`${"metric".padEnd(22)} ${"app".padStart(12)} ${"no-script".padStart(14)}`);
  for (const [label, key] of [["first contentful paint", "fcp"], ["largest contentful paint", "lcp"], ["island in view -> works", "interactive"]]) {
    console.log(`${label.padEnd(22)} ${ms(results.app[key]).padStart(12)} ${ms(results["no-script"][key]).padStart(14)}`);
  }
  console.log(`wasm fetched before any scroll: ${results.app.wasmBeforeScroll ? "yes" : "no"}`);
  // For `cargo xtask bench`'s summary table.
  if (process.env.BENCH_JSON) require("fs").writeFileSync(process.env.BENCH_JSON, JSON.stringify(results));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
