/**
 * First run (issue 18 item 4): the welcome page opens once, when LiveGuard is installed; never on
 * an update or a browser update (the viewer has seen it; the options page links to it). Test
 * builds do not open it: the e2e specs own their tabs (tests/e2e/harness.ts), and the welcome spec
 * checks the release build's install instead.
 */
export function opensWelcome(reason: string, testBuild: boolean): boolean {
  return reason === 'install' && !testBuild;
}

export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (opensWelcome(reason, __LG_TEST_BUILD__)) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
