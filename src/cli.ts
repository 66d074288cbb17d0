/**
 * The command line: a thin layer over the library. `run(argv, io)` returns the exit code:
 * 0 clean, 1 findings, 2 usage or input error. Commands load on demand to keep start-up short.
 */
import { Command, CommanderError, Option } from 'commander';
import { processIO, EXIT, type IO } from './cli/io.js';
import { isDiscloseError } from './errors.js';
import { printable } from './format/printable.js';
import { colorEnabled } from './format/color.js';
import { formatCliError } from './cli/error-output.js';

const collect = (value: string, prev: string[] = []) => [...prev, value];

export async function run(argv: string[], io: IO = processIO()): Promise<number> {
  // Colour by the terminal conventions (src/format/color.ts), for what goes to each stream.
  const noColor = argv.includes('--no-color') ? false : undefined;
  io = { ...io, color: { out: colorEnabled({ env: io.env, isTTY: io.stdoutIsTTY ?? false, flag: noColor }), err: colorEnabled({ env: io.env, isTTY: io.isTTY, flag: noColor }) } };
  let code: number = EXIT.clean;
  const program = new Command('disclose')
    .description('Region-aware privacy disclosures for business messaging templates.')
    // Reading package.json costs start-up time; only --version needs it.
    .version(argv.some((a) => a === '-V' || a === '--version') ? await versionString() : '', '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showSuggestionAfterError(true)
    .option('--no-color', 'no colour in the output (also NO_COLOR=1; FORCE_COLOR=1 forces it where there is no terminal)');

  const targetOptions = (cmd: Command) =>
    cmd
      .option('-r, --region <id>', 'region profile (group or member: eu, california, sea, sg, my, th, id, ph, vn, china); repeatable or comma-separated', collect)
      .option('--all-regions', 'every region profile, groups and members')
      .option('-l, --locale <lng>', 'locale (default: the region\'s default); repeatable or comma-separated', collect)
      .option('--all-locales', 'every locale of each region')
      .option('--org <file>', 'organization file (default: organization.yaml next to or above the templates)')
      .option('--config <file>', 'project config (default: disclose.config.yaml here or in a folder above); flags override its values')
      .option('--no-config', 'ignore any disclose.config.yaml')
      .option('--as-of <date>', 'check as of this date, YYYY-MM-DD (default: today, UTC; also asOf: in the config): for rules that depend on the day');

  targetOptions(
    program
      .command('render')
      .description('write the footer and the policy clause of templates for regions and locales')
      .argument('[templates...]', 'template files or folders (default: the config\'s templates)'),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], opts) => {
      const { renderCommand } = await import('./commands/render.js');
      code = await renderCommand(paths, opts, io);
    });

  targetOptions(
    program
      .command('check')
      .description('lint templates and cross-check footer, policy clause, flows and region requirements')
      .argument('[templates...]', 'template files or folders (default: the config\'s templates)'),
  )
    .option('-p, --policy <file>', 'policy document (Markdown or HTML) to check against; repeatable', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only (the exit code still counts warnings for --max-warnings)')
    .option('--cache', 'reuse the findings of templates whose inputs did not change since the last --cache run (also cache: true in the config)')
    .option('--no-cache', 'run without the cache even when the config turns it on')
    .option('--cache-location <dir>', 'with --cache: the cache folder (default: node_modules/.cache/disclose)')
    .action(async (paths: string[], opts) => {
      const { checkCommand } = await import('./commands/check.js');
      code = await checkCommand(paths, { ...opts, debug: program.opts()['debug'] === true }, io);
    });

  targetOptions(
    program
      .command('export')
      .description('write a review pack (HTML matrix and pages, CSV, Markdown, JSON, Meta JSON; SARIF with --sarif) for legal sign-off')
      .argument('[templates...]', 'template files or folders (default: the config\'s templates)'),
  )
    .option('-o, --out <dir>', 'output folder, replaced atomically (default: the config\'s out)')
    .option('-p, --policy <file>', 'policy document (Markdown or HTML) to check against, as check does; repeatable (default: the config\'s policies)', collect)
    .option('--regions <ids>', 'region ids, comma-separated (default: all)', collect)
    .option('--locales <lngs>', 'locales, comma-separated (default: each region\'s default)', collect)
    .option('-f, --format <formats>', 'html,md,csv,json,sarif,meta (default: html,md,csv,json,meta)', collect)
    .option('--sarif', 'also write findings.sarif (code scanning: `disclose check --format sarif` gives the same findings)')
    .option('--since <dir>', 'a previous export: mark new, changed and removed footers and clauses, and carry over the sign-offs in its summary.csv')
    .option('--signoffs <file>', 'with --since: the sign-off sheet to carry over (default: the previous export\'s summary.csv)')
    .option('--shard <i/n>', 'export every n-th template starting at the i-th, for CI matrices')
    .option('-j, --jobs <n>', 'threads for the templates (default: one per core, for 100 templates or more)')
    .option('-q, --quiet', 'no progress and no summary line')
    .option('--timestamp', 'print the export time in the pack (off by default: runs are byte-identical)')
    .option('--cache', 'reuse the results and pack files of templates whose inputs did not change since the last --cache export to this folder (also cache: true in the config)')
    .option('--no-cache', 'run without the cache even when the config turns it on')
    .option('--cache-location <dir>', 'with --cache: the cache folder (default: node_modules/.cache/disclose)')
    .action(async (paths: string[], opts) => {
      const { exportCommand } = await import('./commands/export.js');
      code = await exportCommand(paths, { ...opts, debug: program.opts()['debug'] === true }, io);
    });

  program
    .command('export-merge')
    .description('merge the outputs of `export --shard` runs into one pack')
    .argument('<shards...>', 'shard output folders')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--since <dir>', 'a previous export to compare with')
    .option('-q, --quiet', 'no summary line')
    .option('--timestamp', 'print the export time in the pack')
    .action(async (shards: string[], opts) => {
      const { exportMergeCommand } = await import('./commands/export.js');
      code = await exportMergeCommand(shards, opts, io);
    });

  program
    .command('sync')
    .description('bring the clauses disclose manages in privacy-policy documents up to date with the templates')
    .argument('[policies...]', 'policy documents, Markdown or HTML (default: the config\'s policies)')
    .option('-t, --templates <dir>', 'template files or folder (default: the config\'s templates)')
    .option('--org <file>', 'organization file (default: organization.yaml next to or above the templates)')
    .option('--config <file>', 'project config (default: disclose.config.yaml here or in a folder above); flags override its values')
    .option('--no-config', 'ignore any disclose.config.yaml')
    .option('--check', 'print a diff and exit 1 when a clause is out of date (the default)')
    .option('--write', 'rewrite the documents (atomically)')
    .option('--force', 'also overwrite clauses edited by hand')
    .option('--add-missing', 'add a heading and a managed block for each clause id the document lacks')
    .option('--heading <text>', 'with --add-missing: add them at the end of the section under this heading (default: the section check reads as the clause, else the end of the document)')
    .option('-r, --region <id>', 'region of policies whose front matter does not name one')
    .option('-l, --locale <lng>', 'locale of policies whose front matter does not name one (default: the language the policy is written in)')
    .action(async (policies: string[], opts) => {
      const { syncCommand } = await import('./commands/sync.js');
      code = await syncCommand(policies, opts, io);
    });

  program
    .command('init-policy')
    .description('write a starting privacy policy with a numbered heading and a managed block per clause')
    .requiredOption('-r, --region <id>', 'region profile (group or member)')
    .option('-l, --locale <lng>', "locale (default: the region's default)")
    .option('-t, --templates <dir>', 'template files or folder (default: the config\'s templates)')
    .option('--org <file>', 'organization file (default: organization.yaml next to or above the templates)')
    .option('--config <file>', 'project config (default: disclose.config.yaml here or in a folder above); flags override its values')
    .option('--no-config', 'ignore any disclose.config.yaml')
    .option('-f, --format <format>', 'md or html (default: from the --out file name, else md)')
    .option('-o, --out <file>', 'write here instead of to standard output')
    .option('--force', 'replace the --out file when it exists')
    .action(async (opts) => {
      const { initPolicyCommand } = await import('./commands/init-policy.js');
      code = await initPolicyCommand(opts, io);
    });

  program
    .command('regions')
    .description('list region profiles with their locales and required elements')
    .option('--config <file>', 'project config whose own region folders to include (default: disclose.config.yaml here or above)')
    .option('--no-config', 'ignore any disclose.config.yaml')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { regionsCommand } = await import('./commands/regions.js');
      code = await regionsCommand(opts, io);
    });

  program
    .command('locales')
    .description('list the locales with their key counts, or the wording keys and labels a locale still has to translate')
    .option('--missing <lng>', 'list what <lng> lacks compared with en (exit 1 when something is missing)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--config <file>', 'project config whose approved wording to include (default: disclose.config.yaml here or above)')
    .option('--no-config', 'ignore any disclose.config.yaml')
    .action(async (opts) => {
      const { localesCommand } = await import('./commands/locales.js');
      code = await localesCommand(opts, io);
    });

  program
    .command('meta')
    .description("print a template as the JSON Meta's Graph API takes, with the footer for one region")
    .argument('<template>', 'template file')
    .option('-r, --region <id>', 'region whose footer goes into the template', collect)
    .option('-l, --locale <lng>', "locale of the footer (default: the region's default)", collect)
    .option('--org <file>', 'organization file (default: organization.yaml next to or above the template)')
    .action(async (file: string, opts) => {
      const { metaCommand } = await import('./commands/meta.js');
      code = await metaCommand(file, opts, io);
    });

  program
    .command('import-meta')
    .description("print Meta's template JSON as a disclose template (purpose and flows left to declare)")
    .argument('<file>', "template JSON as Meta's Graph API takes or returns it: one template, a list response, a webhook")
    .option('-o, --out <folder>', 'write each template to <folder>/<name>.<language>.yaml (needed when the file holds several)')
    .action(async (file: string, opts: { out?: string }) => {
      const { importMetaCommand } = await import('./commands/import-meta.js');
      code = await importMetaCommand(file, io, opts);
    });

  program
    .command('config')
    .description('print the settings in force and where each came from (config file line and column, command line, default)')
    .option('--config <file>', 'project config (default: disclose.config.yaml here or in a folder above, up to the project root)')
    .option('--no-config', 'ignore any disclose.config.yaml')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { configCommand } = await import('./commands/config.js');
      code = await configCommand(opts, io);
    });
  program.option('--debug', 'print the config in force, and where each setting came from, to standard error first');
  program.hook('preAction', async (_program, command) => {
    if (!program.opts()['debug'] || command.name() === 'config') return;
    const { debugConfig } = await import('./commands/config.js');
    debugConfig(io, command.opts());
  });

  // No command at all is a usage error, as in other command-line tools: the help, and exit 2.
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.clean;
      return EXIT.usage;
    }
    if (isDiscloseError(e)) {
      io.stderr(`${formatCliError(e, io)}\n`);
      return EXIT.usage;
    }
    io.stderr(`disclose: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.usage;
  }
}

async function versionString(): Promise<string> {
  const { packageVersion } = await import('./version.js');
  return packageVersion();
}
