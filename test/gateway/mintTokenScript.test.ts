import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { jwtVerify } from 'jose';
import { bearerVerifierFromEnv } from '../../gateway/auth/createBearerVerifier';
import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import { DEV_BEARER_SECRET, DEV_ISSUER, GATEWAY_AUDIENCE } from '../../subgraphs/kit/identity/devDefaults';

const ROOT = join(__dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run token -- <args>`, or the script itself through ts-node (faster). */
function run(args: string[], { viaNpm = false, env = {} }: { viaNpm?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  const [command, commandArgs] = viaNpm
    ? ['npm', ['run', '-s', 'token', '--', ...args]]
    : [process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/mintToken.ts', ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function verified(token: string) {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(DEV_BEARER_SECRET), { issuer: DEV_ISSUER, audience: GATEWAY_AUDIENCE });
  return payload;
}

test('npm run token -- --role LEAD_UNIT --region 430000 prints one token, signed with the development secret, valid 8 hours', async () => {
  const { code, stdout } = await run(['--role', 'LEAD_UNIT', '--region', '430000'], { viaNpm: true });
  expect(code).toBe(0);
  expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  const payload = await verified(stdout.trim());
  expect(payload).toMatchObject({ role: 'LEAD_UNIT', region: '430000', sub: 'dev-lead-unit' });
  expect(Number(payload.exp) - Number(payload.iat)).toBe(8 * 3600);
});

test.each([
  [['--role', 'NATIONAL_REGULATOR', '--subject', 'ndrc-1'], { role: 'NATIONAL_REGULATOR', sub: 'ndrc-1' }],
  [['--role', 'INDUSTRY_REGULATOR', '--region', '440305', '--sector', '市场监管'], { role: 'INDUSTRY_REGULATOR', region: '440305', sector: '市场监管' }],
  [['--role', 'COURT', '--court', '湘0102'], { role: 'COURT', court: '湘0102' }],
  [['--role', 'INSTITUTION', '--uscc', demoUsers.changshaCredit.uscc], { role: 'INSTITUTION', uscc: demoUsers.changshaCredit.uscc }],
  [['--role', 'SERVICE', '--service', 'repair'], { role: 'SERVICE', service: 'repair' }],
])('%j mints a token with those claims', async (args, claims) => {
  const { code, stdout } = await run(args);
  expect(code).toBe(0);
  expect(await verified(stdout.trim())).toMatchObject(claims);
});

test('--expires sets the lifetime', async () => {
  const payload = await verified((await run(['--demo', 'court', '--expires', '30m'])).stdout.trim());
  expect(Number(payload.exp) - Number(payload.iat)).toBe(1800);
});

test.each(['national', 'hunan', 'nanshanMarket', 'changshaCredit'] as const)('--demo %s is the demo user the gateway then recognises', async (name) => {
  const { code, stdout } = await run(['--demo', name]);
  expect(code).toBe(0);
  const identity = await bearerVerifierFromEnv({}).identify(`Bearer ${stdout.trim()}`, '127.0.0.1');
  expect(identity).toEqual({ ...demoUsers[name], clientAddress: '127.0.0.1' });
});

test('--list names every demo user with its role and scope', async () => {
  const { code, stdout } = await run(['--list']);
  expect(code).toBe(0);
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(Object.keys(demoUsers).length);
  for (const [name, user] of Object.entries(demoUsers)) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${name} +${user.role} +subject=${user.subject}`)));
  expect(stdout).toContain('region=430000');
});

test.each([
  [[], 'give --role, --demo or --list'],
  [['--rol', 'LEAD_UNIT'], "Unknown option '--rol'"],
  [['--role'], "Option '--role <value>' argument missing"],
  [['--role', 'ADMIN'], 'unknown role "ADMIN"'],
  [['--role', 'PUBLIC'], 'PUBLIC is the caller without a token'],
  [['--role', 'LEAD_UNIT'], 'a LEAD_UNIT token needs a region'],
  [['--role', 'LEAD_UNIT', '--region', '43000'], 'a LEAD_UNIT token needs a region'],
  [['--role', 'INSTITUTION', '--uscc', '91430102MA4L0A001X'], 'an INSTITUTION token needs a valid uscc'],
  [['--role', 'COURT', '--court', '湘0102', '--region', '430000'], '--region does not apply to COURT'],
  [['--demo', 'nobody'], 'no demo user "nobody"'],
  [['--demo', 'hunan', '--region', '110000'], '--demo takes no --region'],
  [['--demo', 'hunan', '--expires', 'tomorrow'], '--expires "tomorrow" is not a time span'],
])('%j is refused with a clear message and exit code 1', async (args, message) => {
  const { code, stdout, stderr } = await run(args);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toContain(message);
});

test('no development token is minted in production', async () => {
  const { code, stdout, stderr } = await run(['--demo', 'hunan'], { env: { NODE_ENV: 'production' } });
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toContain('development tokens cannot be minted in production');
});
