import type { WishAdvice, WishIssue } from '../../bot/intake/wish-coach.js';
import type { Form } from '../form.js';
import type { Texts } from '../texts/index.js';

/** The coach's findings (codes) as one friendly notice in the student's language. */
export function wishAdviceNotice(advice: Pick<WishAdvice, 'ok' | 'issues'>, t: Texts): Form['notice'] {
  const lines = advice.issues.map((issue) => issueText(issue, t));
  return lines.length ? { tone: 'warning', text: lines.join('\n\n') } : undefined;
}

function issueText(issue: WishIssue, t: Texts): string {
  const x = t.intake.wish.issues;
  switch (issue.code) {
    case 'too-short': return x['too-short'](issue);
    case 'too-long': return x['too-long'](issue);
    case 'vague': return x.vague(issue);
    case 'no-activity': return x['no-activity']();
    case 'trait': return x.trait(issue);
    case 'personal': return x.personal({ phrase: issue.phrase, grounds: issue.grounds.map((g) => t.grounds[g]).join(', ') });
  }
}
