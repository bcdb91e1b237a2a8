// The accessibility tree of each chapter, recorded: headings, figures and their names, images,
// controls with their roles and names, links and landmarks. An accidental loss of a name, a
// description link or a control fails here. After an intended change, re-record with
//   UPDATE_ARIA=1 npx playwright test tests/e2e/aria.spec.js
// (in each engine: Chromium writes the shared record, Firefox its own only where it differs)
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

/**
 * Firefox joins the text of a drawing's labels (its <text> elements, shown after an img's
 * name) without the spaces Chromium puts between them. Where that is the only difference,
 * Firefox has its own record, aria/firefox/<slug>.txt: the same tree with every space in
 * those img text runs removed must match the shared record.
 */
const imgTextWithoutSpaces = (tree) => tree.replace(/^(\s*- '?img\b.*?"'?: )(.*)$/gm, (_, head, text) => head + text.replace(/\s+/g, ""));

for (const slug of SLUGS) {
  test(`accessibility tree of #${slug} matches the record`, async ({ page, browserName }) => {
    await gotoHydrated(page);
    const tree = structural(await page.locator(`#${slug}`).ariaSnapshot());
    expect(tree.length, "the chapter exposes headings and roles").toBeGreaterThan(0);
    const shared = path.join(DIR, `${slug}.txt`);
    const own = path.join(DIR, browserName, `${slug}.txt`);
    if (process.env.UPDATE_ARIA) {
      if (browserName === "chromium") {
        fs.writeFileSync(shared, tree + "\n");
      } else if (fs.existsSync(shared) && fs.readFileSync(shared, "utf8").replace(/\n$/, "") === tree) {
        fs.rmSync(own, { force: true });
      } else {
        fs.mkdirSync(path.dirname(own), { recursive: true });
        fs.writeFileSync(own, tree + "\n");
      }
      return;
    }
    expect(fs.existsSync(shared), `${shared} missing: record it with UPDATE_ARIA=1`).toBe(true);
    const record = fs.readFileSync(shared, "utf8").replace(/\n$/, "");
    if (fs.existsSync(own)) {
      const ownRecord = fs.readFileSync(own, "utf8").replace(/\n$/, "");
      expect(imgTextWithoutSpaces(ownRecord), `${own} differs from ${shared} in more than label spacing`).toBe(imgTextWithoutSpaces(record));
      expect(tree).toBe(ownRecord);
    } else {
      expect(tree).toBe(record);
    }
  });
}
