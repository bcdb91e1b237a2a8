// Chapter 6: the exercise figures move, pause and resume; with reduced motion (or without
// JavaScript) the still start and end poses show instead and nothing moves; the red flags
// are one link away from the top of the page.

const { test, expect } = require("@playwright/test");
const { gotoHydrated, collectProblems, expectNoAxeViolations } = require("./helpers");
const { click } = require("./nojs");

const EXERCISES = ["side-lying-abduction", "clamshell", "glute-bridge", "side-plank-knees"];

/** Computed transforms of every moving joint of one exercise figure. */
function pose(page, id) {
  return page.evaluate(
    (id) => [...document.querySelectorAll(`#ex-${id} .exfig-moving .mv`)].map((g) => getComputedStyle(g).transform).join("|"),
    id,
  );
}

/** Waits until every animation of one exercise figure has applied its last play or pause
 * (each animation's `ready` promise: a pause or play is pending until the next frame). */
function settled(page, id) {
  return page.evaluate(
    (id) => Promise.all(document.querySelector(`#ex-${id}`).getAnimations({ subtree: true }).map((a) => a.ready)).then(() => true),
    id,
  );
}

/** Samples a figure's pose `n` times, `ms` apart. At each turn a figure holds still for up to
 * 1.4 s (14% of a 5 s half-cycle at the end of one and the start of the next, see
 * `diagram::exercise_figure`), so the samples span longer than that: 5 x 350 ms = 1.75 s. */
async function samples(page, id, n = 6, ms = 350) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(await pose(page, id));
    if (i < n - 1) await page.waitForTimeout(ms);
  }
  return out;
}

test.describe("exercise figures, motion allowed", () => {
  test.use({ reducedMotion: "no-preference" });

  for (const id of EXERCISES) {
    test(`${id}: moves, the pause button freezes it, pressing again resumes it`, async ({ page }) => {
      const problems = await collectProblems(page);
      await gotoHydrated(page);
      const fig = page.locator(`#ex-${id}`);
      await fig.scrollIntoViewIfNeeded();
      await expect(fig.locator(".exfig-moving svg")).toBeVisible();
      await expect(fig.locator(".exfig-stills")).toBeHidden();
      const title = (await page.locator(`#ex-${id}-title`).textContent()).trim();
      // Four pause buttons on one page: each names its exercise after its visible words,
      // and the words say what a press will do.
      const button = fig.locator(".motion-toggle");
      await expect(button).toHaveAccessibleName(`Pause movement ${title}`);
      await expect(button).not.toHaveAttribute("aria-pressed", /.*/);

      const moving = await samples(page, id);
      expect(new Set(moving).size, `${id} should move while playing`).toBeGreaterThan(1);

      await button.click();
      await expect(button).toHaveAccessibleName(`Play movement ${title}`);
      await expect(button).toHaveText("Play movement");
      await expect(fig).toHaveClass(/is-paused/);
      // A pause takes hold at the browser's next frame (a pending pause, in Web Animations
      // terms); on a busy machine that frame can come after the first sample.
      await settled(page, id);
      const frozen = await samples(page, id);
      expect(new Set(frozen).size, `${id} should stand still while paused`).toBe(1);
      const running = await page.evaluate(
        (id) => document.querySelector(`#ex-${id}`).getAnimations({ subtree: true }).filter((a) => a.playState === "running").length,
        id,
      );
      expect(running).toBe(0);

      await button.press("Enter"); // the keyboard works too
      await expect(button).toHaveAccessibleName(`Pause movement ${title}`);
      await expect(fig).not.toHaveClass(/is-paused/);
      const again = await samples(page, id);
      expect(new Set(again).size, `${id} should move again`).toBeGreaterThan(1);
      await problems.assertClean();
    });
  }

  test("a figure scrolled out of view stops; axe finds nothing with figures paused and playing", async ({ page }) => {
    await gotoHydrated(page);
    // At the top of the page no exercise figure is in view: none of them runs.
    const running = () => page.evaluate(() => document.querySelectorAll(".exfig:not(.is-offscreen)").length);
    await expect.poll(running).toBe(0);
    const fig = page.locator("#ex-clamshell");
    await fig.scrollIntoViewIfNeeded();
    await expect(fig).not.toHaveClass(/is-offscreen/);
    await expectNoAxeViolations(page, "chapter 6 playing");
    await fig.getByRole("button", { name: /^Pause movement/ }).click();
    await expect(fig.getByRole("button", { name: /^Play movement/ })).toBeVisible();
    await expectNoAxeViolations(page, "chapter 6 paused");
  });

  test("the working muscle is highlighted and named", async ({ page }) => {
    await gotoHydrated(page);
    for (const id of EXERCISES) {
      const fig = page.locator(`#ex-${id}`);
      expect(await fig.locator(".exfig-moving .fig-muscle").count()).toBe(1);
      await expect(fig.locator(".exfig-works")).toContainText(/gluteus/);
    }
  });

  test("the link at the top of the page leads to the red flags", async ({ page }) => {
    await gotoHydrated(page);
    const link = page.locator(".site-header").getByRole("link", { name: /warning signs/i });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#red-flags$/);
    const box = page.locator("#red-flags");
    await expect(box).toBeInViewport();
    await expect(box.getByRole("listitem")).toHaveCount(7);
  });
});

test.describe("exercise figures, reduced motion", { tag: "@reduced-motion" }, () => {
  test.use({ reducedMotion: "reduce" });

  test("both still poses show, the moving figure and its button are gone, nothing moves", async ({ page }) => {
    await gotoHydrated(page);
    for (const id of EXERCISES) {
      const fig = page.locator(`#ex-${id}`);
      await fig.scrollIntoViewIfNeeded();
      await expect(fig.locator(".exfig-moving")).toBeHidden();
      await expect(fig.locator(".motion-toggle")).toBeHidden();
      const stills = fig.locator(".exfig-stills svg[role=img]");
      await expect(stills).toHaveCount(2);
      await expect(stills.nth(0)).toBeVisible();
      await expect(stills.nth(1)).toBeVisible();
      await expect(stills.nth(0)).toHaveAttribute("aria-label", /: Start$/);
      await expect(stills.nth(1)).toHaveAttribute("aria-label", /: End$/);
      // The two stills are different poses.
      const drawn = await stills.evaluateAll((svgs) => svgs.map((s) => s.innerHTML));
      expect(drawn[0]).not.toBe(drawn[1]);
    }
    const before = await page.evaluate(() => [...document.querySelectorAll(".exfig g")].map((g) => getComputedStyle(g).transform).join("|"));
    await page.waitForTimeout(800);
    const after = await page.evaluate(() => [...document.querySelectorAll(".exfig g")].map((g) => getComputedStyle(g).transform).join("|"));
    expect(after).toBe(before);
    const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length);
    expect(running).toBe(0);
    await expectNoAxeViolations(page, "reduced motion, stills");
  });
});

test.describe("exercise figures without JavaScript", { tag: "@nojs" }, () => {
  test.use({ javaScriptEnabled: false });

  // One-shot reads and the mouse only: what works in Firefox with script off (see ./nojs.js).
  test("the stills show, the moving figure and every script-only button are hidden, the plan works", async ({ page }) => {
    await page.goto("/");
    const fig = page.locator("#ex-glute-bridge");
    expect(await fig.locator(".exfig-moving").isHidden()).toBe(true);
    expect(await fig.locator(".exfig-stills svg").first().isVisible()).toBe(true);
    expect(await fig.locator(".exfig-stills svg").nth(1).isVisible()).toBe(true);
    for (const sel of [".motion-toggle", ".plan-reset", ".print-button"]) {
      for (const el of await page.locator(sel).all()) expect(await el.isHidden(), sel).toBe(true);
    }
    // The plan's boxes are real checkboxes: they work for this visit without script.
    const box = page.locator(".plan-box").first();
    expect(await box.isVisible()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await click(page, box);
    await expect.poll(() => box.isChecked()).toBe(true);
  });
});
