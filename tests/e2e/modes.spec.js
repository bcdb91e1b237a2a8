// axe-core with zero violations in every colour mode and at both widths, after the main
// interactions of every chapter: light, dark (prefers-color-scheme) and Windows high contrast
// (forced-colors), plus prefers-contrast: more.

const { test, expect } = require("@playwright/test");
const { VIEWPORTS, gotoHydrated, expectNoAxeViolations } = require("./helpers");
const { interactWithEverything } = require("./interact");

const MODES = {
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  "forced-colors": { forcedColors: "active" },
  "more-contrast": { contrast: "more" },
};

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const [mode, media] of Object.entries(MODES)) {
    test(`axe: no violations, ${mode}, ${viewport.width} px, after every interaction`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia(media);
      await gotoHydrated(page);
      await expectNoAxeViolations(page, `${mode} ${width} on load`);
      await interactWithEverything(page);
      await expectNoAxeViolations(page, `${mode} ${width} after interactions`);
    });
  }
}

// The embedded page, themed by a clinic (accent colour, name, booking link), in the same modes
// at both widths, with every chapter opened and every control used.
const THEMED_EMBED = "/embed.html?accent=1b5e20&accent-text=ffffff&clinic=Harbour%20Physio&cta=https%3A%2F%2Fclinic.example%2Fbook";

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const [mode, media] of Object.entries(MODES)) {
    test(`axe: embedded page, themed, ${mode}, ${viewport.width} px, after every interaction`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia(media);
      await gotoHydrated(page, THEMED_EMBED);
      await page.waitForSelector("html.embed-ready");
      const accent = await page.evaluate(() => document.documentElement.style.getPropertyValue("--theme-accent"));
      expect(accent.toLowerCase(), "the clinic's accent is applied").toContain("1b5e20");
      await expectNoAxeViolations(page, `embed ${mode} ${width} on load`);
      await interactWithEverything(page);
      await expectNoAxeViolations(page, `embed ${mode} ${width} after interactions`);
    });
  }
}
