// Writing text into XML safely: escape markup and drop the few characters XML 1.0 cannot hold.

// Control characters other than tab, line feed and carriage return are not allowed in XML 1.0,
// nor are lone surrogates or U+FFFE/U+FFFF; a parser would reject the whole file.
const NOT_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content or an attribute value (quotes escaped too, so one function serves both). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One line of text: for xs:normalizedString fields (titles), which must not hold line breaks or tabs. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Plain authored text shown as HTML by an LMS (QTI mattext): escaped once as HTML so that
 * "<b>" shows as written, then once more as XML by the caller's escapeXml.
 */
export function plainTextAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
