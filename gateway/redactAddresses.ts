const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*[^\s"'<>.,;:!?)\]]/gi;
const HOST_PORT_PATTERN = /\b(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[a-z][\w-]*(?:\.[\w-]+)*):\d{2,5}\b/gi;
const IPV4_PATTERN = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** Replaces URLs, host:port pairs and IPv4 addresses in a message sent to a client. */
export function redactAddresses(message: string): string {
  return message.replace(URL_PATTERN, '[address]').replace(HOST_PORT_PATTERN, '[address]').replace(IPV4_PATTERN, '[address]');
}
