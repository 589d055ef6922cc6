// The school's contact person of a round on the round's cards (ronde nieuw, ronde wijzigen): three
// optional fields, checked together here so each error sits next to its own field.
import { SCHOOL_CONTACT_LIMITS as L, SchoolContact } from '../../bot/domain/round.js';
import type { Field } from '../form.js';
import type { Texts } from '../texts/index.js';

type Typed = Record<string, unknown> | undefined;

export function contactFields(t: Texts, current: SchoolContact | undefined, typed: Typed): Field[] {
  const x = t.coordinator.newRound;
  const value = (id: string, fallback: string | undefined) => (typeof typed?.[id] === 'string' ? (typed[id] as string) : fallback);
  return [
    { kind: 'text', id: 'contactName', label: x.contactName, help: x.contactHelp, maxLength: L.name, value: value('contactName', current?.name) },
    { kind: 'text', id: 'contactEmail', label: x.contactEmail, maxLength: L.email, value: value('contactEmail', current?.email) },
    { kind: 'text', id: 'contactPhone', label: x.contactPhone, maxLength: L.phone, value: value('contactPhone', current?.phone) },
  ];
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** All three empty: no contact given. Otherwise a name and a way to reach them, each valid. */
export function parseContact(values: Record<string, unknown>, t: Texts): { ok: true; contact?: SchoolContact } | { ok: false; errors: Record<string, string> } {
  const x = t.coordinator.newRound;
  const name = blank(values.contactName);
  const email = blank(values.contactEmail);
  const phone = blank(values.contactPhone);
  if (!name && !email && !phone) return { ok: true };
  const errors: Record<string, string> = {};
  if (!name) errors.contactName = x.contactNameMissing;
  if (!email && !phone) errors.contactEmail = x.contactReachMissing;
  const shape = SchoolContact.safeParse({ name: name ?? 'x', ...(email ? { email } : {}), ...(phone ? { phone } : {}) });
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const field = issue.path[0];
      if (field === 'email') errors.contactEmail ??= x.contactEmailInvalid;
      if (field === 'phone') errors.contactPhone ??= x.contactPhoneInvalid;
      if (field === 'name') errors.contactName ??= x.contactNameMissing;
    }
  }
  if (Object.keys(errors).length > 0 || !shape.success) return { ok: false, errors };
  return { ok: true, contact: { ...shape.data, name: name! } };
}
