// prefers-reduced-motion: nothing animates (no running CSS or SVG animation, no transform
// changing over a second) and scrolling is not smooth.

const { test, expect } = require("@playwright/test");
const { gotoHydrated } = require("./helpers");

test.use({ reducedMotion: "reduce" });

test("with reduced motion nothing moves and scrolling jumps", { tag: "@reduced-motion" }, async ({ page }) => {
  await gotoHydrated(page);
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("body *")].map((e) => getComputedStyle(e).transform + "|" + (e.getAttribute("transform") || "") + "|" + (e.getAttribute("d") || "").length),
    );
  const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length);
  expect(running, "running CSS/Web animations").toBe(0);
  const smil = await page.evaluate(() => document.querySelectorAll("animate, animateTransform, animateMotion, set").length);
  expect(smil, "SMIL animation elements").toBe(0);
  const a = await snapshot();
  await page.waitForTimeout(1000);
  const b = await snapshot();
  const changed = a.filter((v, i) => v !== b[i]).length;
  expect(changed, "elements whose transform or drawing changed by itself over 1 s").toBe(0);
  const behavior = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(behavior).toBe("auto");
});
