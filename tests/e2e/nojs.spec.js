// With JavaScript off the prerendered page is the whole product: the story, the drawing
// with its accessible name, working in-page links, and no dead controls.

const { test, expect } = require("@playwright/test");
const { SLUGS, contentChapters, hipFrontFigureContent, siteString, reEscape, VIEWPORTS } = require("./helpers");

test.describe("without JavaScript", { tag: "@nojs" }, () => {
  test.use({ javaScriptEnabled: false });

  test("every chapter heading is visible", async ({ page }) => {
    await page.goto("/");
    const chapters = contentChapters();
    for (const c of chapters) {
      const heading = page.locator(`section#${c.slug} > h2`);
      await expect(heading).toBeVisible();
      await expect(heading).toContainText(c.title);
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(reEscape(c.title)) })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(siteString("title"));
  });

  test("the chapter-1 drawing keeps its accessible name and description", async ({ page }) => {
    await page.goto("/");
    const { name } = hipFrontFigureContent();
    const img = page.getByRole("img", { name, exact: true });
    await expect(img).toBeVisible();
    await expect(img).toHaveAttribute("aria-describedby", "fig-hip-front-desc");
    const box = await img.boundingBox();
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(100);
  });

  test("the sliders are hidden and the noscript note is shown", async ({ page }) => {
    await page.goto("/");
    expect(await page.locator(".diagram-controls").count()).toBeGreaterThanOrEqual(1);
    for (const c of await page.locator(".diagram-controls").all()) await expect(c).toBeHidden();
    for (const input of await page.locator('input[type="range"]').all()) await expect(input).toBeHidden();
    await expect(page.locator(".noscript-note")).toBeVisible();
    await expect(page.locator(".noscript-note")).toHaveText(siteString("noscript"));
    await expect(page.locator("#interactive-unavailable")).toBeHidden();
  });

  test("table-of-contents links jump to their chapters", async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await page.goto("/");
    // Go backwards so every jump really scrolls (the first chapter may already be on screen).
    for (const slug of [...SLUGS].reverse()) {
      await page.locator(`nav.toc a[href="#${slug}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#${slug}$`));
      await expect(page.locator(`section#${slug} > h2`)).toBeInViewport();
    }
  });

  test("the skip link targets the story", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.locator("a.skip-link");
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#story$/);
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
