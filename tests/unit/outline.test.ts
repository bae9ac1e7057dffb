import { describe, expect, it } from 'vitest';
import { buildOutline, headingId } from '@/lib/outline';

describe('buildOutline', () => {
  const body = [
    '## What you see',
    'Text.',
    '```text',
    '## not a heading inside code',
    '```',
    '## Fix',
    '<Step id="restart" title="Restart the service">',
    'Do it.',
    '</Step>',
    "<Step id='fix' title=\"A step whose id is a section's\">",
    '</Step>',
    '## Confirm `it` worked',
  ].join('\n');
  const steps = [
    { id: 'restart', title: 'Restart the service' },
    { id: 'fix', title: "A step whose id is a section's" },
  ];

  it('lists the sections in order with the steps inside the section they appear in', () => {
    expect(buildOutline(body, steps)).toEqual([
      { id: 'what-you-see', title: 'What you see', steps: [] },
      { id: 'fix-section', title: 'Fix', steps },
      { id: 'confirm-it-worked', title: 'Confirm it worked', steps: [] },
    ]);
  });

  it('makes ids that never collide', () => {
    const ids = buildOutline('## Fix\n## Fix\n## Fix', [{ id: 'fix', title: 'x' }]).map((s) => s.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('fix');
    expect(headingId('!!!')).toBe('section');
  });
});
