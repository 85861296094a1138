import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('generated resolver types', () => {
  it('are up to date with schema/*.graphql (run `npm run codegen`)', () => {
    const root = join(__dirname, '..', '..');
    // `graphql-codegen --check` exits non-zero when a generated file would change.
    expect(() =>
      execFileSync(process.execPath, [join(root, 'node_modules', '.bin', 'graphql-codegen'), '--config', 'codegen.ts', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
