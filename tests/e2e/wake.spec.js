// Islands wake when read: the first load fetches no wasm; it starts when an island comes near
// the viewport, or on the first focus or pointer on one; each island hydrates as it
// approaches; a control moved before its island woke is honoured; a blocked wasm leaves the
// prerendered page and its notice.

const { test, expect } = require("@playwright/test");
const { collectProblems, femurPathData, siteString, SLUGS } = require("./helpers");

// A phone, where the first diagram is more than a screen below the opening.
test.use({ viewport: { width: 412, height: 823 } });

/** Counts the requests for the wasm and its bindings. */
function countAppRequests(page) {
  const seen = { wasm: 0, js: 0 };
  page.on("request", (r) => {
    const file = new URL(r.url()).pathname.split("/").pop();
    if (file.endsWith(".wasm")) seen.wasm++;
    else if (/^app[-_].*\.js$/.test(file)) seen.js++;
  });
  return seen;
}

const awake = (page, name) => page.locator(`[data-island="${name}"][data-awake]`);

/** Boxes the reader scrolls to, one per island (a figure's slot has no box of its own). */
async function islandNames(page) {
  return page.evaluate(() => [...document.querySelectorAll("[data-island]")].map((s) => s.getAttribute("data-island")));
}

test.describe("islands wake when read", () => {
  test("a first load with no scrolling fetches no wasm; scrolling to each island wakes it", async ({ page }) => {
    const problems = await collectProblems(page);
    const seen = countAppRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    expect(seen, "nothing of the app before any scroll").toEqual({ wasm: 0, js: 0 });
    await expect(page.locator("[data-island][data-awake]")).toHaveCount(0);
    // The reading-progress bar needs no wasm.
    await page.mouse.wheel(0, 400);
    await expect(page.locator("#reading-progress")).not.toHaveAttribute("aria-valuenow", "0");
    const names = await islandNames(page);
    expect(names.length).toBeGreaterThan(6);
    for (const name of names) {
      const slot = page.locator(`[data-island="${name}"]`);
      await slot.evaluate((s) => (s.closest("figure") || s).scrollIntoView({ block: "center", behavior: "instant" }));
      await expect(awake(page, name), `${name} wakes when scrolled to`).toHaveCount(1, { timeout: 15_000 });
    }
    expect(seen.wasm, "the wasm is fetched once").toBe(1);
    await expect(page.locator("html")).toHaveClass(/(^|\s)hydrated(\s|$)/);
    await problems.assertClean();
  });

  test("the embedded page applies its settings at once and fetches the islands' wasm only when one is read", async ({ page }) => {
    const problems = await collectProblems(page);
    const files = [];
    page.on("request", (r) => files.push(new URL(r.url()).pathname.split("/").pop()));
    // Chapter 2 opens first: its picker is below the fold on a phone.
    await page.goto("/embed.html?start=deep-stabilizers");
    await page.waitForSelector("html.embed-ready");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    const wasm = () => files.filter((f) => f.endsWith(".wasm")).map((f) => f.replace(/-[0-9a-f]+\.wasm$/, ""));
    expect(wasm(), "only the settings build before any island is read").toEqual(["app_embed"]);
    await expect(page.locator("#deep-stabilizers > .chapter-details")).toHaveAttribute("open", "");
    await expect(page.locator("[data-island][data-awake]")).toHaveCount(0);
    // Reading chapter 2's figure wakes it, from the main page's own build.
    await page.locator('[data-island="muscles"]').evaluate((s) => (s.closest("figure") || s).scrollIntoView({ block: "center", behavior: "instant" }));
    await expect(awake(page, "muscles")).toHaveCount(1, { timeout: 15_000 });
    expect(wasm()).toEqual(["app_embed", "app"]);
    // A chapter still closed wakes its islands once opened and read.
    await page.locator("#ball-and-socket .chapter-summary").click();
    await page.locator('[data-island="hip-front"]').evaluate((s) => (s.closest("figure") || s).scrollIntoView({ block: "center", behavior: "instant" }));
    await expect(awake(page, "hip-front")).toHaveCount(1, { timeout: 15_000 });
    await problems.assertClean();
  });

  test("a button pressed before its island woke is pressed once it wakes", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.addInitScript(() => {
      window.print = () => {
        window.__printed = (window.__printed || 0) + 1;
      };
    });
    const seen = countAppRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(seen.wasm).toBe(0);
    // A press that reaches the button with no scroll, focus or pointer before it (as
    // assistive technology may send it): the island wakes and the press takes effect once.
    await page.locator(".print-button").dispatchEvent("click");
    await expect(awake(page, "print")).toHaveCount(1, { timeout: 15_000 });
    await expect.poll(() => page.evaluate(() => window.__printed || 0)).toBe(1);
    await expect(page.locator("html")).toHaveClass(/print-plan/);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await problems.assertClean();
  });

  test("the first focus on an island far below wakes it, without scrolling there", async ({ page }) => {
    const problems = await collectProblems(page);
    const seen = countAppRequests(page);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(seen.wasm).toBe(0);
    // As a keyboard reader tabbing into it, minus the scrolling that would wake it anyway.
    await page.locator("#hip-front-hip-flexion").evaluate((el) => el.focus({ preventScroll: true }));
    await expect(awake(page, "hip-front")).toHaveCount(1, { timeout: 15_000 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The tool far further down is still asleep: islands wake one by one.
    await expect(page.locator('[data-island="quiz"]')).not.toHaveAttribute("data-awake", /.*/);
    // Tabbing on moves through the live figure.
    await page.keyboard.press("End");
    await expect(page.locator("#hip-front-hip-flexion-value")).not.toHaveText("");
    await problems.assertClean();
  });

  test("a slider moved before its island woke is honoured when it wakes", async ({ page, browser }) => {
    // The drawing a normal visit shows with the slider at its end.
    const ref = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await ref.goto("/");
    await ref.locator("#hip-front-hip-flexion").evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
    await expect(awake(ref, "hip-front")).toHaveCount(1, { timeout: 15_000 });
    await ref.locator("#hip-front-hip-flexion").focus();
    await ref.keyboard.press("End");
    const expected = {
      femur: await femurPathData(ref),
      words: await ref.locator("#hip-front-hip-flexion").getAttribute("aria-valuetext"),
    };
    await ref.close();

    const problems = await collectProblems(page);
    // Hold the wasm back until the slider has been moved.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/");
    const slider = page.locator("#hip-front-hip-flexion");
    const before = await femurPathData(page);
    await slider.focus(); // scrolls it into view and asks for the wasm
    await page.keyboard.press("End");
    expect(await slider.inputValue()).toBe(await slider.getAttribute("max"));
    await expect(page.locator('[data-island="hip-front"]')).not.toHaveAttribute("data-awake", /.*/);
    release();
    await expect(awake(page, "hip-front")).toHaveCount(1, { timeout: 15_000 });
    await expect.poll(() => femurPathData(page)).toBe(expected.femur);
    expect(expected.femur).not.toBe(before);
    expect(await slider.inputValue()).toBe(await slider.getAttribute("max"));
    await expect(slider).toHaveAttribute("aria-valuetext", expected.words);
    await problems.assertClean();
  });

  test("a blocked wasm: the notice shows when an island is reached, the article stays readable", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto("/");
    await page.locator("#fig-hip-front").scrollIntoViewIfNeeded();
    const notice = page.locator("#interactive-unavailable");
    await expect(notice).toHaveText(siteString("interactive_unavailable"));
    await expect(page.locator("html")).toHaveClass(/(^|\s)wasm-failed(\s|$)/);
    await expect(page.locator("[data-island][data-awake]")).toHaveCount(0);
    for (const slug of SLUGS) await expect(page.locator(`section#${slug} > h2`)).toBeAttached();
    await expect(page.locator("#fig-hip-front svg[role=img]")).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(notice).toBeVisible();
    expect(problems.pageErrors).toEqual([]);
  });
});
