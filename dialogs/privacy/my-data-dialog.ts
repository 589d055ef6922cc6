import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import { readableSummary } from './my-data-export.js';

/**
 * `mijn gegevens downloaden`: anyone Koppel knows (student, company contact) gets everything it keeps
 * about them as two files in their own chat: JSON to keep, a readable summary to read.
 */
export const downloadMyData: Handler = async (turn, services) => {
  const x = textsFor(turn.language).privacy.myData;
  const exported = await services.personalData.export(turn.person);
  if (exported.data.roles.length === 0 && exported.data.reports.length === 0) return [{ kind: 'text', text: x.unknown }];
  const day = exported.at.slice(0, 10);
  return [
    { kind: 'text', text: x.ready },
    { kind: 'file', name: `koppel-gegevens-${day}.json`, mediaType: 'application/json', content: `${JSON.stringify(exported.data, null, 2)}\n`, description: x.jsonDescription },
    { kind: 'file', name: `koppel-gegevens-${day}.txt`, mediaType: 'text/plain', content: readableSummary(exported.data, turn.language, exported.at), description: x.summaryDescription },
  ];
};
