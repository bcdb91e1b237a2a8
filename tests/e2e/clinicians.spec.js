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
