// The self-check: an answer by mouse or keyboard gets a one-line explanation under the
// question and in the live region; nothing is scored or stored.

const { test, expect } = require("@playwright/test");
const { gotoHydrated, collectProblems, expectNoAxeViolations } = require("./helpers");

const question = (page, n) => page.locator("#self-check .quiz-question").nth(n);

test("a wrong and then a right answer, by mouse", async ({ page }) => {
  const problems = await collectProblems(page);
  await gotoHydrated(page);
  const q = question(page, 0);
  await expect(q.locator(".quiz-why:visible")).toHaveCount(0);
  const wrong = q.getByRole("button", { name: "They are always too short." });
  await wrong.click();
  await expect(wrong).toHaveAttribute("aria-pressed", "true");
  await expect(wrong).toHaveClass(/is-wrong/);
  await expect(q.locator(".quiz-why:visible")).toHaveText(/^Not quite\. .+/);
  await expect(page.locator("#announcer")).toHaveText(/^Not quite\. Studies/);

  const right = q.getByRole("button", { name: /several reasons/ });
  await right.click();
  await expect(right).toHaveAttribute("aria-pressed", "true");
  await expect(wrong).toHaveAttribute("aria-pressed", "false");
  await expect(right).toHaveClass(/is-right/);
  await expect(q.locator(".quiz-why:visible")).toHaveCount(1);
  await expect(q.locator(".quiz-why:visible")).toHaveText(/^Right\. /);
  await expect(page.locator("#announcer")).toHaveText(/^Right\. /);
  await expectNoAxeViolations(page, "quiz answered");
  // Nothing stored.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /quiz/i.test(k)))).toEqual([]);
  await problems.assertClean();
});

test("answers by keyboard: Tab to an answer, Enter or Space picks it", async ({ page }) => {
  await gotoHydrated(page);
  const q = question(page, 1);
  const first = q.locator(".quiz-answer").first();
  await first.focus();
  await page.keyboard.press("Tab");
  const second = q.locator(".quiz-answer").nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(second).toHaveAttribute("aria-pressed", "true");
  await expect(q.locator(".quiz-why:visible")).toHaveText(/^Right\. /);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Space");
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await expect(q.locator(".quiz-why:visible")).toHaveText(/^Not quite\. /);
  await expect(page.locator("#announcer")).toHaveText(/^Not quite\. /);
});

test("each question has exactly one right answer, and each answer explains itself", async ({ page }) => {
  await gotoHydrated(page);
  const questions = page.locator("#self-check .quiz-question");
  const n = await questions.count();
  expect(n).toBeGreaterThanOrEqual(3);
  expect(n).toBeLessThanOrEqual(5);
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const answers = q.locator(".quiz-answer");
    let right = 0;
    for (let a = 0; a < (await answers.count()); a++) {
      await answers.nth(a).click();
      const text = await q.locator(".quiz-feedback").innerText();
      expect(text.length).toBeGreaterThan(10);
      if (/^Right\./.test(text)) right++;
    }
    expect(right, `question ${i + 1}`).toBe(1);
  }
});
