// The lint generated from the map fails every import the map forbids and passes every import it
// allows: for each part, one of its real files is linted with an import of a real file of every
// other part, through the real ESLint config (eslint.config.js) — the same run as `npm run lint`.
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { dirname, relative } from 'node:path';
import { readMap, partOf, trackedFiles, ROOT } from '../../../scripts/architecture.mjs';

const map = readMap();
const files = trackedFiles().filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'));
const sample = (part: string) => files.find((f) => partOf(map, f) === part && !/\.test\.|\.spec\./.test(f));
const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(filePath: string, code: string) {
  const [res] = await eslint.lintText(code, { filePath });
  return res!.messages.filter((m) => m.ruleId === RULE);
}
const relSpec = (from: string, to: string) => {
  const r = relative(dirname(from), to).replace(/\.tsx?$/, '');
  return r.startsWith('.') ? r : `./${r}`;
};

describe('import boundaries (lint generated from docs/architecture.md)', () => {
  // ESLint loads its config and parsers (typescript) on the first lint, seconds of CPU: done here under
  // the hook timeout, not inside the first test's 20 s (it timed out there at load ~30)
  beforeAll(async () => {
    await eslint.lintText('export {};\n', { filePath: 'lib/i18n.ts' });
  });

  const parts = Object.entries(map.parts).filter(([, p]) => p.lint !== false);

  for (const [from, p] of parts) {
    const file = sample(from);
    if (!file) continue;
    it(`${from} (${file}): every forbidden part fails, every allowed part passes`, async () => {
      const lines: { to: string; spec: string; expectError: boolean }[] = [];
      for (const [to] of parts) {
        if (to === from) continue;
        const target = sample(to);
        if (!target) continue;
        const allowed = (p.imports ?? []).includes(to);
        // both ways of writing it: the alias and the relative path
        lines.push({ to, spec: `@/${target.replace(/\.tsx?$/, '')}`, expectError: !allowed });
        lines.push({ to, spec: relSpec(file, target), expectError: !allowed });
      }
      const code = lines.map((l, i) => `import * as m${i} from '${l.spec}';`).join('\n') + `\nexport const all = [${lines.map((_, i) => `m${i}`).join(', ')}];\n`;
      const errs = await boundaryErrors(file, code);
      const failedLines = new Set(errs.map((e) => e.line));
      const wrong = lines
        .map((l, i) => ({ ...l, failed: failedLines.has(i + 1) }))
        .filter((l) => l.failed !== l.expectError)
        .map((l) => `${from} → ${l.to} via '${l.spec}': ${l.failed ? 'failed but allowed' : 'passed but forbidden'}`);
      expect(wrong).toEqual([]);
    });
  }

  it('type-only parts: `import type` passes, a value import fails', async () => {
    const file = 'components/options/GuardianSection.tsx';
    expect(await boundaryErrors(file, "import type { ResponseOf } from '@/lib/messaging';\nexport type R = ResponseOf<'ping'>;\n")).toEqual([]);
    const errs = await boundaryErrors(file, "import { send } from '@/lib/messaging';\nexport const s = send;\n");
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toContain('components may not import messaging');
  });

  it('a file filed under another part is judged by its own part (scripts/redesign-fixtures.ts is test tooling)', async () => {
    // protection's rules may not import the content script's page glue
    const errs = await boundaryErrors('lib/protection/decide.ts', "import { x } from '../../entrypoints/live.content/features/protection/guard';\nexport const y = x;\n");
    expect(errs.map((e) => e.message)).toEqual([expect.stringContaining('protection may not import content-script')]);
    // the product's start script may not import test tooling, even beside it in scripts/
    const fromStart = await boundaryErrors('scripts/start.ts', "import { GROW_MS } from './redesign-fixtures';\nexport const y = GROW_MS;\n");
    expect(fromStart.map((e) => e.message)).toEqual([expect.stringContaining('scripts may not import tests')]);
  });

  it('the content script may not read storage or IndexedDB; components may not send', async () => {
    const cs = await boundaryErrors('entrypoints/live.content/features/credit.tsx', "import { db } from '@/lib/db/database';\nimport { creditCache } from '../../../lib/storage';\nexport const z = [db, creditCache];\n");
    expect(cs.map((e) => e.line)).toEqual([1, 2]);
  });

  it('components use no browser API: no browser/chrome/fetch global, no #imports or polyfill import', async () => {
    const [res] = await eslint.lintText("import { storage } from '#imports';\nexport const a = () => browser.runtime.id;\nexport const b = () => fetch('/x');\nexport const c = storage;\n", {
      filePath: 'components/options/SyncSection.tsx',
    });
    const ours = res!.messages.filter((m) => m.ruleId === RULE || m.ruleId === 'no-restricted-globals');
    expect(ours.map((m) => m.line)).toEqual([1, 2, 3]);
    // an extension page may
    const [page] = await eslint.lintText("export const a = () => browser.runtime.id;\n", { filePath: 'entrypoints/popup/main.tsx' });
    expect(page!.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toEqual([]);
  });
});
