import {
  type AdvisorRequest,
  type AdvisorResponse,
  answerAdvisorRequest,
} from './advisor-protocol';

/* The advisor's worker: one search per worker, so the page stays responsive while it runs. */

type WorkerScope = {
  onmessage: ((event: MessageEvent<AdvisorRequest>) => void) | null;
  postMessage: (message: AdvisorResponse) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  answerAdvisorRequest(event.data, (response) => scope.postMessage(response));
};
