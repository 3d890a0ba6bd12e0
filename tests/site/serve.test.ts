import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSitePath, serveSite } from '../../src/site/serve.ts';

const site = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(site, '2025/05/31/abc'), { recursive: true });
writeFileSync(join(site, '2025/05/31/abc/index.html'), '<p>文章</p>');
writeFileSync(join(site, 'index.html'), 'home');

test('URL paths resolve to files inside the site only', () => {
  assert.equal(resolveSitePath(site, '/2025/05/31/abc/'), join(site, '2025/05/31/abc/index.html'));
  assert.equal(resolveSitePath(site, '/'), join(site, 'index.html'));
  assert.equal(resolveSitePath(site, '/../../etc/passwd'), null);
  assert.equal(resolveSitePath(site, '/%2e%2e/%2e%2e/etc/passwd'), null);
  assert.equal(resolveSitePath(site, '/%E0%A4%A'), null);
  assert.equal(resolveSitePath(site, '/missing/'), null);
});

test('the server answers pages with their type and unknown paths with 404', async () => {
  const server = await serveSite(site, 0);
  const { port } = server.address() as { port: number };
  try {
    const page = await fetch(`http://127.0.0.1:${port}/2025/05/31/abc/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await page.text(), '<p>文章</p>');
    assert.equal((await fetch(`http://127.0.0.1:${port}/nothing`)).status, 404);
  } finally {
    server.close();
  }
});
