/** The error text the background returns when storage is full; the UI shows complaintQuota for it. */
export const QUOTA_ERROR = 'quota_exceeded';
