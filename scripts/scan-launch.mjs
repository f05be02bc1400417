#!/usr/bin/env node
/**
 * `npm run scan` (issue 15): runs scripts/scan.ts from one esbuild bundle kept in
 * node_modules/.cache/liveguard-scan, rebuilt when any of its input files changed (size or mtime,
 * like make). Why: through tsx's loader hooks the CLI spent ~1.2 s CPU starting up (about 75
 * modules resolved, transformed and compiled one by one via the hooks' worker thread) before the
 * first line; one prebuilt file starts in ~0.45 s (measured at load 20–23, stop 32). The bundle runs
 * the same sources: the output is byte-identical (tests/unit/detect/scan-cli.test.ts runs both).
 * Packages stay external (node resolves them from node_modules as before). esbuild is a declared
 * devDependency (package.json); should it be missing anyway, or with LG_SCAN_UNBUNDLED=1, the CLI
 * runs through tsx as before.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'scripts/scan.ts');
// LG_SCAN_CACHE: another cache folder (tests); it must lie inside the repo so node finds node_modules
const cacheDir = resolve(root, process.env.LG_SCAN_CACHE || 'node_modules/.cache/liveguard-scan');
const bundle = join(cacheDir, 'scan.mjs');
const manifest = join(cacheDir, 'inputs.json');
// files that change the bundle besides the sources: esbuild's config and this launcher (its build options)
const CONFIG = ['tsconfig.json', 'package.json', 'scripts/scan-launch.mjs'];

function stamp(path) {
  try {
    const s = statSync(join(root, path));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function fresh(esbuildVersion) {
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.esbuild !== esbuildVersion || !existsSync(bundle) || !CONFIG.every((path) => path in m.inputs)) return false;
    return Object.entries(m.inputs).every(([path, s]) => stamp(path) === s);
  } catch {
    return false;
  }
}

async function build(esbuild) {
  mkdirSync(cacheDir, { recursive: true });
  // concurrent runs each write their own temporary files and rename them: a reader sees a whole bundle
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    // ESM, as the sources are: a CommonJS bundle (~40 ms less CPU at start) changed findings, since
    // require('opencc-js/dict/TSCharacters') is not the ESM default export (traditional text went unfolded;
    // caught by the corpus comparison in tests/unit/detect/scan-cli.test.ts, stop 32). Minifying saved
    // nothing separable from noise.
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: tmp,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs), ...CONFIG]) inputs[path] = stamp(path);
  renameSync(tmp, bundle);
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ esbuild: esbuild.version, inputs }));
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
}

// esbuild's version from its package.json: importing esbuild itself costs ~0.1 s, paid only to rebuild
let esbuildVersion = null;
if (!process.env.LG_SCAN_UNBUNDLED) try {
  esbuildVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8')).version;
} catch {
  // no esbuild: the unbundled path below
}
if (esbuildVersion) {
  if (!fresh(esbuildVersion)) await build(await import('esbuild'));
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
