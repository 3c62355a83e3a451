/**
 * The index an analysis of the incremental analyzer holds (`engine/liveIndex`): it reads the
 * analyzer's live maps until the next update, then detaches and answers from an index built
 * from its own design, so an old analysis never sees a newer design.
 */
import type { Catalogue } from '../catalogue';
import type { Design } from '../design';
import type { CableId, DeviceId } from '../ids';
import {
  buildDesignIndex,
  indexOf,
  type DesignIndex,
  type PlugAt,
  type ResolvedCable,
  type ResolvedDevice,
} from './designIndex';

/** What a snapshot reads from the analyzer's live index (`engine/liveIndex`) while attached. */
export interface LiveMaps {
  readonly design: Design;
  readonly catalogue: Catalogue;
  readonly devices: ReadonlyMap<DeviceId, ResolvedDevice>;
  readonly cables: ReadonlyMap<CableId, ResolvedCable>;
  readonly plugsByDevice: Map<string, Map<string, PlugAt>>;
  readonly crowdedPorts: Map<string, CableId[]>;
  readonly cages: Map<string, Map<string, DeviceId>>;
}

/** An index reading a live index until it detaches; then one built from its own design. */
export class Snapshot implements DesignIndex {
  readonly design: Design;
  readonly catalogue: Catalogue;
  #live: LiveMaps | null;
  #own: DesignIndex | null = null;
  #flatIndex: DesignIndex | null = null;
  readonly #crowded: ReadonlyMap<string, readonly CableId[]>;

  /** Reads `live` (its design, catalogue and maps) until `detach`. */
  constructor(live: LiveMaps) {
    this.#live = live;
    this.design = live.design;
    this.catalogue = live.catalogue;
    this.#crowded = live.crowdedPorts;
  }

  /** Stops reading the live index: later reads come from an index built from this design. */
  detach(): void {
    this.#live = null;
  }

  #base(): DesignIndex {
    return (this.#own ??= buildDesignIndex(this.design));
  }

  get devices(): ReadonlyMap<DeviceId, ResolvedDevice> {
    return this.#live ? this.#live.devices : this.#base().devices;
  }
  get cables(): ReadonlyMap<CableId, ResolvedCable> {
    return this.#live ? this.#live.cables : this.#base().cables;
  }
  get plugsByDevice(): ReadonlyMap<string, ReadonlyMap<string, PlugAt>> {
    return this.#live ? this.#live.plugsByDevice : this.#base().plugsByDevice;
  }
  get crowdedPorts(): ReadonlyMap<string, readonly CableId[]> {
    return this.#live ? this.#crowded : this.#base().crowdedPorts;
  }
  get cages(): ReadonlyMap<string, ReadonlyMap<string, DeviceId>> {
    return this.#live ? this.#live.cages : this.#base().cages;
  }
  get plugs(): ReadonlyMap<string, PlugAt> {
    return this.#live ? this.#flat(this.#live).plugs : this.#base().plugs;
  }
  get cageContents(): ReadonlyMap<string, DeviceId> {
    return this.#live ? this.#flat(this.#live).cageContents : this.#base().cageContents;
  }

  /** An index over the live tables, for its flat `plugs` and `cageContents` maps (built on first read). */
  #flat(live: LiveMaps): DesignIndex {
    return (this.#flatIndex ??= indexOf(this.design, this.catalogue, this.devices, this.cables, {
      plugsByDevice: live.plugsByDevice,
      crowdedPorts: live.crowdedPorts,
      cages: live.cages,
    }));
  }
}
