/** Saves a Blob as a file, in the browser only (nothing is uploaded: issue 3). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a scheme label: no path separators or characters Windows refuses. */
export function safeFileName(label: string): string {
  return label.replace(/\.[a-z]{2,4}$/i, '').replace(/[\\/:*?"<>|\s]+/g, '_') || 'scheme';
}

/** Saves CSV text (the scheme, a table, a step log) as `fileName`. */
export function downloadCsv(text: string, fileName: string): void {
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
