// Markdown → a small tree of known, inert node kinds; raw HTML and unsafe links come out as plain text.
import { Lexer, type Token, type Tokens } from "marked";

export type MdNode =
  | { t: "text"; text: string }
  | { t: "br" }
  | { t: "hr" }
  | { t: "code"; text: string }
  | { t: "pre"; text: string }
  | { t: "p" | "em" | "strong" | "del" | "blockquote" | "li"; children: MdNode[] }
  | { t: "h"; level: 3 | 4 | 5 | 6; children: MdNode[] }
  | { t: "list"; ordered: boolean; start: number; items: MdNode[] }
  | { t: "link"; href: string; children: MdNode[] };

/** Only these open outside the app (through the shell, after a confirmation). */
export function safeHref(href: string): string | null {
  const h = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(h) ? h : null;
}

const text = (s: string): MdNode => ({ t: "text", text: s });

function inline(tokens: Token[] | undefined): MdNode[] {
  const out: MdNode[] = [];
  for (const tok of tokens ?? []) {
    switch (tok.type) {
      case "strong":
      case "em":
      case "del":
        out.push({ t: tok.type, children: inline((tok as Tokens.Strong).tokens) });
        break;
      case "codespan":
        out.push({ t: "code", text: (tok as Tokens.Codespan).text });
        break;
      case "br":
        out.push({ t: "br" });
        break;
      case "link": {
        const l = tok as Tokens.Link;
        const href = safeHref(l.href);
        // A javascript:, data: or file: link shows as what was typed, so nothing hides behind it.
        out.push(href ? { t: "link", href, children: inline(l.tokens) } : text(l.raw));
        break;
      }
      case "text": {
        const tt = tok as Tokens.Text;
        if (tt.tokens?.length) out.push(...inline(tt.tokens));
        else out.push(text(tt.text));
        break;
      }
      case "escape":
        out.push(text((tok as Tokens.Escape).text));
        break;
      default:
        // html, image and anything new in marked: the source text, never markup.
        out.push(text(tok.raw));
    }
  }
  return out;
}

function blocks(tokens: Token[]): MdNode[] {
  const out: MdNode[] = [];
  for (const tok of tokens) {
    switch (tok.type) {
      case "space":
        break;
      case "paragraph":
        out.push({ t: "p", children: inline((tok as Tokens.Paragraph).tokens) });
        break;
      case "heading": {
        const h = tok as Tokens.Heading;
        // Under the page's h1 and the section's h2, a note's headings start at h3.
        out.push({ t: "h", level: Math.min(6, h.depth + 2) as 3 | 4 | 5 | 6, children: inline(h.tokens) });
        break;
      }
      case "code":
        out.push({ t: "pre", text: (tok as Tokens.Code).text });
        break;
      case "blockquote":
        out.push({ t: "blockquote", children: blocks((tok as Tokens.Blockquote).tokens) });
        break;
      case "hr":
        out.push({ t: "hr" });
        break;
      case "list": {
        const l = tok as Tokens.List;
        out.push({
          t: "list",
          ordered: l.ordered,
          start: typeof l.start === "number" ? l.start : 1,
          items: l.items.map((it) => ({ t: "li", children: listItem(it) })),
        });
        break;
      }
      case "text": {
        const tt = tok as Tokens.Text;
        out.push({ t: "p", children: tt.tokens?.length ? inline(tt.tokens) : [text(tt.text)] });
        break;
      }
      default:
        // html blocks, tables, anything else: shown as the text that was written.
        out.push({ t: "p", children: [text(tok.raw.replace(/\n+$/, ""))] });
    }
  }
  return out;
}

// A tight list item's text is one "text" token: keep it inline rather than a paragraph.
function listItem(it: Tokens.ListItem): MdNode[] {
  const nodes = blocks(it.tokens);
  if (!it.loose && nodes.length >= 1 && nodes[0]?.t === "p") {
    const first = nodes[0] as { t: "p"; children: MdNode[] };
    return [...first.children, ...nodes.slice(1)];
  }
  return nodes;
}

export function parseMarkdown(src: string): MdNode[] {
  // gfm for strikethrough and autolinks; no option turns raw HTML into markup here, by construction.
  return blocks(new Lexer({ gfm: true, breaks: true }).lex(src));
}

/** Plain text of a note for one-line previews. */
export function plainText(nodes: MdNode[]): string {
  return nodes
    .map((n) => ("text" in n ? n.text : "children" in n ? plainText(n.children) : "items" in n ? plainText(n.items) : " "))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
