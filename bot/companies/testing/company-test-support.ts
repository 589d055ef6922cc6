// Shared fixtures for the company tests: a store, the shipped gazetteer, and files to read.
import { loadDefaultGazetteer } from '../../geo/gazetteer.js';
import { emptyKoppelData, KoppelView } from '../../koppel-data.js';
import { Company } from '../../domain/company.js';
import { Student } from '../../domain/student.js';
import { type KoppelStore, openMemoryKoppelStore } from '../../store/index.js';

export const gazetteer = loadDefaultGazetteer();
export const now = new Date('2026-11-22T10:00:00Z');
export const AAD_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

export function openStore(fill: (data: KoppelView) => void = () => undefined): KoppelStore {
  const data = emptyKoppelData();
  fill(data);
  return openMemoryKoppelStore(data);
}

export function storedCompany(overrides: Partial<Company> = {}): Company {
  return Company.parse({
    id: 'cmp_old', name: 'Zorggroep Maas', sbbNumber: '7000001',
    locations: [{ id: 'loc_old', label: 'Hoofdlocatie', postcodeArea: '3011', municipality: 'Rotterdam' }],
    contacts: [{ platform: 'teams', userId: '29:known-contact' }], pendingContactEmails: ['pending@maas.nl'],
    ...overrides,
  });
}

export function storedStudent(overrides: Partial<Student> = {}): Student {
  return Student.parse({
    id: 'stu_1', roundId: 'r1', studentNumber: '100234', programmeCode: '25655', locale: 'nl',
    identities: [{ platform: 'teams', userId: '29:student' }], pendingEmail: 'student@school.nl', ...overrides,
  });
}

/** Lines joined with CRLF, as Excel on Windows saves them, with a byte-order mark in front. */
export function excelFile(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function counter(prefix = 'cmp_t'): () => string {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}
