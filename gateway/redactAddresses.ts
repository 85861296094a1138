const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*[^\s"'<>.,;:!?)\]]/gi;
const HEX_GROUPS = '[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*';
/** Compressed (`::1`, `fd00::5`) or full eight-group IPv6, optionally bracketed with a port; not `17:30:00`. */
const IPV6_PATTERN = new RegExp(
  `(?<![\\w:.])\\[?(?:(?:${HEX_GROUPS})?::(?:${HEX_GROUPS})?|(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4})(?:\\]:\\d{1,5}|\\])?(?![\\w:])`,
  'gi',
);
const HOST_PORT_PATTERN = /\b(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[a-z][\w-]*(?:\.[\w-]+)*):\d{2,5}\b/gi;
const IPV4_PATTERN = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** Replaces URLs, IPv6 addresses, host:port pairs and IPv4 addresses in a message sent to a client. */
export function redactAddresses(message: string): string {
  return message
    .replace(URL_PATTERN, '[address]')
    .replace(IPV6_PATTERN, '[address]')
    .replace(HOST_PORT_PATTERN, '[address]')
    .replace(IPV4_PATTERN, '[address]');
}
