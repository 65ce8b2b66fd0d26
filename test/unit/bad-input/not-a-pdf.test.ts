import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { expectFailure, readFixture } from './helpers';

describe('a file that is not a PDF at all', () => {
  it('an empty file says it is empty', async () => {
    await expectFailure(readFixture('empty.pdf'), 'empty.pdf', 'empty-file');
  });

  it('a text file renamed .pdf is neither a PDF nor ownership XML', async () => {
    const failure = await expectFailure(readFixture('text-renamed.pdf'), 'text-renamed.pdf', 'not-pdf');
    expect(failure.message).toMatch(/neither a PDF nor EDGAR ownership XML/);
  });

  it('a PNG renamed .pdf is named as an image whatever its name says', async () => {
    const failure = await expectFailure(readFixture('png-renamed.pdf'), 'png-renamed.pdf', 'not-pdf');
    expect(failure.message).toMatch(/PNG image/);
  });

  it("EDGAR's HTML page renamed .pdf is named as a web page, not refused as XML with a DOCTYPE", async () => {
    const failure = await expectFailure(readFixture('html-renamed.pdf'), 'html-renamed.pdf', 'not-pdf');
    expect(failure.message).toMatch(/web page \(HTML\)/);
  });
});
