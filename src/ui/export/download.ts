/**
 * Save text as a file through the browser's own download: a Blob, an object
 * URL and a temporary <a download>. Nothing leaves the device.
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; a later revoke lets slow browsers start it first.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
