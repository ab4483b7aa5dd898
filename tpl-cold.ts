// Temporary measuring script (not committed): cold start with the template present, as a fresh clone, or without.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { coldStart } from "./scripts/bench/cold-start";
import { seededTemplate } from "./scripts/lib/seeded-template";
const mode = process.argv[2];
if (mode === "template") await seededTemplate({ log: console.log });
if (mode === "fresh-clone") process.env.DB_TEMPLATE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "saman-tpl-empty-"));
if (mode === "no-template") process.env.DB_TEMPLATE = "false";
const before = os.loadavg();
const result = await coldStart(3300, 4300, 600);
console.log(JSON.stringify({ mode, ...result, loadBefore: before.map((n) => n.toFixed(2)), loadAfter: os.loadavg().map((n) => n.toFixed(2)), at: new Date().toISOString() }));
