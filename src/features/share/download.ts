/** Saves text as a file through the browser's download, with no server involved. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a scenario name: letters, digits and dashes only. */
export function fileNameFor(name: string, extension: string, fallback = 'ocr-scenario'): string {
  const slug = name.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-');
  // Dashes trimmed by index: /-+$/ retries from every dash of a long run.
  let first = 0;
  let end = slug.length;
  while (first < end && slug[first] === '-') first++;
  while (end > first && slug[end - 1] === '-') end--;
  const trimmed = slug.slice(first, end).slice(0, 60);
  return `${trimmed || fallback}.${extension}`;
}
