import { addAbortSignal } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  convertRecord,
  convertWorkout,
  type ConvertedElement,
  type ExportElement,
  type SdkRecord,
  type SdkSleep,
  type SdkWorkout,
} from './export-items.js';
import { ExportFormatError, exportFileSize, openExportInput, type ExportInput } from './export-input.js';
import { readGpxRoute } from './gpx-route.js';

export { ExportFormatError, exportFileSize };

export interface ExportRejection {
  /** The record's HealthKit type, or the element name (`Workout`, `WorkoutRoute`). */
  type: string;
  reason: string;
  /** Line of export.xml the element starts on. */
  line: number;
}

export interface ExportChunk {
  /** iOS SDK envelope `data` shape: pass straight to NormalizationService.normalizeBatch({ provider: 'apple', data }). */
  data: { records: unknown[]; workouts: unknown[]; sleep: unknown[] };
  /**
   * Elements read in this chunk per export type: a `Record` under its HealthKit type, a `Correlation` under its
   * correlation type, `Workout`, and elements that are counted but not imported under their element name
   * (`ActivitySummary`, `ClinicalRecord`, `Audiogram`, `VisionPrescription`).
   */
  seen: Record<string, number>;
  /** Per-element rejections found while reading (impossible date, missing value, unknown unit, …). */
  rejections: ExportRejection[];
  /** Bytes of the input file consumed so far (compressed bytes for a zip or gzip); the last chunk says all of it. */
  bytesRead: number;
}

export interface ExportReadOptions {
  /** Items per chunk, default 2000 (the iOS SDK's own batch size). */
  chunkSize?: number;
  signal?: AbortSignal;
}

const DEFAULT_CHUNK_SIZE = 2000;
/** Route points are the bulk of a workout: a chunk closes after this many workouts with a GPX route. */
const MAX_ROUTES_PER_CHUNK = 10;
/**
 * The export repeats a blood pressure pair (and a food's nutrients) both as top-level Records and inside their
 * Correlation. Ids of the top-level ones are remembered, up to this many, so the nested copy is not sent twice.
 */
const MAX_REMEMBERED_IDS = 100_000;
const CORRELATED_TYPE = /^HKQuantityTypeIdentifier(BloodPressure|Dietary)/;

/** Top-level elements turned into SDK items, and which of their children matter. */
const COLLECTED_CHILDREN: Readonly<Record<string, ReadonlySet<string>>> = {
  Record: new Set(),
  Correlation: new Set(['Record']),
  Workout: new Set(['WorkoutStatistics', 'WorkoutEvent', 'WorkoutRoute']),
  WorkoutRoute: new Set(['FileReference', 'Location']),
};

/**
 * Counted as seen but not imported. ActivitySummary rings are daily totals that the SDK path derives from the
 * Records the export also holds (active energy, exercise time, stand hours): importing them too would count a day
 * twice. Clinical records, audiograms and prescriptions have no place in the SDK's payload.
 */
const COUNTED_ONLY: ReadonlySet<string> = new Set([
  'ActivitySummary',
  'ClinicalRecord',
  'Audiogram',
  'VisionPrescription',
]);

interface PendingRoute {
  workout: SdkWorkout;
  file: string;
  line: number;
}

class ChunkBuilder {
  readonly records: SdkRecord[] = [];
  readonly workouts: SdkWorkout[] = [];
  readonly sleep: SdkSleep[] = [];
  readonly seen: Record<string, number> = {};
  readonly rejections: ExportRejection[] = [];
  readonly routes: PendingRoute[] = [];
  /** Items, rejections and not-imported elements: what bounds the chunk's memory and its share of progress. */
  size = 0;
}

/** Turns export.xml text into chunks; push text with write(), take full chunks with takeReady(). */
class ExportCollector {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  private readonly ready: ChunkBuilder[] = [];
  private builder = new ChunkBuilder();
  private depth = 0;
  private rootSeen = false;
  /** Open elements below the top level; null for a subtree that is skipped. */
  private readonly open: Array<ExportElement | null> = [];
  private readonly remembered = new Set<string>();

  constructor(private readonly chunkSize: number) {
    this.parser.on('opentag', (tag) => this.onOpen(tag));
    this.parser.on('closetag', () => this.onClose());
    this.parser.on('error', (error) => {
      throw this.formatError(error);
    });
  }

  write(text: string): void {
    if (text !== '') this.parser.write(text);
  }

  close(): void {
    this.parser.close();
  }

  takeReady(): ChunkBuilder[] {
    return this.ready.splice(0);
  }

  takeRest(): ChunkBuilder {
    const rest = this.builder;
    this.builder = new ChunkBuilder();
    return rest;
  }

  private formatError(error: Error): ExportFormatError {
    if (!this.rootSeen) {
      return new ExportFormatError(
        /root element/i.test(error.message)
          ? 'The file is not an Apple Health export: it holds no <HealthData> element.'
          : 'The file is not an Apple Health export: it is not XML.',
      );
    }
    if (/unclosed tag|unexpected end/i.test(error.message) || this.depth > 0) {
      return new ExportFormatError(
        `The export.xml is cut off or damaged at line ${this.parser.line}: the file looks truncated.`,
      );
    }
    return new ExportFormatError(`The export.xml is damaged at line ${this.parser.line}.`);
  }

  private onOpen(tag: SaxesTagPlain): void {
    if (!this.rootSeen) {
      if (tag.name !== 'HealthData') {
        throw new ExportFormatError(
          `The file is not an Apple Health export: its root element is <${tag.name}>, not <HealthData>.`,
        );
      }
      this.rootSeen = true;
      this.depth = 1;
      return;
    }
    this.depth++;
    const attributes = tag.attributes as Record<string, string>;
    if (this.depth === 2) {
      this.open.length = 0;
      const collected = Object.hasOwn(COLLECTED_CHILDREN, tag.name) && tag.name !== 'WorkoutRoute';
      this.open.push(collected || COUNTED_ONLY.has(tag.name) ? this.element(tag.name, attributes) : null);
      return;
    }
    const parent = this.open.at(-1) ?? null;
    if (parent === null) {
      this.open.push(null);
    } else if (tag.name === 'MetadataEntry') {
      if (attributes.key !== undefined) (parent.metadata ??= {})[attributes.key] = attributes.value ?? '';
      this.open.push(null);
    } else if (COLLECTED_CHILDREN[parent.name]?.has(tag.name)) {
      const child = this.element(tag.name, attributes);
      parent.children.push(child);
      this.open.push(child);
    } else {
      this.open.push(null);
    }
  }

  private element(name: string, attributes: Record<string, string>): ExportElement {
    return { name, attributes, line: this.parser.line, metadata: null, children: [] };
  }

  private onClose(): void {
    this.depth--;
    if (this.depth === 0) return;
    const element = this.open.pop() ?? null;
    if (this.depth === 1 && element) this.finish(element);
  }

  /** A complete top-level element: never earlier, so a cut-off workout is never half sent. */
  private finish(element: ExportElement): void {
    const chunk = this.builder;
    if (element.name === 'Record') {
      const type = element.attributes.type ?? 'Record';
      this.count(chunk, type);
      const converted = convertRecord(element);
      if (converted.ok && CORRELATED_TYPE.test(type) && this.remembered.size < MAX_REMEMBERED_IDS) {
        this.remembered.add(converted.item.id);
      }
      this.add(chunk, converted, type, element.line);
    } else if (element.name === 'Correlation') {
      this.count(chunk, element.attributes.type ?? 'Correlation');
      for (const child of element.children) {
        const converted = convertRecord(child);
        if (converted.ok && this.remembered.has(converted.item.id)) continue;
        this.add(chunk, converted, child.attributes.type ?? 'Record', child.line);
      }
    } else if (element.name === 'Workout') {
      this.count(chunk, 'Workout');
      this.add(chunk, convertWorkout(element), 'Workout', element.line);
    } else {
      this.count(chunk, element.name);
      chunk.size++;
    }
    if (chunk.size >= this.chunkSize || chunk.routes.length >= MAX_ROUTES_PER_CHUNK) {
      this.ready.push(chunk);
      this.builder = new ChunkBuilder();
    }
  }

  private count(chunk: ChunkBuilder, type: string): void {
    chunk.seen[type] = (chunk.seen[type] ?? 0) + 1;
  }

  private add(chunk: ChunkBuilder, converted: ConvertedElement, type: string, line: number): void {
    chunk.size++;
    if (!converted.ok) {
      chunk.rejections.push({ type, reason: converted.reason, line });
    } else if (converted.collection === 'records') {
      chunk.records.push(converted.item);
    } else if (converted.collection === 'sleep') {
      chunk.sleep.push(converted.item);
    } else {
      chunk.workouts.push(converted.item);
      if (converted.routeFile)
        chunk.routes.push({ workout: converted.item, file: converted.routeFile, line });
    }
  }
}

/** Reads each GPX route a chunk's workouts refer to; a missing or unreadable file is a rejection, not a failure. */
async function attachRoutes(input: ExportInput, chunk: ChunkBuilder): Promise<void> {
  for (const { workout, file, line } of chunk.routes) {
    const stream = await input.openRoute(file);
    if (!stream) {
      chunk.rejections.push({
        type: 'WorkoutRoute',
        reason: `route file ${file} is not in the upload (the workout is imported without its route)`,
        line,
      });
      continue;
    }
    try {
      workout.route = await readGpxRoute(stream);
    } catch {
      stream.destroy();
      chunk.rejections.push({
        type: 'WorkoutRoute',
        reason: `route file ${file} is not a readable GPX file (the workout is imported without its route)`,
        line,
      });
    }
  }
  chunk.routes.length = 0;
}

/**
 * Streams an Apple Health export (the iPhone's export.zip, its export.xml, or that xml gzipped) as chunks of iOS
 * SDK wire items, so the SDK path's normalization handles both. Reading pauses while the caller works on a chunk
 * (the generator is only resumed for the next one), so memory stays flat whatever the file's size.
 */
export async function* readAppleHealthExport(
  filePath: string,
  options: ExportReadOptions = {},
): AsyncGenerator<ExportChunk> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError('chunkSize must be a positive integer');
  const { signal } = options;
  signal?.throwIfAborted();
  const fileSize = await exportFileSize(filePath);
  const input = await openExportInput(filePath);
  if (signal) addAbortSignal(signal, input.xml);
  const collector = new ExportCollector(chunkSize);
  const decoder = new TextDecoder('utf-8');

  const emit = async (chunk: ChunkBuilder, bytesRead: number): Promise<ExportChunk> => {
    await attachRoutes(input, chunk);
    return {
      data: { records: chunk.records, workouts: chunk.workouts, sleep: chunk.sleep },
      seen: chunk.seen,
      rejections: chunk.rejections,
      bytesRead: Math.min(bytesRead, fileSize),
    };
  };

  try {
    let failure: unknown = null;
    try {
      for await (const buffer of input.xml as AsyncIterable<Buffer>) {
        collector.write(decoder.decode(buffer, { stream: true }));
        for (const chunk of collector.takeReady()) yield await emit(chunk, input.bytesRead());
      }
      collector.write(decoder.decode());
      collector.close();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      failure = error;
    }
    // Whatever was complete before a failure is still handed over; the failure follows.
    for (const chunk of collector.takeReady()) yield await emit(chunk, input.bytesRead());
    const rest = collector.takeRest();
    if (failure !== null) {
      if (rest.size > 0) yield await emit(rest, input.bytesRead());
      throw failure;
    }
    yield await emit(rest, fileSize);
  } finally {
    input.close();
  }
}
