// Embedding: embed.html in clinic host pages served from a second loopback origin
// (host-server.js), through the one-script embed, a plain frame under a strict CSP and a
// WordPress-style sandboxed frame; and what no host page, setting or crafted link can do:
// reorder the page's words, collapse the frame, stop the script, or put a clinic on this
// site's own address.

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { DIST, DOCS, ROOT, collectProblems, expectNoAxeViolations, waitForHydration } = require("./helpers");
const { BASE, integrity, openInClinicFrame, startHostServer } = require("./host-server");

let host;
test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  if (host) await host.close();
});

/** The explainer's frame (cross-origin) once its wasm has run. */
async function explainerFrame(page, selector = "iframe[src*='embed.html']") {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  await frame.waitForSelector("html.embed-ready, html.wasm-failed", { state: "attached", timeout: 20_000 });
  expect(await frame.evaluate(() => document.documentElement.classList.contains("wasm-failed"))).toBe(false);
  return { handle, frame };
}

/** embed.html with `params` in a clinic's plain frame (host page wrap.html), once its wasm has run. */
async function framedExplainer(page, params) {
  return openInClinicFrame(page, host.origin, params);
}

/**
 * Whether the page's own words around the clinic slot read left to right on screen: every
 * character outside settings text (`.clinic-name`) that is drawn to the right of the one
 * before it on the same line. Returns the out-of-order pairs (empty when it reads right).
 */
async function outOfOrder(frame) {
  return frame.locator(".clinic").evaluate((slot) => {
    const line = [...slot.querySelectorAll("p")].find((p) => !p.closest("[hidden]") && p.getClientRects().length);
    const chars = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest(".clinic-name")) continue;
      for (let i = 0; i < n.data.length; i++) {
        if (/\s/.test(n.data[i])) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const box = r.getBoundingClientRect();
        chars.push({ c: n.data[i], x: box.left, y: Math.round(box.top) });
      }
    }
    const bad = [];
    for (let i = 1; i < chars.length; i++) {
      if (chars[i].y === chars[i - 1].y && chars[i].x < chars[i - 1].x) bad.push(chars[i - 1].c + chars[i].c);
    }
    return { text: line.textContent, checked: chars.length, bad };
  });
}

/** Content height of the embedded page and the frame's own height, in CSS px. */
async function heights(handle, frame) {
  const content = await frame.evaluate(() => document.querySelector(".page").getBoundingClientRect().height);
  // The frame's inner height (without its border).
  return { content, frame: await handle.evaluate((f) => f.clientHeight) };
}

async function expectHeightTracks(handle, frame, label) {
  await expect
    .poll(async () => {
      const h = await heights(handle, frame);
      return Math.abs(h.content - h.frame);
    }, { message: `${label}: the frame's height follows its content`, timeout: 10_000 })
    .toBeLessThanOrEqual(3);
}

test.describe("embed.html on its own", () => {
  test("has no site header, starts with one chapter open, and is valid for axe", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.goto("/embed.html");
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveAttribute("data-embed", "");
    await expect(page.locator(".site-header")).toHaveCount(0);
    await expect(page.locator(".toc")).toHaveCount(0);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("details.chapter-details[open]")).toHaveCount(1);
    await expect(page.locator("#ball-and-socket > .chapter-details")).toHaveAttribute("open", "");
    // The clinic slot keeps its neutral default: no clinic name, no booking link.
    await expect(page.locator(".clinic .clinic-cta")).toBeHidden();
    await expect(page.locator(".clinic a[href]")).toHaveCount(0);
    await expect(page.locator(".clinic .clinic-default")).not.toHaveAttribute("hidden", /.*/);
    await expect(page.locator(".clinic .clinic-default")).toContainText("physical therapist");
    await expectNoAxeViolations(page, "embed.html, defaults");
    await problems.assertClean();
  });

  test("keyboard: chapters open and close with Enter and Space; no sideways scrolling at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/embed.html");
    await waitForHydration(page);
    const summary = page.locator("#forward-days .chapter-summary");
    const details = page.locator("#forward-days > .chapter-details");
    await summary.focus();
    await expect(summary).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(details).toHaveAttribute("open", "");
    await page.keyboard.press("Space");
    await expect(details).not.toHaveAttribute("open", "");
    const box = await summary.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(24);
    for (const s of await page.locator("summary.chapter-summary").all()) {
      if (!(await s.evaluate((el) => el.parentElement.open))) await s.click();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no horizontal scrolling at 320 px").toBeLessThanOrEqual(0);
  });

  test("opened on its own, a link with clinic settings shows no clinic, and says why", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    const q = new URLSearchParams({
      clinic: "Totally Real Clinic",
      cta: "https://evil.example/pay",
      "cta-label": "Pay now",
      phone: "+1 555 0100",
      accent: "#6a1b4d",
    });
    await page.goto(`/embed.html?${q}`);
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveClass(/embed-ready/);
    expect(await page.locator("body").innerText()).not.toContain("Totally Real Clinic");
    await expect(page.locator(".clinic .clinic-named")).toBeHidden();
    await expect(page.locator(".clinic .clinic-default")).not.toHaveAttribute("hidden", /.*/);
    await expect(page.locator(".clinic a[href]")).toHaveCount(0);
    expect(await page.locator("a[href*='evil.example']").count()).toBe(0);
    expect(warnings.some((w) => w.includes("only in a clinic's frame")), warnings.join("\n")).toBe(true);
    // The theme claims nothing about who sent the page: it still applies.
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue("--theme-accent"))).toBe("#6a1b4d");
  });

  test("a 64 KB query costs a few console lines, not one per value", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    const chapters = "nope,".repeat(13_000);
    await page.goto(`/embed.html?chapters=${chapters}`);
    await waitForHydration(page);
    await expect(page.locator("html")).toHaveClass(/embed-ready/);
    await expect(page.locator("#story > section.chapter")).toHaveCount(7);
    const settings = warnings.filter((w) => w.includes("embed settings"));
    expect(settings.length, settings.join("\n")).toBeLessThanOrEqual(20);
    expect(settings.filter((w) => w.includes("are over")).length).toBe(1);
  });
});

test.describe("embed.html in a clinic's frame", () => {
  test("settings: chapters, start, theme and clinic apply; every chapter opens; axe stays clean", async ({ page }) => {
    const problems = await collectProblems(page);
    const params = {
      chapters: "when-to-get-help,ball-and-socket",
      start: "when-to-get-help",
      accent: "#6a1b4d",
      font: "Georgia, serif",
      clinic: "Riverside Physical Therapy",
      cta: "https://riverside-pt.example/book",
      "cta-label": "Book online",
      phone: "+1 (555) 010-2030",
    };
    const { frame } = await framedExplainer(page, params);
    const ids = await frame.locator("#story > section.chapter").evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(["when-to-get-help", "ball-and-socket"]);
    await expect(frame.locator("#when-to-get-help > .chapter-details")).toHaveAttribute("open", "");
    await expect(frame.locator("#ball-and-socket > .chapter-details")).not.toHaveAttribute("open", "");
    const cta = frame.locator(".clinic .clinic-cta");
    await expect(cta).toHaveText("Book online");
    await expect(cta).toHaveAttribute("href", "https://riverside-pt.example/book");
    await expect(cta).toHaveCSS("background-color", "rgb(106, 27, 77)");
    await expect(cta).toHaveCSS("color", "rgb(255, 255, 255)");
    await expect(frame.locator(".clinic .clinic-name")).toHaveText("Riverside Physical Therapy");
    await expect(frame.locator(".clinic .clinic-phone")).toHaveAttribute("href", "tel:+15550102030");
    // Firefox serializes a family name in quotes ("Georgia", serif), Chromium bare.
    await expect(frame.locator("body")).toHaveCSS("font-family", /^"?Georgia"?, serif/);
    // Links take the accent too (6a1b4d reaches 4.5:1 on the page).
    await expect(frame.locator(".site-footer a")).toHaveCSS("color", "rgb(106, 27, 77)");
    for (const summary of await frame.locator("summary.chapter-summary").all()) {
      const open = await summary.evaluate((s) => s.parentElement.open);
      if (!open) await summary.click();
    }
    await expect(frame.locator("details.chapter-details:not([open])")).toHaveCount(0);
    await expectNoAxeViolations(page, "embed.html, themed clinic, all open");
    await problems.assertClean();
  });

  test("bad settings: a console message each, safe defaults, script text stays text", async ({ page }) => {
    const warnings = [];
    const errors = [];
    page.on("console", (m) => (m.type() === "warning" ? warnings : m.type() === "error" ? errors : []).push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("dialog", (d) => {
      errors.push(`dialog opened: ${d.message()}`);
      d.dismiss();
    });
    const { frame } = await framedExplainer(page, {
      chapters: "nope",
      accent: "red",
      "accent-text": "#ffff00",
      clinic: "<script>alert(1)</script><img src=x onerror=alert(2)>",
      cta: "javascript:alert(3)",
      phone: "call us",
      lang: "fr",
      colour: "blue",
    });
    await expect(frame.locator("#story > section.chapter")).toHaveCount(7);
    const name = frame.locator(".clinic .clinic-name");
    await expect(name).toHaveText("<script>alert(1)</script><img src=x onerror=alert(2)>");
    await expect(frame.locator(".clinic script, .clinic img")).toHaveCount(0);
    await expect(frame.locator(".clinic a[href]")).toHaveCount(0);
    expect(await frame.locator("a[href^='javascript:' i], a[href^='data:' i]").count()).toBe(0);
    for (const key of ["chapters:", "accent:", "accent-text:", "cta:", "phone:", "lang:", "unknown setting: \"colour\""]) {
      expect(warnings.some((w) => w.includes(key)), `a console message about ${key}\n${warnings.join("\n")}`).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  test("links a browser cannot open never become the booking button, and each gets a message", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    for (const cta of ["https://evil.example:99999/", "https://[::1/", "https://exa%2500mple.com/", "https://clinic.example@evil.example/"]) {
      warnings.length = 0;
      const { frame } = await framedExplainer(page, { clinic: "Hill Physio", cta, "cta-label": "Book" });
      await expect(frame.locator(".clinic .clinic-name")).toHaveText("Hill Physio");
      await expect(frame.locator(".clinic .clinic-cta")).toBeHidden();
      await expect(frame.locator(".clinic a[href]")).toHaveCount(0);
      expect(warnings.some((w) => w.includes("cta:")), `${cta}: a console message\n${warnings.join("\n")}`).toBe(true);
    }
  });

  test("a clinic name with U+202E or an unclosed U+2067 leaves the page's sentence reading left to right", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    for (const clinic of ["Hill Physio\u202E", "\u2067Hill Physio", "\u200B\uFEFF\u3164\u00AD"]) {
      warnings.length = 0;
      const { frame } = await framedExplainer(page, { clinic, start: "when-to-get-help" });
      const order = await outOfOrder(frame);
      expect(order.checked, order.text).toBeGreaterThan(40);
      expect(order.bad, `${JSON.stringify(clinic)}: ${order.text}`).toEqual([]);
      // Refused: the neutral line shows, and the console says why.
      await expect(frame.locator(".clinic .clinic-default")).toBeVisible();
      await expect(frame.locator(".clinic .clinic-named")).toBeHidden();
      expect(warnings.some((w) => w.includes("clinic:")), warnings.join("\n")).toBe(true);
    }
    // A right-to-left name is welcome, and isolated: the sentence after it still reads left to right.
    const { frame } = await framedExplainer(page, { clinic: "מרפאת גב 2", start: "when-to-get-help" });
    await expect(frame.locator(".clinic .clinic-name")).toHaveText("מרפאת גב 2");
    expect(await frame.locator(".clinic .clinic-name").evaluate((e) => e.localName)).toBe("bdi");
    const order = await outOfOrder(frame);
    expect(order.checked, order.text).toBeGreaterThan(40);
    expect(order.bad, order.text).toEqual([]);
  });
});

test.describe("embedded in a clinic's page (second origin)", () => {
  test("script embed: titled lazy frame, theme on the CTA, height follows content, no errors", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.origin}/script.html`);
    const { handle, frame } = await explainerFrame(page);
    expect(await handle.getAttribute("title")).toBeTruthy();
    expect(await handle.getAttribute("loading")).toBe("lazy");
    expect(await handle.getAttribute("src")).toContain(`${BASE}/embed.html?`);
    await expectHeightTracks(handle, frame, "after load");
    const cta = frame.locator(".clinic-cta");
    await expect(cta).toHaveCSS("background-color", "rgb(139, 0, 0)");
    await expect(cta).toHaveText("Book a visit");
    // Opening a chapter grows the content; the frame follows.
    const before = (await heights(handle, frame)).frame;
    await frame.locator("#when-to-get-help .chapter-summary").click();
    await expectHeightTracks(handle, frame, "after opening a chapter");
    expect((await heights(handle, frame)).frame).toBeGreaterThan(before + 200);
    // Content growing inside a chapter (a figure's long description).
    const grow = (await heights(handle, frame)).frame;
    await frame.locator("#ball-and-socket .diagram-description summary").first().click();
    await expectHeightTracks(handle, frame, "after showing a description");
    expect((await heights(handle, frame)).frame).toBeGreaterThan(grow);
    // Closing shrinks it again.
    await frame.locator("#when-to-get-help .chapter-summary").click();
    await expectHeightTracks(handle, frame, "after closing a chapter");
    // Aggressive host rules do not reach inside.
    const inside = await frame.evaluate(() => {
      const h2 = document.querySelector("h2");
      const a = document.querySelector(".clinic-cta") || document.querySelector("a");
      return {
        h2: getComputedStyle(h2).textTransform + "|" + getComputedStyle(h2).backgroundColor,
        link: getComputedStyle(a).textDecorationLine,
        font: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(inside.h2).toBe("none|rgba(0, 0, 0, 0)");
    expect(inside.link).not.toContain("line-through");
    expect(inside.font).not.toContain("Comic");
    await problems.assertClean();
  });

  test("the host page's own elements are pixel-identical with and without the embed", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.origin}/script.html?noembed`);
    await page.evaluate(() => document.fonts.ready);
    const header0 = await page.locator("#host-header").screenshot();
    const aside0 = await page.locator("#host-aside").screenshot();
    await page.goto(`${host.origin}/script.html`);
    const { handle, frame } = await explainerFrame(page);
    await expectHeightTracks(handle, frame, "loaded");
    await page.evaluate(() => document.fonts.ready);
    expect((await page.locator("#host-header").screenshot()).equals(header0), "host header unchanged").toBe(true);
    expect((await page.locator("#host-aside").screenshot()).equals(aside0), "host aside unchanged").toBe(true);
    // Nothing was added to the host document but the frame itself.
    const added = await page.evaluate(() => ({
      styles: document.querySelectorAll("style").length,
      links: [...document.querySelectorAll("link")].map((l) => l.getAttribute("href")),
      styleAttrs: [...document.querySelectorAll("[style]")].map((e) => e.tagName),
    }));
    expect(added.styles).toBe(0);
    expect(added.links).toEqual(["/bootstrap.min.css", "/aggressive.css"]);
    expect(added.styleAttrs).toEqual(["IFRAME"]);
  });

  test("script text in a data attribute stays text; a javascript: CTA never becomes a link", async ({ page }) => {
    const clinic = "<script>alert(1)</script>";
    await page.goto(`${host.origin}/script.html?${new URLSearchParams({ clinic, cta: "javascript:alert(1)" })}`);
    page.on("dialog", (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    const { frame } = await explainerFrame(page);
    await frame.locator("#when-to-get-help .chapter-summary").click();
    await expect(frame.locator(".clinic-name")).toHaveText(clinic);
    await expect(frame.locator(".clinic script")).toHaveCount(0);
    await expect(frame.locator(".clinic-cta")).toBeHidden();
    await expect(frame.locator(".clinic-cta")).not.toHaveAttribute("href", /.*/);
    expect(await frame.locator("a[href^='javascript:' i]").count()).toBe(0);
  });

  test("a foreign window's messages are ignored, both ways", async ({ page }) => {
    await page.goto(`${host.origin}/foreign.html`);
    const { handle, frame } = await explainerFrame(page);
    await expectHeightTracks(handle, frame, "loaded");
    const settled = (await heights(handle, frame)).frame;
    // The host counts height messages that really come from the explainer's frame.
    await page.evaluate(() => {
      window.__fromExplainer = 0;
      const f = document.querySelector("iframe.hip-explainer-frame");
      window.addEventListener("message", (e) => {
        if (e.source === f.contentWindow && e.data && e.data.type === "height") window.__fromExplainer++;
      });
    });
    // From its element: Firefox over BiDi does not always know a frame's name yet, and
    // page.frame({ name }) then gave null.
    const foreign = await (await page.waitForSelector('iframe[name="foreign"]')).contentFrame();
    // A foreign frame pretends to be the explainer: embed.js must not resize anything.
    await foreign.evaluate(() => parent.postMessage({ source: "hip-explainer", version: 1, type: "height", height: 42 }, "*"));
    // ... and asks the explainer for its height: the explainer answers only its parent.
    await foreign.evaluate(() => {
      for (let i = 0; i < parent.frames.length; i++) {
        if (parent.frames[i] !== window) parent.frames[i].postMessage({ source: "hip-explainer", version: 1, type: "request-height" }, "*");
      }
    });
    await page.waitForTimeout(700);
    expect((await heights(handle, frame)).frame).toBeCloseTo(settled, 0);
    expect(await page.evaluate(() => window.__fromExplainer)).toBe(0);
    // The same request from the parent is answered.
    await page.evaluate(() =>
      document.querySelector("iframe.hip-explainer-frame").contentWindow.postMessage({ source: "hip-explainer", version: 1, type: "request-height" }, "*"),
    );
    await expect.poll(() => page.evaluate(() => window.__fromExplainer), { timeout: 5000 }).toBeGreaterThan(0);
  });

  test("plain frame under a host CSP that allows only the frame source", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.goto(`${host.origin}/frame.html`);
    const { frame } = await explainerFrame(page);
    await expect(frame.locator("h1")).toBeVisible();
    await frame.locator("#when-to-get-help .chapter-summary").click();
    const cta = frame.locator(".clinic-cta");
    await expect(cta).toHaveAttribute("href", "tel:+15550102030");
    await expect(cta).toHaveCSS("background-color", "rgb(27, 94, 32)");
    await problems.assertClean();
  });

  test("WordPress-style sandboxed frame: renders, says storage is off, sizes by WordPress messages", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.goto(`${host.origin}/sandbox.html`);
    const { handle, frame } = await explainerFrame(page, "#explainer");
    expect(await frame.evaluate(() => window.origin)).toBe("null");
    await expect(frame.locator("#no-storage")).toBeVisible();
    await expect(frame.locator("#story > section.chapter")).toHaveCount(2);
    // The weekly plan works without storage: ticks hold for the visit, and it says so.
    // (The first chosen chapter starts open.)
    const box = frame.locator("#plan .plan-box").first();
    await box.check();
    await expect(box).toBeChecked();
    await expect(frame.locator("#plan .plan-note-not-kept")).toBeVisible();
    await expect(frame.locator("#plan .plan-note-kept")).toBeHidden();
    // WordPress keeps heights between 200 and 1000 px.
    await expect
      .poll(async () => {
        const h = await heights(handle, frame);
        return Math.abs(Math.min(1000, h.content) - h.frame);
      }, { timeout: 10_000 })
      .toBeLessThanOrEqual(3);
    // A "ready" with the wrong secret is ignored; the right one is answered. Islands wake
    // when read and a size change is reported on its own, so the count starts once the
    // frame has sent no height for a while.
    const answers = await page.evaluate(async () => {
      const f = document.getElementById("explainer");
      let n = 0;
      let last = performance.now();
      window.addEventListener("message", (e) => {
        if (e.source === f.contentWindow && e.data && e.data.message === "height") {
          n++;
          last = performance.now();
        }
      });
      const start = performance.now();
      while (performance.now() - last < 600 && performance.now() - start < 8000) {
        await new Promise((r) => setTimeout(r, 100));
      }
      n = 0;
      f.contentWindow.postMessage({ message: "ready", secret: "wrongWRONG" }, "*");
      await new Promise((r) => setTimeout(r, 500));
      const wrong = n;
      f.contentWindow.postMessage({ message: "ready", secret: "abc123DEF0" }, "*");
      await new Promise((r) => setTimeout(r, 500));
      return { wrong, right: n - wrong };
    });
    expect(answers).toEqual({ wrong: 0, right: 1 });
    await problems.assertClean();
  });
});

test.describe("host pages that could break the script or the frame", () => {
  for (const [name, rules] of [
    ["important", "iframe { height: 0 !important; max-height: 50px !important; width, padding, border !important }"],
    ["unset", "* { all: unset !important }"],
  ]) {
    test(`a host theme with ${rules} still gets a frame as tall as its content`, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.goto(`${host.origin}/${name}.html`);
      const { handle, frame } = await explainerFrame(page);
      await expectHeightTracks(handle, frame, `${name}: loaded`);
      const h = await heights(handle, frame);
      expect(h.content).toBeGreaterThan(300);
      // Full width of its column, with no host padding or border eating into it.
      const box = await handle.evaluate((f) => ({ outer: f.offsetWidth, inner: f.clientWidth }));
      expect(box.outer).toBe(box.inner);
      expect(box.inner).toBeGreaterThan(300);
      await frame.locator("#when-to-get-help .chapter-summary").click();
      await expectHeightTracks(handle, frame, `${name}: after opening a chapter`);
    });
  }

  test("elements with id or name hipExplainerEmbed on the host do not stop the embed", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.goto(`${host.origin}/clobber.html`);
    const { handle, frame } = await explainerFrame(page);
    await expectHeightTracks(handle, frame, "loaded");
    await expect(page.locator("#hipExplainerEmbed")).toHaveText("Our guides");
    await problems.assertClean();
  });

  for (const [name, how] of [["sri", "a classic script"], ["module", "a module"]]) {
    test(`embed.js loads as ${how} with an integrity attribute and crossorigin`, async ({ page }) => {
      const problems = await collectProblems(page);
      await page.goto(`${host.origin}/${name}.html`);
      const script = page.locator("script[src$='/embed.js']");
      await expect(script).toHaveAttribute("integrity", integrity());
      await expect(script).toHaveAttribute("crossorigin", "anonymous");
      const { handle, frame } = await explainerFrame(page);
      expect(await handle.getAttribute("src")).toContain(`${BASE}/embed.html?`);
      await expectHeightTracks(handle, frame, "loaded");
      await problems.assertClean();
    });
  }

  test("a wrong integrity value stops embed.js (the pin is enforced)", async ({ page }) => {
    await page.goto(`${host.origin}/sri.html?bad-integrity`);
    await page.waitForLoadState("load");
    await page.waitForTimeout(500);
    await expect(page.locator("iframe")).toHaveCount(0);
    await expect(page.locator("div[data-hip-explainer]")).toHaveCount(1);
  });
});

test.describe("height before and without the wasm", () => {
  // A sandboxed frame 5000 px below the fold of a host that says "ready" when the frame has
  // loaded: Chromium throttles rendering (and ResizeObserver) in such frames, and the wasm may
  // start late or never. The height must reach the host within 2 s of navigation anyway.
  for (const blocked of [false, true]) {
    test(`a frame below the fold gets its height within 2 s, every time${blocked ? " (wasm blocked)" : ""}`, async ({ page }) => {
      if (blocked) await page.context().route(/\.wasm$/, (route) => route.abort());
      for (let i = 0; i < 4; i++) {
        await page.goto(`${host.origin}/below-fold.html`, { waitUntil: "commit" });
        const handle = await page.waitForSelector("#explainer");
        await expect
          .poll(() => page.evaluate(() => window.__heights && window.__heights.length), {
            message: `run ${i + 1}: a height arrived`,
            timeout: 2000,
            intervals: [50],
          })
          .toBeGreaterThan(0);
        const first = await page.evaluate(() => window.__heights[0]);
        expect(first.at, `run ${i + 1}: within 2 s of navigation`).toBeLessThan(2000);
        // Never scrolled: the frame is still far below the viewport.
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const frame = await handle.contentFrame();
        const content = await frame.evaluate(() => Math.ceil(document.querySelector(".page").getBoundingClientRect().height));
        await expect
          .poll(() => handle.evaluate((f) => Number(f.getAttribute("height"))), { timeout: 2000 })
          .toBe(Math.min(1000, Math.max(200, content)));
        // A later "ready" (WordPress says it again) is answered too.
        const answered = await page.evaluate(async () => {
          const n = window.__heights.length;
          const f = document.getElementById("explainer");
          f.contentWindow.postMessage({ message: "ready", secret: "Below5000px" }, "*");
          await new Promise((r) => setTimeout(r, 300));
          return window.__heights.length - n;
        });
        expect(answered, `run ${i + 1}: "ready" answered`).toBeGreaterThanOrEqual(1);
        if (blocked) {
          // Its settings build never ran (the neutral default page shows); a reader who
          // reaches a diagram is told it cannot move, and the article stays.
          await expect(frame.locator("html")).not.toHaveClass(/embed-ready/);
          await frame.locator("#hip-front-hip-flexion").focus();
          await expect(frame.locator("html")).toHaveClass(/wasm-failed/);
          await expect(frame.locator("#interactive-unavailable")).toBeVisible();
        }
      }
    });
  }
});

test.describe("embedding files", () => {
  test("oEmbed: discovery links and a rich response", async ({ request }) => {
    for (const page of ["index.html", "embed.html"]) {
      const html = fs.readFileSync(path.join(DIST, page), "utf8");
      expect(html, page).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\.json"/);
    }
    const res = await request.get("/oembed.json");
    expect(res.ok()).toBe(true);
    const o = await res.json();
    expect(o).toMatchObject({ version: "1.0", type: "rich" });
    expect(o.html).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\.html" title="[^"]+"/);
    for (const k of ["width", "height", "title", "provider_name", "provider_url"]) expect(o[k], k).toBeTruthy();
  });

  test("help page: the three snippets, every setting, axe clean", async ({ page }) => {
    const problems = await collectProblems(page);
    await page.goto("/embed-help.html");
    const code = await page.locator("pre code").allTextContents();
    expect(code).toHaveLength(3);
    expect(code[0]).toContain("data-hip-explainer");
    expect(code[0]).toContain("/embed.js");
    // Pinned by the integrity value of the embed.js this site serves, fetched with CORS.
    const js = await page.request.get("/embed.js");
    expect(js.headers()["access-control-allow-origin"]).toBe("*");
    // ... and so does a static host that reads dist/_headers.
    const headers = fs.readFileSync(path.join(DIST, "_headers"), "utf8");
    expect(headers).toMatch(/^\/embed\.js\n(  .+\n)*  Access-Control-Allow-Origin: \*$/m);
    const sri = "sha384-" + crypto.createHash("sha384").update(await js.body()).digest("base64");
    expect(code[0]).toContain(`integrity="${sri}"`);
    expect(code[0]).toContain(`crossorigin="anonymous"`);
    // The README's snippet carries the same value (copy it from `cargo xtask build`'s output
    // when embed.js changes).
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme.match(/integrity="(sha384-[^"]+)"/)?.[1], "README.md's embed.js integrity value is current").toBe(sri);
    // The sample clinic page it links to exists.
    const demo = await page.request.get(new URL(await page.locator("a", { hasText: /sample clinic page/ }).getAttribute("href"), page.url()).href);
    expect(demo.ok()).toBe(true);
    expect(code[1]).toContain("<iframe src=");
    expect(code[2]).toMatch(/^https?:\/\//);
    for (const k of ["chapters", "start", "accent", "accent-text", "font", "clinic", "cta", "cta-label", "phone", "lang"]) {
      await expect(page.locator("dt code", { hasText: new RegExp(`^data-${k}$`) })).toHaveCount(1);
    }
    await expectNoAxeViolations(page, "embed-help.html");
    await problems.assertClean();
  });

  // Writes the docs/ screenshots: runs once, in Chromium (the Firefox project leaves it out).
  test("demo clinic page: three routes side by side, screenshots at 320 and 1280", async ({ page }) => {
    const problems = await collectProblems(page);
    for (const [w, h] of [[1280, 1100], [320, 900]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`${host.origin}/demo/index.html`);
      const frames = page.locator("iframe");
      await expect(frames).toHaveCount(3);
      for (const f of await frames.all()) {
        await f.scrollIntoViewIfNeeded();
        const frame = await (await f.elementHandle()).contentFrame();
        await frame.waitForSelector("html.embed-ready", { state: "attached", timeout: 20_000 });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      fs.mkdirSync(DOCS, { recursive: true });
      // The top of the page (full-page captures of tall cross-origin frames come out blank).
      await page.screenshot({ path: path.join(DOCS, `embed-demo-${w}.png`) });
    }
    await problems.assertClean();
  });
});
