/**
 * Test support: a well-formedness check of XML documents of the shape the rack elevation SVG
 * export writes (an XML declaration, elements with double-quoted attributes, character data, no
 * comments, CDATA or doctype). It checks what breaks such a document in a viewer: characters XML
 * 1.0 does not allow (§2.2 Char), `<` or a stray `&` in text and attribute values (§2.4, §3.1),
 * unbalanced or malformed tags, and text outside the root element. Much faster than building a
 * DOM, so the fuzz tests can check every exported SVG.
 */

/** XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (surrogate pairs). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}="[^"<]*")*)\\s*(/?)>$`);

/** Why `text` is not well-formed XML character data (a stray `&`), or null. */
function dataProblem(text: string, where: string): string | null {
  if (text.replace(ENTITY, '').includes('&')) return `a bare & in ${where}`;
  return null;
}

/**
 * The first well-formedness problem of `xml`, or null when it is well-formed (for the subset
 * described above). Never throws.
 */
export function xmlProblem(xml: string): string | null {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad)
    return `character U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML (at ${bad.index})`;
  let body = xml;
  const decl = /^<\?xml [^?]*\?>\s*/.exec(body);
  if (decl) body = body.slice(decl[0].length);
  const stack: string[] = [];
  let rootClosed = false;
  let at = 0;
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    if (text.trim() !== '' && (stack.length === 0 || rootClosed)) return 'text outside the root element';
    const p = dataProblem(text, 'text');
    if (p) return p;
    if (lt < 0) break;
    const gt = body.indexOf('>', lt);
    if (gt < 0) return 'an unterminated tag';
    const tag = body.slice(lt, gt + 1);
    const m = TAG.exec(tag);
    if (!m) return `a malformed tag ${tag.slice(0, 60)}`;
    const [, close, name, attrs, self] = m as unknown as [string, string, string, string, string];
    const ap = dataProblem(attrs, `the attributes of <${name}>`);
    if (ap) return ap;
    if (close) {
      if (self || attrs.trim() !== '') return `a malformed end tag ${tag}`;
      if (stack.pop() !== name) return `</${name}> does not close the open element`;
      if (stack.length === 0) rootClosed = true;
    } else {
      if (rootClosed) return 'a second root element';
      if (!self) stack.push(name);
      else if (stack.length === 0) rootClosed = true;
    }
    at = gt + 1;
  }
  if (stack.length > 0) return `<${stack.at(-1)}> is never closed`;
  if (!rootClosed) return 'no root element';
  return null;
}
