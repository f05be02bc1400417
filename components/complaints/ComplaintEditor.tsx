import { useState } from 'preact/hooks';
import type { Complaint } from '@/lib/complaints/schema';
import { missingFields, REQUIRED_FIELDS, type RequiredField } from '@/lib/complaints/completeness';
import { FIELD_LABEL_KEY } from '@/lib/complaints/label-keys';
import { t } from '@/lib/i18n';

const LABEL = FIELD_LABEL_KEY;

function get(c: Complaint, f: RequiredField): string {
  const [a, b] = f.split('.') as [string, string | undefined];
  const v = (c as unknown as Record<string, unknown>)[a];
  return b ? ((v as Record<string, string>)[b] ?? '') : (v as string);
}
function put(c: Complaint, f: RequiredField, value: string): Complaint {
  const [a, b] = f.split('.') as [keyof Complaint, string | undefined];
  return b ? { ...c, [a]: { ...(c[a] as object), [b]: value } } : { ...c, [a]: value };
}

/** The fields a 12315 complaint needs, with a warning for each one still missing (R-COMPLAINT-18). */
export function ComplaintEditor(props: { complaint: Complaint; onSave(c: Complaint): void }) {
  const [draft, setDraft] = useState(props.complaint);
  const missing = new Set(missingFields(draft));
  return (
    <form
      class="editor"
      data-liveguard="complaint-editor"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(draft);
      }}
    >
      <p class="hint">{t('cpNeeds12315')}</p>
      {REQUIRED_FIELDS.map((f) => {
        const long = f === 'facts' || f === 'request';
        const onInput = (e: Event) => setDraft(put(draft, f, (e.currentTarget as HTMLInputElement).value));
        return (
          <label key={f} class={missing.has(f) ? 'missing' : ''}>
            {t(LABEL[f])}
            {long ? <textarea name={f} rows={3} value={get(draft, f)} onInput={onInput} /> : <input name={f} value={get(draft, f)} onInput={onInput} />}
            {missing.has(f) && <span class="warn" data-missing={f}>{t('cpMissing')}</span>}
          </label>
        );
      })}
      <button type="submit" data-liveguard-action="complaint-save">{t('cpSave')}</button>
    </form>
  );
}
