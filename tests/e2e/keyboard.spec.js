// A keyboard-only walk from the top of the page to the end: every control is reached and
// operated, focus is always visible (outline or ring with >= 3:1 contrast against what is
// around it) and never hidden under anything fixed, and the walk never gets trapped.

const { test, expect } = require("@playwright/test");
const { VIEWPORTS, gotoHydrated } = require("./helpers");

/** WCAG relative luminance and contrast of two CSS rgb()/rgba() colours. */
function parseColor(c) {
  const m = c.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}
function luminance({ r, g, b }) {
  const f = (v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What the focused element looks like: its focus indicator and the background around it. */
async function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    let bg = "rgb(255, 255, 255)";
    for (let n = el.parentElement; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (c && !/rgba\(0, 0, 0, 0\)|transparent/.test(c)) {
        bg = c;
        break;
      }
    }
    // An SVG shape shows focus by its own outline stroke (a box outline around a muscle
    // would hide its shape): report the focused shape's stroke.
    let svgStroke = null;
    let overlay = null;
    if (el.ownerSVGElement) {
      // A drawing may paint the focused shape's outline again on top of everything.
      const id = el.getAttribute("data-id");
      overlay = id ? el.ownerSVGElement.querySelector(`[data-focus-for="${id}"]`) : null;
      const shape = [el, ...el.querySelectorAll("path, circle, ellipse, rect")].find((n) => {
        const c = getComputedStyle(n);
        return c.stroke !== "none" && !/rgba\(0, 0, 0, 0\)|transparent/.test(c.stroke) && parseFloat(c.strokeWidth) > 0;
      });
      const ringShape = overlay || shape;
      if (ringShape) {
        const c = getComputedStyle(ringShape);
        svgStroke = { color: c.stroke, width: parseFloat(c.strokeWidth) };
      }
    }
    const r = el.getBoundingClientRect();
    // WCAG 2.4.11: the focused control must not be entirely hidden. Sample a grid over its
    // box (clipped to the viewport) and look for a point where it is the topmost thing.
    // An outline painted after every control of its drawing is on top of them.
    let visibleAtCentre =
      !!overlay && [...el.ownerSVGElement.querySelectorAll("[tabindex]")].every((c) => c.compareDocumentPosition(overlay) & Node.DOCUMENT_POSITION_FOLLOWING);
    for (let i = 1; i <= 5 && !visibleAtCentre; i++) {
      for (let j = 1; j <= 5 && !visibleAtCentre; j++) {
        const x = Math.min(Math.max(r.left + (r.width * i) / 6, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + (r.height * j) / 6, 0), innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        visibleAtCentre = !!top && (top === el || el.contains(top) || (top.contains(el) && !el.ownerSVGElement));
      }
    }
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute("type"),
      text: (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 60),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth),
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
      svgStroke,
      background: bg,
      rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height },
      visibleAtCentre,
    };
  });
}

// The English page and the Spanish one (the same controls, with Spanish names).
for (const [lang, url] of [["", "/"], [" (Spanish page)", "/es/"]])
for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`keyboard walk at ${viewport.width} px${lang}: every control reached, operated, visibly focused`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    // "Print this plan" opens the browser's print dialog. Firefox's dialog is modal and waits
    // for a person (the walk hung on it); Chromium's headless print returns at once. Count
    // the calls instead, so operating the button is checked in both engines.
    await page.addInitScript(() => {
      window.__printCalls = 0;
      window.print = () => {
        window.__printCalls += 1;
        // As when the reader closes the dialog: the page undoes its print-only state.
        window.dispatchEvent(new Event("afterprint"));
      };
    });
    await gotoHydrated(page, url);
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")]
        .filter((e) => e.getClientRects().length > 0 && !e.disabled)
        .map((e) => e.id || e.getAttribute("href") || (e.getAttribute("aria-label") || e.textContent).trim().slice(0, 40).trim()),
    );
    const reached = new Set();
    const seen = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press("Tab");
      // Let any scrolling that brings the focused element into view finish: the page scrolls
      // smoothly (no reduced motion here), so measure only once the focused element is in
      // view and the scroll position has held still for 100 ms. Under two busy workers a
      // smooth scroll was once still moving when measured.
      const where = () =>
        page.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return { y: scrollY, inView: true };
          const r = e.getBoundingClientRect();
          return { y: scrollY, inView: r.bottom > 0 && r.top < innerHeight };
        });
      for (let waited = 0, last = await where(); waited < 10_000; waited += 100) {
        await page.waitForTimeout(100);
        const now = await where();
        if (now.inView && now.y === last.y) break;
        last = now;
      }
      const s = await focusState(page);
      if (!s) break; // back to the document: the walk is over
      const key = `${s.tag}#${s.id}|${s.text}`;
      if (seen.length && seen[0] === key) break; // wrapped round
      seen.push(key);
      reached.add(s.id || (await page.evaluate(() => document.activeElement.getAttribute("href"))) || s.text.slice(0, 40).trim());

      // Focus is visible: an outline of >= 2 px (or a ring drawn with box-shadow) whose colour
      // has >= 3:1 contrast with the background around the element.
      let ring = s.outlineStyle !== "none" && s.outlineWidth >= 2 ? s.outlineColor : null;
      if (!ring && s.svgStroke && s.svgStroke.width >= 3) ring = s.svgStroke.color;
      expect(ring || s.boxShadow !== "none", `visible focus on ${key}`).toBeTruthy();
      if (ring) {
        const fg = parseColor(ring);
        const bg = parseColor(s.background);
        expect(contrast(fg, bg), `focus ring contrast on ${key} (${ring} on ${s.background})`).toBeGreaterThanOrEqual(3);
      }
      // Not hidden: inside the viewport and not covered by anything fixed or sticky.
      expect(s.rect.bottom > 0 && s.rect.top < viewport.height, `${key} scrolled into view`).toBeTruthy();
      expect(s.visibleAtCentre, `${key} is not entirely covered by another element`).toBeTruthy();

      // Operate it.
      if (s.tag === "input" && s.type === "range") {
        const before = await page.evaluate(() => document.activeElement.value);
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("PageUp");
        const after = await page.evaluate(() => document.activeElement.value);
        if (before === after) {
          await page.keyboard.press("Home");
          expect(await page.evaluate(() => document.activeElement.value), `${key} moves by keyboard`).not.toBe(before);
        }
      } else if (s.tag === "summary") {
        const open = () => page.evaluate(() => document.activeElement.parentElement.open);
        const was = await open();
        await page.keyboard.press("Enter");
        expect(await open(), `${key} opens by keyboard`).toBe(!was);
      } else if (s.tag === "button") {
        const pressed = () => page.evaluate(() => document.activeElement.getAttribute("aria-pressed"));
        const was = await pressed();
        await page.keyboard.press("Space");
        // A toggle flips; in a pick-one group an already-pressed button stays pressed.
        if (was === "false") expect(await pressed(), `${key} is pressed by keyboard`).toBe("true");
        if (was === "true") {
          const now = await pressed();
          const pickOne = await page.evaluate(
            () => document.activeElement.closest("[role=group], [role=radiogroup], fieldset") !== null,
          );
          if (!pickOne) expect(now, `${key} toggles off by keyboard`).toBe("false");
        }
      }
    }
    expect(await page.evaluate(() => window.__printCalls), "Print this plan, pressed by keyboard, prints").toBeGreaterThanOrEqual(1);
    const missing = expected.filter((e) => !reached.has(e));
    expect(missing, `controls never reached by Tab at ${name}`).toEqual([]);
    expect(reached.size).toBeGreaterThanOrEqual(new Set(expected).size);
  });
}
