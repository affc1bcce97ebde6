import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

export type GuardMode = 'production' | 'development';

// Loopback, private, carrier-grade NAT, link-local (cloud metadata 169.254.169.254 and fd00:ec2::254
// included), unspecified, multicast and reserved ranges, IPv4 and IPv6.
const FORBIDDEN = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const) {
  FORBIDDEN.addSubnet(net, bits, 'ipv6');
}
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries. */
function normalise(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/** Why an address may not be called, or null when it may. Development may call loopback. */
export function refusedAddress(address: string, mode: GuardMode): string | null {
  const ip = normalise(address);
  if (mode === 'development' && LOOPBACK.check(ip.address, ip.family)) return null;
  return FORBIDDEN.check(ip.address, ip.family) ? `address ${address} is not public` : null;
}

/** Why a URL may not be an endpoint (before any lookup), or null. Production takes https only. */
export function refusedUrl(raw: string, mode: GuardMode): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.username || url.password) return 'credentials in the URL are not allowed';
  if (url.protocol !== 'https:' && !(mode === 'development' && url.protocol === 'http:')) {
    return mode === 'production' ? 'only https is allowed' : 'only http or https is allowed';
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? refusedAddress(host, mode) : null;
}

export class ForbiddenAddressError extends Error {}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request: resolves, then refuses the connection if any address is forbidden.
 * Checking the very addresses the socket will use defeats DNS rebinding between check and connect.
 */
export function guardedLookup(mode: GuardMode) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.map((a) => refusedAddress(a.address, mode)).find((why) => why !== null);
      if (refused) return callback(new ForbiddenAddressError(refused), []);
      const first = addresses[0];
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      if (!first) return callback(new ForbiddenAddressError(`${hostname} has no address`), []);
      return callback(null, first.address, first.family);
    });
  };
}
