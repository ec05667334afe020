// Bytes of a page → its text, whatever its encoding: agency sites still serve GBK, and some say
// so only in the HTTP header, some only in a <meta>, some wrongly. TextDecoder only: the CLI and
// the extension's pages both have it.

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const CONTENT_TYPE_CHARSET = /charset\s*=\s*"?([\w-]+)/i;

/**
 * The text, by the declared charset (`httpCharset`, the HTTP Content-Type's, before the page's own
 * <meta>) when it is a GB one, else UTF-8 when the bytes are UTF-8, else GB18030; undefined for
 * binary data.
 */
export function decode(bytes: Uint8Array, httpCharset?: string): string | undefined {
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = (httpCharset || CHARSET.exec(head)?.[1])?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030)$/.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const HTML_TYPE = /^\s*(?:text\/|application\/xhtml)|^\s*$/i;

/** An HTTP response's body as text, or undefined when its type or bytes are no web page's. */
export function decodeResponse(bytes: Uint8Array, contentType: string): string | undefined {
  return HTML_TYPE.test(contentType) ? decode(bytes, CONTENT_TYPE_CHARSET.exec(contentType)?.[1]) : undefined;
}
