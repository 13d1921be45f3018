import { describe, expect, it } from 'vitest';
import { ISSUES_URL, issuesUrlFrom } from '../../src/shared/project.ts';
import pkg from '../../package.json' with { type: 'json' };

describe('the issue page address', () => {
  it('is taken only as an http(s) address', () => {
    expect(issuesUrlFrom('https://example.org/leaklens/issues')).toBe('https://example.org/leaklens/issues');
    for (const bad of ['', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', 42, undefined]) expect(issuesUrlFrom(bad)).toBeNull();
  });

  it('is package.json’s bugs.url, which is not set yet (outside a build the constant is null)', () => {
    expect((pkg as { bugs?: unknown }).bugs).toBeUndefined();
    expect(ISSUES_URL).toBeNull();
  });
});
