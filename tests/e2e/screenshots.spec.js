// Screenshots for the README, written to docs/ (saved, not compared).

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { DOCS, VIEWPORTS, gotoHydrated, hipFrontFigureContent } = require("./helpers");

/** PNG width/height from the IHDR chunk. */
function pngSize(buf) {
  expect(buf.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

for (const [, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`README screenshots at ${viewport.width} px`, () => {
    test.use({ viewport, colorScheme: "light", deviceScaleFactor: 1 });

    test(`page top and chapter-1 figure -> docs/*-${viewport.width}.png`, async ({ page }) => {
      fs.mkdirSync(DOCS, { recursive: true });
      await gotoHydrated(page);
      await page.evaluate(() => document.fonts.ready);

      const top = path.join(DOCS, `screenshot-${viewport.width}.png`);
      const topPng = await page.screenshot({ path: top, animations: "disabled" });
      expect(pngSize(topPng)).toEqual({ width: viewport.width, height: viewport.height });

      const figure = page.locator("#fig-hip-front");
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toBeVisible();
      const svg = figure.getByRole("img", { name: hipFrontFigureContent().name, exact: true });
      await expect(svg).toBeVisible();
      const svgBox = await svg.boundingBox();
      expect(svgBox.width).toBeGreaterThan(200);
      expect(svgBox.height).toBeGreaterThan(150);
      // Non-empty drawing: shapes with painted geometry.
      const painted = await svg.evaluate((el) =>
        [...el.querySelectorAll(".shapes > *")].filter((s) => {
          const b = s.getBBox();
          return b.width > 0 && b.height > 0;
        }).length,
      );
      expect(painted).toBeGreaterThan(3);
      const figPath = path.join(DOCS, `figure-hip-front-${viewport.width}.png`);
      // The fixed reading-progress bar would be painted over the element shot; hide it for the
      // shot through CSSOM (an injected stylesheet would be blocked by the page's CSP).
      const progress = page.locator(".reading-progress");
      await progress.evaluate((el) => el.style.setProperty("visibility", "hidden"));
      const figPng = await figure.screenshot({ path: figPath, animations: "disabled" });
      await progress.evaluate((el) => el.style.removeProperty("visibility"));
      const size = pngSize(figPng);
      expect(size.width).toBeGreaterThan(200);
      expect(size.height).toBeGreaterThan(200);
      // A blank image compresses to almost nothing; a real drawing does not.
      expect(figPng.length).toBeGreaterThan(8_000);
      console.log(`wrote ${path.relative(process.cwd(), top)} and ${path.relative(process.cwd(), figPath)} (${size.width}x${size.height})`);
    });

    test(`every other figure -> docs/figure-<id>-${viewport.width}.png`, async ({ page }) => {
      await gotoHydrated(page);
      await page.evaluate(() => document.fonts.ready);
      const progress = page.locator(".reading-progress");
      await progress.evaluate((el) => el.style.setProperty("visibility", "hidden"));
      const ids = await page.locator("figure[id^=fig-]").evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBeGreaterThan(4);
      for (const id of ids.filter((i) => i !== "fig-hip-front")) {
        const figure = page.locator(`#${id}`);
        await figure.scrollIntoViewIfNeeded();
        const svg = figure.locator("svg").first();
        await expect(svg).toBeVisible();
        const file = path.join(DOCS, `figure-${id.replace(/^fig-/, "")}-${viewport.width}.png`);
        const png = await figure.screenshot({ path: file, animations: "disabled" });
        const size = pngSize(png);
        expect(size.width).toBeGreaterThan(200);
        expect(png.length).toBeGreaterThan(8_000);
        console.log(`wrote ${path.relative(process.cwd(), file)} (${size.width}x${size.height})`);
      }
      await progress.evaluate((el) => el.style.removeProperty("visibility"));
    });

    test(`chapter 5 standing figure at both ends of its slider -> docs/figure-pelvis-side-{strong,weak}-${viewport.width}.png`, async ({ page }) => {
      await gotoHydrated(page);
      await page.evaluate(() => document.fonts.ready);
      const progress = page.locator(".reading-progress");
      await progress.evaluate((el) => el.style.setProperty("visibility", "hidden"));
      const figure = page.locator("#fig-pelvis-side");
      const input = page.locator("#pelvis-side-stabilizer-strength");
      const shots = [];
      for (const [end, value] of [["strong", "100"], ["weak", "0"]]) {
        await input.fill(value);
        await expect(input).toHaveValue(value);
        await figure.scrollIntoViewIfNeeded();
        const file = path.join(DOCS, `figure-pelvis-side-${end}-${viewport.width}.png`);
        const png = await figure.screenshot({ path: file, animations: "disabled" });
        expect(png.length).toBeGreaterThan(8_000);
        shots.push(png);
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      }
      // The two ends differ (the pelvis and low back move), if only a little.
      expect(Buffer.compare(shots[0], shots[1])).not.toBe(0);
      await progress.evaluate((el) => el.style.removeProperty("visibility"));
    });

    test(`clinicians page -> docs/clinicians-${viewport.width}.png`, async ({ page }) => {
      await page.goto("/clinicians.html");
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(DOCS, `clinicians-${viewport.width}.png`);
      const png = await page.screenshot({ path: file });
      expect(pngSize(png)).toEqual({ width: viewport.width, height: viewport.height });
    });

    test(`chapter 6 exercise figure and weekly plan -> docs/chapter6-*-${viewport.width}.png`, async ({ page }) => {
      fs.mkdirSync(DOCS, { recursive: true });
      await gotoHydrated(page);
      const progress = page.locator(".reading-progress");
      await progress.evaluate((el) => el.style.setProperty("visibility", "hidden"));
      const exercise = page.locator("#ex-glute-bridge").locator("xpath=..");
      await exercise.scrollIntoViewIfNeeded();
      // Pause the figure so the shot is the same every run (the start pose).
      await page.locator("#ex-glute-bridge .motion-toggle").click();
      const figShot = path.join(DOCS, `chapter6-exercise-${viewport.width}.png`);
      const png = await exercise.screenshot({ path: figShot, animations: "disabled" });
      const size = pngSize(png);
      expect(size.width).toBeGreaterThan(250);
      expect(png.length).toBeGreaterThan(8_000);
      const planShot = path.join(DOCS, `chapter6-plan-${viewport.width}.png`);
      const planPng = await page.locator("#plan").screenshot({ path: planShot });
      expect(pngSize(planPng).width).toBeGreaterThan(250);
      console.log(`wrote ${path.relative(process.cwd(), figShot)} and ${path.relative(process.cwd(), planShot)}`);
    });
  });
}
