/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { api } from './api/client';
import type { SessionView } from './api/session';
import { forgetInstitutions } from './institutions';
import { ReferralPage } from './pages/referral';
import type { ReferralView } from './pages/referral-types';
import { ReferralsPage } from './pages/referrals';
import { SessionContext } from './session-context';

// jsdom has no fetch: the pages' calls are answered at the typed client.
jest.mock('./api/client', () => ({
  ...jest.requireActual<object>('./api/client'),
  api: { GET: jest.fn() },
}));
const GET = api.GET as unknown as jest.Mock<Promise<unknown>, [string, unknown]>;

const PRF = { id: 'a'.repeat(24), acronym: 'PRF', name: 'Polícia Rodoviária Federal' };
const PF = { id: 'b'.repeat(24), acronym: 'PF', name: 'Polícia Federal' };
// An institution the caller may not read: its id is shown instead.
const HIDDEN = 'c'.repeat(24);

const referral = (id: string, sender: string, receiver: string): ReferralView => ({
  id,
  caseId: 'd'.repeat(24),
  senderInstitutionId: sender,
  receiverInstitutionId: receiver,
  service: 'shelter',
  urgency: 'high',
  status: 'accepted',
  deadline: '2026-12-04T12:00:00Z',
  overdue: false,
  sharing: { identifiers: false, reason: 'no_consent_or_basis' },
  version: 1,
  sentAt: '2026-12-03T12:00:00Z',
  // The case summary travels with the referral; the pages show none of it.
  core: { name: 'Pessoa Fictícia', nationality: 'BO' },
});

const fromPrf = referral('r1', PRF.id, PF.id);
const fromHidden = referral('r2', HIDDEN, PF.id);
const toPrf = referral('r3', PF.id, PRF.id);

function answer(path: string) {
  if (path === '/v1/institutions') return Promise.resolve({ data: { items: [PRF, PF], nextCursor: null } });
  if (path === '/v1/referrals/inbox')
    return Promise.resolve({ data: { items: [fromPrf, fromHidden], nextCursor: null } });
  if (path === '/v1/referrals/outbox') return Promise.resolve({ data: { items: [toPrf], nextCursor: null } });
  if (path === '/v1/referrals/{id}') return Promise.resolve({ data: fromPrf });
  return Promise.resolve({ error: { status: 404, detail: 'Not found', code: 'COMMON.NOT_FOUND' } });
}

/** The table's cells under one column, row by row. */
function column(heading: string): string[] {
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((h) => h.textContent === heading);
  expect(index).toBeGreaterThanOrEqual(0);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '');
}

describe('institutions on the referral pages', () => {
  beforeEach(() => {
    forgetInstitutions();
    GET.mockReset();
    GET.mockImplementation(answer);
  });

  it('names the sender of each received referral, with the id when it cannot be read', async () => {
    render(<ReferralsPage box="entrada" query={new URLSearchParams()} />);
    await screen.findByText('PRF — Polícia Rodoviária Federal');
    expect(screen.queryByRole('columnheader', { name: 'Enviado para' })).toBeNull();
    expect(column('Enviado por')).toEqual(['PRF — Polícia Rodoviária Federal', HIDDEN]);
    expect(column('Serviço')).toEqual(['Acolhimento', 'Acolhimento']);
    expect(document.body.textContent).not.toContain('Pessoa Fictícia');
  });

  it('names the receiver of each sent referral', async () => {
    render(<ReferralsPage box="saida" query={new URLSearchParams()} />);
    await screen.findByText('PRF — Polícia Rodoviária Federal');
    expect(screen.queryByRole('columnheader', { name: 'Enviado por' })).toBeNull();
    expect(column('Enviado para')).toEqual(['PRF — Polícia Rodoviária Federal']);
    expect(document.body.textContent).not.toContain('Pessoa Fictícia');
  });

  it('names both institutions on the referral, and still no one of the case', async () => {
    const session = { person: { institutionId: PF.id, roles: ['agency'] } } as SessionView;
    render(
      <SessionContext.Provider value={{ session, clear: () => undefined, update: () => undefined }}>
        <ReferralPage id={fromPrf.id} />
      </SessionContext.Provider>,
    );
    const sender = await screen.findByText('PRF — Polícia Rodoviária Federal');
    expect(sender.previousElementSibling?.textContent).toBe('Enviado por');
    const receiver = screen.getByText('PF — Polícia Federal');
    expect(receiver.previousElementSibling?.textContent).toBe('Enviado para');
    expect(document.body.textContent).not.toContain('Pessoa Fictícia');
    expect(screen.getByRole('button', { name: 'Iniciar atendimento' })).toBeTruthy();
  });
});
