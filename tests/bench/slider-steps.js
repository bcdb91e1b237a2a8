// Benchmark (not a test): script time per slider step at 4x CPU slowdown, for every slider of
// every figure, measured with the Chrome DevTools Protocol (Performance.getMetrics
// ScriptDuration and TaskDuration). Each slider is stepped ROUNDS times STEPS steps (up from
// its lowest value, then down from its highest); a slider's figure is the median of its
// rounds, a figure's the worst of its sliders. The best round is given too: on a machine
// shared with other work, other processes only ever add time. SLIDER_ROUNDS=n for more rounds.
// Usage: node tests/bench/slider-steps.js http://127.0.0.1:8080/
// With BENCH_JSON=path, also writes { figure: { scriptMs, bestMs, taskMs, sliders } } there.
const { chromium } = require("@playwright/test");

const STEPS = 20;
const ROUNDS = Number(process.env.SLIDER_ROUNDS || 3);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const url = process.argv[2];
  if (!url) throw new Error("usage: slider-steps.js URL");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  // Islands wake as they come near: bring each into view, as a reader would.
  await page.evaluate(async () => {
    for (const slot of document.querySelectorAll("[data-island]")) {
      (slot.closest("figure") || slot).scrollIntoView({ block: "center", behavior: "instant" });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  await page.waitForFunction(() => !document.querySelector("[data-island]:not([data-awake])"), null, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const metric = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { script: m.ScriptDuration, task: m.TaskDuration };
  };
  const sliders = await page.$$eval("[data-island] input[type=range]", (els) =>
    els.map((e) => ({ id: e.id, figure: e.closest("[data-island]").getAttribute("data-island") })));
  const rows = [];
  for (const { id, figure } of sliders) {
    const input = page.locator(`#${id}`);
    await input.scrollIntoViewIfNeeded();
    await input.focus();
    const script = [];
    const task = [];
    for (let round = 0; round < ROUNDS; round++) {
      const [start, key] = round % 2 === 0 ? ["Home", "ArrowRight"] : ["End", "ArrowLeft"];
      await page.keyboard.press(start);
      await page.waitForTimeout(600);
      const before = await metric();
      for (let i = 0; i < STEPS; i++) {
        // The keyboard of the page, not the locator's press: no element lookup or
        // actionability checks of Playwright's own script counted as the page's.
        await page.keyboard.press(key);
        // Let the frame that draws the step happen.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      }
      const after = await metric();
      script.push(((after.script - before.script) * 1000) / STEPS);
      task.push(((after.task - before.task) * 1000) / STEPS);
    }
    rows.push({ slider: id, figure, scriptMs: median(script), bestMs: Math.min(...script), taskMs: median(task), rounds: script });
  }
  await browser.close();
  console.log(`\nSlider steps at 4x CPU slowdown (${ROUNDS} rounds of ${STEPS} steps each, median; Chromium CDP metrics)`);
  console.log(`${"slider".padEnd(36)} ${"script ms/step".padStart(15)} ${"main-thread ms/step".padStart(20)}  rounds`);
  for (const r of rows) {
    console.log(`${r.slider.padEnd(36)} ${r.scriptMs.toFixed(2).padStart(15)} ${r.taskMs.toFixed(2).padStart(20)}  ${r.rounds.map((x) => x.toFixed(1)).join(" ")}`);
  }
  const figures = {};
  for (const r of rows) {
    const f = (figures[r.figure] ||= { scriptMs: 0, bestMs: 0, taskMs: 0, sliders: [] });
    f.scriptMs = Math.max(f.scriptMs, r.scriptMs);
    f.bestMs = Math.max(f.bestMs, r.bestMs);
    f.taskMs = Math.max(f.taskMs, r.taskMs);
    f.sliders.push(r.slider);
  }
  if (process.env.BENCH_JSON) require("fs").writeFileSync(process.env.BENCH_JSON, JSON.stringify(figures));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
