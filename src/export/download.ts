/** Saves a file through the browser's download, without any request and without touching the page around it. */
export function download(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  // Not added to any document: the page around an embedded timeline is not ours to change.
  link.click();
  // Revoked later: some browsers read the file after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
