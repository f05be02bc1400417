import type { Complaint, ComplaintStatus } from '@/lib/complaints/schema';
import { t } from '@/lib/i18n';
import { ComplaintEditor } from './ComplaintEditor';
import { EvidenceView } from './EvidenceView';
import { LimitReminder } from './LimitReminder';
import { StatusControl } from './StatusControl';
import { FilingGuide } from './FilingGuide';
import { Button } from '../design/Button';
import type { Destination } from '@/lib/complaints/filing-guidance';

/** One complaint: subject, 3-year reminder, where to file it, status, 12315 fields, evidence, export and print. */
export function ComplaintDetail(props: {
  complaint: Complaint;
  screenshotUrl: string | null;
  intact: boolean | null;
  now: number;
  timeZone: string;
  guide: Destination[];
  onSave(c: Complaint): void;
  onStatus(s: ComplaintStatus): void;
  onExport(): void;
  onPrint(): void;
  onDelete(): void;
}) {
  const c = props.complaint;
  return (
    <article class="lg-ui-card detail" data-liveguard="complaint-detail" data-complaint-id={c.id}>
      <h2>{t(`cat_${c.subject.category}`)}</h2>
      <p><q data-liveguard="complaint-matched">{c.subject.matchedText}</q></p>
      <LimitReminder eventAt={c.evidence.capturedAt} now={props.now} timeZone={props.timeZone} />
      <div class="actions">
        <Button data-liveguard-action="export-one" onClick={props.onExport}>{t('cpExportOne')}</Button>
        <Button data-liveguard-action="print" onClick={props.onPrint}>{t('cpPrint')}</Button>
        <Button variant="danger" data-liveguard-action="delete" onClick={props.onDelete}>{t('cpDelete')}</Button>
      </div>
      <FilingGuide destinations={props.guide} />
      <StatusControl complaint={c} onChange={props.onStatus} timeZone={props.timeZone} />
      <ComplaintEditor key={`${c.id}-${c.updatedAt}`} complaint={c} onSave={props.onSave} />
      <EvidenceView evidence={c.evidence} screenshotUrl={props.screenshotUrl} intact={props.intact} timeZone={props.timeZone} />
    </article>
  );
}
