import { readSettled } from '../scoped-work.js';
import { byIds, byKeys, roundKey, type KoppelStore } from '../store/index.js';

export interface OfferChoice {
  id: string;
  /** The company and the municipality of the place, as a coordinator picks it. */
  label: string;
}

/** A round's offers as a coordinator chooses among them when placing by hand: company and place, sorted. */
export async function offersOfRound(store: KoppelStore, roundId: string): Promise<OfferChoice[]> {
  const data = await readSettled(store, (seen) => ({
    offers: byKeys(roundKey(roundId)), companies: byIds(...new Set(Object.values(seen.offers).map((o) => o.companyId))),
  }));
  return Object.values(data.offers).filter((o) => o.roundId === roundId).map((o) => {
    const company = Object.hasOwn(data.companies, o.companyId) ? data.companies[o.companyId] : undefined;
    const location = company?.locations.find((l) => l.id === o.locationId);
    return { id: o.id, label: `${company?.name ?? o.companyId}, ${location?.municipality ?? ''}` };
  }).sort((a, b) => a.label.localeCompare(b.label));
}
