// Refusals of an import as a whole, as codes; the coordinator reads them in their own language
// (dialogs/texts/import-messages-*.ts).
import { refusalMessages, type ImportMessage } from './import-messages.js';

export type ImportErrorCode = 'IMPORT_ROUND_NOT_FOUND' | 'IMPORT_ROUND_NOT_OPEN' | 'IMPORT_EMAIL_NOT_STORED';

export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    /** What the coordinator is told; ids and statuses only, never a student's name. */
    readonly refusal: ImportMessage,
  ) {
    super(code);
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
