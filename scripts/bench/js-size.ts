// The JavaScript a public reading page makes the browser load, in kB gzip (issue 3's budget: < 100 kB).
//   npx tsx scripts/bench/js-size.ts [origin]       (default http://127.0.0.1:3100, a running production build)
// Sums the gzip size (level 9, as a CDN would send it) of every distinct <script src> of the page – modern browsers
// skip nomodule polyfills, so those are not counted – and reports the inline scripts (the RSC payload in the HTML)
// separately. Also used by `npm run bench` (scripts/bench/run.ts).
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type PageScripts = {
  name: string;
  path: string;
  scripts: number;
  externalGzipBytes: number;
  /** The part of externalGzipBytes that is not Next's and React's runtime (the build manifest's rootMainFiles). */
  ownGzipBytes: number;
  inlineGzipBytes: number;
  /** Each script with its gzip size, largest first. */
  files: { src: string; gzipBytes: number }[];
};

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/**
 * Next's and React's runtime: the chunks every App Router page loads first (`rootMainFiles` of the production
 * build's manifest – the React DOM, the router and the bundler's runtime), as paths under /_next/.
 */
export function runtimeFiles(root = process.cwd()): Set<string> {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
    return new Set((manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
  } catch {
    return new Set();
  }
}

export async function pageScripts(origin: string, name: string, path: string, runtime: Set<string> = runtimeFiles()): Promise<PageScripts> {
  const html = await (await fetch(origin + path)).text();
  const sources = [
    ...new Set(
      [...html.matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1]!)
        // The whole tag: Next writes noModule after src (the old check only looked before it).
        .filter((attributes) => !/\snomodule\b/i.test(attributes))
        .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
        .filter((src): src is string => Boolean(src)),
    ),
  ];
  const files = [];
  for (const src of sources) {
    const body = new Uint8Array(await (await fetch(new URL(src.replaceAll("&amp;", "&"), origin))).arrayBuffer());
    files.push({ src, gzipBytes: gzip(body) });
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("\n");
  return {
    name,
    path,
    scripts: sources.length,
    externalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    ownGzipBytes: files.filter((f) => !runtime.has(new URL(f.src.replaceAll("&amp;", "&"), origin).pathname)).reduce((sum, f) => sum + f.gzipBytes, 0),
    inlineGzipBytes: gzip(Buffer.from(inline)),
    files,
  };
}

/** A meeting with published minutes (from the minutes feed), so the meeting page is a real one. */
export async function aMeetingPath(origin: string): Promise<string> {
  const feed = await (await fetch(`${origin}/api/feed/referat.xml`)).text();
  const link = /<link>([^<]*\/mote\/[^<]+)<\/link>/.exec(feed)?.[1];
  return link ? new URL(link).pathname : "/kalender";
}

export async function publicPages(origin: string): Promise<[string, string][]> {
  return [
    ["front page", "/"],
    ["body page", "/ssu"],
    ["meeting page", await aMeetingPath(origin)],
    ["action plan", "/handlingsplan"],
    ["front page (nb)", "/nb"],
  ];
}

export const kB = (bytes: number) => (bytes / 1024).toFixed(1);

export function markdownTable(rows: PageScripts[]): string {
  const lines = rows.map(
    (r) => `| ${r.name} | \`${r.path}\` | ${r.scripts} | ${kB(r.externalGzipBytes)} | ${kB(r.ownGzipBytes)} | ${kB(r.inlineGzipBytes)} |`,
  );
  return `| page | path | script files | JS kB gzip | own JS kB gzip (beyond Next's and React's runtime) | inline RSC payload kB gzip |\n| --- | --- | ---: | ---: | ---: | ---: |\n${lines.join("\n")}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const origin = process.argv[2] ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
  const rows = [];
  for (const [name, path] of await publicPages(origin)) rows.push(await pageScripts(origin, name, path));
  console.log(markdownTable(rows));
  if (process.argv.includes("--files")) {
    for (const r of rows) {
      console.log(`\n${r.path}`);
      for (const f of r.files) console.log(`  ${kB(f.gzipBytes).padStart(7)} kB  ${f.src}`);
    }
  }
}
