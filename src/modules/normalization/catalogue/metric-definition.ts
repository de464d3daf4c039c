/** How a metric's values relate to time: a reading at an instant, a quantity accumulated over [start, end], or a label. */
export type MetricKind = 'sample' | 'interval' | 'category';

/** The canonical way to roll a metric up to one value per day. */
export type Aggregation = 'sum' | 'avg' | 'min' | 'max' | 'last';

export type MetricGroup =
  | 'heart'
  | 'blood'
  | 'respiratory'
  | 'body'
  | 'fitness'
  | 'activity'
  | 'distance'
  | 'walking'
  | 'running'
  | 'cycling'
  | 'swimming'
  | 'movement'
  | 'environment'
  | 'nutrition'
  | 'mindfulness'
  | 'reproductive_health'
  | 'vendor'
  | 'other';

export interface MetricDefinition {
  /** Stable code used in storage and read responses; the peer's series code where one exists. */
  code: string;
  /** Canonical unit every stored value is converted to; a symbol known to the unit registry. */
  unit: string;
  kind: MetricKind;
  aggregation: Aggregation;
  /** Smallest and largest plausible value, in `unit`; anything outside is rejected. */
  min: number;
  max: number;
  group: MetricGroup;
  description: string;
  /** Category metrics: the platform integer → label. */
  categories?: Readonly<Record<number, string>>;
  /** The peer's series id when this code is one of its 93 series, for compatibility checks. */
  peerId?: number;
  /** The peer's code when ours differs (we renamed it to fix a fault). */
  peerCode?: string;
  /** g/mol, for analytes that arrive either as a mass or a molar concentration. */
  molarMass?: number;
}
