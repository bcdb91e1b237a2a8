// The explainer in Spanish (/es/): every page of the set in Spanish with JavaScript off, no
// English sentence left on it, sliders that announce Spanish words, axe at both widths, the
// language switch keeping the reader's chapter, and the Spanish embed in a clinic's page.

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { DIST, ROOT, VIEWPORTS, collectProblems, expectNoAxeViolations, htmlText } = require("./helpers");
const { startHostServer } = require("./host-server");
const nojs = require("./nojs");

/** Top-level `key = "..."` strings and figure names of a language's chapter files. */
function chapters(lang) {
  const dir = path.join(ROOT, "content", lang, "chapters");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".toml"))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const one = (re) => JSON.parse(`"${(text.match(re) || [])[1]}"`);
      const all = (re) => [...text.matchAll(re)].map((m) => JSON.parse(`"${m[1]}"`));
      return {
        slug: one(/^slug = "(.*)"$/m),
        title: one(/^title = "(.*)"$/m),
        // A figure is named by `name`; a comparison by its panels' titles.
        figureNames: all(/^name = "(.*)"$/gm),
        exerciseNames: all(/^figure_name = "(.*)"$/gm),
        panelTitles: all(/\[\[blocks\.figure\.panels\]\]\nid = ".*"\ntitle = "(.*)"/g),
      };
    });
}

/** Sentences of a page's visible text (script and style dropped). */
function sentences(html) {
  const body = html.replace(/<script[\s\S]*?<\/script>/gi, "").replace(/<style[\s\S]*?<\/style>/gi, "");
  return htmlText(body)
    .split(/(?<=[.!?:;])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The references' citations (and the anatomy credit, which quotes one): they keep their
 * original language wherever they are shown. */
const CITATIONS = [...fs.readFileSync(path.join(ROOT, "content", "en", "site.toml"), "utf8").matchAll(/^(?:citation|anatomy_credit) = "(.*)"$/gm)]
  .map((m) => JSON.parse(`"${m[1]}"`))
  .join(" ");

const words = (s) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w));

for (const file of ["index.html", "embed.html", "embed-help.html", "clinicians.html", "figures.html"]) {
  test(`es/${file}: no English sentence of five or more words`, () => {
    const en = new Set(sentences(fs.readFileSync(path.join(DIST, file), "utf8")).map((s) => s.toLowerCase()));
    const es = sentences(fs.readFileSync(path.join(DIST, "es", file), "utf8"));
    expect(es.length).toBeGreaterThan(10);
    const shared = es.filter((s) => words(s).length >= 5 && en.has(s.toLowerCase()) && !CITATIONS.includes(s.replace(/^\[\d+\]\s*/, "")));
    expect(shared, "English left on the Spanish page").toEqual([]);
  });
}

test.describe("JavaScript off", { tag: "@nojs" }, () => {
  test.use({ javaScriptEnabled: false });

  // One-shot reads only: what works in Firefox with script off (see ./nojs.js).
  test("every chapter heading and figure name is in Spanish, with lang=es", async ({ page }) => {
    await page.goto("/es/");
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    const es = chapters("es");
    const en = chapters("en");
    for (const [i, ch] of es.entries()) {
      const heading = page.locator(`#${ch.slug} h2`);
      expect(await nojs.text(heading)).toContain(ch.title);
      expect(ch.title).not.toBe(en[i].title);
    }
    // Each drawing's short name: its <title> (the anatomy figures, images or, with muscle
    // hotspots, groups) ...
    const names = await page.locator("figure svg[role=img], figure svg[role=group]").evaluateAll((svgs) =>
      svgs.map((s) => s.querySelector(":scope > title")).filter(Boolean).map((t) => t.textContent),
    );
    expect(names.length).toBeGreaterThan(5);
    const spanish = es.flatMap((c) => [...c.figureNames, ...c.panelTitles]);
    const english = en.flatMap((c) => [...c.figureNames, ...c.panelTitles]);
    for (const name of names) {
      expect(spanish, name).toContain(name);
      expect(english, name).not.toContain(name);
    }
    // ... and the exercise figures' names (on their drawings, not in the running text).
    const html = await page.content();
    for (const name of es.flatMap((c) => c.exerciseNames)) expect(html).toContain(name);
    // hreflang alternates name both languages.
    const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((ls) => ls.map((l) => l.hreflang));
    expect(alternates).toEqual(expect.arrayContaining(["en", "es", "x-default"]));
  });
});

test("a slider on the Spanish page announces Spanish words", async ({ page }) => {
  const problems = await collectProblems(page);
  await page.goto("/es/");
  const slider = page.locator("#fig-pelvis-side input[type=range]");
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(page.locator("html")).toHaveClass(/hydrated/);
  const label = (await page.locator(`label[for="${await slider.getAttribute("id")}"]`).innerText()).trim();
  const announcer = page.locator("#announcer");
  await expect(announcer).toContainText(label);
  await expect(announcer).toContainText("Muy débiles");
  await expect(announcer).not.toContainText("Stabilizers");
  await problems.assertClean();
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`axe: the Spanish article has no violations (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/es/");
    await expectNoAxeViolations(page, `es/ ${name}`);
    await page.goto("/es/clinicians.html");
    await expectNoAxeViolations(page, `es/clinicians.html ${name}`);
  });
}

// The full keyboard walk runs on the Spanish page too (keyboard.spec.js).

// The switch is at the top: a reader reads a chapter, scrolls up to the switch and picks it.
test("the language switch keeps the reader's chapter, both ways", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => document.getElementById("pelvis-and-low-back").scrollIntoView({ block: "start", behavior: "instant" }));
  await page.evaluate(() => window.scrollBy({ top: 40, behavior: "instant" }));
  await page.waitForTimeout(1200); // reading
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
  await page.locator("a[data-lang-switch][hreflang=es]").click();
  await expect(page).toHaveURL(/\/es\/#pelvis-and-low-back$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.waitForLoadState(); // the last chapter may not be parsed yet when the address changes
  await page.evaluate(() => document.getElementById("when-to-get-help").scrollIntoView({ block: "start", behavior: "instant" }));
  await page.evaluate(() => window.scrollBy({ top: 40, behavior: "instant" }));
  await page.waitForTimeout(1200); // reading
  // On the way up the reader passes the other chapters without stopping: they do not count.
  await page.evaluate(async () => {
    const chapters = [...document.querySelectorAll("section.chapter[id]")].reverse();
    for (const chapter of chapters) {
      chapter.scrollIntoView({ block: "start", behavior: "instant" });
      await new Promise((done) => setTimeout(done, 60));
    }
    window.scrollTo({ top: 0, behavior: "instant" });
  });
  await page.locator("a[data-lang-switch][hreflang=en]").click();
  await expect(page).toHaveURL(/\/#when-to-get-help$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("the Spanish embed in a clinic's page", () => {
  let host;
  test.beforeAll(async () => {
    host = await startHostServer();
  });
  test.afterAll(async () => host && host.close());

  test("data-lang=es frames the Spanish page, titled in Spanish, with the clinic's name", async ({ page }) => {
    await page.goto(`${host.origin}/spanish.html?clinic=${encodeURIComponent("Fisioterapia Sol")}`);
    const frameEl = page.locator("iframe.hip-explainer-frame");
    await expect(frameEl).toHaveAttribute("src", /\/es\/embed\.html\?/);
    const es = fs.readFileSync(path.join(ROOT, "content", "es", "site.toml"), "utf8").match(/^title = "(.*)"$/m)[1];
    await expect(frameEl).toHaveAttribute("title", es);
    const frame = frameEl.contentFrame();
    await expect(frame.locator("html")).toHaveAttribute("lang", "es");
    await expect(frame.locator(".clinic-name")).toHaveText("Fisioterapia Sol");
    // The frame reports its height: it grows past the 900 px placeholder or shrinks to fit.
    await expect.poll(async () => (await frameEl.boundingBox()).height).not.toBe(900);
  });

  test("oEmbed answers per language", async ({ request }) => {
    const en = await (await request.get("/oembed.json")).json();
    const es = await (await request.get("/es/oembed.json")).json();
    expect(es.html).toMatch(/\/es\/embed\.html"/);
    expect(es.title).not.toBe(en.title);
  });
});
