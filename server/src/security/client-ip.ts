/**
 * The client-IP rule: which address a request counts as for rate limits. Nothing else reads
 * X-Forwarded-For.
 *
 * The chain is read from the right, starting at the socket peer: while the current hop is a proxy we
 * trust (TRUST_PROXY), the address it appended to X-Forwarded-For is believed and becomes the next hop.
 * The first untrusted hop is the client; everything left of it was written by the client and is never
 * read. This is the walk of Express and proxy-addr; proxy-addr also compiles our address lists. An entry
 * we would have to believe that is not an IP, or a header longer than any real chain, means a broken or
 * hostile chain, and the socket peer counts as the client instead.
 *
 * IPv6 clients count per /64: that is what one home or one server is given, so per-address limits would
 * cost an attacker nothing to dodge. IPv4-mapped IPv6 addresses (::ffff:1.2.3.4) are IPv4.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/** Whether hop number `hop` (0 = the socket peer) at `address` is a proxy whose X-Forwarded-For entry we believe. */
export type ProxyTrust = (address: string, hop: number) => boolean;

export const TRUST_NO_PROXY: ProxyTrust = () => false;

/** Real chains are a few addresses; anything longer is refused unread, which also bounds the work. */
export const MAX_FORWARDED_FOR_LENGTH = 1024;

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** No real chain of our own proxies is longer; a huge count would believe every client-written entry. */
const MAX_PROXY_HOPS = 5;

/**
 * Parses TRUST_PROXY: `false` (or 0, empty) trusts no proxy; a number trusts that many hops in front of
 * the server; otherwise a comma list of proxy addresses, CIDRs and proxy-addr's names loopback,
 * linklocal, uniquelocal. Hop counts stop at MAX_PROXY_HOPS. `true` is refused: Express reads it as
 * "believe the leftmost entry", which the client writes. Throws a RangeError an operator can act on.
 */
export function parseTrustProxy(setting: string): ProxyTrust {
  const value = setting.trim().toLowerCase();
  if (['', 'false', 'no', '0'].includes(value)) return TRUST_NO_PROXY;
  if (['true', 'yes'].includes(value)) {
    throw new RangeError(
      `TRUST_PROXY=${setting} is ambiguous: set the number of proxies in front of the server (1 for one reverse proxy), or their addresses or CIDRs (e.g. 10.0.0.5 or 10.0.0.0/8)`,
    );
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_PROXY_HOPS) throw new RangeError(`TRUST_PROXY=${setting}: at most ${MAX_PROXY_HOPS} proxy hops; name the proxies' addresses instead`);
    return (_address, hop) => hop < hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const valid = NAMED_RANGES.includes(entry) || (isIP(address) !== 0 && (prefix === undefined || /^\d{1,3}$/.test(prefix)));
    if (!valid) throw new RangeError(`TRUST_PROXY must be false, a number of proxies, or a comma list of proxy addresses or CIDRs; "${entry}" is none of these`);
  }
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new RangeError(`TRUST_PROXY: ${(error as Error).message}`);
  }
}

/**
 * The client a request came from, as rate limits count it: an IPv4 address, an IPv6 /64 network
 * ("2001:db8:1:2::/64"), or "unknown" when the socket is already gone. Always a short, valid value,
 * whatever the client sent.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  const socket = socketAddress === undefined ? undefined : parseAddress(socketAddress);
  if (!socket) return 'unknown';
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  return rateLimitGroup(header ? clientAddress(socket, header, trust) : socket);
}

type Address = ipaddr.IPv4 | ipaddr.IPv6;

function clientAddress(socket: Address, forwardedFor: string, trust: ProxyTrust): Address {
  if (forwardedFor.length > MAX_FORWARDED_FOR_LENGTH) return socket;
  const reported = forwardedFor.split(',').reverse();
  let client = socket;
  for (let hop = 0; hop < reported.length && trust(client.toString(), hop); hop++) {
    const previous = parseAddress(reported[hop]!.trim());
    if (!previous) return socket;
    client = previous;
  }
  return client;
}

/** Strict: node's isIP refuses the octal, hex and integer forms ipaddr.js would also accept. */
function parseAddress(text: string): Address | undefined {
  if (isIP(text) === 0 || !ipaddr.isValid(text)) return undefined;
  const address = ipaddr.parse(text);
  return address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
}

function rateLimitGroup(address: Address): string {
  if (address instanceof ipaddr.IPv4) return address.toString();
  return `${new ipaddr.IPv6([...address.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}
