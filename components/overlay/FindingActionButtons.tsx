import type { ShownFinding, FindingAction } from '@/lib/overlay/store';

/**
 * The buttons every feature adds to a finding (file a complaint, …), one per registered action;
 * the same on the pop-up, the interstitial and each panel row.
 */
export function FindingActionButtons(props: { item: ShownFinding; actions: FindingAction[]; buttonClass?: string }) {
  return (
    <>
      {props.actions.map((a) => (
        <button key={a.id} type="button" class={props.buttonClass ?? 'lg-btn'} data-liveguard-action={a.id} onClick={() => a.run(props.item)}>
          {a.label}
        </button>
      ))}
    </>
  );
}
