// A figure's island redraws its drawing in place with the prerenderer's own functions and SVG
// writer: after any sequence of steps, the drawing is the one the server draws for that
// state. The server's drawing of each setting is on the review gallery (`figures.html`),
// made by the same code as the article; so after the reader's steps, the article's drawing
// must equal the gallery's, shape for shape and label for label, and the control's words the
// gallery's caption.

const { test, expect } = require("@playwright/test");
const { gotoHydrated, collectProblems } = require("./helpers");

/** The markup of a drawing's shapes and labels (not its name or hotspots). */
async function drawing(page, svg) {
  return page.evaluate((svg) => {
    const el = document.querySelector(svg);
    if (!el) return null;
    return { shapes: el.querySelector(".shapes").innerHTML, labels: el.querySelector(".labels").innerHTML };
  }, svg);
}

/** The gallery's drawing of setting `index` of figure `fig`, and its caption. */
async function galleryDrawing(page, fig, index) {
  await page.goto("/figures.html");
  const name = `gallery-${fig}-${index}-name`;
  const svg = `svg:has(> title#${name})`;
  const caption = (await page.locator(`figure:has(${svg}) figcaption`).textContent()).replace(/\s+/g, " ").trim();
  return { art: await drawing(page, svg), caption };
}

// Each case: keys pressed on a slider (ending where a gallery setting is), or a button
// pressed, and that setting's index in the gallery (start, middle, end of each slider in
// the page's order; one per activity).
const SLIDER_CASES = [
  { fig: "hip-front", control: "hip-flexion", keys: ["End", "PageDown", "ArrowLeft", "ArrowLeft", "End"], index: 2 },
  { fig: "hip-front", control: "hip-rotation", keys: ["End", "ArrowLeft", "Home"], index: 6 },
  { fig: "hamstrings-side", control: "stabilizer-strength", keys: ["Home", "PageUp", "ArrowRight", "Home"], index: 0 },
  { fig: "pelvis-side", control: "stabilizer-strength", keys: ["Home", "ArrowRight", "ArrowRight", "Home"], index: 0 },
];

test.describe("a figure redrawn in the browser is the server's drawing of that state", () => {
  for (const { fig, control, keys, index } of SLIDER_CASES) {
    test(`${fig}: ${keys.join(", ")} on ${control} ends on the gallery's setting ${index}`, async ({ page }) => {
      const problems = await collectProblems(page);
      await gotoHydrated(page);
      const input = page.locator(`#${fig}-${control}`);
      await input.scrollIntoViewIfNeeded();
      const before = await drawing(page, `#fig-${fig} svg.scene`);
      await input.focus();
      for (const key of keys) await page.keyboard.press(key);
      const after = await drawing(page, `#fig-${fig} svg.scene`);
      expect(after.shapes, "the steps changed the drawing").not.toBe(before.shapes);
      const words = await input.getAttribute("aria-valuetext");
      const label = (await page.locator(`label[for="${fig}-${control}"]`).textContent()).trim();

      const server = await galleryDrawing(page, fig, index);
      expect(server.art, `the gallery has setting ${index} of ${fig}`).not.toBeNull();
      expect(server.caption, "the gallery's caption is the slider's label and words").toContain(`${label}: ${words}`);
      expect(after.shapes, "shapes as the server draws them").toBe(server.art.shapes);
      expect(after.labels, "labels as the server draws them").toBe(server.art.labels);
      expect(problems.errors, "no console errors").toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    });
  }

  test("activity-planes: picking activities ends on the gallery's drawing of the last one", async ({ page }) => {
    const problems = await collectProblems(page);
    await gotoHydrated(page);
    const buttons = page.locator("#activity-planes-picker button");
    await buttons.first().scrollIntoViewIfNeeded();
    const before = await drawing(page, "#fig-activity-planes svg.scene");
    for (const i of [4, 1, 2]) await buttons.nth(i).click();
    await expect(buttons.nth(2)).toHaveAttribute("aria-pressed", "true");
    const after = await drawing(page, "#fig-activity-planes svg.scene");
    expect(after.shapes).not.toBe(before.shapes);
    const label = (await buttons.nth(2).textContent()).trim();

    const server = await galleryDrawing(page, "activity-planes", 2);
    expect(server.caption.startsWith(`${label}:`), `${server.caption} names ${label}`).toBe(true);
    expect(after.shapes).toBe(server.art.shapes);
    expect(after.labels).toBe(server.art.labels);
    expect(problems.errors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
