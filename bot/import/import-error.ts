// Refusals of an import as a whole, as codes; import-messages.ts says them to the coordinator.
import { refusalMessages, type Bilingual } from './import-messages.js';

export type ImportErrorCode = 'IMPORT_ROUND_NOT_FOUND' | 'IMPORT_ROUND_NOT_OPEN' | 'IMPORT_EMAIL_NOT_STORED';

export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    /** What the coordinator reads; ids and statuses only, never a student's name. */
    readonly userMessage: Bilingual,
  ) {
    super(`${code}: ${userMessage.en}`);
  }

  static roundNotFound(roundId: string): ImportError {
    return new ImportError('IMPORT_ROUND_NOT_FOUND', refusalMessages.roundNotFound(roundId));
  }

  static roundNotOpen(status: string): ImportError {
    return new ImportError('IMPORT_ROUND_NOT_OPEN', refusalMessages.roundNotOpen(status));
  }

  static emailNotStored(): ImportError {
    return new ImportError('IMPORT_EMAIL_NOT_STORED', refusalMessages.emailNotStored());
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
