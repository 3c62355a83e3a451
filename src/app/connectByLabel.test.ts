/**
 * Connect by label, the pure part: a typed label names a port only when it is an exact
 * identifier in either scheme (REFERENCE §9.1 TIA-606-B style, §9.2 project grammar), in any case
 * and with or without leading zeros; the dialog's cable defaults to the tool's, else the last one.
 *
 * ```text
 *  R1 (rack 1): P1 enclosure, slot 1: C1 MOD-A cassette (Port1–Port6, MPO1); SW1 24 × SFP+
 *  PC1 (LC duplex A-to-B) SW1 Eth1 ── P1-C1 Port1
 * ```
 */
import { describe, expect, it } from 'vitest';
import { cage, DesignBuilder, front } from '../core/designBuilder';
import { partId } from '../core/ids';
import { labelsFor } from '../core/labels';
import { defaultCablePart, portOfLabel } from './connectByLabel';

const b = new DesignBuilder('by label');
const r1 = b.rack('R1');
const sw = b.equipment(r1, 'equipment/switch-1u-24xsfpplus', 40, 'SW1');
const p1 = b.equipment(r1, 'equipment/enclosure-1u-4slot-cassette-modular', 38, 'P1');
const c1 = b.module(p1, 1, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'P1-C1');
b.transceiver(sw, 1, 'transceiver/10gbase-sr-sfpplus', 'SW1 Eth1');
const d0 = b.build();
b.cable('cable/lc-duplex-aa-upc', 'PC1', 2, 'OM4', { A: cage(sw, 1), B: front(c1, 1) });
const d1 = b.build();

describe('portOfLabel', () => {
  const tia = labelsFor(d0).ports.get(`${c1}#front-3`)!.tia606;
  it.each([
    ['R1-P1-C1-Port3', front(c1, 3)],
    ['r1-p1-c1-port3', front(c1, 3)],
    ['R01-P01-C01-Port03', front(c1, 3)],
    [tia, front(c1, 3)],
    ['R1-SW1-Eth1', cage(sw, 1)],
    ['R1-P1-C1-Port', null],
    ['C1-Port3', null],
    ['R9-P1-C1-Port3', null],
    ['', null],
  ])('%s → %j', (text, ref) => {
    expect(portOfLabel(d0, text)?.ref ?? null).toEqual(ref);
  });
});

describe('defaultCablePart', () => {
  it('is the connect tool’s part, else the last cable’s, else an LC duplex A-to-B cord', () => {
    expect(defaultCablePart(d1, partId('cable/mpo12-typeA-mm-upc'))).toBe('cable/mpo12-typeA-mm-upc');
    expect(defaultCablePart(d1, null)).toBe('cable/lc-duplex-aa-upc');
    expect(defaultCablePart(d0, null)).toBe('cable/lc-duplex-ab-upc');
  });
});
