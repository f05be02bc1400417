/** the named checks a rule form may ask of its match (lib/detect/form-checks.ts; one list for the schema and the code) */
export const FORM_CHECK_NAMES = ['later_lower', 'price_then_reference', 'was_now_price', 'written_whole'] as const;
export type FormCheckName = (typeof FORM_CHECK_NAMES)[number];
