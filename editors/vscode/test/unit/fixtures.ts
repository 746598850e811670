// The example of docs/lsp.md, as the server sends it.
export const documentedStats = {
  uri: 'file:///home/me/prog.py',
  runId: 3,
  final: true,
  generations: [
    { collections: 85, collected: 59500, uncollectable: 0, count: 12, threshold: 700, objects: 12 },
    { collections: 7, collected: 0, uncollectable: 0, count: 5, threshold: 10, objects: 40 },
    { collections: 0, collected: 0, uncollectable: 0, count: 7, threshold: 10, objects: 2511 },
  ],
  enabled: true,
  frozen: 0,
  liveObjects: 14210,
  trackedObjects: 2563,
  objectBytes: 909440,
  heapBytes: 4194304,
  lastPauseMs: 0.02,
  maxPauseMs: 0.4,
  totalPauseMs: 1.9,
  liveByType: [
    ['function', 1210],
    ['dict', 640],
  ],
};
