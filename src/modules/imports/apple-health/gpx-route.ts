import { SaxesParser } from 'saxes';
import type { Readable } from 'node:stream';
import type { SdkRoutePoint } from './export-items.js';
import { utcString } from './export-time.js';

/**
 * Points kept from one GPX file before thinning: a GPX route has a point every second or so (a marathon is ~15,000),
 * and normalization keeps at most 20,000; past this every other point is dropped, so a bogus file stays bounded.
 */
const MAX_POINTS = 40_000;

interface PendingPoint {
  latitude: number;
  longitude: number;
  altitudeM: number | null;
  timestamp: string | null;
  horizontalAccuracyM: number | null;
  verticalAccuracyM: number | null;
}

function number(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** The `<trkpt>`s of a workout-routes/*.gpx file as the iOS SDK's route points; throws when it is not XML. */
export async function readGpxRoute(stream: Readable): Promise<SdkRoutePoint[]> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let points: SdkRoutePoint[] = [];
  let stride = 1;
  let seen = 0;
  let point: PendingPoint | null = null;
  let field: string | null = null;
  let text = '';
  let failure: Error | null = null;

  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'trkpt') {
      const latitude = number(tag.attributes.lat ?? '');
      const longitude = number(tag.attributes.lon ?? '');
      point =
        latitude === null || longitude === null
          ? null
          : {
              latitude,
              longitude,
              altitudeM: null,
              timestamp: null,
              horizontalAccuracyM: null,
              verticalAccuracyM: null,
            };
    } else if (point && ['ele', 'time', 'hAcc', 'vAcc'].includes(tag.name)) {
      field = tag.name;
      text = '';
    }
  });
  parser.on('text', (value) => {
    if (field) text += value;
  });
  parser.on('closetag', (tag) => {
    if (point && tag.name === field) {
      if (field === 'ele') point.altitudeM = number(text);
      else if (field === 'hAcc') point.horizontalAccuracyM = number(text);
      else if (field === 'vAcc') point.verticalAccuracyM = number(text);
      else {
        const time = Date.parse(text.trim());
        point.timestamp = Number.isNaN(time) ? null : utcString(new Date(time));
      }
      field = null;
    } else if (tag.name === 'trkpt' && point) {
      const { timestamp, ...rest } = point;
      point = null;
      if (timestamp === null || seen++ % stride !== 0) return;
      points.push({
        timestamp,
        latitude: rest.latitude,
        longitude: rest.longitude,
        altitudeM: rest.altitudeM,
        horizontalAccuracyM: rest.horizontalAccuracyM,
        verticalAccuracyM: rest.verticalAccuracyM,
      });
      if (points.length >= MAX_POINTS) {
        points = points.filter((_, i) => i % 2 === 0);
        stride *= 2;
      }
    }
  });

  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    parser.write(chunk);
    if (failure) break;
  }
  if (!failure) parser.close();
  if (failure) throw failure;
  return points;
}
