// The shape of a round's figures (statistics.ts computes them), apart from the computing, so that a
// round's outcome (match-outcome.ts) can carry them without importing the code that makes them.

export interface Distribution {
  readonly count: number;
  readonly min: number | null;
  readonly median: number | null;
  readonly mean: number | null;
  readonly p90: number | null;
  readonly max: number | null;
}

export interface RoundStatistics {
  readonly candidates: number;
  readonly matched: number;
  readonly proposed: number;
  readonly unmatched: number;
  readonly pinned: number;
  /** unmatched students by their main cause: no_offer_for_programme, no_eligible_offer, places_taken */
  readonly unmatchedByCause: Readonly<Record<string, number>>;
  /** fit of the placement (proposals stage: of the best proposal); buckets of width 0.2 */
  readonly fit: Distribution & { readonly buckets: readonly number[] };
  readonly travelMinutes: Distribution & { readonly buckets: Readonly<Record<string, number>> };
  readonly modes: Readonly<Record<string, number>>;
  readonly ranked: {
    readonly withRanking: number;
    /** byRank[0] = matched to their first choice, … [3] = to an offer they did not rank */
    readonly byRank: readonly number[];
    readonly firstChoiceShare: number | null;
  };
  readonly capacity: readonly { readonly offerId: string; readonly capacity: number; readonly used: number; readonly pinned: number }[];
}
