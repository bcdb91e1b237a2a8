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

/** The chapter-1 figure is a hydrated island: its markup without the figcaption no longer matches the client tree. */
// Inside the chapter-1 island (the figure's caption is static, outside the island).
const removeDrawingTitle = (html) => html.replace(/<title id="fig-hip-front-name">[\s\S]*?<\/title>/, "");

/**
 * A hydration panic happened (Yew's mismatch assertion), and the project's panic hook handled
 * it: "hip-explainer panicked: ..." in the console, the notice shown, html.wasm-failed.
 */
async function expectPanicHandled(page, problems) {
  await expect
    .poll(() => problems.errors.join("\n") + problems.pageErrors.join("\n"), { message: "the mismatch makes the wasm panic" })
    .toMatch(/panicked|unreachable/);
  expect(problems.errors.join("\n---\n"), "the project's panic hook logs the panic").toMatch(/^hip-explainer panicked/m);
  await expect(page.locator("#interactive-unavailable")).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/(^|\s)wasm-failed(\s|$)/);
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

  test("hydration mismatch (title removed from the drawing inside the figure island): the panic is logged and the notice shows", async ({ page }) => {
    const problems = await collectProblems(page);
    await routeHtml(page, removeDrawingTitle);
    await page.goto("/");
    await wakeIslands(page); // the wasm starts when an island comes near
    await expectPanicHandled(page, problems);
    for (const c of await page.locator(".diagram-controls").all()) await expect(c).toBeHidden();
    for (const slug of SLUGS) await expect(page.locator(`section#${slug} > h2`)).toBeVisible();
    await expect(page.locator("#fig-hip-front svg[role=img]")).toBeVisible();
    await expect(page.locator("footer.site-footer")).toBeVisible();
  });

  test("hydration mismatch (extra element inside the figure's controls): the panic is logged and the notice shows", async ({ page }) => {
    const problems = await collectProblems(page);
    await routeHtml(page, (html) =>
      html.replace(/(<div\b[^>]*class="diagram-controls"[^>]*>)/, '$1<span class="injected">unexpected</span>'),
    );
    await page.goto("/");
    await wakeIslands(page); // the wasm starts when an island comes near
    await expectPanicHandled(page, problems);
    await expectStoryReadable(page);
  });

  test("a failed hydration does not also claim html.hydrated", async ({ page }) => {
    await routeHtml(page, removeDrawingTitle);
    await page.goto("/");
    await wakeIslands(page); // the wasm starts when an island comes near
    await expect(page.locator("html")).toHaveClass(/(^|\s)wasm-failed(\s|$)/);
    // Give any late class change a moment to land before reading the final state.
    await page.waitForTimeout(300);
    const cls = await page.locator("html").getAttribute("class");
    expect(cls, "html classes after a hydration panic").not.toMatch(/(^|\s)hydrated(\s|$)/);
  });
});
