/**
 * The Proof of issue 12 as one scripted flow, shared by the desktop (mouse) and tablet (touch)
 * specs: from File → New, two racks, a cassette enclosure and a switch in each, an MPO-12 cassette
 * in each enclosure, a transceiver in each switch, a Type A trunk between the cassette rears and
 * duplex cords from the cassette fronts to the transceivers (Method A: an A-to-B cord at one end,
 * an A-to-A cord at the other; REFERENCE §5.4), connected through the port picker. Every gesture
 * is a real pointer gesture; the store is only read, to find where things are (the canvas probe
 * turns scene geometry into client points) and never written. The channel is verified by reading
 * the channel list. Zoom and pan actions are counted: the flow never zooms, and pans (a background
 * drag) only when something it needs lies outside the canvas.
 *
 * ```text
 *  R1: SW1 Eth1 ─PC A-to-B─ P1 slot 1 MOD-A ══ T Type A MPO-12 ══ MOD-A slot 1 P2 ─PC A-to-A─ SW2 Eth1 :R2
 * ```
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { doc, ready, where, type Pt } from './designerPage';

export const ENCL = 'equipment/enclosure-1u-4slot-cassette-modular';
export const SWITCH = 'equipment/switch-1u-24xsfpplus';
export const CASSETTE = 'module/mod-a-12f-1xmpo12-f-upc-om4';
export const SFP = 'transceiver/10gbase-sr-sfpplus';
export const TRUNK = 'cable/mpo12-typeA-mm-upc';
export const CORD_AB = 'cable/lc-duplex-ab-upc';
export const CORD_AA = 'cable/lc-duplex-aa-upc';
export const SCREENS = 'test-results/screens';

/** How the flow touches the page: the mouse on the desktop, a finger on the tablet. */
export interface Driver {
  readonly name: 'desktop' | 'tablet';
  readonly page: Page;
  /** Presses and releases at a client point. */
  tap(p: Pt): Promise<void>;
  /** Presses and releases on an element (its centre). */
  tapOn(l: Locator): Promise<void>;
  /** Brings a palette part on screen (searching for it) and places it at a canvas point. */
  place(part: string, to: Pt): Promise<void>;
  /** Arms the connect tool with a cable part from the palette. */
  arm(cable: string): Promise<void>;
  /** Opens the port picker of the device whose name label is at `handle`: hover (mouse) or tap (finger). */
  openPicker(handle: Pt): Promise<Locator>;
  /** Pans the canvas: drags the background from `from` to `to` (mouse button or one finger). */
  pan(from: Pt, to: Pt): Promise<void>;
}

/** What the flow measured. */
export interface FlowReport {
  readonly project: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /**
   * Zoom gestures the flow made (it makes none), and pan gestures: one whenever a rack unit, slot,
   * port or device it needs lies outside the canvas (bottom 100 px excluded: legend, minimap).
   */
  readonly zoomActions: number;
  readonly panActions: number;
  readonly wallMs: number;
  /** The canvas zoom the whole flow ran at (the app's Fit of two racks). */
  readonly scale: number;
  /** Smallest side of a picker cell the flow chose, CSS px. */
  readonly minPortHitPx: number;
  readonly picks: number;
  readonly steps: readonly string[];
}

/** The id of the device that `before` (a device id list) did not hold. */
async function newDevice(page: Page, before: readonly string[]): Promise<string> {
  const ids = Object.keys((await doc(page)).devices).filter((id) => !before.includes(id));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

const viewport = (page: Page) => page.evaluate(() => window.__designer!.getState().session.viewport);
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
type Rect = { x: number; y: number; w: number; h: number };

/**
 * A blank point of the canvas to pan from: the middle of an on-screen elevation's unit-number rail
 * (never a device, which the select tool would drag).
 */
async function blankPoint(page: Page, r: Rect): Promise<Pt> {
  const elevs = await page.evaluate(() => window.__designer!.probe.elevations());
  for (const e of elevs) {
    const x = e.x + (e.w * 13) / 284; // the rail is 26 of an elevation's 284 world px
    const y = clamp(e.y + e.h / 2, Math.max(r.y + 60, e.y + 50), Math.min(r.y + r.h - 120, e.y + e.h - 10));
    if (x > r.x + 10 && x < r.x + r.w - 10 && y > r.y + 40 && y < r.y + r.h - 100) return { x, y };
  }
  throw new Error('no elevation on screen to pan from');
}

const deviceIds = async (page: Page) => Object.keys((await doc(page)).devices);

/**
 * Chooses the first cell of `cells` in the open picker, after checking it is free and mates (the
 * cell's own verdict, read from the DOM); returns the cell's smallest side in CSS px.
 */
export async function choose(d: Driver, picker: Locator, cells: string): Promise<number> {
  const cell = picker.locator(cells).first();
  await expect(cell).toBeVisible();
  await expect(cell).not.toHaveAttribute('data-verdict', 'checking');
  await expect(cell).toHaveAttribute('data-verdict', /^(pass|unchecked)$/);
  await expect(cell).toContainText('free');
  const box = (await cell.boundingBox())!;
  await d.tapOn(cell);
  await expect(picker).toBeHidden();
  return Math.min(box.width, box.height);
}

/** Runs the flow on `d` from an empty design; returns the measurements. */
export async function buildTwoRackChannel(d: Driver): Promise<FlowReport & { ids: Record<string, string> }> {
  const { page } = d;
  const steps: string[] = [];
  const sizes: number[] = [];
  const t0 = Date.now();
  const step = (s: string) => steps.push(s);
  let pans = 0;
  /** The point `get` gives, panned into view first when it lies outside the canvas (each pan counted). */
  const inView = async (get: () => Promise<Pt>): Promise<Pt> => {
    for (let i = 0; i < 3; i++) {
      const p = await get();
      const r = (await page.evaluate(() => window.__designer!.probe.rect()))!;
      const [x0, x1, y0, y1] = [r.x + 30, r.x + r.w - 30, r.y + 30, r.y + r.h - 100];
      if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) return p;
      const to = { x: clamp(p.x, x0 + 80, x1 - 80), y: clamp(p.y, y0 + 60, y1 - 60) };
      const from = await blankPoint(page, r);
      await d.pan(from, { x: from.x + to.x - p.x, y: from.y + to.y - p.y });
      pans++;
      step('pan');
    }
    throw new Error('could not bring the target into view');
  };

  await d.tapOn(page.getByRole('button', { name: 'New', exact: true }));
  await expect(page.getByTestId('notice')).toContainText('New design');
  step('File → New (one 42U rack)');
  await d.tapOn(page.getByRole('button', { name: '+ Rack', exact: true }));
  await expect.poll(async () => Object.keys((await doc(page)).racks).length).toBe(2);
  step('+ Rack');
  // The view the app chose (its automatic Fit after + Rack): the flow never zooms (checked at the end).
  await page.waitForTimeout(300);
  const view0 = await viewport(page);
  const [r1, r2] = Object.values((await doc(page)).racks)
    .sort((a, b) => a.order - b.order)
    .map((r) => r.id);
  const ids: Record<string, string> = {};
  for (const [rack, n] of [
    [r1!, 1],
    [r2!, 2],
  ] as const) {
    let before = await deviceIds(page);
    await d.place(SWITCH, await inView(() => where(page, 'unit', rack, 40)));
    ids[`sw${n}`] = await newDevice(page, before);
    step(`switch into R${n} U40`);
    before = await deviceIds(page);
    await d.place(ENCL, await inView(() => where(page, 'unit', rack, 38)));
    ids[`p${n}`] = await newDevice(page, before);
    step(`cassette enclosure into R${n} U38`);
    before = await deviceIds(page);
    await d.place(CASSETTE, await inView(() => where(page, 'slot', ids[`p${n}`], 'slot-1')));
    ids[`c${n}`] = await newDevice(page, before);
    step(`MPO-12 cassette (MOD-A) into the enclosure's slot 1`);
    for (const k of [1, 2]) {
      before = await deviceIds(page);
      await d.place(SFP, await inView(() => where(page, 'port', { device: ids[`sw${n}`], port: `cage-${k}` })));
      ids[`t${n}${k}`] = await newDevice(page, before);
      step(`10GBASE-SR transceiver into the switch's Eth${k}`);
    }
  }

  // The trunk between the cassette rears, through the picker.
  const connect = async (cable: string, a: [string, string], b: [string, string], what: string) => {
    await d.arm(cable);
    const n0 = Object.keys((await doc(page)).cables).length;
    for (const [dev, cells] of [a, b]) {
      const picker = await d.openPicker(await inView(() => where(page, 'handle', dev)));
      sizes.push(await choose(d, picker, cells));
    }
    await expect.poll(async () => Object.keys((await doc(page)).cables).length).toBe(n0 + 1);
    step(what);
  };
  const rear1 = 'section[aria-label="Rear"] [data-group="slot-1"] [role="option"]';
  const front1 = 'section[aria-label="Front"] [data-group="slot-1"] [role="option"]';
  const eth1 = '[data-group="cages"] [role="option"]';
  await connect(TRUNK, [ids.p1!, rear1], [ids.p2!, rear1], 'Type A trunk: R1 cassette rear → R2 cassette rear');
  await connect(CORD_AB, [ids.sw1!, eth1], [ids.p1!, front1], 'A-to-B cord: SW1 Eth1 → R1 cassette Port 1');
  await connect(CORD_AA, [ids.sw2!, eth1], [ids.p2!, front1], 'A-to-A cord: SW2 Eth1 → R2 cassette Port 1');
  await page.keyboard.press('Escape');

  // The first channel, read from the channel list.
  const row = page.locator('tr[data-channel]').first();
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-class', 'pass');
  await expect(row).toContainText('OK');
  await expect(row).toContainText('Eth1');
  await expect(page.getByLabel('Channel summary')).toContainText('1 pass');
  step('read the channel list: Eth1 ↔ Eth1 OK');
  const wallMs = Date.now() - t0;
  expect((await viewport(page)).scale).toBe(view0.scale);
  const vp = page.viewportSize()!;
  return {
    project: d.name,
    viewport: vp,
    zoomActions: 0,
    panActions: pans,
    scale: view0.scale,
    wallMs,
    minPortHitPx: Math.min(...sizes),
    picks: sizes.length,
    steps,
    ids,
  };
}

/** Starts the app and waits for the first analysed design. */
export async function start(page: Page): Promise<void> {
  await page.goto('/');
  await ready(page);
}

/**
 * Writes the flow's figures to the test's annotations and to
 * `test-results/connect12-proof-<project>-<width>x<height>.json`; returns the device ids.
 */
export function recordReport(report: FlowReport & { ids: Record<string, string> }): Record<string, string> {
  const { ids, ...summary } = report;
  test
    .info()
    .annotations.push(
      { type: 'zoom/pan actions', description: `${report.zoomActions + report.panActions}` },
      { type: 'wall time', description: `${report.wallMs} ms` },
      { type: 'min port hit size', description: `${report.minPortHitPx} px` },
      { type: 'canvas zoom', description: `${Math.round(report.scale * 100)}%` },
      { type: 'steps', description: report.steps.join(' | ') },
    );
  mkdirSync('test-results', { recursive: true });
  const { width, height } = report.viewport;
  writeFileSync(
    `test-results/connect12-proof-${report.project}-${width}x${height}.json`,
    JSON.stringify(summary, null, 2),
  );
  return ids;
}
