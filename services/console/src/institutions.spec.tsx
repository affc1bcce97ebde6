/** @jest-environment jsdom */
import { act, render, screen, waitFor } from '@testing-library/react';
import { api } from './api/client';
import { Institution, forgetInstitutions } from './institutions';

// jsdom has no fetch: the pages' calls are checked at the typed client, whose headers client.spec covers.
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn() },
}));
type Options = { params: { query?: { cursor?: string }; path?: { id: string } } };
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, Options]>;

const MJSP = { id: 'a'.repeat(24), acronym: 'MJSP', name: 'Ministério da Justiça e Segurança Pública' };
const PF = { id: 'b'.repeat(24), acronym: 'PF', name: 'Polícia Federal' };
const HIDDEN = 'c'.repeat(24);

/** Lets the answers arrive and the page render again. */
const settle = () => act(() => new Promise((done) => setTimeout(done, 0)));

function answer(path: string, options: Options) {
  if (path === '/v1/institutions')
    return Promise.resolve({
      data: options.params.query?.cursor
        ? { items: [PF], nextCursor: null }
        : { items: [MJSP], nextCursor: 'page-2' },
    });
  // Only the ones the caller may not see are asked for one by one here.
  return Promise.resolve({ error: { status: 404, detail: 'Not found', code: 'COMMON.NOT_FOUND' } });
}

describe('institution names', () => {
  beforeEach(() => {
    forgetInstitutions();
    GET.mockReset();
    GET.mockImplementation(answer);
  });

  it('shows acronym and name from every page of the list, read once for the whole session', async () => {
    const first = render(
      <ul>
        <li>
          <Institution id={MJSP.id} />
        </li>
        <li>
          <Institution id={PF.id} />
        </li>
      </ul>,
    );
    await screen.findByText('PF — Polícia Federal');
    expect(screen.getByText('MJSP — Ministério da Justiça e Segurança Pública')).toBeTruthy();
    first.unmount();

    // Another page later in the session: the names are there at once, with no new call.
    render(<Institution id={PF.id} />);
    expect(screen.getByText('PF — Polícia Federal')).toBeTruthy();
    await settle();
    expect(GET.mock.calls.map(([path, options]) => [path, options.params.query?.cursor])).toEqual([
      ['/v1/institutions', undefined],
      ['/v1/institutions', 'page-2'],
    ]);
  });

  it('keeps the id of an institution the caller cannot read, and asks for it only once', async () => {
    render(
      <p>
        <Institution id={HIDDEN} /> / <Institution id={HIDDEN} />
      </p>,
    );
    const single = () => GET.mock.calls.filter(([path]) => path === '/v1/institutions/{id}');
    await waitFor(() => expect(single()).toHaveLength(1));
    // After the refused answer the page still shows the id.
    await settle();
    expect(single()).toEqual([['/v1/institutions/{id}', { params: { path: { id: HIDDEN } } }]]);
    expect(screen.getByText(`${HIDDEN} / ${HIDDEN}`)).toBeTruthy();
  });

  it('reads the list again after sign-out', async () => {
    render(<Institution id={MJSP.id} />);
    await screen.findByText('MJSP — Ministério da Justiça e Segurança Pública');
    forgetInstitutions();
    expect(
      GET.mock.calls.filter(
        ([path, options]) => path === '/v1/institutions' && !options.params.query?.cursor,
      ),
    ).toHaveLength(1);
    render(<Institution id={PF.id} />);
    await screen.findByText('PF — Polícia Federal');
    expect(
      GET.mock.calls.filter(
        ([path, options]) => path === '/v1/institutions' && !options.params.query?.cursor,
      ),
    ).toHaveLength(2);
  });
});
