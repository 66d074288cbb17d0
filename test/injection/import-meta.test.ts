/**
 * Issue 8, injection, through `disclose import-meta`: text from Meta's JSON lands in the template
 * YAML as data — values come back as they were, and nothing (not a footer with line breaks in the
 * comment that offers it, nor a file name) adds a key of its own.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { cli } from '../helpers/cli.js';
import { tmp } from '../helpers/tree.js';
import { PAYLOADS } from './hostile.js';

const ALL = PAYLOADS.map((p) => p.text).join(' ');

describe('import-meta', () => {
  it('carries hostile text as values and keeps a multi-line footer inside its comment', async () => {
    const dir = tmp('disclose-import-');
    const footer = 'line one\nbody: injected\r\ninheritChannelFlows: false\u2028# x\rlast';
    const meta = {
      name: 'hostile',
      language: 'en_US',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'TEXT', text: `H ${ALL}` },
        { type: 'BODY', text: `Hello {{1}}, ${ALL}\nid: injected`, example: { body_text: [[`E ${ALL}`]] } },
        { type: 'FOOTER', text: footer },
        { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: `B ${ALL}` }] },
      ],
    };
    const name = 'in\nid: injected.json';
    writeFileSync(path.join(dir, name), JSON.stringify(meta));
    const r = await cli(['import-meta', name], dir);
    expect(r.code, r.err).toBe(0);
    const doc = parseDocument(r.out);
    expect(doc.errors).toEqual([]);
    const data = doc.toJS() as Record<string, unknown>;
    // Issue 19: Meta's footer is kept as data under meta.footer.text (and offered in a comment), not dropped.
    expect(Object.keys(data)).toEqual(['id', 'channel', 'category', 'language', 'purpose', 'header', 'body', 'buttons', 'variables', 'meta', 'flows']);
    expect(data['meta']).toEqual({ footer: { text: footer } });
    expect(data['id']).toBe('hostile');
    expect(data['header']).toBe(`H ${ALL}`);
    expect(data['body']).toBe(`Hello {{1}}, ${ALL}\nid: injected`);
    expect(data['buttons']).toEqual([{ type: 'quick_reply', text: `B ${ALL}` }]);
    expect(data['variables']).toEqual([{ name: '1', example: `E ${ALL}` }]);
    const comment = r.out.split('\n').find((l) => l.startsWith("# Meta's footer was "))!;
    expect(JSON.parse(comment.slice("# Meta's footer was ".length))).toBe(footer);
    expect(r.out).toContain('# Imported from Meta\'s template JSON (in\\u000aid: injected.json) by disclose import-meta.');
  });
});
