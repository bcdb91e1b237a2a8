// Reading progress and responsive layout on the hydrated page.

const { test, expect } = require("@playwright/test");
const { VIEWPORTS, SLIDER_IDS, gotoHydrated } = require("./helpers");

/** Label text boxes of the chapter-1 drawing that overlap each other or leave the drawing. */
async function labelProblems(page) {
  return page.locator("#fig-hip-front svg").evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll(".labels .label")].map((g) => ({
      id: g.getAttribute("data-id"),
      b: g.querySelector("text").getBoundingClientRect(),
    }));
    const out = [];
    for (const { id, b } of boxes) {
      if (b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1) out.push(`${id} outside the drawing`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].b;
        const b = boxes[j].b;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) out.push(`${boxes[i].id} overlaps ${boxes[j].id} (${w.toFixed(1)}x${h.toFixed(1)} px)`);
      }
    }
    return out;
  });
}

test.describe("reading progress", () => {
  test("follows scrolling: 0 at the top, ~100 at the bottom, the bar grows", async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await gotoHydrated(page);
    const progress = page.locator("header.site-header .reading-progress[role=progressbar]");
    const bar = progress.locator(".reading-progress-bar");
    await expect(progress).toHaveAttribute("aria-valuenow", "0");
    const transformTop = await bar.evaluate((el) => getComputedStyle(el).transform);

    // Halfway: somewhere strictly between.
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThan(30);
    const mid = Number(await progress.getAttribute("aria-valuenow"));
    expect(mid).toBeLessThan(70);

    // Bottom (with the wheel, as a reader would).
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - innerHeight - 400));
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 5000);
    await expect.poll(() => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight)).toBe(true);
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(99);
    const transformBottom = await bar.evaluate((el) => getComputedStyle(el).transform);
    expect(transformBottom, "the bar's transform changes with scrolling").not.toBe(transformTop);
    // scaleX(1) at the bottom: matrix(1, 0, 0, 1, 0, 0) (or none).
    expect(transformBottom).toMatch(/^(none|matrix\(1, 0, 0, 1, 0, 0\))$/);
    // The bar is actually drawn across the width.
    const width = await bar.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(VIEWPORTS.wide.width * 0.98);
  });
});

test.describe("layout at 320 px", () => {
  test.use({ viewport: VIEWPORTS.narrow });

  test("no horizontal scrolling (hydrated, description open, sliders moved)", async ({ page }) => {
    await gotoHydrated(page);
    const measure = () =>
      page.evaluate(() => {
        const doc = document.documentElement;
        const wide = [...document.querySelectorAll("#app *")]
          .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${[...el.classList].join(".")} right=${el.getBoundingClientRect().right}`);
        return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide };
      });
    let m = await measure();
    expect(m.scrollWidth, JSON.stringify(m)).toBeLessThanOrEqual(m.clientWidth);
    await page.locator("#fig-hip-front details summary").click();
    for (const id of ["hip-front-hip-flexion", "hip-front-hip-abduction", "hip-front-hip-rotation"]) {
      await page.locator(`#${id}`).focus();
      await page.keyboard.press("End");
    }
    m = await measure();
    expect(m.scrollWidth, JSON.stringify(m)).toBeLessThanOrEqual(m.clientWidth);
  });

  test("the drawing fits the viewport", async ({ page }) => {
    await gotoHydrated(page);
    const box = await page.locator("#fig-hip-front svg").boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.narrow.width);
  });
});

for (const viewport of Object.values(VIEWPORTS)) {
  test.describe(`chapter-1 labels at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("label texts never overlap each other or leave the drawing (neutral, all max, all min)", async ({ page }) => {
      await gotoHydrated(page);
      const report = { neutral: await labelProblems(page) };
      for (const key of ["End", "Home"]) {
        for (const id of SLIDER_IDS) {
          await page.locator(`#${id}`).focus();
          await page.keyboard.press(key);
        }
        report[key === "End" ? "all max" : "all min"] = await labelProblems(page);
      }
      expect(report).toEqual({ neutral: [], "all max": [], "all min": [] });
    });
  });
}

// On a wide screen a figure may be wider than the text (up to the story's width), so its
// drawing gets its full size beside its controls; its words keep the text's measure.
test.describe("figures on a wide screen", () => {
  test.use({ viewport: VIEWPORTS.wide });

  test("each drawing beside controls is at full size, each figure within the story, each caption at the text's measure", async ({ page }) => {
    await page.goto("/");
    const report = await page.evaluate(() => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const story = document.getElementById("story").getBoundingClientRect();
      const text = document.querySelector("#ball-and-socket > p").getBoundingClientRect();
      return [...document.querySelectorAll(".chapter > figure.diagram")].map((fig) => {
        const box = fig.getBoundingClientRect();
        const art = fig.querySelector(".diagram-art").getBoundingClientRect();
        const caption = fig.querySelector("figcaption").getBoundingClientRect();
        return {
          id: fig.id,
          controls: !!fig.querySelector(".diagram-controls"),
          artRem: art.width / rem,
          inStory: box.left >= story.left - 0.5 && box.right <= story.right + 0.5,
          wider: box.width > text.width + 1,
          captionAtMeasure: caption.width <= text.width + 0.5,
        };
      });
    });
    const sliders = report.filter((f) => f.controls);
    expect(sliders.map((f) => f.id)).toEqual(expect.arrayContaining(["fig-hip-front", "fig-stabilizers-back", "fig-activity-planes", "fig-hamstrings-side", "fig-pelvis-side"]));
    for (const f of report) {
      expect(f.inStory, `${f.id} stays within the story column`).toBe(true);
      expect(f.wider, `${f.id} is wider than the text`).toBe(true);
      expect(f.captionAtMeasure, `${f.id}'s caption keeps the text's measure`).toBe(true);
    }
    for (const f of sliders) expect(f.artRem, `${f.id}'s drawing beside its controls`).toBeGreaterThanOrEqual(27.9);
  });
});
