import type { ImportMessageValues } from '../../bot/import/import-messages.js';

// What a coordinator reads about an import of students or companies: one sentence per message code
// (bot/import/import-messages.ts), saying what is wrong and what to do about it.

export type ImportMessageTexts = { readonly [C in keyof ImportMessageValues]: (...values: ImportMessageValues[C]) => string };

const list = (values: readonly string[]): string => values.join(', ');
const count = (n: number): string => n.toLocaleString('nl-NL');
const FIELDS = { studentNumber: 'studentnummer', teamsId: 'Teams-id', email: 'e-mailadres' } as const;

export const importMessagesNl: ImportMessageTexts = {
  'file.empty': () => 'Het bestand is leeg. Plak of upload een CSV met een kopregel en één regel per student.',
  'file.noRows': () => 'Het bestand heeft alleen een kopregel. Zet onder de kopregel één regel per student.',
  'file.tooLarge': (maxMegabytes) => `Het bestand is groter dan ${maxMegabytes} MB. Splits de lijst en importeer de delen na elkaar.`,
  'file.tooManyRows': (rows, max) => `Het bestand heeft ${count(rows)} studenten; per keer kunnen er maximaal ${count(max)}. Splits de lijst en importeer de delen na elkaar.`,
  'file.notText': () => 'Dit is geen CSV-bestand (het lijkt op bijvoorbeeld een Excel- of pdf-bestand). Kies in Excel "Opslaan als" > "CSV (gescheiden door lijstscheidingsteken)" en probeer het opnieuw.',
  'header.noKnownColumns': (expected) => `De eerste regel moet de kolomnamen bevatten, maar ik herken er geen. Gebruik: ${list(expected)}.`,
  'header.missingColumn': (nl) => `De kolom ${nl} ontbreekt in de kopregel. Voeg die kolom toe.`,
  'header.missingIdentityColumn': () => 'De kopregel heeft geen kolom teams_id of email. Voeg er minstens één toe, zodat Koppel de student kan herkennen.',
  'header.unknownColumn': (name, known) => `De kolom "${name}" ken ik niet. Verwijder hem (Koppel bewaart alleen wat nodig is) of gebruik een van: ${list(known)}.`,
  'header.duplicateColumn': (name) => `De kolom ${name} staat twee keer in de kopregel. Houd er één over.`,
  'structure.columnCount': (got, expected) => `Deze regel heeft ${got} waarden, de kopregel ${expected} kolommen. Controleer scheidingstekens (; of ,) en aanhalingstekens.`,
  'structure.quote': () => 'Hier klopt een aanhalingsteken (") niet: het wordt niet gesloten of staat midden in een waarde. Herstel dit eerst; regels daarna zijn nog niet gecontroleerd.',
  'structure.headerUnreadable': () => 'De eerste regel kan ik niet lezen als CSV. Die regel moet de kolomnamen bevatten, gescheiden door ; of , (bijvoorbeeld studentnummer;opleiding;teams_id;naam).',
  'structure.unreadable': () => 'Deze regel kan ik niet lezen als CSV. Sla het bestand opnieuw op als CSV en probeer het nog eens.',
  'row.studentNumberMissing': () => 'studentnummer ontbreekt',
  'row.studentNumberInvalid': (value) => `studentnummer "${value}" mag alleen cijfers en letters bevatten, zonder spaties, en hoogstens 20 tekens`,
  'row.programmeMissing': () => 'opleiding (crebocode) ontbreekt',
  'row.programmeInvalid': (value) => `opleiding "${value}" is geen crebocode; een crebocode heeft 5 cijfers, bijvoorbeeld 25655`,
  'row.programmeNotInRound': (code, roundCodes) => `opleiding ${code} hoort niet bij deze ronde (wel: ${list(roundCodes)})`,
  'row.programmeNotInCatalogue': (code) => `opleiding ${code} staat niet in de opleidingencatalogus van de school; vraag de beheerder van Koppel om hem toe te voegen`,
  'row.identityMissing': () => 'geen Teams-id en geen e-mailadres; vul er minstens één in, zodat Koppel de student kan herkennen',
  'row.teamsIdInvalid': (value) => `Teams-id "${value}" herken ik niet; gebruik de Teams-gebruikers-id (begint met 29:) of de Azure AD object-id (zoals 1a2b3c4d-…)`,
  'row.emailInvalid': (value) => `"${value}" is geen geldig e-mailadres of UPN (zoals naam@school.nl)`,
  'row.nameInvalid': () => 'naam is te lang (hoogstens 120 tekens) of bevat een onzichtbaar stuurteken',
  'row.yesNoInvalid': (column, value) => `${column} "${value}" is geen ja of nee; vul ja of nee in (of laat leeg, dan vraagt Koppel het de student zelf)`,
  'row.languageInvalid': (value) => `taal "${value}" ken ik niet; gebruik nl of en (of laat leeg voor nl)`,
  'duplicate.inFile': (what, value, firstLine, line) => `${FIELDS[what]} ${value} staat twee keer in het bestand (regel ${firstLine} en ${line}); houd één regel over`,
  'duplicate.inRound': (what, value) => `${FIELDS[what]} ${value} zit al in deze ronde; haal de regel weg`,
  'refusal.roundNotFound': (roundId) => `${roundId ? `Ronde ${roundId}` : 'Die ronde'} bestaat niet. Kies een bestaande ronde.`,
  'refusal.roundNotOpen': (status) => `Deze ronde heeft status "${status}"; studenten importeren kan alleen in een ronde met status concept (draft) of open.`,
  'refusal.emailNotStored': () => 'Koppel kan e-mailadressen van studenten nog niet bewaren. Importeer voorlopig met een kolom teams_id, zonder kolom email.',
  'companyFile.empty': () => 'Het bestand is leeg. Plak of upload een CSV met een kopregel en één regel per bedrijfslocatie.',
  'companyFile.noRows': () => 'Het bestand heeft alleen een kopregel. Zet onder de kopregel één regel per bedrijfslocatie.',
  'companyFile.tooManyRows': (rows, max) => `Het bestand heeft ${count(rows)} regels; per keer kunnen er maximaal ${count(max)}. Splits de lijst en importeer de delen na elkaar.`,
  'companyFile.headerUnreadable': () => 'De eerste regel kan ik niet lezen als CSV. Die regel moet de kolomnamen bevatten, gescheiden door ; of , (bijvoorbeeld bedrijfsnaam;sbb_nummer;postcode;plaats;contact_email).',
  'companyFile.noKnownColumns': (expected) => `De eerste regel moet de kolomnamen bevatten, maar ik herken er geen. Gebruik: ${list(expected)}.`,
  'companyValue.nameMissing': () => 'bedrijfsnaam ontbreekt',
  'companyValue.nameInvalid': () => 'bedrijfsnaam is te lang (hoogstens 160 tekens) of bevat een onzichtbaar stuurteken',
  'companyValue.sbbMissing': () => 'SBB-nummer ontbreekt; alleen erkende leerbedrijven doen mee',
  'companyValue.sbbInvalid': (value) => `SBB-nummer "${value}" klopt niet; een SBB-erkenningsnummer heeft 6 tot 10 cijfers (zie het register op stagemarkt.nl)`,
  'companyValue.kvkInvalid': (value) => `KvK-nummer "${value}" klopt niet; een KvK-nummer heeft precies 8 cijfers (Excel haalt soms een 0 vooraan weg: zet de kolom op tekst)`,
  'companyValue.labelInvalid': () => 'locatienaam is te lang (hoogstens 120 tekens) of bevat een onzichtbaar stuurteken',
  'companyValue.postcodeMissing': () => 'postcode ontbreekt',
  'companyValue.postcodeInvalid': (value) => `postcode "${value}" klopt niet; schrijf bijvoorbeeld 3011 AB, 3011AB of alleen 3011`,
  'companyValue.municipalityMissing': () => 'plaats (gemeente) ontbreekt',
  'companyValue.municipalityInvalid': () => 'plaats is te lang (hoogstens 80 tekens) of bevat een onzichtbaar stuurteken',
  'companyConflict.sbbTaken': (sbb, name) => `SBB-nummer ${sbb} is al geregistreerd (${name}); haal de regels van dit bedrijf weg`,
  'companyConflict.nameDiffers': (sbb, name, firstLine) => `SBB-nummer ${sbb} staat op regel ${firstLine} bij "${name}"; een bedrijf heeft één naam: gebruik op elke regel dezelfde bedrijfsnaam, of controleer het SBB-nummer`,
  'companyConflict.kvkDiffers': (sbb, kvk, firstLine) => `SBB-nummer ${sbb} heeft op regel ${firstLine} KvK-nummer ${kvk}; gebruik op elke regel van dit bedrijf hetzelfde KvK-nummer`,
  'companyConflict.locationTwice': (label, firstLine) => `de locatie "${label}" staat al op regel ${firstLine} bij dit bedrijf; geef elke locatie een eigen naam in de kolom locatie`,
  'companyConflict.contactKnown': (value) => `${value} is in Koppel al bekend als contactpersoon of student; één account hoort bij één rol, haal de contactpersoon hier weg`,
  'companyConflict.contactInTwoCompanies': (value, firstLine) => `${value} staat op regel ${firstLine} al als contactpersoon van een ander bedrijf; één account hoort bij één bedrijf`,
  'companyWarning.postcodeElsewhere': (postcode, place, municipality) => `postcode ${postcode} ligt in ${place}, niet in ${municipality}; Koppel rekent de reistijd vanaf ${municipality} (de locatie is wel opgeslagen): controleer postcode en plaats`,
  'companyWarning.municipalityUnknown': (municipality) => `plaats "${municipality}" ken ik niet als gemeente, dus kan Koppel geen reistijd schatten naar deze locatie; controleer de spelling (de locatie is wel opgeslagen)`,
  'companyWarning.noContact': (name) => `${name} heeft geen contactpersoon; maak een uitnodigingscode aan (bedrijf uitnodigen) zodat iemand het aanbod kan invullen`,
};

/** The chat summary of an import. */
export const importReportNl = {
  students: {
    imported: (n: number) => n === 1 ? '1 student geïmporteerd.' : `${count(n)} studenten geïmporteerd.`,
    rejected: (n: number) => `Niets geïmporteerd: het bestand heeft ${n === 1 ? '1 probleem' : `${count(n)} problemen`}. Verbeter ${n === 1 ? 'het' : 'ze'} en importeer het hele bestand opnieuw.`,
    line: (line: number) => `regel ${line}`,
    more: (n: number) => `… en nog ${count(n)}`,
  },
  companies: {
    imported: (n: number) => n === 1 ? '1 leerbedrijf geïmporteerd.' : `${count(n)} leerbedrijven geïmporteerd.`,
    warnings: (n: number) => n === 1 ? 'Let op:' : `Let op (${count(n)} punten):`,
    rejected: (n: number) => `Niets geïmporteerd: het bestand heeft ${n === 1 ? '1 probleem' : `${count(n)} problemen`}. Verbeter ${n === 1 ? 'het' : 'ze'} en importeer het hele bestand opnieuw.`,
    line: (line: number) => `regel ${line}`,
    more: (n: number) => `… en nog ${count(n)}`,
  },
};

export type ImportReportTexts = typeof importReportNl;
