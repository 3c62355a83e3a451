/**
 * The inspector's "why the verdict holds" for parts with an UNVERIFIED map (REFERENCE §5.1–§5.2):
 * per module class, the method's combination rule; nothing for a verified part.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../core/catalogue';
import { unverifiedWhy } from './unverifiedWhy';

const part = (id: string) => BUILTIN_CATALOGUE.get(id);

describe('unverifiedWhy', () => {
  it.each([
    ['module/mod-u1-12f-1xmpo12-f-upc-om4', 'Method U1: MOD-U1 at both ends of a Type-B trunk'],
    ['module/mod-u2-12f-1xmpo12-f-upc-om4', 'Method U2: MOD-U2 at both ends'],
    ['module/mod-b2-12f-1xmpo12-f-upc-om4', 'Method B: MOD-B1 at one end and MOD-B2 at the other'],
  ])('%s names the rule: %s', (id, rule) => {
    const text = unverifiedWhy(part(id));
    expect(text).toContain(rule);
    expect(text).toContain('REFERENCE §5.1');
  });
  it('says nothing for a part whose map is not UNVERIFIED (MOD-A, §5.2)', () => {
    expect(part('module/mod-a-12f-1xmpo12-f-upc-om4')?.provenance.unverified).toBeFalsy();
    expect(unverifiedWhy(part('module/mod-a-12f-1xmpo12-f-upc-om4'))).toBeNull();
  });
});
