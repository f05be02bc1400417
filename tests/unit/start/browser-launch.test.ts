// The flags npm start gives Chromium (scripts/lib/browser-launch.ts): a desktop user's browser keeps
// its sandbox and GPU; only root (where Chromium refuses to start sandboxed) gets --no-sandbox.
import { describe, expect, it } from 'vitest';
import { isSandboxFailure, launchFlags } from '../../../scripts/lib/browser-launch';

describe('launchFlags', () => {
  it('a user: sandbox on (Playwright passes no --no-sandbox), no --disable-gpu, the extension loaded', () => {
    const f = launchFlags({ isRoot: false, extensionDir: '/x/.output-demo/chrome-mv3' });
    expect(f.chromiumSandbox).toBe(true);
    expect(f.args).not.toContain('--no-sandbox');
    expect(f.args).not.toContain('--disable-gpu');
    expect(f.args).toContain('--load-extension=/x/.output-demo/chrome-mv3');
    expect(f.args).toContain('--disable-extensions-except=/x/.output-demo/chrome-mv3');
    expect(f.args).toContain('--lang=zh-CN');
  });
  it('root: without the sandbox, still with the GPU', () => {
    const f = launchFlags({ isRoot: true, extensionDir: '/x' });
    expect(f.chromiumSandbox).toBe(false);
    expect(f.args).toContain('--no-sandbox');
    expect(f.args).not.toContain('--disable-gpu');
  });
  it('a user whose machine cannot start the sandbox: off only after that failure', () => {
    const f = launchFlags({ isRoot: false, extensionDir: '/x', noSandbox: true });
    expect(f.chromiumSandbox).toBe(false);
    expect(f.args).toContain('--no-sandbox');
  });
  it('recognises Chromium sandbox start failures, and nothing else', () => {
    expect(isSandboxFailure('FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! Update your kernel')).toBe(true);
    expect(isSandboxFailure('The SUID sandbox helper binary was found, but is not configured correctly')).toBe(true);
    expect(isSandboxFailure('Failed to move to new namespace: PID namespaces supported, Network namespace supported, but failed: errno = Operation not permitted')).toBe(true);
    expect(isSandboxFailure('Executable doesn\'t exist at /usr/bin/chromium')).toBe(false);
  });
});
