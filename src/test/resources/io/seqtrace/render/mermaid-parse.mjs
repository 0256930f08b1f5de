// Parses Mermaid files with the real Mermaid parser: node mermaid-parse.mjs NODE_MODULES FILE...
// A .md file is parsed block by block (each fenced mermaid block); any other file as a whole.
// Prints "ok FILE" or "FAIL FILE: message" per diagram; exits 1 when any failed.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(path.join(modules, 'noop.js'));
const { JSDOM } = require('jsdom');
// Mermaid's parser only needs a DOM for its sanitiser; a JSDOM window is enough (no browser).
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
global.window = dom.window;
global.document = dom.window.document;
const mermaid = (await import(pathToFileURL(path.join(modules, 'mermaid/dist/mermaid.core.mjs')).href)).default;
mermaid.initialize({ startOnLoad: false });

let failed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const blocks = file.endsWith('.md') ? [...text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(m => m[1]) : [text];
  if (blocks.length === 0) {
    failed++;
    console.log(`FAIL ${file}: no mermaid block`);
  }
  for (const block of blocks) {
    try {
      await mermaid.parse(block);
      console.log(`ok ${file}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${file}: ${String(e.message || e).split('\n').slice(0, 3).join(' | ')}`);
    }
  }
}
process.exit(failed ? 1 : 0);
