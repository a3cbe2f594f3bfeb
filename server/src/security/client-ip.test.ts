import { describe, expect, it } from 'vitest';
import { MAX_FORWARDED_FOR_LENGTH, parseTrustProxy, resolveClientIp } from './client-ip.js';

const PROXY = '10.0.0.5';

describe('client IP', () => {
  // [what, TRUST_PROXY, socket peer, X-Forwarded-For, client as rate limits count it]
  const cases: [string, string, string | undefined, string | undefined, string][] = [
    ['no proxy trusted: the header is ignored', 'false', '203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['no header', '1', '203.0.113.9', undefined, '203.0.113.9'],
    ['one hop: the entry our proxy appended', '1', PROXY, '198.51.100.1', '198.51.100.1'],
    ['one hop: a forged leftmost entry is ignored', '1', PROXY, '1.1.1.1, 198.51.100.1', '198.51.100.1'],
    ['one hop: many forged entries are ignored', '1', PROXY, '1.1.1.1, 2.2.2.2, 3.3.3.3, 198.51.100.1', '198.51.100.1'],
    ['two hops: CDN and load balancer', '2', PROXY, '1.1.1.1, 198.51.100.1, 192.0.2.7', '198.51.100.1'],
    ['more hops trusted than the chain has: its first entry', '3', PROXY, '198.51.100.1', '198.51.100.1'],
    ['addresses: a trusted proxy reports the client', PROXY, PROXY, '1.1.1.1, 198.51.100.1', '198.51.100.1'],
    ['addresses: an untrusted peer is the client, whatever it claims', PROXY, '203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['CIDR: the walk passes trusted proxies until the first untrusted hop', '10.0.0.0/8', PROXY, '1.1.1.1, 198.51.100.1, 10.1.2.3', '198.51.100.1'],
    ['CIDR list with a named range', 'loopback, 10.0.0.0/8', '127.0.0.1', '198.51.100.1, 10.9.9.9', '198.51.100.1'],
    ['IPv6 CIDR', '2001:db8:ffff::/48', '2001:db8:ffff::1', '198.51.100.1', '198.51.100.1'],
    ['IPv4-mapped socket peer matches an IPv4 CIDR', '10.0.0.0/8', `::ffff:${PROXY}`, '198.51.100.1', '198.51.100.1'],
    ['garbage where the client should be: the socket peer', '1', PROXY, '1.1.1.1, not-an-ip', PROXY],
    ['garbage to the left of the client is never read', '1', PROXY, 'not-an-ip, 198.51.100.1', '198.51.100.1'],
    ['an empty entry where the client should be', '1', PROXY, '198.51.100.1, ', PROXY],
    ['an address with a port', '1', PROXY, '198.51.100.1:443', PROXY],
    ['octal, hex and integer IPv4 forms are not IPs', '1', PROXY, '0x7f.0.0.1', PROXY],
    ['integer IPv4 form', '1', PROXY, '2130706433', PROXY],
    ['leading-zero IPv4', '1', PROXY, '010.0.0.1', PROXY],
    ['a trusted hop that is garbage stops the walk', '2', PROXY, '198.51.100.1, junk', PROXY],
    ['garbage behind two trusted proxies: the socket peer, not the last proxy', '10.0.0.0/8', PROXY, 'junk, 10.1.2.3', PROXY],
    ['oversized header: the socket peer', '1', PROXY, `${'1.1.1.1, '.repeat(200)}198.51.100.1`, PROXY],
    ['IPv6 client: its /64', '1', PROXY, '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['IPv6 client in the same /64: the same group', '1', PROXY, '2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['IPv6 client in the next /64: another group', '1', PROXY, '2001:db8:1:3::1', '2001:db8:1:3::/64'],
    ['IPv6 with upper case and a zone id', '1', PROXY, 'FE80::1%eth0', 'fe80::/64'],
    ['IPv4-mapped client is IPv4', '1', PROXY, '::ffff:198.51.100.1', '198.51.100.1'],
    ['IPv4-mapped client in hex is IPv4', '1', PROXY, '::ffff:c633:6401', '198.51.100.1'],
    ['IPv4-mapped socket peer is IPv4', 'false', '::ffff:203.0.113.9', undefined, '203.0.113.9'],
    ['IPv6 socket peer: its /64', 'false', '2001:db8:5:6::42', undefined, '2001:db8:5:6::/64'],
    ['socket already gone', '1', undefined, '198.51.100.1', 'unknown'],
  ];
  it.each(cases)('%s', (_what, trustProxy, socket, forwardedFor, client) => {
    expect(resolveClientIp(socket, forwardedFor, parseTrustProxy(trustProxy))).toBe(client);
  });

  it('joins repeated X-Forwarded-For headers in order', () => {
    expect(resolveClientIp(PROXY, ['1.1.1.1', '198.51.100.1'], parseTrustProxy('1'))).toBe('198.51.100.1');
  });

  it('reads a header of exactly the longest length', () => {
    const header = `${' '.repeat(MAX_FORWARDED_FOR_LENGTH - '198.51.100.1'.length)}198.51.100.1`;
    expect(resolveClientIp(PROXY, header, parseTrustProxy('1'))).toBe('198.51.100.1');
    expect(resolveClientIp(PROXY, ` ${header}`, parseTrustProxy('1'))).toBe(PROXY);
  });

  it('always answers something short, whatever the header holds', () => {
    for (const header of ['x'.repeat(100_000), '\u0000', ',,,,', '[::1]', '999.1.1.1', 'fe80::1%' + 'z'.repeat(500)]) {
      expect(resolveClientIp(PROXY, header, parseTrustProxy('1')).length).toBeLessThanOrEqual(45);
    }
  });
});

describe('TRUST_PROXY', () => {
  it('refuses true as ambiguous, naming what to set instead', () => {
    for (const setting of ['true', 'TRUE', 'yes']) expect(() => parseTrustProxy(setting)).toThrow(/ambiguous.*number of proxies/);
  });

  it('refuses entries that are not addresses, CIDRs or named ranges', () => {
    for (const setting of ['10.0.0.0/33', 'proxy.internal', '10.0.0.1,', '0x0a000001', '10.0.0.0/255.0.0.0', '10.0.0.1/8/9', '-1']) {
      expect(() => parseTrustProxy(setting), setting).toThrow(RangeError);
    }
  });

  it('trusts nothing when off', () => {
    for (const setting of ['', 'false', 'no', '0']) expect(parseTrustProxy(setting)('127.0.0.1', 0)).toBe(false);
  });
});
