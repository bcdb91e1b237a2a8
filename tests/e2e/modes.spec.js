// axe-core with zero violations in every colour mode and at both widths, after the main
// interactions of every chapter: light, dark (prefers-color-scheme) and Windows high contrast
// (forced-colors), plus prefers-contrast: more.

const { test } = require("@playwright/test");
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
