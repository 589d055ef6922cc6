// How the matching core words its reasons, causes and hints, for whoever shows a result.
export { renderCause, renderHelp, renderReason } from '../matching/index.js';
export type { HelpHint, MatchReason, UnmatchedCause } from '../matching/index.js';
