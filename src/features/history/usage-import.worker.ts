import { loadForecaster } from './load-augurs';
import {
  answerForecastRequest,
  answerImportRequest,
  type ForecastRequest,
  type ForecastResponse,
  type ImportRequest,
  type ImportResponse,
} from './usage-import-protocol';

/* The usage import's worker: a million-row file is parsed here, so the page never freezes. */

type WorkerScope = {
  onmessage: ((event: MessageEvent<ImportRequest | ForecastRequest>) => void) | null;
  postMessage: (message: ImportResponse | ForecastResponse) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const forecaster = await loadForecaster();
  const request = event.data;
  if (request.type === 'forecast') scope.postMessage(answerForecastRequest(request, forecaster));
  else answerImportRequest(request, (response) => scope.postMessage(response), forecaster);
};
