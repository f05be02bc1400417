#!/usr/bin/env node
/**
 * The mint-filter contender for the scan-CLI benchmark (issue 15): the same I/O as scripts/scan.ts
 * (JSONL in, one JSON answer per line out, batched writes), mint-filter's Aho-Corasick over the
 * default vocabulary's terms (passed as a JSON file) instead of our scanner. No validation beyond
 * JSON.parse, no normalisation: the cheapest honest CLI around the library.
 */
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { Mint } from 'mint-filter';

const mint = new Mint(JSON.parse(readFileSync(process.argv[2], 'utf8')));
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
for await (const line of rl) {
  let r;
  try {
    const { text } = JSON.parse(line);
    r = JSON.stringify({ words: mint.filter(String(text ?? ''), { replace: false }).words });
  } catch (e) {
    r = JSON.stringify({ error: e.message });
  }
  out.push(r);
  if (out.length >= 512) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
