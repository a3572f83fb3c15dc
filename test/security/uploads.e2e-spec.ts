import { Actor, aCluster, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000185d2a4f50000000049454e44ae426082',
  'hex',
);

/** Issue 13, item 8: an upload's type comes from its bytes, and nothing uploaded runs in a browser. */
describe('uploads', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let member: Actor;

  beforeAll(async () => {
    p = await startPlatform({ worker: false });
    cluster = await aCluster(p);
    member = await cluster.withMember('member');
  });
  afterAll(() => p.close());

  const upload = async (bytes: Buffer | string, name: string, claimed: string) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type: claimed }), name);
    const res = await p.http.as(member).post(`/clusters/${cluster.id}/files`, form);
    expect(res.status).toBe(201);
    return res.body as { id: string; mime: string };
  };

  const download = (id: string) => p.http.as(member).get(`/files/${id}`);

  it('takes the type from the bytes, not from what the client claims', async () => {
    const png = await upload(PNG, 'report.pdf', 'application/pdf');
    expect(png.mime).toBe('image/png');
    const res = await download(png.id);
    expect(res.headers.get('content-type')).toBe('image/png');
  });

  it('serves HTML claiming to be an image as an inert download', async () => {
    const page = await upload('<!doctype html><html><body><script>fetch("/api/v1/me")</script></body></html>', 'cat.png', 'image/png');
    expect(page.mime).toBe('application/octet-stream');
    const res = await download(page.id);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('neutralises SVG, which can carry script', async () => {
    const svg = await upload(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>',
      'logo.svg',
      'image/svg+xml',
    );
    expect(svg.mime).toBe('application/octet-stream');
    const res = await download(svg.id);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('serves markup stored before sniffing existed as an inert download too', async () => {
    const old = await upload('plain words', 'old.html', 'text/plain');
    await p.db.query(`UPDATE files SET mime = 'text/html' WHERE id = $1`, [old.id]);
    expect((await download(old.id)).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('keeps plain text and CSV as what they are', async () => {
    expect((await upload('wool,kg\nmerino,200\n', 'order.csv', 'text/csv')).mime).toBe('text/csv');
    expect((await upload('پشم مرینو ۲۰۰ کیلو', 'note.txt', 'text/html')).mime).toBe('text/plain');
    expect((await upload(Buffer.from([0, 1, 2, 3, 255, 254]), 'blob.bin', 'image/png')).mime).toBe('application/octet-stream');
  });
});
