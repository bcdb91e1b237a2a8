// With JavaScript on: the wasm takes over the prerendered page without rebuilding it,
// without console noise, under the production CSP.

const { test, expect } = require("@playwright/test");
const { distHtml, countTags, collectProblems, waitForHydration } = require("./helpers");

const COUNTED = ["section", "svg", "input", "figure", "h2", "path", "a", "p"];

test.describe("hydration (JavaScript on)", () => {
  test("hydrates with no console errors or warnings, no page errors and no CSP violations", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.goto("/");
    await waitForHydration(page);
    // Move a slider and scroll, so render-time code paths run too.
    await page.locator("#hip-front-hip-flexion").focus();
    await page.keyboard.press("End");
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(600); // the announcer's debounce
    await problems.assertClean();
  });

  test("hydration adds no duplicate elements", async ({ page, request }) => {
    const raw = await (await request.get("/")).text();
    // The served page is the built page.
    expect(raw).toBe(distHtml());
    const app = raw.slice(raw.indexOf('<div id="app">'));
    await page.goto("/");
    await waitForHydration(page);
    const live = await page.evaluate((tags) => {
      const root = document.getElementById("app");
      const out = { "*": root.querySelectorAll("*").length };
      for (const t of tags) out[t] = root.querySelectorAll(t).length;
      return out;
    }, COUNTED);
    const expected = { "*": live["*"] }; // total checked separately below
    for (const t of COUNTED) expected[t] = countTags(app, t);
    expect(live).toEqual(expected);
    // Total element count in #app equals the parsed prerendered markup: the same bytes parsed
    // by DOMParser, which runs no script (a JavaScript-off context is not emulated in
    // Firefox over BiDi, where this compared the hydrated page with itself).
    const prerenderedTotal = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, "text/html").getElementById("app").querySelectorAll("*").length,
      raw,
    );
    expect(live["*"], "elements under #app after hydration vs. prerendered").toBe(prerenderedTotal);
    expect(await page.locator("section.chapter").count()).toBe(7);
    expect(await page.locator("#announcer").count()).toBe(1);
  });

  test("the page is served with the production CSP and security headers", async ({ page }) => {
    const response = await page.goto("/");
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    expect(csp, "Content-Security-Policy header on /").toBeTruthy();
    const directives = Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name, ...values] = d.split(/\s+/);
          return [name, values];
        }),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives["style-src"]).toEqual(["'self'"]);
    expect(directives["img-src"]).toEqual(["'self'", "data:"]);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-type"]).toMatch(/^text\/html/);
  });

  test("the wasm is fetched once and served as application/wasm", async ({ page }) => {
    const wasm = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.endsWith(".wasm")) wasm.push(r);
    });
    await page.goto("/");
    await waitForHydration(page);
    expect(wasm.length, "one .wasm response, however many islands wake").toBe(1);
    expect(wasm[0].status()).toBe(200);
    expect(wasm[0].headers()["content-type"]).toBe("application/wasm");
    // The main page does not preload it (it is fetched when an island comes near): it is the
    // one the boot script names.
    await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveCount(0);
    const boot = await page.locator("script[type=module][src*=\"/boot-\"]").getAttribute("src");
    const named = (await (await page.request.get(boot)).text()).match(/new URL\("\.\/([^"]+\.wasm)"/)[1];
    expect(new URL(wasm[0].url()).pathname).toBe(`/assets/${named}`);
  });

  test("static assets have the right content types", async ({ request }) => {
    const html = distHtml();
    const refs = [...html.matchAll(/\s(?:href|src)="(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    const types = { css: /^text\/css/, js: /^(text|application)\/javascript/, wasm: /^application\/wasm$/, svg: /^image\/svg\+xml/ };
    for (const ref of new Set(refs)) {
      const r = await request.get(`/${ref}`);
      expect(r.status(), ref).toBe(200);
      const ext = ref.split(".").pop();
      expect(r.headers()["content-type"], ref).toMatch(types[ext]);
    }
  });
});
