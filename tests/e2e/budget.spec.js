// First-load weight: gzip (level 9) of index.html and everything it makes the browser fetch
// before the page is interactive. No browser needed.

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { test, expect } = require("@playwright/test");
const { DIST, distHtml } = require("./helpers");

// The article and the embed fetch their islands' wasm only when an island comes near
// (static/boot.js); the embed starts only its small settings build at once, the plan builder
// its own build. Budgets: the first load when set (64.7 KB, 96 KB, 60 KB on 2026-12-04) plus
// a small margin; each language's pages have the same budget.
const BUDGET_GZIP = {
  "index.html": 70_000,
  "embed.html": 110_000,
  "plan.html": 70_000,
  "es/index.html": 70_000,
  "es/embed.html": 110_000,
  "es/plan.html": 70_000,
};

/** Local files the page fetches on first load with JS on (what is inside <noscript> is not). */
function firstLoadFiles(html, page = "index.html") {
  const live = html.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, "");
  const files = new Set([page]);
  const tags = [...live.matchAll(/<(link|script)\b[^>]*>/gi)].map((m) => m[0]);
  for (const tag of tags) {
    const url = (tag.match(/\s(?:href|src)="([^"]+)"/) || [])[1];
    if (!url || /^[a-z]+:/i.test(url) || url.startsWith("//")) continue;
    const rel = (tag.match(/\srel="([^"]+)"/) || [])[1] || "";
    const isScript = /^<script/i.test(tag);
    // A print stylesheet is fetched at the lowest priority and blocks neither rendering nor
    // scripts: not part of what a page needs to be read and used (as `xtask build` counts).
    if (/\smedia="print"/.test(tag)) continue;
    // Relative to the page's folder (a language's pages sit in dist/<code>/).
    if (isScript || /\b(stylesheet|modulepreload|preload|icon)\b/.test(rel)) {
      files.add(path.posix.normalize(path.posix.join(path.posix.dirname(page), url)));
    }
  }
  // Module imports of the boot script and url() references of the stylesheets.
  for (const f of [...files]) {
    const full = path.join(DIST, f);
    if (!fs.existsSync(full)) continue;
    const dir = path.posix.dirname(f);
    if (f.endsWith(".js")) {
      const src = fs.readFileSync(full, "utf8");
      // Static imports only: a dynamic import() and the wasm it starts come later (the plan
      // link's build is imported only from a plan link; plan-link.spec.js checks that a page
      // without one never fetches it).
      for (const m of src.matchAll(/^\s*import\s*(?:[\w{}\s,*]+from\s*)?["'](\.{1,2}\/[^"']+)["']/gm)) {
        files.add(path.posix.normalize(path.posix.join(dir, m[1])));
      }
    }
    if (f.endsWith(".css")) {
      const src = fs.readFileSync(full, "utf8");
      // Not data: URLs, nor `url(#id)`, which names an element of the page (a gradient).
      for (const m of src.matchAll(/url\(\s*["']?(?!data:|#)([^"')]+)["']?\s*\)/g)) {
        files.add(path.posix.normalize(path.posix.join(dir, m[1])));
      }
    }
  }
  return [...files];
}

/** The page's HTML from dist/ (index.html through the shared helper). */
function pageHtml(page) {
  return page === "index.html" ? distHtml() : fs.readFileSync(path.join(DIST, page), "utf8");
}

test.describe("first-load budget", () => {
  for (const page of Object.keys(BUDGET_GZIP)) {
    test(`${page}: gzip total of the first load is at most ${BUDGET_GZIP[page]} bytes`, () => {
      const html = pageHtml(page);
      const files = firstLoadFiles(html, page);
      const kinds = files.map((f) => f.split(".").pop());
      for (const kind of ["html", "css", "js", "svg"]) expect(kinds, `a .${kind} file in the first load`).toContain(kind);
      const wasm = files.filter((f) => f.endsWith(".wasm"));
      if (page.endsWith("index.html")) expect(wasm, "no wasm before an island comes near").toEqual([]);
      else if (page.endsWith("embed.html")) expect(wasm.map((f) => path.basename(f).replace(/-.*/, "")), "only the embed's settings build at once").toEqual(["app_embed"]);
      else expect(wasm.length, "the builder starts its wasm at once").toBe(1);
      let total = 0;
      const rows = files.map((f) => {
        const full = path.join(DIST, f);
        expect(fs.existsSync(full), `${f} (referenced by ${page}) exists in dist/`).toBe(true);
        const bytes = fs.readFileSync(full);
        const gz = zlib.gzipSync(bytes, { level: 9 }).length;
        total += gz;
        return `${f.padEnd(40)} ${String(bytes.length).padStart(9)} ${String(gz).padStart(9)}`;
      });
      const report = `first load (bytes)\n${"file".padEnd(40)} ${"raw".padStart(9)} ${"gzip".padStart(9)}\n${rows.join("\n")}\n${"total gzip".padEnd(50)} ${String(total).padStart(9)}  (budget ${BUDGET_GZIP[page]})`;
      console.log(report);
      test.info().annotations.push({ type: "first-load gzip bytes", description: String(total) });
      expect(total, report).toBeLessThanOrEqual(BUDGET_GZIP[page]);
    });
  }

  test("every file in dist/assets is content-hashed and referenced", () => {
    const html = ["index.html", "embed.html", "embed-help.html", "clinicians.html", "figures.html", "plan.html"].map(pageHtml).join("\n");
    const assets = fs.readdirSync(path.join(DIST, "assets"));
    expect(assets.length).toBeGreaterThan(0);
    const bootRefs = assets.filter((a) => a.endsWith(".js")).map((a) => fs.readFileSync(path.join(DIST, "assets", a), "utf8")).join("\n");
    for (const a of assets) {
      expect(a, "hashed name").toMatch(/^[a-z_]+-[0-9a-f]{8,}\.[a-z0-9]+$/);
      expect(html.includes(`assets/${a}`) || bootRefs.includes(a), `${a} is referenced`).toBe(true);
    }
    expect(fs.readFileSync(path.join(DIST, "_headers"), "utf8")).toContain("Content-Security-Policy:");
  });
});
