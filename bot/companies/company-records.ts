// Turns checked company data into stored records: opaque ids, never derived from names.
import { randomBytes } from 'node:crypto';
import { Company } from '../domain/company.js';
import type { NewCompany } from './company-csv.js';

export function newCompanyId(): string {
  return `cmp_${randomBytes(8).toString('hex')}`;
}

export function newLocationId(): string {
  return `loc_${randomBytes(8).toString('hex')}`;
}

/** Parsed by the domain schema, so defaults added there later apply to new companies too. */
export function toCompany(company: NewCompany, id: string): Company {
  return Company.parse({
    id,
    name: company.name,
    sbbNumber: company.sbbNumber,
    ...(company.kvkNumber !== undefined ? { kvkNumber: company.kvkNumber } : {}),
    // No coordinates: travel estimates use the municipality's centre, from the gazetteer of the day.
    locations: company.locations.map((l) => ({ id: newLocationId(), label: l.label, postcodeArea: l.postcodeArea, municipality: l.municipality })),
    contacts: company.contacts,
    pendingContactEmails: company.pendingContactEmails,
  });
}
