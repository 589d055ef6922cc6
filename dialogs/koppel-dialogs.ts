import { redeemInvite, saveOffer, showOffer } from './company/offer-dialog.js';
import { showCompanyStudents } from './company/students-dialog.js';
import { addCompany, createInvite, runCompanyImport, showAddCompany, showCompanyImport, showInvite } from './coordinator/company-dialog.js';
import { showStatus } from './coordinator/status-dialog.js';
import { revokeLinks, showRevokeLinks } from './coordinator/web-links-dialog.js';
import { showExtraPlaces } from './coordinator/extra-places-dialog.js';
import { showDashboardLink } from './coordinator/dashboard-dialog.js';
import { showFigures } from './coordinator/figures-dialog.js';
import { importSentFile, importWaitingFile } from './coordinator/file-import-dialog.js';
import { switchDemoRole } from './demo-dialog.js';
import { commandIs, createRouter, fileSent, submitVerb, submitVerbPrefix, textIs, textStartsWith } from './router.js';
import { approveMatch, closeRound, explainStudent, placeStudent, runMatch, showExplain, showPlace } from './coordinator/match-dialog.js';
import { cancelRelease, retryRelease, scheduleRelease, showRelease } from './coordinator/release-dialog.js';
import { saveEditRound, showEditRound } from './coordinator/round-edit-dialog.js';
import { decideOwnPlace } from './coordinator/own-place-dialog.js';
import { reviewOtherRequirement, showOtherRequirements } from './coordinator/other-requirements-dialog.js';
import { removeStudent, showRemoveStudent } from './coordinator/remove-student-dialog.js';
import { exportRound } from './coordinator/export-dialog.js';
import { sendReminders, showRemind } from './coordinator/remind-dialog.js';
import { createRound, openRound, runImport, showImport, showNewRound } from './coordinator/round-dialog.js';
import { handleIntakeAction, showIntake, showMyData } from './student/intake-dialog.js';
import { showResult } from './student/result-dialog.js';
import { chooseProposal, showProposals } from './student/proposals-dialog.js';
import { acknowledgePlacement, markCertificateOfConduct, askOtherMoment, chooseMoment, confirmMeetingHeld, raiseProblem, showMeetingHeld, showProblem } from './student/placement-dialog.js';
import * as companyPlacement from './company/placement-dialog.js';
import { approveRematch, archiveRound, decideRefusal, markVog, runRematch, showFollowUp, showVogForm } from './coordinator/follow-up-dialog.js';
import { switchLanguage } from './language-dialog.js';
import { answerConsent, sendReport, showOwnReports, showReport } from './meldpunt/report-dialog.js';
import { answerCheckIn, askConversation } from './check-ins/check-in-dialog.js';
import { showCheckInFigures } from './check-ins/figures-dialog.js';
import { planMoment, recordMoment, showMoments, showPlanMoment } from './contact-moments/contact-moment-dialog.js';
import { answerEvaluation } from './evaluations/evaluation-dialog.js';
import { showEvaluationFigures } from './evaluations/figures-dialog.js';
import { closeCase, forwardCase, markInConversation, showCase, showCases, showClose } from './meldpunt/staff-dialog.js';
import { notUnderstood, welcome } from './welcome-dialog.js';
import { showSupport, showSupportForm } from './privacy/support-dialog.js';
import { showDeletions } from './coordinator/deletions-dialog.js';
import { downloadMyData } from './privacy/my-data-dialog.js';
import { guardCoordinatorScope } from './coordinator/scope-guard.js';
import { carryOutErasure, refuseErasure, requestErasure, showDecision, showErasure, showErasureRequests } from './privacy/erasure-dialog.js';

/** Every conversation Koppel knows, in the order they are tried. */
export const handleTurn = createRouter(
  [
    { selector: textIs('hallo', 'hoi', 'help', 'hulp', 'hello', 'hi'), handler: welcome },
    { selector: textIs('start', 'mijn leerwens', 'leerwens', 'my learning wish', 'learning wish'), handler: showIntake },
    { selector: textIs('mijn gegevens downloaden', 'gegevens downloaden', 'download my data'), handler: downloadMyData },
    { selector: textIs('mijn gegevens', 'my data'), handler: showMyData },
    { selector: textIs('gegevens verwijderen', 'mijn gegevens verwijderen', 'erase my data', 'delete my data'), handler: showErasure },
    { selector: submitVerb('erasure.request'), handler: requestErasure },
    { selector: textIs('verwijderverzoeken', 'erasure requests'), handler: showErasureRequests },
    { selector: submitVerb('erasure.decide.form'), handler: showDecision },
    { selector: submitVerb('erasure.carry-out'), handler: carryOutErasure },
    { selector: submitVerb('erasure.refuse'), handler: refuseErasure },
    { selector: textIs('uitslag', 'mijn uitslag', 'mijn stage', 'result', 'my result', 'my internship'), handler: showResult },
    { selector: submitVerbPrefix('intake.'), handler: handleIntakeAction },
    { selector: textIs('voorstellen', 'mijn voorstellen', 'stagevoorstellen', 'proposals', 'my proposals'), handler: showProposals },
    { selector: submitVerb('proposals.choose'), handler: chooseProposal },
    { selector: submitVerb('placement.acknowledge'), handler: acknowledgePlacement },
    { selector: submitVerb('placement.vog'), handler: markCertificateOfConduct },
    { selector: submitVerb('placement.moment'), handler: chooseMoment },
    { selector: submitVerb('placement.other-moment'), handler: askOtherMoment },
    { selector: submitVerb('placement.held.form'), handler: showMeetingHeld },
    { selector: submitVerb('placement.held'), handler: confirmMeetingHeld },
    { selector: textIs('probleem', 'probleem met mijn stage', 'problem', 'problem with my internship'), handler: showProblem },
    { selector: submitVerb('placement.problem.form'), handler: showProblem },
    { selector: submitVerb('placement.problem'), handler: raiseProblem },
    { selector: textIs('melden', 'melding maken', 'iets melden', 'report', 'report something'), handler: showReport },
    { selector: submitVerb('meldpunt.form'), handler: showReport },
    { selector: submitVerb('meldpunt.report'), handler: sendReport },
    { selector: submitVerb('meldpunt.consent'), handler: answerConsent },
    { selector: textIs('mijn meldingen', 'my reports'), handler: showOwnReports },
    { selector: commandIs('meldingen', 'reports'), handler: showCases },
    { selector: submitVerb('meldpunt.case'), handler: showCase },
    { selector: submitVerb('meldpunt.case.in-conversation'), handler: markInConversation },
    { selector: submitVerb('meldpunt.case.close.form'), handler: showClose },
    { selector: submitVerb('meldpunt.case.close'), handler: closeCase },
    { selector: submitVerb('meldpunt.case.forward'), handler: forwardCase },
    { selector: submitVerb('check-in.answer'), handler: answerCheckIn },
    { selector: submitVerb('check-in.conversation'), handler: askConversation },
    { selector: commandIs('ronde check-ins', 'check-ins', 'round check-ins'), handler: showCheckInFigures },
    { selector: submitVerb('round.check-ins'), handler: showCheckInFigures },
    { selector: commandIs('contactmoment plannen', 'plan contact moment'), handler: showPlanMoment },
    { selector: submitVerb('contact-moment.plan'), handler: planMoment },
    { selector: textIs('contactmomenten', 'contact moments'), handler: showMoments },
    { selector: submitVerb('contact-moment.record'), handler: recordMoment },
    { selector: submitVerb('evaluation.answer'), handler: answerEvaluation },
    { selector: commandIs('ronde evaluaties', 'evaluaties', 'round evaluations'), handler: showEvaluationFigures },
    { selector: submitVerb('round.evaluations'), handler: showEvaluationFigures },
    { selector: textIs('ronde nieuw', 'nieuwe ronde', 'new round'), handler: showNewRound },
    { selector: submitVerb('round.create'), handler: createRound },
    { selector: textIs('studenten importeren', 'import students'), handler: showImport },
    { selector: submitVerb('round.import.form'), handler: showImport },
    { selector: submitVerb('round.import'), handler: runImport },
    { selector: fileSent(), handler: importSentFile },
    { selector: submitVerb('round.import.file'), handler: importWaitingFile },
    { selector: submitVerb('round.open'), handler: openRound },
    { selector: textIs('aanbod', 'mijn aanbod', 'offer', 'my offer'), handler: showOffer },
    { selector: submitVerb('offer.show'), handler: showOffer },
    { selector: submitVerb('offer.save'), handler: saveOffer },
    { selector: textStartsWith('code'), handler: redeemInvite },
    { selector: textIs('mijn studenten', 'stagiairs', 'my students', 'my interns'), handler: showCompanyStudents },
    { selector: submitVerb('company.placement.show'), handler: companyPlacement.showPlacement },
    { selector: submitVerb('company.meeting.form'), handler: companyPlacement.showProposeMeeting },
    { selector: submitVerb('company.meeting.propose'), handler: companyPlacement.proposeMeeting },
    { selector: submitVerb('company.meeting.held'), handler: companyPlacement.confirmMeetingHeld },
    { selector: submitVerb('company.refuse.form'), handler: companyPlacement.showRefuse },
    { selector: submitVerb('company.refuse'), handler: companyPlacement.refuseStudent },
    { selector: textIs('bedrijven importeren', 'import companies'), handler: showCompanyImport },
    { selector: submitVerb('companies.import'), handler: runCompanyImport },
    { selector: textIs('bedrijf toevoegen', 'add company'), handler: showAddCompany },
    { selector: submitVerb('companies.add'), handler: addCompany },
    { selector: textIs('bedrijf uitnodigen', 'invite company'), handler: showInvite },
    { selector: submitVerb('companies.invite'), handler: createInvite },
    { selector: textIs('links intrekken', 'revoke links'), handler: showRevokeLinks },
    { selector: submitVerb('companies.links.revoke'), handler: revokeLinks },
    { selector: commandIs('ronde eisen', 'eisen', 'round requirements', 'requirements'), handler: showOtherRequirements },
    { selector: submitVerb('requirement.approve'), handler: reviewOtherRequirement },
    { selector: submitVerb('requirement.refuse'), handler: reviewOtherRequirement },
    { selector: commandIs('ronde status', 'status', 'round status'), handler: showStatus },
    { selector: submitVerb('round.status'), handler: showStatus },
    { selector: commandIs('ronde herinner', 'herinner', 'round remind', 'remind'), handler: showRemind },
    { selector: submitVerb('round.remind.form'), handler: showRemind },
    { selector: submitVerb('round.remind'), handler: sendReminders },
    { selector: commandIs('ronde sluit', 'ronde sluiten', 'close round'), handler: closeRound },
    { selector: submitVerb('round.close'), handler: closeRound },
    { selector: commandIs('ronde match', 'ronde koppelen', 'round match', 'match round'), handler: runMatch },
    { selector: submitVerb('round.match'), handler: runMatch },
    { selector: commandIs('ronde plaats', 'student plaatsen', 'place student'), handler: showPlace },
    { selector: submitVerb('round.place.form'), handler: showPlace },
    { selector: submitVerb('round.place'), handler: placeStudent },
    { selector: commandIs('ronde goedkeuren', 'approve round'), handler: approveMatch },
    { selector: submitVerb('round.approve'), handler: approveMatch },
    { selector: submitVerb('own-place.accept'), handler: decideOwnPlace },
    { selector: submitVerb('own-place.ask'), handler: decideOwnPlace },
    { selector: commandIs('ronde wijzigen', 'edit round'), handler: showEditRound },
    { selector: submitVerb('round.edit.form'), handler: showEditRound },
    { selector: submitVerb('round.edit.save'), handler: saveEditRound },
    { selector: commandIs('ronde vrijgave', 'round release'), handler: showRelease },
    { selector: submitVerb('round.release.form'), handler: showRelease },
    { selector: submitVerb('round.release.schedule'), handler: scheduleRelease },
    { selector: submitVerb('round.release.cancel'), handler: cancelRelease },
    { selector: submitVerb('round.release.retry'), handler: retryRelease },
    { selector: submitVerb('round.explain.form'), handler: showExplain },
    { selector: submitVerb('round.explain'), handler: explainStudent },
    { selector: textIs('dashboard'), handler: showDashboardLink },
    { selector: commandIs('ronde cijfers', 'cijfers', 'round figures', 'figures'), handler: showFigures },
    { selector: submitVerb('round.figures'), handler: showFigures },
    { selector: commandIs('ronde plekken', 'extra plekken', 'round places', 'extra places'), handler: showExtraPlaces },
    { selector: submitVerb('round.places'), handler: showExtraPlaces },
    { selector: commandIs('ronde opvolging', 'opvolging', 'round follow-up', 'follow-up'), handler: showFollowUp },
    { selector: submitVerb('round.follow-up'), handler: showFollowUp },
    { selector: submitVerb('round.refusal.decide'), handler: decideRefusal },
    { selector: submitVerb('round.vog.form'), handler: showVogForm },
    { selector: submitVerb('round.vog'), handler: markVog },
    { selector: commandIs('ronde herkoppel goedkeuren', 'herkoppeling goedkeuren', 'approve rematch'), handler: approveRematch },
    { selector: submitVerb('round.rematch.approve'), handler: approveRematch },
    { selector: commandIs('ronde herkoppel', 'herkoppelen', 'round rematch', 'rematch'), handler: runRematch },
    { selector: submitVerb('round.rematch'), handler: runRematch },
    { selector: commandIs('ronde archiveren', 'archive round'), handler: archiveRound },
    { selector: submitVerb('round.archive'), handler: archiveRound },
    { selector: commandIs('ronde export', 'export', 'round export'), handler: exportRound },
    { selector: submitVerb('round.export'), handler: exportRound },
    { selector: commandIs('student verwijderen', 'delete student'), handler: showRemoveStudent },
    { selector: commandIs('ondersteuning', 'begeleiding', 'support needs'), handler: showSupportForm },
    { selector: submitVerb('support.read'), handler: showSupport },
    { selector: textIs('verwijderingen', 'bewaartermijnen', 'upcoming deletions', 'retention'), handler: showDeletions },
    { selector: textStartsWith('demo'), handler: switchDemoRole },
    { selector: submitVerb('student.remove'), handler: removeStudent },
    { selector: textIs('nederlands', 'dutch', 'nl'), handler: switchLanguage('nl') },
    { selector: textIs('english', 'engels', 'en'), handler: switchLanguage('en') },
  ],
  notUnderstood,
  guardCoordinatorScope,
);
