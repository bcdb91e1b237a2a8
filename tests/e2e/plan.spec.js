// The weekly plan: real checkboxes that survive a reload when the browser keeps them, that
// still work (for this visit, with a gentle note) when storage throws, and a reset button.

const { test, expect } = require("@playwright/test");
const { gotoHydrated, collectProblems, expectNoAxeViolations } = require("./helpers");

const plan = (page) => page.locator("#plan");
const box = (page, row, day) => plan(page).locator("tbody tr").nth(row).locator(".plan-box").nth(day);

test("ticks survive a reload; reset clears them and says so", async ({ page }) => {
  const problems = await collectProblems(page);
  await gotoHydrated(page);
  const p = plan(page);
  await expect(p.locator(".plan-box")).toHaveCount(28);
  // Every box is named by its exercise and its day.
  await expect(p.getByRole("checkbox", { name: "Clamshell Mon", exact: true })).toHaveCount(1);
  await expect(p.locator(".plan-note-kept")).toBeVisible();
  await expect(p.locator(".plan-note-not-kept")).toBeHidden();

  await box(page, 0, 0).check();
  await box(page, 2, 3).check();
  // By keyboard too: Space toggles a focused box.
  await box(page, 3, 6).focus();
  await page.keyboard.press("Space");
  await expect(box(page, 3, 6)).toBeChecked();
  await expectNoAxeViolations(page, "plan with ticks");

  await page.reload();
  await gotoHydrated(page, page.url());
  await expect(box(page, 0, 0)).toBeChecked();
  await expect(box(page, 2, 3)).toBeChecked();
  await expect(box(page, 3, 6)).toBeChecked();
  await expect(p.locator(".plan-box:checked")).toHaveCount(3);

  await box(page, 0, 0).uncheck();
  await p.getByRole("button", { name: "Clear all ticks" }).click();
  await expect(p.locator(".plan-box:checked")).toHaveCount(0);
  await expect(page.locator("#announcer")).toHaveText("All ticks cleared.");
  await page.reload();
  await gotoHydrated(page, page.url());
  await expect(p.locator(".plan-box:checked")).toHaveCount(0);
  await problems.assertClean();
});

test("when localStorage throws, the plan still works for this visit and says it cannot keep ticks", async ({ page }) => {
  const problems = await collectProblems(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The document is sandboxed and lacks the 'allow-same-origin' flag.", "SecurityError");
      },
    });
  });
  await gotoHydrated(page);
  const p = plan(page);
  await expect(p.locator(".plan-note-not-kept")).toBeVisible();
  await expect(p.locator(".plan-note-kept")).toBeHidden();
  await box(page, 1, 1).check();
  await box(page, 1, 2).check();
  await expect(p.locator(".plan-box:checked")).toHaveCount(2);
  await p.getByRole("button", { name: "Clear all ticks" }).click();
  await expect(p.locator(".plan-box:checked")).toHaveCount(0);
  await box(page, 0, 4).check();
  await expect(box(page, 0, 4)).toBeChecked();
  await expectNoAxeViolations(page, "plan without storage");
  // Nothing persisted, nothing failed.
  await page.reload();
  await gotoHydrated(page, page.url());
  await expect(p.locator(".plan-box:checked")).toHaveCount(0);
  await expect(page.locator("html")).not.toHaveClass(/wasm-failed/);
  await problems.assertClean();
});

test("when saving fails later (storage full), the note switches and ticks still work", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("quota", "QuotaExceededError");
    };
  });
  await gotoHydrated(page);
  const p = plan(page);
  await box(page, 2, 2).check();
  await expect(box(page, 2, 2)).toBeChecked();
  await expect(p.locator(".plan-note-not-kept")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/wasm-failed/);
});

test("saved text that is not ours is ignored", async ({ page }) => {
  await page.addInitScript(() => {
    try {
      localStorage.setItem("hip-explainer-plan-v1", "<script>alert(1)</script>");
    } catch (e) {}
  });
  await gotoHydrated(page);
  await expect(plan(page).locator(".plan-box:checked")).toHaveCount(0);
  await expect(page.locator("html")).not.toHaveClass(/wasm-failed/);
});
