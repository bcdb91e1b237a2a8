// The accessibility tree of each chapter, recorded: headings, figures and their names, images,
// controls with their roles and names, links and landmarks. An accidental loss of a name, a
// description link or a control fails here. After an intended change, re-record with
//   UPDATE_ARIA=1 npx playwright test tests/e2e/aria.spec.js
// and review the diff of tests/e2e/aria/*.txt like any other change.

const fs = require("fs");
const path = require("path");
const { test, expect } = require("@playwright/test");
const { SLUGS, gotoHydrated } = require("./helpers");

const DIR = path.join(__dirname, "aria");
const ROLES = /^\s*- '?(heading|figure|img|slider|button|radio|radiogroup|checkbox|group|navigation|region|complementary|list "|link|status|progressbar|banner|main|contentinfo)\b/;

function structural(snapshot) {
  return snapshot
    .split("\n")
    .filter((l) => ROLES.test(l))
    // Values that change as the reader moves things are not structure.
    .map((l) => l.replace(/\s*\[value=[^\]]*\]|: "?[0-9.-]+"?$/g, ""))
    .join("\n");
}

for (const slug of SLUGS) {
  test(`accessibility tree of #${slug} matches the record`, async ({ page }) => {
    await gotoHydrated(page);
    const tree = structural(await page.locator(`#${slug}`).ariaSnapshot());
    expect(tree.length, "the chapter exposes headings and roles").toBeGreaterThan(0);
    const file = path.join(DIR, `${slug}.txt`);
    if (process.env.UPDATE_ARIA) {
      fs.writeFileSync(file, tree + "\n");
      return;
    }
    expect(fs.existsSync(file), `${file} missing: record it with UPDATE_ARIA=1`).toBe(true);
    expect(tree).toBe(fs.readFileSync(file, "utf8").replace(/\n$/, ""));
  });
}
