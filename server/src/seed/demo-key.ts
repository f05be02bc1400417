/**
 * DEMO-ONLY signing key pair. Committed on purpose so `npm start` and the e2e tests work with no
 * set-up: the server uses it only when LIVEGUARD_SEED_DEMO=1 (or tests ask for it), and only a
 * build made with WXT_LIVEGUARD_BUNDLE_PUBKEY=DEMO_PUBLIC_KEY trusts it. Release builds embed the
 * production public key (lib/bundle/public-key.ts), whose private half is never in the repo, so
 * a bundle signed with this demo key is refused by every released extension.
 */
export const DEMO_PRIVATE_KEY = '/4zs9IwPQ6lxCJQk62Sf208qoAtvXe/yIAvIRf3hObc=';
export const DEMO_PUBLIC_KEY = 'mO1E2zx4pZuRSbsyKvNFS6GQ4aURkEZo2AUYD9z2c1A=';
