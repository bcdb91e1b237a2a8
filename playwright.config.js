// Browser tests in Debian's Chromium (never a downloaded browser).
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
