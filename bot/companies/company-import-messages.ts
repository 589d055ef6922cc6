// Every text a coordinator can see from registering companies, Dutch first with English beside it.
// Each message says what is wrong and what to do about it. Generic CSV texts come from bot/import.
import type { Bilingual } from '../import/import-messages.js';

export type { Bilingual, Language } from '../import/import-messages.js';

const list = (values: readonly string[]): string => values.join(', ');
const count = (n: number): string => n.toLocaleString('nl-NL');
const countEn = (n: number): string => n.toLocaleString('en-GB');

export const companyFileMessages = {
  empty: (): Bilingual => ({
    nl: 'Het bestand is leeg. Plak of upload een CSV met een kopregel en één regel per bedrijfslocatie.',
    en: 'The file is empty. Paste or upload a CSV with a header row and one row per company location.',
  }),
  noRows: (): Bilingual => ({
    nl: 'Het bestand heeft alleen een kopregel. Zet onder de kopregel één regel per bedrijfslocatie.',
    en: 'The file only has a header row. Add one row per company location below the header.',
  }),
  tooManyRows: (rows: number, max: number): Bilingual => ({
    nl: `Het bestand heeft ${count(rows)} regels; per keer kunnen er maximaal ${count(max)}. Splits de lijst en importeer de delen na elkaar.`,
    en: `The file has ${countEn(rows)} rows; at most ${countEn(max)} can be imported at once. Split the list and import the parts one after another.`,
  }),
  headerUnreadable: (): Bilingual => ({
    nl: 'De eerste regel kan ik niet lezen als CSV. Die regel moet de kolomnamen bevatten, gescheiden door ; of , (bijvoorbeeld bedrijfsnaam;sbb_nummer;postcode;plaats;contact_email).',
    en: 'I cannot read the first row as CSV. It must hold the column names, separated by ; or , (for example company,sbb,postcode,municipality,email).',
  }),
  noKnownColumns: (expected: readonly string[]): Bilingual => ({
    nl: `De eerste regel moet de kolomnamen bevatten, maar ik herken er geen. Gebruik: ${list(expected)}.`,
    en: `The first row must hold the column names, but I recognise none of them. Use: ${list(expected)}.`,
  }),
};

/** Problems with one value; the same texts serve a CSV row and the registration card. */
export const companyValueMessages = {
  nameMissing: (): Bilingual => ({ nl: 'bedrijfsnaam ontbreekt', en: 'company name is missing' }),
  nameInvalid: (): Bilingual => ({
    nl: 'bedrijfsnaam is te lang (hoogstens 160 tekens) of bevat een onzichtbaar stuurteken',
    en: 'company name is too long (at most 160 characters) or holds an invisible control character',
  }),
  sbbMissing: (): Bilingual => ({
    nl: 'SBB-nummer ontbreekt; alleen erkende leerbedrijven doen mee',
    en: 'SBB number is missing; only recognised host companies take part',
  }),
  sbbInvalid: (value: string): Bilingual => ({
    nl: `SBB-nummer "${value}" klopt niet; een SBB-erkenningsnummer heeft 6 tot 10 cijfers (zie het register op stagemarkt.nl)`,
    en: `SBB number "${value}" is not right; an SBB recognition number has 6 to 10 digits (see the register on stagemarkt.nl)`,
  }),
  kvkInvalid: (value: string): Bilingual => ({
    nl: `KvK-nummer "${value}" klopt niet; een KvK-nummer heeft precies 8 cijfers (Excel haalt soms een 0 vooraan weg: zet de kolom op tekst)`,
    en: `KvK number "${value}" is not right; a KvK number has exactly 8 digits (Excel sometimes drops a leading 0: format the column as text)`,
  }),
  labelInvalid: (): Bilingual => ({
    nl: 'locatienaam is te lang (hoogstens 120 tekens) of bevat een onzichtbaar stuurteken',
    en: 'location name is too long (at most 120 characters) or holds an invisible control character',
  }),
  postcodeMissing: (): Bilingual => ({ nl: 'postcode ontbreekt', en: 'postcode is missing' }),
  postcodeInvalid: (value: string): Bilingual => ({
    nl: `postcode "${value}" klopt niet; schrijf bijvoorbeeld 3011 AB, 3011AB of alleen 3011`,
    en: `postcode "${value}" is not right; write for example 3011 AB, 3011AB or just 3011`,
  }),
  municipalityMissing: (): Bilingual => ({ nl: 'plaats (gemeente) ontbreekt', en: 'municipality is missing' }),
  municipalityInvalid: (): Bilingual => ({
    nl: 'plaats is te lang (hoogstens 80 tekens) of bevat een onzichtbaar stuurteken',
    en: 'municipality is too long (at most 80 characters) or holds an invisible control character',
  }),
};

/** Conflicts with other rows or with what Koppel already holds. */
export const companyConflictMessages = {
  sbbTaken: (sbb: string, name: string): Bilingual => ({
    nl: `SBB-nummer ${sbb} is al geregistreerd (${name}); haal de regels van dit bedrijf weg`,
    en: `SBB number ${sbb} is already registered (${name}); remove the rows of this company`,
  }),
  nameDiffers: (sbb: string, name: string, firstLine: number): Bilingual => ({
    nl: `SBB-nummer ${sbb} staat op regel ${firstLine} bij "${name}"; een bedrijf heeft één naam: gebruik op elke regel dezelfde bedrijfsnaam, of controleer het SBB-nummer`,
    en: `SBB number ${sbb} is given for "${name}" on line ${firstLine}; a company has one name: use the same company name on every row, or check the SBB number`,
  }),
  kvkDiffers: (sbb: string, kvk: string, firstLine: number): Bilingual => ({
    nl: `SBB-nummer ${sbb} heeft op regel ${firstLine} KvK-nummer ${kvk}; gebruik op elke regel van dit bedrijf hetzelfde KvK-nummer`,
    en: `SBB number ${sbb} has KvK number ${kvk} on line ${firstLine}; use the same KvK number on every row of this company`,
  }),
  locationTwice: (label: string, firstLine: number): Bilingual => ({
    nl: `de locatie "${label}" staat al op regel ${firstLine} bij dit bedrijf; geef elke locatie een eigen naam in de kolom locatie`,
    en: `the location "${label}" is already on line ${firstLine} for this company; give each location its own name in the location column`,
  }),
  contactKnown: (value: string): Bilingual => ({
    nl: `${value} is in Koppel al bekend als contactpersoon of student; één account hoort bij één rol, haal de contactpersoon hier weg`,
    en: `${value} is already known in Koppel as a contact or a student; one account has one role, remove the contact here`,
  }),
  contactInTwoCompanies: (value: string, firstLine: number): Bilingual => ({
    nl: `${value} staat op regel ${firstLine} al als contactpersoon van een ander bedrijf; één account hoort bij één bedrijf`,
    en: `${value} is already a contact of another company on line ${firstLine}; one account belongs to one company`,
  }),
};

export const companyWarningMessages = {
  postcodeElsewhere: (postcode: string, place: string, municipality: string): Bilingual => ({
    nl: `postcode ${postcode} ligt in ${place}, niet in ${municipality}; Koppel rekent de reistijd vanaf ${municipality} (de locatie is wel opgeslagen): controleer postcode en plaats`,
    en: `postcode ${postcode} is in ${place}, not in ${municipality}; Koppel estimates travel from ${municipality} (the location is saved anyway): check the postcode and the place`,
  }),
  municipalityUnknown: (municipality: string): Bilingual => ({
    nl: `plaats "${municipality}" ken ik niet als gemeente, dus kan Koppel geen reistijd schatten naar deze locatie; controleer de spelling (de locatie is wel opgeslagen)`,
    en: `I don't know "${municipality}" as a municipality, so Koppel cannot estimate travel times to this location; check the spelling (the location is saved anyway)`,
  }),
  noContact: (name: string): Bilingual => ({
    nl: `${name} heeft geen contactpersoon; maak een uitnodigingscode aan (bedrijf uitnodigen) zodat iemand het aanbod kan invullen`,
    en: `${name} has no contact; create an invitation code (invite company) so someone can fill in the offer`,
  }),
};

/** The chat summary of a company import. */
export const companyReportMessages = {
  imported: (n: number): Bilingual => ({
    nl: n === 1 ? '1 leerbedrijf geïmporteerd.' : `${count(n)} leerbedrijven geïmporteerd.`,
    en: n === 1 ? 'Imported 1 host company.' : `Imported ${countEn(n)} host companies.`,
  }),
  warnings: (n: number): Bilingual => ({
    nl: n === 1 ? 'Let op:' : `Let op (${count(n)} punten):`,
    en: n === 1 ? 'Please note:' : `Please note (${countEn(n)} points):`,
  }),
  rejected: (n: number): Bilingual => ({
    nl: `Niets geïmporteerd: het bestand heeft ${n === 1 ? '1 probleem' : `${count(n)} problemen`}. Verbeter ${n === 1 ? 'het' : 'ze'} en importeer het hele bestand opnieuw.`,
    en: `Nothing was imported: the file has ${n === 1 ? '1 problem' : `${countEn(n)} problems`}. Fix ${n === 1 ? 'it' : 'them'} and import the whole file again.`,
  }),
  line: (line: number): Bilingual => ({ nl: `regel ${line}`, en: `line ${line}` }),
  more: (n: number): Bilingual => ({ nl: `… en nog ${count(n)}`, en: `… and ${countEn(n)} more` }),
};
