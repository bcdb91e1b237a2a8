// When the wasm cannot start, or panics while taking over the page, the article stays
// readable and a short notice says the diagrams are unavailable.
//
// These tests provoke console errors on purpose; their collectors are local to each test.

const { test, expect } = require("@playwright/test");
const { SLUGS, collectProblems, siteString, wakeIslands } = require("./helpers");

async function expectStoryReadable(page) {
  for (const slug of SLUGS) await expect(page.locator(`section#${slug} > h2`)).toBeVisible();
  await expect(page.locator("#fig-hip-front svg[role=img]")).toBeVisible();
  await expect(page.locator("footer.site-footer")).toBeVisible();
}

/** Serves `/` with its HTML changed by `edit`, keeping the real response headers (CSP included). */
async function routeHtml(page, edit) {
  await page.route(
    (url) => url.pathname === "/" || url.pathname === "/index.html",
    async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const changed = edit(body);
      expect(changed, "the HTML edit must change the page").not.toBe(body);
      await route.fulfill({ response, body: changed });
    },
  );
}

// Damage to chapter 1's island, as a broken build or a host's HTML filter could do it: its
// words no longer decode, or its drawing lacks the group the island redraws.
const damageWords = (html) => html.replace(/(data-island="hip-front"[^>]*data-words=")[^"]*"/, '$1%ZZ"');
const damageDrawing = (html) =>
  html.replace(/(<title id="fig-hip-front-name">[^<]*<\/title>[\s\S]*?class=")shapes"/, '$1shapez"');

/**
 * The figure's island refused to start and said why: its reason in the console, the notice
 * shown, html.wasm-failed (so every control that would do nothing is hidden), no uncaught
 * error.
 */
async function expectIslandRefused(page, problems) {
  await expect
    .poll(() => problems.errors.join("\n"), { message: "the island says why it cannot start" })
    .toMatch(/hip-explainer: figure island "hip-front" cannot start/);
  await expect(page.locator("#interactive-unavailable")).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/(^|\s)wasm-failed(\s|$)/);
  expect(problems.pageErrors, "no uncaught errors: the failure is handled").toEqual([]);
}

test.describe("failure stays readable", () => {
  test("wasm blocked: the notice shows, controls hide, the story stays, the console says why", async ({ page }) => {
    const problems = await collectProblems(page);
    let aborted = 0;
    await page.route("**/*.wasm", (route) => {
      aborted++;
      return route.abort();
    });
    await page.goto("/");
    await wakeIslands(page); // the wasm starts when an island comes near
    const notice = page.locator("#interactive-unavailable");
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(siteString("interactive_unavailable"));
    await expect(page.locator("html")).toHaveClass(/(^|\s)wasm-failed(\s|$)/);
    await expect(page.locator("html")).not.toHaveClass(/(^|\s)hydrated(\s|$)/);
    for (const c of await page.locator(".diagram-controls").all()) await expect(c).toBeHidden();
    await expectStoryReadable(page);
    expect(aborted).toBeGreaterThan(0);
    await expect
      .poll(() => problems.errors.join("\n"), { message: "the boot script logs why the diagrams are unavailable" })
      .toContain("hip-explainer: interactive diagrams unavailable");
    expect(problems.pageErrors, "no uncaught errors: the failure is handled").toEqual([]);
  });

  test("a figure's words damaged: the island says why, the notice shows, the story stays", async ({ page }) => {
    const problems = await collectProblems(page);
    await routeHtml(page, damageWords);
    await page.goto("/");
    await wakeIslands(page); // the wasm starts when an island comes near
    await expectIslandRefused(page, problems);
    for (const c of await page.locator(".diagram-controls").all()) await expect(c).toBeHidden();
    await expectStoryReadable(page);
  });

  test("a figure's drawing without the group it redraws: the island says why, the notice shows", async ({ page }) => {
    const problems = await collectProblems(page);
    await routeHtml(page, damageDrawing);
    await page.goto("/");
    await wakeIslands(page); // the wasm starts when an island comes near
    await expectIslandRefused(page, problems);
    for (const c of await page.locator(".diagram-controls").all()) await expect(c).toBeHidden();
    await expectStoryReadable(page);
  });

  test("a figure that refused to start does not also claim html.hydrated", async ({ page }) => {
    await routeHtml(page, damageWords);
    await page.goto("/");
    // Only chapter 1's island is woken: the first figure, the one damaged.
    await page.locator("#fig-hip-front").scrollIntoViewIfNeeded();
    await expect(page.locator("html")).toHaveClass(/(^|\s)wasm-failed(\s|$)/);
    // Give any late class change a moment to land before reading the final state.
    await page.waitForTimeout(300);
    const cls = await page.locator("html").getAttribute("class");
    expect(cls, "html classes after a refused island").not.toMatch(/(^|\s)hydrated(\s|$)/);
  });
});
