// The fit's weights on a round's card (ronde nieuw, ronde wijzigen): one number per part, within the
// bounds of bot/domain/round-weights.ts, and read back from a submit with a message per field.
import { defaultWeights, FIT_PARTS, WEIGHT_MAX, WEIGHT_MIN, type FitPart, type RoundWeights } from '../../bot/domain/round-weights.js';
import type { Field } from '../form.js';
import type { Texts } from '../texts/index.js';

export function weightFieldId(part: FitPart): string {
  return `weight_${part}`;
}

export function weightFields(t: Texts, weights: RoundWeights = defaultWeights(), typed: Record<string, unknown> = {}): Field[] {
  const x = t.weights;
  return FIT_PARTS.map((part, i): Field => {
    const id = weightFieldId(part);
    const raw = typed[id];
    const value = typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : weights[part];
    return {
      kind: 'number', id, label: x.parts[part], min: WEIGHT_MIN[part], max: WEIGHT_MAX, value,
      required: { message: x.bounds(WEIGHT_MIN[part], WEIGHT_MAX) },
      // The bounds and why, once, under the first weight.
      ...(i === 0 ? { help: x.help } : {}),
    };
  });
}

export type ParsedWeights = { ok: true; weights?: RoundWeights } | { ok: false; errors: Record<string, string> };

/** A card without weight fields (sent before they were asked) changes nothing: `weights` is then absent. */
export function parseWeights(values: Record<string, unknown>, t: Texts): ParsedWeights {
  if (!FIT_PARTS.some((part) => weightFieldId(part) in values)) return { ok: true };
  const errors: Record<string, string> = {};
  const weights = defaultWeights();
  for (const part of FIT_PARTS) {
    const id = weightFieldId(part);
    const raw = values[id];
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
    if (!Number.isInteger(n) || n < WEIGHT_MIN[part] || n > WEIGHT_MAX) errors[id] = t.weights.bounds(WEIGHT_MIN[part], WEIGHT_MAX);
    else weights[part] = n;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, weights };
}

/** "werkprocessen 4, leerwens 3, …": how a run or round weighs, in one line. */
export function weightsLine(weights: RoundWeights, t: Texts): string {
  return t.weights.list(FIT_PARTS.map((part) => ({ part: t.weights.short[part], weight: weights[part] })));
}
