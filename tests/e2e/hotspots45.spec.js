// Chapters 4 and 5 and the bend: every labelled muscle is a hotspot, as in chapter 2. Each is
// reached by keyboard, by pointer and by tap; the info line under the drawing then names it
// with its one-line job (the content's words); its leader's dot lies on it; it keeps working
// after the slider redraws the figure; axe finds nothing with a hotspot focused.

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { ROOT, VIEWPORTS, gotoHydrated, collectProblems, expectNoAxeViolations, touchTap } = require("./helpers");

/** A figure's muscles from the English content: [{ id, name, job }]. */
function muscles(file, figure) {
  const text = fs.readFileSync(path.join(ROOT, "content", "en", "chapters", file), "utf8");
  const fig = text.split(/^\[\[blocks\]\]\s*$/m).find((b) => b.includes(`id = "${figure}"`));
  const str = (key, src) => {
    const m = src.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, "m"));
    return m ? m[1].replace(/\\"/g, '"') : undefined;
  };
  return fig
    .split(/^\[\[blocks\.figure\.muscles\]\]\s*$/m)
    .slice(1)
    .map((chunk) => chunk.split(/^\[/m)[0])
    .map((chunk) => ({ id: str("id", chunk), name: str("name", chunk), job: str("job", chunk) }));
}

const FIGURES = [
  { id: "hamstrings-side", file: "04-hamstrings-step-in.toml", panels: 1 },
  { id: "pelvis-side", file: "05-pelvis-and-low-back.toml", panels: 1 },
  { id: "bend-forward", file: "05-pelvis-and-low-back.toml", panels: 2 },
];

/** A point (page pixels) inside a hotspot's own outline where nothing else is on top. */
function openPoint(spot) {
  return spot.evaluate((el) => {
    const svg = el.ownerSVGElement;
    const box = el.getBBox();
    const p = svg.createSVGPoint();
    for (let i = 0; i < 400; i++) {
      p.x = box.x + (box.width * ((i * 37) % 100)) / 100;
      p.y = box.y + (box.height * ((i * 61) % 100)) / 100;
      if (!el.isPointInFill(p)) continue;
      const s = p.matrixTransform(el.getScreenCTM());
      if (document.elementFromPoint(s.x, s.y) === el) return { x: s.x, y: s.y };
    }
    return null;
  });
}

const info = (page, fig) => page.locator(`#fig-${fig}-spot-words`);

test.describe("chapters 4 and 5: muscle hotspots", () => {
  for (const { id, file, panels } of FIGURES) {
    const ms = muscles(file, id);

    test(`${id}: every labelled muscle is reached by keyboard and named with its job`, async ({ page }) => {
      const problems = await collectProblems(page);
      await gotoHydrated(page);
      expect(ms.length).toBeGreaterThan(0);
      const spots = page.locator(`#fig-${id} .dg-spot`);
      await expect(spots).toHaveCount(ms.length * panels);
      await spots.first().scrollIntoViewIfNeeded();
      const hint = (await info(page, id).innerText()).trim();
      expect(hint.length).toBeGreaterThan(0);
      await spots.first().focus();
      const seen = [];
      for (let i = 0; i < ms.length * panels; i++) {
        const focused = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute("data-id"));
        const m = ms.find((x) => x.id === focused);
        expect(m, `focused ${focused} is one of the figure's muscles`).toBeTruthy();
        await expect(page.locator(":focus")).toHaveAttribute("aria-label", `${m.name}: ${m.job}`);
        await expect(info(page, id)).toHaveText(`${m.name}: ${m.job}`, { useInnerText: true });
        // The focus is visible: the hotspot's outline is drawn.
        const stroke = await page.evaluate(() => getComputedStyle(document.activeElement).strokeWidth);
        expect(parseFloat(stroke)).toBeGreaterThan(2);
        seen.push(focused);
        await page.keyboard.press("Tab");
      }
      expect([...new Set(seen)].sort()).toEqual(ms.map((m) => m.id).sort());
      await page.locator("body").click({ position: { x: 1, y: 1 } });
      await expect(info(page, id)).toHaveText(hint, { useInnerText: true });
      await problems.assertClean();
    });

    test(`${id}: pointing at a muscle names it, and each label's dot is on its muscle`, async ({ page }) => {
      await gotoHydrated(page);
      for (const m of ms) {
        const spot = page.locator(`#fig-${id} .dg-spot[data-id="${m.id}"]`).first();
        await spot.scrollIntoViewIfNeeded();
        const at = await openPoint(spot);
        expect(at, `${m.id}: a point to hover`).not.toBeNull();
        await page.mouse.move(at.x, at.y);
        await expect(info(page, id)).toHaveText(`${m.name}: ${m.job}`, { useInnerText: true });
        // Every label that names this muscle ends on it.
        const dots = await page.evaluate(([fig, mid]) => {
          return [...document.querySelectorAll(`#fig-${fig} svg`)].flatMap((svg) => {
            const spot = svg.querySelector(`.dg-spot[data-id="${mid}"]`);
            return [...svg.querySelectorAll(".labels .label")]
              .filter((l) => l.dataset.id === mid || l.dataset.id.endsWith(`-${mid}`))
              .map((l) => {
                const dot = l.querySelector(".leader-dot");
                const p = svg.createSVGPoint();
                p.x = dot.cx.baseVal.value;
                p.y = dot.cy.baseVal.value;
                return { label: l.dataset.id, on: spot.isPointInFill(p) };
              });
          });
        }, [id, m.id]);
        expect(dots.length, `${m.id} is labelled`).toBeGreaterThan(0);
        for (const d of dots) expect(d.on, `${d.label}: the leader's dot is on the muscle`).toBe(true);
      }
    });
  }

  test("a tap names a muscle, and the hotspots follow the slider", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: VIEWPORTS.narrow });
    const page = await context.newPage();
    await gotoHydrated(page);
    const spot = page.locator('#fig-hamstrings-side .dg-spot[data-id="semitendinosus"]');
    await spot.scrollIntoViewIfNeeded();
    const before = await spot.getAttribute("d");
    const slider = page.locator("#hamstrings-side-stabilizer-strength");
    await slider.fill("0");
    await expect(spot).not.toHaveAttribute("d", before);
    const m = muscles("04-hamstrings-step-in.toml", "hamstrings-side").find((x) => x.id === "semitendinosus");
    const at = await openPoint(spot);
    expect(at, "a point to tap").not.toBeNull();
    // What reaches the page is a touch (the hotspot's pointerdown handler in static/boot.js
    // is what focuses it in browsers that do not focus a tapped SVG shape).
    await page.evaluate(() => {
      window.__pointerdowns = [];
      document.addEventListener("pointerdown", (e) => window.__pointerdowns.push({ type: e.pointerType, spot: e.target.dataset.id }), true);
    });
    await touchTap(page, at.x, at.y);
    await expect(info(page, "hamstrings-side")).toHaveText(`${m.name}: ${m.job}`, { useInnerText: true });
    expect(await page.evaluate(() => window.__pointerdowns)).toEqual([{ type: "touch", spot: "semitendinosus" }]);
    await context.close();
  });

  // One whole-page scan per test: a scan takes Firefox up to 20 s on a busy machine.
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const { id } of FIGURES) {
      test(`axe: no violations with a hotspot of ${id} focused (${name})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await gotoHydrated(page);
        await page.locator(`#fig-${id} .dg-spot`).first().focus();
        await expect(page.locator(`#fig-${id} .dg-spot`).first()).toBeFocused();
        await expectNoAxeViolations(page, `${id} hotspot, ${name}`);
      });
    }
  }
});
