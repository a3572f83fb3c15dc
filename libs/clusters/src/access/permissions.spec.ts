import { actionsOf, PERMISSIONS, roleMay } from './permissions';

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

  it('lets observers read and work on projects, but not post, open DMs or upload', () => {
    for (const p of ['channel.read', 'project.read', 'project.work', 'dashboard.read'] as const) expect(roleMay('observer', p)).toBe(true);
    for (const p of ['message.post', 'direct.open', 'file.upload', 'channel.create'] as const) expect(roleMay('observer', p)).toBe(false);
  });

  it("lists a role's actions in the table's order, exactly those it may do", () => {
    expect(actionsOf('admin')).toEqual((Object.keys(PERMISSIONS) as Array<keyof typeof PERMISSIONS>).filter((p) => roleMay('admin', p)));
    expect(actionsOf('supplier')).toContain('quote.submit');
    expect(actionsOf('supplier')).not.toContain('quote.read-all');
  });
});
