// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the hydrated page, wide and narrow, on load
// and after every slider has moved, with the long description open.

const { test, expect } = require("@playwright/test");
const { VIEWPORTS, SLIDER_IDS, gotoHydrated, expectNoAxeViolations } = require("./helpers");

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`accessibility (axe) at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test("no violations on load", async ({ page }) => {
      await gotoHydrated(page);
      await expectNoAxeViolations(page, `${name} on load`);
    });

    test("no violations after moving every slider, with the long description open", async ({ page }) => {
      await gotoHydrated(page);
      const details = page.locator("#fig-hip-front details.diagram-description");
      await details.locator("summary").click();
      await expect(details).toHaveAttribute("open", "");
      await expect(page.locator("#fig-hip-front-desc")).toBeVisible();
      for (const id of SLIDER_IDS) {
        const input = page.locator(`#${id}`);
        await input.focus();
        await page.keyboard.press("End");
      }
      // The last move is announced after the debounce; let it land so the live region is checked too.
      await expect(page.locator("#announcer")).not.toBeEmpty();
      await expectNoAxeViolations(page, `${name} after sliders, description open`);
    });
  });
}

test.describe("accessibility (keyboard and names)", () => {
  test("sliders are reachable by Tab, labelled, and report values in words", async ({ page }) => {
    await gotoHydrated(page);
    for (const id of SLIDER_IDS) {
      const input = page.locator(`#${id}`);
      const label = (await page.locator(`label[for="${id}"]`).textContent()).trim();
      await expect(page.getByRole("slider", { name: label, exact: true })).toHaveAttribute("id", id);
      await expect(input).toHaveAttribute("aria-valuetext", /[A-Za-z]/);
    }
    // Tab order reaches each slider (tab from the first one through the others).
    await page.locator(`#${SLIDER_IDS[0]}`).focus();
    for (const id of SLIDER_IDS.slice(1)) {
      await page.keyboard.press("Tab");
      await expect(page.locator(`#${id}`)).toBeFocused();
    }
  });

  test("the drawing has no focusable content and is named by its title", async ({ page }) => {
    await gotoHydrated(page);
    const svg = page.locator("#fig-hip-front svg");
    await expect(svg).toHaveAttribute("role", "img");
    const focusables = await svg.locator("a, [tabindex], button, input").count();
    expect(focusables).toBe(0);
    const labelledby = await svg.getAttribute("aria-labelledby");
    const title = await page.locator(`#${labelledby}`).textContent();
    await expect(page.getByRole("img", { name: title, exact: true })).toHaveCount(1);
  });
});
