/**
 * `npm run --silent scan < in.jsonl > out.jsonl` (issue 3): one output line per input line, in
 * order. Input: {"text": "...", "kind": "chat"|"title"|"product"|"caption"} (optionally price and
 * originalPrice). Output: {"categories": [...], "severity": top severity or null, "findings": [...]}.
 * A malformed line gets {"error": "..."} and a message on stderr; the run never crashes.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createScanner } from '../lib/detect';
import { DEFAULT_BUNDLE } from '../lib/bundle/default-bundle';
import { maxSeverity, type Severity } from '../lib/taxonomy';

const InputSchema = z.object({
  text: z.string().max(10_000),
  kind: z.enum(['chat', 'title', 'product', 'caption']),
  price: z.number().nonnegative().optional(),
  originalPrice: z.number().nonnegative().optional(),
});

const scanner = createScanner(DEFAULT_BUNDLE);

function scanLine(line: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  const parsed = InputSchema.safeParse(json);
  if (!parsed.success) throw new Error(`bad input: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const findings = scanner.scan(parsed.data);
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
    let result: Record<string, unknown>;
    try {
      result = scanLine(line);
    } catch (e) {
      const message = (e as Error).message;
      process.stderr.write(`line ${n}: ${message}\n`);
      result = { error: message };
    }
    out.push(JSON.stringify(result));
    if (out.length >= 512) flush();
  }
  flush();
}

main().catch((e) => {
  process.stderr.write(`scan: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
