import { describe, expect, it } from 'vitest';
import { columnProblem, likelyColumn } from '../../src/domains/activities/activity-columns';
import { csvRows, type FileRow, separatorOf } from '../../src/domains/activities/activity-file';
import { readImport } from '../../src/domains/activities/activity-content';

const rows = async (text: string): Promise<FileRow[]> => {
  const all: FileRow[] = [];
  for await (const row of csvRows(text)) all.push(row);
  return all;
};

describe('import columns', () => {
  it('names the column a header most likely meant, and none for a stranger', () => {
    expect(likelyColumn('start_date')).toBe('startDate');
    expect(likelyColumn('Target States')).toBe('targetStates');
    expect(likelyColumn('tittle')).toBe('title');
    expect(likelyColumn('budget')).toBeUndefined();
    expect(likelyColumn('id')).toBeUndefined();
    expect(columnProblem('startDate')).toBeUndefined();
  });
});

describe('CSV as spreadsheets write it', () => {
  it('takes the separator its header line uses', () => {
    expect(separatorOf('kind,title\nA;B,C')).toBe(',');
    expect(separatorOf('\uFEFFkind;title;"a,b"\r\n')).toBe(';');
    expect(separatorOf('kind\ttitle\n')).toBe('\t');
    expect(separatorOf('kind\n')).toBe(',');
  });

  it('keeps a character whose two halves fall either side of a piece (every 16 KiB), and each row’s first line', async () => {
    const long = `${'a'.repeat(65_535 - 'kind,title\n'.length - 'X,'.length)}😀b`;
    const [first, second] = await rows(`kind,title\nX,${long}\r\n\r\nY,"two\rlines"\nZ,z\n`);
    expect(first!.cells.title).toBe(long);
    expect(second).toEqual({ line: 4, cells: { kind: 'Y', title: 'two\rlines' } });
  });

  it('a value under no column makes its row unusable; a short row reads as empty cells', async () => {
    const [stray, short] = await rows('kind,title,\nX,y,oops\nX\n');
    expect(stray!.problem?.message).toMatch(/^This row has 1 value\(s\) in columns without a name/);
    expect(short).toEqual({ line: 3, cells: { kind: 'X' } });
  });
});

describe('reading an import', () => {
  it('gives other requests a turn of the event loop every few dozen rows, not once a file', async () => {
    const text = ['kind,title,startDate', ...Array.from({ length: 1000 }, (_, i) => `WORKSHOP,Regional workshop ${i},2026-03-0${(i % 9) + 1}`)].join('\n');
    let turns = 0;
    let reading = true;
    const tick = () => {
      if (!reading) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const read = await readImport('CSV', text);
    reading = false;
    expect('rows' in read && read.rows).toHaveLength(1000);
    // A turn at least every 50 rows (READ_STEP_ROWS); read in one stretch, it was none or one.
    expect(turns).toBeGreaterThanOrEqual(1000 / 50 - 1);
  });
});
