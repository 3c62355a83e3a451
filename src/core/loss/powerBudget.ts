/**
 * Transceiver power budget (REFERENCE §7.1, [S61]): where a transmitter gives its minimum launch
 * power and the receiver its sensitivity, power budget = Tx power − Rx sensitivity and power
 * margin = budget − channel insertion loss. The IEEE channel IL limit (§8) remains the primary
 * check; this is reported alongside it.
 */
import type { DeviceId } from '../ids';
import type { TransceiverPart } from '../parts';

/** Power budget of one direction of a channel. */
export interface PowerBudget {
  /** Transmitting transceiver device. */
  readonly from: DeviceId;
  /** Receiving transceiver device. */
  readonly to: DeviceId;
  /** Minimum Tx launch power, dBm. */
  readonly txPowerMinDbm: number;
  /** Rx sensitivity, dBm. */
  readonly rxSensitivityDbm: number;
  /** Tx power − Rx sensitivity, dB. */
  readonly budgetDb: number;
  /** Channel insertion loss in this direction, dB. */
  readonly ilDb: number;
  /** budgetDb − ilDb, dB; negative means the receiver is under-driven. */
  readonly marginDb: number;
  readonly source: string;
}

/**
 * Power budget from `tx` (at device `from`) to `rx` (at device `to`) over `ilDb` dB, or null when
 * either figure is missing. Source: REFERENCE §7.1 "power margin = (Tx power − Rx sensitivity) −
 * link loss" [S61].
 */
export function powerBudget(
  from: DeviceId,
  tx: TransceiverPart,
  to: DeviceId,
  rx: TransceiverPart,
  ilDb: number,
): PowerBudget | null {
  if (tx.txPowerMinDbm === undefined || rx.rxSensitivityDbm === undefined) return null;
  const budgetDb = tx.txPowerMinDbm - rx.rxSensitivityDbm;
  return {
    from,
    to,
    txPowerMinDbm: tx.txPowerMinDbm,
    rxSensitivityDbm: rx.rxSensitivityDbm,
    budgetDb,
    ilDb,
    marginDb: budgetDb - ilDb,
    source: 'REFERENCE §7.1 [S61]',
  };
}
