// Chapters 4 and 5: the stabilizer-strength sliders drive the chain model (hamstrings work
// harder, pelvis tips back, low back rounds); the bend-forward comparison is static.

const { test, expect } = require("@playwright/test");
const { VIEWPORTS, gotoHydrated, collectProblems, expectNoAxeViolations } = require("./helpers");

const CHAIN_FIGURES = [
  { id: "hamstrings-side", shapes: ["biceps-femoris-long", "semitendinosus", "gluteus-medius"] },
  { id: "pelvis-side", shapes: ["pelvis", "l3", "disc-l4-l5"] },
];

/** `d` of the named shapes in a figure's drawing. */
async function shapeData(page, fig, ids) {
  return page.evaluate(
    ([fig, ids]) =>
      ids
        .map((id) => [...document.querySelectorAll(`#fig-${fig} svg .shapes [data-id="${id}"]`)].map((el) => el.getAttribute("d")).join("|"))
        .join("\n"),
    [fig, ids],
  );
}

async function state(page, fig, ids) {
  const input = page.locator(`#${fig}-stabilizer-strength`);
  return {
    value: await input.inputValue(),
    words: await input.getAttribute("aria-valuetext"),
    shown: (await page.locator(`#${fig}-stabilizer-strength-value`).textContent()).trim(),
    readout: (await page.locator(`#${fig}-readout`).textContent()).replace(/\s+/g, " ").trim(),
    shapes: await shapeData(page, fig, ids),
  };
}

test.describe("chapters 4 and 5: the chain figures", () => {
  for (const { id, shapes } of CHAIN_FIGURES) {
    test(`${id}: the keyboard moves the slider; drawing, words, readout and announcement follow`, async ({ page }) => {
      const problems = await collectProblems(page);
      await gotoHydrated(page);
      const input = page.locator(`#${id}-stabilizer-strength`);
      const label = (await page.locator(`label[for="${id}-stabilizer-strength"]`).textContent()).trim();
      const announcer = page.locator("#announcer");
      await input.scrollIntoViewIfNeeded();
      const s0 = await state(page, id, shapes);
      expect(s0.words).toBe(s0.shown);
      await input.focus();

      await page.keyboard.press("Home");
      await expect(input).toHaveValue(await input.getAttribute("min"));
      const s1 = await state(page, id, shapes);
      expect(s1.shapes, "Home changes the drawing").not.toBe(s0.shapes);
      expect(s1.words).not.toBe(s0.words);
      expect(s1.shown).toBe(s1.words);
      expect(s1.readout, "the readout follows").not.toBe(s0.readout);
      await expect(announcer).toContainText(`${label}: ${s1.words}`);
      await expect(announcer).toContainText(/Hamstrings: working very hard/);

      await page.keyboard.press("PageUp");
      const s2 = await state(page, id, shapes);
      expect(Number(s2.value)).toBeGreaterThan(Number(s1.value));
      expect(s2.shapes).not.toBe(s1.shapes);

      await page.keyboard.press("End");
      await expect(input).toHaveValue(await input.getAttribute("max"));
      const s3 = await state(page, id, shapes);
      expect(s3.shapes).toBe(s0.shapes);
      await expect(announcer).toContainText(`${label}: ${s3.words}`);
      await problems.assertClean();
    });

    test(`${id}: a direct value change (fill) redraws`, async ({ page }) => {
      await gotoHydrated(page);
      const input = page.locator(`#${id}-stabilizer-strength`);
      const s0 = await state(page, id, shapes);
      await input.fill("30");
      await expect(input).toHaveValue("30");
      const s1 = await state(page, id, shapes);
      expect(s1.shapes).not.toBe(s0.shapes);
      expect(s1.readout).not.toBe(s0.readout);
    });
  }

  test("standing, the pelvis figure never marks a disc as squeezed and never says 'rounded'", async ({ page }) => {
    await gotoHydrated(page);
    const fig = page.locator("#fig-pelvis-side");
    const input = page.locator("#pelvis-side-stabilizer-strength");
    for (const v of ["100", "50", "0"]) {
      await input.fill(v);
      await expect(input).toHaveValue(v);
      await expect(fig.locator('svg [data-id="disc-squeeze"]')).toHaveCount(0);
      await expect(fig).not.toContainText("rounded");
    }
    // At the weakest setting the words say how small the change is.
    await expect(fig).toContainText("a little flatter, still inward");
  });

  test("the bend-forward comparison has two named drawings and no controls", async ({ page }) => {
    await gotoHydrated(page);
    const fig = page.locator("#fig-bend-forward");
    // Each panel is a group (its hamstrings are a focusable hotspot), named by its title.
    await expect(fig.locator('svg[role="group"]')).toHaveCount(2);
    await expect(fig.locator("svg title")).toHaveText([
      "Relaxed hamstrings: more from the hips",
      "Tight hamstrings: less from the hips",
    ]);
    await expect(fig.locator("input, button")).toHaveCount(0);
    await expect(fig.locator('svg[role="group"]').first()).toHaveAttribute("aria-describedby", "fig-bend-forward-desc");
    // Neither panel marks a disc as squeezed: rounding to bend is normal. Only the tight
    // panel shows the hamstrings' pull.
    for (const i of [0, 1]) {
      await expect(fig.locator("svg").nth(i).locator('[data-id="disc-squeeze"]')).toHaveCount(0);
    }
    await expect(fig.locator("svg").nth(0).locator('[data-id="hamstring-pull"]')).toHaveCount(0);
    await expect(fig.locator("svg").nth(1).locator('[data-id="hamstring-pull"]')).toHaveCount(1);
    await expect(fig.locator("svg").nth(0)).toContainText(/Low back\s*rounds,\s*as\s*normal/);
  });

  test("the bend-forward panels sit side by side on a wide screen and stack on a phone", async ({ page }) => {
    const boxes = async () => {
      const svgs = page.locator("#fig-bend-forward svg");
      return [await svgs.nth(0).boundingBox(), await svgs.nth(1).boundingBox()];
    };
    await page.setViewportSize(VIEWPORTS.wide);
    await gotoHydrated(page);
    let [a, b] = await boxes();
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    await page.setViewportSize(VIEWPORTS.narrow);
    [a, b] = await boxes();
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`axe: no violations after using the sliders (${name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await gotoHydrated(page);
      for (const { id } of CHAIN_FIGURES) {
        await page.locator(`#${id}-stabilizer-strength`).fill("10");
      }
      await expectNoAxeViolations(page, `chapters 4-5, ${name}`);
    });

    test(`labels are at least 12 px and inside their drawing (${name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await gotoHydrated(page);
      for (const fig of ["hamstrings-side", "pelvis-side", "bend-forward"]) {
        const sizes = await page.evaluate((fig) => {
          return [...document.querySelectorAll(`#fig-${fig} svg`)].flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll(".labels text")].map((t) => {
              const r = t.getBoundingClientRect();
              const px = parseFloat(getComputedStyle(t).fontSize) * (box.width / svg.viewBox.baseVal.width);
              return { px, inside: r.left >= box.left - 1 && r.right <= box.right + 1, text: t.textContent };
            });
          });
        }, fig);
        expect(sizes.length).toBeGreaterThan(0);
        for (const s of sizes) {
          expect(s.px, `${fig}: "${s.text}"`).toBeGreaterThanOrEqual(11.9);
          expect(s.inside, `${fig}: "${s.text}" fits`).toBe(true);
        }
      }
    });
  }
});
