/**
 * Printable labels of the GT-11 breakout (breakoutFixture.ts):
 * ```
 *  cabled ports: R1-P1-C1-MPO1, R1-P1-C1-Port1…4, R1-SW1-Eth1, R1-SW2-Eth1…4   (10)
 *  cable ends:   T1 and P1…P4, both ends                                        (10)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { breakoutFixture } from '../fixtures/breakoutFixture';
import { labelSheetItems, portLinkHash } from './labelSheet';

const { design } = breakoutFixture();

describe('labelSheetItems', () => {
  it('lists cabled ports then both ends of every cable, with #port= QR payloads', () => {
    const items = labelSheetItems(design, { baseUrl: 'https://mpo.example/app/' });
    expect(items.filter((i) => i.kind === 'port').map((i) => i.text)).toEqual([
      'R1-P1-C1-MPO1',
      'R1-P1-C1-Port1',
      'R1-P1-C1-Port2',
      'R1-P1-C1-Port3',
      'R1-P1-C1-Port4',
      'R1-SW1-Eth1',
      'R1-SW2-Eth1',
      'R1-SW2-Eth2',
      'R1-SW2-Eth3',
      'R1-SW2-Eth4',
    ]);
    const ends = items.filter((i) => i.kind === 'cable-end');
    expect(ends).toHaveLength(10);
    expect(ends.find((i) => i.text === 'R1-SW1-Eth1/R1-P1-C1-MPO1')).toEqual({
      kind: 'cable-end',
      text: 'R1-SW1-Eth1/R1-P1-C1-MPO1',
      secondary: 'T1, 30 m OM4',
      qr: 'https://mpo.example/app/#port=R1-SW1-Eth1',
    });
  });
  it('can list every port (32 + 56 cages, 7 cassette ports) and encodes labels in the hash', () => {
    expect(labelSheetItems(design, { ports: 'all', cableEnds: false })).toHaveLength(32 + 56 + 7);
    expect(portLinkHash('AJ05-14:C3-04/x y')).toBe('#port=AJ05-14%3AC3-04%2Fx%20y');
  });
});
