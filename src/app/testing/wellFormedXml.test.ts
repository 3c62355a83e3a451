/**
 * The fast XML well-formedness check agrees with a real XML parser (jsdom's DOMParser) on
 * well-formed and broken documents of the SVG export's shape.
 */
import { describe, expect, it } from 'vitest';
import { xmlProblem } from './wellFormedXml';

const domOk = (xml: string): boolean =>
  new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length === 0;

const doc = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10">${inner}</svg>`;

describe('xmlProblem', () => {
  it.each([
    ['a plain document', doc('<g data-rack="r1"><rect x="1" y="2"/><text x="1">R1 &amp; R2</text></g>'), true],
    ['entities and numeric references', doc('<text>&lt;&gt;&quot;&apos;&#65;&#x41;</text>'), true],
    ['an astral character', doc('<text>\ud83d\ude00</text>'), true],
    ['U+0000 in text', doc('<text>a\u0000b</text>'), false],
    ['U+FFFF in an attribute', doc('<rect x="\uffff"/>'), false],
    ['a lone surrogate', doc('<text>\ud800</text>'), false],
    ['a bare &', doc('<text>R&D</text>'), false],
    ['< in an attribute', doc('<rect x="<"/>'), false],
    ['an unclosed element', doc('<g><rect/>'), false],
    ['crossed elements', doc('<g><text></g></text>'), false],
    ['text after the root', `${doc('')}x`, false],
    ['two roots', `${doc('')}<svg/>`, false],
  ])('%s', (_name, xml, ok) => {
    expect(domOk(xml)).toBe(ok);
    expect(xmlProblem(xml) === null).toBe(ok);
  });
});
