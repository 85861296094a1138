import { parseArgs } from 'node:util';
import { demoUsers, type DemoUser } from '../subgraphs/kit/demo/demoUsers';
import { identityFromClaims, ROLES } from '../subgraphs/kit/identity/identity';
import { mintDevToken } from '../subgraphs/kit/identity/mintDevToken';

const USAGE = `Development bearer tokens for the gateway (HS256 with AUTH_DEV_SECRET or its development default).

  npm run -s token -- --role <ROLE> [--region <code>] [--sector <name>] [--court <code>] [--uscc <USCC>]
                      [--service <name>] [--subject <id>] [--expires <span>]
  npm run -s token -- --demo <name> [--expires <span>]
  npm run -s token -- --list

Roles and the claims they need: NATIONAL_REGULATOR; LEAD_UNIT --region; INDUSTRY_REGULATOR --region --sector;
COURT --court; INSTITUTION --uscc; SERVICE --service. The public needs no token.
--expires: a number and s, m, h, d or w (30m, 8h the default, 2d). Prints the token alone.`;

const OPTIONS = {
  role: { type: 'string' },
  region: { type: 'string' },
  sector: { type: 'string' },
  court: { type: 'string' },
  uscc: { type: 'string' },
  service: { type: 'string' },
  subject: { type: 'string' },
  expires: { type: 'string' },
  demo: { type: 'string' },
  list: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const SCOPE_FLAGS = ['region', 'sector', 'court', 'uscc', 'service'] as const;
const CLAIM_FLAGS = ['role', 'subject', ...SCOPE_FLAGS] as const;

/** A whole number of seconds, minutes, hours, days or weeks. */
const EXPIRES = /^[1-9]\d*(s|m|h|d|w)$/;

class UsageError extends Error {}

/** `run`'s result; what it throws becomes a UsageError (a message and the usage, exit code 1). */
function asUsage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const isDemoUser = (name: string): name is keyof typeof demoUsers => Object.hasOwn(demoUsers, name);

function describe(user: DemoUser): string {
  const { role, subject, ...scope } = user;
  const claims = Object.entries(scope).map(([name, value]) => `${name}=${value}`);
  return [role, `subject=${subject}`, ...claims].join('  ');
}

function listing(): string {
  const width = Math.max(...Object.keys(demoUsers).map((name) => name.length));
  return Object.entries(demoUsers)
    .map(([name, user]) => `${name.padEnd(width)}  ${describe(user)}`)
    .join('\n');
}

/** The user a token is minted for, from --demo or from --role and its claims. */
function userFrom(values: { [flag in (typeof CLAIM_FLAGS)[number] | 'demo']?: string }): DemoUser {
  if (values.demo !== undefined) {
    const extra = CLAIM_FLAGS.filter((flag) => values[flag] !== undefined);
    if (extra.length) throw new UsageError(`--demo takes no --${extra.join(', --')}: a demo user's claims are fixed (see --list)`);
    if (!isDemoUser(values.demo)) throw new UsageError(`no demo user "${values.demo}"; the demo users are:\n${listing()}`);
    return demoUsers[values.demo];
  }
  const role = values.role;
  if (role === undefined) throw new UsageError('give --role, --demo or --list');
  if (role === 'PUBLIC') throw new UsageError('PUBLIC is the caller without a token: send no Authorization header');
  if (!ROLES.some((known) => known === role)) throw new UsageError(`unknown role "${role}"; the roles are ${ROLES.filter((known) => known !== 'PUBLIC').join(', ')}`);
  const claims = {
    role,
    sub: values.subject ?? `dev-${role.toLowerCase().replace(/_/g, '-')}`,
    region: values.region,
    sector: values.sector,
    court: values.court,
    uscc: values.uscc,
    service: values.service,
  };
  const user: DemoUser = asUsage(() => identityFromClaims(claims));
  const unused = SCOPE_FLAGS.filter((flag) => values[flag] !== undefined && user[flag] === undefined);
  if (unused.length) throw new UsageError(`--${unused.join(', --')} does not apply to ${role}`);
  return user;
}

async function main(argv: string[]): Promise<string> {
  const { values } = asUsage(() => parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  if (values.help) return USAGE;
  if (values.list) return listing();
  const expires = values.expires ?? '8h';
  if (!EXPIRES.test(expires)) throw new UsageError(`--expires "${expires}" is not a time span such as 30m, 8h or 2d`);
  return mintDevToken(userFrom(values), { expiresIn: expires });
}

main(process.argv.slice(2)).then(
  (output) => {
    console.log(output);
  },
  (error: unknown) => {
    console.error(`${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(1);
  },
);
