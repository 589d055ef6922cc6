// Shared fixtures for the import tests: a round over two example programmes, and files to read.
import { Round } from '../../domain/round.js';

export function testRound(overrides: Partial<Round> = {}): Round {
  return Round.parse({
    id: 'r1', name: 'BPV voorjaar 2027', programmeCodes: ['90001', '90003'], mechanism: 'school', status: 'open',
    wishesDeadline: '2027-01-15T17:00:00+01:00', offersDeadline: '2027-01-22T17:00:00+01:00', releaseAt: '2027-02-01T09:00:00+01:00',
    internshipStart: '2027-02-15', seed: 'seed-1', createdBy: 'coord-1', createdAt: '2026-11-01T10:00:00+01:00',
    ...overrides,
  });
}

export const AAD_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** Lines joined with CRLF, as Excel on Windows saves them, with a byte-order mark in front. */
export function excelFile(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvLines(header: string, rows: string[]): string {
  return [header, ...rows].join('\n');
}
