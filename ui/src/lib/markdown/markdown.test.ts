// Notes hold pasted text from anywhere: markup and script in them must stay inert text, never elements.
import { describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import Markdown from "./Markdown.svelte";
import { parseMarkdown, plainText, safeHref } from "./markdown";

function render(source: string): HTMLElement {
  const target = document.createElement("div");
  document.body.append(target);
  const c = mount(Markdown, { target, props: { source } });
  flushSync();
  const html = target.cloneNode(true) as HTMLElement;
  unmount(c);
  target.remove();
  return html;
}

const PAYLOADS = [
  ["<script>", "<script>window.__pwned = 1</script>", "script"],
  ["<img onerror>", "<img src=x onerror=alert(1)>", "img"],
  ["<svg onload>", "<svg onload=alert(2)>", "svg"],
  ["<iframe>", '<iframe src="javascript:alert(3)"></iframe>', "iframe"],
] as const;

describe("markdown renderer", () => {
  for (const [name, src, tag] of PAYLOADS) {
    it(`shows ${name} as literal text, inline and as a block`, () => {
      for (const source of [src, `before ${src} after`]) {
        const el = render(source);
        expect(el.querySelector(tag), "no element may come out of raw HTML").toBeNull();
        expect(el.textContent, "the typed text stays readable").toContain(src);
        expect([...el.querySelectorAll("*")].some((n) => [...n.attributes].some((a) => a.name.startsWith("on"))), "no event handler attribute").toBe(false);
      }
    });
  }

  it("renders javascript: and data: links as their plain source text", () => {
    for (const src of ["[x](javascript:alert(1))", "[y](data:text/html,<b>hi</b>)", "[z](JaVaScRiPt:alert(1))", "[f](file:///etc/passwd)"]) {
      const el = render(src);
      expect(el.querySelector("a"), src).toBeNull();
      expect(el.textContent).toContain(src);
    }
  });

  it("keeps http(s) and mailto links as links, and nothing else", () => {
    const el = render("[site](https://example.com) and [mail](mailto:a@example.com) and <https://auto.example>");
    expect([...el.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["https://example.com", "mailto:a@example.com", "https://auto.example"]);
    expect(safeHref(" http://x.y ")).toBe("http://x.y");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("//evil.example")).toBeNull();
  });

  it("renders paragraphs, emphasis, strong, code, lists, headings and quotes as elements", () => {
    const el = render("# Title\n\nSome *soft* and **bold** `code`\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\nblock <b>\n```");
    expect(el.querySelector("h3")?.textContent).toBe("Title");
    expect(el.querySelector("em")?.textContent).toBe("soft");
    expect(el.querySelector("strong")?.textContent).toBe("bold");
    expect(el.querySelector("p code")?.textContent).toBe("code");
    expect([...el.querySelectorAll("ul li")].map((li) => li.textContent)).toEqual(["one", "two"]);
    expect(el.querySelector("ol li")?.textContent).toBe("first");
    expect(el.querySelector("blockquote")?.textContent?.trim()).toBe("quoted");
    expect(el.querySelector("pre")?.textContent).toBe("block <b>");
    expect(el.querySelector("b"), "markup inside a code block is text too").toBeNull();
  });

  it("builds only known node kinds and previews as plain text", () => {
    const kinds = new Set<string>();
    const walk = (ns: ReturnType<typeof parseMarkdown>) => {
      for (const n of ns) {
        kinds.add(n.t);
        if ("children" in n) walk(n.children);
        if ("items" in n) walk(n.items);
      }
    };
    walk(parseMarkdown("<div onclick=x>hi</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![img](https://x/y.png)"));
    expect([...kinds].every((k) => ["p", "text"].includes(k)), [...kinds].join()).toBe(true);
    expect(plainText(parseMarkdown("**Prefers** e-mail"))).toBe("Prefers e-mail");
  });
});
