/**
 * Built-in API URL: production by default; demo/test builds override it at build time with
 * WXT_LIVEGUARD_API_URL. The viewer can also set another server in the options (stored).
 */
export const PRODUCTION_API_URL = 'https://api.liveguard.app';
const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
export const DEFAULT_API_URL: string = env.WXT_LIVEGUARD_API_URL || PRODUCTION_API_URL;
