/**
 * The only hosts LiveGuard runs on (no <all_urls>), derived from the site descriptors (issue 17).
 * Used by the manifest (content-script matches, host permissions) and by the background.
 */
export { LIVE_SITE_MATCHES } from './descriptors';
