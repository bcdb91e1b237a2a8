// Chapter 1: the sliders move the thigh bone; the value is given in words, announced
// politely, and the ball turns in place inside the cup.

const { test, expect } = require("@playwright/test");
const { SLIDER_IDS, gotoHydrated, collectProblems, femurPathData, hipFrontFigureContent } = require("./helpers");

const HEAD = '#fig-hip-front svg .shapes [data-id="femoral-head"]';

/**
 * Box of the femoral head relative to the drawing's own box, in CSS px (so page scrolling
 * does not count as movement). Null if the drawing has no such shape.
 */
async function headBox(page) {
  const head = page.locator(HEAD);
  if ((await head.count()) === 0) return null;
  return head.first().evaluate((el) => {
    const h = el.getBoundingClientRect();
    const s = el.ownerSVGElement.getBoundingClientRect();
    return { x: h.left - s.left, y: h.top - s.top, width: h.width, height: h.height };
  });
}

function expectSameBox(after, before, what) {
  for (const k of ["x", "y", "width", "height"]) {
    expect(Math.abs(after[k] - before[k]), `${what}: femoral head ${k} moved (${before[k]} -> ${after[k]})`).toBeLessThanOrEqual(1);
  }
}

/** State of one slider and the drawing. */
async function snapshot(page, id) {
  const input = page.locator(`#${id}`);
  return {
    value: await input.inputValue(),
    words: await input.getAttribute("aria-valuetext"),
    shown: (await page.locator(`#${id}-value`).textContent()).trim(),
    femur: await femurPathData(page),
  };
}

test.describe("chapter 1: the hip from the front", () => {
  test("the drawing's femur shapes are addressable by data-id", async ({ page }) => {
    await gotoHydrated(page);
    expect(await page.locator('#fig-hip-front svg .shapes path[data-id="femur"]').count()).toBeGreaterThanOrEqual(1);
    const femur = await femurPathData(page);
    expect(femur).toMatch(/femur:M/);
  });

  test("the femoral head is drawn as its own shape (data-id=femoral-head)", async ({ page }) => {
    await gotoHydrated(page);
    // The ball-stays-in-the-cup assertions below depend on this shape.
    await expect(page.locator(HEAD)).toHaveCount(1);
  });

  for (const [index, id] of SLIDER_IDS.entries()) {
    test(`slider ${index + 1} (${id}) moves the thigh bone by keyboard; words, announcement and ball-in-cup follow`, async ({ page }) => {
      const problems = await collectProblems(page);
      await gotoHydrated(page);
      const { controls } = hipFrontFigureContent();
      const label = controls[index].label;
      await expect(page.locator(`label[for="${id}"]`)).toHaveText(label);
      const input = page.locator(`#${id}`);
      const announcer = page.locator("#announcer");
      const head0 = await headBox(page);
      const min = await input.getAttribute("min");
      const max = await input.getAttribute("max");

      const s0 = await snapshot(page, id);
      expect(s0.words).toBe(s0.shown);
      await input.focus();

      // End: to the maximum.
      await page.keyboard.press("End");
      await expect(input).toHaveValue(max);
      const s1 = await snapshot(page, id);
      expect(s1.femur, "End changes the femur path data").not.toBe(s0.femur);
      expect(s1.words, "End changes aria-valuetext").not.toBe(s0.words);
      expect(s1.shown, "the visible words follow").toBe(s1.words);
      await expect(announcer).toHaveText(`${label}: ${s1.words}`);
      if (head0) expectSameBox(await headBox(page), head0, `${id} at max`);

      // Home: to the minimum.
      await page.keyboard.press("Home");
      await expect(input).toHaveValue(min);
      const s2 = await snapshot(page, id);
      expect(s2.femur, "Home changes the femur path data").not.toBe(s1.femur);
      expect(s2.words, "Home changes aria-valuetext").not.toBe(s1.words);
      await expect(announcer).toHaveText(`${label}: ${s2.words}`);
      if (head0) expectSameBox(await headBox(page), head0, `${id} at min`);

      // ArrowRight: one step up.
      await page.keyboard.press("ArrowRight");
      await expect(input).toHaveValue(String(Number(min) + 1));
      const s3 = await snapshot(page, id);
      expect(s3.femur, "ArrowRight changes the femur path data").not.toBe(s2.femur);
      await expect(announcer).toHaveText(`${label}: ${s3.words}`);

      // PageUp: a bigger step up.
      await page.keyboard.press("PageUp");
      const s4 = await snapshot(page, id);
      expect(Number(s4.value)).toBeGreaterThan(Number(s3.value));
      expect(s4.femur, "PageUp changes the femur path data").not.toBe(s3.femur);
      await expect(announcer).toHaveText(`${label}: ${s4.words}`);
      if (head0) expectSameBox(await headBox(page), head0, `${id} after PageUp`);

      await problems.assertClean();
    });

    test(`slider ${index + 1} (${id}) follows a direct value change (fill)`, async ({ page }) => {
      await gotoHydrated(page);
      const { controls } = hipFrontFigureContent();
      const label = controls[index].label;
      const input = page.locator(`#${id}`);
      const head0 = await headBox(page);
      const s0 = await snapshot(page, id);
      const target = await input.getAttribute("max");
      await input.fill(target);
      await expect(input).toHaveValue(target);
      const s1 = await snapshot(page, id);
      expect(s1.femur).not.toBe(s0.femur);
      expect(s1.words).not.toBe(s0.words);
      await expect(page.locator("#announcer")).toHaveText(`${label}: ${s1.words}`);
      if (head0) expectSameBox(await headBox(page), head0, `${id} filled to ${target}`);
    });
  }

  test("a burst of moves is announced once, after the reader pauses", async ({ page }) => {
    await gotoHydrated(page);
    const announcer = page.locator("#announcer");
    await expect(announcer).toBeEmpty();
    const input = page.locator(`#${SLIDER_IDS[0]}`);
    await input.focus();
    const seen = [];
    await page.exposeFunction("__announced", (t) => seen.push(t));
    await page.evaluate(() => {
      const el = document.getElementById("announcer");
      new MutationObserver(() => window.__announced(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
    });
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    const words = await input.getAttribute("aria-valuetext");
    const label = (await page.locator(`label[for="${SLIDER_IDS[0]}"]`).textContent()).trim();
    await expect(announcer).toHaveText(`${label}: ${words}`);
    await page.waitForTimeout(600);
    expect(seen.filter((t) => t.trim()).length, `announcements: ${JSON.stringify(seen)}`).toBe(1);
  });

  test("the sliders work together: the pose combines all three", async ({ page }) => {
    await gotoHydrated(page);
    const states = new Set();
    states.add(await femurPathData(page));
    for (const id of SLIDER_IDS) {
      await page.locator(`#${id}`).focus();
      await page.keyboard.press("End");
      states.add(await femurPathData(page));
    }
    expect(states.size, "each slider adds its own change to the pose").toBe(SLIDER_IDS.length + 1);
    // Every slider keeps its own value (moving one does not reset another).
    for (const id of SLIDER_IDS) {
      await expect(page.locator(`#${id}`)).toHaveValue(await page.locator(`#${id}`).getAttribute("max"));
    }
  });
});
