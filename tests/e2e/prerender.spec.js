// The built file itself (no browser): dist/index.html must carry the whole story, the
// chapter-1 drawing with its accessible name, and nothing the CSP would block.

const { test, expect } = require("@playwright/test");
const {
  SLUGS,
  distHtml,
  htmlText,
  decodeEntities,
  contentChapters,
  hipFrontFigureContent,
  siteString,
} = require("./helpers");

test.describe("prerendered dist/index.html", () => {
  let html;
  test.beforeAll(() => {
    html = distHtml();
  });

  test("declares the content language and the page title", () => {
    const lang = siteString("lang");
    expect(html).toMatch(new RegExp(`<html[^>]*\\slang="${lang}"`));
    const title = (html.match(/<title>([\s\S]*?)<\/title>/) || [])[1];
    expect(title && decodeEntities(title)).toBe(siteString("title"));
  });

  test("content has the seven chapters the page is specified with", () => {
    const chapters = contentChapters();
    expect(chapters.map((c) => c.slug)).toEqual(SLUGS);
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const c of chapters) expect(c.title, `${c.file} has a top-level title`).toBeTruthy();
  });

  test("contains every chapter as section#slug with its h2 title, in order", () => {
    const chapters = contentChapters();
    const sections = [...html.matchAll(/<section\b[^>]*\bclass="chapter"[^>]*>/g)].map((m) => {
      const id = (m[0].match(/\bid="([^"]+)"/) || [])[1];
      return id;
    });
    expect(sections, "section.chapter ids in document order").toEqual(chapters.map((c) => c.slug));
    for (const c of chapters) {
      const m = html.match(new RegExp(`<section\\b[^>]*\\bid="${c.slug}"[^>]*>[\\s\\S]*?<h2\\b[^>]*>([\\s\\S]*?)</h2>`));
      expect(m, `section#${c.slug} has an h2`).not.toBeNull();
      const heading = htmlText(m[1]);
      expect(heading, `h2 of #${c.slug}`).toContain(c.title);
    }
    // Exactly one h1.
    expect((html.match(/<h1\b/g) || []).length).toBe(1);
  });

  test("the table of contents links to every chapter", () => {
    const nav = (html.match(/<nav\b[^>]*class="toc"[^>]*>([\s\S]*?)<\/nav>/) || [])[1];
    expect(nav, "nav.toc exists").toBeTruthy();
    const hrefs = [...nav.matchAll(/<a\b[^>]*href="#([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(SLUGS);
  });

  test("has the chapter-1 drawing as svg[role=img] named by its <title> and described by the long description", () => {
    const { name } = hipFrontFigureContent();
    const fig = (html.match(/<figure\b[^>]*id="fig-hip-front"[^>]*>([\s\S]*?)<\/figure>/) || [])[0];
    expect(fig, "figure#fig-hip-front").toBeTruthy();
    const svgTag = (fig.match(/<svg\b[^>]*>/) || [])[0];
    expect(svgTag, "an svg in the figure").toBeTruthy();
    expect(svgTag).toMatch(/\srole="img"/);
    const labelledby = (svgTag.match(/\saria-labelledby="([^"]+)"/) || [])[1];
    expect(labelledby, "svg aria-labelledby").toBeTruthy();
    const title = fig.match(new RegExp(`<title\\b[^>]*id="${labelledby}"[^>]*>([\\s\\S]*?)</title>`));
    expect(title, `<title id=${labelledby}> inside the figure`).not.toBeNull();
    expect(htmlText(title[1])).toBe(name);
    expect(svgTag).toMatch(/\saria-describedby="fig-hip-front-desc"/);
    expect(fig).toMatch(/<details\b[^>]*class="diagram-description"[\s\S]*id="fig-hip-front-desc"/);
    // The drawing has real content (shapes with model ids), not an empty box.
    expect((fig.match(/<path\b[^>]*data-id="/g) || []).length).toBeGreaterThan(0);
    expect(fig).toMatch(/data-id="femur"/);
  });

  test("prerenders the three labelled sliders with values in words", () => {
    const { controls } = hipFrontFigureContent();
    expect(controls.map((c) => c.id)).toEqual(["hip-flexion", "hip-abduction", "hip-rotation"]);
    for (const c of controls) {
      const id = `hip-front-${c.id}`;
      const input = (html.match(new RegExp(`<input\\b[^>]*\\bid="${id}"[^>]*>`)) || [])[0];
      expect(input, `input#${id}`).toBeTruthy();
      expect(input).toMatch(/\stype="range"/);
      expect(input).toMatch(/\saria-valuetext="[^"\d][^"]*"/);
      const label = html.match(new RegExp(`<label\\b[^>]*for="${id}"[^>]*>([\\s\\S]*?)</label>`));
      expect(label, `label[for=${id}]`).not.toBeNull();
      expect(htmlText(label[1])).toBe(c.label);
    }
  });

  test("has the empty polite live region, the hidden failure notice and the footer review date", () => {
    expect(html).toMatch(/<div\b[^>]*id="announcer"[^>]*aria-live="polite"[^>]*>\s*(<!--[\s\S]*?-->\s*)*<\/div>/);
    expect(html).toMatch(/<p\b[^>]*id="interactive-unavailable"[^>]*\shidden\b/);
    expect(html).toMatch(/<footer\b[^>]*class="site-footer"[\s\S]*<time\b[^>]*datetime="\d{4}-\d{2}-\d{2}"/);
    expect(html).toMatch(/<section\b[^>]*id="references"/);
  });

  test("carries nothing the CSP blocks: no inline script, style element, style attribute or inline handler", () => {
    const inlineScripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\ssrc=/.test(tag));
    expect(inlineScripts, "<script> without src").toEqual([]);
    expect(html.match(/<style[\s>]/gi), "<style> elements").toBeNull();
    const styleAttrs = [...html.matchAll(/<[a-zA-Z][^>]*\sstyle\s*=[^>]*>/g)].map((m) => m[0]);
    expect(styleAttrs, "tags with a style= attribute").toEqual([]);
    const handlers = [...html.matchAll(/<[a-zA-Z][^>]*\son[a-z]+\s*=[^>]*>/g)].map((m) => m[0]);
    expect(handlers, "inline event handler attributes").toEqual([]);
    expect(html).not.toMatch(/javascript:/i);
  });
});
