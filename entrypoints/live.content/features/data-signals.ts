/**
 * Data-falsification signs (R-DATA-20): counter jumps without matching chat, impossible like/viewer
 * ratios, runs of templated comments. Facts come from lib/data-signals (pure); this file feeds them.
 */
import type { RoomFeature } from '@/lib/room/room';
import type { Finding } from '@/lib/model';
import { createFinding } from '@/lib/shared/finding';
import { detectCounterAnomalies, type CounterSample } from '@/lib/data-signals/counter-anomalies';
import { TemplatedCommentDetector } from '@/lib/data-signals/templated-comments';
import { VanishedCommentTracker } from '@/lib/data-signals/vanished-comments';
import { isUnfavourable } from '@/lib/data-signals/unfavourable';
import { chatKey } from '@/lib/room/chat-reader';
import { createShownChatKeys } from '@/lib/room/shown-chat-keys';

const KEYS = { viewer_jump: 'dataViewerJump', like_jump: 'dataLikeJump', like_ratio: 'dataLikeRatio' } as const;

export const dataSignals: RoomFeature = {
  id: 'data-signals',
  init(room, signal) {
    const samples: CounterSample[] = [];
    let chatSince = 0;
    const reported = new Set<string>();
    const templates = new TemplatedCommentDetector();
    const vanished = new VanishedCommentTracker<string>();
    const shownKeys = createShownChatKeys(room.adapter);
    // rows changed inside are read again by shownKeys; the others keep their remembered key
    room.onRows((rows) => shownKeys.changed(rows));
    room.onObservation((o, row, readKey) => {
      // the room's reader made the key of every chat row: not made again here (issue 13)
      const key = readKey ?? chatKey(o);
      // the room just read this row: its key need not be read again below (issue 13)
      if (row) shownKeys.learn(row, o, key);
      if (o.kind !== 'chat') return;
      vanished.seen(key, o.text, isUnfavourable(o.text));
      chatSince++;
      // masked nicknames ("花*****") are not identities: count distinct messages instead
      const who = o.author && !o.author.includes('*') ? o.author : o.id;
      const run = templates.add(o.text, who, o.at ?? Date.now());
      if (run) room.addFinding(finding('dataTemplated', o.text, 'templated'));
    });
    room.onInfo((info) => {
      // R-DATA-21: only when an unfavourable line is being watched is the chat list read again
      if (vanished.watching) {
        for (const gone of vanished.check(shownKeys(document))) room.addFinding(vanishedFinding(gone.payload));
      }
      samples.push({ at: Date.now(), viewers: info.viewers, likes: info.likes, chatCount: chatSince });
      chatSince = 0;
      if (samples.length > 120) samples.shift();
      for (const a of detectCounterAnomalies(samples)) {
        if (reported.has(a.kind)) continue;
        reported.add(a.kind);
        room.addFinding(finding(KEYS[a.kind], a.detail, a.kind));
      }
    });
    signal.addEventListener('abort', () => (samples.length = 0));
  },
};

function finding(messageKey: string, text: string, detector: string): Finding {
  return createFinding({ category: 'data_falsification', severity: 'notice', ruleId: 'R-DATA-20', messageKey, detector, why: `counter signal: ${detector}`, source: { kind: detector === 'templated' ? 'chat' : 'host', text } });
}

/** R-DATA-21: the line itself is the evidence (kept in the room's findings for complaints). */
function vanishedFinding(text: string): Finding {
  return createFinding({ category: 'data_falsification', severity: 'notice', ruleId: 'R-DATA-21', messageKey: 'dataVanishedComment', detector: 'vanished', why: 'an unfavourable comment vanished', source: { kind: 'chat', text } });
}
