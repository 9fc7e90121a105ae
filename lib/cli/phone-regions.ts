/**
 * The regions whose national phone formats the phone detector understands (ISO 3166 alpha-2):
 * generate-detector-data.ts keeps their metadata, and `scan --region` accepts only these.
 */
export const phoneRegions = ['NL', 'BE', 'DE', 'FR', 'GB', 'US', 'CA', 'ES', 'IT', 'IN'];
