// The raw capacitated assignment underneath every matching round: students → companies with a
// capacity per company and an integer cost per allowed pair (lower is better). Typed arrays keep
// national-scale rounds (millions of pairs) compact and fast.

export interface AssignmentInstance {
  readonly students: number;
  readonly companies: number;
  /** capacity[j] ≥ 0 for each company j */
  readonly capacity: Int32Array;
  /** pair p allows student pairStudent[p] → company pairCompany[p] at cost pairCost[p] (≥ 0) */
  readonly pairStudent: Int32Array;
  readonly pairCompany: Int32Array;
  readonly pairCost: Float64Array;
  /**
   * Cost of leaving a student unmatched. The bench format fixes it at 100000; the round model sets
   * it above (max pair cost × students) so that matching more students always wins.
   */
  readonly unmatchedCost: number;
}

export type AssignmentResult =
  | {
      readonly status: 'optimal';
      /** pairOf[i] = index of the chosen pair for student i, or -1 when i stays unmatched */
      readonly pairOf: Int32Array;
      readonly matched: number;
      /** sum of pairCost over chosen pairs (unmatched students excluded) */
      readonly cost: number;
    }
  | { readonly status: 'invalid'; readonly reason: string };
