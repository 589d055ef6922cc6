import type { ScopeOf } from '../scoped-work.js';
import { byIds, byKeys, roundKey } from '../store/index.js';

/** What a round's figures read: the round's records, its companies, and the school's reports (they carry no round). */
export function figuresScope(roundId: string): ScopeOf {
  const ofRound = byKeys(roundKey(roundId));
  return (view) => ({
    rounds: byIds(roundId), students: ofRound, offers: ofRound, matches: ofRound, matchRuns: ofRound, placements: ofRound, contactMoments: ofRound, checkIns: ofRound, evaluations: ofRound,
    companies: byIds(...new Set(Object.values(view.offers).filter((o) => o.roundId === roundId).map((o) => o.companyId))),
    reports: 'all',
  });
}
