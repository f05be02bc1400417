/**
 * `npm run --silent scan < in.jsonl > out.jsonl` (issues 3, 15; run from a cached bundle by scripts/scan-launch.mjs): one output line per input line, in
 * order. Input: {"text": "...", "kind": "chat"|"title"|"product"|"caption"} (optionally price and
 * originalPrice); a line without "kind" is chat. Output: {"categories": [...], "severity": top
 * severity or null, "findings": [...]} (each finding with `why`: what fired).
 * A malformed line gets {"error": "..."} and a message on stderr; the run never crashes.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createScanner } from '../lib/detect';
import { DEFAULT_BUNDLE } from '../lib/bundle/default-bundle';
import { maxSeverity, type Severity } from '../lib/taxonomy';
import type { Finding } from '../lib/model';

const InputSchema = z.object({
  text: z.string().max(10_000),
  kind: z.enum(['chat', 'title', 'product', 'caption']).default('chat'),
  price: z.number().nonnegative().optional(),
  originalPrice: z.number().nonnegative().optional(),
});

const scanner = createScanner(DEFAULT_BUNDLE);

const NOTHING = '{"categories":[],"severity":null,"findings":[]}';

function scanLine(line: string): Record<string, unknown> | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  // the common line ({"text": "..."} with an optional known kind) skips zod: the same rules as
  // InputSchema, checked by hand; anything else (prices, bad kinds, long texts) goes through zod
  if (isPlain(json)) {
    const findings = scanner.scan({ kind: json.kind ?? 'chat', text: json.text });
    return findings.length ? answer(findings) : NOTHING;
  }
  const parsed = InputSchema.safeParse(json);
  if (!parsed.success) throw new Error(`bad input: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const findings = scanner.scan(parsed.data);
  // most lines find nothing: one constant answer, no arrays built
  return findings.length ? answer(findings) : NOTHING;
}

const KINDS: ReadonlySet<unknown> = new Set(InputSchema.shape.kind.unwrap().options);
function isPlain(json: unknown): json is { text: string; kind?: 'chat' | 'title' | 'product' | 'caption' } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  if (typeof o.text !== 'string' || o.text.length > 10_000) return false;
  if (o.kind !== undefined && !KINDS.has(o.kind)) return false;
  return o.price === undefined && o.originalPrice === undefined;
}

function answer(findings: Finding[]): Record<string, unknown> {
  let severity: Severity | null = null;
  for (const f of findings) severity = maxSeverity(severity, f.severity);
  const categories = [...new Set(findings.map((f) => f.category))];
  // `source` only echoes the input line back; leave it out of the output
  return { categories, severity, findings: findings.map(({ source: _source, ...rest }) => rest) };
}

async function main() {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  };
  for await (const line of rl) {
    n++;
    let result: Record<string, unknown> | string;
    try {
      result = scanLine(line);
    } catch (e) {
      const message = (e as Error).message;
      process.stderr.write(`line ${n}: ${message}\n`);
      result = { error: message };
    }
    out.push(typeof result === 'string' ? result : JSON.stringify(result));
    if (out.length >= 512) flush();
  }
  flush();
}

main().catch((e) => {
  process.stderr.write(`scan: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
