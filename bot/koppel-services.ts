import type { Catalogue } from './catalogue/index.js';
import { loadDefaultGazetteer } from './geo/gazetteer.js';
import { formatImportReport, importStudents, isImportError } from './import/import-students.js';
import { createIntakeService } from './intake/intake-service.js';
import { coachWish } from './intake/wish-coach.js';
import type { KoppelData } from './koppel-data.js';
import type { Notifier } from './notifications.js';
import { removeStudent } from './people-removal.js';
import { createPeopleService } from './people-service.js';
import { createRoundService } from './rounds/round-service.js';
import type { DocumentStore } from './store/index.js';

export interface KoppelServicesOptions {
  store: DocumentStore<KoppelData>;
  catalogue: Catalogue;
  coordinators: readonly string[];
  notifier: Notifier;
  now: () => Date;
}

/** Every domain service the conversations use, built once on one store and one clock. */
export function createKoppelServices({ store, catalogue, coordinators, notifier, now }: KoppelServicesOptions) {
  const people = createPeopleService(store, coordinators, now);
  const gazetteer = loadDefaultGazetteer();
  const notifyCoordinators = async (notification: Parameters<Notifier['notify']>[1]) => {
    for (const userId of coordinators) await notifier.notify({ platform: 'teams', userId }, notification);
  };
  const rounds = createRoundService(store, catalogue, notifier, now);
  return {
    ...people,
    linkByEmail: async (person: Parameters<typeof people.linkByEmail>[0], emails: readonly string[]) => {
      const studentId = await people.linkByEmail(person, emails);
      if (studentId) await rounds.welcomeLate(studentId);
      return studentId;
    },
    rounds,
    intake: createIntakeService({ store, catalogue, gazetteer, checkWish: coachWish, now, notifyCoordinators }),
    coachWish,
    municipalities: () => gazetteer.names(),
    programmes: () => catalogue.programmes,
    removeStudent: (studentNumber: string, actorId: string) => removeStudent(store, studentNumber, actorId, now()),
    importStudents: async (roundId: string, csv: string, actorId: string, language: 'nl' | 'en') => {
      try {
        const report = await importStudents(store, { roundId, csv, actorId, catalogue, now: now() });
        return { ok: report.ok, message: formatImportReport(report, language) };
      } catch (error) {
        if (isImportError(error)) return { ok: false, message: error.userMessage[language] };
        throw error;
      }
    },
  };
}
