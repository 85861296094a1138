/** A host name (letters of any script, digits, hyphens) with a dot, then an optional path. */
const WEBSITE = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d{1,5})?(\/[^\s]*)?$/u;

/**
 * A website in the form the directory compares: without scheme, "www." or trailing slashes, in
 * lower case (`https://www.Example.com/` → `example.com`); null when it is not a website.
 */
export function normalizedWebsite(text: string): string | null {
  const normalized = text.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
  return WEBSITE.test(normalized) ? normalized : null;
}
