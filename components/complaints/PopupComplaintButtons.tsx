import { t } from '@/lib/i18n';
import { Button } from '../design/Button';

/**
 * The popup's "file a complaint" and "my complaints" (R-COMPLAINT-16/17). Presentational: the
 * popup asks the background to capture and open the form, and says here when there is no room.
 */
export function PopupComplaintButtons(props: { message: string | null; onFile(): void; onOpenComplaints(): void }) {
  return (
    <div class="complaints" data-liveguard="popup-complaints">
      <Button variant="primary" data-liveguard-action="popup-file-complaint" onClick={props.onFile}>
        {t('complaintAction')}
      </Button>{' '}
      <Button data-liveguard-action="popup-open-complaints" onClick={props.onOpenComplaints}>
        {t('cpTitle')}
      </Button>
      {props.message && <p role="status">{props.message}</p>}
    </div>
  );
}
