// Zoom and reflow (WCAG 1.4.10) and text spacing (WCAG 1.4.12): no horizontal scrolling at
// 320 CSS px or at 400 % zoom of a 1280 px window, and the text-spacing overrides clip no
// label, button or control text.

const { test, expect } = require("@playwright/test");
const { gotoHydrated } = require("./helpers");
const { interactWithEverything } = require("./interact");

async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const d = document.documentElement;
    return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
  });
}

for (const [name, viewport] of [
  ["320 px", { width: 320, height: 640 }],
  // 400 % zoom of 1280 x 1024 is a 320 x 256 CSS px viewport.
  ["400 % zoom of 1280 px", { width: 320, height: 256 }],
]) {
  test(`no horizontal scrolling at ${name}, before and after every interaction`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await gotoHydrated(page);
    let o = await horizontalOverflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
    await interactWithEverything(page);
    o = await horizontalOverflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
  });
}

// The overrides a reader's stylesheet or extension may apply (WCAG 1.4.12).
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

for (const width of [320, 1280]) {
  test.describe(`text spacing overrides at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("clip no label, button or control text", async ({ page }) => {
      // The reader's stylesheet, linked from the page's own origin so the page's CSP
      // (style-src 'self') lets it in. An inline <style> needed bypassCSP, which Firefox's
      // WebDriver BiDi does not do: there the tag was blocked and the test hung waiting for it.
      await page.route("**/__reader-text-spacing.css", (route) => route.fulfill({ contentType: "text/css", body: TEXT_SPACING }));
      await gotoHydrated(page);
      await page.addStyleTag({ url: "/__reader-text-spacing.css" });
      // The overrides really apply (0.12em of a 16 px or larger font is at least 1.9 px).
      const spacing = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("h1")).letterSpacing));
      expect(spacing, "letter-spacing from the reader's stylesheet").toBeGreaterThan(1.9);
      await interactWithEverything(page);
      const clipped = await page.evaluate(() => {
        const out = [];
        const sel = "label, button, summary, .range-value, .range-head, .toc a, h1, h2, h3, figcaption, .evidence-head, .takeaway, a";
        for (const el of document.querySelectorAll(sel)) {
          if (!el.getClientRects().length) continue;
          const cs = getComputedStyle(el);
          const clips = /hidden|clip/.test(cs.overflowX + cs.overflowY);
          if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
            out.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`);
          }
        }
        // Diagram labels: SVG text stays inside its figure (the drawing paints overflow, so a
        // label widened by spacing may use the figure's padding) and runs into no other label.
        for (const svg of document.querySelectorAll("svg.scene")) {
          const box = svg.closest("figure").getBoundingClientRect();
          const texts = [...svg.querySelectorAll(".label text")].map((t) => ({ t, r: t.getBoundingClientRect() }));
          for (const { t, r } of texts) {
            if (r.left < Math.max(box.left, 0) - 1 || r.right > Math.min(box.right, innerWidth) + 1) out.push(`svg label "${t.textContent}" is cut off`);
          }
          for (let i = 0; i < texts.length; i++) {
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i].r;
              const b = texts[j].r;
              const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              if (overlap) out.push(`svg labels "${texts[i].t.textContent}" and "${texts[j].t.textContent}" overlap`);
            }
          }
        }
        return out;
      });
      expect(clipped).toEqual([]);
      const o = await horizontalOverflow(page);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
    });
  });
}
