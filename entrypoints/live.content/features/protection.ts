/** Guardian protection mode on a room (R-MINOR-10/12); the logic lives in lib/protection. */
import type { RoomFeature } from '@/lib/room/room';
import { initProtection } from '@/lib/protection/content/feature';

export const protection: RoomFeature = {
  id: 'protection',
  init(room, signal) {
    initProtection(room, signal);
  },
};
