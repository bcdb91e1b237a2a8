// A clinician's plan in a link: the builder page (plan.html) by keyboard only gives a link
// that opens "Your plan" with exactly the chosen exercises, doses and note; its QR code
// decodes to the same link; the printed sheet fits two pages; hostile links show their
// message and no injected markup; the embed takes the same plan.

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const jsQR = require("jsqr");
const { ROOT, collectProblems, expectNoAxeViolations, waitForHydration } = require("./helpers");

const OUT = path.join(ROOT, "target", "print");

/** Opens the builder and waits until its script works. */
async function openBuilder(page) {
  await page.goto("/plan.html");
  await page.waitForSelector("[data-island='builder'][data-ready]");
}

/** Presses Tab until the element with `id` has focus (keyboard only, like a reader). */
async function tabTo(page, id) {
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate(() => document.activeElement && document.activeElement.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Focus the select `id` by Tab and pick the option whose text starts with `text` by typing. */
async function choose(page, id, text) {
  await tabTo(page, id);
  await page.keyboard.type(text);
  await expect(page.locator(`#${id} option:checked`)).toHaveText(text);
}

/** Decodes the QR code as it is drawn on screen (a screenshot, read back through a canvas). */
async function decodeQr(page) {
  const png = await page.locator(".builder-qr").screenshot();
  const { width, height, data } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  }, png.toString("base64"));
  const code = jsQR(Uint8ClampedArray.from(data), width, height);
  return code && code.data;
}

test("a plan built by keyboard only opens with exactly its exercises, doses and note; its QR code is the link", async ({ page, context }) => {
  // A whole journey (build by keyboard, copy, decode the QR code, open, two axe scans):
  // more than a minute in Firefox on a busy machine.
  test.slow();
  const problems = await collectProblems(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openBuilder(page);
  await expect(page.locator(".builder-output")).toBeHidden();
  await expect(page.locator("[data-problem='empty']")).toBeVisible();

  // Clamshell, easier, 3 sets of 12; side plank, harder, 2 holds of 30 seconds.
  await tabTo(page, "b-include-2");
  await page.keyboard.press("Space");
  await choose(page, "b-level-2", "Easier");
  await choose(page, "b-sets-2", "3");
  await choose(page, "b-amount-2", "12");
  await tabTo(page, "b-include-4");
  await page.keyboard.press("Space");
  await choose(page, "b-level-4", "Harder");
  await choose(page, "b-amount-4", "30");
  await choose(page, "b-days", "2");
  await choose(page, "b-weeks", "8");
  const note = "Go slowly. <b>Stop</b> if it hurts & call us.";
  await tabTo(page, "b-note");
  await page.keyboard.type(note);
  await tabTo(page, "b-clinic");
  await page.keyboard.type("Riverside Physio");

  const link = page.locator("#b-link");
  await expect(page.locator(".builder-output")).toBeVisible();
  const url = await link.textContent();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#plan=1&/);
  expect(await link.getAttribute("href")).toBe(url);
  // The preview already shows the plan.
  await expect(page.locator(".builder-preview .your-plan")).toBeVisible();
  await expect(page.locator(".builder-preview [data-exercise]:visible")).toHaveCount(2);

  // "Copy link" by keyboard.
  await tabTo(page, "");
  await page.locator(".builder-copy").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".builder-status")).toHaveText("Link copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expectNoAxeViolations(page, "plan builder with a plan");
  await problems.assertClean();
  // The QR code, as drawn, reads back as the link. Read after the page's own problems are
  // checked: in Firefox, Playwright's screenshot adds a <style> of its own to the page, which
  // the page's CSP rightly blocks and reports; the page does nothing during the screenshot.
  expect(await decodeQr(page)).toBe(url);

  // The link, opened in a new page.
  const reader = await context.newPage();
  const readerProblems = await collectProblems(reader);
  await reader.goto(url);
  const yours = reader.locator(".your-plan");
  await expect(yours).toBeVisible();
  await expect(reader.locator(".plan-error")).toBeHidden();
  const items = yours.locator("[data-exercise]:visible");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).locator("h4")).toHaveText("2. Clamshell");
  await expect(items.nth(0).locator("[data-level]:visible")).toHaveCount(1);
  await expect(items.nth(0).locator("[data-level]:visible")).toContainText("Easier version");
  await expect(items.nth(0).locator("[data-text='sets']")).toHaveText("3");
  await expect(items.nth(0).locator("[data-text='amount']")).toHaveText("12");
  await expect(items.nth(1).locator("h4")).toHaveText("4. Side plank from the knees");
  await expect(items.nth(1).locator("[data-level]:visible")).toContainText("Harder version");
  await expect(items.nth(1).locator("[data-text='sets']")).toHaveText("2");
  await expect(items.nth(1).locator("[data-text='amount']")).toHaveText("30");
  await expect(yours.locator("[data-text='days']")).toHaveText("2");
  await expect(yours.locator("[data-text='weeks']")).toHaveText("8");
  // The sender's words: as text, under the line that says whose they are.
  await expect(yours.locator(".plan-from")).toContainText("From the person who sent you this link");
  await expect(yours.locator("bdi[data-text='note']")).toHaveText(note);
  await expect(yours.locator("bdi[data-text='note'] *")).toHaveCount(0);
  await expect(yours.locator("bdi[data-text='clinic']")).toHaveText("Riverside Physio");
  await expect(yours.locator("[data-part='phone']")).toBeHidden();
  // The weekly plan keeps only these exercises, on Monday and Thursday.
  const week = reader.locator("#plan .plan-table");
  await expect(week.locator("tbody tr:visible")).toHaveCount(2);
  await expect(week.locator("thead th[data-day]:visible")).toHaveText(["Mon", "Thu"]);
  // The rest of the article is still there.
  await expect(reader.locator("#ball-and-socket")).toBeVisible();
  await expect(reader.locator(".exercise")).toHaveCount(4);
  await expectNoAxeViolations(reader, "main page with a plan");
  await readerProblems.assertClean();
});

for (const format of ["A4", "Letter"]) {
  test(`the printed plan sheet with every exercise fits two ${format} pages`, async ({ page }) => {
    await openBuilder(page);
    for (const n of [1, 2, 3, 4]) await page.locator(`#b-include-${n}`).check();
    await page.locator("#b-note").fill("Do these after a short walk. ".repeat(9).trim());
    await page.locator("#b-clinic").fill("Riverside Physio");
    await page.locator("#b-phone").fill("+1 555 0100");
    await expect(page.locator(".builder-output")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".builder-form")).toBeHidden();
    await expect(page.locator(".builder-qr")).toBeVisible();
    await expect(page.locator(".builder-preview .plan-item-stills")).toHaveCount(4);
    await expect(page.locator(".plan-sheet-week")).toBeVisible();
    fs.mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `plan-sheet-${format}.pdf`);
    const pdf = await page.pdf({ path: file, format, printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`plan sheet, ${format}: ${pages} page(s) -> ${path.relative(ROOT, file)}`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

const HOSTILE = [
  ["plan=2&1=s2x10&d=3&w=6", "version"],
  ["plan=1&1=s2x10&d=3&w=6&n=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%E2%80%AE", "text"],
  ["plan=1&7=s2x10&d=3&w=6&n=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "exercise"],
  ["plan=1&1=s2x99&d=3&w=6", "dose"],
  ["plan=1&1=s2x10&d=3&w=6&n=%E2%80%8B%20", "text"],
  ["plan=1&1=s2x10&d=3&w=6&n=%E2%28%3Csvg%3E", "encoding"],
  ["plan=1&1=s2x10&d=3&w=6&n=%zz", "encoding"],
  ["plan=1&d=3&w=6", "empty"],
  [`plan=1&1=s2x10&d=3&w=6&n=${"a".repeat(400)}`, "too-long"],
];

test("hostile or broken plan links show their message, the usual article and no injected markup", async ({ page }) => {
  const problems = await collectProblems(page);
  await page.addInitScript(() => {
    window.alert = () => {
      window.__pwned = true;
    };
  });
  for (const [fragment, code] of HOSTILE) {
    await page.goto(`/?t=${code}#${fragment}`);
    const error = page.locator(".plan-error");
    await expect(error, fragment).toBeVisible();
    await expect(error.locator(`[data-error='${code}']`), fragment).toBeVisible();
    await expect(error.locator("[data-error]:visible"), fragment).toHaveCount(1);
    await expect(page.locator(".your-plan")).toBeHidden();
    expect(await page.locator("#app img, #app script, .your-plan svg").count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    // The usual chapter is all there.
    await expect(page.locator(".exercise")).toHaveCount(4);
    await expect(page.locator("#plan tbody tr:visible")).toHaveCount(4);
  }
  await expectNoAxeViolations(page, "main page with a broken plan link");
  await problems.assertClean();
});

test("a valid plan with markup in its note shows it as text", async ({ page }) => {
  await page.addInitScript(() => {
    window.alert = () => {
      window.__pwned = true;
    };
  });
  const note = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await page.goto(`/#plan=1&3=s2x10&d=3&w=6&n=${encodeURIComponent(note)}`);
  const bdi = page.locator(".your-plan bdi[data-text='note']");
  await expect(bdi).toHaveText(note);
  await expect(bdi.locator("*")).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("the plan link's code loads only from a plan link", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(r.url()));
  await page.goto("/");
  await waitForHydration(page);
  expect(fetched.filter((u) => /app_plan-/.test(u))).toEqual([]);
  await page.goto("/embed.html");
  await page.waitForSelector("html.embed-ready");
  expect(fetched.filter((u) => /app_plan-/.test(u))).toEqual([]);
  // Opened from a plan link (or when the address turns into one), it loads.
  await page.goto("/#plan=1&3=s2x10&d=3&w=6");
  await expect(page.locator(".your-plan")).toBeVisible();
  expect(fetched.filter((u) => /app_plan-.*\.wasm$/.test(u))).toHaveLength(1);
  await page.goto("/#top");
  await page.evaluate(() => (location.hash = "#plan=1&2=s2x10&d=3&w=6"));
  await expect(page.locator(".your-plan [data-exercise]:visible h4")).toHaveText(["2. Clamshell"]);
});

test("the embedded page takes the same plan", async ({ page }) => {
  const problems = await collectProblems(page);
  await page.goto("/embed.html?chapters=strengthen-stabilizers,when-to-get-help#plan=1&1=h3x15&d=4&w=10&c=Harbour%20Physio");
  const yours = page.locator(".your-plan");
  await expect(yours).toBeVisible();
  await expect(yours.locator("[data-exercise]:visible h4")).toHaveText(["1. Side-lying leg lift"]);
  await expect(yours.locator("[data-text='amount']:visible")).toHaveText("15");
  await expect(yours.locator("bdi[data-text='clinic']")).toHaveText("Harbour Physio");
  await expect(page.locator("#plan thead th[data-day]:visible")).toHaveCount(4);
  await problems.assertClean();
});
