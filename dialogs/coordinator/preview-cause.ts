// Why a student stays unplaced, as a coordinator reads it: the core words its own causes; the
// causes the bot adds (a student the core never saw) have their texts here, so every code has one.
import { renderCause } from '../../bot/explanations.js';
import { isBotCause, type BotCause, type PreviewCause } from '../../bot/matching-runs/run-service.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';

function botCauseText(cause: BotCause, language: Language): string {
  const t = textsFor(language).coordinator.matching.botCauses;
  switch (cause.code) {
    case 'unknown_programme': return t.unknownProgramme(cause.programme);
  }
}

export function previewCauseText(cause: PreviewCause, language: Language): string {
  return isBotCause(cause) ? botCauseText(cause, language) : renderCause(cause, language);
}
