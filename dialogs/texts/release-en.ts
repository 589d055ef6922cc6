import type { ReleaseTexts } from './release-nl.js';

export const releaseEn: ReleaseTexts = {
  studentNotice: 'Your result is here! Everyone hears it now, at the same moment.',
  companyIntro: (round) => `The result of **${round}** is here. These are the students who come to you.`,
  summary: {
    title: (round) => `Result sent: ${round}`,
    intro: (at) => `The students received their result at ${at}; then the host companies. Follow the delivery with **round release**; get the result as a file with **round export**.`,
    matched: 'Placed',
    unmatched: 'No place yet (the school keeps looking)',
    ownPlacement: 'Own place',
    notConfirmed: 'Not confirmed',
    unreachable: 'Not reachable in the chat (contact them yourself)',
  },
  progress: {
    title: (round) => `Delivery of the result: ${round}`,
    intro: (at) => `Result released at ${at}. Every student could see it from that moment; below you see how far the messages are.`,
    kinds: {
      'student-result-card': "Students' result cards updated",
      'student-result-notice': 'Messages to students',
      'company-result': 'Messages to host companies',
      'coordinator-summary': 'Summaries to coordinators',
    },
    counts: (sent, total, waiting, failed) => `${sent} of ${total} sent${waiting ? `, ${waiting} waiting` : ''}${failed ? `, ${failed} failed` : ''}`,
    messagesTitle: 'Messages',
    failuresTitle: 'Failed',
    unreachableTitle: (count) => `Not reachable: ${count} ${count === 1 ? 'student' : 'students'}`,
    unreachableWhat: 'What now?',
    unreachableAdvice: (count) => `${count === 1 ? 'This student has' : 'These students have'} never talked to Koppel, so Koppel cannot write first. With "result" they see their result once they open Koppel. Contact them yourself.`,
    unreachableLabel: 'Student numbers',
    reasons: {
      'no-conversation': 'never talked to Koppel: Koppel cannot write first',
      'no-card-to-update': 'no result card to update (the message was sent)',
      'unknown-after-restart': 'may have arrived (the server restarted while sending): check this first',
      'unknown-outcome': 'may have arrived (error at the chat platform): check this first',
      'too-many-attempts': 'tried too often',
    },
    otherReason: (code) => `error: ${code}`,
    retry: 'Send failed messages again',
    retried: (count) => (count === 0 ? 'There is nothing to send again.' : `${count} ${count === 1 ? 'message is' : 'messages are'} being sent again.`),
    refresh: 'Refresh',
    notReleased: 'This round has not been released yet.',
  },
};
