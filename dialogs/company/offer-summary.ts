import { offerWorkProcessRefs, programmeName, qualificationOf, workProcessTitle } from '../../bot/catalogue/index.js';
import { usableCapacity } from '../../bot/domain/offer.js';
import type { OfferView } from '../../bot/offers/offer-service.js';
import type { Form } from '../form.js';
import type { Texts } from '../texts/index.js';
import type { Language } from '../turn.js';
import { userText } from '../user-text.js';
import { contactText } from '../school-contact-text.js';

/** The titles of the work offered; with several programmes one line per programme, named. */
function workProcessFacts(view: OfferView, language: Language, label: string): Array<{ label: string; value: string }> {
  const refs = view.offer ? offerWorkProcessRefs(view.offer, view) : [];
  const programmes = view.programmes.filter((p) => refs.some((ref) => qualificationOf(ref) === p.code));
  if (programmes.length <= 1) return [{ label, value: refs.map((ref) => workProcessTitle(view, ref, language)).join('; ') }];
  return programmes.map((p) => ({
    label: `${label} (${programmeName(p, language)})`,
    value: refs.filter((ref) => qualificationOf(ref) === p.code).map((ref) => workProcessTitle(view, ref, language)).join('; '),
  }));
}

/** Elective codes with their catalogue titles; a code the catalogue no longer has is shown as it is. */
function electiveTitles(view: OfferView, codes: readonly string[], language: Language): string {
  const all = view.programmes.flatMap((p) => p.electives);
  return codes.map((code) => {
    const e = all.find((x) => x.code === code);
    return e ? `${code} ${language === 'en' && e.titleEn ? e.titleEn : e.title}` : code;
  }).join('; ');
}

/** What the company submitted, read-only; with a change button while the round accepts offers. */
export function offerSummary(view: OfferView, t: Texts, language: Language, intro?: string): Form {
  const x = t.company.offer;
  const offer = view.offer;
  const location = view.company.locations.find((l) => l.id === offer?.locationId);
  const facts = offer ? [
    { label: x.places, value: String(offer.places) },
    { label: x.supervision, value: String(offer.supervisionCapacity) },
    { label: x.days, value: offer.days.map((d) => t.intake.days.dayLabels[d]).join(', ') },
    { label: x.minDays, value: String(offer.minDays) },
    ...(offer.shiftsNeeded.length ? [{ label: x.shiftsNeeded, value: offer.shiftsNeeded.map((s) => x.shiftLabels[s]).join(', ') }] : []),
    ...workProcessFacts(view, language, x.workProcesses),
    ...(offer.organisationSize ? [{ label: x.organisationSize, value: x.sizeLabels[offer.organisationSize] }] : []),
    ...(offer.electives.length ? [{ label: x.electives, value: electiveTitles(view, offer.electives, language) }] : []),
    { label: x.learnText, value: userText(offer.learnText) },
    { label: x.extraSupport, value: offer.extraSupport.available ? `${t.intake.summary.yes}${offer.extraSupport.kind ? `: ${offer.extraSupport.kind}` : ''}` : t.intake.summary.no },
    { label: x.location, value: location ? `${userText(location.label)}, ${userText(location.municipality)}` : offer.locationId },
    ...(offer.allowancePerMonth !== undefined ? [{ label: x.allowance, value: x.allowancePerMonth(offer.allowancePerMonth) }] : []),
    ...(offer.requirements.length ? [{ label: x.requirements, value: offer.requirements.map((r) => x.requirementLabels[r]).join(', ') }] : []),
    ...(offer.otherRequirement ? [{ label: x.otherRequirement, value: `${userText(offer.otherRequirement.text)} (${x.otherReview[offer.otherRequirement.review]})` }] : []),
  ] : [];
  return {
    id: 'offer.summary',
    title: x.summaryTitle,
    intro: [intro, offer ? x.usable(usableCapacity(offer)) : '', contactText(view.contact, language) ?? ''].filter(Boolean).join('\n\n'),
    fields: [],
    sections: [{ title: userText(view.round.name), facts }],
    actions: view.editable ? [{ verb: 'offer.show', label: t.intake.summary.edit, data: { roundId: view.round.id }, style: 'secondary' }] : [],
  };
}
