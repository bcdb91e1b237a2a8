// Benchmark (not a test): script time per slider step at 4x CPU slowdown, measured with the
// Chrome DevTools Protocol (Performance.getMetrics ScriptDuration + TaskDuration).
// Usage: node tests/bench/slider-steps.js http://127.0.0.1:8080/
const { chromium } = require("@playwright/test");

const STEPS = 20;

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
  const ids = await page.$$eval("[data-island] input[type=range]", (els) => els.map((e) => e.id));
  const rows = [];
  for (const id of ids) {
    const input = page.locator(`#${id}`);
    await input.focus();
    await input.press("Home");
    await page.waitForTimeout(600);
    const before = await metric();
    for (let i = 0; i < STEPS; i++) {
      await input.press("ArrowRight");
      // Let the frame that draws the step happen.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    const after = await metric();
    rows.push({
      slider: id,
      scriptMsPerStep: ((after.script - before.script) * 1000) / STEPS,
      taskMsPerStep: ((after.task - before.task) * 1000) / STEPS,
    });
  }
  await browser.close();
  console.log(`\nSlider steps at 4x CPU slowdown (${STEPS} steps each; Chromium CDP metrics)`);
  console.log(`${"slider".padEnd(36)} ${"script ms/step".padStart(15)} ${"main-thread ms/step".padStart(20)}`);
  for (const r of rows) {
    console.log(`${r.slider.padEnd(36)} ${r.scriptMsPerStep.toFixed(2).padStart(15)} ${r.taskMsPerStep.toFixed(2).padStart(20)}`);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
