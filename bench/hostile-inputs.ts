/**
 * Hostile inputs too large to commit (issue 8), generated into a folder at run time. The corpus
 * test (test/hostile/generated.test.ts) checks the error each one produces; the benchmark
 * (`npm run bench`, group 4) times how long disclose takes to produce it. No dependency on
 * disclose itself: each input is text plus the command that reads it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface HostileInput {
  name: string;
  why: string;
  /** The error code disclose must answer with (exit code 2). */
  code: string;
  /** Where the error is reported, relative to the folder the input is written to. */
  file: string;
  /** `line:column` in `file`. */
  at: string;
  /** Writes the input below `dir` and returns the command that reads it, to run with `dir` as working directory. */
  write(dir: string, good: GoodInputs): string[];
}

/** Absolute paths of the valid organization and template folder the commands use beside the input. */
export interface GoodInputs {
  organization: string;
  templates: string;
}

const MB = 1024 * 1024;

/** A template that is valid up to `rest`, which is appended as its body. */
function template(body: string): string {
  return `id: hostile\nchannel: sms\ncategory: utility\nlanguage: en\npurpose: When an order ships, send the buyer the order number.\nbody: ${body}\n`;
}

const renderTemplate = (file: string, good: GoodInputs) => ['render', file, '--region', 'eu', '--org', good.organization, '--no-config'];
const syncPolicy = (file: string, good: GoodInputs) => ['sync', file, '--templates', good.templates, '--org', good.organization, '--no-config', '--write'];

const FRONT = '---\nregion: eu\nlocale: en\n---\n\n# Privacy policy\n\n## 5.2 Order delivery\n\n';

function put(dir: string, file: string, text: string): string {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return file;
}

export const HOSTILE_INPUTS: HostileInput[] = [
  {
    name: '10 MB template',
    why: 'a body of ten megabytes: refused by its size before it is read',
    code: 'E_FILE_TOO_LARGE',
    file: 'ten-megabytes.yaml',
    at: '1:1',
    write: (dir, good) => renderTemplate(put(dir, 'ten-megabytes.yaml', template(`"${'x'.repeat(10 * MB)}"`)), good),
  },
  {
    name: '2 MB of "["',
    why: 'two megabytes (the size limit) of "[": refused by the token pre-scan at nesting level 256, before the parser builds a tree',
    code: 'E_YAML_DEPTH',
    file: 'brackets.yaml',
    at: '1:256',
    write: (dir, good) => renderTemplate(put(dir, 'brackets.yaml', '['.repeat(2 * MB)), good),
  },
  {
    name: '100,000 tokens',
    why: 'a flow sequence of 60,000 items (180,000 tokens): refused at the 100,001st token',
    code: 'E_FILE_TOO_LARGE',
    file: 'tokens.yaml',
    at: '6:99979',
    write: (dir, good) => renderTemplate(put(dir, 'tokens.yaml', template(`[${'a, '.repeat(60_000)}a]`)), good),
  },
  {
    name: '1,100 aliases',
    why: 'one anchor and 1,100 aliases to it: more than ten times the expansion limit',
    code: 'E_YAML_ALIAS_LIMIT',
    file: 'aliases.yaml',
    at: '7:10',
    write: (dir, good) => renderTemplate(put(dir, 'aliases.yaml', `${template('&b Your order has shipped.')}header: [${Array(1100).fill('*b').join(', ')}]\n`), good),
  },
  {
    name: '1,000 nested block mappings',
    why: 'a key nested 1,000 deep (about 500 kB): refused by the pre-scan',
    code: 'E_YAML_DEPTH',
    file: 'deep-block.yaml',
    at: '256:260',
    write: (dir, good) => renderTemplate(put(dir, 'deep-block.yaml', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n'), good),
  },
  {
    name: 'policy: 300 kB marker',
    why: 'a clause marker with 300,000 letters and no id (attribute parsing was quadratic in such a run)',
    code: 'E_POLICY_MARKER',
    file: 'long-marker.md',
    at: '10:1',
    write: (dir, good) => syncPolicy(put(dir, 'long-marker.md', `${FRONT}<!-- disclose:clause ${'a'.repeat(300_000)} -->\nx\n<!-- /disclose:clause -->\n`), good),
  },
  {
    name: 'policy: 20,000 unterminated markers',
    why: '20,000 opening markers without "-->" (about 500 kB) and one closing marker at the end',
    code: 'E_POLICY_MARKER',
    file: 'unterminated.md',
    at: '10:1',
    write: (dir, good) => syncPolicy(put(dir, 'unterminated.md', `${FRONT}${'<!-- disclose:clause id=delivery\n'.repeat(20_000)}<!-- /disclose:clause -->\n`), good),
  },
  {
    name: 'policy: 50,000 unclosed headings',
    why: 'an HTML policy with 50,000 unclosed <h2> and "<" (about 400 kB), then an unclosed clause',
    code: 'E_POLICY_MARKER',
    file: 'headings.html',
    at: '50004:1',
    write: (dir, good) =>
      syncPolicy(put(dir, 'headings.html', `<!-- disclose:policy region=eu locale=en -->\n<h2>5.2 Order delivery</h2>\n${'<h2 class="x">< a\n'.repeat(50_000)}<p>\n<!-- disclose:clause id=delivery -->\n<p>x</p>\n`), good),
  },
];
