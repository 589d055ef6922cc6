// Where a proposals round stands, for `ronde status`: which of its two stages, when the proposals go
// (or went) out, how many students chose so far, the choice deadline, and what comes next.
import type { Round } from '../../bot/domain/round.js';
import { awaitsChoices, choiceDeadlineOf, stageOf } from '../../bot/proposals/proposal-stage.js';
import type { Form } from '../form.js';
import { formatMoment } from '../format-moment.js';
import type { DialogServices } from '../router.js';
import { textsFor } from '../texts/index.js';
import type { Language } from '../turn.js';

export async function proposalsSection(round: Round, services: DialogServices, language: Language): Promise<NonNullable<Form['sections']>> {
  if (round.mechanism !== 'proposals') return [];
  const x = textsFor(language).proposals.coordinator;
  const at = (iso: string) => formatMoment(iso, language);
  const stage = stageOf(round);
  const facts = [{ label: x.stageLabel, value: x.stage[stage] }];
  if (round.proposalsReleasedAt === undefined) {
    if (round.proposalsAt && round.status === 'scheduled') facts.push({ label: x.proposalsAt, value: at(round.proposalsAt) });
  } else {
    const progress = await services.proposals.progress(round.id);
    facts.push({ label: x.releasedAt, value: at(round.proposalsReleasedAt) }, { label: x.chose, value: x.choseCount(progress.chose, progress.students) });
  }
  const deadline = choiceDeadlineOf(round);
  if (deadline) facts.push({ label: x.deadlineLabel, value: at(deadline) });
  if (round.proposalsReleasedAt !== undefined && round.status === 'closed') {
    facts.push({ label: '', value: awaitsChoices(round, services.now()) ? x.next.choosing : x.next.final });
  }
  return [{ title: x.stageLabel, facts }];
}
