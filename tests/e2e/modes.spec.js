// axe-core with zero violations in every colour mode and at both widths, after the main
// interactions of every chapter: light, dark (prefers-color-scheme) and Windows high contrast
// (forced-colors), plus prefers-contrast: more.

const { test, expect } = require("@playwright/test");
const { VIEWPORTS, gotoHydrated, expectNoAxeViolations } = require("./helpers");
const { interactWithEverything } = require("./interact");
const { openInClinicFrame, startHostServer } = require("./host-server");

const MODES = {
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  "forced-colors": { forcedColors: "active" },
  "more-contrast": { contrast: "more" },
};
/** The media query each mode must match, in the page and in a frame. */
const QUERY = {
  light: "(prefers-color-scheme: light)",
  dark: "(prefers-color-scheme: dark)",
  "forced-colors": "(forced-colors: active)",
  "more-contrast": "(prefers-contrast: more)",
};
/**
 * Firefox's WebDriver BiDi emulates only prefers-color-scheme, and only in the top page: there
 * each mode but light comes from a browser preference instead (a project per mode in
 * playwright.config.js, chosen by this tag).
 */
const FIREFOX_SLOW = "axe twice and every interaction take 35-55 s in Firefox alone, over 60 s beside another worker";
const tagOf = (mode) => (mode === "light" ? {} : { tag: `@mode-${mode}` });

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const [mode, media] of Object.entries(MODES)) {
    test(`axe: no violations, ${mode}, ${viewport.width} px, after every interaction`, tagOf(mode), async ({ page, browserName }) => {
      test.slow(browserName === "firefox", FIREFOX_SLOW);
      await page.setViewportSize(viewport);
      await page.emulateMedia(media);
      await gotoHydrated(page);
      expect(await page.evaluate((q) => matchMedia(q).matches, QUERY[mode]), QUERY[mode]).toBe(true);
      await expectNoAxeViolations(page, `${mode} ${width} on load`);
      await interactWithEverything(page);
      await expectNoAxeViolations(page, `${mode} ${width} after interactions`);
    });
  }
}

// The embedded page, themed by a clinic (accent colour, name, booking link), in the same modes
// at both widths, with every chapter opened and every control used.
// Clinic settings apply only inside a frame, so the page is in a clinic's frame (wrap.html on
// a second origin); axe checks the host page and the frame.
const THEMED = { accent: "1b5e20", "accent-text": "ffffff", clinic: "Harbour Physio", cta: "https://clinic.example/book" };

let host;
test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  if (host) await host.close();
});

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const [mode, media] of Object.entries(MODES)) {
    test(`axe: embedded page, themed, ${mode}, ${viewport.width} px, after every interaction`, tagOf(mode), async ({ page, browserName }) => {
      test.slow(browserName === "firefox", FIREFOX_SLOW);
      await page.setViewportSize(viewport);
      await page.emulateMedia(media);
      const { frame } = await openInClinicFrame(page, host.origin, { ...THEMED, start: "when-to-get-help" });
      const accent = await frame.evaluate(() => document.documentElement.style.getPropertyValue("--theme-accent"));
      expect(accent.toLowerCase(), "the clinic's accent is applied").toContain("1b5e20");
      await expect(frame.locator(".clinic .clinic-cta")).toBeVisible();
      // The mode reaches into the frame.
      expect(await frame.evaluate((q) => matchMedia(q).matches, QUERY[mode]), QUERY[mode]).toBe(true);
      await expectNoAxeViolations(page, `embed ${mode} ${width} on load`);
      await interactWithEverything(frame, page.keyboard);
      await expectNoAxeViolations(page, `embed ${mode} ${width} after interactions`);
    });
  }
}
