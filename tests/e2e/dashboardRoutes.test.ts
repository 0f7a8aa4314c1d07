/**
 * How claimgraph serves the dashboard's files, checked over HTTP without a browser: the two pages with their
 * Content-Security-Policy, hashed assets cached for good, nothing outside the build folder, and a clear 503 when
 * the dashboard has not been built.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, registerDashboardRoutes } from '../../src/http/dashboardRoutes.js';

let folder: string;

async function appServing(distDir: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerDashboardRoutes(app, { distDir });
  await app.ready();
  return app;
}

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources.join(' ')];
    }),
  );
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'claimgraph-dashboard-'));
  const dist = join(folder, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(join(dist, 'graphiql.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, 'assets', 'dashboard-AbC123_x.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'dashboard-AbC123_x.css'), 'body{}');
  writeFileSync(join(dist, 'assets', '.hidden'), 'no');
  writeFileSync(join(dist, 'secret.txt'), 'not an asset');
  writeFileSync(join(folder, 'outside.txt'), 'outside the build');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the dashboard pages', () => {
  it('serves the dashboard at / with a policy that allows this server only', async () => {
    const app = await appServing(join(folder, 'dist'));
    const response = await app.inject({ method: 'GET', url: '/', headers: { host: 'factcheck.example.org:4000' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<title>dashboard</title>');
    const policy = directives(String(response.headers['content-security-policy']));
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('font-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self' ws://factcheck.example.org:4000 wss://factcheck.example.org:4000");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    await app.close();
  });

  it('serves GraphiQL at /graphiql, allowing inline styles and data: fonts for its editor, never inline scripts', async () => {
    const app = await appServing(join(folder, 'dist'));
    const response = await app.inject({ method: 'GET', url: '/graphiql', headers: { host: '127.0.0.1:4000' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>explorer</title>');
    const policy = directives(String(response.headers['content-security-policy']));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('font-src')).toBe("'self' data:");
    expect(policy.get('worker-src')).toBe("'self'");
    await app.close();
  });

  it('answers HEAD as GET without a body', async () => {
    const app = await appServing(join(folder, 'dist'));
    const response = await app.inject({ method: 'HEAD', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    await app.close();
  });

  it('leaves a Host header that could inject into the policy out of it', () => {
    for (const host of ["evil.example; script-src 'unsafe-inline'", 'a b', 'x.example/path', '']) {
      expect(contentSecurityPolicy('dashboard', host)).toContain("connect-src 'self';");
    }
    expect(contentSecurityPolicy('dashboard', '[::1]:4000')).toContain(
      "connect-src 'self' ws://[::1]:4000 wss://[::1]:4000;",
    );
  });
});

describe('the built assets', () => {
  it('serves a hashed asset with its type, cached for a year', async () => {
    const app = await appServing(join(folder, 'dist'));
    const script = await app.inject({ method: 'GET', url: '/assets/dashboard-AbC123_x.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body).toBe('export {};');
    const style = await app.inject({ method: 'GET', url: '/assets/dashboard-AbC123_x.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    await app.close();
  });

  it('serves nothing outside the assets folder, nor hidden files, nor what does not exist', async () => {
    const app = await appServing(join(folder, 'dist'));
    for (const url of [
      '/assets/missing-123.js',
      '/assets/.hidden',
      '/assets/..%2Fsecret.txt',
      '/assets/%2E%2E%2F%2E%2E%2Foutside.txt',
      '/assets/../secret.txt',
      '/secret.txt',
      '/index.html/../../outside.txt',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('not an asset');
      expect(response.body, url).not.toContain('outside the build');
    }
    await app.close();
  });
});

describe('without a build', () => {
  it('answers 503 at / and /graphiql, saying how to build the dashboard', async () => {
    const app = await appServing(join(folder, 'no-such-dist'));
    for (const url of ['/', '/graphiql']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(503);
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(response.body).toContain('npm run build:dashboard');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await app.inject({ method: 'GET', url: '/assets/dashboard-AbC123_x.js' })).statusCode).toBe(404);
    await app.close();
  });
});
