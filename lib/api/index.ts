/**
 * The ONE contract of the companion API (design.md): the server validates requests with these
 * schemas, the extension parses responses with them.
 */
import { z } from 'zod';

export * from './envelope';
export * from './delta';
export * from './credit';
export * from './reports';
export * from './admin';
export * from './reset';

export const API_PATHS = {
  health: '/healthz',
  bundle: '/v1/bundle',
  bundleReset: '/v1/bundle/reset',
  credit: (prefix: string) => `/v1/credit/${prefix}`,
  reports: '/v1/reports',
  adminPublish: '/v1/admin/bundle',
  adminBlacklist: '/v1/admin/blacklist',
  adminCredit: '/v1/admin/credit',
} as const;

/** Every 4xx/5xx body: a machine code plus a human reason. */
export const ErrorBodySchema = z.object({ error: z.string(), reason: z.string() }).strict();
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const HealthSchema = z.object({ ok: z.literal(true), version: z.number().int().nonnegative() }).strict();
export * from './static-export';
