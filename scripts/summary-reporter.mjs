// A @web/test-runner reporter that counts tests and writes the counts to a file for
// scripts/test.mjs, which prints the run's closing line ("N passed, N failed").
import { writeFileSync } from 'node:fs';

function count(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter(outFile = process.env.CK_SUMMARY_FILE) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, files: 0 };
      for (const session of sessions) {
        acc.files++;
        count(session.testResults, acc);
        // A file that failed to load, or errored outside a test, counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) acc.failed++;
      }
      if (outFile) writeFileSync(outFile, JSON.stringify(acc));
      else console.log(`${acc.passed} passed, ${acc.failed} failed`);
    },
  };
}
