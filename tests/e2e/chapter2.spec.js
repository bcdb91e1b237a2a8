// Chapter 2: the deep stabilizers from behind. Two ways in, one state: the numbered list
// and the muscles in the drawing pick the same muscle; the gluteus maximus is a layer the
// reader shows or hides; everything works by keyboard and passes axe.

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { ROOT, VIEWPORTS, gotoHydrated, collectProblems, expectNoAxeViolations } = require("./helpers");

const FIG = "#fig-stabilizers-back";
const SVG = `${FIG} svg.dg-back`;
const INFO = "#stabilizers-back-info";
const TOGGLE = "#stabilizers-back-gluteus-maximus";
const MAX = "gluteus-maximus";

/** The figure's muscles from content: [{ id, name, job }] in list order. */
function muscles() {
  const text = fs.readFileSync(path.join(ROOT, "content", "en", "chapters", "02-deep-stabilizers.toml"), "utf8");
  const str = (key, src) => {
    const m = src.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, "m"));
    return m ? m[1].replace(/\\"/g, '"') : undefined;
  };
  return text
    .split(/^\[\[blocks\.figure\.muscles\]\]\s*$/m)
    .slice(1)
    .map((chunk) => chunk.split(/^\[/m)[0])
    .map((chunk) => ({ id: str("id", chunk), name: str("name", chunk), job: str("job", chunk) }));
}

const shape = (page, id) => page.locator(`${SVG} .dg-muscle[data-id="${id}"]`);
const listButton = (page, id) => page.locator(`${FIG} .muscle-button[data-id="${id}"]`);

/** The `d` of every muscle belly in the drawing, and which are emphasized. */
async function drawing(page) {
  return page.evaluate((sel) => {
    const svg = document.querySelector(sel);
    return {
      // What is drawn: a switched-off layer is in the markup but not shown.
      bellies: [...svg.querySelectorAll(".dg-muscle:not(.is-off)")].map((g) => `${g.dataset.id}:${g.querySelector(".dg-belly").getAttribute("d")}`).join("\n"),
      selected: [...svg.querySelectorAll(".dg-muscle.is-selected")].map((g) => g.dataset.id),
      svgClass: svg.getAttribute("class"),
    };
  }, SVG);
}

test.describe("chapter 2: the deep stabilizers from behind", () => {
  test("the content lists eight muscles, the last is the gluteus maximus", async () => {
    const ms = muscles();
    expect(ms.length).toBe(8);
    expect(ms[7].id).toBe(MAX);
  });

  test("every drawn muscle is reached by keyboard and names itself in the info line", async ({ page }) => {
    const problems = await collectProblems(page);
    await gotoHydrated(page);
    const ms = muscles().filter((m) => m.id !== MAX);
    // Tab order follows the drawing's layers, deepest first.
    await page.locator(`${SVG} .dg-muscle`).first().focus();
    const seen = new Set();
    for (let i = 0; i < ms.length + 1; i++) {
      const id = await page.evaluate(() => document.activeElement && document.activeElement.dataset && document.activeElement.dataset.id);
      if (!id || seen.has(id)) break;
      const m = ms.find((x) => x.id === id);
      expect(m, `focused ${id} is a listed muscle`).toBeTruthy();
      await expect(page.locator(INFO)).toHaveText(`${m.name}: ${m.job}`, { useInnerText: true });
      await expect(shape(page, id)).toHaveAttribute("aria-label", `${m.name}: ${m.job}`);
      await expect(shape(page, id)).toHaveAttribute("role", "button");
      seen.add(id);
      await page.keyboard.press("Tab");
    }
    expect([...seen].sort()).toEqual(ms.map((m) => m.id).sort());
    await problems.assertClean();
  });

  test("Enter and Space pick a muscle in the drawing; the list follows (and the live region)", async ({ page }) => {
    await gotoHydrated(page);
    const [medius, , piri] = muscles();
    const before = await drawing(page);
    await shape(page, piri.id).focus();
    await page.keyboard.press("Enter");
    await expect(shape(page, piri.id)).toHaveAttribute("aria-pressed", "true");
    await expect(listButton(page, piri.id)).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("#announcer")).toHaveText(`${piri.name}: ${piri.job}`);
    const after = await drawing(page);
    expect(after.selected).toEqual([piri.id]);
    expect(after.svgClass).toContain("has-selection");
    expect(before.svgClass).not.toContain("has-selection");
    await shape(page, medius.id).focus();
    await page.keyboard.press(" ");
    await expect(listButton(page, medius.id)).toHaveAttribute("aria-pressed", "true");
    await expect(listButton(page, piri.id)).toHaveAttribute("aria-pressed", "false");
    // Pressing again un-picks it.
    await page.keyboard.press("Enter");
    await expect(shape(page, medius.id)).toHaveAttribute("aria-pressed", "false");
    expect((await drawing(page)).selected).toEqual([]);
  });

  test("clicking a list button highlights the same muscle in the drawing, and vice versa", async ({ page }) => {
    await gotoHydrated(page);
    const ms = muscles();
    for (const m of [ms[1], ms[4], ms[6]]) {
      await listButton(page, m.id).click();
      await expect(shape(page, m.id)).toHaveAttribute("aria-pressed", "true");
      await expect(shape(page, m.id)).toHaveClass(/is-selected/);
      await expect(page.locator(`${SVG} .dg-badge[data-id="${m.id}"]`)).toHaveClass(/is-selected/);
      await expect(page.locator("#announcer")).toHaveText(`${m.name}: ${m.job}`);
    }
    // Tap a shape in the drawing: the list button follows.
    const medius = ms[0];
    await shape(page, medius.id).click({ position: await centreOf(page, medius.id) });
    await expect(listButton(page, medius.id)).toHaveAttribute("aria-pressed", "true");
    await expect(listButton(page, ms[6].id)).toHaveAttribute("aria-pressed", "false");
    // Hovering a shape names it without picking it.
    await shape(page, ms[2].id).hover({ position: await centreOf(page, ms[2].id) });
    await expect(page.locator(INFO)).toHaveText(`${ms[2].name}: ${ms[2].job}`, { useInnerText: true });
    await expect(listButton(page, ms[2].id)).toHaveAttribute("aria-pressed", "false");
  });

  test("the layer toggle shows and hides the gluteus maximus", async ({ page }) => {
    await gotoHydrated(page);
    const max = muscles()[7];
    const toggle = page.locator(TOGGLE);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(shape(page, MAX)).toBeHidden();
    const d0 = (await drawing(page)).bellies;
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(shape(page, MAX)).toBeVisible();
    expect((await drawing(page)).bellies).not.toBe(d0);
    await expect(page.locator("#announcer")).toHaveText(/\S/);
    const on = await page.locator("#announcer").textContent();
    // It is a focusable muscle like the others.
    await shape(page, MAX).focus();
    await expect(page.locator(INFO)).toHaveText(`${max.name}: ${max.job}`, { useInnerText: true });
    await page.keyboard.press("Enter");
    await expect(listButton(page, MAX)).toHaveAttribute("aria-pressed", "true");
    // Hide it again: it disappears and is no longer picked.
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(shape(page, MAX)).toBeHidden();
    await expect(listButton(page, MAX)).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("#announcer")).not.toHaveText(on);
    // Picking it from the list brings the layer back.
    await listButton(page, MAX).click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(shape(page, MAX)).toBeVisible();
  });

  for (const [name, vp] of Object.entries(VIEWPORTS)) {
    test(`axe finds nothing after interactions (${name})`, async ({ page }) => {
      await page.setViewportSize(vp);
      await gotoHydrated(page);
      await page.locator(FIG).scrollIntoViewIfNeeded();
      await page.locator(TOGGLE).click();
      await listButton(page, "obturator-internus").click();
      await shape(page, "piriformis").focus();
      await expectNoAxeViolations(page, `chapter 2 figure, ${name}`);
      // Nothing in the figure sticks out of the page sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

/** A point inside a muscle's belly (relative to its group's box), for clicking the shape itself. */
async function centreOf(page, id) {
  return page.evaluate(
    ({ sel, id }) => {
      const g = document.querySelector(`${sel} .dg-muscle[data-id="${id}"]`);
      const belly = g.querySelector(".dg-belly");
      const box = g.getBoundingClientRect();
      const svg = g.ownerSVGElement;
      const len = g.querySelector(".dg-hit").getTotalLength();
      const p = g.querySelector(".dg-hit").getPointAtLength(len * 0.5);
      const pt = svg.createSVGPoint();
      pt.x = p.x;
      pt.y = p.y;
      const s = pt.matrixTransform(belly.getScreenCTM());
      return { x: s.x - box.left, y: s.y - box.top };
    },
    { sel: SVG, id },
  );
}
