// Screening benchmark: both screens on the labelled evaluation set (bot/screening/evaluation/).
// Per screen: texts, allowed-but-should-refuse (missed), refused-but-should-allow (false
// refusals), and milliseconds per text; then each wrong text, and a closing summary line:
//   bench:screen wish_false_refusals=N requirement_missed=N total=N
// where total is the number of texts screened over both sets (the wrong ones are counted per screen above).
//
// Usage: npm run bench:screen
import { screen } from '../../bot/screening/screen.js';
import { loadEvaluationSet } from '../../bot/screening/evaluation/evaluation-set.js';
import { scoreSet, type SetScore } from '../../bot/screening/evaluation/score.js';
import { summaryLine } from './summary-line.js';

// Screened this many times for the timing, so one slow first call (loading the word lists) does not dominate.
const TIMING_ROUNDS = 5;

const scores: SetScore[] = loadEvaluationSet().map((set) => {
  const first = scoreSet(set, (text) => screen(set.kind, text));
  const timings = Array.from({ length: TIMING_ROUNDS }, () => scoreSet(set, (text) => screen(set.kind, text)).msPerText);
  return { ...first, msPerText: Math.min(...timings) };
});

for (const s of scores) {
  const wrong = s.missed.length + s.falseRefusals.length;
  console.log(`${s.kind}: texts=${s.texts} allowed_but_should_refuse=${s.missed.length} refused_but_should_allow=${s.falseRefusals.length} wrong=${(100 * wrong / s.texts).toFixed(1)}% ms_per_text=${s.msPerText.toFixed(3)}`);
  for (const m of s.missed) console.log(`  missed: ${JSON.stringify(m.text)}`);
  for (const m of s.falseRefusals) console.log(`  refused: ${JSON.stringify(m.text)} ${JSON.stringify(m.got.findings)}`);
}
const total = scores.reduce((n, s) => n + s.texts, 0);
const wrong = scores.reduce((n, s) => n + s.missed.length + s.falseRefusals.length, 0);
console.log(`all: texts=${total} wrong=${wrong} (${(100 * wrong / total).toFixed(1)}%)`);
console.log(summaryLine(scores));
