/**
 * The k best of many scored slots without sorting them all: a min-heap of size k. At a million claims a common
 * query term touches tens of thousands of them, and only a hundred are wanted.
 */
export function topK(slots: Int32Array, count: number, scores: Float64Array, k: number): Int32Array {
  const heap = new Int32Array(Math.min(k, count));
  let size = 0;
  const less = (x: number, y: number): boolean => scores[x] < scores[y] || (scores[x] === scores[y] && x > y);
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && less(heap[l], heap[m])) m = l;
      if (r < size && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      const t = heap[i];
      heap[i] = heap[m];
      heap[m] = t;
      i = m;
    }
  };
  for (let n = 0; n < count; n++) {
    const slot = slots[n];
    if (size < heap.length) {
      let i = size++;
      heap[i] = slot;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!less(heap[i], heap[p])) break;
        const t = heap[i];
        heap[i] = heap[p];
        heap[p] = t;
        i = p;
      }
    } else if (heap.length > 0 && less(heap[0], slot)) {
      heap[0] = slot;
      siftDown(0);
    }
  }
  // Best first.
  return Array.from(heap.subarray(0, size))
    .sort((x, y) => scores[y] - scores[x] || x - y)
    .reduce((out, slot, i) => ((out[i] = slot), out), new Int32Array(size));
}
