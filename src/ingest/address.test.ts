import { describe, expect, it } from 'vitest';
import { DossierError } from '../core/errors.js';
import { checkTarget, nonPublicRange } from './address.js';

describe('nonPublicRange', () => {
  it('lets public IPv4 and IPv6 addresses through', () => {
    for (const a of ['93.184.215.14', '8.8.4.4', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e']) expect(nonPublicRange(a), a).toBeNull();
  });
  it('names the range of loopback, private, link-local, unique-local and embedded-IPv4 addresses', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.45.6.7', 'loopback'],
      ['10.20.30.40', 'private'],
      ['172.16.0.9', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'linkLocal'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['0.0.0.0', 'unspecified'],
      ['::1', 'loopback'],
      ['::', 'unspecified'],
      ['fe80::1', 'linkLocal'],
      ['fd12:3456::1', 'uniqueLocal'],
      ['::ffff:10.0.0.1', 'private'], // IPv4-mapped: judged as the IPv4 address
      ['::ffff:7f00:1', 'loopback'],
      ['64:ff9b::a00:1', 'rfc6052'], // NAT64 of 10.0.0.1
      ['2002:a00:1::', '6to4'],
      ['ff02::1', 'multicast'],
    ];
    for (const [a, range] of cases) expect(nonPublicRange(a), a).toBe(range);
  });
});

const refused = async (url: string, resolve?: (h: string) => Promise<string[]>): Promise<DossierError> => {
  const e = await checkTarget(new URL(url), { allowPrivate: false, ...(resolve ? { resolve } : {}) }, url).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, url).toBeInstanceOf(DossierError);
  return e as DossierError;
};

describe('checkTarget', () => {
  it('refuses literal loopback addresses in every spelling the URL parser accepts', async () => {
    // decimal, octal, hex, shortened and IPv4-mapped forms all mean 127.0.0.1
    for (const url of ['http://127.0.0.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://0x7f.1/', 'http://127.1/', 'http://[::1]:8080/', 'http://[::ffff:127.0.0.1]/']) {
      const e = await refused(url);
      expect(e.code).toBe('E_FETCH_FORBIDDEN');
      expect(e.message).toMatch(/loopback/);
      expect(e.input).toBe(url);
    }
  });

  it('resolves a name and refuses it when any one of its addresses is private', async () => {
    const resolve = async (h: string) => (h === 'mixed.example' ? ['93.184.215.14', '10.0.0.7'] : ['93.184.215.14']);
    const e = await refused('https://mixed.example/story', resolve);
    expect(e.message).toContain('"mixed.example" resolves to 10.0.0.7, a private address');
    await expect(checkTarget(new URL('https://public.example/'), { allowPrivate: false, resolve }, 'x')).resolves.toBeUndefined();
  });

  it('refuses "localhost" through the system resolver', async () => {
    const e = await refused('http://localhost:9/');
    expect(e.code).toBe('E_FETCH_FORBIDDEN');
  });

  it('a name that does not resolve is a fetch failure, not a crash', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const e = await refused('https://nowhere.invalid/', resolve);
    expect(e.code).toBe('E_FETCH_FAILED');
    expect(e.message).toContain('does not resolve (ENOTFOUND)');
  });

  it('lets everything through when the operator allows private addresses, and listed host:port pairs always', async () => {
    await expect(checkTarget(new URL('http://127.0.0.1/'), { allowPrivate: true }, 'x')).resolves.toBeUndefined();
    await expect(checkTarget(new URL('http://127.0.0.1:8123/'), { allowPrivate: false, allowHosts: ['127.0.0.1:8123'] }, 'x')).resolves.toBeUndefined();
    await refused('http://127.0.0.1:8124/'); // another port of the same host is not listed
  });
});
