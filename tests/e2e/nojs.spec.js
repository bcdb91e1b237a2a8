// With JavaScript off the prerendered page is the whole product: the story, the drawing
// with its accessible name, working in-page links, and no dead controls.
// Every check is a one-shot read, and input goes through the mouse and keyboard: that is
// what works in Firefox with script off (see ./nojs.js).

const { test, expect } = require("@playwright/test");
const { SLUGS, contentChapters, hipFrontFigureContent, siteString, reEscape, VIEWPORTS } = require("./helpers");
const { text, click, inViewport, focused, expectNoPageScript } = require("./nojs");

test.describe("without JavaScript", { tag: "@nojs" }, () => {
  test.use({ javaScriptEnabled: false });

  test("no page script runs", async ({ page }) => {
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto("/");
    await expectNoPageScript(page, requests);
  });

  test("every chapter heading is visible", async ({ page }) => {
    await page.goto("/");
    const chapters = contentChapters();
    for (const c of chapters) {
      const heading = page.locator(`section#${c.slug} > h2`);
      expect(await heading.isVisible(), c.slug).toBe(true);
      expect(await text(heading)).toContain(c.title);
      expect(await page.getByRole("heading", { level: 2, name: new RegExp(reEscape(c.title)) }).isVisible(), c.title).toBe(true);
    }
    expect(await text(page.getByRole("heading", { level: 1 }))).toBe(siteString("title"));
  });

  test("the chapter-1 drawing keeps its accessible name and description", async ({ page }) => {
    await page.goto("/");
    const { name } = hipFrontFigureContent();
    const img = page.getByRole("img", { name, exact: true });
    expect(await img.isVisible()).toBe(true);
    expect(await img.getAttribute("aria-describedby")).toBe("fig-hip-front-desc");
    const box = await img.boundingBox();
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(100);
  });

  test("the sliders are hidden and the noscript note is shown", async ({ page }) => {
    await page.goto("/");
    expect(await page.locator(".diagram-controls").count()).toBeGreaterThanOrEqual(1);
    for (const c of await page.locator(".diagram-controls").all()) expect(await c.isHidden()).toBe(true);
    expect(await page.locator('input[type="range"]').count()).toBeGreaterThanOrEqual(1);
    for (const input of await page.locator('input[type="range"]').all()) expect(await input.isHidden()).toBe(true);
    expect(await page.locator(".noscript-note").isVisible()).toBe(true);
    expect(await text(page.locator(".noscript-note"))).toBe(siteString("noscript"));
    expect(await page.locator("#interactive-unavailable").isHidden()).toBe(true);
  });

  test("table-of-contents links jump to their chapters", async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await page.goto("/");
    // Go backwards so every jump really scrolls (the first chapter may already be on screen).
    for (const slug of [...SLUGS].reverse()) {
      await click(page, page.locator(`nav.toc a[href="#${slug}"]`));
      await expect.poll(() => page.url()).toMatch(new RegExp(`#${slug}$`));
      await expect.poll(() => inViewport(page.locator(`section#${slug} > h2`)), slug).toBe(true);
    }
  });

  test("the skip link targets the story", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.locator("a.skip-link");
    await expect.poll(() => focused(skip)).toBe(true);
    await expect.poll(() => inViewport(skip)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toMatch(/#story$/);
  });

  test("no horizontal scrolling at 320 px", async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.narrow);
    await page.goto("/");
    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(overflow.scrollWidth, JSON.stringify(overflow)).toBeLessThanOrEqual(overflow.clientWidth);
  });
});
