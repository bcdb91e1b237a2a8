// Chapter 3: the activity picker. Each activity button poses the figure and marks the plane
// it works (the drawing's path data changes), updates aria-pressed, the words under the
// buttons, the muscle chart and the polite announcement; it works by keyboard; and the page
// stays free of axe violations after interactions, wide and narrow.

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { ROOT, VIEWPORTS, gotoHydrated, collectProblems, expectNoAxeViolations } = require("./helpers");

const FIG = "#fig-activity-planes";
const BUTTONS = "#activity-planes-picker button";

/** The activity options from content (label and summary, in button order). */
function activityOptions() {
  const text = fs.readFileSync(path.join(ROOT, "content", "en", "chapters", "03-forward-days.toml"), "utf8");
  return text
    .split(/^\[\[blocks\.figure\.picker\.options\]\]\s*$/m)
    .slice(1)
    .map((chunk) => {
      const str = (key) => {
        const m = chunk.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, "m"));
        return m ? m[1] : undefined;
      };
      return { id: str("id"), label: str("label"), summary: str("summary") };
    });
}

/** Every shape's path data in the drawing. */
async function drawing(page) {
  return page.evaluate(
    (sel) => [...document.querySelectorAll(`${sel} svg .shapes path`)].map((p) => p.getAttribute("d")).join("|"),
    FIG,
  );
}

/** Which button is pressed (its text), and how many are. */
async function pressed(page) {
  return page.evaluate((sel) => {
    const on = [...document.querySelectorAll(sel)].filter((b) => b.getAttribute("aria-pressed") === "true");
    return { count: on.length, text: on.map((b) => b.textContent.trim()).join(",") };
  }, BUTTONS);
}

test.describe("chapter 3: everyday activities and the planes of movement", () => {
  test("six toggle buttons in a labelled group, walking pressed at first", async ({ page }) => {
    await gotoHydrated(page);
    const options = activityOptions();
    expect(options.length).toBe(6);
    const group = page.getByRole("group", { name: "Pick an activity" });
    await expect(group).toBeVisible();
    await expect(page.locator(BUTTONS)).toHaveCount(6);
    for (const [i, o] of options.entries()) {
      await expect(page.locator(BUTTONS).nth(i)).toHaveText(o.label);
    }
    expect(await pressed(page)).toEqual({ count: 1, text: options[0].label });
    // Nothing focusable inside the image.
    await expect(page.locator(`${FIG} svg[role="img"] button, ${FIG} svg[role="img"] [tabindex]`)).toHaveCount(0);
  });

  test("each activity changes the drawing, the pressed button, the words and the announcement", async ({ page }) => {
    const problems = await collectProblems(page);
    await gotoHydrated(page);
    const options = activityOptions();
    const announcer = page.locator("#announcer");
    const seen = new Set([await drawing(page)]);
    // Walking is shown first, so start from the second and come back to walking at the end.
    for (const o of [...options.slice(1), options[0]]) {
      const before = await drawing(page);
      await page.locator(BUTTONS, { hasText: o.label }).first().click();
      await expect(page.locator(BUTTONS, { hasText: o.label }).first()).toHaveAttribute("aria-pressed", "true");
      expect(await pressed(page)).toEqual({ count: 1, text: o.label });
      const after = await drawing(page);
      expect(after, `${o.id} changes the path data`).not.toBe(before);
      seen.add(after);
      await expect(announcer).toHaveText(`${o.label}: ${o.summary}`);
      await expect(page.locator(`${FIG} .activity-status`)).toContainText(o.summary);
    }
    expect(seen.size, "six different drawings").toBe(6);
    await problems.assertClean();
  });

  test("the chart shows the work by bar length and words", async ({ page }) => {
    await gotoHydrated(page);
    const row = (g) => page.locator(`${FIG} .lead-row[data-group="${g}"]`);
    await page.locator(BUTTONS, { hasText: "Side-stepping" }).click();
    await expect(row("gluteus-medius-minimus")).toHaveClass(/lead-3/);
    await expect(row("gluteus-medius-minimus").locator(".lead-word")).toHaveText("leads");
    const wide = (await row("gluteus-medius-minimus").locator(".lead-fill").boundingBox()).width;
    const narrow = (await row("hamstrings").locator(".lead-fill").boundingBox()).width;
    expect(wide).toBeGreaterThan(narrow * 2);
    await page.locator(BUTTONS, { hasText: "Sitting" }).click();
    await expect(row("quadriceps").locator(".lead-word")).toHaveText("rests");
  });

  test("keyboard: Tab reaches the buttons, Enter and Space press them", async ({ page }) => {
    await gotoHydrated(page);
    const first = page.locator(BUTTONS).first();
    await first.focus();
    await page.keyboard.press("Tab");
    await expect(page.locator(BUTTONS).nth(1)).toBeFocused();
    const d0 = await drawing(page);
    await page.keyboard.press("Enter");
    await expect(page.locator(BUTTONS).nth(1)).toHaveAttribute("aria-pressed", "true");
    await expect(first).toHaveAttribute("aria-pressed", "false");
    const d1 = await drawing(page);
    expect(d1).not.toBe(d0);
    await page.keyboard.press("Tab");
    await expect(page.locator(BUTTONS).nth(2)).toBeFocused();
    await page.keyboard.press(" ");
    await expect(page.locator(BUTTONS).nth(2)).toHaveAttribute("aria-pressed", "true");
    expect(await drawing(page)).not.toBe(d1);
    await page.keyboard.press("Shift+Tab");
    await expect(page.locator(BUTTONS).nth(1)).toBeFocused();
    // A visible focus ring.
    const outline = await page.locator(BUTTONS).nth(1).evaluate((b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe("none");
  });

  test("targets are at least 24 by 24 px", async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.narrow);
    await gotoHydrated(page);
    for (const b of await page.locator(BUTTONS).all()) {
      const box = await b.boundingBox();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`chapter 3 accessibility (axe) at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test("no violations after picking every activity, description open", async ({ page }) => {
      await gotoHydrated(page);
      await page.locator(`${FIG} details.diagram-description summary`).click();
      for (const b of await page.locator(BUTTONS).all()) {
        await b.click();
      }
      await expect(page.locator("#announcer")).not.toBeEmpty();
      await expectNoAxeViolations(page, `chapter 3, ${name}, after every activity`);
    });
  });
}
