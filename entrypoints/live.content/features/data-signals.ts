/**
 * Data-falsification signs (R-DATA-20): counter jumps without matching chat, impossible like/viewer
 * ratios, runs of templated comments. Facts come from lib/data-signals (pure); this file feeds them.
 */
import type { RoomFeature } from '@/lib/room/room';
import type { Finding } from '@/lib/model';
import { detectCounterAnomalies, type CounterSample } from '@/lib/data-signals/counter-anomalies';
import { TemplatedCommentDetector } from '@/lib/data-signals/templated-comments';

const KEYS = { viewer_jump: 'dataViewerJump', like_jump: 'dataLikeJump', like_ratio: 'dataLikeRatio' } as const;

export const dataSignals: RoomFeature = {
  id: 'data-signals',
  init(room, signal) {
    const samples: CounterSample[] = [];
    let chatSince = 0;
    const reported = new Set<string>();
    const templates = new TemplatedCommentDetector();
    room.onObservation((o) => {
      if (o.kind !== 'chat') return;
      chatSince++;
      // masked nicknames ("花*****") are not identities: count distinct messages instead
      const who = o.author && !o.author.includes('*') ? o.author : o.id;
      const run = templates.add(o.text, who, o.at ?? Date.now());
      if (run) room.addFinding(finding('dataTemplated', o.text, 'templated'));
    });
    room.onInfo((info) => {
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
  return {
    category: 'data_falsification',
    severity: 'notice',
    ruleId: 'R-DATA-20',
    messageKey,
    detector,
    matched: { start: 0, end: text.length, text },
    source: { kind: detector === 'templated' ? 'chat' : 'host', text },
  };
}
