// The page a clinic's physiotherapist reads before embedding: reached from the article's
// footer and the embed help page, it lists every evidence note the article shows, word for
// word, and passes axe at both widths in light and dark.

const { test, expect } = require("@playwright/test");
const { VIEWPORTS, collectProblems, expectNoAxeViolations } = require("./helpers");

/** The evidence notes a page shows, as text without their citation numbers. */
async function notes(page, selector) {
  const texts = await page.locator(selector).allInnerTexts();
  return texts.map((t) => t.replace(/\s*\[\d+\]/g, "").replace(/\s+/g, " ").trim());
}

test("the clinicians page lists every evidence note of the article", async ({ page }) => {
  const problems = await collectProblems(page);
  await page.goto("/");
  const onArticle = await notes(page, "#story .evidence-text");
  expect(onArticle.length).toBeGreaterThanOrEqual(10);
  await page.locator('footer a[href="clinicians.html"]').click();
  await expect(page).toHaveURL(/clinicians\.html$/);
  await expect(page.locator("h1")).toContainText("clinicians");
  const listed = await notes(page, ".claim-note");
  expect(listed).toHaveLength(onArticle.length);
  for (const n of onArticle) expect(listed, n).toContain(n);
  // Every figure of the article says what it simplifies.
  await expect(page.locator(".drawing-note h3")).toHaveCount(7);
  // Review date and a way back.
  await expect(page.locator("time[datetime]")).toHaveCount(1);
  await expect(page.locator('a[href="./"]').first()).toBeVisible();
  await problems.assertClean();
});

test("the embed help page links to the clinicians page", async ({ page }) => {
  await page.goto("/embed-help.html");
  await page.locator('a[href="clinicians.html"]').click();
  await expect(page.locator("h1")).toContainText("clinicians");
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  for (const scheme of ["light", "dark"]) {
    test(`axe: the clinicians page has no violations (${name}, ${scheme})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/clinicians.html");
      await expectNoAxeViolations(page, `clinicians.html ${name} ${scheme}`);
      // No sideways scrolling on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    });
  }
}

// The review gallery: every figure at the start, middle and end of each control, reached
// from the clinicians page; each drawing is named, described and passes axe.
test("the clinicians page leads to the gallery of every drawing's settings", async ({ page }) => {
  const problems = await collectProblems(page);
  await page.goto("/clinicians.html");
  await page.locator('a[href="figures.html"]').click();
  await expect(page).toHaveURL(/figures\.html$/);
  // One section per figure of the article, in reading order.
  await expect(page.locator(".gallery-figure")).toHaveCount(6);
  // Chapter 1: three sliders at three settings each; chapters 4 and 5: one slider each.
  await expect(page.locator("section:has(#gallery-hip-front) .gallery-setting svg")).toHaveCount(9);
  await expect(page.locator("section:has(#gallery-hamstrings-side) .gallery-setting svg")).toHaveCount(3);
  await expect(page.locator("section:has(#gallery-pelvis-side) .gallery-setting svg")).toHaveCount(3);
  // Every drawing has a short name (its <title>) and a long description in HTML.
  for (const svg of await page.locator(".gallery-setting svg").all()) {
    const labelled = await svg.getAttribute("aria-labelledby");
    const described = await svg.getAttribute("aria-describedby");
    expect(labelled).toBeTruthy();
    expect((await page.locator(`[id="${labelled}"]`).textContent()).trim().length).toBeGreaterThan(10);
    expect((await page.locator(`[id="${described}"]`).innerText()).trim().length).toBeGreaterThan(50);
  }
  // The link back to each figure on the reader's page lands on it.
  await page.locator('section:has(#gallery-pelvis-side) a[href="./#fig-pelvis-side"]').click();
  await expect(page.locator("#fig-pelvis-side")).toBeInViewport();
  await problems.assertClean();
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`axe: the drawings gallery has no violations and no sideways scroll (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/figures.html");
    await expectNoAxeViolations(page, `figures.html ${name}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
}
