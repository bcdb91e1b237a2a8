// Browser tests in Debian's Chromium and Firefox ESR (never a downloaded browser).
// `cargo xtask test` starts the server and sets BASE_URL; run standalone, this config starts
// `cargo xtask serve --no-build` itself on port 8081 (build first with `cargo xtask build --local`).
const { defineConfig } = require("@playwright/test");
const path = require("path");

const port = 8081;
const baseURL = process.env.BASE_URL || `http://127.0.0.1:${port}`;

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
    {
      name: "firefox",
      testIgnore: [/screenshots\.spec\.js$/, /print\.spec\.js$/, /budget\.spec\.js$/],
      // Not yet green in Firefox ESR 153 (first run, 2026-12-04); each needs a look, not a
      // weaker assertion: four aria records differ from Firefox's trees; reduced-motion and
      // JavaScript-off emulation over BiDi; an embed font/theme check, the height and
      // foreign-message tests of the script embed, a sandboxed-frame checkbox; console
      // noise in the plan's storage tests; the keyboard walk and text-spacing style tag
      // time out.
      grepInvert: new RegExp(
        [
          "accessibility tree of #(ball-and-socket|forward-days|hamstrings-step-in|pelvis-and-low-back) matches",
          "both still poses show, the moving figure and its button are gone",
          "with reduced motion nothing moves and scrolling jumps",
          "the sliders are hidden and the noscript note is shown",
          "the stills show, the moving figure and every script-only button are hidden",
          "settings: chapters, start, theme and clinic apply",
          "script embed: titled lazy frame",
          "a foreign window's messages are ignored, both ways",
          "WordPress-style sandboxed frame: renders",
          "keyboard walk at",
          "ticks survive a reload",
          "when localStorage throws, the plan still works",
          "text spacing overrides at",
          // Added when the embed hardening, plan link and Spanish pages were merged
          // (2026-12-04): Firefox's media emulation does not reach a cross-origin frame over
          // BiDi (the themed embed in a clinic's frame stays light); Playwright's own
          // screenshot script injects an inline style there, which the page's CSP rightly
          // reports (the plan builder's QR check); printing to PDF is Chromium's.
          "axe: embedded page, themed",
          "a plan built by keyboard only opens",
          "the printed plan sheet",
          // Writes docs/ screenshots, which come from Chromium only.
          "demo clinic page: three routes side by side, screenshots",
          // Firefox's offline emulation over BiDi sometimes answers a navigation with
          // NS_ERROR_OFFLINE before the service worker does (it passes alone, fails now and
          // then in the full run); Chromium runs it every time.
          "the builder open offline",
        ].join("|"),
      ),
      use: {
        browserName: "firefox",
        channel: "moz-firefox",
        launchOptions: { executablePath: "/usr/bin/firefox-esr" },
      },
    },
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
