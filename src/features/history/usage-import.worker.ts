import { loadForecaster } from './load-augurs';
import {
  answerImportRequest,
  type ImportRequest,
  type ImportResponse,
} from './usage-import-protocol';

/* The usage import's worker: a million-row file is parsed here, so the page never freezes. */

type WorkerScope = {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const forecaster = await loadForecaster();
  answerImportRequest(event.data, (response) => scope.postMessage(response), forecaster);
};
