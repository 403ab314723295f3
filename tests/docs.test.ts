import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('starts with the two set-up commands', () => {
    const head = readme.split('\n').slice(0, 15).join('\n');
    expect(head).toContain('npm install');
    expect(head).toContain('npm start');
    expect(readme.split('\n').slice(0, 40).join('\n')).toContain('npm test');
  });

  it('documents every command and every option of the CLI', () => {
    const program = buildProgram();
    const commands = program.commands.flatMap((c) => (c.commands.length ? c.commands.map((s) => [c, s] as const) : [[null, c] as const]));
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const [parent, cmd] of commands) {
      const name = parent ? `${parent.name()} ${cmd.name()}` : cmd.name();
      expect(readme, `README lacks a section for \`zhibiao ${name}\``).toMatch(new RegExp(`### \`zhibiao ${name}`));
      for (const opt of cmd.options) {
        const flag = opt.long!.replace(/^--no-/, '--no-');
        expect(readme, `README does not mention ${flag} of ${name}`).toContain(flag);
      }
    }
  });

  it('documents every table of the database schema', async () => {
    const { MIGRATIONS } = await import('../src/store/migrations.js');
    const sql = MIGRATIONS.map((m) => JSON.stringify(m)).join('\n');
    const tables = [...sql.matchAll(/CREATE (?:TABLE|VIEW)(?: IF NOT EXISTS)? (\w+)/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(readme, `README lacks table/view ${table}`).toContain(`\`${table}\``);
  });

  it('lists every runtime dependency with the reason it is there', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies)) expect(readme, `README does not say why ${dep} is used`).toContain(`| ${dep} |`);
  });
});
