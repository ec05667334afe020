/** Puts text on the clipboard, and an HTML version beside it when given (Excel/WPS paste a grid). */
export async function copy(text: string, html?: string): Promise<void> {
  if (html && typeof ClipboardItem !== 'undefined') {
    const blob = (s: string, type: string) => new Blob([s], { type });
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}
