// Every text a coordinator can see from the student import, Dutch first with English beside it,
// so both stay in step. Each message says what is wrong and what to do about it.

export interface Bilingual {
  nl: string;
  en: string;
}

export type Language = keyof Bilingual;

const list = (values: readonly string[]): string => values.join(', ');
const count = (n: number): string => n.toLocaleString('nl-NL');
const countEn = (n: number): string => n.toLocaleString('en-GB');

/** Problems with the file as a whole (reported on line 0). */
export const fileMessages = {
  empty: (): Bilingual => ({
    nl: 'Het bestand is leeg. Plak of upload een CSV met een kopregel en één regel per student.',
    en: 'The file is empty. Paste or upload a CSV with a header row and one row per student.',
  }),
  noRows: (): Bilingual => ({
    nl: 'Het bestand heeft alleen een kopregel. Zet onder de kopregel één regel per student.',
    en: 'The file only has a header row. Add one row per student below the header.',
  }),
  tooLarge: (maxMegabytes: number): Bilingual => ({
    nl: `Het bestand is groter dan ${maxMegabytes} MB. Splits de lijst en importeer de delen na elkaar.`,
    en: `The file is larger than ${maxMegabytes} MB. Split the list and import the parts one after another.`,
  }),
  tooManyRows: (rows: number, max: number): Bilingual => ({
    nl: `Het bestand heeft ${count(rows)} studenten; per keer kunnen er maximaal ${count(max)}. Splits de lijst en importeer de delen na elkaar.`,
    en: `The file has ${countEn(rows)} students; at most ${countEn(max)} can be imported at once. Split the list and import the parts one after another.`,
  }),
  notText: (): Bilingual => ({
    nl: 'Dit is geen CSV-bestand (het lijkt op bijvoorbeeld een Excel- of pdf-bestand). Kies in Excel "Opslaan als" > "CSV (gescheiden door lijstscheidingsteken)" en probeer het opnieuw.',
    en: 'This is not a CSV file (it looks like, for example, an Excel or PDF file). In Excel choose "Save as" > "CSV (comma delimited)" and try again.',
  }),
};

/** Problems with the header row (line 1). */
export const headerMessages = {
  noKnownColumns: (expected: readonly string[]): Bilingual => ({
    nl: `De eerste regel moet de kolomnamen bevatten, maar ik herken er geen. Gebruik: ${list(expected)}.`,
    en: `The first row must hold the column names, but I recognise none of them. Use: ${list(expected)}.`,
  }),
  missingColumn: (nl: string, en: string): Bilingual => ({
    nl: `De kolom ${nl} ontbreekt in de kopregel. Voeg die kolom toe.`,
    en: `The column ${en} is missing from the header row. Add that column.`,
  }),
  missingIdentityColumn: (): Bilingual => ({
    nl: 'De kopregel heeft geen kolom teams_id of email. Voeg er minstens één toe, zodat Koppel de student kan herkennen.',
    en: 'The header row has no teams_id or email column. Add at least one, so Koppel can recognise the student.',
  }),
  unknownColumn: (name: string, known: readonly string[]): Bilingual => ({
    nl: `De kolom "${name}" ken ik niet. Verwijder hem (Koppel bewaart alleen wat nodig is) of gebruik een van: ${list(known)}.`,
    en: `I don't know the column "${name}". Remove it (Koppel keeps only what it needs) or use one of: ${list(known)}.`,
  }),
  duplicateColumn: (name: string): Bilingual => ({
    nl: `De kolom ${name} staat twee keer in de kopregel. Houd er één over.`,
    en: `The column ${name} appears twice in the header row. Keep only one.`,
  }),
};

/** Problems that break the CSV structure itself. */
export const structureMessages = {
  columnCount: (got: number, expected: number): Bilingual => ({
    nl: `Deze regel heeft ${got} waarden, de kopregel ${expected} kolommen. Controleer scheidingstekens (; of ,) en aanhalingstekens.`,
    en: `This row has ${got} values, the header row ${expected} columns. Check the separators (; or ,) and quotes.`,
  }),
  quote: (): Bilingual => ({
    nl: 'Hier klopt een aanhalingsteken (") niet: het wordt niet gesloten of staat midden in een waarde. Herstel dit eerst; regels daarna zijn nog niet gecontroleerd.',
    en: 'A quote (") is wrong here: it is never closed or sits in the middle of a value. Fix this first; rows after it have not been checked yet.',
  }),
  headerUnreadable: (): Bilingual => ({
    nl: 'De eerste regel kan ik niet lezen als CSV. Die regel moet de kolomnamen bevatten, gescheiden door ; of , (bijvoorbeeld studentnummer;opleiding;teams_id;naam).',
    en: 'I cannot read the first row as CSV. It must hold the column names, separated by ; or , (for example student_number,programme,teams_id,name).',
  }),
  unreadable: (): Bilingual => ({
    nl: 'Deze regel kan ik niet lezen als CSV. Sla het bestand opnieuw op als CSV en probeer het nog eens.',
    en: 'I cannot read this row as CSV. Save the file as CSV again and try once more.',
  }),
};

/** Problems with one value in one row. */
export const rowMessages = {
  studentNumberMissing: (): Bilingual => ({
    nl: 'studentnummer ontbreekt',
    en: 'student number is missing',
  }),
  studentNumberInvalid: (value: string): Bilingual => ({
    nl: `studentnummer "${value}" mag alleen cijfers en letters bevatten, zonder spaties, en hoogstens 20 tekens`,
    en: `student number "${value}" may hold only digits and letters, no spaces, and at most 20 characters`,
  }),
  programmeMissing: (): Bilingual => ({
    nl: 'opleiding (crebocode) ontbreekt',
    en: 'programme (crebo code) is missing',
  }),
  programmeInvalid: (value: string): Bilingual => ({
    nl: `opleiding "${value}" is geen crebocode; een crebocode heeft 5 cijfers, bijvoorbeeld 25655`,
    en: `programme "${value}" is not a crebo code; a crebo code has 5 digits, for example 25655`,
  }),
  programmeNotInRound: (code: string, roundCodes: readonly string[]): Bilingual => ({
    nl: `opleiding ${code} hoort niet bij deze ronde (wel: ${list(roundCodes)})`,
    en: `programme ${code} is not part of this round (these are: ${list(roundCodes)})`,
  }),
  programmeNotInCatalogue: (code: string): Bilingual => ({
    nl: `opleiding ${code} staat niet in de opleidingencatalogus van de school; vraag de beheerder van Koppel om hem toe te voegen`,
    en: `programme ${code} is not in the school's programme catalogue; ask Koppel's administrator to add it`,
  }),
  identityMissing: (): Bilingual => ({
    nl: 'geen Teams-id en geen e-mailadres; vul er minstens één in, zodat Koppel de student kan herkennen',
    en: 'no Teams id and no e-mail address; fill in at least one, so Koppel can recognise the student',
  }),
  teamsIdInvalid: (value: string): Bilingual => ({
    nl: `Teams-id "${value}" herken ik niet; gebruik de Teams-gebruikers-id (begint met 29:) of de Azure AD object-id (zoals 1a2b3c4d-…)`,
    en: `I don't recognise Teams id "${value}"; use the Teams user id (starts with 29:) or the Azure AD object id (like 1a2b3c4d-…)`,
  }),
  emailInvalid: (value: string): Bilingual => ({
    nl: `"${value}" is geen geldig e-mailadres of UPN (zoals naam@school.nl)`,
    en: `"${value}" is not a valid e-mail address or UPN (like name@school.nl)`,
  }),
  nameInvalid: (): Bilingual => ({
    nl: 'naam is te lang (hoogstens 120 tekens) of bevat een onzichtbaar stuurteken',
    en: 'name is too long (at most 120 characters) or holds an invisible control character',
  }),
  yesNoInvalid: (column: string, value: string): Bilingual => ({
    nl: `${column} "${value}" is geen ja of nee; vul ja of nee in (of laat leeg, dan vraagt Koppel het de student zelf)`,
    en: `${column} "${value}" is not yes or no; fill in yes or no (or leave it empty, and Koppel asks the student)`,
  }),
  languageInvalid: (value: string): Bilingual => ({
    nl: `taal "${value}" ken ik niet; gebruik nl of en (of laat leeg voor nl)`,
    en: `I don't know language "${value}"; use nl or en (or leave it empty for nl)`,
  }),
};

/** Values that must be unique within the round. */
export const duplicateMessages = {
  inFile: (what: Bilingual, value: string, firstLine: number, line: number): Bilingual => ({
    nl: `${what.nl} ${value} staat twee keer in het bestand (regel ${firstLine} en ${line}); houd één regel over`,
    en: `${what.en} ${value} appears twice in the file (lines ${firstLine} and ${line}); keep one row`,
  }),
  inRound: (what: Bilingual, value: string): Bilingual => ({
    nl: `${what.nl} ${value} zit al in deze ronde; haal de regel weg`,
    en: `${what.en} ${value} is already in this round; remove the row`,
  }),
};

export const fieldNames = {
  studentNumber: { nl: 'studentnummer', en: 'student number' },
  teamsId: { nl: 'Teams-id', en: 'Teams id' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
} satisfies Record<string, Bilingual>;

/** Refusals of the import as a whole: the coded ImportErrors. */
export const refusalMessages = {
  roundNotFound: (roundId: string): Bilingual => ({
    nl: `${roundId ? `Ronde ${roundId}` : 'Die ronde'} bestaat niet. Kies een bestaande ronde.`,
    en: `${roundId ? `Round ${roundId}` : 'That round'} does not exist. Choose an existing round.`,
  }),
  roundNotOpen: (status: string): Bilingual => ({
    nl: `Deze ronde heeft status "${status}"; studenten importeren kan alleen in een ronde met status concept (draft) of open.`,
    en: `This round has status "${status}"; students can only be imported into a round in status draft or open.`,
  }),
  emailNotStored: (): Bilingual => ({
    nl: 'Koppel kan e-mailadressen van studenten nog niet bewaren. Importeer voorlopig met een kolom teams_id, zonder kolom email.',
    en: 'Koppel cannot store student e-mail addresses yet. For now, import with a teams_id column and without an email column.',
  }),
};

/** The chat summary of an import. */
export const reportMessages = {
  imported: (n: number): Bilingual => ({
    nl: n === 1 ? '1 student geïmporteerd.' : `${count(n)} studenten geïmporteerd.`,
    en: n === 1 ? 'Imported 1 student.' : `Imported ${countEn(n)} students.`,
  }),
  rejected: (n: number): Bilingual => ({
    nl: `Niets geïmporteerd: het bestand heeft ${n === 1 ? '1 probleem' : `${count(n)} problemen`}. Verbeter ${n === 1 ? 'het' : 'ze'} en importeer het hele bestand opnieuw.`,
    en: `Nothing was imported: the file has ${n === 1 ? '1 problem' : `${countEn(n)} problems`}. Fix ${n === 1 ? 'it' : 'them'} and import the whole file again.`,
  }),
  line: (line: number): Bilingual => ({ nl: `regel ${line}`, en: `line ${line}` }),
  more: (n: number): Bilingual => ({ nl: `… en nog ${count(n)}`, en: `… and ${countEn(n)} more` }),
};
