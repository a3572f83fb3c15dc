import { PERMISSIONS, roleMay } from './permissions';

describe('the permission table', () => {
  it('lets only suppliers submit quotes', () => {
    expect(roleMay('supplier', 'quote.submit')).toBe(true);
    expect(roleMay('member', 'quote.submit')).toBe(false);
    expect(roleMay('admin', 'quote.submit')).toBe(false);
  });

  it('keeps sealed quotes from other suppliers', () => {
    expect(roleMay('supplier', 'quote.read-all')).toBe(false);
  });

  it('gives every role read access to its cluster', () => {
    for (const role of ['admin', 'agent', 'member', 'supplier', 'observer'] as const) expect(roleMay(role, 'cluster.read')).toBe(true);
  });

  it('reserves role changes to admins', () => {
    expect(PERMISSIONS['members.manage']).toEqual(['admin']);
  });
});
