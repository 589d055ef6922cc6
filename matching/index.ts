// The matching core's public API, for bot/ (imports point bot → matching, never back).
export * from './matching-input.js';
export { parseRound, formatPath, RoundInput, Choice, Choices, type RoundFile, type InputIssue, type ParseResult } from './round-input.js';
export { matchRound, resolveChoices, RANKED_TIERS, UNRANKED_TIER } from './match-round.js';
export type { CandidateResult, HelpHint, MatchOutcome, MatchReason, PinReport, Placement, RoundWarning, UnmatchedCause } from './match-outcome.js';
export { RULES, offerCapacity, refusals, type Rule } from './eligibility.js';
export { TRAVEL_MODEL, areaKm, estimateTravel, haversineKm, modelMinutes, TravelTable, type TravelEstimate } from './travel.js';
export { textSimilarity } from './text-similarity.js';
export { costScale, FIT_LEVELS, MAX_LOTTERY_RANGE, type CostScale, type FitBreakdown } from './fit.js';
export { LANGUAGES, MESSAGES, outcomeWithText, placementText, renderCause, renderHelp, renderReason, renderWarning, resultText, type Language, type OutcomeWithText, type ResultText } from './messages.js';
export { roundStatistics, type RoundStatistics } from './statistics.js';
export { checkOutcome } from './check-outcome.js';
