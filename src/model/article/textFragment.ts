/** Characters that a text directive must escape on top of ordinary URL encoding (they are its syntax). */
function encodeDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * A link to the publisher's page that opens scrolled to the quoted words (a URL text fragment,
 * `#:~:text=[prefix-,]text[,-suffix]`). Prefix/suffix keep it on the right occurrence.
 * Returns null when the source URL is not http(s).
 */
export function textFragmentUrl(sourceUrl: string, quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined }): string | null {
  let url: URL;
  try {
    url = new URL(sourceUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Browsers match text fragments on whitespace-normalised text; collapse runs so the directive stays short and exact.
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const parts = [
    quote.prefix && clean(quote.prefix) ? `${encodeDirectivePart(clean(quote.prefix))}-` : null,
    encodeDirectivePart(clean(quote.exact)),
    quote.suffix && clean(quote.suffix) ? `-${encodeDirectivePart(clean(quote.suffix))}` : null,
  ].filter((p): p is string => p !== null);
  url.hash = '';
  return `${url.toString()}#:~:text=${parts.join(',')}`;
}
