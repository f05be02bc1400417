import { useState } from 'preact/hooks';

/** A PIN field and a button; the PIN goes out through onSubmit and the field is cleared. */
export function PinForm(props: { label: string; submitLabel: string; onSubmit: (pin: string) => void; problem?: string | null; busy?: boolean; hook: string }) {
  const [pin, setPin] = useState('');
  return (
    <form
      data-liveguard={props.hook}
      onSubmit={(e) => {
        e.preventDefault();
        // read the field itself: a submit can arrive before the last keystroke's re-render
        props.onSubmit((e.currentTarget.elements.namedItem('pin') as HTMLInputElement | null)?.value ?? pin);
        setPin('');
      }}
    >
      <label>
        {props.label}{' '}
        <input type="password" inputMode="numeric" autoComplete="off" name="pin" maxLength={32} value={pin} onInput={(e) => setPin(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit" disabled={props.busy || pin.length === 0}>
        {props.submitLabel}
      </button>
      {props.problem ? (
        <p role="alert" data-liveguard="pin-problem">
          {props.problem}
        </p>
      ) : null}
    </form>
  );
}
