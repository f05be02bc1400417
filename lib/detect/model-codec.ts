/** ScorerModelJson (bundle form, base64 weights) ⇄ ScorerModel (typed arrays for scorer.ts). */
import type { ScorerModelJson } from '../bundle/model';
import type { ScorerModel } from './scorer';
import { fromBase64, toBase64 } from '../shared/base64';

export function decodeModel(json: ScorerModelJson): ScorerModel {
  const bytes = fromBase64(json.weights);
  const expected = (1 << json.bits) * json.heads.length;
  if (bytes.length !== expected) throw new Error(`scorer model: ${bytes.length} weight bytes, expected ${expected}`);
  return {
    bits: json.bits,
    heads: json.heads,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale: Float32Array.from(json.scale),
    bias: Float32Array.from(json.bias),
    threshold: Float32Array.from(json.threshold),
  };
}

export function encodeModel(m: ScorerModel, trainedOn?: string): ScorerModelJson {
  return {
    bits: m.bits,
    heads: [...m.heads],
    weights: toBase64(new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.length)),
    scale: [...m.scale],
    bias: [...m.bias],
    threshold: [...m.threshold],
    ...(trainedOn ? { trainedOn } : {}),
  };
}
