import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ByteReader, ByteWriter, bucketOf, pairKey, readBucket, writeBucket } from '../../src/search/index-format.ts';

test('varints read back as written, up to the largest pair key', () => {
  const values = [0, 1, 127, 128, 255, 16383, 16384, 2 ** 31, 2 ** 32 + 65535, pairKey(65535, 65535)];
  const out = new ByteWriter();
  for (const v of values) out.varint(v);
  out.byte(200);
  const reader = new ByteReader(out.result());
  assert.deepEqual(
    values.map(() => reader.varint()),
    values,
  );
  assert.equal(reader.byte(), 200);
  assert.ok(reader.done);
  assert.throws(() => new ByteReader(Uint8Array.of(0x80)).varint(), /runs past the end/u);
});

test("a bucket holds its terms' bytes, or says that a term has a file of its own", () => {
  const bytes = writeBucket([
    { key: 5, df: 2, length: 3, data: Uint8Array.of(1, 2, 3) },
    { key: pairKey(0x682a, 0x6d32), df: 900, length: 0, data: null },
    { key: pairKey(0x682a, 0x6d33), df: 1, length: 2, data: Uint8Array.of(9, 9) },
  ]);
  const table = readBucket(bytes);
  assert.deepEqual([...table.keys()], [5, pairKey(0x682a, 0x6d32), pairKey(0x682a, 0x6d33)]);
  assert.deepEqual([...(table.get(5)?.data ?? [])], [1, 2, 3]);
  assert.equal(table.get(pairKey(0x682a, 0x6d32))?.data, null);
  assert.equal(table.get(pairKey(0x682a, 0x6d32))?.df, 900);
  assert.deepEqual([...(table.get(pairKey(0x682a, 0x6d33))?.data ?? [])], [9, 9]);
  assert.equal(readBucket(writeBucket([])).size, 0);
});

test('terms spread evenly over the buckets', () => {
  const buckets = 64;
  const counts = new Array<number>(buckets).fill(0);
  for (let a = 0x4e00; a < 0x4e00 + 200; a++) for (let b = 0x4e00; b < 0x4e00 + 50; b++) counts[bucketOf(pairKey(a, b), buckets)] = (counts[bucketOf(pairKey(a, b), buckets)] as number) + 1;
  const mean = (200 * 50) / buckets;
  assert.ok(
    counts.every((c) => c > mean * 0.7 && c < mean * 1.3),
    `bucket sizes ${Math.min(...counts)}–${Math.max(...counts)} around ${mean}`,
  );
});
