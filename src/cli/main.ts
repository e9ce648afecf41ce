/**
 * Entry point of the `margin` command line: dispatches to one module per subcommand.
 */
import type { CommandIO } from './io.ts';
import { processIO } from './io.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[], io: CommandIO) => Promise<number> }> }> = {
  extract: { summary: 'print the cleaned article of HTML files (Markdown, or --format json)', load: () => import('./commands/extract.ts') },
  entities: { summary: 'recognize names and key figures in JSON lines on stdin, or in a text file', load: () => import('./commands/entities.ts') },
};

function usage(): string {
  const lines = ['usage: margin <command> [options] [files...]', '', 'commands:'];
  for (const [name, { summary }] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${summary}`);
  return lines.join('\n') + '\n';
}

/** Runs the command line with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`margin: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest, io);
}
