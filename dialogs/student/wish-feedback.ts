import type { WishAdvice } from '../../bot/intake/wish-coach.js';
import type { Form } from '../form.js';
import type { Texts } from '../texts/index.js';

/** The coach's findings (codes) as one friendly notice in the student's language. */
export function wishAdviceNotice(advice: Pick<WishAdvice, 'ok' | 'issues'>, t: Texts): Form['notice'] {
  const x = t.intake.wish;
  const lines = (advice.issues as Array<{ code: string } & Record<string, string | number>>).map((issue) => {
    const params = { ...issue, ...(issue.code === 'personal' ? { category: x.categories[String(issue.category)] ?? String(issue.category) } : {}) };
    return x.issues[issue.code]?.(params) ?? '';
  }).filter(Boolean);
  return lines.length ? { tone: 'warning', text: lines.join('\n\n') } : undefined;
}
