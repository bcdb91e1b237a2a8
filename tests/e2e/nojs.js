// Reading and using a page with JavaScript off, the same way in both engines (tests tagged
// @nojs).
//
// Chromium turns script off through Playwright (`javaScriptEnabled: false`). Over WebDriver
// BiDi that option does nothing, so Firefox runs these tests in a project of its own with
// the preference a reader sets, `javascript.enabled = false` (playwright.config.js). In that
// Firefox, Playwright's own injected script gets no animation frames: every action
// (click, check, scrollIntoViewIfNeeded) and every web-first assertion
// (`expect(locator).toBeVisible()` and the like) waits for one forever, past its timeout
// (checked 2026-12-04 with Firefox 153 ESR and Playwright 1.64.1). One-shot reads
// (isVisible, textContent, getAttribute, boundingBox, evaluate), `page.mouse` and
// `page.keyboard` work. So @nojs tests use only those: a page without script does not
// change after it has loaded, so a one-shot read asserts as much as a retrying one, and
// `expect.poll` around a read covers what still moves (a smooth scroll after a link).

const { expect } = require("@playwright/test");

/** Text content with white space collapsed, as `toHaveText`/`toContainText` compare it. */
async function text(locator) {
  return ((await locator.textContent()) || "").replace(/\s+/g, " ").trim();
}

/** Clicks the middle of `locator` with the mouse, first scrolling it to the middle of the
 * window at once (Playwright's click would wait for animation frames). */
async function click(page, locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" }));
  const box = await locator.boundingBox();
  expect(box, "a box to click").not.toBeNull();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Whether any part of the element is inside the window (as `toBeInViewport`). */
function inViewport(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  });
}

/** Whether the element has the focus. */
function focused(locator) {
  return locator.evaluate((el) => el === document.activeElement);
}

/**
 * Proves that no page script ran: `static/boot.js` sets the reading-progress bar's `--read`
 * property (a `style` attribute) as soon as it runs and wakes the islands as the reader
 * scrolls, fetching the wasm. Call with the requests recorded since before the page loaded;
 * scrolls to the end of the page first.
 */
async function expectNoPageScript(page, requests) {
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
  await page.waitForTimeout(1000);
  const bar = page.locator("#reading-progress");
  expect(await bar.count(), "the reading-progress bar is on the page").toBe(1);
  expect(await bar.getAttribute("style"), "boot.js never set the reading-progress bar").toBeNull();
  expect((await page.locator("html").getAttribute("class")) || "", "no island woke").not.toMatch(/hydrated/);
  expect(requests.filter((url) => /\.wasm(\?|$)/.test(url)), "no wasm fetched").toEqual([]);
}

module.exports = { text, click, inViewport, focused, expectNoPageScript };
