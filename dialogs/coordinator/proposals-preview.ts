// A proposals round's first match, for the preview and the approval card: per student the places
// proposed (company names: coordinators only), and how many students get how many.
import type { RunPreview } from '../../bot/matching-runs/run-service.js';
import type { Form } from '../form.js';
import type { Texts } from '../texts/index.js';
import { userText } from '../user-text.js';

const MAX_LISTED = 10;

export /** A proposals round's first stage: per student the places proposed, and how many each gets. */
function proposalsSections(preview: RunPreview, texts: Texts): NonNullable<Form['sections']> {
  const proposed = preview.students.flatMap((st) => (st.status === 'proposed' ? [st] : []));
  if (proposed.length === 0) return [];
  const x = texts.proposals.coordinator;
  const counts = new Map<number, number>();
  for (const st of proposed) counts.set(st.proposals.length, (counts.get(st.proposals.length) ?? 0) + 1);
  const countText = [...counts].sort((a, b) => b[0] - a[0]).map(([k, n]) => `${k} × ${n}`).join(', ');
  return [{ title: x.perStudent, facts: [
    { label: '', value: x.proposalCounts(countText) },
    ...proposed.slice(0, MAX_LISTED).map((st) => ({
      label: st.studentNumber,
      value: st.proposals.map((p, i) => x.proposalLine(i + 1, userText(p.companyName), Math.round(p.fit * 100), p.minutes)).join('; '),
    })),
    ...(proposed.length > MAX_LISTED ? [{ label: '', value: texts.coordinator.matching.more(proposed.length - MAX_LISTED) }] : []),
  ] }];
}

