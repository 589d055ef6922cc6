// What a coordinator is told about an import of students or companies, as a code with the values
// it needs; the sentences, Dutch and English, are in dialogs/texts/import-messages-*.ts, each saying
// what is wrong and what to do about it. Typed end to end: a code without a text, or a text that
// wants other values, does not compile.

/** The values each message needs, by its code. */
export interface ImportMessageValues {
  // Problems with the file as a whole (reported on line 0).
  'file.empty': [];
  'file.noRows': [];
  'file.tooLarge': [maxMegabytes: number];
  'file.tooManyRows': [rows: number, max: number];
  'file.notText': [];
  // Problems with the header row (line 1).
  'header.noKnownColumns': [expected: readonly string[]];
  'header.missingColumn': [nl: string, en: string];
  'header.missingIdentityColumn': [];
  'header.unknownColumn': [name: string, known: readonly string[]];
  'header.duplicateColumn': [name: string];
  // Problems that break the CSV structure itself.
  'structure.columnCount': [got: number, expected: number];
  'structure.quote': [];
  'structure.headerUnreadable': [];
  'structure.unreadable': [];
  // Problems with one value in one row.
  'row.studentNumberMissing': [];
  'row.studentNumberInvalid': [value: string];
  'row.programmeMissing': [];
  'row.programmeInvalid': [value: string];
  'row.programmeNotInRound': [code: string, roundCodes: readonly string[]];
  'row.programmeNotInCatalogue': [code: string];
  'row.identityMissing': [];
  'row.teamsIdInvalid': [value: string];
  'row.emailInvalid': [value: string];
  'row.nameInvalid': [];
  'row.yesNoInvalid': [column: string, value: string];
  'row.languageInvalid': [value: string];
  // Values that must be unique within the round.
  'duplicate.inFile': [what: FieldName, value: string, firstLine: number, line: number];
  'duplicate.inRound': [what: FieldName, value: string];
  // Refusals of the import as a whole: the coded ImportErrors.
  'refusal.roundNotFound': [roundId: string];
  'refusal.roundNotOpen': [status: string];
  'refusal.emailNotStored': [];
  // The company import's file as a whole.
  'companyFile.empty': [];
  'companyFile.noRows': [];
  'companyFile.tooManyRows': [rows: number, max: number];
  'companyFile.headerUnreadable': [];
  'companyFile.noKnownColumns': [expected: readonly string[]];
  // Problems with one value; the same messages serve a CSV row and the registration card.
  'companyValue.nameMissing': [];
  'companyValue.nameInvalid': [];
  'companyValue.sbbMissing': [];
  'companyValue.sbbInvalid': [value: string];
  'companyValue.kvkInvalid': [value: string];
  'companyValue.labelInvalid': [];
  'companyValue.postcodeMissing': [];
  'companyValue.postcodeInvalid': [value: string];
  'companyValue.municipalityMissing': [];
  'companyValue.municipalityInvalid': [];
  // Conflicts with other rows or with what Koppel already holds.
  'companyConflict.sbbTaken': [sbb: string, name: string];
  'companyConflict.nameDiffers': [sbb: string, name: string, firstLine: number];
  'companyConflict.kvkDiffers': [sbb: string, kvk: string, firstLine: number];
  'companyConflict.locationTwice': [label: string, firstLine: number];
  'companyConflict.contactKnown': [value: string];
  'companyConflict.contactInTwoCompanies': [value: string, firstLine: number];
  // Saved all the same, but worth knowing.
  'companyWarning.postcodeElsewhere': [postcode: string, place: string, municipality: string];
  'companyWarning.municipalityUnknown': [municipality: string];
  'companyWarning.noContact': [name: string];
}

export type ImportMessageCode = keyof ImportMessageValues;

/** One message: its code and its values. */
export type ImportMessage = { [C in ImportMessageCode]: { readonly code: C; readonly values: ImportMessageValues[C] } }[ImportMessageCode];

function say<C extends ImportMessageCode>(code: C, ...values: ImportMessageValues[C]): ImportMessage {
  return { code, values } as ImportMessage;
}

/** The values that must be unique, as a duplicate's message names them. */
export type FieldName = 'studentNumber' | 'teamsId' | 'email';
export const fieldNames = { studentNumber: 'studentNumber', teamsId: 'teamsId', email: 'email' } as const satisfies Record<FieldName, FieldName>;

/** Problems with the file as a whole (reported on line 0). */
export const fileMessages = {
  empty: () => say('file.empty'),
  noRows: () => say('file.noRows'),
  tooLarge: (maxMegabytes: number) => say('file.tooLarge', maxMegabytes),
  tooManyRows: (rows: number, max: number) => say('file.tooManyRows', rows, max),
  notText: () => say('file.notText'),
};

/** Problems with the header row (line 1). */
export const headerMessages = {
  noKnownColumns: (expected: readonly string[]) => say('header.noKnownColumns', expected),
  missingColumn: (nl: string, en: string) => say('header.missingColumn', nl, en),
  missingIdentityColumn: () => say('header.missingIdentityColumn'),
  unknownColumn: (name: string, known: readonly string[]) => say('header.unknownColumn', name, known),
  duplicateColumn: (name: string) => say('header.duplicateColumn', name),
};

/** Problems that break the CSV structure itself. */
export const structureMessages = {
  columnCount: (got: number, expected: number) => say('structure.columnCount', got, expected),
  quote: () => say('structure.quote'),
  headerUnreadable: () => say('structure.headerUnreadable'),
  unreadable: () => say('structure.unreadable'),
};

/** Problems with one value in one row. */
export const rowMessages = {
  studentNumberMissing: () => say('row.studentNumberMissing'),
  studentNumberInvalid: (value: string) => say('row.studentNumberInvalid', value),
  programmeMissing: () => say('row.programmeMissing'),
  programmeInvalid: (value: string) => say('row.programmeInvalid', value),
  programmeNotInRound: (code: string, roundCodes: readonly string[]) => say('row.programmeNotInRound', code, roundCodes),
  programmeNotInCatalogue: (code: string) => say('row.programmeNotInCatalogue', code),
  identityMissing: () => say('row.identityMissing'),
  teamsIdInvalid: (value: string) => say('row.teamsIdInvalid', value),
  emailInvalid: (value: string) => say('row.emailInvalid', value),
  nameInvalid: () => say('row.nameInvalid'),
  yesNoInvalid: (column: string, value: string) => say('row.yesNoInvalid', column, value),
  languageInvalid: (value: string) => say('row.languageInvalid', value),
};

/** Values that must be unique within the round. */
export const duplicateMessages = {
  inFile: (what: FieldName, value: string, firstLine: number, line: number) => say('duplicate.inFile', what, value, firstLine, line),
  inRound: (what: FieldName, value: string) => say('duplicate.inRound', what, value),
};

/** Refusals of the import as a whole: the coded ImportErrors. */
export const refusalMessages = {
  roundNotFound: (roundId: string) => say('refusal.roundNotFound', roundId),
  roundNotOpen: (status: string) => say('refusal.roundNotOpen', status),
  emailNotStored: () => say('refusal.emailNotStored'),
};

/** The company import's file as a whole. */
export const companyFileMessages = {
  empty: () => say('companyFile.empty'),
  noRows: () => say('companyFile.noRows'),
  tooManyRows: (rows: number, max: number) => say('companyFile.tooManyRows', rows, max),
  headerUnreadable: () => say('companyFile.headerUnreadable'),
  noKnownColumns: (expected: readonly string[]) => say('companyFile.noKnownColumns', expected),
};

/** Problems with one value; the same messages serve a CSV row and the registration card. */
export const companyValueMessages = {
  nameMissing: () => say('companyValue.nameMissing'),
  nameInvalid: () => say('companyValue.nameInvalid'),
  sbbMissing: () => say('companyValue.sbbMissing'),
  sbbInvalid: (value: string) => say('companyValue.sbbInvalid', value),
  kvkInvalid: (value: string) => say('companyValue.kvkInvalid', value),
  labelInvalid: () => say('companyValue.labelInvalid'),
  postcodeMissing: () => say('companyValue.postcodeMissing'),
  postcodeInvalid: (value: string) => say('companyValue.postcodeInvalid', value),
  municipalityMissing: () => say('companyValue.municipalityMissing'),
  municipalityInvalid: () => say('companyValue.municipalityInvalid'),
};

/** Conflicts with other rows or with what Koppel already holds. */
export const companyConflictMessages = {
  sbbTaken: (sbb: string, name: string) => say('companyConflict.sbbTaken', sbb, name),
  nameDiffers: (sbb: string, name: string, firstLine: number) => say('companyConflict.nameDiffers', sbb, name, firstLine),
  kvkDiffers: (sbb: string, kvk: string, firstLine: number) => say('companyConflict.kvkDiffers', sbb, kvk, firstLine),
  locationTwice: (label: string, firstLine: number) => say('companyConflict.locationTwice', label, firstLine),
  contactKnown: (value: string) => say('companyConflict.contactKnown', value),
  contactInTwoCompanies: (value: string, firstLine: number) => say('companyConflict.contactInTwoCompanies', value, firstLine),
};

/** Saved all the same, but worth knowing. */
export const companyWarningMessages = {
  postcodeElsewhere: (postcode: string, place: string, municipality: string) => say('companyWarning.postcodeElsewhere', postcode, place, municipality),
  municipalityUnknown: (municipality: string) => say('companyWarning.municipalityUnknown', municipality),
  noContact: (name: string) => say('companyWarning.noContact', name),
};
