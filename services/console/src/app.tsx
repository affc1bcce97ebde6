import { useEffect, useState, type ReactNode } from 'react';
import { whenSessionEnds } from './api/client';
import { currentSession, signOut, type SessionView } from './api/session';
import { ErrorMessage, Loading } from './components/status';
import { forgetInstitutions } from './institutions';
import { ActivitiesPage } from './pages/activities';
import { ActivityPage } from './pages/activity';
import { DashboardPage } from './pages/dashboard';
import { InvitationPage } from './pages/invitation';
import { PartnershipPage } from './pages/partnership';
import { PartnershipSummaryPage } from './pages/partnership-summary';
import { PartnershipsPage } from './pages/partnerships';
import { AccountPage } from './pages/account';
import { PeoplePage } from './pages/people';
import { ReferralPage } from './pages/referral';
import { ReferralsPage } from './pages/referrals';
import { SignInPage } from './pages/sign-in';
import { NewCoursePage } from './pages/training-course-new';
import { TrainingEventPage } from './pages/training-event';
import { TrainingPage } from './pages/training';
import { SettingsPage } from './pages/settings';
import { href, navigate, useRoute, type Route } from './router';
import { SessionContext, hasRole } from './session-context';

function page(route: Route, session: SessionView): { title: string; body: ReactNode } {
  const [first, second] = route.segments;
  switch (first) {
    case 'atividades':
      return second
        ? { title: `Atividade ${second}`, body: <ActivityPage code={second} /> }
        : { title: 'Atividades', body: <ActivitiesPage query={route.query} /> };
    case 'parcerias':
      if (second === 'resumo') return { title: 'Resumo das parcerias', body: <PartnershipSummaryPage /> };
      return second
        ? { title: 'Acordo de parceria', body: <PartnershipPage id={second} /> }
        : { title: 'Parcerias', body: <PartnershipsPage query={route.query} /> };
    case 'capacitacoes':
      if (second === 'nova')
        return hasRole(session, 'admin', 'coordinator', 'agency')
          ? { title: 'Planejar capacitação', body: <NewCoursePage /> }
          : { title: 'Capacitações', body: <TrainingPage query={route.query} /> };
      return second
        ? { title: 'Evento de capacitação', body: <TrainingEventPage id={second} /> }
        : { title: 'Capacitações', body: <TrainingPage query={route.query} /> };
    case 'encaminhamentos':
      return {
        title: 'Encaminhamentos',
        body: <ReferralsPage box={second === 'saida' ? 'saida' : 'entrada'} query={route.query} />,
      };
    case 'encaminhamento':
      return { title: 'Encaminhamento', body: <ReferralPage id={second ?? ''} /> };
    case 'pessoas':
      return hasRole(session, 'admin', 'coordinator')
        ? { title: 'Pessoas', body: <PeoplePage /> }
        : { title: 'Painel', body: <DashboardPage /> };
    case 'minha-conta':
      return { title: 'Minha conta', body: <AccountPage /> };
    case 'configuracoes':
      return { title: 'Configurações', body: <SettingsPage admin={hasRole(session, 'admin')} /> };
    default:
      return { title: 'Painel', body: <DashboardPage /> };
  }
}

const NAV = [
  ['/painel', 'Painel'],
  ['/atividades', 'Atividades'],
  ['/parcerias', 'Parcerias'],
  ['/capacitacoes', 'Capacitações'],
  ['/encaminhamentos/entrada', 'Encaminhamentos'],
  ['/configuracoes', 'Configurações'],
  ['/minha-conta', 'Minha conta'],
] as const;
// Inviting and listing people is for admins and coordinators (the API refuses the others too).
const PEOPLE_NAV = ['/pessoas', 'Pessoas'] as const;

function Shell({
  session,
  children,
  onSignOut,
}: {
  session: SessionView;
  children: ReactNode;
  onSignOut: (everywhere: boolean) => void;
}) {
  return (
    <>
      <header className="br-header">
        <div className="container-lg header-bar">
          <span className="header-title">Elo — Console da Rede de Enfrentamento</span>
          <span className="header-user">
            {session.person.name}{' '}
            <button type="button" className="br-button secondary small" onClick={() => onSignOut(false)}>
              Sair
            </button>{' '}
            <button type="button" className="br-button secondary small" onClick={() => onSignOut(true)}>
              Sair de todos os dispositivos
            </button>
          </span>
        </div>
        <nav className="container-lg main-nav" aria-label="Principal">
          <ul>
            {[...NAV, ...(hasRole(session, 'admin', 'coordinator') ? [PEOPLE_NAV] : [])].map(
              ([path, text]) => (
                <li key={path}>
                  <a href={href(path)}>{text}</a>
                </li>
              ),
            )}
          </ul>
        </nav>
      </header>
      <main id="main" className="container-lg" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function App() {
  const route = useRoute();
  const [session, setSession] = useState<SessionView | null>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    currentSession().then((s) => setSession(s ?? null), setError);
    // An expired session sends the person back to the sign-in form, wherever they were.
    whenSessionEnds(() => setSession(null));
    return () => whenSessionEnds(undefined);
  }, []);

  useEffect(() => {
    // Names read for one person are not kept for the next one signing in on this page.
    if (session === null) forgetInstitutions();
  }, [session]);

  const view: { title: string; body: ReactNode } = (() => {
    if (route.segments[0] === 'convite')
      return { title: 'Ativar conta', body: <InvitationPage token={route.segments[1] ?? ''} /> };
    if (error !== undefined) return { title: 'Erro', body: <ErrorMessage error={error} /> };
    if (session === undefined) return { title: 'Carregando', body: <Loading /> };
    if (session === null)
      return {
        title: 'Entrar',
        body: (
          <SignInPage
            onSignedIn={(s) => {
              setSession(s);
              if (route.segments[0] === 'entrar') navigate('/painel');
            }}
          />
        ),
      };
    return page(route, session);
  })();

  useEffect(() => {
    document.title = `${view.title} — Elo`;
  }, [view.title]);

  if (!session)
    return (
      <main id="main" className="container-lg">
        {view.body}
      </main>
    );
  return (
    <SessionContext.Provider value={{ session, clear: () => setSession(null), update: setSession }}>
      <Shell
        session={session}
        onSignOut={(everywhere) => {
          void signOut(everywhere).then(() => {
            setSession(null);
            navigate('/entrar');
          });
        }}
      >
        {view.body}
      </Shell>
    </SessionContext.Provider>
  );
}
