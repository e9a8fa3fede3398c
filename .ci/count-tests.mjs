#!/usr/bin/env node
// Sums unit/property tests (vitest JSON report) and end-to-end tests (Playwright JSON report)
// and prints one closing line: "N passed, N failed".
//
// Usage: node .ci/count-tests.mjs [unit-results.json] [e2e-results.json]
// A report file that does not exist (its stage never ran) counts 0 passed, 0 failed.
// A report file that exists but cannot be read or parsed counts as 1 failed.
// Exit code: 0 when nothing failed and at least one test passed, 1 otherwise.
import { existsSync, readFileSync } from 'node:fs';

const unitFile = process.argv[2] ?? 'test-results/unit-results.json';
const e2eFile = process.argv[3] ?? 'test-results/e2e-results.json';

function readReport(file) {
  if (!existsSync(file)) return { missing: true };
  try {
    return { report: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Vitest's JSON reporter (Jest-compatible shape). */
function countVitest(report) {
  let passed = 0;
  let failed = 0;
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    let fileFailed = 0;
    for (const assertion of assertions) {
      if (assertion.status === 'passed') passed += 1;
      else if (assertion.status === 'failed') fileFailed += 1;
      // skipped, pending, todo, disabled: neither passed nor failed
    }
    // A test file that failed without any failed test (import error, error in a hook,
    // syntax error) still counts as one failure.
    if (file.status === 'failed' && fileFailed === 0) fileFailed = 1;
    failed += fileFailed;
  }
  // The run failed (e.g. unhandled error) but no test or file was marked failed.
  if (report.success === false && failed === 0) failed = 1;
  return { passed, failed };
}

const PLAYWRIGHT_FAILED_RESULTS = new Set(['failed', 'timedOut', 'interrupted']);

/** Playwright's JSON reporter. */
function countPlaywright(report) {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected' || test.status === 'flaky') {
          passed += 1;
        } else if (test.status === 'unexpected') {
          failed += 1;
        } else {
          // 'skipped': a test that was interrupted or timed out is reported with this outcome
          // too, so look at what its results say.
          const results = test.results ?? [];
          if (results.some((result) => PLAYWRIGHT_FAILED_RESULTS.has(result.status))) failed += 1;
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  // Errors outside any test (web server did not start, config error, global setup failure).
  const globalErrors = (report.errors ?? []).length;
  if (globalErrors > 0 && failed === 0) failed = globalErrors;
  return { passed, failed };
}

function count(file, counter, label) {
  const { missing, report, error } = readReport(file);
  if (missing) return { passed: 0, failed: 0 };
  if (error !== undefined) {
    console.log(`count-tests: ${label} report ${file} is unreadable: ${error}`);
    return { passed: 0, failed: 1 };
  }
  try {
    return counter(report);
  } catch (countError) {
    console.log(`count-tests: ${label} report ${file} has an unexpected shape: ${countError}`);
    return { passed: 0, failed: 1 };
  }
}

const unit = count(unitFile, countVitest, 'unit');
const e2e = count(e2eFile, countPlaywright, 'e2e');
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;

console.log(
  `count-tests: unit ${unit.passed} passed, ${unit.failed} failed; e2e ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
