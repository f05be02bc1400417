/**
 * The flags `npm start` gives the browser. A user's browser stays a user's browser: the sandbox on
 * (Chromium refuses to start as root without `--no-sandbox`, so only there is it off), the GPU on,
 * no flag that makes Chromium show its "unsupported command-line flag" bar on a desktop.
 */
export interface LaunchFlags {
  /** Playwright's option: false makes it pass --no-sandbox */
  chromiumSandbox: boolean;
  args: string[];
}

export function launchFlags(opts: { isRoot: boolean; extensionDir: string; lang?: string; noSandbox?: boolean }): LaunchFlags {
  const sandbox = !opts.isRoot && !opts.noSandbox;
  return {
    chromiumSandbox: sandbox,
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      // a fresh profile each run: no welcome tab, no default-browser question, no sign-in to sync
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-sync',
      // the extension's UI language follows the browser's; Chinese users come first
      `--lang=${opts.lang ?? 'zh-CN'}`,
      ...(sandbox ? [] : ['--no-sandbox']),
    ],
  };
}

/** Chromium that cannot start its sandbox (a container without user namespaces, a missing setuid helper). */
export function isSandboxFailure(message: string): boolean {
  return /no usable sandbox|sandbox.*(not|cannot|failed)|suid sandbox|setuid sandbox|failed to move to new namespace/i.test(message);
}
