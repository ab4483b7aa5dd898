// A section's text as blocks: paragraphs (separated by a blank line) and lists (consecutive lines starting "- ").
// The one reading of the format, used by the page and the PDF so both show the same structure. Pure.

export type TextBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

const ITEM = /^\s*[-–•]\s+/;

export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
  };
  const flushList = () => {
    if (list?.length) blocks.push({ kind: "list", items: list });
    list = null;
  };
  for (const raw of body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line) {
      flushParagraph();
      flushList();
    } else if (ITEM.test(line)) {
      flushParagraph();
      (list ??= []).push(line.replace(ITEM, ""));
    } else if (list) {
      // A line after a list item without a blank line continues that item.
      list[list.length - 1] += ` ${line}`;
    } else paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return blocks;
}
