import { redactAddresses } from '../../gateway/redactAddresses';

test.each([
  ['connect ECONNREFUSED ::1:4002', 'connect ECONNREFUSED [address]'],
  ['storage at [fd00::5]:3306 is down', 'storage at [address] is down'],
  ['storage at fe80::1ff:fe23:4567:890a unreachable', 'storage at [address] unreachable'],
  ['peer 2001:0db8:85a3:0000:0000:8a2e:0370:7334 refused', 'peer [address] refused'],
  ['storage at 10.0.0.9:3306 and http://records:4000/graphql', 'storage at [address] and [address]'],
])('%s: IPv6 addresses are redacted like IPv4 ones', (message, redacted) => {
  expect(redactAddresses(message)).toBe(redacted);
});

test.each([
  'closed at 17:30',
  'decided at 2021-03-01T09:00:00+08:00',
  'std::string is not a type here',
  'uscc: USCC must be 18 characters, got 10',
])('%s is left as it is', (message) => {
  expect(redactAddresses(message)).toBe(message);
});
