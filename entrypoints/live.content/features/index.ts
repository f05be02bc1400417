/** Room features, one file each (design.md). Each gets the room and dies with its signal. */
import type { RoomFeature } from '@/lib/room/room';
import { dataSignals } from './data-signals';
import { protection } from './protection';
import { complaintFiling } from './complaint-filing';
import { credit } from './credit';
import { priceHistory } from './price-history';
import { seller } from './seller';
import { roomChart } from './room-chart';

export const FEATURES: RoomFeature[] = [dataSignals, protection, complaintFiling, credit, priceHistory, seller, roomChart];
