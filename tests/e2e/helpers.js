// Shared pieces of the browser suite: the built page and its content, console/CSP
// collection, the hydration wait, and the axe runner.
//
// Every collector is per test (attach it to the test's own `page`), so tests that provoke
// errors on purpose (failure.spec.js) never leak into the "no console errors" checks.

const fs = require("fs");
const path = require("path");
const { expect } = require("@playwright/test");
const AxeBuilder = require("@axe-core/playwright").default;

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const CONTENT = path.join(ROOT, "content", "en");
const DOCS = path.join(ROOT, "docs");

/** Chapter slugs, in reading order (the spec of the page; also checked against content/). */
const SLUGS = [
  "ball-and-socket",
  "deep-stabilizers",
  "forward-days",
  "hamstrings-step-in",
  "pelvis-and-low-back",
  "strengthen-stabilizers",
  "when-to-get-help",
];

/** The chapter-1 sliders (ids of the native range inputs). */
const SLIDER_IDS = ["hip-front-hip-flexion", "hip-front-hip-abduction", "hip-front-hip-rotation"];

/** The WCAG tag set every axe run uses. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const VIEWPORTS = {
  wide: { width: 1280, height: 900 },
  narrow: { width: 320, height: 640 },
};

// ---------------------------------------------------------------------------------------
// The built files and the content they come from
// ---------------------------------------------------------------------------------------

/** dist/index.html as text (fails the test with a clear message if the site is not built). */
function distHtml() {
  const file = path.join(DIST, "index.html");
  if (!fs.existsSync(file)) {
    throw new Error(`${file} does not exist: run \`cargo xtask build --local\` first`);
  }
  return fs.readFileSync(file, "utf8");
}

/** Decodes the few entities an HTML serializer emits, for comparing text with content. */
function decodeEntities(s) {
  return s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");
}

/** Text content of an HTML fragment: tags and comments removed, entities decoded, spaces collapsed. */
function htmlText(fragment) {
  return decodeEntities(fragment.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** Unescapes a TOML basic string body (the subset content files use). */
function tomlString(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|["\\nt])/g, (_, e) => {
    if (e === "n") return "\n";
    if (e === "t") return "\t";
    if (e === '"' || e === "\\") return e;
    return String.fromCodePoint(parseInt(e.slice(1), 16));
  });
}

/** Top-level `key = "..."` of a TOML file (before its first table header). */
function tomlTopLevel(text, key) {
  const head = text.split(/^\s*\[/m)[0];
  const m = head.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*$`, "m"));
  return m ? tomlString(m[1]) : undefined;
}

/**
 * The chapters as written in content/en/chapters/*.toml, in file order:
 * `{ file, slug, number, title, shortTitle }`.
 */
function contentChapters() {
  const dir = path.join(CONTENT, "chapters");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".toml"))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      return {
        file,
        slug: tomlTopLevel(text, "slug"),
        number: Number((text.match(/^number\s*=\s*(\d+)/m) || [])[1]),
        title: tomlTopLevel(text, "title"),
        shortTitle: tomlTopLevel(text, "short_title"),
      };
    });
}

/** The chapter-1 figure's words from content: `{ name, caption, controls: [{id, label}] }`. */
function hipFrontFigureContent() {
  const text = fs.readFileSync(path.join(CONTENT, "chapters", "01-ball-and-socket.toml"), "utf8");
  const fig = text.slice(text.indexOf("[blocks.figure]"));
  const str = (key, src) => {
    const m = src.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, "m"));
    return m ? tomlString(m[1]) : undefined;
  };
  const controls = fig
    .split(/^\[\[blocks\.figure\.controls\]\]\s*$/m)
    .slice(1)
    .map((chunk) => ({ id: str("id", chunk), label: str("label", chunk) }));
  return { name: str("name", fig), caption: str("caption", fig), controls };
}

/** A site.toml string value. */
function siteString(key) {
  return tomlTopLevel(fs.readFileSync(path.join(CONTENT, "site.toml"), "utf8"), key);
}

/** Escapes a string for use inside a RegExp. */
function reEscape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Counts opening tags `<name ...>` / `<name>` in an HTML string. */
function countTags(html, name) {
  return (html.match(new RegExp(`<${name}(?=[\\s/>])`, "gi")) || []).length;
}

// ---------------------------------------------------------------------------------------
// Console, page errors and Content-Security-Policy violations
// ---------------------------------------------------------------------------------------

/**
 * Starts collecting, for one page: console errors and warnings, uncaught page errors,
 * and CSP violations (from three sources: the DevTools log, console text, and the DOM's
 * `securitypolicyviolation` event installed before any page script runs).
 * Call before `page.goto`. Returns an object with the lists and `assertClean()`.
 */
async function collectProblems(page) {
  const problems = { errors: [], warnings: [], pageErrors: [], csp: [], log: [] };
  page.on("console", (msg) => {
    const type = msg.type();
    const loc = msg.location();
    const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : "";
    const text = `${msg.text()}${where}`;
    // Playwright's own note when a test blocks the offline copy (playwright.config.js), not
    // the page's.
    if (type === "warning" && /^Service Worker registration blocked by Playwright/.test(msg.text())) return;
    if (type === "error") problems.errors.push(text);
    else if (type === "warning") problems.warnings.push(text);
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) problems.csp.push(`console: ${text}`);
  });
  page.on("pageerror", (err) => problems.pageErrors.push(String(err && err.stack ? err.stack : err)));

  // Browser-side log entries (network failures, interventions, CSP reports) that do not
  // always reach the page console.
  // (Chromium only: Firefox has no DevTools Protocol here; its CSP reports still arrive as
  // console messages and securitypolicyviolation events.)
  if (page.context().browser().browserType().name() === "chromium") {
    const cdp = await page.context().newCDPSession(page);
    cdp.on("Log.entryAdded", ({ entry }) => {
      const text = `[${entry.source}/${entry.level}] ${entry.text}${entry.url ? ` (${entry.url})` : ""}`;
      if (/Content[- ]Security[- ]Policy/i.test(entry.text)) problems.csp.push(`log: ${text}`);
      if (entry.level === "error" || entry.level === "warning") problems.log.push(text);
    });
    await cdp.send("Log.enable");
  }

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile || "?"}:${e.lineNumber || "?"} sample=${JSON.stringify(e.sample || "")}`,
      );
    });
  });

  problems.cspFromPage = async () => {
    try {
      return await page.evaluate(() => window.__cspViolations || []);
    } catch (e) {
      return [`(could not read window.__cspViolations: ${e.message})`];
    }
  };

  /** Fails the test with every problem listed. */
  problems.assertClean = async () => {
    const domCsp = await problems.cspFromPage();
    const report = {
      "console errors": problems.errors,
      "console warnings": problems.warnings,
      "uncaught page errors": problems.pageErrors,
      "CSP violations (console/DevTools log)": problems.csp,
      "CSP violations (securitypolicyviolation events)": domCsp,
      "DevTools log errors/warnings": problems.log,
    };
    const text = Object.entries(report)
      .filter(([, list]) => list.length)
      .map(([k, list]) => `${k}:\n${list.map((l) => `  - ${l}`).join("\n")}`)
      .join("\n");
    expect(text, "the page must load without console errors/warnings, page errors or CSP violations").toBe("");
  };
  return problems;
}

// ---------------------------------------------------------------------------------------
// Hydration
// ---------------------------------------------------------------------------------------

/**
 * Wakes every island the way a reader does, by bringing each one into view in turn (islands
 * wake as they approach the viewport, see static/boot.js), then goes back to where the page
 * was. Islands that are not rendered (closed chapters of the embed) are skipped.
 */
async function wakeIslands(page) {
  await page.evaluate(async () => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const [x, y] = [window.scrollX, window.scrollY];
    for (const slot of document.querySelectorAll("[data-island]:not([data-awake])")) {
      const box = slot.closest("figure") || slot;
      // A closed chapter's content is not rendered (`checkVisibility`: Chromium keeps boxes
      // for a closed <details>' content, so client rects do not say it).
      if (!box.checkVisibility()) continue;
      box.scrollIntoView({ block: "center", behavior: "instant" });
      await frames();
    }
    window.scrollTo({ left: x, top: y, behavior: "instant" });
    await frames();
  });
}

/**
 * Wakes every island and waits until the wasm has taken over each of them (`data-awake` on
 * every rendered island slot, `html.hydrated` once a figure has hydrated); fails fast on
 * `wasm-failed`.
 */
async function waitForHydration(page, timeout = 20_000) {
  await wakeIslands(page);
  const html = page.locator("html");
  await expect(html, "the wasm should hydrate the page (html.hydrated)").toHaveClass(/(^|\s)(hydrated|wasm-failed)(\s|$)/, {
    timeout,
  });
  await expect(html, "hydration must not fail (html.wasm-failed)").not.toHaveClass(/(^|\s)wasm-failed(\s|$)/);
  await expect(html).toHaveClass(/(^|\s)hydrated(\s|$)/);
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll("[data-island]:not([data-awake])")]
            .filter((s) => (s.closest("figure") || s).checkVisibility())
            .map((s) => s.getAttribute("data-island")),
        ),
      { message: "every island on screen wakes", timeout },
    )
    .toEqual([]);
  // Yew runs its first render/effects from a microtask queue; let one frame pass so
  // effects (scroll listener, etc.) are attached before the test interacts.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Opens the page and waits for hydration. */
async function gotoHydrated(page, url = "/") {
  const response = await page.goto(url);
  await waitForHydration(page);
  return response;
}

// ---------------------------------------------------------------------------------------
// Chapter-1 figure helpers
// ---------------------------------------------------------------------------------------

/** The femur shape(s): `d` values of the drawing's `[data-id]` paths that belong to the thigh bone. */
async function femurPathData(page) {
  return page.evaluate(() => {
    const svg = document.querySelector("#fig-hip-front svg");
    return [...svg.querySelectorAll(".shapes [data-id]")]
      .filter((el) => /^femur|^femoral|trochanter/.test(el.getAttribute("data-id")))
      .map((el) => `${el.getAttribute("data-id")}:${el.getAttribute("d") || ""}|${el.getAttribute("cx") || ""},${el.getAttribute("cy") || ""}`)
      .join("\n");
  });
}

/** Every shape's geometry in the drawing (to see that something moved at all). */
async function sceneGeometry(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("#fig-hip-front svg .shapes > *")]
      .map((el) => ["d", "cx", "cy", "r", "transform"].map((a) => el.getAttribute(a) || "").join(";"))
      .join("\n"),
  );
}

// ---------------------------------------------------------------------------------------
// axe-core
// ---------------------------------------------------------------------------------------

/** Readable list of axe violations (rule, impact, help, each node's target and summary). */
function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary || "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      const more = v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : "";
      return `* ${v.id} [${v.impact}] ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
}

/** Runs axe with the WCAG 2.2 AA tag set and fails with a readable list if anything is found. */
async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const text = formatViolations(results.violations);
  if (results.violations.length) console.log(`axe violations (${label}):\n${text}`);
  expect(results.violations.length, `axe violations (${label}):\n${text}`).toBe(0);
  return results;
}

// ---------------------------------------------------------------------------------------
// Touch
// ---------------------------------------------------------------------------------------

/**
 * A real touch tap (pointerType "touch": pointerdown, touchstart, pointerup, touchend, then
 * the compatibility mouse events and click) at page pixels `x`, `y`, in a context made with
 * `hasTouch: true`.
 *
 * Chromium: Playwright's `touchscreen.tap`. Firefox: that method is empty in Playwright
 * 1.64.1's WebDriver BiDi backend (`RawTouchscreenImpl.tap` in playwright-core's
 * coreBundle.js does nothing, so `locator.tap()` sends nothing either: no event reaches the
 * page, whatever the context or preferences), while Firefox itself performs BiDi touch
 * actions. So the tap is sent as the WebDriver BiDi command `input.performActions` with a
 * `touch` pointer, on the page's own BiDi session inside Playwright's in-process server
 * (private API of the pinned 1.64.1; if it moves, this throws rather than tapping nothing).
 * Both engines then fire the same events, in the same order (checked 2026-12-04).
 */
async function touchTap(page, x, y) {
  if (page.context().browser().browserType().name() !== "firefox") {
    await page.touchscreen.tap(x, y);
    return;
  }
  const impl = page._connection && page._connection.toImpl ? page._connection.toImpl(page) : null;
  const session = impl && impl.delegate && impl.delegate._session;
  if (!session || typeof session.send !== "function") {
    throw new Error("touchTap: no WebDriver BiDi session on this page (did @playwright/test move from 1.64.1?)");
  }
  await session.send("input.performActions", {
    context: session.sessionId,
    actions: [
      {
        type: "pointer",
        id: "test-touch",
        parameters: { pointerType: "touch" },
        actions: [
          { type: "pointerMove", x: Math.round(x), y: Math.round(y) },
          { type: "pointerDown", button: 0 },
          { type: "pointerUp", button: 0 },
        ],
      },
    ],
  });
}

module.exports = {
  ROOT,
  DIST,
  DOCS,
  SLUGS,
  SLIDER_IDS,
  AXE_TAGS,
  VIEWPORTS,
  distHtml,
  decodeEntities,
  htmlText,
  contentChapters,
  hipFrontFigureContent,
  siteString,
  reEscape,
  countTags,
  collectProblems,
  wakeIslands,
  waitForHydration,
  gotoHydrated,
  femurPathData,
  sceneGeometry,
  formatViolations,
  expectNoAxeViolations,
  touchTap,
};
