import type { Offer } from '../domain/offer.js';
import type { RefusalReason } from '../domain/placement.js';

// The follow-up's fixed rules in one place, so that the cards, the status and the tests say the same.

/** Days after the release (or a reminder) before a student who has not acknowledged their place is reminded. */
export const ACKNOWLEDGE_REMINDER_DAYS = 3;

/** A student whose place fell through hears of a new place within this many days: the card says by which date. */
export const NEW_PLACE_WITHIN_DAYS = 10;

/** A company that refused more students than this in a year is flagged to the coordinators for a conversation (never blocked). */
export const REFUSALS_BEFORE_FLAG = 2;
export const REFUSAL_FLAG_WINDOW_DAYS = 365;

/** At most this many moments for an introduction meeting on one card. */
export const MAX_MEETING_MOMENTS = 3;

export const DAY_MS = 86_400_000;

/** Days before the internship starts when a student whose VOG is not arranged yet is reminded (once). */
export const VOG_REMINDER_DAYS = 14;

/**
 * What an upheld refusal does to the offer: no place after all takes one place away, no supervisor one
 * supervision slot; the other reasons leave the capacity for the next student.
 */
export function capacityAfterRefusal(offer: Pick<Offer, 'places' | 'supervisionCapacity'>, reason: RefusalReason): Pick<Offer, 'places' | 'supervisionCapacity'> {
  if (reason === 'no-place') return { places: Math.max(0, offer.places - 1), supervisionCapacity: offer.supervisionCapacity };
  if (reason === 'no-supervisor') return { places: offer.places, supervisionCapacity: Math.max(0, offer.supervisionCapacity - 1) };
  return { places: offer.places, supervisionCapacity: offer.supervisionCapacity };
}
