/**
 * The model file: gzipped JSON with a readable provenance header, the feature names (one
 * per line) and the weights quantised to 16-bit integers (base64, little-endian).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { NUM_LABELS } from './features.js';
import type { TaggerWeights } from './tagger.js';
import { NER_LABELS, type ModelProvenance } from './types.js';

export const MODEL_FORMAT = 'dossier-ner-perceptron/1';

interface ModelFileJson {
  format: string;
  provenance: ModelProvenance;
  labels: string[];
  /** weight = int16 / scale */
  scale: number;
  features: string;
  weights: string;
  dictionary: [string, string][];
}

export interface EncodeOptions {
  /** Features whose largest absolute weight is below this are dropped. */
  prune?: number;
}

/** Serialises trained weights (pruned and quantised) to gzipped JSON. */
export function encodeModel(model: TaggerWeights, options: EncodeOptions = {}): Buffer {
  const prune = options.prune ?? 0;
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const keep: number[] = [];
  model.features.forEach((_, f) => {
    let m = 0;
    for (let l = 0; l < NUM_LABELS; l++) m = Math.max(m, Math.abs(model.weights[f * NUM_LABELS + l] as number));
    if (m > prune && Math.round(m * scale) !== 0) keep.push(f);
  });
  const q = new Int16Array(keep.length * NUM_LABELS);
  keep.forEach((f, k) => {
    for (let l = 0; l < NUM_LABELS; l++) q[k * NUM_LABELS + l] = Math.round((model.weights[f * NUM_LABELS + l] as number) * scale);
  });
  const json: ModelFileJson = {
    format: MODEL_FORMAT,
    provenance: model.provenance,
    labels: [...NER_LABELS],
    scale,
    features: keep.map((f) => model.features[f]).join('\n'),
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    dictionary: (model.dictionary ?? []).map(([p, c]) => [p, c]),
  };
  return gzipSync(JSON.stringify(json), { level: 9 });
}

/** Reads a model file produced by `encodeModel`. Throws a plain Error on a malformed file. */
export function decodeModel(bytes: Buffer): TaggerWeights {
  const json = JSON.parse(gunzipSync(bytes).toString('utf8')) as Partial<ModelFileJson>;
  if (json.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} file (format: ${String(json.format)})`);
  if (JSON.stringify(json.labels) !== JSON.stringify(NER_LABELS)) throw new Error('model labels differ from this tagger');
  if (typeof json.features !== 'string' || typeof json.weights !== 'string' || typeof json.scale !== 'number' || !json.provenance) {
    throw new Error('model file lacks features, weights, scale or provenance');
  }
  const features = json.features === '' ? [] : json.features.split('\n');
  const raw = Buffer.from(json.weights, 'base64');
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = (q[i] as number) / json.scale;
  return { features, weights, dictionary: json.dictionary ?? [], provenance: json.provenance };
}
