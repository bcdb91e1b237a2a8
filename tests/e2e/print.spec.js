// Print: the handout hides navigation and controls, shows each exercise's start and end
// poses, the plan as empty boxes and the red flags; a PDF on A4 and on Letter stays within
// a page bound with no figure cut across pages. "Print this plan" opens the print dialog with
// a shorter handout: the exercises, the plan, when to get help and the sources.

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { ROOT, gotoHydrated } = require("./helpers");
const { openInClinicFrame, startHostServer } = require("./host-server");

// A clinic's page on a second origin, framing the explainer: clinic settings apply only there.
let host;
test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  if (host) await host.close();
});

/** Most pages the whole article may take when printed. */
const MAX_PAGES = 20;

const OUT = path.join(ROOT, "target", "print");

test("the printed embed shows the clinic's name, booking address and phone, in the plan handout too", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  const cta = "https://clinic.example/book";
  const { frame } = await openInClinicFrame(page, host.origin, { clinic: "Harbour Physio", cta, phone: "+1 555 0100" });
  await frame.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await page.emulateMedia({ media: "print" });
  const slot = frame.locator(".clinic");
  await expect(slot).toBeVisible();
  await expect(slot).toContainText("Harbour Physio");
  await expect(slot.locator(".clinic-cta")).toBeVisible();
  const after = await slot.locator(".clinic-cta").evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain(cta);
  await expect(slot.locator(".clinic-phone")).toBeVisible();

  // "Print this plan" inside the frame: the anatomy chapters go, the clinic stays.
  await frame.locator(".print-button").dispatchEvent("click");
  await expect(frame.locator("html")).toHaveClass(/print-plan/);
  await expect(frame.locator("#ball-and-socket")).toBeHidden();
  await expect(frame.locator("#plan .plan-table")).toBeVisible();
  await expect(slot).toBeVisible();
  await expect(slot).toContainText("Harbour Physio");
});

test("print media hides controls and navigation and shows stills, the empty plan and the red flags", async ({ page }) => {
  await gotoHydrated(page);
  // Ticks on screen are not printed: the handout has empty boxes.
  await page.locator("#plan .plan-box").first().check();
  await page.emulateMedia({ media: "print" });
  for (const sel of [".toc", ".skip-link", ".reading-progress", ".motion-toggle", ".plan-actions", ".print-button", ".diagram-controls", ".quiz-section", ".red-flags-link"]) {
    for (const el of await page.locator(sel).all()) await expect(el, sel).toBeHidden();
  }
  for (const fig of await page.locator(".exfig").all()) {
    await expect(fig.locator(".exfig-moving")).toBeHidden();
    await expect(fig.locator(".exfig-stills svg").nth(0)).toBeVisible();
    await expect(fig.locator(".exfig-stills svg").nth(1)).toBeVisible();
  }
  await expect(page.locator("#plan .plan-table")).toBeVisible();
  const looks = await page.locator("#plan .plan-box").evaluateAll((boxes) =>
    boxes.map((b) => {
      const cs = getComputedStyle(b);
      return { appearance: cs.appearance, visible: b.getBoundingClientRect().width > 10 };
    }),
  );
  expect(looks).toHaveLength(28);
  for (const l of looks) {
    expect(l.appearance).toBe("none"); // drawn as an empty box, never a tick
    expect(l.visible).toBe(true);
  }
  await expect(page.locator("#red-flags")).toBeVisible();
});

for (const format of ["A4", "Letter"]) {
  test(`a ${format} PDF of the handout stays within ${MAX_PAGES} pages`, async ({ page }) => {
    await gotoHydrated(page);
    await page.emulateMedia({ media: "print" });
    fs.mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `handout-${format}.pdf`);
    const pdf = await page.pdf({ path: file, format, printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`${format}: ${pages} pages -> ${path.relative(ROOT, file)}`);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(MAX_PAGES);
    // No figure is cut: every exercise figure and the plan fit within one page's height.
    const pageHeightPx = format === "A4" ? ((297 - 28) / 25.4) * 96 : ((279.4 - 28) / 25.4) * 96;
    const heights = await page.locator(".exfig, #plan .plan-table, #red-flags, .diagram").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeLessThan(pageHeightPx);
    const avoid = await page.locator(".exercise-head, .exfig, .diagram, #red-flags").evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
    for (const b of avoid) expect(b).toBe("avoid");
  });
}

/** Most pages the plan handout ("Print this plan") may take: an opening page, one page per
 * exercise (its title and figure never part), the week, when to get help and the sources. */
const MAX_PLAN_PAGES = 10;

test('"Print this plan" prints the plan handout, and the browser\'s own print the whole article', async ({ page }) => {
  await page.addInitScript(() => {
    window.__printed = [];
    // The dialog is not opened in tests: record what the page looked like when asked.
    window.print = () => {
      window.__printed.push(document.documentElement.classList.contains("print-plan"));
    };
  });
  await gotoHydrated(page);
  const button = page.getByRole("button", { name: "Print this plan" });
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => window.__printed)).toEqual([true]);

  await page.emulateMedia({ media: "print" });
  for (const id of ["ball-and-socket", "deep-stabilizers", "forward-days", "hamstrings-step-in", "pelvis-and-low-back", "self-check"]) {
    await expect(page.locator(`#${id}`), id).toBeHidden();
  }
  for (const sel of ["#strengthen-stabilizers", ".exfig-stills", "#plan .plan-table", "#red-flags", "#references", ".disclaimer"]) {
    await expect(page.locator(sel).first(), sel).toBeVisible();
  }
  await expect(page.locator(".print-button")).toBeHidden();
  fs.mkdirSync(OUT, { recursive: true });
  for (const format of ["A4", "Letter"]) {
    // Hidden under print media (so not in the accessibility tree): the same button by class.
    await page.locator(".print-button").dispatchEvent("click");
    const file = path.join(OUT, `plan-${format}.pdf`);
    const pdf = await page.pdf({ path: file, format, printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`plan ${format}: ${pages} pages -> ${path.relative(ROOT, file)}`);
    expect(pages).toBeGreaterThan(2);
    expect(pages).toBeLessThanOrEqual(MAX_PLAN_PAGES);
    // Chromium fires `afterprint` once the PDF is made, as when a dialog closes: the page is
    // itself again, so the menu's print gives the whole article.
    await expect(page.locator("html")).not.toHaveClass(/print-plan/);
  }
  expect(await page.evaluate(() => window.__printed)).toEqual([true, true, true]);
  await expect(page.locator("#ball-and-socket")).toBeVisible();
});
