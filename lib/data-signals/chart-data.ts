/**
 * What the chart page accepts (issue 18 item 5): the RoomSeriesData the content script puts in the
 * frame's URL fragment, checked here so a malformed or oversized fragment shows an error, not a
 * broken chart. Only the chart page imports this (zod stays out of the content script).
 */
import { z } from 'zod';
import type { RoomSeriesData } from './room-series';

const MAX_POINTS = 400;
const Count = z.number().finite().nonnegative().nullable();

export const RoomSeriesDataSchema = z
  .object({
    v: z.literal(1),
    t: z.array(z.number().int().nonnegative()).max(MAX_POINTS),
    viewers: z.array(Count).max(MAX_POINTS),
    likes: z.array(Count).max(MAX_POINTS),
    chatPerMin: z.array(z.number().finite().nonnegative()).max(MAX_POINTS),
    marks: z.array(z.object({ t: z.number().int().nonnegative(), kind: z.string().max(40) }).strict()).max(100),
  })
  .strict()
  .refine((d) => d.viewers.length === d.t.length && d.likes.length === d.t.length && d.chatPerMin.length === d.t.length, 'every series has one value per time');

/** the fragment (without '#') back to data; throws with a plain message when it is not ours */
export function decodeSeries(fragment: string): RoomSeriesData {
  let raw: unknown;
  try {
    raw = JSON.parse(decodeURIComponent(fragment));
  } catch {
    throw new Error('chart data is not JSON');
  }
  return RoomSeriesDataSchema.parse(raw) satisfies RoomSeriesData;
}
