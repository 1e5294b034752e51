/**
 * Common places on a garment where a defect is found. The stored `location` is the code for
 * these (so a report can translate it) or the inspector's own words for anything else.
 */
import type { MessageKey, Translate } from '../../app/i18n';

export const GARMENT_LOCATIONS = [
  'collar',
  'placket',
  'front_body',
  'back_body',
  'sleeve',
  'cuff',
  'pocket',
  'hem',
  'waistband',
  'side_seam',
  'crotch',
  'other',
] as const;
export type GarmentLocation = (typeof GARMENT_LOCATIONS)[number];

export const isGarmentLocation = (value: string | null): value is GarmentLocation =>
  (GARMENT_LOCATIONS as readonly (string | null)[]).includes(value);

export const locationKey = (code: GarmentLocation): MessageKey => `defects.location.${code}`;

/** The stored location as the inspector should read it: translated when it is a known code. */
export const locationLabel = (location: string | null, t: Translate): string | null =>
  location === null ? null : isGarmentLocation(location) ? t(locationKey(location)) : location;
