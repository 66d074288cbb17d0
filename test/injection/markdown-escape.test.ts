/**
 * The Markdown escaping layer (policy documents, summary.md) and the policy reader's way back:
 * whatever the text, the escaped form holds no Markdown or HTML syntax and no marker of ours, and
 * the claim reader sees the text as written, with offsets that point at it in the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, escapeMarkdownLine, escapeMarkdownText } from '../../src/format/markdown-escape.js';
import { parsePolicy } from '../../src/policy/document.js';
import { plainTextMapped } from '../../src/policy/plain-text.js';
import { blockLines } from '../../src/policy/render-block.js';
import { ALL, PAYLOADS, shown } from './hostile.js';
import { AUTOLINK, markdownSyntax, tableCells } from './inspect.js';

/** A Markdown policy holding `lines` in one managed block, and the text the reader gets from it. */
function readBack(lines: string[]): { file: string; text: string; map: (o: number) => number } {
  const file = `---\nregion: eu\nlocale: en\n---\n\n## 5.2 T\n\n<!-- disclose:clause id=c -->\n${blockLines('markdown', { body: lines.join('\n'), companions: [] }).join('\n')}\n<!-- /disclose:clause -->\n`;
  const doc = parsePolicy(file, 'p.md');
  expect(doc.blocks.map((b) => b.id)).toEqual(['c']);
  const block = doc.blocks[0]!;
  const plain = plainTextMapped(doc, block.contentStart, block.contentEnd);
  return { file, text: plain.text, map: plain.sourceOffset };
}

describe('escapeMarkdownText', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](https://evil.example/x.png)', '\\!\\[x\\](https://evil.example/x.png)'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!-- /disclose:clause -->', '&lt;\\!-- /disclose:clause --&gt;'],
    ['{{#each this}}x{{/each}}', '\\{\\{\\#each this\\}\\}x\\{\\{/each\\}\\}'],
    ['a | b `c` *d* _e_ ~f~ $g$ \\h', 'a \\| b \\`c\\` \\*d\\* \\_e\\_ \\~f\\~ \\$g\\$ \\\\h'],
    ['Swift & Sure &amp; Co', 'Swift &amp; Sure &amp;amp; Co'],
    ['see https://ok.example/privacy.', 'see https://ok.example/privacy.'],
    ['(https://ok.example/a_b#top).', '(<https://ok.example/a_b#top>).'],
    ['https://ok.example/a|b`c\u0001', '<https://ok.example/a|b`c%01>'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdownText(text)).toBe(escaped);
  });

  it('a line cannot open a list, a rule, a heading or a quote', () => {
    expect(['- x', '+ x', '= x', '1. x', '12) x', '# x', '> x', '---'].map(escapeMarkdownLine)).toEqual(['\\- x', '\\+ x', '\\= x', '1\\. x', '12\\) x', '\\# x', '&gt; x', '\\---']);
    expect(escapeMarkdownLine('5.2 Order delivery')).toBe('5.2 Order delivery');
  });

  it('a table cell keeps its row: pipes escaped, LF, CR and CRLF as <br>', () => {
    const cell = escapeMarkdownCell('a | b\r\nc\rd\ne https://ok.example/x|y');
    expect(cell).toBe('a \\| b<br>c<br>d<br>e <https://ok.example/x\\|y>');
    expect(tableCells(`| ${cell} |`)).toHaveLength(3);
  });

  it('no payload leaves syntax behind', () => {
    for (const p of [...PAYLOADS.map((x) => x.text), ALL]) expect(markdownSyntax(escapeMarkdownLine(shown(p)), [AUTOLINK]), p).toEqual([]);
  });
});

describe('the policy reader reads escaped text back as written', () => {
  it('every payload, at the offsets it has in the file', () => {
    const lines = PAYLOADS.map((p) => `We share it with ${shown(p.text)} today.`);
    const { file, text, map } = readBack(lines);
    expect(text.split('\n').filter((l) => l.trim())).toEqual(lines);
    // A character of the plain text maps to where the file holds it (escaped or not).
    const at = text.indexOf('J. Smith');
    expect(file.slice(map(at), map(at) + 8)).toBe('J. Smith');
    const lt = text.indexOf('<script>');
    expect(file.slice(map(lt), map(lt) + 4)).toBe('&lt;');
  });

  it('a link with Markdown characters is an autolink, read back as the link', () => {
    const line = 'See (https://ok.example/a_b#top) or https://ok.example/*x*.';
    const { file, text } = readBack([line]);
    expect(file).toContain('See (<https://ok.example/a_b#top>) or <https://ok.example/*x>\\*.');
    expect(text.trim()).toBe(line);
  });

  it('property: any text on one line reads back unchanged', () => {
    const chars = fc.constantFrom(...'ab1 .,;:!?-+=#*_`~|$^\\/[](){}<>&"\'@%\tAZ§é中'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 40 }), (cs) => {
        const line = `X ${cs.join('').replace(/%/g, ' https://ok.example/_')}`.trim();
        expect(readBack([line]).text.trim()).toBe(line.trim());
        expect(markdownSyntax(escapeMarkdownLine(line), [AUTOLINK])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
