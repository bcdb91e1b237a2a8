// Drives every interactive control on the page, whatever the chapter, so accessibility checks
// run "after the main interactions" and cover new figures without being edited.

const { expect } = require("@playwright/test");

/**
 * Every slider to its end, every toggle pressed once (figure toggles, the exercise figures'
 * pause buttons, the self-check's answers), a box of each row of the weekly plan ticked,
 * every description opened. `page` may be a frame (give its page's `keyboard` then).
 */
async function interactWithEverything(page, keyboard = page.keyboard) {
  const sliders = page.locator("[data-island] input[type=range]");
  for (let i = 0; i < (await sliders.count()); i++) {
    const s = sliders.nth(i);
    await s.focus();
    await keyboard.press("End");
  }
  const toggles = page.locator("[data-island] button[aria-pressed]");
  for (let i = 0; i < (await toggles.count()); i++) {
    const b = toggles.nth(i);
    if (await b.isVisible()) await b.click();
  }
  // The weekly plan: tick the first box of each exercise (real checkboxes, so by Space).
  const rows = page.locator("#plan tbody tr");
  for (let i = 0; i < (await rows.count()); i++) {
    const box = rows.nth(i).locator(".plan-box").first();
    if (await box.isVisible()) {
      await box.focus();
      await keyboard.press("Space");
    }
  }
  const details = page.locator("details:not([open]) > summary");
  while ((await details.count()) > 0) {
    await details.first().click();
  }
  if ((await sliders.count()) > 0) {
    // The last announcement lands after the debounce: check the live region in its final state.
    await expect(page.locator("#announcer")).not.toBeEmpty();
  }
}

module.exports = { interactWithEverything };
