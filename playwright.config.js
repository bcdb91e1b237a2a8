// Browser tests in Debian's Chromium and Firefox ESR (never a downloaded browser).
// `cargo xtask test` starts the server and sets BASE_URL; run standalone, this config starts
// `cargo xtask serve --no-build` itself on port 8081 (build first with `cargo xtask build --local`).
const { defineConfig } = require("@playwright/test");
const path = require("path");

const port = 8081;
const baseURL = process.env.BASE_URL || `http://127.0.0.1:${port}`;

// Tests that stay in Chromium: the printed plan sheet is a PDF (Chromium's page.pdf), and
// the demo page's test writes docs/ screenshots, which come from Chromium only.
const CHROMIUM_ONLY = ["the printed plan sheet", "demo clinic page: three routes side by side, screenshots"];

/**
 * A Firefox ESR project: `prefs` are Firefox preferences (about:config) on top of these.
 * `fission.autostart: false` keeps a cross-origin frame in the page's process: with site
 * isolation on, BiDi's mouse input stops at the <iframe> element and never reaches the
 * clinic-framed explainer (the frame's own origin, CSP and storage rules are unchanged).
 */
function firefox(name, prefs, select) {
  return {
    name,
    testIgnore: [/screenshots\.spec\.js$/, /print\.spec\.js$/, /budget\.spec\.js$/],
    // axe-core over BiDi takes Firefox 10-20 s a whole-page scan on a busy 2-core machine
    // (Chromium 2-5 s); tests that scan twice need more than the default minute there.
    timeout: 120_000,
    ...select,
    use: {
      browserName: "firefox",
      channel: "moz-firefox",
      launchOptions: { executablePath: "/usr/bin/firefox-esr", firefoxUserPrefs: { "fission.autostart": false, ...prefs } },
    },
  };
}

module.exports = defineConfig({
  testDir: "tests/e2e",
  outputDir: "target/playwright-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    // The offline copy (dist/sw.js) would answer requests that tests block, count or
    // route; only tests/e2e/offline.spec.js lets it run.
    serviceWorkers: "block",
  },
  // Every behaviour spec runs in both engines: Debian's Chromium, and Debian's Firefox ESR
  // through Playwright's WebDriver BiDi channel (pinned @playwright/test 1.64.1; no browser
  // is downloaded). Screenshots for docs/, PDFs and the file-only budget run once, in
  // Chromium.
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--log-level=3",
          ],
        },
      },
    },
    // Firefox. Over BiDi, Playwright emulates neither JavaScript off nor reduced motion,
    // forced colours or more contrast, and its colour-scheme emulation stops at the top page;
    // the tests that need one (tagged @nojs, @reduced-motion, @mode-*) run in a Firefox of
    // their own with the browser preference a reader would set. With javascript.enabled =
    // false Playwright's actions and web-first assertions hang, so @nojs tests use one-shot
    // reads, the mouse and the keyboard, in both engines (tests/e2e/nojs.js).
    // Touch taps (tests/e2e/helpers.js touchTap) and the offline tests (their own server goes
    // off the network) run here as in Chromium.
    firefox("firefox", {}, { grepInvert: new RegExp(`@nojs|@reduced-motion|@mode-|${CHROMIUM_ONLY.join("|")}`) }),
    firefox("firefox-nojs", { "javascript.enabled": false }, { grep: /@nojs/ }),
    firefox("firefox-reduced-motion", { "ui.prefersReducedMotion": 1 }, { grep: /@reduced-motion/ }),
    firefox("firefox-dark", { "layout.css.prefers-color-scheme.content-override": 0 }, { grep: /@mode-dark/ }),
    // "Always override the page's colours": Firefox's forced-colors mode, with the system
    // colours of Windows' "High Contrast White" theme (Linux's defaults are no contrast theme:
    // white on #3399ff for Highlight).
    firefox(
      "firefox-forced-colors",
      { "browser.display.document_color_use": 2, "ui.highlight": "#37006e", "ui.highlighttext": "#ffffff", "ui.graytext": "#600000" },
      { grep: /@mode-forced-colors/ },
    ),
    firefox("firefox-more-contrast", { "ui.useAccessibilityTheme": 1 }, { grep: /@mode-more-contrast/ }),
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: `cargo xtask serve --no-build --port ${port}`,
        url: baseURL,
        reuseExistingServer: true,
        cwd: path.resolve(__dirname),
        timeout: 120_000,
      },
});
