import { advise } from '../../engine';
import {
  type AdvisorRequest,
  type AdvisorResponse,
  answerAdvisorRequest,
} from './advisor-protocol';
import { loadMilpSolver } from './load-solver';

/*
 * The advisor's worker: one search at a time, so the page stays responsive while it runs. It
 * loads the exact solver (HiGHS) on its first request and keeps it for the next; when the
 * solver cannot be loaded, the quick search answers alone and the plan says so.
 */

type WorkerScope = {
  onmessage: ((event: MessageEvent<AdvisorRequest>) => void) | null;
  postMessage: (message: AdvisorResponse) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const request = event.data;
  const solver = await loadMilpSolver();
  answerAdvisorRequest(
    request,
    (response) => scope.postMessage(response),
    (input, options) => advise(input, { ...options, solver, solverUnavailable: solver === null }),
  );
};
