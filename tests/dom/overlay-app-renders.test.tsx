// @vitest-environment happy-dom
// Issue 5: a finding that only changes the toggle's count re-renders the toggle, not the whole
// overlay (layers, pop-ups, dock); the count and the panel still follow every finding (R-RISK-3).
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render } from '@testing-library/preact';
import { options } from 'preact';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { PanelToggle } from '@/components/overlay/PanelToggle';
import { addLayer, createOverlayStore } from '@/lib/overlay/store';
import { createOverlayController } from '@/lib/overlay/controller';
import type { Finding } from '@/lib/model';
import { chatFinding } from '../unit/overlay/chat-finding';

(browser.i18n as { getMessage: (k: string, s?: string | string[]) => string }).getMessage = (k, s) => (s ? `${k}(${[s].flat().join(',')})` : k);
// preact's public diff hook: counts the renders of the toggle
let toggleRenders = 0;
const diffed = options.diffed;
options.diffed = (vnode) => {
  if (vnode.type === PanelToggle) toggleRenders++;
  diffed?.(vnode);
};

const notice = (text: string): Finding => chatFinding('false_claim', text, 'notice');

describe('OverlayApp re-rendering', () => {
  it('updates the toggle count without re-rendering the overlay; the open panel lists new findings', async () => {
    const store = createOverlayStore();
    const controller = createOverlayController(store);
    let layerRenders = 0;
    addLayer(store, { id: 'probe', order: 0, Component: () => (layerRenders++, <i data-probe="1" />) });
    const { container } = render(<OverlayApp store={store} controller={controller} onLeave={() => {}} />);
    const count = () => container.querySelector('[data-liveguard="panel-toggle"] .lg-count')?.textContent;
    expect(count()).toBe('0');
    const before = layerRenders;
    const togglesBefore = toggleRenders;
    for (let i = 0; i < 10; i++) await act(() => void controller.add(notice(`第一名${i}`)));
    expect(count()).toBe('10');
    // issue 13: nor the toggle: the count is a text node bound to a computed signal
    expect(toggleRenders).toBe(togglesBefore);
    // notices are marks: nothing but the count changed, so the overlay itself did not re-render
    expect(layerRenders).toBe(before);
    // the panel, once open, shows them and follows new ones
    await act(() => void fireEvent.click(container.querySelector('[data-liveguard="panel-toggle"]')!));
    const listed = () => container.querySelectorAll('.lg-panel-list > li').length;
    expect(listed()).toBe(10);
    await act(() => void controller.add(notice('第一名new')));
    expect(count()).toBe('11');
    expect(listed()).toBe(11);
  });
});
